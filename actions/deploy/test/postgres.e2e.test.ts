// End to end on PostgreSQL: the COMMITTED deploy and rollback bundles, run by the runner harness under
// Node 24, against the example stack (examples/stack copied as the production checkout: its compose file,
// its service image with build-time variants, its Alembic project) on the test's private dockerd
// (docker-compose v1), a real redis-server, the GitHub API emulator, and a real PostgreSQL 15 cluster
// started by the test kit (as the postgres user, 127.0.0.1 and a free port) holding the production
// database, with rows in its tables. Alembic is Debian's /usr/bin/alembic 1.8.1 through psycopg2; the
// backup command is the real pg_dump. One production history, in order:
//   A  the example's 0001–0003, then production writes rows;
//   B  0004 (backfills fills from orders) and 0005 that fails half-way: nothing applied, nothing restarted;
//   C  0004 alone: rows backfilled;  D  0005 (venues, with rows);
//   Rollback button → C's recorded revision 0004: venues gone, older tables keep their rows;
//   E  0005 again with an env.py that never commits: "alembic exited 0 but the database is at 0004; head is 0005";
//   F  0005 + 0006, which drops fills and orders.venue on the way up: named with row counts (dry run and
//      deploy), pg_dump run, the release fails verification and is rolled back; the incident report names
//      the backup and says the dropped table and column came back empty.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDocker } from "@ops/testkit/docker";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { freePorts } from "@ops/testkit/net";
import { type PostgresCluster, startPostgres } from "@ops/testkit/postgres";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { type RunActionResult, runAction } from "@ops/testkit/runner";
import { portVariable, SERVICES, STACK_DIR } from "@ops/testkit/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const docker = testDocker();
let gh: GitHubEmulator;
let redis: RedisServer;
let pg: PostgresCluster;
let dir: string;
let env: Record<string, string | undefined>;
let endpoints: string;
const project = `pgproof${process.pid}`;
const prefix = `ops-pg-${process.pid}`;

const sha = (name: string) => createHash("sha1").update(`postgres-proof ${name}`).digest("hex");
const short = (s: string) => s.slice(0, 7);
const A = sha("A");
const B = sha("B half-way");
const C = sha("C fills");
const D = sha("D venues");
const E = sha("E never commits");
const F = sha("F drops fills");

const file = (revision: string, down: string, message: string, upgrade: string[], downgrade: string[]) =>
  [
    `"""${message}`,
    "",
    `Revision ID: ${revision}`,
    `Revises: ${down}`,
    '"""',
    "from alembic import op",
    "import sqlalchemy as sa",
    "",
    `revision = "${revision}"`,
    `down_revision = "${down}"`,
    "branch_labels = None",
    "depends_on = None",
    "",
    "",
    "def upgrade() -> None:",
    ...upgrade.map((l) => `    ${l}`),
    "",
    "",
    "def downgrade() -> None:",
    ...downgrade.map((l) => `    ${l}`),
    "",
  ].join("\n");

const FILLS_TABLE = `op.create_table("fills", sa.Column("id", sa.Integer, primary_key=True), sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), nullable=False), sa.Column("quantity", sa.Numeric(18, 8), nullable=False))`;
/** 0004: a new table backfilled from the production rows. */
const M4 = file(
  "0004",
  "0003",
  "fills: one per executed order, backfilled",
  [FILLS_TABLE, 'op.execute("INSERT INTO fills (order_id, quantity) SELECT id, quantity FROM orders")'],
  ['op.drop_table("fills")'],
);
/** 0005 that fails half-way: a table made and filled, then DDL PostgreSQL refuses. */
const M5_HALF = file(
  "0005",
  "0004",
  "limits per venue",
  [
    'op.create_table("limits", sa.Column("id", sa.Integer, primary_key=True), sa.Column("venue", sa.String(32)), sa.Column("max_qty", sa.Integer))',
    "op.execute(\"INSERT INTO limits (venue, max_qty) VALUES ('lmax', 100)\")",
    'op.add_column("orders", sa.Column("limit_id", sa.Integer, sa.ForeignKey("venue_limits.id")))',
  ],
  ['op.drop_column("orders", "limit_id")', 'op.drop_table("limits")'],
);
/** 0005: venues, with rows. */
const M5 = file(
  "0005",
  "0004",
  "venues",
  [
    'venues = op.create_table("venues", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(32), nullable=False))',
    'op.bulk_insert(venues, [{"name": "lmax"}, {"name": "cboe"}])',
  ],
  ['op.drop_table("venues")'],
);
/** 0006: drops a table and a column on the way up; its downgrade re-creates them (empty). */
const M6_DROP = file(
  "0006",
  "0005",
  "fills move to the ledger service; orders.venue goes with them",
  ['op.drop_table("fills")', 'op.drop_column("orders", "venue")'],
  [
    'op.add_column("orders", sa.Column("venue", sa.String(32), nullable=True))',
    'op.create_index("ix_orders_venue", "orders", ["venue"])',
    FILLS_TABLE,
  ],
);
/** An env.py that never commits (SQLAlchemy 2.0 style, no context.begin_transaction()). */
const ENV_NEVER_COMMITS = `import os
from logging.config import fileConfig
from alembic import context
from sqlalchemy import create_engine, pool
config = context.config
fileConfig(config.config_file_name, disable_existing_loggers=False)
engine = create_engine(os.environ["DATABASE_URL"], poolclass=pool.NullPool, future=True)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=None)
    context.run_migrations()
`;

const versions = () => join(dir, "db", "migrations", "versions");
let exampleEnvPy = "";

/** `git pull` of a commit: the example's 0001–0003 and the commit's own migration files. */
function checkout(files: Record<string, string>, envPy = exampleEnvPy): void {
  for (const name of ["0004_fills.py", "0005_next.py", "0006_drop_fills.py"])
    rmSync(join(versions(), name), { force: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(versions(), name), text);
  writeFileSync(join(dir, "db", "migrations", "env.py"), envPy);
}

function merged(commit: string): void {
  gh.state.setBranch("master", commit);
  gh.state.addPullRequest({
    merged: true,
    head: { sha: `f${commit.slice(1)}` },
    mergeCommitSha: commit,
    reviews: [{ state: "APPROVED" }],
  });
  gh.state.addCheckRun({ sha: commit, name: "test" });
  gh.state.addCheckRun({ sha: commit, name: "migrations-tested" });
}

async function run(
  action: "deploy" | "rollback",
  headSha: string,
  inputs: Record<string, string>,
  buildEnv: Record<string, string> = {},
): Promise<RunActionResult> {
  const result = await runAction({
    action,
    inputs: {
      "working-directory": dir,
      "redis-url": redis.url,
      "compose-file": "docker-compose.yml",
      "compose-project": project,
      "compose-command": "docker-compose",
      "version-variable": "RELEASE",
      "alembic-command": "/usr/bin/alembic",
      endpoints,
      "expect-json": "status=ok",
      timeout: "30s",
      successes: "1",
      samples: "3",
      observe: "1s",
      "lock-wait": "5s",
      "incident-report": "file",
      ...inputs,
    },
    env: {
      ...gh.env(),
      ...env,
      ...buildEnv,
      GITHUB_SHA: headSha,
      GITHUB_WORKFLOW: action === "deploy" ? "Deploy" : "Rollback",
    },
    event: { repository: { default_branch: "master" } },
    eventName: action === "deploy" ? "push" : "workflow_dispatch",
    workspace: dir,
    timeoutMs: 240_000,
  });
  if (!result.outputs.status) throw new Error(`no status output\n${result.stdout}\n${result.stderr}`);
  return result;
}

const deployInputs = { watch: "0s", "pre-deploy-baseline": "false", "ci-timeout": "0s" };
async function deploy(
  commit: string,
  inputs: Record<string, string> = {},
  buildEnv: Record<string, string> = {},
) {
  merged(commit);
  return run("deploy", commit, { ...deployInputs, ...inputs }, buildEnv);
}

/** `alembic current` against the production database, as an operator would run it. */
function dbRevision(): string {
  return (
    execFileSync("/usr/bin/alembic", ["current"], {
      cwd: join(dir, "db"),
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: pg.sqlalchemyUrl() },
      stdio: ["ignore", "pipe", "ignore"],
    })
      .trim()
      .split(" ")[0] ?? "base"
  );
}

const count = (table: string) => pg.psql(`select count(*) from ${table}`);
const exists = async (table: string) => (await pg.psql(`select to_regclass('${table}') is not null`)) === "t";

/** Each running container of the project: id, image and start time, sorted. */
async function containers(): Promise<string[]> {
  const ids = (await docker.ok(["ps", "-q", "--filter", `label=com.docker.compose.project=${project}`]))
    .trim()
    .split("\n")
    .filter(Boolean);
  if (ids.length === 0) return [];
  const out = await docker.ok([
    "inspect",
    "--format",
    "{{.Id}} {{.Config.Image}} {{.State.StartedAt}}",
    ...ids,
  ]);
  return out.trim().split("\n").sort();
}
const tags = (commit: string) => SERVICES.map((s) => `${prefix}/${s}:${commit}`).sort();
const runningTags = async () => (await containers()).map((l) => l.split(" ")[1] ?? "").sort();

function latest(id: string | number | undefined) {
  const d = gh.state.deployments.find((x) => String(x.id) === String(id));
  if (!d) throw new Error(`no deployment ${id}`);
  return { sha: d.sha, status: gh.state.statusesOfDeployment(d.id)[0] };
}

beforeAll(async () => {
  [gh, redis, pg] = await Promise.all([startGitHubEmulator(), startRedis(), startPostgres()]);
  await redisCli(redis, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  dir = mkdtempSync(join(tmpdir(), "postgres-proof-"));
  cpSync(join(STACK_DIR, "docker-compose.yml"), join(dir, "docker-compose.yml"));
  cpSync(join(STACK_DIR, "service"), join(dir, "service"), { recursive: true });
  cpSync(join(STACK_DIR, "db"), join(dir, "db"), {
    recursive: true,
    filter: (src) => !src.includes("__pycache__") && !src.endsWith(".db"),
  });
  exampleEnvPy = readFileSync(join(dir, "db", "migrations", "env.py"), "utf8");
  const ports = await freePorts(SERVICES.length);
  env = {
    DOCKER_HOST: docker.host,
    DOCKER_BUILDKIT: "0",
    COMPOSE_DOCKER_CLI_BUILD: "0",
    STACK_IMAGE_PREFIX: prefix,
    HEALTHCHECK_INTERVAL: "1s",
    // The production database, as the host's environment gives it to Alembic and pg_dump.
    DATABASE_URL: pg.sqlalchemyUrl(),
    ...pg.env(),
  };
  SERVICES.forEach((s, i) => {
    env[portVariable(s)] = String(ports[i]);
  });
  endpoints = SERVICES.map((s, i) => `${s}=http://127.0.0.1:${ports[i]}/health`).join("\n");
});

afterAll(async () => {
  const ids = dir
    ? (await docker.ok(["ps", "-aq", "--filter", `label=com.docker.compose.project=${project}`]))
        .trim()
        .split("\n")
        .filter(Boolean)
    : [];
  if (ids.length > 0) await docker.run(["rm", "-f", ...ids]);
  const images = (await docker.ok(["images", "--format", "{{.Repository}}:{{.Tag}}"]))
    .split("\n")
    .filter((l) => l.startsWith(`${prefix}/`));
  if (images.length > 0) await docker.run(["rmi", "-f", ...images], { timeoutMs: 60_000 });
  await Promise.all([gh?.stop(), redis?.stop(), pg?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("PostgreSQL 15 as the production database: committed bundles, example stack on real Docker, Redis, Alembic, pg_dump, GitHub emulator", () => {
  it("a first deploy migrates PostgreSQL to 0003; production then writes rows", async () => {
    checkout({});
    const r = await deploy(A);
    expect(r.outputs.status, r.summary).toBe("success");
    expect(dbRevision()).toBe("0003");
    expect(r.outputs["db-revision"]).toBe("0003");
    expect(await runningTags()).toEqual(tags(A));
    await pg.psql(
      "insert into signals (symbol, strength) values ('EURUSD', 0.4), ('GBPUSD', 0.7), ('USDJPY', 0.1);" +
        "insert into orders (signal_id, side, quantity, venue) select id, 'buy', 10 * id, case when id % 2 = 1 then 'lmax' end from signals;" +
        "insert into orders (signal_id, side, quantity) select id, 'sell', 1 from signals where symbol = 'EURUSD'",
    );
    expect([
      await count("signals"),
      await count("orders"),
      await count("orders where venue is not null"),
    ]).toEqual(["3", "4", "2"]);
  });

  it("a migration failing half-way on PostgreSQL leaves nothing applied (transactional DDL) and restarts nothing", async () => {
    checkout({ "0004_fills.py": M4, "0005_next.py": M5_HALF });
    const before = await containers();
    const r = await deploy(B);
    expect(r.outputs.status, r.summary).toBe("failure");
    expect(r.exitCode).not.toBe(0);
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.message).toMatch(
      /^migration failed: alembic upgrade head failed in upgrade 0004 -> 0005: sqlalchemy\.exc\.ProgrammingError: \(psycopg2\.errors\.UndefinedTable\) relation "venue_limits" does not exist; nothing was restarted$/,
    );
    // Nothing applied: not 0005's table made before the error, not even 0004 (the run is one transaction).
    expect(dbRevision()).toBe("0003");
    expect(r.outputs["db-revision"]).toBe("0003");
    expect(await exists("limits")).toBe(false);
    expect(await exists("fills")).toBe(false);
    expect([await count("signals"), await count("orders")]).toEqual(["3", "4"]);
    // Nothing restarted: the same containers (ids, images, start times).
    expect(await containers()).toEqual(before);
    expect(report.stateNow).toBe(`database at 0003 (unchanged); services untouched (still ${short(A)}).`);
    expect(latest(r.outputs["deployment-id"]).status?.state).toBe("failure");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });

  it("a migration that inserts rows: 0004 backfills fills from the production orders", async () => {
    checkout({ "0004_fills.py": M4 });
    const r = await deploy(C);
    expect(r.outputs.status, r.summary).toBe("success");
    expect(dbRevision()).toBe("0004");
    expect(await count("fills")).toBe("4");
    expect(await pg.psql("select sum(quantity)::int from fills")).toBe("61");
    expect(await runningTags()).toEqual(tags(C));
  });

  it("the Rollback button to the recorded revision: 0005 undone, the older tables keep their rows", async () => {
    checkout({ "0004_fills.py": M4, "0005_next.py": M5 });
    const d = await deploy(D);
    expect(d.outputs.status, d.summary).toBe("success");
    expect(dbRevision()).toBe("0005");
    expect(await count("venues")).toBe("2");
    await pg.psql(
      "insert into orders (signal_id, side, quantity) select id, 'buy', 2 from signals where symbol = 'USDJPY'",
    );
    const r = await run("rollback", D, { reason: "venues break routing", "confirm-destructive": "true" });
    expect(r.outputs.status, r.summary).toBe("success");
    expect(dbRevision()).toBe("0004");
    expect(r.outputs["db-revision"]).toBe("0004");
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.plan).toMatchObject({ dbTarget: "0004", migrationsToUndo: ["0005"] });
    expect(await exists("venues")).toBe(false);
    // Every older table keeps its rows, including the one written after D.
    expect([await count("signals"), await count("orders"), await count("fills")]).toEqual(["3", "5", "4"]);
    expect(await runningTags()).toEqual(tags(C));
    // Nothing was dropped on the way up: the incident report says no data came back empty.
    const incident = readFileSync(r.outputs["incident-path"] ?? "", "utf8");
    expect(incident).not.toContain("Data dropped by the release");
  });

  it("alembic exits 0 but the database did not move (an env.py that never commits): the error says exactly that; nothing restarted", async () => {
    checkout({ "0004_fills.py": M4, "0005_next.py": M5 }, ENV_NEVER_COMMITS);
    const before = await containers();
    const r = await deploy(E);
    expect(r.outputs.status, r.summary).toBe("failure");
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.message).toBe(
      "migration failed: alembic exited 0 but the database is at 0004; head is 0005; nothing was restarted",
    );
    expect(report.timeline).toContainEqual(
      expect.objectContaining({
        name: "alembic upgrade head",
        outcome: "failed",
        detail: "alembic exited 0 but the database is at 0004; head is 0005",
      }),
    );
    expect(dbRevision()).toBe("0004");
    expect(await exists("venues")).toBe(false);
    expect(await containers()).toEqual(before);
    expect(r.summary).toContain("alembic exited 0 but the database is at 0004; head is 0005");
  });

  it("a destructive upgrade is named with its row counts before it runs, pg_dump's file is named, and after the failed release is rolled back the incident report says what came back empty and where the backup is", async () => {
    checkout({ "0004_fills.py": M4, "0005_next.py": M5, "0006_drop_fills.py": M6_DROP });
    const backup = join(dir, `app-before-${short(F)}.sql`);
    const backupCommand = JSON.stringify(["pg_dump", "--no-owner", "-d", "app", "-f", backup]);

    // The plan, before anything runs: a dry run names the drops with the rows they take.
    const dry = await deploy(F, { "dry-run": "true", "backup-command": backupCommand });
    expect(dry.outputs.status, dry.summary).toBe("dry-run");
    expect(dry.summary).toContain("destructive upgrade: 0006 drops table fills \\(4 rows\\)");
    expect(dry.summary).toContain(
      "destructive upgrade: 0006 drops column orders.venue \\(2 rows with a value\\)",
    );
    expect(existsSync(backup)).toBe(false);
    expect(dbRevision()).toBe("0004");

    // The release: its orchestrator answers /health with 500, so it fails verification and is rolled back.
    const r = await deploy(F, { "backup-command": backupCommand }, { ORCHESTRATOR_VARIANT: "health500" });
    expect(r.outputs.status, r.summary).toBe("rolled-back");
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.database.destructive).toEqual([
      { revision: "0006", operation: "drop_table fills", rows: 4 },
      { revision: "0006", operation: "drop_column orders.venue", rows: 2 },
    ]);
    // Named in the log before the upgrade ran.
    const lines = r.stdout.split("\n");
    const warned = lines.indexOf(
      "::warning::about to run a destructive upgrade: 0006 drops table fills (4 rows)",
    );
    expect(warned, r.stdout).toBeGreaterThan(0);
    expect(warned).toBeLessThan(lines.findIndex((l) => l.includes("▶ alembic upgrade head")));
    // Named in the summary, with the backup's file.
    expect(r.summary).toContain("**⚠️ Destructive upgrade** (rows counted before it ran):");
    expect(r.summary).toContain("- <code>0006</code> drops table fills \\(4 rows\\)");
    expect(r.summary).toContain("- <code>0006</code> drops column orders.venue \\(2 rows with a value\\)");
    expect(r.summary).toMatch(
      new RegExp(`Backup before the migrations: <code>${backup}</code> \\\\\\(\\d+(\\.\\d)? kB\\\\\\)`),
    );
    // The real pg_dump ran and its file holds the rows the upgrade dropped.
    const dump = readFileSync(backup, "utf8");
    expect(dump).toContain("PostgreSQL database dump");
    expect(dump).toMatch(
      /COPY public\.fills \(id, order_id, quantity\) FROM stdin;\n(\d+\t\d+\t[\d.]+\n){4}\\\.\n/,
    );

    // Rolled back to the recorded 0004: fills and orders.venue re-created, empty; older rows kept.
    expect(dbRevision()).toBe("0004");
    expect(await runningTags()).toEqual(tags(C));
    expect(report.rollback).toMatchObject({
      ok: true,
      plan: { dbTarget: "0004", migrationsToUndo: ["0006", "0005"] },
    });
    expect([await count("fills"), await count("orders where venue is not null")]).toEqual(["0", "0"]);
    expect([await count("signals"), await count("orders")]).toEqual(["3", "5"]);

    // The incident report: what came back empty, and where the backup is.
    const incidentPath = r.outputs["incident-path"] ?? "";
    const incident = readFileSync(incidentPath, "utf8");
    expect(incident).toContain("### Data dropped by the release");
    expect(incident).toContain(
      "- ⚠️ table fills came back empty \\(0 rows now; the upgrade of 0006 dropped 4 rows\\)",
    );
    expect(incident).toContain(
      "- ⚠️ column orders.venue came back empty \\(no value in any row now; the upgrade of 0006 dropped 2 values\\)",
    );
    expect(incident).toMatch(
      new RegExp(
        `Backup taken before the migrations: <code>${backup}</code> \\\\\\([\\d.]+ kB\\\\\\), by <code>pg_dump --no-owner -d app -f ${backup}</code> — restore the dropped rows from it\\.`,
      ),
    );
    expect(await redisCli(redis, ["GET", "cb:state"])).toBe("TRIPPED");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });
});
