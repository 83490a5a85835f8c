// The Alembic adapter and the row counts against a real PostgreSQL 15 (one cluster for this file, a fresh
// database per test) and Debian's real /usr/bin/alembic 1.8.1, with the example project's migrations and
// rows in their tables; the row counts on SQLite as well.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PostgresCluster, startPostgres } from "@ops/testkit/postgres";
import { STACK_DB_DIR } from "@ops/testkit/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../process/run-command.js";
import { type Alembic, createAlembic, MigrationError, RevisionMismatchError } from "./alembic.js";
import { countDropped } from "./rows.js";
import { type AlembicSession, alembicSession } from "./session.js";

const ALEMBIC = process.env.ALEMBIC ?? "/usr/bin/alembic";
let pg: PostgresCluster;
const dirs: string[] = [];
let n = 0;

beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
const sessions: AlembicSession[] = [];
afterAll(async () => {
  for (const s of sessions) await s.close();
  await pg?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The example project copied to a temp folder, pointed (DATABASE_URL) at a new database of the cluster. */
async function project(mode: "one process per call" | "one session" = "one process per call"): Promise<{
  dir: string;
  database: string;
  alembic: Alembic;
  env: NodeJS.ProcessEnv;
}> {
  const dir = mkdtempSync(join(tmpdir(), "ops-pg-alembic-"));
  dirs.push(dir);
  cpSync(STACK_DB_DIR, dir, {
    recursive: true,
    filter: (src) => !src.includes("__pycache__") && !src.endsWith(".db"),
  });
  const database = `t${process.pid}_${n++}`;
  await pg.createDatabase(database);
  const env = { ...process.env, DATABASE_URL: pg.sqlalchemyUrl(database) };
  let run = runCommand;
  if (mode === "one session") {
    const session = alembicSession(runCommand, { command: [ALEMBIC], cwd: dir, env });
    sessions.push(session);
    run = session.run;
  }
  return {
    dir,
    database,
    env,
    alembic: createAlembic({ run, command: [ALEMBIC], directory: dir, env, timeoutMs: 60_000 }),
  };
}

const migration = (revision: string, down: string, upgrade: string[], downgrade: string[]) =>
  [
    `"""${revision}"""`,
    "from alembic import op",
    "import sqlalchemy as sa",
    `revision = "${revision}"`,
    `down_revision = "${down}"`,
    "",
    "def upgrade():",
    ...upgrade.map((l) => `    ${l}`),
    "",
    "def downgrade():",
    ...downgrade.map((l) => `    ${l}`),
    "",
  ].join("\n");

const SEED = `insert into signals (symbol, strength) values ('EURUSD', 0.4), ('GBPUSD', 0.7), ('USDJPY', 0.1);
insert into orders (signal_id, side, quantity, venue) select id, 'buy', 1, case when id % 2 = 0 then 'lmax' end from signals`;

describe("Alembic on PostgreSQL 15 (real alembic, real cluster)", () => {
  it("migrations with rows; a migration failing half-way leaves nothing applied; a downgrade keeps older tables' rows", async () => {
    const { dir, database, alembic } = await project();
    await alembic.upgrade("head");
    expect(await alembic.current()).toBe("0003");
    await pg.psql(SEED, database);
    writeFileSync(
      join(dir, "migrations", "versions", "0004_limits.py"),
      migration(
        "0004",
        "0003",
        [
          'op.create_table("limits", sa.Column("id", sa.Integer, primary_key=True), sa.Column("venue", sa.String(32)))',
          "op.execute(\"insert into limits (venue) values ('lmax')\")",
          'op.add_column("orders", sa.Column("limit_id", sa.Integer, sa.ForeignKey("no_such_table.id")))',
        ],
        ['op.drop_column("orders", "limit_id")', 'op.drop_table("limits")'],
      ),
    );
    const error = await alembic.upgrade("head").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).step).toMatchObject({ from: "0003", to: "0004" });
    expect((error as Error).message).toMatch(/psycopg2\.errors\.UndefinedTable.*no_such_table/);
    // Transactional DDL: limits was created and filled before the error, and is gone with it.
    expect(await alembic.current()).toBe("0003");
    expect(await pg.psql("select to_regclass('limits') is null", database)).toBe("t");
    expect(await pg.psql("select count(*) from orders", database)).toBe("3");

    await alembic.downgrade("0002");
    expect(await alembic.current()).toBe("0002");
    expect(await pg.psql("select count(*) from signals", database)).toBe("3");
    expect(await pg.psql("select count(*) from orders", database)).toBe("3");
    expect(
      await pg.psql(
        "select count(*) from information_schema.columns where table_name = 'orders' and column_name = 'venue'",
        database,
      ),
    ).toBe("0");
  });

  it.each(["one process per call", "one session"] as const)(
    "an env.py that never commits (%s): alembic exits 0, the database stays at base, and the error says exactly that",
    async (mode) => {
      const { dir, database, alembic } = await project(mode);
      // The SQLAlchemy 2.0 style without context.begin_transaction(): the work is rolled back on close.
      writeFileSync(
        join(dir, "migrations", "env.py"),
        [
          "import os",
          "from logging.config import fileConfig",
          "from alembic import context",
          "from sqlalchemy import create_engine, pool",
          "fileConfig(context.config.config_file_name, disable_existing_loggers=False)",
          'engine = create_engine(os.environ["DATABASE_URL"], poolclass=pool.NullPool, future=True)',
          "with engine.connect() as connection:",
          "    context.configure(connection=connection, target_metadata=None)",
          "    context.run_migrations()",
          "",
        ].join("\n"),
      );
      const raw = await alembic.raw(["upgrade", "head"]);
      expect(raw.code).toBe(0);
      expect(raw.stderr).toContain("Running upgrade 0002 -> 0003");
      expect(raw.stderr.trim().split("\n").at(-1)).toMatch(/^INFO .*Running upgrade 0002 -> 0003/);
      const error = await alembic.upgrade("head").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RevisionMismatchError);
      expect((error as Error).message).toBe("alembic exited 0 but the database is at base; head is 0003");
      expect(await pg.psql("select to_regclass('signals') is null", database)).toBe("t");
    },
  );

  it("counts what drops would take, through the project's own env.py: tables, column values, and what it cannot tell", async () => {
    const { dir, database, alembic, env } = await project();
    await alembic.upgrade("head");
    await pg.psql(SEED, database);
    const counts = await countDropped(
      [
        "drop_table signals",
        "drop_column orders.venue",
        "delete from orders",
        "drop_table not_yet",
        "drop_column orders.nope",
        "drop_column venue",
      ],
      { run: runCommand, directory: dir, command: [ALEMBIC], env },
    );
    expect(counts.map((c) => [c.operation, c.rows, c.note])).toEqual([
      ["drop_table signals", 3, undefined],
      ["drop_column orders.venue", 1, undefined],
      ["delete from orders", 3, undefined],
      ["drop_table not_yet", undefined, "no such table"],
      ["drop_column orders.nope", undefined, "no such column"],
      ["drop_column venue", undefined, "the table is not named in the migration"],
    ]);
    // Only read: the database is as it was.
    expect(await alembic.current()).toBe("0003");
    expect(await pg.psql("select count(*) from signals", database)).toBe("3");
  });

  it("counts on SQLite too, and says why when the database cannot be reached", async () => {
    const { dir, alembic } = await project();
    const sqlite = alembic.withDatabase(`sqlite:///${join(dir, "app.db")}`);
    await sqlite.upgrade("head");
    const sqliteEnv = { ...process.env, DATABASE_URL: `sqlite:///${join(dir, "app.db")}` };
    const [signals] = await countDropped(["drop_table signals"], {
      run: runCommand,
      directory: dir,
      command: [ALEMBIC],
      env: sqliteEnv,
    });
    expect(signals).toMatchObject({ rows: 0 });
    const down = await countDropped(["drop_table signals"], {
      run: runCommand,
      directory: dir,
      command: [ALEMBIC],
      env: { ...process.env, DATABASE_URL: "postgresql+psycopg2://postgres@127.0.0.1:1/none" },
    });
    expect(down[0]?.rows).toBeUndefined();
    expect(down[0]?.note).toMatch(/^the count failed: .*(Connection refused|connection)/i);
  });
});
