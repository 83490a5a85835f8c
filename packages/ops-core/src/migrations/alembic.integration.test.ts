// The Alembic adapter against Debian's real /usr/bin/alembic (1.8.1) and the example project on SQLite,
// each case twice: one process per call, and every call of a project through one session (session.ts).

import { type ScratchDb, scratchDb, sqliteColumns, sqliteTables } from "@ops/testkit/stack";
import { afterEach, describe, expect, it } from "vitest";
import { runCommand } from "../process/run-command.js";
import {
  type Alembic,
  AlembicFailedError,
  createAlembic,
  downgradePlan,
  MigrationError,
  MultipleHeadsError,
  pendingMigrations,
  testMigrations,
} from "./alembic.js";
import { type AlembicSession, alembicSession } from "./session.js";

const ALEMBIC = process.env.ALEMBIC ?? "/usr/bin/alembic";
const dbs: ScratchDb[] = [];
const sessions: AlembicSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    await s.close();
    // a session that ran anything ran it in one interpreter
    expect(s.started).toBeLessThanOrEqual(1);
  }
  for (const db of dbs.splice(0)) await db.remove();
});

const MODES = ["one process per call", "one session"] as const;
type Mode = (typeof MODES)[number];

async function project(mode: Mode, revision?: string): Promise<{ db: ScratchDb; alembic: Alembic }> {
  const db = await scratchDb(revision ? { revision } : {});
  dbs.push(db);
  let run = runCommand;
  if (mode === "one session") {
    const session = alembicSession(runCommand, { command: [ALEMBIC], cwd: db.dbDir, env: db.env });
    sessions.push(session);
    run = session.run;
  }
  return {
    db,
    alembic: createAlembic({
      run,
      command: [ALEMBIC],
      directory: db.dbDir,
      env: db.env,
      timeoutMs: 60_000,
    }),
  };
}

describe.each(MODES)("Alembic adapter (real alembic, SQLite; %s)", (mode) => {
  it("current is null on an empty database, upgrade reports its steps, current then reads the head", async () => {
    const { alembic } = await project(mode);
    expect(await alembic.current()).toBeNull();
    expect(await alembic.requireSingleHead()).toBe("0003");
    const run = await alembic.upgrade("head");
    expect(run.steps.map((s) => `${s.from ?? "base"}->${s.to}`)).toEqual([
      "base->0001",
      "0001->0002",
      "0002->0003",
    ]);
    expect(await alembic.current()).toBe("0003");
  });

  it("lists pending migrations between the database and head", async () => {
    const { alembic } = await project(mode, "0001");
    const pending = await pendingMigrations(alembic);
    expect(pending.current).toBe("0001");
    expect(pending.head).toBe("0003");
    expect(pending.pending.map((m) => m.revision)).toEqual(["0002", "0003"]);
  });

  it("downgrades to a revision and says what that drops", async () => {
    const { db, alembic } = await project(mode, "head");
    const plan = await downgradePlan(alembic, "0003", "0001");
    expect(plan.undo.map((m) => m.revision)).toEqual(["0003", "0002"]);
    expect(plan.destructive).toEqual([
      { revision: "0003", operations: ["drop_column orders.venue"] },
      { revision: "0002", operations: ["drop_table orders"] },
    ]);
    const run = await alembic.downgrade("0001");
    expect(run.steps.map((s) => s.direction)).toEqual(["downgrade", "downgrade"]);
    expect(await alembic.current()).toBe("0001");
    expect(await sqliteTables(db.path)).toEqual(["alembic_version", "signals"]);
  });

  it("an unknown revision and `downgrade -1` at base are AlembicFailedError (exit 255)", async () => {
    const { alembic } = await project(mode);
    const unknown = await alembic.upgrade("9999").catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(AlembicFailedError);
    expect((unknown as AlembicFailedError).reason).toBe("Can't locate revision identified by '9999'");
    await expect(alembic.downgrade("-1")).rejects.toBeInstanceOf(AlembicFailedError);
  });

  it("a failing migration is a MigrationError naming the step; the database stays where it was", async () => {
    const { db, alembic } = await project(mode, "0002");
    await db.addRevision({
      revision: "0004",
      downRevision: "0003",
      message: "breaks",
      upgrade:
        'op.create_table("audit", sa.Column("id", sa.Integer, primary_key=True))\nop.execute("SELECT * FROM no_such_table")',
    });
    const error = await alembic.upgrade("head").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).step).toMatchObject({ direction: "upgrade", from: "0003", to: "0004" });
    expect((error as MigrationError).exception).toContain("no such table: no_such_table");
    expect(await alembic.current()).toBe("0002");
    expect(await sqliteTables(db.path)).not.toContain("audit");
    expect(await sqliteColumns(db.path, "orders")).not.toContain("venue");
  });

  it("two heads: heads lists both, requireSingleHead refuses, upgrade head is FAILED", async () => {
    const { db, alembic } = await project(mode);
    await db.addRevision({ revision: "0004a", downRevision: "0003", message: "branch a" });
    await db.addRevision({ revision: "0004b", downRevision: "0003", message: "branch b" });
    expect(await alembic.heads()).toEqual(["0004a", "0004b"]);
    const refusal = await alembic.requireSingleHead().catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(MultipleHeadsError);
    const failed = await alembic.upgrade("head").catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AlembicFailedError);
    expect((failed as Error).message).toMatch(/Multiple head revisions/);
  });
});

// One mode: the migration test runs on a scratch database (another environment), which a session leaves
// to a process per call anyway.
describe.each(["one process per call"] as const)(
  "the runbook's migration test on a scratch copy (upgrade head, downgrade previous head, upgrade head; %s)",
  (mode) => {
    it("passes for the example project starting from production's database, which it leaves untouched", async () => {
      const { db, alembic } = await project(mode, "0002");
      const result = await testMigrations(alembic, { sqliteSource: db.path });
      expect(result.ok).toBe(true);
      expect(result.head).toBe("0003");
      expect(result.previousHead).toBe("0002");
      expect(result.steps.map((s) => [s.name, s.revision])).toEqual([
        ["upgrade head", "0003"],
        ["downgrade 0002 (previous head)", "0002"],
        ["upgrade head again", "0003"],
      ]);
      expect(await alembic.current()).toBe("0002"); // the source database did not move
    });

    it("from an empty database goes back to the head's parent", async () => {
      const { alembic } = await project(mode);
      const result = await testMigrations(alembic);
      expect(result.ok).toBe(true);
      expect(result.previousHead).toBe("0002");
    });

    it("fails at the downgrade when a downgrade is broken, saying where the scratch database was left", async () => {
      const { db, alembic } = await project(mode);
      await db.addRevision({
        revision: "0004",
        downRevision: "0003",
        message: "irreversible",
        upgrade: 'op.create_table("fees", sa.Column("id", sa.Integer, primary_key=True))',
        downgrade: 'raise RuntimeError("this migration cannot be undone")',
      });
      const result = await testMigrations(alembic, { previousHead: "0003" });
      expect(result.ok).toBe(false);
      expect(result.steps).toHaveLength(2);
      expect(result.steps[0]).toMatchObject({ name: "upgrade head", ok: true, revision: "0004" });
      expect(result.steps[1]).toMatchObject({ ok: false, revision: "0004" });
      expect(result.steps[1]?.error).toContain("RuntimeError: this migration cannot be undone");
    });
  },
);
