// Degradation against a baseline (an earlier smoke `report`), with the runbook's thresholds on median
// latency: more than 50% slower fails (rollback-worthy), 20–50% warns, under 20% passes. Too few samples
// on either side is inconclusive, never a pass. A slowdown under the tolerance (e.g. 0.4 ms → 0.9 ms on
// loopback) is noise, not degradation. Pure.

import { percentile } from "./stats.js";

export const FAIL_RATIO = 0.5;
export const WARN_RATIO = 0.2;
/** Fewer samples than this on either side cannot say anything about a median. */
export const MIN_SAMPLES = 5;

export type DegradationVerdict = "pass" | "warn" | "fail" | "inconclusive";

/** The part of an earlier report that a comparison needs. */
export interface Baseline {
  /** When the baseline was taken (its `finishedAt`), if known. */
  takenAt: string | undefined;
  endpoints: ReadonlyArray<{ name: string; samplesMs: readonly number[] }>;
}

export interface EndpointDegradation {
  name: string;
  verdict: DegradationVerdict | "new";
  reason: string;
  baselineP50Ms: number | undefined;
  currentP50Ms: number | undefined;
  baselineSamples: number;
  currentSamples: number;
  /** current / baseline − 1 (0.25 = 25% slower); undefined when not compared. */
  change: number | undefined;
}

export interface DegradationReport {
  checked: true;
  verdict: DegradationVerdict;
  reason: string;
  baselineTakenAt: string | undefined;
  toleranceMs: number;
  endpoints: EndpointDegradation[];
}

const ORDER: Record<DegradationVerdict, number> = { pass: 0, warn: 1, inconclusive: 2, fail: 3 };

export function compareEndpoint(
  name: string,
  current: readonly number[] | undefined,
  baseline: readonly number[] | undefined,
  toleranceMs: number,
): EndpointDegradation {
  const cur = current ?? [];
  const base = baseline ?? [];
  const currentP50Ms = percentile(cur, 50);
  const baselineP50Ms = percentile(base, 50);
  const common = {
    name,
    baselineP50Ms,
    currentP50Ms,
    baselineSamples: base.length,
    currentSamples: cur.length,
  };
  if (baseline === undefined) {
    return { ...common, verdict: "new", reason: "not in the baseline", change: undefined };
  }
  if (cur.length < MIN_SAMPLES || base.length < MIN_SAMPLES) {
    return {
      ...common,
      verdict: "inconclusive",
      reason: `too few samples to compare (${cur.length} now, ${base.length} in the baseline; at least ${MIN_SAMPLES} each)`,
      change: undefined,
    };
  }
  const now = currentP50Ms as number;
  const before = baselineP50Ms as number;
  // Rounded to a millionth so that 120 ms against 100 ms is exactly +20%, not 19.999…%.
  const change =
    before > 0 ? Math.round((now / before - 1) * 1e6) / 1e6 : now > 0 ? Number.POSITIVE_INFINITY : 0;
  const pct = Number.isFinite(change) ? `${Math.round(change * 100)}%` : "∞";
  const what = `median ${fmt(before)} → ${fmt(now)} (${change >= 0 ? "+" : ""}${pct})`;
  if (now - before <= toleranceMs) {
    const note = change > WARN_RATIO ? `, within the ${fmt(toleranceMs)} tolerance` : "";
    return { ...common, verdict: "pass", reason: `${what}${note}`, change };
  }
  if (change > FAIL_RATIO)
    return { ...common, verdict: "fail", reason: `${what}: more than 50% slower`, change };
  if (change >= WARN_RATIO) return { ...common, verdict: "warn", reason: `${what}: 20–50% slower`, change };
  return { ...common, verdict: "pass", reason: what, change };
}

export function compareWithBaseline(
  current: ReadonlyArray<{ name: string; samplesMs: readonly number[] }>,
  baseline: Baseline,
  toleranceMs: number,
): DegradationReport {
  const endpoints = current.map((e) =>
    compareEndpoint(
      e.name,
      e.samplesMs,
      baseline.endpoints.find((b) => b.name === e.name)?.samplesMs,
      toleranceMs,
    ),
  );
  const compared = endpoints.filter(
    (e): e is EndpointDegradation & { verdict: DegradationVerdict } => e.verdict !== "new",
  );
  const base = { checked: true as const, baselineTakenAt: baseline.takenAt, toleranceMs, endpoints };
  if (compared.length === 0) {
    return { ...base, verdict: "inconclusive", reason: "no endpoint in common with the baseline" };
  }
  const worst = compared.reduce((a, b) => (ORDER[b.verdict] > ORDER[a.verdict] ? b : a));
  const verdict = worst.verdict;
  const reason =
    verdict === "pass"
      ? `no endpoint is 20% slower than the baseline (${compared.length} compared)`
      : compared
          .filter((e) => e.verdict === verdict)
          .map((e) => `${e.name}: ${e.reason}`)
          .join("; ");
  return { ...base, verdict, reason };
}

function fmt(ms: number): string {
  return ms < 10 ? `${Math.round(ms * 100) / 100} ms` : `${Math.round(ms)} ms`;
}

/**
 * Reads a baseline from an earlier report (JSON text). Throws an Error saying what is wrong; callers turn
 * it into a configuration error naming their input.
 */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== "object" || data === null) throw new Error("not a smoke report object");
  const report = data as { schema?: unknown; endpoints?: unknown; finishedAt?: unknown };
  if (report.schema !== 1)
    throw new Error(`unsupported report schema ${JSON.stringify(report.schema)} (expected 1)`);
  if (!Array.isArray(report.endpoints)) throw new Error("the report has no endpoints list");
  const endpoints = report.endpoints.map((e, i) => {
    const item = e as { name?: unknown; samplesMs?: unknown };
    if (typeof item?.name !== "string") throw new Error(`endpoints[${i}] has no name`);
    const samples = Array.isArray(item.samplesMs) ? item.samplesMs : [];
    if (!samples.every((s) => typeof s === "number" && Number.isFinite(s) && s >= 0)) {
      throw new Error(`endpoints[${i}].samplesMs must be a list of non-negative numbers`);
    }
    return { name: item.name, samplesMs: samples as number[] };
  });
  return { takenAt: typeof report.finishedAt === "string" ? report.finishedAt : undefined, endpoints };
}
