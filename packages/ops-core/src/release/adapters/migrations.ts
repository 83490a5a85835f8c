// ReleaseMigrations on the Alembic CLI (argv, never a shell; every call with a timeout) and on the
// migration files themselves: the revision graph and what each downgrade drops are read from the files
// of the code checked out now (the newer code, which still has the migrations a rollback undoes).
// The adapter delegates to ops-core/src/migrations/ (H-docker); the pure parsers below are this module's
// own reading of the same files, kept as tested helpers.

import { errorMessage } from "../../action/errors.js";
import { createAlembic, type MigrationRun } from "../../migrations/alembic.js";
import { readMigrations } from "../../migrations/graph.js";
import type { CommandRunner } from "../../process/run-command.js";
import type { MigrationInfo, ReleaseMigrations } from "../ports.js";

export interface AlembicOptions {
  /** The Alembic command, e.g. ["alembic"] or ["python", "-m", "alembic"]. */
  command: string[];
  /** The directory holding alembic.ini. */
  directory: string;
  config?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  run: CommandRunner;
}

const PY_STRING = /^\s*['"]([^'"]+)['"]\s*$/;

/** `"0002"`, `None`, `("a", "b")` → revisions. Pure. */
export function parseDownRevision(text: string): string[] {
  const t = text.trim();
  if (t === "None" || t === "") return [];
  const single = PY_STRING.exec(t);
  if (single) return [single[1] as string];
  return [...t.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

/** What a downgrade body drops: op.drop_table, op.drop_column, batch drop_column, raw DROP in op.execute. Pure. */
export function destructiveOps(downgradeBody: string): string[] {
  const out: string[] = [];
  for (const m of downgradeBody.matchAll(/\bdrop_table\(\s*['"]([^'"]+)['"]/g))
    out.push(`drop_table ${m[1]}`);
  for (const m of downgradeBody.matchAll(/\bop\.drop_column\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]/g)) {
    out.push(`drop_column ${m[1]}.${m[2]}`);
  }
  for (const m of downgradeBody.matchAll(/\bbatch_op\.drop_column\(\s*['"]([^'"]+)['"]/g))
    out.push(`drop_column ${m[1]}`);
  for (const m of downgradeBody.matchAll(/\bDROP\s+(TABLE|COLUMN)\s+(?:IF\s+EXISTS\s+)?["`]?(\w+)/gi)) {
    out.push(`drop ${(m[1] as string).toLowerCase()} ${m[2]}`);
  }
  for (const m of downgradeBody.matchAll(/\b(DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+["`]?(\w+)/gi)) {
    out.push(`${(m[1] as string).toLowerCase().replace(/\s+/g, " ")} ${m[2]}`);
  }
  return [...new Set(out)];
}

/** One migration file → its node in the graph. Pure. */
export function parseMigrationFile(file: string, text: string): MigrationInfo | undefined {
  const rev = /^revision(?:\s*:\s*[^=]+)?\s*=\s*(.+)$/m.exec(text);
  const down = /^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(.+)$/m.exec(text);
  if (!rev || !down) return undefined;
  const revision = PY_STRING.exec(rev[1] as string)?.[1];
  if (!revision) return undefined;
  const downgrade = /^def downgrade\([^)]*\)[^:]*:\n([\s\S]*?)(?=^\S|(?![\s\S]))/m.exec(text)?.[1] ?? "";
  const message = /^"""([^\n]*?)(?:"""|$)/m.exec(text)?.[1]?.trim();
  return {
    revision,
    downRevisions: parseDownRevision(down[1] as string),
    file,
    ...(message ? { message } : {}),
    destructiveDowngrade: destructiveOps(downgrade),
  };
}

/** `0003 (head)` / `0003 (head) (effective head)` lines → revisions. Pure. */
export function parseRevisionLines(stdout: string): string[] {
  return stdout
    .split("\n")
    .map((l) => /^([0-9A-Za-z_]+)\b/.exec(l.trim())?.[1])
    .filter((r): r is string => r !== undefined && r !== "INFO");
}

/**
 * The port over ops-core/migrations (H-docker's Alembic adapter and file graph): a failed migration or an
 * unknown revision is `{ok: false}` with Alembic's own words, not a throw — the engine decides.
 */
export function alembicAdapter(o: AlembicOptions): ReleaseMigrations {
  const alembic = createAlembic({
    run: o.run,
    directory: o.directory,
    command: o.command,
    ...(o.config ? { config: o.config } : {}),
    ...(o.env ? { env: o.env } : {}),
    timeoutMs: o.timeoutMs,
  });
  const step = async (fn: () => Promise<MigrationRun>) => {
    try {
      const r = await fn();
      return { ok: true, output: r.output };
    } catch (e) {
      const output = (e as { output?: string }).output;
      return { ok: false, output: [output, errorMessage(e)].filter(Boolean).join("\n") };
    }
  };
  // Asked once per run each: `current` until a migration runs (upgrade or downgrade, even a failed one,
  // makes the next read ask Alembic again: a verification reads the database, never the memo), `heads`
  // once (the files do not change during a run). An Alembic call costs ~0.5 s.
  let current: Promise<string | null> | undefined;
  let heads: Promise<string[]> | undefined;
  const once = <T>(value: Promise<T>, forget: () => void): Promise<T> => {
    value.catch(forget);
    return value;
  };
  const migrate = async (fn: () => Promise<MigrationRun>) => {
    current = undefined;
    try {
      return await step(fn);
    } finally {
      current = undefined;
    }
  };
  return {
    current: (signal) => {
      current ??= once(alembic.current(signal), () => {
        current = undefined;
      });
      return current;
    },
    heads: () => {
      heads ??= once(alembic.heads(), () => {
        heads = undefined;
      });
      return heads;
    },
    graph: () => readMigrations(o.directory, o.config ?? "alembic.ini"),
    upgrade: (target, signal) => migrate(() => alembic.upgrade(target, signal)),
    downgrade: (target, signal) => migrate(() => alembic.downgrade(target, signal)),
  };
}
