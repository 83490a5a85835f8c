// The narrow ports the release engines (deploy and rollback) drive. Adapters over the real modules
// (github/, state/, compose/, migrations/, health/) live in adapters.ts; tests hand in fakes.

import type { Logger } from "../action/logger.js";
import type { CallLog } from "./calls.js";

/** One status of a GitHub Deployment, newest first in `DeploymentView.statuses`. */
import type { FetchLike } from "./metrics.js";

export interface DeploymentStatusView {
  state: "queued" | "in_progress" | "success" | "failure" | "error" | "inactive" | "pending";
  description: string;
  createdAt: string;
}

/** A GitHub Deployment as the engines see it; `payload` is the raw payload (object or JSON string). */
export interface DeploymentView {
  id: number;
  sha: string;
  environment: string;
  createdAt: string;
  payload: unknown;
  /** Newest first. */
  statuses: DeploymentStatusView[];
}

export type DeploymentState = "in_progress" | "success" | "failure" | "error" | "inactive";

/** One check run or commit status on a commit, already reduced to a conclusion. */
export interface CheckView {
  name: string;
  state: "success" | "failure" | "pending" | "neutral" | "skipped";
  url?: string;
}

export interface PullRequestView {
  number: number;
  title: string;
  url: string;
  merged: boolean;
  /** Logins whose latest review is APPROVED. */
  approvedBy: string[];
}

export interface ReleaseGitHub {
  /** Deployments of the environment, newest first, with their statuses (newest first). */
  listDeployments(environment: string): Promise<DeploymentView[]>;
  createDeployment(input: {
    sha: string;
    environment: string;
    payload: object;
    description: string;
  }): Promise<{ id: number }>;
  setDeploymentStatus(
    id: number,
    input: { state: DeploymentState; description: string; logUrl: string; environment: string },
  ): Promise<void>;
  /** The sha at the head of `branch`. */
  branchHead(branch: string): Promise<string>;
  /** The merged pull request that brought `sha`, if any. */
  pullRequestForCommit(sha: string): Promise<PullRequestView | undefined>;
  /** Check runs and commit statuses on `sha`. */
  commitChecks(sha: string): Promise<CheckView[]>;
  /** Creates `branch` at `sha` (the hotfix branch). */
  createBranch(branch: string, sha: string): Promise<void>;
  /** Commits `content` at `path` on a new branch from `base` and opens a pull request; returns its URL. */
  proposeFile(input: {
    base: string;
    branch: string;
    path: string;
    content: string;
    title: string;
    body: string;
  }): Promise<string>;
}

export interface OperationalState {
  /** `undefined` when the key is absent; `error` when Redis could not be read. */
  killSwitch: boolean | undefined;
  breaker: string | undefined;
  error?: string;
}

export interface LockHandle {
  owner: string;
  /**
   * Called before every changing step (record, migration, restart): throws `LockLostError` when the lock
   * is no longer ours (compared in Redis). State writes under the lock are fenced in Redis as well.
   */
  check(step: string): Promise<void>;
  /** Releases the lock only if still ours (compare-and-delete). */
  release(): Promise<boolean>;
}

export type LockAttempt =
  | { acquired: true; handle: LockHandle }
  /** `holder`: who has it and for how long we waited, as a phrase ("held by deploy run 41 …; waited 5s"). */
  | { acquired: false; holder: string | undefined; error?: string };

export interface ReleaseState {
  read(): Promise<OperationalState>;
  /** Tries to take the deploy lock, waiting up to `waitMs`. Never throws for "held". */
  acquireLock(input: {
    owner: string;
    ttlMs: number;
    waitMs: number;
    signal?: AbortSignal;
  }): Promise<LockAttempt>;
  /** Who holds the lock now, without taking it (dry runs, leftover checks). */
  lockHolder(): Promise<string | undefined>;
  tripBreaker(reason: string): Promise<void>;
  setKillSwitch(active: boolean, reason: string): Promise<void>;
  audit(event: { action: string; reason: string; detail?: Record<string, string> }): Promise<void>;
}

/** A release's images: service → image reference (`repo:version`) and id (`sha256:…`). */
export interface ReleaseImages {
  [service: string]: { ref: string; id: string };
}

/** Which services a release owns and which it never touches (from the compose file and `accessories`). */
export interface ServicePlan {
  /** Built or pulled, tagged by version, stopped and started by deploy and rollback. */
  release: string[];
  /** Never stopped, recreated, retagged or pruned; must be running and healthy before and after. */
  accessories: Array<{ service: string; image: string | undefined; why: string }>;
}

/** One accessory as `docker inspect` shows it now. */
export interface AccessoryState {
  service: string;
  image: string | undefined;
  /** How it was recognised: `accessories input` or the auto-detection's reason. */
  why: string;
  /** The running (or last) container — a Swarm task in swarm mode; undefined when the service has none. */
  containerId: string | undefined;
  /** What containerId names: a container (compose mode, the default) or a Swarm task. */
  unit?: "container" | "task";
  running: boolean;
  health: "healthy" | "unhealthy" | "starting" | "none";
  startedAt: string | undefined;
}

export interface ReleaseCompose {
  /** `build` (default) or `pull`: how prepareRelease makes the images (named in the step). */
  readonly imageSource?: "build" | "pull";
  /** How `up` replaces the services, named in the timeline (default: the strategy; Swarm: its update_config). */
  readonly restartMode?: string;
  /**
   * Optional: starts reading what every run asks anyway (the compose configuration, the containers'
   * state) so its latency overlaps the run's first steps; later calls reuse the answers. Never changes
   * anything; an adapter without it is asked when the answers are needed.
   */
  prefetch?(): Promise<void>;
  /** Release services and accessories, with `version` in the environment. */
  services(version: string): Promise<ServicePlan>;
  /** The accessories' containers now (see ServicePlan). */
  accessories(version: string): Promise<AccessoryState[]>;
  /** Builds or pulls the release services' images and tags them `version`; returns refs and ids. */
  prepareRelease(version: string, signal?: AbortSignal): Promise<ReleaseImages>;
  /** Which of these image refs or ids exist locally. */
  imagesPresent(refs: string[]): Promise<{ present: string[]; missing: string[] }>;
  /**
   * Starts the release services of `version` with its tagged images (no build); accessories are never
   * stopped or recreated (`down-up` stops and removes the release services only).
   */
  up(
    version: string,
    options: { strategy: "down-up" | "recreate"; services?: string[]; signal?: AbortSignal },
  ): Promise<void>;
  /** Restarts services (the release services when none named) without changing their images. */
  restart(services: string[] | undefined, signal?: AbortSignal, version?: string): Promise<void>;
  /** The image ref (tag) each running service was created from; compose sees `version`. */
  runningImages(version: string): Promise<Record<string, string>>;
  /** Log lines of services since an ISO time (tail bounded by the adapter); compose sees `version`. */
  logs(
    services: string[] | undefined,
    sinceIso: string,
    tail: number,
    version: string,
  ): Promise<Record<string, string>>;
  composeFileHash(): Promise<string>;
  /** Removes release images beyond the newest `keep` versions, never those in `protect`. */
  pruneReleases(keep: number, protect: string[]): Promise<string[]>;
}

/** One migration of the current code's revision graph. */
export interface MigrationInfo {
  revision: string;
  /** Parent revisions (none for the base, two for a merge). */
  downRevisions: string[];
  file: string;
  message?: string;
  /** What its downgrade drops, e.g. `drop_table orders`, `drop_column users.email`. */
  destructiveDowngrade: string[];
  /** What its upgrade drops on the way up (same notation); absent when the adapter does not read it. */
  destructiveUpgrade?: string[];
}

/** What one drop takes (migrations/rows.ts): rows, or why it cannot be told. */
export interface DropCount {
  operation: string;
  /** For a column: rows with a value in it. */
  rows: number | undefined;
  note?: string;
}

/**
 * A migration command's result, checked: `ok` only when `alembic current` is the target afterwards.
 * `error` is one line saying why not (Alembic's own words, or "alembic exited 0 but the database is at …").
 */
export interface MigrationResult {
  ok: boolean;
  output: string;
  error?: string;
}

export interface ReleaseMigrations {
  /** The database's revision now; `null` at base (empty database). */
  current(signal?: AbortSignal): Promise<string | null>;
  heads(): Promise<string[]>;
  /** The revision graph of the code checked out now. */
  graph(): Promise<MigrationInfo[]>;
  upgrade(target: string, signal?: AbortSignal): Promise<MigrationResult>;
  downgrade(target: string, signal?: AbortSignal): Promise<MigrationResult>;
  /** Rows each operation (`drop_table t`, `drop_column t.c`, …) would take now, in order; never throws. */
  countDropped?(operations: string[], signal?: AbortSignal): Promise<DropCount[]>;
}

/** What the smoke core concluded, reduced to what a release decision needs. */
export interface HealthReport {
  verdict: "pass" | "fail" | "inconclusive";
  /** Percent slower (or more errors) than the baseline; undefined without a baseline. */
  degradationPct?: number;
  crashLooping: string[];
  breaker: string | undefined;
  /** Services that were unhealthy, for log tails in the incident report. */
  failingServices: string[];
  /** Human-readable evidence lines ("GET :8001/health 200 in 12ms"). */
  evidence: string[];
  /** The failed checks, each with its evidence, worst first ("orchestrator /health answered 500 …"). */
  causes?: string[];
  /** From the check's start until the last endpoint was confirmed healthy: when service was restored (the
   * rest of the check watches for a crash loop); undefined when an endpoint never was, or none is set. */
  healthyAfterMs?: number;
  /** The smoke core's full JSON report, kept in our `report` output. */
  raw?: unknown;
}

export interface ReleaseSmoke {
  /**
   * One verification pass (endpoints, stack, breaker, smoke tests); with a baseline, degradation too.
   * `rollback` leaves the breaker out: it may be tripped by the very incident being rolled back.
   */
  check(input: {
    baseline?: unknown;
    signal?: AbortSignal;
    purpose?: "deploy" | "rollback";
    /** The release whose services are checked: compose sees it as the version variable. */
    version?: string;
  }): Promise<HealthReport>;
}

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface CommandPort {
  /** Runs an optional user command (backup, integrity check); argv, never a shell string. */
  run(argv: string[], signal?: AbortSignal): Promise<{ ok: boolean; output: string }>;
}

export interface Notifier {
  post(text: string): Promise<void>;
}

export interface ReleaseDeps {
  github: ReleaseGitHub;
  state: ReleaseState;
  compose: ReleaseCompose;
  migrations: ReleaseMigrations;
  smoke: ReleaseSmoke;
  clock: Clock;
  logger: Logger;
  commands: CommandPort;
  notifier?: Notifier;
  signal?: AbortSignal;
  /** Told as soon as a deployment exists, so a `post:` step can close it if the run dies. */
  onDeploymentCreated?: (id: number) => void;
  /** HTTP GET for the metrics query (default the global fetch). */
  fetch?: FetchLike;
  /** Break glass: these gates (ids) are not evaluated but shown as skipped with `why`. */
  skipGates?: { ids: readonly string[]; why: string };
  /** The run's child processes and round trips, each attributed to a timeline step. */
  calls?: CallLog;
  /** When the process started, on `clock`'s scale: the timeline's first step is `process start`. */
  startedAtMs?: number;
}

/** Who and where: put in records, statuses, the audit stream and the incident report. */
export interface RunInfo {
  runUrl: string;
  actor: string;
  repository: string;
}
