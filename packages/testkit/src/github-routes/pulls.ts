// Pull requests: get, list (state/head/base filters), create, reviews.
import { type EmulatorRequest, notFound, paginate, type Router, validationFailed } from "./router.ts";

function repoOf(req: EmulatorRequest): string {
  return `${req.params.owner}/${req.params.repo}`;
}

export function registerPullRoutes(router: Router): void {
  router.add("GET", "/repos/{owner}/{repo}/pulls", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const state = req.query.get("state") ?? "open";
    const head = req.query.get("head"); // "owner:branch"
    const base = req.query.get("base");
    const prs = ctx.state.pulls
      .filter((p) => p.repo === repo)
      .filter((p) => state === "all" || p.state === state)
      .filter((p) => {
        if (!head) return true;
        const [owner, branch] = head.includes(":") ? head.split(":", 2) : [undefined, head];
        return p.headRef === branch && (!owner || p.headRepo.split("/")[0] === owner);
      })
      .filter((p) => !base || p.baseRef === base)
      .sort((a, b) => b.number - a.number);
    return paginate(
      req,
      ctx,
      prs.map((p) => ctx.state.pullRequest(p, "pull-request-simple")),
    );
  });

  router.add("GET", "/repos/{owner}/{repo}/pulls/{pull_number}", (req, ctx) => {
    const repo = repoOf(req);
    const p = ctx.state.pulls.find((x) => x.repo === repo && x.number === Number(req.params.pull_number));
    return p ? { status: 200, body: ctx.state.pullRequest(p) } : notFound();
  });

  router.add("POST", "/repos/{owner}/{repo}/pulls", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const b = (req.body ?? {}) as Record<string, unknown>;
    const head = String(b.head ?? "");
    const base = String(b.base ?? "");
    const headBranch = head.includes(":") ? (head.split(":")[1] ?? "") : head;
    const headSha = ctx.state.resolveRef(headBranch, repo);
    if (!b.title && !b.issue)
      return validationFailed("title is missing", [
        { resource: "PullRequest", field: "title", code: "missing_field" },
      ]);
    if (!headSha)
      return validationFailed(`head ${head} invalid`, [
        { resource: "PullRequest", field: "head", code: "invalid" },
      ]);
    if (!ctx.state.resolveRef(base, repo))
      return validationFailed(`base ${base} invalid`, [
        { resource: "PullRequest", field: "base", code: "invalid" },
      ]);
    if (
      ctx.state.pulls.some(
        (p) => p.repo === repo && p.state === "open" && p.headRef === headBranch && p.baseRef === base,
      )
    ) {
      return validationFailed(`A pull request already exists for ${head}.`, [
        { resource: "PullRequest", code: "custom", message: `A pull request already exists for ${head}.` },
      ]);
    }
    const pr = ctx.state.addPullRequest({
      repo,
      title: String(b.title),
      body: typeof b.body === "string" ? b.body : undefined,
      head: { sha: headSha, ref: headBranch },
      base: { ref: base },
      user: req.identity,
    });
    return { status: 201, body: ctx.state.pullRequest(pr) };
  });

  router.add("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", (req, ctx) => {
    const repo = repoOf(req);
    const n = Number(req.params.pull_number);
    if (!ctx.state.pulls.some((p) => p.repo === repo && p.number === n)) return notFound();
    const reviews = ctx.state.reviews
      .filter((r) => r.repo === repo && r.pullNumber === n)
      .sort((a, b) => a.id - b.id);
    return paginate(
      req,
      ctx,
      reviews.map((r) => ctx.state.review(r)),
    );
  });
}
