// CI triage of one workflow run: which jobs failed in this attempt, what broke in each (first real cause,
// locations, tests, fix, reproduce), which were flaky (the same job passed in another attempt of the same
// commit, earlier or later), which were only cancelled; then one sticky PR comment and, if asked, one
// re-run. When the run uploaded JUnit reports as artifacts, their exact tests replace the log's (the log
// stays the fallback). Pure orchestration over the TriageSource and TestReportSource ports: no
// @actions/core, no octokit.

import { COMMENT_LIMIT_CHARS } from "../action/safe-text.js";
import {
  type JobTestReport,
  MAX_REPORT_ARTIFACTS,
  mergeTestReports,
  readTestReports,
  type TestReportOptions,
  type TestReportSource,
} from "./junit-artifacts.js";
import { shellWord } from "./paths.js";
import { renderComment, TRIAGE_MARKER } from "./render.js";
import { type ScannerOptions, TriageScanner } from "./scanner.js";
import type { CheckAnnotation, JobInfo, RunInfo, TriageSource } from "./source.js";
import type { Category, FlakyEvidence, TriageResult } from "./types.js";

/** Calls allowed beyond one log download per failed job. */
export const API_EXTRA_CALLS = 4;

/** Calls test reports may add on top: the artifacts list and at most MAX_REPORT_ARTIFACTS downloads. */
export const REPORT_EXTRA_CALLS = 1 + MAX_REPORT_ARTIFACTS;

export const FAILED_CONCLUSIONS = new Set(["failure", "timed_out", "startup_failure"]);

export type RerunPolicy = "never" | "flaky" | "infrastructure";

export interface TriageRunInputs {
  runId: number;
  /** The run as the event carried it (saves an API call); fetched when absent. */
  run?: RunInfo;
  /** Parallel log downloads (default 4). */
  concurrency: number;
  rerun: RerunPolicy;
  /** Write/update the sticky PR comment. */
  comment: boolean;
  /**
   * Recent completed runs of the same workflow on the default branch to compare with (0: off). A failed
   * job that both failed and passed there is flaky. Costs 1 + this many calls (beyond the N + 4 budget).
   */
  flakyHistory?: number;
  /** The default branch when the event says it (saves a call). */
  defaultBranch?: string;
  /** Read JUnit reports from the run's artifacts (undefined: off). Costs at most REPORT_EXTRA_CALLS. */
  testReports?: TestReportOptions;
}

export interface JobTriage {
  job: JobInfo;
  /** The failed step from the jobs API. */
  failedStep?: string;
  result: TriageResult;
  /** Evidence that the job is flaky (empty when not). */
  flaky: string[];
  /** What was checked when there is no evidence (`not known to be flaky: …`), or the evidence. */
  flakiness: string;
  /** The JUnit reports used for this job (empty: the log was the only source). */
  testReports: JobTestReport[];
  annotations: CheckAnnotation[];
  /** The log could not be read (expired, 404): the job is reported without analysis. */
  logError?: string;
}

export interface TriageRunReport {
  schema: 1;
  run: RunInfo;
  failed: JobTriage[];
  cancelled: JobInfo[];
  categories: Category[];
  pullRequest?: number;
  comment?: { id: number; action: "created" | "updated" };
  rerun?: { requested: boolean; reason: string };
  notes: string[];
}

/** Runs `fn` over `items` with at most `limit` in flight, results in input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

async function analyse(source: TriageSource, job: JobInfo, options: ScannerOptions): Promise<TriageResult> {
  const scanner = new TriageScanner(options);
  for await (const chunk of source.streamLog(job.id)) scanner.write(chunk);
  return scanner.end();
}

/** What was checked, for a job with no flaky evidence (said in the report, not left to guess). */
function notKnownFlaky(job: JobInfo, all: readonly JobInfo[]): string {
  const attempts = [...new Set(all.filter((j) => j.name === job.name).map((j) => j.attempt))].sort(
    (a, b) => a - b,
  );
  return attempts.length <= 1
    ? `not known to be flaky: attempt ${job.attempt} is the only attempt of this run`
    : `not known to be flaky: it passed in no attempt of this run (attempts ${attempts.join(", ")})`;
}

/**
 * Flaky: the same job (by name) concluded `success` in another attempt of this run (same commit) — an
 * earlier one, or a later one when an older attempt is triaged after a re-run passed.
 */
function flakyEvidence(job: JobInfo, all: readonly JobInfo[]): FlakyEvidence[] {
  return all
    .filter((j) => j.name === job.name && j.attempt !== job.attempt && j.conclusion === "success")
    .map((j) => ({
      source: "attempt" as const,
      attempt: j.attempt,
      evidence: `job "${job.name}" passed in attempt ${j.attempt} and failed in attempt ${job.attempt} of the same commit`,
    }));
}

export async function triageRun(
  inputs: TriageRunInputs,
  source: TriageSource,
  reports?: TestReportSource,
): Promise<TriageRunReport> {
  const run = inputs.run ?? (await source.getRun(inputs.runId));
  const notes: string[] = [];
  const jobs = await source.listJobs(run.id);
  const current = jobs.filter((j) => j.attempt === run.attempt);
  const failedJobs = current.filter((j) => FAILED_CONCLUSIONS.has(j.conclusion ?? ""));
  const cancelled = current.filter((j) => j.conclusion === "cancelled");

  // API budget: N failed jobs cost N log downloads; everything else must fit in 4 more calls (jobs list,
  // the run when not given, the PR lookup for forks, the comment's list + write, a re-run). What is left
  // pays for check-run annotations of jobs whose log gave no location.
  const commentCalls = inputs.comment ? 2 + (run.pullRequests.length > 0 ? 0 : 1) : 0;
  const fixed = 1 + (inputs.run ? 0 : 1) + commentCalls + (inputs.rerun === "never" ? 0 : 1);
  let annotationBudget = Math.max(0, API_EXTRA_CALLS - fixed);

  // 1. the logs, in parallel
  const analysed = await mapLimit(failedJobs, inputs.concurrency, async (job) => {
    try {
      return { job, result: await analyse(source, job, { conclusion: job.conclusion ?? undefined }) };
    } catch (error) {
      const scanner = new TriageScanner({ conclusion: job.conclusion ?? undefined });
      return { job, result: scanner.end(), logError: error instanceof Error ? error.message : String(error) };
    }
  });

  // 2. the JUnit reports among the run's artifacts (1 list + at most K downloads), tied to their jobs
  const reportsFor = new Map<number, JobTestReport[]>();
  if (inputs.testReports && reports && failedJobs.length > 0) {
    const read = await readTestReports(
      run.id,
      failedJobs,
      new Map(analysed.map((a) => [a.job.id, a.result.tests])),
      reports,
      inputs.testReports,
    );
    notes.push(...read.notes);
    for (const a of analysed) {
      const files = read.byJob.get(a.job.id);
      if (files) reportsFor.set(a.job.id, mergeTestReports(a.result, files, a.logError !== undefined));
    }
  }

  // 3. per job: the check run's annotations when nothing gave a location, flakiness across attempts
  const failed: JobTriage[] = [];
  for (const { job, result, logError } of analysed) {
    const failedStep = job.steps.find((s) => FAILED_CONCLUSIONS.has(s.conclusion ?? ""))?.name;
    // The check run's annotations only when the log gave no location (they mostly repeat log lines, and
    // each costs an API call) and the budget allows.
    let annotations: CheckAnnotation[] = [];
    const wantAnnotations =
      result.locations.length === 0 && result.category !== "infrastructure" && !result.details.cancelled;
    if (wantAnnotations && annotationBudget <= 0)
      notes.push(`annotations of job ${job.name} not read (API budget of N + ${API_EXTRA_CALLS} calls)`);
    if (wantAnnotations && annotationBudget > 0) {
      annotationBudget--;
      try {
        annotations = (await source.annotations(job.id)).filter(
          (a) => a.path !== "" && a.path !== ".github" && a.startLine > 0,
        );
        for (const a of annotations.slice(0, 10))
          result.locations.push(`${a.path}:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ""}`);
      } catch (error) {
        notes.push(
          `annotations of job ${job.id} unavailable: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    const triage: JobTriage = {
      job,
      ...(failedStep !== undefined ? { failedStep } : {}),
      result,
      flaky: [],
      flakiness: notKnownFlaky(job, jobs),
      testReports: reportsFor.get(job.id) ?? [],
      annotations,
      ...(logError !== undefined ? { logError } : {}),
    };
    for (const e of flakyEvidence(job, jobs)) markFlaky(triage, e);
    failed.push(triage);
  }

  if ((inputs.flakyHistory ?? 0) > 0 && failed.some((f) => f.flaky.length === 0)) {
    try {
      await flakyFromHistory(inputs, run, failed, source);
    } catch (error) {
      notes.push(
        `default-branch history unavailable: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const categories = [...new Set(failed.map((f) => f.result.category))];
  const report: TriageRunReport = { schema: 1, run, failed, cancelled, categories, notes };

  if (inputs.rerun !== "never" && failed.length > 0)
    report.rerun = await maybeRerun(inputs.rerun, run, failed, source);

  if (inputs.comment && (failed.length > 0 || cancelled.length > 0)) {
    const pr = run.pullRequests[0] ?? (await source.findPullRequest(run));
    if (pr === undefined) notes.push("no open pull request for this commit: no comment written");
    else {
      report.pullRequest = pr;
      report.comment = await upsertComment(source, pr, renderComment(report));
    }
  }
  return report;
}

/** Marks a failed job flaky when the same job both failed and passed in recent default-branch runs. */
async function flakyFromHistory(
  inputs: TriageRunInputs,
  run: RunInfo,
  failed: JobTriage[],
  source: TriageSource,
): Promise<void> {
  const branch = inputs.defaultBranch ?? (await source.defaultBranch());
  const file = run.path.split("/").pop() ?? "";
  if (file === "") return;
  const runs = (await source.recentRuns(file, branch, inputs.flakyHistory ?? 0)).filter(
    (r) => r.id !== run.id,
  );
  const outcomes = new Map<string, { passed: number; failed: number }>();
  for (const r of runs) {
    for (const j of await source.listJobs(r.id)) {
      const o = outcomes.get(j.name) ?? { passed: 0, failed: 0 };
      if (j.conclusion === "success") o.passed++;
      else if (FAILED_CONCLUSIONS.has(j.conclusion ?? "")) o.failed++;
      outcomes.set(j.name, o);
    }
  }
  for (const f of failed) {
    const o = outcomes.get(f.job.name);
    if (f.flaky.length > 0 || !o || o.passed === 0 || o.failed === 0) continue;
    markFlaky(f, {
      source: "history",
      evidence: `job "${f.job.name}" failed ${o.failed} and passed ${o.passed} time(s) in the last ${runs.length} runs on ${branch}`,
    });
  }
}

function markFlaky(f: JobTriage, proof: FlakyEvidence): void {
  const result = f.result;
  const evidence = proof.evidence;
  f.flaky.push(evidence);
  result.details.flakyEvidence.push(proof);
  f.flakiness = f.flaky.join("; ");
  result.details.alsoSeen.unshift({
    category: result.category,
    rule: result.details.rule,
    line: result.details.line,
  });
  result.category = "flaky";
  result.summary = `flaky: ${result.summary}`;
  result.fix = `This job both failed and passed on the same code (${evidence}): a flaky test or environment. A re-run is not a fix: make it deterministic (shared state, ordering, time, network) and track it.`;
  const t = result.tests[0];
  if (t?.includes("::") && (result.tool ?? "pytest") === "pytest")
    result.reproduce = `pytest --count=10 -p random_order ${shellWord(t)}`;
}

async function maybeRerun(
  policy: RerunPolicy,
  run: RunInfo,
  failed: readonly JobTriage[],
  source: TriageSource,
): Promise<{ requested: boolean; reason: string }> {
  if (run.attempt > 1)
    return { requested: false, reason: `attempt ${run.attempt}: the failed jobs were already re-run once` };
  const wanted: Category[] = policy === "flaky" ? ["flaky"] : ["infrastructure"];
  const all = failed.every((f) => wanted.includes(f.result.category));
  if (!all)
    return {
      requested: false,
      reason: `not every failed job is ${wanted.join("/")} (${failed.map((f) => f.result.category).join(", ")})`,
    };
  await source.rerunFailedJobs(run.id);
  return { requested: true, reason: `every failed job is ${wanted.join("/")}: re-ran the failed jobs once` };
}

/** One comment per PR: the newest comment holding the marker and written by this token's identity. */
export async function upsertComment(
  source: TriageSource,
  pr: number,
  body: string,
): Promise<{ id: number; action: "created" | "updated" }> {
  if (body.length >= COMMENT_LIMIT_CHARS)
    throw new Error(`comment body of ${body.length} characters is over the limit`);
  const [me, comments] = await Promise.all([source.identity(), source.listComments(pr)]);
  const mine = comments.filter((c) => c.author === me && c.body.includes(TRIAGE_MARKER));
  const existing = mine[mine.length - 1];
  if (existing) {
    await source.updateComment(existing.id, body);
    return { id: existing.id, action: "updated" };
  }
  return { id: await source.createComment(pr, body), action: "created" };
}
