// Reading the deployment history: the effective state of a deployment, the last known good release, the
// current one, and the rollback target the user asked for.

import { ConfigurationError } from "../action/errors.js";
import type { DeploymentView } from "./ports.js";
import { parseRecord, type ReleaseRecord } from "./record.js";

export type EffectiveState = "success" | "failure" | "error" | "in_progress" | "none";

/**
 * The latest status that says something about the release itself. `inactive` is bookkeeping (GitHub
 * and this project set it on older deployments when a newer one goes live), so it is skipped: a release
 * that was good and then replaced is still good. A later `failure` (e.g. "faulty: rolled back by …")
 * overrides an earlier `success`.
 */
export function effectiveState(d: DeploymentView): EffectiveState {
  for (const s of d.statuses) {
    if (s.state === "inactive") continue;
    if (s.state === "success") return "success";
    if (s.state === "failure") return "failure";
    if (s.state === "error") return "error";
    return "in_progress";
  }
  return "none";
}

export interface RecordedDeployment {
  deployment: DeploymentView;
  record: ReleaseRecord;
}

/** Newest first, by creation time then id (GitHub lists newest first, but do not rely on it). */
export function newestFirst(deployments: readonly DeploymentView[]): DeploymentView[] {
  return [...deployments].sort((a, b) => {
    const t = Date.parse(b.createdAt) - Date.parse(a.createdAt);
    return t !== 0 && !Number.isNaN(t) ? t : b.id - a.id;
  });
}

/**
 * The release running now. With the running containers' image ids, it is the newest deployment whose
 * recorded image tags are exactly those (a deploy that failed before its restart never ran; tags, not ids: a migration-only commit builds identical images). Without them, or
 * when none matches, the newest deployment whose record shows it may have reached the host.
 */
export function currentRelease(
  deployments: readonly DeploymentView[],
  running?: Record<string, string>,
): RecordedDeployment | undefined {
  if (running && Object.keys(running).length > 0) {
    for (const d of newestFirst(deployments)) {
      const record = parseRecord(d.payload);
      const ids = record ? Object.entries(record.imageRefs) : [];
      if (record && ids.length > 0 && ids.every(([service, id]) => running[service] === id)) {
        return { deployment: d, record };
      }
    }
  }
  for (const d of newestFirst(deployments)) {
    const record = parseRecord(d.payload);
    if (!record) continue;
    const state = effectiveState(d);
    if (state === "success" || state === "in_progress" || state === "failure" || state === "error") {
      return { deployment: d, record };
    }
  }
  return undefined;
}

/**
 * The last known good release: the newest deployment in the environment, older than `current`, whose
 * effective state is success (not later marked faulty), that has a readable record with images, and
 * that is not the same commit as `current`.
 */
export function lastKnownGood(
  deployments: readonly DeploymentView[],
  current: { id: number; sha: string } | undefined,
): RecordedDeployment | undefined {
  const sorted = newestFirst(deployments);
  const start = current ? sorted.findIndex((d) => d.id === current.id) + 1 : 0;
  for (const d of sorted.slice(Math.max(0, start))) {
    if (current && (d.id === current.id || d.sha === current.sha)) continue;
    if (effectiveState(d) !== "success") continue;
    const record = parseRecord(d.payload);
    if (!record || Object.keys(record.images).length === 0) continue;
    return { deployment: d, record };
  }
  return undefined;
}

export type RollbackTarget =
  | { kind: "last-good" }
  | { kind: "sha"; sha: string }
  /** `orSha`: digits only and 7+ long, it may also be a short sha (tried when no deployment has that id). */
  | { kind: "deployment"; id: number; orSha?: string };

/**
 * `last-good`, a commit sha (7 to 40 hex characters with at least one letter, or all 40 characters), or a
 * deployment id (digits, optionally after `#`). Digits only, 7 or more and no `#`: a deployment id if one matches, else a short sha.
 */
export function parseRollbackTarget(text: string | undefined, input = "target"): RollbackTarget {
  const t = (text ?? "").trim();
  if (t === "" || t === "last-good") return { kind: "last-good" };
  const id = t.match(/^#?(\d{1,15})$/)?.[1];
  if (id !== undefined && t.length !== 40) {
    return t.length >= 7 && !t.startsWith("#")
      ? { kind: "deployment", id: Number(id), orSha: t }
      : { kind: "deployment", id: Number(id) };
  }
  if (/^[0-9a-f]{7,40}$/i.test(t)) return { kind: "sha", sha: t.toLowerCase() };
  throw new ConfigurationError(
    `input \`${input}\`: ${JSON.stringify(t.slice(0, 80))} is not valid; expected last-good, a commit sha (7 to 40 hex characters) or a deployment id`,
    { input },
  );
}

/** Finds the deployment the target names; undefined when none matches (the caller refuses). */
export function resolveTarget(
  target: RollbackTarget,
  deployments: readonly DeploymentView[],
  current: { id: number; sha: string } | undefined,
): RecordedDeployment | undefined {
  if (target.kind === "last-good") return lastKnownGood(deployments, current);
  const matches: RecordedDeployment[] = [];
  for (const d of newestFirst(deployments)) {
    const match = target.kind === "deployment" ? d.id === target.id : d.sha.startsWith(target.sha);
    if (!match) continue;
    const record = parseRecord(d.payload);
    if (record) matches.push({ deployment: d, record });
  }
  if (matches.length === 0 && target.kind === "deployment" && target.orSha) {
    return resolveTarget({ kind: "sha", sha: target.orSha }, deployments, current);
  }
  // For a sha, prefer a deployment of it that went well; its record is the one to trust.
  return matches.find((m) => effectiveState(m.deployment) === "success") ?? matches[0];
}
