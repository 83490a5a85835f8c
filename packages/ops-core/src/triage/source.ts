// What the CI triage needs from GitHub, as a narrow port (tests use a hand-written fake), and its
// implementation over the GitHubPort (octokit or the emulator). Every call is bounded: requests by the
// client's timeout, log downloads by their own timeout and the run's signal. Logs are STREAMED: the API
// answers 302 with a short-lived URL, fetched without the token, its body read chunk by chunk.

import { type GitHubPort, httpStatus, paginate, type RepoRef } from "../github/client.js";

export interface RunInfo {
  id: number;
  name: string;
  path: string;
  attempt: number;
  conclusion: string | null;
  status: string;
  headSha: string;
  headBranch: string;
  /** The head repository (a fork's for fork PRs). */
  headRepository: string;
  repository: string;
  event: string;
  htmlUrl: string;
  /** PR numbers from the run (empty for fork PRs, as on GitHub). */
  pullRequests: number[];
}

export interface JobStep {
  name: string;
  number: number;
  conclusion: string | null;
}

export interface JobInfo {
  id: number;
  name: string;
  attempt: number;
  status: string;
  conclusion: string | null;
  htmlUrl: string;
  steps: JobStep[];
}

export interface CheckAnnotation {
  path: string;
  startLine: number;
  startColumn: number | null;
  level: string;
  message: string;
  title: string | null;
}

export interface IssueComment {
  id: number;
  body: string;
  author: string;
}

export interface TriageSource {
  getRun(runId: number): Promise<RunInfo>;
  /** Jobs of every attempt of the run (`filter=all`), paginated. */
  listJobs(runId: number): Promise<JobInfo[]>;
  /** The job's log as a stream of chunks. */
  streamLog(jobId: number): AsyncIterable<Uint8Array>;
  annotations(jobId: number): Promise<CheckAnnotation[]>;
  /** An open PR whose head is `sha` in `headRepository` (fork PRs: the event does not list them). */
  findPullRequest(run: RunInfo): Promise<number | undefined>;
  listComments(issue: number): Promise<IssueComment[]>;
  createComment(issue: number, body: string): Promise<number>;
  updateComment(id: number, body: string): Promise<void>;
  /** The login the token writes as. */
  identity(): Promise<string>;
  rerunFailedJobs(runId: number): Promise<void>;
  /** The newest completed runs of a workflow (by file name) on a branch. */
  recentRuns(workflowFile: string, branch: string, count: number): Promise<RunInfo[]>;
  defaultBranch(): Promise<string>;
}

// biome-ignore lint/suspicious/noExplicitAny: API bodies are narrowed field by field below
type Json = any;

export function toRunInfo(r: Json): RunInfo {
  return {
    id: Number(r.id),
    name: String(r.name ?? ""),
    path: String(r.path ?? ""),
    attempt: Number(r.run_attempt ?? 1),
    conclusion: r.conclusion ?? null,
    status: String(r.status ?? ""),
    headSha: String(r.head_sha ?? ""),
    headBranch: String(r.head_branch ?? ""),
    headRepository: String(r.head_repository?.full_name ?? r.repository?.full_name ?? ""),
    repository: String(r.repository?.full_name ?? ""),
    event: String(r.event ?? ""),
    htmlUrl: String(r.html_url ?? ""),
    pullRequests: Array.isArray(r.pull_requests)
      ? r.pull_requests.map((p: Json) => Number(p.number)).filter((n: number) => n > 0)
      : [],
  };
}

function toJobInfo(j: Json): JobInfo {
  return {
    id: Number(j.id),
    name: String(j.name ?? ""),
    attempt: Number(j.run_attempt ?? 1),
    status: String(j.status ?? ""),
    conclusion: j.conclusion ?? null,
    htmlUrl: String(j.html_url ?? ""),
    steps: Array.isArray(j.steps)
      ? j.steps.map((s: Json) => ({
          name: String(s.name ?? ""),
          number: Number(s.number ?? 0),
          conclusion: s.conclusion ?? null,
        }))
      : [],
  };
}

export interface GitHubSourceOptions {
  repo: RepoRef;
  /** The token, to tell GITHUB_TOKEN (ghs_, github-actions[bot]) from a PAT without an API call. */
  token: string;
  /** Per log download (default 120 s). */
  logTimeoutMs?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

export function gitHubTriageSource(gh: GitHubPort, opts: GitHubSourceOptions): TriageSource {
  const { owner, repo } = opts.repo;
  const doFetch = opts.fetch ?? fetch;
  return {
    async getRun(runId) {
      const res = await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
        owner,
        repo,
        run_id: runId,
      });
      return toRunInfo(res.data);
    },
    async listJobs(runId) {
      const jobs = await paginate<Json>(
        gh,
        "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
        { owner, repo, run_id: runId, filter: "all" },
        { key: "jobs", maxItems: 1000 },
      );
      return jobs.map(toJobInfo);
    },
    async *streamLog(jobId) {
      const res = await gh.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", {
        owner,
        repo,
        job_id: jobId,
        request: { redirect: "manual" },
      });
      const location = res.headers.location;
      if (typeof location !== "string") {
        // a client that followed the redirect itself: the body is the log
        if (typeof res.data === "string") yield Buffer.from(res.data);
        else if (res.data instanceof ArrayBuffer) yield new Uint8Array(res.data);
        return;
      }
      const signals = [
        AbortSignal.timeout(opts.logTimeoutMs ?? 120_000),
        ...(opts.signal ? [opts.signal] : []),
      ];
      const blob = await doFetch(location, { signal: AbortSignal.any(signals) });
      if (!blob.ok || !blob.body) throw new Error(`job ${jobId} log download failed: HTTP ${blob.status}`);
      for await (const chunk of blob.body as unknown as AsyncIterable<Uint8Array>) yield chunk;
    },
    async annotations(jobId) {
      const list = await paginate<Json>(
        gh,
        "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
        { owner, repo, check_run_id: jobId },
        { maxItems: 200 },
      );
      return list.map((a) => ({
        path: String(a.path ?? ""),
        startLine: Number(a.start_line ?? 0),
        startColumn: a.start_column ?? null,
        level: String(a.annotation_level ?? ""),
        message: String(a.message ?? ""),
        title: a.title ?? null,
      }));
    },
    async findPullRequest(run) {
      const headOwner = run.headRepository.split("/")[0] ?? "";
      const res = await gh.request("GET /repos/{owner}/{repo}/pulls", {
        owner,
        repo,
        state: "open",
        head: `${headOwner}:${run.headBranch}`,
        per_page: 100,
      });
      const prs = (res.data as Json[]).filter(
        (p) =>
          p.head?.sha === run.headSha &&
          (p.head?.repo?.full_name ?? run.headRepository) === run.headRepository,
      );
      return prs[0] ? Number(prs[0].number) : undefined;
    },
    async listComments(issue) {
      const list = await paginate<Json>(
        gh,
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { owner, repo, issue_number: issue },
        { maxItems: 3000 },
      );
      return list.map((c) => ({
        id: Number(c.id),
        body: String(c.body ?? ""),
        author: String(c.user?.login ?? ""),
      }));
    },
    async createComment(issue, body) {
      const res = await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner,
        repo,
        issue_number: issue,
        body,
      });
      return Number((res.data as Json).id);
    },
    async updateComment(id, body) {
      await gh.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: id,
        body,
      });
    },
    async identity() {
      // GITHUB_TOKEN (an installation token) cannot call GET /user: it writes as github-actions[bot].
      if (opts.token.startsWith("ghs_")) return "github-actions[bot]";
      try {
        const res = await gh.request("GET /user");
        return String((res.data as Json).login ?? "");
      } catch (error) {
        if (httpStatus(error) === 403) return "github-actions[bot]";
        throw error;
      }
    },
    async recentRuns(workflowFile, branch, count) {
      const res = await gh.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
        owner,
        repo,
        workflow_id: workflowFile,
        branch,
        status: "completed",
        per_page: Math.min(100, Math.max(1, count)),
      });
      const runs = ((res.data as Json).workflow_runs ?? []) as Json[];
      return runs.slice(0, count).map(toRunInfo);
    },
    async defaultBranch() {
      const res = await gh.request("GET /repos/{owner}/{repo}", { owner, repo });
      return String((res.data as Json).default_branch ?? "main");
    },
    async rerunFailedJobs(runId) {
      await gh.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", {
        owner,
        repo,
        run_id: runId,
      });
    },
  };
}
