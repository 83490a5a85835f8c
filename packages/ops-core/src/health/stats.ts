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

/** At most `max` characters of the END of a text (log tails), saying how much was cut. Pure. */
export function keepEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.length - max;
  const rest = text.slice(cut);
  const nl = rest.indexOf("\n");
  const clean = nl >= 0 && nl < 200 ? rest.slice(nl + 1) : rest;
  return `… ${text.length - clean.length} earlier characters not shown\n${clean}`;
}
