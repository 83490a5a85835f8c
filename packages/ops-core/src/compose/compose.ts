// The compose adapter: one project (files, project name, DOCKER_HOST) driven through `docker compose` (v2)
// or `docker-compose` (v1) with argument arrays and a timeout on every call. Container state comes from
// `docker inspect` and logs from `docker logs`, which are the same whichever compose made the containers.
// DOCKER_HOST (unix://, tcp://, ssh://user@host) is passed through the environment to both programs.

import { parse as parseYaml } from "yaml";
import { ConfigurationError, TransientError } from "../action/errors.js";
import type { CommandResult, CommandRunner } from "../process/run-command.js";
import { type ComposeCommand, detectCompose } from "./command.js";
import { byService, type ContainerInfo, parseInspect } from "./container.js";

export interface ComposeOptions {
  run: CommandRunner;
  /** `-f` files, in order; empty = compose's default (docker-compose.yml in `cwd`). */
  files?: readonly string[];
  /** `-p`; undefined = compose derives it from the project directory. */
  project?: string;
  /** Working directory (relative files resolve from here). */
  cwd?: string;
  /** The environment compose and docker see (DOCKER_HOST, variables the compose file reads). */
  env?: NodeJS.ProcessEnv;
  /** Overrides env's DOCKER_HOST, e.g. `ssh://deploy@prod-host`. */
  dockerHost?: string;
  /** A configured compose argv (see parseComposeCommand), or an already detected command. */
  command?: readonly string[] | ComposeCommand;
  /** The docker CLI argv prefix; default ["docker"]. */
  docker?: readonly string[];
  /** Default timeout of one call; default 120 s (build and up get at least 15 min). */
  timeoutMs?: number;
  /**
   * Reuse the project's container state for this long (ms) unless a call of this instance changed it
   * (up, down, stop, rm, restart…): a run that reads it before and after its own changes asks once each
   * time. Default 0: every read asks (what a poller watching containers crash needs).
   */
  stateMaxAgeMs?: number;
}

export interface CallOptions {
  /** Extra variables for this call, e.g. { RELEASE: "1.4.2" }. */
  env?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface UpOptions extends CallOptions {
  services?: readonly string[];
  /** --no-deps: do not start linked services. */
  noDeps?: boolean;
  /** --force-recreate: recreate containers even if their configuration did not change. */
  forceRecreate?: boolean;
  /** --no-build (default true: a deploy starts images built beforehand, a rollback never rebuilds). */
  noBuild?: boolean;
  /** --remove-orphans. */
  removeOrphans?: boolean;
}

export interface DownOptions extends CallOptions {
  /** Seconds to wait for a graceful stop (-t). */
  stopTimeoutS?: number;
  /** -v: remove named and anonymous volumes too. */
  volumes?: boolean;
  removeOrphans?: boolean;
}

export interface LogsOptions extends CallOptions {
  /** The last N lines per container; default 200. */
  tail?: number;
  /** Only lines since this time: RFC 3339 / ISO-8601, a Unix timestamp, or a duration like `10m`. */
  since?: string;
  timestamps?: boolean;
}

/** A compose or docker command that exited non-zero. */
export class ComposeCommandError extends Error {
  readonly argv: readonly string[];
  readonly code: number | null;
  readonly stderr: string;
  constructor(message: string, result: CommandResult) {
    super(message);
    this.name = "ComposeCommandError";
    this.argv = result.argv;
    this.code = result.code;
    this.stderr = result.stderr;
  }
}

const DAEMON_DOWN =
  /Cannot connect to the Docker daemon|Couldn't connect to Docker daemon|error during connect|connection refused|Is the docker daemon running/i;

/** Throws the right error for a failed call: timeout or daemon unreachable → TransientError. */
export function checkResult(result: CommandResult, what: string): CommandResult {
  if (result.timedOut) {
    throw new TransientError(`${what} timed out after ${Math.round(result.durationMs)} ms`);
  }
  if (result.code === 0) return result;
  const tail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-5).join("\n");
  const message = `${what} ${result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`}${tail ? `: ${tail}` : ""}`;
  if (DAEMON_DOWN.test(result.stderr)) throw new TransientError(message);
  throw new ComposeCommandError(message, result);
}

/**
 * Service → image reference from `config` output (compose's normalised YAML, two-space indent; v1 and v2
 * shapes). Services without an `image:` are left out. Pure.
 */
export function imagesFromConfig(yaml: string): Record<string, string> {
  const out: Record<string, string> = {};
  let inServices = false;
  let service: string | undefined;
  for (const line of yaml.split("\n")) {
    if (/^\S/.test(line)) {
      inServices = /^services:\s*$/.test(line);
      service = undefined;
      continue;
    }
    if (!inServices) continue;
    const svc = /^ {2}([A-Za-z0-9][\w.-]*):\s*$/.exec(line);
    if (svc) {
      service = svc[1];
      continue;
    }
    const img = /^ {4}image:\s*['"]?([^'"\s]+)['"]?\s*$/.exec(line);
    if (img && service) out[service] = img[1] as string;
  }
  return out;
}

/** A service as the normalised configuration describes it: what the release engines tell apart. */
export interface ServiceSpec {
  /** The `image:` reference, interpolated; undefined when the service only has `build:`. */
  image: string | undefined;
  /** Whether the service has a `build:` section (its image is made from the checkout). */
  build: boolean;
}

/** Service → image and build from `config` output (v1 and v2 shapes), read with a YAML parser. Pure. */
export function servicesFromConfig(text: string): Record<string, ServiceSpec> {
  const doc = parseYaml(text) as { services?: Record<string, { image?: unknown; build?: unknown } | null> };
  const out: Record<string, ServiceSpec> = {};
  for (const [service, spec] of Object.entries(doc?.services ?? {})) {
    out[service] = {
      image: typeof spec?.image === "string" ? spec.image : undefined,
      build: spec?.build !== undefined && spec?.build !== null,
    };
  }
  return out;
}

/** The compose project operations. Create with `createCompose` (detects the command lazily). */
export interface Compose {
  /** The compose command in use (detected on first need). */
  command(signal?: AbortSignal): Promise<ComposeCommand>;
  /** A label for messages, e.g. `project app (docker-compose -f docker-compose.yml)`. */
  describe(): string;
  /** The argv a call would run (for plans and dry runs). */
  argv(args: readonly string[]): Promise<string[]>;
  /** Runs `compose <global flags> <args>`; throws on failure. */
  exec(args: readonly string[], options?: CallOptions): Promise<CommandResult>;
  /** The services the compose file defines (`config --services`). */
  services(options?: CallOptions): Promise<string[]>;
  /** The normalised configuration (`config`), with `env` interpolated. */
  config(options?: CallOptions): Promise<string>;
  /** Service → image reference as the configuration names it (`config`, with `env` interpolated). */
  images(options?: CallOptions): Promise<Record<string, string>>;
  up(options?: UpOptions): Promise<void>;
  down(options?: DownOptions): Promise<void>;
  /** `stop <services>` (all when none named). */
  stop(services?: readonly string[], options?: CallOptions & { stopTimeoutS?: number }): Promise<void>;
  /** `rm -f <services>`: removes the (stopped) containers of these services only; `stop` first stops them (`-s`). */
  remove(services: readonly string[], options?: CallOptions & { stop?: boolean }): Promise<void>;
  /** `up -d --no-deps --force-recreate --no-build <services>`: new containers, no full stop. */
  recreate(services?: readonly string[], options?: CallOptions): Promise<void>;
  restart(
    service: string | readonly string[],
    options?: CallOptions & { stopTimeoutS?: number },
  ): Promise<void>;
  build(
    services?: readonly string[],
    options?: CallOptions & { buildArgs?: Record<string, string> },
  ): Promise<void>;
  pull(services?: readonly string[], options?: CallOptions): Promise<void>;
  /** Container ids of the project (running or not), from `ps -a -q`. */
  containerIds(options?: CallOptions): Promise<string[]>;
  /** Container ids per service. */
  ps(options?: CallOptions): Promise<Record<string, string[]>>;
  /** `docker inspect` of the given containers (default: all of the project). */
  inspect(ids?: readonly string[], options?: CallOptions): Promise<ContainerInfo[]>;
  /** Containers per service with their state. */
  state(options?: CallOptions): Promise<Record<string, ContainerInfo[]>>;
  /** Image id per service of the running (or last) container. */
  runningImages(options?: CallOptions): Promise<Record<string, string>>;
  /** Log text per service (stdout and stderr of each container, via `docker logs`). */
  logs(services?: readonly string[], options?: LogsOptions): Promise<Record<string, string>>;
  /** `docker logs` of one container. */
  containerLogs(id: string, options?: LogsOptions): Promise<string>;
  /** Runs `docker <args>` with this project's environment; throws on failure. */
  docker(args: readonly string[], options?: CallOptions): Promise<CommandResult>;
}

export function createCompose(options: ComposeOptions): Compose {
  const baseEnv: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    ...(options.dockerHost ? { DOCKER_HOST: options.dockerHost } : {}),
  };
  const defaultTimeout = options.timeoutMs ?? 120_000;
  const dockerArgv = options.docker ?? ["docker"];
  const files = options.files ?? [];
  const globalFlags = [
    ...files.flatMap((f) => ["-f", f]),
    ...(options.project ? ["-p", options.project] : []),
  ];
  let detected: Promise<ComposeCommand> | undefined;
  const configured = options.command;

  // A configured command is used as given: asking it `version` first would cost a whole compose call
  // (0.7–0.85 s with v1) on every run. It is asked only when a call fails, to say what is wrong with it.
  const configuredArgv =
    configured && !("flavor" in configured) ? (configured as readonly string[]) : undefined;
  const command = (signal?: AbortSignal): Promise<ComposeCommand> => {
    if (configured && "flavor" in configured) return Promise.resolve(configured);
    if (configuredArgv) {
      const v1 = configuredArgv.length === 1 && /(^|\/)docker-compose$/.test(configuredArgv[0] ?? "");
      return Promise.resolve({ argv: configuredArgv, flavor: v1 ? "v1" : "v2", version: "" });
    }
    detected ??= detectCompose({
      run: options.run,
      env: baseEnv,
      ...(signal ? { signal } : {}),
    }).catch((error: unknown) => {
      detected = undefined;
      throw error;
    });
    return detected;
  };
  /** After a failed call with a configured command: the command's own fault, if it is one. */
  const diagnose = async (error: unknown, signal?: AbortSignal): Promise<never> => {
    const refusedByCompose =
      error instanceof ComposeCommandError &&
      error.code !== 127 &&
      !/is not a docker command|unknown command|command not found/i.test(error.stderr);
    if (configuredArgv && !refusedByCompose) {
      await detectCompose({
        run: options.run,
        command: configuredArgv,
        env: baseEnv,
        ...(signal ? { signal } : {}),
      });
    }
    throw error;
  };

  const call = async (
    argv: readonly string[],
    o: CallOptions = {},
    minTimeout = 0,
  ): Promise<CommandResult> => {
    const result = await options.run(argv, {
      timeoutMs: Math.max(o.timeoutMs ?? defaultTimeout, minTimeout),
      env: o.env ? { ...baseEnv, ...o.env } : baseEnv,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
    });
    return checkResult(result, argv.slice(0, 4).join(" "));
  };

  const argv = async (args: readonly string[], signal?: AbortSignal) => [
    ...(await command(signal)).argv,
    ...globalFlags,
    ...args,
  ];
  // Which calls leave the containers as they were; any other invalidates the state memo.
  const READ_ONLY = new Set(["config", "ps", "version", "images", "logs", "top", "port"]);
  const stateMaxAge = options.stateMaxAgeMs ?? 0;
  let stateMemo: { at: number; value: Promise<ContainerInfo[]> } | undefined;
  const exec = async (args: readonly string[], o: CallOptions = {}, minTimeout = 0) => {
    if (!READ_ONLY.has(args[0] ?? "")) stateMemo = undefined;
    try {
      return await call(await argv(args, o.signal), o, minTimeout).catch((e: unknown) =>
        diagnose(e, o.signal),
      );
    } finally {
      if (!READ_ONLY.has(args[0] ?? "")) stateMemo = undefined;
    }
  };
  // The label compose (v1 and v2) puts on a project's containers: the name lower-cased, other characters
  // than [a-z0-9_-] dropped. Listing by it is one `docker ps` (a Go program, ~0.1 s) instead of a
  // `compose ps` (v1 is a Python program: 0.7–0.85 s a call).
  const projectLabel = options.project?.toLowerCase().replace(/[^a-z0-9_-]/g, "");
  const docker = (args: readonly string[], o: CallOptions = {}) => call([...dockerArgv, ...args], o);
  const lines = (text: string) =>
    text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  const LONG = 15 * 60_000;

  const compose: Compose = {
    command,
    describe() {
      const what = configured && !("flavor" in configured) ? configured.join(" ") : "compose";
      return `${options.project ? `project ${options.project}` : "compose project"} (${what}${files.length ? ` -f ${files.join(" -f ")}` : ""})`;
    },
    argv: (args) => argv(args),
    exec: (args, o) => exec(args, o),
    async services(o) {
      return lines((await exec(["config", "--services"], o)).stdout);
    },
    async config(o) {
      return (await exec(["config"], o)).stdout;
    },
    async images(o) {
      return imagesFromConfig(await compose.config(o));
    },
    async up(o = {}) {
      const args = ["up", "-d"];
      if (o.noBuild ?? true) args.push("--no-build");
      if (o.noDeps) args.push("--no-deps");
      if (o.forceRecreate) args.push("--force-recreate");
      if (o.removeOrphans) args.push("--remove-orphans");
      await exec([...args, ...(o.services ?? [])], o, LONG);
    },
    async down(o = {}) {
      const args = ["down"];
      if (o.stopTimeoutS !== undefined) args.push("-t", String(o.stopTimeoutS));
      if (o.volumes) args.push("-v");
      if (o.removeOrphans) args.push("--remove-orphans");
      await exec(args, o, LONG);
    },
    async stop(services = [], o = {}) {
      await exec(
        ["stop", ...(o.stopTimeoutS !== undefined ? ["-t", String(o.stopTimeoutS)] : []), ...services],
        o,
        LONG,
      );
    },
    async remove(services, o = {}) {
      if (services.length === 0) throw new ConfigurationError("remove needs a service", { input: "service" });
      // `rm -f` (v1 and v2) removes stopped containers of the named services; nothing else is touched.
      // `-s` (v1 1.29 and v2) stops them first: `stop` and `rm` in one compose call.
      await exec(["rm", "-f", ...(o.stop ? ["-s"] : []), ...services], o, LONG);
    },
    async recreate(services = [], o = {}) {
      await exec(["up", "-d", "--no-deps", "--force-recreate", "--no-build", ...services], o, LONG);
    },
    async restart(service, o = {}) {
      const list = typeof service === "string" ? [service] : [...service];
      if (list.length === 0) throw new ConfigurationError("restart needs a service", { input: "service" });
      await exec(
        ["restart", ...(o.stopTimeoutS !== undefined ? ["-t", String(o.stopTimeoutS)] : []), ...list],
        o,
      );
    },
    async build(services = [], o = {}) {
      const args = ["build"];
      for (const [k, v] of Object.entries(o.buildArgs ?? {})) args.push("--build-arg", `${k}=${v}`);
      await exec([...args, ...services], o, LONG);
    },
    async pull(services = [], o = {}) {
      await exec(["pull", ...services], o, LONG);
    },
    async containerIds(o) {
      if (projectLabel) {
        const filters = [
          `label=com.docker.compose.project=${projectLabel}`,
          "label=com.docker.compose.oneoff=False",
        ];
        return lines(
          (await docker(["ps", "-a", "-q", "--no-trunc", ...filters.flatMap((f) => ["--filter", f])], o))
            .stdout,
        );
      }
      // v2 lists only running containers without -a; v1 1.29 accepts -a too.
      return lines((await exec(["ps", "-a", "-q"], o)).stdout);
    },
    async ps(o) {
      const out: Record<string, string[]> = {};
      for (const [service, list] of Object.entries(byService(await compose.inspect(undefined, o)))) {
        out[service] = list.map((c) => c.id);
      }
      return out;
    },
    async inspect(ids, o) {
      const read = async () => {
        const list = ids ?? (await compose.containerIds(o));
        if (list.length === 0) return [];
        return parseInspect((await docker(["inspect", ...list], o)).stdout);
      };
      if (ids !== undefined || stateMaxAge <= 0) return read();
      if (stateMemo && performance.now() - stateMemo.at <= stateMaxAge) return stateMemo.value;
      const memo = { at: performance.now(), value: read() };
      stateMemo = memo;
      memo.value.catch(() => {
        if (stateMemo === memo) stateMemo = undefined;
      });
      return memo.value;
    },
    async state(o) {
      return byService(await compose.inspect(undefined, o));
    },
    async runningImages(o) {
      const out: Record<string, string> = {};
      for (const [service, list] of Object.entries(await compose.state(o))) {
        const pick = list.find((c) => c.running) ?? list[0];
        if (pick) out[service] = pick.imageId;
      }
      return out;
    },
    async containerLogs(id, o = {}) {
      const args = ["logs", "--tail", String(o.tail ?? 200)];
      if (o.since) args.push("--since", o.since);
      if (o.timestamps) args.push("--timestamps");
      const result = await docker([...args, id], o);
      return [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
    },
    async logs(services, o = {}) {
      // Every container's `docker logs` side by side; the answer in the services' order.
      const wanted = Object.entries(await compose.state(o)).filter(
        ([s]) => !services || services.includes(s),
      );
      const texts = await Promise.all(
        wanted.map(([, list]) => Promise.all(list.map((c) => compose.containerLogs(c.id, o)))),
      );
      return Object.fromEntries(
        wanted.map(([s], i) => [s, (texts[i] ?? []).filter((t) => t !== "").join("\n")]),
      );
    },
    docker,
  };
  return compose;
}
