export const id = 394;
export const ids = [394];
export const modules = {

/***/ 6264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ checkReason),
/* harmony export */   _u: () => (/* binding */ listAudit),
/* harmony export */   eq: () => (/* binding */ FencedOutError),
/* harmony export */   h3: () => (/* binding */ recordAudit),
/* harmony export */   hX: () => (/* binding */ applyChange)
/* harmony export */ });
/* unused harmony exports AUDIT_MAXLEN, MAX_REASON_LENGTH, parseAuditFields */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
// The audit stream: every change to the operational state is appended (XADD) with who, when, why, the run,
// the key and its old and new value, in the same atomic step as the change itself (one Lua script), so a
// change can never happen without its record. Listing reads the newest entries first (XREVRANGE).

/** The stream is trimmed to about this many entries. */
const AUDIT_MAXLEN = 10_000;
const MAX_REASON_LENGTH = 1_000;
/** Checks a change's reason: required, not blank, at most 1000 characters. Returns it trimmed. */
function checkReason(reason, input = "reason", label = input) {
    const text = (reason ?? "").trim();
    if (text === "") {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is required: say why (it is recorded in the audit stream)`, {
            input,
        });
    }
    if (text.length > MAX_REASON_LENGTH) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${label} is ${text.length} characters long; keep it under ${MAX_REASON_LENGTH}`, {
            input,
        });
    }
    return text;
}
/** A fenced change refused by Redis: the fence key no longer holds our value. */
class FencedOutError extends Error {
    fence;
    current;
    constructor(fence, current) {
        super(`${fence.key} no longer holds the expected value (now ${current === null ? "absent" : JSON.stringify(current)}): nothing was written`);
        this.fence = fence;
        this.current = current;
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
function fenceArgs(fence) {
    return fence ? { keys: [fence.key], args: ["1", fence.value] } : { keys: [], args: ["0"] };
}
function throwIfFenced(reply, fence) {
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
function baseArgs(client, op, who) {
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
async function applyChange(client, op, request, changes, options = {}) {
    const reason = checkReason(request.reason);
    const args = baseArgs(client, op, { ...request, reason });
    for (const c of changes)
        args.push(c.value === null ? "del" : "set", c.value ?? "");
    const fence = fenceArgs(options.fence);
    const keys = [...fence.keys, client.keys.audit, ...changes.map((c) => c.key)];
    const answer = await client.redis.eval(APPLY_SCRIPT, keys.length, ...keys, ...fence.args, ...args);
    throwIfFenced(answer, options.fence);
    const reply = answer[1];
    return changes.map((c, i) => {
        const [old, existed, id] = reply[i] ?? ["", 0, ""];
        return { key: c.key, old: existed ? String(old) : null, new: c.value, auditId: String(id) };
    });
}
/** Appends an entry that records a decision or an action outside the state keys (break-glass, forced release). */
async function recordAudit(client, op, request, detail = {}, options = {}) {
    const reason = checkReason(request.reason);
    const [maxlen, ...rest] = baseArgs(client, op, { ...request, reason });
    const names = ["op", "actor", "time", "reason", "run_url", "run_id"];
    const fields = names.flatMap((n, i) => [n, rest[i] ?? ""]);
    fields.push("key", detail.key ?? "");
    if (detail.old !== undefined && detail.old !== null)
        fields.push("old", detail.old);
    if (detail.new !== undefined && detail.new !== null)
        fields.push("new", detail.new);
    const fence = fenceArgs(options.fence);
    const answer = await client.redis.eval(RECORD_SCRIPT, fence.keys.length + 1, ...fence.keys, client.keys.audit, ...fence.args, maxlen ?? String(AUDIT_MAXLEN), ...fields);
    throwIfFenced(answer, options.fence);
    return String(answer[1]);
}
/** The newest `count` entries, newest first. */
async function listAudit(client, count = 20) {
    const n = Math.max(1, Math.min(1000, Math.floor(count)));
    const rows = await client.redis.xrevrange(client.keys.audit, "+", "-", "COUNT", n);
    return rows.map(([id, fields]) => parseAuditFields(id, fields));
}
/** A stream entry's flat field list as an AuditEntry (unknown fields ignored, missing ones empty). */
function parseAuditFields(id, fields) {
    const map = new Map();
    for (let i = 0; i + 1 < fields.length; i += 2)
        map.set(fields[i], fields[i + 1]);
    return {
        id,
        op: map.get("op") ?? "",
        time: map.get("time") ?? "",
        actor: map.get("actor") ?? "",
        reason: map.get("reason") ?? "",
        runUrl: map.get("run_url") ?? "",
        runId: map.get("run_id") ?? "",
        key: map.get("key") ?? "",
        old: map.has("old") ? map.get("old") : null,
        new: map.has("new") ? map.get("new") : null,
    };
}


/***/ }),

/***/ 775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q7: () => (/* binding */ RECOVERY_QUESTIONS),
/* harmony export */   QM: () => (/* binding */ tripBreaker),
/* harmony export */   Yh: () => (/* binding */ resetBreaker)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _change_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3171);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1202);
// The circuit breaker: `cb:state` OPEN (normal) or TRIPPED, with `cb:trip_reason` and `cb:last_reset`.



/** The runbook's questions before a reset; shown wherever a reset is asked for. */
const RECOVERY_QUESTIONS = [
    "Has the drawdown normalized?",
    "Is the broker API healthy?",
    "Are the data feeds current?",
];
/** Sets `cb:state` = "TRIPPED" and `cb:trip_reason` = reason. */
function tripBreaker(client, request, options = {}) {
    const k = client.keys;
    return (0,_change_js__WEBPACK_IMPORTED_MODULE_1__/* .changeState */ .U)(client, "breaker.trip", request, [
        { key: k.breakerState, value: "TRIPPED" },
        { key: k.tripReason, value: request.reason.trim() },
    ], undefined, options);
}
/**
 * Sets `cb:state` = "OPEN", `cb:last_reset` = now (ISO-8601) and removes `cb:trip_reason` (kept in the
 * audit stream). Refused while the kill switch is active: deactivate it first.
 */
async function resetBreaker(client, request) {
    const k = client.keys;
    const current = await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(client);
    if (current.killSwitch !== "inactive") {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ(`the kill switch is ${current.killSwitch}: deactivate it before resetting the circuit breaker`, [
            `killswitch:active = ${JSON.stringify(current.raw.killSwitch)}`,
            `cb:state = ${JSON.stringify(current.raw.breaker)}`,
        ]);
    }
    return (0,_change_js__WEBPACK_IMPORTED_MODULE_1__/* .changeState */ .U)(client, "breaker.reset", request, [
        { key: k.breakerState, value: "OPEN" },
        { key: k.lastReset, value: client.now().toISOString() },
        { key: k.tripReason, value: null },
    ]);
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ changeState)
/* harmony export */ });
/* unused harmony export projectState */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _replication_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6613);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1202);
// One state change: read the state, apply the keys and their audit entries atomically, read it again.




/** The state `before` with `applied` written over it (pure). */
function projectState(before, client, applied) {
    const k = client.keys;
    const value = (key, current) => {
        const c = applied.find((a) => a.key === key);
        return c ? c.new : current;
    };
    return (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .interpretState */ .Nz)({
        killSwitch: value(k.killSwitch, before.raw.killSwitch),
        breaker: value(k.breakerState, before.raw.breaker),
        tripReason: value(k.tripReason, before.tripReason),
        lastReset: value(k.lastReset, before.lastReset),
    });
}
async function changeState(client, op, request, changes, notes = () => [], options = {}) {
    const before = await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readState */ .un)(client);
    const applied = await (0,_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .applyChange */ .hX)(client, op, request, changes, options);
    let after;
    const extra = [];
    const ack = await (0,_replication_js__WEBPACK_IMPORTED_MODULE_2__/* .waitForReplicas */ .k2)(client);
    if (ack && !ack.ok) {
        extra.push(`the change is written on the Redis master, but ${(0,_replication_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAck */ .vz)(ack)}: a failover now could lose it (read the state again after one); ${(0,_replication_js__WEBPACK_IMPORTED_MODULE_2__/* .replicationHint */ .ob)(client)}`);
    }
    try {
        after = await (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .readState */ .un)(client);
    }
    catch (error) {
        // The change is made (atomically, with its audit entries): report it rather than a failure.
        after = projectState(before, client, applied);
        extra.push(`the change was made, but reading the state back failed (${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}): "after" is computed`);
    }
    return {
        op,
        changed: applied.some((c) => c.old !== c.new),
        changes: applied,
        before,
        after,
        notes: [...notes(after), ...extra],
    };
}


/***/ }),

/***/ 3600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ takeManualLock),
/* harmony export */   WE: () => (/* binding */ LockNotReplicatedError),
/* harmony export */   Yb: () => (/* binding */ asLockLost),
/* harmony export */   cy: () => (/* binding */ forceReleaseLock),
/* harmony export */   jq: () => (/* binding */ lockEvidence),
/* harmony export */   oj: () => (/* binding */ lockStatus),
/* harmony export */   releaseLock: () => (/* binding */ releaseLock),
/* harmony export */   xz: () => (/* binding */ releaseLockIfUnchanged),
/* harmony export */   yx: () => (/* binding */ LockLostError),
/* harmony export */   zE: () => (/* binding */ acquireDeployLock)
/* harmony export */ });
/* unused harmony exports DEFAULT_LOCK_TTL_MS, DEFAULT_LOCK_POLL_MS, describeLockValue, abortableSleep, tryAcquireLock, lockRequestFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4173);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7939);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6264);
/* harmony import */ var _replication_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6613);
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






const DEFAULT_LOCK_TTL_MS = 120_000;
const DEFAULT_LOCK_POLL_MS = 2_000;
/** The lock as parsed from its raw value (pure). */
function describeLockValue(key, raw, ttlMs) {
    if (raw === null)
        return { key, held: false, raw, owner: null, manual: false, ttlMs: null, fence: null };
    let owner = null;
    try {
        const parsed = JSON.parse(raw);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
            owner = parsed;
    }
    catch {
        owner = null;
    }
    const manual = owner === null || owner.manual === true || owner.kind === "manual" || !owner.runId;
    const fence = owner && typeof owner.fence === "number" ? owner.fence : null;
    return { key, held: true, raw, owner, manual, ttlMs, fence };
}
/** One line per fact about the holder, for refusals and summaries. */
function lockEvidence(info) {
    if (!info.held)
        return [`${info.key} is free`];
    const lines = [];
    const o = info.owner;
    if (!o)
        lines.push(`${info.key} = ${JSON.stringify(info.raw)} (not an owner record: taken by hand)`);
    else {
        lines.push(`held by ${o.manual || o.kind === "manual" || !o.runId ? "a person, by hand" : `${o.kind} run ${o.runId}`}: actor ${o.actor || "unknown"}, since ${o.startedAt || "unknown"}`);
        if (o.runUrl)
            lines.push(`run: ${o.runUrl}`);
        if (o.sha)
            lines.push(`sha: ${o.sha}`);
        if (o.reason)
            lines.push(`reason: ${o.reason}`);
        if (info.fence !== null)
            lines.push(`fence: ${info.fence}`);
    }
    lines.push(info.ttlMs === null ? "expires: never (no TTL)" : `expires in ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(info.ttlMs)}`);
    return lines;
}
async function lockStatus(client) {
    const key = client.keys.lock;
    const [[, raw], [, pttl]] = (await client.redis.multi().get(key).pttl(key).exec());
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
class LockLostError extends Error {
    step;
    why;
    evidence;
    constructor(step, why, evidence = []) {
        super(`the deploy lock was lost (${why}): stopped before ${step}, so two runs never change production together`);
        this.step = step;
        this.why = why;
        this.name = "LockLostError";
        this.evidence = evidence;
    }
}
/**
 * On a Redis Sentinel connection, the lock was taken on the master but no replica acknowledged it (WAIT):
 * a failover now could promote a replica without it and hand the lock to a second deploy. The take is
 * refused and the lock released again. Not "held by another run": waiting for one does not help.
 */
class LockNotReplicatedError extends Error {
    ack;
    evidence;
    constructor(ack, hint, evidence = []) {
        super(`the deploy lock could not be replicated: ${(0,_replication_js__WEBPACK_IMPORTED_MODULE_5__/* .describeAck */ .vz)(ack)}, so a Redis failover could hand it to a second deploy; it was released again and nothing was changed. ${hint[0]?.toUpperCase()}${hint.slice(1)}, then re-run`);
        this.ack = ack;
        this.name = "LockNotReplicatedError";
        this.evidence = [(0,_replication_js__WEBPACK_IMPORTED_MODULE_5__/* .describeAck */ .vz)(ack), ...evidence];
    }
}
/** WAIT after an extend or a release: not acknowledged is a warning (the run keeps its lock). */
async function warnIfNotReplicated(client, what, logger) {
    const ack = await (0,_replication_js__WEBPACK_IMPORTED_MODULE_5__/* .waitForReplicas */ .k2)(client);
    if (ack && !ack.ok) {
        logger?.warning(`the deploy lock was ${what} on the master, but ${(0,_replication_js__WEBPACK_IMPORTED_MODULE_5__/* .describeAck */ .vz)(ack)}: a failover now could lose it; ${(0,_replication_js__WEBPACK_IMPORTED_MODULE_5__/* .replicationHint */ .ob)(client)}`);
    }
}
/** A FencedOutError from a write fenced on the deploy lock, as the LockLostError it means. */
function asLockLost(error, step) {
    if (!(error instanceof _audit_js__WEBPACK_IMPORTED_MODULE_4__/* .FencedOutError */ .eq))
        return error;
    const now = describeLockValue(error.fence.key, error.current, null);
    return new LockLostError(step, now.held ? "another owner holds it now" : "it expired or was released", now.held ? lockEvidence(now).slice(0, -1) : [`${error.fence.key} is free`]);
}
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason ?? new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc());
            return;
        }
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason ?? new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc());
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
/** One attempt: the held lock, or null when someone else holds it. */
async function tryAcquireLock(client, request, ttlMs = DEFAULT_LOCK_TTL_MS) {
    const owner = {
        kind: request.kind,
        actor: request.actor || "unknown",
        startedAt: client.now().toISOString(),
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
        pid: process.pid,
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
    };
    if (request.runId)
        owner.runId = request.runId;
    if (request.runUrl)
        owner.runUrl = request.runUrl;
    if (request.sha)
        owner.sha = request.sha;
    if (request.reason)
        owner.reason = request.reason;
    if (request.kind === "manual")
        owner.manual = true;
    const reply = (await client.redis.eval(ACQUIRE_SCRIPT, 2, client.keys.lock, client.keys.lockFence, JSON.stringify(owner), String(Math.max(1, Math.round(ttlMs)))));
    if (!reply)
        return null;
    const [fence, value] = reply;
    const ack = await (0,_replication_js__WEBPACK_IMPORTED_MODULE_5__/* .waitForReplicas */ .k2)(client);
    if (ack && !ack.ok) {
        const released = await releaseLock(client, value).catch((error) => (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
        throw new LockNotReplicatedError(ack, (0,_replication_js__WEBPACK_IMPORTED_MODULE_5__/* .replicationHint */ .ob)(client), [
            `${client.keys.lock} taken with fence ${fence} on the master, then ${released === true
                ? "released again"
                : released === false
                    ? "found changed (not released)"
                    : `not released (${released}; it expires in ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(ttlMs)})`}`,
            `master "${client.replication?.master}", sentinels ${client.replication?.sentinels}`,
        ]);
    }
    return { value, owner: { ...JSON.parse(value) }, fence: Number(fence) };
}
/**
 * Takes the deploy lock, waiting up to `waitMs` while another run holds it. Refuses at once (RefusalError
 * with the holder as evidence) when a person holds it by hand, and when the wait runs out. The heartbeat
 * keeps it while the process lives; call `release()` in `finally` (ctx.onCleanup).
 */
async function acquireDeployLock(client, request, options = {}) {
    const ttlMs = options.ttlMs ?? DEFAULT_LOCK_TTL_MS;
    const waitMs = options.waitMs ?? 0;
    const pollMs = options.pollMs ?? DEFAULT_LOCK_POLL_MS;
    const nowMs = options.nowMs ?? (() => Date.now());
    const sleep = options.sleep ?? abortableSleep;
    const started = nowMs();
    for (;;) {
        if (options.signal?.aborted)
            throw options.signal.reason ?? new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CancelledError */ .cc();
        const got = await tryAcquireLock(client, request, ttlMs);
        if (got)
            return holdLock(client, got, ttlMs, options);
        const holder = await lockStatus(client);
        if (!holder.held)
            continue; // it expired or was released in between: try again at once
        const waited = nowMs() - started;
        if (holder.manual) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`the deploy lock was taken by hand${holder.owner?.actor ? ` by ${holder.owner.actor}` : ""}: not waiting for it; release it with \`ops lock release --force --reason …\` when the manual work is done`, lockEvidence(holder));
        }
        if (waited >= waitMs) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`the deploy lock is held by ${holder.owner?.kind ?? "another"} run ${holder.owner?.runId ?? "?"}${waitMs > 0 ? `; waited ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waited)}` : ""}, giving up`, lockEvidence(holder));
        }
        options.onWait?.(holder, waited);
        options.logger?.info(`deploy lock held by ${holder.owner?.kind ?? "?"} run ${holder.owner?.runId ?? "?"} (${holder.owner?.runUrl ?? "no run URL"}); waiting (${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waited)} of ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(waitMs)})`);
        await sleep(Math.max(1, Math.min(pollMs, waitMs - waited)), options.signal);
    }
}
function holdLock(client, got, ttlMs, options) {
    const key = client.keys.lock;
    let lost = false;
    let released = false;
    let lastExtended = Date.now();
    const extend = async () => {
        if (lost || released)
            return false;
        const ok = Number(await client.redis.eval(EXTEND_SCRIPT, 1, key, got.value, String(ttlMs))) === 1;
        if (ok) {
            lastExtended = Date.now();
            await warnIfNotReplicated(client, "extended", options.logger);
        }
        return ok;
    };
    let lostWhy = "";
    const markLost = (why) => {
        if (lost)
            return;
        lost = true;
        lostWhy = why;
        stop();
        options.logger?.warning(`deploy lock lost: ${why}`);
        options.onLost?.(why);
    };
    const heartbeatMs = options.heartbeatMs ?? Math.max(50, Math.floor(ttlMs / 3));
    let timer;
    let beating = false;
    if (heartbeatMs > 0) {
        timer = setInterval(() => {
            if (beating)
                return;
            beating = true;
            extend()
                .then((ok) => {
                if (!ok && !released)
                    markLost("it expired or another owner holds it now");
            })
                .catch((error) => {
                if (Date.now() - lastExtended > ttlMs)
                    markLost(`Redis did not answer for longer than the TTL: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
                else
                    options.logger?.warning(`deploy lock heartbeat failed (will retry): ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
            })
                .finally(() => {
                beating = false;
            });
        }, heartbeatMs);
        timer.unref();
    }
    const stop = () => {
        if (timer)
            clearInterval(timer);
        timer = undefined;
    };
    const check = async (step) => {
        if (released)
            throw new LockLostError(step, "it was already released by this run");
        if (!lost) {
            const ok = await extend().catch((error) => {
                // Unanswered for longer than the TTL: it has expired on the server's side by now.
                if (Date.now() - lastExtended <= ttlMs)
                    throw error;
                markLost(`Redis did not answer for longer than the TTL: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}`);
                return false;
            });
            if (ok)
                return;
        }
        if (!lost)
            markLost("it expired or another owner holds it now");
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
            if (released)
                return false;
            released = true;
            return releaseLock(client, got.value, options.logger);
        },
    };
}
/** Deletes the lock only if it still holds exactly `value` (ours); false otherwise. */
async function releaseLock(client, value, logger) {
    const ok = Number(await client.redis.eval(RELEASE_SCRIPT, 1, client.keys.lock, value)) === 1;
    if (ok && logger)
        await warnIfNotReplicated(client, "released", logger);
    return ok;
}
/** Takes the lock by hand for maintenance: marked manual, no heartbeat, nobody waits for it. */
async function takeManualLock(client, request, ttlMs) {
    const reason = (0,_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .checkReason */ .Dk)(request.reason);
    const got = await tryAcquireLock(client, { kind: "manual", actor: request.actor, reason, runUrl: request.runUrl }, ttlMs);
    return { taken: got !== null, info: await lockStatus(client) };
}
/**
 * Deletes the lock only if it still holds exactly `expectedRaw` (what the person was shown), recording
 * it in the audit stream, in one script: a lock that expired and was taken by a run in between is left
 * alone (`released: false`, `changed: true`).
 */
async function releaseLockIfUnchanged(client, request, expectedRaw) {
    try {
        const [applied] = await (0,_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .applyChange */ .hX)(client, "lock.release", request, [{ key: client.keys.lock, value: null }], { fence: { key: client.keys.lock, value: expectedRaw } });
        return { released: true, changed: false, auditId: applied?.auditId ?? "" };
    }
    catch (error) {
        if (error instanceof _audit_js__WEBPACK_IMPORTED_MODULE_4__/* .FencedOutError */ .eq)
            return { released: false, changed: true, auditId: "" };
        throw error;
    }
}
/**
 * Deletes the lock whoever holds it, recording the old owner in the audit stream (atomically). Returns
 * what was there.
 */
async function forceReleaseLock(client, request) {
    const previous = await lockStatus(client);
    const [applied] = await (0,_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .applyChange */ .hX)(client, "lock.force-release", request, [
        { key: client.keys.lock, value: null },
    ]);
    return {
        released: applied?.old !== null && applied?.old !== undefined,
        previous,
        auditId: applied?.auditId ?? "",
    };
}
/** The lock request for a run, from what the runner says about it. */
function lockRequestFor(kind, actor) {
    return { kind, actor: actor.actor, runId: actor.runId, runUrl: actor.runUrl, sha: actor.sha };
}


/***/ }),

/***/ 6613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k2: () => (/* binding */ waitForReplicas),
/* harmony export */   ob: () => (/* binding */ replicationHint),
/* harmony export */   vz: () => (/* binding */ describeAck)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
// WAIT after a write on a Redis Sentinel connection. Redis replicates asynchronously: a write the master
// acknowledged can be lost when the master dies before a replica has it and the replica is promoted.
// `WAIT n timeout` blocks until n replicas acknowledged everything written on this connection so far (or
// the timeout passes) and answers how many did. That makes a lost lock write refused rather than silent;
// it is not a consensus (a write WAIT confirmed can still be lost in rarer failures, e.g. both nodes down).

/** WAITs on a Sentinel connection; undefined on others (nothing to wait for). Never throws. */
async function waitForReplicas(client) {
    const r = client.replication;
    if (!r || r.replicas <= 0)
        return undefined;
    try {
        const n = Number(await client.redis.wait(r.replicas, r.timeoutMs));
        return { required: r.replicas, acknowledged: n, ok: n >= r.replicas, timeoutMs: r.timeoutMs };
    }
    catch (error) {
        return {
            required: r.replicas,
            acknowledged: 0,
            ok: false,
            timeoutMs: r.timeoutMs,
            error: (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error),
        };
    }
}
/** "0 of 1 replica(s) acknowledged within 1 s (WAIT 1 1000)", or why WAIT failed. */
function describeAck(ack) {
    const wait = `WAIT ${ack.required} ${ack.timeoutMs}`;
    return ack.error
        ? `${wait} failed: ${ack.error}`
        : `${ack.acknowledged} of ${ack.required} replica(s) acknowledged within ${ack.timeoutMs / 1000} s (${wait})`;
}
/** Where to look when replicas do not acknowledge. */
function replicationHint(client) {
    const r = client.replication;
    const name = r?.master ?? "<master>";
    return `check that a replica is connected and up (\`redis-cli -p <sentinel port> SENTINEL replicas ${name}\`, sentinels: ${r?.sentinels ?? "?"}) and that the sentinels agree on the master (\`SENTINEL get-master-addr-by-name ${name}\`)`;
}


/***/ })

};
