// `ops migrations` against the real Alembic (Debian's 1.8) on SQLite, through the built `ops` binary's
// command module: exit codes and what it says are the contract a CI step relies on.
import { type ScratchDb, scratchDb } from "@ops/testkit/stack";
import { afterEach, describe, expect, it } from "vitest";
import type { CliIo } from "../io.js";
import { run } from "./migrations.js";

function io(cwd: string): CliIo & { out: string; err: string } {
  const box = {
    out: "",
    err: "",
    env: process.env,
    cwd,
    stdout: (t: string) => {
      box.out += t;
    },
    stderr: (t: string) => {
      box.err += t;
    },
  };
  return box;
}

const dbs: ScratchDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.remove();
});

async function project(): Promise<ScratchDb> {
  const db = await scratchDb();
  dbs.push(db);
  return db;
}

describe("ops migrations test", () => {
  it("passes the example project: upgrade, downgrade to the previous head, upgrade again", async () => {
    const db = await project();
    const t = io(db.dir);
    expect(await run(["test", "--directory", "db"], t)).toBe(0);
    expect(t.out).toContain("head 0003, previous head 0002");
    expect(t.out).toMatch(/✔ upgrade head → 0003/);
    expect(t.out).toMatch(/✔ downgrade 0002 \(previous head\) → 0002/);
    expect(t.out).toMatch(/✔ upgrade head again → 0003/);
  });

  it("fails (exit 1) on a migration whose downgrade is broken, naming the step", async () => {
    const db = await project();
    await db.addRevision({
      revision: "0004",
      downRevision: "0003",
      message: "audit table",
      upgrade: 'op.create_table("audit", sa.Column("id", sa.Integer, primary_key=True))',
      downgrade: 'raise RuntimeError("forgot to write the downgrade")',
    });
    const t = io(db.dir);
    expect(await run(["test", "--directory", db.dbDir, "--json"], t)).toBe(1);
    const result = JSON.parse(t.out);
    expect(result.ok).toBe(false);
    expect(result.head).toBe("0004");
    expect(result.steps.map((s: { ok: boolean }) => s.ok)).toEqual([true, false]);
    expect(JSON.stringify(result.steps[1])).toContain("forgot to write the downgrade");
  });

  it("says what is pending, and which downgrades drop data", async () => {
    const db = await project();
    const t = io(db.dir);
    expect(await run(["status", "--directory", "db", "--database-url", db.url], t)).toBe(0);
    expect(t.out).toContain("database at base; head 0003");
    expect(t.out).toContain("pending 0003");
    expect(t.out).toContain("drop_column orders.venue");
  });

  it("is bad usage without test|status or with an unknown option", async () => {
    await expect(run(["frobnicate"], io("/"))).rejects.toThrow("ops migrations test|status");
    await expect(run(["test", "--no-such-option"], io("/"))).rejects.toThrow(/no-such-option/);
  });
});
