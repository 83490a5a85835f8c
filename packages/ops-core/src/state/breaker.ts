// The circuit breaker: `cb:state` OPEN (normal) or TRIPPED, with `cb:trip_reason` and `cb:last_reset`.

import { RefusalError } from "../action/errors.js";
import type { Fence } from "./audit.js";
import { type ChangeResult, changeState } from "./change.js";
import type { ChangeRequest, StateClient } from "./client.js";
import { readState } from "./state.js";

/** The runbook's questions before a reset; shown wherever a reset is asked for. */
export const RECOVERY_QUESTIONS: readonly string[] = [
  "Has the drawdown normalized?",
  "Is the broker API healthy?",
  "Are the data feeds current?",
];

/** Sets `cb:state` = "TRIPPED" and `cb:trip_reason` = reason. */
export function tripBreaker(
  client: StateClient,
  request: ChangeRequest,
  options: { fence?: Fence | undefined } = {},
): Promise<ChangeResult> {
  const k = client.keys;
  return changeState(
    client,
    "breaker.trip",
    request,
    [
      { key: k.breakerState, value: "TRIPPED" },
      { key: k.tripReason, value: request.reason.trim() },
    ],
    undefined,
    options,
  );
}

/**
 * Sets `cb:state` = "OPEN", `cb:last_reset` = now (ISO-8601) and removes `cb:trip_reason` (kept in the
 * audit stream). Refused while the kill switch is active: deactivate it first.
 */
export async function resetBreaker(client: StateClient, request: ChangeRequest): Promise<ChangeResult> {
  const k = client.keys;
  const current = await readState(client);
  if (current.killSwitch !== "inactive") {
    throw new RefusalError(
      `the kill switch is ${current.killSwitch}: deactivate it before resetting the circuit breaker`,
      [
        `killswitch:active = ${JSON.stringify(current.raw.killSwitch)}`,
        `cb:state = ${JSON.stringify(current.raw.breaker)}`,
      ],
    );
  }
  return changeState(client, "breaker.reset", request, [
    { key: k.breakerState, value: "OPEN" },
    { key: k.lastReset, value: client.now().toISOString() },
    { key: k.tripReason, value: null },
  ]);
}
