// Destructive upgrades and checked migration results, through the deploy engine and its automatic
// rollback on the hand-written fake host, plus the pure wording and the backup artefact.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { broken, mig, World } from "./__fixtures__/world.js";
import { backupLine, backupPath, describeBackup } from "./backup.js";
import { type DeployInputs, deploy } from "./deploy.js";
import { describeDataBack, describeDrop } from "./destructive.js";
import type { MigrationInfo, ReleaseDeps } from "./ports.js";
import { renderDeploySummary, renderRollbackSummary } from "./render.js";
import { rollback } from "./rollback.js";

const NEW = "c0ffee0000000000000000000000000000000002";
const OLD = "abcdef0000000000000000000000000000000001";
const tmp = mkdtempSync(join(tmpdir(), "ops-destructive-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function inputs(over: Partial<DeployInputs> = {}): DeployInputs {
  return {
    sha: NEW,
    branch: "master",
    environment: "production",
    requireApproval: true,
    requiredChecks: [],
    ignoreChecks: ["deploy"],
    ciTimeoutMs: 0,
    ciPollMs: 10_000,
    migrationsCheck: "migrations-tested",
    version: NEW,
    lockWaitMs: 0,
    lockTtlMs: 600_000,
    backupCommand: undefined,
    strategy: "down-up",
    keepReleases: 5,
    baseline: false,
    watchMs: 0,
    watchIntervalMs: 10_000,
    logErrorPattern: /ERROR/,
    logTailLines: 50,
    onFailure: "rollback",
    dryRun: false,
    incident: { kind: "summary" },
    run: { runUrl: "https://gh/o/r/actions/runs/42", actor: "carol", repository: "o/r" },
    ...over,
  };
}

/** Production on OLD at 0003; NEW brings 0004, whose upgrade drops legacy_fills and orders.note. */
function world(): World {
  const w = new World();
  w.graph = [mig("0001", null), mig("0002", "0001"), mig("0003", "0002")];
  w.seedRelease(OLD, { db: "0003", before: "0002", applied: ["0003"] });
  const drop: MigrationInfo = {
    ...mig("0004", "0003"),
    destructiveUpgrade: ["drop_table legacy_fills", "drop_column orders.note"],
  };
  w.graph.push(drop);
  w.db = "0003";
  w.branchHead = NEW;
  w.checks = [
    { name: "test", state: "success" },
    { name: "migrations-tested", state: "success" },
  ];
  return w;
}

/** The fake database's rows: legacy_fills and orders.note hold data until 0004 runs; re-created empty. */
function withRows(w: World, deps: ReleaseDeps): ReleaseDeps {
  const order: string[] = [];
  const base = deps.migrations;
  return {
    ...deps,
    migrations: {
      ...base,
      upgrade: async (t, s) => {
        order.push("upgrade");
        return base.upgrade(t, s);
      },
      countDropped: async (operations) => {
        order.push(`count ${w.db}`);
        return operations.map((operation) => ({
          operation,
          rows:
            w.db === "0004"
              ? undefined
              : w.db === "0003" && order.includes("upgrade")
                ? 0
                : operation.includes("legacy")
                  ? 3
                  : 2,
          ...(w.db === "0004" ? { note: "no such table" } : {}),
        }));
      },
    },
    logger: Object.assign(deps.logger, { order }),
  };
}

describe("destructive upgrades through the deploy engine (fake host)", () => {
  it("named with their row counts before the upgrade runs; the backup's artefact in the summary; after the automatic rollback the incident says the data came back empty and where the backup is", async () => {
    const w = world();
    w.health[NEW] = broken();
    const backup = join(tmp, "app-before-0004.sql");
    writeFileSync(backup, "-- PostgreSQL database dump\n");
    const deps = withRows(w, w.deps());
    const r = await deploy(inputs({ backupCommand: ["pg_dump", "-d", "app", "-f", backup] }), deps);
    expect(r.status).toBe("rolled-back");
    expect(r.destructiveUpgrades).toEqual([
      { revision: "0004", operation: "drop_table legacy_fills", rows: 3 },
      { revision: "0004", operation: "drop_column orders.note", rows: 2 },
    ]);
    // Counted before the upgrade, and the warning logged before it.
    const order = (deps.logger as unknown as { order: string[] }).order;
    expect(order.slice(0, 2)).toEqual(["count 0003", "upgrade"]);
    const log = w.logger.records.map((x) => x.message);
    const warned = log.indexOf("about to run a destructive upgrade: 0004 drops table legacy_fills (3 rows)");
    expect(warned).toBeGreaterThanOrEqual(0);
    expect(warned).toBeLessThan(log.findIndex((m) => /alembic upgrade head/.test(m)));
    expect(r.backup).toMatchObject({ kind: "file", artefact: backup, bytes: 28 });
    const summary = renderDeploySummary(r);
    expect(summary).toContain("**⚠️ Destructive upgrade** (rows counted before it ran):");
    expect(summary).toContain("- <code>0004</code> drops table legacy\\_fills \\(3 rows\\)");
    expect(summary).toContain("- <code>0004</code> drops column orders.note \\(2 rows with a value\\)");
    expect(summary).toContain(`Backup before the migrations: <code>${backup}</code> \\(28 B\\)`);
    expect(summary).toContain(
      "Their upgrades dropped data a downgrade cannot bring back (it comes back empty): <code>0004</code> drops table legacy\\_fills",
    );
    const incident = r.rollback?.incident?.markdown ?? "";
    expect(incident).toContain("### Data dropped by the release");
    expect(incident).toContain(
      "- ⚠️ table legacy\\_fills came back empty \\(0 rows now; the upgrade of 0004 dropped 3 rows\\)",
    );
    expect(incident).toContain(
      "- ⚠️ column orders.note came back empty \\(no value in any row now; the upgrade of 0004 dropped 2 values\\)",
    );
    expect(incident).toContain(
      `Backup taken before the migrations: <code>${backup}</code> \\(28 B\\), by <code>pg_dump -d app -f ${backup}</code> — restore the dropped rows from it.`,
    );
  });

  it("a destructive upgrade without a backup-command is warned about; a dry run names it and changes nothing", async () => {
    const w = world();
    const r = await deploy(inputs({ dryRun: true }), withRows(w, w.deps()));
    expect(r.status).toBe("dry-run");
    expect(r.warnings).toEqual([
      "destructive upgrade: 0004 drops table legacy_fills (3 rows)",
      "destructive upgrade: 0004 drops column orders.note (2 rows with a value)",
      "a destructive upgrade runs without a backup-command: the dropped data will be nowhere",
    ]);
    expect(w.db).toBe("0003");
  });

  it("alembic exiting 0 without moving the database fails the deploy with exactly that, and restarts nothing", async () => {
    const w = world();
    const deps = w.deps();
    deps.migrations.upgrade = async () => ({
      ok: true,
      output: "INFO  [alembic.runtime.migration] Running upgrade 0003 -> 0004, drop legacy",
    });
    const r = await deploy(inputs(), deps);
    expect(r.status).toBe("failure");
    expect(r.message).toBe(
      "migration failed: alembic exited 0 but the database is at 0003; head is 0004; nothing was restarted",
    );
    expect(w.upCalls).toEqual([]);
    // The adapter's own checked error is used as is.
    const w2 = world();
    const deps2 = w2.deps();
    deps2.migrations.upgrade = async () => ({
      ok: false,
      output: "INFO …",
      error: "alembic exited 0 but the database is at base; head is 0004",
    });
    const r2 = await deploy(inputs(), deps2);
    expect(r2.message).toBe(
      "migration failed: alembic exited 0 but the database is at base; head is 0004; nothing was restarted",
    );
  });
});

describe("the Rollback button undoing a destructive upgrade (fake host)", () => {
  it("the plan warns the dropped data comes back empty; the incident report says it did and that the backup is the deploy's", async () => {
    const w = world();
    w.seedRelease(NEW, { db: "0004", before: "0003", applied: ["0004"] });
    w.db = "0004";
    const deps = w.deps();
    deps.migrations.countDropped = async (operations) =>
      operations.map((operation) => ({
        operation,
        rows: operation.startsWith("drop_table") ? 0 : undefined,
        ...(operation.startsWith("drop_table") ? {} : { note: "no such column" }),
      }));
    const r = await rollback(
      {
        environment: "production",
        target: { kind: "last-good" },
        dbRevision: { kind: "recorded" },
        dbOnly: false,
        reason: "ledger lost fills",
        dryRun: false,
        confirmDestructive: false,
        integrityCommand: undefined,
        strategy: "down-up",
        lockWaitMs: 0,
        lockTtlMs: 600_000,
        createHotfixBranch: false,
        incident: { kind: "summary" },
        run: { runUrl: "https://gh/o/r/actions/runs/77", actor: "dave", repository: "o/r" },
        logTailLines: 50,
      },
      deps,
    );
    expect(r.status, r.message).toBe("success");
    expect(w.db).toBe("0003");
    expect(renderRollbackSummary(r)).toContain(
      "⚠️ Their upgrades dropped data a downgrade cannot bring back (it comes back empty): <code>0004</code> drops table legacy\\_fills, <code>0004</code> drops column orders.note",
    );
    const incident = r.incident?.markdown ?? "";
    expect(incident).toContain(
      "- ⚠️ table legacy\\_fills came back empty \\(0 rows now; the upgrade of 0004 dropped its data\\)",
    );
    expect(incident).toContain(
      "- ⚠️ column orders.note was not re-created by the downgrade \\(the upgrade of 0004 dropped its data\\)",
    );
    expect(incident).toContain("This run did not take the backup: the deploy that ran these migrations did");
  });
});

describe("wording and the backup artefact (pure)", () => {
  it("says what each drop takes, and why a count is unknown", () => {
    expect(describeDrop({ operation: "drop_table t", rows: 1 })).toBe("drops table t (1 row)");
    expect(describeDrop({ operation: "delete from audit", rows: 7 })).toBe(
      "deletes from audit (up to 7 rows)",
    );
    expect(
      describeDrop({
        operation: "drop_column c",
        rows: undefined,
        note: "the table is not named in the migration",
      }),
    ).toBe("drops column c (row count unknown: the table is not named in the migration)");
    expect(
      describeDataBack({
        revision: "0005",
        operation: "drop_table t",
        droppedRows: undefined,
        rowsNow: undefined,
        note: "no such table",
      }),
    ).toBe("table t was not re-created by the downgrade (the upgrade of 0005 dropped its data)");
    expect(
      describeDataBack({ revision: "0005", operation: "drop_table t", droppedRows: 4, rowsNow: 1 }),
    ).toBe("table t came back with 1 row, not the dropped data (the upgrade of 0005 dropped 4 rows)");
  });

  it("finds the artefact: the output file in the argv, a redirection in sh -c, else the last output line", async () => {
    expect(backupPath(["pg_dump", "-Fc", "-f", "/b/x.dump", "app"])).toBe("/b/x.dump");
    expect(backupPath(["pg_dump", "--file=/b/x.sql"])).toBe("/b/x.sql");
    expect(backupPath(["mysqldump", "--result-file=/b/m.sql"])).toBe("/b/m.sql");
    expect(backupPath(["/bin/sh", "-c", "pg_dump app 2>/dev/null > /b/y.sql"])).toBe("/b/y.sql");
    expect(backupPath(["./backup.sh"])).toBeUndefined();
    const said = await describeBackup(["./backup.sh"], "dumping…\nstored s3://bkp/app-0004.sql.gz\n");
    expect(backupLine(said)).toBe("the backup command said: stored s3://bkp/app-0004.sql.gz");
    const missing = await describeBackup(["pg_dump", "-f", join(tmp, "never-written.sql")], "");
    expect(backupLine(missing)).toBe(`${join(tmp, "never-written.sql")} (NOT FOUND after the command)`);
  });
});
