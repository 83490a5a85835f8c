// Issue (and PR) comments: list (paginated, oldest first), create, get, update — authored by the token's
// identity (GITHUB_TOKEN → github-actions[bot]); bodies over 65,536 characters refused as on GitHub.
import { type EmulatorRequest, notFound, paginate, type Router, validationFailed } from "./router.ts";

const MAX_BODY = 65_536;

function repoOf(req: EmulatorRequest): string {
  return `${req.params.owner}/${req.params.repo}`;
}

function bodyOf(req: EmulatorRequest): string | undefined {
  const b = (req.body ?? {}) as Record<string, unknown>;
  return typeof b.body === "string" ? b.body : undefined;
}

function tooLong() {
  return validationFailed("body is too long (maximum is 65536 characters)", [
    {
      resource: "IssueComment",
      code: "unprocessable",
      field: "data",
      message: "Body is too long (maximum is 65536 characters)",
    },
  ]);
}

export function registerIssueRoutes(router: Router): void {
  router.add("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const list = ctx.state.commentsOn(Number(req.params.issue_number), repo).sort((a, b) => a.id - b.id);
    return paginate(
      req,
      ctx,
      list.map((c) => ctx.state.comment(c)),
    );
  });

  router.add("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const body = bodyOf(req);
    if (body === undefined)
      return validationFailed("body is missing", [
        { resource: "IssueComment", field: "body", code: "missing_field" },
      ]);
    if (body.length > MAX_BODY) return tooLong();
    const c = ctx.state.addIssueComment({
      repo,
      issueNumber: Number(req.params.issue_number),
      body,
      user: req.identity,
    });
    return { status: 201, body: ctx.state.comment(c) };
  });

  router.add("GET", "/repos/{owner}/{repo}/issues/comments/{comment_id}", (req, ctx) => {
    const c = ctx.state.comments.find(
      (x) => x.repo === repoOf(req) && x.id === Number(req.params.comment_id),
    );
    return c ? { status: 200, body: ctx.state.comment(c) } : notFound();
  });

  router.add("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", (req, ctx) => {
    const c = ctx.state.comments.find(
      (x) => x.repo === repoOf(req) && x.id === Number(req.params.comment_id),
    );
    if (!c) return notFound();
    const body = bodyOf(req);
    if (body === undefined)
      return validationFailed("body is missing", [
        { resource: "IssueComment", field: "body", code: "missing_field" },
      ]);
    if (body.length > MAX_BODY) return tooLong();
    c.body = body;
    c.updatedAt = ctx.state.iso();
    return { status: 200, body: ctx.state.comment(c) };
  });
}
