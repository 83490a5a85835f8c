// Git refs (get a branch ref, create a ref for hotfix branches) and contents (PUT: commit a file to a branch).

import { DOCS, type EmulatorRequest, notFound, type Router, validationFailed } from "./router.ts";
import { fakeSha } from "./state.ts";

function repoOf(req: EmulatorRequest): string {
  return `${req.params.owner}/${req.params.repo}`;
}

export function registerGitRoutes(router: Router): void {
  router.add("GET", "/repos/{owner}/{repo}/git/ref/{ref}", (req, ctx) => {
    const repo = repoOf(req);
    const r = ctx.state.repos.get(repo);
    const ref = req.params.ref ?? "";
    if (!r) return notFound();
    let sha: string | undefined;
    if (ref.startsWith("heads/")) sha = r.branches.get(ref.slice(6));
    else sha = r.refs.get(`refs/${ref}`);
    if (!sha) return notFound();
    return { status: 200, body: gitRef(ctx.url, repo, `refs/${ref}`, sha) };
  });

  router.add("POST", "/repos/{owner}/{repo}/git/refs", (req, ctx) => {
    const repo = repoOf(req);
    const r = ctx.state.repos.get(repo);
    if (!r) return notFound();
    const b = (req.body ?? {}) as Record<string, unknown>;
    const ref = String(b.ref ?? "");
    const sha = String(b.sha ?? "");
    if (!/^refs\/[^/]+\/.+/.test(ref) || ref.split("/").length < 3) {
      return validationFailed("ref must start with 'refs/' and have at least two slashes.");
    }
    if (!/^[0-9a-f]{40}$/.test(sha)) return validationFailed("Object does not exist");
    const exists = ref.startsWith("refs/heads/") ? r.branches.has(ref.slice(11)) : r.refs.has(ref);
    if (exists)
      return {
        status: 422,
        body: { message: "Reference already exists", documentation_url: DOCS, status: "422" },
      };
    if (ref.startsWith("refs/heads/")) r.branches.set(ref.slice(11), sha);
    else r.refs.set(ref, sha);
    return { status: 201, body: gitRef(ctx.url, repo, ref, sha) };
  });

  router.add("PUT", "/repos/{owner}/{repo}/contents/{path}", (req, ctx) => {
    const repo = repoOf(req);
    const r = ctx.state.repos.get(repo);
    if (!r) return notFound();
    const b = (req.body ?? {}) as Record<string, unknown>;
    const path = req.params.path ?? "";
    const branch = typeof b.branch === "string" ? b.branch : r.defaultBranch;
    if (typeof b.message !== "string" || !b.message)
      return validationFailed("message is missing", [
        { resource: "Commit", field: "message", code: "missing_field" },
      ]);
    if (typeof b.content !== "string")
      return validationFailed("content is missing", [
        { resource: "Commit", field: "content", code: "missing_field" },
      ]);
    const parent = r.branches.get(branch);
    if (!parent)
      return {
        status: 404,
        body: { message: `Branch ${branch} not found`, documentation_url: DOCS, status: "404" },
      };
    const key = `${branch}:${path}`;
    const existing = r.files.get(key);
    if (existing && b.sha !== existing.sha) {
      return validationFailed(b.sha ? `${path} does not match ${String(b.sha)}` : '"sha" wasn\'t supplied.');
    }
    const content = Buffer.from(b.content, "base64").toString("utf8");
    const blobSha = fakeSha(`blob ${content}`);
    const commitSha = fakeSha(`commit ${parent} ${path} ${blobSha} ${b.message}`);
    r.files.set(key, { content, sha: blobSha, message: b.message, commitSha });
    r.branches.set(branch, commitSha);
    const api = `${ctx.url}/repos/${repo}`;
    const name = path.split("/").pop() ?? path;
    const who = {
      name: req.identity?.login ?? "github-actions[bot]",
      email: "41898282+github-actions[bot]@users.noreply.github.com",
      date: ctx.state.iso(),
    };
    return {
      status: existing ? 200 : 201,
      body: {
        content: {
          name,
          path,
          sha: blobSha,
          size: Buffer.byteLength(content),
          url: `${api}/contents/${path}?ref=${branch}`,
          html_url: `${ctx.state.serverUrl}/${repo}/blob/${branch}/${path}`,
          git_url: `${api}/git/blobs/${blobSha}`,
          download_url: `https://raw.githubusercontent.com/${repo}/${branch}/${path}`,
          type: "file",
          _links: {
            self: `${api}/contents/${path}?ref=${branch}`,
            git: `${api}/git/blobs/${blobSha}`,
            html: `${ctx.state.serverUrl}/${repo}/blob/${branch}/${path}`,
          },
        },
        commit: {
          sha: commitSha,
          node_id: Buffer.from(`06:Commit${commitSha}`).toString("base64"),
          url: `${api}/git/commits/${commitSha}`,
          html_url: `${ctx.state.serverUrl}/${repo}/commit/${commitSha}`,
          author: who,
          committer: who,
          message: b.message,
          tree: {
            url: `${api}/git/trees/${fakeSha(`tree ${commitSha}`)}`,
            sha: fakeSha(`tree ${commitSha}`),
          },
          parents: [
            {
              url: `${api}/git/commits/${parent}`,
              html_url: `${ctx.state.serverUrl}/${repo}/commit/${parent}`,
              sha: parent,
            },
          ],
          verification: {
            verified: false,
            reason: "unsigned",
            signature: null,
            payload: null,
            verified_at: null,
          },
        },
      },
    };
  });
}

function gitRef(url: string, repo: string, ref: string, sha: string) {
  return {
    ref,
    node_id: Buffer.from(`03:Ref${repo}:${ref}`).toString("base64"),
    url: `${url}/repos/${repo}/git/${ref}`,
    object: { type: "commit", sha, url: `${url}/repos/${repo}/git/commits/${sha}` },
  };
}
