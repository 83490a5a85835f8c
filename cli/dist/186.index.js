export const id = 186;
export const ids = [186];
export const modules = {

/***/ 7939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   yM: () => (/* binding */ splitWords),
/* harmony export */   z1: () => (/* binding */ optionInputSource)
/* harmony export */ });
/* unused harmony export actionInputSource */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3149);
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
        // Beyond 2^53 a number is no longer exact (9007199254740993 reads as …992): refused, not rounded.
        if (!Number.isSafeInteger(n))
            return this.fail(name, v, `a whole number in ${range}, at most 2^53 − 1`);
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
/** A URL with its password replaced, safe to print — also when it is malformed (see `passwordParts`). */
function redactUrl(value) {
    let out;
    try {
        const url = new URL(value);
        if (url.password)
            url.password = "***";
        out = url.toString();
    }
    catch {
        out = value.replace(/\/\/([^:/@\s]*):[^@/\s]*@/, "//$1:***@");
    }
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .hideSecrets */ .s0)(out, value);
}


/***/ }),

/***/ 3149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ secretFormsOfLines),
/* harmony export */   ck: () => (/* binding */ passwordParts),
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   is: () => (/* binding */ credentialsAsHeader),
/* harmony export */   s0: () => (/* binding */ hideSecrets)
/* harmony export */ });
// Credentials in inputs, found before anything parses them: a typo in a URL (`redis:/u:pw@h`, `u:pw@h:p`,
// a wrong scheme) must not be what decides whether its password gets masked. `secretForms` gives every
// string to register with the runner (`ctx.setSecret`) for a value as given; `hideSecrets` removes them
// from text we write ourselves (errors, summaries, reports), which must not rely on the runner's masking.
const MIN_GUESSED = 3;
/** The forms a password can be printed in: as written, URL-decoded and URL-encoded. */
function forms(raw) {
    const out = new Set([raw]);
    try {
        const decoded = decodeURIComponent(raw);
        out.add(decoded);
        out.add(encodeURIComponent(decoded));
    }
    catch {
        // not valid percent-encoding: the raw form is all there is
    }
    return [...out];
}
/**
 * The password part of `value` under any reading of it as `[scheme:][//]user:password@host…`, well formed
 * or not: what lies between the first (or last) `:` of the user part and its `@`, with the user part
 * ending at the first or the last `@` of the whole value or at the last `@` before the path. With an `@` but no `:`,
 * the user part itself (redis-cli reads `redis://secret@host` as a password). Guesses shorter than three
 * characters are left out: masking `a` would blank every `a` in the log.
 */
function passwordParts(value) {
    if (!value)
        return [];
    const text = value.trim();
    const out = new Set();
    const withoutScheme = text.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/*/, "");
    for (const variant of new Set([text, withoutScheme, text.replace(/^\/+/, "")])) {
        const ends = new Set([variant.lastIndexOf("@"), variant.indexOf("@")]);
        const path = variant.search(/[/?#]/);
        if (path >= 0)
            ends.add(variant.lastIndexOf("@", path));
        for (const at of ends) {
            if (at <= 0)
                continue;
            const userinfo = variant.slice(0, at);
            const first = userinfo.indexOf(":");
            const last = userinfo.lastIndexOf(":");
            if (first < 0) {
                if (variant === withoutScheme)
                    out.add(userinfo);
                continue;
            }
            // Read whole, a scheme's own `:` comes first: only the last `:` counts there.
            if (variant !== text)
                out.add(userinfo.slice(first + 1));
            out.add(userinfo.slice(last + 1));
        }
    }
    const all = new Set();
    for (const part of out)
        for (const f of forms(part))
            if (f.length >= MIN_GUESSED)
                all.add(f);
    return [...all];
}
/** Everything to mask for a secret-bearing input: the value as given (and trimmed), and its password parts. */
function secretForms(value) {
    if (value === undefined || value.trim() === "")
        return [];
    return [...new Set([value, value.trim(), ...passwordParts(value)])].filter((s) => s.length > 0);
}
/** Every line of a multi-line input (`name=url` lines), each read as a secret-bearing value. */
function secretFormsOfLines(text) {
    if (!text)
        return [];
    const out = new Set();
    for (const line of text.split(/[\n,]/)) {
        const value = line.includes("=") ? line.slice(line.indexOf("=") + 1) : line;
        for (const s of passwordParts(value))
            out.add(s);
    }
    return [...out];
}
/** `text` with every password part of `value` replaced by `***`, longest first. */
function hideSecrets(text, value) {
    let out = text;
    for (const s of passwordParts(value).sort((a, b) => b.length - a.length))
        out = out.split(s).join("***");
    return out;
}
/**
 * A URL's `user:password@` moved into an Authorization header (HTTP Basic), so the URL that is requested,
 * logged and reported carries no credential. Node's fetch refuses URLs with credentials anyway.
 */
function credentialsAsHeader(url) {
    if (!url.username && !url.password)
        return { url, authorization: undefined };
    const decode = (s) => {
        try {
            return decodeURIComponent(s);
        }
        catch {
            return s;
        }
    };
    const pair = `${decode(url.username)}:${decode(url.password)}`;
    const clean = new URL(url.href);
    clean.username = "";
    clean.password = "";
    return { url: clean, authorization: `Basic ${Buffer.from(pair, "utf8").toString("base64")}` };
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

/***/ 8186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4173);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7939);
/* harmony import */ var _action_safe_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8291);
/* harmony import */ var _migrations_alembic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7744);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5422);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5563);
// `ops migrations test`: the runbook's local migration test (upgrade head, downgrade to the previous head,
// upgrade head again) on a scratch database, as a CI step. Its job name is the check the deploy gate
// "Migrations tested" looks for (deploy input `migrations-check`, default `migrations-tested`).
// `ops migrations status`: the database's revision, the head(s) and the pending migrations.







const HELP = `usage: ops migrations test|status [options]

  test     upgrade head → downgrade to the previous head → upgrade head, on a scratch SQLite database
           (a copy of --from-sqlite, or an empty one), checking \`alembic current\` after each step
  status   the database's revision, the head(s) and the pending migrations

options:
  --directory DIR        the folder holding alembic.ini (default: db)
  --config FILE          alembic config file, relative to --directory (default: alembic.ini)
  --alembic-command CMD  how to run Alembic (default: alembic; e.g. "python3 -m alembic")
  --previous-head REV    the revision to go back to (default: the starting database's, or the head's parent)
  --from-sqlite FILE     test: start from a copy of this SQLite database (e.g. a production snapshot)
  --database-url URL     status: the database to read (default: what alembic.ini / env.py choose)
  --timeout DURATION     per Alembic call (default: 5m)
  --json                 machine-readable result

Exit status: 0 passed, 1 a step failed, 2 bad usage.
`;
async function run(argv, io) {
    const args = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .parseCommandArgs */ .Q)(argv, {
        directory: { type: "string" },
        config: { type: "string" },
        "alembic-command": { type: "string" },
        "previous-head": { type: "string" },
        "from-sqlite": { type: "string" },
        "database-url": { type: "string" },
        timeout: { type: "string" },
        json: { type: "boolean" },
    });
    if (args.help) {
        io.stdout(HELP);
        return 0;
    }
    const [action, ...extra] = args.positionals;
    if (action !== "test" && action !== "status") {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`say what to do: ops migrations test|status (got ${JSON.stringify(action ?? "")})`);
    }
    if (extra.length > 0)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`unexpected argument ${JSON.stringify(extra[0])}`);
    const { inputs } = args;
    const resolve = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(io.cwd, p));
    const command = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .splitWords */ .yM)(inputs.string("alembic-command", "alembic"));
    if (command.length === 0)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1("option --alembic-command is empty", { input: "alembic-command" });
    const alembic = (0,_migrations_alembic_js__WEBPACK_IMPORTED_MODULE_4__/* .createAlembic */ .E5)({
        run: _process_run_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d1,
        directory: resolve(inputs.string("directory", "db")),
        command,
        ...(inputs.optional("config") ? { config: inputs.string("config", "alembic.ini") } : {}),
        env: io.env,
        timeoutMs: inputs.duration("timeout", { fallback: 300_000, min: 1000 }),
    });
    const json = args.values.json === true;
    if (action === "status") {
        const url = inputs.optional("database-url");
        const db = url ? alembic.withDatabase(url) : alembic;
        const status = await (0,_migrations_alembic_js__WEBPACK_IMPORTED_MODULE_4__/* .pendingMigrations */ .Ri)(db);
        if (json) {
            io.stdout(`${JSON.stringify(status, null, 2)}\n`);
            return 0;
        }
        io.stdout(`database at ${status.current ?? "base"}; head ${status.head}\n`);
        if (status.pending.length === 0)
            io.stdout("no pending migration\n");
        for (const m of status.pending) {
            const drops = m.destructiveDowngrade.length > 0
                ? ` (its downgrade drops: ${m.destructiveDowngrade.join(", ")})`
                : "";
            io.stdout(`pending ${(0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)(m.revision)}: ${(0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)(m.message ?? "")}${(0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)(drops)}\n`);
        }
        return 0;
    }
    const fromSqlite = inputs.optional("from-sqlite");
    const previous = inputs.optional("previous-head");
    const result = await (0,_migrations_alembic_js__WEBPACK_IMPORTED_MODULE_4__/* .testMigrations */ .iW)(alembic, {
        ...(fromSqlite ? { sqliteSource: resolve(fromSqlite) } : {}),
        ...(previous !== undefined ? { previousHead: previous === "base" ? null : previous } : {}),
    });
    if (json) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    }
    else {
        io.stdout(`migration test: head ${result.head ?? "?"}, previous head ${result.previousHead ?? "base"}\n`);
        for (const step of result.steps) {
            const mark = step.ok ? "✔" : "✘";
            io.stdout(`${mark} ${(0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)(step.name)} → ${step.revision ?? "base"} (${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(step.durationMs)})${step.error ? `: ${(0,_action_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)(step.error)}` : ""}\n`);
        }
        io.stdout(result.ok
            ? "migrations tested: upgrade, downgrade and upgrade again all passed\n"
            : "migration test FAILED\n");
    }
    return result.ok ? 0 : 1;
}


/***/ }),

/***/ 5422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   GI: () => (/* binding */ BoundedBuffer),
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4173);
// Child processes, always as an argument array (never a shell string), always with a timeout, output
// bounded, and cancellable. Every adapter (compose, alembic, smoke and backup commands) goes through here.
//
// Why not @actions/exec (3.0.0, on the users' design card): it cannot stop a child. It has no run
// timeout (its `delay` only waits for stdio after exit), takes no AbortSignal and never hands out the
// ChildProcess, so a hung `alembic upgrade` or `docker-compose up` would hold the step until the job's
// timeout and a cancelled run could not kill it. `getExecOutput` keeps all output in memory (a container
// log can be gigabytes), `exec` echoes `[command]<argv>` to stdout (untrusted arguments, and wrong for the
// `ops` CLI). This wrapper is node:child_process with exactly what a production step needs added: a
// timeout (SIGTERM, then SIGKILL), bounded tails of stdout and stderr, kill on abort.


/**
 * Runs `argv[0]` with the rest as arguments. Resolves with the result whatever the exit code; rejects only
 * when the program cannot be started (e.g. not installed), with a message saying which.
 */
const runCommand = (argv, options) => new Promise((resolve, reject) => {
    const [file, ...args] = argv;
    if (!file) {
        reject(new Error("runCommand: empty argument list"));
        return;
    }
    const max = options.maxOutputBytes ?? 4 * 1024 * 1024;
    const started = performance.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
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
    // aborted before it started: stopped at once
    if (options.signal?.aborted)
        kill();
    child.on("error", (error) => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        const why = error.code === "ENOENT" ? `${file} is not installed or not on PATH` : error.message;
        reject(new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_(`could not run ${file}: ${why}`, { cause: error }));
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
function describeExit(result) {
    if (result.timedOut)
        return `timed out after ${Math.round(result.durationMs)} ms`;
    if (result.signal)
        return `killed by ${result.signal}`;
    return `exited with code ${result.code}`;
}
/** The line of a command's output that says what went wrong (the first error-looking one, else the last). */
function errorLine(output) {
    const lines = output
        .trim()
        .split("\n")
        .filter((l) => l.trim() !== "");
    return (lines.find((l) => /FAILED|Error|error/.test(l)) ?? lines.at(-1) ?? "no output").slice(0, 300);
}


/***/ })

};
