// Orchestration of a run's triage over a hand-written fake of the TriageSource port.
import { describe, expect, it } from "vitest";
import { annotationsFor, renderComment, renderSummary, reportJson, TRIAGE_MARKER } from "./render.js";
import { mapLimit, triageRun } from "./run.js";
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
