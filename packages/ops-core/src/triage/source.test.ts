// The TriageSource over the real client against the GitHub API emulator: logs streamed from the 302's
// short-lived URL, jobs of every attempt, fork PRs by head sha and repo, annotations, comments, re-runs.
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHub } from "../github/client.js";
import { gitHubTriageSource, type TriageSource } from "./source.js";

let gh: GitHubEmulator;
let source: TriageSource;
let runId = 0;
let bigJob = 0;
const LINE = "2026-01-01T00:00:00.0000000Z tests/test_a.py::test_x PASSED\n";
const SHA = "e".repeat(40);

beforeAll(async () => {
  gh = await startGitHubEmulator();
  gh.state.addRepo("someone/octo-repo");
  gh.state.addPullRequest({ number: 4, head: { sha: SHA, ref: "patch-1", repo: "someone/octo-repo" } });
  gh.state.addPullRequest({ number: 5, head: { sha: "f".repeat(40), ref: "patch-1" } });
  const run = gh.state.addWorkflowRun({
    headSha: SHA,
    headBranch: "patch-1",
    headRepo: "someone/octo-repo",
    previousAttempts: [{ conclusion: "failure" }],
  });
  runId = run.id;
  gh.state.addJob({ runId, runAttempt: 1, name: "unit", conclusion: "success", log: "ok\n" });
  bigJob = gh.state.addJob({ runId, name: "unit", conclusion: "failure", log: LINE.repeat(40_000) }).id;
  gh.state.addAnnotation({ jobId: bigJob, path: "src/a.py", startLine: 3, message: "boom" });
  const token = "ghs_sourcetest";
  source = gitHubTriageSource(await createGitHub({ token, apiUrl: gh.url }), {
    repo: { owner: "octo-org", repo: "octo-repo" },
    token,
  });
});

afterAll(async () => {
  await gh?.stop();
});

describe("gitHubTriageSource against the emulator", () => {
  it("streams a job log from the redirect, in several chunks, without the token", async () => {
    let chunks = 0;
    let bytes = 0;
    for await (const c of source.streamLog(bigJob)) {
      chunks++;
      bytes += c.byteLength;
    }
    expect(bytes).toBe(Buffer.byteLength(LINE) * 40_000);
    expect(chunks).toBeGreaterThan(1);
    const blob = gh.calls.find((c) => c.route === "/_blob");
    expect(blob?.token).toBeUndefined();
  });

  it("lists the jobs of every attempt, and reads the run", async () => {
    const jobs = await source.listJobs(runId);
    expect(jobs.map((j) => [j.name, j.attempt, j.conclusion])).toEqual([
      ["unit", 1, "success"],
      ["unit", 2, "failure"],
    ]);
    const run = await source.getRun(runId);
    expect(run).toMatchObject({
      attempt: 2,
      headSha: SHA,
      headRepository: "someone/octo-repo",
      pullRequests: [],
    });
  });

  it("finds a fork PR by head sha and head repository", async () => {
    expect(await source.findPullRequest(await source.getRun(runId))).toBe(4);
  });

  it("reads check-run annotations, writes and edits comments as github-actions[bot], re-runs failed jobs", async () => {
    expect((await source.annotations(bigJob))[0]).toMatchObject({
      path: "src/a.py",
      startLine: 3,
      message: "boom",
    });
    expect(await source.identity()).toBe("github-actions[bot]");
    const id = await source.createComment(4, "hello");
    await source.updateComment(id, "hello again");
    expect(await source.listComments(4)).toEqual([
      { id, body: "hello again", author: "github-actions[bot]" },
    ]);
    await source.rerunFailedJobs(runId);
    expect(gh.state.reruns.map((r) => r.runId)).toEqual([runId]);
  });

  it("recent runs of a workflow on a branch", async () => {
    const main = gh.state.repo().defaultBranch;
    gh.state.addWorkflowRun({ headSha: "a".repeat(40), headBranch: main });
    const runs = await source.recentRuns("ci.yml", main, 5);
    expect(runs.length).toBe(1);
    expect(runs[0]?.headBranch).toBe(main);
    expect(await source.defaultBranch()).toBe(main);
  });
});
