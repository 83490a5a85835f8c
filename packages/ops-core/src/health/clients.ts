// The real adapters behind the smoke ports: the stack through docker compose (v2 plugin or v1
// docker-compose) and `docker inspect`, the breaker through the state module on ioredis. Both are loaded
// and connected only when a run asks for them, so a run without `redis-url` never loads ioredis.

import { TransientError } from "../action/errors.js";
import { redactUrl } from "../action/inputs.js";
import type { CommandRunner } from "../process/run-command.js";
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

/** `docker inspect` output, the parts we read. */
interface Inspect {
  Id: string;
  Name: string;
  Config?: { Labels?: Record<string, string> | null };
  State?: {
    Status?: string;
    Running?: boolean;
    Restarting?: boolean;
    OOMKilled?: boolean;
    ExitCode?: number;
    StartedAt?: string;
    FinishedAt?: string;
    Health?: { Status?: string; Log?: Array<{ Output?: string }> | null };
  };
  RestartCount?: number;
}

/** Maps one `docker inspect` entry to the port's shape. Pure. */
export function containerFromInspect(i: Inspect): ContainerState {
  const health = i.State?.Health?.Status;
  const log = i.State?.Health?.Log ?? [];
  return {
    service: i.Config?.Labels?.["com.docker.compose.service"] ?? i.Name.replace(/^\//, ""),
    id: i.Id,
    name: i.Name.replace(/^\//, ""),
    status: i.State?.Status ?? "unknown",
    running: i.State?.Running === true,
    restarting: i.State?.Restarting === true,
    oomKilled: i.State?.OOMKilled === true,
    exitCode: i.State?.ExitCode ?? 0,
    health: health === "healthy" || health === "unhealthy" || health === "starting" ? health : "none",
    restartCount: i.RestartCount ?? 0,
    startedAt: i.State?.StartedAt,
    finishedAt: i.State?.FinishedAt,
    ...(health === "unhealthy" && log.length ? { healthLog: log.at(-1)?.Output ?? "" } : {}),
  };
}

/** The stack port on the docker CLI: compose for the project's containers, `docker inspect` for their state. */
export function composeStackPort(options: ComposeOptions, run: CommandRunner): StackPort {
  let resolved: Promise<string[]> | undefined;
  const exec = async (argv: readonly string[], signal?: AbortSignal): Promise<string> => {
    const result = await run(argv, {
      timeoutMs: DOCKER_TIMEOUT_MS,
      cwd: options.cwd,
      env: options.env,
      signal,
    });
    if (result.code !== 0) {
      const why = result.timedOut ? `timed out after ${DOCKER_TIMEOUT_MS} ms` : `exited with ${result.code}`;
      const stderr = result.stderr.trim().split("\n").slice(-3).join(" / ");
      throw new TransientError(`${argv.slice(0, 3).join(" ")} … ${why}${stderr ? `: ${stderr}` : ""}`);
    }
    return result.stdout;
  };
  const args = [
    ...options.files.flatMap((f) => ["-f", f]),
    ...(options.project ? ["-p", options.project] : []),
  ];
  /** The compose command as an argv prefix (auto: the v2 plugin when present, else docker-compose). */
  const compose = (signal?: AbortSignal): Promise<string[]> => {
    resolved ??= (async () => {
      if (options.command === "docker compose") return ["docker", "compose"];
      if (options.command === "docker-compose") return ["docker-compose"];
      try {
        const probe = await run(["docker", "compose", "version"], {
          timeoutMs: 5_000,
          env: options.env,
          signal,
        });
        if (probe.code === 0) return ["docker", "compose"];
      } catch {
        // no docker CLI at all: docker-compose below says so
      }
      return ["docker-compose"];
    })();
    return resolved;
  };
  const label = `${options.project ? `project ${options.project}` : "compose project"}${
    options.files.length ? ` (${options.files.join(", ")})` : ""
  }`;
  return {
    description: label,
    async services(signal) {
      const prefix = await compose(signal);
      const out = await exec([...prefix, ...args, "config", "--services"], signal);
      return out
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean);
    },
    async containers(signal) {
      const prefix = await compose(signal);
      // v2 lists only running containers unless asked; v1 lists them all (and has no -a before 1.29).
      const all = prefix.length === 2 ? ["-a"] : [];
      const ids = (await exec([...prefix, ...args, "ps", "-q", ...all], signal))
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean);
      if (ids.length === 0) return [];
      const parsed = JSON.parse(await exec(["docker", "inspect", ...ids], signal)) as Inspect[];
      return parsed.map(containerFromInspect);
    },
    async logs(id, lines, signal) {
      const result = await run(["docker", "logs", "--tail", String(lines), id], {
        timeoutMs: DOCKER_TIMEOUT_MS,
        env: options.env,
        signal,
      });
      return [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
    },
  };
}

/**
 * The state port on Redis, through the state module (loaded on first use, with ioredis). Each read
 * connects, reads the four keys in one MGET, and closes, within `timeoutMs`.
 */
export function redisStatePort(url: string, options: { keyPrefix: string; timeoutMs: number }): StatePort {
  return {
    description: redactUrl(url),
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
