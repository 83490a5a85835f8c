// biome-ignore-all lint/suspicious/noExplicitAny: API responses are inspected loosely in these tests
import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventPayload } from "./events.ts";
import { type GitHubEmulator, startGitHubEmulator, workflowRunEvent } from "./github-emulator.ts";
import { fakeSha } from "./github-routes/state.ts";
import { componentSchema, conformanceErrors, responseSchema, validateSchema } from "./openapi.ts";

const BOT = "ghs_installationtoken";
const PAT = "ghp_personaltoken";
const REPO = "octo-org/octo-repo";
const SHA = fakeSha("release-2");

let gh: GitHubEmulator;

async function api(
  method: string,
  path: string,
  body?: unknown,
  token: string | null = BOT,
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${gh.url}${path}`, {
    method,
    redirect: "manual",
    headers: {
      accept: "application/vnd.github+json",
      ...(token ? { authorization: `token ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // raw
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

beforeAll(async () => {
  gh = await startGitHubEmulator();
});

afterAll(async () => {
  await gh.stop();
});

describe("auth, identity and headers", () => {
  it("requires a token and rejects bad credentials with GitHub's error shape", async () => {
    const none = await api("GET", `/repos/${REPO}`, undefined, null);
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({
      message: "Requires authentication",
      documentation_url: expect.any(String),
    });
    gh.state.addToken("ghs_revoked", null);
    expect((await api("GET", `/repos/${REPO}`, undefined, "ghs_revoked")).status).toBe(401);
    const bearer = await fetch(`${gh.url}/repos/${REPO}`, { headers: { authorization: `Bearer ${BOT}` } });
    expect(bearer.status).toBe(200);
  });

  it("answers GET /user as for an installation token (403) and a PAT (200)", async () => {
    const bot = await api("GET", "/user");
    expect(bot.status).toBe(403);
    expect(bot.body.message).toBe("Resource not accessible by integration");
    const user = await api("GET", "/user", undefined, PAT);
    expect(user.status).toBe(200);
    expect(user.body.login).toBe("octocat");
  });

  it("sends rate-limit headers and counts per token", async () => {
    const a = await api("GET", `/repos/${REPO}`);
    const b = await api("GET", `/repos/${REPO}`);
    expect(a.headers.get("x-ratelimit-limit")).toBe("5000");
    expect(Number(b.headers.get("x-ratelimit-remaining"))).toBe(
      Number(a.headers.get("x-ratelimit-remaining")) - 1,
    );
    expect(b.headers.get("x-ratelimit-resource")).toBe("core");
  });

  it("accepts the GHES /api/v3 prefix and works with @actions/github's octokit over a bare base URL", async () => {
    expect((await api("GET", `/api/v3/repos/${REPO}`)).status).toBe(200);
    const octokit = getOctokit(BOT, { baseUrl: gh.url });
    const { data } = await octokit.rest.repos.get({ owner: "octo-org", repo: "octo-repo" });
    expect(data.default_branch).toBe("main");
  });

  it("injects faults (5xx, connection reset) for retry tests", async () => {
    gh.fault({ path: /^\/repos\/octo-org\/octo-repo$/, status: 502, times: 1 });
    expect((await api("GET", `/repos/${REPO}`)).status).toBe(502);
    expect((await api("GET", `/repos/${REPO}`)).status).toBe(200);
    gh.fault({ path: /^\/repos\/octo-org\/octo-repo$/, status: 0, times: 1, reset: true });
    await expect(api("GET", `/repos/${REPO}`)).rejects.toThrow();
  });

  it("answers 404 for unknown repositories and routes", async () => {
    expect((await api("GET", "/repos/nobody/nothing")).status).toBe(404);
    expect((await api("GET", "/nope")).status).toBe(404);
  });
});

describe("commits, checks and pull requests", () => {
  it("lists check runs (latest per name) and combines statuses", async () => {
    gh.state.addCheckRun({ sha: SHA, name: "test", conclusion: "failure" });
    gh.state.addCheckRun({ sha: SHA, name: "test", conclusion: "success" });
    gh.state.addCheckRun({ sha: SHA, name: "lint", status: "in_progress" });
    gh.state.addStatus({ sha: SHA, context: "ci/legacy", state: "success" });
    const runs = await api("GET", `/repos/${REPO}/commits/${SHA}/check-runs`);
    expect(runs.status).toBe(200);
    expect(runs.body.total_count).toBe(2);
    expect(runs.body.check_runs.map((c: any) => `${c.name}:${c.status}:${c.conclusion}`).sort()).toEqual([
      "lint:in_progress:null",
      "test:completed:success",
    ]);
    const all = await api("GET", `/repos/${REPO}/commits/${SHA}/check-runs?filter=all`);
    expect(all.body.total_count).toBe(3);
    expect((await api("GET", `/repos/${REPO}/commits/${SHA}/status`)).body.state).toBe("success");
    const created = await api("POST", `/repos/${REPO}/statuses/${SHA}`, {
      state: "failure",
      context: "ci/legacy",
    });
    expect(created.status).toBe(201);
    const combined = await api("GET", `/repos/${REPO}/commits/${SHA}/status`);
    expect(combined.body).toMatchObject({ state: "failure", total_count: 1, sha: SHA });
    const list = await api("GET", `/repos/${REPO}/commits/${SHA}/statuses`);
    expect(list.body.map((s: any) => s.state)).toEqual(["failure", "success"]);
    expect((await api("GET", `/repos/${REPO}/commits/main/status`)).body.state).toBe("pending");
  });

  it("finds the merged PR of a commit, its reviews, PRs by head, and creates a PR", async () => {
    const pr = gh.state.addPullRequest({
      head: { sha: fakeSha("feature-head"), ref: "feature-x" },
      merged: true,
      mergeCommitSha: SHA,
      reviews: [{ state: "COMMENTED" }, { state: "APPROVED" }],
    });
    const forPr = gh.state.addPullRequest({
      head: { sha: fakeSha("fork"), ref: "patch-1", repo: "forker/octo-repo" },
    });
    const byCommit = await api("GET", `/repos/${REPO}/commits/${SHA}/pulls`);
    expect(byCommit.body.map((p: any) => p.number)).toEqual([pr.number]);
    const got = await api("GET", `/repos/${REPO}/pulls/${pr.number}`);
    expect(got.body).toMatchObject({ merged: true, merge_commit_sha: SHA, state: "closed" });
    const reviews = await api("GET", `/repos/${REPO}/pulls/${pr.number}/reviews`);
    expect(reviews.body.map((r: any) => r.state)).toEqual(["COMMENTED", "APPROVED"]);
    const byHead = await api("GET", `/repos/${REPO}/pulls?state=all&head=forker:patch-1`);
    expect(byHead.body.map((p: any) => p.number)).toEqual([forPr.number]);
    expect(byHead.body[0].head.repo.full_name).toBe("forker/octo-repo");
    expect((await api("GET", `/repos/${REPO}/pulls?head=octo-org:patch-1`)).body).toEqual([]);

    gh.state.setBranch("incident/2026-01-01-x", fakeSha("incident"));
    const created = await api("POST", `/repos/${REPO}/pulls`, {
      title: "Incident report",
      head: "incident/2026-01-01-x",
      base: "main",
      body: "report",
    });
    expect(created.status).toBe(201);
    expect(created.body.user.login).toBe("github-actions[bot]");
    const dup = await api("POST", `/repos/${REPO}/pulls`, {
      title: "again",
      head: "incident/2026-01-01-x",
      base: "main",
    });
    expect(dup.status).toBe(422);
    expect(
      (await api("POST", `/repos/${REPO}/pulls`, { title: "x", head: "missing", base: "main" })).status,
    ).toBe(422);
  });
});

describe("deployments", () => {
  it("creates with a versioned payload, refuses failing required contexts and long descriptions", async () => {
    const sha = fakeSha("deploy-sha");
    gh.state.setBranch("release", sha);
    gh.state.addCheckRun({ sha, name: "ci", conclusion: "failure" });
    gh.state.addCheckRun({ sha, name: "deploy", status: "in_progress" });
    const refused = await api("POST", `/repos/${REPO}/deployments`, {
      ref: "release",
      environment: "production",
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/status checks failed/);
    const refusedNamed = await api("POST", `/repos/${REPO}/deployments`, {
      ref: sha,
      required_contexts: ["ci"],
    });
    expect(refusedNamed.status).toBe(409);
    const long = await api("POST", `/repos/${REPO}/deployments`, {
      ref: sha,
      required_contexts: [],
      description: "x".repeat(141),
    });
    expect(long.status).toBe(422);
    const missing = await api("POST", `/repos/${REPO}/deployments`, {
      ref: "no-such-branch",
      required_contexts: [],
    });
    expect(missing.status).toBe(422);

    const payload = { schema: 1, kind: "deploy", sha, previousSha: null };
    const ok = await api("POST", `/repos/${REPO}/deployments`, {
      ref: "release",
      auto_merge: false,
      required_contexts: [],
      payload,
      environment: "production",
      description: "deploy release",
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      sha,
      ref: "release",
      payload,
      environment: "production",
      production_environment: true,
    });
    expect(ok.body.creator.login).toBe("github-actions[bot]");
    const fetched = await api("GET", `/repos/${REPO}/deployments/${ok.body.id}`);
    expect(fetched.body.id).toBe(ok.body.id);
    const asString = await api("POST", `/repos/${REPO}/deployments`, {
      ref: sha,
      required_contexts: [],
      payload: JSON.stringify(payload),
      environment: "staging",
    });
    expect(asString.body.payload).toEqual(payload);
    const filtered = await api("GET", `/repos/${REPO}/deployments?environment=production&sha=${sha}`);
    expect(filtered.body.map((d: any) => d.id)).toEqual([ok.body.id]);
  });

  it("records statuses newest first, limits descriptions, and applies auto_inactive like GitHub", async () => {
    const sha = fakeSha("status-sha");
    const mk = async (environment: string) =>
      (await api("POST", `/repos/${REPO}/deployments`, { ref: sha, required_contexts: [], environment })).body
        .id as number;
    const prod1 = await mk("production");
    const prod2 = await mk("production");
    const stg1 = await mk("staging-2");
    const stg2 = await mk("staging-2");
    for (const id of [prod1, stg1]) {
      expect(
        (await api("POST", `/repos/${REPO}/deployments/${id}/statuses`, { state: "success" })).status,
      ).toBe(201);
    }
    const inProgress = await api("POST", `/repos/${REPO}/deployments/${prod2}/statuses`, {
      state: "in_progress",
      log_url: "https://github.com/octo-org/octo-repo/actions/runs/1",
      description: "deploying",
    });
    expect(inProgress.body).toMatchObject({
      state: "in_progress",
      log_url: "https://github.com/octo-org/octo-repo/actions/runs/1",
    });
    await api("POST", `/repos/${REPO}/deployments/${prod2}/statuses`, { state: "success" });
    await api("POST", `/repos/${REPO}/deployments/${stg2}/statuses`, { state: "success" });
    const prod1Statuses = await api("GET", `/repos/${REPO}/deployments/${prod1}/statuses`);
    expect(prod1Statuses.body.map((s: any) => s.state)).toEqual(["success"]);
    const stg1Statuses = await api("GET", `/repos/${REPO}/deployments/${stg1}/statuses`);
    expect(stg1Statuses.body.map((s: any) => s.state)).toEqual(["inactive", "success"]);
    const one = await api("GET", `/repos/${REPO}/deployments/${stg1}/statuses/${stg1Statuses.body[1].id}`);
    expect(one.body.state).toBe("success");
    const tooLong = await api("POST", `/repos/${REPO}/deployments/${prod1}/statuses`, {
      state: "failure",
      description: "d".repeat(141),
    });
    expect(tooLong.status).toBe(422);
    expect(
      (await api("POST", `/repos/${REPO}/deployments/${prod1}/statuses`, { state: "bogus" })).status,
    ).toBe(422);
    expect((await api("GET", `/repos/${REPO}/deployments/999999`)).status).toBe(404);
  });
});

describe("git refs and contents", () => {
  it("gets and creates branch refs; refuses duplicates", async () => {
    const main = await api("GET", `/repos/${REPO}/git/ref/heads/main`);
    expect(main.status).toBe(200);
    expect(main.body.ref).toBe("refs/heads/main");
    const sha = fakeSha("faulty");
    const created = await api("POST", `/repos/${REPO}/git/refs`, {
      ref: "refs/heads/hotfix/bad-release",
      sha,
    });
    expect(created.status).toBe(201);
    expect((await api("GET", `/repos/${REPO}/git/ref/heads/hotfix/bad-release`)).body.object.sha).toBe(sha);
    expect(
      (await api("POST", `/repos/${REPO}/git/refs`, { ref: "refs/heads/hotfix/bad-release", sha })).status,
    ).toBe(422);
    expect((await api("GET", `/repos/${REPO}/git/ref/heads/nope`)).status).toBe(404);
  });

  it("commits a file to a branch (create, then update with its sha)", async () => {
    const content = Buffer.from("# Incident\n").toString("base64");
    const path = "docs/INCIDENTS/2026-01-01-bad.md";
    const first = await api("PUT", `/repos/${REPO}/contents/${path}`, {
      message: "add report",
      content,
      branch: "hotfix/bad-release",
    });
    expect(first.status).toBe(201);
    expect(first.body.content.path).toBe(path);
    expect(gh.state.repo().files.get(`hotfix/bad-release:${path}`)?.content).toBe("# Incident\n");
    expect(
      (
        await api("PUT", `/repos/${REPO}/contents/${path}`, {
          message: "again",
          content,
          branch: "hotfix/bad-release",
        })
      ).status,
    ).toBe(422);
    const update = await api("PUT", `/repos/${REPO}/contents/${path}`, {
      message: "update",
      content,
      branch: "hotfix/bad-release",
      sha: first.body.content.sha,
    });
    expect(update.status).toBe(200);
    expect(gh.state.repo().branches.get("hotfix/bad-release")).toBe(update.body.commit.sha);
  });
});

describe("actions: runs, jobs, logs, re-runs, annotations", () => {
  it("serves runs, attempts, paginated jobs with steps, logs by redirect, annotations, re-runs", async () => {
    const run = gh.state.addWorkflowRun({
      headSha: SHA,
      headBranch: "feature-x",
      event: "pull_request",
      conclusion: "failure",
      previousAttempts: [{ conclusion: "failure" }],
      pullRequests: [1],
    });
    const other = gh.state.addWorkflowRun({
      headSha: fakeSha("other"),
      conclusion: "success",
      event: "push",
    });
    gh.state.addJob({ runId: run.id, runAttempt: 1, name: "test", conclusion: "failure" });
    const jobs = Array.from({ length: 35 }, (_, i) =>
      gh.state.addJob({
        runId: run.id,
        name: `job ${i}`,
        conclusion: i === 0 ? "failure" : "success",
        steps: [{ name: "Set up job" }, { name: "Run tests", conclusion: i === 0 ? "failure" : "success" }],
        log:
          i === 0
            ? "\uFEFF2026-01-01T00:00:00.0000000Z ##[group]Run pytest\nFAILED tests/test_x.py::test_a\n"
            : undefined,
      }),
    );
    gh.state.addAnnotation({
      jobId: jobs[0]?.id ?? 0,
      path: "tests/test_x.py",
      startLine: 3,
      message: "assert 1 == 2",
    });

    const got = await api("GET", `/repos/${REPO}/actions/runs/${run.id}`);
    expect(got.body).toMatchObject({ id: run.id, run_attempt: 2, conclusion: "failure", head_sha: SHA });
    expect(got.body.pull_requests[0].number).toBe(1);
    const attempt1 = await api("GET", `/repos/${REPO}/actions/runs/${run.id}/attempts/1`);
    expect(attempt1.body.run_attempt).toBe(1);
    expect((await api("GET", `/repos/${REPO}/actions/runs/${run.id}/attempts/3`)).status).toBe(404);

    const failed = await api(
      "GET",
      `/repos/${REPO}/actions/runs?status=failure&event=pull_request&per_page=1`,
    );
    expect(failed.body.workflow_runs.map((r: any) => r.id)).toContain(run.id);
    const bySha = await api("GET", `/repos/${REPO}/actions/runs?head_sha=${other.headSha}`);
    expect(bySha.body.workflow_runs.map((r: any) => r.id)).toEqual([other.id]);
    const byWorkflow = await api("GET", `/repos/${REPO}/actions/workflows/ci.yml/runs?branch=main`);
    expect(byWorkflow.body.workflow_runs.map((r: any) => r.id)).toContain(other.id);

    const page1 = await api("GET", `/repos/${REPO}/actions/runs/${run.id}/jobs?per_page=30`);
    expect(page1.body.total_count).toBe(35);
    expect(page1.body.jobs).toHaveLength(30);
    expect(page1.headers.get("link")).toMatch(/page=2>; rel="next"/);
    expect(page1.body.jobs[0].steps.map((s: any) => s.name)).toEqual(["Set up job", "Run tests"]);
    const page2 = await api("GET", `/repos/${REPO}/actions/runs/${run.id}/jobs?per_page=30&page=2`);
    expect(page2.body.jobs).toHaveLength(5);
    expect(page2.headers.get("link")).toMatch(/rel="prev"/);
    const allJobs = await api("GET", `/repos/${REPO}/actions/runs/${run.id}/jobs?filter=all&per_page=100`);
    expect(allJobs.body.total_count).toBe(36);
    const a1Jobs = await api("GET", `/repos/${REPO}/actions/runs/${run.id}/attempts/1/jobs`);
    expect(a1Jobs.body.jobs.map((j: any) => j.name)).toEqual(["test"]);
    expect((await api("GET", `/repos/${REPO}/actions/jobs/${jobs[0]?.id}`)).body.name).toBe("job 0");

    const redirect = await api("GET", `/repos/${REPO}/actions/jobs/${jobs[0]?.id}/logs`);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("location") ?? "";
    const blob = await fetch(location);
    expect(await blob.text()).toContain("FAILED tests/test_x.py::test_a");
    expect((await fetch(location.replace(/_blob\/\w+/, "_blob/deadbeef"))).status).toBe(403);
    expect((await api("GET", `/repos/${REPO}/actions/jobs/${jobs[1]?.id}/logs`)).status).toBe(404);
    expect(gh.calls.find((c) => c.path.startsWith("/_blob/"))?.api).toBe(false);

    const ann = await api("GET", `/repos/${REPO}/check-runs/${jobs[0]?.id}/annotations`);
    expect(ann.body).toEqual([
      expect.objectContaining({ path: "tests/test_x.py", start_line: 3, annotation_level: "failure" }),
    ]);

    const rerun = await api("POST", `/repos/${REPO}/actions/runs/${run.id}/rerun-failed-jobs`);
    expect(rerun.status).toBe(201);
    expect(gh.state.reruns).toEqual([{ runId: run.id, attempt: 3, by: "github-actions[bot]" }]);
    expect((await api("GET", `/repos/${REPO}/actions/runs/${run.id}`)).body).toMatchObject({
      run_attempt: 3,
      status: "queued",
    });
    expect((await api("POST", `/repos/${REPO}/actions/runs/${run.id}/rerun-failed-jobs`)).status).toBe(403);
  });

  it("lists a run's artifacts and serves each zip by 302 to a blob URL that refuses the token", async () => {
    const run = gh.state.addWorkflowRun({ headSha: SHA, conclusion: "failure" });
    const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]); // an empty zip
    const junit = gh.state.addArtifact({ runId: run.id, name: "junit-unit", zip });
    const old = gh.state.addArtifact({ runId: run.id, name: "coverage", zip, expired: true });
    const list = await api("GET", `/repos/${REPO}/actions/runs/${run.id}/artifacts?per_page=100`);
    expect(list.status).toBe(200);
    expect(list.body.total_count).toBe(2);
    expect(list.body.artifacts.map((a: any) => [a.name, a.size_in_bytes, a.expired])).toEqual([
      ["coverage", 22, true],
      ["junit-unit", 22, false],
    ]);
    expect(list.body.artifacts[1].archive_download_url).toMatch(
      new RegExp(`/actions/artifacts/${junit.id}/zip$`),
    );
    expect(list.body.artifacts[1].workflow_run).toMatchObject({ id: run.id, head_sha: SHA });
    const named = await api("GET", `/repos/${REPO}/actions/runs/${run.id}/artifacts?name=junit-unit`);
    expect(named.body.artifacts.map((a: any) => a.id)).toEqual([junit.id]);
    expect((await api("GET", `/repos/${REPO}/actions/runs/999999/artifacts`)).status).toBe(404);

    const redirect = await api("GET", `/repos/${REPO}/actions/artifacts/${junit.id}/zip`);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("location") ?? "";
    const withToken = await fetch(location, { headers: { authorization: `token ${BOT}` } });
    expect(withToken.status).toBe(400);
    expect(await withToken.text()).toContain("InvalidAuthenticationInfo");
    const blob = await fetch(location);
    expect(blob.status).toBe(200);
    expect(blob.headers.get("content-type")).toBe("application/zip");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(zip);
    expect((await api("GET", `/repos/${REPO}/actions/artifacts/${old.id}/zip`)).status).toBe(410);
    expect((await api("GET", `/repos/${REPO}/actions/artifacts/${junit.id}/tar`)).status).toBe(404);
  });

  it("follows the job-log redirect through octokit", async () => {
    const run = gh.state.addWorkflowRun({ headSha: SHA });
    const job = gh.state.addJob({ runId: run.id, name: "lint", conclusion: "failure", log: "ruff: F401\n" });
    const octokit = getOctokit(BOT, { baseUrl: gh.url });
    const res = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
      owner: "octo-org",
      repo: "octo-repo",
      job_id: job.id,
    });
    expect(String(res.data)).toContain("F401");
  });
});

describe("issue comments", () => {
  it("creates as the token's identity, lists paginated, gets, updates, and refuses oversize bodies", async () => {
    gh.state.addIssueComment({ issueNumber: 7, body: "<!-- ci-triage --> by a human" });
    for (let i = 0; i < 3; i++) await api("POST", `/repos/${REPO}/issues/7/comments`, { body: `bot ${i}` });
    const page = await api("GET", `/repos/${REPO}/issues/7/comments?per_page=2`);
    expect(page.body.map((c: any) => c.user.login)).toEqual(["octocat", "github-actions[bot]"]);
    expect(page.body[1].user.type).toBe("Bot");
    expect(page.headers.get("link")).toMatch(/rel="last"/);
    const id = page.body[1].id;
    const patched = await api("PATCH", `/repos/${REPO}/issues/comments/${id}`, { body: "updated" });
    expect(patched.body.body).toBe("updated");
    expect((await api("GET", `/repos/${REPO}/issues/comments/${id}`)).body.body).toBe("updated");
    expect((await api("POST", `/repos/${REPO}/issues/7/comments`, { body: "x".repeat(65_537) })).status).toBe(
      422,
    );
    const byPat = await api("POST", `/repos/${REPO}/issues/7/comments`, { body: "pat" }, PAT);
    expect(byPat.body.user.login).toBe("octocat");
  });
});

describe("real event payloads", () => {
  it("gives a workflow_run completed payload with overrides", () => {
    const ev = eventPayload<any>("workflow_run", "completed", {
      workflow_run: { conclusion: "failure", pull_requests: [] },
    });
    expect(ev.action).toBe("completed");
    expect(ev.workflow_run.conclusion).toBe("failure");
    expect(ev.workflow_run.pull_requests).toEqual([]);
    expect(ev.repository.full_name).toEqual(expect.any(String));
    expect(eventPayload<any>("push").ref).toMatch(/^refs\//);
    expect(eventPayload<any>("pull_request", "opened").pull_request.number).toEqual(expect.any(Number));
    expect(() => eventPayload("workflow_run", "bogus")).toThrow(/have: /);
  });

  it("describes an emulator run as a workflow_run event (fork PR: empty pull_requests, fork head repo)", () => {
    const run = gh.state.addWorkflowRun({
      headSha: SHA,
      headRepo: "forker/octo-repo",
      headBranch: "patch-1",
      event: "pull_request",
    });
    const ev = workflowRunEvent(gh, run) as any;
    expect(ev.action).toBe("completed");
    expect(ev.workflow_run).toMatchObject({
      id: run.id,
      head_sha: SHA,
      conclusion: "failure",
      pull_requests: [],
    });
    expect(ev.workflow_run.head_repository.full_name).toBe("forker/octo-repo");
    expect(ev.repository.full_name).toBe(REPO);
    expect(ev.sender.login).toEqual(expect.any(String));
  });
});

describe("conformance with GitHub's OpenAPI description", () => {
  it("the validator catches wrong types, missing fields and bad enums", () => {
    const user = componentSchema("simple-user");
    expect(validateSchema(user, { login: 1 }).length).toBeGreaterThan(3);
    const dep = responseSchema("POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", 201);
    expect(dep).not.toBeNull();
    expect(validateSchema(dep ?? {}, { state: "nope" }).some((e) => e.includes("enum"))).toBe(true);
    const bad = conformanceErrors([
      {
        method: "POST",
        route: "/repos/{owner}/{repo}/deployments",
        status: 201,
        requestBody: { ref: 5 },
        responseBody: {},
      },
    ]).join("\n");
    expect(bad).toContain("request:");
    expect(bad).toContain("$.ref: expected string");
    expect(bad).toContain("response:");
  });

  it("every response the emulator gave in this file matches its operation's schema, and every route was exercised", () => {
    const failures = gh.conformance();
    const checked = gh.calls.filter((c) => c.route && c.api).length;
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(50);
    const exercised = new Set(
      gh.calls.filter((c) => c.status >= 200 && c.status < 400).map((c) => `${c.method} ${c.route}`),
    );
    const missing = gh.router.routes.map((r) => `${r.method} ${r.template}`).filter((r) => !exercised.has(r));
    expect(missing).toEqual([]);
  });
});
