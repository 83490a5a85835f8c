// Test reports from a failed run's artifacts: which artifacts are test reports (name patterns), which failed
// job each belongs to (its name in the artifact's, else the failing tests the log named, else the only
// failed job), reading them within the API budget (1 list + at most MAX_REPORT_ARTIFACTS downloads), and
// merging them into the job's triage: the report's exact test ids, messages and file:line replace the
// log's guesses, the reproduce command narrows to those tests, and the summary names the artifact. When a
// run has no report, or a report cannot be read (corrupt zip, too large, a DTD), the log stays the source
// and a note says why. Pure over the TestReportSource port.

import { ArtifactError, type ArtifactInfo, artifactNameMatches, unzipEntries } from "../github/artifacts.js";
import { adviceFor } from "./advice.js";
import {
  failingCases,
  type JunitCase,
  type JunitReport,
  JunitReportError,
  type JunitTool,
  parseJunitReport,
  reproduceCommand,
} from "./junit-report.js";
import type { JobInfo } from "./source.js";
import type { TriageResult } from "./types.js";

/** What reading test reports needs from GitHub (a fake in tests). */
export interface TestReportSource {
  /** The run's artifacts (1 API call). */
  listArtifacts(runId: number): Promise<ArtifactInfo[]>;
  /** One artifact's zip, bounded (1 API call + the storage download). */
  downloadArtifact(artifact: ArtifactInfo): Promise<Uint8Array>;
}

export const DEFAULT_REPORT_PATTERNS: readonly string[] = ["*junit*", "*test-results*", "*test-report*"];

/**
 * Artifact name globs as given (the `test-report-artifacts` input), checked: `*` and `?` wildcards and the
 * characters artifact names may hold (upload-artifact refuses `" : < > | \\ /` and control characters).
 * Throws an Error saying which pattern is wrong; none given → the defaults.
 */
export function reportPatterns(list: readonly string[]): string[] {
  if (list.length === 0) return [...DEFAULT_REPORT_PATTERNS];
  for (const p of list) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
    if (p.length > 200 || /[":<>|\\/\u0000-\u001f]/.test(p))
      throw new Error(
        `${JSON.stringify(p.slice(0, 60))} is not an artifact name pattern: use the name with * and ? wildcards (no " : < > | \\ /)`,
      );
  }
  return [...list];
}

/** Artifacts downloaded per run at most (the API budget's K). */
export const MAX_REPORT_ARTIFACTS = 3;

export interface TestReportOptions {
  /** Artifact name globs (case-insensitive). */
  patterns: readonly string[];
  /** Downloads at most (default MAX_REPORT_ARTIFACTS). */
  maxArtifacts?: number;
}

/** One XML file of an artifact (or a local file: `artifact` empty), parsed. */
export interface ReportFile {
  artifact: string;
  file: string;
  report: JunitReport;
  /** How the artifact was tied to its job. */
  matchedBy?: JobTestReport["matchedBy"];
}

/** What a job's section says about the test reports used for it. */
export interface JobTestReport {
  artifact: string;
  files: string[];
  tool: JunitTool;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  flaky: number;
  /** How the artifact was tied to the job. */
  matchedBy: "name" | "tests" | "only failed job";
}

export interface TestReportsRead {
  /** Parsed report files per job id. */
  byJob: Map<number, ReportFile[]>;
  notes: string[];
  /** API calls made (1 list + downloads). */
  calls: number;
}

/** Lower-case words of a job or artifact name (`Test (3.12)` → `test-3-12`). */
function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The failed job whose name the artifact's name holds (the longest such name), else the one matrix job
 * whose matrix values do (`test (3.12)` → `junit-3.12`), if any.
 */
function jobByName(artifact: string, jobs: readonly JobInfo[]): JobInfo | undefined {
  const a = `-${slug(artifact)}-`;
  let best: JobInfo | undefined;
  for (const j of jobs) {
    const s = slug(j.name);
    if (s !== "" && a.includes(`-${s}-`) && (!best || s.length > slug(best.name).length)) best = j;
  }
  if (best) return best;
  const byMatrix = jobs.filter((j) => {
    const values = slug(/\(([^)]*)\)\s*$/.exec(j.name)?.[1] ?? "");
    return values !== "" && a.includes(`-${values}-`);
  });
  return byMatrix.length === 1 ? byMatrix[0] : undefined;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the test-report artifacts of a run and ties each to a failed job. `logTests` are the tests each
 * job's log named (to tie a report by its failing tests when its name says nothing).
 */
export async function readTestReports(
  runId: number,
  failed: readonly JobInfo[],
  logTests: ReadonlyMap<number, readonly string[]>,
  source: TestReportSource,
  opts: TestReportOptions,
): Promise<TestReportsRead> {
  const out: TestReportsRead = { byJob: new Map(), notes: [], calls: 0 };
  if (failed.length === 0 || opts.patterns.length === 0) return out;
  let listed: ArtifactInfo[];
  try {
    out.calls++;
    listed = await source.listArtifacts(runId);
  } catch (error) {
    out.notes.push(
      `test reports: the run's artifacts could not be listed (${message(error)}); the logs were used`,
    );
    return out;
  }
  // the newest artifact per name (a re-run uploads again), test reports only
  const seen = new Set<string>();
  const candidates = [...listed]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
    .filter((a) => artifactNameMatches(a.name, opts.patterns) && !seen.has(a.name) && seen.add(a.name));
  if (candidates.length === 0) return out;
  const expired = candidates.filter((a) => a.expired);
  for (const a of expired) out.notes.push(`test report artifact "${a.name}" has expired; the log was used`);
  const live = candidates.filter((a) => !a.expired);
  // Artifacts named after a failed job first; the others only matter when some job has none.
  const named = live.filter((a) => jobByName(a.name, failed));
  const covered = new Set(named.map((a) => jobByName(a.name, failed)?.id));
  const wanted = failed.some((j) => !covered.has(j.id))
    ? [...named, ...live.filter((a) => !named.includes(a))]
    : named;
  const max = opts.maxArtifacts ?? MAX_REPORT_ARTIFACTS;
  const chosen = wanted.slice(0, max);
  if (wanted.length > max)
    out.notes.push(
      `test reports: ${wanted.length - max} more artifact(s) not read (${wanted
        .slice(max)
        .map((a) => `"${a.name}"`)
        .join(", ")}): at most ${max} per run (API budget)`,
    );

  for (const artifact of chosen) {
    const files = await readArtifact(artifact, source, out);
    if (files.length === 0) continue;
    const job = tieToJob(artifact.name, files, failed, logTests);
    if (!job) {
      out.notes.push(
        `test report artifact "${artifact.name}" matches no failed job (by name, tests, or a single failed job): not used`,
      );
      continue;
    }
    const list = out.byJob.get(job.job.id) ?? [];
    for (const f of files) list.push({ ...f, matchedBy: job.by });
    out.byJob.set(job.job.id, list);
  }
  return out;
}

async function readArtifact(
  artifact: ArtifactInfo,
  source: TestReportSource,
  out: TestReportsRead,
): Promise<ReportFile[]> {
  let zip: Uint8Array;
  try {
    out.calls++;
    zip = await source.downloadArtifact(artifact);
  } catch (error) {
    out.notes.push(`test report artifact "${artifact.name}" not read: ${message(error)}; the log was used`);
    return [];
  }
  let entries: ReturnType<typeof unzipEntries>;
  try {
    entries = unzipEntries(zip, (name) => /\.xml$/i.test(name));
  } catch (error) {
    const why = error instanceof ArtifactError ? error.message : `unreadable (${message(error)})`;
    out.notes.push(`test report artifact "${artifact.name}" not read: ${why}; the log was used`);
    return [];
  }
  for (const s of entries.skipped) out.notes.push(`test report artifact "${artifact.name}": ${s}`);
  if (entries.entries.length === 0) {
    out.notes.push(`test report artifact "${artifact.name}" holds no .xml file; the log was used`);
    return [];
  }
  const files: ReportFile[] = [];
  for (const e of entries.entries) {
    try {
      const xml = new TextDecoder("utf-8", { fatal: false }).decode(e.data);
      files.push({ artifact: artifact.name, file: e.name, report: parseJunitReport(xml) });
    } catch (error) {
      const why = error instanceof JunitReportError ? error.message : `unreadable (${message(error)})`;
      out.notes.push(`test report "${artifact.name}/${e.name}" not read: ${why}`);
    }
  }
  return files;
}

function tieToJob(
  artifact: string,
  files: readonly ReportFile[],
  failed: readonly JobInfo[],
  logTests: ReadonlyMap<number, readonly string[]>,
): { job: JobInfo; by: JobTestReport["matchedBy"] } | undefined {
  const byName = jobByName(artifact, failed);
  if (byName) return { job: byName, by: "name" };
  const ids = new Set(files.flatMap((f) => failingCases(f.report).flatMap((c) => [c.id, c.name])));
  const byTests = failed.filter((j) =>
    (logTests.get(j.id) ?? []).some((t) => ids.has(t) || [...ids].some((i) => i !== "" && t.endsWith(i))),
  );
  if (byTests.length === 1 && byTests[0]) return { job: byTests[0], by: "tests" };
  if (failed.length === 1 && failed[0]) return { job: failed[0], by: "only failed job" };
  return undefined;
}

const MAX_TESTS = 50;
const MAX_LOCATIONS = 30;

/**
 * Merges a job's test reports into its triage (in place) and says what was used. Failing tests of the
 * reports take the lead: their ids, messages and locations first, the log's after; when the log's cause is
 * a test failure (or the log said nothing), the summary, tool and reproduce command come from the report.
 */
export function mergeTestReports(
  result: TriageResult,
  files: readonly ReportFile[],
  logUnavailable: boolean,
): JobTestReport[] {
  const used: JobTestReport[] = [];
  const byArtifact = new Map<string, ReportFile[]>();
  for (const f of files) byArtifact.set(f.artifact, [...(byArtifact.get(f.artifact) ?? []), f]);
  for (const [artifact, list] of byArtifact) {
    const sum = (k: "tests" | "failures" | "errors" | "skipped" | "flaky") =>
      list.reduce((n, f) => n + f.report[k], 0);
    used.push({
      artifact,
      files: list.map((f) => f.file),
      tool: list[0]?.report.tool ?? "unknown",
      tests: sum("tests"),
      failures: sum("failures"),
      errors: sum("errors"),
      skipped: sum("skipped"),
      flaky: sum("flaky"),
      matchedBy: list[0]?.matchedBy ?? "name",
    });
  }
  const failing: Array<JunitCase & { artifact: string; reportFile: string; tool: JunitTool }> = [];
  const seen = new Set<string>();
  for (const f of files)
    for (const c of f.report.problems) {
      if (c.outcome === "flaky") {
        if (!result.details.flakyHints.includes(c.id)) {
          result.details.flakyHints.push(c.id);
          result.details.flakyEvidence.push({
            source: "junit",
            test: c.id,
            evidence: `${f.file} in ${f.artifact}: failed, then passed on a rerun`,
          });
        }
        continue;
      }
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      failing.push({ ...c, artifact: f.artifact, reportFile: f.file, tool: f.report.tool });
    }
  // jest-junit and mocha-junit-reporter join describe titles with spaces; where the log named the same test
  // with its separators (`file > describe > test`), keep the log's clearer form
  // (the same test named without its file, or the bare file, is dropped: the report's id says both)
  const joined = (id: string) => id.replace(/\s+(?:>|›)\s+/g, " ");
  let logTests = [...result.tests];
  for (const c of failing) {
    if (c.tool !== "jest" && c.tool !== "mocha") continue;
    const same = logTests.find((t) => t !== c.id && joined(t) === joined(c.id));
    if (same) c.id = same;
    logTests = logTests.filter((t) => t === c.id || (joined(t) !== joined(c.name) && t !== c.file));
  }
  const first = failing[0];
  if (!first) return used;

  result.tests = unique([...failing.map((c) => c.id), ...logTests]).slice(0, MAX_TESTS);
  result.locations = unique([...failing.flatMap((c) => c.locations.slice(0, 1)), ...result.locations]).slice(
    0,
    MAX_LOCATIONS,
  );
  result.evidence = unique([
    ...failing.slice(0, 5).map((c) => `${c.artifact || c.reportFile}: ${c.id}: ${c.message}`),
    ...result.evidence,
  ]);
  const leads = logUnavailable || result.category === "test_failure" || result.category === "other";
  if (!leads) return used;
  const tool = first.tool;
  const sameTool = failing.filter((c) => c.tool === tool);
  const n = failing.length;
  if (result.category !== "test_failure") {
    // the log said nothing (or was unreadable): the runbook's advice for a test failure
    result.fix = adviceFor({
      category: "test_failure",
      primary: undefined,
      count: n,
      tests: failing.map((c) => c.id),
      locations: [],
      diagnostics: [],
      facts: {},
      cancelled: false,
    }).fix;
  }
  result.category = "test_failure";
  if (tool !== "unknown") result.tool = tool;
  // one annotation per failing test, with its own message
  result.details.diagnostics = [
    ...failing.flatMap((c) => {
      const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(c.locations[0] ?? "");
      if (!m) return [];
      return [
        {
          path: m[1] ?? "",
          line: Number(m[2]),
          ...(m[3] ? { column: Number(m[3]) } : {}),
          message: `${c.id}: ${c.message}`,
          category: "test_failure" as const,
        },
      ];
    }),
    ...result.details.diagnostics,
  ];
  result.summary = `${n} failing test${n === 1 ? "" : "s"}: ${first.id}${first.message ? ` — ${first.message}` : ""} (JUnit report ${first.artifact ? `in artifact "${first.artifact}"` : `"${first.reportFile}"`})`;
  result.reproduce = reproduceCommand(tool, sameTool) ?? result.reproduce;
  return used;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
