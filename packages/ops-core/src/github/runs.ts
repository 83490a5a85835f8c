// Workflow runs, attempts, jobs (with steps), check-run annotations, and re-running failed jobs.

import { type GitHubPort, paginate, type RepoRef } from "./client.js";

export interface WorkflowRun {
  id: number;
  name: string;
  path: string;
  headSha: string;
  headBranch: string | null;
  /** `owner/name` of the head repository (a fork's for fork PRs). */
  headRepo: string | undefined;
  event: string;
  status: string;
  conclusion: string | null;
  runAttempt: number;
  url: string;
  /** PR numbers from the run (empty for fork PRs). */
  pullRequests: number[];
  createdAt: string;
}

export interface JobStep {
  name: string;
  number: number;
  status: string;
  conclusion: string | null;
}

export interface Job {
  id: number;
  runId: number;
  runAttempt: number;
  name: string;
  status: string;
  conclusion: string | null;
  url: string;
  startedAt: string | null;
  completedAt: string | null;
  steps: JobStep[];
}

// biome-ignore lint/suspicious/noExplicitAny: API JSON
export function toRun(r: any): WorkflowRun {
  return {
    id: r.id,
    name: r.name ?? "",
    path: r.path ?? "",
    headSha: r.head_sha,
    headBranch: r.head_branch ?? null,
    headRepo: r.head_repository?.full_name ?? undefined,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion ?? null,
    runAttempt: r.run_attempt ?? 1,
    url: r.html_url,
    // biome-ignore lint/suspicious/noExplicitAny: API JSON
    pullRequests: (r.pull_requests ?? []).map((p: any) => p.number),
    createdAt: r.created_at,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: API JSON
export function toJob(j: any): Job {
  return {
    id: j.id,
    runId: j.run_id,
    runAttempt: j.run_attempt ?? 1,
    name: j.name,
    status: j.status,
    conclusion: j.conclusion ?? null,
    url: j.html_url ?? "",
    startedAt: j.started_at ?? null,
    completedAt: j.completed_at ?? null,
    // biome-ignore lint/suspicious/noExplicitAny: API JSON
    steps: (j.steps ?? []).map((s: any) => ({
      name: s.name,
      number: s.number,
      status: s.status,
      conclusion: s.conclusion ?? null,
    })),
  };
}

export async function getRun(gh: GitHubPort, repo: RepoRef, runId: number): Promise<WorkflowRun> {
  return toRun(
    (await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { ...repo, run_id: runId })).data,
  );
}

export async function getRunAttempt(
  gh: GitHubPort,
  repo: RepoRef,
  runId: number,
  attempt: number,
): Promise<WorkflowRun> {
  const res = await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}", {
    ...repo,
    run_id: runId,
    attempt_number: attempt,
  });
  return toRun(res.data);
}

/** Runs newest first; filters as the API's (`status` takes a status or a conclusion). */
export async function listRuns(
  gh: GitHubPort,
  repo: RepoRef,
  filter: {
    branch?: string;
    headSha?: string;
    status?: string;
    event?: string;
    workflow?: string | number;
    maxItems?: number;
  } = {},
): Promise<WorkflowRun[]> {
  const q: Record<string, unknown> = { ...repo };
  if (filter.branch) q.branch = filter.branch;
  if (filter.headSha) q.head_sha = filter.headSha;
  if (filter.status) q.status = filter.status;
  if (filter.event) q.event = filter.event;
  const route =
    filter.workflow === undefined
      ? "GET /repos/{owner}/{repo}/actions/runs"
      : "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs";
  if (filter.workflow !== undefined) q.workflow_id = filter.workflow;
  const items = await paginate<unknown>(gh, route, q, {
    key: "workflow_runs",
    maxItems: filter.maxItems ?? 100,
  });
  return items.map(toRun);
}

/** Jobs of a run attempt (default: the latest attempt), every page. */
export async function listJobs(
  gh: GitHubPort,
  repo: RepoRef,
  runId: number,
  opts: { attempt?: number; filter?: "latest" | "all"; maxItems?: number } = {},
): Promise<Job[]> {
  const items =
    opts.attempt === undefined
      ? await paginate<unknown>(
          gh,
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
          { ...repo, run_id: runId, filter: opts.filter ?? "latest" },
          { key: "jobs", maxItems: opts.maxItems ?? 1000 },
        )
      : await paginate<unknown>(
          gh,
          "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
          { ...repo, run_id: runId, attempt_number: opts.attempt },
          { key: "jobs", maxItems: opts.maxItems ?? 1000 },
        );
  return items.map(toJob);
}

export const FAILED_CONCLUSIONS = ["failure", "timed_out", "startup_failure"] as const;

/** Pure: a job that failed (cancelled is not a failure to analyse). */
export function jobFailed(job: Pick<Job, "conclusion">): boolean {
  return (FAILED_CONCLUSIONS as readonly string[]).includes(job.conclusion ?? "");
}

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | null;
  level: string;
  title: string | null;
  message: string;
}

/** Annotations of a check run (a job's id is its check run id). */
export async function listAnnotations(
  gh: GitHubPort,
  repo: RepoRef,
  checkRunId: number,
  maxItems = 500,
): Promise<CheckAnnotation[]> {
  // biome-ignore lint/suspicious/noExplicitAny: API JSON
  const items = await paginate<any>(
    gh,
    "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
    { ...repo, check_run_id: checkRunId },
    { maxItems },
  );
  return items.map((a) => ({
    path: a.path,
    startLine: a.start_line,
    endLine: a.end_line,
    startColumn: a.start_column ?? null,
    level: a.annotation_level ?? "failure",
    title: a.title ?? null,
    message: a.message ?? "",
  }));
}

/** Re-runs the failed jobs of a run (a new attempt). Not idempotent: never retried by the client. */
export async function rerunFailedJobs(gh: GitHubPort, repo: RepoRef, runId: number): Promise<void> {
  await gh.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", {
    ...repo,
    run_id: runId,
  });
}
