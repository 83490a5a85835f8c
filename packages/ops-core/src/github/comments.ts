// One sticky comment per PR: found by a hidden marker, edited only when written by our own identity
// (never someone else's comment that quotes the marker), created otherwise; kept under GitHub's limit.

import { COMMENT_LIMIT_CHARS, truncate } from "../action/safe-text.js";
import { type GitHubPort, httpStatus, paginate, type RepoRef } from "./client.js";

/** The login GITHUB_TOKEN acts as. */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

/** A hidden marker line, e.g. `<!-- runbook-ops:ci-triage -->`. */
export function commentMarker(key: string): string {
  return `<!-- runbook-ops:${key.replace(/[^a-z0-9:_-]/gi, "-")} -->`;
}

/**
 * Who the token acts as: GET /user answers for a user token; an installation token (GITHUB_TOKEN, a
 * GitHub App) gets 403 "Resource not accessible by integration" → `github-actions[bot]` unless
 * `appLogin` (e.g. `my-app[bot]`) is given. 1 API call.
 */
export async function tokenIdentity(gh: GitHubPort, appLogin = ACTIONS_BOT_LOGIN): Promise<string> {
  try {
    const res = await gh.request("GET /user");
    return String(res.data?.login ?? appLogin);
  } catch (error) {
    if (httpStatus(error) === 403) return appLogin;
    throw error;
  }
}

export interface StickyResult {
  action: "created" | "updated" | "unchanged";
  id: number;
  url: string;
  /** Other comments of ours with the marker (left alone). */
  duplicates: number;
}

/**
 * Creates or updates the sticky comment on an issue/PR. `identity` saves the GET /user call when known.
 * Cost: 1 (+1 without identity) list page(s) + 1 write.
 */
export async function upsertStickyComment(
  gh: GitHubPort,
  repo: RepoRef,
  input: { issueNumber: number; marker: string; body: string; identity?: string },
): Promise<StickyResult> {
  const me = input.identity ?? (await tokenIdentity(gh));
  const room = COMMENT_LIMIT_CHARS - input.marker.length - 2;
  const full = `${truncate(input.body.trimEnd(), room, "comment")}\n\n${input.marker}`;
  // biome-ignore lint/suspicious/noExplicitAny: API JSON
  const comments = await paginate<any>(gh, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: input.issueNumber,
  });
  const ours = comments.filter(
    (c) => c.user?.login === me && typeof c.body === "string" && c.body.includes(input.marker),
  );
  const [existing, ...rest] = ours;
  if (existing) {
    if (existing.body === full)
      return { action: "unchanged", id: existing.id, url: existing.html_url, duplicates: rest.length };
    const res = await gh.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...repo,
      comment_id: existing.id,
      body: full,
    });
    return { action: "updated", id: res.data.id, url: res.data.html_url, duplicates: rest.length };
  }
  const res = await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: input.issueNumber,
    body: full,
  });
  return { action: "created", id: res.data.id, url: res.data.html_url, duplicates: 0 };
}
