// GitHub Actions: workflow runs (get, list with filters, per workflow, attempts), jobs (per run / per
// attempt, paginated, with steps), job logs (302 to a short-lived URL the emulator serves), re-run failed
// jobs, check-run annotations (a job id is its check run id), and run artifacts (list; zip download by
// 302 to a blob URL that refuses the token).
import { type EmulatorRequest, errorBody, notFound, paginate, type Router } from "./router.ts";
import type { ArtifactRecord, WorkflowRunRecord } from "./state.ts";

const FAILED = new Set(["failure", "timed_out", "cancelled", "startup_failure"]);
const CONCLUSIONS = new Set([
  "success",
  "failure",
  "neutral",
  "cancelled",
  "skipped",
  "timed_out",
  "action_required",
  "stale",
  "startup_failure",
]);

function repoOf(req: EmulatorRequest): string {
  return `${req.params.owner}/${req.params.repo}`;
}

export function registerActionsRoutes(router: Router): void {
  const findRun = (req: EmulatorRequest, state: { runs: WorkflowRunRecord[] }) =>
    state.runs.find((r) => r.repo === repoOf(req) && r.id === Number(req.params.run_id));

  const listRuns = (req: EmulatorRequest, runs: WorkflowRunRecord[]) => {
    const q = req.query;
    const status = q.get("status");
    return runs
      .filter((r) => !q.get("branch") || r.headBranch === q.get("branch"))
      .filter((r) => !q.get("head_sha") || r.headSha === q.get("head_sha"))
      .filter((r) => !q.get("event") || r.event === q.get("event"))
      .filter((r) => !q.get("actor") || r.actor.login === q.get("actor"))
      .filter((r) => !status || (CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status))
      .sort((a, b) => b.id - a.id);
  };

  router.add("GET", "/repos/{owner}/{repo}/actions/runs", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const runs = listRuns(
      req,
      ctx.state.runs.filter((r) => r.repo === repo),
    );
    return paginate(req, ctx, runs, (page, total) => ({
      total_count: total,
      workflow_runs: page.map((r) => ctx.state.workflowRun(r as WorkflowRunRecord)),
    }));
  });

  router.add("GET", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const wf = req.params.workflow_id ?? "";
    const runs = ctx.state.runs.filter(
      (r) => r.repo === repo && (String(r.workflowId) === wf || r.path.split("/").pop() === wf),
    );
    if (runs.length === 0 && !/^\d+$/.test(wf) && !ctx.state.runs.some((r) => r.path.endsWith(`/${wf}`)))
      return notFound();
    return paginate(req, ctx, listRuns(req, runs), (page, total) => ({
      total_count: total,
      workflow_runs: page.map((r) => ctx.state.workflowRun(r as WorkflowRunRecord)),
    }));
  });

  router.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}", (req, ctx) => {
    const run = findRun(req, ctx.state);
    return run ? { status: 200, body: ctx.state.workflowRun(run) } : notFound();
  });

  router.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}", (req, ctx) => {
    const run = findRun(req, ctx.state);
    const n = Number(req.params.attempt_number);
    if (!run || !(n >= 1 && n <= run.runAttempt)) return notFound();
    const snap = n === run.runAttempt ? undefined : run.attempts.find((a) => a.attempt === n);
    return { status: 200, body: ctx.state.workflowRun(run, snap) };
  });

  router.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/jobs", (req, ctx) => {
    const run = findRun(req, ctx.state);
    if (!run) return notFound();
    const all = (req.query.get("filter") ?? "latest") === "all";
    const jobs = ctx.state.jobs
      .filter((j) => j.runId === run.id && (all || j.runAttempt === run.runAttempt))
      .sort((a, b) => a.id - b.id);
    return paginate(req, ctx, jobs, (page, total) => ({
      total_count: total,
      jobs: page.map((j) => ctx.state.job(j as never)),
    }));
  });

  router.add(
    "GET",
    "/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
    (req, ctx) => {
      const run = findRun(req, ctx.state);
      const n = Number(req.params.attempt_number);
      if (!run || !(n >= 1 && n <= run.runAttempt)) return notFound();
      const jobs = ctx.state.jobs
        .filter((j) => j.runId === run.id && j.runAttempt === n)
        .sort((a, b) => a.id - b.id);
      return paginate(req, ctx, jobs, (page, total) => ({
        total_count: total,
        jobs: page.map((j) => ctx.state.job(j as never)),
      }));
    },
  );

  router.add("GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}", (req, ctx) => {
    const job = ctx.state.jobs.find((j) => j.repo === repoOf(req) && j.id === Number(req.params.job_id));
    return job ? { status: 200, body: ctx.state.job(job) } : notFound();
  });

  router.add("GET", "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs", (req, ctx) => {
    const job = ctx.state.jobs.find((j) => j.repo === repoOf(req) && j.id === Number(req.params.job_id));
    if (!job || job.log === undefined) return notFound();
    return { status: 302, headers: { location: ctx.signedUrl(job.log) } };
  });

  router.add("POST", "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", (req, ctx) => {
    const run = findRun(req, ctx.state);
    if (!run) return notFound();
    if (run.status !== "completed") {
      return { status: 403, body: errorBody("This workflow is already running", 403) };
    }
    const previous = run.runAttempt;
    run.attempts.push({
      attempt: previous,
      status: run.status,
      conclusion: run.conclusion,
      startedAt: run.runStartedAt,
    });
    run.runAttempt = previous + 1;
    run.status = "queued";
    run.conclusion = null;
    run.runStartedAt = ctx.state.iso();
    for (const j of ctx.state.jobs.filter((x) => x.runId === run.id && x.runAttempt === previous)) {
      const failed = FAILED.has(j.conclusion ?? "");
      ctx.state.addJob({
        runId: run.id,
        runAttempt: run.runAttempt,
        name: j.name,
        status: failed ? "queued" : j.status,
        conclusion: failed ? null : j.conclusion,
        steps: failed ? [] : j.steps,
        log: failed ? undefined : j.log,
      });
    }
    ctx.state.reruns.push({ runId: run.id, attempt: run.runAttempt, by: req.identity?.login ?? "" });
    return { status: 201, body: {} };
  });

  router.add("GET", "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", (req, ctx) => {
    const run = findRun(req, ctx.state);
    if (!run) return notFound();
    const name = req.query.get("name");
    const asc = req.query.get("direction") === "asc";
    const list = ctx.state.artifacts
      .filter((a) => a.runId === run.id && (!name || a.name === name))
      .sort((a, b) => (asc ? a.id - b.id : b.id - a.id));
    return paginate(req, ctx, list, (page, total) => ({
      total_count: total,
      artifacts: page.map((a) => ctx.state.artifact(a as ArtifactRecord)),
    }));
  });

  // The zip: 302 to a short-lived blob URL that refuses the API token; 410 once expired (as GitHub).
  router.add("GET", "/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", (req, ctx) => {
    const a = ctx.state.artifacts.find(
      (x) => x.repo === repoOf(req) && x.id === Number(req.params.artifact_id),
    );
    if (!a || req.params.archive_format !== "zip") return notFound();
    if (a.expired) return { status: 410, body: errorBody("Artifact has expired", 410) };
    return {
      status: 302,
      headers: { location: ctx.signedUrl(a.zip, "application/zip", 60_000, { refuseAuthorization: true }) },
    };
  });

  router.add("GET", "/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", (req, ctx) => {
    const id = Number(req.params.check_run_id);
    const repo = repoOf(req);
    if (
      !ctx.state.jobs.some((j) => j.id === id && j.repo === repo) &&
      !ctx.state.checkRuns.some((c) => c.id === id && c.repo === repo)
    ) {
      return notFound();
    }
    const list = ctx.state.annotations.filter((a) => a.checkRunId === id);
    return paginate(
      req,
      ctx,
      list.map((a) => ctx.state.annotation(a)),
    );
  });
}
