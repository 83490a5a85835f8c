// The smoke report for a terminal (`ops smoke`): verdict first, one line per check, evidence indented.
// Untrusted text is made inert (no escape sequences, no workflow commands). Pure.

import { formatDuration } from "../action/inputs.js";
import { inertLine, stripControl } from "../action/safe-text.js";
import type { SmokeReport } from "./report.js";

const ICON = {
  pass: "PASS",
  fail: "FAIL",
  inconclusive: "INCONCLUSIVE",
  stopped: "STOPPED",
  warn: "WARN",
  new: "NEW",
} as const;

const safe = (text: string) => inertLine(stripControl(text).replace(/\n/g, " "));

export function renderSmokeText(report: SmokeReport): string {
  const out: string[] = [`${ICON[report.verdict]}: ${safe(report.headline)}`];
  for (const f of report.findings) out.push(`  ${f.level}: ${safe(f.text)}`);
  if (report.endpoints.length) out.push("", "endpoints:");
  for (const e of report.endpoints) {
    const latency = e.latency.samples ? `  p50 ${e.latency.p50Ms} ms  p95 ${e.latency.p95Ms} ms` : "";
    out.push(
      `  ${ICON[e.verdict].padEnd(7)} ${safe(e.name)}  ${safe(e.url)}  status ${e.status ?? "-"}  attempts ${e.attempts}${latency}`,
    );
    if (e.verdict !== "pass") out.push(`          ${safe(e.reason)}`);
  }
  const s = report.services;
  if (s.checked) {
    out.push("", `services (${safe(s.description)}): ${ICON[s.verdict]} — ${safe(s.reason)}`);
    for (const v of s.services) {
      out.push(
        `  ${ICON[v.verdict].padEnd(7)} ${safe(v.service)}  ${safe(v.status ?? "missing")}  health ${v.health ?? "-"}  restarts ${v.restartCount ?? "-"}`,
      );
      for (const p of v.problems) out.push(`          ${safe(p)}`);
      if (v.logTail) for (const l of v.logTail.split("\n").slice(-10)) out.push(`          | ${safe(l)}`);
    }
  }
  const b = report.breaker;
  if (b.checked) {
    const ks = b.killSwitch.active === true ? "ON" : b.killSwitch.active === false ? "off" : "unknown";
    out.push("", `breaker (${safe(b.where)}): ${ICON[b.verdict]} — ${safe(b.reason)}; kill switch ${ks}`);
  }
  const t = report.smokeTests;
  if (t.checked) {
    out.push("", `smoke tests (${safe(t.argv.join(" "))}): ${ICON[t.verdict]} — ${safe(t.reason)}`);
    for (const f of t.junit?.failed.slice(0, 20) ?? [])
      out.push(`  ${f.kind}: ${safe(f.name)} — ${safe(f.message)}`);
    if (t.verdict === "fail") for (const l of t.outputTail.split("\n").slice(-15)) out.push(`  | ${safe(l)}`);
  } else if (t.reason !== "not configured") out.push("", `smoke tests: ${safe(t.reason)}`);
  const d = report.degradation;
  if (d.checked) {
    out.push("", `latency vs baseline: ${ICON[d.verdict]} — ${safe(d.reason)}`);
  }
  out.push("", `checked in ${formatDuration(report.durationMs)}`);
  return `${out.join("\n")}\n`;
}
