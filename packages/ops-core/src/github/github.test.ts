// Units with hand-written fakes behind the GitHubPort: retries, timeouts and error mapping, pagination,
// and the pure verdicts (checks, approvals, deployment outcome).
import { describe, expect, it } from "vitest";
import { CancelledError, ConfigurationError, TransientError } from "../action/errors.js";
import { type CommitCheck, combineChecks } from "./checks.js";
import { type GitHubPort, type GitHubResponse, paginate, withResilience } from "./client.js";
import { type DeploymentStatus, deploymentVerdict, isFaulty, statusDescription } from "./deployments.js";
import { approvers } from "./pulls.js";

function httpError(status: number, message = "boom"): Error {
  return Object.assign(new Error(message), { status, response: { data: { message } } });
}

/** A fake port answering from a script of results, recording routes and params. */
function scripted(results: Array<GitHubResponse<unknown> | Error>) {
  const calls: Array<{ route: string; params: Record<string, unknown> }> = [];
  const port: GitHubPort = {
    async request(route, params = {}) {
      calls.push({ route, params });
      const next = results.shift();
      if (!next) throw new Error("fake: no more results");
      if (next instanceof Error) throw next;
      return next as GitHubResponse<never>;
    },
  };
  return { port, calls };
}

const ok = (data: unknown, headers: Record<string, string> = {}): GitHubResponse<unknown> => ({
  status: 200,
  data,
  headers,
});

describe("withResilience", () => {
  it("retries idempotent GETs on 5xx and network errors with bounded jittered backoff", async () => {
    const { port, calls } = scripted([httpError(502), new TypeError("fetch failed"), ok({ fine: true })]);
    const delays: number[] = [];
    const gh = withResilience(port, {
      sleep: async (ms) => void delays.push(ms),
      random: () => 0.5,
      retry: { baseMs: 100 },
    });
    const res = await gh.request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" });
    expect(res.data).toEqual({ fine: true });
    expect(calls).toHaveLength(3);
    expect(delays).toEqual([50, 100]);
    expect(calls[0]?.params.request).toHaveProperty("signal");
  });

  it("gives up after the bound with a TransientError", async () => {
    const { port, calls } = scripted([httpError(503), httpError(503), httpError(503), ok({})]);
    const gh = withResilience(port, { sleep: async () => {}, retry: { attempts: 3 } });
    await expect(gh.request("GET /x")).rejects.toBeInstanceOf(TransientError);
    expect(calls).toHaveLength(3);
  });

  it("never retries writes, and maps 401/403-permission to configuration errors", async () => {
    const post = scripted([httpError(502), ok({})]);
    await expect(
      withResilience(post.port, { sleep: async () => {} }).request("POST /x"),
    ).rejects.toBeInstanceOf(TransientError);
    expect(post.calls).toHaveLength(1);
    const denied = scripted([httpError(403, "Resource not accessible by integration")]);
    const err = await withResilience(denied.port, {})
      .request("GET /user")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as { status: number }).status).toBe(403);
    const bad = scripted([httpError(401, "Bad credentials")]);
    await expect(withResilience(bad.port, {}).request("GET /x")).rejects.toBeInstanceOf(ConfigurationError);
  });

  it("keeps 404/422 as plain errors with their status", async () => {
    const { port } = scripted([httpError(404, "Not Found")]);
    const err = await withResilience(port, {})
      .request("GET /x")
      .catch((e: unknown) => e);
    expect((err as { status: number }).status).toBe(404);
    expect(err).not.toBeInstanceOf(TransientError);
  });

  it("stops on cancellation", async () => {
    const controller = new AbortController();
    const { port } = scripted([httpError(502), ok({})]);
    const gh = withResilience(port, { signal: controller.signal, sleep: async () => controller.abort() });
    await expect(gh.request("GET /x")).rejects.toBeInstanceOf(CancelledError);
  });
});

describe("paginate", () => {
  it("follows pages until a short page and respects maxItems", async () => {
    const page = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i);
    const { port, calls } = scripted([
      ok({ jobs: page(2, 0) }, { link: '<x>; rel="next"' }),
      ok({ jobs: page(2, 2) }, { link: '<x>; rel="next"' }),
      ok({ jobs: page(1, 4) }),
    ]);
    expect(await paginate(port, "GET /jobs", {}, { key: "jobs", perPage: 2 })).toEqual([0, 1, 2, 3, 4]);
    expect(calls.map((c) => c.params.page)).toEqual([1, 2, 3]);
    const limited = scripted([ok(page(2, 0), { link: '<x>; rel="next"' }), ok(page(2, 2))]);
    expect(await paginate(limited.port, "GET /l", {}, { perPage: 2, maxItems: 3 })).toEqual([0, 1, 2]);
  });
});

describe("pure verdicts", () => {
  const c = (name: string, state: CommitCheck["state"]): CommitCheck => ({
    name,
    kind: "check-run",
    state,
    detail: state,
    url: undefined,
  });

  it("combines checks: red wins, then pending and missing, none when empty; ignores our own check", () => {
    expect(combineChecks([c("test", "success"), c("lint", "failure")]).verdict).toBe("red");
    const pending = combineChecks([c("test", "success"), c("e2e", "pending")]);
    expect(pending).toMatchObject({ verdict: "pending", pending: ["e2e"] });
    expect(
      combineChecks([c("deploy", "pending"), c("test", "success")], { ignore: ["deploy"] }).verdict,
    ).toBe("green");
    expect(combineChecks([]).verdict).toBe("none");
    const missing = combineChecks([c("test", "success")], { required: ["test", "migrations"] });
    expect(missing).toMatchObject({ verdict: "pending", missing: ["migrations"] });
    expect(combineChecks([c("docs", "failure"), c("test", "success")], { required: ["test"] }).verdict).toBe(
      "green",
    );
  });

  it("counts a reviewer's latest deciding review", () => {
    const r = (user: string, state: string) => ({ user, state, commitId: "x", submittedAt: undefined });
    expect(
      approvers([r("a", "APPROVED"), r("b", "APPROVED"), r("b", "CHANGES_REQUESTED"), r("a", "COMMENTED")]),
    ).toEqual(["a"]);
    expect(approvers([r("a", "APPROVED"), r("a", "DISMISSED")])).toEqual([]);
  });

  it("decides a deployment's outcome from its statuses (inactive after success stays good)", () => {
    const s = (state: DeploymentStatus["state"], description = ""): DeploymentStatus => ({
      id: 1,
      state,
      description,
      logUrl: "",
      environmentUrl: "",
      createdAt: "",
    });
    expect(deploymentVerdict([s("inactive"), s("success"), s("in_progress")])).toBe("good");
    expect(deploymentVerdict([s("failure", "faulty: rolled back"), s("success")])).toBe("bad");
    expect(deploymentVerdict([s("in_progress")])).toBe("unfinished");
    expect(isFaulty([s("failure", "faulty: x")])).toBe(true);
  });

  it("keeps status descriptions within 140 characters", () => {
    const d = statusDescription(`deploy ${"x".repeat(300)}\nsecond line`);
    expect(d.length).toBe(140);
    expect(d.endsWith("…")).toBe(true);
    expect(statusDescription("short\n text")).toBe("short text");
  });
});
