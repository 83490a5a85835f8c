// The release-records mirror on the production host: every deployment and every status the engines write
// to GitHub is also appended here, so the history (last good, current, faulty marks) survives GitHub being
// unreachable. Two append-only copies of the same entries: a JSON-lines file in the deploy directory (one
// `write` of one line, then fsync; a torn last line is skipped on read and never glued to the next entry)
// and a Redis stream (XADD MAXLEN ~), so losing either one loses nothing. Entries are merged by their id.
//
// Entry kinds (every line: `{"v":1,"eid":…,"at":ISO,"type":…}`):
//   deployment  a release record: key (the payload's recordId), localId (negative, until GitHub has it),
//               githubId when GitHub created it, environment, sha, description, payload (schema 1 + recordId)
//   status      one deployment status, in order: key, sid, state, description, logUrl, environment
//   linked      the deployment `key` exists on GitHub as `githubId` (written by sync)
//   synced      the status `sid` is on GitHub
//   snapshot    a deployment as GitHub answered it (statuses included), for records made elsewhere

import { randomBytes } from "node:crypto";
import { mkdir, open, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { errorMessage } from "../action/errors.js";
import type { Logger } from "../action/logger.js";
import type { DeploymentStatusView, DeploymentView } from "./ports.js";

export const MIRROR_VERSION = 1;
/** Redis stream bound (MAXLEN ~): far more than a host's release history needs. */
export const MIRROR_STREAM_MAXLEN = 10_000;

interface Base {
  v: typeof MIRROR_VERSION;
  eid: string;
  at: string;
}

export type MirrorEntry =
  | (Base & {
      type: "deployment";
      key: string;
      localId: number;
      githubId?: number;
      environment: string;
      sha: string;
      description: string;
      payload: Record<string, unknown>;
    })
  | (Base & {
      type: "status";
      key: string;
      sid: string;
      state: DeploymentStatusView["state"];
      description: string;
      logUrl: string;
      environment: string;
      /** Set when the deployment is known only by its GitHub id. */
      githubId?: number;
    })
  | (Base & { type: "linked"; key: string; githubId: number })
  | (Base & { type: "synced"; key: string; sid: string })
  | (Base & {
      type: "snapshot";
      key: string;
      githubId: number;
      environment: string;
      sha: string;
      createdAt: string;
      payload: unknown;
      statuses: Array<{ state: DeploymentStatusView["state"]; description: string; createdAt: string }>;
    });

/** Distributive Omit, so each entry kind keeps its own fields. */
export type NewEntry = MirrorEntry extends infer E
  ? E extends MirrorEntry
    ? Omit<E, keyof Base>
    : never
  : never;

export interface MirrorStatus {
  sid: string;
  state: DeploymentStatusView["state"];
  description: string;
  logUrl: string;
  environment: string;
  createdAt: string;
  synced: boolean;
}

/** A deployment as the mirror knows it; statuses oldest first. */
export interface MirrorDeployment {
  key: string;
  localId: number | undefined;
  githubId: number | undefined;
  environment: string;
  sha: string;
  description: string;
  createdAt: string;
  payload: unknown;
  statuses: MirrorStatus[];
}

/** Where entries are kept: the JSON-lines file and the Redis stream. */
export interface MirrorBackend {
  readonly name: string;
  append(line: string): Promise<void>;
  /** Raw lines, oldest first. */
  lines(): Promise<string[]>;
}

let counter = 0;
/** Sortable and unique: time, a per-process counter, randomness. */
export function entryId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  return `${now.toString(36).padStart(9, "0")}-${counter.toString(36).padStart(4, "0")}-${randomBytes(4).toString("hex")}`;
}

export function newRecordId(now = Date.now()): string {
  return `rec-${entryId(now)}`;
}

function isEntry(v: unknown): v is MirrorEntry {
  if (typeof v !== "object" || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    e.v === MIRROR_VERSION &&
    typeof e.eid === "string" &&
    typeof e.at === "string" &&
    typeof e.key === "string" &&
    ["deployment", "status", "linked", "synced", "snapshot"].includes(e.type as string)
  );
}

/** Parses lines, skipping torn or foreign ones; `skipped` counts them. */
export function parseLines(lines: readonly string[]): { entries: MirrorEntry[]; skipped: number } {
  const entries: MirrorEntry[] = [];
  let skipped = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    try {
      const v = JSON.parse(line) as unknown;
      if (isEntry(v)) entries.push(v);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { entries, skipped };
}

/** The entries of several copies, each once (by eid), in order. */
export function mergeEntries(...copies: readonly MirrorEntry[][]): MirrorEntry[] {
  const byId = new Map<string, MirrorEntry>();
  for (const copy of copies) for (const e of copy) if (!byId.has(e.eid)) byId.set(e.eid, e);
  return [...byId.values()].sort((a, b) => (a.eid < b.eid ? -1 : a.eid > b.eid ? 1 : 0));
}

/** Replays the entries into deployments, oldest first. */
export function materialize(entries: readonly MirrorEntry[]): MirrorDeployment[] {
  const byKey = new Map<string, MirrorDeployment>();
  const stub = (key: string, githubId: number | undefined, environment: string, at: string) => {
    let d = byKey.get(key);
    if (!d) {
      d = {
        key,
        localId: undefined,
        githubId,
        environment,
        sha: "",
        description: "",
        createdAt: at,
        payload: undefined,
        statuses: [],
      };
      byKey.set(key, d);
    }
    return d;
  };
  for (const e of entries) {
    switch (e.type) {
      case "deployment": {
        const d = stub(e.key, e.githubId, e.environment, e.at);
        d.localId = e.localId;
        if (e.githubId !== undefined) d.githubId = e.githubId;
        d.environment = e.environment;
        d.sha = e.sha;
        d.description = e.description;
        d.payload = e.payload;
        const recordedAt = e.payload.recordedAt;
        d.createdAt = typeof recordedAt === "string" ? recordedAt : e.at;
        break;
      }
      case "status": {
        const d = stub(e.key, e.githubId, e.environment, e.at);
        d.statuses.push({
          sid: e.sid,
          state: e.state,
          description: e.description,
          logUrl: e.logUrl,
          environment: e.environment,
          createdAt: e.at,
          synced: false,
        });
        break;
      }
      case "linked": {
        const d = byKey.get(e.key);
        if (d) d.githubId = e.githubId;
        break;
      }
      case "synced": {
        const s = byKey.get(e.key)?.statuses.find((x) => x.sid === e.sid);
        if (s) s.synced = true;
        break;
      }
      case "snapshot": {
        const d = stub(e.key, e.githubId, e.environment, e.at);
        d.githubId = e.githubId;
        d.environment = e.environment;
        d.sha = e.sha;
        d.payload = e.payload;
        const recordedAt = (e.payload as Record<string, unknown> | null)?.recordedAt;
        d.createdAt = typeof recordedAt === "string" ? recordedAt : e.createdAt;
        // GitHub's statuses replace ours; ours that never reached GitHub stay, after them.
        const pending = d.statuses.filter((s) => !s.synced);
        d.statuses = [
          ...e.statuses.map((s, i) => ({
            sid: `${e.eid}/${i}`,
            state: s.state,
            description: s.description,
            logUrl: "",
            environment: e.environment,
            createdAt: s.createdAt,
            synced: true,
          })),
          ...pending,
        ];
        break;
      }
    }
  }
  return [...byKey.values()].filter((d) => d.payload !== undefined);
}

/** The engines' view of a mirrored deployment: GitHub's id once it has one, else the local id. */
export function deploymentView(d: MirrorDeployment): DeploymentView {
  return {
    id: d.githubId ?? d.localId ?? 0,
    sha: d.sha,
    environment: d.environment,
    createdAt: d.createdAt,
    payload: d.payload,
    statuses: [...d.statuses]
      .reverse()
      .map((s) => ({ state: s.state, description: s.description, createdAt: s.createdAt })),
  };
}

/** The stable key of a GitHub deployment: its payload's recordId, or its GitHub id. */
export function keyOf(payload: unknown, githubId: number): string {
  const p = payloadObject(payload);
  return typeof p?.recordId === "string" && p.recordId ? p.recordId : `gh-${githubId}`;
}

export function payloadObject(payload: unknown): Record<string, unknown> | undefined {
  let v = payload;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  return typeof v === "object" && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

export interface MirrorRead {
  deployments: MirrorDeployment[];
  /** Per copy: how many entries it had, or why it could not be read. */
  copies: Array<{ name: string; entries?: number; skipped?: number; error?: string }>;
}

/** The mirror: both copies written on every append, merged on every read. */
export class ReleaseMirror {
  constructor(
    readonly backends: readonly MirrorBackend[],
    private readonly logger?: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Appends entries to every copy; throws only when no copy took them. */
  async append(...items: NewEntry[]): Promise<MirrorEntry[]> {
    const at = this.now();
    const entries = items.map(
      (item) =>
        ({ v: MIRROR_VERSION, eid: entryId(at), at: new Date(at).toISOString(), ...item }) as MirrorEntry,
    );
    const errors: string[] = [];
    let written = 0;
    for (const backend of this.backends) {
      try {
        for (const e of entries) await backend.append(JSON.stringify(e));
        written++;
      } catch (error) {
        errors.push(`${backend.name}: ${errorMessage(error)}`);
        this.logger?.warning(`release mirror: could not write to ${backend.name}: ${errorMessage(error)}`);
      }
    }
    if (written === 0) {
      throw new Error(
        `the release mirror could not be written (${errors.join("; ") || "no copy configured"})`,
      );
    }
    return entries;
  }

  async read(): Promise<MirrorRead> {
    const copies: MirrorRead["copies"] = [];
    const parsed: MirrorEntry[][] = [];
    for (const backend of this.backends) {
      try {
        const { entries, skipped } = parseLines(await backend.lines());
        parsed.push(entries);
        copies.push({ name: backend.name, entries: entries.length, skipped });
        if (skipped > 0)
          this.logger?.warning(`release mirror: skipped ${skipped} unreadable line(s) in ${backend.name}`);
      } catch (error) {
        copies.push({ name: backend.name, error: errorMessage(error) });
        this.logger?.warning(`release mirror: could not read ${backend.name}: ${errorMessage(error)}`);
      }
    }
    if (copies.length > 0 && copies.every((c) => c.error !== undefined)) {
      throw new Error(
        `the release mirror could not be read (${copies.map((c) => `${c.name}: ${c.error}`).join("; ")})`,
      );
    }
    return { deployments: materialize(mergeEntries(...parsed)), copies };
  }
}

/** The JSON-lines copy: one write of one line per entry, fsync'd; a torn last line is ended first. */
export function fileBackend(path: string): MirrorBackend {
  return {
    name: path,
    async append(line) {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, "a+", 0o640);
      try {
        const { size } = await handle.stat();
        let prefix = "";
        if (size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          // A crash mid-write left a partial line: end it, so this entry stays readable.
          if (last[0] !== 0x0a) prefix = "\n";
        }
        await handle.write(`${prefix}${line}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    async lines() {
      try {
        return (await readFile(path, "utf8")).split("\n");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
        throw error;
      }
    },
  };
}

/** The Redis copy: an append-only stream, bounded (MAXLEN ~), one field `e` holding the entry's JSON. */
export function redisBackend(o: {
  url: string;
  keyPrefix: string;
  logger?: Logger;
  onClose: (fn: () => Promise<void>) => void;
  maxLen?: number;
}): MirrorBackend {
  const key = `${o.keyPrefix}ops:releases`;
  let client: Promise<import("../state/client.js").OpenStateClient> | undefined;
  const connect = () => {
    client ??= import("../state/client.js").then(async ({ openState }) => {
      const c = await openState(o.url, { keyPrefix: o.keyPrefix, ...(o.logger ? { logger: o.logger } : {}) });
      o.onClose(() => c.close());
      return c;
    });
    // A failed connection is retried on the next call rather than cached.
    client.catch(() => {
      client = undefined;
    });
    return client;
  };
  return {
    name: `redis stream ${key}`,
    async append(line) {
      const c = await connect();
      await c.redis.xadd(key, "MAXLEN", "~", String(o.maxLen ?? MIRROR_STREAM_MAXLEN), "*", "e", line);
    },
    async lines() {
      const c = await connect();
      const rows = await c.redis.xrange(key, "-", "+", "COUNT", (o.maxLen ?? MIRROR_STREAM_MAXLEN) * 2);
      return rows.map(([, fields]) => {
        const i = fields.indexOf("e");
        return i >= 0 ? (fields[i + 1] ?? "") : "";
      });
    },
  };
}
