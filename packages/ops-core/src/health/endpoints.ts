// Waits for one endpoint to be healthy: retries with exponential backoff and full jitter until the overall
// deadline, `successes` consecutive healthy answers required, then `samples` latency samples. All
// endpoints run concurrently (checkEndpoints). Time, sleep and randomness are injected.

import { redactUrl } from "../action/inputs.js";
import type { HttpGet, ProbeExpectation, ProbeResult } from "./probe.js";
import { probe } from "./probe.js";
import { type LatencySummary, summarizeLatency } from "./stats.js";
import { type Clock, fullJitterDelay, type Random, type Sleep } from "./time.js";

export interface Endpoint {
  name: string;
  /** Without credentials: they are in `authorization`. */
  url: string;
  /** The HTTP Authorization header, from a `user:password@` in the URL as given. */
  authorization?: string;
}

export interface EndpointPolicy {
  expect: ProbeExpectation;
  requestTimeoutMs: number;
  successes: number;
  samples: number;
  /** First backoff ceiling after a failure; doubles per consecutive failure up to `maxIntervalMs`. */
  baseIntervalMs: number;
  maxIntervalMs: number;
  /** Wait between the consecutive successes that confirm health. */
  confirmIntervalMs: number;
}

export interface EndpointDeps {
  get: HttpGet;
  clock: Clock;
  sleep: Sleep;
  random: Random;
}

/** pass: healthy and sampled; fail: never healthy by the deadline, or failed while sampled;
 * inconclusive: healthy but too few samples before the deadline; stopped: ended early because
 * another check had already failed. */
export type EndpointVerdict = "pass" | "fail" | "inconclusive" | "stopped";

export interface EndpointReport {
  name: string;
  /** The URL with any password hidden. */
  url: string;
  verdict: EndpointVerdict;
  /** One line saying why, in plain words. */
  reason: string;
  /** The last HTTP status seen (undefined: never answered). */
  status: number | undefined;
  /** Requests made until the verdict on health (the confirmation ones included). */
  attempts: number;
  /** Every request made, samples included. */
  requests: number;
  /** Time from the start of the check to confirmed health. */
  healthyAfterMs: number | undefined;
  /** The last error seen, even when it later turned healthy (untrusted text). */
  lastError: string | undefined;
  /** The start of the last body (untrusted text). */
  body: string | undefined;
  latency: LatencySummary;
  /** The sampled latencies in milliseconds (for later comparisons). */
  samplesMs: number[];
}

/**
 * Probes one endpoint until it is healthy or `deadline` (a clock reading) passes, or `stop` aborts.
 */
export async function checkEndpoint(
  endpoint: Endpoint,
  policy: EndpointPolicy,
  deps: EndpointDeps,
  deadline: number,
  stop?: AbortSignal,
): Promise<EndpointReport> {
  const started = deps.clock();
  let attempts = 0;
  let requests = 0;
  let consecutive = 0;
  let failureStreak = 0;
  let last: ProbeResult | undefined;
  let lastError: string | undefined;
  let healthyAfterMs: number | undefined;

  const report = (verdict: EndpointVerdict, reason: string, samplesMs: number[] = []): EndpointReport => ({
    name: endpoint.name,
    url: redactUrl(endpoint.url),
    verdict,
    reason,
    status: last?.status,
    attempts,
    requests,
    healthyAfterMs,
    lastError,
    body: last?.body,
    latency: summarizeLatency(samplesMs),
    samplesMs: samplesMs.map((n) => Math.round(n * 100) / 100),
  });
  const request = async (): Promise<ProbeResult> => {
    const remaining = deadline - deps.clock();
    const result = await probe(endpoint.url, policy.expect, {
      timeoutMs: Math.max(1, Math.ceil(Math.min(policy.requestTimeoutMs, remaining))),
      signal: stop,
      ...(endpoint.authorization ? { headers: { authorization: endpoint.authorization } } : {}),
      get: deps.get,
      clock: deps.clock,
    });
    requests++;
    // A request the deadline cut short says nothing new: keep the evidence of the last real answer.
    const cutShort =
      !result.ok &&
      result.status === undefined &&
      remaining < policy.requestTimeoutMs &&
      deps.clock() >= deadline;
    if (cutShort && last !== undefined) return result;
    last = result;
    if (!result.ok) lastError = result.error;
    return result;
  };

  let flaps = 0;
  let samples: number[] = [];
  for (;;) {
    // Phase 1: until `successes` healthy answers in a row.
    for (;;) {
      if (stop?.aborted) return report("stopped", stoppedReason(attempts, last));
      if (deps.clock() >= deadline)
        return report("fail", failReason(attempts, last, deps.clock() - started, flaps));
      const result = await request();
      attempts++;
      if (stop?.aborted && !result.ok) return report("stopped", stoppedReason(attempts, last));
      let delay: number;
      if (result.ok) {
        consecutive++;
        failureStreak = 0;
        if (consecutive >= policy.successes) break;
        delay = policy.confirmIntervalMs;
      } else {
        consecutive = 0;
        failureStreak++;
        delay = fullJitterDelay(
          failureStreak,
          { baseMs: policy.baseIntervalMs, capMs: policy.maxIntervalMs },
          deps.random,
        );
      }
      const remaining = deadline - deps.clock();
      if (remaining <= 0) continue;
      await deps.sleep(Math.min(delay, remaining), stop);
    }
    healthyAfterMs = Math.round(deps.clock() - started);

    // Phase 2: latency samples, one after the other (concurrent requests would measure each other). A
    // failed sample means it was not healthy after all: back to waiting, the samples thrown away.
    samples = [];
    let flapped = false;
    while (samples.length < policy.samples) {
      if (stop?.aborted || deps.clock() >= deadline) {
        const why = stop?.aborted ? "it was stopped early" : "the deadline";
        return report(
          "inconclusive",
          `healthy, but only ${samples.length} of ${policy.samples} latency samples before ${why}`,
          samples,
        );
      }
      const result = await request();
      // A sample cut short by the deadline (or a stop) says nothing about health: loop to the verdict above.
      if (!result.ok && (stop?.aborted || deps.clock() >= deadline)) continue;
      if (!result.ok) {
        flapped = true;
        break;
      }
      samples.push(result.latencyMs);
    }
    if (!flapped) break;
    flaps++;
    consecutive = 0;
    failureStreak = 1;
    healthyAfterMs = undefined;
    const pause = fullJitterDelay(
      1,
      { baseMs: policy.baseIntervalMs, capMs: policy.maxIntervalMs },
      deps.random,
    );
    await deps.sleep(Math.max(0, Math.min(pause, deadline - deps.clock())), stop);
  }
  const flapNote = flaps > 0 ? ` (failed again ${flaps} time(s) while sampled: ${lastError})` : "";
  return report(
    "pass",
    `healthy after ${attempts} attempt(s)${policy.samples > 0 ? `, ${samples.length} latency samples` : ""}${flapNote}`,
    samples,
  );
}

function failReason(
  attempts: number,
  last: ProbeResult | undefined,
  elapsedMs: number,
  flaps: number,
): string {
  const seconds = `${Math.round(elapsedMs / 100) / 10}s`;
  if (attempts === 0) return "not probed before the deadline";
  const flapping = flaps > 0 ? ` (it was healthy ${flaps} time(s) but failed again while sampled)` : "";
  const why = last?.ok ? "not enough consecutive healthy answers" : (last?.error ?? "unknown error");
  return `not healthy after ${attempts} attempt(s) in ${seconds}: ${why}${flapping}`;
}

function stoppedReason(attempts: number, last: ProbeResult | undefined): string {
  return `not healthy yet after ${attempts} attempt(s) when another check failed${last?.error ? `: ${last.error}` : ""}`;
}

/** Every endpoint at once; the reports come back in input order. */
export function checkEndpoints(
  endpoints: readonly Endpoint[],
  policy: EndpointPolicy,
  deps: EndpointDeps,
  deadline: number,
  stop?: AbortSignal,
): Promise<EndpointReport[]> {
  return Promise.all(endpoints.map((e) => checkEndpoint(e, policy, deps, deadline, stop)));
}
