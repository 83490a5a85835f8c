// One state change: read the state, apply the keys and their audit entries atomically, read it again.

import { type AppliedChange, applyChange, type KeyChange } from "./audit.js";
import type { ChangeRequest, StateClient } from "./client.js";
import { type OperationalState, readState } from "./state.js";

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
): Promise<ChangeResult> {
  const before = await readState(client);
  const applied = await applyChange(client, op, request, changes);
  const after = await readState(client);
  return {
    op,
    changed: applied.some((c) => c.old !== c.new),
    changes: applied,
    before,
    after,
    notes: notes(after),
  };
}
