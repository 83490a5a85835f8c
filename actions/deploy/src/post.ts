// The deploy's `post:` step: a backstop that releases the deploy lock and closes the deployment when the
// main step died (cancelled, crashed) before it could.

import { runAction } from "@ops/core/action/run-action";
import { deployPostAction } from "@ops/core/release/actions";

await runAction("deploy (post)", deployPostAction);
