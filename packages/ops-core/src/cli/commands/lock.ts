// `ops lock status|release|take`: the deploy lock. `release` frees a lock a person took by hand;
// `release --force` frees any lock (a run's too), recording the old owner in the audit stream; `take`
// holds it by hand for maintenance (deploys refuse at once instead of waiting).

import { RefusalError } from "../../action/errors.js";
import {
  forceReleaseLock,
  lockEvidence,
  lockStatus,
  releaseLockIfUnchanged,
  takeManualLock,
} from "../../state/lock.js";
import type { CliIo } from "../io.js";
import { COMMON_HELP, runStateCommand } from "./state-common.js";

const HELP = `usage: ops lock status|release|take [options]

  status            who holds the deploy lock, since when, for how long still
  release           free a lock taken by hand (needs --reason; recorded in the audit stream)
  release --force   free the lock whoever holds it, a live run included (needs --reason; recorded)
  take              hold the lock by hand for maintenance (needs --reason; --ttl, default 1h)

${COMMON_HELP}`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  return runStateCommand(
    argv,
    io,
    {
      name: "lock",
      help: HELP,
      subcommands: ["status", "release", "take"],
      defaultSub: "status",
      options: { force: { type: "boolean" }, ttl: { type: "string" } },
    },
    async (cmd) => {
      if (cmd.sub === "status") {
        const info = await lockStatus(await cmd.client());
        cmd.print(info, `${lockEvidence(info).join("\n")}\n`);
        return 0;
      }
      if (cmd.sub === "take") {
        const ttlMs = cmd.args.inputs.duration("ttl", {
          fallback: 3_600_000,
          min: 1_000,
          max: 7 * 86_400_000,
        });
        const reason = cmd.reason();
        const { taken, info } = await takeManualLock(await cmd.client(), { ...cmd.actor, reason }, ttlMs);
        if (!taken) throw new RefusalError("the deploy lock is already held", lockEvidence(info));
        cmd.print({ taken, lock: info }, `deploy lock taken by hand\n${lockEvidence(info).join("\n")}\n`);
        return 0;
      }
      const reason = cmd.reason();
      const client = await cmd.client();
      const current = await lockStatus(client);
      if (!current.held) {
        cmd.print({ released: false, previous: current }, "the deploy lock is free: nothing to release\n");
        return 0;
      }
      if (!current.manual && cmd.args.values.force !== true) {
        throw new RefusalError(
          "the deploy lock belongs to a run (which may still be alive): add --force to release it anyway",
          lockEvidence(current),
        );
      }
      if (cmd.args.values.force !== true) {
        // Compare-and-delete in one script: never a check here and a delete later.
        const r = await releaseLockIfUnchanged(client, { ...cmd.actor, reason }, current.raw ?? "");
        if (!r.released) {
          throw new RefusalError(
            "the deploy lock changed hands while releasing it: nothing was released",
            lockEvidence(await lockStatus(client)),
          );
        }
        cmd.print(
          { released: true, previous: current, auditId: r.auditId },
          `deploy lock released (audit ${r.auditId})\nwas: ${lockEvidence(current).join("; ")}\n`,
        );
        return 0;
      }
      const result = await forceReleaseLock(client, { ...cmd.actor, reason });
      cmd.print(
        result,
        result.released
          ? `deploy lock released (audit ${result.auditId})\nwas: ${lockEvidence(result.previous).join("; ")}\n`
          : "the deploy lock was already free\n",
      );
      return 0;
    },
  );
}
