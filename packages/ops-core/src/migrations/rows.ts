// Row counts for what a migration drops, asked of the database itself before the migration runs (and, after
// a rollback, of what came back). The database is reached exactly as Alembic reaches it: a short Python
// program run by the interpreter of the Alembic command loads the project's alembic.ini and runs its
// env.py through Alembic's EnvironmentContext with a callback instead of migrations (the way `alembic
// current` works), so env.py's own URL logic (`-x db_url`, DATABASE_URL, sqlalchemy.url), driver and
// connection settings apply, on any database SQLAlchemy speaks. The callback only SELECTs and returns no
// migration step, so nothing is changed.
//
// What it can count: `drop_table t` (rows in t), `drop_column t.c` (rows where c is not NULL: the values
// that go), `delete from t` / `truncate t` (rows in t, an upper bound for a DELETE with a WHERE). What it
// cannot: a `drop_column c` whose table is unknown (a raw `DROP COLUMN` without `ALTER TABLE t`, or a
// batch_op outside `batch_alter_table("t")`); a table in a schema off the search path (`schema=` is not
// read); rows a pending migration will insert or a table it will create first (counts are of the database
// as it is now: such a table is "not created yet"); anything done through helpers or dynamic SQL (the
// files' text does not name it); an env.py that cannot connect, or an Alembic command whose Python cannot
// be found (e.g. `poetry run alembic`). Each unknown count says why.

import { access, constants, open } from "node:fs/promises";
import { basename, delimiter, isAbsolute, join, resolve } from "node:path";
import { errorMessage } from "../action/errors.js";
import type { CommandRunner } from "../process/run-command.js";
import { exceptionLine } from "./alembic.js";

/** A `drop_table t` / `drop_column t.c` / `delete from t` / `truncate t` operation and what it drops now. */
export interface DropCount {
  operation: string;
  table: string | undefined;
  column: string | undefined;
  /** Rows (with a value in the column, for a column); undefined when it cannot be told (see `note`). */
  rows: number | undefined;
  /** Why `rows` is unknown, or what it means ("no such table"). */
  note?: string;
}

export interface CountOptions {
  run: CommandRunner;
  /** The folder holding alembic.ini. */
  directory: string;
  /** The Alembic argv prefix, e.g. ["alembic"] or ["python3", "-m", "alembic"]. */
  command: readonly string[];
  config?: string;
  /** `-x name=value` arguments, as Alembic gets them. */
  x?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Default 60 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** `drop_table t`, `drop_column t.c`, `delete from t`, `truncate [table] t` → what to count. Pure. */
export function dropTarget(operation: string): { table: string | undefined; column: string | undefined } {
  const column = /^drop_column\s+(?:(\w+)\.)?(\w+)$/.exec(operation);
  if (column) return { table: column[1], column: column[2] };
  const table = /^(?:drop_table|delete from|truncate(?: table)?)\s+(\w+)$/.exec(operation);
  return { table: table?.[1], column: undefined };
}

/**
 * The Python that runs the Alembic command: `python3 -m alembic` → python3; `alembic` → the interpreter on
 * its `#!` line (Debian's /usr/bin/alembic: /usr/bin/python3, which is not the `python3` first on PATH on
 * a machine with pyenv). Undefined when it cannot be told.
 */
export async function alembicPython(
  command: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<string[] | undefined> {
  const program = command[0];
  if (!program) return undefined;
  if (/^python[\d.]*$/.test(basename(program))) return [program];
  if (basename(program) !== "alembic") return undefined;
  const path = program.includes("/")
    ? resolve(program)
    : await onPath(program, env.PATH ?? process.env.PATH ?? "");
  if (!path) return undefined;
  const handle = await open(path, "r").catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    const first = buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
    const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(first);
    if (!m) return undefined;
    // `#!/usr/bin/env python3` → python3 (from PATH, as the shell would).
    if (basename(m[1] as string) === "env" && m[2]) return [m[2]];
    return [m[1] as string];
  } finally {
    await handle.close();
  }
}

async function onPath(program: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, program);
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

// argv: alembic.ini path, JSON [{table, column}], then -x values. Prints one `OPS-ROWS <json>` line.
const SCRIPT = `
import argparse, json, sys
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
import sqlalchemy as sa

ini, targets, xargs = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3:]
cfg = Config(ini)
cfg.cmd_opts = argparse.Namespace(x=xargs or None)
script = ScriptDirectory.from_config(cfg)
out = []

def count(rev, context):
    conn = context.connection
    insp = sa.inspect(conn)
    for t in targets:
        table, column = t["table"], t.get("column")
        try:
            if not insp.has_table(table):
                out.append({"rows": None, "note": "no such table"})
                continue
            if column is not None and column not in [c["name"] for c in insp.get_columns(table)]:
                out.append({"rows": None, "note": "no such column"})
                continue
            tbl = sa.table(table, *([sa.column(column)] if column is not None else []))
            query = sa.select(sa.func.count()).select_from(tbl)
            if column is not None:
                query = query.where(tbl.c[column].isnot(None))
            out.append({"rows": int(conn.execute(query).scalar())})
        except Exception as e:
            out.append({"rows": None, "note": (str(e).strip().splitlines() or [type(e).__name__])[0][:200]})
    return []

with EnvironmentContext(cfg, script, fn=count, dont_mutate=True):
    script.run_env()
print("OPS-ROWS " + json.dumps(out))
`;

/**
 * Counts what each operation drops, in one Python run against the project's database. Never throws:
 * an operation it cannot count comes back with `rows: undefined` and the reason.
 */
export async function countDropped(operations: readonly string[], o: CountOptions): Promise<DropCount[]> {
  const parsed = operations.map((operation) => ({ operation, ...dropTarget(operation) }));
  const unknown = (why: string) =>
    parsed.map((p) => ({
      ...p,
      rows: undefined,
      note: p.table === undefined ? "the table is not named in the migration" : why,
    }));
  const countable = parsed.filter((p) => p.table !== undefined);
  if (countable.length === 0) return unknown("nothing countable");
  const env = o.env ?? process.env;
  const python = await alembicPython(o.command, env);
  if (!python) return unknown(`cannot tell which Python runs ${o.command.join(" ")}`);
  const ini = isAbsolute(o.config ?? "")
    ? (o.config as string)
    : resolve(o.directory, o.config ?? "alembic.ini");
  const targets = JSON.stringify(countable.map((p) => ({ table: p.table, column: p.column ?? null })));
  const xargs = Object.entries(o.x ?? {}).map(([k, v]) => `${k}=${v}`);
  let stdout = "";
  let failure: string | undefined;
  try {
    const r = await o.run([...python, "-c", SCRIPT, ini, targets, ...xargs], {
      cwd: o.directory,
      env,
      timeoutMs: o.timeoutMs ?? 60_000,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    stdout = r.stdout;
    if (r.timedOut) failure = `the count timed out after ${Math.round((o.timeoutMs ?? 60_000) / 1000)}s`;
    else if (r.code !== 0) {
      failure = `the count failed: ${exceptionLine(r.stderr).slice(0, 200)}`;
    }
  } catch (e) {
    failure = `the count could not run: ${errorMessage(e)}`;
  }
  const line = stdout.split("\n").find((l) => l.startsWith("OPS-ROWS "));
  if (failure || !line) return unknown(failure ?? "the count printed no result");
  const counted = JSON.parse(line.slice("OPS-ROWS ".length)) as Array<{ rows: number | null; note?: string }>;
  let i = 0;
  return parsed.map((p) => {
    if (p.table === undefined)
      return { ...p, rows: undefined, note: "the table is not named in the migration" };
    const c = counted[i++];
    return {
      ...p,
      rows: typeof c?.rows === "number" ? c.rows : undefined,
      ...(c?.note ? { note: c.note } : {}),
    };
  });
}
