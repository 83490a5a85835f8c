// `docker stack deploy` of the compose file(s) with the release's tag, then the wait for convergence
// (./convergence.ts) within the timeout. The stack file's own update_config decides how Swarm replaces
// tasks (order start-first or stop-first, parallelism, failure_action); this module only reads what
// Swarm did. `--prune` is not used: a service removed from the file is left running (a stack shared with
// hand-made services, or an accessory deployed apart, would otherwise be removed by a release).

import { basename } from "node:path";
import type { Clock } from "../release/ports.js";
import { type Convergence, convergence, convergenceMessage } from "./convergence.js";
import { type DockerCli, docker, readStack } from "./docker.js";

/** A stack name as docker accepts it: the project name (else the directory's), lower case, [a-z0-9_-]. */
export function stackName(project: string | undefined, cwd: string): string {
  const raw = (project ?? basename(cwd)).toLowerCase().replace(/[^a-z0-9_-]/g, "");
  return raw || "app";
}

export interface StackDeployOptions {
  stack: string;
  files: readonly string[];
  /** `never` for images built on the manager and loaded on the nodes; `changed` when pulled by digest. */
  resolveImage: "never" | "changed" | "always";
  withRegistryAuth: boolean;
  /** Variables the stack file interpolates (the release's version variable). */
  env: Record<string, string>;
  signal?: AbortSignal;
}

export function stackDeployArgv(o: Omit<StackDeployOptions, "env" | "signal">): string[] {
  return [
    "stack",
    "deploy",
    ...o.files.flatMap((f) => ["--compose-file", f]),
    "--resolve-image",
    o.resolveImage,
    ...(o.withRegistryAuth ? ["--with-registry-auth"] : []),
    "--detach=true",
    o.stack,
  ];
}

export async function stackDeploy(cli: DockerCli, o: StackDeployOptions): Promise<void> {
  await docker({ ...cli, env: { ...cli.env, ...o.env } }, stackDeployArgv(o), o.signal);
}

export class ConvergenceError extends Error {
  constructor(
    message: string,
    readonly state: Convergence,
    /** Swarm rolled back or paused the update itself. */
    readonly bySwarm: boolean,
  ) {
    super(message);
    this.name = "ConvergenceError";
  }
}

/**
 * Polls the stack until every service in `images` converged (resolves with the last judgement), Swarm
 * rolled back or paused an update (throws at once, saying so), or `timeoutMs` passed (throws with what
 * each service still lacks and the task errors with their nodes).
 */
export async function awaitConvergence(
  cli: DockerCli,
  o: {
    stack: string;
    images: Readonly<Record<string, string>>;
    sinceIso: string;
    timeoutMs: number;
    pollMs?: number;
    clock: Pick<Clock, "now" | "sleep">;
    signal?: AbortSignal;
  },
): Promise<Convergence> {
  const deadline = o.clock.now() + o.timeoutMs;
  for (;;) {
    const state = convergence(await readStack(cli, o.stack, o.signal), o.images, o.sinceIso);
    if (state.done) return state;
    if (state.final) throw new ConvergenceError(`Swarm's own decision: ${state.final}`, state, true);
    if (o.clock.now() >= deadline) {
      throw new ConvergenceError(
        `stack ${o.stack} did not converge within ${Math.round(o.timeoutMs / 1000)}s: ${convergenceMessage(state)}`,
        state,
        false,
      );
    }
    await o.clock.sleep(Math.min(o.pollMs ?? 1_000, Math.max(0, deadline - o.clock.now())), o.signal);
  }
}
