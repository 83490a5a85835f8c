// Reconciliation: release records made while GitHub did not answer are written to GitHub Deployments —
// each deployment once, its statuses in order, faulty marks included — and marked in the mirror. Exactly
// once even across a crash between the API call and the mark: before creating, GitHub's deployments are
// searched for the record's id (the payload's `recordId`), and a status GitHub already has (same state and
// description, not yet matched by one of ours) is marked rather than posted again.

import { errorMessage } from "../action/errors.js";
import type { Logger } from "../action/logger.js";
import { keyOf, type MirrorDeployment, type ReleaseMirror } from "./mirror.js";
import type { DeploymentView, ReleaseGitHub } from "./ports.js";
import { statusDescription } from "./record.js";

export interface SyncReport {
  /** Deployments created on GitHub. */
  created: Array<{ key: string; githubId: number; sha: string }>;
  /** Deployments found on GitHub already (a crash after create): linked, not created. */
  linked: Array<{ key: string; githubId: number }>;
  /** Statuses posted, per GitHub deployment id, in order. */
  statuses: Array<{ githubId: number; state: string; description: string }>;
  /** Statuses GitHub already had: marked only. */
  alreadyThere: number;
  errors: string[];
}

const statusKey = (state: string, description: string) => `${state}\u0000${description}`;

/** Writes every unsynced record of `environment` to GitHub. Never throws for one record's failure. */
export async function syncMirror(
  github: ReleaseGitHub,
  mirror: ReleaseMirror,
  o: { environment: string; logger?: Logger },
): Promise<SyncReport> {
  const report: SyncReport = { created: [], linked: [], statuses: [], alreadyThere: 0, errors: [] };
  const { deployments } = await mirror.read();
  const pending = deployments.filter(
    (d) => d.environment === o.environment && (d.githubId === undefined || d.statuses.some((s) => !s.synced)),
  );
  if (pending.length === 0) return report;

  const onGitHub = await github.listDeployments(o.environment);
  const byKey = new Map<string, DeploymentView>(onGitHub.map((d) => [keyOf(d.payload, d.id), d]));
  const byId = new Map<number, DeploymentView>(onGitHub.map((d) => [d.id, d]));

  const ordered = [...pending].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const d of ordered) {
    try {
      const githubId = d.githubId ?? (await createOnce(d));
      await postStatuses(d, githubId);
    } catch (error) {
      report.errors.push(`${d.key} (${d.sha.slice(0, 7)}): ${errorMessage(error)}`);
      o.logger?.warning(`release sync: ${d.key} not synced: ${errorMessage(error)}`);
    }
  }
  return report;

  async function createOnce(d: MirrorDeployment): Promise<number> {
    const found = byKey.get(d.key);
    if (found) {
      await mirror.append({ type: "linked", key: d.key, githubId: found.id });
      report.linked.push({ key: d.key, githubId: found.id });
      return found.id;
    }
    const { id } = await github.createDeployment({
      sha: d.sha,
      environment: d.environment,
      payload: d.payload as object,
      description: statusDescription(d.description),
    });
    await mirror.append({ type: "linked", key: d.key, githubId: id });
    report.created.push({ key: d.key, githubId: id, sha: d.sha });
    return id;
  }

  async function postStatuses(d: MirrorDeployment, githubId: number): Promise<void> {
    // GitHub's statuses not yet accounted for by one of our synced ones: a crash after a post left them.
    const available = new Map<string, number>();
    for (const s of byId.get(githubId)?.statuses ?? []) {
      const k = statusKey(s.state, s.description);
      available.set(k, (available.get(k) ?? 0) + 1);
    }
    for (const s of d.statuses.filter((x) => x.synced)) {
      const k = statusKey(s.state, statusDescription(s.description));
      const n = available.get(k) ?? 0;
      if (n > 0) available.set(k, n - 1);
    }
    for (const s of d.statuses) {
      if (s.synced) continue;
      const description = statusDescription(s.description);
      const k = statusKey(s.state, description);
      const n = available.get(k) ?? 0;
      if (n > 0) {
        available.set(k, n - 1);
        report.alreadyThere++;
      } else {
        if (s.state === "queued" || s.state === "pending")
          throw new Error(`status state ${s.state} is not one this project writes`);
        await github.setDeploymentStatus(githubId, {
          state: s.state,
          description,
          logUrl: s.logUrl,
          environment: s.environment || d.environment,
        });
        report.statuses.push({ githubId, state: s.state, description });
      }
      await mirror.append({ type: "synced", key: d.key, sid: s.sid });
    }
  }
}

/** One line per record: what sync wrote. */
export function syncLines(r: SyncReport): string[] {
  const lines = [
    ...r.created.map((c) => `created deployment #${c.githubId} for ${c.sha.slice(0, 7)} (${c.key})`),
    ...r.linked.map((l) => `found ${l.key} on GitHub already as #${l.githubId}: linked, not created again`),
    ...r.statuses.map((s) => `#${s.githubId}: ${s.state} — ${s.description}`),
  ];
  if (r.alreadyThere > 0)
    lines.push(`${r.alreadyThere} status(es) already on GitHub: marked, not posted again`);
  return lines;
}
