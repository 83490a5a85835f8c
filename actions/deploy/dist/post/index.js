import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4550:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _ops_core_action_run_action__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3403);
/* harmony import */ var _ops_core_release_actions__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9169);
// The deploy's `post:` step: a backstop that releases the deploy lock and closes the deployment when the
// main step died (cancelled, crashed) before it could.


await (0,_ops_core_action_run_action__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)("deploy (post)", _ops_core_release_actions__WEBPACK_IMPORTED_MODULE_1__/* .deployPostAction */ .kg);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   XQ: () => (/* binding */ RefusalError),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   f8: () => (/* binding */ errorKind),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
// The error taxonomy decides how a run ends: a configuration error is the user's to fix, a transient
// error may succeed on retry, a refusal is a deliberate decision with its evidence (not a crash).
/** A wrong or missing input, file or setting: the message says which one and how to fix it. */
class ConfigurationError extends Error {
    kind = "configuration";
    /** The input, option or setting at fault, e.g. `timeout` or `--redis-url`. */
    input;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = "ConfigurationError";
        this.input = options.input;
    }
}
/** A dependency that failed in a way that may pass on retry (network, timeout, 5xx). */
class TransientError extends Error {
    kind = "transient";
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.name = "TransientError";
    }
}
/** A deliberate decision not to proceed (kill switch on, breaker tripped, CI red), with its evidence. */
class RefusalError extends Error {
    kind = "refusal";
    evidence;
    constructor(message, evidence = []) {
        super(message);
        this.name = "RefusalError";
        this.evidence = evidence;
    }
}
/** The run was cancelled (SIGINT/SIGTERM) or an operation was aborted. */
class CancelledError extends Error {
    kind = "cancelled";
    constructor(message = "the run was cancelled") {
        super(message);
        this.name = "CancelledError";
    }
}
/** Classifies anything thrown, including non-Error values. */
function errorKind(error) {
    if (error instanceof ConfigurationError)
        return "configuration";
    if (error instanceof TransientError)
        return "transient";
    if (error instanceof RefusalError)
        return "refusal";
    if (error instanceof CancelledError)
        return "cancelled";
    if (error instanceof Error && error.name === "AbortError")
        return "cancelled";
    return "internal";
}
/** A message for anything thrown: an Error's message, a string as is, anything else as JSON. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === "string")
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ actionInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony exports optionInputSource, parseDuration, splitWords, parseUrl, redactUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2235);
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

/***/ 3403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Cs: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: coreLogger, runContext

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/inputs.js
var inputs = __nccwpck_require__(165);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/runner-commands.js
// The runner's contract, as far as runAction uses it: workflow commands on stdout (`::warning file=…::msg`),
// file commands (GITHUB_OUTPUT, GITHUB_STATE with a random heredoc delimiter), the job summary file, and
// setFailed. Same names, behaviour and escaping as @actions/core (command.ts, file-command.ts), without its
// import chain (@actions/http-client → undici, @actions/exec, the OIDC client): that chain was ~1 MB of
// every bundle and about two thirds of every action's cold start (bench/cold-start.ts).



function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function issue(command, message = "", properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== "")
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(",");
    process.stdout.write(`::${command}${props ? ` ${props}` : ""}::${escapeData(message)}${external_node_os_.EOL}`);
}
function fileCommand(variable, key, value) {
    const path = process.env[variable];
    if (!path)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error(`unexpected delimiter in ${key}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(path, `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: "utf8" });
    return true;
}
function annotation(where) {
    if (!where)
        return {};
    return {
        title: where.title,
        file: where.file,
        line: where.startLine,
        endLine: where.endLine,
        col: where.startColumn,
        endColumn: where.endColumn,
    };
}
const debug = (message) => issue("debug", message);
const info = (message) => process.stdout.write(`${message}${external_node_os_.EOL}`);
const warning = (message, where) => issue("warning", message, annotation(where));
const error = (message, where) => issue("error", message, annotation(where));
const notice = (message, where) => issue("notice", message, annotation(where));
const startGroup = (name) => issue("group", name);
const endGroup = () => issue("endgroup");
const setSecret = (secret) => issue("add-mask", secret);
function setOutput(name, value) {
    if (!fileCommand("GITHUB_OUTPUT", name, value)) {
        process.stdout.write(external_node_os_.EOL);
        issue("set-output", value, { name });
    }
}
function saveState(name, value) {
    if (!fileCommand("GITHUB_STATE", name, value))
        issue("save-state", value, { name });
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The job summary: run-action.ts only appends one finished document. */
const runner_commands_summary = {
    addRaw(text, addEol = false) {
        const doc = addEol ? `${text}${external_node_os_.EOL}` : text;
        return {
            async write() {
                const path = process.env.GITHUB_STEP_SUMMARY;
                if (!path)
                    throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY.");
                (0,external_node_fs_namespaceObject.appendFileSync)(path, doc, { encoding: "utf8" });
            },
        };
    },
};

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/safe-text.js
var safe_text = __nccwpck_require__(9985);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/summary.js
var action_summary = __nccwpck_require__(7106);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/run-action.js
// The one wrapper every action runs in: one catch for anything thrown, one setFailed naming the action,
// the summary written and every connection closed in `finally`, and SIGINT/SIGTERM ending the run
// cleanly with a summary that says it was cancelled.





function runContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner = "", repo = ""] = repository.split("/");
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
    const runId = env.GITHUB_RUN_ID ?? "";
    return {
        repository,
        owner,
        repo,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : "",
        serverUrl,
        apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, ""),
        sha: env.GITHUB_SHA ?? "",
        ref: env.GITHUB_REF ?? "",
        actor: env.GITHUB_ACTOR ?? "",
        workflow: env.GITHUB_WORKFLOW ?? "",
        eventName: env.GITHUB_EVENT_NAME ?? "",
        eventPath: env.GITHUB_EVENT_PATH,
    };
}
/** Anything the run's code may have left behind in the `finally` block after cancellation, in ms. */
const CANCEL_GRACE_MS = 7_000;
/** After everything is closed, a stuck handle must not keep the step alive. */
const EXIT_BACKSTOP_MS = 3_000;
/** The runner-backed logger, with untrusted text made inert and annotations passed through. */
function coreLogger() {
    const props = (where) => where
        ? {
            title: where.title ? (0,safe_text/* inertLine */.Fq)(where.title) : undefined,
            file: where.file,
            startLine: where.startLine,
            endLine: where.endLine,
            startColumn: where.startColumn,
        }
        : undefined;
    return {
        debug: (m) => debug((0,safe_text/* inertText */.UJ)(m)),
        info: (m) => info((0,safe_text/* inertText */.UJ)(m)),
        warning: (m, w) => warning((0,safe_text/* inertText */.UJ)(m), props(w)),
        error: (m, w) => error((0,safe_text/* inertText */.UJ)(m), props(w)),
        notice: (m, w) => notice((0,safe_text/* inertText */.UJ)(m), props(w)),
        group: async (title, fn) => {
            startGroup((0,safe_text/* inertLine */.Fq)(title));
            try {
                return await fn();
            }
            finally {
                endGroup();
            }
        },
    };
}
/**
 * Runs an action's body. Never throws; sets process.exitCode. `fn` gets parsed-on-demand inputs, a
 * logger, a cancellation signal and hooks for outputs, summary and cleanup.
 */
async function runAction(name, fn) {
    const controller = new AbortController();
    const cleanups = [];
    let summary = "";
    let cancelled = false;
    const logger = coreLogger();
    const onSignal = (signal) => {
        if (cancelled)
            return;
        cancelled = true;
        logger.warning(`${name}: received ${signal}; cancelling and cleaning up`);
        controller.abort(new errors/* CancelledError */.cc(`the run was cancelled (${signal})`));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const ctx = {
        name,
        inputs: new inputs/* Inputs */.G0((0,inputs/* actionInputSource */.EZ)(process.env)),
        logger,
        signal: controller.signal,
        run: runContext(process.env),
        env: process.env,
        setSecret: (value) => {
            if (value)
                setSecret(value);
        },
        onCleanup: (fn) => cleanups.push(fn),
        setOutput: (key, value) => setOutput(key, value),
        setSummary: (markdown) => {
            summary = markdown;
        },
        saveState: (key, value) => saveState(key, value),
    };
    let failure;
    let errorSection = "";
    try {
        const body = fn(ctx);
        // A cancelled run gets a grace period to finish its own cleanup, then we stop waiting.
        const cancelledLate = new Promise((_, reject) => {
            controller.signal.addEventListener("abort", () => setTimeout(() => reject(controller.signal.reason), CANCEL_GRACE_MS).unref(), { once: true });
        });
        body.catch(() => undefined);
        const outcome = await Promise.race([body, cancelledLate]);
        if (cancelled)
            throw controller.signal.reason;
        if (outcome?.failed)
            failure = outcome.failed;
    }
    catch (error) {
        const kind = cancelled ? "cancelled" : (0,errors/* errorKind */.f8)(error);
        const message = (0,errors/* errorMessage */.gJ)(error);
        failure = message;
        errorSection = renderError(name, kind, message, error);
        if (kind === "internal" && error instanceof Error && error.stack)
            logger.debug(error.stack);
    }
    finally {
        for (const cleanup of cleanups.reverse()) {
            try {
                await cleanup();
            }
            catch (error) {
                logger.warning(`${name}: cleanup failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        await writeSummary(errorSection, summary, logger);
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
    }
    if (failure !== undefined)
        setFailed(`${name}: ${(0,safe_text/* inertLine */.Fq)(failure)}`);
    // Every connection is closed above; if some library still holds a handle, do not hang the step.
    setTimeout(() => process.exit(), EXIT_BACKSTOP_MS).unref();
}
function renderError(name, kind, message, error) {
    switch (kind) {
        case "configuration":
            return `${(0,action_summary/* headline */.Pl)("failure", `${name}: configuration error`)}\n\n${(0,safe_text/* mdText */.bC)(message)}\n\nFix the input in the workflow file and run again; nothing was changed.`;
        case "refusal": {
            const evidence = error instanceof errors/* RefusalError */.XQ ? error.evidence : [];
            const list = evidence.map((e) => `- ${(0,safe_text/* mdText */.bC)(e)}`).join("\n");
            return `${(0,action_summary/* headline */.Pl)("refused", `${name} refused`)}\n\n${(0,safe_text/* mdText */.bC)(message)}${list ? `\n\n**Evidence**\n\n${list}` : ""}`;
        }
        case "cancelled":
            return `${(0,action_summary/* headline */.Pl)("cancelled", `${name} was cancelled`)}\n\n${(0,safe_text/* mdText */.bC)(message)}. Cleanup ran; see below for the state the run reached.`;
        case "transient":
            return `${(0,action_summary/* headline */.Pl)("failure", `${name} failed: a dependency did not answer`)}\n\n${(0,safe_text/* mdText */.bC)(message)}\n\nThis may pass on a re-run.`;
        default:
            return `${(0,action_summary/* headline */.Pl)("failure", `${name} failed unexpectedly`)}\n\n${(0,safe_text/* mdBlock */.nx)(message)}`;
    }
}
async function writeSummary(errorSection, summary, logger) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const doc = (0,action_summary/* fitSections */.WK)([errorSection, summary], safe_text/* SUMMARY_LIMIT_BYTES */.Jz - 1024);
    if (doc.trim() === "")
        return;
    try {
        await runner_commands_summary.addRaw(doc, true).write();
    }
    catch (error) {
        logger.warning(`could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 9985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   nx: () => (/* binding */ mdBlock)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT_CHARS, escapeHtml, mdCode, stripControl, truncate, tailLines */
// Untrusted text (logs, PR titles, branch names, test names, health bodies) made harmless wherever it goes:
// the runner log (workflow commands), and Markdown/HTML in summaries and comments.
/** GitHub's limits: a step summary is refused over 1 MiB; an issue comment over 65,536 characters. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CHARS = 65_536;
const ZWSP = "\u200b";
/**
 * One log line that cannot act as a workflow command: a leading `::` (after any white space) and any
 * `##[` are broken with a zero-width space, and carriage returns cannot start a new runner line.
 */
function inertLine(line) {
    let out = line.replace(/\r/g, "\\r");
    out = out.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`);
    if (out.includes("##["))
        out = out.replaceAll("##[", `#${ZWSP}#[`);
    return out;
}
/** Every line of a block made inert (see `inertLine`). */
function inertText(text) {
    return text.split("\n").map(inertLine).join("\n");
}
const HTML_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
/** Escapes the five HTML-significant characters. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
/**
 * Inline Markdown text: HTML escaped, Markdown punctuation backslash-escaped, `@mentions` and `#refs`
 * broken so they notify nobody, newlines folded to spaces. Safe in table cells (pipes escaped).
 */
function mdText(text) {
    // Markdown escapes first: the entities escapeHtml adds (`&#39;`) must not be escaped again.
    const markdownSafe = stripControl(text)
        .replace(/\r?\n|\r/g, " ")
        .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`);
    return escapeHtml(markdownSafe).replace(/@/g, `@${ZWSP}`);
}
/** Inline code for untrusted text, as an HTML `<code>` element: safe in tables and against backticks. */
function mdCode(text) {
    const body = escapeHtml(stripControl(text).replace(/\r?\n|\r/g, " "))
        .replace(/\|/g, "&#124;")
        .replace(/@/g, "&#64;");
    return `<code>${body}</code>`;
}
/**
 * A fenced code block whose fence is longer than any backtick run inside, so the text cannot close it.
 * Mentions are inert inside code blocks; HTML is shown literally.
 */
function mdBlock(text, language = "") {
    const clean = stripControl(text);
    let longest = 0;
    for (const run of clean.match(/`+|~+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = "`".repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${clean}\n${fence}`;
}
/** Removes control characters except tab and newline (they can hide text or confuse terminals). */
function stripControl(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u001b]/g, "");
}
/**
 * Cuts `text` to at most `max` characters, saying so visibly, on a line boundary where one is near.
 * Returns the text unchanged when it fits.
 */
function truncate(text, max, what = "text") {
    if (text.length <= max)
        return text;
    const note = `\n… ${what} truncated: ${text.length - max} more characters not shown`;
    const room = Math.max(0, max - note.length);
    let cut = text.slice(0, room);
    const nl = cut.lastIndexOf("\n");
    if (nl > room * 0.8)
        cut = cut.slice(0, nl);
    return `${cut}${note}`;
}
/** Keeps the last `n` lines (for log tails), saying how many were left out. */
function tailLines(text, n) {
    const lines = text.replace(/\n$/, "").split("\n");
    if (lines.length <= n)
        return lines.join("\n");
    return [`… ${lines.length - n} earlier lines not shown`, ...lines.slice(-n)].join("\n");
}
/** UTF-8 size in bytes, the unit of GitHub's step-summary limit. */
function byteLength(text) {
    return Buffer.byteLength(text, "utf8");
}


/***/ }),

/***/ 7106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   WK: () => (/* binding */ fitSections)
/* harmony export */ });
/* unused harmony exports statusIcon, checklist, table, details, heading, sections, timelineChart */
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9985);
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
function headline(status, title, detail) {
    return `## ${ICONS[status]} ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(title)}${detail ? `\n\n${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(detail)}` : ""}`;
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
function table(headers, rows) {
    if (rows.length === 0)
        return "";
    const head = `| ${headers.map(mdText).join(" | ")} |`;
    const rule = `| ${headers.map(() => "---").join(" | ")} |`;
    const body = rows.map((r) => `| ${r.map((c) => c.replace(/\r?\n/g, "<br>")).join(" | ")} |`);
    return [head, rule, ...body].join("\n");
}
/** A collapsed section; `body` is already-safe Markdown. */
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
function heading(text, level = 3) {
    return `${"#".repeat(level)} ${mdText(text)}`;
}
/** Joins sections with blank lines, dropping empty ones. */
function sections(...parts) {
    return parts.filter((p) => typeof p === "string" && p.trim() !== "").join("\n\n");
}
/**
 * Keeps a document within a byte budget: whole trailing sections are dropped first (status stays first),
 * and a visible note says what was left out.
 */
function fitSections(parts, limitBytes = _safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .SUMMARY_LIMIT_BYTES */ .Jz - 1024) {
    const kept = [];
    let size = 0;
    let dropped = 0;
    for (const p of parts) {
        if (p.trim() === "")
            continue;
        const cost = (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(p) + 2;
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
    if ((0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .byteLength */ .dp)(doc) <= limitBytes)
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


/***/ }),

/***/ 9169:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kg: () => (/* binding */ deployPostAction)
});

// UNUSED EXPORTS: defaultBranch, deployAction, rollbackAction

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
// EXTERNAL MODULE: ../../packages/ops-core/dist/state/connection.js
var connection = __nccwpck_require__(9565);
// EXTERNAL MODULE: ../../packages/ops-core/dist/release/adapters/state.js + 3 modules
var state = __nccwpck_require__(9789);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/inputs.js
var inputs = __nccwpck_require__(165);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/degradation.js
// Degradation against a baseline (an earlier smoke `report`), with the runbook's thresholds on median
// latency: more than 50% slower fails (rollback-worthy), 20–50% warns, under 20% passes. Too few samples
// on either side is inconclusive, never a pass. A slowdown under the tolerance (e.g. 0.4 ms → 0.9 ms on
// loopback) is noise, not degradation. Pure.

const FAIL_RATIO = 0.5;
const WARN_RATIO = 0.2;
/** Fewer samples than this on either side cannot say anything about a median. */
const MIN_SAMPLES = 5;
const ORDER = { pass: 0, warn: 1, inconclusive: 2, fail: 3 };
function compareEndpoint(name, current, baseline, toleranceMs) {
    const cur = current ?? [];
    const base = baseline ?? [];
    const currentP50Ms = percentile(cur, 50);
    const baselineP50Ms = percentile(base, 50);
    const common = {
        name,
        baselineP50Ms,
        currentP50Ms,
        baselineSamples: base.length,
        currentSamples: cur.length,
    };
    if (baseline === undefined) {
        return { ...common, verdict: "new", reason: "not in the baseline", change: undefined };
    }
    if (cur.length < MIN_SAMPLES || base.length < MIN_SAMPLES) {
        return {
            ...common,
            verdict: "inconclusive",
            reason: `too few samples to compare (${cur.length} now, ${base.length} in the baseline; at least ${MIN_SAMPLES} each)`,
            change: undefined,
        };
    }
    const now = currentP50Ms;
    const before = baselineP50Ms;
    // Rounded to a millionth so that 120 ms against 100 ms is exactly +20%, not 19.999…%.
    const change = before > 0 ? Math.round((now / before - 1) * 1e6) / 1e6 : now > 0 ? Number.POSITIVE_INFINITY : 0;
    const pct = Number.isFinite(change) ? `${Math.round(change * 100)}%` : "∞";
    const what = `median ${fmt(before)} → ${fmt(now)} (${change >= 0 ? "+" : ""}${pct})`;
    if (now - before <= toleranceMs) {
        const note = change > WARN_RATIO ? `, within the ${fmt(toleranceMs)} tolerance` : "";
        return { ...common, verdict: "pass", reason: `${what}${note}`, change };
    }
    if (change > FAIL_RATIO)
        return { ...common, verdict: "fail", reason: `${what}: more than 50% slower`, change };
    if (change >= WARN_RATIO)
        return { ...common, verdict: "warn", reason: `${what}: 20–50% slower`, change };
    return { ...common, verdict: "pass", reason: what, change };
}
function degradation_compareWithBaseline(current, baseline, toleranceMs) {
    const endpoints = current.map((e) => compareEndpoint(e.name, e.samplesMs, baseline.endpoints.find((b) => b.name === e.name)?.samplesMs, toleranceMs));
    const compared = endpoints.filter((e) => e.verdict !== "new");
    const base = { checked: true, baselineTakenAt: baseline.takenAt, toleranceMs, endpoints };
    if (compared.length === 0) {
        return { ...base, verdict: "inconclusive", reason: "no endpoint in common with the baseline" };
    }
    const worst = compared.reduce((a, b) => (ORDER[b.verdict] > ORDER[a.verdict] ? b : a));
    const verdict = worst.verdict;
    const reason = verdict === "pass"
        ? `no endpoint is 20% slower than the baseline (${compared.length} compared)`
        : compared
            .filter((e) => e.verdict === verdict)
            .map((e) => `${e.name}: ${e.reason}`)
            .join("; ");
    return { ...base, verdict, reason };
}
function fmt(ms) {
    return ms < 10 ? `${Math.round(ms * 100) / 100} ms` : `${Math.round(ms)} ms`;
}
/**
 * Reads a baseline from an earlier report (JSON text). Throws an Error saying what is wrong; callers turn
 * it into a configuration error naming their input.
 */
function degradation_parseBaseline(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof data !== "object" || data === null)
        throw new Error("not a smoke report object");
    const report = data;
    if (report.schema !== 1)
        throw new Error(`unsupported report schema ${JSON.stringify(report.schema)} (expected 1)`);
    if (!Array.isArray(report.endpoints))
        throw new Error("the report has no endpoints list");
    const endpoints = report.endpoints.map((e, i) => {
        const item = e;
        if (typeof item?.name !== "string")
            throw new Error(`endpoints[${i}] has no name`);
        const samples = Array.isArray(item.samplesMs) ? item.samplesMs : [];
        if (!samples.every((s) => typeof s === "number" && Number.isFinite(s) && s >= 0)) {
            throw new Error(`endpoints[${i}].samplesMs must be a list of non-negative numbers`);
        }
        return { name: item.name, samplesMs: samples };
    });
    return { takenAt: typeof report.finishedAt === "string" ? report.finishedAt : undefined, endpoints };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/inputs.js
// The smoke options, read once into a frozen typed object: the same names for the action's inputs
// (`INPUT_EXPECT-STATUS`) and the command's options (`--expect-status`), errors naming the one at fault.




const COMPOSE_COMMANDS = (/* unused pure expression or super */ null && (["auto", "docker compose", "docker-compose"]));
const FAIL_ON = (/* unused pure expression or super */ null && (["fail", "inconclusive", "never"]));
/** Every option, as named in action.yml and on the command line. */
const SMOKE_OPTIONS = (/* unused pure expression or super */ null && ([
    "endpoints",
    "expect-status",
    "expect-json",
    "timeout",
    "request-timeout",
    "interval",
    "successes",
    "samples",
    "fail-fast",
    "compose-file",
    "compose-project",
    "compose-command",
    "services",
    "observe",
    "redis-url",
    "key-prefix",
    "redis-timeout",
    "smoke-command",
    "smoke-timeout",
    "working-directory",
    "junit-path",
    "baseline",
    "latency-tolerance",
    "fail-on",
]));
const NAME = /^[A-Za-z0-9][\w.-]*$/;
/** `name=url` lines; a bare URL is allowed and named after its host and path. */
function parseEndpoints(lines, fail) {
    const out = [];
    for (const line of lines) {
        const m = /^([^=\s:/]+)\s*=\s*(.+)$/.exec(line);
        const name = m ? m[1] : undefined;
        const raw = m ? m[2].trim() : line;
        const url = parseUrl(raw, ["http:", "https:"], (allowed) => fail(redactUrl(line), `lines of name=url, each url ${allowed}`));
        const finalName = name ?? `${url.host}${url.pathname === "/" ? "" : url.pathname}`;
        if (name !== undefined && !NAME.test(name)) {
            fail(line, "a name of letters, digits, '.', '_' or '-' before the =");
        }
        if (out.some((e) => e.name === finalName))
            fail(line, `each name once (${JSON.stringify(finalName)} is repeated)`);
        out.push({ name: finalName, url: url.toString() });
    }
    return out;
}
async function inputs_readSmokeConfig(inputs, options) {
    const fail = (name, message) => {
        throw new ConfigurationError(message, { input: name });
    };
    const label = (name) => inputs.label(name);
    const endpoints = parseEndpoints(inputs.list("endpoints"), (line, allowed) => fail("endpoints", `${label("endpoints")}: ${JSON.stringify(line)} is not valid; expected ${allowed}`));
    const statusText = inputs.string("expect-status", "200");
    const expectStatus = parseStatusExpectation(statusText) ??
        fail("expect-status", `${label("expect-status")}: ${JSON.stringify(statusText)} is not valid; expected status codes such as 200, "200,204" or 2xx`);
    const expectJson = inputs
        .list("expect-json")
        .map((line) => parseJsonCondition(line) ??
        fail("expect-json", `${label("expect-json")}: ${JSON.stringify(line)} is not valid; expected lines of path=value, e.g. status=ok or checks.db=up`));
    const timeoutMs = inputs.duration("timeout", { fallback: 60_000, min: 1, max: 3_600_000 });
    const requestTimeoutMs = inputs.duration("request-timeout", {
        fallback: Math.min(5_000, timeoutMs),
        min: 1,
        max: 600_000,
    });
    const maxIntervalMs = inputs.duration("interval", { fallback: 400, min: 1, max: 600_000 });
    const successes = inputs.integer("successes", { fallback: 2, min: 1, max: 100 });
    const samples = inputs.integer("samples", { fallback: 10, min: 0, max: 1000 });
    const failFast = inputs.boolean("fail-fast", true);
    const workingDirectory = inputs.optional("working-directory");
    const composeFiles = inputs.list("compose-file");
    const composeProject = inputs.optional("compose-project");
    const composeCommand = inputs.enum("compose-command", COMPOSE_COMMANDS, "auto");
    const services = inputs.list("services");
    const observeMs = inputs.duration("observe", { fallback: 3_000, min: 0, max: 3_600_000 });
    const useCompose = composeFiles.length > 0 || composeProject !== undefined;
    if (!useCompose && services.length > 0) {
        fail("services", `${label("services")} needs ${label("compose-file")} or ${label("compose-project")} to know which stack to look at`);
    }
    const redisText = inputs.optional("redis-url");
    let redis;
    if (redisText !== undefined) {
        const url = parseUrl(redisText, ["redis:", "rediss:"], (allowed) => fail("redis-url", `${label("redis-url")}: ${JSON.stringify(redactUrl(redisText))} is not valid; expected ${allowed}, e.g. redis://localhost:6379/0`));
        redis = {
            url: redisText,
            display: redactUrl(url.toString()),
            keyPrefix: inputs.string("key-prefix", ""),
        };
    }
    else if (inputs.optional("key-prefix") !== undefined) {
        fail("key-prefix", `${label("key-prefix")} needs ${label("redis-url")}`);
    }
    const redisTimeoutMs = inputs.duration("redis-timeout", { fallback: 3_000, min: 1, max: 60_000 });
    const smokeArgv = inputs.argv("smoke-command");
    const smokeTimeoutMs = inputs.duration("smoke-timeout", { fallback: 600_000, min: 1, max: 6 * 3_600_000 });
    const junitPath = inputs.optional("junit-path");
    if (junitPath !== undefined && smokeArgv === undefined) {
        fail("junit-path", `${label("junit-path")} needs ${label("smoke-command")} (the command that writes the report)`);
    }
    const baselineText = inputs.optional("baseline");
    let baseline;
    if (baselineText !== undefined) {
        const isJson = baselineText.startsWith("{");
        let text = baselineText;
        if (!isJson) {
            try {
                text = await options.readFile(options.resolvePath(workingDirectory, baselineText));
            }
            catch (error) {
                fail("baseline", `${label("baseline")}: cannot read ${JSON.stringify(baselineText)} (${errorMessage(error)}); give an earlier \`report\` as JSON or a path to a file holding it`);
            }
        }
        try {
            baseline = parseBaseline(text);
        }
        catch (error) {
            fail("baseline", `${label("baseline")}: ${isJson ? "the JSON" : JSON.stringify(baselineText)} is not a smoke report: ${errorMessage(error)}`);
        }
        if (endpoints.length === 0)
            fail("baseline", `${label("baseline")} compares endpoint latency: give ${label("endpoints")} too`);
    }
    // A floor under the relative thresholds: on a busy host, fresh containers answering in 6 ms one minute and
    // 14 ms the next are +130% but not degraded (seen in the deploy e2e). 25 ms is below any slowdown a user feels.
    const latencyToleranceMs = inputs.duration("latency-tolerance", { fallback: 25, min: 0, max: 600_000 });
    const failOn = inputs.enum("fail-on", FAIL_ON, "fail");
    if (endpoints.length === 0 && !useCompose && !redis && !smokeArgv) {
        fail("endpoints", `nothing to check: give ${label("endpoints")}, ${label("compose-file")} or ${label("compose-project")}, ${label("redis-url")}, or ${label("smoke-command")}`);
    }
    const smoke = {
        endpoints,
        expectStatus,
        expectJson,
        timeoutMs,
        requestTimeoutMs,
        successes,
        samples,
        maxIntervalMs,
        failFast,
        latencyToleranceMs,
        ...(useCompose ? { stack: { services, observeMs, pollMs: 500, logLines: 30 } } : {}),
        ...(redis ? { breaker: { timeoutMs: redisTimeoutMs } } : {}),
        ...(smokeArgv
            ? { smokeTests: { argv: smokeArgv, timeoutMs: smokeTimeoutMs, cwd: workingDirectory, junitPath } }
            : {}),
        ...(baseline ? { baseline } : {}),
    };
    return Object.freeze({
        smoke: Object.freeze(smoke),
        ...(useCompose
            ? {
                compose: {
                    files: composeFiles,
                    project: composeProject,
                    command: composeCommand,
                    cwd: workingDirectory,
                },
            }
            : {}),
        ...(redis ? { redis } : {}),
        failOn,
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../../packages/ops-core/dist/process/run-command.js
// Child processes, always as an argument array (never a shell string), always with a timeout, output
// bounded, and cancellable. Every adapter (compose, alembic, smoke and backup commands) goes through here.


/**
 * Runs `argv[0]` with the rest as arguments. Resolves with the result whatever the exit code; rejects only
 * when the program cannot be started (e.g. not installed), with a message saying which.
 */
const run_command_runCommand = (argv, options) => new Promise((resolve, reject) => {
    const [file, ...args] = argv;
    if (!file) {
        reject(new Error("runCommand: empty argument list"));
        return;
    }
    const max = options.maxOutputBytes ?? 4 * 1024 * 1024;
    const started = performance.now();
    const child = spawn(file, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: [options.input !== undefined ? "pipe" : "ignore", "pipe", "pipe"],
        shell: false,
    });
    const out = new BoundedBuffer(max);
    const err = new BoundedBuffer(max);
    child.stdout?.on("data", (chunk) => out.push(chunk));
    child.stderr?.on("data", (chunk) => err.push(chunk));
    if (options.input !== undefined)
        child.stdin?.end(options.input);
    let timedOut = false;
    let killTimer;
    const kill = () => {
        if (child.exitCode !== null || child.signalCode !== null)
            return;
        child.kill("SIGTERM");
        killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
        killTimer.unref();
    };
    const timer = setTimeout(() => {
        timedOut = true;
        kill();
    }, options.timeoutMs);
    timer.unref();
    const onAbort = () => kill();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        const why = error.code === "ENOENT" ? `${file} is not installed or not on PATH` : error.message;
        reject(new TransientError(`could not run ${file}: ${why}`, { cause: error }));
    });
    child.on("close", (code, signal) => {
        clearTimeout(timer);
        if (killTimer)
            clearTimeout(killTimer);
        options.signal?.removeEventListener("abort", onAbort);
        resolve({
            argv,
            code,
            signal,
            stdout: out.text(),
            stderr: err.text(),
            timedOut,
            durationMs: performance.now() - started,
        });
    });
});
/** Keeps the last `max` bytes of a stream. */
class BoundedBuffer {
    chunks = [];
    size = 0;
    dropped = 0;
    max;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max && this.chunks.length > 1) {
            const first = this.chunks.shift();
            this.size -= first.length;
            this.dropped += first.length;
        }
    }
    text() {
        let all = Buffer.concat(this.chunks);
        let dropped = this.dropped;
        if (all.length > this.max) {
            dropped += all.length - this.max;
            all = all.subarray(all.length - this.max);
        }
        const body = all.toString("utf8");
        return dropped > 0 ? `… ${dropped} earlier bytes not kept\n${body}` : body;
    }
}
/** A one-line description of how a command ended, for errors and summaries. */
function run_command_describeExit(result) {
    if (result.timedOut)
        return `timed out after ${Math.round(result.durationMs)} ms`;
    if (result.signal)
        return `killed by ${result.signal}`;
    return `exited with code ${result.code}`;
}
/** The line of a command's output that says what went wrong (the first error-looking one, else the last). */
function run_command_errorLine(output) {
    const lines = output
        .trim()
        .split("\n")
        .filter((l) => l.trim() !== "");
    return (lines.find((l) => /FAILED|Error|error/.test(l)) ?? lines.at(-1) ?? "no output").slice(0, 300);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/compose/command.js
// Which compose to run: the v2 plugin (`docker compose`) or the v1 program (`docker-compose`, the form the
// runbook uses and the one Debian ships). Configurable (input `compose-command`: auto | docker compose |
// docker-compose | any argv), otherwise detected by asking each for its version.


const command_V2_ARGV = (/* unused pure expression or super */ null && (["docker", "compose"]));
const command_V1_ARGV = (/* unused pure expression or super */ null && (["docker-compose"]));
/**
 * The version in `version --short` output (v1 and v2 both support it), or in the long form
 * (`docker-compose version 1.29.2, build unknown`, `Docker Compose version v2.29.7`). Pure.
 */
function parseComposeVersion(output) {
    for (const line of output.split("\n")) {
        const m = /^\s*(?:(?:docker-compose|Docker Compose) version\s+)?v?(\d+\.\d+\.\d+[\w.+-]*)/i.exec(line);
        if (m?.[1])
            return m[1].replace(/,$/, "");
    }
    return undefined;
}
/** v2 and later answer major ≥ 2. Pure. */
function flavorOf(version) {
    const major = Number.parseInt(version, 10);
    return Number.isFinite(major) && major >= 2 ? "v2" : "v1";
}
/**
 * Turns the `compose-command` input into an argv prefix: `auto` (or empty) → undefined (detect);
 * `docker compose`, `docker-compose`, or any words (`podman-compose`, `/opt/bin/docker compose`). Pure.
 */
function command_parseComposeCommand(value) {
    const text = value?.trim() ?? "";
    if (text === "" || text === "auto")
        return undefined;
    const words = splitWords(text);
    return words.length > 0 ? words : undefined;
}
async function command_probe(argv, o) {
    let result;
    try {
        result = await o.run([...argv, "version", "--short"], {
            timeoutMs: o.timeoutMs ?? 15_000,
            ...(o.env ? { env: o.env } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
        });
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
    if (result.timedOut)
        return `\`${argv.join(" ")} version\` timed out`;
    const version = result.code === 0 ? parseComposeVersion(result.stdout) : undefined;
    if (!version) {
        const why = (result.stderr || result.stdout).trim().split("\n")[0] ?? "";
        return `\`${argv.join(" ")} version\` exited with ${result.code}${why ? `: ${why}` : ""}`;
    }
    return { argv, flavor: flavorOf(version), version };
}
/**
 * The compose to use. A configured command must answer `version`, or this throws a ConfigurationError
 * naming `compose-command`; auto tries `docker compose` then `docker-compose`.
 */
async function command_detectCompose(options) {
    if (options.command) {
        const found = await command_probe(options.command, options);
        if (typeof found !== "string")
            return found;
        throw new ConfigurationError(`compose command \`${options.command.join(" ")}\` does not work: ${found}`, {
            input: "compose-command",
        });
    }
    const v2 = await command_probe(command_V2_ARGV, options);
    if (typeof v2 !== "string")
        return v2;
    const v1 = await command_probe(command_V1_ARGV, options);
    if (typeof v1 !== "string")
        return v1;
    if (/timed out/.test(v2) && /timed out/.test(v1))
        throw new TransientError(`compose did not answer: ${v2}; ${v1}`);
    throw new ConfigurationError(`no compose found: neither \`docker compose\` (${v2}) nor \`docker-compose\` (${v1}) works; install one or set compose-command`, { input: "compose-command" });
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/compose/compose.js
// The compose adapter: one project (files, project name, DOCKER_HOST) driven through `docker compose` (v2)
// or `docker-compose` (v1) with argument arrays and a timeout on every call. Container state comes from
// `docker inspect` and logs from `docker logs`, which are the same whichever compose made the containers.
// DOCKER_HOST (unix://, tcp://, ssh://user@host) is passed through the environment to both programs.



/** A compose or docker command that exited non-zero. */
class ComposeCommandError extends Error {
    argv;
    code;
    stderr;
    constructor(message, result) {
        super(message);
        this.name = "ComposeCommandError";
        this.argv = result.argv;
        this.code = result.code;
        this.stderr = result.stderr;
    }
}
const DAEMON_DOWN = /Cannot connect to the Docker daemon|Couldn't connect to Docker daemon|error during connect|connection refused|Is the docker daemon running/i;
/** Throws the right error for a failed call: timeout or daemon unreachable → TransientError. */
function compose_checkResult(result, what) {
    if (result.timedOut) {
        throw new TransientError(`${what} timed out after ${Math.round(result.durationMs)} ms`);
    }
    if (result.code === 0)
        return result;
    const tail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-5).join("\n");
    const message = `${what} ${result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`}${tail ? `: ${tail}` : ""}`;
    if (DAEMON_DOWN.test(result.stderr))
        throw new TransientError(message);
    throw new ComposeCommandError(message, result);
}
/**
 * Service → image reference from `config` output (compose's normalised YAML, two-space indent; v1 and v2
 * shapes). Services without an `image:` are left out. Pure.
 */
function imagesFromConfig(yaml) {
    const out = {};
    let inServices = false;
    let service;
    for (const line of yaml.split("\n")) {
        if (/^\S/.test(line)) {
            inServices = /^services:\s*$/.test(line);
            service = undefined;
            continue;
        }
        if (!inServices)
            continue;
        const svc = /^ {2}([A-Za-z0-9][\w.-]*):\s*$/.exec(line);
        if (svc) {
            service = svc[1];
            continue;
        }
        const img = /^ {4}image:\s*['"]?([^'"\s]+)['"]?\s*$/.exec(line);
        if (img && service)
            out[service] = img[1];
    }
    return out;
}
function compose_createCompose(options) {
    const baseEnv = {
        ...(options.env ?? process.env),
        ...(options.dockerHost ? { DOCKER_HOST: options.dockerHost } : {}),
    };
    const defaultTimeout = options.timeoutMs ?? 120_000;
    const dockerArgv = options.docker ?? ["docker"];
    const files = options.files ?? [];
    const globalFlags = [
        ...files.flatMap((f) => ["-f", f]),
        ...(options.project ? ["-p", options.project] : []),
    ];
    let detected;
    const configured = options.command;
    const command = (signal) => {
        if (configured && "flavor" in configured)
            return Promise.resolve(configured);
        detected ??= detectCompose({
            run: options.run,
            ...(configured ? { command: configured } : {}),
            env: baseEnv,
            ...(signal ? { signal } : {}),
        }).catch((error) => {
            detected = undefined;
            throw error;
        });
        return detected;
    };
    const call = async (argv, o = {}, minTimeout = 0) => {
        const result = await options.run(argv, {
            timeoutMs: Math.max(o.timeoutMs ?? defaultTimeout, minTimeout),
            env: o.env ? { ...baseEnv, ...o.env } : baseEnv,
            ...(options.cwd ? { cwd: options.cwd } : {}),
            ...(o.signal ? { signal: o.signal } : {}),
        });
        return compose_checkResult(result, argv.slice(0, 4).join(" "));
    };
    const argv = async (args, signal) => [
        ...(await command(signal)).argv,
        ...globalFlags,
        ...args,
    ];
    const exec = async (args, o = {}, minTimeout = 0) => call(await argv(args, o.signal), o, minTimeout);
    const docker = (args, o = {}) => call([...dockerArgv, ...args], o);
    const lines = (text) => text
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    const LONG = 15 * 60_000;
    const compose = {
        command,
        describe() {
            const what = configured && !("flavor" in configured) ? configured.join(" ") : "compose";
            return `${options.project ? `project ${options.project}` : "compose project"} (${what}${files.length ? ` -f ${files.join(" -f ")}` : ""})`;
        },
        argv: (args) => argv(args),
        exec: (args, o) => exec(args, o),
        async services(o) {
            return lines((await exec(["config", "--services"], o)).stdout);
        },
        async config(o) {
            return (await exec(["config"], o)).stdout;
        },
        async images(o) {
            return imagesFromConfig(await compose.config(o));
        },
        async up(o = {}) {
            const args = ["up", "-d"];
            if (o.noBuild ?? true)
                args.push("--no-build");
            if (o.noDeps)
                args.push("--no-deps");
            if (o.forceRecreate)
                args.push("--force-recreate");
            if (o.removeOrphans)
                args.push("--remove-orphans");
            await exec([...args, ...(o.services ?? [])], o, LONG);
        },
        async down(o = {}) {
            const args = ["down"];
            if (o.stopTimeoutS !== undefined)
                args.push("-t", String(o.stopTimeoutS));
            if (o.volumes)
                args.push("-v");
            if (o.removeOrphans)
                args.push("--remove-orphans");
            await exec(args, o, LONG);
        },
        async recreate(services = [], o = {}) {
            await exec(["up", "-d", "--no-deps", "--force-recreate", "--no-build", ...services], o, LONG);
        },
        async restart(service, o = {}) {
            const list = typeof service === "string" ? [service] : [...service];
            if (list.length === 0)
                throw new ConfigurationError("restart needs a service", { input: "service" });
            await exec(["restart", ...(o.stopTimeoutS !== undefined ? ["-t", String(o.stopTimeoutS)] : []), ...list], o);
        },
        async build(services = [], o = {}) {
            const args = ["build"];
            for (const [k, v] of Object.entries(o.buildArgs ?? {}))
                args.push("--build-arg", `${k}=${v}`);
            await exec([...args, ...services], o, LONG);
        },
        async pull(services = [], o = {}) {
            await exec(["pull", ...services], o, LONG);
        },
        async containerIds(o) {
            // v2 lists only running containers without -a; v1 1.29 accepts -a too.
            return lines((await exec(["ps", "-a", "-q"], o)).stdout);
        },
        async ps(o) {
            const out = {};
            for (const [service, list] of Object.entries(byService(await compose.inspect(undefined, o)))) {
                out[service] = list.map((c) => c.id);
            }
            return out;
        },
        async inspect(ids, o) {
            const list = ids ?? (await compose.containerIds(o));
            if (list.length === 0)
                return [];
            return parseInspect((await docker(["inspect", ...list], o)).stdout);
        },
        async state(o) {
            return byService(await compose.inspect(undefined, o));
        },
        async runningImages(o) {
            const out = {};
            for (const [service, list] of Object.entries(await compose.state(o))) {
                const pick = list.find((c) => c.running) ?? list[0];
                if (pick)
                    out[service] = pick.imageId;
            }
            return out;
        },
        async containerLogs(id, o = {}) {
            const args = ["logs", "--tail", String(o.tail ?? 200)];
            if (o.since)
                args.push("--since", o.since);
            if (o.timestamps)
                args.push("--timestamps");
            const result = await docker([...args, id], o);
            return [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
        },
        async logs(services, o = {}) {
            const out = {};
            for (const [service, list] of Object.entries(await compose.state(o))) {
                if (services && !services.includes(service))
                    continue;
                const texts = await Promise.all(list.map((c) => compose.containerLogs(c.id, o)));
                out[service] = texts.filter((t) => t !== "").join("\n");
            }
            return out;
        },
        docker,
    };
    return compose;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/compose/images.js
// Release images on the engine: presence checks (a rollback must not start before its images are known
// to be there), tags, and retention (keep the newest N releases, never one that is protected or in use).

async function docker(o, args, check = true) {
    const argv = [...(o.docker ?? ["docker"]), ...args];
    const result = await o.run(argv, {
        timeoutMs: o.timeoutMs ?? 60_000,
        ...(o.env ? { env: o.env } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
    });
    return check ? checkResult(result, argv.slice(0, 3).join(" ")) : result;
}
/** The image id (sha256:…) of a reference or id, or undefined when the engine does not have it. */
async function images_imageId(o, ref) {
    const result = await docker(o, ["image", "inspect", "--format", "{{.Id}}", ref], false);
    if (result.timedOut)
        checkResult(result, "docker image inspect");
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
}
/** Which of the references (or ids) exist on the engine. */
async function images_imagesPresent(o, refs) {
    const found = await Promise.all(refs.map(async (ref) => [ref, await images_imageId(o, ref)]));
    const ids = {};
    for (const [ref, id] of found)
        if (id)
            ids[ref] = id;
    return {
        present: found.filter(([, id]) => id).map(([ref]) => ref),
        missing: found.filter(([, id]) => !id).map(([ref]) => ref),
        ids,
    };
}
/** `docker tag source target`. */
async function tagImage(o, source, target) {
    await docker(o, ["tag", source, target]);
}
/** `repository:tag` → [repository, tag] (a registry port such as `host:5000/app` stays in the repository). Pure. */
function images_splitRef(ref) {
    const at = ref.indexOf("@");
    const name = at >= 0 ? ref.slice(0, at) : ref;
    const colon = name.lastIndexOf(":");
    if (colon > name.lastIndexOf("/"))
        return [name.slice(0, colon), name.slice(colon + 1)];
    return [name, "latest"];
}
/** The tagged images of a repository, newest first. */
async function listRepository(o, repository) {
    const listing = await docker(o, ["image", "ls", repository, "--format", "{{.Tag}}\t{{.ID}}"]);
    const rows = listing.stdout
        .split("\n")
        .map((l) => l.trim().split("\t"))
        .filter((r) => r.length === 2 && r[0] !== "" && r[0] !== "<none>");
    if (rows.length === 0)
        return [];
    const refs = rows.map(([tag]) => `${repository}:${tag}`);
    const inspected = await docker(o, ["image", "inspect", "--format", "{{.Id}}\t{{.Created}}", ...refs]);
    const lines = inspected.stdout.trim().split("\n");
    const images = refs.map((ref, i) => {
        const [id = "", created = ""] = (lines[i] ?? "").split("\t");
        return { ref, repository, tag: images_splitRef(ref)[1], id, created };
    });
    return images.sort((a, b) => Date.parse(b.created) - Date.parse(a.created) || b.tag.localeCompare(a.tag));
}
/** Which references to remove: everything beyond the newest `keep`, except protected or in-use ones. Pure. */
function planRetention(input) {
    const sorted = [...input.images].sort((a, b) => Date.parse(b.created) - Date.parse(a.created) || b.tag.localeCompare(a.tag));
    const protect = new Set(input.protectTags ?? []);
    const inUse = new Set(input.inUseIds ?? []);
    const keep = [];
    const remove = [];
    let kept = 0;
    for (const image of sorted) {
        if (protect.has(image.tag) || inUse.has(image.id)) {
            keep.push(image.ref);
        }
        else if (kept < Math.max(0, input.keep)) {
            kept += 1;
            keep.push(image.ref);
        }
        else {
            remove.push(image.ref);
        }
    }
    return { keep, remove };
}
/** Removes images by reference (untagging when another tag shares the id). Never forces. */
async function removeImages(o, refs) {
    const removed = [];
    const failed = [];
    for (const ref of refs) {
        const result = await docker(o, ["image", "rm", ref], false);
        if (result.code === 0)
            removed.push(ref);
        else
            failed.push({ ref, error: (result.stderr.trim() || `exit ${result.code}`).split("\n")[0] ?? "" });
    }
    return { removed, failed };
}
/** Ids of the images every container on the engine uses (running or not). */
async function imagesInUse(o) {
    const ids = (await docker(o, ["ps", "-a", "-q", "--no-trunc"])).stdout.split("\n").filter(Boolean);
    if (ids.length === 0)
        return [];
    const out = await docker(o, ["inspect", "--format", "{{.Image}}", ...ids]);
    return [...new Set(out.stdout.split("\n").filter(Boolean))];
}
/**
 * Release retention for several repositories (e.g. one per service): keeps the newest `keep` releases plus
 * the protected tags and anything a container uses; removes the rest. Returns what was removed.
 */
async function images_pruneReleases(o, input) {
    const inUseIds = await imagesInUse(o);
    const removed = [];
    const kept = [];
    const failed = [];
    for (const repository of input.repositories) {
        const images = await listRepository(o, repository);
        const plan = planRetention({ images, keep: input.keep, protectTags: input.protectTags ?? [], inUseIds });
        kept.push(...plan.keep);
        const result = await removeImages(o, plan.remove);
        removed.push(...result.removed);
        failed.push(...result.failed);
    }
    return { removed, kept, failed };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/adapters/compose.js
// ReleaseCompose on ops-core's compose adapter (../../compose/): detection of `docker compose` (v2) or
// `docker-compose` (v1), argv only, a timeout on every call, DOCKER_HOST honoured (passed through the
// environment), container state from `docker inspect`, logs from `docker logs`, image presence and
// retention. Release images are tagged by version through a variable the compose file uses
// (`image: app/signal:${RELEASE_VERSION}`), so a rollback starts the old tag and never rebuilds.







function compose_composeAdapter(o) {
    const compose = createCompose({
        run: o.run,
        files: o.files,
        ...(o.project ? { project: o.project } : {}),
        cwd: o.cwd,
        env: o.env,
        ...(o.command === "auto" ? {} : { command: o.command === "docker compose" ? V2_ARGV : V1_ARGV }),
        timeoutMs: o.timeoutMs,
    });
    const docker = (timeoutMs) => ({ run: o.run, env: o.env, timeoutMs });
    const release = (version) => ({ [o.versionVariable]: version });
    const signalOf = (signal) => (signal ? { signal } : {});
    const known = new Map();
    const images = async (version) => {
        const cached = known.get(version);
        if (cached)
            return cached;
        const refs = await compose.images({ env: release(version) });
        if (Object.keys(refs).length === 0) {
            throw new ConfigurationError(`the compose file names no \`image:\` for its services; tag them with the release version, e.g. image: app/signal:\${${o.versionVariable}}`, { input: "compose-file" });
        }
        const untagged = Object.entries(refs).filter(([, ref]) => !ref.endsWith(`:${version}`));
        if (untagged.length > 0) {
            throw new ConfigurationError(`images must be tagged by release version through \${${o.versionVariable}}: ${untagged.map(([s, r]) => `${s} → ${r}`).join(", ")}`, { input: "compose-file" });
        }
        known.set(version, refs);
        return refs;
    };
    return {
        async prepareRelease(version, signal) {
            const refs = await images(version);
            const call = { env: release(version), ...signalOf(signal), timeoutMs: Math.max(o.timeoutMs, 900_000) };
            if (o.source === "build")
                await compose.build([], call);
            else
                await compose.pull([], call);
            const out = {};
            for (const [service, ref] of Object.entries(refs)) {
                const id = await imageId(docker(20_000), ref);
                if (!id)
                    throw new Error(`image ${ref} for ${service} is missing after ${o.source}`);
                out[service] = { ref, id };
            }
            return out;
        },
        async imagesPresent(refs) {
            const { present, missing } = await imagesPresent(docker(20_000), refs);
            return { present, missing };
        },
        async up(version, { strategy, services, signal }) {
            const call = { env: release(version), ...signalOf(signal) };
            if (strategy === "down-up" && !services?.length)
                await compose.down(call);
            await compose.up({ ...call, ...(services ? { services } : {}) });
        },
        async restart(services, signal) {
            // `restart` with no service restarts them all (Compose.restart insists on naming one).
            await compose.exec(["restart", ...(services ?? [])], signalOf(signal));
        },
        async runningImages() {
            const out = {};
            for (const [service, list] of Object.entries(await compose.state())) {
                const live = list.find((c) => c.running || c.restarting);
                if (live)
                    out[service] = live.image;
            }
            return out;
        },
        async logs(services, sinceIso, tail) {
            return compose.logs(services, { since: sinceIso, tail, timeoutMs: 20_000 });
        },
        async composeFileHash() {
            const hash = createHash("sha256");
            for (const f of o.files.length ? o.files : ["docker-compose.yml"])
                hash.update(await readFile(resolve(o.cwd, f)));
            return `sha256:${hash.digest("hex")}`;
        },
        async pruneReleases(keep, protect) {
            const current = protect[0];
            if (!current)
                return [];
            const repositories = [...new Set(Object.values(await images(current)).map((r) => splitRef(r)[0]))];
            const { removed } = await pruneReleases(docker(60_000), { repositories, keep, protectTags: protect });
            return removed;
        },
    };
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/release/adapters/github.js
var github = __nccwpck_require__(3067);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/migrations/graph.js
// The revision graph read from the migration files themselves (no Python needed): each file's revision,
// down_revision(s) and message, what its downgrade() drops (a rollback refuses destructive downgrades unless
// confirmed) and what its upgrade() drops (a deploy names it, with row counts, before running it). Also:
// heads, and the ordered path between two revisions (pending migrations, the migrations a downgrade undoes).



const STRING = /^\s*[rbuf]?(['"])([^'"]*)\1\s*(?:#.*)?$/;
/** A Python value of `down_revision`: `"0002"`, `None`, `("a", "b")`, `["a", "b"]`. Pure. */
function parseRevisionValue(text) {
    const t = text.trim().replace(/\s*#.*$/, "");
    if (t === "None" || t === "")
        return [];
    const single = STRING.exec(t);
    if (single)
        return [single[2]];
    return [...t.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
}
/** The body of a top-level `def name(...)` (up to the next top-level statement). Pure. */
function functionBody(source, name) {
    const lines = source.split("\n");
    const start = lines.findIndex((l) => new RegExp(`^def ${name}\\s*\\(`).test(l));
    if (start < 0)
        return undefined;
    const body = [];
    for (const line of lines.slice(start + 1)) {
        if (/^\S/.test(line) && !line.startsWith("#"))
            break;
        body.push(line);
    }
    return body.join("\n");
}
/**
 * What a downgrade body drops: `op.drop_table("t")`, `op.drop_column("t", "c")`, `batch_op.drop_column("c")`
 * inside `op.batch_alter_table("t")`, and raw `DROP TABLE`/`DROP COLUMN`/`DELETE FROM`/`TRUNCATE` in SQL
 * strings. Comments are ignored. Pure.
 */
function destructiveOperations(body) {
    const code = body
        .split("\n")
        .map((l) => l.replace(/(^|\s)#.*$/, ""))
        .join("\n");
    const out = [];
    for (const m of code.matchAll(/\bdrop_table\(\s*(?:table_name\s*=\s*)?['"]([^'"]+)['"]/g))
        out.push(`drop_table ${m[1]}`);
    for (const m of code.matchAll(/\bop\.drop_column\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]+)['"]/g)) {
        out.push(`drop_column ${m[1]}.${m[2]}`);
    }
    // batch_op.drop_column("c") inside `with op.batch_alter_table("t") as batch_op:`
    const lines = code.split("\n");
    let batchTable;
    let batchIndent = -1;
    for (const line of lines) {
        const indent = line.search(/\S/);
        if (indent >= 0 && batchTable !== undefined && indent <= batchIndent)
            batchTable = undefined;
        const open = /batch_alter_table\(\s*['"]([^'"]+)['"]/.exec(line);
        if (open) {
            batchTable = open[1];
            batchIndent = indent;
        }
        for (const m of line.matchAll(/\b\w+\.drop_column\(\s*['"]([^'"]+)['"]\s*[,)]/g)) {
            if (/\bop\.drop_column\(/.test(line))
                continue;
            out.push(`drop_column ${batchTable ? `${batchTable}.` : ""}${m[1]}`);
        }
    }
    // `ALTER TABLE t DROP COLUMN c` names its table; a bare `DROP COLUMN c` does not.
    const alterDrops = new Set();
    for (const m of code.matchAll(/\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?["`[]?(\w+)["`\]]?\s+DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?["`[]?(\w+)/gi)) {
        if (/^(constraint|index)$/i.test(m[2]))
            continue;
        out.push(`drop_column ${m[1]}.${m[2]}`);
        alterDrops.add(m[2].toLowerCase());
    }
    for (const m of code.matchAll(/\bDROP\s+(TABLE|COLUMN)\s+(?:IF\s+EXISTS\s+)?["`[]?(\w+)/gi)) {
        const kind = m[1].toLowerCase();
        if (kind === "column" && alterDrops.has(m[2].toLowerCase()))
            continue;
        out.push(`drop_${kind} ${m[2]}`);
    }
    for (const m of code.matchAll(/\b(DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+["`[]?(\w+)/gi)) {
        out.push(`${m[1].toLowerCase().replace(/\s+/g, " ")} ${m[2]}`);
    }
    return [...new Set(out)];
}
/** One migration file's text → its node, or undefined when it declares no revision. Pure. */
function parseMigrationFile(file, source) {
    const rev = /^revision(?:\s*:\s*[^=\n]+)?\s*=\s*(.+)$/m.exec(source);
    const down = /^down_revision(?:\s*:\s*[^=\n]+)?\s*=\s*(.+)$/m.exec(source);
    if (!rev)
        return undefined;
    const revision = parseRevisionValue(rev[1])[0];
    if (!revision)
        return undefined;
    const doc = /^\s*(?:[rbu]?"""|[rbu]?''')\s*([^\n]*?)\s*(?:"""|'''|$)/m.exec(source)?.[1]?.trim();
    return {
        revision,
        downRevisions: down ? parseRevisionValue(down[1]) : [],
        file,
        ...(doc ? { message: doc } : {}),
        destructiveDowngrade: destructiveOperations(functionBody(source, "downgrade") ?? ""),
        destructiveUpgrade: destructiveOperations(functionBody(source, "upgrade") ?? ""),
    };
}
/** Builds the graph; throws a ConfigurationError on a duplicate revision or a parent that does not exist. Pure. */
function buildGraph(migrations) {
    const nodes = new Map();
    for (const m of migrations) {
        const seen = nodes.get(m.revision);
        if (seen) {
            throw new ConfigurationError(`revision ${m.revision} is declared twice: ${seen.file} and ${m.file}`, {
                input: "migrations",
            });
        }
        nodes.set(m.revision, m);
    }
    const parents = new Set();
    for (const m of nodes.values()) {
        for (const d of m.downRevisions) {
            if (!nodes.has(d)) {
                throw new ConfigurationError(`revision ${m.revision} (${m.file}) revises ${d}, which no file declares`, {
                    input: "migrations",
                });
            }
            parents.add(d);
        }
    }
    const sorted = [...nodes.keys()].sort();
    return {
        nodes,
        heads: sorted.filter((r) => !parents.has(r)),
        bases: sorted.filter((r) => (nodes.get(r)?.downRevisions.length ?? 0) === 0),
    };
}
/** Every ancestor of `revision` (itself included). */
function ancestors(graph, revision) {
    const out = new Set();
    const stack = [revision];
    while (stack.length > 0) {
        const r = stack.pop();
        if (out.has(r))
            continue;
        out.add(r);
        stack.push(...(graph.nodes.get(r)?.downRevisions ?? []));
    }
    return out;
}
/**
 * The migrations between `from` (exclusive; null = the empty database) and `to` (inclusive), oldest first:
 * what `upgrade to` applies from `from`. Reversed, it is what `downgrade from` undoes to reach `to`.
 * Throws when `from` is not an ancestor of `to`, or a revision is unknown. Pure.
 */
function graph_migrationsBetween(graph, from, to) {
    for (const r of [from, to]) {
        if (r !== null && !graph.nodes.has(r)) {
            throw new ConfigurationError(`unknown revision ${r}: no migration file declares it`, {
                input: "revision",
            });
        }
    }
    const upTo = ancestors(graph, to);
    if (from !== null && !upTo.has(from)) {
        throw new ConfigurationError(`revision ${from} is not an ancestor of ${to}`, { input: "revision" });
    }
    const done = from === null ? new Set() : ancestors(graph, from);
    const wanted = [...upTo].filter((r) => !done.has(r));
    // Topological order: parents first (ties by id for a stable result).
    const out = [];
    const placed = new Set(done);
    while (out.length < wanted.length) {
        const ready = wanted
            .filter((r) => !placed.has(r))
            .filter((r) => (graph.nodes.get(r)?.downRevisions ?? []).every((d) => placed.has(d)))
            .sort();
        const next = ready[0];
        if (!next)
            break;
        placed.add(next);
        out.push(graph.nodes.get(next));
    }
    return out;
}
/** The versions folders named by alembic.ini (`script_location`/versions, or `version_locations`). */
async function versionDirectories(directory, config = "alembic.ini") {
    const iniPath = resolve(directory, config);
    const ini = await readFile(iniPath, "utf8").catch((error) => {
        throw new ConfigurationError(`cannot read ${iniPath}: is the Alembic directory right?`, {
            input: "alembic-directory",
            cause: error,
        });
    });
    const section = /^\[alembic\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(ini)?.[1] ?? "";
    const option = (name) => new RegExp(`^${name}\\s*=\\s*(.+)$`, "m").exec(section)?.[1]?.trim();
    const here = (p) => resolve(directory, p.replaceAll("%(here)s", resolve(directory)));
    const locations = option("version_locations");
    if (locations) {
        const separator = option("version_path_separator");
        const parts = separator === "os" || separator === ":"
            ? locations.split(":")
            : separator === ";"
                ? locations.split(";")
                : locations.split(/[\s,]+/);
        return parts.filter(Boolean).map(here);
    }
    const script = option("script_location");
    if (!script)
        throw new ConfigurationError(`${iniPath} has no script_location`, { input: "alembic-directory" });
    if (script.includes(":") && !script.startsWith("/") && !script.includes("%(here)s")) {
        throw new ConfigurationError(`script_location ${script} names a package; give a folder`, {
            input: "alembic-directory",
        });
    }
    return [join(here(script), "versions")];
}
/** Reads every migration file of the project in `directory` (the folder holding alembic.ini). */
async function graph_readMigrations(directory, config = "alembic.ini") {
    const out = [];
    for (const dir of await versionDirectories(directory, config)) {
        const files = (await readdir(dir).catch(() => []))
            .filter((f) => f.endsWith(".py") && !f.startsWith("__"))
            .sort();
        for (const f of files) {
            const path = join(dir, f);
            const info = parseMigrationFile(path, await readFile(path, "utf8"));
            if (info)
                out.push(info);
        }
    }
    return out;
}
/** readMigrations + buildGraph. */
async function graph_readGraph(directory, config = "alembic.ini") {
    return buildGraph(await graph_readMigrations(directory, config));
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/migrations/alembic.js
// The Alembic CLI through runCommand (argument arrays, a timeout on every call). Alembic 1.8 facts this
// relies on: INFO lines go to stderr; `current` prints `0003 (head)` (one line per head, nothing at base);
// a refused command (unknown revision, `downgrade -1` at base, several heads for `head`) exits 255 with
// `FAILED: …`; a migration that raises exits 1 with a traceback. `current --check-heads` does not exist
// in 1.8, so heads are checked with `heads`.






/** Alembic refused the command (exit 255, `FAILED: …`): unknown revision, several heads, bad config. */
class AlembicFailedError extends Error {
    argv;
    reason;
    output;
    constructor(command, reason, result) {
        super(`alembic ${command} failed: ${reason}`);
        this.name = "AlembicFailedError";
        this.argv = result.argv;
        this.reason = reason;
        this.output = joinOutput(result);
    }
}
/** A migration raised (exit 1): which step was running, and the exception's last line. */
class MigrationError extends Error {
    argv;
    /** The step running when it failed, e.g. { from: "0003", to: "0004", direction: "upgrade" }. */
    step;
    /** The exception line, e.g. `sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: x`. */
    exception;
    output;
    constructor(command, step, exception, result) {
        const where = step ? ` in ${step.direction} ${step.from ?? "<base>"} -> ${step.to ?? "<base>"}` : "";
        super(`alembic ${command} failed${where}: ${exception}`);
        this.name = "MigrationError";
        this.argv = result.argv;
        this.step = step;
        this.exception = exception;
        this.output = joinOutput(result);
    }
}
/**
 * Alembic exited 0 but `alembic current` is not where the command was to take the database: an env.py that
 * never commits (a SQLAlchemy 2.0-style connection without `context.begin_transaction()`), a migration
 * that swallowed its error, or a `-x`/DATABASE_URL pointing somewhere else.
 */
class RevisionMismatchError extends Error {
    argv;
    /** Where the command was to take the database (null = base). */
    expected;
    /** Where `alembic current` says it is ([] = base). */
    actual;
    output;
    constructor(target, expected, actual, result) {
        super(revisionMismatch(target, expected, actual));
        this.name = "RevisionMismatchError";
        this.argv = result.argv;
        this.expected = expected;
        this.actual = actual;
        this.output = joinOutput(result);
    }
}
/** `alembic exited 0 but the database is at base; head is 0003`. Pure. */
function revisionMismatch(target, expected, actual) {
    const at = actual.length === 0 ? "base" : actual.join(", ");
    const want = target === "head" || target === "heads"
        ? `head is ${expected ?? "base"}`
        : `the target is ${expected ?? "base"}`;
    return `alembic exited 0 but the database is at ${at}; ${want}`;
}
/**
 * The revision an `upgrade`/`downgrade` target names when it can be known without Python: `head`, `base`,
 * or a plain revision id; undefined for relative (`+1`, `-1`, `ae10+2`) and branch (`x@head`) targets.
 */
function absoluteTarget(target) {
    if (target === "head" || target === "heads")
        return "head";
    if (target === "base")
        return "base";
    return /^[0-9A-Za-z_]+$/.test(target) ? "revision" : undefined;
}
/** Several heads where exactly one is required. */
class MultipleHeadsError extends errors/* RefusalError */.XQ {
    heads;
    constructor(heads) {
        super(`Alembic has ${heads.length} heads (${heads.join(", ")}): merge them (alembic merge heads) before deploying`, [`alembic heads: ${heads.join(", ")}`]);
        this.heads = heads;
    }
}
function joinOutput(result) {
    return [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
}
/** `0003 (head)` lines → revisions (in order, no duplicates). Pure. */
function parseRevisions(stdout) {
    const out = [];
    for (const line of stdout.split("\n")) {
        const m = /^([0-9A-Za-z_]+)(?:\s+\(|\s*$)/.exec(line.trim());
        if (m?.[1] && !out.includes(m[1]))
            out.push(m[1]);
    }
    return out;
}
/** `Running upgrade 0001 -> 0002, message` INFO lines → steps. Pure. */
function parseSteps(output) {
    const steps = [];
    for (const m of output.matchAll(/Running (upgrade|downgrade) ([^\s,]*) -> ([^\s,]*)(?:, (.*))?$/gm)) {
        const rev = (r) => (r && r !== "" ? r : null);
        steps.push({
            direction: m[1],
            from: rev(m[2]),
            to: rev(m[3]),
            ...(m[4] ? { message: m[4].trim() } : {}),
        });
    }
    return steps;
}
/** The `FAILED: …` reason (stdout or stderr). Pure. */
function failedReason(output) {
    return /^FAILED: (.+)$/m.exec(output)?.[1]?.trim();
}
/** The exception line at the end of a Python traceback. Pure. */
function alembic_exceptionLine(output) {
    const lines = output
        .split("\n")
        .map((l) => l.trimEnd())
        .filter((l) => l.trim() !== "");
    const tb = lines.findLastIndex((l) => l.startsWith("Traceback"));
    const after = tb >= 0 ? lines.slice(tb + 1) : lines;
    const exception = after
        .filter((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)?:\s/.test(l))
        .at(-1);
    return exception ?? lines.at(-1) ?? "no output";
}
function alembic_createAlembic(options) {
    const prefix = [
        ...(options.command ?? ["alembic"]),
        ...(options.config ? ["-c", options.config] : []),
        ...Object.entries(options.x ?? {}).flatMap(([k, v]) => ["-x", `${k}=${v}`]),
    ];
    const argv = (args) => [...prefix, ...args];
    const raw = async (args, signal) => {
        let result;
        try {
            result = await options.run(argv(args), {
                cwd: options.directory,
                timeoutMs: options.timeoutMs ?? 300_000,
                ...(options.env ? { env: options.env } : {}),
                ...(signal ? { signal } : {}),
            });
        }
        catch (error) {
            throw new ConfigurationError(`cannot run ${prefix[0]}: ${error instanceof Error ? error.message : String(error)}`, {
                input: "alembic-command",
                cause: error,
            });
        }
        if (result.timedOut)
            throw new TransientError(`alembic ${args.join(" ")} ${describeExit(result)}`);
        return result;
    };
    /** Runs and classifies a failure: 255 + FAILED → AlembicFailedError; otherwise MigrationError. */
    const checked = async (args, signal) => {
        const result = await raw(args, signal);
        if (result.code === 0)
            return result;
        const output = joinOutput(result);
        const command = args.join(" ");
        const reason = failedReason(output);
        if (reason !== undefined || result.code === 255) {
            throw new AlembicFailedError(command, reason ?? alembic_exceptionLine(output), result);
        }
        if (result.code === 1 && /Traceback/.test(output)) {
            throw new MigrationError(command, parseSteps(output).at(-1), alembic_exceptionLine(output), result);
        }
        if (result.code === 2) {
            throw new ConfigurationError(`alembic ${command} was refused as bad usage: ${alembic_exceptionLine(output)}`, {
                input: "alembic-command",
            });
        }
        throw new MigrationError(command, parseSteps(output).at(-1), `${describeExit(result)}: ${alembic_exceptionLine(output)}`, result);
    };
    /**
     * Runs `upgrade`/`downgrade target` and checks its result, not its exit code: afterwards `alembic
     * current` must be the target (the head for `head`), else RevisionMismatchError.
     */
    const migrate = async (direction, target, signal) => {
        const kind = absoluteTarget(target);
        const result = await checked([direction, target], signal);
        const output = joinOutput(result);
        if (kind !== undefined) {
            // The heads come from the files, which the run does not change.
            const heads = kind === "head" ? await alembic.heads(signal) : [];
            const expected = kind === "head" ? heads : kind === "base" ? [] : [target];
            const actual = await alembic.currentRevisions(signal);
            const same = actual.length === expected.length && expected.every((r) => actual.includes(r));
            if (!same) {
                throw new RevisionMismatchError(target, kind === "base" ? null : expected.join(", "), actual, result);
            }
        }
        return { steps: parseSteps(output), output, durationMs: result.durationMs };
    };
    const alembic = {
        directory: options.directory,
        config: options.config ?? "alembic.ini",
        argv,
        raw,
        async currentRevisions(signal) {
            return parseRevisions((await checked(["current"], signal)).stdout);
        },
        async current(signal) {
            const revisions = await alembic.currentRevisions(signal);
            if (revisions.length > 1)
                throw new MultipleHeadsError(revisions);
            return revisions[0] ?? null;
        },
        async heads(signal) {
            return parseRevisions((await checked(["heads"], signal)).stdout);
        },
        async requireSingleHead(signal) {
            const heads = await alembic.heads(signal);
            if (heads.length === 0)
                throw new ConfigurationError("Alembic found no revisions (no head)", { input: "alembic-directory" });
            if (heads.length > 1)
                throw new MultipleHeadsError(heads);
            return heads[0];
        },
        upgrade: (target = "head", signal) => migrate("upgrade", target, signal),
        downgrade: (target, signal) => migrate("downgrade", target, signal),
        async history(signal) {
            return (await checked(["history"], signal)).stdout;
        },
        withDatabase(url) {
            return alembic_createAlembic({
                ...options,
                x: { ...options.x, db_url: url },
                env: { ...(options.env ?? process.env), DATABASE_URL: url },
            });
        },
    };
    return alembic;
}
/**
 * Runs the migration test on a scratch database: upgrade head, downgrade to the previous head (default:
 * the revision the starting database was at, i.e. what production runs now), upgrade head again, checking
 * `current` after each step. Stops at the first failing step; never throws for a failing migration.
 */
async function testMigrations(alembic, options = {}) {
    let dir;
    let url = options.scratchUrl;
    if (!url) {
        dir = await mkdtemp(join(tmpdir(), "ops-migration-test-"));
        const path = join(dir, "scratch.db");
        if (options.sqliteSource)
            await copyFile(options.sqliteSource, path);
        url = `sqlite:///${path}`;
    }
    const db = alembic.withDatabase(url);
    const steps = [];
    let head;
    let previousHead = options.previousHead;
    try {
        head = await db.requireSingleHead(options.signal);
        if (previousHead === undefined) {
            previousHead = await db.current(options.signal);
            // An empty scratch database: go back to the head's parent (the previous release's head).
            if (previousHead === null) {
                const graph = await readGraph(alembic.directory, alembic.config);
                previousHead = graph.nodes.get(head)?.downRevisions[0] ?? null;
            }
        }
        const plan = [
            { name: "upgrade head", target: "head", direction: "upgrade", expect: head },
            {
                name: `downgrade ${previousHead ?? "base"} (previous head)`,
                target: previousHead ?? "base",
                direction: "downgrade",
                expect: previousHead,
            },
            { name: "upgrade head again", target: "head", direction: "upgrade", expect: head },
        ];
        for (const step of plan) {
            const started = performance.now();
            const args = [step.direction, step.target];
            try {
                if (step.direction === "upgrade")
                    await db.upgrade(step.target, options.signal);
                else
                    await db.downgrade(step.target, options.signal);
                const revision = await db.current(options.signal);
                const ok = revision === step.expect;
                steps.push({
                    name: step.name,
                    argv: db.argv(args),
                    ok,
                    durationMs: performance.now() - started,
                    revision,
                    ...(ok
                        ? {}
                        : {
                            error: `expected revision ${step.expect ?? "base"}, the database is at ${revision ?? "base"}`,
                        }),
                });
                if (!ok)
                    break;
            }
            catch (error) {
                let revision;
                try {
                    revision = await db.current(options.signal);
                }
                catch {
                    revision = undefined;
                }
                steps.push({
                    name: step.name,
                    argv: db.argv(args),
                    ok: false,
                    durationMs: performance.now() - started,
                    revision,
                    error: error instanceof Error ? error.message : String(error),
                });
                break;
            }
        }
    }
    catch (error) {
        steps.push({
            name: "read heads and current revision",
            argv: db.argv(["heads"]),
            ok: false,
            durationMs: 0,
            revision: undefined,
            error: error instanceof Error ? error.message : String(error),
        });
    }
    finally {
        if (dir && !options.keep)
            await rm(dir, { recursive: true, force: true });
    }
    return { ok: steps.length === 3 && steps.every((s) => s.ok), head, previousHead, steps, scratchUrl: url };
}
/** The database's revision, the single head, and the migrations between them (from the files). */
async function pendingMigrations(alembic, signal) {
    const head = await alembic.requireSingleHead(signal);
    const current = await alembic.current(signal);
    const graph = await readGraph(alembic.directory, alembic.config);
    return { current, head, pending: migrationsBetween(graph, current, head) };
}
/**
 * What `downgrade target` would undo from `from` (newest first), with each downgrade's destructive
 * operations: the rollback refuses a destructive downgrade unless confirmed.
 */
async function downgradePlan(alembic, from, target) {
    const graph = await readGraph(alembic.directory, alembic.config);
    const undo = migrationsBetween(graph, target, from).reverse();
    return {
        undo,
        destructive: undo
            .filter((m) => m.destructiveDowngrade.length > 0)
            .map((m) => ({ revision: m.revision, operations: m.destructiveDowngrade })),
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/migrations/rows.js
// Row counts for what a migration drops, asked of the database itself before the migration runs (and, after
// a rollback, of what came back). The database is reached exactly as Alembic reaches it: a short Python
// program run by the interpreter of the Alembic command loads the project's alembic.ini and runs its
// env.py through Alembic's EnvironmentContext with a callback instead of migrations (the way `alembic
// current` works), so env.py's own URL logic (`-x db_url`, DATABASE_URL, sqlalchemy.url), driver and
// connection settings apply, on any database SQLAlchemy speaks. The callback only SELECTs and returns no
// migration step, so nothing is changed.
//
// What it can count: `drop_table t` (rows in t), `drop_column t.c` (rows where c is not NULL: the values
// that go), `delete from t` / `truncate t` (rows in t, an upper bound for a DELETE with a WHERE). What it
// cannot: a `drop_column c` whose table is unknown (a raw `DROP COLUMN` without `ALTER TABLE t`, or a
// batch_op outside `batch_alter_table("t")`); a table in a schema off the search path (`schema=` is not
// read); rows a pending migration will insert or a table it will create first (counts are of the database
// as it is now: such a table is "not created yet"); anything done through helpers or dynamic SQL (the
// files' text does not name it); an env.py that cannot connect, or an Alembic command whose Python cannot
// be found (e.g. `poetry run alembic`). Each unknown count says why.




/** `drop_table t`, `drop_column t.c`, `delete from t`, `truncate [table] t` → what to count. Pure. */
function dropTarget(operation) {
    const column = /^drop_column\s+(?:(\w+)\.)?(\w+)$/.exec(operation);
    if (column)
        return { table: column[1], column: column[2] };
    const table = /^(?:drop_table|delete from|truncate(?: table)?)\s+(\w+)$/.exec(operation);
    return { table: table?.[1], column: undefined };
}
/**
 * The Python that runs the Alembic command: `python3 -m alembic` → python3; `alembic` → the interpreter on
 * its `#!` line (Debian's /usr/bin/alembic: /usr/bin/python3, which is not the `python3` first on PATH on
 * a machine with pyenv). Undefined when it cannot be told.
 */
async function alembicPython(command, env) {
    const program = command[0];
    if (!program)
        return undefined;
    if (/^python[\d.]*$/.test(basename(program)))
        return [program];
    if (basename(program) !== "alembic")
        return undefined;
    const path = program.includes("/")
        ? resolve(program)
        : await onPath(program, env.PATH ?? process.env.PATH ?? "");
    if (!path)
        return undefined;
    const handle = await open(path, "r").catch(() => undefined);
    if (!handle)
        return undefined;
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
        const first = buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
        const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(first);
        if (!m)
            return undefined;
        // `#!/usr/bin/env python3` → python3 (from PATH, as the shell would).
        if (basename(m[1]) === "env" && m[2])
            return [m[2]];
        return [m[1]];
    }
    finally {
        await handle.close();
    }
}
async function onPath(program, path) {
    for (const dir of path.split(delimiter).filter(Boolean)) {
        const candidate = join(dir, program);
        if (await access(candidate, constants.X_OK).then(() => true, () => false))
            return candidate;
    }
    return undefined;
}
// argv: alembic.ini path, JSON [{table, column}], then -x values. Prints one `OPS-ROWS <json>` line.
const SCRIPT = (/* unused pure expression or super */ null && (`
import argparse, json, sys
from alembic.config import Config
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
import sqlalchemy as sa

ini, targets, xargs = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3:]
cfg = Config(ini)
cfg.cmd_opts = argparse.Namespace(x=xargs or None)
script = ScriptDirectory.from_config(cfg)
out = []

def count(rev, context):
    conn = context.connection
    insp = sa.inspect(conn)
    for t in targets:
        table, column = t["table"], t.get("column")
        try:
            if not insp.has_table(table):
                out.append({"rows": None, "note": "no such table"})
                continue
            if column is not None and column not in [c["name"] for c in insp.get_columns(table)]:
                out.append({"rows": None, "note": "no such column"})
                continue
            tbl = sa.table(table, *([sa.column(column)] if column is not None else []))
            query = sa.select(sa.func.count()).select_from(tbl)
            if column is not None:
                query = query.where(tbl.c[column].isnot(None))
            out.append({"rows": int(conn.execute(query).scalar())})
        except Exception as e:
            out.append({"rows": None, "note": (str(e).strip().splitlines() or [type(e).__name__])[0][:200]})
    return []

with EnvironmentContext(cfg, script, fn=count, dont_mutate=True):
    script.run_env()
print("OPS-ROWS " + json.dumps(out))
`));
/**
 * Counts what each operation drops, in one Python run against the project's database. Never throws:
 * an operation it cannot count comes back with `rows: undefined` and the reason.
 */
async function rows_countDropped(operations, o) {
    const parsed = operations.map((operation) => ({ operation, ...dropTarget(operation) }));
    const unknown = (why) => parsed.map((p) => ({
        ...p,
        rows: undefined,
        note: p.table === undefined ? "the table is not named in the migration" : why,
    }));
    const countable = parsed.filter((p) => p.table !== undefined);
    if (countable.length === 0)
        return unknown("nothing countable");
    const env = o.env ?? process.env;
    const python = await alembicPython(o.command, env);
    if (!python)
        return unknown(`cannot tell which Python runs ${o.command.join(" ")}`);
    const ini = isAbsolute(o.config ?? "")
        ? o.config
        : resolve(o.directory, o.config ?? "alembic.ini");
    const targets = JSON.stringify(countable.map((p) => ({ table: p.table, column: p.column ?? null })));
    const xargs = Object.entries(o.x ?? {}).map(([k, v]) => `${k}=${v}`);
    let stdout = "";
    let failure;
    try {
        const r = await o.run([...python, "-c", SCRIPT, ini, targets, ...xargs], {
            cwd: o.directory,
            env,
            timeoutMs: o.timeoutMs ?? 60_000,
            ...(o.signal ? { signal: o.signal } : {}),
        });
        stdout = r.stdout;
        if (r.timedOut)
            failure = `the count timed out after ${Math.round((o.timeoutMs ?? 60_000) / 1000)}s`;
        else if (r.code !== 0) {
            failure = `the count failed: ${exceptionLine(r.stderr).slice(0, 200)}`;
        }
    }
    catch (e) {
        failure = `the count could not run: ${errorMessage(e)}`;
    }
    const line = stdout.split("\n").find((l) => l.startsWith("OPS-ROWS "));
    if (failure || !line)
        return unknown(failure ?? "the count printed no result");
    const counted = JSON.parse(line.slice("OPS-ROWS ".length));
    let i = 0;
    return parsed.map((p) => {
        if (p.table === undefined)
            return { ...p, rows: undefined, note: "the table is not named in the migration" };
        const c = counted[i++];
        return {
            ...p,
            rows: typeof c?.rows === "number" ? c.rows : undefined,
            ...(c?.note ? { note: c.note } : {}),
        };
    });
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/adapters/migrations.js
// ReleaseMigrations on the Alembic CLI (argv, never a shell; every call with a timeout) and on the
// migration files themselves: the revision graph and what each upgrade and downgrade drops are read from
// the files of the code checked out now (the newer code, which still has the migrations a rollback
// undoes), by ops-core/src/migrations/ (graph.ts; alembic.ts checks each command's result; rows.ts counts
// what a drop takes).




/**
 * The port over ops-core/migrations (H-docker's Alembic adapter and file graph): a failed migration or an
 * unknown revision is `{ok: false}` with Alembic's own words, not a throw — the engine decides.
 */
function migrations_alembicAdapter(o) {
    const alembic = createAlembic({
        run: o.run,
        directory: o.directory,
        command: o.command,
        ...(o.config ? { config: o.config } : {}),
        ...(o.env ? { env: o.env } : {}),
        timeoutMs: o.timeoutMs,
    });
    // The result is checked, not the exit code: alembic.ts compares `current` with the target afterwards.
    const step = async (fn) => {
        try {
            const r = await fn();
            return { ok: true, output: r.output };
        }
        catch (e) {
            const output = e.output;
            return {
                ok: false,
                output: [output, errorMessage(e)].filter(Boolean).join("\n"),
                error: errorMessage(e),
            };
        }
    };
    return {
        current: (signal) => alembic.current(signal),
        heads: () => alembic.heads(),
        graph: () => readMigrations(o.directory, o.config ?? "alembic.ini"),
        upgrade: (target, signal) => step(() => alembic.upgrade(target, signal)),
        downgrade: (target, signal) => step(() => alembic.downgrade(target, signal)),
        countDropped: (operations, signal) => countDropped(operations, {
            run: o.run,
            directory: o.directory,
            command: o.command,
            ...(o.config ? { config: o.config } : {}),
            ...(o.env ? { env: o.env } : {}),
            timeoutMs: Math.min(o.timeoutMs, 60_000),
            ...(signal ? { signal } : {}),
        }),
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/clients.js
// The real adapters behind the smoke ports: the stack through the compose adapter (compose/: docker compose
// v2 or docker-compose v1, `docker inspect`, `docker logs`), the breaker through the state module on
// ioredis. Both are created only when a run asks for them, and the Redis side is loaded lazily, so a run
// without `redis-url` never loads ioredis.



const DOCKER_TIMEOUT_MS = 20_000;
/** The compose adapter's container, as the stack check reads it. Pure. */
function containerState(c) {
    return {
        service: c.service,
        id: c.id,
        name: c.name,
        status: c.status,
        running: c.running,
        restarting: c.restarting,
        oomKilled: c.oomKilled,
        exitCode: c.exitCode,
        health: c.health,
        restartCount: c.restartCount,
        startedAt: c.startedAt,
        finishedAt: c.finishedAt,
        ...(c.health === "unhealthy" && c.healthLog !== undefined ? { healthLog: c.healthLog } : {}),
    };
}
/** The stack port over the compose adapter (the command is detected on first use when `auto`). */
function clients_composeStackPort(options, run) {
    const compose = createCompose({
        run,
        files: options.files,
        project: options.project,
        cwd: options.cwd,
        env: options.env,
        command: parseComposeCommand(options.command),
        timeoutMs: DOCKER_TIMEOUT_MS,
    });
    const label = `${options.project ? `project ${options.project}` : "compose project"}${options.files.length ? ` (${options.files.join(", ")})` : ""}`;
    return {
        description: label,
        services: (signal) => compose.services({ signal }),
        async containers(signal) {
            return (await compose.inspect(undefined, { signal })).map(containerState);
        },
        logs: (id, lines, signal) => compose.containerLogs(id, { tail: lines, signal }),
    };
}
/**
 * The state port on Redis, through the state module (loaded on first use, with ioredis). Each read
 * connects, reads the four keys in one MGET, and closes, within `timeoutMs`.
 */
function clients_redisStatePort(url, options) {
    return {
        description: redactUrl(url),
        async read() {
            const { readOperationalState } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2576));
            const state = await readOperationalState(url, {
                keyPrefix: options.keyPrefix,
                deadlineMs: options.timeoutMs,
                connectTimeoutMs: options.timeoutMs,
                commandTimeoutMs: options.timeoutMs,
                input: "redis-url",
            });
            if (state.error !== undefined)
                throw new Error(state.error);
            return {
                cbState: state.raw.breaker,
                tripReason: state.tripReason,
                lastReset: state.lastReset,
                killSwitch: state.raw.killSwitch,
            };
        },
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/breaker.js
// The circuit breaker and the kill switch, read from Redis through a narrow port. Only the exact string
// `OPEN` (the runbook's normal state) passes; `TRIPPED` fails with its reason; anything else, or no key,
// fails too. The kill switch is reported. Redis unreachable is a verdict within `timeoutMs`, never a hang.

/** Judges what was read. Pure. */
function judgeBreaker(state, where) {
    const killSwitch = {
        active: state.killSwitch === "true" ? true : state.killSwitch === "false" ? false : undefined,
        raw: state.killSwitch,
    };
    const base = {
        checked: true,
        where,
        state: state.cbState,
        tripReason: state.tripReason,
        lastReset: state.lastReset,
        reachable: true,
        killSwitch,
    };
    if (state.cbState === "OPEN")
        return { ...base, verdict: "pass", reason: "circuit breaker OPEN (normal)" };
    if (state.cbState === "TRIPPED") {
        return {
            ...base,
            verdict: "fail",
            reason: `circuit breaker TRIPPED: ${state.tripReason ?? "no cb:trip_reason recorded"}`,
        };
    }
    if (state.cbState === null)
        return { ...base, verdict: "fail", reason: "circuit breaker state unknown: cb:state is not set" };
    return {
        ...base,
        verdict: "fail",
        reason: `circuit breaker state ${JSON.stringify(state.cbState.slice(0, 40))} is not OPEN`,
    };
}
/**
 * Reads and judges, giving up after `timeoutMs` (measured with the injected sleep) with an explicit
 * "unreachable" verdict; the read is aborted then, so an adapter can close its connection.
 */
async function breaker_checkBreaker(port, options, signal) {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    const done = new AbortController();
    try {
        const timedOut = options.sleep(options.timeoutMs, done.signal).then(() => {
            if (done.signal.aborted)
                return undefined;
            controller.abort(new Error(`no answer within ${options.timeoutMs} ms`));
            throw new Error(`no answer within ${options.timeoutMs} ms`);
        });
        const state = await Promise.race([port.read(controller.signal), timedOut]);
        if (state === undefined)
            throw new Error("aborted");
        return judgeBreaker(state, port.description);
    }
    catch (error) {
        const message = errorMessage(error);
        return {
            checked: true,
            verdict: "fail",
            reason: `Redis unreachable at ${port.description}: ${message}; circuit breaker and kill switch unknown`,
            where: port.description,
            state: undefined,
            tripReason: undefined,
            lastReset: undefined,
            reachable: false,
            error: message,
            killSwitch: { active: undefined, raw: undefined },
        };
    }
    finally {
        done.abort();
        signal?.removeEventListener("abort", onAbort);
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/endpoints.js
// Waits for one endpoint to be healthy: retries with exponential backoff and full jitter until the overall
// deadline, `successes` consecutive healthy answers required, then `samples` latency samples. All
// endpoints run concurrently (checkEndpoints). Time, sleep and randomness are injected.




/**
 * Probes one endpoint until it is healthy or `deadline` (a clock reading) passes, or `stop` aborts.
 */
async function endpoints_checkEndpoint(endpoint, policy, deps, deadline, stop) {
    const started = deps.clock();
    let attempts = 0;
    let requests = 0;
    let consecutive = 0;
    let failureStreak = 0;
    let last;
    let lastError;
    let healthyAfterMs;
    const report = (verdict, reason, samplesMs = []) => ({
        name: endpoint.name,
        url: redactUrl(endpoint.url),
        verdict,
        reason,
        status: last?.status,
        attempts,
        requests,
        healthyAfterMs,
        lastError,
        body: last?.body,
        latency: summarizeLatency(samplesMs),
        samplesMs: samplesMs.map((n) => Math.round(n * 100) / 100),
    });
    const request = async () => {
        const remaining = deadline - deps.clock();
        const result = await probe(endpoint.url, policy.expect, {
            timeoutMs: Math.max(1, Math.ceil(Math.min(policy.requestTimeoutMs, remaining))),
            signal: stop,
            get: deps.get,
            clock: deps.clock,
        });
        requests++;
        // A request the deadline cut short says nothing new: keep the evidence of the last real answer.
        const cutShort = !result.ok &&
            result.status === undefined &&
            remaining < policy.requestTimeoutMs &&
            deps.clock() >= deadline;
        if (cutShort && last !== undefined)
            return result;
        last = result;
        if (!result.ok)
            lastError = result.error;
        return result;
    };
    let flaps = 0;
    let samples = [];
    for (;;) {
        // Phase 1: until `successes` healthy answers in a row.
        for (;;) {
            if (stop?.aborted)
                return report("stopped", stoppedReason(attempts, last));
            if (deps.clock() >= deadline)
                return report("fail", failReason(attempts, last, deps.clock() - started, flaps));
            const result = await request();
            attempts++;
            if (stop?.aborted && !result.ok)
                return report("stopped", stoppedReason(attempts, last));
            let delay;
            if (result.ok) {
                consecutive++;
                failureStreak = 0;
                if (consecutive >= policy.successes)
                    break;
                delay = policy.confirmIntervalMs;
            }
            else {
                consecutive = 0;
                failureStreak++;
                delay = fullJitterDelay(failureStreak, { baseMs: policy.baseIntervalMs, capMs: policy.maxIntervalMs }, deps.random);
            }
            const remaining = deadline - deps.clock();
            if (remaining <= 0)
                continue;
            await deps.sleep(Math.min(delay, remaining), stop);
        }
        healthyAfterMs = Math.round(deps.clock() - started);
        // Phase 2: latency samples, one after the other (concurrent requests would measure each other). A
        // failed sample means it was not healthy after all: back to waiting, the samples thrown away.
        samples = [];
        let flapped = false;
        while (samples.length < policy.samples) {
            if (stop?.aborted || deps.clock() >= deadline) {
                const why = stop?.aborted ? "it was stopped early" : "the deadline";
                return report("inconclusive", `healthy, but only ${samples.length} of ${policy.samples} latency samples before ${why}`, samples);
            }
            const result = await request();
            // A sample cut short by the deadline (or a stop) says nothing about health: loop to the verdict above.
            if (!result.ok && (stop?.aborted || deps.clock() >= deadline))
                continue;
            if (!result.ok) {
                flapped = true;
                break;
            }
            samples.push(result.latencyMs);
        }
        if (!flapped)
            break;
        flaps++;
        consecutive = 0;
        failureStreak = 1;
        healthyAfterMs = undefined;
        const pause = fullJitterDelay(1, { baseMs: policy.baseIntervalMs, capMs: policy.maxIntervalMs }, deps.random);
        await deps.sleep(Math.max(0, Math.min(pause, deadline - deps.clock())), stop);
    }
    const flapNote = flaps > 0 ? ` (failed again ${flaps} time(s) while sampled: ${lastError})` : "";
    return report("pass", `healthy after ${attempts} attempt(s)${policy.samples > 0 ? `, ${samples.length} latency samples` : ""}${flapNote}`, samples);
}
function failReason(attempts, last, elapsedMs, flaps) {
    const seconds = `${Math.round(elapsedMs / 100) / 10}s`;
    if (attempts === 0)
        return "not probed before the deadline";
    const flapping = flaps > 0 ? ` (it was healthy ${flaps} time(s) but failed again while sampled)` : "";
    const why = last?.ok ? "not enough consecutive healthy answers" : (last?.error ?? "unknown error");
    return `not healthy after ${attempts} attempt(s) in ${seconds}: ${why}${flapping}`;
}
function stoppedReason(attempts, last) {
    return `not healthy yet after ${attempts} attempt(s) when another check failed${last?.error ? `: ${last.error}` : ""}`;
}
/** Every endpoint at once; the reports come back in input order. */
function checkEndpoints(endpoints, policy, deps, deadline, stop) {
    return Promise.all(endpoints.map((e) => endpoints_checkEndpoint(e, policy, deps, deadline, stop)));
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/safe-text.js
var safe_text = __nccwpck_require__(9985);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/smoke-tests.js
// The runbook's `pytest tests/e2e/test_smoke.py`: a command run without a shell, with a timeout; its exit
// code decides, and a JUnit report (when given) adds counts and the names of the failing tests.





async function smoke_tests_runSmokeTests(policy, deps, signal) {
    const argv = [...policy.argv];
    const base = { checked: true, argv };
    let result;
    try {
        result = await deps.run(argv, { timeoutMs: policy.timeoutMs, cwd: policy.cwd, env: policy.env, signal });
    }
    catch (error) {
        return {
            ...base,
            verdict: "fail",
            reason: `smoke tests could not start: ${errorMessage(error)}`,
            exitCode: null,
            timedOut: false,
            durationMs: 0,
            outputTail: "",
        };
    }
    const output = [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
    const report = {
        ...base,
        verdict: result.code === 0 && !result.timedOut ? "pass" : "fail",
        reason: "",
        exitCode: result.code,
        timedOut: result.timedOut,
        durationMs: Math.round(result.durationMs),
        outputTail: keepEnd(tailLines(output, policy.outputLines), 8_000),
    };
    if (policy.junitPath) {
        const path = deps.resolvePath(policy.cwd, policy.junitPath);
        try {
            report.junit = parseJunit(await deps.readFile(path));
        }
        catch (error) {
            report.junitError = `${policy.junitPath}: ${errorMessage(error)}`;
        }
    }
    const j = report.junit;
    const counts = j
        ? `${j.passed} passed, ${j.failures} failed, ${j.errors} errors, ${j.skipped} skipped`
        : undefined;
    if (report.verdict === "pass" && j && j.failures + j.errors > 0) {
        // The exit code said yes, the report says no: believe the failures.
        report.verdict = "fail";
        report.reason = `smoke tests exited 0 but the JUnit report lists failures (${counts})`;
    }
    else if (report.verdict === "pass" && report.junitError) {
        report.verdict = "fail";
        report.reason = `smoke tests passed but their JUnit report could not be read: ${report.junitError}`;
    }
    else if (report.verdict === "pass" && j && j.tests === 0) {
        report.verdict = "fail";
        report.reason = "smoke tests exited 0 but ran no test";
    }
    else if (report.verdict === "pass") {
        report.reason = `smoke tests passed${counts ? ` (${counts})` : ""} in ${Math.round(result.durationMs / 100) / 10}s`;
    }
    else {
        const names = j?.failed.slice(0, 5).map((f) => f.name) ?? [];
        report.reason = `smoke tests ${describeExit(result)}${counts ? ` (${counts})` : ""}${names.length ? `: ${names.join(", ")}${(j?.failed.length ?? 0) > names.length ? ", …" : ""}` : ""}`;
    }
    return report;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/stack.js
// The stack as `docker-compose ps` and `docker inspect` show it. A service fails the check when it is
// missing, not running, restarting, unhealthy, exited non-zero, OOM-killed, or when its restart count
// rises while we watch; the evidence includes the last lines of its logs. Reads through a narrow port.


/** At most this many characters of a failed service's log tail are kept. */
const LOG_TAIL_CHARS = 8_000;
/**
 * What is wrong with one service now, given its container(s) now and at the first look. Final problems
 * mean something crashed or stopped; the others (health check starting or unhealthy, container created)
 * may still clear before the deadline.
 */
function serviceProblems(now, first) {
    if (now.length === 0)
        return [{ text: "no container: the service is missing", final: true }];
    const problems = [];
    for (const c of now) {
        const who = now.length > 1 ? `${c.name}: ` : "";
        const before = first?.find((f) => f.id === c.id);
        if (before && c.restartCount > before.restartCount) {
            problems.push({
                text: `${who}restarted ${c.restartCount - before.restartCount} time(s) during the check (restart count ${before.restartCount} → ${c.restartCount})`,
                final: true,
            });
        }
        if (c.oomKilled)
            problems.push({ text: `${who}killed for running out of memory (OOMKilled)`, final: true });
        if (c.restarting || c.status === "restarting") {
            problems.push({
                text: `${who}restarting: crash loop (exit code ${c.exitCode}, restart count ${c.restartCount})`,
                final: true,
            });
        }
        else if (c.status === "exited" || c.status === "dead") {
            problems.push({
                text: `${who}${c.status} with code ${c.exitCode}${c.exitCode === 0 ? ", not running" : ""}`,
                final: true,
            });
        }
        else if (c.status === "created") {
            problems.push({ text: `${who}created but not started`, final: false });
        }
        else if (!c.running) {
            problems.push({ text: `${who}not running (${c.status})`, final: true });
        }
        else if (c.health === "unhealthy") {
            const last = c.healthLog?.trim().split("\n").at(-1);
            problems.push({ text: `${who}unhealthy${last ? `: ${last}` : ""}`, final: false });
        }
        else if (c.health === "starting") {
            problems.push({ text: `${who}health check still starting`, final: false });
        }
    }
    return problems;
}
/**
 * Watches the stack until every expected service passes and `observeMs` has gone by, a service fails for
 * good (crash, restart, OOM, exit, missing), the deadline passes, or `stop` aborts. Problems that may clear
 * (health starting, unhealthy) fail only at the deadline. Failed services get the tail of their logs.
 */
async function stack_checkStack(port, policy, deps, deadline, stop) {
    const started = deps.clock();
    let first;
    let inspections = 0;
    /** Final problems stay, even if a later look no longer shows them. */
    const finals = new Map();
    try {
        const expected = policy.expected.length > 0 ? [...policy.expected] : await port.services(stop);
        for (;;) {
            const containers = await port.containers(stop);
            inspections++;
            first ??= containers;
            const judged = expected.map((service) => {
                const mine = containers.filter((c) => c.service === service);
                const problems = serviceProblems(mine, first?.filter((c) => c.service === service));
                for (const p of problems.filter((p) => p.final)) {
                    const seen = finals.get(service) ?? [];
                    if (!seen.includes(p.text))
                        seen.push(p.text);
                    finals.set(service, seen);
                }
                return { service, problems, containers: mine };
            });
            const elapsed = deps.clock() - started;
            const allPass = judged.every((j) => j.problems.length === 0);
            const out = deps.clock() >= deadline;
            const stopped = stop?.aborted === true;
            if (finals.size > 0 || (allPass && elapsed >= policy.observeMs) || out || stopped) {
                const services = await Promise.all(judged.map(async (j) => {
                    const final = finals.get(j.service) ?? [];
                    const waiting = out ? j.problems.filter((p) => !p.final).map((p) => p.text) : [];
                    const problems = [...new Set([...final, ...waiting])];
                    const failed = problems.length > 0;
                    const c = j.containers[0];
                    const before = first?.find((f) => f.id === c?.id);
                    return {
                        service: j.service,
                        verdict: failed ? "fail" : "pass",
                        problems,
                        container: c?.name,
                        status: c?.status,
                        health: c?.health,
                        exitCode: c?.exitCode,
                        restartCount: c?.restartCount,
                        restartCountAtStart: before?.restartCount,
                        oomKilled: c?.oomKilled,
                        startedAt: c?.startedAt,
                        logTail: failed && c ? await safeLogs(port, c.id, policy.logLines, stop) : undefined,
                    };
                }));
                const failed = services.filter((s) => s.verdict === "fail");
                const result = (verdict, reason) => ({
                    checked: true,
                    description: port.description,
                    verdict,
                    reason,
                    services,
                    inspections,
                    first: first ?? [],
                });
                if (failed.length > 0)
                    return result("fail", describeFailures(failed));
                if (stopped && (!allPass || elapsed < policy.observeMs)) {
                    const waiting = judged.filter((j) => j.problems.length > 0).map((j) => j.service);
                    return result("stopped", `stopped early because another check failed${waiting.length ? ` (still waiting for ${waiting.join(", ")})` : ""}`);
                }
                const watched = policy.observeMs > 0 ? `, no restart in ${Math.round(elapsed / 100) / 10}s` : "";
                return result("pass", `${services.length} service(s) running${watched}`);
            }
            const untilObserved = allPass ? Math.max(1, policy.observeMs - elapsed) : policy.pollMs;
            const wait = Math.min(policy.pollMs, untilObserved, Math.max(1, deadline - deps.clock()));
            await deps.sleep(wait, stop);
        }
    }
    catch (error) {
        return {
            checked: true,
            description: port.description,
            verdict: "fail",
            reason: `could not read the stack: ${errorMessage(error)}`,
            services: [],
            inspections,
            error: errorMessage(error),
            first: first ?? [],
        };
    }
}
function describeFailures(failed) {
    return failed.map((s) => `${s.service}: ${s.problems.join("; ")}`).join(" · ");
}
/** One more look after everything else ran (the smoke tests may have crashed something). */
async function stack_recheckStack(port, report, logLines, signal) {
    const { first, ...base } = report;
    if (report.verdict !== "pass")
        return base;
    let containers;
    try {
        containers = await port.containers(signal);
    }
    catch (error) {
        return {
            ...base,
            verdict: "fail",
            reason: `could not read the stack again: ${errorMessage(error)}`,
            error: errorMessage(error),
        };
    }
    const services = await Promise.all(base.services.map(async (s) => {
        const now = containers.filter((c) => c.service === s.service);
        const problems = serviceProblems(now, first.filter((c) => c.service === s.service));
        const c = now[0];
        if (problems.length === 0)
            return { ...s, restartCount: c?.restartCount ?? s.restartCount };
        return {
            ...s,
            verdict: "fail",
            problems: problems.map((p) => p.text),
            status: c?.status,
            health: c?.health,
            exitCode: c?.exitCode,
            restartCount: c?.restartCount,
            oomKilled: c?.oomKilled,
            logTail: c ? await safeLogs(port, c.id, logLines, signal) : undefined,
        };
    }));
    const failed = services.filter((s) => s.verdict === "fail");
    const inspections = base.inspections + 1;
    if (failed.length === 0)
        return { ...base, services, inspections };
    return {
        ...base,
        services,
        inspections,
        verdict: "fail",
        reason: `at the final look: ${describeFailures(failed)}`,
    };
}
async function safeLogs(port, id, lines, signal) {
    try {
        // Lines can be long: the tail is bounded in characters too (it goes into the report and the summary).
        return keepEnd(await port.logs(id, lines, signal), LOG_TAIL_CHARS);
    }
    catch (error) {
        return `(could not read the logs: ${errorMessage(error)})`;
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/smoke.js
// "Is production OK right now?" — the runbook's health checks, `docker-compose ps`, `redis-cli GET
// cb:state` and `pytest tests/e2e/test_smoke.py`, as one function of (inputs, deps) → report. Endpoints,
// stack and breaker are checked at once; a check that fails for good stops the others waiting (fail-fast);
// smoke tests run only when those passed; the stack gets a last look at the end; latency is compared with
// a baseline. Used by actions/smoke, `ops smoke`, and the deploy and rollback engines.






/** Backoff after a failed probe starts at this ceiling and doubles; also the wait between confirmations. */
const BASE_INTERVAL_MS = 50;
const notConfigured = { checked: false, reason: "not configured" };
async function smoke_runSmoke(inputs, deps) {
    const startedAt = deps.now();
    const started = deps.clock();
    const deadline = started + inputs.timeoutMs;
    const log = deps.logger;
    if (inputs.stack && !deps.stack)
        throw new Error("runSmoke: inputs.stack is set but no stack port was given");
    if (inputs.breaker && !deps.state)
        throw new Error("runSmoke: inputs.breaker is set but no state port was given");
    // `stop` ends every wait: when the run is cancelled, or (fail-fast) when a check has failed for good.
    const stop = new AbortController();
    const onCancel = () => stop.abort(deps.signal?.reason);
    if (deps.signal?.aborted)
        onCancel();
    deps.signal?.addEventListener("abort", onCancel, { once: true });
    const failed = (why) => {
        if (inputs.failFast && !stop.signal.aborted) {
            log?.info(`failing fast: ${why}`);
            stop.abort(new Error(why));
        }
    };
    try {
        const policy = {
            expect: { status: inputs.expectStatus, json: inputs.expectJson },
            requestTimeoutMs: inputs.requestTimeoutMs,
            successes: inputs.successes,
            samples: inputs.samples,
            baseIntervalMs: Math.min(BASE_INTERVAL_MS, inputs.maxIntervalMs),
            maxIntervalMs: inputs.maxIntervalMs,
            confirmIntervalMs: Math.min(BASE_INTERVAL_MS, inputs.maxIntervalMs),
        };
        const endpointDeps = { get: deps.get, clock: deps.clock, sleep: deps.sleep, random: deps.random };
        const endpointsDone = Promise.all(inputs.endpoints.map(async (endpoint) => {
            const r = await checkEndpoint(endpoint, policy, endpointDeps, deadline, stop.signal);
            logEndpoint(log, r);
            if (r.verdict === "fail")
                failed(`${r.name} is not healthy`);
            return r;
        }));
        const stackDone = inputs.stack && deps.stack
            ? checkStack(deps.stack, {
                expected: inputs.stack.services,
                observeMs: inputs.stack.observeMs,
                pollMs: inputs.stack.pollMs,
                logLines: inputs.stack.logLines,
            }, { clock: deps.clock, sleep: deps.sleep }, deadline, stop.signal).then((r) => {
                log?.info(`stack: ${r.verdict} — ${r.reason}`);
                if (r.verdict === "fail")
                    failed("a service failed");
                return r;
            })
            : undefined;
        const breakerDone = inputs.breaker && deps.state
            ? checkBreaker(deps.state, { timeoutMs: inputs.breaker.timeoutMs, sleep: deps.sleep }, deps.signal).then((r) => {
                log?.info(`breaker: ${r.verdict} — ${r.reason}`);
                if (r.verdict === "fail")
                    failed("the circuit breaker check failed");
                return r;
            })
            : undefined;
        const [endpoints, stackFirst, breaker] = await Promise.all([endpointsDone, stackDone, breakerDone]);
        const cancelled = () => deps.signal?.aborted === true;
        // Smoke tests only make sense against a healthy stack.
        const healthFailed = endpoints.some((e) => e.verdict === "fail" || e.verdict === "stopped") ||
            (stackFirst !== undefined && stackFirst.verdict !== "pass") ||
            breaker?.verdict === "fail";
        let smokeTests = notConfigured;
        if (inputs.smokeTests && cancelled())
            smokeTests = { checked: false, reason: "skipped: the run was cancelled" };
        else if (inputs.smokeTests && healthFailed)
            smokeTests = { checked: false, reason: "skipped: the health checks failed" };
        else if (inputs.smokeTests) {
            log?.info(`smoke tests: running ${inputs.smokeTests.argv.join(" ")}`);
            smokeTests = await runSmokeTests({ ...inputs.smokeTests, outputLines: 40 }, { run: deps.run, ...deps.files }, deps.signal);
            log?.info(`smoke tests: ${smokeTests.verdict} — ${smokeTests.reason}`);
        }
        // A last look at the stack: did anything restart while the tests ran?
        let services = notConfigured;
        if (stackFirst && deps.stack) {
            services = cancelled()
                ? (({ first: _, ...rest }) => rest)(stackFirst)
                : await recheckStack(deps.stack, stackFirst, inputs.stack?.logLines ?? 30, deps.signal);
        }
        let degradation = notConfigured;
        if (inputs.baseline) {
            degradation = compareWithBaseline(endpoints.map((e) => ({ name: e.name, samplesMs: e.samplesMs })), inputs.baseline, inputs.latencyToleranceMs);
        }
        return finishReport({
            startedAt: startedAt.toISOString(),
            finishedAt: deps.now().toISOString(),
            durationMs: Math.round(deps.clock() - started),
            cancelled: cancelled(),
            settings: {
                timeoutMs: inputs.timeoutMs,
                requestTimeoutMs: inputs.requestTimeoutMs,
                successes: inputs.successes,
                samples: inputs.samples,
                expectStatus: inputs.expectStatus.text,
                expectJson: inputs.expectJson.map((c) => `${c.path}=${c.value}`),
            },
            endpoints,
            services,
            breaker: breaker ?? notConfigured,
            smokeTests,
            degradation,
        });
    }
    finally {
        deps.signal?.removeEventListener("abort", onCancel);
    }
}
function logEndpoint(log, r) {
    if (!log)
        return;
    const latency = r.latency.samples ? ` p50 ${r.latency.p50Ms} ms, p95 ${r.latency.p95Ms} ms` : "";
    const line = `${r.name}: ${r.verdict} — ${r.reason}${latency}`;
    if (r.verdict === "pass") {
        log.info(line);
        return;
    }
    log.warning(line);
    // The body is evidence; the logger makes each line inert (a body line cannot act as a workflow command).
    if (r.body)
        log.info(`${r.name} answered (status ${r.status ?? "none"}):\n${r.body}`);
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/adapters/smoke.js
// ReleaseSmoke over the smoke core (health/): one runSmoke per check, its report reduced to what a
// release decision needs (verdict, degradation, crash loops, breaker, failing services, evidence).






/** The smoke report as a release sees it. Pure. */
function healthFromSmoke(report) {
    const evidence = [report.headline];
    for (const e of report.endpoints) {
        const latency = e.latency.samples ? ` (p50 ${e.latency.p50Ms} ms over ${e.latency.samples} samples)` : "";
        evidence.push(`${e.name}: ${e.verdict} — ${e.reason}${latency}`);
    }
    const crashLooping = [];
    const failingServices = [];
    if (report.services.checked) {
        for (const s of report.services.services) {
            if (s.verdict !== "fail")
                continue;
            failingServices.push(s.service);
            evidence.push(`service ${s.service}: ${s.problems.join("; ")}`);
            const rose = s.restartCount !== undefined &&
                s.restartCountAtStart !== undefined &&
                s.restartCount > s.restartCountAtStart;
            if (rose || s.status === "restarting" || s.problems.some((p) => /restart/i.test(p)))
                crashLooping.push(s.service);
        }
    }
    // An endpoint named after a service points at it for log tails.
    const serviceNames = report.services.checked ? report.services.services.map((s) => s.service) : [];
    for (const e of report.endpoints) {
        if (e.verdict !== "pass" && serviceNames.includes(e.name) && !failingServices.includes(e.name))
            failingServices.push(e.name);
    }
    let breaker;
    if (report.breaker.checked) {
        breaker = report.breaker.state ?? undefined;
        evidence.push(`breaker: ${report.breaker.verdict} — ${report.breaker.reason}`);
    }
    if (report.smokeTests.checked)
        evidence.push(`smoke tests: ${report.smokeTests.verdict} — ${report.smokeTests.reason}`);
    let degradationPct;
    if (report.degradation.checked) {
        const tolerance = report.degradation.toleranceMs;
        const compared = report.degradation.endpoints.filter((e) => e.change !== undefined);
        // A slowdown within the tolerance is noise (0.4 ms → 0.9 ms on loopback is +125%), as the smoke
        // core's own verdict says: it never counts as degradation.
        const within = (e) => e.currentP50Ms !== undefined &&
            e.baselineP50Ms !== undefined &&
            e.currentP50Ms - e.baselineP50Ms <= (tolerance ?? 0);
        const beyond = compared.filter((e) => !within(e)).map((e) => e.change);
        if (compared.length > 0)
            degradationPct = Math.max(0, ...beyond) * 100;
        evidence.push(`degradation: ${report.degradation.verdict} — ${report.degradation.reason}`);
    }
    return {
        verdict: report.verdict,
        ...(degradationPct !== undefined ? { degradationPct } : {}),
        crashLooping,
        breaker,
        failingServices,
        evidence,
        raw: report,
    };
}
/** The baseline from an earlier check: the HealthReport the engine kept (its `raw`), or a smoke report. */
function baselineOf(earlier) {
    const r = (earlier?.raw ?? earlier);
    if (!r || !Array.isArray(r.endpoints))
        return undefined;
    return {
        takenAt: r.finishedAt,
        endpoints: r.endpoints.map((e) => ({ name: e.name, samplesMs: e.samplesMs })),
    };
}
function smoke_smokeAdapter(config, run, logger) {
    const stack = config.compose ? composeStackPort({ ...config.compose }, run) : undefined;
    const state = config.redis
        ? redisStatePort(config.redis.url, {
            keyPrefix: config.redis.keyPrefix,
            timeoutMs: config.smoke.breaker?.timeoutMs ?? 3_000,
        })
        : undefined;
    return {
        async check({ baseline, signal, purpose }) {
            const fromBaseline = baselineOf(baseline);
            const { breaker: breakerCheck, ...rest } = config.smoke;
            const inputs = {
                ...rest,
                ...(breakerCheck && purpose !== "rollback" ? { breaker: breakerCheck } : {}),
                ...(fromBaseline && !config.smoke.baseline ? { baseline: fromBaseline } : {}),
            };
            const report = await runSmoke(inputs, {
                get: fetchGet,
                clock: realClock,
                sleep: realSleep,
                random: Math.random,
                now: () => new Date(),
                ...(stack ? { stack } : {}),
                ...(state && purpose !== "rollback" ? { state } : {}),
                run,
                files: {
                    readFile: (p) => readFile(p, "utf8"),
                    resolvePath: (cwd, p) => resolve(cwd ?? process.cwd(), p),
                },
                logger,
                ...(signal ? { signal } : {}),
            });
            return healthFromSmoke(report);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/history.js
// Reading the deployment history: the effective state of a deployment, the last known good release, the
// current one, and the rollback target the user asked for.


/**
 * The latest status that says something about the release itself. `inactive` is bookkeeping (GitHub
 * and this project set it on older deployments when a newer one goes live), so it is skipped: a release
 * that was good and then replaced is still good. A later `failure` (e.g. "faulty: rolled back by …")
 * overrides an earlier `success`.
 */
function history_effectiveState(d) {
    for (const s of d.statuses) {
        if (s.state === "inactive")
            continue;
        if (s.state === "success")
            return "success";
        if (s.state === "failure")
            return "failure";
        if (s.state === "error")
            return "error";
        return "in_progress";
    }
    return "none";
}
/** Newest first, by creation time then id (GitHub lists newest first, but do not rely on it). */
function newestFirst(deployments) {
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
function history_currentRelease(deployments, running) {
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
        if (!record)
            continue;
        const state = history_effectiveState(d);
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
function history_lastKnownGood(deployments, current) {
    const sorted = newestFirst(deployments);
    const start = current ? sorted.findIndex((d) => d.id === current.id) + 1 : 0;
    for (const d of sorted.slice(Math.max(0, start))) {
        if (current && (d.id === current.id || d.sha === current.sha))
            continue;
        if (history_effectiveState(d) !== "success")
            continue;
        const record = parseRecord(d.payload);
        if (!record || Object.keys(record.images).length === 0)
            continue;
        return { deployment: d, record };
    }
    return undefined;
}
/**
 * `last-good`, a commit sha (7 to 40 hex characters with at least one letter, or all 40 characters), or a
 * deployment id (digits, optionally after `#`). Digits only, 7 or more and no `#`: a deployment id if one matches, else a short sha.
 */
function history_parseRollbackTarget(text, input = "target") {
    const t = (text ?? "").trim();
    if (t === "" || t === "last-good")
        return { kind: "last-good" };
    const id = t.match(/^#?(\d{1,15})$/)?.[1];
    if (id !== undefined && t.length !== 40) {
        return t.length >= 7 && !t.startsWith("#")
            ? { kind: "deployment", id: Number(id), orSha: t }
            : { kind: "deployment", id: Number(id) };
    }
    if (/^[0-9a-f]{7,40}$/i.test(t))
        return { kind: "sha", sha: t.toLowerCase() };
    throw new ConfigurationError(`input \`${input}\`: ${JSON.stringify(t.slice(0, 80))} is not valid; expected last-good, a commit sha (7 to 40 hex characters) or a deployment id`, { input });
}
/** Finds the deployment the target names; undefined when none matches (the caller refuses). */
function history_resolveTarget(target, deployments, current) {
    if (target.kind === "last-good")
        return history_lastKnownGood(deployments, current);
    const matches = [];
    for (const d of newestFirst(deployments)) {
        const match = target.kind === "deployment" ? d.id === target.id : d.sha.startsWith(target.sha);
        if (!match)
            continue;
        const record = parseRecord(d.payload);
        if (record)
            matches.push({ deployment: d, record });
    }
    if (matches.length === 0 && target.kind === "deployment" && target.orSha) {
        return history_resolveTarget({ kind: "sha", sha: target.orSha }, deployments, current);
    }
    // For a sha, prefer a deployment of it that went well; its record is the one to trust.
    return matches.find((m) => history_effectiveState(m.deployment) === "success") ?? matches[0];
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/config.js
// The deploy and rollback actions' inputs, read once into frozen typed objects, and the adapters built
// from them. The actions stay thin: parse → wire → engine → outputs and summary.












async function config_readHost(inputs, defaultBranch) {
    const workingDirectory = resolve(inputs.string("working-directory", "."));
    const redisUrl = inputs.optional("redis-url");
    const smoke = await readSmokeConfig(inputs, {
        readFile: (p) => readFile(p, "utf8"),
        resolvePath: (cwd, p) => (isAbsolute(p) ? p : resolve(cwd ?? process.cwd(), p)),
    });
    const incidentMode = inputs.enum("incident-report", ["summary", "pr", "file"], "summary");
    const alembicDir = inputs.string("alembic-directory", "db");
    return {
        token: inputs.required("token", "a GitHub token (the default github.token works)"),
        environment: inputs.string("environment", "production"),
        workingDirectory,
        redisUrl,
        keyPrefix: inputs.string("key-prefix", ""),
        compose: {
            command: inputs.enum("compose-command", ["auto", "docker compose", "docker-compose"], "auto"),
            files: inputs.list("compose-file"),
            project: inputs.optional("compose-project"),
            versionVariable: inputs.string("version-variable", "RELEASE_VERSION"),
            source: inputs.enum("image-source", ["build", "pull"], "build"),
            timeoutMs: inputs.duration("compose-timeout", { fallback: 300_000, min: 1000, max: 3_600_000 }),
        },
        alembic: {
            command: inputs.argv("alembic-command") ?? ["alembic"],
            directory: isAbsolute(alembicDir) ? alembicDir : resolve(workingDirectory, alembicDir),
            config: inputs.optional("alembic-config"),
            timeoutMs: inputs.duration("migration-timeout", { fallback: 600_000, min: 1000, max: 6 * 3_600_000 }),
        },
        smoke,
        lockWaitMs: inputs.duration("lock-wait", { fallback: 300_000, min: 0, max: 3_600_000 }),
        lockTtlMs: inputs.duration("lock-ttl", { fallback: 120_000, min: 5_000, max: 3_600_000 }),
        strategy: inputs.enum("strategy", ["down-up", "recreate"], "down-up"),
        incident: incidentMode === "pr"
            ? { kind: "pr", base: defaultBranch }
            : incidentMode === "file"
                ? { kind: "file" }
                : { kind: "summary" },
        incidentFile: incidentMode === "file",
        logTailLines: inputs.integer("log-lines", { fallback: 50, min: 1, max: 1000 }),
    };
}
async function config_readDeployConfig(inputs, run, defaultBranch) {
    const host = await config_readHost(inputs, defaultBranch);
    const sha = inputs.string("sha", run.sha);
    if (!/^[0-9a-f]{40}$/i.test(sha)) {
        throw new ConfigurationError(`input \`sha\`: ${JSON.stringify(sha.slice(0, 80))} is not a full commit sha`, { input: "sha" });
    }
    const patternText = inputs.string("log-error-pattern", "\\b(ERROR|CRITICAL|FATAL)\\b|Traceback \\(most recent call last\\)");
    let logErrorPattern;
    try {
        logErrorPattern = new RegExp(patternText);
    }
    catch (e) {
        throw new ConfigurationError(`input \`log-error-pattern\`: not a valid regular expression (${e.message})`, { input: "log-error-pattern" });
    }
    return Object.freeze({
        host,
        deploy: Object.freeze({
            sha: sha.toLowerCase(),
            branch: inputs.string("branch", defaultBranch),
            environment: host.environment,
            requireApproval: inputs.boolean("require-approval", true),
            requiredChecks: inputs.list("required-checks"),
            ignoreChecks: inputs.list("ignore-checks").length
                ? inputs.list("ignore-checks")
                : [run.workflow ? `${run.workflow}*` : "deploy*"],
            ciTimeoutMs: inputs.duration("ci-timeout", { fallback: 600_000, min: 0, max: 6 * 3_600_000 }),
            ciPollMs: inputs.duration("ci-poll", { fallback: 15_000, min: 1_000, max: 600_000 }),
            migrationsCheck: inputs.string("migrations-check", "migrations-tested"),
            version: inputs.string("version", sha.toLowerCase()),
            lockWaitMs: host.lockWaitMs,
            lockTtlMs: host.lockTtlMs,
            backupCommand: inputs.argv("backup-command"),
            strategy: host.strategy,
            keepReleases: inputs.integer("keep-releases", { fallback: 5, min: 1, max: 100 }),
            baseline: inputs.boolean("pre-deploy-baseline", true),
            watchMs: inputs.duration("watch", { fallback: 120_000, min: 0, max: 3_600_000 }),
            watchIntervalMs: inputs.duration("watch-interval", { fallback: 20_000, min: 1_000, max: 600_000 }),
            logErrorPattern,
            logTailLines: host.logTailLines,
            onFailure: inputs.enum("on-failure", ["rollback", "stop"], "rollback"),
            dryRun: inputs.boolean("dry-run", false),
            incident: host.incident,
            metrics: readMetricsConfig(inputs),
        }),
    });
}
/** `metrics-url` and `metrics-query` together or not at all; the limits checked strictly. */
function readMetricsConfig(inputs) {
    const url = inputs.url("metrics-url", ["https:", "http:"]);
    const query = inputs.optional("metrics-query");
    if (url === undefined && query === undefined)
        return undefined;
    if (url === undefined || query === undefined) {
        const missing = url === undefined ? "metrics-url" : "metrics-query";
        throw new ConfigurationError(`${inputs.label(missing)} is needed with ${inputs.label(missing === "metrics-url" ? "metrics-query" : "metrics-url")}: give both or neither`, { input: missing });
    }
    const increase = inputs.string("metrics-max-increase", "50%");
    const m = /^(\d+(?:\.\d+)?)%$/.exec(increase.trim());
    const pct = m ? Number(m[1]) : Number.NaN;
    if (!Number.isFinite(pct) || pct > 10_000) {
        throw new ConfigurationError(`${inputs.label("metrics-max-increase")}: ${JSON.stringify(increase.slice(0, 40))} is not a percentage such as \`50%\` (0% to 10000%)`, { input: "metrics-max-increase" });
    }
    const thresholdText = inputs.optional("metrics-threshold");
    const threshold = thresholdText === undefined ? undefined : Number(thresholdText.trim());
    if (threshold !== undefined && (thresholdText?.trim() === "" || !Number.isFinite(threshold))) {
        throw new ConfigurationError(`${inputs.label("metrics-threshold")}: ${JSON.stringify(thresholdText?.slice(0, 40))} is not a number`, { input: "metrics-threshold" });
    }
    return Object.freeze({
        url,
        query,
        maxIncrease: pct / 100,
        threshold,
        timeoutMs: inputs.duration("metrics-timeout", { fallback: 10_000, min: 100, max: 120_000 }),
    });
}
async function config_readRollbackConfig(inputs, defaultBranch) {
    const host = await config_readHost(inputs, defaultBranch);
    const reason = inputs.required("reason", "why production is being rolled back (it goes into the incident report)");
    return Object.freeze({
        host,
        notifyWebhook: inputs.url("notify-webhook", ["https:", "http:"]),
        rollback: Object.freeze({
            environment: host.environment,
            target: parseRollbackTarget(inputs.optional("target")),
            dbRevision: parseDbRevision(inputs.optional("db-revision")),
            dbOnly: inputs.boolean("db-only", false),
            reason,
            dryRun: inputs.boolean("dry-run", false),
            confirmDestructive: inputs.boolean("confirm-destructive", false),
            integrityCommand: inputs.argv("integrity-command"),
            strategy: host.strategy,
            lockWaitMs: host.lockWaitMs,
            lockTtlMs: host.lockTtlMs,
            createHotfixBranch: inputs.boolean("create-hotfix-branch", false),
            incident: host.incident,
            logTailLines: host.logTailLines,
        }),
    });
}
const config_realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolveSleep, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const t = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolveSleep();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
/** A Slack-compatible webhook: POST {"text": …} with a timeout. */
function config_webhookNotifier(url, timeoutMs = 10_000) {
    return {
        async post(text) {
            const res = await fetch(url, {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ text }),
                signal: AbortSignal.timeout(timeoutMs),
            });
            if (!res.ok)
                throw new Error(`the notify webhook answered ${res.status}`);
        },
    };
}
/** The real adapters behind the engines' ports. */
function config_wire(o) {
    const run = o.runner ?? runCommand;
    const env = o.env ?? process.env;
    const commands = {
        async run(argv, signal) {
            const r = await run(argv, {
                cwd: o.host.workingDirectory,
                env,
                timeoutMs: 1_800_000,
                ...(signal ? { signal } : {}),
            });
            return {
                ok: r.code === 0 && !r.timedOut,
                output: [r.stdout, r.stderr].filter((s) => s.trim()).join("\n"),
            };
        },
    };
    const unreachable = (why) => ({
        read: async () => ({ killSwitch: undefined, breaker: undefined, error: why }),
        acquireLock: async () => {
            throw new Error(why);
        },
        lockHolder: async () => undefined,
        tripBreaker: async () => {
            throw new Error(why);
        },
        setKillSwitch: async () => {
            throw new Error(why);
        },
        audit: async () => undefined,
    });
    return {
        github: releaseGitHubPort({ token: o.host.token, apiUrl: o.run.apiUrl, repository: o.run.repository }),
        state: o.host.redisUrl
            ? redisState({
                url: o.host.redisUrl,
                keyPrefix: o.host.keyPrefix,
                logger: o.logger,
                kind: o.kind,
                actor: o.run.actor,
                runId: o.run.runId,
                runUrl: o.run.runUrl,
                sha: o.sha,
                onClose: (fn) => o.onCleanup(fn),
                ...(o.onLockAcquired ? { onLockAcquired: o.onLockAcquired } : {}),
            })
            : unreachable("no redis-url given: the kill switch, breaker and deploy lock cannot be read"),
        compose: composeAdapter({ ...o.host.compose, cwd: o.host.workingDirectory, env, run }),
        migrations: alembicAdapter({ ...o.host.alembic, env, run }),
        smoke: smokeAdapter(o.host.smoke, run, o.logger),
        clock: config_realClock,
        logger: o.logger,
        commands,
        ...(o.notifier ? { notifier: o.notifier } : {}),
        ...(o.onDeploymentCreated ? { onDeploymentCreated: o.onDeploymentCreated } : {}),
        signal: o.signal,
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/backup.js
// The backup-command's artefact: where the backup went, so the summary and an incident report can say where
// the data is when a release dropped some. Its output path when the command names one (`pg_dump -f F`,
// `--file=F`, `-o F`, `--output F`, mysqldump's `--result-file=F`/`-r F`, or a `> F` redirection inside
// `sh -c "…"`), otherwise its last line of output (a backup script saying where it wrote). A named file is
// checked for existence and size when its path is absolute (a relative one is relative to the working
// directory the command ran in).


const FILE_FLAGS = new Set(["-f", "--file", "-o", "--output", "--result-file", "-r"]);
/** The output path named in the argv, if any. Pure. */
function backupPath(argv) {
    let found;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const eq = /^(--file|--output|--result-file)=(.+)$/.exec(a);
        if (eq)
            found = eq[2];
        else if (FILE_FLAGS.has(a) && argv[i + 1] !== undefined)
            found = argv[i + 1];
        else if (/^-f\S+$/.test(a) && a !== "-f")
            found = a.slice(2);
    }
    if (found)
        return found;
    // `sh -c "pg_dump … > /backups/x.sql"`: the last redirection target.
    const script = argv.findIndex((a, i) => a === "-c" && i > 0 && /(^|\/)(ba|da|z)?sh$/.test(argv[0]));
    if (script > 0) {
        const m = [...(argv[script + 1] ?? "").matchAll(/(?:^|[^0-9&>])>{1,2}\s*([^\s;&|]+)/g)].at(-1);
        if (m?.[1])
            return m[1].replace(/^["']|["']$/g, "");
    }
    return undefined;
}
/** The artefact of a finished backup command (stats the file when the path is absolute). */
async function backup_describeBackup(argv, output) {
    const path = backupPath(argv);
    if (path) {
        if (!isAbsolute(path))
            return { command: [...argv], artefact: path, kind: "file" };
        const s = await stat(path).catch(() => undefined);
        return {
            command: [...argv],
            artefact: path,
            kind: "file",
            ...(s ? { bytes: s.size } : { missing: true }),
        };
    }
    const last = output
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .at(-1);
    return last
        ? { command: [...argv], artefact: last.slice(0, 300), kind: "output" }
        : { command: [...argv], artefact: "the command printed nothing and names no output file", kind: "none" };
}
function size(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} kB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
/** `/backups/app-0004.sql (12.3 kB)`, `backup said: stored s3://…`. Pure. */
function backup_backupLine(b) {
    if (b.kind === "file") {
        return `${b.artefact}${b.bytes !== undefined ? ` (${size(b.bytes)})` : b.missing ? " (NOT FOUND after the command)" : ""}`;
    }
    if (b.kind === "output")
        return `the backup command said: ${b.artefact}`;
    return b.artefact;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/destructive.js
// Destructive upgrades: what a release's migrations drop on the way UP (a table, a column, rows), named with
// the row count the database gives before the upgrade runs, and, when a rollback undoes such a migration,
// what its downgrade brings back empty: a downgrade re-creates the schema, never the rows. The row counts
// and what the database holds after a rollback come through the migrations port (migrations/rows.ts says
// what it can and cannot count); the wording here is pure.

/** What the upgrades of `migrations` drop, without counts. Pure. */
function destructive_upgradeDrops(migrations) {
    return migrations.flatMap((m) => (m.destructiveUpgrade ?? []).map((operation) => ({ revision: m.revision, operation })));
}
/** Counts through the port; never throws (an unknown count says why). */
async function counted(drops, migrations, signal) {
    if (drops.length === 0)
        return [];
    let counts;
    let why = "this adapter cannot count rows";
    if (migrations.countDropped) {
        try {
            counts = await migrations.countDropped(drops.map((d) => d.operation), signal);
        }
        catch (e) {
            why = `the row count failed: ${errorMessage(e)}`;
        }
    }
    return drops.map((d, i) => {
        const c = counts?.[i];
        return {
            ...d,
            rows: c?.rows,
            ...(c?.rows === undefined ? { note: c?.note ?? why } : {}),
        };
    });
}
/** The pending migrations' drops with the rows each takes now (before the upgrade). */
function destructive_measureDestructiveUpgrades(pending, migrations, signal) {
    return counted(destructive_upgradeDrops(pending), migrations, signal);
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function target(operation) {
    const [verb, ...rest] = operation.split(" ");
    const name = rest.join(" ").replace(/^(from|table)\s+/, "");
    if (verb === "drop_column")
        return { kind: "column", name };
    if (verb === "delete")
        return { kind: "delete", name };
    if (verb === "truncate")
        return { kind: "truncate", name };
    return { kind: "table", name };
}
/** `drops table legacy_fills`, `drops column orders.note`, `deletes from audit`. Pure. */
function destructive_dropVerb(operation) {
    const t = target(operation);
    return t.kind === "column"
        ? `drops column ${t.name}`
        : t.kind === "delete"
            ? `deletes from ${t.name}`
            : t.kind === "truncate"
                ? `truncates ${t.name}`
                : `drops table ${t.name}`;
}
/** `drops table legacy_fills (3 rows)`, `drops column orders.note (2 rows with a value)`. Pure. */
function destructive_describeDrop(d) {
    const t = target(d.operation);
    const what = destructive_dropVerb(d.operation);
    if (d.rows === undefined)
        return `${what} (row count unknown: ${d.note ?? "not counted"})`;
    const rows = t.kind === "column"
        ? `${plural(d.rows, "row")} with a value`
        : t.kind === "delete"
            ? `up to ${plural(d.rows, "row")}`
            : plural(d.rows, "row");
    return `${what} (${rows})`;
}
/** `0005 drops table legacy_fills (3 rows)`. Pure. */
function destructive_destructiveLine(d) {
    return `${d.revision} ${destructive_describeDrop(d)}`;
}
/**
 * After a downgrade that undid `undone`: what their upgrades had dropped, and what the database holds now.
 * `known` carries the counts the deploy took before the upgrade (an automatic rollback has them).
 */
async function destructive_measureDataBack(undone, known, migrations, signal) {
    const drops = destructive_upgradeDrops(undone).filter((d) => !d.operation.startsWith("delete") && !d.operation.startsWith("truncate"));
    const now = await counted(drops, migrations, signal);
    return now.map((n) => {
        const before = known?.find((k) => k.revision === n.revision && k.operation === n.operation);
        return {
            revision: n.revision,
            operation: n.operation,
            droppedRows: before?.rows,
            rowsNow: n.rows,
            ...(n.note ? { note: n.note } : {}),
        };
    });
}
/**
 * `legacy_fills came back empty (0 rows now; 3 rows were dropped by the upgrade of 0005)`. Pure.
 * A table or column the downgrade did not re-create is said so.
 */
function destructive_describeDataBack(d) {
    const t = target(d.operation);
    const noun = t.kind === "column" ? `column ${t.name}` : `table ${t.name}`;
    const dropped = d.droppedRows === undefined
        ? `the upgrade of ${d.revision} dropped its data`
        : `the upgrade of ${d.revision} dropped ${t.kind === "column" ? `${plural(d.droppedRows, "value")}` : plural(d.droppedRows, "row")}`;
    if (d.rowsNow === undefined) {
        return d.note === "no such table" || d.note === "no such column"
            ? `${noun} was not re-created by the downgrade (${dropped})`
            : `${noun} was re-created by the downgrade without its data (${dropped}; rows now unknown: ${d.note ?? "not counted"})`;
    }
    if (d.rowsNow === 0) {
        return `${noun} came back empty (${t.kind === "column" ? "no value in any row" : "0 rows"} now; ${dropped})`;
    }
    return `${noun} came back with ${t.kind === "column" ? plural(d.rowsNow, "value") : plural(d.rowsNow, "row")}, not the dropped data (${dropped})`;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/gates.js
// The pre-deployment checklist: each row a gate with its evidence. Every read-only gate is evaluated
// (so the summary shows them all); the lock is taken last, only when every other gate passed.






const LABELS = {
    "branch-head": "Commit is the head of the deploy branch",
    "pr-approved": "Merged pull request with an approving review",
    "ci-green": "CI passed on the commit",
    "kill-switch": "Kill switch off",
    breaker: "Circuit breaker OPEN",
    "alembic-head": "Alembic has exactly one head; pending migrations listed",
    "migrations-tested": "Migrations tested (upgrade, downgrade, upgrade) on the commit",
    "rollback-plan": "A rollback plan exists",
    lock: "Deploy lock acquired",
};
function gates_gateRow(id, ok, evidence) {
    return { id, label: LABELS[id], ok, evidence };
}
function gates_gateChecklist(rows) {
    return rows.map((r) => ({ label: r.label, ok: r.ok, evidence: r.evidence }));
}
async function guardedGate(id, fn) {
    try {
        return await fn();
    }
    catch (e) {
        // A gate that cannot be evaluated fails closed.
        return gates_gateRow(id, false, `could not be checked: ${errorMessage(e)}`);
    }
}
/** Evaluates every read-only gate. Nothing here changes anything. */
async function gates_evaluateGates(inputs, deps, deployments) {
    const { github, state, migrations, compose, clock } = deps;
    const rows = [];
    // Break glass: a gate only GitHub can answer is shown as skipped (never as passed) when it does not.
    const skip = deps.skipGates;
    const guarded = (id, fn) => skip?.ids.includes(id)
        ? Promise.resolve(gates_gateRow(id, undefined, `skipped: ${skip.why}`))
        : guardedGate(id, fn);
    // The independent reads run at the same time; rows keep the checklist's order.
    const branchRow = guarded("branch-head", async () => {
        const head = await github.branchHead(inputs.branch);
        return head === inputs.sha
            ? gates_gateRow("branch-head", true, `${shortSha(inputs.sha)} is the head of ${inputs.branch}`)
            : gates_gateRow("branch-head", false, `the head of ${inputs.branch} is ${shortSha(head)}, not ${shortSha(inputs.sha)} (a newer commit will deploy)`);
    });
    const prRow = guarded("pr-approved", async () => {
        if (!inputs.requireApproval)
            return gates_gateRow("pr-approved", undefined, "turned off (require-approval: false)");
        const pr = await github.pullRequestForCommit(inputs.sha);
        if (!pr)
            return gates_gateRow("pr-approved", false, `no merged pull request brought ${shortSha(inputs.sha)} (pushed directly?)`);
        if (!pr.merged)
            return gates_gateRow("pr-approved", false, `PR #${pr.number} is not merged`);
        if (pr.approvedBy.length === 0)
            return gates_gateRow("pr-approved", false, `PR #${pr.number} has no approving review`);
        return gates_gateRow("pr-approved", true, `PR #${pr.number} approved by ${pr.approvedBy.join(", ")}`);
    });
    let ci;
    let checksSeen = [];
    const ciRow = guarded("ci-green", async () => {
        const deadline = clock.now() + inputs.ciTimeoutMs;
        const started = clock.now();
        for (;;) {
            checksSeen = await github.commitChecks(inputs.sha);
            ci = ciVerdict(checksSeen, { required: inputs.requiredChecks, ignore: inputs.ignoreChecks });
            if (ci.state !== "pending" || clock.now() >= deadline)
                break;
            await clock.sleep(Math.min(inputs.ciPollMs, Math.max(0, deadline - clock.now())), deps.signal);
        }
        const waited = clock.now() - started;
        if (ci.state === "success") {
            return gates_gateRow("ci-green", true, `${ci.passed.length} check(s) green${waited > 0 ? ` after waiting ${formatDuration(waited)}` : ""}: ${ci.passed.join(", ")}`);
        }
        if (ci.state === "failure")
            return gates_gateRow("ci-green", false, `failing: ${ci.failing.join(", ")}`);
        const still = [...ci.pending, ...ci.missing.map((m) => `${m} (not reported)`)];
        return gates_gateRow("ci-green", false, still.length > 0
            ? `still pending after ${formatDuration(inputs.ciTimeoutMs)}: ${still.join(", ")}`
            : "no CI check reported on the commit");
    });
    const opRead = state
        .read()
        .catch((e) => ({ killSwitch: undefined, breaker: undefined, error: errorMessage(e) }));
    let dbNow;
    let head;
    let pending = [];
    const alembicRow = guarded("alembic-head", async () => {
        const [heads, graph, now] = await Promise.all([
            migrations.heads(),
            migrations.graph(),
            migrations.current(deps.signal),
        ]);
        if (heads.length !== 1) {
            return gates_gateRow("alembic-head", false, heads.length === 0
                ? "no Alembic head found"
                : `${heads.length} heads: ${heads.join(", ")} (merge them first)`);
        }
        head = heads[0];
        dbNow = now;
        const between = migrationsBetween(graph, head, now);
        if (!between.ok)
            return gates_gateRow("alembic-head", false, `database at ${revisionLabel(now)}: ${between.why}`);
        pending = [...between.migrations].reverse();
        return gates_gateRow("alembic-head", true, `head ${head}; database at ${revisionLabel(now)}; ${pending.length === 0 ? "no pending migration" : `pending: ${pending.map((m) => m.revision).join(", ")}`}`);
    });
    let rollbackTo;
    let firstDeploy = false;
    const planRow = guarded("rollback-plan", async () => {
        rollbackTo = lastKnownGood(deployments, undefined);
        if (!rollbackTo) {
            if (deployments.length === 0) {
                firstDeploy = true;
                return gates_gateRow("rollback-plan", true, `first deploy to ${inputs.environment}: no earlier release to return to`);
            }
            return gates_gateRow("rollback-plan", false, `no good deployment with a record in ${inputs.environment} to return to`);
        }
        const refs = recordImageRefs(rollbackTo.record.imageRefs);
        const { missing } = await compose.imagesPresent(refs);
        if (missing.length > 0) {
            return gates_gateRow("rollback-plan", false, `last good ${shortSha(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}) but its images are gone: ${missing.join(", ")}`);
        }
        return gates_gateRow("rollback-plan", true, `last good ${shortSha(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}), images present, database revision ${revisionLabel(rollbackTo.record.alembic.after)}`);
    });
    rows.push(await branchRow, await prRow, await ciRow);
    const op = await opRead;
    if (op.error) {
        rows.push(gates_gateRow("kill-switch", false, `Redis could not be read (${op.error}): fail closed`));
        rows.push(gates_gateRow("breaker", false, `Redis could not be read (${op.error}): fail closed`));
    }
    else {
        rows.push(op.killSwitch
            ? gates_gateRow("kill-switch", false, "killswitch:active is true")
            : gates_gateRow("kill-switch", true, op.killSwitch === false ? "killswitch:active is false" : "killswitch:active not set"));
        rows.push(op.breaker === "OPEN"
            ? gates_gateRow("breaker", true, "cb:state is OPEN")
            : gates_gateRow("breaker", false, op.breaker === undefined
                ? "cb:state is not set (only OPEN lets a deploy through)"
                : `cb:state is ${op.breaker}`));
    }
    rows.push(await alembicRow);
    rows.push(await guarded("migrations-tested", async () => {
        if (head === undefined)
            return gates_gateRow("migrations-tested", undefined, "not reached (Alembic head unknown)");
        if (pending.length === 0)
            return gates_gateRow("migrations-tested", true, "the commit brings no migration");
        const check = checksSeen.filter((c) => c.name === inputs.migrationsCheck);
        if (check.some((c) => c.state === "success") && !check.some((c) => c.state === "failure")) {
            return gates_gateRow("migrations-tested", true, `${inputs.migrationsCheck} passed on ${shortSha(inputs.sha)}`);
        }
        return gates_gateRow("migrations-tested", false, check.length === 0
            ? `the commit brings ${pending.length} migration(s) but no ${inputs.migrationsCheck} check ran on it`
            : `${inputs.migrationsCheck} is ${check.map((c) => c.state).join("/")} on ${shortSha(inputs.sha)}`);
    }));
    rows.push(await planRow);
    return { rows, dbNow, head, pending, rollbackTo, firstDeploy, ci };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/metrics.js
// The runbook's "metrics normal" row of "Deployment complete": one Prometheus-compatible instant query
// (e.g. the Grafana data source's error rate), read before the restart and after the verification window,
// and compared. Without a query the row says "not checked", never a false tick; a query that cannot be
// read leaves the row unticked with the reason. The query goes over HTTP GET with a timeout (no shell).

/** `{base}/api/v1/query?query=…`, keeping a base path (e.g. Grafana's data source proxy). */
function queryUrl(base, query) {
    const u = new URL(base.href);
    u.pathname = `${u.pathname.replace(/\/+$/, "")}/api/v1/query`;
    u.search = "";
    u.searchParams.set("query", query);
    return u.href;
}
/** The one number of a Prometheus instant-query answer; throws saying why there is none. Pure. */
function parseQueryResult(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new Error("the answer is not JSON");
    }
    const b = body;
    if (b?.status !== "success") {
        throw new Error(`the query failed: ${typeof b?.error === "string" ? b.error : "status is not success"}`);
    }
    const type = b.data?.resultType;
    const result = b.data?.result;
    let sample;
    if (type === "scalar")
        sample = result;
    else if (type === "vector" && Array.isArray(result)) {
        if (result.length === 0)
            throw new Error("the query returned no series (no data)");
        if (result.length > 1) {
            throw new Error(`the query returned ${result.length} series: aggregate it to one (e.g. sum(...))`);
        }
        sample = result[0].value;
    }
    else
        throw new Error(`unsupported result type ${JSON.stringify(type)} (expected vector or scalar)`);
    const raw = Array.isArray(sample) ? sample[1] : undefined;
    const value = typeof raw === "string" ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value))
        throw new Error(`the value is not a finite number (${String(raw)})`);
    return value;
}
/** One instant query: the number, or an Error saying why not (network, status, timeout, shape). */
async function queryMetric(config, fetchFn, signal) {
    const timeout = AbortSignal.timeout(config.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let text;
    try {
        const res = await fetchFn(queryUrl(config.url, config.query), { signal: combined });
        text = await res.text();
        if (!res.ok)
            throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
    }
    catch (e) {
        if (timeout.aborted && !signal?.aborted)
            throw new Error(`no answer within ${config.timeoutMs} ms`);
        throw e;
    }
    return parseQueryResult(text);
}
async function metrics_readMetric(config, fetchFn, signal) {
    try {
        return { value: await queryMetric(config, fetchFn, signal) };
    }
    catch (e) {
        if (signal?.aborted)
            throw e;
        return { error: errorMessage(e) };
    }
}
const metrics_fmt = (n) => String(Math.round(n * 1e6) / 1e6);
/** The row's verdict from the two readings. Pure. */
function metrics_compareMetrics(config, before, after) {
    const none = { before: undefined, after: undefined };
    if (!config)
        return { ok: undefined, ...none, evidence: "not checked (no metrics query configured)" };
    const b = before && "value" in before ? before.value : undefined;
    const a = after && "value" in after ? after.value : undefined;
    const values = { before: b, after: a };
    if (after && "error" in after) {
        return { ok: undefined, ...values, evidence: `not checked: after the deploy, ${after.error}` };
    }
    if (a === undefined)
        return { ok: undefined, ...values, evidence: "not checked (not read after the deploy)" };
    const q = config.query.slice(0, 80);
    if (config.threshold !== undefined) {
        const ok = a <= config.threshold;
        const was = b !== undefined ? `${metrics_fmt(b)} before, ` : "";
        return {
            ok,
            ...values,
            evidence: `${q}: ${was}${metrics_fmt(a)} after (${ok ? "at or under" : "ABOVE"} the threshold ${metrics_fmt(config.threshold)})`,
        };
    }
    if (before && "error" in before) {
        return { ok: undefined, ...values, evidence: `not checked: before the deploy, ${before.error}` };
    }
    if (b === undefined)
        return { ok: undefined, ...values, evidence: "not checked (not read before the deploy)" };
    const limit = b * (1 + config.maxIncrease);
    const ok = a <= limit;
    const change = b > 0 ? `${a >= b ? "+" : ""}${Math.round((a / b - 1) * 100)}%` : a > 0 ? "up from 0" : "±0";
    return {
        ok,
        ...values,
        evidence: `${q}: ${metrics_fmt(b)} before → ${metrics_fmt(a)} after (${change}; ${ok ? "within" : "over"} +${Math.round(config.maxIncrease * 100)}%)`,
    };
}
function metrics_metricsRow(v) {
    return { label: "Metrics normal", ok: v.ok, evidence: v.evidence };
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/summary.js
var summary = __nccwpck_require__(7106);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/incident.js
// The incident report, pure: docs/INCIDENTS/YYYY-MM-DD-<slug>.md with the summary, reason, timeline,
// versions, database revisions, health evidence, the last log lines of failing services, and the
// runbook's post-rollback actions. Every untrusted string goes through safe-text.








/** The data a release dropped and a rollback could not bring back, and where the backup is. */
function dataSection(input) {
    const lost = input.dataBack ?? [];
    const out = [];
    if (lost.length > 0) {
        out.push("", "### Data dropped by the release", "");
        out.push("The downgrade re-creates the schema, never the rows:", "");
        out.push(...lost.map((d) => `- ⚠️ ${mdText(describeDataBack(d))}`));
    }
    if (input.backup) {
        const b = input.backup;
        const where = b.kind === "file"
            ? `${mdCode(b.artefact)}${mdText(backupLine(b).slice(b.artefact.length))}`
            : mdText(backupLine(b));
        out.push("", `Backup taken before the migrations: ${where}, by ${mdCode(input.backup.command.join(" "))}${lost.length > 0 ? " — restore the dropped rows from it." : "."}`);
    }
    else if (lost.length > 0) {
        out.push("", "This run did not take the backup: the deploy that ran these migrations did (its backup-command, if one was set; see that run's summary). Restore the dropped rows from it.");
    }
    return out;
}
function incident_incidentSlug(input) {
    return slug(`rollback-${shortSha(input.faulty.sha)}-${input.reason}`);
}
function incident_incidentPath(at, slugText) {
    return `docs/INCIDENTS/${new Date(at).toISOString().slice(0, 10)}-${slugText}.md`;
}
function incident_hotfixBranchName(slugText) {
    return `hotfix/${slugText}`;
}
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
function incident_renderIncident(input) {
    const ok = input.outcome === "restored";
    const lines = [];
    lines.push(`# Incident: ${mdText(input.title)}`);
    lines.push("");
    lines.push(table(["", ""], [
        ["Date", mdText(iso(input.at))],
        [
            "Outcome",
            ok ? "service restored by rollback" : "**rollback FAILED — production needs a human now**",
        ],
        [
            "Trigger",
            input.trigger === "automatic"
                ? "automatic rollback after a failed deploy verification"
                : "manual rollback",
        ],
        ["Run", input.runUrl ? `[${mdText(input.runUrl)}](${encodeURI(input.runUrl)})` : "—"],
        ["Actor", mdText(input.actor || "unknown")],
    ]));
    lines.push("", "## Summary", "");
    lines.push(mdText(`${ok ? "Production was rolled back" : "A rollback was attempted"} from ${shortSha(input.faulty.sha)} to ${shortSha(input.target.sha)}. ${input.stateNow}`));
    lines.push("", "## Reason", "", mdText(input.reason));
    lines.push("", "## Timeline (UTC)", "");
    lines.push(table(["Time", "Step", "Took", "Outcome"], input.timeline.map((s) => [
        mdText(iso(s.startMs).slice(11)),
        `${mdText(s.name)}${s.detail ? ` — ${mdText(truncate(s.detail, 200))}` : ""}`,
        mdText(formatDuration(s.durationMs)),
        s.outcome === "ok" ? "ok" : s.outcome === "failed" ? "**failed**" : mdText(s.outcome),
    ])) || "_no steps recorded_");
    lines.push("", "## Versions", "");
    lines.push(table(["", "Commit", "Image tag", "Deployment", "DB revision (recorded)"], [
        [
            "Faulty",
            mdCode(input.faulty.sha),
            mdCode(input.faulty.version),
            input.faulty.deploymentId !== undefined ? `#${input.faulty.deploymentId}` : "—",
            mdCode(revisionLabel(input.faulty.dbRevision)),
        ],
        [
            "Restored",
            mdCode(input.target.sha),
            mdCode(input.target.version),
            input.target.deploymentId !== undefined ? `#${input.target.deploymentId}` : "—",
            mdCode(revisionLabel(input.target.dbRevision)),
        ],
    ]));
    lines.push("", "## Database", "");
    const dbLine = input.dbBefore === undefined
        ? "Database revision before the rollback: unknown."
        : `Database revision before the rollback: ${revisionLabel(input.dbBefore)}; after: ${input.dbAfter === undefined ? "unknown" : revisionLabel(input.dbAfter)}.`;
    lines.push(mdText(dbLine));
    if (input.migrationsUndone.length > 0) {
        lines.push("", `Migrations undone (newest first): ${input.migrationsUndone.map(mdCode).join(", ")}`);
    }
    else
        lines.push("", "No migration was undone.");
    lines.push(...dataSection(input));
    lines.push("", "## Health evidence", "");
    lines.push(input.healthEvidence.length > 0
        ? input.healthEvidence.map((e) => `- ${mdText(e)}`).join("\n")
        : "_none collected_");
    const logServices = Object.keys(input.logs);
    if (logServices.length > 0) {
        lines.push("", "## Last log lines of failing services");
        for (const service of logServices) {
            lines.push("", `### ${mdText(service)}`, "", mdBlock(tailLines(input.logs[service] ?? "", 40)));
        }
    }
    lines.push("", "## Post-rollback actions", "");
    lines.push(`- [${input.notified ? "x" : " "}] Notify the team${input.notified === undefined ? " (no webhook configured: do it by hand)" : ""}`, `- [${input.hotfixBranchCreated ? "x" : " "}] Hotfix branch ${mdCode(input.hotfixBranch)}${input.hotfixBranchCreated ? " created at the faulty commit" : ` — create it: <code>git checkout -b ${mdText(input.hotfixBranch)} ${mdText(shortSha(input.faulty.sha))}</code>`}`, "- [ ] Reproduce the failure and test the hotfix (migrations: upgrade, downgrade, upgrade on a scratch database)", "- [ ] Turn the kill switch off and reset the circuit breaker once the fix is verified", "- [ ] Update the runbooks with what this incident taught");
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/timeline.js
// A run's timeline: each step with its start, duration and outcome, on an injected clock. Rendered in
// the summary (table + Mermaid chart) and the incident report.


class timeline_Timeline {
    clock;
    logger;
    steps = [];
    constructor(clock, logger) {
        this.clock = clock;
        this.logger = logger;
    }
    /** Runs `fn` as a step (logged as it starts and ends); a throw marks it failed and propagates. */
    async step(name, fn, detail) {
        const startMs = this.clock.now();
        this.logger?.info(`▶ ${name}`);
        try {
            const value = await fn();
            this.logger?.info(`✔ ${name} (${formatDuration(this.clock.now() - startMs)})`);
            const d = detail?.(value);
            this.steps.push({
                name,
                startMs,
                durationMs: this.clock.now() - startMs,
                outcome: "ok",
                ...(d ? { detail: d } : {}),
            });
            return value;
        }
        catch (error) {
            this.logger?.warning(`✘ ${name} (${formatDuration(this.clock.now() - startMs)}): ${errorMessage(error)}`);
            this.steps.push({
                name,
                startMs,
                durationMs: this.clock.now() - startMs,
                outcome: "failed",
                detail: errorMessage(error),
            });
            throw error;
        }
    }
    /** Records an instant event or a step whose outcome the caller decided. */
    mark(name, outcome, detail, startMs = this.clock.now()) {
        this.steps.push({
            name,
            startMs,
            durationMs: this.clock.now() - startMs,
            outcome,
            ...(detail ? { detail } : {}),
        });
    }
    /** Marks the last step named `name` with a new outcome (e.g. a verification that ran but failed). */
    setOutcome(name, outcome, detail) {
        for (let i = this.steps.length - 1; i >= 0; i--) {
            const s = this.steps[i];
            if (s.name === name) {
                s.outcome = outcome;
                if (detail)
                    s.detail = detail;
                return;
            }
        }
    }
    has(name, outcome = "ok") {
        return this.steps.some((s) => s.name === name && s.outcome === outcome);
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/rollback.js
// The rollback engine, shared by the Rollback button and the deploy's automatic rollback. Order of work:
// resolve the target and plan (refusing before anything is touched), take the lock, downgrade the
// database with the current (newer) code to the target's recorded revision and verify it, run the
// integrity check, start the target's images (never rebuilt), verify with the smoke core, record, and
// write the incident report. A failure at any step stops there, says what state the database and the
// services are in, and trips the breaker.









function throwIfAborted(signal) {
    if (signal?.aborted) {
        throw signal.reason instanceof Error ? signal.reason : new CancelledError();
    }
}
/** Executes a plan the caller has checked (no refusals) while holding the deploy lock. */
async function rollback_executeRollback(plan, ctx, deps, tl) {
    const { github, state, compose, migrations, smoke, logger, signal } = deps;
    let dbNow = plan.current.dbRevision;
    let dbTouched = false;
    let servicesTouched = false;
    let servicesOn = plan.current.version;
    let deploymentId;
    let dataBack = [];
    let health;
    let breakerTripped = false;
    let error;
    let cancelled = false;
    const rows = {
        db: undefined,
        dbEvidence: "",
        integrity: undefined,
        restart: undefined,
        health: undefined,
        healthEvidence: "",
        recorded: undefined,
        recordedEvidence: "",
    };
    const stateNow = () => {
        const db = dbNow === undefined ? "the database revision is unknown" : `the database is at ${revisionLabel(dbNow)}`;
        const services = plan.dbOnly
            ? `services were not restarted (still ${shortSha(plan.current.sha)})`
            : servicesTouched
                ? `services were restarted on ${shortSha(servicesOn)}`
                : `services were not touched (still running ${shortSha(plan.current.sha)})`;
        return `${db}${dbTouched ? "" : " (not changed)"}; ${services}.`;
    };
    const record = {
        schema: RECORD_SCHEMA,
        kind: "rollback",
        sha: plan.target.sha,
        previousSha: plan.current.sha,
        version: plan.target.version,
        alembic: {
            before: plan.current.dbRevision,
            after: plan.dbTarget === undefined ? plan.current.dbRevision : plan.dbTarget,
            applied: plan.migrationsToUndo.map((m) => m.revision),
        },
        images: plan.imageIds,
        imageRefs: plan.images,
        composeFileHash: null,
        runUrl: ctx.run.runUrl,
        actor: ctx.run.actor,
        reason: ctx.reason,
        ...(plan.current.deploymentId !== undefined ? { replacesDeploymentId: plan.current.deploymentId } : {}),
    };
    try {
        throwIfAborted(signal);
        // The target record's image ids, copied so this rollback deployment can itself be returned to.
        const created = await tl.step("record rollback deployment", () => github.createDeployment({
            sha: plan.target.sha,
            environment: ctx.environment,
            payload: record,
            description: statusDescription(`rollback to ${shortSha(plan.target.sha)}: ${ctx.reason}`),
        }));
        deploymentId = created.id;
        deps.onDeploymentCreated?.(created.id);
        await github.setDeploymentStatus(deploymentId, {
            state: "in_progress",
            description: statusDescription(`rolling back from ${shortSha(plan.current.sha)}`),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        });
        if (plan.dbTarget !== undefined && plan.migrationsToUndo.length > 0) {
            throwIfAborted(signal);
            const target = revisionLabel(plan.dbTarget);
            dbTouched = true;
            const result = await tl
                .step(`alembic downgrade ${target}`, async () => {
                // Not cancellable half-way (it has a timeout): the run stops at the next step instead.
                const r = await migrations.downgrade(target);
                if (!r.ok)
                    throw new Error(`alembic downgrade ${target} failed: ${r.error ?? errorLine(r.output)}`);
                return r;
            })
                .catch(async (e) => {
                dbNow = await readRevision(deps);
                rows.db = false;
                rows.dbEvidence = `downgrade failed; database at ${dbNow === undefined ? "unknown" : revisionLabel(dbNow)}`;
                throw e;
            });
            logger.debug(result.output);
            dbNow = await readRevision(deps);
            if (dbNow !== plan.dbTarget) {
                rows.db = false;
                rows.dbEvidence = `alembic current is ${dbNow === undefined ? "unknown" : revisionLabel(dbNow)}, expected ${target}`;
                tl.mark("verify alembic current", "failed", rows.dbEvidence);
                throw new Error(`after the downgrade ${rows.dbEvidence}`);
            }
            rows.db = true;
            rows.dbEvidence = `alembic current = ${target} (undid ${plan.migrationsToUndo.map((m) => m.revision).join(", ")})`;
            tl.mark("verify alembic current", "ok", rows.dbEvidence);
            // A downgrade re-creates what an upgrade dropped, never its rows: read what came back.
            dataBack = await measureDataBack(plan.migrationsToUndo, ctx.destructiveUpgrades, migrations, signal);
        }
        else {
            rows.db = true;
            rows.dbEvidence =
                plan.dbTarget === undefined
                    ? `left at ${revisionLabel(dbNow)} (db-revision: none)`
                    : `already at ${revisionLabel(plan.dbTarget)}; nothing to undo`;
        }
        if (ctx.integrityCommand) {
            throwIfAborted(signal);
            const argv = ctx.integrityCommand;
            await tl.step("integrity check", async () => {
                const r = await deps.commands.run(argv, signal);
                rows.integrity = r.ok;
                if (!r.ok)
                    throw new Error(`integrity check failed: ${errorLine(r.output)}`);
            });
        }
        if (!plan.dbOnly) {
            throwIfAborted(signal);
            servicesTouched = true;
            servicesOn = plan.target.sha;
            await tl.step(`start ${shortSha(plan.target.sha)} images (${ctx.strategy})`, async () => {
                try {
                    await compose.up(plan.target.version, { strategy: ctx.strategy });
                    rows.restart = true;
                }
                catch (e) {
                    rows.restart = false;
                    throw e;
                }
            });
        }
        throwIfAborted(signal);
        health = await tl.step("verify health", () => smoke.check({ signal, purpose: "rollback" }));
        // The breaker may be tripped by the incident itself: it does not judge the restored release.
        const decision = decideHealth({ ...health, breaker: undefined });
        rows.health = decision.action !== "rollback";
        rows.healthEvidence = `${health.verdict}${decision.reasons.length > 0 ? `: ${decision.reasons.join("; ")}` : ""}`;
        if (decision.action === "rollback") {
            tl.setOutcome("verify health", "failed", rows.healthEvidence);
            throw new Error(`the restored release is unhealthy: ${decision.reasons.join("; ")}`);
        }
    }
    catch (e) {
        cancelled = errorKind(e) === "cancelled" || signal?.aborted === true;
        error = errorMessage(e);
        logger.error(`rollback stopped: ${error}`);
    }
    const ok = error === undefined;
    // Record the outcome whatever happened; these calls must not hide the original error.
    if (deploymentId !== undefined) {
        await bestEffort(deps, "set rollback deployment status", () => github.setDeploymentStatus(deploymentId, {
            state: ok ? "success" : cancelled ? "error" : "failure",
            description: statusDescription(ok
                ? `rolled back to ${shortSha(plan.target.sha)}`
                : `rollback ${cancelled ? "cancelled" : "failed"}: ${stateNow()}`),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        }));
    }
    if (plan.current.deploymentId !== undefined && !plan.dbOnly) {
        const faultyId = ctx.faultyDeploymentId ?? plan.current.deploymentId;
        const marked = await bestEffort(deps, "mark the faulty deployment", () => github.setDeploymentStatus(faultyId, {
            state: "failure",
            description: faultyDescription(ctx.reason, ctx.run.runUrl, ok),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        }));
        rows.recorded = deploymentId !== undefined && marked;
        rows.recordedEvidence = `rollback deployment #${deploymentId ?? "?"}; #${faultyId} marked faulty`;
    }
    else {
        rows.recorded = deploymentId !== undefined;
        rows.recordedEvidence = `rollback deployment #${deploymentId ?? "?"}`;
    }
    if (!ok || ctx.tripBreakerOnSuccess) {
        const why = ok ? `automatic rollback: ${ctx.reason}` : `rollback failed: ${error}`;
        breakerTripped = await bestEffort(deps, "trip the breaker", () => state.tripBreaker(statusDescription(why)));
        if (breakerTripped)
            tl.mark("trip circuit breaker", "ok", why);
    }
    await bestEffort(deps, "audit", () => state.audit({
        action: ok ? "rollback" : "rollback-failed",
        reason: ctx.reason,
        detail: { from: plan.current.sha, to: plan.target.sha, db: revisionLabel(dbNow), run: ctx.run.runUrl },
    }));
    // Incident report and the post-rollback actions.
    const at = deps.clock.now();
    const slugText = incidentSlug({ reason: ctx.reason, faulty: { ...plan.current, deploymentId: undefined } });
    const hotfixBranch = hotfixBranchName(slugText);
    let hotfixCreated = false;
    if (ctx.createHotfixBranch && !cancelled) {
        hotfixCreated = await bestEffort(deps, "create the hotfix branch", () => github.createBranch(hotfixBranch, plan.current.sha));
    }
    let notified;
    if (deps.notifier && !cancelled) {
        const text = `${ok ? "Rolled back" : "ROLLBACK FAILED"} ${ctx.environment}: ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)} by ${ctx.run.actor || "unknown"}. Why: ${ctx.reason}. ${stateNow()} Run: ${ctx.run.runUrl}`;
        const notifier = deps.notifier;
        notified = await bestEffort(deps, "notify the team", () => notifier.post(text));
    }
    const logs = {};
    const failing = [...new Set([...ctx.failingServices, ...(health?.failingServices ?? [])])];
    if (failing.length > 0) {
        await bestEffort(deps, "collect logs", async () => {
            Object.assign(logs, await compose.logs(failing, ctx.since, ctx.logTailLines));
        });
    }
    const path = incidentPath(at, slugText);
    const markdown = renderIncident({
        at,
        title: `${ok ? "Rollback" : "Failed rollback"} of ${shortSha(plan.current.sha)} in ${ctx.environment}`,
        reason: ctx.reason,
        outcome: ok ? "restored" : "failed",
        stateNow: stateNow(),
        trigger: ctx.trigger,
        actor: ctx.run.actor,
        runUrl: ctx.run.runUrl,
        repository: ctx.run.repository,
        faulty: { ...plan.current },
        target: { ...plan.target },
        dbBefore: plan.current.dbRevision,
        dbAfter: dbNow,
        migrationsUndone: dbTouched && rows.db ? plan.migrationsToUndo.map((m) => m.revision) : [],
        timeline: tl.steps,
        healthEvidence: [
            ...ctx.priorEvidence,
            ...(health ? health.evidence.map((e) => `after rollback: ${e}`) : []),
        ],
        logs,
        hotfixBranch,
        hotfixBranchCreated: hotfixCreated,
        notified,
        dataBack,
        backup: ctx.backup,
    });
    let prUrl;
    if (ctx.incident.kind === "pr" && !cancelled) {
        const base = ctx.incident.base;
        await bestEffort(deps, "open the incident report pull request", async () => {
            prUrl = await github.proposeFile({
                base,
                branch: `incident/${slugText}`,
                path,
                content: markdown,
                title: `Incident report: ${slugText}`,
                body: `Written by the rollback run ${ctx.run.runUrl}. Review, complete and merge.`,
            });
        });
    }
    const checklist = [
        {
            label: "Rollback target identified",
            ok: true,
            evidence: `${shortSha(plan.target.sha)} (deployment #${plan.target.deploymentId ?? "?"}, tag ${plan.target.version})`,
        },
        { label: "Database at the target revision", ok: rows.db, evidence: rows.dbEvidence || undefined },
        ...(ctx.integrityCommand
            ? [
                {
                    label: "Database integrity check passed",
                    ok: rows.integrity,
                    evidence: ctx.integrityCommand.join(" "),
                },
            ]
            : []),
        {
            label: "Services restarted on the target's images (no rebuild)",
            ok: plan.dbOnly ? undefined : rows.restart,
            evidence: plan.dbOnly
                ? "database-only rollback: services not restarted"
                : Object.values(plan.images).join(", "),
        },
        {
            label: "Health endpoints and smoke tests pass",
            ok: rows.health,
            evidence: rows.healthEvidence || undefined,
        },
        {
            label: "Deployments recorded (rollback, and the bad one marked faulty)",
            ok: rows.recorded,
            evidence: rows.recordedEvidence,
        },
        { label: "Incident report written", ok: true, evidence: prUrl ? `${path} (PR ${prUrl})` : path },
        {
            label: "Team notified",
            ok: notified,
            evidence: notified === undefined ? "no notify-webhook configured: notify by hand" : undefined,
        },
        {
            label: `Hotfix branch ${hotfixBranch}`,
            ok: ctx.createHotfixBranch ? hotfixCreated : undefined,
            evidence: ctx.createHotfixBranch ? undefined : "not requested",
        },
    ];
    return {
        ok,
        stateNow: stateNow(),
        deploymentId,
        dbRevisionNow: dbNow,
        health,
        breakerTripped,
        checklist,
        incident: { path, markdown, hotfixBranch, ...(prUrl ? { prUrl } : {}) },
        ...(error !== undefined ? { error } : {}),
        cancelled,
    };
}
async function readRevision(deps) {
    try {
        return await deps.migrations.current();
    }
    catch (e) {
        deps.logger.warning(`could not read the database revision: ${errorMessage(e)}`);
        return undefined;
    }
}
/** Runs a side task whose failure is reported but must not mask the main outcome. */
async function bestEffort(deps, what, fn) {
    try {
        await fn();
        return true;
    }
    catch (e) {
        deps.logger.warning(`${what} failed: ${errorMessage(e)}`);
        return false;
    }
}
/** The Rollback button. */
async function rollback_rollback(inputs, deps) {
    const tl = new Timeline(deps.clock, deps.logger);
    const warnings = [];
    const base = {
        timeline: tl,
        deploymentId: undefined,
        health: undefined,
        breakerTripped: false,
        incident: undefined,
    };
    const refuse = (refusals, plan, dbNow) => ({
        ...base,
        status: "refused",
        message: `rollback refused: ${refusals[0] ?? "see the plan"}`,
        stateNow: "nothing was changed.",
        plan,
        refusals,
        warnings,
        dbRevisionNow: dbNow,
        checklist: [],
        nextSteps: refusals.map((r) => `Fix: ${r}`),
    });
    // 1. Resolve the target and plan.
    const deployments = await tl.step("read deployments", () => deps.github.listDeployments(inputs.environment));
    const running = await deps.compose.runningImages().catch(() => undefined);
    const current = currentRelease(deployments, running);
    if (!current)
        return refuse([`no recorded deployment in ${inputs.environment}: nothing to roll back`], undefined);
    const target = inputs.dbOnly
        ? current
        : resolveTarget(inputs.target, deployments, { id: current.deployment.id, sha: current.record.sha });
    if (!target) {
        const what = inputs.target.kind === "last-good"
            ? `no good deployment older than the current one (#${current.deployment.id}, ${shortSha(current.record.sha)}) in ${inputs.environment}`
            : inputs.target.kind === "sha"
                ? `no recorded deployment of commit ${inputs.target.sha} in ${inputs.environment}`
                : `no recorded deployment #${inputs.target.id} in ${inputs.environment}`;
        return refuse([`${what}: nothing to roll back to`], undefined);
    }
    const [graph, dbNow, present, composeHash] = await tl.step("plan", () => Promise.all([
        deps.migrations.graph(),
        deps.migrations.current(deps.signal),
        inputs.dbOnly
            ? Promise.resolve({ present: [], missing: [] })
            : deps.compose.imagesPresent(recordImageRefs(target.record.imageRefs)),
        deps.compose.composeFileHash().catch(() => null),
    ]));
    const plan = buildRollbackPlan({
        current: {
            deploymentId: current.deployment.id,
            sha: current.record.sha,
            version: current.record.version,
            dbRevision: current.record.alembic.after,
        },
        target: { deploymentId: target.deployment.id, record: target.record },
        dbOnly: inputs.dbOnly,
        dbSpec: inputs.dbRevision,
        graph,
        dbNow,
        imagesPresent: present,
        confirmDestructive: inputs.confirmDestructive,
        currentComposeHash: composeHash,
    });
    warnings.push(...plan.warnings);
    if (plan.refusals.length > 0)
        return refuse(plan.refusals, plan, dbNow);
    // 2. State: the kill switch does not block a rollback; Redis down is a warning.
    const op = await deps.state
        .read()
        .catch((e) => ({ killSwitch: undefined, breaker: undefined, error: errorMessage(e) }));
    if (op.error)
        warnings.push(`Redis could not be read (${op.error}); continuing: a rollback is the remedy`);
    else if (op.killSwitch)
        warnings.push("the kill switch is on; a rollback proceeds anyway (it is the remedy)");
    if (inputs.dryRun) {
        const holder = await deps.state.lockHolder().catch(() => undefined);
        if (holder)
            warnings.push(`the deploy lock is held by ${holder}; a real run would wait up to the lock timeout`);
        return {
            ...base,
            status: "dry-run",
            message: `dry run: would roll back ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)}`,
            stateNow: "nothing was changed (dry run).",
            plan,
            refusals: [],
            warnings,
            dbRevisionNow: dbNow,
            checklist: [],
            nextSteps: ["Run again with dry-run: false to roll back."],
        };
    }
    // 3. The lock, shared with deploy, bounded wait. Redis down: proceed without it, loudly.
    let lock;
    const attempt = await tl.step("acquire deploy lock", () => deps.state
        .acquireLock({
        owner: inputs.run.runUrl || "rollback",
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal: deps.signal,
    })
        .catch((e) => ({ acquired: false, holder: undefined, error: errorMessage(e) })));
    if (attempt.acquired)
        lock = attempt.handle;
    else if (attempt.error)
        warnings.push(`deploy lock not taken: Redis unavailable (${attempt.error}); proceeding`);
    else
        return refuse([
            `the deploy lock is ${attempt.holder ?? `held by another run (waited ${Math.round(inputs.lockWaitMs / 1000)}s)`}`,
        ], plan, dbNow);
    try {
        const outcome = await rollback_executeRollback(plan, {
            environment: inputs.environment,
            reason: inputs.reason,
            trigger: "manual",
            integrityCommand: inputs.integrityCommand,
            strategy: inputs.strategy,
            faultyDeploymentId: undefined,
            tripBreakerOnSuccess: false,
            run: inputs.run,
            logTailLines: inputs.logTailLines,
            createHotfixBranch: inputs.createHotfixBranch,
            incident: inputs.incident,
            priorEvidence: [],
            failingServices: [],
            since: current.deployment.createdAt,
        }, deps, tl);
        const status = outcome.ok ? "success" : outcome.cancelled ? "cancelled" : "failure";
        return {
            ...base,
            status,
            message: outcome.ok
                ? `rolled back ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)}`
                : `rollback ${outcome.cancelled ? "cancelled" : "FAILED"}: ${outcome.error}`,
            stateNow: outcome.stateNow,
            plan,
            refusals: [],
            warnings,
            deploymentId: outcome.deploymentId,
            dbRevisionNow: outcome.dbRevisionNow,
            health: outcome.health,
            breakerTripped: outcome.breakerTripped,
            checklist: outcome.checklist,
            incident: outcome.incident,
            nextSteps: outcome.ok
                ? [
                    `Create and test the hotfix on ${outcome.incident?.hotfixBranch ?? "a hotfix branch"}.`,
                    "Complete the incident report and share it with the team.",
                ]
                : [
                    `Production needs a human now: ${outcome.stateNow}`,
                    "The breaker is tripped; check the services' logs and the database before resetting it.",
                ],
        };
    }
    finally {
        if (lock) {
            const released = await lock.release().catch(() => false);
            if (!released)
                deps.logger.warning("the deploy lock was no longer ours when releasing it (expired or taken)");
        }
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/deploy.js
// The deploy engine: the runbook's §1 as one decision. Gates (read-only, all evaluated) → lock → images
// built and tagged by version → deployment recorded → baseline → backup → migrations → restart →
// verification and watch window → success, or the shared rollback engine. The lock is released and the
// deployment closed in every outcome, cancellation included.













function deploy_throwIfAborted(signal) {
    if (signal?.aborted)
        throw signal.reason instanceof Error ? signal.reason : new CancelledError();
}
async function deploy_deploy(inputs, deps) {
    const { github, state, compose, migrations, smoke, clock, logger, signal } = deps;
    const tl = new Timeline(clock, logger);
    const warnings = [];
    // Leftovers of an earlier run that died: a deployment still in progress.
    const deployments = await tl.step("read deployments", () => github.listDeployments(inputs.environment));
    const leftovers = deployments
        .filter((d) => effectiveState(d) === "in_progress")
        .map((d) => `deployment #${d.id} (${shortSha(d.sha)}) was left ${d.statuses[0]?.state ?? "pending"} by an earlier run: ${d.statuses[0]?.description ?? ""}`.trim());
    for (const l of leftovers)
        logger.warning(`leftover: ${l}`);
    const running = await compose.runningImages().catch(() => undefined);
    const current = currentRelease(deployments, running);
    const previousVersion = current?.record.version;
    const gates = await tl.step("pre-deployment gates", () => evaluateGates(inputs, deps, deployments));
    const rows = gates.rows;
    const result = {
        status: "refused",
        message: "",
        stateNow: "nothing was changed.",
        gates: rows,
        timeline: tl,
        deploymentId: undefined,
        version: inputs.version,
        previousVersion,
        dbBefore: gates.dbNow,
        dbNow: gates.dbNow,
        head: gates.head,
        pendingMigrations: gates.pending.map((m) => m.revision),
        appliedMigrations: [],
        images: undefined,
        health: undefined,
        decision: undefined,
        logErrors: {},
        metrics: undefined,
        complete: [],
        rollback: undefined,
        leftovers,
        warnings,
        nextSteps: [],
        destructiveUpgrades: [],
        backup: undefined,
    };
    const refused = rows.filter((r) => r.ok === false);
    // Named (with the rows each drop takes) before anything runs, dry runs included.
    if (refused.length === 0 && gates.pending.length > 0) {
        result.destructiveUpgrades = await measureDestructiveUpgrades(gates.pending, migrations, signal);
        for (const d of result.destructiveUpgrades)
            warnings.push(`destructive upgrade: ${destructiveLine(d)}`);
        if (result.destructiveUpgrades.length > 0 && !inputs.backupCommand) {
            warnings.push("a destructive upgrade runs without a backup-command: the dropped data will be nowhere");
        }
    }
    if (inputs.dryRun) {
        const holder = await state.lockHolder().catch((e) => `unknown (${errorMessage(e)})`);
        rows.push(gateRow("lock", holder ? false : undefined, holder ? `held by ${holder}` : "free (not taken in a dry run)"));
        result.status = "dry-run";
        result.message =
            refused.length === 0
                ? `dry run: ${shortSha(inputs.sha)} would deploy (${gates.pending.length} migration(s), tag ${inputs.version})`
                : `dry run: the deploy would be refused (${refused.map((r) => r.id).join(", ")})`;
        result.stateNow = "nothing was changed (dry run).";
        result.nextSteps = refused.map((r) => `${r.label}: ${r.evidence}`);
        return result;
    }
    if (refused.length > 0) {
        rows.push(gateRow("lock", undefined, "not taken: an earlier gate refused"));
        result.message = `deploy refused: ${refused.map((r) => r.evidence).join("; ")}`;
        result.nextSteps = refused.map((r) => `${r.label}: ${r.evidence}`);
        return result;
    }
    const attempt = await tl.step("acquire deploy lock", () => state
        .acquireLock({
        owner: inputs.run.runUrl || `deploy ${inputs.sha}`,
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal,
    })
        .catch((e) => ({ acquired: false, holder: undefined, error: errorMessage(e) })));
    if (!attempt.acquired) {
        const why = attempt.error
            ? `Redis unavailable (${attempt.error}): fail closed`
            : (attempt.holder ?? `held by another run after waiting ${formatDuration(inputs.lockWaitMs)}`);
        rows.push(gateRow("lock", false, why));
        result.message = `deploy refused: the deploy lock is ${why}`;
        result.nextSteps = [
            "Wait for the other run to finish (or check the lock with `ops lock status`) and re-run.",
        ];
        return result;
    }
    const lock = attempt.handle;
    rows.push(gateRow("lock", true, `held by ${lock.owner}`));
    // Leftover deployments are closed now that we hold the lock (their run is gone).
    for (const d of deployments.filter((x) => effectiveState(x) === "in_progress")) {
        await github
            .setDeploymentStatus(d.id, {
            state: "error",
            description: statusDescription(`abandoned by an earlier run; found by ${inputs.run.runUrl}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
        })
            .catch((e) => warnings.push(`could not close leftover #${d.id}: ${errorMessage(e)}`));
    }
    let phase = "preparing";
    let migrated = false;
    let restarted = false;
    const since = new Date(clock.now()).toISOString();
    const describe = () => {
        const db = result.dbNow === undefined ? "database revision unknown" : `database at ${revisionLabel(result.dbNow)}`;
        const services = restarted
            ? `services restarted on ${shortSha(inputs.sha)}`
            : phase === "restart"
                ? "services in an unknown state (restart interrupted)"
                : `services untouched (still ${previousVersion ? shortSha(previousVersion) : "the previous release"})`;
        return `${db}${migrated ? "" : " (unchanged)"}; ${services}.`;
    };
    try {
        deploy_throwIfAborted(signal);
        let baseline;
        if (inputs.baseline) {
            phase = "baseline";
            baseline = await tl.step("baseline smoke", () => smoke.check({ signal }));
        }
        phase = "images";
        const images = await tl.step(`build and tag images ${inputs.version}`, () => compose.prepareRelease(inputs.version, signal));
        result.images = images;
        deploy_throwIfAborted(signal);
        const record = {
            schema: RECORD_SCHEMA,
            kind: "deploy",
            sha: inputs.sha,
            previousSha: current?.record.sha ?? null,
            version: inputs.version,
            alembic: { before: gates.dbNow ?? null, after: gates.head ?? null, applied: result.pendingMigrations },
            images: Object.fromEntries(Object.entries(images).map(([s, v]) => [s, v.id])),
            imageRefs: Object.fromEntries(Object.entries(images).map(([s, v]) => [s, v.ref])),
            composeFileHash: await compose.composeFileHash().catch(() => null),
            runUrl: inputs.run.runUrl,
            actor: inputs.run.actor,
        };
        const created = await tl.step("record deployment", () => github.createDeployment({
            sha: inputs.sha,
            environment: inputs.environment,
            payload: record,
            description: statusDescription(`deploy ${shortSha(inputs.sha)} by ${inputs.run.actor}`),
        }));
        result.deploymentId = created.id;
        deps.onDeploymentCreated?.(created.id);
        await github.setDeploymentStatus(created.id, {
            state: "in_progress",
            description: statusDescription(`deploying ${shortSha(inputs.sha)}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
        });
        if (inputs.backupCommand && gates.pending.length > 0) {
            deploy_throwIfAborted(signal);
            phase = "backup";
            const argv = inputs.backupCommand;
            await tl.step("database backup", async () => {
                const r = await deps.commands.run(argv, signal);
                if (!r.ok)
                    throw new Error(`backup command failed: ${errorLine(r.output)}`);
                result.backup = await describeBackup(argv, r.output);
            });
            if (result.backup)
                tl.setOutcome("database backup", "ok", backupLine(result.backup));
        }
        if (gates.pending.length > 0) {
            deploy_throwIfAborted(signal);
            phase = "migrations";
            migrated = true;
            // Not cancellable half-way: a migration interrupted is worse than one finished (it has a timeout).
            for (const d of result.destructiveUpgrades)
                logger.warning(`about to run a destructive upgrade: ${destructiveLine(d)}`);
            const up = await tl.step("alembic upgrade head", () => migrations.upgrade("head"));
            result.dbNow = await migrations.current().catch(() => undefined);
            if (!up.ok || result.dbNow !== gates.head) {
                // The checked result's own words ("alembic exited 0 but the database is at base; head is 0003").
                const why = up.ok
                    ? `alembic exited 0 but the database is at ${revisionLabel(result.dbNow)}; head is ${revisionLabel(gates.head)}`
                    : (up.error ?? errorLine(up.output));
                tl.setOutcome("alembic upgrade head", "failed", why);
                migrated = result.dbNow !== gates.dbNow;
                return await finish("failure", `migration failed: ${why}; nothing was restarted`, [
                    `The database is at ${revisionLabel(result.dbNow)}; fix the migration and merge again.`,
                    "On databases without transactional DDL a failed migration can be half-applied: inspect the schema.",
                ]);
            }
            result.appliedMigrations = result.pendingMigrations;
        }
        let metricsBefore;
        const metrics = inputs.metrics;
        const fetchFn = deps.fetch ?? globalThis.fetch;
        if (metrics) {
            deploy_throwIfAborted(signal);
            metricsBefore = await tl.step("metrics before", () => readMetric(metrics, fetchFn, signal));
        }
        deploy_throwIfAborted(signal);
        phase = "restart";
        await tl.step(`restart (${inputs.strategy})`, () => compose.up(inputs.version, { strategy: inputs.strategy }));
        restarted = true;
        phase = "verify";
        const health = await tl.step("verify health", () => smoke.check({ baseline, signal }));
        let decision = decideHealth(health);
        result.health = health;
        const watchStart = clock.now();
        while (decision.action !== "rollback" && clock.now() - watchStart < inputs.watchMs) {
            await clock.sleep(Math.min(inputs.watchIntervalMs, inputs.watchMs - (clock.now() - watchStart)), signal);
            const again = await smoke.check({ baseline, signal });
            const d = decideHealth(again);
            result.health = again;
            if (d.action !== "ok" || decision.action === "ok")
                decision = d;
        }
        if (inputs.watchMs > 0)
            tl.mark("watch window", decision.action === "rollback" ? "failed" : "ok", decision.reasons.join("; ") || undefined, watchStart);
        result.decision = decision;
        const logs = await compose.logs(undefined, since, inputs.logTailLines).catch((e) => {
            warnings.push(`could not read service logs: ${errorMessage(e)}`);
            return undefined;
        });
        if (logs)
            result.logErrors = scanLogs(logs, inputs.logErrorPattern);
        if (metrics) {
            const after = await tl.step("metrics after", () => readMetric(metrics, fetchFn, signal));
            result.metrics = compareMetrics(metrics, metricsBefore, after);
            if (result.metrics.ok === undefined)
                warnings.push(`metrics ${result.metrics.evidence}`);
        }
        if (decision.action === "rollback") {
            tl.setOutcome("verify health", "failed", decision.reasons.join("; "));
            return await failVerification(decision.reasons, result.health);
        }
        if (decision.action === "warn")
            warnings.push(...decision.reasons);
        const metricsBad = result.metrics?.ok === false;
        if (metricsBad)
            warnings.push(`metrics not normal: ${result.metrics?.evidence}`);
        // Healthy: from here a failure is about the record, never a reason to roll back.
        phase = "record";
        await github.setDeploymentStatus(created.id, {
            state: "success",
            description: statusDescription(`deployed ${shortSha(inputs.sha)}; database at ${revisionLabel(result.dbNow)}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
        });
        // Earlier deployments of the environment marked inactive explicitly.
        for (const d of deployments) {
            if (d.statuses[0]?.state === "success") {
                await github
                    .setDeploymentStatus(d.id, {
                    state: "inactive",
                    description: statusDescription(`replaced by ${shortSha(inputs.sha)}`),
                    logUrl: inputs.run.runUrl,
                    environment: inputs.environment,
                })
                    .catch((e) => warnings.push(`could not mark #${d.id} inactive: ${errorMessage(e)}`));
            }
        }
        await tl
            .step("prune old release images", () => compose.pruneReleases(inputs.keepReleases, [
            inputs.version,
            ...(previousVersion ? [previousVersion] : []),
        ]))
            .catch((e) => warnings.push(`pruning old images failed: ${errorMessage(e)}`));
        await state
            .audit({
            action: "deploy",
            reason: `deployed ${inputs.sha}`,
            detail: { run: inputs.run.runUrl, db: revisionLabel(result.dbNow) },
        })
            .catch(() => undefined);
        return await finish(decision.action === "warn" || metricsBad ? "warning" : "success", `deployed ${shortSha(inputs.sha)} (tag ${inputs.version})${metricsBad ? "; metrics not normal" : ""}`, [
            ...(decision.action === "warn" ? ["Watch the dashboards: degradation is between 20% and 50%."] : []),
            ...(metricsBad
                ? [
                    `Metrics are not normal after the deploy (${result.metrics?.evidence}): investigate or roll back.`,
                ]
                : []),
        ]);
    }
    catch (e) {
        if (errorKind(e) === "cancelled" || signal?.aborted) {
            result.dbNow = await migrations.current().catch(() => undefined);
            const stateNow = describe();
            if (result.deploymentId !== undefined) {
                await github
                    .setDeploymentStatus(result.deploymentId, {
                    state: "error",
                    description: statusDescription(`cancelled during ${phase}: ${stateNow}`),
                    logUrl: inputs.run.runUrl,
                    environment: inputs.environment,
                })
                    .catch(() => undefined);
            }
            result.status = "cancelled";
            result.message = `deploy cancelled during ${phase}`;
            result.stateNow = stateNow;
            result.nextSteps = [
                restarted || phase === "restart"
                    ? "Check the services now (run the smoke action) and roll back if they are unhealthy."
                    : "Nothing was restarted; re-run the deploy when ready.",
            ];
            return result;
        }
        // A failed restart or verification step: same policy as a failed verification.
        if (phase === "restart" || phase === "verify") {
            return await failVerification([`${phase} failed: ${errorMessage(e)}`], result.health);
        }
        result.dbNow = await migrations.current().catch(() => result.dbNow);
        return await finish("failure", `deploy failed during ${phase}: ${errorMessage(e)}`, [
            `Fix the cause and re-run. ${describe()}`,
        ]);
    }
    finally {
        const released = await lock.release().catch(() => false);
        if (!released)
            warnings.push("the deploy lock was no longer ours when releasing it (expired or taken)");
        result.complete = completeChecklist(result, released, inputs);
    }
    async function finish(status, message, next) {
        result.status = status;
        result.message = message;
        result.stateNow = describe();
        result.nextSteps = next;
        if ((status === "failure" || status === "rolled-back") && result.deploymentId !== undefined) {
            await github
                .setDeploymentStatus(result.deploymentId, {
                state: "failure",
                description: statusDescription(status === "rolled-back" ? `rolled back: ${message}` : `${message}; ${result.stateNow}`),
                logUrl: inputs.run.runUrl,
                environment: inputs.environment,
            })
                .catch((err) => warnings.push(`could not set the deployment status: ${errorMessage(err)}`));
        }
        return result;
    }
    async function failVerification(reasons, health) {
        const why = reasons.join("; ");
        if (inputs.onFailure === "stop" || !gates.rollbackTo) {
            const note = gates.rollbackTo ? "on-failure: stop" : "first deploy: no release to return to";
            return finish("failure", `verification failed (${why}); not rolled back (${note})`, [
                `The services run ${shortSha(inputs.sha)} unhealthy. Press Rollback or fix forward.`,
            ]);
        }
        const target = gates.rollbackTo;
        const [graph, dbNow] = await Promise.all([migrations.graph(), migrations.current().catch(() => null)]);
        const plan = buildRollbackPlan({
            current: {
                deploymentId: result.deploymentId,
                sha: inputs.sha,
                version: inputs.version,
                dbRevision: result.dbNow ?? null,
            },
            target: { deploymentId: target.deployment.id, record: target.record },
            dbOnly: false,
            dbSpec: { kind: "recorded" },
            graph,
            dbNow,
            imagesPresent: await compose.imagesPresent(Object.values(target.record.imageRefs)),
            // The deploy brought these migrations minutes ago: undoing them is the rollback.
            confirmDestructive: true,
        });
        if (plan.refusals.length > 0) {
            return finish("failure", `verification failed (${why}) and the automatic rollback is not possible: ${plan.refusals.join("; ")}`, ["Production runs the new release unhealthy: act by hand now."]);
        }
        logger.warning(`verification failed (${why}); rolling back to ${shortSha(target.record.sha)}`);
        const outcome = await executeRollback(plan, {
            environment: inputs.environment,
            reason: `failed verification after deploy: ${why}`,
            trigger: "automatic",
            integrityCommand: undefined,
            strategy: inputs.strategy,
            faultyDeploymentId: result.deploymentId,
            tripBreakerOnSuccess: true,
            run: inputs.run,
            logTailLines: inputs.logTailLines,
            createHotfixBranch: false,
            incident: inputs.incident,
            priorEvidence: health ? health.evidence.map((e) => `after deploy: ${e}`) : reasons,
            failingServices: health?.failingServices ?? [],
            since,
            destructiveUpgrades: result.destructiveUpgrades,
            backup: result.backup,
        }, deps, tl);
        result.rollback = { ...outcome, plan };
        result.dbNow = outcome.dbRevisionNow;
        restarted = false;
        const r = await finish(outcome.ok ? "rolled-back" : "failure", outcome.ok
            ? `verification failed (${why}); rolled back to ${shortSha(target.record.sha)}`
            : `verification failed (${why}) and the rollback FAILED: ${outcome.error}`, outcome.ok
            ? [
                "The breaker is tripped: find the cause, fix forward on a hotfix branch, then reset the breaker.",
                `Incident report: ${outcome.incident?.path ?? ""}`,
            ]
            : [`Production needs a human now: ${outcome.stateNow}`]);
        r.stateNow = outcome.stateNow;
        return r;
    }
}
function scanLogs(logs, pattern) {
    const out = {};
    for (const [service, text] of Object.entries(logs)) {
        const hits = text.split("\n").filter((l) => pattern.test(l));
        out[service] = { count: hits.length, samples: hits.slice(0, 5) };
    }
    return out;
}
function completeChecklist(r, lockReleased, inputs) {
    if (r.status === "refused" || r.status === "dry-run")
        return [];
    const running = r.status === "success" || r.status === "warning";
    const errorCount = Object.values(r.logErrors).reduce((n, x) => n + x.count, 0);
    const logsChecked = Object.keys(r.logErrors).length > 0;
    return [
        {
            label: "Database migrated to head",
            ok: r.head === undefined ? undefined : r.dbNow === r.head,
            evidence: `alembic current ${revisionLabel(r.dbNow)}, head ${revisionLabel(r.head)}${r.appliedMigrations.length ? `; applied ${r.appliedMigrations.join(", ")}` : ""}`,
        },
        {
            label: `Services running ${inputs.version}`,
            ok: running ? true : r.timeline.has(`restart (${inputs.strategy})`) ? false : undefined,
            evidence: r.images
                ? Object.values(r.images)
                    .map((i) => i.ref)
                    .join(", ")
                : "images not built",
        },
        {
            label: "Health endpoints and smoke tests pass",
            ok: r.health ? r.decision?.action !== "rollback" && r.health.verdict === "pass" : undefined,
            evidence: r.health
                ? `${r.health.verdict}${r.decision?.reasons.length ? `: ${r.decision.reasons.join("; ")}` : ""}`
                : undefined,
        },
        {
            label: "Logs show no errors",
            ok: logsChecked ? errorCount === 0 : undefined,
            evidence: logsChecked
                ? errorCount === 0
                    ? `no line matching ${inputs.logErrorPattern.source}`
                    : Object.entries(r.logErrors)
                        .filter(([, v]) => v.count > 0)
                        .map(([s, v]) => `${s}: ${v.count}`)
                        .join(", ")
                : "logs not read",
        },
        metricsRow(r.metrics ?? compareMetrics(inputs.metrics, undefined, undefined)),
        {
            label: "Circuit breaker OPEN",
            ok: r.health?.breaker === undefined ? undefined : r.health.breaker === "OPEN",
            evidence: r.health?.breaker !== undefined ? `cb:state ${r.health.breaker}` : undefined,
        },
        {
            label: "Deployment recorded",
            ok: r.deploymentId !== undefined,
            evidence: r.deploymentId !== undefined
                ? `#${r.deploymentId}: ${running ? "success" : "failure"}`
                : "no deployment created",
        },
        { label: "Deploy lock released", ok: lockReleased },
    ];
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/mirror.js
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




const MIRROR_VERSION = 1;
/** Redis stream bound (MAXLEN ~): far more than a host's release history needs. */
const MIRROR_STREAM_MAXLEN = 10_000;
let counter = 0;
/** Sortable and unique: time, a per-process counter, randomness. */
function entryId(now = Date.now()) {
    counter = (counter + 1) % 36 ** 4;
    return `${now.toString(36).padStart(9, "0")}-${counter.toString(36).padStart(4, "0")}-${randomBytes(4).toString("hex")}`;
}
function mirror_newRecordId(now = Date.now()) {
    return `rec-${entryId(now)}`;
}
function isEntry(v) {
    if (typeof v !== "object" || v === null)
        return false;
    const e = v;
    return (e.v === MIRROR_VERSION &&
        typeof e.eid === "string" &&
        typeof e.at === "string" &&
        typeof e.key === "string" &&
        ["deployment", "status", "linked", "synced", "snapshot"].includes(e.type));
}
/** Parses lines, skipping torn or foreign ones; `skipped` counts them. */
function parseLines(lines) {
    const entries = [];
    let skipped = 0;
    for (const line of lines) {
        if (line.trim() === "")
            continue;
        try {
            const v = JSON.parse(line);
            if (isEntry(v))
                entries.push(v);
            else
                skipped++;
        }
        catch {
            skipped++;
        }
    }
    return { entries, skipped };
}
/** The entries of several copies, each once (by eid), in order. */
function mergeEntries(...copies) {
    const byId = new Map();
    for (const copy of copies)
        for (const e of copy)
            if (!byId.has(e.eid))
                byId.set(e.eid, e);
    return [...byId.values()].sort((a, b) => (a.eid < b.eid ? -1 : a.eid > b.eid ? 1 : 0));
}
/** Replays the entries into deployments, oldest first. */
function materialize(entries) {
    const byKey = new Map();
    const stub = (key, githubId, environment, at) => {
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
                if (e.githubId !== undefined)
                    d.githubId = e.githubId;
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
                if (d)
                    d.githubId = e.githubId;
                break;
            }
            case "synced": {
                const s = byKey.get(e.key)?.statuses.find((x) => x.sid === e.sid);
                if (s)
                    s.synced = true;
                break;
            }
            case "snapshot": {
                const d = stub(e.key, e.githubId, e.environment, e.at);
                d.githubId = e.githubId;
                d.environment = e.environment;
                d.sha = e.sha;
                d.payload = e.payload;
                const recordedAt = e.payload?.recordedAt;
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
function mirror_deploymentView(d) {
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
function mirror_keyOf(payload, githubId) {
    const p = payloadObject(payload);
    return typeof p?.recordId === "string" && p.recordId ? p.recordId : `gh-${githubId}`;
}
function payloadObject(payload) {
    let v = payload;
    if (typeof v === "string") {
        try {
            v = JSON.parse(v);
        }
        catch {
            return undefined;
        }
    }
    return typeof v === "object" && v !== null && !Array.isArray(v)
        ? v
        : undefined;
}
/** The mirror: both copies written on every append, merged on every read. */
class mirror_ReleaseMirror {
    backends;
    logger;
    now;
    constructor(backends, logger, now = Date.now) {
        this.backends = backends;
        this.logger = logger;
        this.now = now;
    }
    /** Appends entries to every copy; throws only when no copy took them. */
    async append(...items) {
        const at = this.now();
        const entries = items.map((item) => ({ v: MIRROR_VERSION, eid: entryId(at), at: new Date(at).toISOString(), ...item }));
        const errors = [];
        let written = 0;
        for (const backend of this.backends) {
            try {
                for (const e of entries)
                    await backend.append(JSON.stringify(e));
                written++;
            }
            catch (error) {
                errors.push(`${backend.name}: ${errorMessage(error)}`);
                this.logger?.warning(`release mirror: could not write to ${backend.name}: ${errorMessage(error)}`);
            }
        }
        if (written === 0) {
            throw new Error(`the release mirror could not be written (${errors.join("; ") || "no copy configured"})`);
        }
        return entries;
    }
    async read() {
        const copies = [];
        const parsed = [];
        for (const backend of this.backends) {
            try {
                const { entries, skipped } = parseLines(await backend.lines());
                parsed.push(entries);
                copies.push({ name: backend.name, entries: entries.length, skipped });
                if (skipped > 0)
                    this.logger?.warning(`release mirror: skipped ${skipped} unreadable line(s) in ${backend.name}`);
            }
            catch (error) {
                copies.push({ name: backend.name, error: errorMessage(error) });
                this.logger?.warning(`release mirror: could not read ${backend.name}: ${errorMessage(error)}`);
            }
        }
        if (copies.length > 0 && copies.every((c) => c.error !== undefined)) {
            throw new Error(`the release mirror could not be read (${copies.map((c) => `${c.name}: ${c.error}`).join("; ")})`);
        }
        return { deployments: materialize(mergeEntries(...parsed)), copies };
    }
}
/** The JSON-lines copy: one write of one line per entry, fsync'd; a torn last line is ended first. */
function mirror_fileBackend(path) {
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
                    if (last[0] !== 0x0a)
                        prefix = "\n";
                }
                await handle.write(`${prefix}${line}\n`);
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        },
        async lines() {
            try {
                return (await readFile(path, "utf8")).split("\n");
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return [];
                throw error;
            }
        },
    };
}
/** The Redis copy: an append-only stream, bounded (MAXLEN ~), one field `e` holding the entry's JSON. */
function mirror_redisBackend(o) {
    const key = `${o.keyPrefix}ops:releases`;
    let client;
    const connect = () => {
        client ??= Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 573)).then(async ({ openState }) => {
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/sync.js
// Reconciliation: release records made while GitHub did not answer are written to GitHub Deployments —
// each deployment once, its statuses in order, faulty marks included — and marked in the mirror. Exactly
// once even across a crash between the API call and the mark: before creating, GitHub's deployments are
// searched for the record's id (the payload's `recordId`), and a status GitHub already has (same state and
// description, not yet matched by one of ours) is marked rather than posted again.



const statusKey = (state, description) => `${state}\u0000${description}`;
/** Writes every unsynced record of `environment` to GitHub. Never throws for one record's failure. */
async function sync_syncMirror(github, mirror, o) {
    const report = { created: [], linked: [], statuses: [], alreadyThere: 0, errors: [] };
    const { deployments } = await mirror.read();
    const pending = deployments.filter((d) => d.environment === o.environment && (d.githubId === undefined || d.statuses.some((s) => !s.synced)));
    if (pending.length === 0)
        return report;
    const onGitHub = await github.listDeployments(o.environment);
    const byKey = new Map(onGitHub.map((d) => [keyOf(d.payload, d.id), d]));
    const byId = new Map(onGitHub.map((d) => [d.id, d]));
    const ordered = [...pending].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    for (const d of ordered) {
        try {
            const githubId = d.githubId ?? (await createOnce(d));
            await postStatuses(d, githubId);
        }
        catch (error) {
            report.errors.push(`${d.key} (${d.sha.slice(0, 7)}): ${errorMessage(error)}`);
            o.logger?.warning(`release sync: ${d.key} not synced: ${errorMessage(error)}`);
        }
    }
    return report;
    async function createOnce(d) {
        const found = byKey.get(d.key);
        if (found) {
            await mirror.append({ type: "linked", key: d.key, githubId: found.id });
            report.linked.push({ key: d.key, githubId: found.id });
            return found.id;
        }
        const { id } = await github.createDeployment({
            sha: d.sha,
            environment: d.environment,
            payload: d.payload,
            description: statusDescription(d.description),
        });
        await mirror.append({ type: "linked", key: d.key, githubId: id });
        report.created.push({ key: d.key, githubId: id, sha: d.sha });
        return id;
    }
    async function postStatuses(d, githubId) {
        // GitHub's statuses not yet accounted for by one of our synced ones: a crash after a post left them.
        const available = new Map();
        for (const s of byId.get(githubId)?.statuses ?? []) {
            const k = statusKey(s.state, s.description);
            available.set(k, (available.get(k) ?? 0) + 1);
        }
        for (const s of d.statuses.filter((x) => x.synced)) {
            const k = statusKey(s.state, statusDescription(s.description));
            const n = available.get(k) ?? 0;
            if (n > 0)
                available.set(k, n - 1);
        }
        for (const s of d.statuses) {
            if (s.synced)
                continue;
            const description = statusDescription(s.description);
            const k = statusKey(s.state, description);
            const n = available.get(k) ?? 0;
            if (n > 0) {
                available.set(k, n - 1);
                report.alreadyThere++;
            }
            else {
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
function sync_syncLines(r) {
    const lines = [
        ...r.created.map((c) => `created deployment #${c.githubId} for ${c.sha.slice(0, 7)} (${c.key})`),
        ...r.linked.map((l) => `found ${l.key} on GitHub already as #${l.githubId}: linked, not created again`),
        ...r.statuses.map((s) => `#${s.githubId}: ${s.state} — ${s.description}`),
    ];
    if (r.alreadyThere > 0)
        lines.push(`${r.alreadyThere} status(es) already on GitHub: marked, not posted again`);
    return lines;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/mirrored-github.js
// ReleaseGitHub with the host's release mirror behind it: the engines (deploy, rollback, the deploy's
// automatic rollback) run unchanged, from an action or from `ops` at the terminal.
// - First use: a bounded probe (default 5 s, one attempt) says whether GitHub answers. It answers: records
//   left unsynced by an outage are written to it first (sync.ts), then every call goes to GitHub and is
//   mirrored (deployments with a `recordId` and `recordedAt` in the payload, statuses, snapshots of what
//   GitHub holds). It does not answer: history comes from the mirror, new records go to the mirror only
//   (local negative ids), and the calls only GitHub can answer (branch head, pull request, checks) fail at
//   once with the reason — no call waits on GitHub again in that run.
// - A transient failure later in the run switches to the mirror the same way.




const PROBE_TIMEOUT_MS = 5_000;
/** A transient error (timeout, network failure, 5xx, 429 — the GitHub client maps them): GitHub did not answer. */
function unanswered(error) {
    return errorKind(error) === "transient" || error?.name === "TimeoutError";
}
function mirrored_github_mirroredGitHub(o) {
    const now = o.now ?? Date.now;
    let mode;
    let downReason = o.inner ? undefined : (o.disabledReason ?? "GitHub is not configured");
    let source = "github";
    let sync;
    let known;
    const goDown = (why) => {
        if (downReason === undefined) {
            downReason = why;
            o.logger.warning(`GitHub did not answer (${why}): using the host's release mirror from here on`);
        }
        mode = Promise.resolve("down");
    };
    const state = () => {
        mode ??= (async () => {
            if (!o.inner)
                return "down";
            try {
                await o.probe();
            }
            catch (error) {
                if (!unanswered(error))
                    throw error;
                goDown(errorMessage(error));
                return "down";
            }
            if (o.autoSync !== false) {
                try {
                    sync = await syncMirror(o.inner, o.mirror, { environment: o.environment, logger: o.logger });
                    for (const line of syncLines(sync))
                        o.logger.info(`release sync: ${line}`);
                }
                catch (error) {
                    o.logger.warning(`release sync: could not reconcile the mirror: ${errorMessage(error)}`);
                }
            }
            return "up";
        })();
        return mode;
    };
    const mirrored = async () => {
        known = (await o.mirror.read()).deployments;
        return known;
    };
    const findKey = async (id) => {
        const match = (list) => list.find((d) => d.githubId === id || d.localId === id);
        return (known && match(known)) ?? match(await mirrored());
    };
    /** Calls GitHub; a failure to answer switches the run to the mirror and rethrows. */
    const call = async (what, fn) => {
        if ((await state()) === "down" || !o.inner)
            throw new TransientError(`GitHub did not answer (${downReason}): cannot ${what}`);
        try {
            return await fn(o.inner);
        }
        catch (error) {
            if (unanswered(error))
                goDown(errorMessage(error));
            throw error;
        }
    };
    /** Keeps the mirror's copy of GitHub's deployments current (records made by other runs, statuses). */
    const snapshot = async (views, mine) => {
        const byGitHubId = new Map(mine.filter((d) => d.githubId !== undefined).map((d) => [d.githubId, d]));
        for (const v of views) {
            if (!parseRecord(v.payload))
                continue;
            const ours = byGitHubId.get(v.id);
            const theirs = [...v.statuses].reverse().map((s) => `${s.state}\u0000${s.description}`);
            const have = (ours?.statuses ?? [])
                .filter((s) => s.synced)
                .map((s) => `${s.state}\u0000${s.description}`);
            if (ours && theirs.length === have.length && theirs.every((t, i) => t === have[i]))
                continue;
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
                    const mine = (await mirrored().catch(() => [])).filter((d) => d.environment === environment);
                    await snapshot(views, mine).catch((e) => o.logger.warning(`release mirror: could not record GitHub's history: ${errorMessage(e)}`));
                    // Records GitHub does not have yet (a failed sync) still count for last-good and current.
                    const onGitHub = new Set(views.map((v) => keyOf(v.payload, v.id)));
                    const extra = mine.filter((d) => d.githubId === undefined && !onGitHub.has(d.key));
                    return [
                        ...views.map((v) => {
                            const at = v.payload?.recordedAt;
                            return typeof at === "string" ? { ...v, createdAt: at } : v;
                        }),
                        ...extra.map(deploymentView),
                    ];
                }
                catch (error) {
                    if (!unanswered(error))
                        throw error;
                    goDown(errorMessage(error));
                }
            }
            source = "mirror";
            const list = (await mirrored()).filter((d) => d.environment === environment);
            o.logger.warning(`release history from the host's mirror (${list.length} record(s)), not GitHub: ${downReason ?? "GitHub did not answer"}`);
            return list.map(deploymentView);
        },
        async createDeployment(input) {
            const at = now();
            const key = newRecordId(at);
            const payload = {
                ...input.payload,
                recordId: key,
                recordedAt: new Date(at).toISOString(),
            };
            let githubId;
            if ((await state()) === "up" && o.inner) {
                try {
                    githubId = (await o.inner.createDeployment({ ...input, payload })).id;
                }
                catch (error) {
                    if (!unanswered(error))
                        throw error;
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
            if (githubId === undefined)
                await write;
            else
                await write.catch(() => undefined);
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
                .catch((error) => {
                if (downReason !== undefined)
                    throw error;
                return [];
            });
            const githubId = d ? d.githubId : id > 0 ? id : undefined;
            if (githubId === undefined || (await state()) === "down" || !o.inner)
                return;
            try {
                await o.inner.setDeploymentStatus(githubId, input);
                if (entry?.type === "status")
                    await o.mirror.append({ type: "synced", key, sid: entry.sid }).catch(() => undefined);
            }
            catch (error) {
                if (!unanswered(error))
                    throw error;
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
function mirrored_github_githubProbe(o) {
    return async () => {
        const { createGitHub, parseRepo } = await __nccwpck_require__.e(/* import() */ 44).then(__nccwpck_require__.bind(__nccwpck_require__, 6044));
        const repo = parseRepo(o.repository);
        const gh = await createGitHub({
            token: o.token,
            apiUrl: o.apiUrl,
            timeoutMs: o.timeoutMs ?? PROBE_TIMEOUT_MS,
            retry: { attempts: 1 },
        });
        try {
            await gh.request("GET /repos/{owner}/{repo}", { ...repo });
        }
        catch (error) {
            if (!unanswered(error))
                throw error;
            throw new TransientError(`${o.apiUrl} did not answer (probe bounded to ${o.timeoutMs ?? PROBE_TIMEOUT_MS} ms): ${rootCause(error)}`, {
                cause: error,
            });
        }
    };
}
/** The innermost reason of a failed request ("connect ECONNREFUSED 127.0.0.1:9", "timed out"). */
function rootCause(error) {
    let e = error;
    let reason = errorMessage(error);
    for (let depth = 0; e && depth < 6; depth++) {
        if (e.name === "TimeoutError")
            return "timed out";
        if (typeof e.message === "string" && e.message && e !== error)
            reason = e.message;
        e = e.cause;
    }
    return reason;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/mirror-wiring.js
// Plugs the release mirror into the engines' dependencies (actions and `ops` alike): GitHub behind the
// mirror decorator, both copies of the mirror (the deploy directory's JSON-lines file, the Redis stream),
// and break glass — the gates only GitHub can answer skipped, and said so, when it does not answer.




/** The gates that need GitHub's answer: what `--break-glass` skips when GitHub does not answer. */
const GITHUB_GATES = (/* unused pure expression or super */ null && ([
    "branch-head",
    "pr-approved",
    "ci-green",
    "migrations-tested",
]));
function mirrorFile(host, env, settings = {}) {
    return settings.file ?? env.OPS_RELEASE_MIRROR ?? join(host.workingDirectory, ".ops", "releases.jsonl");
}
function releaseMirror(o) {
    const backends = [fileBackend(mirrorFile(o.host, o.env, o.settings))];
    if (o.host.redisUrl)
        backends.push(redisBackend({
            url: o.host.redisUrl,
            keyPrefix: o.host.keyPrefix,
            logger: o.logger,
            onClose: o.onCleanup,
        }));
    return new ReleaseMirror(backends, o.logger);
}
/** The engines' deps with the mirror behind GitHub. Call `prepare()` before the engine runs. */
function mirror_wiring_withMirror(deps, o) {
    const settings = o.settings ?? {};
    const mirror = releaseMirror({ ...o, settings });
    const github = mirroredGitHub({
        inner: settings.githubDisabled ? undefined : deps.github,
        mirror,
        probe: githubProbe({
            token: o.host.token,
            apiUrl: o.run.apiUrl,
            repository: o.run.repository,
            ...(settings.probeTimeoutMs ? { timeoutMs: settings.probeTimeoutMs } : {}),
        }),
        logger: o.logger,
        environment: o.host.environment,
        ...(settings.autoSync === false ? { autoSync: false } : {}),
        ...(settings.githubDisabled ? { disabledReason: settings.githubDisabled } : {}),
    });
    const out = {
        deps: { ...deps, github },
        github,
        inner: settings.githubDisabled ? undefined : deps.github,
        mirror,
        breakGlass: undefined,
        async prepare(p = {}) {
            if (!settings.breakGlass || (await github.available()))
                return;
            const why = `break glass: GitHub did not answer (${github.history().reason ?? "unknown"})`;
            out.breakGlass = { skipped: GITHUB_GATES, why };
            out.deps = { ...out.deps, skipGates: { ids: GITHUB_GATES, why } };
            // A dry run decides nothing: only a real break-glass run goes into the audit stream.
            if (p.dryRun)
                return;
            await deps.state
                .audit({
                action: "break-glass",
                reason: why,
                detail: { skipped: GITHUB_GATES.join(","), actor: o.run.actor },
            })
                .catch((e) => o.logger.warning(`break glass: could not write the audit entry: ${String(e)}`));
        },
    };
    return out;
}
/** The note the summary and the incident report carry when history or gates did without GitHub. */
function mirror_wiring_mirrorNote(m) {
    const h = m.github.history();
    const parts = [];
    if (m.breakGlass)
        parts.push(`> 🔨 **Break glass**: GitHub did not answer, so these gates were skipped, not passed: ${m.breakGlass.skipped.join(", ")} (${mdText(m.breakGlass.why)}). Recorded in the audit stream.`);
    if (h.source === "mirror")
        parts.push(`> ⚠️ Release history from the host's mirror, not GitHub (${mdText(h.reason ?? "GitHub did not answer")}). The records made here are written to GitHub Deployments by \`ops releases sync\` or the next action run.`);
    return parts.join("\n>\n");
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/record.js
// The deployment record: the versioned JSON payload of every GitHub Deployment this project creates, one
// per deploy and per rollback. A rollback trusts only what is recorded here (images, Alembic revision).
const record_RECORD_SCHEMA = 1;
/** GitHub rejects deployment status descriptions over 140 characters. */
const STATUS_DESCRIPTION_MAX = 140;
/** The description prefix that marks a deployment faulty (a later `failure` status starting with it). */
const FAULTY_PREFIX = "faulty:";
function isStringRecord(v) {
    return (typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((x) => typeof x === "string"));
}
const nullableString = (v) => v === null || typeof v === "string";
/**
 * Reads a payload as GitHub returns it (an object, or a JSON string for older API versions). Returns
 * undefined for anything that is not a record of a schema this code knows: such deployments are never
 * chosen as rollback targets.
 */
function record_parseRecord(payload) {
    let value = payload;
    if (typeof value === "string") {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    if (typeof value !== "object" || value === null)
        return undefined;
    const r = value;
    if (r.schema !== record_RECORD_SCHEMA)
        return undefined;
    if (r.kind !== "deploy" && r.kind !== "rollback")
        return undefined;
    if (typeof r.sha !== "string" || !nullableString(r.previousSha) || typeof r.version !== "string") {
        return undefined;
    }
    const a = r.alembic;
    if (typeof a !== "object" ||
        a === null ||
        !nullableString(a.before) ||
        !nullableString(a.after) ||
        !Array.isArray(a.applied) ||
        !a.applied.every((x) => typeof x === "string")) {
        return undefined;
    }
    if (!isStringRecord(r.images) || !isStringRecord(r.imageRefs))
        return undefined;
    const record = {
        schema: record_RECORD_SCHEMA,
        kind: r.kind,
        sha: r.sha,
        previousSha: r.previousSha,
        version: r.version,
        alembic: { before: a.before, after: a.after, applied: a.applied },
        images: r.images,
        imageRefs: r.imageRefs,
        composeFileHash: typeof r.composeFileHash === "string" ? r.composeFileHash : null,
        runUrl: typeof r.runUrl === "string" ? r.runUrl : "",
        actor: typeof r.actor === "string" ? r.actor : "",
    };
    if (typeof r.reason === "string")
        record.reason = r.reason;
    if (typeof r.replacesDeploymentId === "number")
        record.replacesDeploymentId = r.replacesDeploymentId;
    return record;
}
/** A status description GitHub accepts: one line, at most 140 characters, cut with an ellipsis. */
function record_statusDescription(text) {
    const line = text.replace(/\s+/g, " ").trim();
    if (line.length <= STATUS_DESCRIPTION_MAX)
        return line;
    return `${line.slice(0, STATUS_DESCRIPTION_MAX - 1).trimEnd()}…`;
}
function record_shortSha(sha) {
    return sha ? sha.slice(0, 7) : "none";
}
/**
 * The description of the status that marks a deployment faulty. `rolledBack: false` when the rollback
 * failed: the release was declared bad, but it was not (necessarily) replaced.
 */
function record_faultyDescription(reason, runUrl, rolledBack = true) {
    const run = runOf(runUrl);
    return record_statusDescription(rolledBack
        ? `${FAULTY_PREFIX} rolled back by run ${run}: ${reason}`
        : `${FAULTY_PREFIX} rollback by run ${run} failed: ${reason}`);
}
const runOf = (runUrl) => runUrl.match(/\/runs\/(\d+)/)?.[1] ?? runUrl;

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/render.js
// Job summaries and JSON reports for deploy and rollback, pure: status first, the runbook's checklists
// with real ticks, the plan, the timeline with durations, health evidence, next steps.








const REPORT_SCHEMA = 1;
function timelineSection(title, tl) {
    if (tl.steps.length === 0)
        return "";
    const rows = tl.steps.map((s) => [
        mdText(new Date(s.startMs).toISOString().slice(11, 19)),
        mdText(s.name),
        mdText(formatDuration(s.durationMs)),
        s.outcome === "ok" ? "✅" : s.outcome === "failed" ? "❌" : s.outcome === "warning" ? "⚠️" : "⏭️",
        s.detail ? mdText(s.detail.slice(0, 300)) : "",
    ]);
    const chart = timelineChart(title, tl.steps.map((s) => ({
        name: s.name,
        startMs: s.startMs,
        durationMs: s.durationMs,
        failed: s.outcome === "failed",
    })));
    return [
        heading("Timeline"),
        table(["Time (UTC)", "Step", "Took", "", "Detail"], rows),
        tl.steps.length > 2 ? chart : "",
    ]
        .filter(Boolean)
        .join("\n\n");
}
function list(title, items) {
    if (items.length === 0)
        return "";
    return `${heading(title)}\n\n${items.map((i) => `- ${mdText(i)}`).join("\n")}`;
}
function renderPlan(plan) {
    const rows = [
        [
            "Release",
            `${mdCode(shortSha(plan.current.sha))} (#${plan.current.deploymentId ?? "?"})`,
            `${mdCode(shortSha(plan.target.sha))} (#${plan.target.deploymentId ?? "?"})`,
        ],
        ["Image tag", mdCode(plan.current.version), mdCode(plan.target.version)],
        [
            "Database",
            mdCode(revisionLabel(plan.current.dbRevision)),
            plan.dbTarget === undefined ? "unchanged (db-revision: none)" : mdCode(revisionLabel(plan.dbTarget)),
        ],
    ];
    const parts = [
        heading(plan.dbOnly ? "Plan (database only)" : "Plan"),
        table(["", "Current", "Target"], rows),
    ];
    if (plan.migrationsToUndo.length > 0) {
        parts.push(`Migrations to undo, in order: ${plan.migrationsToUndo.map((m) => `${mdCode(m.revision)}${m.destructiveDowngrade.length ? ` ⚠️ drops ${mdText(m.destructiveDowngrade.join(", "))}` : ""}`).join(", ")}`);
        const backEmpty = upgradeDrops(plan.migrationsToUndo);
        if (backEmpty.length > 0) {
            parts.push(`⚠️ Their upgrades dropped data a downgrade cannot bring back (it comes back empty): ${backEmpty.map((d) => `${mdCode(d.revision)} ${mdText(dropVerb(d.operation))}`).join(", ")}`);
        }
    }
    if (!plan.dbOnly) {
        parts.push(`Images to start (no rebuild): ${Object.entries(plan.images)
            .map(([s, ref]) => `${mdText(s)} ${mdCode(ref)}`)
            .join(", ") || "none"}`);
    }
    return parts.join("\n\n");
}
/** The destructive upgrades, counted before they ran, and where the backup went. */
function destructiveSection(r) {
    const parts = [];
    if (r.destructiveUpgrades.length > 0) {
        parts.push(`**⚠️ Destructive upgrade** (rows counted before it ran):\n\n${r.destructiveUpgrades.map((d) => `- ${mdCode(d.revision)} ${mdText(describeDrop(d))}`).join("\n")}`);
    }
    if (r.backup) {
        const b = r.backup;
        parts.push(`Backup before the migrations: ${b.kind === "file" ? `${mdCode(b.artefact)}${mdText(backupLine(b).slice(b.artefact.length))}` : mdText(backupLine(b))}`);
    }
    return parts.length > 0 ? `\n\n${parts.join("\n\n")}` : "";
}
const DEPLOY_STATUS = {
    success: ["success", "Deployed"],
    warning: ["warning", "Deployed with warnings"],
    failure: ["failure", "Deploy failed"],
    "rolled-back": ["failure", "Deploy failed verification and was rolled back"],
    refused: ["refused", "Deploy refused"],
    "dry-run": ["neutral", "Deploy dry run"],
    cancelled: ["cancelled", "Deploy cancelled"],
};
function render_renderDeploySummary(r) {
    const [status, title] = DEPLOY_STATUS[r.status];
    const leftovers = r.leftovers.length
        ? `> ⚠️ Leftover from an earlier run: ${r.leftovers.map(mdText).join("; ")}`
        : "";
    const migrations = r.pendingMigrations.length > 0
        ? `${heading("Migrations")}\n\n${table(["Revision", "Applied"], r.pendingMigrations.map((m) => [mdCode(m), r.appliedMigrations.includes(m) ? "✅" : "—"]))}\n\nDatabase: ${mdCode(revisionLabel(r.dbBefore))} → ${mdCode(r.dbNow === undefined ? "unknown" : revisionLabel(r.dbNow))} (head ${mdCode(revisionLabel(r.head))})${destructiveSection(r)}`
        : "";
    const health = r.health
        ? details(`Health evidence (${r.health.verdict})`, r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_", r.status !== "success")
        : "";
    const logs = Object.entries(r.logErrors).filter(([, v]) => v.count > 0);
    const logSection = logs.length
        ? details("Error lines in the service logs", logs.map(([s, v]) => `**${mdText(s)}**: ${v.count}\n\n${mdBlock(v.samples.join("\n"))}`).join("\n\n"))
        : "";
    const rb = r.rollback;
    const rollbackPart = rb
        ? [
            headline(rb.ok ? "warning" : "failure", rb.ok ? "Automatic rollback completed" : "Automatic rollback FAILED", rb.stateNow),
            renderPlan(rb.plan),
            checklist("Rollback complete", rb.checklist),
            rb.incident ? details("Incident report", rb.incident.markdown) : "",
        ].join("\n\n")
        : "";
    return fitSections([
        headline(status, `${title}: ${shortSha(r.version)}`, `${r.message}. ${r.stateNow}`),
        leftovers,
        list("Next steps", r.nextSteps),
        checklist("Pre-deployment checklist", gateChecklist(r.gates)),
        r.complete.length ? checklist("Deployment complete", r.complete) : "",
        list("Warnings", r.warnings),
        rollbackPart,
        migrations,
        health,
        logSection,
        timelineSection("Deploy", r.timeline),
    ]);
}
const ROLLBACK_STATUS = {
    success: ["success", "Rolled back"],
    failure: ["failure", "Rollback FAILED"],
    refused: ["refused", "Rollback refused"],
    "dry-run": ["neutral", "Rollback dry run"],
    cancelled: ["cancelled", "Rollback cancelled"],
};
function render_renderRollbackSummary(r) {
    const [status, title] = ROLLBACK_STATUS[r.status];
    const target = r.plan ? `: ${shortSha(r.plan.current.sha)} → ${shortSha(r.plan.target.sha)}` : "";
    return fitSections([
        headline(status, `${title}${target}`, `${r.message}. ${r.stateNow}`),
        list("Refused because", r.refusals),
        list("Next steps", r.nextSteps),
        r.checklist.length ? checklist("Rollback complete", r.checklist) : "",
        list("Warnings", r.warnings),
        r.plan ? renderPlan(r.plan) : "",
        r.health
            ? details(`Health after the rollback (${r.health.verdict})`, r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_")
            : "",
        r.incident
            ? details(`Incident report — ${r.incident.path}`, r.incident.markdown, r.status === "failure")
            : "",
        timelineSection("Rollback", r.timeline),
    ]);
}
function planJson(plan) {
    return plan
        ? {
            current: plan.current,
            target: plan.target,
            dbOnly: plan.dbOnly,
            dbTarget: plan.dbTarget === undefined ? "unchanged" : revisionLabel(plan.dbTarget),
            migrationsToUndo: plan.migrationsToUndo.map((m) => m.revision),
            destructive: plan.destructive,
            images: plan.images,
        }
        : null;
}
const checks = (items) => items.map((c) => ({ label: c.label, ok: c.ok ?? null, evidence: c.evidence ?? null }));
const steps = (tl) => tl.steps.map((s) => ({ ...s, startedAt: new Date(s.startMs).toISOString() }));
/** The `report` output: JSON, `schema: 1`. */
function render_deployReport(r) {
    return {
        schema: REPORT_SCHEMA,
        kind: "deploy",
        status: r.status,
        message: r.message,
        stateNow: r.stateNow,
        version: r.version,
        previousVersion: r.previousVersion ?? null,
        deploymentId: r.deploymentId ?? null,
        database: {
            before: revisionLabel(r.dbBefore),
            now: r.dbNow === undefined ? null : revisionLabel(r.dbNow),
            head: r.head ?? null,
            pending: r.pendingMigrations,
            applied: r.appliedMigrations,
            destructive: r.destructiveUpgrades,
            backup: r.backup ?? null,
        },
        gates: r.gates,
        complete: checks(r.complete),
        images: r.images ?? null,
        health: r.health
            ? {
                verdict: r.health.verdict,
                degradationPct: r.health.degradationPct ?? null,
                crashLooping: r.health.crashLooping,
                breaker: r.health.breaker ?? null,
                evidence: r.health.evidence,
            }
            : null,
        decision: r.decision ?? null,
        logErrors: r.logErrors,
        metrics: r.metrics ?? null,
        rollback: r.rollback
            ? {
                ok: r.rollback.ok,
                stateNow: r.rollback.stateNow,
                deploymentId: r.rollback.deploymentId ?? null,
                breakerTripped: r.rollback.breakerTripped,
                plan: planJson(r.rollback.plan),
                incident: r.rollback.incident?.path ?? null,
                complete: checks(r.rollback.checklist),
            }
            : null,
        leftovers: r.leftovers,
        warnings: r.warnings,
        timeline: steps(r.timeline),
    };
}
function render_rollbackReport(r) {
    return {
        schema: REPORT_SCHEMA,
        kind: "rollback",
        status: r.status,
        message: r.message,
        stateNow: r.stateNow,
        plan: planJson(r.plan),
        refusals: r.refusals,
        deploymentId: r.deploymentId ?? null,
        database: r.dbRevisionNow === undefined ? null : revisionLabel(r.dbRevisionNow),
        breakerTripped: r.breakerTripped,
        complete: checks(r.checklist),
        health: r.health ? { verdict: r.health.verdict, evidence: r.health.evidence } : null,
        incident: r.incident
            ? {
                path: r.incident.path,
                pullRequest: r.incident.prUrl ?? null,
                hotfixBranch: r.incident.hotfixBranch,
            }
            : null,
        warnings: r.warnings,
        timeline: steps(r.timeline),
    };
}
function render_renderRestartSummary(r) {
    const status = r.status === "success" ? "success" : r.status === "refused" ? "refused" : "failure";
    return fitSections([
        headline(status, r.status === "success" ? "Restarted" : r.status === "refused" ? "Restart refused" : "Restart FAILED", r.message),
        checklist("Restart", r.checklist),
        r.health
            ? details(`Health after the restart (${r.health.verdict})`, r.health.evidence.map((e) => `- ${mdText(e)}`).join("\n") || "_none_", r.status !== "success")
            : "",
        timelineSection("Restart", r.timeline),
    ]);
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/restart.js
// The restart button from the runbook's service health check: restart one service (or all) through the
// same compose adapter, under the deploy lock shared with deploy and rollback, verify with the smoke core,
// and record it in the audit stream. Images do not change: this is not a release.



async function restart_restartServices(inputs, deps) {
    const tl = new Timeline(deps.clock, deps.logger);
    const what = inputs.services?.join(", ") ?? "all services";
    const attempt = await tl.step("acquire deploy lock", () => deps.state
        .acquireLock({
        owner: inputs.run.runUrl || "restart",
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal: deps.signal,
    })
        .catch((e) => ({ acquired: false, holder: undefined, error: errorMessage(e) })));
    if (!attempt.acquired) {
        const why = attempt.error
            ? `Redis unavailable (${attempt.error}): fail closed`
            : (attempt.holder ?? "held by another run");
        return {
            status: "refused",
            message: `restart refused: the deploy lock is ${why}`,
            timeline: tl,
            health: undefined,
            checklist: [{ label: "Deploy lock acquired", ok: false, evidence: why }],
        };
    }
    let restarted;
    let health;
    let error;
    try {
        await tl.step(`restart ${what}`, () => deps.compose.restart(inputs.services, deps.signal));
        restarted = true;
        health = await tl.step("verify health", () => deps.smoke.check({ signal: deps.signal }));
    }
    catch (e) {
        restarted ??= false;
        error = errorMessage(e);
    }
    finally {
        await attempt.handle.release().catch(() => false);
    }
    const decision = health ? decideHealth(health) : undefined;
    const ok = error === undefined && decision !== undefined && decision.action !== "rollback";
    await deps.state
        .audit({
        action: ok ? "restart" : "restart-failed",
        reason: inputs.reason,
        detail: { services: what, run: inputs.run.runUrl },
    })
        .catch((e) => deps.logger.warning(`audit failed: ${errorMessage(e)}`));
    return {
        status: ok ? "success" : "failure",
        message: ok
            ? `restarted ${what}; healthy`
            : error
                ? `restart of ${what} failed: ${error}`
                : `restarted ${what} but it is not healthy: ${decision?.reasons.join("; ")}`,
        timeline: tl,
        health,
        checklist: [
            { label: "Deploy lock acquired", ok: true },
            { label: `Restarted ${what}`, ok: restarted },
            {
                label: "Health endpoints and smoke tests pass",
                ok: decision ? decision.action !== "rollback" : undefined,
                evidence: health
                    ? `${health.verdict}${decision?.reasons.length ? `: ${decision.reasons.join("; ")}` : ""}`
                    : undefined,
            },
            { label: "Recorded in the audit stream", ok: true },
        ],
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/actions.js
// The bodies of actions/deploy and actions/rollback (and the deploy's `post:` backstop), run inside
// runAction: mask credentials, read the inputs once, wire the adapters, run the engine, set outputs and
// the summary. The actions' main.ts files only call these.













/** The repository's default branch, from the event payload; `master` when it does not say. */
async function defaultBranch(eventPath) {
    if (!eventPath)
        return "master";
    try {
        const event = JSON.parse(await readFile(eventPath, "utf8"));
        return event.repository?.default_branch || "master";
    }
    catch {
        return "master";
    }
}
function maskCredentials(ctx) {
    for (const secret of [
        ctx.inputs.optional("token"),
        ...(0,connection/* redisMasks */.vp)(ctx.inputs.optional("redis-url")),
        ctx.inputs.optional("notify-webhook"),
    ]) {
        if (secret)
            ctx.setSecret(secret);
    }
}
/** Who and where, as the engines record it. */
function runInfo(ctx) {
    return { runUrl: ctx.run.runUrl, actor: ctx.run.actor, repository: ctx.run.repository };
}
/** What every release action hands the adapters from its context. */
function contextWiring(ctx) {
    return { run: ctx.run, logger: ctx.logger, signal: ctx.signal, onCleanup: ctx.onCleanup, env: ctx.env };
}
/**
 * Deploy and rollback also save the lock and the deployment for the `post:` backstop, and write every
 * record to the host's release mirror too (GitHub behind it; see mirrored-github.ts).
 */
async function wireAction(ctx, host, kind, sha, extra = {}, options = {}, dryRun = false) {
    const deps = wire({
        ...contextWiring(ctx),
        host,
        kind,
        sha,
        onLockAcquired: (value) => ctx.saveState("lock-value", value),
        // A mirror-only deployment (GitHub down) has a negative local id: the post step cannot close it there.
        onDeploymentCreated: (id) => {
            if (id > 0)
                ctx.saveState("deployment-id", String(id));
        },
        ...extra,
    });
    const mirrored = withMirror(deps, {
        host,
        run: ctx.run,
        logger: ctx.logger,
        onCleanup: ctx.onCleanup,
        env: ctx.env,
        ...(options.mirror ? { settings: options.mirror } : {}),
    });
    await mirrored.prepare({ dryRun });
    return mirrored;
}
/** The mirror's note (history source, break glass) under the summary's headline. */
function withNote(markdown, note) {
    if (!note)
        return markdown;
    const cut = markdown.indexOf("\n\n");
    return cut < 0 ? `${markdown}\n\n${note}` : `${markdown.slice(0, cut)}\n\n${note}${markdown.slice(cut)}`;
}
async function writeIncidentFile(workspace, path, markdown) {
    const full = resolve(workspace, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, markdown);
    return full;
}
async function deployAction(ctx, options = {}) {
    maskCredentials(ctx);
    const restart = ctx.inputs.optional("restart");
    if (restart !== undefined)
        return restartAction(ctx, restart);
    const config = await readDeployConfig(ctx.inputs, ctx.run, await defaultBranch(ctx.run.eventPath));
    const mirrored = await wireAction(ctx, config.host, "deploy", config.deploy.sha, {}, options, config.deploy.dryRun);
    const result = await deploy({ ...config.deploy, run: runInfo(ctx) }, mirrored.deps);
    const note = mirrorNote(mirrored);
    ctx.saveState("finished", "true");
    ctx.setOutput("status", result.status);
    ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
    ctx.setOutput("version", result.version);
    ctx.setOutput("previous-version", result.previousVersion ?? "");
    ctx.setOutput("db-revision", result.dbNow === undefined ? "" : revisionLabel(result.dbNow));
    const incident = result.rollback?.incident;
    if (incident && config.host.incidentFile) {
        const full = await writeIncidentFile(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), incident.path, withNote(incident.markdown, note));
        ctx.setOutput("incident-path", full);
    }
    else
        ctx.setOutput("incident-path", incident?.path ?? "");
    ctx.setOutput("report", JSON.stringify({ ...deployReport(result), history: mirrored.github.history() }));
    ctx.setSummary(withNote(renderDeploySummary(result), note));
    for (const w of result.warnings)
        ctx.logger.warning(w);
    ctx.logger.info(`deploy: ${result.status} — ${result.message}. ${result.stateNow}`);
    switch (result.status) {
        case "success":
        case "warning":
        case "dry-run":
            return undefined;
        case "refused":
            throw new RefusalError(result.message, result.gates.filter((g) => g.ok === false).map((g) => `${g.label}: ${g.evidence}`));
        case "cancelled":
            throw new CancelledError(`${result.message}; ${result.stateNow.replace(/\.$/, "")}`);
        default:
            return { failed: `${result.message}. ${result.stateNow}` };
    }
}
/**
 * The deploy's `post:` step: if the main step died before finishing, release the lock it held (only if
 * still ours) and close its deployment as `error`.
 */
async function deployPostAction(ctx) {
    const finished = ctx.env.STATE_finished === "true";
    const lockValue = ctx.env["STATE_lock-value"];
    const deploymentId = ctx.env["STATE_deployment-id"];
    if (finished || (!lockValue && !deploymentId)) {
        ctx.logger.info("deploy post: the main step finished and cleaned up; nothing to do");
        return undefined;
    }
    maskCredentials(ctx);
    const redisUrl = ctx.inputs.optional("redis-url");
    if (lockValue && redisUrl) {
        try {
            const released = await (0,state/* releaseLeftoverLock */.k)(redisUrl, ctx.inputs.string("key-prefix", ""), lockValue, ctx.logger);
            ctx.logger.warning(released
                ? "deploy post: released the deploy lock the main step left behind"
                : "deploy post: the deploy lock was already released or taken by another run");
        }
        catch (e) {
            ctx.logger.warning(`deploy post: could not release the deploy lock: ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
    }
    if (deploymentId) {
        const token = ctx.inputs.optional("token");
        if (token) {
            const { githubAdapter } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3067));
            const gh = githubAdapter({ token, apiUrl: ctx.run.apiUrl, owner: ctx.run.owner, repo: ctx.run.repo });
            await gh
                .setDeploymentStatus(Number(deploymentId), {
                state: "error",
                description: record_statusDescription("the deploy step ended without finishing (cancelled or crashed); check the host"),
                logUrl: ctx.run.runUrl,
                environment: ctx.inputs.string("environment", "production"),
            })
                .catch((e) => ctx.logger.warning(`deploy post: could not close deployment #${deploymentId}: ${(0,errors/* errorMessage */.gJ)(e)}`));
        }
    }
    return undefined;
}
async function rollbackAction(ctx, options = {}) {
    maskCredentials(ctx);
    const branch = await defaultBranch(ctx.run.eventPath);
    // The queue guard: engage the kill switch so no newer deploy enters the shared concurrency group.
    if (ctx.inputs.boolean("hold-deploys-only", false))
        return holdDeploys(ctx);
    const config = await readRollbackConfig(ctx.inputs, branch);
    const mirrored = await wireAction(ctx, config.host, "rollback", ctx.run.sha, { ...(config.notifyWebhook ? { notifier: webhookNotifier(config.notifyWebhook) } : {}) }, options, config.rollback.dryRun);
    const result = await rollback({ ...config.rollback, run: runInfo(ctx) }, mirrored.deps);
    const note = mirrorNote(mirrored);
    ctx.saveState("finished", "true");
    ctx.setOutput("status", result.status);
    ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
    ctx.setOutput("version", result.plan?.target.version ?? "");
    ctx.setOutput("previous-version", result.plan?.current.version ?? "");
    ctx.setOutput("db-revision", result.dbRevisionNow === undefined ? "" : revisionLabel(result.dbRevisionNow));
    if (result.incident && config.host.incidentFile) {
        const full = await writeIncidentFile(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), result.incident.path, withNote(result.incident.markdown, note));
        ctx.setOutput("incident-path", full);
    }
    else
        ctx.setOutput("incident-path", result.incident?.path ?? "");
    ctx.setOutput("report", JSON.stringify({ ...rollbackReport(result), history: mirrored.github.history() }));
    ctx.setSummary(withNote(renderRollbackSummary(result), note));
    for (const w of result.warnings)
        ctx.logger.warning(w);
    ctx.logger.info(`rollback: ${result.status} — ${result.message}. ${result.stateNow}`);
    switch (result.status) {
        case "success":
        case "dry-run":
            return undefined;
        case "refused":
            throw new RefusalError(result.message, result.refusals);
        case "cancelled":
            throw new CancelledError(`${result.message}; ${result.stateNow.replace(/\.$/, "")}`);
        default:
            return { failed: `${result.message}. ${result.stateNow}` };
    }
}
async function holdDeploys(ctx) {
    const url = ctx.inputs.required("redis-url", "the Redis holding the kill switch");
    const reason = ctx.inputs.required("reason", "why production is being rolled back");
    const { redisState } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9789));
    const state = redisState({
        url,
        keyPrefix: ctx.inputs.string("key-prefix", ""),
        logger: ctx.logger,
        kind: "rollback",
        actor: ctx.run.actor,
        runId: ctx.run.runId,
        runUrl: ctx.run.runUrl,
        sha: ctx.run.sha,
        onClose: ctx.onCleanup,
    });
    try {
        await state.setKillSwitch(true, `rollback queued by ${ctx.run.runUrl || ctx.run.actor}: ${reason}`);
        ctx.setOutput("status", "held");
        ctx.setSummary(`## 🛑 Deploys held for a rollback\n\nThe kill switch is on so that no newer deploy takes the rollback's place in the queue. Turn it off with the Kill switch button once production is healthy again.`);
        ctx.logger.info("kill switch engaged: deploys are held until the rollback is done and a person turns it off");
    }
    catch (e) {
        // Redis down is a warning for a rollback: the rollback itself must still run.
        ctx.setOutput("status", "not-held");
        ctx.logger.warning(`could not engage the kill switch to hold deploys: ${errorMessage(e)}`);
    }
    return undefined;
}
/** The restart button (`restart: <service>` or `all`): the same compose adapter, lock, smoke and audit. */
async function restartAction(ctx, which) {
    const reason = ctx.inputs.required("reason", "why the service is restarted (it goes into the audit stream)");
    const host = await readHost(ctx.inputs, await defaultBranch(ctx.run.eventPath));
    const services = which === "all" ? undefined : ctx.inputs.list("restart");
    // No post-step state: a restart creates no deployment, and its lock is released in finally.
    const deps = wire({ ...contextWiring(ctx), host, kind: "restart", sha: ctx.run.sha });
    const result = await restartServices({
        services,
        reason,
        lockWaitMs: host.lockWaitMs,
        lockTtlMs: host.lockTtlMs,
        run: runInfo(ctx),
    }, deps);
    ctx.setOutput("status", result.status);
    ctx.setOutput("report", JSON.stringify({
        schema: 1,
        kind: "restart",
        status: result.status,
        message: result.message,
        services: services ?? "all",
        health: result.health ? { verdict: result.health.verdict, evidence: result.health.evidence } : null,
        timeline: result.timeline.steps,
    }));
    ctx.setSummary(renderRestartSummary(result));
    if (result.status === "refused")
        throw new RefusalError(result.message);
    return result.status === "success" ? undefined : { failed: result.message };
}


/***/ }),

/***/ 3067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   githubAdapter: () => (/* binding */ githubAdapter)
/* harmony export */ });
/* unused harmony export releaseGitHubPort */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2235);
// ReleaseGitHub on the REST API through octokit (@actions/github, loaded lazily). Every request has a
// timeout. Deployments are created with `auto_merge: false`, explicit (empty) `required_contexts` — CI
// is a gate this project evaluates itself, with evidence — and `auto_inactive: false` on statuses: earlier
// deployments are marked inactive explicitly by the engine.
// `releaseGitHubPort` (used by the actions) delegates to ops-core/src/github/ (H-github: retries on
// idempotent calls, pagination, checked against GitHub's OpenAPI description); `githubAdapter` is this
// module's own direct octokit version, kept for the post step's single call.

async function loadOctokit(o) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 329).then(__nccwpck_require__.bind(__nccwpck_require__, 1329));
    const octokit = getOctokit(o.token, { baseUrl: o.apiUrl });
    const timeoutMs = o.timeoutMs ?? 15_000;
    // A fresh timeout per request; never mutate the shared request defaults (a signal left there would
    // abort every later request once it fires).
    octokit.hook.before("request", (options) => {
        options.request = {
            ...options.request,
            signal: AbortSignal.timeout(timeoutMs),
        };
    });
    return octokit;
}
function checkState(status, conclusion) {
    if (status !== "completed")
        return "pending";
    if (conclusion === "success")
        return "success";
    if (conclusion === "neutral")
        return "neutral";
    if (conclusion === "skipped")
        return "skipped";
    return "failure";
}
function githubAdapter(o) {
    let client;
    const gh = () => {
        client ??= loadOctokit(o);
        return client;
    };
    const repo = { owner: o.owner, repo: o.repo };
    const wrap = async (what, fn) => {
        const k = await gh();
        try {
            return await fn(k);
        }
        catch (e) {
            const status = e.status;
            const message = e instanceof Error ? e.message : String(e);
            if (status === undefined || status >= 500 || status === 429) {
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`GitHub API: ${what} failed: ${message}`, { cause: e });
            }
            throw new Error(`GitHub API: ${what} failed (${status}): ${message}`, { cause: e });
        }
    };
    return {
        listDeployments: (environment) => wrap("list deployments", async (k) => {
            const { data } = await k.rest.repos.listDeployments({
                ...repo,
                environment,
                per_page: o.historyLimit ?? 30,
            });
            return Promise.all(data.map(async (d) => {
                const statuses = await k.rest.repos.listDeploymentStatuses({
                    ...repo,
                    deployment_id: d.id,
                    per_page: 30,
                });
                const sorted = [...statuses.data].sort((a, b) => b.id - a.id);
                return {
                    id: d.id,
                    sha: d.sha,
                    environment: d.environment,
                    createdAt: d.created_at,
                    payload: d.payload,
                    statuses: sorted.map((s) => ({
                        state: s.state,
                        description: s.description ?? "",
                        createdAt: s.created_at,
                    })),
                };
            }));
        }),
        createDeployment: ({ sha, environment, payload, description }) => wrap("create deployment", async (k) => {
            const { data } = await k.rest.repos.createDeployment({
                ...repo,
                ref: sha,
                environment,
                payload: payload,
                description,
                auto_merge: false,
                required_contexts: [],
                production_environment: environment === "production",
                transient_environment: false,
            });
            if (!("id" in data))
                throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data).slice(0, 200)}`);
            return { id: data.id };
        }),
        setDeploymentStatus: (id, { state, description, logUrl, environment }) => wrap(`set deployment ${id} ${state}`, async (k) => {
            await k.rest.repos.createDeploymentStatus({
                ...repo,
                deployment_id: id,
                state,
                description,
                ...(logUrl ? { log_url: logUrl } : {}),
                environment,
                auto_inactive: false,
            });
        }),
        branchHead: (branch) => wrap(`read branch ${branch}`, async (k) => {
            const { data } = await k.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
            return data.object.sha;
        }),
        pullRequestForCommit: (sha) => wrap("find the pull request", async (k) => {
            const { data } = await k.rest.repos.listPullRequestsAssociatedWithCommit({
                ...repo,
                commit_sha: sha,
            });
            const pr = data.find((p) => p.merged_at) ?? data[0];
            if (!pr)
                return undefined;
            const reviews = await k.rest.pulls.listReviews({ ...repo, pull_number: pr.number, per_page: 100 });
            // A reviewer's latest decisive review counts (a later CHANGES_REQUESTED withdraws an approval).
            const latest = new Map();
            for (const r of reviews.data) {
                const login = r.user?.login ?? "";
                if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED")
                    latest.set(login, r.state);
            }
            return {
                number: pr.number,
                title: pr.title,
                url: pr.html_url,
                merged: pr.merged_at !== null && pr.merged_at !== undefined,
                approvedBy: [...latest].filter(([, s]) => s === "APPROVED").map(([l]) => l),
            };
        }),
        commitChecks: (sha) => wrap("read CI checks", async (k) => {
            const [runs, statuses] = await Promise.all([
                k.rest.checks.listForRef({ ...repo, ref: sha, per_page: 100 }),
                k.rest.repos.getCombinedStatusForRef({ ...repo, ref: sha, per_page: 100 }),
            ]);
            const out = runs.data.check_runs.map((c) => ({
                name: c.name,
                state: checkState(c.status, c.conclusion),
                ...(c.html_url ? { url: c.html_url } : {}),
            }));
            for (const s of statuses.data.statuses) {
                out.push({
                    name: s.context,
                    state: s.state === "success" ? "success" : s.state === "pending" ? "pending" : "failure",
                    ...(s.target_url ? { url: s.target_url } : {}),
                });
            }
            return out;
        }),
        createBranch: (branch, sha) => wrap(`create branch ${branch}`, async (k) => {
            await k.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
        }),
        proposeFile: ({ base, branch, path, content, title, body }) => wrap("open the incident report pull request", async (k) => {
            const head = await k.rest.git.getRef({ ...repo, ref: `heads/${base}` });
            await k.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: head.data.object.sha });
            await k.rest.repos.createOrUpdateFileContents({
                ...repo,
                path,
                branch,
                message: title,
                content: Buffer.from(content, "utf8").toString("base64"),
            });
            const pr = await k.rest.pulls.create({ ...repo, base, head: branch, title, body });
            return pr.data.html_url;
        }),
    };
}
/**
 * The port over ops-core/github's client (created on first use). The run's cancel signal is not given to
 * it: a cancelled run must still be able to record what state it left.
 */
function releaseGitHubPort(o) {
    let port;
    const get = () => {
        port ??= (async () => {
            const [{ createGitHub, parseRepo }, { releaseGitHub }] = await Promise.all([
                __nccwpck_require__.e(/* import() */ 44).then(__nccwpck_require__.bind(__nccwpck_require__, 6044)),
                __nccwpck_require__.e(/* import() */ 312).then(__nccwpck_require__.bind(__nccwpck_require__, 312)),
            ]);
            const gh = await createGitHub({
                token: o.token,
                apiUrl: o.apiUrl,
                ...(o.setSecret ? { setSecret: o.setSecret } : {}),
            });
            return releaseGitHub(gh, parseRepo(o.repository));
        })();
        return port;
    };
    return {
        listDeployments: async (environment) => (await get()).listDeployments(environment),
        createDeployment: async (input) => (await get()).createDeployment(input),
        setDeploymentStatus: async (id, input) => (await get()).setDeploymentStatus(id, input),
        branchHead: async (branch) => (await get()).branchHead(branch),
        pullRequestForCommit: async (sha) => (await get()).pullRequestForCommit(sha),
        commitChecks: async (sha) => (await get()).commitChecks(sha),
        createBranch: async (branch, sha) => (await get()).createBranch(branch, sha),
        proposeFile: async (input) => (await get()).proposeFile(input),
    };
}


/***/ }),

/***/ 9789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  redisState: () => (/* binding */ redisState),
  k: () => (/* binding */ releaseLeftoverLock)
});

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
// EXTERNAL MODULE: ../../packages/ops-core/dist/state/audit.js
var audit = __nccwpck_require__(4042);
// EXTERNAL MODULE: ../../packages/ops-core/dist/state/state.js
var state = __nccwpck_require__(2576);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/change.js
// One state change: read the state, apply the keys and their audit entries atomically, read it again.



/** The state `before` with `applied` written over it (pure). */
function projectState(before, client, applied) {
    const k = client.keys;
    const value = (key, current) => {
        const c = applied.find((a) => a.key === key);
        return c ? c.new : current;
    };
    return (0,state/* interpretState */.Nz)({
        killSwitch: value(k.killSwitch, before.raw.killSwitch),
        breaker: value(k.breakerState, before.raw.breaker),
        tripReason: value(k.tripReason, before.tripReason),
        lastReset: value(k.lastReset, before.lastReset),
    });
}
async function change_changeState(client, op, request, changes, notes = () => []) {
    const before = await (0,state/* readState */.un)(client);
    const applied = await (0,audit/* applyChange */.hX)(client, op, request, changes);
    let after;
    const extra = [];
    try {
        after = await (0,state/* readState */.un)(client);
    }
    catch (error) {
        // The change is made (atomically, with its audit entries): report it rather than a failure.
        after = projectState(before, client, applied);
        extra.push(`the change was made, but reading the state back failed (${(0,errors/* errorMessage */.gJ)(error)}): "after" is computed`);
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/breaker.js
// The circuit breaker: `cb:state` OPEN (normal) or TRIPPED, with `cb:trip_reason` and `cb:last_reset`.



/** The runbook's questions before a reset; shown wherever a reset is asked for. */
const RECOVERY_QUESTIONS = (/* unused pure expression or super */ null && ([
    "Has the drawdown normalized?",
    "Is the broker API healthy?",
    "Are the data feeds current?",
]));
/** Sets `cb:state` = "TRIPPED" and `cb:trip_reason` = reason. */
function tripBreaker(client, request) {
    const k = client.keys;
    return change_changeState(client, "breaker.trip", request, [
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
    const current = await readState(client);
    if (current.killSwitch !== "inactive") {
        throw new RefusalError(`the kill switch is ${current.killSwitch}: deactivate it before resetting the circuit breaker`, [
            `killswitch:active = ${JSON.stringify(current.raw.killSwitch)}`,
            `cb:state = ${JSON.stringify(current.raw.breaker)}`,
        ]);
    }
    return changeState(client, "breaker.reset", request, [
        { key: k.breakerState, value: "OPEN" },
        { key: k.lastReset, value: client.now().toISOString() },
        { key: k.tripReason, value: null },
    ]);
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/state/client.js + 1 modules
var state_client = __nccwpck_require__(573);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/killswitch.js
// The kill switch, as the runbook flips it by hand: `killswitch:active` true/false. Activating it also
// trips the circuit breaker (the runbook's emergency stop does both); deactivating it leaves the breaker
// tripped: resetting the breaker is its own, approved step.

/** Sets `killswitch:active` = "true", `cb:state` = "TRIPPED" and `cb:trip_reason` = "kill switch: <reason>". */
function activateKillSwitch(client, request) {
    const k = client.keys;
    return change_changeState(client, "killswitch.activate", request, [
        { key: k.killSwitch, value: "true" },
        { key: k.breakerState, value: "TRIPPED" },
        { key: k.tripReason, value: `kill switch: ${request.reason.trim()}` },
    ]);
}
/** Sets `killswitch:active` = "false". The breaker is not touched (reset it separately, with approval). */
function deactivateKillSwitch(client, request) {
    return change_changeState(client, "killswitch.deactivate", request, [{ key: client.keys.killSwitch, value: "false" }], (after) => after.breaker === "OPEN"
        ? []
        : [
            `the circuit breaker is still ${after.breaker}: trading stays stopped until it is reset (breaker reset, behind approval)`,
        ]);
}

// EXTERNAL MODULE: ../../packages/ops-core/dist/state/lock.js
var lock = __nccwpck_require__(8698);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/adapters/state.js
// ReleaseState over the state module (Redis): the connection is opened lazily on first use, so a run
// that never reaches Redis never loads ioredis; a connection failure is reported per call (the deploy
// gate fails closed on it; the rollback carries on with a warning).







function redisState(o) {
    let client;
    const open = () => {
        if (!client) {
            client = (0,state_client.openState)(o.url, { keyPrefix: o.keyPrefix, logger: o.logger, input: "redis-url" });
            client.then((c) => o.onClose(() => c.close()), () => undefined);
        }
        return client;
    };
    const who = () => ({ actor: o.actor || "unknown", runUrl: o.runUrl, runId: o.runId });
    return {
        async read() {
            try {
                const s = await (0,state/* readState */.un)(await open());
                return {
                    // An unreadable kill switch value is treated as on (fail closed).
                    killSwitch: s.killSwitch !== "inactive",
                    breaker: s.breaker === "unknown" ? undefined : s.breaker,
                };
            }
            catch (e) {
                return { killSwitch: undefined, breaker: undefined, error: (0,errors/* errorMessage */.gJ)(e) };
            }
        },
        async acquireLock({ ttlMs, waitMs, signal }) {
            const c = await open();
            try {
                const held = await (0,lock/* acquireDeployLock */.zE)(c, { kind: o.kind, actor: o.actor, runId: o.runId, runUrl: o.runUrl, sha: o.sha }, { ttlMs, waitMs, signal, logger: o.logger });
                o.onLockAcquired?.(held.value);
                return {
                    acquired: true,
                    handle: {
                        owner: `${o.kind} run ${o.runId || "?"} (fence ${held.fence})`,
                        release: () => held.release(),
                    },
                };
            }
            catch (e) {
                if (!(e instanceof errors/* RefusalError */.XQ))
                    throw e;
                // "the deploy lock is held by deploy run 41…; waited 5s, giving up" / "…was taken by hand by ops…"
                const holder = e.message.replace(/^the deploy lock (is |was )?/, "");
                return { acquired: false, holder: [holder, ...e.evidence.slice(0, 2)].join("; ") };
            }
        },
        async lockHolder() {
            const info = await (0,lock/* lockStatus */.oj)(await open());
            if (!info.held)
                return undefined;
            const owner = info.owner;
            return owner
                ? `${owner.kind} run ${owner.runId ?? "?"} (${owner.runUrl ?? owner.actor})`
                : String(info.raw);
        },
        async tripBreaker(reason) {
            await tripBreaker(await open(), { ...who(), reason });
        },
        async setKillSwitch(active, reason) {
            const c = await open();
            await (active
                ? activateKillSwitch(c, { ...who(), reason })
                : deactivateKillSwitch(c, { ...who(), reason }));
        },
        async audit({ action, reason, detail }) {
            const text = detail
                ? `${reason} (${Object.entries(detail)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(", ")})`
                : reason;
            await (0,audit/* recordAudit */.h3)(await open(), `release.${action}`, { ...who(), reason: text.slice(0, 1000) });
        },
    };
}
/** The `post:` step's backstop: deletes the lock only if it still holds `value` (compare-and-delete). */
async function releaseLeftoverLock(url, keyPrefix, value, logger) {
    const { releaseLock } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8698));
    const client = await (0,state_client.openState)(url, { keyPrefix, logger, input: "redis-url" });
    try {
        return await releaseLock(client, value);
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 4042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h3: () => (/* binding */ recordAudit),
/* harmony export */   hX: () => (/* binding */ applyChange)
/* harmony export */ });
/* unused harmony exports AUDIT_MAXLEN, MAX_REASON_LENGTH, checkReason, listAudit, parseAuditFields */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2235);
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

/***/ 573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  openState: () => (/* binding */ openState)
});

// EXTERNAL MODULE: ../../packages/ops-core/dist/state/connection.js
var state_connection = __nccwpck_require__(9565);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/keys.js
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/client.js
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

/***/ 9565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ RedisAuthError),
/* harmony export */   LP: () => (/* binding */ DEFAULT_COMMAND_TIMEOUT_MS),
/* harmony export */   mg: () => (/* binding */ connectRedis),
/* harmony export */   od: () => (/* binding */ DEFAULT_CONNECT_TIMEOUT_MS),
/* harmony export */   vp: () => (/* binding */ redisMasks)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_RETRIES, maskUrl, parseRedisUrl, redisSecrets, loadRedis */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2235);
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
            const mod = (await __nccwpck_require__.e(/* import() */ 832).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6832, 19)));
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
    const tls = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1692, 19));
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

/***/ 8698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   oj: () => (/* binding */ lockStatus),
/* harmony export */   releaseLock: () => (/* binding */ releaseLock),
/* harmony export */   zE: () => (/* binding */ acquireDeployLock)
/* harmony export */ });
/* unused harmony exports DEFAULT_LOCK_TTL_MS, DEFAULT_LOCK_POLL_MS, describeLockValue, lockEvidence, abortableSleep, tryAcquireLock, takeManualLock, forceReleaseLock, lockRequestFor */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2235);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(165);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4042);
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
const EXTEND_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`;
// KEYS[1] = lock; ARGV[1] = our value. 1 when deleted, 0 when not ours.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
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
    const reason = checkReason(request.reason);
    const got = await tryAcquireLock(client, { kind: "manual", actor: request.actor, reason, runUrl: request.runUrl }, ttlMs);
    return { taken: got !== null, info: await lockStatus(client) };
}
/**
 * Deletes the lock whoever holds it, recording the old owner in the audit stream (atomically). Returns
 * what was there.
 */
async function forceReleaseLock(client, request) {
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
function lockRequestFor(kind, actor) {
    return { kind, actor: actor.actor, runId: actor.runId, runUrl: actor.runUrl, sha: actor.sha };
}


/***/ }),

/***/ 2576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ interpretState),
/* harmony export */   readOperationalState: () => (/* binding */ readOperationalState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony exports unreadableState, DEFAULT_READ_DEADLINE_MS */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2235);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(573);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9565);
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
            const client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.openState)(source, {
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

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4550);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
