// The audit stream: every change to the operational state is appended (XADD) with who, when, why, the run,
// the key and its old and new value, in the same atomic step as the change itself (one Lua script), so a
// change can never happen without its record. Listing reads the newest entries first (XREVRANGE).

import { ConfigurationError } from "../action/errors.js";
import type { Actor, ChangeRequest, StateClient } from "./client.js";

/** The stream is trimmed to about this many entries. */
export const AUDIT_MAXLEN = 10_000;
export const MAX_REASON_LENGTH = 1_000;

export interface AuditEntry {
  /** The stream id (milliseconds-sequence, the server's clock). */
  id: string;
  /** What was done, e.g. `killswitch.activate`, `breaker.reset`, `lock.force-release`, `gate.break-glass`. */
  op: string;
  /** ISO-8601, the client's clock. */
  time: string;
  actor: string;
  reason: string;
  runUrl: string;
  runId: string;
  /** The key changed (with its prefix); empty for records that change no key. */
  key: string;
  /** The value before; null when the key did not exist. */
  old: string | null;
  /** The value after; null when the key was deleted (or nothing was changed). */
  new: string | null;
}

/** One key to set (a string) or delete (null). */
export interface KeyChange {
  key: string;
  value: string | null;
}

export interface AppliedChange {
  key: string;
  old: string | null;
  new: string | null;
  auditId: string;
}

/** Checks a change's reason: required, not blank, at most 1000 characters. Returns it trimmed. */
export function checkReason(reason: string | undefined, input = "reason", label = input): string {
  const text = (reason ?? "").trim();
  if (text === "") {
    throw new ConfigurationError(`${label} is required: say why (it is recorded in the audit stream)`, {
      input,
    });
  }
  if (text.length > MAX_REASON_LENGTH) {
    throw new ConfigurationError(
      `${label} is ${text.length} characters long; keep it under ${MAX_REASON_LENGTH}`,
      {
        input,
      },
    );
  }
  return text;
}

/**
 * A condition checked in Redis, in the same script as the change: `key` must hold exactly `value` (the
 * deploy lock's value for a run that holds it). Otherwise nothing is written and `FencedOutError` is thrown.
 */
export interface Fence {
  key: string;
  value: string;
}

/** A fenced change refused by Redis: the fence key no longer holds our value. */
export class FencedOutError extends Error {
  constructor(
    readonly fence: Fence,
    readonly current: string | null,
  ) {
    super(
      `${fence.key} no longer holds the expected value (now ${current === null ? "absent" : JSON.stringify(current)}): nothing was written`,
    );
    this.name = "FencedOutError";
  }
}

// Every script starts with this: with a fence (ARGV[1] = "1"), KEYS[1] must hold ARGV[2], else it answers
// {"fenced", current value or false}; K and A are KEYS and ARGV without the fence's entries.
const FENCE_PRELUDE = `
local K, A = KEYS, ARGV
if ARGV[1] == '1' then
  local current = redis.call('GET', KEYS[1])
  if current ~= ARGV[2] then return {'fenced', current} end
  K = {unpack(KEYS, 2)}
  A = {unpack(ARGV, 3)}
else
  A = {unpack(ARGV, 2)}
end
`;

/** The fence's KEYS and ARGV prefixes for a script that starts with FENCE_PRELUDE. */
function fenceArgs(fence: Fence | undefined): { keys: string[]; args: string[] } {
  return fence ? { keys: [fence.key], args: ["1", fence.value] } : { keys: [], args: ["0"] };
}

function throwIfFenced(reply: unknown, fence: Fence | undefined): void {
  if (fence && Array.isArray(reply) && reply[0] === "fenced") {
    throw new FencedOutError(fence, typeof reply[1] === "string" ? reply[1] : null);
  }
}

// K[1] = the stream, K[2..] = the keys to change.
// A: maxlen, op, actor, time, reason, run_url, run_id, then per key: mode ("set"|"del"), value.
// Returns {"ok", per key: {old value or "", 1 if it existed else 0, stream id}}.
const APPLY_SCRIPT = `${FENCE_PRELUDE}
local KEYS, ARGV = K, A
local base = {'op', ARGV[2], 'actor', ARGV[3], 'time', ARGV[4], 'reason', ARGV[5], 'run_url', ARGV[6], 'run_id', ARGV[7]}
local out = {}
for i = 2, #KEYS do
  local key = KEYS[i]
  local mode = ARGV[4 + 2 * i]
  local value = ARGV[5 + 2 * i]
  local old = redis.call('GET', key)
  if mode == 'set' then redis.call('SET', key, value) else redis.call('DEL', key) end
  local fields = {}
  for _, f in ipairs(base) do fields[#fields + 1] = f end
  fields[#fields + 1] = 'key'
  fields[#fields + 1] = key
  if old then
    fields[#fields + 1] = 'old'
    fields[#fields + 1] = old
  end
  if mode == 'set' then
    fields[#fields + 1] = 'new'
    fields[#fields + 1] = value
  end
  local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', unpack(fields))
  out[#out + 1] = {old or '', old and 1 or 0, id}
end
return {'ok', out}
`;

// K[1] = the stream; A: maxlen, then the entry's fields. Returns {"ok", stream id}.
const RECORD_SCRIPT = `${FENCE_PRELUDE}
return {'ok', redis.call('XADD', K[1], 'MAXLEN', '~', A[1], '*', unpack(A, 2))}
`;

function baseArgs(client: StateClient, op: string, who: Actor & { reason: string }): string[] {
  return [
    String(AUDIT_MAXLEN),
    op,
    who.actor || "unknown",
    client.now().toISOString(),
    who.reason,
    who.runUrl ?? "",
    who.runId ?? "",
  ];
}

/**
 * Sets or deletes `changes` and appends one audit entry per key, atomically. Returns each key's old value
 * and its audit id.
 */
export async function applyChange(
  client: StateClient,
  op: string,
  request: ChangeRequest,
  changes: readonly KeyChange[],
  options: { fence?: Fence | undefined } = {},
): Promise<AppliedChange[]> {
  const reason = checkReason(request.reason);
  const args = baseArgs(client, op, { ...request, reason });
  for (const c of changes) args.push(c.value === null ? "del" : "set", c.value ?? "");
  const fence = fenceArgs(options.fence);
  const keys = [...fence.keys, client.keys.audit, ...changes.map((c) => c.key)];
  const answer = await client.redis.eval(APPLY_SCRIPT, keys.length, ...keys, ...fence.args, ...args);
  throwIfFenced(answer, options.fence);
  const reply = (answer as ["ok", Array<[string, number, string]>])[1];
  return changes.map((c, i) => {
    const [old, existed, id] = reply[i] ?? ["", 0, ""];
    return { key: c.key, old: existed ? String(old) : null, new: c.value, auditId: String(id) };
  });
}

/** Appends an entry that records a decision or an action outside the state keys (break-glass, forced release). */
export async function recordAudit(
  client: StateClient,
  op: string,
  request: ChangeRequest,
  detail: { key?: string; old?: string | null; new?: string | null } = {},
  options: { fence?: Fence | undefined } = {},
): Promise<string> {
  const reason = checkReason(request.reason);
  const [maxlen, ...rest] = baseArgs(client, op, { ...request, reason });
  const names = ["op", "actor", "time", "reason", "run_url", "run_id"];
  const fields: string[] = names.flatMap((n, i) => [n, rest[i] ?? ""]);
  fields.push("key", detail.key ?? "");
  if (detail.old !== undefined && detail.old !== null) fields.push("old", detail.old);
  if (detail.new !== undefined && detail.new !== null) fields.push("new", detail.new);
  const fence = fenceArgs(options.fence);
  const answer = await client.redis.eval(
    RECORD_SCRIPT,
    fence.keys.length + 1,
    ...fence.keys,
    client.keys.audit,
    ...fence.args,
    maxlen ?? String(AUDIT_MAXLEN),
    ...fields,
  );
  throwIfFenced(answer, options.fence);
  return String((answer as ["ok", string])[1]);
}

/** The newest `count` entries, newest first. */
export async function listAudit(client: StateClient, count = 20): Promise<AuditEntry[]> {
  const n = Math.max(1, Math.min(1000, Math.floor(count)));
  const rows = await client.redis.xrevrange(client.keys.audit, "+", "-", "COUNT", n);
  return rows.map(([id, fields]) => parseAuditFields(id, fields));
}

/** A stream entry's flat field list as an AuditEntry (unknown fields ignored, missing ones empty). */
export function parseAuditFields(id: string, fields: readonly string[]): AuditEntry {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) map.set(fields[i] as string, fields[i + 1] as string);
  return {
    id,
    op: map.get("op") ?? "",
    time: map.get("time") ?? "",
    actor: map.get("actor") ?? "",
    reason: map.get("reason") ?? "",
    runUrl: map.get("run_url") ?? "",
    runId: map.get("run_id") ?? "",
    key: map.get("key") ?? "",
    old: map.has("old") ? (map.get("old") as string) : null,
    new: map.has("new") ? (map.get("new") as string) : null,
  };
}
