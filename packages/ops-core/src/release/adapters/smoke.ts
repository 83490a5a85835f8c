// ReleaseSmoke over the smoke core (health/): one runSmoke per check, its report reduced to what a
// release decision needs (verdict, degradation, crash loops, breaker, failing services, evidence).

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Logger } from "../../action/logger.js";
import { causesOf } from "../../health/cause.js";
import { composeStackPort, redisStatePort } from "../../health/clients.js";
import type { Baseline } from "../../health/degradation.js";
import type { Endpoint } from "../../health/endpoints.js";
import type { SmokeConfig } from "../../health/inputs.js";
import { fetchGet } from "../../health/probe.js";
import type { SmokeReport } from "../../health/report.js";
import { runSmoke } from "../../health/smoke.js";
import type { StackPort } from "../../health/stack.js";
import { realClock, realSleep } from "../../health/time.js";
import type { CommandRunner } from "../../process/run-command.js";
import type { HealthReport, ReleaseSmoke } from "../ports.js";

/** The smoke report as a release sees it. Pure. */
export function healthFromSmoke(report: SmokeReport): HealthReport {
  const evidence: string[] = [report.headline];
  for (const e of report.endpoints) {
    const latency = e.latency.samples ? ` (p50 ${e.latency.p50Ms} ms over ${e.latency.samples} samples)` : "";
    evidence.push(`${e.name}: ${e.verdict} — ${e.reason}${latency}`);
  }
  const crashLooping: string[] = [];
  const failingServices: string[] = [];
  if (report.services.checked) {
    for (const s of report.services.services) {
      if (s.verdict !== "fail") continue;
      failingServices.push(s.service);
      evidence.push(`service ${s.service}: ${s.problems.join("; ")}`);
      const rose =
        s.restartCount !== undefined &&
        s.restartCountAtStart !== undefined &&
        s.restartCount > s.restartCountAtStart;
      if (rose || s.status === "restarting" || s.problems.some((p) => /restart/i.test(p)))
        crashLooping.push(s.service);
    }
  }
  // An endpoint named after a service points at it for log tails.
  const serviceNames = report.services.checked ? report.services.services.map((s) => s.service) : [];
  for (const e of report.endpoints) {
    // A per-node endpoint (`orchestrator@node-b`, Swarm) points at its service too.
    const service = e.name.split("@")[0] ?? e.name;
    if (e.verdict !== "pass" && serviceNames.includes(service) && !failingServices.includes(service))
      failingServices.push(service);
  }
  let breaker: string | undefined;
  if (report.breaker.checked) {
    breaker = report.breaker.state ?? undefined;
    evidence.push(`breaker: ${report.breaker.verdict} — ${report.breaker.reason}`);
  }
  if (report.smokeTests.checked)
    evidence.push(`smoke tests: ${report.smokeTests.verdict} — ${report.smokeTests.reason}`);
  let degradationPct: number | undefined;
  if (report.degradation.checked) {
    const tolerance = report.degradation.toleranceMs;
    const compared = report.degradation.endpoints.filter(
      (e): e is typeof e & { change: number } => e.change !== undefined,
    );
    // A slowdown within the tolerance is noise (0.4 ms → 0.9 ms on loopback is +125%), as the smoke
    // core's own verdict says: it never counts as degradation.
    const within = (e: (typeof compared)[number]) =>
      e.currentP50Ms !== undefined &&
      e.baselineP50Ms !== undefined &&
      e.currentP50Ms - e.baselineP50Ms <= (tolerance ?? 0);
    const beyond = compared.filter((e) => !within(e)).map((e) => e.change);
    if (compared.length > 0) degradationPct = Math.max(0, ...beyond) * 100;
    evidence.push(`degradation: ${report.degradation.verdict} — ${report.degradation.reason}`);
  }
  const healthyAfter = report.endpoints.map((e) => e.healthyAfterMs);
  const healthyAfterMs =
    healthyAfter.length > 0 && healthyAfter.every((ms) => ms !== undefined)
      ? Math.max(...(healthyAfter as number[]))
      : undefined;
  return {
    verdict: report.verdict,
    ...(degradationPct !== undefined ? { degradationPct } : {}),
    ...(healthyAfterMs !== undefined ? { healthyAfterMs } : {}),
    crashLooping,
    breaker,
    failingServices,
    evidence,
    causes: causesOf(report),
    raw: report,
  };
}

/** The baseline from an earlier check: the HealthReport the engine kept (its `raw`), or a smoke report. */
export function baselineOf(earlier: unknown): Baseline | undefined {
  const r = ((earlier as HealthReport | undefined)?.raw ?? earlier) as SmokeReport | undefined;
  if (!r || !Array.isArray(r.endpoints)) return undefined;
  return {
    takenAt: r.finishedAt,
    endpoints: r.endpoints.map((e) => ({ name: e.name, samplesMs: e.samplesMs })),
  };
}

export interface SmokeAdapterOptions {
  /** The environment compose sees (the release's version variable is added per check). */
  env?: NodeJS.ProcessEnv;
  /** The variable the compose file tags images with; set to the checked release for every compose call. */
  versionVariable?: string;
  /** See SmokeInputs.failFastAfterMs. */
  failFastAfterMs?: number;
  /** The compose file's services when the run already read its configuration (no `config --services`). */
  serviceNames?: () => Promise<string[]>;
  /** The stack as another engine shows it (Swarm: tasks across nodes) instead of compose's containers. */
  stack?: () => StackPort;
  /** Endpoints as checked now (Swarm: `{node}`/`{hostname}` URLs become one endpoint per node). */
  endpoints?: (configured: readonly Endpoint[], signal?: AbortSignal) => Promise<Endpoint[]>;
}

export function smokeAdapter(
  config: SmokeConfig,
  run: CommandRunner,
  logger: Logger,
  options: SmokeAdapterOptions = {},
): ReleaseSmoke {
  // One stack port per release version: `config`/`ps` interpolate the compose file (`${VAR:?}` fails
  // without the variable).
  const stacks = new Map<string, ReturnType<typeof composeStackPort>>();
  let serviceNames: Promise<string[]> | undefined;
  const remembered = (names: Promise<string[]>) => {
    names.catch(() => {
      serviceNames = undefined;
    });
    return names;
  };
  let other: StackPort | undefined;
  const stackFor = (version: string | undefined) => {
    if (options.stack) {
      other ??= options.stack();
      return other;
    }
    if (!config.compose) return undefined;
    const key = version ?? "";
    let port = stacks.get(key);
    if (!port) {
      const env = {
        ...(options.env ?? process.env),
        ...(version !== undefined && options.versionVariable ? { [options.versionVariable]: version } : {}),
      };
      const inner = composeStackPort({ ...config.compose, env }, run);
      // The file's services do not change during a run, whichever version: `config --services` once.
      port = {
        ...inner,
        services: (signal) =>
          (serviceNames ??= remembered(
            options.serviceNames ? options.serviceNames() : inner.services(signal),
          )),
      };
      stacks.set(key, port);
    }
    return port;
  };
  const state = config.redis
    ? redisStatePort(config.redis.url, {
        keyPrefix: config.redis.keyPrefix,
        timeoutMs: config.smoke.breaker?.timeoutMs ?? 3_000,
      })
    : undefined;
  return {
    async check({ baseline, signal, purpose, version }) {
      const fromBaseline = baselineOf(baseline);
      const { breaker: breakerCheck, ...rest } = config.smoke;
      const inputs = {
        ...rest,
        ...(options.failFastAfterMs !== undefined ? { failFastAfterMs: options.failFastAfterMs } : {}),
        ...(breakerCheck && purpose !== "rollback" ? { breaker: breakerCheck } : {}),
        ...(fromBaseline && !config.smoke.baseline ? { baseline: fromBaseline } : {}),
        ...(options.endpoints ? { endpoints: await options.endpoints(rest.endpoints, signal) } : {}),
      };
      const stack = stackFor(version);
      const report = await runSmoke(inputs, {
        get: fetchGet,
        clock: realClock,
        sleep: realSleep,
        random: Math.random,
        now: () => new Date(),
        ...(stack ? { stack } : {}),
        ...(state && purpose !== "rollback" ? { state } : {}),
        run,
        files: {
          readFile: (p) => readFile(p, "utf8"),
          resolvePath: (cwd, p) => resolve(cwd ?? process.cwd(), p),
        },
        logger,
        ...(signal ? { signal } : {}),
      });
      return healthFromSmoke(report);
    },
  };
}
