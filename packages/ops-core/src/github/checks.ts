// A commit's CI verdict from check runs and commit statuses combined: green, red, pending (with the
// failing and pending names), or none when nothing reported. The deploy workflow's own check is ignored.

import { type GitHubPort, paginate, type RepoRef } from "./client.js";

export type CheckState = "success" | "failure" | "pending" | "neutral" | "skipped";

export interface CommitCheck {
  name: string;
  kind: "check-run" | "status";
  state: CheckState;
  /** The raw conclusion/state ("timed_out", "error", "in_progress"…). */
  detail: string;
  url: string | undefined;
}

export interface CommitChecks {
  verdict: "green" | "red" | "pending" | "none";
  checks: CommitCheck[];
  failing: string[];
  pending: string[];
  passed: string[];
  /** Required names that no check or status reported (counted as pending). */
  missing: string[];
}

const PASS = new Set(["success"]);
const NEUTRAL = new Set(["neutral", "skipped"]);

export function checkRunState(status: string, conclusion: string | null): CheckState {
  if (status !== "completed") return "pending";
  if (conclusion && PASS.has(conclusion)) return "success";
  if (conclusion && NEUTRAL.has(conclusion)) return conclusion as CheckState;
  return "failure"; // failure, timed_out, cancelled, action_required, startup_failure, stale
}

/** Pure: combines checks into a verdict. `ignore` names are dropped; with `required`, only those count. */
export function combineChecks(
  all: CommitCheck[],
  opts: { ignore?: string[]; required?: string[] } = {},
): CommitChecks {
  const ignore = new Set(opts.ignore ?? []);
  let checks = all.filter((c) => !ignore.has(c.name));
  const required = opts.required?.length ? opts.required : undefined;
  if (required) checks = checks.filter((c) => required.includes(c.name));
  const failing = checks.filter((c) => c.state === "failure").map((c) => c.name);
  const pending = checks.filter((c) => c.state === "pending").map((c) => c.name);
  const passed = checks.filter((c) => c.state !== "failure" && c.state !== "pending").map((c) => c.name);
  const missing = required ? required.filter((r) => !checks.some((c) => c.name === r)) : [];
  const verdict =
    failing.length > 0
      ? "red"
      : pending.length > 0 || missing.length > 0
        ? "pending"
        : checks.length === 0
          ? "none"
          : "green";
  return { verdict, checks, failing, pending: [...pending, ...missing], passed, missing };
}

/**
 * Reads check runs (latest per name, paginated) and the combined commit status of `sha` (2+ API calls)
 * and combines them.
 */
export async function commitChecks(
  gh: GitHubPort,
  repo: RepoRef,
  sha: string,
  opts: { ignore?: string[]; required?: string[] } = {},
): Promise<CommitChecks> {
  // biome-ignore lint/suspicious/noExplicitAny: API JSON
  const runs = await paginate<any>(
    gh,
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    { ...repo, ref: sha, filter: "latest" },
    { key: "check_runs" },
  );
  const combined = await gh.request("GET /repos/{owner}/{repo}/commits/{ref}/status", {
    ...repo,
    ref: sha,
    per_page: 100,
  });
  const checks: CommitCheck[] = runs.map((r) => ({
    name: r.name,
    kind: "check-run",
    state: checkRunState(r.status, r.conclusion),
    detail: r.status === "completed" ? String(r.conclusion) : r.status,
    url: r.html_url ?? r.details_url ?? undefined,
  }));
  // biome-ignore lint/suspicious/noExplicitAny: API JSON
  for (const s of (combined.data?.statuses ?? []) as any[]) {
    checks.push({
      name: s.context,
      kind: "status",
      state: s.state === "success" ? "success" : s.state === "pending" ? "pending" : "failure",
      detail: s.state,
      url: s.target_url ?? undefined,
    });
  }
  return combineChecks(checks, opts);
}
