// Orchestration of a run's triage over a hand-written fake of the TriageSource port.
import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ArtifactInfo } from "../github/artifacts.js";
import { reportPatterns, type TestReportSource } from "./junit-artifacts.js";
import { annotationsFor, renderComment, renderSummary, reportJson, TRIAGE_MARKER } from "./render.js";
import { mapLimit, REPORT_EXTRA_CALLS, triageRun } from "./run.js";
import type { CheckAnnotation, IssueComment, JobInfo, RunInfo, TriageSource } from "./source.js";

const RUN: RunInfo = {
  id: 9,
  name: "CI",
  path: ".github/workflows/ci.yml",
  attempt: 1,
  conclusion: "failure",
  status: "completed",
  headSha: "abc",
  headBranch: "feature",
  headRepository: "fork/repo",
  repository: "org/repo",
  event: "pull_request",
  htmlUrl: "https://github.com/org/repo/actions/runs/9",
  pullRequests: [],
};

function job(id: number, name: string, conclusion: string, attempt = 1): JobInfo {
  return {
    id,
    name,
    attempt,
    status: "completed",
    conclusion,
    htmlUrl: "",
    steps: [{ name: "Test", number: 1, conclusion }],
  };
}

class FakeSource implements TriageSource {
  comments: IssueComment[] = [];
  reruns: number[] = [];
  logsRead: number[] = [];
  annotationCalls: number[] = [];
  nextId = 100;
  constructor(
    public run: RunInfo,
    public jobs: JobInfo[],
    public logs: Record<number, string | Error>,
    public checkAnnotations: Record<number, CheckAnnotation[]> = {},
    public me = "github-actions[bot]",
    public pr: number | null = 5,
  ) {}
  async getRun() {
    return this.run;
  }
  async listJobs(runId: number) {
    return this.history.find((h) => h.run.id === runId)?.jobs ?? this.jobs;
  }
  async *streamLog(jobId: number) {
    this.logsRead.push(jobId);
    const log = this.logs[jobId];
    if (log instanceof Error) throw log;
    yield Buffer.from(log ?? "");
  }
  async annotations(jobId: number) {
    this.annotationCalls.push(jobId);
    return this.checkAnnotations[jobId] ?? [];
  }
  async findPullRequest() {
    return this.pr ?? undefined;
  }
  async listComments() {
    return this.comments;
  }
  async createComment(_issue: number, body: string) {
    const id = this.nextId++;
    this.comments.push({ id, body, author: this.me });
    return id;
  }
  async updateComment(id: number, body: string) {
    const c = this.comments.find((x) => x.id === id);
    if (c) c.body = body;
  }
  async identity() {
    return this.me;
  }
  async rerunFailedJobs(runId: number) {
    this.reruns.push(runId);
  }
  history: Array<{ run: RunInfo; jobs: JobInfo[] }> = [];
  historyQueries: Array<[string, string, number]> = [];
  async recentRuns(file: string, branch: string, count: number) {
    this.historyQueries.push([file, branch, count]);
    return this.history.map((h) => h.run).slice(0, count);
  }
  async defaultBranch() {
    return "main";
  }
}

const INPUTS = { runId: 9, concurrency: 2, rerun: "never" as const, comment: true };

describe("triageRun", () => {
  it("analyses failure/timed_out/startup_failure, lists cancelled apart, never reads a cancelled job's log", async () => {
    const src = new FakeSource(
      RUN,
      [
        job(1, "unit", "failure"),
        job(2, "slow", "timed_out"),
        job(3, "e2e", "cancelled"),
        job(4, "ok", "success"),
      ],
      { 1: "FAILED tests/test_a.py::test_x - assert 1 == 2\n", 2: "##[error]The operation was canceled.\n" },
    );
    const report = await triageRun(INPUTS, src);
    expect(report.failed.map((f) => [f.job.name, f.result.category])).toEqual([
      ["unit", "test_failure"],
      ["slow", "timeout"], // the API's timed_out settles a log that only shows a cancellation
    ]);
    expect(report.cancelled.map((c) => c.name)).toEqual(["e2e"]);
    expect(src.logsRead.sort()).toEqual([1, 2]);
    expect(report.failed[0]?.failedStep).toBe("Test");
  });

  it("a job that passed in another attempt of the same commit is flaky, with the evidence", async () => {
    const src = new FakeSource(
      { ...RUN, attempt: 2 },
      [job(1, "unit", "success", 1), job(2, "unit", "failure", 2)],
      {
        2: "FAILED tests/test_a.py::test_x - assert 1 == 2\n",
      },
    );
    const report = await triageRun(INPUTS, src);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.result.category).toBe("flaky");
    expect(report.failed[0]?.flaky[0]).toMatch(/passed in attempt 1 and failed in attempt 2/);
  });

  it("check-run annotations are read only when the log gave no location", async () => {
    const src = new FakeSource(
      RUN,
      [job(1, "types", "failure"), job(2, "mystery", "failure")],
      { 1: "src/a.py:3: error: bad  [misc]\n", 2: "##[error]Process completed with exit code 1.\n" },
      {
        2: [{ path: "src/b.ts", startLine: 7, startColumn: 2, level: "failure", message: "x", title: null }],
      },
    );
    const report = await triageRun({ ...INPUTS, comment: false }, src);
    expect(src.annotationCalls).toEqual([2]);
    expect(report.failed[1]?.result.locations).toEqual(["src/b.ts:7:2"]);
  });

  it("annotations stay within the API budget of N + 4 calls", async () => {
    // a fork PR given by the event: jobs list + PR lookup + comments list + write = 4 extra calls already
    const logs = {
      1: "##[error]Process completed with exit code 1.\n",
      2: "##[error]Process completed with exit code 1.\n",
    };
    const src = new FakeSource(RUN, [job(1, "a", "failure"), job(2, "b", "failure")], logs);
    const report = await triageRun({ ...INPUTS, run: RUN }, src);
    expect(src.annotationCalls).toEqual([]);
    expect(report.notes.join()).toMatch(/API budget/);
  });

  it("flaky from the default branch: the same job failed and passed in recent runs there (opt-in)", async () => {
    const src = new FakeSource(RUN, [job(1, "unit", "failure"), job(2, "lint", "failure")], {
      1: "FAILED tests/test_a.py::test_x - assert 1 == 2\n",
      2: "src/a.py:1:1: F401 [*] `os` imported but unused\nFound 1 error.\n",
    });
    src.history = [
      {
        run: { ...RUN, id: 101, headBranch: "main" },
        jobs: [job(11, "unit", "success"), job(12, "lint", "success")],
      },
      {
        run: { ...RUN, id: 102, headBranch: "main" },
        jobs: [job(13, "unit", "failure"), job(14, "lint", "success")],
      },
    ];
    const off = await triageRun({ ...INPUTS, comment: false }, src);
    expect(off.failed[0]?.result.category).toBe("test_failure");
    expect(src.historyQueries).toEqual([]);
    const on = await triageRun({ ...INPUTS, comment: false, flakyHistory: 10 }, src);
    expect(src.historyQueries).toEqual([["ci.yml", "main", 10]]);
    expect(on.failed[0]?.result.category).toBe("flaky");
    expect(on.failed[0]?.flaky[0]).toMatch(/failed 1 and passed 1 time\(s\) in the last 2 runs on main/);
    expect(on.failed[1]?.result.category).toBe("ruff"); // always passed there: a real failure
  });

  it("an unreadable log is reported, not fatal", async () => {
    const src = new FakeSource(RUN, [job(1, "unit", "failure")], { 1: new Error("HTTP 410") });
    const report = await triageRun(INPUTS, src);
    expect(report.failed[0]?.logError).toBe("HTTP 410");
    expect(renderSummary(report)).toMatch(/Log unavailable/);
  });

  it("one comment: created, then updated; someone else's marker comment is left alone", async () => {
    const src = new FakeSource(RUN, [job(1, "unit", "failure")], { 1: "FAILED t.py::x\n" });
    src.comments.push({ id: 1, body: `${TRIAGE_MARKER} mine? no`, author: "octocat" });
    const first = await triageRun(INPUTS, src);
    expect(first.comment?.action).toBe("created");
    const second = await triageRun(INPUTS, src);
    expect(second.comment).toEqual({ id: first.comment?.id, action: "updated" });
    expect(src.comments).toHaveLength(2);
    expect(src.comments[0]?.body).toBe(`${TRIAGE_MARKER} mine? no`);
  });

  it("no PR: no comment, said in the notes", async () => {
    const src = new FakeSource(
      RUN,
      [job(1, "unit", "failure")],
      { 1: "x\n" },
      {},
      "github-actions[bot]",
      null,
    );
    const report = await triageRun(INPUTS, src);
    expect(report.comment).toBeUndefined();
    expect(report.notes.join()).toMatch(/no open pull request/);
  });

  it("rerun: only when every failure is of the chosen kind, and never after the first attempt", async () => {
    const infra = "##[error]The runner has received a shutdown signal.\n";
    const a = new FakeSource(RUN, [job(1, "a", "failure"), job(2, "b", "failure")], { 1: infra, 2: infra });
    expect((await triageRun({ ...INPUTS, rerun: "infrastructure" }, a)).rerun?.requested).toBe(true);
    expect(a.reruns).toEqual([9]);

    const b = new FakeSource({ ...RUN, attempt: 2 }, [job(1, "a", "failure", 2)], { 1: infra });
    const rb = await triageRun({ ...INPUTS, rerun: "infrastructure" }, b);
    expect(rb.rerun).toMatchObject({ requested: false });
    expect(b.reruns).toEqual([]);

    const c = new FakeSource(RUN, [job(1, "a", "failure"), job(2, "b", "failure")], {
      1: infra,
      2: "FAILED t.py::x\n",
    });
    expect((await triageRun({ ...INPUTS, rerun: "infrastructure" }, c)).rerun?.requested).toBe(false);
    expect(c.reruns).toEqual([]);
  });
});

describe("render", () => {
  it("the comment stays under 65,536 characters whatever the logs hold", async () => {
    const jobs = Array.from({ length: 60 }, (_, i) => job(i + 1, `job ${i} ${"<x>".repeat(300)}`, "failure"));
    const log = Array.from(
      { length: 400 },
      (_, i) => `FAILED tests/test_${i}.py::test_${"y".repeat(500)} - ${"@z ".repeat(300)}`,
    ).join("\n");
    const logs = Object.fromEntries(jobs.map((j) => [j.id, log]));
    const report = await triageRun({ ...INPUTS, comment: false }, new FakeSource(RUN, jobs, logs));
    const body = renderComment(report);
    expect(body.length).toBeLessThan(65_536);
    expect(body.startsWith(TRIAGE_MARKER)).toBe(true);
    expect(JSON.parse(reportJson(report)).failed).toHaveLength(60);
  });

  it("annotations: at most 10, only repository files", async () => {
    const log = [
      ...Array.from({ length: 20 }, (_, i) => `src/m${i}.py:${i + 1}: error: bad  [misc]`),
      '  File "/usr/lib/python3/x.py", line 3, in f',
    ].join("\n");
    const report = await triageRun(
      { ...INPUTS, comment: false },
      new FakeSource(RUN, [job(1, "t", "failure")], { 1: log }),
    );
    const a = annotationsFor(report);
    expect(a).toHaveLength(10);
    expect(a[0]).toMatchObject({ file: "src/m0.py", line: 1, level: "error" });
    expect(a.every((x) => !x.file.startsWith("/"))).toBe(true);
  });

  it("mapLimit keeps order and the limit", async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([1, 2, 3, 4, 5], 2, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await Promise.resolve();
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10]);
    expect(peak).toBe(2);
  });
});

describe("flakiness across attempts", () => {
  it("a job that passed on a LATER attempt is flaky when the older attempt is triaged", async () => {
    const src = new FakeSource(RUN, [job(1, "unit", "failure", 1), job(2, "unit", "success", 2)], {
      1: "FAILED tests/test_a.py::test_x - assert 1 == 2\n",
    });
    const report = await triageRun({ ...INPUTS, run: RUN }, src); // the event of attempt 1
    expect(report.failed[0]?.result.category).toBe("flaky");
    expect(report.failed[0]?.flaky).toEqual([
      'job "unit" passed in attempt 2 and failed in attempt 1 of the same commit',
    ]);
    expect(report.failed[0]?.result.reproduce).toBe(
      "pytest --count=10 -p random_order tests/test_a.py::test_x",
    );
    // the JSON names what proved it: the attempt that passed
    expect(report.failed[0]?.result.details.flakyEvidence).toEqual([
      {
        source: "attempt",
        attempt: 2,
        evidence: 'job "unit" passed in attempt 2 and failed in attempt 1 of the same commit',
      },
    ]);
  });

  it("otherwise says it is not known to be flaky, and what was checked", async () => {
    const one = await triageRun(
      INPUTS,
      new FakeSource(RUN, [job(1, "unit", "failure")], { 1: "FAILED t.py::a\n" }),
    );
    expect(one.failed[0]?.flakiness).toBe("not known to be flaky: attempt 1 is the only attempt of this run");
    expect(one.failed[0]?.result.details.flakyEvidence).toEqual([]);
    expect(renderSummary(one)).toContain(
      "**Flaky**: not known to be flaky: attempt 1 is the only attempt of this run",
    );
    const two = await triageRun(
      INPUTS,
      new FakeSource({ ...RUN, attempt: 2 }, [job(1, "unit", "failure", 1), job(2, "unit", "failure", 2)], {
        2: "FAILED t.py::a\n",
      }),
    );
    expect(two.failed[0]?.flakiness).toBe(
      "not known to be flaky: it passed in no attempt of this run (attempts 1, 2)",
    );
  });
});

const JUNIT = (name: string) => readFileSync(new URL(`./__fixtures__/junit/${name}`, import.meta.url));
const zipOf = (files: Record<string, Uint8Array>) => zipSync(files);

class FakeReports implements TestReportSource {
  calls: string[] = [];
  constructor(public artifacts: Array<ArtifactInfo & { zip: Uint8Array }>) {}
  async listArtifacts() {
    this.calls.push("list");
    return this.artifacts.map(({ zip: _zip, ...a }) => a);
  }
  async downloadArtifact(a: ArtifactInfo) {
    this.calls.push(`download ${a.name}`);
    const found = this.artifacts.find((x) => x.id === a.id);
    if (!found) throw new Error("gone (HTTP 410)");
    return found.zip;
  }
}

function artifact(id: number, name: string, zip: Uint8Array): ArtifactInfo & { zip: Uint8Array } {
  return {
    id,
    name,
    sizeInBytes: zip.length,
    expired: false,
    createdAt: `2026-01-01T00:00:${10 + id}Z`,
    zip,
  };
}

const PYTEST_LOG =
  "FAILED tests/test_calc.py::test_add - assert 3 == 4\n##[error]Process completed with exit code 1.\n";
const REPORTS = { testReports: { patterns: ["*junit*", "*test-results*"] } };

describe("test reports from the run's artifacts", () => {
  it("ties each report to its job by name; the report's exact tests, tool, locations and narrowed command win", async () => {
    const src = new FakeSource(RUN, [job(1, "unit", "failure"), job(2, "web", "failure")], {
      1: PYTEST_LOG,
      2: "Error: Process completed with exit code 1.\n",
    });
    const reports = new FakeReports([
      artifact(1, "junit-unit", zipOf({ "reports/pytest.xml": JUNIT("pytest-xunit2.xml") })),
      artifact(
        2,
        "web-test-results",
        zipOf({ "vitest.xml": JUNIT("vitest.xml"), "README.txt": new Uint8Array(3) }),
      ),
      artifact(3, "coverage", zipOf({ "c.xml": new Uint8Array(1) })),
    ]);
    const report = await triageRun({ ...INPUTS, ...REPORTS }, src, reports);
    const [unit, web] = report.failed;
    expect(unit?.result).toMatchObject({
      category: "test_failure",
      tool: "pytest",
      tests: [
        "tests/test_calc.py::test_add",
        "tests/test_calc.py::TestDiv::test_div[1-0]",
        "tests/test_calc.py::test_uses_fixture",
      ],
      locations: ["tests/test_calc.py:7", "app/calc.py:6", "tests/test_calc.py:26"],
      reproduce:
        "pytest tests/test_calc.py::test_add 'tests/test_calc.py::TestDiv::test_div[1-0]' tests/test_calc.py::test_uses_fixture",
    });
    expect(unit?.result.summary).toBe(
      '3 failing tests: tests/test_calc.py::test_add — assert 3 == 4 +  where 3 = add(1, 2) (JUnit report in artifact "junit-unit")',
    );
    expect(unit?.testReports).toEqual([
      expect.objectContaining({
        artifact: "junit-unit",
        files: ["reports/pytest.xml"],
        tests: 6,
        failures: 2,
        errors: 1,
        matchedBy: "name",
      }),
    ]);
    // the log said only "exit code 1": the report makes it a test failure with its exact test
    expect(web?.result).toMatchObject({
      category: "test_failure",
      tool: "vitest",
      tests: ["src/calc.test.ts > calc > add > adds <small> numbers"],
      locations: ["src/calc.test.ts:7:25"],
      reproduce: "npx vitest run src/calc.test.ts -t 'adds <small> numbers'",
    });
    expect(reports.calls.sort()).toEqual(["download junit-unit", "download web-test-results", "list"]); // not "coverage"
    const md = renderSummary(report);
    expect(md).toContain("**Tool**: <code>pytest</code>");
    expect(md).toContain("**Tests from**: the JUnit report in artifact <code>junit-unit</code>");
    expect(md).toContain("adds &#60;small&#62; numbers"); // untrusted test names escaped
    // raw only inside fenced code blocks (evidence, reproduce), where Markdown shows it as text
    expect(md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, "")).not.toContain("<small>");
    const json = JSON.parse(reportJson(report));
    expect(json.failed[0]).toMatchObject({
      tool: "pytest",
      testReports: [expect.objectContaining({ artifact: "junit-unit" })],
    });
    // one annotation per failing test, with its own message
    const notes = annotationsFor(report).map((a) => [a.file, a.line, a.message]);
    expect(notes).toContainEqual([
      "tests/test_calc.py",
      7,
      "tests/test_calc.py::test_add: assert 3 == 4 +  where 3 = add(1, 2)",
    ]);
  });

  it("no test-report artifact: the log is the source, unchanged", async () => {
    const logs = { 1: PYTEST_LOG };
    const plain = await triageRun(INPUTS, new FakeSource(RUN, [job(1, "unit", "failure")], logs));
    const reports = new FakeReports([artifact(1, "coverage", zipOf({ "c.xml": new Uint8Array(1) }))]);
    const withReports = await triageRun(
      { ...INPUTS, ...REPORTS },
      new FakeSource(RUN, [job(1, "unit", "failure")], logs),
      reports,
    );
    expect(withReports.failed[0]?.result).toEqual(plain.failed[0]?.result);
    expect(withReports.failed[0]?.testReports).toEqual([]);
    expect(reports.calls).toEqual(["list"]);
  });

  it("a corrupt zip, an entity bomb, a non-JUnit XML: each said in the notes, the log used", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><testsuite><testcase name="&b;"><failure message="&b;"/></testcase></testsuite>`;
    const reports = new FakeReports([
      artifact(1, "junit-unit", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])),
      artifact(2, "junit-unit-bomb", zipOf({ "bomb.xml": new TextEncoder().encode(bomb) })),
    ]);
    const src = new FakeSource(RUN, [job(1, "unit", "failure")], { 1: PYTEST_LOG });
    const report = await triageRun({ ...INPUTS, ...REPORTS }, src, reports);
    expect(report.failed[0]?.result.tests).toEqual(["tests/test_calc.py::test_add"]);
    expect(report.failed[0]?.testReports).toEqual([]);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^test report artifact "junit-unit" not read: corrupt zip.*; the log was used$/,
        ),
        'test report "junit-unit-bomb/bomb.xml" not read: declares a DTD (<!DOCTYPE>/<!ENTITY>); refused, nothing in it was expanded',
      ]),
    );
  });

  it("ties a report by its failing tests when the name says nothing; with no tie and several jobs, says so", async () => {
    const zip = zipOf({ "pytest.xml": JUNIT("pytest-xunit2.xml") });
    const jobs = [job(1, "lint", "failure"), job(2, "py", "failure")];
    const logs = { 1: "src/a.py:1:1: F401 unused\n", 2: PYTEST_LOG };
    const byTests = await triageRun(
      { ...INPUTS, ...REPORTS },
      new FakeSource(RUN, jobs, logs),
      new FakeReports([artifact(1, "junit", zip)]),
    );
    expect(byTests.failed[1]?.testReports[0]?.matchedBy).toBe("tests");
    expect(byTests.failed[0]?.testReports).toEqual([]);
    const none = await triageRun(
      { ...INPUTS, ...REPORTS },
      new FakeSource(RUN, jobs, { 1: "x\n", 2: "y\n" }),
      new FakeReports([artifact(1, "junit", zip)]),
    );
    expect(none.notes).toContain(
      'test report artifact "junit" matches no failed job (by name, tests, or a single failed job): not used',
    );
  });

  it("nextest: a retried test that passed is a rerun hint, not a failure; a flaky job keeps the cargo command", async () => {
    const src = new FakeSource(
      { ...RUN, attempt: 2 },
      [job(1, "rust", "success", 1), job(2, "rust", "failure", 2)],
      {
        2: "error: test run failed\n##[error]Process completed with exit code 100.\n",
      },
    );
    const reports = new FakeReports([
      artifact(1, "rust-junit", zipOf({ "target/nextest/ci/junit.xml": JUNIT("nextest.xml") })),
    ]);
    const report = await triageRun({ ...INPUTS, ...REPORTS }, src, reports);
    const rust = report.failed[0];
    expect(rust?.result).toMatchObject({ category: "flaky", tool: "cargo", tests: ["tests::adds"] });
    expect(rust?.result.details.flakyHints).toEqual(["tests::retries"]);
    expect(rust?.result.reproduce).toBe("cargo nextest run -p demo tests::adds");
    expect(renderSummary(report)).toContain(
      "**Passed on a rerun in the same job**: <code>tests::retries</code>",
    );
  });

  it("jest-junit's space-joined name gives way to the log's `file > describe > test` form of the same test", async () => {
    const log = "FAIL test/calc.test.js\n  ● calc › add › adds <small> numbers\n";
    const src = new FakeSource(RUN, [job(1, "js", "failure")], { 1: log });
    const reports = new FakeReports([artifact(1, "junit", zipOf({ "junit.xml": JUNIT("jest-junit.xml") }))]);
    const report = await triageRun({ ...INPUTS, ...REPORTS }, src, reports);
    const r = report.failed[0]?.result;
    expect(r?.tool).toBe("jest");
    expect(r?.reproduce).toBe("npx jest test/calc.test.js -t 'calc add adds <small> numbers'");
    const logForm = r?.tests.find((t) => t.includes(" › ") || t.includes(" > calc > "));
    if (logForm)
      expect(r?.tests).toEqual([logForm]); // one test, in the log's form
    else expect(r?.tests).toEqual(["test/calc.test.js > calc add adds <small> numbers"]);
  });

  it("matrix jobs: an artifact named after the matrix values ties to that job", async () => {
    const zip = zipOf({ "p.xml": JUNIT("pytest-xunit2.xml") });
    const jobs = [job(1, "test (3.11)", "failure"), job(2, "test (3.12)", "failure")];
    const src = new FakeSource(RUN, jobs, { 1: PYTEST_LOG, 2: PYTEST_LOG });
    const report = await triageRun(
      { ...INPUTS, ...REPORTS },
      src,
      new FakeReports([artifact(1, "junit-3.12", zip)]),
    );
    expect(report.failed.map((f) => f.testReports.map((t) => [t.artifact, t.matchedBy]))).toEqual([
      [],
      [["junit-3.12", "name"]],
    ]);
  });

  it("stays within 1 list + K downloads whatever the run uploaded", async () => {
    const zip = zipOf({ "p.xml": JUNIT("pytest-xunit2.xml") });
    const jobs = Array.from({ length: 6 }, (_, i) => job(i + 1, `shard ${i + 1}`, "failure"));
    const reports = new FakeReports(jobs.map((_, i) => artifact(i + 1, `junit-shard-${i + 1}`, zip)));
    const report = await triageRun(
      { ...INPUTS, ...REPORTS, comment: false },
      new FakeSource(RUN, jobs, {}),
      reports,
    );
    expect(reports.calls.length).toBe(REPORT_EXTRA_CALLS);
    expect(report.failed.filter((f) => f.testReports.length > 0)).toHaveLength(REPORT_EXTRA_CALLS - 1);
    expect(report.notes.join("\n")).toMatch(
      /3 more artifact\(s\) not read .*at most 3 per run \(API budget\)/,
    );
  });
});

describe("reportPatterns", () => {
  it("defaults when none given; refuses what cannot be an artifact name, saying why", () => {
    expect(reportPatterns([])).toEqual(["*junit*", "*test-results*", "*test-report*"]);
    expect(reportPatterns(["junit-*", "surefire?reports"])).toEqual(["junit-*", "surefire?reports"]);
    expect(() => reportPatterns(["reports/junit"])).toThrow(
      '"reports/junit" is not an artifact name pattern: use the name with * and ? wildcards (no " : < > | \\ /)',
    );
    expect(() => reportPatterns(["a:b"])).toThrow(/not an artifact name pattern/);
  });
});
