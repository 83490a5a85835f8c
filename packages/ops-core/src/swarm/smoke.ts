// The smoke check on a Swarm stack (actions/smoke and `ops smoke` with `engine: swarm`): the stack read
// as tasks across the nodes instead of compose's containers, endpoints templated per node. Deploy and
// rollback get the same through the release's swarm adapter.

import type { SmokeDeps, SmokeInputs } from "../health/smoke.js";
import type { CommandRunner } from "../process/run-command.js";
import { type DockerCli, readNodes, readStack } from "./docker.js";
import { expandPerNode, hasNodePlaceholder } from "./endpoints.js";
import { swarmStackPort } from "./stack-port.js";

export interface SwarmSmokeOptions {
  stack: string;
  /** Services that must be running (default: every service of the stack). */
  services: readonly string[];
  run: CommandRunner;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Sets `deps.stack` to the Swarm stack and returns the inputs with `{node}`/`{hostname}` endpoints expanded. */
export async function onSwarm(
  inputs: SmokeInputs,
  deps: SmokeDeps,
  o: SwarmSmokeOptions,
): Promise<SmokeInputs> {
  const cli: DockerCli = { run: o.run, env: o.env, cwd: o.cwd, timeoutMs: 30_000 };
  deps.stack = swarmStackPort(cli, o.stack, async (signal) =>
    o.services.length > 0
      ? [...o.services]
      : (await readStack(cli, o.stack, signal)).services.map((s) => s.service),
  );
  if (!hasNodePlaceholder(inputs.endpoints)) return inputs;
  return { ...inputs, endpoints: expandPerNode(inputs.endpoints, await readNodes(cli, deps.signal)) };
}
