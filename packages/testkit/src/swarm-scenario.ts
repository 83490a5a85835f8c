// A Swarm production host to play the committed bundles against with `engine: swarm` (the demo's swarm
// act; end-to-end tests): a real two-node Docker Swarm (startSwarm), a registry on the manager, the
// production checkout (examples/stack's compose.swarm.yml, service/ and db/ copied to a temporary folder),
// releases built on the manager and pushed to the registry as CI would (the deploy pulls them on every
// node: `image-source: pull`), health probed per node (`{node}` endpoints), the per-node running images
// and the Alembic revision (SQLite, run once from the manager's side).
//
//   const swarm = await startSwarm({ nodes: 2 });
//   const registry = await startRegistry(swarm);
//   const host = await swarmProductionHost(swarm, registry);   // base image on every node, checkout
//   await host.publish(commit); await host.checkout(commit);   // CI built and pushed; `git pull`
//   await runAction({ action: "deploy", inputs: { ...host.inputs, ...SWARM_QUICK_INPUTS, "redis-url": … },
//                     env: { ...gh.env(), ...host.env }, workspace: host.dir, … });
//   await host.tasks();                                        // { orchestrator: ["node0=…:sha", "node1=…"] }
//   await host.teardown();                                     // stack removed, checkout deleted
//
// Or `startSwarmProduction()` for all three at once (removed together by its stop(), also on a failure).

import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exec } from "./docker.ts";
import { checkoutMigrations, demoSha, type Migration, RELEASE_B } from "./scenario.ts";
import {
  ALEMBIC,
  buildRelease,
  SERVICES,
  STACK_DIR,
  type StackService,
  type Variant,
  warmStackCache,
} from "./stack.ts";
import {
  ensureSwarmBaseImage,
  pushImage,
  type Registry,
  type Swarm,
  startRegistry,
  startSwarm,
} from "./swarm.ts";

/** A commit as the Swarm production host sees it: its migrations and the variants baked into its images. */
export interface SwarmCommit {
  sha: string;
  title: string;
  /** Revisions added after examples/stack's own 0001–0003 (in order). */
  migrations: readonly Migration[];
  /**
   * Build-time variants per service, e.g. `{ orchestrator: "health500-on-sw7-node1" }` (examples/stack's
   * CGI: /health answers 500 on that node only). Default good.
   */
  variants?: Partial<Record<StackService, string>>;
}

/** Swarm release A: examples/stack as it is (revisions 0001–0003), healthy on every node. */
export const SWARM_RELEASE_A: SwarmCommit = {
  sha: demoSha(4),
  title: "Orders get a venue (Swarm)",
  migrations: [],
};

/** Swarm release B: migration 0004 and an orchestrator whose /health answers 500 on `node` only. */
export function swarmReleaseHealth500On(node: string): SwarmCommit {
  return {
    sha: demoSha(5),
    title: "Venue failover (Swarm)",
    migrations: RELEASE_B.migrations,
    variants: { orchestrator: `health500-on-${node}` },
  };
}

/** Inputs that keep a run short on the Swarm (one health-check cycle per update; the defaults watch long). */
export const SWARM_QUICK_INPUTS: Readonly<Record<string, string>> = {
  timeout: "60s",
  successes: "1",
  samples: "3",
  observe: "1s",
  watch: "2s",
  "watch-interval": "1s",
  "lock-wait": "5s",
  "ci-timeout": "0s",
  "pre-deploy-baseline": "false",
};

export interface SwarmProductionHost {
  readonly swarm: Swarm;
  readonly registry: Registry;
  /** The checkout: compose.swarm.yml, `service/`, `db/` (SQLite `db/stack.db`). */
  readonly dir: string;
  /** The stack name (`docker stack ls`), the `compose-project` input. */
  readonly stack: string;
  /** The image prefix the nodes pull from, `<registry>/<local prefix>` (STACK_IMAGE_PREFIX). */
  readonly imagePrefix: string;
  /** Environment for action runs: DOCKER_HOST (the manager), image prefix, health-check interval. */
  readonly env: Record<string, string>;
  /** Inputs the deploy and rollback actions share for this host (engine swarm, `{node}` endpoints, pull). */
  readonly inputs: Record<string, string>;
  /** Writes the commit's migrations into the checkout, as `git pull` would. */
  checkout(commit: SwarmCommit): Promise<void>;
  /**
   * What CI does for a merge: builds the release's images on the manager and pushes them to the registry;
   * then every worker pulls them (unless `pullOnWorkers: false`: a release that never reached the workers).
   */
  publish(
    commit: SwarmCommit,
    options?: { pullOnWorkers?: boolean },
  ): Promise<{ images: string[]; ms: number }>;
  /** `alembic current` in the checkout (`base` for an empty database). */
  dbRevision(): Promise<string>;
  /** Per service, `node=image` of every running task (digest cut), sorted. */
  tasks(): Promise<Record<StackService, string[]>>;
  /** What `tasks()` shows when `version` runs on every node. */
  onEveryNode(version: string): Record<StackService, string[]>;
  /** `docker stack rm`, the checkout deleted. Idempotent. */
  teardown(): Promise<void>;
}

/**
 * The production checkout on `swarm` (examples/stack's Swarm file, service and db copied to a temporary
 * folder without any database), the base image on every node and the stack's app layer cached on the
 * manager (release builds take seconds then).
 */
export async function swarmProductionHost(
  swarm: Swarm,
  registry: Registry,
  options: { id?: string; parent?: string } = {},
): Promise<SwarmProductionHost> {
  const id = options.id ?? Math.random().toString(16).slice(2, 8);
  const root = await mkdtemp(join(options.parent ?? tmpdir(), "ops-swarm-prod-"));
  const dir = join(root, "app");
  let torn: Promise<void> | undefined;
  const stack = `opsswarm${id}`;
  const teardown = () => {
    torn ??= (async () => {
      await swarm.manager.run(["stack", "rm", stack], { timeoutMs: 30_000 }).catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    })();
    return torn;
  };
  try {
    await cp(join(STACK_DIR, "compose.swarm.yml"), join(dir, "compose.swarm.yml"));
    await cp(join(STACK_DIR, "service"), join(dir, "service"), { recursive: true });
    await cp(join(STACK_DIR, "db"), join(dir, "db"), {
      recursive: true,
      filter: (src) => !/(__pycache__|\.pytest_cache)/.test(src) && !src.endsWith(".db"),
    });
    await ensureSwarmBaseImage(swarm);
    await warmStackCache(swarm.manager);
  } catch (error) {
    await teardown();
    throw error;
  }
  const localPrefix = `ops-swarm-${id}`;
  const imagePrefix = `${registry.address}/${localPrefix}`;
  const dbDir = join(dir, "db");
  const versions = join(dbDir, "migrations", "versions");
  const baseRevisions = new Set((await readdir(versions)).filter((f) => f.endsWith(".py")));
  const endpoints = SERVICES.map((s, i) => `${s}=http://{node}:${8001 + i}/health`).join("\n");

  return {
    swarm,
    registry,
    dir,
    stack,
    imagePrefix,
    env: {
      DOCKER_HOST: swarm.manager.host,
      DOCKER_BUILDKIT: "0",
      COMPOSE_DOCKER_CLI_BUILD: "0",
      STACK_IMAGE_PREFIX: imagePrefix,
      HEALTHCHECK_INTERVAL: "1s",
    },
    inputs: {
      engine: "swarm",
      "working-directory": dir,
      "compose-file": "compose.swarm.yml",
      "compose-project": stack,
      "compose-command": "docker-compose",
      "compose-timeout": "90s",
      "version-variable": "RELEASE",
      "image-source": "pull",
      "alembic-command": ALEMBIC,
      endpoints,
      "expect-json": "status=ok",
    },
    async checkout(commit) {
      await checkoutMigrations(versions, baseRevisions, commit.migrations);
    },
    async publish(commit, publishOptions = {}) {
      const t = performance.now();
      // The variants are build arguments of examples/stack's Dockerfile; `health500-on-<node>` is one of
      // them though not in stack.ts's Variant list (a Swarm-only variant).
      await buildRelease(
        swarm.manager,
        commit.sha,
        (commit.variants ?? "good") as Partial<Record<StackService, Variant>>,
        {
          prefix: localPrefix,
        },
      );
      const images = await Promise.all(
        SERVICES.map((s) => pushImage(swarm.manager, `${localPrefix}/${s}:${commit.sha}`, registry)),
      );
      // The kit's daemons never pull for a task (DOCKER_SERVICE_PREFER_OFFLINE_IMAGE: no internet here, and
      // the attempt costs ~20 s per task), so the other nodes pull from the registry now, as a pre-pull
      // job on each node would.
      if (publishOptions.pullOnWorkers !== false)
        await Promise.all(
          swarm.workers.flatMap((node) =>
            images.map((ref) => node.ok(["pull", "-q", ref], { timeoutMs: 180_000 })),
          ),
        );
      return { images, ms: performance.now() - t };
    },
    async dbRevision() {
      const env = { ...process.env };
      delete env.DATABASE_URL;
      const r = await exec(ALEMBIC, ["current"], { cwd: dbDir, timeoutMs: 30_000, env });
      if (r.code !== 0) throw new Error(`alembic current failed: ${r.stderr}`);
      return r.stdout.trim().split(/\s+/)[0] || "base";
    },
    async tasks() {
      const out = {} as Record<StackService, string[]>;
      for (const s of SERVICES) {
        const r = await swarm.manager.run(
          [
            "service",
            "ps",
            `${stack}_${s}`,
            "--filter",
            "desired-state=running",
            "--format",
            "{{.Node}}={{.Image}}={{.CurrentState}}",
          ],
          { timeoutMs: 20_000 },
        );
        out[s] =
          r.code !== 0
            ? []
            : r.stdout
                .trim()
                .split("\n")
                .filter((l) => /=Running /.test(l))
                .map((l) =>
                  l
                    .split("=")
                    .slice(0, 2)
                    .join("=")
                    .replace(/@sha256:[0-9a-f]+$/, ""),
                )
                .sort();
      }
      return out;
    },
    onEveryNode(version) {
      const out = {} as Record<StackService, string[]>;
      for (const s of SERVICES)
        out[s] = swarm.nodes.map((n) => `${n.name}=${imagePrefix}/${s}:${version}`).sort();
      return out;
    },
    teardown,
  };
}

export interface SwarmProduction {
  swarm: Swarm;
  registry: Registry;
  host: SwarmProductionHost;
  /** The stack, the checkout, the registry and the swarm (daemons, namespaces, folders, lease). */
  stop(): Promise<void>;
}

/** A swarm of `nodes` (default 2), its registry and the production host; removed together on a failure. */
export async function startSwarmProduction(
  options: { nodes?: number; id?: string } = {},
): Promise<SwarmProduction> {
  const swarm = await startSwarm({ nodes: options.nodes ?? 2 });
  let registry: Registry | undefined;
  let host: SwarmProductionHost | undefined;
  const stop = async () => {
    await host?.teardown();
    await registry?.stop().catch(() => undefined);
    await swarm.stop();
  };
  try {
    registry = await startRegistry(swarm);
    host = await swarmProductionHost(swarm, registry, options.id ? { id: options.id } : {});
    return { swarm, registry, host, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
