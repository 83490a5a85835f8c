// Branches and files through the API: a branch's head, a hotfix branch at a commit, a file committed to a
// branch (the incident report), and the repository's default branch.

import { type GitHubPort, httpStatus, type RepoRef } from "./client.js";

export async function defaultBranch(gh: GitHubPort, repo: RepoRef): Promise<string> {
  const res = await gh.request("GET /repos/{owner}/{repo}", { ...repo });
  return String(res.data.default_branch);
}

/** The sha at the head of a branch; undefined when the branch does not exist. */
export async function branchHead(gh: GitHubPort, repo: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const res = await gh.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
      ...repo,
      ref: `heads/${branch}`,
    });
    return String(res.data.object.sha);
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Creates `refs/heads/<branch>` at `sha`; `false` when it already exists (422). */
export async function createBranch(
  gh: GitHubPort,
  repo: RepoRef,
  branch: string,
  sha: string,
): Promise<boolean> {
  try {
    await gh.request("POST /repos/{owner}/{repo}/git/refs", { ...repo, ref: `refs/heads/${branch}`, sha });
    return true;
  } catch (error) {
    if (httpStatus(error) === 422 && /already exists/i.test(String((error as Error).message))) return false;
    throw error;
  }
}

/** Commits a new file (or an update when `sha` of the current blob is given) to a branch. */
export async function putFile(
  gh: GitHubPort,
  repo: RepoRef,
  input: { path: string; content: string; message: string; branch: string; sha?: string },
): Promise<{ commitSha: string; url: string }> {
  const res = await gh.request("PUT /repos/{owner}/{repo}/contents/{path}", {
    ...repo,
    path: input.path,
    message: input.message,
    content: Buffer.from(input.content, "utf8").toString("base64"),
    branch: input.branch,
    ...(input.sha ? { sha: input.sha } : {}),
  });
  return { commitSha: String(res.data.commit.sha), url: String(res.data.content?.html_url ?? "") };
}
