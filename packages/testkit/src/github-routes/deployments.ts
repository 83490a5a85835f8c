// Deployments and deployment statuses, with GitHub's rules: required_contexts checked against the
// commit's statuses and check runs (409 when they are not all green), descriptions ≤ 140 characters,
// auto_inactive only for non-production, non-transient environments.
import { latestStatuses } from "./commits.ts";
import {
  DOCS,
  type EmulatorRequest,
  firstPerKey,
  notFound,
  paginate,
  type Router,
  validationFailed,
} from "./router.ts";
import type { DeploymentState } from "./state.ts";

const STATES: DeploymentState[] = [
  "error",
  "failure",
  "inactive",
  "in_progress",
  "queued",
  "pending",
  "success",
];

function repoOf(req: EmulatorRequest): string {
  return `${req.params.owner}/${req.params.repo}`;
}

export function registerDeploymentRoutes(router: Router): void {
  router.add("POST", "/repos/{owner}/{repo}/deployments", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const b = (req.body ?? {}) as Record<string, unknown>;
    const ref = typeof b.ref === "string" ? b.ref : "";
    if (!ref)
      return validationFailed("ref is missing", [
        { resource: "Deployment", field: "ref", code: "missing_field" },
      ]);
    const sha = ctx.state.resolveRef(ref, repo);
    if (!sha)
      return {
        status: 422,
        body: { message: `No ref found for: ${ref}`, documentation_url: DOCS, status: "422" },
      };
    const description = typeof b.description === "string" ? b.description : undefined;
    if (description && description.length > 140) {
      return validationFailed("description is too long (maximum is 140 characters)", [
        {
          resource: "Deployment",
          field: "description",
          code: "custom",
          message: "description is too long (maximum is 140 characters)",
        },
      ]);
    }
    // Required contexts: undefined = every context on the commit must be green; [] = no check.
    const required = Array.isArray(b.required_contexts) ? (b.required_contexts as string[]) : undefined;
    const statuses = latestStatuses(ctx.state, repo, sha);
    const allChecks = ctx.state.checkRuns
      .filter((c) => c.repo === repo && c.sha === sha)
      .sort((a, b2) => b2.id - a.id);
    const checks = firstPerKey(allChecks, (c) => c.name);
    const contexts = new Map<string, boolean>();
    for (const s of statuses) contexts.set(s.context, s.state === "success");
    for (const c of checks)
      contexts.set(
        c.name,
        c.status === "completed" && ["success", "neutral", "skipped"].includes(c.conclusion ?? ""),
      );
    const wanted = required ?? [...contexts.keys()];
    const bad = wanted.filter((name) => contexts.get(name) !== true);
    if (bad.length > 0) {
      return {
        status: 409,
        body: {
          message: `Conflict: Commit status checks failed for ${ref}.`,
          documentation_url: DOCS,
          errors: [
            {
              contexts: bad.map((context) => ({
                context,
                state: contexts.has(context) ? "failure" : "missing",
              })),
              resource: "Deployment",
              field: "required_contexts",
              code: "invalid",
            },
          ],
          status: "409",
        },
      };
    }
    let payload: unknown = b.payload ?? {};
    if (typeof payload === "string") {
      try {
        payload = JSON.parse(payload);
      } catch {
        // GitHub keeps a non-JSON string as is.
      }
    }
    const environment = typeof b.environment === "string" ? b.environment : "production";
    const d = ctx.state.addDeployment({
      repo,
      sha,
      ref,
      task: typeof b.task === "string" ? b.task : "deploy",
      payload,
      environment,
      description,
      transientEnvironment: b.transient_environment === true,
      productionEnvironment:
        typeof b.production_environment === "boolean"
          ? b.production_environment
          : environment === "production",
      autoMerge: b.auto_merge !== false,
      requiredContexts: required,
      creator: req.identity,
    });
    return { status: 201, body: ctx.state.deployment(d) };
  });

  router.add("GET", "/repos/{owner}/{repo}/deployments", (req, ctx) => {
    const repo = repoOf(req);
    if (!ctx.state.repos.has(repo)) return notFound();
    const q = req.query;
    const list = ctx.state.deployments
      .filter((d) => d.repo === repo)
      .filter((d) => !q.get("sha") || d.sha === q.get("sha"))
      .filter((d) => !q.get("ref") || d.ref === q.get("ref"))
      .filter((d) => !q.get("task") || d.task === q.get("task"))
      .filter((d) => !q.get("environment") || d.environment === q.get("environment"))
      .sort((a, b) => b.id - a.id);
    return paginate(
      req,
      ctx,
      list.map((d) => ctx.state.deployment(d)),
    );
  });

  router.add("GET", "/repos/{owner}/{repo}/deployments/{deployment_id}", (req, ctx) => {
    const d = ctx.state.deployments.find(
      (x) => x.repo === repoOf(req) && x.id === Number(req.params.deployment_id),
    );
    return d ? { status: 200, body: ctx.state.deployment(d) } : notFound();
  });

  router.add("POST", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (req, ctx) => {
    const d = ctx.state.deployments.find(
      (x) => x.repo === repoOf(req) && x.id === Number(req.params.deployment_id),
    );
    if (!d) return notFound();
    const b = (req.body ?? {}) as Record<string, unknown>;
    if (!STATES.includes(b.state as DeploymentState)) {
      return validationFailed("state is not included in the list", [
        {
          resource: "DeploymentStatus",
          field: "state",
          code: "invalid",
          message: `state must be one of ${STATES.join(", ")}`,
        },
      ]);
    }
    const description = typeof b.description === "string" ? b.description : "";
    if (description.length > 140) {
      return validationFailed("description is too long (maximum is 140 characters)", [
        {
          resource: "DeploymentStatus",
          field: "description",
          code: "custom",
          message: "description is too long (maximum is 140 characters)",
        },
      ]);
    }
    const s = ctx.state.addDeploymentStatus(d.id, {
      state: b.state as DeploymentState,
      description,
      logUrl:
        typeof b.log_url === "string" ? b.log_url : typeof b.target_url === "string" ? b.target_url : "",
      environmentUrl: typeof b.environment_url === "string" ? b.environment_url : "",
      environment: typeof b.environment === "string" ? b.environment : undefined,
      autoInactive: typeof b.auto_inactive === "boolean" ? b.auto_inactive : true,
      creator: req.identity,
    });
    return { status: 201, body: ctx.state.deploymentStatus(s) };
  });

  router.add("GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", (req, ctx) => {
    const d = ctx.state.deployments.find(
      (x) => x.repo === repoOf(req) && x.id === Number(req.params.deployment_id),
    );
    if (!d) return notFound();
    return paginate(
      req,
      ctx,
      ctx.state.statusesOfDeployment(d.id).map((s) => ctx.state.deploymentStatus(s)),
    );
  });

  router.add("GET", "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}", (req, ctx) => {
    const s = ctx.state.deploymentStatuses.find(
      (x) =>
        x.repo === repoOf(req) &&
        x.deploymentId === Number(req.params.deployment_id) &&
        x.id === Number(req.params.status_id),
    );
    return s ? { status: 200, body: ctx.state.deploymentStatus(s) } : notFound();
  });
}
