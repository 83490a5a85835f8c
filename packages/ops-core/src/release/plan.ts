// The rollback plan, pure: from the current release and the target's record to the database revision
// to return to, the migrations to undo (from the current code's revision graph), the images to start,
// and every reason to refuse before anything is touched.

import type { MigrationInfo, ReleaseImages } from "./ports.js";
import type { ReleaseRecord } from "./record.js";
import { shortSha } from "./record.js";

/** `base` is Alembic's name for the empty database; we hold it as null. */
export function revisionLabel(rev: string | null | undefined): string {
  return rev === null || rev === undefined ? "base" : rev;
}

function byRevision(graph: readonly MigrationInfo[]): Map<string, MigrationInfo> {
  return new Map(graph.map((m) => [m.revision, m]));
}

/** `rev` and every revision below it (following down revisions through merges). */
export function ancestors(graph: readonly MigrationInfo[], rev: string | null): Set<string> {
  const index = byRevision(graph);
  const seen = new Set<string>();
  const stack = rev === null ? [] : [rev];
  while (stack.length > 0) {
    const r = stack.pop() as string;
    if (seen.has(r)) continue;
    seen.add(r);
    for (const parent of index.get(r)?.downRevisions ?? []) stack.push(parent);
  }
  return seen;
}

/** Heads of the graph: revisions nobody names as a down revision. */
export function graphHeads(graph: readonly MigrationInfo[]): string[] {
  const parents = new Set(graph.flatMap((m) => m.downRevisions));
  return graph.filter((m) => !parents.has(m.revision)).map((m) => m.revision);
}

export type BetweenResult = { ok: true; migrations: MigrationInfo[] } | { ok: false; why: string };

/**
 * The migrations between `to` (older) and `from` (newer), newest first: the order a downgrade from
 * `from` to `to` undoes them (or an upgrade from `to` to `from` applies them, reversed).
 */
export function migrationsBetween(
  graph: readonly MigrationInfo[],
  from: string | null,
  to: string | null,
): BetweenResult {
  const index = byRevision(graph);
  if (from !== null && !index.has(from)) {
    return {
      ok: false,
      why: `revision ${from} is not in this code's migrations (check out the newer release's code)`,
    };
  }
  if (to !== null && !index.has(to)) {
    return { ok: false, why: `revision ${to} is not in this code's migrations` };
  }
  const above = ancestors(graph, from);
  const below = ancestors(graph, to);
  if (to !== null && !above.has(to)) {
    return {
      ok: false,
      why: `revision ${to} is not below ${revisionLabel(from)}; a downgrade cannot reach it`,
    };
  }
  // Newest first: repeatedly take a revision no other remaining one depends on.
  const remaining = new Set([...above].filter((r) => !below.has(r)));
  const order: MigrationInfo[] = [];
  while (remaining.size > 0) {
    const dependedOn = new Set(
      [...remaining].flatMap((r) => index.get(r)?.downRevisions ?? []).filter((p) => remaining.has(p)),
    );
    const next = [...remaining].filter((r) => !dependedOn.has(r)).sort();
    for (const r of next) {
      remaining.delete(r);
      order.push(index.get(r) as MigrationInfo);
    }
  }
  return { ok: true, migrations: order };
}

export type DbRevisionSpec =
  | { kind: "recorded" }
  | { kind: "none" }
  | { kind: "minus-one" }
  | { kind: "explicit"; revision: string | null };

export function parseDbRevision(text: string | undefined): DbRevisionSpec {
  const t = (text ?? "").trim();
  if (t === "" || t === "recorded") return { kind: "recorded" };
  if (t === "none") return { kind: "none" };
  if (t === "-1") return { kind: "minus-one" };
  if (t === "base") return { kind: "explicit", revision: null };
  return { kind: "explicit", revision: t };
}

export type DbRevisionDecision =
  /** `target` undefined: leave the database as it is. */
  | { ok: true; target: string | null | undefined; migrations: MigrationInfo[]; note?: string }
  | { ok: false; why: string; suggestion?: string };

/**
 * Resolves the revision to downgrade to. `-1` is accepted only when exactly one migration lies between
 * the recorded revision and the current one — the runbook's `downgrade -1` is wrong whenever a release
 * brought more than one — otherwise it is refused with the right revision suggested.
 */
export function resolveDbRevision(
  spec: DbRevisionSpec,
  input: { current: string | null; recorded: string | null; graph: readonly MigrationInfo[] },
): DbRevisionDecision {
  const { current, recorded, graph } = input;
  switch (spec.kind) {
    case "none":
      return {
        ok: true,
        target: undefined,
        migrations: [],
        note:
          current !== recorded
            ? `the database stays at ${revisionLabel(current)} while the target release was recorded at ${revisionLabel(recorded)}`
            : undefined,
      };
    case "recorded":
    case "explicit": {
      const target = spec.kind === "recorded" ? recorded : spec.revision;
      if (target === current) return { ok: true, target, migrations: [] };
      const between = migrationsBetween(graph, current, target);
      if (!between.ok) return { ok: false, why: between.why };
      return { ok: true, target, migrations: between.migrations };
    }
    case "minus-one": {
      const between = migrationsBetween(graph, current, recorded);
      if (!between.ok) return { ok: false, why: `db-revision -1: ${between.why}` };
      const n = between.migrations.length;
      if (n === 1) return { ok: true, target: recorded, migrations: between.migrations };
      const suggestion = `db-revision: recorded (= ${revisionLabel(recorded)})`;
      const why =
        n === 0
          ? `db-revision -1 refused: the database is already at the target's recorded revision ${revisionLabel(recorded)}; -1 would undo one migration too many`
          : `db-revision -1 refused: ${n} migrations lie between the target's recorded revision ${revisionLabel(recorded)} and the current ${revisionLabel(current)} (${between.migrations.map((m) => m.revision).join(", ")}); -1 would undo only one`;
      return { ok: false, why, suggestion };
    }
  }
}

export interface ReleaseRef {
  deploymentId: number | undefined;
  sha: string;
  version: string;
  dbRevision: string | null;
}

export interface RollbackPlan {
  current: ReleaseRef;
  target: ReleaseRef;
  /** Only the database changes; the services keep running. */
  dbOnly: boolean;
  /** The revision to downgrade to; undefined leaves the database as it is. */
  dbTarget: string | null | undefined;
  migrationsToUndo: MigrationInfo[];
  /** What the destructive downgrades drop, `revision: what`. */
  destructive: string[];
  /** Service → image ref to start (a database-only rollback keeps the running ones). */
  images: Record<string, string>;
  /** Service → image id, copied from the target's record. */
  imageIds: Record<string, string>;
  missingImages: string[];
  /** Reasons not to proceed; the engine refuses before touching anything when not empty. */
  refusals: string[];
  warnings: string[];
}

export interface PlanInput {
  current: ReleaseRef;
  target: { deploymentId: number | undefined; record: ReleaseRecord };
  dbOnly: boolean;
  dbSpec: DbRevisionSpec;
  graph: readonly MigrationInfo[];
  /** The database's revision now, read from Alembic (not from the record). */
  dbNow: string | null;
  imagesPresent: { present: string[]; missing: string[] };
  confirmDestructive: boolean;
  currentComposeHash?: string | null;
}

export function buildRollbackPlan(input: PlanInput): RollbackPlan {
  const { target, dbOnly, graph, dbNow } = input;
  const refusals: string[] = [];
  const warnings: string[] = [];
  // A db-only rollback returns to the revision the current release started from.
  const recorded = dbOnly ? target.record.alembic.before : target.record.alembic.after;
  if (input.current.dbRevision !== dbNow) {
    warnings.push(
      `the database is at ${revisionLabel(dbNow)} but the current release was recorded at ${revisionLabel(input.current.dbRevision)}`,
    );
  }
  const decision = resolveDbRevision(input.dbSpec, { current: dbNow, recorded, graph });
  let dbTarget: string | null | undefined;
  let migrationsToUndo: MigrationInfo[] = [];
  if (decision.ok) {
    dbTarget = decision.target;
    migrationsToUndo = decision.migrations;
    if (decision.note) warnings.push(decision.note);
  } else {
    refusals.push(decision.suggestion ? `${decision.why}; use ${decision.suggestion}` : decision.why);
  }
  const destructive = migrationsToUndo.flatMap((m) =>
    m.destructiveDowngrade.map((d) => `${m.revision}: ${d}`),
  );
  if (destructive.length > 0 && !input.confirmDestructive) {
    refusals.push(
      `the downgrade would drop data (${destructive.join("; ")}); set confirm-destructive: true to proceed`,
    );
  }
  const images = { ...target.record.imageRefs };
  const missingImages = dbOnly ? [] : input.imagesPresent.missing;
  if (missingImages.length > 0) {
    refusals.push(
      `the target release's images are no longer on this host: ${missingImages.join(", ")} (a rollback never rebuilds)`,
    );
  }
  if (!dbOnly && target.record.sha === input.current.sha) {
    refusals.push(
      `the target ${shortSha(target.record.sha)} is the release running now; nothing to roll back to`,
    );
  }
  if (
    !dbOnly &&
    input.currentComposeHash &&
    target.record.composeFileHash &&
    input.currentComposeHash !== target.record.composeFileHash
  ) {
    warnings.push(
      "the compose file changed since the target release; its services are started with today's file",
    );
  }
  return {
    current: input.current,
    target: {
      deploymentId: target.deploymentId,
      sha: target.record.sha,
      version: target.record.version,
      dbRevision: recorded,
    },
    dbOnly,
    dbTarget,
    migrationsToUndo,
    destructive,
    images,
    imageIds: { ...target.record.images },
    missingImages,
    refusals,
    warnings,
  };
}

/** The images a record says to start, as refs to check for presence. */
export function recordImageRefs(images: ReleaseImages | Record<string, string>): string[] {
  return Object.values(images).map((v) => (typeof v === "string" ? v : v.ref));
}
