export const id = 169;
export const ids = [169];
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

/***/ 1371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ WAIT_TIMEOUT_MS),
/* harmony export */   Gj: () => (/* binding */ maskSentinelUrl),
/* harmony export */   JA: () => (/* binding */ parseSentinelUrl),
/* harmony export */   b3: () => (/* binding */ sentinelList),
/* harmony export */   bQ: () => (/* binding */ sentinelPasswordForms),
/* harmony export */   kC: () => (/* binding */ isSentinelUrl),
/* harmony export */   pH: () => (/* binding */ maskSentinelQuery)
/* harmony export */ });
/* unused harmony exports DEFAULT_SENTINEL_PORT, DEFAULT_FAILOVER_TIMEOUT_MS, DEFAULT_REPLICAS, SENTINEL_PARAMETERS */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7939);
// Redis Sentinel URLs: `redis+sentinel://[user:password@]host1[:26379],host2[:port]/mastername[/db]` and
// `rediss+sentinel://…` (TLS to the sentinels and to the data nodes), with the query parameters
// `sentinel-user`, `sentinel-password` (the sentinels' own credentials), `failover-timeout` (how long a
// connection keeps looking for a master through a failover; default 60 s) and `replicas` (how many
// replicas must acknowledge a lock or state write with WAIT; default 1, 0 turns WAIT off).
//
// Parsed by hand: a host list is not a WHATWG URL authority. Errors name the input and show the value
// masked (both passwords replaced by `***`).


const DEFAULT_SENTINEL_PORT = 26379;
const DEFAULT_FAILOVER_TIMEOUT_MS = 60_000;
const DEFAULT_REPLICAS = 1;
/** How long WAIT waits for the replicas to acknowledge a write. */
const WAIT_TIMEOUT_MS = 1_000;
const SENTINEL_PARAMETERS = [
    "sentinel-user",
    "sentinel-password",
    "failover-timeout",
    "replicas",
];
const SCHEME = /^(rediss?)\+sentinel:\/\//i;
const FORM = "redis+sentinel://[user:password@]host1[:26379],host2[:port]/mastername[/db][?sentinel-user=…&sentinel-password=…&failover-timeout=60s&replicas=1] (rediss+sentinel:// for TLS)";
/** True for `redis+sentinel://` and `rediss+sentinel://` URLs. */
function isSentinelUrl(url) {
    return SCHEME.test(url.trim());
}
/** `sentinel-password=…` in a query, with its value replaced by `***`. */
function maskSentinelQuery(text) {
    return text.replace(/([?&]sentinel-password=)[^&#]*/gi, "$1***");
}
/** A Sentinel URL with both passwords (`user:password@` and `sentinel-password=`) replaced by `***`. */
function maskSentinelUrl(text) {
    return maskSentinelQuery(text.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#@:]*):([^/?#]*)@/i, "$1$2:***@"));
}
/** The `sentinel-password` value as written in the URL (raw and decoded), to mask; [] when there is none. */
function sentinelPasswordForms(url) {
    const out = new Set();
    for (const m of url.matchAll(/[?&]sentinel-password=([^&#]*)/gi)) {
        const raw = m[1] ?? "";
        if (raw === "")
            continue;
        out.add(raw);
        try {
            const decoded = decodeURIComponent(raw.replace(/\+/g, " "));
            out.add(decoded);
            out.add(encodeURIComponent(decoded));
        }
        catch {
            // not valid encoding: the raw form is all there is
        }
    }
    return [...out];
}
function decode(text, fail, what) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return fail(`${what} is not valid URL encoding`);
    }
}
function parseHost(text, fail) {
    const m = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/i.exec(text);
    if (!m)
        return fail(`the sentinel address ${JSON.stringify(text)} is not host[:port]`);
    const host = (m[1] ?? m[2] ?? "").toLowerCase();
    if (!/^[a-z0-9.:-]+$/i.test(host))
        return fail(`the sentinel host ${JSON.stringify(host)} is not a host name`);
    const port = m[3] === undefined ? DEFAULT_SENTINEL_PORT : Number(m[3]);
    if (port < 1 || port > 65535)
        return fail(`the sentinel port ${port} is not between 1 and 65535`);
    return { host, port };
}
/**
 * Parses a Sentinel URL; throws a ConfigurationError naming `input`, the value (masked), the problem and
 * the expected form.
 */
function parseSentinelUrl(url, input = "redis-url") {
    const mask = maskSentinelUrl;
    const text = url.trim();
    const fail = (why) => {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${input}: ${JSON.stringify(mask(text))} is not a valid Redis Sentinel URL (${why}); expected ${FORM}`, { input });
    };
    const scheme = SCHEME.exec(text);
    if (!scheme)
        return fail("the scheme is not redis+sentinel or rediss+sentinel");
    const tls = (scheme[1] ?? "").toLowerCase() === "rediss";
    let rest = text.slice(scheme[0].length);
    const hash = rest.indexOf("#");
    if (hash >= 0)
        fail("it has a #fragment");
    const q = rest.indexOf("?");
    const query = q >= 0 ? rest.slice(q + 1) : "";
    if (q >= 0)
        rest = rest.slice(0, q);
    const slash = rest.indexOf("/");
    const authority = slash >= 0 ? rest.slice(0, slash) : rest;
    const path = slash >= 0 ? rest.slice(slash + 1) : "";
    // The userinfo runs to the last `@` of the authority (a password may hold an `@` of its own).
    const at = authority.lastIndexOf("@");
    const userinfo = at >= 0 ? authority.slice(0, at) : undefined;
    const hostList = at >= 0 ? authority.slice(at + 1) : authority;
    let username;
    let password;
    if (userinfo !== undefined) {
        const colon = userinfo.indexOf(":");
        const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
        const pass = colon >= 0 ? userinfo.slice(colon + 1) : "";
        username = user ? decode(user, fail, "the user") : undefined;
        password = pass ? decode(pass, fail, "the password") : undefined;
        if (colon < 0 && user)
            fail("the user has no `:` before `@`; write user:password@ or :password@");
    }
    if (hostList === "")
        fail("it has no sentinel host");
    const sentinels = [];
    for (const part of hostList.split(",")) {
        if (part.trim() === "")
            fail("the sentinel list has an empty entry (a stray comma)");
        const address = parseHost(part.trim(), fail);
        if (!sentinels.some((s) => s.host === address.host && s.port === address.port))
            sentinels.push(address);
    }
    const segments = path === "" ? [] : path.split("/");
    if (segments.length === 0 || segments[0] === "")
        fail("it names no master: add /mastername after the sentinels");
    if (segments.length > 2 || (segments.length === 2 && segments[1] === "")) {
        fail("the path is not /mastername[/db]");
    }
    const name = decode(segments[0], fail, "the master name");
    if (!/^[A-Za-z0-9._-]{1,128}$/.test(name)) {
        fail(`the master name ${JSON.stringify(name)} may hold only letters, digits, '.', '_' and '-'`);
    }
    let db = 0;
    if (segments.length === 2) {
        const d = segments[1];
        if (!/^\d{1,2}$/.test(d))
            fail(`the database ${JSON.stringify(d)} is not a number`);
        db = Number(d);
    }
    const params = new Map();
    if (query !== "") {
        for (const pair of query.split("&")) {
            if (pair === "")
                continue;
            const eq = pair.indexOf("=");
            const key = decode(eq >= 0 ? pair.slice(0, eq) : pair, fail, "a query parameter").toLowerCase();
            const value = decode((eq >= 0 ? pair.slice(eq + 1) : "").replace(/\+/g, " "), fail, `the ${key} value`);
            if (!SENTINEL_PARAMETERS.includes(key)) {
                fail(`the query parameter ${JSON.stringify(key)} is unknown; allowed: ${SENTINEL_PARAMETERS.join(", ")}`);
            }
            if (params.has(key))
                fail(`the query parameter ${key} is given twice`);
            params.set(key, value);
        }
    }
    const failoverText = params.get("failover-timeout");
    let failoverTimeoutMs = DEFAULT_FAILOVER_TIMEOUT_MS;
    if (failoverText !== undefined) {
        const ms = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(failoverText);
        if (ms === undefined)
            fail(`failover-timeout ${JSON.stringify(failoverText)} is not a duration such as 30s or 2m`);
        else if (ms < 1_000 || ms > 600_000) {
            fail(`failover-timeout ${(0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(ms)} is not between 1s and 10m`);
        }
        else
            failoverTimeoutMs = ms;
    }
    const replicasText = params.get("replicas");
    let replicas = DEFAULT_REPLICAS;
    if (replicasText !== undefined) {
        if (!/^\d{1,2}$/.test(replicasText) || Number(replicasText) > 16) {
            fail(`replicas ${JSON.stringify(replicasText)} is not a whole number from 0 to 16 (0 turns WAIT off)`);
        }
        replicas = Number(replicasText);
    }
    const sentinelUsername = params.get("sentinel-user") || undefined;
    const sentinelPassword = params.get("sentinel-password") || undefined;
    if (sentinelUsername && !sentinelPassword)
        fail("sentinel-user needs sentinel-password");
    return {
        display: mask(text),
        tls,
        sentinels,
        name,
        db,
        username,
        password,
        sentinelUsername,
        sentinelPassword,
        failoverTimeoutMs,
        replicas,
    };
}
/** `host:port` of each sentinel, for evidence lines. */
function sentinelList(config) {
    return config.sentinels
        .map((s) => (s.host.includes(":") ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`))
        .join(", ");
}


/***/ })

};
