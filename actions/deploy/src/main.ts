// actions/deploy: inputs → the deploy engine (@ops/core/release) → outputs and summary, inside runAction.

import { runAction } from "@ops/core/action/run-action";
import { deployAction } from "@ops/core/release/actions";

export function run(): Promise<void> {
  return runAction("deploy", deployAction);
}
