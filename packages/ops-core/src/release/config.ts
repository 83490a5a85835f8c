// The deploy and rollback actions' inputs, read once into frozen typed objects, and the adapters built
// from them. The actions stay thin: parse → wire → engine → outputs and summary.

import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { ConfigurationError } from "../action/errors.js";
import type { Inputs } from "../action/inputs.js";
import type { Logger } from "../action/logger.js";
import { linearPattern } from "../action/pattern.js";
import type { RunContext } from "../action/run-action.js";
import { composeSession, sessionProgram } from "../compose/session.js";
import { readSmokeConfig, type SmokeConfig } from "../health/inputs.js";
import { alembicSession } from "../migrations/session.js";
import { type CommandRunner, runCommand } from "../process/run-command.js";
import { engineRunner } from "../remote/engine.js";
import { composeAdapter } from "./adapters/compose.js";
import { releaseGitHubPort } from "./adapters/github.js";
import { alembicAdapter } from "./adapters/migrations.js";
import { smokeAdapter } from "./adapters/smoke.js";
import { redisState } from "./adapters/state.js";
import { swarmAdapter, swarmSmokeOptions } from "./adapters/swarm.js";
import { CallLog } from "./calls.js";
import type { DeployInputs } from "./deploy.js";
import { parseRollbackTarget } from "./history.js";
import type { MetricsConfig } from "./metrics.js";
import { parseDbRevision } from "./plan.js";
import type { Clock, CommandPort, Notifier, ReleaseDeps } from "./ports.js";
import type { IncidentDelivery, RollbackInputs } from "./rollback.js";

/** What deploy and rollback both need to reach the host. */
export interface HostConfig {
  token: string;
  environment: string;
  workingDirectory: string;
  redisUrl: string | undefined;
  keyPrefix: string;
  /** `compose` (docker compose on this host) or `swarm` (docker stack deploy on a Swarm manager). */
  engine: "compose" | "swarm";
  compose: {
    command: "auto" | "docker compose" | "docker-compose";
    files: string[];
    project: string | undefined;
    versionVariable: string;
    source: "build" | "pull";
    /** Services deploy and rollback never touch (added to the auto-detected ones). */
    accessories: string[];
    timeoutMs: number;
  };
  alembic: { command: string[]; directory: string; config: string | undefined; timeoutMs: number };
  smoke: SmokeConfig;
  /** A service answering 5xx (or refusing while running) on every probe this long fails then. */
  failFastAfterMs: number;
  lockWaitMs: number;
  lockTtlMs: number;
  strategy: "down-up" | "recreate";
  incident: IncidentDelivery;
  incidentFile: boolean;
  logTailLines: number;
}

export async function readHost(inputs: Inputs, defaultBranch: string): Promise<HostConfig> {
  const workingDirectory = resolve(inputs.string("working-directory", "."));
  const redisUrl = inputs.optional("redis-url");
  const smoke = await readSmokeConfig(inputs, {
    readFile: (p) => readFile(p, "utf8"),
    resolvePath: (cwd, p) => (isAbsolute(p) ? p : resolve(cwd ?? process.cwd(), p)),
  });
  const incidentMode = inputs.enum("incident-report", ["summary", "pr", "file"] as const, "summary");
  const alembicDir = inputs.string("alembic-directory", "db");
  return {
    token: inputs.required("token", "a GitHub token (the default github.token works)"),
    environment: inputs.string("environment", "production"),
    workingDirectory,
    redisUrl,
    keyPrefix: inputs.string("key-prefix", ""),
    engine: inputs.enum("engine", ["compose", "swarm"] as const, "compose"),
    compose: {
      command: inputs.enum("compose-command", ["auto", "docker compose", "docker-compose"] as const, "auto"),
      files: inputs.list("compose-file"),
      project: inputs.optional("compose-project"),
      versionVariable: inputs.string("version-variable", "RELEASE_VERSION"),
      source: inputs.enum("image-source", ["build", "pull"] as const, "build"),
      accessories: inputs.list("accessories"),
      timeoutMs: inputs.duration("compose-timeout", { fallback: 300_000, min: 1000, max: 3_600_000 }),
    },
    alembic: {
      command: inputs.argv("alembic-command") ?? ["alembic"],
      directory: isAbsolute(alembicDir) ? alembicDir : resolve(workingDirectory, alembicDir),
      config: inputs.optional("alembic-config"),
      timeoutMs: inputs.duration("migration-timeout", { fallback: 600_000, min: 1000, max: 6 * 3_600_000 }),
    },
    smoke,
    failFastAfterMs: inputs.duration("fail-fast-after", { fallback: 10_000, min: 0, max: 3_600_000 }),
    lockWaitMs: inputs.duration("lock-wait", { fallback: 300_000, min: 0, max: 3_600_000 }),
    lockTtlMs: inputs.duration("lock-ttl", { fallback: 120_000, min: 5_000, max: 3_600_000 }),
    strategy: inputs.enum("strategy", ["down-up", "recreate"] as const, "down-up"),
    incident:
      incidentMode === "pr"
        ? { kind: "pr", base: defaultBranch }
        : incidentMode === "file"
          ? { kind: "file" }
          : { kind: "summary" },
    incidentFile: incidentMode === "file",
    logTailLines: inputs.integer("log-lines", { fallback: 50, min: 1, max: 1000 }),
  };
}

export interface DeployConfig {
  host: HostConfig;
  deploy: Omit<DeployInputs, "run">;
}

export async function readDeployConfig(
  inputs: Inputs,
  run: RunContext,
  defaultBranch: string,
): Promise<Readonly<DeployConfig>> {
  const host = await readHost(inputs, defaultBranch);
  const sha = inputs.string("sha", run.sha);
  if (!/^[0-9a-f]{40}$/i.test(sha)) {
    throw new ConfigurationError(
      `input \`sha\`: ${JSON.stringify(sha.slice(0, 80))} is not a full commit sha`,
      { input: "sha" },
    );
  }
  const patternText = inputs.string(
    "log-error-pattern",
    "\\b(ERROR|CRITICAL|FATAL)\\b|Traceback \\(most recent call last\\)",
  );
  // Run on the services' logs (untrusted) with a linear-time engine: no pattern can hang the deploy.
  const logErrorPattern = linearPattern(patternText, "log-error-pattern");
  return Object.freeze({
    host,
    deploy: Object.freeze({
      sha: sha.toLowerCase(),
      branch: inputs.string("branch", defaultBranch),
      environment: host.environment,
      requireApproval: inputs.boolean("require-approval", true),
      requiredChecks: inputs.list("required-checks"),
      ignoreChecks: inputs.list("ignore-checks").length
        ? inputs.list("ignore-checks")
        : [run.workflow ? `${run.workflow}*` : "deploy*"],
      ciTimeoutMs: inputs.duration("ci-timeout", { fallback: 600_000, min: 0, max: 6 * 3_600_000 }),
      ciPollMs: inputs.duration("ci-poll", { fallback: 15_000, min: 1_000, max: 600_000 }),
      migrationsCheck: inputs.string("migrations-check", "migrations-tested"),
      version: inputs.string("version", sha.toLowerCase()),
      lockWaitMs: host.lockWaitMs,
      lockTtlMs: host.lockTtlMs,
      backupCommand: inputs.argv("backup-command"),
      strategy: host.strategy,
      keepReleases: inputs.integer("keep-releases", { fallback: 5, min: 1, max: 100 }),
      baseline: inputs.boolean("pre-deploy-baseline", true),
      watchMs: inputs.duration("watch", { fallback: 120_000, min: 0, max: 3_600_000 }),
      watchIntervalMs: inputs.duration("watch-interval", { fallback: 20_000, min: 1_000, max: 600_000 }),
      logErrorPattern,
      logTailLines: host.logTailLines,
      onFailure: inputs.enum("on-failure", ["rollback", "stop"] as const, "rollback"),
      dryRun: inputs.boolean("dry-run", false),
      incident: host.incident,
      metrics: readMetricsConfig(inputs),
    }),
  });
}

/** `metrics-url` and `metrics-query` together or not at all; the limits checked strictly. */
export function readMetricsConfig(inputs: Inputs): MetricsConfig | undefined {
  const url = inputs.url("metrics-url", ["https:", "http:"]);
  const query = inputs.optional("metrics-query");
  if (url === undefined && query === undefined) return undefined;
  if (url === undefined || query === undefined) {
    const missing = url === undefined ? "metrics-url" : "metrics-query";
    throw new ConfigurationError(
      `${inputs.label(missing)} is needed with ${inputs.label(missing === "metrics-url" ? "metrics-query" : "metrics-url")}: give both or neither`,
      { input: missing },
    );
  }
  const increase = inputs.string("metrics-max-increase", "50%");
  const m = /^(\d+(?:\.\d+)?)%$/.exec(increase.trim());
  const pct = m ? Number(m[1]) : Number.NaN;
  if (!Number.isFinite(pct) || pct > 10_000) {
    throw new ConfigurationError(
      `${inputs.label("metrics-max-increase")}: ${JSON.stringify(increase.slice(0, 40))} is not a percentage such as \`50%\` (0% to 10000%)`,
      { input: "metrics-max-increase" },
    );
  }
  const thresholdText = inputs.optional("metrics-threshold");
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText.trim());
  if (threshold !== undefined && (thresholdText?.trim() === "" || !Number.isFinite(threshold))) {
    throw new ConfigurationError(
      `${inputs.label("metrics-threshold")}: ${JSON.stringify(thresholdText?.slice(0, 40))} is not a number`,
      { input: "metrics-threshold" },
    );
  }
  return Object.freeze({
    url,
    query,
    maxIncrease: pct / 100,
    threshold,
    timeoutMs: inputs.duration("metrics-timeout", { fallback: 10_000, min: 100, max: 120_000 }),
  });
}

export interface RollbackConfig {
  host: HostConfig;
  rollback: Omit<RollbackInputs, "run">;
  notifyWebhook: URL | undefined;
}

export async function readRollbackConfig(
  inputs: Inputs,
  defaultBranch: string,
): Promise<Readonly<RollbackConfig>> {
  const host = await readHost(inputs, defaultBranch);
  const reason = inputs.required(
    "reason",
    "why production is being rolled back (it goes into the incident report)",
  );
  return Object.freeze({
    host,
    notifyWebhook: inputs.url("notify-webhook", ["https:", "http:"]),
    rollback: Object.freeze({
      environment: host.environment,
      target: parseRollbackTarget(inputs.optional("target")),
      dbRevision: parseDbRevision(inputs.optional("db-revision")),
      dbOnly: inputs.boolean("db-only", false),
      reason,
      dryRun: inputs.boolean("dry-run", false),
      confirmDestructive: inputs.boolean("confirm-destructive", false),
      integrityCommand: inputs.argv("integrity-command"),
      strategy: host.strategy,
      lockWaitMs: host.lockWaitMs,
      lockTtlMs: host.lockTtlMs,
      createHotfixBranch: inputs.boolean("create-hotfix-branch", false),
      incident: host.incident,
      logTailLines: host.logTailLines,
    }),
  });
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolveSleep, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const t = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolveSleep();
      }, ms);
      const onAbort = () => {
        clearTimeout(t);
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** A Slack-compatible webhook: POST {"text": …} with a timeout. */
export function webhookNotifier(url: URL, timeoutMs = 10_000): Notifier {
  return {
    async post(text) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`the notify webhook answered ${res.status}`);
    },
  };
}

export interface WireOptions {
  host: HostConfig;
  run: RunContext;
  logger: Logger;
  signal: AbortSignal;
  kind: "deploy" | "rollback" | "restart";
  sha: string;
  onCleanup: (fn: () => unknown) => void;
  onLockAcquired?: (value: string) => void;
  onDeploymentCreated?: (id: number) => void;
  notifier?: Notifier;
  runner?: CommandRunner;
  env?: NodeJS.ProcessEnv;
}

/** The real adapters behind the engines' ports. */
export function wire(o: WireOptions): ReleaseDeps {
  const calls = new CallLog();
  const env = o.env ?? process.env;
  // docker-compose (v1) calls as forks of one imported compose (compose/session.ts: ~0.7 s of Python start
  // saved per call after the first); `docker compose` (v2), every other program and a runner handed in
  // (tests) run a process per call.
  const program = o.runner ? undefined : sessionProgram(o.host.compose.command);
  const composeServer = program
    ? composeSession(runCommand, {
        program,
        cwd: o.host.workingDirectory,
        env,
        onReady: (ms) => calls.started("compose", ms),
      })
    : undefined;
  if (composeServer) o.onCleanup(() => composeServer.close());
  // Every child process (compose, alembic, backup, integrity and smoke commands) gets the run's engine env.
  const run = calls.runner(engineRunner(o.runner ?? composeServer?.run ?? runCommand, env));
  const commands: CommandPort = {
    async run(argv, signal) {
      const r = await run(argv, {
        cwd: o.host.workingDirectory,
        env,
        timeoutMs: 1_800_000,
        ...(signal ? { signal } : {}),
      });
      return {
        ok: r.code === 0 && !r.timedOut,
        output: [r.stdout, r.stderr].filter((s) => s.trim()).join("\n"),
      };
    },
  };
  // Alembic's calls of the run in one interpreter (migrations/session.ts: ~0.5 s of Python start and
  // imports saved per call after the first); a runner handed in (tests) sees every call as a process.
  const session = o.runner
    ? undefined
    : alembicSession(engineRunner(runCommand, env), {
        command: o.host.alembic.command,
        cwd: o.host.alembic.directory,
        env,
        onReady: (ms) => calls.started("alembic", ms),
      });
  if (session) o.onCleanup(() => session.close());
  const alembicRun = session ? calls.runner(session.run) : run;
  const composeOptions = { ...o.host.compose, cwd: o.host.workingDirectory, env, run };
  const swarm = o.host.engine === "swarm" ? swarmAdapter({ ...composeOptions, clock: realClock }) : undefined;
  const compose = swarm ?? composeAdapter(composeOptions);
  const unreachable = (why: string) => ({
    read: async () => ({ killSwitch: undefined, breaker: undefined, error: why }),
    acquireLock: async () => {
      throw new Error(why);
    },
    lockHolder: async () => undefined,
    tripBreaker: async () => {
      throw new Error(why);
    },
    setKillSwitch: async () => {
      throw new Error(why);
    },
    audit: async () => undefined,
  });
  return {
    github: calls.port(
      "github",
      releaseGitHubPort({ token: o.host.token, apiUrl: o.run.apiUrl, repository: o.run.repository }),
    ),
    state: o.host.redisUrl
      ? calls.port(
          "redis",
          redisState({
            url: o.host.redisUrl,
            keyPrefix: o.host.keyPrefix,
            logger: o.logger,
            kind: o.kind,
            actor: o.run.actor,
            runId: o.run.runId,
            runUrl: o.run.runUrl,
            sha: o.sha,
            onClose: (fn) => o.onCleanup(fn),
            ...(o.onLockAcquired ? { onLockAcquired: o.onLockAcquired } : {}),
          }),
        )
      : unreachable("no redis-url given: the kill switch, breaker and deploy lock cannot be read"),
    compose,
    migrations: alembicAdapter({ ...o.host.alembic, env, run: alembicRun }),
    smoke: smokeAdapter(o.host.smoke, run, o.logger, {
      env,
      serviceNames: () => compose.serviceNames(),
      versionVariable: o.host.compose.versionVariable,
      failFastAfterMs: o.host.failFastAfterMs,
      ...(swarm ? swarmSmokeOptions(swarm) : {}),
    }),
    clock: realClock,
    // The process's start on realClock's scale (epoch ms): Node start and wiring are the timeline's first step.
    startedAtMs: Math.floor(performance.timeOrigin),
    logger: o.logger,
    commands,
    calls,
    ...(o.notifier ? { notifier: o.notifier } : {}),
    ...(o.onDeploymentCreated ? { onDeploymentCreated: o.onDeploymentCreated } : {}),
    signal: o.signal,
  };
}
