// `ops breaker trip|reset|status`: the circuit breaker (`cb:state` OPEN = normal, TRIPPED).

import { RECOVERY_QUESTIONS, resetBreaker, tripBreaker } from "../../state/breaker.js";
import { readStatus, renderStatusText, stateJson } from "../../state/report.js";
import type { CliIo } from "../io.js";
import { COMMON_HELP, printChange, runStateCommand } from "./state-common.js";

const HELP = `usage: ops breaker trip|reset|status [options]

  trip     cb:state = TRIPPED, cb:trip_reason = --reason
  reset    cb:state = OPEN, cb:last_reset = now (refused while the kill switch is active).
           The runbook asks first: ${RECOVERY_QUESTIONS.join(" ")}
  status   show the breaker, the kill switch and the deploy lock (--check: exit 1 unless OPEN)

${COMMON_HELP}`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  return runStateCommand(
    argv,
    io,
    {
      name: "breaker",
      help: HELP,
      subcommands: ["trip", "reset", "status"],
      options: { check: { type: "boolean" } },
    },
    async (cmd) => {
      if (cmd.sub === "status") {
        const status = await readStatus(await cmd.client(), 0);
        cmd.print(stateJson(status.state, status.lock), renderStatusText(status));
        return cmd.args.values.check === true && status.state.breaker !== "OPEN" ? 1 : 0;
      }
      const reason = cmd.reason();
      const client = await cmd.client();
      const request = { ...cmd.actor, reason };
      const result =
        cmd.sub === "trip" ? await tripBreaker(client, request) : await resetBreaker(client, request);
      printChange(cmd, result);
      return 0;
    },
  );
}
