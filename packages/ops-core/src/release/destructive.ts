// Destructive upgrades: what a release's migrations drop on the way UP (a table, a column, rows), named with
// the row count the database gives before the upgrade runs, and, when a rollback undoes such a migration,
// what its downgrade brings back empty: a downgrade re-creates the schema, never the rows. The row counts
// and what the database holds after a rollback come through the migrations port (migrations/rows.ts says
// what it can and cannot count); the wording here is pure.

import { errorMessage } from "../action/errors.js";
import type { DropCount, MigrationInfo, ReleaseMigrations } from "./ports.js";

/** One drop by one pending migration's upgrade. */
export interface DestructiveUpgrade {
  revision: string;
  /** `drop_table legacy_fills`, `drop_column orders.note`, `delete from audit`, `truncate audit`. */
  operation: string;
  /** Rows it drops (for a column: rows with a value), as the database said before the upgrade. */
  rows: number | undefined;
  /** Why `rows` is unknown. */
  note?: string;
}

/** What the upgrades of `migrations` drop, without counts. Pure. */
export function upgradeDrops(
  migrations: readonly MigrationInfo[],
): Array<{ revision: string; operation: string }> {
  return migrations.flatMap((m) =>
    (m.destructiveUpgrade ?? []).map((operation) => ({ revision: m.revision, operation })),
  );
}

/** Counts through the port; never throws (an unknown count says why). */
async function counted(
  drops: Array<{ revision: string; operation: string }>,
  migrations: ReleaseMigrations,
  signal?: AbortSignal,
): Promise<DestructiveUpgrade[]> {
  if (drops.length === 0) return [];
  let counts: DropCount[] | undefined;
  let why = "this adapter cannot count rows";
  if (migrations.countDropped) {
    try {
      counts = await migrations.countDropped(
        drops.map((d) => d.operation),
        signal,
      );
    } catch (e) {
      why = `the row count failed: ${errorMessage(e)}`;
    }
  }
  return drops.map((d, i) => {
    const c = counts?.[i];
    return {
      ...d,
      rows: c?.rows,
      ...(c?.rows === undefined ? { note: c?.note ?? why } : {}),
    };
  });
}

/** The pending migrations' drops with the rows each takes now (before the upgrade). */
export function measureDestructiveUpgrades(
  pending: readonly MigrationInfo[],
  migrations: ReleaseMigrations,
  signal?: AbortSignal,
): Promise<DestructiveUpgrade[]> {
  return counted(upgradeDrops(pending), migrations, signal);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function target(operation: string): { kind: "table" | "column" | "delete" | "truncate"; name: string } {
  const [verb, ...rest] = operation.split(" ");
  const name = rest.join(" ").replace(/^(from|table)\s+/, "");
  if (verb === "drop_column") return { kind: "column", name };
  if (verb === "delete") return { kind: "delete", name };
  if (verb === "truncate") return { kind: "truncate", name };
  return { kind: "table", name };
}

/** `drops table legacy_fills`, `drops column orders.note`, `deletes from audit`. Pure. */
export function dropVerb(operation: string): string {
  const t = target(operation);
  return t.kind === "column"
    ? `drops column ${t.name}`
    : t.kind === "delete"
      ? `deletes from ${t.name}`
      : t.kind === "truncate"
        ? `truncates ${t.name}`
        : `drops table ${t.name}`;
}

/** `drops table legacy_fills (3 rows)`, `drops column orders.note (2 rows with a value)`. Pure. */
export function describeDrop(d: Pick<DestructiveUpgrade, "operation" | "rows" | "note">): string {
  const t = target(d.operation);
  const what = dropVerb(d.operation);
  if (d.rows === undefined) return `${what} (row count unknown: ${d.note ?? "not counted"})`;
  const rows =
    t.kind === "column"
      ? `${plural(d.rows, "row")} with a value`
      : t.kind === "delete"
        ? `up to ${plural(d.rows, "row")}`
        : plural(d.rows, "row");
  return `${what} (${rows})`;
}

/** `0005 drops table legacy_fills (3 rows)`. Pure. */
export function destructiveLine(d: DestructiveUpgrade): string {
  return `${d.revision} ${describeDrop(d)}`;
}

/** A drop a rollback undid: what the upgrade dropped and what the table or column holds now. */
export interface DataBackEmpty {
  revision: string;
  operation: string;
  /** Rows the upgrade dropped, when the deploy that ran it counted them. */
  droppedRows: number | undefined;
  /** Rows now (for a column: rows with a value), read after the downgrade. */
  rowsNow: number | undefined;
  note?: string;
}

/**
 * After a downgrade that undid `undone`: what their upgrades had dropped, and what the database holds now.
 * `known` carries the counts the deploy took before the upgrade (an automatic rollback has them).
 */
export async function measureDataBack(
  undone: readonly MigrationInfo[],
  known: readonly DestructiveUpgrade[] | undefined,
  migrations: ReleaseMigrations,
  signal?: AbortSignal,
): Promise<DataBackEmpty[]> {
  const drops = upgradeDrops(undone).filter(
    (d) => !d.operation.startsWith("delete") && !d.operation.startsWith("truncate"),
  );
  const now = await counted(drops, migrations, signal);
  return now.map((n) => {
    const before = known?.find((k) => k.revision === n.revision && k.operation === n.operation);
    return {
      revision: n.revision,
      operation: n.operation,
      droppedRows: before?.rows,
      rowsNow: n.rows,
      ...(n.note ? { note: n.note } : {}),
    };
  });
}

/**
 * `legacy_fills came back empty (0 rows now; 3 rows were dropped by the upgrade of 0005)`. Pure.
 * A table or column the downgrade did not re-create is said so.
 */
export function describeDataBack(d: DataBackEmpty): string {
  const t = target(d.operation);
  const noun = t.kind === "column" ? `column ${t.name}` : `table ${t.name}`;
  const dropped =
    d.droppedRows === undefined
      ? `the upgrade of ${d.revision} dropped its data`
      : `the upgrade of ${d.revision} dropped ${t.kind === "column" ? `${plural(d.droppedRows, "value")}` : plural(d.droppedRows, "row")}`;
  if (d.rowsNow === undefined) {
    return d.note === "no such table" || d.note === "no such column"
      ? `${noun} was not re-created by the downgrade (${dropped})`
      : `${noun} was re-created by the downgrade without its data (${dropped}; rows now unknown: ${d.note ?? "not counted"})`;
  }
  if (d.rowsNow === 0) {
    return `${noun} came back empty (${t.kind === "column" ? "no value in any row" : "0 rows"} now; ${dropped})`;
  }
  return `${noun} came back with ${t.kind === "column" ? plural(d.rowsNow, "value") : plural(d.rowsNow, "row")}, not the dropped data (${dropped})`;
}
