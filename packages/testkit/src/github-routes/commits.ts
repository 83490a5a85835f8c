// Commit checks: check runs for a ref, combined status and statuses list, create a status, pulls for a commit.
import {
  type EmulatorRequest,
  firstPerKey,
  notFound,
  paginate,
  type Router,
  validationFailed,
} from "./router.ts";
import type { EmulatorState } from "./state.ts";

function repoOf(req: EmulatorRequest): string {
  return `${req.params.owner}/${req.params.repo}`;
}

export function registerCommitRoutes(router: Router): void {
  router.add("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", (req, ctx) => {
    const repo = repoOf(req);
    const sha = ctx.state.resolveRef(req.params.ref ?? "", repo);
    if (!ctx.state.repos.has(repo) || !sha) return notFound();
    let runs = ctx.state.checkRuns
      .filter((c) => c.repo === repo && c.sha === sha)
      .sort((a, b) => b.id - a.id);
    const name = req.query.get("check_name");
    if (name) runs = runs.filter((c) => c.name === name);
    const status = req.query.get("status");
    if (status) runs = runs.filter((c) => c.status === status);
    if ((req.query.get("filter") ?? "latest") === "latest") {
      runs = firstPerKey(runs, (c) => c.name);
    }
    return paginate(req, ctx, runs, (page, total) => ({
      total_count: total,
      check_runs: page.map((c) => ctx.state.checkRun(c as never)),
    }));
  });

  router.add("GET", "/repos/{owner}/{repo}/commits/{ref}/status", (req, ctx) => {
    const repo = repoOf(req);
    const sha = ctx.state.resolveRef(req.params.ref ?? "", repo);
    if (!ctx.state.repos.has(repo) || !sha) return notFound();
    const latest = latestStatuses(ctx.state, repo, sha);
    const states = latest.map((s) => s.state);
    const state = states.some((s) => s === "error" || s === "failure")
      ? "failure"
      : states.length === 0 || states.includes("pending")
        ? "pending"
        : "success";
    return {
      status: 200,
      body: {
        state,
        statuses: latest.map((s) => ctx.state.commitStatus(s, "simple-commit-status")),
        sha,
        total_count: latest.length,
        repository: ctx.state.repository(repo, "minimal-repository"),
        commit_url: `${ctx.url}/repos/${repo}/commits/${sha}`,
        url: `${ctx.url}/repos/${repo}/commits/${sha}/status`,
      },
    };
  });

  router.add("GET", "/repos/{owner}/{repo}/commits/{ref}/statuses", (req, ctx) => {
    const repo = repoOf(req);
    const sha = ctx.state.resolveRef(req.params.ref ?? "", repo);
    if (!ctx.state.repos.has(repo) || !sha) return notFound();
    const all = ctx.state.statuses
      .filter((s) => s.repo === repo && s.sha === sha)
      .sort((a, b) => b.id - a.id);
    return paginate(
      req,
      ctx,
      all.map((s) => ctx.state.commitStatus(s)),
    );
  });

  router.add("POST", "/repos/{owner}/{repo}/statuses/{sha}", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const b = (req.body ?? {}) as Record<string, unknown>;
    if (!["error", "failure", "pending", "success"].includes(String(b.state))) {
      return validationFailed("state is not included in the list", [
        { resource: "Status", field: "state", code: "custom", message: "state is not included in the list" },
      ]);
    }
    const s = ctx.state.addStatus({
      repo,
      sha: req.params.sha ?? "",
      context: typeof b.context === "string" ? b.context : "default",
      state: b.state as "success",
      description: typeof b.description === "string" ? b.description : undefined,
      targetUrl: typeof b.target_url === "string" ? b.target_url : undefined,
      creator: req.identity,
    });
    return { status: 201, body: ctx.state.commitStatus(s) };
  });

  router.add("GET", "/repos/{owner}/{repo}/commits/{commit_sha}/pulls", (req, ctx) => {
    const repo = repoOf(req);
    const sha = req.params.commit_sha ?? "";
    if (!ctx.state.repos.has(repo)) return notFound();
    const prs = ctx.state.pulls
      .filter((p) => p.repo === repo && (p.headSha === sha || p.mergeCommitSha === sha))
      .sort((a, b) => b.number - a.number);
    return paginate(
      req,
      ctx,
      prs.map((p) => ctx.state.pullRequest(p, "pull-request-simple")),
    );
  });
}

/** The newest status per context. */
export function latestStatuses(state: EmulatorState, repo: string, sha: string) {
  const sorted = state.statuses.filter((s) => s.repo === repo && s.sha === sha).sort((a, b) => b.id - a.id);
  return firstPerKey(sorted, (s) => s.context);
}
