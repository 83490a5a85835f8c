// End to end: the COMMITTED bundle (dist/index.js) run through the runner harness against the GitHub API
// emulator, for a fork PR's CI run on its second attempt with several failed jobs: one flaky across
// attempts, one cancelled, one whose log carries hostile lines. Asserts on the summary file, GITHUB_OUTPUT,
// the workflow commands on stdout (annotations) and the emulator's comments (one, updated, never duplicated).

import { readFileSync } from "node:fs";
import { eventPayload } from "@ops/testkit/events";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { runAction } from "@ops/testkit/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const FIXTURES = new URL("../../../packages/ops-core/src/triage/__fixtures__/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");
const MARKER = "<!-- ops:ci-triage -->";
const SHA = "c0ffee0000000000000000000000000000000001";

const HOSTILE = [
  "2026-03-02T10:00:00.0000000Z ##[group]Run mypy --strict src",
  "2026-03-02T10:00:00.0010000Z ##[endgroup]",
  "2026-03-02T10:00:01.0000000Z ::add-mask::hunter2",
  "2026-03-02T10:00:01.0010000Z ::stop-commands::pwned",
  "2026-03-02T10:00:01.0020000Z ::set-output name=categories::owned",
  '2026-03-02T10:00:01.0030000Z src/app/<img src=x onerror=alert(1)>.py:3: error: Name "x" is not defined  [name-defined]',
  "2026-03-02T10:00:01.0040000Z src/app/calc.py:6: error: @octocat look <b>here</b> ::error::fake  [return-value]",
  "2026-03-02T10:00:01.0050000Z Found 2 errors in 2 files (checked 2 source files)",
  "2026-03-02T10:00:01.0060000Z ##[error]Process completed with exit code 1.",
].join("\n");

let gh: GitHubEmulator;
let runId = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  const s = gh.state;
  s.addRepo("forker/octo-repo");
  const pr = s.addPullRequest({ number: 12, head: { sha: SHA, ref: "feature/x", repo: "forker/octo-repo" } });
  // someone else's comment holding the marker: must never be edited
  s.addIssueComment({ issueNumber: pr.number, body: `${MARKER}\nquoted by a human` });
  const run = s.addWorkflowRun({
    headSha: SHA,
    headBranch: "feature/x",
    headRepo: "forker/octo-repo",
    event: "pull_request",
    conclusion: "failure",
    pullRequests: [], // a fork PR: GitHub leaves the event's list empty
    previousAttempts: [{ conclusion: "failure" }],
  });
  runId = run.id;
  // attempt 1: the integration job passed
  s.addJob({ runId, runAttempt: 1, name: "integration", conclusion: "success", log: "ok\n" });
  s.addJob({
    runId,
    runAttempt: 1,
    name: "unit",
    conclusion: "failure",
    log: fixture("pytest-fail.raw.log"),
  });
  // attempt 2 (the current one)
  s.addJob({
    runId,
    runAttempt: 2,
    name: "unit",
    conclusion: "failure",
    steps: [{ name: "Set up job" }, { name: "Tests", conclusion: "failure" }],
    log: fixture("pytest-fail.raw.log"),
  });
  s.addJob({
    runId,
    runAttempt: 2,
    name: "integration",
    conclusion: "failure",
    steps: [{ name: "Tests", conclusion: "failure" }],
    log: fixture("vitest.raw.log"),
  });
  s.addJob({ runId, runAttempt: 2, name: "types", conclusion: "failure", log: HOSTILE });
  s.addJob({ runId, runAttempt: 2, name: "e2e", conclusion: "cancelled", log: fixture("cancelled.raw.log") });
  s.addJob({ runId, runAttempt: 2, name: "lint", conclusion: "success", log: "fine\n" });
});

afterAll(async () => {
  await gh?.stop();
});

/** Markdown outside fenced code blocks (where HTML and mentions would be live). */
function outsideCode(md: string): string {
  return md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, "");
}

function event() {
  const run = gh.state.runs.find((r) => r.id === runId);
  if (!run) throw new Error("no run");
  return eventPayload("workflow_run", "completed", {
    workflow_run: gh.state.workflowRun(run),
    repository: { full_name: "octo-org/octo-repo" },
  });
}

async function triage(inputs: Record<string, string> = {}) {
  return runAction({
    action: "ci-triage",
    env: gh.env(),
    event: event(),
    eventName: "workflow_run",
    inputs: { workflows: "CI, ci.yml", ...inputs },
    timeoutMs: 30_000,
  });
}

describe("ci-triage bundle against the emulator", () => {
  it("triages every failed job, once comments, annotates, and keeps hostile text inert", async () => {
    const before = gh.apiCalls().length;
    const r = await triage();
    expect(r.stderr).not.toMatch(/Error:|TypeError/);
    expect(r.exitCode).toBe(0);
    const calls = gh.apiCalls().length - before;
    if (process.env.SHOW_STDOUT) console.log(r.stdout, r.summary);

    // outputs
    expect(r.outputs.categories?.split(",").sort()).toEqual(["flaky", "mypy", "test_failure"]);
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.schema).toBe(1);
    const unit = report.failed.find((f: { job: string }) => f.job === "unit");
    expect(unit).toMatchObject({
      category: "test_failure",
      step: "Tests",
      locations: ["tests/test_calc.py:5"],
      tests: ["tests/test_calc.py::test_add"],
      reproduce: "pytest tests/test_calc.py::test_add",
    });
    const integration = report.failed.find((f: { job: string }) => f.job === "integration");
    expect(integration.category).toBe("flaky");
    expect(integration.flaky[0]).toMatch(/passed in attempt 1 and failed in attempt 2/);
    expect(report.cancelled).toEqual([expect.objectContaining({ job: "e2e" })]);
    expect(report.failed.map((f: { job: string }) => f.job)).not.toContain("e2e");
    expect(report.pullRequest).toBe(12);
    expect(report.comment.action).toBe("created");

    // the summary: every failed job, the checklist, cancelled reported as such; hostile text escaped
    expect(r.summary).toContain("CI issue resolved");
    expect(r.summary).toContain("tests/test_calc.py::test_add");
    expect(r.summary).toMatch(/Cancelled.*e2e/);
    const prose = outsideCode(r.summary);
    expect(prose).not.toContain("<img");
    expect(prose).not.toContain("<b>");
    expect(prose).not.toMatch(/@octocat/);
    expect(r.summary).toContain("@octocat look <b>here</b>"); // shown, but only inside a code block

    // annotations: on repository files, within the limit; the hostile message cannot end the command
    const errors = r.commands.filter((c) => c.command === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.map((e) => e.properties.file)).toContain("tests/test_calc.py");
    expect(errors.map((e) => e.properties.file)).toContain("src/app/calc.py");
    for (const e of errors) expect(e.properties.file?.startsWith("/")).toBe(false);
    // nothing from the logs became a workflow command of its own
    // (the action's own add-mask of its token is expected; none may come from a log)
    expect(r.commands.filter((c) => c.command === "add-mask").map((c) => c.data)).not.toContain("hunter2");
    expect(r.commands.map((c) => c.command)).not.toContain("stop-commands");
    expect(r.commands.map((c) => c.command)).not.toContain("set-output");
    expect(r.outputs.categories).not.toBe("owned");
    expect(r.stdout).not.toMatch(/^::add-mask::hunter2/m);

    // one comment by the action's identity, the human's marker comment untouched
    const comments = gh.state.commentsOn(12);
    const mine = comments.filter((c) => c.user.login === "github-actions[bot]");
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body.startsWith(MARKER)).toBe(true);
    expect(mine[0]?.body.length).toBeLessThan(65_536);
    expect(outsideCode(mine[0]?.body ?? "")).not.toMatch(/<img|<b>|@octocat/);
    expect(comments.find((c) => c.user.login === "octocat")?.body).toBe(`${MARKER}\nquoted by a human`);

    // API budget: N failed jobs (3) + jobs list + PR lookup (fork) + comments list + create ≤ N + 4
    expect(calls).toBeLessThanOrEqual(3 + 4);
  });

  it("a second run updates the same comment instead of adding one", async () => {
    const first = gh.state.commentsOn(12).filter((c) => c.user.login === "github-actions[bot]");
    const r = await triage();
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs.report ?? "{}").comment.action).toBe("updated");
    const mine = gh.state.commentsOn(12).filter((c) => c.user.login === "github-actions[bot]");
    expect(mine).toHaveLength(1);
    expect(mine[0]?.id).toBe(first[0]?.id);
    expect(gh.state.commentsOn(12)).toHaveLength(2);
  });

  it("flaky-history: a job that failed and passed on the default branch recently is flaky", async () => {
    const s = gh.state;
    const main = s.repo().defaultBranch;
    for (const conclusion of ["success", "failure"]) {
      const past = s.addWorkflowRun({ headSha: "d".repeat(40), headBranch: main, conclusion });
      s.addJob({ runId: past.id, name: "types", conclusion });
    }
    const r = await triage({ "flaky-history": "5", comment: "false" });
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.outputs.report ?? "{}");
    const types = report.failed.find((f: { job: string }) => f.job === "types");
    expect(types.category).toBe("flaky");
    expect(types.flaky[0]).toMatch(/failed 1 and passed 1 time\(s\) in the last 2 runs on/);
    expect(report.failed.find((f: { job: string }) => f.job === "unit").category).toBe("test_failure");
  });
});
