// Rendering a run's triage: the job summary, the sticky PR comment (same content, smaller budget, a hidden
// marker), and the annotations to emit. Everything from a log is untrusted: it goes through mdText /
// mdCode / mdBlock, and annotations carry plain text the logger makes inert.

import { COMMENT_LIMIT_CHARS, mdBlock, mdCode, mdText, truncate } from "../action/safe-text.js";
import { checklist, fitSections, headline, table } from "../action/summary.js";
import { isProjectPath } from "./paths.js";
import type { JobTriage, TriageRunReport } from "./run.js";

/** Hidden marker of the one triage comment per PR. */
export const TRIAGE_MARKER = "<!-- ops:ci-triage -->";

const LABELS: Record<string, string> = {
  mypy: "mypy",
  ruff: "ruff",
  test_failure: "test failure",
  import_error: "import error",
  timeout: "timeout",
  coverage_drop: "coverage drop",
  flaky: "flaky",
  typescript: "TypeScript",
  eslint: "ESLint",
  dependency_install: "dependency install",
  oom: "out of memory",
  infrastructure: "infrastructure",
  other: "other",
};

function jobSection(f: JobTriage, level: string): string {
  const r = f.result;
  const rows: string[] = [];
  rows.push(`${level} ❌ ${mdText(f.job.name)} — ${mdText(LABELS[r.category] ?? r.category)}`);
  const facts: string[] = [];
  const section =
    r.details.step && r.details.step !== f.failedStep
      ? ` (log section ${mdCode(`Run ${truncate(r.details.step, 120)}`)})`
      : "";
  facts.push(
    `- **Conclusion**: ${mdCode(f.job.conclusion ?? "unknown")}${f.failedStep ? ` in step ${mdCode(f.failedStep)}` : ""}${section}`,
  );
  facts.push(`- **First real error**: ${mdCode(truncate(r.summary, 400))}`);
  if (r.tool && r.tool !== "unknown") facts.push(`- **Tool**: ${mdCode(r.tool)}`);
  for (const t of f.testReports)
    facts.push(
      `- **${t.failures + t.errors > 0 ? "Tests from" : "Test report"}**: the JUnit report in artifact ${mdCode(t.artifact)} (${t.files.length} file${t.files.length === 1 ? "" : "s"}; ${t.tests} tests: ${t.failures} failed, ${t.errors} errored, ${t.skipped} skipped${t.flaky ? `, ${t.flaky} flaky` : ""})`,
    );
  if (r.locations.length > 0)
    facts.push(
      `- **Where**: ${r.locations
        .slice(0, 8)
        .map((l) => mdCode(l))
        .join(", ")}${r.locations.length > 8 ? ` (+${r.locations.length - 8})` : ""}`,
    );
  if (r.tests.length > 0)
    facts.push(
      `- **Tests**: ${r.tests
        .slice(0, 8)
        .map((t) => mdCode(truncate(t, 200)))
        .join(", ")}${r.tests.length > 8 ? ` (+${r.tests.length - 8})` : ""}`,
    );
  for (const e of f.flaky) facts.push(`- **Flaky**: ${mdText(e)}`);
  if (f.flaky.length === 0) facts.push(`- **Flaky**: ${mdText(f.flakiness)}`);
  if (r.details.flakyHints.length > 0)
    facts.push(
      `- **Passed on a rerun in the same job**: ${r.details.flakyHints
        .slice(0, 5)
        .map((t) => mdCode(t))
        .join(", ")}`,
    );
  if (f.logError) facts.push(`- **Log unavailable**: ${mdText(f.logError)}`);
  facts.push(`- **Fix**: ${mdText(r.fix)}`);
  rows.push(facts.join("\n"));
  rows.push(`**Reproduce**\n\n${mdBlock(r.reproduce, "sh")}`);
  if (r.evidence.length > 0)
    rows.push(
      `<details><summary>Evidence (log lines)</summary>\n\n${mdBlock(r.evidence.map((e) => truncate(e, 300)).join("\n"))}\n\n</details>`,
    );
  return rows.join("\n\n");
}

function overview(report: TriageRunReport): string {
  const rows = report.failed.map((f) => [
    mdText(f.job.name),
    mdText(LABELS[f.result.category] ?? f.result.category),
    mdCode(truncate(f.result.summary, 120)),
    f.result.locations[0] ? mdCode(f.result.locations[0]) : "",
  ]);
  for (const c of report.cancelled) rows.push([mdText(c.name), "cancelled (not analysed)", "", ""]);
  return table(["Job", "Category", "First real error", "Where"], rows);
}

function resolvedChecklist(report: TriageRunReport): string {
  const analysed = report.failed.every((f) => !f.logError);
  const classified = report.failed.every((f) => f.result.category !== "other");
  return checklist("CI issue resolved", [
    {
      label: "Logs of the failed jobs read",
      ok: report.failed.length === 0 ? undefined : analysed,
      evidence: `${report.failed.length} failed, ${report.cancelled.length} cancelled`,
    },
    {
      label: "Matched against the failure table",
      ok: report.failed.length === 0 ? undefined : classified,
      evidence: report.categories.join(", ") || "nothing failed",
    },
    { label: "Reproduced locally (the commands above)", ok: undefined },
    { label: "Fix pushed and CI green again", ok: undefined },
  ]);
}

function title(report: TriageRunReport): string {
  const n = report.failed.length;
  const what = `${report.run.name || "CI"} run ${report.run.id} (attempt ${report.run.attempt})`;
  if (n === 0 && report.cancelled.length > 0) return `${what}: cancelled, nothing failed on its own`;
  if (n === 0) return `${what}: no failed job`;
  return `${what}: ${n} failed job${n === 1 ? "" : "s"} — ${report.categories.map((c) => LABELS[c] ?? c).join(", ")}`;
}

function parts(report: TriageRunReport, level: string): string[] {
  const out = [
    headline(
      report.failed.length > 0 ? "failure" : report.cancelled.length > 0 ? "cancelled" : "success",
      `CI triage — ${title(report)}`,
    ),
    overview(report),
    ...report.failed.map((f) => jobSection(f, level)),
  ];
  if (report.cancelled.length > 0)
    out.push(
      `**Cancelled** (not analysed as failures): ${report.cancelled.map((c) => mdText(c.name)).join(", ")}`,
    );
  if (report.rerun) out.push(`**Re-run**: ${mdText(report.rerun.reason)}`);
  out.push(resolvedChecklist(report));
  if (report.notes.length > 0) out.push(report.notes.map((n) => `> ${mdText(n)}`).join("\n"));
  return out;
}

/** The job summary (within GitHub's 1 MiB step-summary limit). */
export function renderSummary(report: TriageRunReport): string {
  return fitSections(parts(report, "###"));
}

/** The sticky PR comment: the marker first, under 65,536 characters. */
export function renderComment(report: TriageRunReport): string {
  const link = report.run.htmlUrl ? `\n\n[Open the run](${encodeURI(report.run.htmlUrl)})` : "";
  const body = fitSections(parts(report, "####"), COMMENT_LIMIT_CHARS - 2_000);
  return `${TRIAGE_MARKER}\n${body}${link}`;
}

export interface AnnotationOut {
  level: "error" | "warning";
  file: string;
  line: number;
  column?: number;
  title: string;
  message: string;
}

/**
 * Annotations on the repository's files: at most `max` errors (GitHub shows 10 error and 10 warning
 * annotations per step), first the diagnostics tools pointed at, then other locations. Paths outside the
 * repository (libraries, absolute paths) are not annotated.
 */
export function annotationsFor(report: TriageRunReport, max = 10): AnnotationOut[] {
  const out: AnnotationOut[] = [];
  const seen = new Set<string>();
  const add = (a: AnnotationOut) => {
    const key = `${a.file}:${a.line}`;
    if (out.length >= max || seen.has(key)) return;
    if (
      a.file.startsWith("/") ||
      /^[A-Za-z]:[\\/]/.test(a.file) ||
      !isProjectPath(a.file) ||
      a.file.includes("..")
    )
      return;
    seen.add(key);
    out.push(a);
  };
  for (const f of report.failed) {
    const label = LABELS[f.result.category] ?? f.result.category;
    for (const d of f.result.details.diagnostics) {
      if (d.category !== f.result.category) continue;
      add({
        level: "error",
        file: d.path,
        line: d.line,
        ...(d.column ? { column: d.column } : {}),
        title: `${label}${d.code ? ` ${d.code}` : ""} (${f.job.name})`,
        message: d.message,
      });
    }
  }
  for (const f of report.failed) {
    const label = LABELS[f.result.category] ?? f.result.category;
    for (const loc of f.result.locations) {
      const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(loc);
      if (!m) continue;
      add({
        level: "error",
        file: m[1] ?? "",
        line: Number(m[2]),
        ...(m[3] ? { column: Number(m[3]) } : {}),
        title: `${label} (${f.job.name})`,
        message: truncate(f.result.summary, 1000),
      });
    }
  }
  return out;
}

/** The `report` output: the run's triage as JSON (schema 1), logs' text included as data. */
export function reportJson(report: TriageRunReport): string {
  return JSON.stringify({
    schema: 1,
    run: {
      id: report.run.id,
      attempt: report.run.attempt,
      headSha: report.run.headSha,
      url: report.run.htmlUrl,
    },
    categories: report.categories,
    failed: report.failed.map((f) => ({
      job: f.job.name,
      jobId: f.job.id,
      conclusion: f.job.conclusion,
      step: f.failedStep ?? f.result.details.step ?? null,
      category: f.result.category,
      tool: f.result.tool ?? null,
      summary: f.result.summary,
      locations: f.result.locations,
      tests: f.result.tests,
      fix: f.result.fix,
      reproduce: f.result.reproduce,
      evidence: f.result.evidence,
      flaky: f.flaky,
      flakiness: f.flakiness,
      testReports: f.testReports,
    })),
    cancelled: report.cancelled.map((c) => ({ job: c.name, jobId: c.id })),
    pullRequest: report.pullRequest ?? null,
    comment: report.comment ?? null,
    rerun: report.rerun ?? null,
  });
}
