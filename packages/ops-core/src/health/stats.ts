// Latency statistics. Pure.

/** Nearest-rank percentile (p in 0..100) of the values; undefined for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

export interface LatencySummary {
  /** How many samples were taken. */
  samples: number;
  p50Ms: number | undefined;
  p95Ms: number | undefined;
  minMs: number | undefined;
  maxMs: number | undefined;
}

export function summarizeLatency(values: readonly number[]): LatencySummary {
  const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 10) / 10);
  return {
    samples: values.length,
    p50Ms: round(percentile(values, 50)),
    p95Ms: round(percentile(values, 95)),
    minMs: round(values.length ? Math.min(...values) : undefined),
    maxMs: round(values.length ? Math.max(...values) : undefined),
  };
}
