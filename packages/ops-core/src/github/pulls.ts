// Pull requests: the one that brought a commit (merged, with approvals), the PR of a head sha (fork PRs
// included: workflow_run.pull_requests is empty for them), and opening one.

import { type GitHubPort, paginate, type RepoRef } from "./client.js";

export interface PullRequest {
  number: number;
  title: string;
  url: string;
  state: string;
  merged: boolean;
  mergeCommitSha: string | null;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository (a fork's for fork PRs); undefined when the fork was deleted. */
  headRepo: string | undefined;
  baseRef: string;
  author: string | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: API JSON
export function toPullRequest(p: any): PullRequest {
  return {
    number: p.number,
    title: p.title,
    url: p.html_url,
    state: p.state,
    merged: p.merged === true || Boolean(p.merged_at),
    mergeCommitSha: p.merge_commit_sha ?? null,
    headSha: p.head?.sha,
    headRef: p.head?.ref,
    headRepo: p.head?.repo?.full_name ?? undefined,
    baseRef: p.base?.ref,
    author: p.user?.login,
  };
}

/** The PR that brought `sha` to its branch: a merged PR whose merge commit (or head) is `sha`. 1 call. */
export async function pullRequestForCommit(
  gh: GitHubPort,
  repo: RepoRef,
  sha: string,
): Promise<PullRequest | undefined> {
  const res = await gh.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
    ...repo,
    commit_sha: sha,
    per_page: 100,
  });
  const prs = ((res.data ?? []) as unknown[]).map(toPullRequest);
  return (
    prs.find((p) => p.merged && p.mergeCommitSha === sha) ??
    prs.find((p) => p.merged) ??
    prs.find((p) => p.headSha === sha)
  );
}

export interface Review {
  user: string;
  state: string;
  commitId: string;
  submittedAt: string | undefined;
}

/** Reviews in order. */
export async function listReviews(gh: GitHubPort, repo: RepoRef, pullNumber: number): Promise<Review[]> {
  // biome-ignore lint/suspicious/noExplicitAny: API JSON
  const items = await paginate<any>(gh, "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
    ...repo,
    pull_number: pullNumber,
  });
  return items.map((r) => ({
    user: r.user?.login ?? "",
    state: r.state,
    commitId: r.commit_id,
    submittedAt: r.submitted_at,
  }));
}

/**
 * Pure: the logins whose latest deciding review is APPROVED (a later CHANGES_REQUESTED or DISMISSED
 * cancels it; COMMENTED and PENDING do not decide).
 */
export function approvers(reviews: Review[]): string[] {
  const latest = new Map<string, string>();
  for (const r of reviews) {
    if (r.state === "COMMENTED" || r.state === "PENDING") continue;
    latest.set(r.user, r.state);
  }
  return [...latest].filter(([, s]) => s === "APPROVED").map(([u]) => u);
}

export async function approvingReviewers(
  gh: GitHubPort,
  repo: RepoRef,
  pullNumber: number,
): Promise<string[]> {
  return approvers(await listReviews(gh, repo, pullNumber));
}

/**
 * The open PR whose head is `headSha`, for fork PRs too: lists PRs by `head=<owner>:<branch>` when the
 * head repository and branch are known (from workflow_run.head_repository / head_branch), else scans
 * open PRs (bounded). 1 call with the head known.
 */
export async function findPullRequestByHead(
  gh: GitHubPort,
  repo: RepoRef,
  input: {
    headSha: string;
    headOwner?: string;
    headBranch?: string;
    state?: "open" | "all";
    maxScan?: number;
  },
): Promise<PullRequest | undefined> {
  const params: Record<string, unknown> = { ...repo, state: input.state ?? "open" };
  if (input.headOwner && input.headBranch) params.head = `${input.headOwner}:${input.headBranch}`;
  const items = await paginate<unknown>(gh, "GET /repos/{owner}/{repo}/pulls", params, {
    maxItems: input.maxScan ?? 300,
  });
  return items.map(toPullRequest).find((p) => p.headSha === input.headSha);
}

export async function createPullRequest(
  gh: GitHubPort,
  repo: RepoRef,
  input: { title: string; head: string; base: string; body: string; draft?: boolean },
): Promise<PullRequest> {
  const res = await gh.request("POST /repos/{owner}/{repo}/pulls", { ...repo, ...input });
  return toPullRequest(res.data);
}
