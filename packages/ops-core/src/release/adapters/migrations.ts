// ReleaseMigrations on the Alembic CLI (argv, never a shell; every call with a timeout) and on the
// migration files themselves: the revision graph and what each downgrade drops are read from the files
// of the code checked out now (the newer code, which still has the migrations a rollback undoes).
// TODO(H-docker): switch to ops-core/src/migrations/ once it lands; this adapter keeps the port's contract.

import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ConfigurationError } from "../../action/errors.js";
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

export function alembicAdapter(o: AlembicOptions): ReleaseMigrations {
  const base = [...o.command, ...(o.config ? ["-c", o.config] : [])];
  const alembic = async (args: string[], signal?: AbortSignal) => {
    const r = await o.run([...base, ...args], {
      cwd: o.directory,
      env: o.env,
      timeoutMs: o.timeoutMs,
      ...(signal ? { signal } : {}),
    });
    const output = [r.stdout, r.stderr].filter((s) => s.trim()).join("\n");
    return {
      ok: r.code === 0 && !r.timedOut,
      output: r.timedOut ? `${output}\n(timed out)` : output,
      stdout: r.stdout,
    };
  };
  const versionsDir = async (): Promise<string> => {
    const ini = await readFile(join(o.directory, o.config ?? "alembic.ini"), "utf8").catch(() => {
      throw new ConfigurationError(`no ${o.config ?? "alembic.ini"} in ${o.directory}`, {
        input: "alembic-directory",
      });
    });
    const loc = /^script_location\s*=\s*(.+)$/m.exec(ini)?.[1]?.trim() ?? "migrations";
    return join(resolve(o.directory, loc.replace("%(here)s", o.directory)), "versions");
  };
  return {
    async current(signal) {
      const r = await alembic(["current"], signal);
      if (!r.ok) throw new Error(`alembic current failed: ${r.output.split("\n").at(-1) ?? ""}`);
      return parseRevisionLines(r.stdout)[0] ?? null;
    },
    async heads() {
      const r = await alembic(["heads"]);
      if (!r.ok) throw new Error(`alembic heads failed: ${r.output.split("\n").at(-1) ?? ""}`);
      return parseRevisionLines(r.stdout);
    },
    async graph() {
      const dir = await versionsDir();
      const files = (await readdir(dir)).filter((f) => f.endsWith(".py") && !f.startsWith("__"));
      const nodes = await Promise.all(
        files.map(async (f) => parseMigrationFile(join(dir, f), await readFile(join(dir, f), "utf8"))),
      );
      return nodes.filter((n): n is MigrationInfo => n !== undefined);
    },
    upgrade: (target, signal) => alembic(["upgrade", target], signal),
    downgrade: (target, signal) => alembic(["downgrade", target], signal),
  };
}
