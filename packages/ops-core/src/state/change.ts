// One state change: read the state, apply the keys and their audit entries atomically, read it again.

import { errorMessage } from "../action/errors.js";
import { type AppliedChange, applyChange, type Fence, type KeyChange } from "./audit.js";
import type { ChangeRequest, StateClient } from "./client.js";
import { describeAck, replicationHint, waitForReplicas } from "./replication.js";
import { interpretState, type OperationalState, readState } from "./state.js";

/** The state `before` with `applied` written over it (pure). */
export function projectState(
  before: OperationalState,
  client: Pick<StateClient, "keys">,
  applied: readonly AppliedChange[],
): OperationalState {
  const k = client.keys;
  const value = (key: string, current: string | null) => {
    const c = applied.find((a) => a.key === key);
    return c ? c.new : current;
  };
  return interpretState({
    killSwitch: value(k.killSwitch, before.raw.killSwitch),
    breaker: value(k.breakerState, before.raw.breaker),
    tripReason: value(k.tripReason, before.tripReason),
    lastReset: value(k.lastReset, before.lastReset),
  });
}

export type StateOperation = "activate" | "deactivate" | "trip" | "reset";

export interface ChangeResult {
  /** The audit op, e.g. `killswitch.activate`. */
  op: string;
  /** True when at least one key now holds a different value. */
  changed: boolean;
  changes: AppliedChange[];
  before: OperationalState;
  after: OperationalState;
  /** Plain-language consequences worth telling the person (e.g. the breaker stays tripped). */
  notes: string[];
}

export async function changeState(
  client: StateClient,
  op: string,
  request: ChangeRequest,
  changes: readonly KeyChange[],
  notes: (after: OperationalState) => string[] = () => [],
  options: { fence?: Fence | undefined } = {},
): Promise<ChangeResult> {
  const before = await readState(client);
  const applied = await applyChange(client, op, request, changes, options);
  let after: OperationalState;
  const extra: string[] = [];
  const ack = await waitForReplicas(client);
  if (ack && !ack.ok) {
    extra.push(
      `the change is written on the Redis master, but ${describeAck(ack)}: a failover now could lose it (read the state again after one); ${replicationHint(client)}`,
    );
  }
  try {
    after = await readState(client);
  } catch (error) {
    // The change is made (atomically, with its audit entries): report it rather than a failure.
    after = projectState(before, client, applied);
    extra.push(
      `the change was made, but reading the state back failed (${errorMessage(error)}): "after" is computed`,
    );
  }
  return {
    op,
    changed: applied.some((c) => c.old !== c.new),
    changes: applied,
    before,
    after,
    notes: [...notes(after), ...extra],
  };
}
