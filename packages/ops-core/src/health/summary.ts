// The smoke job summary: a pure function of the report. Verdict first; the runbook's "Deployment complete"
// rows that smoke can tick; then the evidence (endpoints, services, breaker and kill switch, smoke tests,
// degradation). Everything that came from outside (bodies, errors, logs, names) is escaped.

import { formatDuration } from "../action/inputs.js";
import { mdBlock, mdCode, mdText, truncate } from "../action/safe-text.js";
import {
  type CheckItem,
  checklist,
  details,
  fitSections,
  headline,
  type Status,
  table,
} from "../action/summary.js";
import type { NotChecked, SmokeReport } from "./report.js";

const VERDICT_STATUS: Record<SmokeReport["verdict"], Status> = {
  pass: "success",
  fail: "failure",
  inconclusive: "warning",
};
const VERDICT_TITLE: Record<SmokeReport["verdict"], string> = {
  pass: "Smoke check passed: production is healthy",
  fail: "Smoke check failed: production is not healthy",
  inconclusive: "Smoke check inconclusive: health not confirmed",
};
const MARK: Record<string, string> = {
  pass: "✅",
  fail: "❌",
  inconclusive: "⚠️",
  warn: "⚠️",
  stopped: "⏹️",
  new: "🆕",
};

function mark(verdict: string): string {
  return `${MARK[verdict] ?? ""} ${verdict}`.trim();
}

function ms(n: number | undefined): string {
  if (n === undefined) return "–";
  return n < 10 ? `${n} ms` : `${Math.round(n)} ms`;
}

function skipped(what: NotChecked): string {
  return what.reason === "not configured" ? "not checked" : what.reason;
}

/** The runbook's "Deployment complete" rows that a smoke run can decide; never a tick without evidence. */
export function smokeChecklistItems(report: SmokeReport): CheckItem[] {
  const items: CheckItem[] = [];
  const s = report.services;
  items.push({
    label: "All services up and running (docker-compose ps)",
    ok: s.checked ? (s.verdict === "stopped" ? undefined : s.verdict === "pass") : undefined,
    evidence: s.checked ? s.reason : skipped(s),
  });
  const eps = report.endpoints;
  const failedEps = eps.filter((e) => e.verdict === "fail");
  const undecided = eps.filter((e) => e.verdict === "inconclusive" || e.verdict === "stopped");
  items.push({
    label: "Health checks pass on every service",
    ok: eps.length === 0 ? undefined : failedEps.length > 0 ? false : undecided.length > 0 ? undefined : true,
    evidence:
      eps.length === 0
        ? "not checked"
        : failedEps.length > 0
          ? `not healthy: ${failedEps.map((e) => e.name).join(", ")}`
          : undecided.length > 0
            ? `not confirmed: ${undecided.map((e) => `${e.name} (${e.verdict})`).join(", ")}`
            : `${eps.length} endpoint(s) answered ${report.settings.expectStatus}`,
  });
  const b = report.breaker;
  items.push({
    label: "Circuit breaker OPEN (redis-cli GET cb:state)",
    ok: b.checked ? b.verdict === "pass" : undefined,
    evidence: b.checked ? b.reason : skipped(b),
  });
  const t = report.smokeTests;
  items.push({
    label: "Smoke tests pass (tests/e2e/test_smoke.py)",
    ok: t.checked ? t.verdict === "pass" : undefined,
    evidence: t.checked ? t.reason : skipped(t),
  });
  const d = report.degradation;
  items.push({
    label: "No performance degradation (latency vs the baseline)",
    ok: d.checked
      ? d.verdict === "pass" || d.verdict === "warn"
        ? true
        : d.verdict === "fail"
          ? false
          : undefined
      : undefined,
    evidence: d.checked
      ? `${d.verdict}: ${d.reason}`
      : d.reason === "not configured"
        ? "not checked: no baseline given"
        : d.reason,
  });
  return items;
}

function endpointsSection(report: SmokeReport): string {
  if (report.endpoints.length === 0) return "";
  const rows = report.endpoints.map((e) => [
    mdText(e.name),
    mark(e.verdict),
    e.status === undefined ? "no answer" : String(e.status),
    String(e.attempts),
    e.healthyAfterMs === undefined ? "–" : formatDuration(e.healthyAfterMs),
    ms(e.latency.p50Ms),
    ms(e.latency.p95Ms),
    mdText(truncate(e.verdict === "pass" ? e.reason : (e.lastError ?? e.reason), 200)),
  ]);
  const bodies = report.endpoints
    .filter((e) => e.verdict !== "pass" && e.body)
    .map((e) => `**${mdText(e.name)}** ${mdCode(e.url)} answered:\n\n${mdBlock(e.body ?? "")}`);
  return [
    "### Endpoints",
    table(["endpoint", "verdict", "status", "attempts", "healthy after", "p50", "p95", "detail"], rows),
    bodies.length ? details("Response bodies of failing endpoints (untrusted)", bodies.join("\n\n")) : "",
  ]
    .filter(Boolean)
    .join("\n\n");
}

function servicesSection(report: SmokeReport): string {
  const s = report.services;
  if (!s.checked) return "";
  const rows = s.services.map((v) => [
    mdText(v.service),
    mark(v.verdict),
    mdText(v.status ?? "missing"),
    mdText(v.health ?? "–"),
    v.restartCount === undefined
      ? "–"
      : v.restartCountAtStart !== undefined && v.restartCountAtStart !== v.restartCount
        ? `${v.restartCountAtStart} → ${v.restartCount}`
        : String(v.restartCount),
    v.exitCode === undefined ? "–" : String(v.exitCode),
    mdText(v.problems.join("; ") || "ok"),
  ]);
  const logs = s.services
    .filter((v) => v.logTail)
    .map((v) => details(`Last log lines of ${v.service}`, mdBlock(v.logTail ?? ""), true));
  return [
    `### Services\n\n${mdText(s.description)}: ${mark(s.verdict)} — ${mdText(s.reason)}`,
    table(["service", "verdict", "state", "health", "restarts", "exit code", "detail"], rows),
    ...logs,
  ]
    .filter(Boolean)
    .join("\n\n");
}

function breakerSection(report: SmokeReport): string {
  const b = report.breaker;
  if (!b.checked) return "";
  const show = (v: string | null | undefined) =>
    v === undefined ? "unknown" : v === null ? "not set" : mdCode(v);
  const ks =
    b.killSwitch.active === true
      ? "⛔ ON (trading stopped)"
      : b.killSwitch.active === false
        ? "off"
        : show(b.killSwitch.raw);
  const rows = [
    ["circuit breaker", `${mark(b.verdict)} ${show(b.state)}`],
    ...(b.tripReason !== undefined && b.tripReason !== null ? [["trip reason", mdText(b.tripReason)]] : []),
    ...(b.lastReset ? [["last reset", mdText(b.lastReset)]] : []),
    ["kill switch", ks],
  ];
  return `### Circuit breaker and kill switch\n\n${mdText(b.where)}: ${mdText(b.reason)}\n\n${table(["key", "value"], rows)}`;
}

function smokeTestsSection(report: SmokeReport): string {
  const t = report.smokeTests;
  if (!t.checked)
    return report.smokeTests.reason === "not configured"
      ? ""
      : `### Smoke tests\n\n${mdText(report.smokeTests.reason)}`;
  const parts = [`### Smoke tests\n\n${mdCode(t.argv.join(" "))}: ${mark(t.verdict)} — ${mdText(t.reason)}`];
  if (t.junit) {
    const j = t.junit;
    parts.push(
      table(
        ["tests", "passed", "failed", "errors", "skipped"],
        [[j.tests, j.passed, j.failures, j.errors, j.skipped].map(String)],
      ),
    );
    if (j.failed.length) {
      const list = j.failed
        .slice(0, 50)
        .map((f) => `- ${mdCode(f.name)}${f.message ? ` — ${mdText(f.message)}` : ""}`);
      if (j.failed.length > 50) list.push(`- … ${j.failed.length - 50} more`);
      parts.push(list.join("\n"));
    }
  }
  if (t.junitError) parts.push(`JUnit report: ${mdText(t.junitError)}`);
  if (t.outputTail)
    parts.push(details("Last lines of the output", mdBlock(t.outputTail), t.verdict === "fail"));
  return parts.join("\n\n");
}

function degradationSection(report: SmokeReport): string {
  const d = report.degradation;
  if (!d.checked) return "";
  const rows = d.endpoints.map((e) => [
    mdText(e.name),
    mark(e.verdict),
    ms(e.baselineP50Ms),
    ms(e.currentP50Ms),
    e.change === undefined || !Number.isFinite(e.change)
      ? "–"
      : `${e.change >= 0 ? "+" : ""}${Math.round(e.change * 100)}%`,
    `${e.baselineSamples} / ${e.currentSamples}`,
  ]);
  const taken = d.baselineTakenAt ? ` (baseline from ${mdText(d.baselineTakenAt)})` : "";
  return [
    `### Latency against the baseline${taken}\n\n${mark(d.verdict)} — ${mdText(d.reason)}. Thresholds: > 50% slower fails, 20–50% warns; slowdowns under ${ms(d.toleranceMs)} are noise.`,
    table(["endpoint", "verdict", "baseline p50", "p50 now", "change", "samples (baseline / now)"], rows),
  ].join("\n\n");
}

export function renderSmokeSummary(report: SmokeReport): string {
  const problems = report.findings.map((f) => `- ${MARK[f.level] ?? ""} ${mdText(f.text)}`);
  const settings = `Checked in ${formatDuration(report.durationMs)} (timeout ${formatDuration(report.settings.timeoutMs)}, ${report.settings.successes} consecutive success(es), ${report.settings.samples} latency samples), finished ${mdText(report.finishedAt)}.`;
  return fitSections([
    headline(VERDICT_STATUS[report.verdict], VERDICT_TITLE[report.verdict], report.headline),
    problems.length ? problems.join("\n") : "",
    checklist("Deployment complete: what smoke checked", smokeChecklistItems(report)),
    endpointsSection(report),
    servicesSection(report),
    breakerSection(report),
    smokeTestsSection(report),
    degradationSection(report),
    settings,
  ]);
}
