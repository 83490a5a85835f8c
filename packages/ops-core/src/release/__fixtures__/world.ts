// A hand-written fake production host behind the release ports: deployments (GitHub), Redis state,
// images and running services (compose), the database revision and revision graph (Alembic), and the
// health of each version (smoke). Tests assert on this world's state, never on call counts.

import { CancelledError } from "../../action/errors.js";
import { RecordingLogger } from "../../action/logger.js";
import { LockLostError } from "../../state/lock.js";
import type {
  AccessoryState,
  CheckView,
  DeploymentState,
  DeploymentView,
  HealthReport,
  LockAttempt,
  MigrationInfo,
  PullRequestView,
  ReleaseDeps,
  ReleaseImages,
} from "../ports.js";
import { RECORD_SCHEMA, type ReleaseRecord } from "../record.js";

export const SERVICES = ["signal", "gateway", "orchestrator"] as const;

export function mig(revision: string, down: string | null, destructive: string[] = []): MigrationInfo {
  return {
    revision,
    downRevisions: down === null ? [] : [down],
    file: `db/versions/${revision}.py`,
    destructiveDowngrade: destructive,
  };
}

export const pass = (evidence = "3/3 endpoints 200"): HealthReport => ({
  verdict: "pass",
  crashLooping: [],
  breaker: "OPEN",
  failingServices: [],
  evidence: [evidence],
});

export const broken = (evidence = "GET :8002/health 500"): HealthReport => ({
  verdict: "fail",
  crashLooping: [],
  breaker: "OPEN",
  failingServices: ["gateway"],
  evidence: [evidence],
  causes: ["gateway /health answered 500 (expected 200), 12 tries in 15 s"],
});

export class World {
  now = Date.parse("2026-11-27T03:00:00Z");
  deployments: DeploymentView[] = [];
  nextId = 100;
  redis = { killSwitch: false as boolean | undefined, breaker: "OPEN" as string | undefined, down: false, lock: undefined as string | undefined };
  tripReasons: string[] = [];
  auditLog: string[] = [];
  /** The steps the engine checked the deploy lock before, in order. */
  lockChecks: string[] = [];
  graph: MigrationInfo[] = [mig("0001", null), mig("0002", "0001")];
  db: string | null = "0002";
  failUpgrade = false;
  /** A failing upgrade applies this revision before it fails (a half-applied chain). */
  failDowngrade = false;
  images = new Map<string, string>();
  running: string | undefined;
  /** Services deploy and rollback must never touch (Redis, a ledger with a volume). */
  accessories: AccessoryState[] = [];
  upCalls: string[] = [];
  restarts: string[] = [];
  health: Record<string, HealthReport | HealthReport[]> = {};
  branchHead = "";
  pr: PullRequestView | undefined = { number: 7, title: "feature", url: "https://gh/pr/7", merged: true, approvedBy: ["alice"] };
  checks: CheckView[] = [{ name: "test", state: "success" }];
  /** Checks that turn green once this much fake time has passed. */
  checksAfter: { atMs: number; checks: CheckView[] } | undefined;
  branches: Record<string, string> = {};
  proposed: Array<{ path: string; content: string; branch: string }> = [];
  notifications: string[] = [];
  backupOk = true;
  commandsRun: string[][] = [];
  logger = new RecordingLogger();
  controller = new AbortController();
  /** Hooks to simulate events mid-run (e.g. cancellation). */
  onUpgrade: (() => void) | undefined;
  onUp: (() => void) | undefined;
  /** Deployment statuses of this state fail (GitHub down at the wrong moment). */
  failStatus: string | undefined;

  /** A release as earlier runs left it: images present, a deployment with a record and statuses. */
  seedRelease(sha: string, opts: { db: string | null; before?: string | null; states?: DeploymentState[]; kind?: "deploy" | "rollback"; applied?: string[] }): DeploymentView {
    const version = sha;
    const images: Record<string, string> = {};
    const refs: Record<string, string> = {};
    for (const s of SERVICES) {
      refs[s] = `app/${s}:${version}`;
      images[s] = `sha256:${s}-${version}`;
      this.images.set(refs[s], images[s]);
    }
    const record: ReleaseRecord = {
      schema: RECORD_SCHEMA,
      kind: opts.kind ?? "deploy",
      sha,
      previousSha: this.deployments[0]?.sha ?? null,
      version,
      alembic: { before: opts.before ?? null, after: opts.db, applied: opts.applied ?? [] },
      images,
      imageRefs: refs,
      composeFileHash: "hash1",
      runUrl: "https://gh/o/r/actions/runs/1",
      actor: "bob",
    };
    const id = this.nextId++;
    this.now += 60_000;
    const d: DeploymentView = {
      id,
      sha,
      environment: "production",
      createdAt: new Date(this.now).toISOString(),
      payload: record,
      statuses: (opts.states ?? ["in_progress", "success"]).map((state) => ({ state, description: state, createdAt: new Date(this.now).toISOString() })).reverse(),
    };
    this.deployments.unshift(d);
    this.running = version;
    return d;
  }

  latest(id: number): string | undefined {
    return this.deployments.find((d) => d.id === id)?.statuses[0]?.state;
  }
  statusOf(id: number): Array<{ state: string; description: string }> {
    return (this.deployments.find((d) => d.id === id)?.statuses ?? []).map((s) => ({ state: s.state, description: s.description }));
  }

  private checkAbort(signal?: AbortSignal): void {
    if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new CancelledError();
  }

  private healthOf(version: string | undefined): HealthReport {
    const h = version ? this.health[version] : undefined;
    if (Array.isArray(h)) return h.length > 1 ? (h.shift() as HealthReport) : (h[0] as HealthReport);
    return h ?? pass();
  }

  deps(): ReleaseDeps {
    const w = this;
    return {
      logger: w.logger,
      signal: w.controller.signal,
      clock: {
        now: () => w.now,
        sleep: async (ms, signal) => {
          w.checkAbort(signal);
          w.now += ms;
        },
      },
      github: {
        listDeployments: async (env) => structuredClone(w.deployments.filter((d) => d.environment === env)),
        createDeployment: async ({ sha, environment, payload }) => {
          const id = w.nextId++;
          w.deployments.unshift({ id, sha, environment, createdAt: new Date(w.now).toISOString(), payload: structuredClone(payload), statuses: [] });
          return { id };
        },
        setDeploymentStatus: async (id, { state, description }) => {
          if (description.length > 140) throw new Error(`description over 140 characters: ${description}`);
          if (state === w.failStatus) throw new Error("GitHub API: 502 Bad Gateway");
          const d = w.deployments.find((x) => x.id === id);
          if (!d) throw new Error(`no deployment ${id}`);
          d.statuses.unshift({ state, description, createdAt: new Date(w.now).toISOString() });
        },
        branchHead: async () => w.branchHead,
        pullRequestForCommit: async () => w.pr,
        commitChecks: async () => (w.checksAfter && w.now >= w.checksAfter.atMs ? w.checksAfter.checks : w.checks),
        createBranch: async (branch, sha) => {
          w.branches[branch] = sha;
        },
        proposeFile: async ({ path, content, branch }) => {
          w.proposed.push({ path, content, branch });
          return `https://gh/o/r/pull/${w.proposed.length + 100}`;
        },
      },
      state: {
        read: async () => {
          if (w.redis.down) throw new Error("connect ECONNREFUSED 127.0.0.1:6379");
          return { killSwitch: w.redis.killSwitch, breaker: w.redis.breaker };
        },
        acquireLock: async ({ owner }): Promise<LockAttempt> => {
          if (w.redis.down) throw new Error("connect ECONNREFUSED 127.0.0.1:6379");
          if (w.redis.lock !== undefined) return { acquired: false, holder: `held by ${w.redis.lock}` };
          w.redis.lock = owner;
          return {
            acquired: true,
            handle: {
              owner,
              check: async (step) => {
                w.lockChecks.push(step);
                if (w.redis.lock !== owner) throw new LockLostError(step, "another owner holds it now", [`held by ${w.redis.lock ?? "nobody"}`]);
              },
              release: async () => {
                if (w.redis.lock !== owner) return false;
                w.redis.lock = undefined;
                return true;
              },
            },
          };
        },
        lockHolder: async () => w.redis.lock,
        tripBreaker: async (reason) => {
          if (w.redis.down) throw new Error("redis down");
          w.redis.breaker = "TRIPPED";
          w.tripReasons.push(reason);
        },
        setKillSwitch: async (active) => {
          w.redis.killSwitch = active;
        },
        audit: async ({ action, reason }) => {
          w.auditLog.push(`${action}: ${reason}`);
        },
      },
      compose: {
        services: async () => ({
          release: [...SERVICES],
          accessories: w.accessories.map(({ service, image, why }) => ({ service, image, why })),
        }),
        accessories: async () => structuredClone(w.accessories),
        prepareRelease: async (version): Promise<ReleaseImages> => {
          const out: ReleaseImages = {};
          for (const s of SERVICES) {
            const ref = `app/${s}:${version}`;
            const id = `sha256:${s}-${version}`;
            w.images.set(ref, id);
            out[s] = { ref, id };
          }
          return out;
        },
        imagesPresent: async (refs) => ({ present: refs.filter((r) => w.images.has(r)), missing: refs.filter((r) => !w.images.has(r)) }),
        up: async (version, { signal }) => {
          w.checkAbort(signal);
          for (const s of SERVICES) if (!w.images.has(`app/${s}:${version}`)) throw new Error(`image app/${s}:${version} missing`);
          w.upCalls.push(version);
          w.running = version;
          w.onUp?.();
        },
        restart: async (services) => {
          w.restarts.push(services?.join(",") ?? "all");
        },
        runningImages: async () => Object.fromEntries(SERVICES.map((s) => [s, `app/${s}:${w.running}`])),
        logs: async (services) => Object.fromEntries((services ?? [...SERVICES]).map((s) => [s, `${s} started\n${w.running === "bad" ? "ERROR boom ::set-output name=x::y" : "ok"}`])),
        composeFileHash: async () => "hash1",
        pruneReleases: async () => [],
      },
      migrations: {
        current: async () => w.db,
        heads: async () => {
          const parents = new Set(w.graph.flatMap((m) => m.downRevisions));
          return w.graph.filter((m) => !parents.has(m.revision)).map((m) => m.revision);
        },
        graph: async () => structuredClone(w.graph),
        upgrade: async () => {
          w.onUpgrade?.();
          const parents = new Set(w.graph.flatMap((m) => m.downRevisions));
          const head = w.graph.find((m) => !parents.has(m.revision))?.revision ?? null;
          if (w.failUpgrade) return { ok: false, output: "INFO  [alembic] Running upgrade\nsqlalchemy.exc.OperationalError: table orders already exists" };
          w.db = head;
          return { ok: true, output: `upgraded to ${head}` };
        },
        downgrade: async (target) => {
          if (w.failDowngrade) return { ok: false, output: "FAILED: downgrade blew up" };
          w.db = target === "base" ? null : target;
          return { ok: true, output: `downgraded to ${target}` };
        },
      },
      smoke: {
        check: async ({ signal }) => {
          w.checkAbort(signal);
          return w.healthOf(w.running);
        },
      },
      commands: {
        run: async (argv) => {
          w.commandsRun.push(argv);
          return argv[0] === "false" ? { ok: false, output: "integrity: orphan rows in orders" } : { ok: w.backupOk, output: "done" };
        },
      },
      notifier: {
        post: async (text) => {
          w.notifications.push(text);
        },
      },
    };
  }
}
