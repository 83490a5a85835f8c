// GitHub Deployments as the release record: create one per deploy/rollback (auto_merge off, explicit
// required_contexts, a versioned JSON payload), statuses within 140 characters with the run's URL,
// earlier deployments marked inactive explicitly (GitHub's auto_inactive skips production environments),
// a deployment marked faulty, and the last known good release.

import { type GitHubPort, httpStatus, paginate, type RepoRef } from "./client.js";

export const STATUS_DESCRIPTION_LIMIT = 140;
/** The description prefix of the status that marks a deployment faulty. */
export const FAULTY_PREFIX = "faulty:";

export type DeploymentStatusState =
  | "error"
  | "failure"
  | "inactive"
  | "in_progress"
  | "queued"
  | "pending"
  | "success";

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  createdAt: string;
  /** The payload as GitHub returns it: an object (or a string when it was not JSON). */
  payload: unknown;
  creator: string | undefined;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentStatusState;
  description: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: string;
}

// biome-ignore lint/suspicious/noExplicitAny: API JSON
function toDeployment(d: any): Deployment {
  return {
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    environment: d.environment,
    createdAt: d.created_at,
    payload: d.payload,
    creator: d.creator?.login,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: API JSON
function toStatus(s: any): DeploymentStatus {
  return {
    id: s.id,
    state: s.state,
    description: s.description ?? "",
    logUrl: s.log_url ?? s.target_url ?? "",
    environmentUrl: s.environment_url ?? "",
    createdAt: s.created_at,
  };
}

/** A status description that fits GitHub's 140-character limit (visibly truncated). */
export function statusDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= STATUS_DESCRIPTION_LIMIT
    ? oneLine
    : `${oneLine.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`;
}

export interface CreateDeploymentInput {
  /** A sha (recommended: pins the exact commit) or a ref. */
  ref: string;
  environment: string;
  /** Versioned JSON payload, e.g. `{ schema: 1, kind: "deploy", sha, previousSha, … }`. */
  payload: { schema: number } & Record<string, unknown>;
  description: string;
  /** Contexts GitHub must see green on the commit; `[]` (default) because our own gates checked CI. */
  requiredContexts?: string[];
  task?: string;
  productionEnvironment?: boolean;
}

/**
 * Creates a deployment (auto_merge false). A 409 (required contexts not green) is thrown with `status`
 * kept, so callers can refuse with evidence.
 */
export async function createDeployment(
  gh: GitHubPort,
  repo: RepoRef,
  input: CreateDeploymentInput,
): Promise<Deployment> {
  const res = await gh.request("POST /repos/{owner}/{repo}/deployments", {
    ...repo,
    ref: input.ref,
    environment: input.environment,
    task: input.task ?? "deploy",
    auto_merge: false,
    required_contexts: input.requiredContexts ?? [],
    payload: input.payload,
    description: statusDescription(input.description),
    ...(input.productionEnvironment === undefined
      ? {}
      : { production_environment: input.productionEnvironment }),
  });
  if (res.status === 202)
    throw new Error(`GitHub merged the default branch into ${input.ref} instead of deploying`);
  return toDeployment(res.data);
}

export async function setDeploymentStatus(
  gh: GitHubPort,
  repo: RepoRef,
  deploymentId: number,
  input: {
    state: DeploymentStatusState;
    description: string;
    /** The run's URL. */
    logUrl?: string;
    environmentUrl?: string;
    environment?: string;
    /** Default false: we mark earlier deployments inactive ourselves (markInactive). */
    autoInactive?: boolean;
  },
): Promise<DeploymentStatus> {
  const res = await gh.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
    ...repo,
    deployment_id: deploymentId,
    state: input.state,
    description: statusDescription(input.description),
    ...(input.logUrl ? { log_url: input.logUrl } : {}),
    ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
    ...(input.environment ? { environment: input.environment } : {}),
    auto_inactive: input.autoInactive ?? false,
  });
  return toStatus(res.data);
}

/** Deployments newest first (filters as the API's), up to `maxItems` (default 100). */
export async function listDeployments(
  gh: GitHubPort,
  repo: RepoRef,
  filter: { environment?: string; sha?: string; ref?: string; task?: string; maxItems?: number } = {},
): Promise<Deployment[]> {
  const { maxItems = 100, ...q } = filter;
  const items = await paginate<unknown>(
    gh,
    "GET /repos/{owner}/{repo}/deployments",
    { ...repo, ...q },
    { maxItems },
  );
  return items.map(toDeployment);
}

export async function getDeployment(
  gh: GitHubPort,
  repo: RepoRef,
  id: number,
): Promise<Deployment | undefined> {
  try {
    const res = await gh.request("GET /repos/{owner}/{repo}/deployments/{deployment_id}", {
      ...repo,
      deployment_id: id,
    });
    return toDeployment(res.data);
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Statuses newest first. */
export async function listDeploymentStatuses(
  gh: GitHubPort,
  repo: RepoRef,
  deploymentId: number,
  maxItems = 100,
): Promise<DeploymentStatus[]> {
  const items = await paginate<unknown>(
    gh,
    "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    { ...repo, deployment_id: deploymentId },
    { maxItems },
  );
  return items.map(toStatus);
}

/**
 * How a deployment ended, from its statuses (newest first): the newest of success/failure/error decides;
 * `inactive` (superseded) after a success keeps it good; a later failure (e.g. marked faulty) makes it bad.
 */
export function deploymentVerdict(statusesNewestFirst: DeploymentStatus[]): "good" | "bad" | "unfinished" {
  for (const s of statusesNewestFirst) {
    if (s.state === "success") return "good";
    if (s.state === "failure" || s.state === "error") return "bad";
  }
  return "unfinished";
}

export function isFaulty(statusesNewestFirst: DeploymentStatus[]): boolean {
  return statusesNewestFirst.some((s) => s.description.startsWith(FAULTY_PREFIX));
}

/** Marks a deployment faulty: a `failure` status whose description starts with `faulty:`. */
export async function markFaulty(
  gh: GitHubPort,
  repo: RepoRef,
  deploymentId: number,
  reason: string,
  logUrl?: string,
): Promise<DeploymentStatus> {
  return setDeploymentStatus(gh, repo, deploymentId, {
    state: "failure",
    description: `${FAULTY_PREFIX} ${reason}`,
    logUrl,
  });
}

/**
 * Marks every earlier deployment of the environment whose newest status is `success` as `inactive`
 * (GitHub does this only for non-production environments). Returns the ids marked.
 */
export async function markInactive(
  gh: GitHubPort,
  repo: RepoRef,
  input: { environment: string; exceptId: number; logUrl?: string; maxScan?: number },
): Promise<number[]> {
  const deployments = await listDeployments(gh, repo, {
    environment: input.environment,
    maxItems: input.maxScan ?? 30,
  });
  const marked: number[] = [];
  for (const d of deployments) {
    if (d.id === input.exceptId || d.id > input.exceptId) continue;
    const [latest] = await listDeploymentStatuses(gh, repo, d.id, 1);
    if (latest?.state !== "success") continue;
    await setDeploymentStatus(gh, repo, d.id, {
      state: "inactive",
      description: `superseded by deployment ${input.exceptId}`,
      logUrl: input.logUrl,
    });
    marked.push(d.id);
  }
  return marked;
}

export interface KnownGood {
  deployment: Deployment;
  statuses: DeploymentStatus[];
}

/**
 * The last known good release: the newest deployment in `environment` (older than `olderThanId` when
 * given, and excluding `excludeIds`) that ended in success and was not later marked faulty. Scans at most
 * `maxScan` deployments (default 30): 1 + N API calls.
 */
export async function lastKnownGood(
  gh: GitHubPort,
  repo: RepoRef,
  input: { environment: string; olderThanId?: number; excludeIds?: number[]; maxScan?: number },
): Promise<KnownGood | undefined> {
  const deployments = await listDeployments(gh, repo, {
    environment: input.environment,
    maxItems: input.maxScan ?? 30,
  });
  for (const d of deployments) {
    if (input.olderThanId !== undefined && d.id >= input.olderThanId) continue;
    if (input.excludeIds?.includes(d.id)) continue;
    const statuses = await listDeploymentStatuses(gh, repo, d.id);
    if (deploymentVerdict(statuses) === "good" && !isFaulty(statuses)) return { deployment: d, statuses };
  }
  return undefined;
}

/** Parses a payload that may be an object or a JSON string; undefined when neither. */
export function payloadObject(payload: unknown): Record<string, unknown> | undefined {
  if (payload && typeof payload === "object" && !Array.isArray(payload))
    return payload as Record<string, unknown>;
  if (typeof payload === "string") {
    try {
      const v = JSON.parse(payload) as unknown;
      return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
