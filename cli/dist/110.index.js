export const id = 110;
export const ids = [110,202];
export const modules = {

/***/ 7939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   yM: () => (/* binding */ splitWords),
/* harmony export */   z1: () => (/* binding */ optionInputSource)
/* harmony export */ });
/* unused harmony exports actionInputSource, parseDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
// Strict, typed input parsing shared by every action and the `ops` command. Empty means absent; every
// error names the input, the bad value and what is allowed. Parse once, into a frozen object.

/** The runner's contract: input `foo-bar` is `INPUT_FOO-BAR`, trimmed, as @actions/core reads it. */
function actionInputSource(env = process.env) {
    return {
        get: (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim(),
        label: (name) => `input \`${name}\``,
    };
}
/** Command-line options already split into a map (see cli/args.ts). */
function optionInputSource(values) {
    return {
        get: (name) => values[name]?.trim(),
        label: (name) => `option --${name}`,
    };
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `500ms`, `30s`, `5m`, `1h`, `1m30s`; a bare number is seconds. Returns milliseconds, or undefined. */
function parseDuration(text) {
    const t = text.trim();
    if (/^\d+(\.\d+)?$/.test(t))
        return Math.round(Number(t) * 1000);
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
    let total = 0;
    let consumed = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
        total += Number(m[1]) * (DURATION_UNITS[m[2]] ?? 0);
        consumed = re.lastIndex;
    }
    if (consumed === 0 || consumed !== t.length)
        return undefined;
    return Math.round(total);
}
/** Shows a duration as people write it: 250ms, 1.5s, 2m, 1m30s. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 1))}s`;
    const m = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return s ? `${m}m${s}s` : `${m}m`;
}
function show(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
class Inputs {
    source;
    constructor(source) {
        this.source = source;
    }
    /** How to name an input in a message: "input `timeout`" (action) or "option --timeout" (CLI). */
    label(name) {
        return this.source.label(name);
    }
    fail(name, value, allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source.label(name)}: ${show(value)} is not valid; expected ${allowed}`, {
            input: name,
        });
    }
    /** The raw value; undefined when empty or not given. */
    optional(name) {
        const v = this.source.get(name);
        return v === undefined || v === "" ? undefined : v;
    }
    required(name, hint = "a value") {
        const v = this.optional(name);
        if (v === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.source.label(name)} is required: give ${hint}`, { input: name });
        }
        return v;
    }
    string(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    /** YAML 1.2 core booleans only: true/True/TRUE, false/False/FALSE. A typo is an error, never false. */
    boolean(name, fallback) {
        const v = this.optional(name);
        if (v === undefined)
            return fallback;
        if (["true", "True", "TRUE"].includes(v))
            return true;
        if (["false", "False", "FALSE"].includes(v))
            return false;
        return this.fail(name, v, "true or false");
    }
    integer(name, opts) {
        const v = this.optional(name);
        if (v === undefined)
            return opts.fallback;
        const range = `${opts.min ?? "-∞"}..${opts.max ?? "∞"}`;
        if (!/^[-+]?\d+$/.test(v))
            return this.fail(name, v, `a whole number in ${range}`);
        const n = Number(v);
        if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
            return this.fail(name, v, `a whole number in ${range}`);
        }
        return n;
    }
    duration(name, opts) {
        const v = this.optional(name);
        if (v === undefined)
            return opts.fallback;
        const ms = parseDuration(v);
        const allowed = `a duration such as 500ms, 30s, 5m${opts.min !== undefined || opts.max !== undefined
            ? ` between ${formatDuration(opts.min ?? 0)} and ${opts.max !== undefined ? formatDuration(opts.max) : "∞"}`
            : ""}`;
        if (ms === undefined)
            return this.fail(name, v, allowed);
        if ((opts.min !== undefined && ms < opts.min) || (opts.max !== undefined && ms > opts.max)) {
            return this.fail(name, v, allowed);
        }
        return ms;
    }
    enum(name, allowed, fallback) {
        const v = this.optional(name);
        if (v === undefined)
            return fallback;
        if (allowed.includes(v))
            return v;
        return this.fail(name, v, `one of ${allowed.join(", ")}`);
    }
    /** An absolute URL whose scheme is one of `protocols` (e.g. ["http:", "https:"]). */
    url(name, protocols, fallback) {
        const v = this.optional(name) ?? fallback;
        if (v === undefined)
            return undefined;
        return parseUrl(v, protocols, (allowed) => this.fail(name, redactUrl(v), allowed));
    }
    /** Items separated by newlines or commas, trimmed, empty ones dropped. */
    list(name) {
        const v = this.optional(name);
        if (v === undefined)
            return [];
        return v
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter((s) => s !== "" && !s.startsWith("#"));
    }
    /** Lines (or commas) of `name=value`; names unique; `#` starts a comment line. In input order. */
    map(name) {
        const out = [];
        const seen = new Set();
        for (const item of this.list(name)) {
            const eq = item.indexOf("=");
            if (eq <= 0)
                return this.fail(name, item, "lines of name=value");
            const key = item.slice(0, eq).trim();
            const value = item.slice(eq + 1).trim();
            if (seen.has(key))
                return this.fail(name, item, `each name once (${JSON.stringify(key)} is repeated)`);
            seen.add(key);
            out.push([key, value]);
        }
        return out;
    }
    /** Lines of arguments for a command run without a shell: one argument per line, or a JSON array. */
    argv(name) {
        const v = this.optional(name);
        if (v === undefined)
            return undefined;
        if (v.startsWith("[")) {
            try {
                const parsed = JSON.parse(v);
                if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((a) => typeof a === "string")) {
                    return parsed;
                }
            }
            catch {
                // fall through to the error below
            }
            return this.fail(name, v, 'a JSON array of strings, e.g. ["pytest", "tests/e2e"]');
        }
        const args = v.includes("\n") ? v.split("\n").map((s) => s.trim()) : splitWords(v);
        const clean = args.filter((a) => a !== "");
        if (clean.length === 0)
            return this.fail(name, v, "a command and its arguments");
        return clean;
    }
}
/** Splits `a "b c" d` into words, honouring simple double and single quotes; no shell expansion at all. */
function splitWords(text) {
    const words = [];
    const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
        words.push(m[1] ?? m[2] ?? m[3] ?? "");
    return words;
}
function parseUrl(value, protocols, fail) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return fail(`an absolute URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`);
    }
    if (!protocols.includes(url.protocol)) {
        return fail(`a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`);
    }
    return url;
}
/** A URL with its password replaced, safe to print. */
function redactUrl(value) {
    try {
        const url = new URL(value);
        if (url.password)
            url.password = "***";
        return url.toString();
    }
    catch {
        return value.replace(/\/\/([^:/@\s]*):[^@/\s]*@/, "//$1:***@");
    }
}


/***/ }),

/***/ 5563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4173);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7939);
// Command-line options for `ops` commands, on node's own parser; bad usage is a ConfigurationError (exit 2).



function parseCommandArgs(argv, options) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: { ...options, help: { type: "boolean", short: "h" } },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (error) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(error instanceof Error ? error.message : String(error));
    }
    const values = parsed.values;
    const strings = {};
    for (const [k, v] of Object.entries(values)) {
        if (typeof v === "string")
            strings[k] = v;
        else if (Array.isArray(v))
            strings[k] = v.join("\n");
        else if (typeof v === "boolean")
            strings[k] = String(v);
    }
    return {
        inputs: new _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .optionInputSource */ .z1)(strings)),
        values,
        positionals: parsed.positionals,
        help: values.help === true,
    };
}


/***/ }),

/***/ 2110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMON_HELP: () => (/* binding */ COMMON_HELP),
/* harmony export */   STATE_OPTIONS: () => (/* binding */ STATE_OPTIONS),
/* harmony export */   cliActor: () => (/* binding */ cliActor),
/* harmony export */   printChange: () => (/* binding */ printChange),
/* harmony export */   runStateCommand: () => (/* binding */ runStateCommand)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4173);
/* harmony import */ var _action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8291);
/* harmony import */ var _state_audit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6264);
/* harmony import */ var _state_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6775);
/* harmony import */ var _state_connection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9331);
/* harmony import */ var _state_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7225);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5563);
// What `ops killswitch`, `ops breaker`, `ops lock` and `ops audit` share: the common options
// (--redis-url, --reason, --prefix, --json), the subcommand, who is acting, the connection (always
// closed), and how a refusal is printed. Exit codes: 0 done, 1 refused or failed, 2 bad usage.








const STATE_OPTIONS = {
    "redis-url": { type: "string" },
    reason: { type: "string" },
    prefix: { type: "string" },
    json: { type: "boolean" },
};
const COMMON_HELP = `common options:
  --redis-url URL   redis://[user:password@]host[:port][/db] or rediss://… (default: $REDIS_URL)
  --prefix P        key prefix, e.g. staging: (default: none)
  --reason TEXT     why: required for every change, recorded in the audit stream
  --json            print JSON instead of text

Exit status: 0 done, 1 refused or failed (e.g. Redis unreachable), 2 bad usage.
`;
/** Who is acting: the GitHub actor inside a workflow, the local user otherwise. */
function cliActor(env) {
    let user = env.GITHUB_ACTOR || env.USER || env.LOGNAME || "";
    if (!user) {
        try {
            user = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.userInfo)().username;
        }
        catch {
            user = "unknown";
        }
    }
    const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
    const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return { actor: env.GITHUB_ACTOR ? user : `${user} (cli)`, runUrl, runId: env.GITHUB_RUN_ID };
}
/**
 * Parses the options, checks the subcommand, runs `body` with a lazily opened state client, and closes
 * it. A refusal prints its evidence and returns 1; other errors go to the `ops` dispatcher (2 for bad
 * usage, 1 otherwise).
 */
async function runStateCommand(argv, io, spec, body) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommandArgs */ .Q)(argv, { ...STATE_OPTIONS, ...spec.options });
    if (args.help) {
        io.stdout(spec.help);
        return 0;
    }
    const [given, ...extra] = args.positionals;
    const sub = given ?? spec.defaultSub;
    if (sub === undefined || !spec.subcommands.includes(sub)) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${sub === undefined ? "give a subcommand" : `unknown subcommand ${JSON.stringify((0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)(sub))}`}: ops ${spec.name} ${spec.subcommands.join("|")}`, { input: "subcommand" });
    }
    if (extra.length > 0) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`unexpected argument ${JSON.stringify((0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)(extra[0] ?? ""))}`);
    }
    const json = args.values.json === true;
    const url = args.inputs.optional("redis-url") ?? io.env.REDIS_URL?.trim();
    const prefix = args.inputs.optional("prefix") ?? "";
    let open;
    const cmd = {
        args,
        io,
        json,
        sub,
        actor: cliActor(io.env),
        reason: () => (0,_state_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .checkReason */ .Dk)(args.inputs.optional("reason"), "--reason"),
        client: async () => {
            if (open)
                return open;
            if (!url) {
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("--redis-url is required (or set REDIS_URL)", { input: "redis-url" });
            }
            (0,_state_connection_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRedisUrl */ .CI)(url, "--redis-url");
            open = await (0,_state_client_js__WEBPACK_IMPORTED_MODULE_4__/* .openState */ .G)(url, { keyPrefix: prefix, prefixInput: "--prefix", input: "--redis-url" });
            return open;
        },
        // Text carries what people wrote (reasons, actors): inert, so it cannot act as a workflow command.
        print: (data, text) => io.stdout(json ? `${JSON.stringify(data, null, 2)}\n` : (0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertText */ .UJ)(text)),
    };
    try {
        return await body(cmd);
    }
    catch (error) {
        if (error instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RefusalError */ .XQ) {
            if (json)
                io.stdout(`${JSON.stringify({ refused: error.message, evidence: error.evidence }, null, 2)}\n`);
            io.stderr(`ops ${spec.name} ${sub}: refused: ${(0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)(error.message)}\n`);
            for (const e of error.evidence)
                io.stderr(`  ${(0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)(e)}\n`);
            return 1;
        }
        if (error instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
            throw error;
        throw new Error((0,_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error), { cause: error });
    }
    finally {
        await open?.close();
    }
}
/** The JSON and the text of a change. */
function printChange(cmd, result) {
    cmd.print({
        schema: 1,
        operation: result.op,
        changed: result.changed,
        changes: result.changes,
        state: (0,_state_report_js__WEBPACK_IMPORTED_MODULE_6__/* .stateJson */ .mE)(result.after),
        notes: result.notes,
    }, (0,_state_report_js__WEBPACK_IMPORTED_MODULE_6__/* .renderChangeText */ .gM)(result));
}


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ checkReason),
/* harmony export */   _u: () => (/* binding */ listAudit),
/* harmony export */   hX: () => (/* binding */ applyChange)
/* harmony export */ });
/* unused harmony exports AUDIT_MAXLEN, MAX_REASON_LENGTH, recordAudit, parseAuditFields */
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
// KEYS[1] = the stream, KEYS[2..] = the keys to change.
// ARGV: maxlen, op, actor, time, reason, run_url, run_id, then per key: mode ("set"|"del"), value.
// Returns, per key: {old value or "", 1 if it existed else 0, stream id}.
const APPLY_SCRIPT = `
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
return out
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
async function applyChange(client, op, request, changes) {
    const reason = checkReason(request.reason);
    const args = baseArgs(client, op, { ...request, reason });
    for (const c of changes)
        args.push(c.value === null ? "del" : "set", c.value ?? "");
    const keys = [client.keys.audit, ...changes.map((c) => c.key)];
    const reply = (await client.redis.eval(APPLY_SCRIPT, keys.length, ...keys, ...args));
    return changes.map((c, i) => {
        const [old, existed, id] = reply[i] ?? ["", 0, ""];
        return { key: c.key, old: existed ? String(old) : null, new: c.value, auditId: String(id) };
    });
}
/** Appends an entry that records a decision or an action outside the state keys (break-glass, forced release). */
async function recordAudit(client, op, request, detail = {}) {
    const reason = checkReason(request.reason);
    const [maxlen, ...rest] = baseArgs(client, op, { ...request, reason });
    const names = ["op", "actor", "time", "reason", "run_url", "run_id"];
    const fields = names.flatMap((n, i) => [n, rest[i] ?? ""]);
    fields.push("key", detail.key ?? "");
    if (detail.old !== undefined && detail.old !== null)
        fields.push("old", detail.old);
    if (detail.new !== undefined && detail.new !== null)
        fields.push("new", detail.new);
    const id = await client.redis.xadd(client.keys.audit, "MAXLEN", "~", maxlen ?? String(AUDIT_MAXLEN), "*", ...fields);
    return String(id);
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
function tripBreaker(client, request) {
    const k = client.keys;
    return (0,_change_js__WEBPACK_IMPORTED_MODULE_1__/* .changeState */ .U)(client, "breaker.trip", request, [
        { key: k.breakerState, value: "TRIPPED" },
        { key: k.tripReason, value: request.reason.trim() },
    ]);
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
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1202);
// One state change: read the state, apply the keys and their audit entries atomically, read it again.



/** The state `before` with `applied` written over it (pure). */
function projectState(before, client, applied) {
    const k = client.keys;
    const value = (key, current) => {
        const c = applied.find((a) => a.key === key);
        return c ? c.new : current;
    };
    return (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .interpretState */ .Nz)({
        killSwitch: value(k.killSwitch, before.raw.killSwitch),
        breaker: value(k.breakerState, before.raw.breaker),
        tripReason: value(k.tripReason, before.tripReason),
        lastReset: value(k.lastReset, before.lastReset),
    });
}
async function changeState(client, op, request, changes, notes = () => []) {
    const before = await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(client);
    const applied = await (0,_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .applyChange */ .hX)(client, op, request, changes);
    let after;
    const extra = [];
    try {
        after = await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(client);
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

/***/ 6775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ openState)
});

// EXTERNAL MODULE: ../packages/ops-core/dist/state/connection.js
var state_connection = __webpack_require__(9331);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
;// CONCATENATED MODULE: ../packages/ops-core/dist/state/keys.js
// The key names, exactly as the runbook and the running services use them, behind an optional prefix.

const KEY_NAMES = {
    killSwitch: "killswitch:active",
    breakerState: "cb:state",
    tripReason: "cb:trip_reason",
    lastReset: "cb:last_reset",
    audit: "ops:audit",
    lock: "deploy:lock",
    lockFence: "deploy:lock:fence",
};
const PREFIX = /^[A-Za-z0-9:_.{}-]{0,64}$/;
/** The keys under `prefix` (used as is: give `staging:` for `staging:cb:state`). */
function stateKeys(prefix = "", input = "key-prefix") {
    if (!PREFIX.test(prefix)) {
        throw new errors/* ConfigurationError */.j1(`${input}: ${JSON.stringify(prefix.slice(0, 80))} is not a valid key prefix; use up to 64 letters, digits and : _ . - { }`, { input });
    }
    return {
        prefix,
        killSwitch: `${prefix}${KEY_NAMES.killSwitch}`,
        breakerState: `${prefix}${KEY_NAMES.breakerState}`,
        tripReason: `${prefix}${KEY_NAMES.tripReason}`,
        lastReset: `${prefix}${KEY_NAMES.lastReset}`,
        audit: `${prefix}${KEY_NAMES.audit}`,
        lock: `${prefix}${KEY_NAMES.lock}`,
        lockFence: `${prefix}${KEY_NAMES.lockFence}`,
    };
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/state/client.js
// A state client: one open connection, the key names, and a clock. Every state function takes one.


/** Validates the prefix, then connects (see connectRedis for the bounds and the errors). */
async function openState(url, options = {}) {
    const keys = stateKeys(options.keyPrefix ?? "", options.prefixInput);
    const connection = await (0,state_connection/* connectRedis */.mg)(url, options);
    return {
        redis: connection.redis,
        keys,
        target: connection.target,
        now: options.now ?? (() => new Date()),
        close: connection.close,
    };
}


/***/ }),

/***/ 9331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ RedisAuthError),
/* harmony export */   CI: () => (/* binding */ parseRedisUrl),
/* harmony export */   LP: () => (/* binding */ DEFAULT_COMMAND_TIMEOUT_MS),
/* harmony export */   mg: () => (/* binding */ connectRedis),
/* harmony export */   od: () => (/* binding */ DEFAULT_CONNECT_TIMEOUT_MS)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_RETRIES, maskUrl, redisSecrets, redisMasks, loadRedis */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4173);
// The Redis connection, bounded in every way: ioredis is loaded only when a run needs it, connects with a
// deadline, answers each command within a timeout or fails, queues nothing while offline, retries a few
// times and then gives up, and is always closed (QUIT with a deadline, then a hard disconnect). Without
// this, ioredis reconnects forever and an unreachable server keeps a finished step alive.


const DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
const DEFAULT_COMMAND_TIMEOUT_MS = 2_000;
const DEFAULT_MAX_RETRIES = 2;
const QUIT_TIMEOUT_MS = 500;
function fail(input, url, why) {
    const shown = url === undefined ? "the value (not shown)" : JSON.stringify(maskUrl(url));
    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: ${shown} is not a valid Redis URL (${why}); expected redis://[user:password@]host[:port][/db] or rediss://… for TLS`, { input });
}
/** A Redis URL with any password replaced by `***`, even when the URL does not parse. */
function maskUrl(url) {
    const m = AUTHORITY.exec(url);
    if (!m)
        return url;
    const [whole, scheme, userinfo] = m;
    const colon = userinfo.indexOf(":");
    if (colon < 0)
        return url;
    return `${scheme}${userinfo.slice(0, colon)}:***@${url.slice(whole.length)}`;
}
/** `scheme://userinfo@`: the userinfo runs to the last `@` before the path, as URL parsers read it. */
const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;
/** Parses `redis://` / `rediss://` URLs (user and password URL-encoded, optional `/db`). */
function parseRedisUrl(url, input = "redis-url") {
    const text = url.trim();
    if (text === "")
        fail(input, url, "it is empty");
    let parsed;
    try {
        parsed = new URL(text);
    }
    catch {
        // Not shown: a value that does not parse may be a bare password pasted into the wrong place.
        return fail(input, undefined, "it does not parse as a URL");
    }
    if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
        fail(input, url, `the scheme ${JSON.stringify(parsed.protocol.replace(/:$/, ""))} is not redis or rediss`);
    }
    if (!parsed.hostname)
        fail(input, url, "it has no host");
    const port = parsed.port ? Number(parsed.port) : 6379;
    let db = 0;
    const path = parsed.pathname.replace(/^\//, "");
    if (path !== "") {
        if (!/^\d{1,2}$/.test(path))
            fail(input, url, `the database ${JSON.stringify(path)} is not a number`);
        db = Number(path);
    }
    let username;
    let password;
    try {
        username = parsed.username ? decodeURIComponent(parsed.username) : undefined;
        password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
    }
    catch {
        fail(input, url, "its user or password is not valid URL encoding");
    }
    const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
    return {
        display: maskUrl(text),
        host,
        port,
        tls: parsed.protocol === "rediss:",
        username,
        password,
        db,
    };
}
/**
 * Every form in which the URL's password could be printed: as written in the URL, URL-decoded, and
 * URL-encoded (`encodeURIComponent`). Mask them all (ctx.setSecret) before anything can print them.
 * Returns [] when the URL has no password or does not parse.
 */
function redisSecrets(url) {
    if (!url)
        return [];
    const forms = new Set();
    const userinfo = AUTHORITY.exec(url.trim())?.[2] ?? "";
    const colon = userinfo.indexOf(":");
    const raw = colon >= 0 ? userinfo.slice(colon + 1) : "";
    if (raw) {
        forms.add(raw);
        try {
            const decoded = decodeURIComponent(raw);
            forms.add(decoded);
            forms.add(encodeURIComponent(decoded));
        }
        catch {
            // not valid encoding: the raw form is all there is
        }
    }
    return [...forms].filter((f) => f.length > 0);
}
/** Everything to mask for a Redis URL given as an input: the URL itself and every form of its password. */
function redisMasks(url) {
    // The whole URL too, even without a password: it is usually a secret, and may carry one elsewhere.
    return url ? [url, ...redisSecrets(url)] : [];
}
/** Redis refused the user or password: the workflow's to fix, but also "Redis cannot be read". */
class RedisAuthError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1 {
    constructor(message, options = {}) {
        super(message, options);
        this.name = "RedisAuthError";
    }
}
let redisClass;
/**
 * Loads ioredis on first use. Its `debug` output (DEBUG=ioredis:*) prints every command's arguments,
 * AUTH included, so it is switched off while the module loads.
 */
function loadRedis() {
    redisClass ??= (async () => {
        const saved = process.env.DEBUG;
        if (saved)
            process.env.DEBUG = `${saved},-ioredis:*`;
        try {
            const mod = (await __webpack_require__.e(/* import() */ 498).then(__webpack_require__.t.bind(__webpack_require__, 2498, 19)));
            const ctor = mod.Redis ??
                (typeof mod.default === "function"
                    ? mod.default
                    : mod.default?.Redis);
            if (!ctor)
                throw new Error("ioredis did not export Redis");
            return ctor;
        }
        finally {
            if (saved !== undefined)
                process.env.DEBUG = saved;
        }
    })();
    return redisClass;
}
/** The CA certificates Node trusts by default (system store and NODE_EXTRA_CA_CERTS), to add ours to. */
async function defaultCertificates() {
    const tls = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 19));
    return tls.getCACertificates?.("default") ?? [...tls.rootCertificates];
}
/** Hides the password in anything ioredis may say (error messages carry host and port, not AUTH, but be sure). */
function scrub(message, secrets) {
    let out = message;
    for (const s of secrets)
        if (s.length >= 3)
            out = out.split(s).join("***");
    return out;
}
/**
 * Connects and checks the server answers (PING). Throws a ConfigurationError for a bad URL and a
 * TransientError (naming host and port, never the password) when the server cannot be reached in time.
 */
async function connectRedis(url, options = {}) {
    const input = options.input ?? "redis-url";
    const parsed = parseRedisUrl(url, input);
    const secrets = redisSecrets(url);
    const connectTimeout = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    const commandTimeout = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const logger = options.logger;
    const Redis = await loadRedis();
    const target = {
        display: parsed.display,
        host: parsed.host,
        port: parsed.port,
        tls: parsed.tls,
        username: parsed.username,
        db: parsed.db,
    };
    const where = `${parsed.tls ? "rediss" : "redis"}://${parsed.host}:${parsed.port}`;
    const redis = new Redis({
        host: parsed.host,
        port: parsed.port,
        username: parsed.username,
        password: parsed.password,
        db: parsed.db,
        tls: parsed.tls
            ? {
                // SNI takes a host name, never an IP address (RFC 6066).
                ...((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(parsed.host) ? {} : { servername: parsed.host }),
                ...(options.tlsCa ? { ca: [...(await defaultCertificates()), options.tlsCa.toString()] } : {}),
            }
            : undefined,
        lazyConnect: true,
        connectTimeout,
        commandTimeout,
        enableOfflineQueue: false,
        enableReadyCheck: true,
        maxRetriesPerRequest: 0,
        autoResendUnfulfilledCommands: false,
        reconnectOnError: null,
        // ioredis keeps a timer this long after disconnecting a socket that is already gone.
        disconnectTimeout: 200,
        retryStrategy: (times) => (times > maxRetries ? null : Math.min(100 * 2 ** (times - 1), 1_000)),
    });
    let lastError;
    redis.on("error", (error) => {
        lastError = scrub(error.message, secrets);
        logger?.debug(`redis ${where}: ${lastError}`);
    });
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        if (redis.status === "ready") {
            let timer;
            try {
                await Promise.race([
                    redis.quit(),
                    new Promise((resolve) => {
                        timer = setTimeout(resolve, QUIT_TIMEOUT_MS);
                    }),
                ]);
            }
            catch {
                // the hard disconnect below closes it anyway
            }
            finally {
                clearTimeout(timer);
            }
        }
        if (redis.status === "reconnecting" || redis.status === "close" || redis.status === "wait") {
            // No socket is open: stopping the reconnection is all there is to do.
            redis.disconnect(false);
        }
        else if (redis.status !== "end") {
            const ended = new Promise((resolve) => {
                const t = setTimeout(resolve, QUIT_TIMEOUT_MS);
                redis.once("end", () => {
                    clearTimeout(t);
                    resolve();
                });
            });
            redis.disconnect(false);
            // A frozen server never answers our FIN: drop the socket now rather than when its timeout fires.
            redis.stream?.destroy();
            await ended;
        }
    };
    let timer;
    try {
        await Promise.race([
            (async () => {
                await redis.connect();
                await redis.ping();
            })(),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`no answer within ${connectTimeout} ms (is the server frozen or the port wrong?)`)), connectTimeout);
            }),
        ]);
    }
    catch (error) {
        await close();
        const why = scrub(error instanceof Error ? error.message : String(error), secrets);
        const detail = lastError && /^Connection is closed/.test(why)
            ? lastError
            : lastError && lastError !== why
                ? `${why}: ${lastError}`
                : why;
        if (/WRONGPASS|NOAUTH|NOPERM|invalid username-password/i.test(detail)) {
            throw new RedisAuthError(`Redis at ${where} refused the credentials in ${input}: ${detail}`, { input });
        }
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_(`Redis at ${where} cannot be reached: ${detail}`, { cause: error });
    }
    finally {
        clearTimeout(timer);
    }
    logger?.debug(`redis: connected to ${parsed.display}`);
    return { redis, target, close };
}


/***/ }),

/***/ 3600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ takeManualLock),
/* harmony export */   cy: () => (/* binding */ forceReleaseLock),
/* harmony export */   jq: () => (/* binding */ lockEvidence),
/* harmony export */   oj: () => (/* binding */ lockStatus)
/* harmony export */ });
/* unused harmony exports DEFAULT_LOCK_TTL_MS, DEFAULT_LOCK_POLL_MS, describeLockValue, abortableSleep, tryAcquireLock, acquireDeployLock, releaseLock, lockRequestFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4173);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7939);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6264);
// The deploy lock: one deploy or rollback at a time. `SET NX PX` of an owner record (run id and URL, sha,
// actor, start time, kind) with a fencing number from a counter (INCR), both in one script; a heartbeat
// extends it while the run lives (compare-and-extend), and release deletes it only if it is still ours
// (compare-and-delete). Waiting is bounded and never waits on a lock a person took by hand. A forced
// release is recorded in the audit stream.





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
const EXTEND_SCRIPT = (/* unused pure expression or super */ null && (`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`));
// KEYS[1] = lock; ARGV[1] = our value. 1 when deleted, 0 when not ours.
const RELEASE_SCRIPT = (/* unused pure expression or super */ null && (`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`));
function abortableSleep(ms, signal) {
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
            throw options.signal.reason ?? new CancelledError();
        const got = await tryAcquireLock(client, request, ttlMs);
        if (got)
            return holdLock(client, got, ttlMs, options);
        const holder = await lockStatus(client);
        if (!holder.held)
            continue; // it expired or was released in between: try again at once
        const waited = nowMs() - started;
        if (holder.manual) {
            throw new RefusalError(`the deploy lock was taken by hand${holder.owner?.actor ? ` by ${holder.owner.actor}` : ""}: not waiting for it; release it with \`ops lock release --force --reason …\` when the manual work is done`, lockEvidence(holder));
        }
        if (waited >= waitMs) {
            throw new RefusalError(`the deploy lock is held by ${holder.owner?.kind ?? "another"} run ${holder.owner?.runId ?? "?"}${waitMs > 0 ? `; waited ${formatDuration(waited)}` : ""}, giving up`, lockEvidence(holder));
        }
        options.onWait?.(holder, waited);
        options.logger?.info(`deploy lock held by ${holder.owner?.kind ?? "?"} run ${holder.owner?.runId ?? "?"} (${holder.owner?.runUrl ?? "no run URL"}); waiting (${formatDuration(waited)} of ${formatDuration(waitMs)})`);
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
        if (ok)
            lastExtended = Date.now();
        return ok;
    };
    const markLost = (why) => {
        if (lost)
            return;
        lost = true;
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
                    markLost(`Redis did not answer for longer than the TTL: ${errorMessage(error)}`);
                else
                    options.logger?.warning(`deploy lock heartbeat failed (will retry): ${errorMessage(error)}`);
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
        release: async () => {
            stop();
            if (released)
                return false;
            released = true;
            return releaseLock(client, got.value);
        },
    };
}
/** Deletes the lock only if it still holds exactly `value` (ours); false otherwise. */
async function releaseLock(client, value) {
    return Number(await client.redis.eval(RELEASE_SCRIPT, 1, client.keys.lock, value)) === 1;
}
/** Takes the lock by hand for maintenance: marked manual, no heartbeat, nobody waits for it. */
async function takeManualLock(client, request, ttlMs) {
    const reason = (0,_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .checkReason */ .Dk)(request.reason);
    const got = await tryAcquireLock(client, { kind: "manual", actor: request.actor, reason, runUrl: request.runUrl }, ttlMs);
    return { taken: got !== null, info: await lockStatus(client) };
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

/***/ 7225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rk: () => (/* binding */ readStatus),
  Ly: () => (/* binding */ renderAuditText),
  gM: () => (/* binding */ renderChangeText),
  _c: () => (/* binding */ renderStatusText),
  mE: () => (/* binding */ stateJson)
});

// UNUSED EXPORTS: auditTable, breakerIcon, cancelOrdersSection, changeTable, killSwitchIcon, lockSection, recoveryQuestionsSection, renderSummary, stateTable

// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var action_errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
;// CONCATENATED MODULE: ../packages/ops-core/dist/action/summary.js
// The job summary is the main screen. Pure functions from results to Markdown: status first, checklists
// with real ticks and their evidence, tables, <details> for the long parts. Callers pass untrusted text
// through `mdText`/`mdCode`/`mdBlock` (safe-text.ts); these helpers escape what they are given as text.

const ICONS = {
    success: "✅",
    failure: "❌",
    warning: "⚠️",
    cancelled: "🛑",
    skipped: "⏭️",
    refused: "⛔",
    running: "⏳",
    neutral: "ℹ️",
};
function statusIcon(status) {
    return ICONS[status];
}
/** `## ✅ Deploy succeeded` followed by a one-line plain-text explanation. */
function summary_headline(status, title, detail) {
    return `## ${ICONS[status]} ${mdText(title)}${detail ? `\n\n${mdText(detail)}` : ""}`;
}
/** A GitHub task list: `- [x]` for passed rows, `- [ ]` with ❌ for failed ones, "not checked" otherwise. */
function checklist(title, items) {
    const rows = items.map((item) => {
        const box = item.ok === true ? "[x]" : "[ ]";
        const mark = item.ok === false ? "❌ " : item.ok === undefined ? "➖ " : "";
        const evidence = item.evidence !== undefined && item.evidence !== ""
            ? ` — ${item.evidenceMd ? item.evidence : mdText(item.evidence)}`
            : item.ok === undefined
                ? " — not checked"
                : "";
        return `- ${box} ${mark}${mdText(item.label)}${evidence}`;
    });
    return `### ${mdText(title)}\n\n${rows.join("\n")}`;
}
/** A table of already-safe Markdown cells (build cells with mdText/mdCode). */
function summary_table(headers, rows) {
    if (rows.length === 0)
        return "";
    const head = `| ${headers.map(mdText).join(" | ")} |`;
    const rule = `| ${headers.map(() => "---").join(" | ")} |`;
    const body = rows.map((r) => `| ${r.map((c) => c.replace(/\r?\n/g, "<br>")).join(" | ")} |`);
    return [head, rule, ...body].join("\n");
}
/** A collapsed section; `body` is already-safe Markdown. */
function summary_details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
function heading(text, level = 3) {
    return `${"#".repeat(level)} ${mdText(text)}`;
}
/** Joins sections with blank lines, dropping empty ones. */
function summary_sections(...parts) {
    return parts.filter((p) => typeof p === "string" && p.trim() !== "").join("\n\n");
}
/**
 * Keeps a document within a byte budget: whole trailing sections are dropped first (status stays first),
 * and a visible note says what was left out.
 */
function fitSections(parts, limitBytes = SUMMARY_LIMIT_BYTES - 1024) {
    const kept = [];
    let size = 0;
    let dropped = 0;
    for (const p of parts) {
        if (p.trim() === "")
            continue;
        const cost = byteLength(p) + 2;
        if (dropped === 0 && size + cost <= limitBytes) {
            kept.push(p);
            size += cost;
        }
        else
            dropped++;
    }
    if (dropped > 0) {
        kept.push(`> ⚠️ ${dropped} section(s) left out to stay within GitHub's size limit; see the run log and the \`report\` output.`);
    }
    const doc = kept.join("\n\n");
    if (byteLength(doc) <= limitBytes)
        return doc;
    // A single giant section: cut it by characters (a UTF-8 char is at most 4 bytes).
    return `${doc.slice(0, Math.floor(limitBytes / 4))}\n\n> ⚠️ summary truncated to stay within GitHub's size limit.`;
}
/** A Mermaid Gantt chart of steps with durations; names are reduced to safe characters. */
function timelineChart(title, steps) {
    if (steps.length === 0)
        return "";
    const origin = Math.min(...steps.map((s) => s.startMs));
    const lines = steps.map((s, i) => {
        const name = s.name.replace(/[^\w .,/()-]/g, " ").slice(0, 60) || `step ${i + 1}`;
        const start = Math.max(0, Math.round(s.startMs - origin));
        const dur = Math.max(1, Math.round(s.durationMs));
        return `    ${name} :${s.failed ? "crit, " : ""}s${i}, ${start}, ${dur}ms`;
    });
    return [
        "```mermaid",
        "gantt",
        `    title ${title.replace(/[^\w .,/()-]/g, " ")}`,
        "    dateFormat x",
        "    axisFormat %M:%S",
        ...lines,
        "```",
    ].join("\n");
}

// EXTERNAL MODULE: ../packages/ops-core/dist/state/audit.js
var state_audit = __webpack_require__(6264);
// EXTERNAL MODULE: ../packages/ops-core/dist/state/breaker.js
var breaker = __webpack_require__(775);
// EXTERNAL MODULE: ../packages/ops-core/dist/state/lock.js
var state_lock = __webpack_require__(3600);
// EXTERNAL MODULE: ../packages/ops-core/dist/state/state.js
var state_state = __webpack_require__(1202);
;// CONCATENATED MODULE: ../packages/ops-core/dist/state/report.js
// What a state operation shows: a status snapshot (state, lock, audit tail), as JSON for outputs and
// scripts, as Markdown for the job summary, and as plain lines for a terminal. Pure renderers; all text
// read from Redis is untrusted and escaped.







/** The state, the lock and the newest `auditCount` audit entries. */
async function readStatus(client, auditCount = 10) {
    const state = await (0,state_state/* readState */.un)(client);
    const errors = [];
    let lock = null;
    let audit = [];
    try {
        lock = await (0,state_lock/* lockStatus */.oj)(client);
    }
    catch (error) {
        errors.push(`lock: ${(0,action_errors/* errorMessage */.gJ)(error)}`);
    }
    try {
        audit = auditCount > 0 ? await (0,state_audit/* listAudit */._u)(client, auditCount) : [];
    }
    catch (error) {
        errors.push(`audit: ${(0,action_errors/* errorMessage */.gJ)(error)}`);
    }
    return { state, lock, audit, errors };
}
/** The `state` output: the operational state as JSON-ready data (schema 1). */
function stateJson(state, lock) {
    return {
        schema: 1,
        killSwitch: state.killSwitch,
        breaker: state.breaker,
        tripReason: state.tripReason,
        lastReset: state.lastReset,
        raw: state.raw,
        ...(state.error ? { error: state.error } : {}),
        ...(state.notes.length ? { notes: state.notes } : {}),
        ...(lock !== undefined
            ? {
                lock: lock
                    ? {
                        held: lock.held,
                        manual: lock.manual,
                        owner: lock.owner,
                        raw: lock.owner ? undefined : lock.raw,
                        ttlMs: lock.ttlMs,
                        fence: lock.fence,
                    }
                    : null,
            }
            : {}),
    };
}
function show(value) {
    return value === null ? "(not set)" : value;
}
function breakerIcon(state) {
    return state.breaker === "OPEN" ? "🟢" : state.breaker === "TRIPPED" ? "🔴" : "⚪";
}
function killSwitchIcon(state) {
    return state.killSwitch === "inactive" ? "🟢" : state.killSwitch === "active" ? "🔴" : "⚪";
}
/** A two-column table of the state (Markdown). */
function stateTable(state) {
    if (state.error)
        return `⚪ Redis could not be read: ${mdText(state.error)}`;
    const rows = [
        [
            "Kill switch",
            `${killSwitchIcon(state)} ${mdText(state.killSwitch)} (${mdCode(`killswitch:active = ${show(state.raw.killSwitch)}`)})`,
        ],
        [
            "Circuit breaker",
            `${breakerIcon(state)} ${mdText(state.breaker)} (${mdCode(`cb:state = ${show(state.raw.breaker)}`)})`,
        ],
        ["Trip reason", state.tripReason ? mdText(state.tripReason) : "—"],
        ["Last reset", state.lastReset ? mdText(state.lastReset) : "—"],
    ];
    const notes = state.notes.map((n) => `> ⚠️ ${mdText(n)}`).join("\n");
    return sections(table(["", "state"], rows), notes);
}
function changeTable(result) {
    return table(["key", "before", "after"], result.changes.map((c) => [
        mdCode(c.key),
        mdCode(show(c.old)),
        c.new === null ? "(deleted)" : mdCode(c.new),
    ]));
}
function auditTable(entries) {
    if (entries.length === 0)
        return "_The audit stream is empty._";
    return table(["time", "actor", "operation", "change", "reason", "run"], entries.map((e) => [
        mdText(e.time),
        mdText(e.actor),
        mdCode(e.op),
        e.key
            ? `${mdCode(e.key)}: ${mdCode(show(e.old))} → ${e.new === null ? "(deleted)" : mdCode(e.new)}`
            : "—",
        mdText(e.reason),
        /^https?:\/\/[^\s()<>"'`\\[\]]+$/.test(e.runUrl) ? `[run](${e.runUrl})` : mdText(e.runUrl || "—"),
    ]));
}
function lockSection(lock) {
    if (!lock)
        return "";
    if (!lock.held)
        return "**Deploy lock:** free";
    return `**Deploy lock:** held${lock.manual ? " by hand" : ""}\n\n${lockEvidence(lock)
        .map((l) => `- ${mdText(l)}`)
        .join("\n")}`;
}
function cancelOrdersSection(steps) {
    if (steps.length === 0)
        return "";
    const rows = steps.map((s) => [s.ok ? "✅" : "❌", mdText(s.via), mdCode(s.target), mdText(s.outcome)]);
    const outputs = steps
        .filter((s) => s.output.trim() !== "")
        .map((s) => details(`${s.via} output`, mdBlock(s.output)))
        .join("\n\n");
    const failed = steps.some((s) => !s.ok);
    return sections("### Open-order cancellation", failed
        ? "> ❌ **The open-order cancellation FAILED.** The kill switch is active and stays active; cancel open orders by hand now (see the runbook)."
        : "", table(["", "via", "target", "outcome"], rows), outputs);
}
function recoveryQuestionsSection() {
    return sections("### Recovery questions (runbook)", "The runbook asks these before a breaker reset; approving this run's environment is the reviewer's answer:", RECOVERY_QUESTIONS.map((q) => `- ${mdText(q)}`).join("\n"));
}
const TITLES = {
    "killswitch.activate": "Kill switch activated",
    "killswitch.deactivate": "Kill switch deactivated",
    "breaker.trip": "Circuit breaker tripped",
    "breaker.reset": "Circuit breaker reset",
};
/** The job summary of a state action run. */
function renderSummary(input) {
    const { change, status } = input;
    const cancelFailed = (input.cancelOrders ?? []).some((s) => !s.ok);
    let head;
    if (change) {
        const title = TITLES[change.op] ?? change.op;
        const s = cancelFailed ? "failure" : "success";
        head = headline(s, change.changed ? title : `${title} (no change: it already was)`, cancelFailed ? "The state change stands; the open-order cancellation failed (see below)." : undefined);
    }
    else {
        const normal = status.state.killSwitch === "inactive" && status.state.breaker === "OPEN";
        head = headline(normal ? "success" : status.state.error ? "warning" : "refused", normal
            ? "Trading state: normal (kill switch off, breaker OPEN)"
            : `Trading state: kill switch ${status.state.killSwitch}, breaker ${status.state.breaker}`);
    }
    return sections(head, change?.notes.map((n) => `> ⚠️ ${mdText(n)}`).join("\n"), "### State", stateTable(status.state), change ? "### Change" : "", change ? changeTable(change) : "", input.cancelOrders ? cancelOrdersSection(input.cancelOrders) : "", change?.op === "breaker.reset" ? recoveryQuestionsSection() : "", lockSection(status.lock), "### Audit (newest first)", auditTable(status.audit), status.errors.length ? status.errors.map((e) => `> ⚠️ ${mdText(e)}`).join("\n") : "");
}
/** Plain lines for a terminal. */
function renderStatusText(status) {
    const s = status.state;
    const lines = [
        `kill switch:  ${s.killSwitch}  (killswitch:active = ${show(s.raw.killSwitch)})`,
        `breaker:      ${s.breaker}  (cb:state = ${show(s.raw.breaker)})`,
        `trip reason:  ${s.tripReason ?? "-"}`,
        `last reset:   ${s.lastReset ?? "-"}`,
    ];
    for (const n of s.notes)
        lines.push(`note: ${n}`);
    if (status.lock)
        lines.push(`deploy lock:  ${status.lock.held ? (0,state_lock/* lockEvidence */.jq)(status.lock).join("; ") : "free"}`);
    for (const e of status.errors)
        lines.push(`warning: ${e}`);
    return `${lines.join("\n")}\n`;
}
function renderChangeText(change) {
    const lines = [`${TITLES[change.op] ?? change.op}${change.changed ? "" : " (no change: it already was)"}`];
    for (const c of change.changes)
        lines.push(`  ${c.key}: ${show(c.old)} -> ${c.new === null ? "(deleted)" : c.new}`);
    for (const n of change.notes)
        lines.push(`note: ${n}`);
    return `${lines.join("\n")}\n`;
}
function renderAuditText(entries) {
    if (entries.length === 0)
        return "the audit stream is empty\n";
    return `${entries
        .map((e) => `${e.time}  ${e.actor}  ${e.op}${e.key ? `  ${e.key}: ${show(e.old)} -> ${e.new === null ? "(deleted)" : e.new}` : ""}  reason: ${e.reason}${e.runUrl ? `  ${e.runUrl}` : ""}`)
        .join("\n")}\n`;
}


/***/ }),

/***/ 1202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ interpretState),
/* harmony export */   readOperationalState: () => (/* binding */ readOperationalState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony exports unreadableState, DEFAULT_READ_DEADLINE_MS */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6775);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9331);
// Reading the operational state: the kill switch and the circuit breaker, as the running services read
// them. Only the exact string `OPEN` is a normal breaker; anything unreadable is `unknown`, never a guess.



/** Interprets the four raw values (pure). */
function interpretState(values) {
    const notes = [];
    let killSwitch;
    if (values.killSwitch === "true")
        killSwitch = "active";
    else if (values.killSwitch === "false" || values.killSwitch === null)
        killSwitch = "inactive";
    else {
        killSwitch = "unknown";
        notes.push(`killswitch:active holds ${JSON.stringify(values.killSwitch)}, neither "true" nor "false"`);
    }
    let breaker;
    if (values.breaker === null) {
        breaker = "unknown";
        notes.push("cb:state is not set (only OPEN lets a deploy through; a breaker reset sets it)");
    }
    else {
        breaker = values.breaker;
        if (values.breaker !== "OPEN" && values.breaker !== "TRIPPED") {
            notes.push(`cb:state holds ${JSON.stringify(values.breaker)}, neither OPEN nor TRIPPED`);
        }
    }
    return {
        killSwitch,
        breaker,
        tripReason: values.tripReason,
        lastReset: values.lastReset,
        raw: { killSwitch: values.killSwitch, breaker: values.breaker },
        notes,
    };
}
/** The state when Redis cannot be read: both unknown, with the reason. */
function unreadableState(error) {
    return {
        killSwitch: "unknown",
        breaker: "unknown",
        tripReason: null,
        lastReset: null,
        raw: { killSwitch: null, breaker: null },
        error,
        notes: [],
    };
}
/** Reads the four keys in one MGET. Throws when Redis does not answer. */
async function readState(client) {
    const k = client.keys;
    const [killSwitch, breaker, tripReason, lastReset] = await client.redis.mget(k.killSwitch, k.breakerState, k.tripReason, k.lastReset);
    return interpretState({
        killSwitch: killSwitch ?? null,
        breaker: breaker ?? null,
        tripReason: tripReason ?? null,
        lastReset: lastReset ?? null,
    });
}
const DEFAULT_READ_DEADLINE_MS = 1_500;
/**
 * The operational state, for smoke checks and the deploy gate. Never throws for Redis being down, frozen,
 * or refusing the credentials: those give `unknown` with `error` set, within `deadlineMs`. Takes an open
 * client (the caller closes it) or a URL (connected and closed here). A malformed URL or key prefix is
 * still a ConfigurationError: that is the workflow's to fix, not Redis's.
 */
async function readOperationalState(source, options = {}) {
    const deadline = options.deadlineMs ?? DEFAULT_READ_DEADLINE_MS;
    let timer;
    let close;
    let timedOut = false;
    const work = async () => {
        if (typeof source === "string") {
            const client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .openState */ .G)(source, {
                keyPrefix: options.keyPrefix,
                connectTimeoutMs: Math.min(options.connectTimeoutMs ?? _connection_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONNECT_TIMEOUT_MS */ .od, deadline),
                commandTimeoutMs: Math.min(options.commandTimeoutMs ?? _connection_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_COMMAND_TIMEOUT_MS */ .LP, deadline),
                logger: options.logger,
                input: options.input,
            });
            close = client.close;
            if (timedOut) {
                await client.close();
                throw new Error("deadline passed");
            }
            return readState(client);
        }
        return readState(source);
    };
    try {
        const pending = work();
        pending.catch(() => undefined);
        return await Promise.race([
            pending,
            new Promise((_, reject) => {
                timer = setTimeout(() => {
                    timedOut = true;
                    reject(new Error(`Redis did not answer within ${deadline} ms`));
                }, deadline);
            }),
        ]);
    }
    catch (error) {
        if (error instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 && !(error instanceof _connection_js__WEBPACK_IMPORTED_MODULE_2__/* .RedisAuthError */ .Al))
            throw error;
        return unreadableState((0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error));
    }
    finally {
        clearTimeout(timer);
        if (close)
            await close();
    }
}


/***/ })

};
