// The emulator's state: plain records seeded by tests through typed methods, rendered into API objects
// (schema skeletons from GitHub's OpenAPI description overlaid with the modelled fields). Every record
// carries its repository's full name; ids are unique across the emulator (a job id is also its check
// run id, as on GitHub).

import { createHash } from "node:crypto";
import { overlay, skeleton } from "../openapi.ts";

export interface Identity {
  login: string;
  id: number;
  type: "Bot" | "User";
  /** `installation` behaves like GITHUB_TOKEN (GET /user → 403); `pat` like a personal access token. */
  kind: "installation" | "pat";
}

/** GITHUB_TOKEN's identity. */
export const ACTIONS_BOT: Identity = {
  login: "github-actions[bot]",
  id: 41898282,
  type: "Bot",
  kind: "installation",
};
export const OCTOCAT: Identity = { login: "octocat", id: 583231, type: "User", kind: "pat" };

export interface RepoRecord {
  id: number;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /** Branch name → head sha. */
  branches: Map<string, string>;
  /** Tags/other refs: full ref ("refs/tags/v1") → sha. */
  refs: Map<string, string>;
  /** `branch:path` → file. */
  files: Map<string, { content: string; sha: string; message: string; commitSha: string }>;
}

export interface CheckRunRecord {
  id: number;
  repo: string;
  sha: string;
  name: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  appSlug: string;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
}

export interface StatusRecord {
  id: number;
  repo: string;
  sha: string;
  context: string;
  state: "error" | "failure" | "pending" | "success";
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
  creator: Identity;
}

export interface PullRecord {
  id: number;
  repo: string;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  merged: boolean;
  mergeCommitSha: string | null;
  headSha: string;
  headRef: string;
  /** The head repository's full name (a fork's for fork PRs). */
  headRepo: string;
  baseRef: string;
  user: Identity;
  createdAt: string;
  mergedAt: string | null;
}

export interface ReviewRecord {
  id: number;
  repo: string;
  pullNumber: number;
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";
  user: Identity;
  commitId: string;
  body: string;
  submittedAt: string;
}

export interface DeploymentRecord {
  id: number;
  repo: string;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  autoMerge: boolean;
  requiredContexts: string[] | undefined;
  creator: Identity;
  createdAt: string;
  updatedAt: string;
}

export type DeploymentState =
  | "error"
  | "failure"
  | "inactive"
  | "in_progress"
  | "queued"
  | "pending"
  | "success";

export interface DeploymentStatusRecord {
  id: number;
  repo: string;
  deploymentId: number;
  state: DeploymentState;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  creator: Identity;
  createdAt: string;
}

export interface RunAttemptSnapshot {
  attempt: number;
  status: string;
  conclusion: string | null;
  startedAt: string;
}

export interface WorkflowRunRecord {
  id: number;
  repo: string;
  name: string;
  /** `.github/workflows/ci.yml` */
  path: string;
  workflowId: number;
  headSha: string;
  headBranch: string;
  /** The head repository's full name (a fork's for fork PRs). */
  headRepo: string;
  event: string;
  status: string;
  conclusion: string | null;
  runAttempt: number;
  runNumber: number;
  /** PR numbers as in the event's `pull_requests` (empty for fork PRs, as on GitHub). */
  pullRequests: number[];
  actor: Identity;
  createdAt: string;
  runStartedAt: string;
  /** Earlier attempts (attempt < runAttempt). */
  attempts: RunAttemptSnapshot[];
}

export interface StepRecord {
  name: string;
  number: number;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
}

export interface JobRecord {
  id: number;
  repo: string;
  runId: number;
  runAttempt: number;
  name: string;
  status: string;
  conclusion: string | null;
  steps: StepRecord[];
  /** Raw log text served through the logs redirect (undefined → 404 like an expired log). */
  log: string | undefined;
  startedAt: string;
  completedAt: string | null;
  labels: string[];
}

export interface AnnotationRecord {
  repo: string;
  checkRunId: number;
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | null;
  endColumn: number | null;
  level: "notice" | "warning" | "failure";
  message: string;
  title: string | null;
  rawDetails: string | null;
}

export interface ArtifactRecord {
  id: number;
  repo: string;
  runId: number;
  name: string;
  /** The zip served through the download redirect. */
  zip: Uint8Array;
  /** The size the API reports (default the zip's; a test may make it lie). */
  sizeInBytes: number;
  expired: boolean;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  repo: string;
  issueNumber: number;
  body: string;
  user: Identity;
  createdAt: string;
  updatedAt: string;
}

const HEX = /^[0-9a-f]{40}$/;

export function fakeSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

export class EmulatorState {
  /** The API base URL the renderers put in `url` fields (set by the emulator at start). */
  apiUrl = "http://127.0.0.1";
  serverUrl = "https://github.com";
  /** The clock for created_at/updated_at (tests may replace it). */
  now: () => Date = () => new Date();

  readonly repos = new Map<string, RepoRecord>();
  readonly checkRuns: CheckRunRecord[] = [];
  readonly statuses: StatusRecord[] = [];
  readonly pulls: PullRecord[] = [];
  readonly reviews: ReviewRecord[] = [];
  readonly deployments: DeploymentRecord[] = [];
  readonly deploymentStatuses: DeploymentStatusRecord[] = [];
  readonly runs: WorkflowRunRecord[] = [];
  readonly jobs: JobRecord[] = [];
  readonly annotations: AnnotationRecord[] = [];
  readonly artifacts: ArtifactRecord[] = [];
  readonly comments: CommentRecord[] = [];
  /** Runs whose failed jobs were re-run, in order. */
  readonly reruns: Array<{ runId: number; attempt: number; by: string }> = [];
  /** Explicit tokens; others: `ghp_`/`github_pat_` → OCTOCAT (PAT), anything else → ACTIONS_BOT. */
  readonly tokens = new Map<string, Identity | null>();

  private nextId = 1000;

  readonly defaultRepo: string;

  constructor(defaultRepo: string) {
    this.defaultRepo = defaultRepo;
    this.addRepo(defaultRepo);
  }

  id(): number {
    return this.nextId++;
  }

  iso(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z");
  }

  // ---- seeding ------------------------------------------------------------------------------------

  addRepo(
    fullName: string,
    opts: { defaultBranch?: string; private?: boolean; headSha?: string } = {},
  ): RepoRecord {
    const rec: RepoRecord = {
      id: this.id(),
      fullName,
      defaultBranch: opts.defaultBranch ?? "main",
      private: opts.private ?? false,
      branches: new Map([[opts.defaultBranch ?? "main", opts.headSha ?? fakeSha(`${fullName}:init`)]]),
      refs: new Map(),
      files: new Map(),
    };
    this.repos.set(fullName, rec);
    return rec;
  }

  repo(fullName = this.defaultRepo): RepoRecord {
    const r = this.repos.get(fullName);
    if (!r) throw new Error(`emulator: no repository ${fullName} (state.addRepo it first)`);
    return r;
  }

  /** Sets a branch head. */
  setBranch(name: string, sha: string, repo = this.defaultRepo): void {
    this.repo(repo).branches.set(name, sha);
  }

  /** Resolves a branch name, `heads/x`, `refs/heads/x`, a tag or a full sha to a sha. */
  resolveRef(ref: string, repo = this.defaultRepo): string | undefined {
    if (HEX.test(ref)) return ref;
    const r = this.repos.get(repo);
    if (!r) return undefined;
    const name = ref.replace(/^refs\/heads\//, "").replace(/^heads\//, "");
    return (
      r.branches.get(name) ?? r.refs.get(ref) ?? r.refs.get(`refs/${ref}`) ?? r.refs.get(`refs/tags/${ref}`)
    );
  }

  addToken(token: string, identity: Identity | null): void {
    this.tokens.set(token, identity);
  }

  identityFor(token: string): Identity | undefined {
    if (this.tokens.has(token)) return this.tokens.get(token) ?? undefined;
    if (token.startsWith("ghp_") || token.startsWith("github_pat_")) return OCTOCAT;
    return ACTIONS_BOT;
  }

  addCheckRun(o: {
    sha: string;
    name: string;
    status?: CheckRunRecord["status"];
    conclusion?: string | null;
    appSlug?: string;
    detailsUrl?: string;
    repo?: string;
  }): CheckRunRecord {
    const status = o.status ?? "completed";
    const rec: CheckRunRecord = {
      id: this.id(),
      repo: o.repo ?? this.defaultRepo,
      sha: o.sha,
      name: o.name,
      status,
      conclusion: status === "completed" ? (o.conclusion ?? "success") : null,
      appSlug: o.appSlug ?? "github-actions",
      detailsUrl: o.detailsUrl ?? null,
      startedAt: this.iso(),
      completedAt: status === "completed" ? this.iso() : null,
    };
    this.checkRuns.push(rec);
    return rec;
  }

  addStatus(o: {
    sha: string;
    context: string;
    state: StatusRecord["state"];
    description?: string;
    targetUrl?: string;
    repo?: string;
    creator?: Identity;
  }): StatusRecord {
    const rec: StatusRecord = {
      id: this.id(),
      repo: o.repo ?? this.defaultRepo,
      sha: o.sha,
      context: o.context,
      state: o.state,
      description: o.description ?? null,
      targetUrl: o.targetUrl ?? null,
      createdAt: this.iso(),
      creator: o.creator ?? OCTOCAT,
    };
    this.statuses.push(rec);
    return rec;
  }

  addPullRequest(o: {
    number?: number;
    title?: string;
    body?: string;
    state?: "open" | "closed";
    merged?: boolean;
    mergeCommitSha?: string;
    head: { sha: string; ref?: string; repo?: string };
    base?: { ref?: string };
    user?: Identity;
    reviews?: Array<{ state: ReviewRecord["state"]; user?: Identity; commitId?: string }>;
    repo?: string;
  }): PullRecord {
    const repo = o.repo ?? this.defaultRepo;
    const merged = o.merged ?? false;
    const number = o.number ?? this.pulls.filter((p) => p.repo === repo).length + 1;
    const rec: PullRecord = {
      id: this.id(),
      repo,
      number,
      title: o.title ?? `Pull request #${number}`,
      body: o.body ?? null,
      state: o.state ?? (merged ? "closed" : "open"),
      merged,
      mergeCommitSha: o.mergeCommitSha ?? (merged ? fakeSha(`merge:${repo}#${number}`) : null),
      headSha: o.head.sha,
      headRef: o.head.ref ?? `feature-${number}`,
      headRepo: o.head.repo ?? repo,
      baseRef: o.base?.ref ?? this.repo(repo).defaultBranch,
      user: o.user ?? OCTOCAT,
      createdAt: this.iso(),
      mergedAt: merged ? this.iso() : null,
    };
    this.pulls.push(rec);
    for (const r of o.reviews ?? []) {
      this.addReview({
        pullNumber: number,
        state: r.state,
        user: r.user,
        commitId: r.commitId ?? o.head.sha,
        repo,
      });
    }
    return rec;
  }

  addReview(o: {
    pullNumber: number;
    state: ReviewRecord["state"];
    user?: Identity;
    commitId?: string;
    body?: string;
    repo?: string;
  }): ReviewRecord {
    const repo = o.repo ?? this.defaultRepo;
    const pr = this.pulls.find((p) => p.repo === repo && p.number === o.pullNumber);
    const rec: ReviewRecord = {
      id: this.id(),
      repo,
      pullNumber: o.pullNumber,
      state: o.state,
      user: o.user ?? { login: "reviewer", id: 9001, type: "User", kind: "pat" },
      commitId: o.commitId ?? pr?.headSha ?? fakeSha("review"),
      body: o.body ?? "",
      submittedAt: this.iso(),
    };
    this.reviews.push(rec);
    return rec;
  }

  addDeployment(o: {
    sha: string;
    ref?: string;
    environment?: string;
    task?: string;
    payload?: unknown;
    description?: string;
    productionEnvironment?: boolean;
    transientEnvironment?: boolean;
    requiredContexts?: string[];
    autoMerge?: boolean;
    creator?: Identity;
    statuses?: Array<{ state: DeploymentState; description?: string; logUrl?: string }>;
    repo?: string;
  }): DeploymentRecord {
    const environment = o.environment ?? "production";
    const at = this.iso();
    const rec: DeploymentRecord = {
      id: this.id(),
      repo: o.repo ?? this.defaultRepo,
      sha: o.sha,
      ref: o.ref ?? o.sha,
      task: o.task ?? "deploy",
      payload: o.payload ?? {},
      environment,
      originalEnvironment: environment,
      description: o.description ?? null,
      transientEnvironment: o.transientEnvironment ?? false,
      productionEnvironment: o.productionEnvironment ?? environment === "production",
      autoMerge: o.autoMerge ?? true,
      requiredContexts: o.requiredContexts,
      creator: o.creator ?? ACTIONS_BOT,
      createdAt: at,
      updatedAt: at,
    };
    this.deployments.push(rec);
    for (const s of o.statuses ?? []) this.addDeploymentStatus(rec.id, s);
    return rec;
  }

  /** Adds a status; with `autoInactive` (GitHub's default), applies GitHub's auto-inactive rule. */
  addDeploymentStatus(
    deploymentId: number,
    o: {
      state: DeploymentState;
      description?: string;
      logUrl?: string;
      environmentUrl?: string;
      environment?: string;
      autoInactive?: boolean;
      creator?: Identity;
    },
  ): DeploymentStatusRecord {
    const d = this.deployments.find((x) => x.id === deploymentId);
    if (!d) throw new Error(`emulator: no deployment ${deploymentId}`);
    if (o.environment) d.environment = o.environment;
    const rec: DeploymentStatusRecord = {
      id: this.id(),
      repo: d.repo,
      deploymentId,
      state: o.state,
      description: o.description ?? "",
      environment: d.environment,
      logUrl: o.logUrl ?? "",
      environmentUrl: o.environmentUrl ?? "",
      creator: o.creator ?? ACTIONS_BOT,
      createdAt: this.iso(),
    };
    this.deploymentStatuses.push(rec);
    d.updatedAt = rec.createdAt;
    // GitHub: "Adds a new inactive status to all prior non-transient, non-production environment
    // deployments with the same repository and environment name … only to deployments that had a
    // success state." Production deployments must be marked inactive explicitly.
    if (
      o.state === "success" &&
      (o.autoInactive ?? true) &&
      !d.transientEnvironment &&
      !d.productionEnvironment
    ) {
      for (const prior of this.deployments) {
        if (prior.id >= d.id || prior.repo !== d.repo || prior.environment !== d.environment) continue;
        if (prior.productionEnvironment || prior.transientEnvironment) continue;
        if (this.latestDeploymentStatus(prior.id)?.state !== "success") continue;
        this.addDeploymentStatus(prior.id, { state: "inactive", autoInactive: false, creator: rec.creator });
      }
    }
    return rec;
  }

  /** Newest first. */
  statusesOfDeployment(deploymentId: number): DeploymentStatusRecord[] {
    return this.deploymentStatuses.filter((s) => s.deploymentId === deploymentId).sort((a, b) => b.id - a.id);
  }

  latestDeploymentStatus(deploymentId: number): DeploymentStatusRecord | undefined {
    return this.statusesOfDeployment(deploymentId)[0];
  }

  addWorkflowRun(o: {
    id?: number;
    name?: string;
    path?: string;
    headSha: string;
    headBranch?: string;
    headRepo?: string;
    event?: string;
    status?: string;
    conclusion?: string | null;
    runAttempt?: number;
    runNumber?: number;
    pullRequests?: number[];
    actor?: Identity;
    /** Earlier attempts' outcomes (attempt 1 first); the run's own status is the last attempt's. */
    previousAttempts?: Array<{ status?: string; conclusion: string | null }>;
    repo?: string;
  }): WorkflowRunRecord {
    const repo = o.repo ?? this.defaultRepo;
    const prev = o.previousAttempts ?? [];
    const status = o.status ?? "completed";
    const path = o.path ?? ".github/workflows/ci.yml";
    const rec: WorkflowRunRecord = {
      id: o.id ?? this.id(),
      repo,
      name: o.name ?? "CI",
      path,
      workflowId: Number.parseInt(createHash("md5").update(path).digest("hex").slice(0, 6), 16),
      headSha: o.headSha,
      headBranch: o.headBranch ?? this.repo(repo).defaultBranch,
      headRepo: o.headRepo ?? repo,
      event: o.event ?? "push",
      status,
      conclusion: status === "completed" ? (o.conclusion === undefined ? "failure" : o.conclusion) : null,
      runAttempt: o.runAttempt ?? prev.length + 1,
      runNumber: o.runNumber ?? this.runs.length + 1,
      pullRequests: o.pullRequests ?? [],
      actor: o.actor ?? OCTOCAT,
      createdAt: this.iso(),
      runStartedAt: this.iso(),
      attempts: prev.map((a, i) => ({
        attempt: i + 1,
        status: a.status ?? "completed",
        conclusion: a.conclusion,
        startedAt: this.iso(),
      })),
    };
    this.runs.push(rec);
    return rec;
  }

  addJob(o: {
    runId: number;
    runAttempt?: number;
    name: string;
    status?: string;
    conclusion?: string | null;
    steps?: Array<{ name: string; status?: StepRecord["status"]; conclusion?: string | null }>;
    log?: string;
    labels?: string[];
  }): JobRecord {
    const run = this.runs.find((r) => r.id === o.runId);
    if (!run) throw new Error(`emulator: no workflow run ${o.runId}`);
    const status = o.status ?? "completed";
    const rec: JobRecord = {
      id: this.id(),
      repo: run.repo,
      runId: run.id,
      runAttempt: o.runAttempt ?? run.runAttempt,
      name: o.name,
      status,
      conclusion: status === "completed" ? (o.conclusion === undefined ? "success" : o.conclusion) : null,
      steps: (o.steps ?? []).map((s, i) => ({
        name: s.name,
        number: i + 1,
        status: s.status ?? "completed",
        conclusion: (s.status ?? "completed") === "completed" ? (s.conclusion ?? "success") : null,
      })),
      log: o.log,
      startedAt: this.iso(),
      completedAt: status === "completed" ? this.iso() : null,
      labels: o.labels ?? ["ubuntu-latest"],
    };
    this.jobs.push(rec);
    return rec;
  }

  addAnnotation(o: {
    jobId: number;
    path: string;
    startLine: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
    level?: AnnotationRecord["level"];
    message: string;
    title?: string;
    rawDetails?: string;
  }): AnnotationRecord {
    const job = this.jobs.find((j) => j.id === o.jobId);
    const rec: AnnotationRecord = {
      repo: job?.repo ?? this.defaultRepo,
      checkRunId: o.jobId,
      path: o.path,
      startLine: o.startLine,
      endLine: o.endLine ?? o.startLine,
      startColumn: o.startColumn ?? null,
      endColumn: o.endColumn ?? null,
      level: o.level ?? "failure",
      message: o.message,
      title: o.title ?? null,
      rawDetails: o.rawDetails ?? null,
    };
    this.annotations.push(rec);
    return rec;
  }

  /** An artifact of a run (upload-artifact's zip, given as bytes). */
  addArtifact(o: {
    runId: number;
    name: string;
    zip: Uint8Array;
    sizeInBytes?: number;
    expired?: boolean;
  }): ArtifactRecord {
    const run = this.runs.find((r) => r.id === o.runId);
    if (!run) throw new Error(`emulator: no workflow run ${o.runId}`);
    const rec: ArtifactRecord = {
      id: this.id(),
      repo: run.repo,
      runId: run.id,
      name: o.name,
      zip: o.zip,
      sizeInBytes: o.sizeInBytes ?? o.zip.length,
      expired: o.expired ?? false,
      createdAt: this.iso(),
    };
    this.artifacts.push(rec);
    return rec;
  }

  addIssueComment(o: { issueNumber: number; body: string; user?: Identity; repo?: string }): CommentRecord {
    const at = this.iso();
    const rec: CommentRecord = {
      id: this.id(),
      repo: o.repo ?? this.defaultRepo,
      issueNumber: o.issueNumber,
      body: o.body,
      user: o.user ?? OCTOCAT,
      createdAt: at,
      updatedAt: at,
    };
    this.comments.push(rec);
    return rec;
  }

  /** Comments on an issue/PR, oldest first. */
  commentsOn(issueNumber: number, repo = this.defaultRepo): CommentRecord[] {
    return this.comments.filter((c) => c.repo === repo && c.issueNumber === issueNumber);
  }

  /** Deployments in an environment, newest first. */
  deploymentsIn(environment: string, repo = this.defaultRepo): DeploymentRecord[] {
    return this.deployments
      .filter((d) => d.repo === repo && d.environment === environment)
      .sort((a, b) => b.id - a.id);
  }

  // ---- rendering (API objects) ----------------------------------------------------------------------

  user(u: Identity): Record<string, unknown> {
    const api = this.apiUrl;
    return overlay(skeleton("simple-user"), {
      login: u.login,
      id: u.id,
      node_id: Buffer.from(`04:User${u.id}`).toString("base64"),
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
      gravatar_id: "",
      url: `${api}/users/${encodeURIComponent(u.login)}`,
      html_url: `${this.serverUrl}/${encodeURIComponent(u.login)}`,
      followers_url: `${api}/users/${u.login}/followers`,
      following_url: `${api}/users/${u.login}/following{/other_user}`,
      gists_url: `${api}/users/${u.login}/gists{/gist_id}`,
      starred_url: `${api}/users/${u.login}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/users/${u.login}/subscriptions`,
      organizations_url: `${api}/users/${u.login}/orgs`,
      repos_url: `${api}/users/${u.login}/repos`,
      events_url: `${api}/users/${u.login}/events{/privacy}`,
      received_events_url: `${api}/users/${u.login}/received_events`,
      type: u.type,
      site_admin: false,
    });
  }

  repository(fullName: string, schema = "full-repository"): Record<string, unknown> {
    const r = this.repos.get(fullName);
    const [owner = "", name = ""] = fullName.split("/");
    const api = `${this.apiUrl}/repos/${fullName}`;
    const ownerIdentity: Identity = { login: owner, id: 1000000 + owner.length, type: "User", kind: "pat" };
    const base: Record<string, unknown> = {
      id: r?.id ?? 1,
      node_id: Buffer.from(`010:Repository${r?.id ?? 1}`).toString("base64"),
      name,
      full_name: fullName,
      owner: this.user(ownerIdentity),
      private: r?.private ?? false,
      visibility: r?.private ? "private" : "public",
      html_url: `${this.serverUrl}/${fullName}`,
      description: null,
      fork: false,
      url: api,
      default_branch: r?.defaultBranch ?? "main",
      created_at: "2025-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
      pushed_at: "2026-01-01T00:00:00Z",
      clone_url: `${this.serverUrl}/${fullName}.git`,
      git_url: `git://github.com/${fullName}.git`,
      ssh_url: `git@github.com:${fullName}.git`,
      svn_url: `${this.serverUrl}/${fullName}`,
      archived: false,
      disabled: false,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    };
    for (const k of [
      "branches",
      "commits",
      "contents",
      "deployments",
      "issues",
      "pulls",
      "statuses",
      "tags",
    ]) {
      base[`${k}_url`] = `${api}/${k}`;
    }
    return overlay(skeleton(schema), base);
  }

  pullRequest(
    p: PullRecord,
    schema: "pull-request" | "pull-request-simple" = "pull-request",
  ): Record<string, unknown> {
    const api = `${this.apiUrl}/repos/${p.repo}`;
    const side = (ref: string, sha: string, repoName: string) => ({
      label: `${repoName.split("/")[0]}:${ref}`,
      ref,
      sha,
      user: this.user({ login: repoName.split("/")[0] ?? "", id: 1000000, type: "User", kind: "pat" }),
      repo: this.repository(repoName, "repository"),
    });
    const baseSha = this.resolveRef(p.baseRef, p.repo) ?? fakeSha(`${p.repo}:${p.baseRef}`);
    const html = `${this.serverUrl}/${p.repo}/pull/${p.number}`;
    const obj: Record<string, unknown> = {
      url: `${api}/pulls/${p.number}`,
      id: p.id,
      node_id: Buffer.from(`011:PullRequest${p.id}`).toString("base64"),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${p.number}`,
      commits_url: `${api}/pulls/${p.number}/commits`,
      review_comments_url: `${api}/pulls/${p.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${p.number}/comments`,
      statuses_url: `${api}/statuses/${p.headSha}`,
      number: p.number,
      state: p.state,
      locked: false,
      title: p.title,
      user: this.user(p.user),
      body: p.body,
      labels: [],
      created_at: p.createdAt,
      updated_at: p.mergedAt ?? p.createdAt,
      closed_at: p.state === "closed" ? (p.mergedAt ?? p.createdAt) : null,
      merged_at: p.mergedAt,
      merge_commit_sha: p.mergeCommitSha,
      draft: false,
      head: side(p.headRef, p.headSha, p.headRepo),
      base: side(p.baseRef, baseSha, p.repo),
      _links: {
        self: { href: `${api}/pulls/${p.number}` },
        html: { href: html },
        issue: { href: `${api}/issues/${p.number}` },
        comments: { href: `${api}/issues/${p.number}/comments` },
        review_comments: { href: `${api}/pulls/${p.number}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${p.number}/commits` },
        statuses: { href: `${api}/statuses/${p.headSha}` },
      },
      author_association: "CONTRIBUTOR",
      auto_merge: null,
    };
    if (schema === "pull-request") {
      Object.assign(obj, {
        merged: p.merged,
        mergeable: p.state === "open" ? true : null,
        rebaseable: null,
        mergeable_state: p.state === "open" ? "clean" : "unknown",
        merged_by: p.merged ? this.user(OCTOCAT) : null,
        comments: this.commentsOn(p.number, p.repo).length,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: 1,
        additions: 1,
        deletions: 0,
        changed_files: 1,
      });
    }
    return overlay(skeleton(schema), obj);
  }

  review(r: ReviewRecord): Record<string, unknown> {
    const html = `${this.serverUrl}/${r.repo}/pull/${r.pullNumber}#pullrequestreview-${r.id}`;
    return overlay(skeleton("pull-request-review"), {
      id: r.id,
      node_id: Buffer.from(`017:PullRequestReview${r.id}`).toString("base64"),
      user: this.user(r.user),
      body: r.body,
      state: r.state,
      html_url: html,
      pull_request_url: `${this.apiUrl}/repos/${r.repo}/pulls/${r.pullNumber}`,
      _links: {
        html: { href: html },
        pull_request: { href: `${this.apiUrl}/repos/${r.repo}/pulls/${r.pullNumber}` },
      },
      submitted_at: r.submittedAt,
      commit_id: r.commitId,
      author_association: "COLLABORATOR",
    });
  }

  checkRun(c: CheckRunRecord): Record<string, unknown> {
    const url = `${this.apiUrl}/repos/${c.repo}/check-runs/${c.id}`;
    return overlay(skeleton("check-run"), {
      id: c.id,
      head_sha: c.sha,
      node_id: Buffer.from(`014:CheckRun${c.id}`).toString("base64"),
      external_id: String(c.id),
      url,
      html_url: `${this.serverUrl}/${c.repo}/runs/${c.id}`,
      details_url: c.detailsUrl,
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.startedAt,
      completed_at: c.completedAt,
      output: {
        title: null,
        summary: null,
        text: null,
        annotations_count: this.annotations.filter((a) => a.checkRunId === c.id).length,
        annotations_url: `${url}/annotations`,
      },
      name: c.name,
      check_suite: { id: 1 },
      app: null,
      pull_requests: [],
    });
  }

  commitStatus(
    s: StatusRecord,
    schema: "status" | "simple-commit-status" = "status",
  ): Record<string, unknown> {
    return overlay(skeleton(schema), {
      url: `${this.apiUrl}/repos/${s.repo}/statuses/${s.sha}`,
      avatar_url: null,
      id: s.id,
      node_id: Buffer.from(`013:StatusContext${s.id}`).toString("base64"),
      state: s.state,
      description: s.description,
      target_url: s.targetUrl,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      creator: this.user(s.creator),
      required: null,
    });
  }

  deployment(d: DeploymentRecord): Record<string, unknown> {
    const url = `${this.apiUrl}/repos/${d.repo}/deployments/${d.id}`;
    return overlay(skeleton("deployment"), {
      url,
      id: d.id,
      node_id: Buffer.from(`010:Deployment${d.id}`).toString("base64"),
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
      original_environment: d.originalEnvironment,
      environment: d.environment,
      description: d.description,
      creator: this.user(d.creator),
      created_at: d.createdAt,
      updated_at: d.updatedAt,
      statuses_url: `${url}/statuses`,
      repository_url: `${this.apiUrl}/repos/${d.repo}`,
      transient_environment: d.transientEnvironment,
      production_environment: d.productionEnvironment,
    });
  }

  deploymentStatus(s: DeploymentStatusRecord): Record<string, unknown> {
    const durl = `${this.apiUrl}/repos/${s.repo}/deployments/${s.deploymentId}`;
    return overlay(skeleton("deployment-status"), {
      url: `${durl}/statuses/${s.id}`,
      id: s.id,
      node_id: Buffer.from(`016:DeploymentStatus${s.id}`).toString("base64"),
      state: s.state,
      creator: this.user(s.creator),
      description: s.description,
      environment: s.environment,
      target_url: s.logUrl,
      log_url: s.logUrl,
      environment_url: s.environmentUrl,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      deployment_url: durl,
      repository_url: `${this.apiUrl}/repos/${s.repo}`,
    });
  }

  workflowRun(r: WorkflowRunRecord, attempt?: RunAttemptSnapshot): Record<string, unknown> {
    const url = `${this.apiUrl}/repos/${r.repo}/actions/runs/${r.id}`;
    const prs = r.pullRequests.map((n) => {
      const p = this.pulls.find((x) => x.repo === r.repo && x.number === n);
      const repoRef = (full: string) => ({
        id: this.repos.get(full)?.id ?? 1,
        url: `${this.apiUrl}/repos/${full}`,
        name: full.split("/")[1] ?? "",
      });
      return {
        id: p?.id ?? n,
        number: n,
        url: `${this.apiUrl}/repos/${r.repo}/pulls/${n}`,
        head: { ref: p?.headRef ?? r.headBranch, sha: p?.headSha ?? r.headSha, repo: repoRef(r.repo) },
        base: { ref: p?.baseRef ?? "main", sha: fakeSha(`base:${n}`), repo: repoRef(r.repo) },
      };
    });
    return overlay(skeleton("workflow-run"), {
      id: r.id,
      name: r.name,
      node_id: Buffer.from(`011:WorkflowRun${r.id}`).toString("base64"),
      check_suite_id: r.id + 1,
      head_branch: r.headBranch,
      head_sha: r.headSha,
      path: r.path,
      run_number: r.runNumber,
      run_attempt: attempt?.attempt ?? r.runAttempt,
      event: r.event,
      display_title: r.name,
      status: attempt?.status ?? r.status,
      conclusion: attempt ? attempt.conclusion : r.conclusion,
      workflow_id: r.workflowId,
      url,
      html_url: `${this.serverUrl}/${r.repo}/actions/runs/${r.id}`,
      pull_requests: prs,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      actor: this.user(r.actor),
      triggering_actor: this.user(r.actor),
      run_started_at: attempt?.startedAt ?? r.runStartedAt,
      jobs_url: `${url}/jobs`,
      logs_url: `${url}/logs`,
      check_suite_url: `${this.apiUrl}/repos/${r.repo}/check-suites/${r.id + 1}`,
      artifacts_url: `${url}/artifacts`,
      cancel_url: `${url}/cancel`,
      rerun_url: `${url}/rerun`,
      previous_attempt_url:
        (attempt?.attempt ?? r.runAttempt) > 1
          ? `${url}/attempts/${(attempt?.attempt ?? r.runAttempt) - 1}`
          : null,
      workflow_url: `${this.apiUrl}/repos/${r.repo}/actions/workflows/${r.workflowId}`,
      head_commit: null,
      repository: this.repository(r.repo, "minimal-repository"),
      head_repository: this.repository(r.headRepo, "minimal-repository"),
    });
  }

  job(j: JobRecord): Record<string, unknown> {
    const run = this.runs.find((r) => r.id === j.runId);
    return overlay(skeleton("job"), {
      id: j.id,
      run_id: j.runId,
      run_url: `${this.apiUrl}/repos/${j.repo}/actions/runs/${j.runId}`,
      run_attempt: j.runAttempt,
      node_id: Buffer.from(`08:CheckRun${j.id}`).toString("base64"),
      head_sha: run?.headSha ?? "",
      head_branch: run?.headBranch ?? null,
      url: `${this.apiUrl}/repos/${j.repo}/actions/jobs/${j.id}`,
      html_url: `${this.serverUrl}/${j.repo}/actions/runs/${j.runId}/job/${j.id}`,
      status: j.status,
      conclusion: j.conclusion,
      created_at: j.startedAt,
      started_at: j.startedAt,
      completed_at: j.completedAt,
      name: j.name,
      steps: j.steps.map((s) => ({
        name: s.name,
        number: s.number,
        status: s.status,
        conclusion: s.conclusion,
        started_at: j.startedAt,
        completed_at: s.status === "completed" ? (j.completedAt ?? j.startedAt) : null,
      })),
      check_run_url: `${this.apiUrl}/repos/${j.repo}/check-runs/${j.id}`,
      labels: j.labels,
      runner_id: 1,
      runner_name: "GitHub Actions 1",
      runner_group_id: 1,
      runner_group_name: "GitHub Actions",
      workflow_name: run?.name ?? null,
    });
  }

  annotation(a: AnnotationRecord): Record<string, unknown> {
    return overlay(skeleton("check-annotation"), {
      path: a.path,
      start_line: a.startLine,
      end_line: a.endLine,
      start_column: a.startColumn,
      end_column: a.endColumn,
      annotation_level: a.level,
      title: a.title,
      message: a.message,
      raw_details: a.rawDetails,
      blob_href: `${this.serverUrl}/${a.repo}/blob/HEAD/${a.path}`,
    });
  }

  artifact(a: ArtifactRecord): Record<string, unknown> {
    const run = this.runs.find((r) => r.id === a.runId);
    const url = `${this.apiUrl}/repos/${a.repo}/actions/artifacts/${a.id}`;
    const expires = new Date(Date.parse(a.createdAt) + 90 * 24 * 3600 * 1000).toISOString();
    return overlay(skeleton("artifact"), {
      id: a.id,
      node_id: Buffer.from(`08:Artifact${a.id}`).toString("base64"),
      name: a.name,
      size_in_bytes: a.sizeInBytes,
      url,
      archive_download_url: `${url}/zip`,
      expired: a.expired,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      expires_at: expires,
      digest: `sha256:${createHash("sha256").update(a.zip).digest("hex")}`,
      workflow_run: {
        id: a.runId,
        repository_id: this.repos.get(a.repo)?.id ?? 1,
        head_repository_id: this.repos.get(run?.headRepo ?? a.repo)?.id ?? 1,
        head_branch: run?.headBranch ?? "",
        head_sha: run?.headSha ?? "",
      },
    });
  }

  comment(c: CommentRecord): Record<string, unknown> {
    return overlay(skeleton("issue-comment"), {
      id: c.id,
      node_id: Buffer.from(`012:IssueComment${c.id}`).toString("base64"),
      url: `${this.apiUrl}/repos/${c.repo}/issues/comments/${c.id}`,
      html_url: `${this.serverUrl}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${this.apiUrl}/repos/${c.repo}/issues/${c.issueNumber}`,
      body: c.body,
      user: this.user(c.user),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
    });
  }
}
