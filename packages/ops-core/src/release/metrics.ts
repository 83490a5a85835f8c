// The runbook's "metrics normal" row of "Deployment complete": one Prometheus-compatible instant query
// (e.g. the Grafana data source's error rate), read before the restart and after the verification window,
// and compared. Without a query the row says "not checked", never a false tick; a query that cannot be
// read leaves the row unticked with the reason. The query goes over HTTP GET with a timeout (no shell).

import { errorMessage } from "../action/errors.js";
import { credentialsAsHeader } from "../action/secrets.js";
import type { CheckItem } from "../action/summary.js";

export interface MetricsConfig {
  /** The Prometheus-compatible base URL (`{url}/api/v1/query?query=…` is asked). */
  url: URL;
  /** PromQL returning one number (a scalar or a single-series vector). */
  query: string;
  /** The value after may exceed the value before by this much (0.5 = 50%) before the row fails. */
  maxIncrease: number;
  /** An absolute ceiling instead of the comparison: the row fails when the value after is above it. */
  threshold: number | undefined;
  timeoutMs: number;
}

/** The fetch this needs (the global one in production, a fake in tests). */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; headers?: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

/** `{base}/api/v1/query?query=…`, keeping a base path (e.g. Grafana's data source proxy). */
export function queryUrl(base: URL, query: string): string {
  const u = new URL(base.href);
  u.pathname = `${u.pathname.replace(/\/+$/, "")}/api/v1/query`;
  u.search = "";
  u.searchParams.set("query", query);
  return u.href;
}

/** The one number of a Prometheus instant-query answer; throws saying why there is none. Pure. */
export function parseQueryResult(text: string): number {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error("the answer is not JSON");
  }
  const b = body as { status?: unknown; error?: unknown; data?: { resultType?: unknown; result?: unknown } };
  if (b?.status !== "success") {
    throw new Error(`the query failed: ${typeof b?.error === "string" ? b.error : "status is not success"}`);
  }
  const type = b.data?.resultType;
  const result = b.data?.result;
  let sample: unknown;
  if (type === "scalar") sample = result;
  else if (type === "vector" && Array.isArray(result)) {
    if (result.length === 0) throw new Error("the query returned no series (no data)");
    if (result.length > 1) {
      throw new Error(`the query returned ${result.length} series: aggregate it to one (e.g. sum(...))`);
    }
    sample = (result[0] as { value?: unknown }).value;
  } else throw new Error(`unsupported result type ${JSON.stringify(type)} (expected vector or scalar)`);
  const raw = Array.isArray(sample) ? sample[1] : undefined;
  const value = typeof raw === "string" ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value)) throw new Error(`the value is not a finite number (${String(raw)})`);
  return value;
}

/** One instant query: the number, or an Error saying why not (network, status, timeout, shape). */
export async function queryMetric(
  config: MetricsConfig,
  fetchFn: FetchLike,
  signal?: AbortSignal,
): Promise<number> {
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let text: string;
  try {
    // `user:password@` in metrics-url goes as an Authorization header, never in the URL requested.
    const { url, authorization } = credentialsAsHeader(config.url);
    const res = await fetchFn(queryUrl(url, config.query), {
      signal: combined,
      ...(authorization ? { headers: { authorization } } : {}),
    });
    text = await res.text();
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  } catch (e) {
    if (timeout.aborted && !signal?.aborted) throw new Error(`no answer within ${config.timeoutMs} ms`);
    throw e;
  }
  return parseQueryResult(text);
}

export type MetricReading = { value: number } | { error: string };

export async function readMetric(
  config: MetricsConfig,
  fetchFn: FetchLike,
  signal?: AbortSignal,
): Promise<MetricReading> {
  try {
    return { value: await queryMetric(config, fetchFn, signal) };
  } catch (e) {
    if (signal?.aborted) throw e;
    return { error: errorMessage(e) };
  }
}

export interface MetricsVerdict {
  ok: boolean | undefined;
  before: number | undefined;
  after: number | undefined;
  evidence: string;
}

const fmt = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** The row's verdict from the two readings. Pure. */
export function compareMetrics(
  config: MetricsConfig | undefined,
  before: MetricReading | undefined,
  after: MetricReading | undefined,
): MetricsVerdict {
  const none = { before: undefined, after: undefined };
  if (!config) return { ok: undefined, ...none, evidence: "not checked (no metrics query configured)" };
  const b = before && "value" in before ? before.value : undefined;
  const a = after && "value" in after ? after.value : undefined;
  const values = { before: b, after: a };
  if (after && "error" in after) {
    return { ok: undefined, ...values, evidence: `not checked: after the deploy, ${after.error}` };
  }
  if (a === undefined)
    return { ok: undefined, ...values, evidence: "not checked (not read after the deploy)" };
  const q = config.query.slice(0, 80);
  if (config.threshold !== undefined) {
    const ok = a <= config.threshold;
    const was = b !== undefined ? `${fmt(b)} before, ` : "";
    return {
      ok,
      ...values,
      evidence: `${q}: ${was}${fmt(a)} after (${ok ? "at or under" : "ABOVE"} the threshold ${fmt(config.threshold)})`,
    };
  }
  if (before && "error" in before) {
    return { ok: undefined, ...values, evidence: `not checked: before the deploy, ${before.error}` };
  }
  if (b === undefined)
    return { ok: undefined, ...values, evidence: "not checked (not read before the deploy)" };
  const limit = b * (1 + config.maxIncrease);
  const ok = a <= limit;
  const change = b > 0 ? `${a >= b ? "+" : ""}${Math.round((a / b - 1) * 100)}%` : a > 0 ? "up from 0" : "±0";
  return {
    ok,
    ...values,
    evidence: `${q}: ${fmt(b)} before → ${fmt(a)} after (${change}; ${ok ? "within" : "over"} +${Math.round(config.maxIncrease * 100)}%)`,
  };
}

export function metricsRow(v: MetricsVerdict): CheckItem {
  return { label: "Metrics normal", ok: v.ok, evidence: v.evidence };
}
