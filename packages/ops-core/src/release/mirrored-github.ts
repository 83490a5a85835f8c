// ReleaseGitHub with the host's release mirror behind it: the engines (deploy, rollback, the deploy's
// automatic rollback) run unchanged, from an action or from `ops` at the terminal.
// - First use: a bounded probe (default 5 s, one attempt) says whether GitHub answers. It answers: records
//   left unsynced by an outage are written to it first (sync.ts), then every call goes to GitHub and is
//   mirrored (deployments with a `recordId` and `recordedAt` in the payload, statuses, snapshots of what
//   GitHub holds). It does not answer: history comes from the mirror, new records go to the mirror only
//   (local negative ids), and the calls only GitHub can answer (branch head, pull request, checks) fail at
//   once with the reason — no call waits on GitHub again in that run.
// - A transient failure later in the run switches to the mirror the same way.

import { errorKind, errorMessage, TransientError } from "../action/errors.js";
import type { Logger } from "../action/logger.js";
import { deploymentView, keyOf, type MirrorDeployment, newRecordId, type ReleaseMirror } from "./mirror.js";
import type { DeploymentView, ReleaseGitHub } from "./ports.js";
import { parseRecord } from "./record.js";
import { type SyncReport, syncLines, syncMirror } from "./sync.js";

export const PROBE_TIMEOUT_MS = 5_000;

export interface HistorySource {
  /** Where the release history came from. */
  source: "github" | "mirror";
  /** Why GitHub was not used (probe failure, no token…). */
  reason?: string;
  /** What the automatic reconciliation wrote. */
  sync?: SyncReport;
}

export interface MirroredGitHub extends ReleaseGitHub {
  /** Where the history came from so far ("github" until GitHub failed to answer). */
  history(): HistorySource;
  /** Whether GitHub answered the probe (runs it on first call). */
  available(): Promise<boolean>;
}

export interface MirroredGitHubOptions {
  /** The real GitHub port; undefined when GitHub is not configured (no token): mirror only. */
  inner: ReleaseGitHub | undefined;
  mirror: ReleaseMirror;
  /** Resolves when GitHub answers; rejects with the reason (bounded by the caller, e.g. 5 s). */
  probe: () => Promise<void>;
  logger: Logger;
  /** Reconcile unsynced records on first contact (default true). */
  autoSync?: boolean;
  environment: string;
  now?: () => number;
  /** Why GitHub is not used when `inner` is undefined. */
  disabledReason?: string;
}

/** A transient error (timeout, network failure, 5xx, 429 — the GitHub client maps them): GitHub did not answer. */
function unanswered(error: unknown): boolean {
  return errorKind(error) === "transient" || (error as Error)?.name === "TimeoutError";
}

export function mirroredGitHub(o: MirroredGitHubOptions): MirroredGitHub {
  const now = o.now ?? Date.now;
  let mode: Promise<"up" | "down"> | undefined;
  let downReason: string | undefined = o.inner ? undefined : (o.disabledReason ?? "GitHub is not configured");
  let source: HistorySource["source"] = "github";
  let sync: SyncReport | undefined;
  let known: MirrorDeployment[] | undefined;

  const goDown = (why: string) => {
    if (downReason === undefined) {
      downReason = why;
      o.logger.warning(`GitHub did not answer (${why}): using the host's release mirror from here on`);
    }
    mode = Promise.resolve("down");
  };

  const state = (): Promise<"up" | "down"> => {
    mode ??= (async () => {
      if (!o.inner) return "down";
      try {
        await o.probe();
      } catch (error) {
        if (!unanswered(error)) throw error;
        goDown(errorMessage(error));
        return "down";
      }
      if (o.autoSync !== false) {
        try {
          sync = await syncMirror(o.inner, o.mirror, { environment: o.environment, logger: o.logger });
          for (const line of syncLines(sync)) o.logger.info(`release sync: ${line}`);
        } catch (error) {
          o.logger.warning(`release sync: could not reconcile the mirror: ${errorMessage(error)}`);
        }
      }
      return "up";
    })();
    return mode;
  };

  const mirrored = async (): Promise<MirrorDeployment[]> => {
    known = (await o.mirror.read()).deployments;
    return known;
  };

  const findKey = async (id: number): Promise<MirrorDeployment | undefined> => {
    const match = (list: MirrorDeployment[]) => list.find((d) => d.githubId === id || d.localId === id);
    return (known && match(known)) ?? match(await mirrored());
  };

  /** Calls GitHub; a failure to answer switches the run to the mirror and rethrows. */
  const call = async <T>(what: string, fn: (gh: ReleaseGitHub) => Promise<T>): Promise<T> => {
    if ((await state()) === "down" || !o.inner)
      throw new TransientError(`GitHub did not answer (${downReason}): cannot ${what}`);
    try {
      return await fn(o.inner);
    } catch (error) {
      if (unanswered(error)) goDown(errorMessage(error));
      throw error;
    }
  };

  /** Keeps the mirror's copy of GitHub's deployments current (records made by other runs, statuses). */
  const snapshot = async (views: DeploymentView[], mine: MirrorDeployment[]) => {
    const byGitHubId = new Map(mine.filter((d) => d.githubId !== undefined).map((d) => [d.githubId, d]));
    for (const v of views) {
      if (!parseRecord(v.payload)) continue;
      const ours = byGitHubId.get(v.id);
      const theirs = [...v.statuses].reverse().map((s) => `${s.state}\u0000${s.description}`);
      const have = (ours?.statuses ?? [])
        .filter((s) => s.synced)
        .map((s) => `${s.state}\u0000${s.description}`);
      if (ours && theirs.length === have.length && theirs.every((t, i) => t === have[i])) continue;
      await o.mirror.append({
        type: "snapshot",
        key: ours?.key ?? keyOf(v.payload, v.id),
        githubId: v.id,
        environment: v.environment,
        sha: v.sha,
        createdAt: v.createdAt,
        payload: v.payload,
        statuses: [...v.statuses]
          .reverse()
          .map((s) => ({ state: s.state, description: s.description, createdAt: s.createdAt })),
      });
    }
  };

  return {
    history: () => ({ source, ...(downReason ? { reason: downReason } : {}), ...(sync ? { sync } : {}) }),
    available: async () => (await state()) === "up",

    async listDeployments(environment) {
      if ((await state()) === "up" && o.inner) {
        try {
          const views = await o.inner.listDeployments(environment);
          const mine = (await mirrored().catch(() => [] as MirrorDeployment[])).filter(
            (d) => d.environment === environment,
          );
          await snapshot(views, mine).catch((e: unknown) =>
            o.logger.warning(`release mirror: could not record GitHub's history: ${errorMessage(e)}`),
          );
          // Records GitHub does not have yet (a failed sync) still count for last-good and current.
          const onGitHub = new Set(views.map((v) => keyOf(v.payload, v.id)));
          const extra = mine.filter((d) => d.githubId === undefined && !onGitHub.has(d.key));
          return [
            ...views.map((v) => {
              const at = (v.payload as Record<string, unknown> | null)?.recordedAt;
              return typeof at === "string" ? { ...v, createdAt: at } : v;
            }),
            ...extra.map(deploymentView),
          ];
        } catch (error) {
          if (!unanswered(error)) throw error;
          goDown(errorMessage(error));
        }
      }
      source = "mirror";
      const list = (await mirrored()).filter((d) => d.environment === environment);
      o.logger.warning(
        `release history from the host's mirror (${list.length} record(s)), not GitHub: ${downReason ?? "GitHub did not answer"}`,
      );
      return list.map(deploymentView);
    },

    async createDeployment(input) {
      const at = now();
      const key = newRecordId(at);
      const payload = {
        ...(input.payload as Record<string, unknown>),
        recordId: key,
        recordedAt: new Date(at).toISOString(),
      };
      let githubId: number | undefined;
      if ((await state()) === "up" && o.inner) {
        try {
          githubId = (await o.inner.createDeployment({ ...input, payload })).id;
        } catch (error) {
          if (!unanswered(error)) throw error;
          goDown(errorMessage(error));
        }
      }
      const list = known ?? (await mirrored().catch(() => []));
      const localId = -(1 + Math.max(0, ...list.map((d) => Math.abs(d.localId ?? 0))));
      // With GitHub down the mirror is the only record: if it cannot be written, the release must not go on.
      const write = o.mirror.append({
        type: "deployment",
        key,
        localId,
        ...(githubId !== undefined ? { githubId } : {}),
        environment: input.environment,
        sha: input.sha,
        description: input.description,
        payload,
      });
      if (githubId === undefined) await write;
      else await write.catch(() => undefined);
      known = undefined;
      return { id: githubId ?? localId };
    },

    async setDeploymentStatus(id, input) {
      const d = await findKey(id).catch(() => undefined);
      const key = d?.key ?? `gh-${id}`;
      const [entry] = await o.mirror
        .append({
          type: "status",
          key,
          sid: newRecordId(now()),
          state: input.state,
          description: input.description,
          logUrl: input.logUrl,
          environment: input.environment,
          ...(d === undefined && id > 0 ? { githubId: id } : {}),
        })
        .catch((error: unknown) => {
          if (downReason !== undefined) throw error;
          return [] as never[];
        });
      const githubId = d ? d.githubId : id > 0 ? id : undefined;
      if (githubId === undefined || (await state()) === "down" || !o.inner) return;
      try {
        await o.inner.setDeploymentStatus(githubId, input);
        if (entry?.type === "status")
          await o.mirror.append({ type: "synced", key, sid: entry.sid }).catch(() => undefined);
      } catch (error) {
        if (!unanswered(error)) throw error;
        goDown(errorMessage(error));
      }
      known = undefined;
    },

    branchHead: (branch) => call(`read the head of ${branch}`, (gh) => gh.branchHead(branch)),
    pullRequestForCommit: (sha) => call("find the pull request", (gh) => gh.pullRequestForCommit(sha)),
    commitChecks: (sha) => call("read the CI checks", (gh) => gh.commitChecks(sha)),
    createBranch: (branch, sha) => call(`create branch ${branch}`, (gh) => gh.createBranch(branch, sha)),
    proposeFile: (input) => call("open the incident report pull request", (gh) => gh.proposeFile(input)),
  };
}

/**
 * The bounded probe: one `GET /repos/{owner}/{repo}` with its own timeout and no retry. A timeout or a
 * network error is transient (GitHub did not answer); 401/404 are configuration errors and surface.
 */
export function githubProbe(o: {
  token: string;
  apiUrl: string;
  repository: string;
  timeoutMs?: number;
}): () => Promise<void> {
  return async () => {
    const { createGitHub, parseRepo } = await import("../github/client.js");
    const repo = parseRepo(o.repository);
    const gh = await createGitHub({
      token: o.token,
      apiUrl: o.apiUrl,
      timeoutMs: o.timeoutMs ?? PROBE_TIMEOUT_MS,
      retry: { attempts: 1 },
    });
    try {
      await gh.request("GET /repos/{owner}/{repo}", { ...repo });
    } catch (error) {
      if (!unanswered(error)) throw error;
      throw new TransientError(
        `${o.apiUrl} did not answer (probe bounded to ${o.timeoutMs ?? PROBE_TIMEOUT_MS} ms): ${rootCause(error)}`,
        {
          cause: error,
        },
      );
    }
  };
}

/** The innermost reason of a failed request ("connect ECONNREFUSED 127.0.0.1:9", "timed out"). */
export function rootCause(error: unknown): string {
  let e = error as { cause?: unknown; message?: unknown; name?: unknown } | undefined;
  let reason = errorMessage(error);
  for (let depth = 0; e && depth < 6; depth++) {
    if (e.name === "TimeoutError") return "timed out";
    if (typeof e.message === "string" && e.message && e !== error) reason = e.message;
    e = e.cause as typeof e;
  }
  return reason;
}
