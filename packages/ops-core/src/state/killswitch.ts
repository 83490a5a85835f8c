// The kill switch, as the runbook flips it by hand: `killswitch:active` true/false. Activating it also
// trips the circuit breaker (the runbook's emergency stop does both); deactivating it leaves the breaker
// tripped: resetting the breaker is its own, approved step.

import type { Fence } from "./audit.js";
import { type ChangeResult, changeState } from "./change.js";
import type { ChangeRequest, StateClient } from "./client.js";

/** Sets `killswitch:active` = "true", `cb:state` = "TRIPPED" and `cb:trip_reason` = "kill switch: <reason>". */
export function activateKillSwitch(
  client: StateClient,
  request: ChangeRequest,
  options: { fence?: Fence | undefined } = {},
): Promise<ChangeResult> {
  const k = client.keys;
  return changeState(
    client,
    "killswitch.activate",
    request,
    [
      { key: k.killSwitch, value: "true" },
      { key: k.breakerState, value: "TRIPPED" },
      { key: k.tripReason, value: `kill switch: ${request.reason.trim()}` },
    ],
    undefined,
    options,
  );
}

/** Sets `killswitch:active` = "false". The breaker is not touched (reset it separately, with approval). */
export function deactivateKillSwitch(
  client: StateClient,
  request: ChangeRequest,
  options: { fence?: Fence | undefined } = {},
): Promise<ChangeResult> {
  return changeState(
    client,
    "killswitch.deactivate",
    request,
    [{ key: client.keys.killSwitch, value: "false" }],
    (after) =>
      after.breaker === "OPEN"
        ? []
        : [
            `the circuit breaker is still ${after.breaker}: trading stays stopped until it is reset (breaker reset, behind approval)`,
          ],
    options,
  );
}
