// The cause of a failed smoke run in a line a person reads first: which check failed and its evidence,
// e.g. "orchestrator /health answered 500 (expected 200), 55 tries in 15 s". Headlines, error lines,
// deployment statuses (140 chars) and incident reasons are built from these. Pure.

import type { SmokeReport } from "./report.js";

const secs = (ms: number | undefined) =>
  ms === undefined ? undefined : `${ms < 10_000 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000)} s`;

function pathOf(url: string): string {
  try {
    return new URL(url).pathname || "/";
  } catch {
    return url;
  }
}

/** The suffix smoke.ts puts on a fail-fast verdict's reason. */
export const HARD_FAILURE_SUFFIX = ": a hard failure, not a slow start";
const HARD = /: a hard failure, not a slow start$/;

/** One line per failed (or undecided) check, worst first; empty when the run passed. */
export function causesOf(report: SmokeReport): string[] {
  if (report.verdict === "pass") return [];
  const out: string[] = [];
  const expected = report.settings?.expectStatus ?? "the expected status";
  for (const e of report.endpoints) {
    // A failed run names what failed; checks stopped early because of it are not causes.
    if (e.verdict !== (report.verdict === "fail" ? "fail" : "inconclusive")) continue;
    const took = secs(e.durationMs);
    const tries = `${e.attempts} ${e.attempts === 1 ? "try" : "tries"}${took ? ` in ${took}` : ""}`;
    const where = `${e.name} ${pathOf(e.url)}`;
    if (e.verdict === "inconclusive") out.push(`${where}: ${e.reason}`);
    else if (HARD.test(e.reason)) out.push(`${where} ${e.reason.replace(HARD, "")}`);
    else if (e.status !== undefined && /^answered \d+/.test(e.lastError ?? ""))
      out.push(`${where} answered ${e.status} (expected ${expected}), ${tries}`);
    else out.push(`${where}: ${e.lastError ?? e.reason}, ${tries}`);
  }
  if (report.services.checked && report.services.verdict === "fail") {
    const failed = report.services.services.filter((s) => s.verdict === "fail");
    if (failed.length === 0) out.push(`services: ${report.services.reason}`);
    for (const s of failed) out.push(`service ${s.service}: ${s.problems.join("; ")}`);
  }
  if (report.breaker.checked && report.breaker.verdict === "fail")
    out.push(`breaker: ${report.breaker.reason}`);
  if (report.smokeTests.checked && report.smokeTests.verdict === "fail")
    out.push(`smoke tests: ${report.smokeTests.reason}`);
  if (report.degradation.checked && report.degradation.verdict === "fail")
    out.push(`latency degraded: ${report.degradation.reason}`);
  if (out.length === 0)
    out.push(
      report.headline.replace(/^Production is NOT healthy: |^Could not confirm production is healthy: /, ""),
    );
  return out;
}
