// The deploy lock: one deploy or rollback at a time. `SET NX PX` of an owner record (run id and URL, sha,
// actor, start time, kind) with a fencing number from a counter (INCR), both in one script; a heartbeat
// extends it while the run lives (compare-and-extend), and release deletes it only if it is still ours
// (compare-and-delete). Waiting is bounded and never waits on a lock a person took by hand. A forced
// release is recorded in the audit stream.
//
// Fencing: a lock can be lost while its run lives (it expired during a stall, or a person force-released
// it). A held lock is then `lost`, and every changing step asks `check(step)` first, which compares the
// stored value in Redis (and extends the TTL when it is still ours) or throws `LockLostError`. State
// writes made under the lock carry `fence()`: the Lua script that writes them compares the lock value
// itself, so nothing is written by a run whose lock is gone, however late its command arrives.

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { CancelledError, errorMessage, RefusalError } from "../action/errors.js";
import { formatDuration } from "../action/inputs.js";
import type { Logger } from "../action/logger.js";
import { applyChange, checkReason, type Fence, FencedOutError } from "./audit.js";
import type { Actor, ChangeRequest, StateClient } from "./client.js";
import { describeAck, type ReplicationAck, replicationHint, waitForReplicas } from "./replication.js";

export const DEFAULT_LOCK_TTL_MS = 120_000;
export const DEFAULT_LOCK_POLL_MS = 2_000;

export type LockKind = "deploy" | "rollback" | "manual" | (string & {});

/** What is stored in the lock key (JSON). */
export interface LockOwner {
  kind: LockKind;
  runId?: string;
  runUrl?: string;
  sha?: string;
  actor: string;
  /** ISO-8601. */
  startedAt: string;
  /** Set for a lock a person took by hand: nobody waits for it. */
  manual?: boolean;
  reason?: string;
  host?: string;
  pid?: number;
  /** Unique per acquisition. */
  token?: string;
  /** The fencing number: strictly increasing across acquisitions. */
  fence?: number;
}

/** What a deploy or rollback says about itself when it asks for the lock. */
export interface LockRequest {
  kind: LockKind;
  actor: string;
  runId?: string;
  runUrl?: string;
  sha?: string;
  reason?: string;
}

export interface LockInfo {
  key: string;
  held: boolean;
  /** The raw value (what a person who `redis-cli SET` it wrote, too). */
  raw: string | null;
  /** The parsed owner; null when the value is not an owner record. */
  owner: LockOwner | null;
  /** Taken by hand: marked manual, without a run id, or not an owner record at all. */
  manual: boolean;
  /** Milliseconds left; null without expiry (-1) or when not held. */
  ttlMs: number | null;
  fence: number | null;
}

/** The lock as parsed from its raw value (pure). */
export function describeLockValue(key: string, raw: string | null, ttlMs: number | null): LockInfo {
  if (raw === null) return { key, held: false, raw, owner: null, manual: false, ttlMs: null, fence: null };
  let owner: LockOwner | null = null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) owner = parsed as LockOwner;
  } catch {
    owner = null;
  }
  const manual = owner === null || owner.manual === true || owner.kind === "manual" || !owner.runId;
  const fence = owner && typeof owner.fence === "number" ? owner.fence : null;
  return { key, held: true, raw, owner, manual, ttlMs, fence };
}

/** One line per fact about the holder, for refusals and summaries. */
export function lockEvidence(info: LockInfo): string[] {
  if (!info.held) return [`${info.key} is free`];
  const lines: string[] = [];
  const o = info.owner;
  if (!o) lines.push(`${info.key} = ${JSON.stringify(info.raw)} (not an owner record: taken by hand)`);
  else {
    lines.push(
      `held by ${o.manual || o.kind === "manual" || !o.runId ? "a person, by hand" : `${o.kind} run ${o.runId}`}: actor ${o.actor || "unknown"}, since ${o.startedAt || "unknown"}`,
    );
    if (o.runUrl) lines.push(`run: ${o.runUrl}`);
    if (o.sha) lines.push(`sha: ${o.sha}`);
    if (o.reason) lines.push(`reason: ${o.reason}`);
    if (info.fence !== null) lines.push(`fence: ${info.fence}`);
  }
  lines.push(info.ttlMs === null ? "expires: never (no TTL)" : `expires in ${formatDuration(info.ttlMs)}`);
  return lines;
}

export async function lockStatus(client: StateClient): Promise<LockInfo> {
  const key = client.keys.lock;
  const [[, raw], [, pttl]] = (await client.redis.multi().get(key).pttl(key).exec()) as [
    [Error | null, string | null],
    [Error | null, number],
  ];
  return describeLockValue(key, raw, typeof pttl === "number" && pttl >= 0 ? pttl : null);
}

// KEYS[1] = lock, KEYS[2] = fence counter; ARGV[1] = owner JSON, ARGV[2] = ttl ms.
// Returns {fence, stored value} or nil when the lock is held.
const ACQUIRE_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return nil end
local fence = redis.call('INCR', KEYS[2])
local owner = cjson.decode(ARGV[1])
owner['fence'] = fence
local value = cjson.encode(owner)
redis.call('SET', KEYS[1], value, 'NX', 'PX', ARGV[2])
return {fence, value}
`;

// KEYS[1] = lock; ARGV[1] = our value, ARGV[2] = ttl ms. 1 when extended, 0 when not ours (any more).
const EXTEND_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;

// KEYS[1] = lock; ARGV[1] = our value. 1 when deleted, 0 when not ours.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** The run's deploy lock is not its own any more: it stops before its next changing step. */
export class LockLostError extends Error {
  readonly evidence: readonly string[];
  constructor(
    readonly step: string,
    readonly why: string,
    evidence: readonly string[] = [],
  ) {
    super(
      `the deploy lock was lost (${why}): stopped before ${step}, so two runs never change production together`,
    );
    this.name = "LockLostError";
    this.evidence = evidence;
  }
}

/**
 * On a Redis Sentinel connection, the lock was taken on the master but no replica acknowledged it (WAIT):
 * a failover now could promote a replica without it and hand the lock to a second deploy. The take is
 * refused and the lock released again. Not "held by another run": waiting for one does not help.
 */
export class LockNotReplicatedError extends Error {
  readonly evidence: readonly string[];
  constructor(
    readonly ack: ReplicationAck,
    hint: string,
    evidence: readonly string[] = [],
  ) {
    super(
      `the deploy lock could not be replicated: ${describeAck(ack)}, so a Redis failover could hand it to a second deploy; it was released again and nothing was changed. ${hint[0]?.toUpperCase()}${hint.slice(1)}, then re-run`,
    );
    this.name = "LockNotReplicatedError";
    this.evidence = [describeAck(ack), ...evidence];
  }
}

/** WAIT after an extend or a release: not acknowledged is a warning (the run keeps its lock). */
async function warnIfNotReplicated(
  client: StateClient,
  what: string,
  logger: Logger | undefined,
): Promise<void> {
  const ack = await waitForReplicas(client);
  if (ack && !ack.ok) {
    logger?.warning(
      `the deploy lock was ${what} on the master, but ${describeAck(ack)}: a failover now could lose it; ${replicationHint(client)}`,
    );
  }
}

/** A FencedOutError from a write fenced on the deploy lock, as the LockLostError it means. */
export function asLockLost(error: unknown, step: string): unknown {
  if (!(error instanceof FencedOutError)) return error;
  const now = describeLockValue(error.fence.key, error.current, null);
  return new LockLostError(
    step,
    now.held ? "another owner holds it now" : "it expired or was released",
    now.held ? lockEvidence(now).slice(0, -1) : [`${error.fence.key} is free`],
  );
}

export interface HeldLock {
  readonly key: string;
  /** The exact value stored: release and extend compare against it. */
  readonly value: string;
  readonly owner: LockOwner;
  readonly fence: number;
  readonly ttlMs: number;
  /** True once the heartbeat found the lock gone or taken by someone else. */
  readonly lost: boolean;
  /** Extends the TTL if the lock is still ours; false when it is not. */
  extend(): Promise<boolean>;
  /**
   * Before a changing step: compares the stored value in Redis (and extends the TTL) — throws
   * LockLostError when the lock is lost or not ours any more. Redis errors propagate as they are.
   */
  check(step: string): Promise<void>;
  /** The fence for state writes made under this lock (see `applyChange`). */
  writeFence(): Fence;
  /** Stops the heartbeat and deletes the lock if it is still ours; false when it was not. Idempotent. */
  release(): Promise<boolean>;
}

export interface AcquireOptions {
  /** Lock lifetime without a heartbeat; default 2 min. */
  ttlMs?: number;
  /** How long to wait for a lock held by another run; default 0 (try once). */
  waitMs?: number;
  /** Time between tries while waiting; default 2 s. */
  pollMs?: number;
  /** Heartbeat period; default a third of the TTL; 0 turns it off. */
  heartbeatMs?: number;
  /** Clock (ms) and sleep, injectable for tests. */
  nowMs?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  logger?: Logger;
  /** Called before each wait with the holder and the time waited so far. */
  onWait?: (holder: LockInfo, waitedMs: number) => void;
  /** Called once when the heartbeat finds the lock lost. */
  onLost?: (why: string) => void;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason ?? new CancelledError());
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new CancelledError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** One attempt: the held lock, or null when someone else holds it. */
export async function tryAcquireLock(
  client: StateClient,
  request: LockRequest,
  ttlMs = DEFAULT_LOCK_TTL_MS,
): Promise<{ value: string; owner: LockOwner; fence: number } | null> {
  const owner: LockOwner = {
    kind: request.kind,
    actor: request.actor || "unknown",
    startedAt: client.now().toISOString(),
    host: hostname(),
    pid: process.pid,
    token: randomUUID(),
  };
  if (request.runId) owner.runId = request.runId;
  if (request.runUrl) owner.runUrl = request.runUrl;
  if (request.sha) owner.sha = request.sha;
  if (request.reason) owner.reason = request.reason;
  if (request.kind === "manual") owner.manual = true;
  const reply = (await client.redis.eval(
    ACQUIRE_SCRIPT,
    2,
    client.keys.lock,
    client.keys.lockFence,
    JSON.stringify(owner),
    String(Math.max(1, Math.round(ttlMs))),
  )) as [number, string] | null;
  if (!reply) return null;
  const [fence, value] = reply;
  const ack = await waitForReplicas(client);
  if (ack && !ack.ok) {
    const released = await releaseLock(client, value).catch((error: unknown) => errorMessage(error));
    throw new LockNotReplicatedError(ack, replicationHint(client), [
      `${client.keys.lock} taken with fence ${fence} on the master, then ${
        released === true
          ? "released again"
          : released === false
            ? "found changed (not released)"
            : `not released (${released}; it expires in ${formatDuration(ttlMs)})`
      }`,
      `master "${client.replication?.master}", sentinels ${client.replication?.sentinels}`,
    ]);
  }
  return { value, owner: { ...(JSON.parse(value) as LockOwner) }, fence: Number(fence) };
}

/**
 * Takes the deploy lock, waiting up to `waitMs` while another run holds it. Refuses at once (RefusalError
 * with the holder as evidence) when a person holds it by hand, and when the wait runs out. The heartbeat
 * keeps it while the process lives; call `release()` in `finally` (ctx.onCleanup).
 */
export async function acquireDeployLock(
  client: StateClient,
  request: LockRequest,
  options: AcquireOptions = {},
): Promise<HeldLock> {
  const ttlMs = options.ttlMs ?? DEFAULT_LOCK_TTL_MS;
  const waitMs = options.waitMs ?? 0;
  const pollMs = options.pollMs ?? DEFAULT_LOCK_POLL_MS;
  const nowMs = options.nowMs ?? (() => Date.now());
  const sleep = options.sleep ?? abortableSleep;
  const started = nowMs();
  for (;;) {
    if (options.signal?.aborted) throw options.signal.reason ?? new CancelledError();
    const got = await tryAcquireLock(client, request, ttlMs);
    if (got) return holdLock(client, got, ttlMs, options);
    const holder = await lockStatus(client);
    if (!holder.held) continue; // it expired or was released in between: try again at once
    const waited = nowMs() - started;
    if (holder.manual) {
      throw new RefusalError(
        `the deploy lock was taken by hand${holder.owner?.actor ? ` by ${holder.owner.actor}` : ""}: not waiting for it; release it with \`ops lock release --force --reason …\` when the manual work is done`,
        lockEvidence(holder),
      );
    }
    if (waited >= waitMs) {
      throw new RefusalError(
        `the deploy lock is held by ${holder.owner?.kind ?? "another"} run ${holder.owner?.runId ?? "?"}${
          waitMs > 0 ? `; waited ${formatDuration(waited)}` : ""
        }, giving up`,
        lockEvidence(holder),
      );
    }
    options.onWait?.(holder, waited);
    options.logger?.info(
      `deploy lock held by ${holder.owner?.kind ?? "?"} run ${holder.owner?.runId ?? "?"} (${holder.owner?.runUrl ?? "no run URL"}); waiting (${formatDuration(waited)} of ${formatDuration(waitMs)})`,
    );
    await sleep(Math.max(1, Math.min(pollMs, waitMs - waited)), options.signal);
  }
}

function holdLock(
  client: StateClient,
  got: { value: string; owner: LockOwner; fence: number },
  ttlMs: number,
  options: AcquireOptions,
): HeldLock {
  const key = client.keys.lock;
  let lost = false;
  let released = false;
  let lastExtended = Date.now();
  const extend = async (): Promise<boolean> => {
    if (lost || released) return false;
    const ok = Number(await client.redis.eval(EXTEND_SCRIPT, 1, key, got.value, String(ttlMs))) === 1;
    if (ok) {
      lastExtended = Date.now();
      await warnIfNotReplicated(client, "extended", options.logger);
    }
    return ok;
  };
  let lostWhy = "";
  const markLost = (why: string) => {
    if (lost) return;
    lost = true;
    lostWhy = why;
    stop();
    options.logger?.warning(`deploy lock lost: ${why}`);
    options.onLost?.(why);
  };
  const heartbeatMs = options.heartbeatMs ?? Math.max(50, Math.floor(ttlMs / 3));
  let timer: NodeJS.Timeout | undefined;
  let beating = false;
  if (heartbeatMs > 0) {
    timer = setInterval(() => {
      if (beating) return;
      beating = true;
      extend()
        .then((ok) => {
          if (!ok && !released) markLost("it expired or another owner holds it now");
        })
        .catch((error: unknown) => {
          if (Date.now() - lastExtended > ttlMs)
            markLost(`Redis did not answer for longer than the TTL: ${errorMessage(error)}`);
          else options.logger?.warning(`deploy lock heartbeat failed (will retry): ${errorMessage(error)}`);
        })
        .finally(() => {
          beating = false;
        });
    }, heartbeatMs);
    timer.unref();
  }
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
  };
  const check = async (step: string): Promise<void> => {
    if (released) throw new LockLostError(step, "it was already released by this run");
    if (!lost) {
      const ok = await extend().catch((error: unknown) => {
        // Unanswered for longer than the TTL: it has expired on the server's side by now.
        if (Date.now() - lastExtended <= ttlMs) throw error;
        markLost(`Redis did not answer for longer than the TTL: ${errorMessage(error)}`);
        return false;
      });
      if (ok) return;
    }
    if (!lost) markLost("it expired or another owner holds it now");
    const now = await lockStatus(client).catch(() => undefined);
    throw new LockLostError(step, lostWhy, now ? lockEvidence(now) : []);
  };
  return {
    key,
    value: got.value,
    owner: got.owner,
    fence: got.fence,
    ttlMs,
    get lost() {
      return lost;
    },
    extend,
    check,
    writeFence: () => ({ key, value: got.value }),
    release: async () => {
      stop();
      if (released) return false;
      released = true;
      return releaseLock(client, got.value, options.logger);
    },
  };
}

/** Deletes the lock only if it still holds exactly `value` (ours); false otherwise. */
export async function releaseLock(client: StateClient, value: string, logger?: Logger): Promise<boolean> {
  const ok = Number(await client.redis.eval(RELEASE_SCRIPT, 1, client.keys.lock, value)) === 1;
  if (ok && logger) await warnIfNotReplicated(client, "released", logger);
  return ok;
}

/** Takes the lock by hand for maintenance: marked manual, no heartbeat, nobody waits for it. */
export async function takeManualLock(
  client: StateClient,
  request: ChangeRequest,
  ttlMs: number,
): Promise<{ taken: boolean; info: LockInfo }> {
  const reason = checkReason(request.reason);
  const got = await tryAcquireLock(
    client,
    { kind: "manual", actor: request.actor, reason, runUrl: request.runUrl },
    ttlMs,
  );
  return { taken: got !== null, info: await lockStatus(client) };
}

/**
 * Deletes the lock only if it still holds exactly `expectedRaw` (what the person was shown), recording
 * it in the audit stream, in one script: a lock that expired and was taken by a run in between is left
 * alone (`released: false`, `changed: true`).
 */
export async function releaseLockIfUnchanged(
  client: StateClient,
  request: ChangeRequest,
  expectedRaw: string,
): Promise<{ released: boolean; changed: boolean; auditId: string }> {
  try {
    const [applied] = await applyChange(
      client,
      "lock.release",
      request,
      [{ key: client.keys.lock, value: null }],
      { fence: { key: client.keys.lock, value: expectedRaw } },
    );
    return { released: true, changed: false, auditId: applied?.auditId ?? "" };
  } catch (error) {
    if (error instanceof FencedOutError) return { released: false, changed: true, auditId: "" };
    throw error;
  }
}

/**
 * Deletes the lock whoever holds it, recording the old owner in the audit stream (atomically). Returns
 * what was there.
 */
export async function forceReleaseLock(
  client: StateClient,
  request: ChangeRequest,
): Promise<{ released: boolean; previous: LockInfo; auditId: string }> {
  const previous = await lockStatus(client);
  const [applied] = await applyChange(client, "lock.force-release", request, [
    { key: client.keys.lock, value: null },
  ]);
  return {
    released: applied?.old !== null && applied?.old !== undefined,
    previous,
    auditId: applied?.auditId ?? "",
  };
}

/** The lock request for a run, from what the runner says about it. */
export function lockRequestFor(kind: LockKind, actor: Actor & { sha?: string }): LockRequest {
  return { kind, actor: actor.actor, runId: actor.runId, runUrl: actor.runUrl, sha: actor.sha };
}
