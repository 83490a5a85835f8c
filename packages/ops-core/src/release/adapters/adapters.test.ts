import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../process/run-command.js";
import { migrationsBetween } from "../plan.js";
import { alembicAdapter } from "./migrations.js";
import { healthFromSmoke } from "./smoke.js";

function migration(dir: string, rev: string, down: string | null, up: string, downBody: string): void {
  writeFileSync(
    join(dir, "migrations", "versions", `${rev}.py`),
    `"""${rev}"""\nfrom alembic import op\nimport sqlalchemy as sa\nrevision = "${rev}"\ndown_revision = ${down === null ? "None" : `"${down}"`}\n\ndef upgrade():\n    ${up}\n\ndef downgrade():\n    ${downBody}\n`,
  );
}

describe("alembic adapter against the real alembic and SQLite", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "release-alembic-"));
    mkdirSync(join(dir, "migrations", "versions"), { recursive: true });
    writeFileSync(
      join(dir, "alembic.ini"),
      "[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///%(here)s/app.db\n",
    );
    writeFileSync(
      join(dir, "migrations", "env.py"),
      [
        "from alembic import context",
        "from sqlalchemy import engine_from_config, pool",
        "config = context.config",
        'connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)',
        "with connectable.connect() as connection:",
        "    context.configure(connection=connection, target_metadata=None, transactional_ddl=True)",
        "    with context.begin_transaction():",
        "        context.run_migrations()",
        "",
      ].join("\n"),
    );
    migration(
      dir,
      "0001",
      null,
      `op.create_table("orders", sa.Column("id", sa.Integer, primary_key=True))`,
      `op.drop_table("orders")`,
    );
    migration(
      dir,
      "0002",
      "0001",
      `op.create_table("fills", sa.Column("id", sa.Integer, primary_key=True))`,
      `op.drop_table("fills")`,
    );
    migration(
      dir,
      "0003",
      "0002",
      `op.add_column("orders", sa.Column("note", sa.Text))`,
      `op.drop_column("orders", "note")`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the graph, heads and current; upgrades; downgrades to a recorded revision (two steps, not -1)", async () => {
    // Which Alembic commands ran: nothing asks the same question twice.
    const asked: string[] = [];
    const run: typeof runCommand = (argv, options) => {
      asked.push(argv.slice(1).join(" "));
      return runCommand(argv, options);
    };
    const a = alembicAdapter({ command: ["alembic"], directory: dir, timeoutMs: 30_000, run });
    expect(await a.current()).toBeNull();
    expect(await a.heads()).toEqual(["0003"]);
    const graph = await a.graph();
    expect(graph.map((m) => m.revision).sort()).toEqual(["0001", "0002", "0003"]);
    expect((await a.upgrade("head")).ok).toBe(true);
    expect(await a.current()).toBe("0003");
    // The upgrade's result check used the run's heads, and its `current` is the answer after it.
    expect(asked).toEqual(["current", "heads", "upgrade head", "current"]);
    const between = migrationsBetween(graph, "0003", "0001");
    expect(between.ok && between.migrations.map((m) => m.revision)).toEqual(["0003", "0002"]);
    expect(between.ok && between.migrations[0]?.destructiveDowngrade).toEqual(["drop_column orders.note"]);
    expect((await a.downgrade("0001")).ok).toBe(true);
    expect(await a.current()).toBe("0001");
    expect(asked.slice(4)).toEqual(["downgrade 0001", "current"]);
    const tables = execFileSync(
      "python3",
      [
        "-c",
        `import sqlite3;print(sorted(r[0] for r in sqlite3.connect("${join(dir, "app.db")}").execute("select name from sqlite_master where type='table'")))`,
      ],
      { encoding: "utf8" },
    );
    expect(tables).toContain("'orders'");
    expect(tables).not.toContain("'fills'");
  });

  it("the graph carries what each upgrade and downgrade drops; countDropped asks the database through env.py", async () => {
    const a = alembicAdapter({ command: ["alembic"], directory: dir, timeoutMs: 30_000, run: runCommand });
    await a.upgrade("head");
    execFileSync("/usr/bin/python3", [
      "-c",
      "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.executemany('insert into orders (note) values (?)', [('a',), (None,), ('b',)]); c.commit()",
      join(dir, "app.db"),
    ]);
    const graph = await a.graph();
    expect(graph.find((m) => m.revision === "0003")).toMatchObject({
      destructiveDowngrade: ["drop_column orders.note"],
      destructiveUpgrade: [],
    });
    expect(
      await a.countDropped?.(["drop_table orders", "drop_column orders.note", "drop_table fills"]),
    ).toEqual([
      { operation: "drop_table orders", table: "orders", column: undefined, rows: 3 },
      { operation: "drop_column orders.note", table: "orders", column: "note", rows: 2 },
      { operation: "drop_table fills", table: "fills", column: undefined, rows: 0 },
    ]);
  });

  it("reports a failing migration as not ok, with alembic's error, and an unknown revision too", async () => {
    const a = alembicAdapter({ command: ["alembic"], directory: dir, timeoutMs: 30_000, run: runCommand });
    migration(dir, "0004", "0003", `op.execute("THIS IS NOT SQL")`, "pass");
    try {
      await a.upgrade("head");
      const before = await a.current();
      const r = await a.upgrade("head");
      expect(r.ok).toBe(false);
      expect(r.output).toMatch(/syntax error|OperationalError/);
      expect(await a.current()).toBe(before);
      expect((await a.downgrade("zzzz")).ok).toBe(false);
    } finally {
      rmSync(join(dir, "migrations", "versions", "0004.py"));
    }
  });
});

describe("smoke report → release health", () => {
  it("takes crash loops, failing services, breaker and degradation from the smoke report", () => {
    const report = {
      schema: 1,
      verdict: "fail",
      healthy: false,
      headline: "Production is NOT healthy: gateway: HTTP 500",
      findings: [],
      endpoints: [
        { name: "gateway", verdict: "fail", reason: "HTTP 500", latency: { samples: 0 }, samplesMs: [] },
        { name: "signal", verdict: "pass", reason: "200", latency: { samples: 5, p50Ms: 3 }, samplesMs: [3] },
      ],
      services: {
        checked: true,
        services: [
          { service: "gateway", verdict: "pass", problems: [], restartCount: 0, restartCountAtStart: 0 },
          {
            service: "orchestrator",
            verdict: "fail",
            problems: ["restarted 3 times while watched"],
            restartCount: 3,
            restartCountAtStart: 0,
            status: "running",
          },
        ],
      },
      breaker: { checked: true, verdict: "fail", reason: "TRIPPED: drawdown", state: "TRIPPED" },
      smokeTests: { checked: false, reason: "skipped" },
      degradation: {
        checked: true,
        verdict: "fail",
        reason: "slower",
        endpoints: [{ change: 0.8 }, { change: undefined }],
      },
    };
    const h = healthFromSmoke(report as never);
    expect(h.verdict).toBe("fail");
    expect(h.crashLooping).toEqual(["orchestrator"]);
    expect(h.failingServices).toEqual(["orchestrator", "gateway"]);
    expect(h.breaker).toBe("TRIPPED");
    expect(h.degradationPct).toBeCloseTo(80);
    expect(h.evidence[0]).toMatch(/NOT healthy/);
  });
});
