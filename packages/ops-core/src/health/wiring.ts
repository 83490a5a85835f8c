// Builds the real smoke deps from a parsed config: node's fetch, real time, runCommand, the compose
// adapter when a stack is configured, the Redis adapter when `redis-url` is given. Shared by the action
// and `ops smoke`, so both run exactly the same checks.

import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import type { Logger } from "../action/logger.js";
import { composeSession, sessionProgram } from "../compose/session.js";
import { runCommand } from "../process/run-command.js";
import { composeStackPort, redisStatePort } from "./clients.js";
import type { SmokeConfig } from "./inputs.js";
import { fetchGet } from "./probe.js";
import type { SmokeDeps } from "./smoke.js";
import { realClock, realSleep } from "./time.js";

export interface WiringOptions {
  /** Where relative paths (compose files, JUnit report, baseline) are resolved. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  logger?: Logger;
  signal?: AbortSignal;
  /** Where to end what the run started: with it, docker-compose (v1) calls share one compose session. */
  onCleanup?: (fn: () => unknown) => void;
}

/** Resolves `path` against `dir` (itself against `base`). */
export function resolveFrom(base: string, dir: string | undefined, path: string): string {
  if (isAbsolute(path)) return path;
  return resolve(base, dir ?? ".", path);
}

export const fileReader = (base: string) => ({
  readFile: (path: string) => readFile(path, "utf8"),
  resolvePath: (dir: string | undefined, path: string) => resolveFrom(base, dir, path),
});

export function smokeDeps(config: SmokeConfig, options: WiringOptions): SmokeDeps {
  const files = fileReader(options.cwd);
  const deps: SmokeDeps = {
    get: fetchGet,
    clock: realClock,
    sleep: realSleep,
    random: Math.random,
    now: () => new Date(),
    run: runCommand,
    files,
    logger: options.logger,
    signal: options.signal,
  };
  if (config.compose) {
    const cwd = resolveFrom(options.cwd, config.compose.cwd, ".");
    // Detection (`version`) and `config --services` as forks of one imported compose (compose/session.ts).
    const program = options.onCleanup ? sessionProgram(config.compose.command) : undefined;
    const session = program ? composeSession(runCommand, { program, cwd, env: options.env }) : undefined;
    if (session) options.onCleanup?.(() => session.close());
    deps.stack = composeStackPort({ ...config.compose, cwd, env: options.env }, session?.run ?? runCommand);
  }
  if (config.redis && config.smoke.breaker) {
    deps.state = redisStatePort(config.redis.url, {
      keyPrefix: config.redis.keyPrefix,
      timeoutMs: config.smoke.breaker.timeoutMs,
    });
  }
  return deps;
}
