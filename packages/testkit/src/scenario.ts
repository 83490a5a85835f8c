// A production history to play the committed bundles against (the demo and end-to-end tests): the
// production host's checkout of examples/stack, commits as states of that checkout (extra Alembic
// revisions, a bad service variant baked into the images at build time), the GitHub side of a merge
// (branch head, merged and approved pull request, green checks), and a failed CI run to triage.
//
//   const host = await productionHost(docker);                 // a copy of examples/stack, free ports
//   host.checkout(B); mergeCommit(gh, B);                      // what a merge of B looks like
//   await runAction({ action: "deploy", inputs: { ...host.inputs, ...DEMO_TIMINGS }, env: { ...gh.env(), ...host.env } })
//   await host.dbRevision();                                   // "0004"
//   await host.teardown();                                     // compose down, images removed, checkout deleted

import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DockerClient, exec } from "./docker.ts";
import { type GitHubEmulator, type WorkflowRunRecord, workflowRunEvent } from "./github-emulator.ts";
import { freePorts } from "./net.ts";
import { REPO_ROOT } from "./runner.ts";
import { ALEMBIC, SERVICES, STACK_DIR, type StackService, type Variant } from "./stack.ts";

/** An Alembic revision a commit adds on top of examples/stack's 0001–0003. */
export interface Migration {
  revision: string;
  down: string;
  message: string;
  /** Python statements of upgrade() / downgrade(), one per line. */
  upgrade: string;
  downgrade: string;
}

/** A commit as the production host sees it after `git pull`. */
export interface Commit {
  sha: string;
  /** The pull request's title (shown in the demo and recorded in the emulator). */
  title: string;
  /** Revisions added after examples/stack's own (in order). */
  migrations: readonly Migration[];
  /** Services whose image this commit breaks (baked in at build time), e.g. `{ orchestrator: "health500" }`. */
  variants?: Partial<Record<StackService, Variant>>;
}

/** A full 40-hex sha made of one repeated digit, readable in summaries (`1111111…`). */
export function demoSha(n: number): string {
  return String(n % 10).repeat(40);
}

/** Seeds the emulator with what a merged pull request leaves behind: branch head, approval, green checks. */
export function mergeCommit(
  gh: Pick<GitHubEmulator, "state">,
  commit: Pick<Commit, "sha" | "title">,
  options: { branch?: string; checks?: readonly string[] } = {},
): number {
  gh.state.setBranch(options.branch ?? "master", commit.sha);
  const pr = gh.state.addPullRequest({
    title: commit.title,
    merged: true,
    head: { sha: `f${commit.sha.slice(1)}` },
    mergeCommitSha: commit.sha,
    base: { ref: options.branch ?? "master" },
    reviews: [{ state: "APPROVED" }],
  });
  for (const name of options.checks ?? ["test", "migrations-tested"])
    gh.state.addCheckRun({ sha: commit.sha, name });
  return pr.number;
}

/** The push event a merge to master triggers (what the deploy workflow reads). */
export function pushEvent(commit: Commit, branch = "master"): Record<string, unknown> {
  return {
    ref: `refs/heads/${branch}`,
    after: commit.sha,
    repository: { full_name: "octo-org/octo-repo", default_branch: branch },
    head_commit: { id: commit.sha, message: commit.title },
  };
}

/** Inputs that keep a demo or test run short (the defaults watch for minutes, as production should). */
export const QUICK_RELEASE_INPUTS: Readonly<Record<string, string>> = {
  timeout: "15s",
  successes: "1",
  samples: "3",
  observe: "1s",
  watch: "2s",
  "watch-interval": "1s",
  "lock-wait": "5s",
  "ci-timeout": "0s",
  "pre-deploy-baseline": "false",
};

export interface ProductionHost {
  /** The checkout (a copy of examples/stack): compose file, `db/`, `tests/e2e/`. */
  dir: string;
  project: string;
  prefix: string;
  ports: Record<StackService, number>;
  /** The `endpoints` input: `name=http://127.0.0.1:PORT/health` lines. */
  endpoints: string;
  /** Environment for action runs and compose: DOCKER_HOST, ports, image prefix, health-check interval. */
  env: Record<string, string>;
  /** Inputs the deploy and rollback actions share for this host. */
  inputs: Record<string, string>;
  /** Writes the commit's files into the checkout, as `git pull` would. */
  checkout(commit: Commit): Promise<void>;
  /** `alembic current` in the checkout (`base` for an empty database). */
  dbRevision(): Promise<string>;
  /** Tables in the SQLite database. */
  dbTables(): Promise<string[]>;
  /** The image each running container of the project was started from (`<prefix>/<service>:<version>`). */
  runningImages(): Promise<Partial<Record<StackService, string>>>;
  /** compose down, the project's containers and images removed, the checkout deleted. Idempotent. */
  teardown(): Promise<void>;
}

/**
 * A production host: examples/stack copied to a temporary folder (without any database), free ports,
 * a unique compose project and image prefix on `docker`.
 */
export async function productionHost(
  docker: DockerClient,
  options: { parent?: string; id?: string } = {},
): Promise<ProductionHost> {
  const id = options.id ?? Math.random().toString(16).slice(2, 8);
  const root = await mkdtemp(join(options.parent ?? tmpdir(), "ops-prod-"));
  const dir = join(root, "app");
  await cp(STACK_DIR, dir, {
    recursive: true,
    filter: (src) =>
      !/(__pycache__|\.pytest_cache)/.test(src) && !src.endsWith(".db") && !src.endsWith("/.env"),
  });
  const list = await freePorts(SERVICES.length);
  const ports = Object.fromEntries(SERVICES.map((s, i) => [s, list[i] as number])) as Record<
    StackService,
    number
  >;
  const project = `opsdemo${id}`;
  const prefix = `ops-demo-${id}`;
  const env: Record<string, string> = {
    DOCKER_HOST: docker.host,
    DOCKER_BUILDKIT: "0",
    COMPOSE_DOCKER_CLI_BUILD: "0",
    STACK_IMAGE_PREFIX: prefix,
    HEALTHCHECK_INTERVAL: "1s",
  };
  for (const s of SERVICES) env[`${s.toUpperCase()}_PORT`] = String(ports[s]);
  const endpoints = SERVICES.map((s) => `${s}=http://127.0.0.1:${ports[s]}/health`).join("\n");
  const dbDir = join(dir, "db");
  const versions = join(dbDir, "migrations", "versions");
  const baseRevisions = new Set((await readdirNames(versions)).filter((f) => f.endsWith(".py")));
  const python = (code: string, ...args: string[]) =>
    exec("/usr/bin/python3", ["-c", code, ...args], { timeoutMs: 10_000 });

  let torn: Promise<void> | undefined;
  return {
    dir,
    project,
    prefix,
    ports,
    endpoints,
    env,
    inputs: {
      "working-directory": dir,
      "compose-file": "docker-compose.yml",
      "compose-project": project,
      "compose-command": "docker-compose",
      "version-variable": "RELEASE",
      "alembic-command": ALEMBIC,
      endpoints,
      "expect-json": "status=ok",
      "smoke-command": JSON.stringify([
        "/usr/bin/python3",
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "tests/e2e/test_smoke.py",
      ]),
      "smoke-timeout": "1m",
    },
    async checkout(commit) {
      await checkoutMigrations(versions, baseRevisions, commit.migrations);
      // Build-time variables compose reads from `.env` (the process environment wins over it).
      const vars = Object.entries(commit.variants ?? {}).map(([s, v]) => `${s.toUpperCase()}_VARIANT=${v}`);
      if (vars.length > 0) await writeFile(join(dir, ".env"), `${vars.join("\n")}\n`);
      else await rm(join(dir, ".env"), { force: true });
    },
    async dbRevision() {
      const r = await exec(ALEMBIC, ["current"], { cwd: dbDir, timeoutMs: 30_000, env: cleanEnv() });
      if (r.code !== 0) throw new Error(`alembic current failed: ${r.stderr}`);
      return r.stdout.trim().split(/\s+/)[0] || "base";
    },
    async dbTables() {
      const r = await python(
        "import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.dumps(sorted(r[0] for r in c.execute(\"select name from sqlite_master where type='table'\"))))",
        join(dbDir, "stack.db"),
      );
      return JSON.parse(r.stdout || "[]") as string[];
    },
    async runningImages() {
      const ids = (await docker.ok(["ps", "-q", "--filter", `label=com.docker.compose.project=${project}`]))
        .split("\n")
        .filter(Boolean);
      if (ids.length === 0) return {};
      const out = await docker.ok([
        "inspect",
        "--format",
        '{{index .Config.Labels "com.docker.compose.service"}} {{.Config.Image}}',
        ...ids,
      ]);
      const result: Partial<Record<StackService, string>> = {};
      for (const line of out.trim().split("\n")) {
        const [service, image] = line.split(" ");
        if (service && image) result[service as StackService] = image;
      }
      return result;
    },
    teardown() {
      torn ??= (async () => {
        await exec(
          "docker-compose",
          ["-p", project, "-f", join(dir, "docker-compose.yml"), "down", "-v", "--remove-orphans", "-t", "1"],
          {
            env: { ...process.env, ...env },
            cwd: dir,
            timeoutMs: 60_000,
          },
        ).catch(() => undefined);
        const left = await docker
          .run(["ps", "-aq", "--filter", `label=com.docker.compose.project=${project}`], {
            timeoutMs: 15_000,
          })
          .catch(() => undefined);
        const ids = left?.stdout.split("\n").filter(Boolean) ?? [];
        if (ids.length > 0)
          await docker.run(["rm", "-f", "-v", ...ids], { timeoutMs: 30_000 }).catch(() => undefined);
        const images = await docker
          .run(["images", "--format", "{{.Repository}}:{{.Tag}}"], { timeoutMs: 15_000 })
          .catch(() => undefined);
        const refs = images?.stdout.split("\n").filter((l) => l.startsWith(`${prefix}/`)) ?? [];
        if (refs.length > 0)
          await docker.run(["rmi", "-f", ...refs], { timeoutMs: 60_000 }).catch(() => undefined);
        await rm(root, { recursive: true, force: true });
      })();
      return torn;
    },
  };
}

/** The environment without variables that would point Alembic elsewhere. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return env;
}

/**
 * The migration files of a commit in a checkout's versions folder, as `git pull` leaves them: every file
 * that is not one of the base revisions removed, the commit's own written.
 */
export async function checkoutMigrations(
  versions: string,
  baseRevisions: ReadonlySet<string>,
  migrations: readonly Migration[],
): Promise<void> {
  for (const f of await readdirNames(versions)) {
    if (f.endsWith(".py") && !baseRevisions.has(f)) await rm(join(versions, f), { force: true });
  }
  for (const m of migrations)
    await writeFile(join(versions, `${m.revision}_${m.message.replace(/\W+/g, "_")}.py`), revisionFile(m));
}

function readdirNames(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** The Alembic revision file of a migration (as a commit adds it under `db/migrations/versions/`). */
export function revisionFile(m: Migration): string {
  const body = (code: string) =>
    code
      .split("\n")
      .map((l) => `    ${l}`)
      .join("\n");
  return `"""${m.message}\n\nRevision ID: ${m.revision}\nRevises: ${m.down}\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = ${JSON.stringify(m.revision)}\ndown_revision = ${JSON.stringify(m.down)}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n${body(m.upgrade)}\n\n\ndef downgrade() -> None:\n${body(m.downgrade)}\n`;
}

// ---------------------------------------------------------------------------------------------------
// The demo's history

/** Release A: examples/stack as it is (revisions 0001–0003). */
export const RELEASE_A: Commit = { sha: demoSha(1), title: "Orders get a venue", migrations: [] };

const FILLS: Migration = {
  revision: "0004",
  down: "0003",
  message: "fills table",
  upgrade:
    'op.create_table("fills", sa.Column("id", sa.Integer, primary_key=True), sa.Column("order_id", sa.Integer, nullable=False), sa.Column("qty", sa.Numeric, nullable=False))',
  downgrade: 'op.drop_table("fills")',
};

/** Release B: a good release with one migration (0004, a `fills` table). */
export const RELEASE_B: Commit = { sha: demoSha(2), title: "Record fills", migrations: [FILLS] };

/** Release C: a migration (0005) and an orchestrator whose /health answers 500 — verification fails. */
export const RELEASE_C: Commit = {
  sha: demoSha(3),
  title: "Faster order routing",
  migrations: [
    FILLS,
    {
      revision: "0005",
      down: "0004",
      message: "positions table",
      upgrade:
        'op.create_table("positions", sa.Column("id", sa.Integer, primary_key=True), sa.Column("symbol", sa.String(16), nullable=False))',
      downgrade: 'op.drop_table("positions")',
    },
  ],
  variants: { orchestrator: "health500" },
};

// ---------------------------------------------------------------------------------------------------
// A failed CI run to triage

const TRIAGE_FIXTURES = join(REPO_ROOT, "packages/ops-core/src/triage/__fixtures__");

export interface FailedCiRun {
  run: WorkflowRunRecord;
  /** The `workflow_run` (completed) webhook payload the ci-triage workflow is triggered by. */
  event: Record<string, unknown>;
  pullNumber: number;
  headSha: string;
}

/**
 * A pull request whose CI failed: a `unit` job with a pytest failure, a `types` job with mypy errors and a
 * passing `lint` job, with real raw job logs (the triage fixtures, in GitHub's log format).
 */
export async function seedFailedCiRun(gh: Pick<GitHubEmulator, "state">): Promise<FailedCiRun> {
  const headSha = "c0ffee0000000000000000000000000000000004";
  const log = (name: string) => readFile(join(TRIAGE_FIXTURES, name), "utf8");
  const pr = gh.state.addPullRequest({
    title: "Retry venue timeouts",
    head: { sha: headSha, ref: "feature/retry-venue" },
  });
  const run = gh.state.addWorkflowRun({
    headSha,
    headBranch: "feature/retry-venue",
    event: "pull_request",
    conclusion: "failure",
    pullRequests: [pr.number],
  });
  gh.state.addJob({ runId: run.id, name: "lint", conclusion: "success", log: "All checks passed!\n" });
  gh.state.addJob({
    runId: run.id,
    name: "unit",
    conclusion: "failure",
    steps: [{ name: "Set up job" }, { name: "Tests", conclusion: "failure" }],
    log: await log("pytest-fail.raw.log"),
  });
  gh.state.addJob({
    runId: run.id,
    name: "types",
    conclusion: "failure",
    steps: [{ name: "Set up job" }, { name: "mypy", conclusion: "failure" }],
    log: await log("mypy.raw.log"),
  });
  return { run, event: workflowRunEvent(gh, run), pullNumber: pr.number, headSha };
}
