import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fakeRunner } from "../process/__fixtures__/fake-runner.js";
import { alembicPython, countDropped, dropTarget } from "./rows.js";

const bin = mkdtempSync(join(tmpdir(), "ops-rows-"));
afterAll(() => rmSync(bin, { recursive: true, force: true }));

describe("row counts (pure parts and a fake runner)", () => {
  it("reads what each operation drops", () => {
    expect(dropTarget("drop_table orders")).toEqual({ table: "orders", column: undefined });
    expect(dropTarget("drop_column orders.venue")).toEqual({ table: "orders", column: "venue" });
    expect(dropTarget("drop_column venue")).toEqual({ table: undefined, column: "venue" });
    expect(dropTarget("delete from audit")).toEqual({ table: "audit", column: undefined });
    expect(dropTarget("truncate table audit")).toEqual({ table: "audit", column: undefined });
  });

  it("finds the Python that runs alembic: python -m alembic, or the #! line of the alembic script", async () => {
    expect(await alembicPython(["python3.11", "-m", "alembic"], {})).toEqual(["python3.11"]);
    writeFileSync(join(bin, "alembic"), "#!/usr/bin/python3\nimport alembic.config\n");
    chmodSync(join(bin, "alembic"), 0o755);
    expect(await alembicPython(["alembic"], { PATH: `/nonexistent:${bin}` })).toEqual(["/usr/bin/python3"]);
    writeFileSync(join(bin, "alembic"), "#!/usr/bin/env python3.12\n");
    expect(await alembicPython([join(bin, "alembic")], {})).toEqual(["python3.12"]);
    expect(await alembicPython(["poetry", "run", "alembic"], {})).toBeUndefined();
    expect(await alembicPython(["alembic"], { PATH: "/nonexistent" })).toBeUndefined();
  });

  it("never throws: a count that times out or cannot find its Python says why for each operation", async () => {
    const slow = fakeRunner(() => ({ timedOut: true }));
    const counts = await countDropped(["drop_table orders", "drop_column venue"], {
      run: slow.run,
      directory: "/srv/db",
      command: ["python3", "-m", "alembic"],
      timeoutMs: 5000,
    });
    expect(counts).toEqual([
      {
        operation: "drop_table orders",
        table: "orders",
        column: undefined,
        rows: undefined,
        note: "the count timed out after 5s",
      },
      {
        operation: "drop_column venue",
        table: undefined,
        column: "venue",
        rows: undefined,
        note: "the table is not named in the migration",
      },
    ]);
    // argv, never a shell: the ini path, the targets as JSON, the -x values.
    expect(slow.calls[0]?.argv.slice(0, 2)).toEqual(["python3", "-c"]);
    expect(slow.calls[0]?.argv.slice(3)).toEqual([
      "/srv/db/alembic.ini",
      '[{"table":"orders","column":null}]',
    ]);
    expect(slow.calls[0]?.options).toMatchObject({ cwd: "/srv/db", timeoutMs: 5000 });
    const poetry = await countDropped(["drop_table orders"], {
      run: slow.run,
      directory: ".",
      command: ["poetry", "run", "alembic"],
    });
    expect(poetry[0]?.note).toBe("cannot tell which Python runs poetry run alembic");
  });

  it("reads the counts the Python printed, in order, skipping what it was not asked", async () => {
    const fake = fakeRunner(() => ({
      stdout: 'some env.py print\nOPS-ROWS [{"rows": 12}, {"rows": null, "note": "no such table"}]\n',
      stderr: "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.\n",
    }));
    const counts = await countDropped(["drop_column orders.venue", "drop_column c", "drop_table gone"], {
      run: fake.run,
      directory: "/db",
      command: ["python3", "-m", "alembic"],
      x: { db_url: "postgresql://h/db" },
    });
    expect(counts.map((c) => [c.rows, c.note])).toEqual([
      [12, undefined],
      [undefined, "the table is not named in the migration"],
      [undefined, "no such table"],
    ]);
    expect(fake.calls[0]?.argv.at(-1)).toBe("db_url=postgresql://h/db");
  });
});
