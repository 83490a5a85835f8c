// The runbook's rules, pure: when a deploy's verification means "roll back at once", when it means
// "warn", and which CI checks count.

import type { CheckView, HealthReport } from "./ports.js";

export const ROLLBACK_DEGRADATION_PCT = 50;
export const WARN_DEGRADATION_PCT = 20;

export interface HealthDecision {
  action: "ok" | "warn" | "rollback";
  reasons: string[];
}

/**
 * Roll back at once on a failed verification, crash loops, a tripped breaker, or more than 50%
 * degradation against the baseline. An inconclusive verification is not a pass: it fails the deploy too.
 * Degradation up to 20% is noted; from 20% to 50% is a warning to investigate (the runbook leaves that
 * call to a human).
 */
export function decideHealth(report: HealthReport): HealthDecision {
  const reasons: string[] = [];
  if (report.crashLooping.length > 0) reasons.push(`crash loop: ${report.crashLooping.join(", ")}`);
  if (report.breaker !== undefined && report.breaker !== "OPEN") {
    reasons.push(`circuit breaker is ${report.breaker}`);
  }
  const d = report.degradationPct;
  if (d !== undefined && d > ROLLBACK_DEGRADATION_PCT) {
    reasons.push(`${Math.round(d)}% degradation against the baseline (over ${ROLLBACK_DEGRADATION_PCT}%)`);
  }
  // The failed checks with their evidence; a cause already named above is not repeated.
  const causes = (report.causes ?? []).filter(
    (c) =>
      !(reasons.some((r) => r.startsWith("circuit breaker")) && c.startsWith("breaker:")) &&
      !(reasons.some((r) => r.includes("degradation")) && c.startsWith("latency degraded")),
  );
  if (report.verdict === "fail" && (causes.length > 0 || reasons.length === 0))
    reasons.push(...(causes.length > 0 ? causes : ["verification failed"]));
  if (report.verdict === "inconclusive")
    reasons.push(
      `verification inconclusive${causes[0] ? `: ${causes[0]}` : ""} (too few samples is never a pass)`,
    );
  if (reasons.length > 0) return { action: "rollback", reasons };
  if (d !== undefined && d >= WARN_DEGRADATION_PCT) {
    return {
      action: "warn",
      reasons: [
        `${Math.round(d)}% degradation against the baseline: investigate (rollback above ${ROLLBACK_DEGRADATION_PCT}%)`,
      ],
    };
  }
  if (d !== undefined && d > 0) {
    return {
      action: "ok",
      reasons: [`${Math.round(d)}% degradation (under ${WARN_DEGRADATION_PCT}%: keep watching)`],
    };
  }
  return { action: "ok", reasons: [] };
}

export interface CiVerdict {
  state: "success" | "failure" | "pending";
  failing: string[];
  pending: string[];
  missing: string[];
  passed: string[];
}

/**
 * CI on a commit from its check runs and statuses, ignoring the deploy workflow's own checks. With
 * required names, each must be present and green (a missing one is pending); without, every check counts
 * and at least one must exist.
 */
export function ciVerdict(
  checks: readonly CheckView[],
  opts: { required: string[]; ignore: string[] },
): CiVerdict {
  const ignored = (name: string) =>
    opts.ignore.some((i) => i === name || (i.endsWith("*") && name.startsWith(i.slice(0, -1))));
  const relevant = checks.filter((c) => !ignored(c.name));
  // Several results for one name (re-runs): a failure anywhere is not hidden by a pending one.
  const byName = new Map<string, CheckView["state"]>();
  for (const c of relevant) {
    const prev = byName.get(c.name);
    const rank = (s: CheckView["state"] | undefined) =>
      s === "failure" ? 3 : s === "pending" ? 2 : s === undefined ? 0 : 1;
    if (rank(c.state) > rank(prev)) byName.set(c.name, c.state);
  }
  const names = opts.required.length > 0 ? opts.required : [...byName.keys()];
  const failing: string[] = [];
  const pending: string[] = [];
  const missing: string[] = [];
  const passed: string[] = [];
  for (const n of names) {
    const s = byName.get(n);
    if (s === undefined) missing.push(n);
    else if (s === "failure") failing.push(n);
    else if (s === "pending") pending.push(n);
    else passed.push(n);
  }
  if (failing.length > 0) return { state: "failure", failing, pending, missing, passed };
  if (pending.length > 0 || missing.length > 0 || names.length === 0) {
    return { state: "pending", failing, pending, missing, passed };
  }
  return { state: "success", failing, pending, missing, passed };
}

/** A short slug for branch names and incident file names. */
export function slug(text: string, max = 40): string {
  const s = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (s.length <= max) return s || "incident";
  // Cut on a word boundary when one is near, so names stay readable.
  const cut = s.slice(0, max + 1);
  const dash = cut.lastIndexOf("-");
  return (dash > max / 2 ? cut.slice(0, dash) : cut.slice(0, max)).replace(/-+$/g, "") || "incident";
}
