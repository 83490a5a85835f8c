// The smoke report (action output `report`, `ops smoke --json`): `schema: 1`, the verdict and why, and the
// evidence of every check. Consumers: the summary renderer, the deploy and rollback engines, and a later
// run's `baseline`. Verdict rules are here, pure.

import type { BreakerReport } from "./breaker.js";
import type { DegradationReport } from "./degradation.js";
import type { EndpointReport } from "./endpoints.js";
import type { SmokeTestReport } from "./smoke-tests.js";
import type { StackReport } from "./stack.js";

export type Verdict = "pass" | "fail" | "inconclusive";

/** A check that was not asked for (no endpoints, no compose file, no redis-url…), or not reached. */
export interface NotChecked {
  checked: false;
  /** Why: "not configured", or e.g. "skipped: the health checks failed". */
  reason: string;
}

export type CheckName = "endpoints" | "services" | "breaker" | "smoke-tests" | "degradation";

/** One line of the verdict's explanation. */
export interface Finding {
  check: CheckName | "kill-switch";
  level: "fail" | "inconclusive" | "warn";
  /** Which endpoint or service, when it is about one. */
  subject?: string;
  text: string;
}

export interface SmokeReport {
  schema: 1;
  verdict: Verdict;
  /** true exactly when the verdict is `pass`. */
  healthy: boolean;
  /** The verdict in one line (untrusted parts included: escape it when shown). */
  headline: string;
  findings: Finding[];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** The run was cancelled before it could finish: the verdict is inconclusive. */
  cancelled: boolean;
  settings: {
    timeoutMs: number;
    requestTimeoutMs: number;
    successes: number;
    samples: number;
    expectStatus: string;
    expectJson: string[];
  };
  /** `durationMs`: how long the endpoint's check took (to its verdict). */
  endpoints: Array<EndpointReport & { durationMs?: number }>;
  services: StackReport | NotChecked;
  breaker: BreakerReport | NotChecked;
  smokeTests: SmokeTestReport | NotChecked;
  degradation: DegradationReport | NotChecked;
}

/** Everything a report says, before the verdict is drawn. */
export type ReportBody = Omit<SmokeReport, "schema" | "verdict" | "healthy" | "headline" | "findings">;

/** The findings behind a verdict, worst first. */
export function findings(body: ReportBody): Finding[] {
  const out: Finding[] = [];
  for (const e of body.endpoints) {
    if (e.verdict === "fail")
      out.push({ check: "endpoints", level: "fail", subject: e.name, text: `${e.name}: ${e.reason}` });
    if (e.verdict === "inconclusive") {
      out.push({
        check: "endpoints",
        level: "inconclusive",
        subject: e.name,
        text: `${e.name}: ${e.reason}`,
      });
    }
  }
  if (body.services.checked && body.services.verdict === "fail") {
    const failed = body.services.services.filter((s) => s.verdict === "fail");
    if (failed.length === 0) out.push({ check: "services", level: "fail", text: body.services.reason });
    for (const s of failed) {
      out.push({
        check: "services",
        level: "fail",
        subject: s.service,
        text: `${s.service}: ${s.problems.join("; ")}`,
      });
    }
  }
  if (body.breaker.checked) {
    if (body.breaker.verdict === "fail")
      out.push({ check: "breaker", level: "fail", text: body.breaker.reason });
    if (body.breaker.killSwitch.active === true) {
      out.push({ check: "kill-switch", level: "warn", text: "kill switch is ON: trading is stopped" });
    }
  }
  if (body.smokeTests.checked && body.smokeTests.verdict === "fail") {
    out.push({ check: "smoke-tests", level: "fail", text: body.smokeTests.reason });
  }
  if (body.degradation.checked) {
    const d = body.degradation;
    if (d.verdict === "fail")
      out.push({ check: "degradation", level: "fail", text: `latency degraded: ${d.reason}` });
    if (d.verdict === "warn")
      out.push({ check: "degradation", level: "warn", text: `latency degrading: ${d.reason}` });
    if (d.verdict === "inconclusive")
      out.push({ check: "degradation", level: "inconclusive", text: `latency comparison: ${d.reason}` });
  }
  if (body.cancelled)
    out.push({
      check: "endpoints",
      level: "inconclusive",
      text: "the run was cancelled before the checks finished",
    });
  const rank = { fail: 0, inconclusive: 1, warn: 2 } as const;
  return out.sort((a, b) => rank[a.level] - rank[b.level]);
}

/** fail if anything failed; inconclusive if anything could not be decided; otherwise pass. */
export function verdictOf(found: readonly Finding[]): Verdict {
  if (found.some((f) => f.level === "fail")) return "fail";
  if (found.some((f) => f.level === "inconclusive")) return "inconclusive";
  return "pass";
}

export function finishReport(body: ReportBody): SmokeReport {
  const found = findings(body);
  const verdict = verdictOf(found);
  const { startedAt, finishedAt, durationMs, cancelled, settings, ...checks } = body;
  return {
    schema: 1,
    verdict,
    healthy: verdict === "pass",
    headline: headlineOf(verdict, found, body),
    findings: found,
    startedAt,
    finishedAt,
    durationMs,
    cancelled,
    settings,
    ...checks,
  };
}

function headlineOf(verdict: Verdict, found: readonly Finding[], body: ReportBody): string {
  const blocking = found.filter((f) => f.level === verdict);
  if (verdict === "pass") {
    const parts: string[] = [];
    if (body.endpoints.length) parts.push(`${body.endpoints.length} endpoint(s) healthy`);
    if (body.services.checked) parts.push(`${body.services.services.length} service(s) running`);
    if (body.breaker.checked) parts.push("breaker OPEN");
    if (body.smokeTests.checked) parts.push("smoke tests passed");
    if (body.degradation.checked) parts.push("no latency degradation");
    return `Production is healthy: ${parts.join(", ")}`;
  }
  const first = blocking[0]?.text ?? "";
  const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : "";
  return verdict === "fail"
    ? `Production is NOT healthy: ${first}${more}`
    : `Could not confirm production is healthy: ${first}${more}`;
}

/** Whether the step should fail for this verdict under `fail-on`. */
export function failsStep(verdict: Verdict, failOn: "fail" | "inconclusive" | "never"): boolean {
  if (failOn === "never") return false;
  if (failOn === "inconclusive") return verdict !== "pass";
  return verdict === "fail";
}
