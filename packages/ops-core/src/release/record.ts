// The deployment record: the versioned JSON payload of every GitHub Deployment this project creates, one
// per deploy and per rollback. A rollback trusts only what is recorded here (images, Alembic revision).

export const RECORD_SCHEMA = 1;

/** GitHub rejects deployment status descriptions over 140 characters. */
export const STATUS_DESCRIPTION_MAX = 140;

/** The description prefix that marks a deployment faulty (a later `failure` status starting with it). */
export const FAULTY_PREFIX = "faulty:";

export type ReleaseKind = "deploy" | "rollback";

export interface ReleaseRecord {
  schema: typeof RECORD_SCHEMA;
  kind: ReleaseKind;
  /** The commit released. */
  sha: string;
  /** The commit that ran before; null on the first deploy. */
  previousSha: string | null;
  /** The image tag of this release (the commit by default). */
  version: string;
  alembic: {
    /** The database revision before; null at base. */
    before: string | null;
    /** The revision the release runs against; null at base. */
    after: string | null;
    /** Migrations applied by a deploy, or undone by a rollback, in the order run. */
    applied: string[];
  };
  /** Image id per service (`sha256:…`), and the tagged refs. */
  images: Record<string, string>;
  imageRefs: Record<string, string>;
  composeFileHash: string | null;
  runUrl: string;
  actor: string;
  /** A rollback's reason and the deployment it replaced. */
  reason?: string;
  replacesDeploymentId?: number;
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === "string")
  );
}

const nullableString = (v: unknown): v is string | null => v === null || typeof v === "string";

/**
 * Reads a payload as GitHub returns it (an object, or a JSON string for older API versions). Returns
 * undefined for anything that is not a record of a schema this code knows: such deployments are never
 * chosen as rollback targets.
 */
export function parseRecord(payload: unknown): ReleaseRecord | undefined {
  let value = payload;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== "object" || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (r.schema !== RECORD_SCHEMA) return undefined;
  if (r.kind !== "deploy" && r.kind !== "rollback") return undefined;
  if (typeof r.sha !== "string" || !nullableString(r.previousSha) || typeof r.version !== "string") {
    return undefined;
  }
  const a = r.alembic as Record<string, unknown> | undefined;
  if (
    typeof a !== "object" ||
    a === null ||
    !nullableString(a.before) ||
    !nullableString(a.after) ||
    !Array.isArray(a.applied) ||
    !a.applied.every((x) => typeof x === "string")
  ) {
    return undefined;
  }
  if (!isStringRecord(r.images) || !isStringRecord(r.imageRefs)) return undefined;
  const record: ReleaseRecord = {
    schema: RECORD_SCHEMA,
    kind: r.kind,
    sha: r.sha,
    previousSha: r.previousSha,
    version: r.version,
    alembic: { before: a.before, after: a.after, applied: a.applied as string[] },
    images: r.images,
    imageRefs: r.imageRefs,
    composeFileHash: typeof r.composeFileHash === "string" ? r.composeFileHash : null,
    runUrl: typeof r.runUrl === "string" ? r.runUrl : "",
    actor: typeof r.actor === "string" ? r.actor : "",
  };
  if (typeof r.reason === "string") record.reason = r.reason;
  if (typeof r.replacesDeploymentId === "number") record.replacesDeploymentId = r.replacesDeploymentId;
  return record;
}

/** A status description GitHub accepts: one line, at most 140 characters, cut with an ellipsis. */
export function statusDescription(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= STATUS_DESCRIPTION_MAX) return line;
  return `${line.slice(0, STATUS_DESCRIPTION_MAX - 1).trimEnd()}…`;
}

export function shortSha(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : "none";
}

/** A version for headlines and checklists: a full commit sha (the default tag) shortened to 7. */
export function shortVersion(version: string): string {
  return /^[0-9a-f]{40}$/i.test(version) ? version.slice(0, 7) : version;
}

/**
 * The description of the status that marks a deployment faulty. `rolledBack: false` when the rollback
 * failed: the release was declared bad, but it was not (necessarily) replaced.
 */
export function faultyDescription(reason: string, runUrl: string, rolledBack = true): string {
  const run = runOf(runUrl);
  return statusDescription(
    // The cause first: the description is cut at 140 characters.
    rolledBack
      ? `${FAULTY_PREFIX} ${reason}; rolled back by run ${run}`
      : `${FAULTY_PREFIX} ${reason}; the rollback by run ${run} failed`,
  );
}

const runOf = (runUrl: string) => runUrl.match(/\/runs\/(\d+)/)?.[1] ?? runUrl;
