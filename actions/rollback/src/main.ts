// actions/rollback: inputs → the rollback engine (@ops/core/release) → outputs and summary, inside runAction.

import { runAction } from "@ops/core/action/run-action";
import { rollbackAction } from "@ops/core/release/actions";

export function run(): Promise<void> {
  return runAction("rollback", rollbackAction);
}
