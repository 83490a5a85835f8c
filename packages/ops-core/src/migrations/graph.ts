// The revision graph read from the migration files themselves (no Python needed): each file's revision,
// down_revision(s) and message, what its downgrade() drops (a rollback refuses destructive downgrades unless
// confirmed) and what its upgrade() drops (a deploy names it, with row counts, before running it). Also:
// heads, and the ordered path between two revisions (pending migrations, the migrations a downgrade undoes).

import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ConfigurationError } from "../action/errors.js";

/** One migration file. */
export interface MigrationInfo {
  revision: string;
  /** Parent revisions: none for the base, two or more for a merge. */
  downRevisions: string[];
  /** Absolute path of the file. */
  file: string;
  /** The first line of the docstring, when there is one. */
  message?: string;
  /** What its downgrade() drops, e.g. `drop_table orders`, `drop_column orders.venue`. */
  destructiveDowngrade: string[];
  /** What its upgrade() drops on the way up (same notation): data a later downgrade cannot bring back. */
  destructiveUpgrade: string[];
}

export interface RevisionGraph {
  /** Every migration, by revision id. */
  nodes: ReadonlyMap<string, MigrationInfo>;
  /** Revisions no other revision builds on. */
  heads: string[];
  /** Revisions with no parent. */
  bases: string[];
}

const STRING = /^\s*[rbuf]?(['"])([^'"]*)\1\s*(?:#.*)?$/;

/** A Python value of `down_revision`: `"0002"`, `None`, `("a", "b")`, `["a", "b"]`. Pure. */
export function parseRevisionValue(text: string): string[] {
  const t = text.trim().replace(/\s*#.*$/, "");
  if (t === "None" || t === "") return [];
  const single = STRING.exec(t);
  if (single) return [single[2] as string];
  return [...t.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

/** The body of a top-level `def name(...)` (up to the next top-level statement). Pure. */
export function functionBody(source: string, name: string): string | undefined {
  const lines = source.split("\n");
  const start = lines.findIndex((l) => new RegExp(`^def ${name}\\s*\\(`).test(l));
  if (start < 0) return undefined;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line) && !line.startsWith("#")) break;
    body.push(line);
  }
  return body.join("\n");
}

/**
 * What a downgrade body drops: `op.drop_table("t")`, `op.drop_column("t", "c")`, `batch_op.drop_column("c")`
 * inside `op.batch_alter_table("t")`, and raw `DROP TABLE`/`DROP COLUMN`/`DELETE FROM`/`TRUNCATE` in SQL
 * strings. Comments are ignored. Pure.
 */
export function destructiveOperations(body: string): string[] {
  const code = body
    .split("\n")
    .map((l) => l.replace(/(^|\s)#.*$/, ""))
    .join("\n");
  const out: string[] = [];
  for (const m of code.matchAll(/\bdrop_table\(\s*(?:table_name\s*=\s*)?['"]([^'"]+)['"]/g))
    out.push(`drop_table ${m[1]}`);
  for (const m of code.matchAll(/\bop\.drop_column\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]/g)) {
    out.push(`drop_column ${m[1]}.${m[2]}`);
  }
  // batch_op.drop_column("c") inside `with op.batch_alter_table("t") as batch_op:`
  const lines = code.split("\n");
  let batchTable: string | undefined;
  let batchIndent = -1;
  for (const line of lines) {
    const indent = line.search(/\S/);
    if (indent >= 0 && batchTable !== undefined && indent <= batchIndent) batchTable = undefined;
    const open = /batch_alter_table\(\s*['"]([^'"]+)['"]/.exec(line);
    if (open) {
      batchTable = open[1];
      batchIndent = indent;
    }
    for (const m of line.matchAll(/\b\w+\.drop_column\(\s*['"]([^'"]+)['"]\s*[,)]/g)) {
      if (/\bop\.drop_column\(/.test(line)) continue;
      out.push(`drop_column ${batchTable ? `${batchTable}.` : ""}${m[1]}`);
    }
  }
  // `ALTER TABLE t DROP COLUMN c` names its table; a bare `DROP COLUMN c` does not.
  const alterDrops = new Set<string>();
  for (const m of code.matchAll(
    /\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?["`[]?(\w+)["`\]]?\s+DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?["`[]?(\w+)/gi,
  )) {
    if (/^(constraint|index)$/i.test(m[2] as string)) continue;
    out.push(`drop_column ${m[1]}.${m[2]}`);
    alterDrops.add((m[2] as string).toLowerCase());
  }
  for (const m of code.matchAll(/\bDROP\s+(TABLE|COLUMN)\s+(?:IF\s+EXISTS\s+)?["`[]?(\w+)/gi)) {
    const kind = (m[1] as string).toLowerCase();
    if (kind === "column" && alterDrops.has((m[2] as string).toLowerCase())) continue;
    out.push(`drop_${kind} ${m[2]}`);
  }
  for (const m of code.matchAll(/\b(DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+["`[]?(\w+)/gi)) {
    out.push(`${(m[1] as string).toLowerCase().replace(/\s+/g, " ")} ${m[2]}`);
  }
  return [...new Set(out)];
}

/** One migration file's text → its node, or undefined when it declares no revision. Pure. */
export function parseMigrationFile(file: string, source: string): MigrationInfo | undefined {
  const rev = /^revision(?:\s*:\s*[^=\n]+)?\s*=\s*(.+)$/m.exec(source);
  const down = /^down_revision(?:\s*:\s*[^=\n]+)?\s*=\s*(.+)$/m.exec(source);
  if (!rev) return undefined;
  const revision = parseRevisionValue(rev[1] as string)[0];
  if (!revision) return undefined;
  const doc = /^\s*(?:[rbu]?"""|[rbu]?''')\s*([^\n]*?)\s*(?:"""|'''|$)/m.exec(source)?.[1]?.trim();
  return {
    revision,
    downRevisions: down ? parseRevisionValue(down[1] as string) : [],
    file,
    ...(doc ? { message: doc } : {}),
    destructiveDowngrade: destructiveOperations(functionBody(source, "downgrade") ?? ""),
    destructiveUpgrade: destructiveOperations(functionBody(source, "upgrade") ?? ""),
  };
}

/** Builds the graph; throws a ConfigurationError on a duplicate revision or a parent that does not exist. Pure. */
export function buildGraph(migrations: readonly MigrationInfo[]): RevisionGraph {
  const nodes = new Map<string, MigrationInfo>();
  for (const m of migrations) {
    const seen = nodes.get(m.revision);
    if (seen) {
      throw new ConfigurationError(`revision ${m.revision} is declared twice: ${seen.file} and ${m.file}`, {
        input: "migrations",
      });
    }
    nodes.set(m.revision, m);
  }
  const parents = new Set<string>();
  for (const m of nodes.values()) {
    for (const d of m.downRevisions) {
      if (!nodes.has(d)) {
        throw new ConfigurationError(
          `revision ${m.revision} (${m.file}) revises ${d}, which no file declares`,
          {
            input: "migrations",
          },
        );
      }
      parents.add(d);
    }
  }
  const sorted = [...nodes.keys()].sort();
  return {
    nodes,
    heads: sorted.filter((r) => !parents.has(r)),
    bases: sorted.filter((r) => (nodes.get(r)?.downRevisions.length ?? 0) === 0),
  };
}

/** Every ancestor of `revision` (itself included). */
function ancestors(graph: RevisionGraph, revision: string): Set<string> {
  const out = new Set<string>();
  const stack = [revision];
  while (stack.length > 0) {
    const r = stack.pop() as string;
    if (out.has(r)) continue;
    out.add(r);
    stack.push(...(graph.nodes.get(r)?.downRevisions ?? []));
  }
  return out;
}

/**
 * The migrations between `from` (exclusive; null = the empty database) and `to` (inclusive), oldest first:
 * what `upgrade to` applies from `from`. Reversed, it is what `downgrade from` undoes to reach `to`.
 * Throws when `from` is not an ancestor of `to`, or a revision is unknown. Pure.
 */
export function migrationsBetween(graph: RevisionGraph, from: string | null, to: string): MigrationInfo[] {
  for (const r of [from, to]) {
    if (r !== null && !graph.nodes.has(r)) {
      throw new ConfigurationError(`unknown revision ${r}: no migration file declares it`, {
        input: "revision",
      });
    }
  }
  const upTo = ancestors(graph, to);
  if (from !== null && !upTo.has(from)) {
    throw new ConfigurationError(`revision ${from} is not an ancestor of ${to}`, { input: "revision" });
  }
  const done = from === null ? new Set<string>() : ancestors(graph, from);
  const wanted = [...upTo].filter((r) => !done.has(r));
  // Topological order: parents first (ties by id for a stable result).
  const out: MigrationInfo[] = [];
  const placed = new Set<string>(done);
  while (out.length < wanted.length) {
    const ready = wanted
      .filter((r) => !placed.has(r))
      .filter((r) => (graph.nodes.get(r)?.downRevisions ?? []).every((d) => placed.has(d)))
      .sort();
    const next = ready[0];
    if (!next) break;
    placed.add(next);
    out.push(graph.nodes.get(next) as MigrationInfo);
  }
  return out;
}

/** The versions folders named by alembic.ini (`script_location`/versions, or `version_locations`). */
export async function versionDirectories(directory: string, config = "alembic.ini"): Promise<string[]> {
  const iniPath = resolve(directory, config);
  const ini = await readFile(iniPath, "utf8").catch((error: unknown) => {
    throw new ConfigurationError(`cannot read ${iniPath}: is the Alembic directory right?`, {
      input: "alembic-directory",
      cause: error,
    });
  });
  const section = /^\[alembic\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(ini)?.[1] ?? "";
  const option = (name: string) => new RegExp(`^${name}\\s*=\\s*(.+)$`, "m").exec(section)?.[1]?.trim();
  const here = (p: string) => resolve(directory, p.replaceAll("%(here)s", resolve(directory)));
  const locations = option("version_locations");
  if (locations) {
    const separator = option("version_path_separator");
    const parts =
      separator === "os" || separator === ":"
        ? locations.split(":")
        : separator === ";"
          ? locations.split(";")
          : locations.split(/[\s,]+/);
    return parts.filter(Boolean).map(here);
  }
  const script = option("script_location");
  if (!script)
    throw new ConfigurationError(`${iniPath} has no script_location`, { input: "alembic-directory" });
  if (script.includes(":") && !script.startsWith("/") && !script.includes("%(here)s")) {
    throw new ConfigurationError(`script_location ${script} names a package; give a folder`, {
      input: "alembic-directory",
    });
  }
  return [join(here(script), "versions")];
}

/** Reads every migration file of the project in `directory` (the folder holding alembic.ini). */
export async function readMigrations(directory: string, config = "alembic.ini"): Promise<MigrationInfo[]> {
  const out: MigrationInfo[] = [];
  for (const dir of await versionDirectories(directory, config)) {
    const files = (await readdir(dir).catch(() => [] as string[]))
      .filter((f) => f.endsWith(".py") && !f.startsWith("__"))
      .sort();
    for (const f of files) {
      const path = join(dir, f);
      const info = parseMigrationFile(path, await readFile(path, "utf8"));
      if (info) out.push(info);
    }
  }
  return out;
}

/** readMigrations + buildGraph. */
export async function readGraph(directory: string, config = "alembic.ini"): Promise<RevisionGraph> {
  return buildGraph(await readMigrations(directory, config));
}
