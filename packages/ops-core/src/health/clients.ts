// The real adapters behind the smoke ports: the stack through the compose adapter (compose/: docker compose
// v2 or docker-compose v1, `docker inspect`, `docker logs`), the breaker through the state module on
// ioredis. Both are created only when a run asks for them, and the Redis side is loaded lazily, so a run
// without `redis-url` never loads ioredis.

import { redactUrl } from "../action/inputs.js";
import { parseComposeCommand } from "../compose/command.js";
import { createCompose } from "../compose/compose.js";
import type { ContainerInfo } from "../compose/container.js";
import type { CommandRunner } from "../process/run-command.js";
import { isSentinelUrl, maskSentinelUrl } from "../state/sentinel.js";
import type { OperationalState, StatePort } from "./breaker.js";
import type { ComposeCommand } from "./inputs.js";
import type { ContainerState, StackPort } from "./stack.js";

const DOCKER_TIMEOUT_MS = 20_000;

export interface ComposeOptions {
  files: readonly string[];
  project: string | undefined;
  command: ComposeCommand;
  cwd: string | undefined;
  env?: NodeJS.ProcessEnv;
}

/** The compose adapter's container, as the stack check reads it. Pure. */
export function containerState(c: ContainerInfo): ContainerState {
  return {
    service: c.service,
    id: c.id,
    name: c.name,
    status: c.status,
    running: c.running,
    restarting: c.restarting,
    oomKilled: c.oomKilled,
    exitCode: c.exitCode,
    health: c.health,
    restartCount: c.restartCount,
    startedAt: c.startedAt,
    finishedAt: c.finishedAt,
    ...(c.startPeriodMs !== undefined ? { startPeriodMs: c.startPeriodMs } : {}),
    ...(c.health === "unhealthy" && c.healthLog !== undefined ? { healthLog: c.healthLog } : {}),
  };
}

/** The stack port over the compose adapter (the command is detected on first use when `auto`). */
export function composeStackPort(options: ComposeOptions, run: CommandRunner): StackPort {
  const compose = createCompose({
    run,
    files: options.files,
    project: options.project,
    cwd: options.cwd,
    env: options.env,
    command: parseComposeCommand(options.command),
    timeoutMs: DOCKER_TIMEOUT_MS,
  });
  const label = `${options.project ? `project ${options.project}` : "compose project"}${
    options.files.length ? ` (${options.files.join(", ")})` : ""
  }`;
  return {
    description: label,
    services: (signal) => compose.services({ signal }),
    async containers(signal) {
      return (await compose.inspect(undefined, { signal })).map(containerState);
    },
    logs: (id, lines, signal) => compose.containerLogs(id, { tail: lines, signal }),
  };
}

/**
 * The state port on Redis, through the state module (loaded on first use, with ioredis). Each read
 * connects, reads the four keys in one MGET, and closes, within `timeoutMs`.
 */
export function redisStatePort(url: string, options: { keyPrefix: string; timeoutMs: number }): StatePort {
  return {
    description: isSentinelUrl(url) ? maskSentinelUrl(url) : redactUrl(url),
    async read(): Promise<OperationalState> {
      const { readOperationalState } = await import("../state/state.js");
      const state = await readOperationalState(url, {
        keyPrefix: options.keyPrefix,
        deadlineMs: options.timeoutMs,
        connectTimeoutMs: options.timeoutMs,
        commandTimeoutMs: options.timeoutMs,
        input: "redis-url",
      });
      if (state.error !== undefined) throw new Error(state.error);
      return {
        cbState: state.raw.breaker,
        tripReason: state.tripReason,
        lastReset: state.lastReset,
        killSwitch: state.raw.killSwitch,
      };
    },
  };
}
