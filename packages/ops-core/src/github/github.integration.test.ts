// The typed clients against the GitHub API emulator (real HTTP, real octokit via @actions/github).
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { fakeSha } from "@ops/testkit/github-routes/state";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TransientError } from "../action/errors.js";
import {
  type ArtifactInfo,
  downloadArtifactZip,
  gitHubTestReportSource,
  listRunArtifacts,
  unzipEntries,
} from "./artifacts.js";
import { commitChecks } from "./checks.js";
import { createGitHub, type GitHubPort, type RepoRef } from "./client.js";
import { commentMarker, tokenIdentity, upsertStickyComment } from "./comments.js";
import {
  createDeployment,
  lastKnownGood,
  listDeploymentStatuses,
  listDeployments,
  markFaulty,
  markInactive,
  setDeploymentStatus,
} from "./deployments.js";
import { branchHead, createBranch, defaultBranch, putFile } from "./git.js";
import { downloadJobLog, readAll } from "./logs.js";
import {
  approvingReviewers,
  createPullRequest,
  findPullRequestByHead,
  pullRequestForCommit,
} from "./pulls.js";
import { releaseGitHub } from "./release-port.js";
import {
  getRun,
  getRunAttempt,
  jobFailed,
  listAnnotations,
  listJobs,
  listRuns,
  rerunFailedJobs,
} from "./runs.js";

const repo: RepoRef = { owner: "octo-org", repo: "octo-repo" };
let em: GitHubEmulator;
let gh: GitHubPort;
const masked: string[] = [];

beforeAll(async () => {
  em = await startGitHubEmulator();
  gh = await createGitHub({
    token: "ghs_integrationtoken",
    apiUrl: em.url,
    setSecret: (v) => masked.push(v),
    retry: { baseMs: 1 },
    timeoutMs: 5_000,
  });
});
afterAll(async () => {
  await em.stop();
});

describe("artifacts", () => {
  it("lists a run's artifacts and downloads a zip through the 302 without the token; expired is gone", async () => {
    const run = em.state.addWorkflowRun({ headSha: fakeSha("artifacts"), conclusion: "failure" });
    const zip = zipSync({ "junit.xml": new TextEncoder().encode("<testsuite/>") });
    em.state.addArtifact({ runId: run.id, name: "junit-unit", zip });
    em.state.addArtifact({ runId: run.id, name: "old", zip, expired: true });
    const before = em.apiCalls().length;
    const listed = await listRunArtifacts(gh, repo, run.id);
    expect(listed.map((a) => [a.name, a.sizeInBytes, a.expired])).toEqual([
      ["old", zip.length, true],
      ["junit-unit", zip.length, false],
    ]);
    const source = gitHubTestReportSource(gh, repo);
    const got = await source.downloadArtifact(listed[1] as ArtifactInfo);
    expect(unzipEntries(got, () => true).entries.map((e) => e.name)).toEqual(["junit.xml"]);
    // the blob refuses a forwarded token: a 200 proves none was sent
    expect(em.calls.filter((c) => c.route === "/_blob").map((c) => c.status)).toEqual([200]);
    expect(em.apiCalls().length - before).toBe(2);
    await expect(
      downloadArtifactZip(gh, repo, { ...(listed[0] as ArtifactInfo), expired: false }),
    ).rejects.toThrow("gone (HTTP 410)");
    expect(em.conformance()).toEqual([]);
  });
});

describe("client", () => {
  it("masks the token, reads the repo, retries a 502 on GET", async () => {
    expect(masked).toEqual(["ghs_integrationtoken"]);
    em.fault({ path: /^\/repos\/octo-org\/octo-repo$/, status: 502, times: 1 });
    expect(await defaultBranch(gh, repo)).toBe("main");
    em.fault({ path: /^\/repos\/octo-org\/octo-repo$/, status: 503, times: 3 });
    await expect(defaultBranch(gh, repo)).rejects.toBeInstanceOf(TransientError);
    em.calls.length = 0;
  });

  it("retries a reset connection", async () => {
    em.fault({ path: /^\/repos\/octo-org\/octo-repo$/, status: 0, times: 1, reset: true });
    expect(await defaultBranch(gh, repo)).toBe("main");
  });
});

describe("deployments", () => {
  it("records deploys, marks earlier ones inactive explicitly, and finds the last known good", async () => {
    const shas = [fakeSha("r1"), fakeSha("r2"), fakeSha("r3")];
    const ids: number[] = [];
    for (const sha of shas) {
      const d = await createDeployment(gh, repo, {
        ref: sha,
        environment: "production",
        payload: { schema: 1, kind: "deploy", sha },
        description: `deploy ${sha}`,
      });
      ids.push(d.id);
      await setDeploymentStatus(gh, repo, d.id, {
        state: "in_progress",
        description: "deploying",
        logUrl: "https://github.com/o/r/actions/runs/1",
      });
      await setDeploymentStatus(gh, repo, d.id, { state: "success", description: "deployed" });
      await markInactive(gh, repo, { environment: "production", exceptId: d.id });
    }
    const [d1, d2, d3] = ids as [number, number, number];
    expect((await listDeploymentStatuses(gh, repo, d1)).map((s) => s.state)).toEqual([
      "inactive",
      "success",
      "in_progress",
    ]);
    expect(em.state.deployments.find((d) => d.id === d3)?.autoMerge).toBe(false);
    expect(em.state.deployments.find((d) => d.id === d3)?.requiredContexts).toEqual([]);

    // Newest is d3; the last good older than it is d2 (inactive after success is still good).
    expect(
      (await lastKnownGood(gh, repo, { environment: "production", olderThanId: d3 }))?.deployment.id,
    ).toBe(d2);
    await markFaulty(gh, repo, d2, "rolled back by run 7");
    const lkg = await lastKnownGood(gh, repo, { environment: "production", olderThanId: d3 });
    expect(lkg?.deployment.id).toBe(d1);
    expect(lkg?.deployment.payload).toEqual({ schema: 1, kind: "deploy", sha: shas[0] });
    expect((await listDeployments(gh, repo, { environment: "production" })).map((d) => d.id)).toEqual([
      d3,
      d2,
      d1,
    ]);
    expect(await lastKnownGood(gh, repo, { environment: "staging" })).toBeUndefined();
  });

  it("surfaces GitHub's 409 when required contexts are red", async () => {
    const sha = fakeSha("red");
    em.state.addCheckRun({ sha, name: "test", conclusion: "failure" });
    const err = await createDeployment(gh, repo, {
      ref: sha,
      environment: "production",
      payload: { schema: 1 },
      description: "x",
      requiredContexts: ["test"],
    }).catch((e: unknown) => e);
    expect((err as { status: number }).status).toBe(409);
  });
});

describe("checks and pull requests", () => {
  it("combines check runs and statuses, ignoring the deploy workflow's own check", async () => {
    const sha = fakeSha("checks");
    em.state.addCheckRun({ sha, name: "test" });
    em.state.addCheckRun({ sha, name: "deploy", status: "in_progress" });
    em.state.addStatus({ sha, context: "migrations", state: "pending" });
    expect(await commitChecks(gh, repo, sha, { ignore: ["deploy"] })).toMatchObject({
      verdict: "pending",
      pending: ["migrations"],
    });
    em.state.addStatus({ sha, context: "migrations", state: "success" });
    expect((await commitChecks(gh, repo, sha, { ignore: ["deploy"] })).verdict).toBe("green");
    em.state.addCheckRun({ sha, name: "lint", conclusion: "timed_out" });
    expect(await commitChecks(gh, repo, sha, { ignore: ["deploy"] })).toMatchObject({
      verdict: "red",
      failing: ["lint"],
    });
  });

  it("finds the merged PR of a commit with its approvals, and a fork PR by head", async () => {
    const merge = fakeSha("merge-commit");
    const pr = em.state.addPullRequest({
      head: { sha: fakeSha("head") },
      merged: true,
      mergeCommitSha: merge,
      reviews: [{ state: "APPROVED", user: { login: "alice", id: 1, type: "User", kind: "pat" } }],
    });
    const found = await pullRequestForCommit(gh, repo, merge);
    expect(found).toMatchObject({ number: pr.number, merged: true });
    expect(await approvingReviewers(gh, repo, pr.number)).toEqual(["alice"]);
    expect(await pullRequestForCommit(gh, repo, fakeSha("nothing"))).toBeUndefined();

    const forkSha = fakeSha("fork-head");
    const fork = em.state.addPullRequest({
      head: { sha: forkSha, ref: "patch-1", repo: "forker/octo-repo" },
    });
    const byHead = await findPullRequestByHead(gh, repo, {
      headSha: forkSha,
      headOwner: "forker",
      headBranch: "patch-1",
    });
    expect(byHead).toMatchObject({ number: fork.number, headRepo: "forker/octo-repo" });
    expect((await findPullRequestByHead(gh, repo, { headSha: forkSha }))?.number).toBe(fork.number);
  });

  it("creates a hotfix branch, commits the incident report and opens its PR", async () => {
    const sha = fakeSha("faulty-release");
    expect(await createBranch(gh, repo, "hotfix/bad", sha)).toBe(true);
    expect(await createBranch(gh, repo, "hotfix/bad", sha)).toBe(false);
    expect(await branchHead(gh, repo, "hotfix/bad")).toBe(sha);
    expect(await branchHead(gh, repo, "nope")).toBeUndefined();
    const main = (await branchHead(gh, repo, "main")) ?? "";
    await createBranch(gh, repo, "incident/2026-01-01-bad", main);
    const put = await putFile(gh, repo, {
      path: "docs/INCIDENTS/2026-01-01-bad.md",
      content: "# Incident\n",
      message: "incident report",
      branch: "incident/2026-01-01-bad",
    });
    expect(put.commitSha).toMatch(/^[0-9a-f]{40}$/);
    const pr = await createPullRequest(gh, repo, {
      title: "Incident",
      head: "incident/2026-01-01-bad",
      base: "main",
      body: "see",
    });
    expect(pr.url).toContain("/pull/");
    expect(
      em.state.repo().files.get("incident/2026-01-01-bad:docs/INCIDENTS/2026-01-01-bad.md")?.content,
    ).toBe("# Incident\n");
  });
});

describe("runs, jobs, logs and comments", () => {
  it("reads a failed run's jobs across pages, streams a log with a cap, reads annotations, re-runs", async () => {
    const run = em.state.addWorkflowRun({
      headSha: fakeSha("ci"),
      previousAttempts: [{ conclusion: "success" }],
    });
    const big = `${"x".repeat(1000)}\n`.repeat(300); // 300 kB
    const jobs = Array.from({ length: 120 }, (_, i) =>
      em.state.addJob({
        runId: run.id,
        name: `job ${i}`,
        conclusion: i % 40 === 0 ? "failure" : i === 1 ? "cancelled" : "success",
        log: i === 0 ? big : "short log\n",
      }),
    );
    em.state.addAnnotation({ jobId: jobs[0]?.id ?? 0, path: "src/a.py", startLine: 4, message: "E501" });
    expect((await getRun(gh, repo, run.id)).runAttempt).toBe(2);
    expect((await getRunAttempt(gh, repo, run.id, 1)).conclusion).toBe("success");
    const listed = await listJobs(gh, repo, run.id);
    expect(listed).toHaveLength(120);
    expect(listed.filter(jobFailed).map((j) => j.name)).toEqual(["job 0", "job 40", "job 80"]);
    expect(await listJobs(gh, repo, run.id, { attempt: 1 })).toEqual([]);
    expect((await listRuns(gh, repo, { headSha: fakeSha("ci") })).map((r) => r.id)).toEqual([run.id]);

    const small = await downloadJobLog(gh, repo, jobs[2]?.id ?? 0);
    expect(small && (await readAll(small))).toBe("short log\n");
    const capped = await downloadJobLog(gh, repo, jobs[0]?.id ?? 0, { maxBytes: 100_000 });
    if (!capped) throw new Error("no log");
    let bytes = 0;
    for await (const chunk of capped.chunks) bytes += chunk.length;
    expect(bytes).toBe(100_000);
    expect(capped.truncated()).toBe(true);
    const none = em.state.addJob({ runId: run.id, name: "no log", conclusion: "failure" });
    expect(await downloadJobLog(gh, repo, none.id)).toBeUndefined();

    expect(await listAnnotations(gh, repo, jobs[0]?.id ?? 0)).toEqual([
      expect.objectContaining({ path: "src/a.py", startLine: 4, message: "E501", level: "failure" }),
    ]);
    await rerunFailedJobs(gh, repo, run.id);
    expect(em.state.reruns.map((r) => r.runId)).toEqual([run.id]);
  });

  it("keeps one sticky comment, editing only our own, for the token's identity", async () => {
    expect(await tokenIdentity(gh)).toBe("github-actions[bot]");
    const marker = commentMarker("ci-triage");
    em.state.addIssueComment({ issueNumber: 42, body: `quoting the bot\n${marker}` });
    const first = await upsertStickyComment(gh, repo, { issueNumber: 42, marker, body: "report v1" });
    expect(first.action).toBe("created");
    const second = await upsertStickyComment(gh, repo, { issueNumber: 42, marker, body: "report v2" });
    expect(second).toMatchObject({ action: "updated", id: first.id });
    const third = await upsertStickyComment(gh, repo, {
      issueNumber: 42,
      marker,
      body: "report v2",
      identity: "github-actions[bot]",
    });
    expect(third.action).toBe("unchanged");
    const comments = em.state.commentsOn(42);
    expect(comments).toHaveLength(2);
    expect(comments[0]?.body).toBe(`quoting the bot\n${marker}`);
    expect(comments[1]?.body).toContain("report v2");
    const huge = await upsertStickyComment(gh, repo, {
      issueNumber: 43,
      marker,
      body: "y".repeat(100_000),
      identity: "github-actions[bot]",
    });
    expect(huge.action).toBe("created");
    expect(em.state.commentsOn(43)[0]?.body.length).toBeLessThanOrEqual(65_536);
    expect(em.state.commentsOn(43)[0]?.body).toContain(marker);
  });
});

describe("the release engines' port over these clients", () => {
  it("implements ReleaseGitHub against the emulator", async () => {
    const port = releaseGitHub(gh, repo);
    const sha = fakeSha("release-port");
    em.state.addRepo("octo-org/releases", { defaultBranch: "master", headSha: sha });
    const rrepo = { owner: "octo-org", repo: "releases" };
    const rp = releaseGitHub(gh, rrepo);
    expect(await rp.branchHead("master")).toBe(sha);
    await expect(rp.branchHead("nope")).rejects.toThrow(/does not exist/);
    const { id } = await rp.createDeployment({
      sha,
      environment: "production",
      payload: { kind: "deploy", sha },
      description: "deploy",
    });
    await rp.setDeploymentStatus(id, {
      state: "in_progress",
      description: "x".repeat(300),
      logUrl: "https://github.com/r/1",
      environment: "production",
    });
    await rp.setDeploymentStatus(id, {
      state: "success",
      description: "ok",
      logUrl: "",
      environment: "production",
    });
    const [view] = await rp.listDeployments("production");
    expect(view).toMatchObject({ id, sha, payload: { schema: 1, kind: "deploy", sha } });
    expect(view?.statuses.map((s) => s.state)).toEqual(["success", "in_progress"]);
    expect(view?.statuses[1]?.description.length).toBe(140);

    em.state.addPullRequest({
      repo: "octo-org/releases",
      head: { sha: fakeSha("rp-head") },
      merged: true,
      mergeCommitSha: sha,
      reviews: [{ state: "APPROVED", user: { login: "bob", id: 2, type: "User", kind: "pat" } }],
    });
    expect(await rp.pullRequestForCommit(sha)).toMatchObject({ merged: true, approvedBy: ["bob"] });
    em.state.addCheckRun({ repo: "octo-org/releases", sha, name: "test" });
    em.state.addStatus({ repo: "octo-org/releases", sha, context: "migrations", state: "pending" });
    expect((await rp.commitChecks(sha)).map((c) => `${c.name}:${c.state}`)).toEqual([
      "test:success",
      "migrations:pending",
    ]);
    await rp.createBranch("hotfix/x", sha);
    const url = await rp.proposeFile({
      base: "master",
      branch: "incident/x",
      path: "docs/INCIDENTS/x.md",
      content: "# x\n",
      title: "Incident x",
      body: "b",
    });
    expect(url).toMatch(/\/octo-org\/releases\/pull\/\d+$/);
    expect(em.state.repo("octo-org/releases").files.get("incident/x:docs/INCIDENTS/x.md")?.content).toBe(
      "# x\n",
    );
    expect(port).toBeDefined();
  });
});

describe("conformance", () => {
  it("every request these clients sent and every answer matched GitHub's OpenAPI description", () => {
    expect(em.conformance()).toEqual([]);
  });
});
