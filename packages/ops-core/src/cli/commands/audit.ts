// `ops audit [--count N]`: the newest entries of the audit stream (who, when, why, which run, old → new).

import { listAudit } from "../../state/audit.js";
import { renderAuditText } from "../../state/report.js";
import type { CliIo } from "../io.js";
import { COMMON_HELP, runStateCommand } from "./state-common.js";

const HELP = `usage: ops audit [list] [--count N] [options]

Prints the newest N (default 20, at most 1000) changes to the kill switch, the breaker and the deploy
lock, newest first: time, actor, operation, key: old -> new, reason, run URL.

${COMMON_HELP}`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  return runStateCommand(
    argv,
    io,
    {
      name: "audit",
      help: HELP,
      subcommands: ["list"],
      defaultSub: "list",
      options: { count: { type: "string" } },
    },
    async (cmd) => {
      const count = cmd.args.inputs.integer("count", { fallback: 20, min: 1, max: 1000 });
      const entries = await listAudit(await cmd.client(), count);
      cmd.print(entries, renderAuditText(entries));
      return 0;
    },
  );
}
