// "Is production OK right now?" — the runbook's health checks, `docker-compose ps`, `redis-cli GET
// cb:state` and `pytest tests/e2e/test_smoke.py`, as one function of (inputs, deps) → report. Endpoints,
// stack and breaker are checked at once; a check that fails for good stops the others waiting (fail-fast);
// smoke tests run only when those passed; the stack gets a last look at the end; latency is compared with
// a baseline. Used by actions/smoke, `ops smoke`, and the deploy and rollback engines.

import type { Logger } from "../action/logger.js";
import type { CommandRunner } from "../process/run-command.js";
import { type BreakerReport, checkBreaker, type StatePort } from "./breaker.js";
import { HARD_FAILURE_SUFFIX } from "./cause.js";
import { type Baseline, compareWithBaseline, type DegradationReport } from "./degradation.js";
import { checkEndpoint, type Endpoint, type EndpointPolicy, type EndpointReport } from "./endpoints.js";
import type { JsonCondition, StatusExpectation } from "./expect.js";
import {
  type ContainerFacts,
  type HardFailureVerdict,
  HardFailureWatch,
  networkCode,
  type ProbeOutcome,
} from "./hard-failure.js";
import type { HttpGet } from "./probe.js";
import { finishReport, type NotChecked, type SmokeReport } from "./report.js";
import { runSmokeTests, type SmokeTestDeps, type SmokeTestReport } from "./smoke-tests.js";
import { type ContainerState, checkStack, recheckStack, type StackPort, type StackReport } from "./stack.js";
import type { Clock, Random, Sleep } from "./time.js";

/** Backoff after a failed probe starts at this ceiling and doubles; also the wait between confirmations. */
export const BASE_INTERVAL_MS = 50;

/** Everything a smoke run needs to know, parsed and validated (see inputs.ts). */
export interface SmokeInputs {
  endpoints: readonly Endpoint[];
  expectStatus: StatusExpectation;
  expectJson: readonly JsonCondition[];
  /** Overall wait for health (endpoints, stack, breaker). */
  timeoutMs: number;
  requestTimeoutMs: number;
  successes: number;
  samples: number;
  /** Longest wait between two probes of an unhealthy endpoint (the backoff ceiling). */
  maxIntervalMs: number;
  /** Stop waiting on the other checks as soon as one has failed for good. */
  failFast: boolean;
  /**
   * An endpoint answering 5xx (503 aside) — or refusing while its container runs — on every probe for this
   * long, past its container's start period, fails then instead of at the timeout. 0 or absent: off.
   */
  failFastAfterMs?: number;
  stack?: {
    services: readonly string[];
    observeMs: number;
    pollMs: number;
    logLines: number;
  };
  breaker?: { timeoutMs: number };
  smokeTests?: {
    argv: readonly string[];
    timeoutMs: number;
    cwd?: string;
    junitPath?: string;
  };
  baseline?: Baseline;
  /** Slowdowns smaller than this (absolute) are noise, not degradation. */
  latencyToleranceMs: number;
}

/** The outside world, as ports. `stack` and `state` are given when `inputs.stack` / `inputs.breaker` are. */
export interface SmokeDeps {
  get: HttpGet;
  clock: Clock;
  sleep: Sleep;
  random: Random;
  /** Wall-clock time for the report's timestamps. */
  now: () => Date;
  stack?: StackPort;
  state?: StatePort;
  run: CommandRunner;
  files: Pick<SmokeTestDeps, "readFile" | "resolvePath">;
  logger?: Logger;
  /** Cancellation of the whole run (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

const notConfigured: NotChecked = { checked: false, reason: "not configured" };

export async function runSmoke(inputs: SmokeInputs, deps: SmokeDeps): Promise<SmokeReport> {
  const startedAt = deps.now();
  const started = deps.clock();
  const deadline = started + inputs.timeoutMs;
  const log = deps.logger;
  if (inputs.stack && !deps.stack)
    throw new Error("runSmoke: inputs.stack is set but no stack port was given");
  if (inputs.breaker && !deps.state)
    throw new Error("runSmoke: inputs.breaker is set but no state port was given");

  // `stop` ends every wait: when the run is cancelled, or (fail-fast) when a check has failed for good.
  const stop = new AbortController();
  const onCancel = () => stop.abort(deps.signal?.reason);
  if (deps.signal?.aborted) onCancel();
  deps.signal?.addEventListener("abort", onCancel, { once: true });
  const failed = (why: string) => {
    if (inputs.failFast && !stop.signal.aborted) {
      log?.info(`failing fast: ${why}`);
      stop.abort(new Error(why));
    }
  };

  try {
    const policy: EndpointPolicy = {
      expect: { status: inputs.expectStatus, json: inputs.expectJson },
      requestTimeoutMs: inputs.requestTimeoutMs,
      successes: inputs.successes,
      samples: inputs.samples,
      baseIntervalMs: Math.min(BASE_INTERVAL_MS, inputs.maxIntervalMs),
      maxIntervalMs: inputs.maxIntervalMs,
      confirmIntervalMs: Math.min(BASE_INTERVAL_MS, inputs.maxIntervalMs),
    };
    const endpointDeps = { get: deps.get, clock: deps.clock, sleep: deps.sleep, random: deps.random };

    // The containers behind the endpoints (an endpoint named after its service): read in the background at
    // most once a second, so a probe never waits on docker; until the first read they are unknown.
    let containers: ContainerState[] | undefined;
    let lastRead = Number.NEGATIVE_INFINITY;
    let reading = false;
    const containerFacts = (service: string): ContainerFacts | undefined => {
      const port = deps.stack;
      if (!port) return undefined;
      if (!reading && deps.clock() - lastRead >= 1000) {
        reading = true;
        lastRead = deps.clock();
        port
          .containers(stop.signal)
          .then((list) => {
            containers = list;
          })
          .catch(() => undefined)
          .finally(() => {
            reading = false;
          });
      }
      const mine = containers?.filter((c) => c.service === service) ?? [];
      if (mine.length === 0) return undefined;
      const live = mine.find((c) => c.running);
      const started = live?.startedAt ? Date.parse(live.startedAt) : Number.NaN;
      const readyAt = Number.isNaN(started) ? undefined : started + (live?.startPeriodMs ?? 0);
      return { running: live !== undefined, ready: readyAt === undefined || deps.now().getTime() >= readyAt };
    };
    const hardAfterMs = inputs.failFastAfterMs ?? 0;

    const endpointsDone = Promise.all(
      inputs.endpoints.map(async (endpoint) => {
        const began = deps.clock();
        // Each endpoint stops on the shared stop, or on its own hard failure.
        const own = new AbortController();
        const relay = () => own.abort(stop.signal.reason);
        if (stop.signal.aborted) relay();
        stop.signal.addEventListener("abort", relay, { once: true });
        const watch = hardAfterMs > 0 ? new HardFailureWatch(hardAfterMs) : undefined;
        let hard: HardFailureVerdict | undefined;
        const get: HttpGet = watch
          ? async (url, o) => {
              let outcome: ProbeOutcome = { kind: "other" };
              try {
                const answer = await deps.get(url, o);
                outcome = { kind: "answer", status: answer.status };
                return answer;
              } catch (error) {
                if (networkCode(error) === "ECONNREFUSED") outcome = { kind: "refused" };
                throw error;
              } finally {
                if (!hard && !own.signal.aborted) {
                  hard = watch.record(outcome, deps.clock(), containerFacts(endpoint.name));
                  if (hard) own.abort(new Error(`${endpoint.name}: hard failure`));
                }
              }
            }
          : deps.get;
        let r = await checkEndpoint(endpoint, policy, { ...endpointDeps, get }, deadline, own.signal);
        stop.signal.removeEventListener("abort", relay);
        if (hard && r.verdict !== "pass") {
          r = {
            ...r,
            verdict: "fail",
            reason: `${hard.what} (expected ${inputs.expectStatus.text}) on every probe for ${seconds(hard.forMs)}, ${hard.tries} tries (fail-fast-after ${seconds(hardAfterMs)})${HARD_FAILURE_SUFFIX}`,
          };
        }
        const report = { ...r, durationMs: Math.round(deps.clock() - began) };
        logEndpoint(log, report);
        if (report.verdict === "fail") failed(`${report.name} is not healthy`);
        return report;
      }),
    );
    const stackDone =
      inputs.stack && deps.stack
        ? checkStack(
            deps.stack,
            {
              expected: inputs.stack.services,
              observeMs: inputs.stack.observeMs,
              pollMs: inputs.stack.pollMs,
              logLines: inputs.stack.logLines,
            },
            { clock: deps.clock, sleep: deps.sleep },
            deadline,
            stop.signal,
          ).then((r) => {
            log?.info(`stack: ${r.verdict} — ${r.reason}`);
            if (r.verdict === "fail") failed("a service failed");
            return r;
          })
        : undefined;
    const breakerDone =
      inputs.breaker && deps.state
        ? checkBreaker(
            deps.state,
            { timeoutMs: inputs.breaker.timeoutMs, sleep: deps.sleep },
            deps.signal,
          ).then((r) => {
            log?.info(`breaker: ${r.verdict} — ${r.reason}`);
            if (r.verdict === "fail") failed("the circuit breaker check failed");
            return r;
          })
        : undefined;

    const [endpoints, stackFirst, breaker] = await Promise.all([endpointsDone, stackDone, breakerDone]);
    const cancelled = () => deps.signal?.aborted === true;

    // Smoke tests only make sense against a healthy stack.
    const healthFailed =
      endpoints.some((e) => e.verdict === "fail" || e.verdict === "stopped") ||
      (stackFirst !== undefined && stackFirst.verdict !== "pass") ||
      breaker?.verdict === "fail";
    let smokeTests: SmokeTestReport | NotChecked = notConfigured;
    if (inputs.smokeTests && cancelled())
      smokeTests = { checked: false, reason: "skipped: the run was cancelled" };
    else if (inputs.smokeTests && healthFailed)
      smokeTests = { checked: false, reason: "skipped: the health checks failed" };
    else if (inputs.smokeTests) {
      log?.info(`smoke tests: running ${inputs.smokeTests.argv.join(" ")}`);
      smokeTests = await runSmokeTests(
        { ...inputs.smokeTests, outputLines: 40 },
        { run: deps.run, ...deps.files },
        deps.signal,
      );
      log?.info(`smoke tests: ${smokeTests.verdict} — ${smokeTests.reason}`);
    }

    // A last look at the stack: did anything restart while the tests ran?
    let services: StackReport | NotChecked = notConfigured;
    if (stackFirst && deps.stack) {
      services = cancelled()
        ? (({ first: _, ...rest }) => rest)(stackFirst)
        : await recheckStack(deps.stack, stackFirst, inputs.stack?.logLines ?? 30, deps.signal);
    }

    let degradation: DegradationReport | NotChecked = notConfigured;
    if (inputs.baseline) {
      degradation = compareWithBaseline(
        endpoints.map((e) => ({ name: e.name, samplesMs: e.samplesMs })),
        inputs.baseline,
        inputs.latencyToleranceMs,
      );
    }

    return finishReport({
      startedAt: startedAt.toISOString(),
      finishedAt: deps.now().toISOString(),
      durationMs: Math.round(deps.clock() - started),
      cancelled: cancelled(),
      settings: {
        timeoutMs: inputs.timeoutMs,
        requestTimeoutMs: inputs.requestTimeoutMs,
        successes: inputs.successes,
        samples: inputs.samples,
        expectStatus: inputs.expectStatus.text,
        expectJson: inputs.expectJson.map((c) => `${c.path}=${c.value}`),
      },
      endpoints,
      services,
      breaker: breaker ?? notConfigured,
      smokeTests,
      degradation,
    });
  } finally {
    deps.signal?.removeEventListener("abort", onCancel);
  }
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function logEndpoint(log: Logger | undefined, r: EndpointReport): void {
  if (!log) return;
  const latency = r.latency.samples ? ` p50 ${r.latency.p50Ms} ms, p95 ${r.latency.p95Ms} ms` : "";
  const line = `${r.name}: ${r.verdict} — ${r.reason}${latency}`;
  if (r.verdict === "pass") {
    log.info(line);
    return;
  }
  log.warning(line);
  // The body is evidence; the logger makes each line inert (a body line cannot act as a workflow command).
  if (r.body) log.info(`${r.name} answered (status ${r.status ?? "none"}):\n${r.body}`);
}

export type { BreakerReport, DegradationReport, EndpointReport, SmokeTestReport, StackReport };
