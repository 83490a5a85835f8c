// `ops killswitch on|off|status`: the runbook's emergency stop. `on` also trips the circuit breaker;
// `off` leaves the breaker tripped (reset it with `ops breaker reset`).

import { activateKillSwitch, deactivateKillSwitch } from "../../state/killswitch.js";
import { readStatus, renderStatusText, stateJson } from "../../state/report.js";
import type { CliIo } from "../io.js";
import { COMMON_HELP, printChange, runStateCommand } from "./state-common.js";

const HELP = `usage: ops killswitch on|off|status [options]

  on       stop trading: killswitch:active = "true", and trip the breaker (cb:state = TRIPPED)
  off      killswitch:active = "false" (the breaker stays tripped until \`ops breaker reset\`)
  status   show the kill switch, the breaker and the deploy lock (--check: exit 1 unless normal)

${COMMON_HELP}`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  return runStateCommand(
    argv,
    io,
    {
      name: "killswitch",
      help: HELP,
      subcommands: ["on", "off", "status"],
      options: { check: { type: "boolean" } },
    },
    async (cmd) => {
      if (cmd.sub === "status") {
        const status = await readStatus(await cmd.client(), 0);
        cmd.print(stateJson(status.state, status.lock), renderStatusText(status));
        return cmd.args.values.check === true && status.state.killSwitch !== "inactive" ? 1 : 0;
      }
      const reason = cmd.reason();
      const client = await cmd.client();
      const request = { ...cmd.actor, reason };
      const result =
        cmd.sub === "on"
          ? await activateKillSwitch(client, request)
          : await deactivateKillSwitch(client, request);
      printChange(cmd, result);
      return 0;
    },
  );
}
