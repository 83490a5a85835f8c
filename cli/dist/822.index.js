export const id = 822;
export const ids = [822,566];
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

/***/ 2822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  terminalText: () => (/* binding */ terminalText)
});

// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../packages/ops-core/dist/github/client.js
var client = __webpack_require__(5566);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ../packages/ops-core/dist/github/logs.js
// A job's log: the API answers 302 to a short-lived URL; we take the Location without following it and
// stream the body from there with a byte cap, so a 200 MB log never sits in memory.



/** The short-lived URL of a job's log (1 API call); undefined when the log is gone (404/410). */
async function jobLogUrl(gh, repo, jobId) {
    try {
        const res = await gh.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", {
            ...repo,
            job_id: jobId,
            request: { redirect: "manual" },
        });
        const loc = res.headers.location;
        if (typeof loc === "string" && loc)
            return loc;
        throw new Error(`job ${jobId} logs: expected a redirect, got HTTP ${res.status}`);
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 404 || status === 410)
            return undefined;
        throw error;
    }
}
/**
 * Streams a job's log with a byte cap. Returns undefined when GitHub has no log for the job (expired or
 * never written). The download has its own timeout (default 60 s) and follows the run's signal.
 */
async function downloadJobLog(gh, repo, jobId, opts = {}) {
    const url = await jobLogUrl(gh, repo, jobId);
    if (!url)
        return undefined;
    return logs_streamUrl(url, opts);
}
/** Streams a URL's body with a byte cap (job logs, artifact zips; exported for the CLI and tests). */
async function logs_streamUrl(url, opts = {}) {
    const maxBytes = opts.maxBytes ?? 256 * 1024 * 1024;
    const signals = [AbortSignal.timeout(opts.timeoutMs ?? 60_000), ...(opts.signal ? [opts.signal] : [])];
    const doFetch = opts.fetch ?? ((u, init) => fetch(u, init));
    const res = await doFetch(url, { signal: AbortSignal.any(signals), redirect: "follow" });
    if (!res.ok || !res.body) {
        const what = opts.what ?? "job log";
        throw new TransientError(`${what} download failed: HTTP ${res.status} from the ${what} storage URL`);
    }
    let total = 0;
    let cut = false;
    const body = Readable.fromWeb(res.body);
    async function* capped() {
        try {
            for await (const chunk of body) {
                const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
                if (total + buf.length > maxBytes) {
                    const room = maxBytes - total;
                    if (room > 0)
                        yield buf.subarray(0, room);
                    total = maxBytes;
                    cut = true;
                    return;
                }
                total += buf.length;
                yield buf;
            }
        }
        finally {
            body.destroy();
        }
    }
    return { chunks: capped(), truncated: () => cut, bytes: () => total };
}
/** Reads a whole (capped) log into a string: for small logs and tests only. */
async function readAll(log) {
    const parts = [];
    for await (const c of log.chunks)
        parts.push(c);
    return Buffer.concat(parts).toString("utf8");
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/github/artifacts.js
// A workflow run's artifacts: the list (one call, up to 100), one artifact's zip (one call answering 302 to
// a short-lived storage URL, fetched WITHOUT the token, with a timeout and a byte cap, like job logs), and
// its entries unzipped in memory with fflate, bounded against zip bombs: the entry count, each entry's and
// the total uncompressed bytes are counted while inflating (headers can lie), so inflation stops at the cap.
// Nothing from an artifact is ever run: callers get bytes.




/** An artifact that cannot be read (gone, too large, not a zip, a bomb); the message says which. */
class artifacts_ArtifactError extends (/* unused pure expression or super */ null && (Error)) {
    name = "ArtifactError";
}
/** The artifacts of a run (1 API call: the first 100, newest first as the API gives them). */
async function listRunArtifacts(gh, repo, runId) {
    const res = await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts", {
        ...repo,
        run_id: runId,
        per_page: 100,
    });
    // biome-ignore lint/suspicious/noExplicitAny: API JSON, narrowed field by field
    const list = (res.data?.artifacts ?? []);
    return list.map((a) => ({
        id: Number(a.id),
        name: String(a.name ?? ""),
        sizeInBytes: Number(a.size_in_bytes ?? 0),
        expired: a.expired === true,
        createdAt: String(a.created_at ?? ""),
    }));
}
const ARTIFACT_MAX_BYTES = (/* unused pure expression or super */ null && (20 * 1024 * 1024));
/** An artifact's zip: 1 API call (the redirect) and the storage download, capped. */
async function downloadArtifactZip(gh, repo, artifact, opts = {}) {
    const maxBytes = opts.maxBytes ?? ARTIFACT_MAX_BYTES;
    if (artifact.expired)
        throw new artifacts_ArtifactError("expired: GitHub no longer keeps it");
    if (artifact.sizeInBytes > maxBytes)
        throw new artifacts_ArtifactError(`${mib(artifact.sizeInBytes)} is over the ${mib(maxBytes)} limit; not downloaded`);
    let location;
    try {
        const res = await gh.request("GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", {
            ...repo,
            artifact_id: artifact.id,
            archive_format: "zip",
            request: { redirect: "manual" },
        });
        location = res.headers.location;
    }
    catch (error) {
        const status = httpStatus(error);
        if (status === 410 || status === 404)
            throw new artifacts_ArtifactError(`gone (HTTP ${status})`);
        throw error;
    }
    if (typeof location !== "string" || location === "")
        throw new artifacts_ArtifactError("the API gave no download URL (expected a redirect)");
    const body = await streamUrl(location, {
        maxBytes: maxBytes + 1,
        timeoutMs: opts.timeoutMs ?? 60_000,
        what: "artifact",
        ...(opts.signal ? { signal: opts.signal } : {}),
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
    });
    const parts = [];
    for await (const chunk of body.chunks)
        parts.push(chunk);
    if (body.truncated() || body.bytes() > maxBytes)
        throw new artifacts_ArtifactError(`the download is over the ${mib(maxBytes)} limit; not read`);
    return new Uint8Array(Buffer.concat(parts));
}
/** Slices pushed to the inflater: a bomb overshoots the cap by at most what one slice inflates to. */
const SLICE = (/* unused pure expression or super */ null && (16 * 1024));
/**
 * The entries of a zip whose names `keep` accepts, inflated in memory within the limits. Throws
 * ArtifactError for something that is not a zip, a corrupt one, too many entries or too many bytes.
 */
function artifacts_unzipEntries(zip, keep, limits = {}) {
    const maxEntries = limits.maxEntries ?? 2_000;
    const maxEntry = limits.maxEntryBytes ?? 32 * 1024 * 1024;
    const maxTotal = limits.maxTotalBytes ?? 64 * 1024 * 1024;
    if (zip.length < 4 || zip[0] !== 0x50 || zip[1] !== 0x4b || (zip[2] !== 3 && zip[2] !== 5))
        throw new artifacts_ArtifactError("not a zip archive");
    const entries = [];
    const skipped = [];
    let count = 0;
    let total = 0;
    let stop;
    const unzip = new Unzip((file) => {
        count++;
        if (count > maxEntries) {
            stop = `more than ${maxEntries} entries (a zip bomb?)`;
            return;
        }
        if (file.name.endsWith("/") || !keep(file.name))
            return; // never inflated
        if (file.originalSize !== undefined && file.originalSize > maxEntry) {
            skipped.push(`${file.name}: ${mib(file.originalSize)} uncompressed is over the ${mib(maxEntry)} limit`);
            return;
        }
        const parts = [];
        let size = 0;
        file.ondata = (error, chunk, final) => {
            if (stop)
                return;
            if (error) {
                stop = `corrupt entry ${file.name}: ${error.message}`;
                return;
            }
            size += chunk.length;
            total += chunk.length;
            if (size > maxEntry || total > maxTotal) {
                file.terminate();
                stop =
                    size > maxEntry
                        ? `${file.name} inflates past ${mib(maxEntry)} (a zip bomb?)`
                        : `the entries inflate past ${mib(maxTotal)} in total (a zip bomb?)`;
                return;
            }
            parts.push(chunk);
            if (final)
                entries.push({ name: file.name, data: concat(parts, size) });
        };
        file.start();
    });
    unzip.register(UnzipInflate);
    try {
        for (let i = 0; i < zip.length && !stop; i += SLICE)
            unzip.push(zip.subarray(i, i + SLICE), i + SLICE >= zip.length);
    }
    catch (error) {
        stop ??= `corrupt zip: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (stop)
        throw new artifacts_ArtifactError(stop);
    if (count === 0)
        throw new artifacts_ArtifactError("corrupt zip: no entries found");
    return { entries, skipped };
}
function concat(parts, size) {
    if (parts.length === 1 && parts[0])
        return parts[0];
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
        out.set(p, at);
        at += p.length;
    }
    return out;
}
/** Case-insensitive glob match of an artifact name against any of the patterns (`*junit*`). */
function artifacts_artifactNameMatches(name, patterns) {
    const n = name.toLowerCase();
    return patterns.some((p) => matchesGlob(n, p.toLowerCase()));
}
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MiB`;
}
/** The triage's TestReportSource over the API: the list, and each zip downloaded within the caps. */
function gitHubTestReportSource(gh, repo, opts = {}) {
    return {
        listArtifacts: (runId) => listRunArtifacts(gh, repo, runId),
        downloadArtifact: (artifact) => downloadArtifactZip(gh, repo, artifact, opts),
    };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/advice.js + 1 modules
var advice = __webpack_require__(917);
// EXTERNAL MODULE: ../packages/ops-core/dist/triage/junit-report.js
var junit_report = __webpack_require__(1729);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/junit-artifacts.js
// Test reports from a failed run's artifacts: which artifacts are test reports (name patterns), which failed
// job each belongs to (its name in the artifact's, else the failing tests the log named, else the only
// failed job), reading them within the API budget (1 list + at most MAX_REPORT_ARTIFACTS downloads), and
// merging them into the job's triage: the report's exact test ids, messages and file:line replace the
// log's guesses, the reproduce command narrows to those tests, and the summary names the artifact. When a
// run has no report, or a report cannot be read (corrupt zip, too large, a DTD), the log stays the source
// and a note says why. Pure over the TestReportSource port.



const DEFAULT_REPORT_PATTERNS = (/* unused pure expression or super */ null && (["*junit*", "*test-results*", "*test-report*"]));
/**
 * Artifact name globs as given (the `test-report-artifacts` input), checked: `*` and `?` wildcards and the
 * characters artifact names may hold (upload-artifact refuses `" : < > | \\ /` and control characters).
 * Throws an Error saying which pattern is wrong; none given → the defaults.
 */
function reportPatterns(list) {
    if (list.length === 0)
        return [...DEFAULT_REPORT_PATTERNS];
    for (const p of list) {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
        if (p.length > 200 || /[":<>|\\/\u0000-\u001f]/.test(p))
            throw new Error(`${JSON.stringify(p.slice(0, 60))} is not an artifact name pattern: use the name with * and ? wildcards (no " : < > | \\ /)`);
    }
    return [...list];
}
/** Artifacts downloaded per run at most (the API budget's K). */
const MAX_REPORT_ARTIFACTS = 3;
/** Lower-case words of a job or artifact name (`Test (3.12)` → `test-3-12`). */
function slug(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
}
/**
 * The failed job whose name the artifact's name holds (the longest such name), else the one matrix job
 * whose matrix values do (`test (3.12)` → `junit-3.12`), if any.
 */
function jobByName(artifact, jobs) {
    const a = `-${slug(artifact)}-`;
    let best;
    for (const j of jobs) {
        const s = slug(j.name);
        if (s !== "" && a.includes(`-${s}-`) && (!best || s.length > slug(best.name).length))
            best = j;
    }
    if (best)
        return best;
    const byMatrix = jobs.filter((j) => {
        const values = slug(/\(([^)]*)\)\s*$/.exec(j.name)?.[1] ?? "");
        return values !== "" && a.includes(`-${values}-`);
    });
    return byMatrix.length === 1 ? byMatrix[0] : undefined;
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * Reads the test-report artifacts of a run and ties each to a failed job. `logTests` are the tests each
 * job's log named (to tie a report by its failing tests when its name says nothing).
 */
async function readTestReports(runId, failed, logTests, source, opts) {
    const out = { byJob: new Map(), notes: [], calls: 0 };
    if (failed.length === 0 || opts.patterns.length === 0)
        return out;
    let listed;
    try {
        out.calls++;
        listed = await source.listArtifacts(runId);
    }
    catch (error) {
        out.notes.push(`test reports: the run's artifacts could not be listed (${message(error)}); the logs were used`);
        return out;
    }
    // the newest artifact per name (a re-run uploads again), test reports only
    const seen = new Set();
    const candidates = [...listed]
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
        .filter((a) => artifactNameMatches(a.name, opts.patterns) && !seen.has(a.name) && seen.add(a.name));
    if (candidates.length === 0)
        return out;
    const expired = candidates.filter((a) => a.expired);
    for (const a of expired)
        out.notes.push(`test report artifact "${a.name}" has expired; the log was used`);
    const live = candidates.filter((a) => !a.expired);
    // Artifacts named after a failed job first; the others only matter when some job has none.
    const named = live.filter((a) => jobByName(a.name, failed));
    const covered = new Set(named.map((a) => jobByName(a.name, failed)?.id));
    const wanted = failed.some((j) => !covered.has(j.id))
        ? [...named, ...live.filter((a) => !named.includes(a))]
        : named;
    const max = opts.maxArtifacts ?? MAX_REPORT_ARTIFACTS;
    const chosen = wanted.slice(0, max);
    if (wanted.length > max)
        out.notes.push(`test reports: ${wanted.length - max} more artifact(s) not read (${wanted
            .slice(max)
            .map((a) => `"${a.name}"`)
            .join(", ")}): at most ${max} per run (API budget)`);
    for (const artifact of chosen) {
        const files = await readArtifact(artifact, source, out);
        if (files.length === 0)
            continue;
        const job = tieToJob(artifact.name, files, failed, logTests);
        if (!job) {
            out.notes.push(`test report artifact "${artifact.name}" matches no failed job (by name, tests, or a single failed job): not used`);
            continue;
        }
        const list = out.byJob.get(job.job.id) ?? [];
        for (const f of files)
            list.push({ ...f, matchedBy: job.by });
        out.byJob.set(job.job.id, list);
    }
    return out;
}
async function readArtifact(artifact, source, out) {
    let zip;
    try {
        out.calls++;
        zip = await source.downloadArtifact(artifact);
    }
    catch (error) {
        out.notes.push(`test report artifact "${artifact.name}" not read: ${message(error)}; the log was used`);
        return [];
    }
    let entries;
    try {
        entries = unzipEntries(zip, (name) => /\.xml$/i.test(name));
    }
    catch (error) {
        const why = error instanceof ArtifactError ? error.message : `unreadable (${message(error)})`;
        out.notes.push(`test report artifact "${artifact.name}" not read: ${why}; the log was used`);
        return [];
    }
    for (const s of entries.skipped)
        out.notes.push(`test report artifact "${artifact.name}": ${s}`);
    if (entries.entries.length === 0) {
        out.notes.push(`test report artifact "${artifact.name}" holds no .xml file; the log was used`);
        return [];
    }
    const files = [];
    for (const e of entries.entries) {
        try {
            const xml = new TextDecoder("utf-8", { fatal: false }).decode(e.data);
            files.push({ artifact: artifact.name, file: e.name, report: parseJunitReport(xml) });
        }
        catch (error) {
            const why = error instanceof JunitReportError ? error.message : `unreadable (${message(error)})`;
            out.notes.push(`test report "${artifact.name}/${e.name}" not read: ${why}`);
        }
    }
    return files;
}
function tieToJob(artifact, files, failed, logTests) {
    const byName = jobByName(artifact, failed);
    if (byName)
        return { job: byName, by: "name" };
    const ids = new Set(files.flatMap((f) => failingCases(f.report).flatMap((c) => [c.id, c.name])));
    const byTests = failed.filter((j) => (logTests.get(j.id) ?? []).some((t) => ids.has(t) || [...ids].some((i) => i !== "" && t.endsWith(i))));
    if (byTests.length === 1 && byTests[0])
        return { job: byTests[0], by: "tests" };
    if (failed.length === 1 && failed[0])
        return { job: failed[0], by: "only failed job" };
    return undefined;
}
const MAX_TESTS = 50;
const MAX_LOCATIONS = 30;
/**
 * Merges a job's test reports into its triage (in place) and says what was used. Failing tests of the
 * reports take the lead: their ids, messages and locations first, the log's after; when the log's cause is
 * a test failure (or the log said nothing), the summary, tool and reproduce command come from the report.
 */
function mergeTestReports(result, files, logUnavailable) {
    const used = [];
    const byArtifact = new Map();
    for (const f of files)
        byArtifact.set(f.artifact, [...(byArtifact.get(f.artifact) ?? []), f]);
    for (const [artifact, list] of byArtifact) {
        const sum = (k) => list.reduce((n, f) => n + f.report[k], 0);
        used.push({
            artifact,
            files: list.map((f) => f.file),
            tool: list[0]?.report.tool ?? "unknown",
            tests: sum("tests"),
            failures: sum("failures"),
            errors: sum("errors"),
            skipped: sum("skipped"),
            flaky: sum("flaky"),
            matchedBy: list[0]?.matchedBy ?? "name",
        });
    }
    const failing = [];
    const seen = new Set();
    for (const f of files)
        for (const c of f.report.problems) {
            if (c.outcome === "flaky") {
                if (!result.details.flakyHints.includes(c.id)) {
                    result.details.flakyHints.push(c.id);
                    result.details.flakyEvidence.push({
                        source: "junit",
                        test: c.id,
                        evidence: `${f.file} in ${f.artifact}: failed, then passed on a rerun`,
                    });
                }
                continue;
            }
            if (seen.has(c.id))
                continue;
            seen.add(c.id);
            failing.push({ ...c, artifact: f.artifact, reportFile: f.file, tool: f.report.tool });
        }
    // jest-junit and mocha-junit-reporter join describe titles with spaces; where the log named the same test
    // with its separators (`file > describe > test`), keep the log's clearer form
    // (the same test named without its file, or the bare file, is dropped: the report's id says both)
    const joined = (id) => id.replace(/\s+(?:>|›)\s+/g, " ");
    let logTests = [...result.tests];
    for (const c of failing) {
        if (c.tool !== "jest" && c.tool !== "mocha")
            continue;
        const same = logTests.find((t) => t !== c.id && joined(t) === joined(c.id));
        if (same)
            c.id = same;
        logTests = logTests.filter((t) => t === c.id || (joined(t) !== joined(c.name) && t !== c.file));
    }
    const first = failing[0];
    if (!first)
        return used;
    result.tests = unique([...failing.map((c) => c.id), ...logTests]).slice(0, MAX_TESTS);
    result.locations = unique([...failing.flatMap((c) => c.locations.slice(0, 1)), ...result.locations]).slice(0, MAX_LOCATIONS);
    result.evidence = unique([
        ...failing.slice(0, 5).map((c) => `${c.artifact || c.reportFile}: ${c.id}: ${c.message}`),
        ...result.evidence,
    ]);
    const leads = logUnavailable || result.category === "test_failure" || result.category === "other";
    if (!leads)
        return used;
    const tool = first.tool;
    const sameTool = failing.filter((c) => c.tool === tool);
    const n = failing.length;
    if (result.category !== "test_failure") {
        // the log said nothing (or was unreadable): the runbook's advice for a test failure
        result.fix = (0,advice/* adviceFor */.c)({
            category: "test_failure",
            primary: undefined,
            count: n,
            tests: failing.map((c) => c.id),
            locations: [],
            diagnostics: [],
            facts: {},
            cancelled: false,
        }).fix;
    }
    result.category = "test_failure";
    if (tool !== "unknown")
        result.tool = tool;
    // one annotation per failing test, with its own message
    result.details.diagnostics = [
        ...failing.flatMap((c) => {
            const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(c.locations[0] ?? "");
            if (!m)
                return [];
            return [
                {
                    path: m[1] ?? "",
                    line: Number(m[2]),
                    ...(m[3] ? { column: Number(m[3]) } : {}),
                    message: `${c.id}: ${c.message}`,
                    category: "test_failure",
                },
            ];
        }),
        ...result.details.diagnostics,
    ];
    result.summary = `${n} failing test${n === 1 ? "" : "s"}: ${first.id}${first.message ? ` — ${first.message}` : ""} (JUnit report ${first.artifact ? `in artifact "${first.artifact}"` : `"${first.reportFile}"`})`;
    result.reproduce = (0,junit_report/* reproduceCommand */.nB)(tool, sameTool) ?? result.reproduce;
    return used;
}
function unique(list) {
    return [...new Set(list)];
}

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/scanner.js + 9 modules
var scanner = __webpack_require__(5265);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/junit-file.js
// `ops triage report.xml`: a JUnit XML report read from a local file gives the same triage as one from a
// run's artifact (exact tests, messages, file:line, the tool, the narrowed reproduce command). The file is
// size-checked before it is read, parsed as data (junit-report.ts), never run.




/** A path that names a JUnit XML report rather than a log. */
function isJunitPath(path) {
    return /\.xml$/i.test(path);
}
/** The triage of a JUnit report's text; `file` names it in the summary. Throws when it is not readable. */
function triageJunitXml(xml, file) {
    const report = (0,junit_report/* parseJunitReport */.GR)(xml);
    const result = new scanner/* TriageScanner */.d4({}).end();
    mergeTestReports(result, [{ artifact: "", file, report }], true);
    if (result.category === "test_failure")
        result.details.rule = "junit.failure";
    else
        result.summary = `JUnit report "${file}": ${report.tests} tests, none failed${report.flaky ? ` (${report.flaky} passed on a rerun)` : ""}`;
    return result;
}
async function triageJunitFile(path, label = path) {
    const { size } = await (0,promises_.stat)(path);
    if (size > junit_report/* JUNIT_MAX_CHARS */.mA)
        throw new Error(`${label} is larger than ${junit_report/* JUNIT_MAX_CHARS */.mA / 1024 / 1024} MiB`);
    return triageJunitXml(await (0,promises_.readFile)(path, "utf8"), label);
}

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/triage.js
var triage = __webpack_require__(276);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/types.js
// The triage report model: what `ops triage --json` prints per file, and what the action renders.
const CATEGORIES = (/* unused pure expression or super */ null && ([
    "mypy",
    "ruff",
    "test_failure",
    "import_error",
    "timeout",
    "coverage_drop",
    "flaky",
    "typescript",
    "eslint",
    "dependency_install",
    "oom",
    "infrastructure",
    "other",
]));
/**
 * The tool whose output shows the failure (from the failing step's command and the output's signature).
 * `runner` is GitHub's runner itself (timeouts, cancellations, lost runners); `unknown` when nothing says.
 */
const TOOLS = (/* unused pure expression or super */ null && ([
    "pytest",
    "unittest",
    "python",
    "mypy",
    "pyright",
    "ruff",
    "flake8",
    "pylint",
    "black",
    "isort",
    "tsc",
    "eslint",
    "prettier",
    "biome",
    "jest",
    "vitest",
    "mocha",
    "node",
    "go",
    "cargo",
    "maven",
    "gradle",
    "cmake",
    "pip",
    "uv",
    "poetry",
    "npm",
    "yarn",
    "pnpm",
    "alembic",
    "docker",
    "runner",
    "unknown",
]));
function toJson(file, r) {
    return {
        file,
        category: r.category,
        tool: r.tool,
        summary: r.summary,
        locations: r.locations,
        tests: r.tests,
        fix: r.fix,
        reproduce: r.reproduce,
        evidence: r.evidence,
    };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/cli/args.js
var cli_args = __webpack_require__(5563);
;// CONCATENATED MODULE: ../packages/ops-core/dist/cli/commands/triage.js
// `ops triage FILE... [--json]`: classify CI failure logs (raw API job logs, `gh run view --log-failed`
// output, or pasted logs). With --json: one JSON array, one object per file, in order (ARCHITECTURE.md).
// Exit codes: 0 when no file shows a failure, 1 when at least one does (the JSON is printed either way),
// 2 for bad usage or an unreadable file.






const HELP = `usage: ops triage FILE... [--json]

Reads CI failure logs (raw job logs from the API, \`gh run view --log-failed\` output, or pasted text; "-"
reads standard input), or JUnit XML test reports (FILE.xml: pytest --junitxml, jest-junit, vitest, go,
nextest, surefire; parsed, never run) and prints, per file: the category of the first real cause and the
tool that reported it, a summary, the locations (path:line[:col]), failing tests, the likely fix and a
command to reproduce it (the failing step's own command, narrowed to the failing tests or files). The
text output has control characters and escape sequences from the log removed; the JSON keeps the text
as data.

  --json   one JSON array, one object per file, in order:
           {file, category, tool, summary, locations, tests, fix, reproduce,
            evidence}

Exit status: 0 no failure found, 1 a failure was found in at least one file, 2 bad usage.
`;
async function run(argv, io) {
    const args = (0,cli_args/* parseCommandArgs */.Q)(argv, { json: { type: "boolean" } });
    if (args.help) {
        io.stdout(HELP);
        return 0;
    }
    if (args.positionals.length === 0)
        throw new errors/* ConfigurationError */.j1("give at least one log FILE (or - for stdin)");
    const json = args.values.json === true;
    const results = [];
    let failures = 0;
    for (const file of args.positionals) {
        let r;
        try {
            const path = resolvePath(io.cwd, file);
            r =
                file === "-"
                    ? await triageStdin()
                    : isJunitPath(file)
                        ? await triageJunitFile(path, file) // a JUnit XML report: its exact tests
                        : await (0,triage/* triageFile */.Z)(path);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`cannot read ${file}: ${error.message}`);
        }
        if (r.details.rule !== "none")
            failures++;
        const j = toJson(file, r);
        results.push(j);
        if (!json)
            io.stdout(human(j, r.details.step));
    }
    if (json)
        io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return failures > 0 ? 1 : 0;
}
async function triageStdin() {
    const { triageStream } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 276));
    return triageStream(process.stdin);
}
function resolvePath(cwd, file) {
    return file.startsWith("/") ? file : `${cwd}/${file}`;
}
// ESC sequences (CSI with its parameters, OSC up to BEL/ST, two-character escapes), then any C0/C1
// control, DEL, NEL (U+0085), line/paragraph separators and the bidi embeddings, overrides and isolates.
// Bounded classes, no nesting: linear.
const ESCAPES = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
/\u001b\[[0-9;?<=>!]{0,64}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?|\u009b[0-9;?]{0,64}[@-~]|\u001b[@-_]/g;
const CONTROLS = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * Text from a log made safe for a terminal: escape sequences and control characters removed (a hostile
 * log cannot move the cursor, retitle the window, hide text or reorder it with bidi overrides), tabs
 * kept as spaces. For the text output; the JSON carries the text as data.
 */
function terminalText(text) {
    return (0,safe_text/* inertLine */.Fq)(text.replace(ESCAPES, "").replace(/\t/g, " ").replace(CONTROLS, ""));
}
function human(j, step) {
    const t = terminalText;
    const out = [`${t(j.file)}: ${j.category} (${j.tool})`, `  ${t(j.summary)}`];
    if (step)
        out.push(`  step: ${t(step)}`);
    if (j.locations.length > 0)
        out.push(`  locations: ${j.locations.slice(0, 10).map(t).join(", ")}`);
    if (j.tests.length > 0)
        out.push(`  tests: ${j.tests.slice(0, 10).map(t).join(", ")}`);
    out.push(`  fix: ${t(j.fix)}`, `  reproduce: ${t(j.reproduce)}`);
    for (const e of j.evidence.slice(0, 5))
        out.push(`  | ${t(e)}`);
    return `${out.join("\n")}\n\n`;
}


/***/ }),

/***/ 5566:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiMessage: () => (/* binding */ apiMessage),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub),
/* harmony export */   httpStatus: () => (/* binding */ httpStatus),
/* harmony export */   mapError: () => (/* binding */ mapError),
/* harmony export */   paginate: () => (/* binding */ paginate),
/* harmony export */   parseRepo: () => (/* binding */ parseRepo),
/* harmony export */   withResilience: () => (/* binding */ withResilience)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
// The GitHub client: a narrow port (`request(route, params)`, the shape of octokit.request) that every
// typed client in this folder takes, and the factory that builds it over @actions/github — loaded lazily
// so bundles that never call GitHub do not pay for octokit. The factory adds what octokit lacks here: a
// timeout on every request (AbortSignal), bounded retries with backoff and full jitter for idempotent
// requests (GET/HEAD) on 5xx and network errors, the token masked before anything can print it, and
// errors mapped to the action taxonomy (transient / configuration).

function parseRepo(fullName) {
    const [owner, repo, extra] = fullName.split("/");
    if (!owner || !repo || extra !== undefined) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`repository must be "owner/name", got "${fullName}"`, {
            input: "repository",
        });
    }
    return { owner, repo };
}
/** The HTTP status of an error thrown by octokit (RequestError) or by a fake; undefined for network errors. */
function httpStatus(error) {
    const s = error?.status;
    return typeof s === "number" && s > 0 ? s : undefined;
}
/** The API's error message (`{"message": …}`) when there is one. */
function apiMessage(error) {
    const e = error;
    const m = e?.response?.data?.message ?? e?.message;
    return typeof m === "string" ? m : String(error);
}
const IDEMPOTENT = /^(GET|HEAD)\s/i;
/**
 * Wraps a port with per-request timeouts, bounded retries and error mapping. Used by `createGitHub` and
 * usable over any port (tests wrap fakes with an injected sleep).
 */
function withResilience(inner, opts) {
    const policy = { attempts: 3, baseMs: 500, maxMs: 5_000, ...opts.retry };
    const timeoutMs = opts.timeoutMs ?? 15_000;
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const random = opts.random ?? Math.random;
    return {
        async request(route, params = {}) {
            const retryable = IDEMPOTENT.test(route);
            for (let attempt = 1;; attempt++) {
                if (opts.signal?.aborted)
                    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`GitHub request cancelled: ${route}`);
                const signals = [AbortSignal.timeout(timeoutMs), ...(opts.signal ? [opts.signal] : [])];
                const prev = params.request ?? {};
                try {
                    return await inner.request(route, {
                        ...params,
                        request: { ...prev, signal: AbortSignal.any(signals) },
                    });
                }
                catch (error) {
                    if (opts.signal?.aborted)
                        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`GitHub request cancelled: ${route}`);
                    const status = httpStatus(error);
                    const transient = status === undefined || status >= 500 || status === 429;
                    if (retryable && transient && attempt < policy.attempts) {
                        const delayMs = Math.floor(random() * Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1)));
                        opts.onRetry?.({
                            route,
                            attempt,
                            delayMs,
                            reason: status ? `HTTP ${status}` : apiMessage(error),
                        });
                        await sleep(delayMs);
                        continue;
                    }
                    throw mapError(route, error, attempt);
                }
            }
        },
    };
}
/** Maps an API failure to the taxonomy; keeps `status` on the error for callers that branch on it. */
function mapError(route, error, attempts = 1) {
    const status = httpStatus(error);
    const msg = apiMessage(error);
    const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
    let mapped;
    if (status === undefined || status >= 500 || status === 429) {
        const what = status ? `HTTP ${status}` : error?.name === "TimeoutError" ? "timed out" : msg;
        mapped = new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`GitHub API ${route} failed${tries}: ${what}`, { cause: error });
    }
    else if (status === 401) {
        mapped = new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub rejected the token (401 ${msg}) for ${route}`, {
            input: "token",
            cause: error,
        });
    }
    else if (status === 403 && /not accessible by integration|permission/i.test(msg)) {
        mapped = new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the token lacks a permission for ${route} (403 ${msg}); add it under \`permissions:\` in the workflow`, { input: "token", cause: error });
    }
    else {
        mapped = new Error(`GitHub API ${route}: ${status} ${msg}`, { cause: error });
    }
    Object.assign(mapped, { status });
    return mapped;
}
/**
 * Builds the client over @actions/github (imported on first use), with the token masked, the base URL
 * from `apiUrl` (GITHUB_API_URL) and the resilience above.
 */
async function createGitHub(opts) {
    if (!opts.token)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("a GitHub token is required", { input: "token" });
    opts.setSecret?.(opts.token);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 75).then(__webpack_require__.bind(__webpack_require__, 1075));
    const octokit = getOctokit(opts.token, {
        baseUrl: opts.apiUrl.replace(/\/+$/, ""),
        userAgent: opts.userAgent ?? "runbook-ops",
        // octokit's own retry/throttle plugins are not loaded: retries are ours (bounded, idempotent only).
    });
    const port = {
        request: (route, params) => octokit.request(route, params),
    };
    return withResilience(port, opts);
}
/**
 * Every item of a paginated list: follows `per_page=100` pages until a short page or `maxItems`.
 * `key` picks the array out of wrapped bodies (`jobs`, `workflow_runs`, `check_runs`).
 */
async function paginate(gh, route, params, opts = {}) {
    const perPage = opts.perPage ?? 100;
    const max = opts.maxItems ?? 10_000;
    const out = [];
    for (let page = 1; out.length < max; page++) {
        const res = await gh.request(route, { ...params, per_page: perPage, page });
        const data = res.data;
        const items = (opts.key ? data[opts.key] : data);
        if (!Array.isArray(items))
            throw new Error(`GitHub API ${route}: expected a list${opts.key ? ` in ${opts.key}` : ""}`);
        out.push(...items);
        const link = String(res.headers.link ?? "");
        if (items.length < perPage || (res.headers.link !== undefined && !/rel="next"/.test(link)))
            break;
    }
    return out.slice(0, max);
}


/***/ }),

/***/ 917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ adviceFor)
});

// UNUSED EXPORTS: testCommand

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/paths.js
var paths = __webpack_require__(5438);
// EXTERNAL MODULE: ../packages/ops-core/dist/triage/command.js
var command = __webpack_require__(9223);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/reproduce.js
// The reproduce command: the failing step's own invocation of the tool (its wrappers and options kept:
// `uv run`, `python -m`, `--strict`, `-race`), its targets replaced by what failed (the failing tests, the
// files with findings). Without a step command the tool's plain invocation stands in; never a command of
// another tool. Quoted for a POSIX shell: the command is shown to be copied, never run by us.


/** How many tests or files a narrowed command names at most (more would not be copied by hand). */
const MAX_TARGETS = 5;
/** Options that take a separate value, per tool (the value is dropped or kept with its option). */
const VALUE_OPTIONS = {
    pytest: [
        "-n",
        "-k",
        "-m",
        "-p",
        "-c",
        "-o",
        "-W",
        "-r",
        "--maxfail",
        "--deselect",
        "--ignore",
        "--ignore-glob",
        "--rootdir",
        "--basetemp",
        "--cov",
        "--cov-report",
        "--cov-config",
        "--cov-fail-under",
        "--junitxml",
        "--junit-xml",
        "--durations",
        "--timeout",
        "--reruns",
        "--reruns-delay",
        "--dist",
        "--numprocesses",
        "--log-level",
        "--import-mode",
        "--confcutdir",
        "--tb",
        "--html",
        "--splits",
        "--group",
    ],
    mypy: [
        "-p",
        "--package",
        "-m",
        "--module",
        "--config-file",
        "--python-version",
        "--exclude",
        "--cache-dir",
    ],
    pyright: ["-p", "--project", "--pythonversion", "--pythonplatform", "--level", "--venvpath", "--threads"],
    ruff: [
        "--config",
        "--select",
        "--ignore",
        "--extend-select",
        "--extend-ignore",
        "--output-format",
        "--format",
        "--target-version",
        "--line-length",
        "--exclude",
        "--extend-exclude",
    ],
    flake8: [
        "--config",
        "--max-line-length",
        "--select",
        "--ignore",
        "--extend-ignore",
        "--exclude",
        "--format",
    ],
    pylint: [
        "--rcfile",
        "--disable",
        "--enable",
        "-j",
        "--jobs",
        "--output-format",
        "--fail-under",
        "-d",
        "-e",
    ],
    black: ["--config", "-l", "--line-length", "-t", "--target-version", "--exclude", "--extend-exclude"],
    isort: ["--settings-path", "--sp", "--profile", "-l", "--line-length", "--skip"],
    eslint: [
        "-c",
        "--config",
        "--ext",
        "--rule",
        "--rulesdir",
        "-f",
        "--format",
        "-o",
        "--output-file",
        "--max-warnings",
        "--ignore-path",
        "--cache-location",
        "--resolve-plugins-relative-to",
        "--parser",
        "--parser-options",
        "--plugin",
        "--env",
        "--global",
    ],
    prettier: ["--config", "--ignore-path", "--log-level", "--plugin"],
    biome: ["--config-path", "--reporter", "--max-diagnostics", "--diagnostic-level"],
    jest: [
        "-c",
        "--config",
        "--shard",
        "--maxWorkers",
        "-w",
        "--testNamePattern",
        "-t",
        "--selectProjects",
        "--reporters",
    ],
    vitest: [
        "-c",
        "--config",
        "--shard",
        "--project",
        "-t",
        "--testNamePattern",
        "--reporter",
        "--pool",
        "--environment",
        "--dir",
        "-r",
        "--root",
    ],
    mocha: [
        "--config",
        "-r",
        "--require",
        "--reporter",
        "-R",
        "--timeout",
        "-t",
        "--grep",
        "-g",
        "--ui",
        "-u",
        "--spec",
    ],
    go: [
        "-run",
        "-tags",
        "-timeout",
        "-count",
        "-p",
        "-parallel",
        "-coverprofile",
        "-covermode",
        "-coverpkg",
        "-o",
        "-exec",
        "-bench",
        "-skip",
        "-shuffle",
        "-ldflags",
        "-gcflags",
        "-mod",
    ],
    cargo: [
        "-p",
        "--package",
        "--features",
        "-F",
        "--target",
        "--manifest-path",
        "-j",
        "--jobs",
        "--profile",
        "--exclude",
        "--test",
        "--bench",
        "--bin",
        "--example",
    ],
};
/** Options dropped when narrowing: they select other targets, shard, or only write reports. */
const DROPPED = {
    pytest: [
        "-n",
        "--numprocesses",
        "--dist",
        "-k",
        "--deselect",
        "--junitxml",
        "--junit-xml",
        "--html",
        "--durations",
        "--lf",
        "--last-failed",
        "--ff",
        "--reruns",
        "--reruns-delay",
        "--splits",
        "--group",
        "--cov",
        "--cov-report",
        "--cov-fail-under",
        "--cov-config",
        "--cov-append",
        "--cov-branch",
    ],
    mypy: ["-p", "--package", "-m", "--module"],
    eslint: ["-f", "--format", "-o", "--output-file"],
    ruff: ["--output-format", "--format", "--statistics"],
    jest: ["--shard", "-t", "--testNamePattern", "--coverage", "--reporters", "--listTests"],
    vitest: ["--shard", "-t", "--testNamePattern", "--coverage", "--reporter"],
    mocha: ["--grep", "-g", "--reporter", "-R", "--spec"],
    go: [
        "-run",
        "-coverprofile",
        "-covermode",
        "-coverpkg",
        "-o",
        "-json",
        "-cover",
        "-bench",
        "-skip",
        "-shuffle",
    ],
    pylint: ["--output-format"],
};
/** A shell word for display; `NAME=value` assignments keep their form (a quoted one would not assign). */
function word(w) {
    const m = /^([A-Za-z_]\w{0,100})=(.*)$/s.exec(w);
    if (m)
        return `${m[1]}=${m[2] === "" ? "''" : (0,paths/* shellWord */.r7)(m[2] ?? "")}`;
    return (0,paths/* shellWord */.r7)(w);
}
function shellLine(words) {
    return words.map(word).join(" ");
}
/** The tool's words split into options (with their values) and positional targets. */
function split(c, tool, subs = []) {
    const prefix = c.words.slice(0, c.at);
    const args = c.args;
    const out = { prefix, program: args.slice(0, 1), sub: [], options: [], positionals: [], rest: [] };
    let i = 1;
    while (i < args.length && subs.includes(args[i] ?? ""))
        out.sub.push(args[i++] ?? "");
    const valued = VALUE_OPTIONS[tool] ?? [];
    const dropped = DROPPED[tool] ?? [];
    for (; i < args.length; i++) {
        const w = args[i] ?? "";
        if (w === "--") {
            out.rest = args.slice(i + 1);
            break;
        }
        if (w.startsWith("-") && w !== "-") {
            const eq = w.indexOf("=");
            const name = eq > 0 ? w.slice(0, eq) : w;
            const takesValue = eq < 0 && valued.includes(name) && i + 1 < args.length;
            // `--cov` takes its value only when one follows that is not an option
            const value = takesValue && !(args[i + 1] ?? "-").startsWith("-") ? args[++i] : undefined;
            // short options glued to their value (`-nauto`, `-n4`)
            const glued = !valued.includes(name) && dropped.some((d) => d.length === 2 && name.startsWith(d));
            if (dropped.includes(name) || glued)
                continue;
            out.options.push(w);
            if (value !== undefined)
                out.options.push(value);
            continue;
        }
        out.positionals.push(w);
    }
    return out;
}
function join(s, targets, extra = []) {
    const rest = s.rest.length > 0 ? ["--", ...s.rest] : [];
    return shellLine([...s.prefix, ...s.program, ...s.sub, ...s.options, ...targets, ...extra, ...rest]);
}
/** The tool's plain invocation (`npx eslint`, `python -m unittest`) when the step's command is unknown. */
function standIn(words, tool) {
    const at = words[0] === "npx" ? 1 : words[0] === "python" ? 2 : 0;
    return { words, at, tool, args: words.slice(at) };
}
function found(input, tools, fallback) {
    const c = input.command ? (0,command/* commandFor */.Fw)(input.command, tools) : undefined;
    return c ?? standIn(fallback, tools[0] ?? "unknown");
}
/** A regular expression matching `s` literally (jest, vitest and mocha take their name filter as one). */
function literalRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function jsTest(id) {
    const parts = id.split(" > ");
    if (parts.length > 1 && /\.[cm]?[jt]sx?$/.test(parts[0] ?? ""))
        return { file: parts[0], name: parts[parts.length - 1] };
    if (/\.[cm]?[jt]sx?$/.test(id))
        return { file: id, name: undefined };
    const last = id.split(" › ").pop();
    return { file: undefined, name: last };
}
function goRun(tests) {
    const tops = [...new Set(tests.map((t) => t.slice(t.lastIndexOf(".") + 1).split("/")[0] ?? ""))].filter((t) => /^\w+$/.test(t));
    if (tops.length === 0)
        return [];
    const one = tests.length === 1 ? (tests[0] ?? "") : "";
    const sub = one.includes("/") ? one.slice(one.indexOf("/") + 1) : "";
    if (tops.length === 1 && sub !== "")
        return ["-run", `^${tops[0]}$/^${literalRe(sub)}$`];
    return ["-run", tops.length === 1 ? `^${tops[0]}$` : `^(${tops.slice(0, MAX_TARGETS).join("|")})$`];
}
/** The reproduce command for the cause, or undefined when no tool is known (the caller says what to do). */
function reproduceCommand(input) {
    const tests = input.tests.slice(0, MAX_TARGETS);
    const files = input.files.slice(0, MAX_TARGETS);
    switch (input.tool) {
        case "pytest": {
            const s = split(found(input, ["pytest"], ["pytest"]), "pytest");
            const ids = tests.filter((t) => t.includes("::") || /\.py$/.test(t));
            if (input.category === "import_error") {
                const targets = ids.length > 0 ? ids : files.filter((f) => /\.py$/.test(f));
                return join(s, targets.length > 0 ? targets : s.positionals, ["--collect-only", "-q"]);
            }
            if (input.category === "coverage_drop")
                return input.command
                    ? shellLine(found(input, ["pytest"], ["pytest"]).words)
                    : "pytest --cov --cov-report=term-missing";
            return join(s, ids.length > 0 ? ids : s.positionals);
        }
        case "unittest": {
            const c = found(input, ["unittest"], ["python", "-m", "unittest"]);
            const s = split(c, "unittest", ["discover"]);
            if (tests.length === 0)
                return shellLine(c.words);
            // test ids replace discovery (its -s/-t/-p select what to discover)
            s.sub = [];
            s.options = s.options.filter((o) => ["-v", "-q", "-b", "-f", "-c", "--locals"].includes(o));
            return join(s, tests);
        }
        case "mypy":
        case "pyright":
        case "flake8":
        case "pylint": {
            const s = split(found(input, [input.tool], [input.tool]), input.tool);
            return join(s, files.length > 0 ? files : s.positionals);
        }
        case "ruff": {
            const s = split(found(input, ["ruff"], ["ruff", "check"]), "ruff", ["check", "format"]);
            if (s.sub.length === 0)
                s.sub.push("check");
            return join(s, files.length > 0 ? files : s.positionals);
        }
        case "black":
        case "isort": {
            const s = split(found(input, [input.tool], [input.tool]), input.tool);
            if (!s.options.some((o) => o === "--check" || o === "--check-only" || o === "-c"))
                s.options.unshift(input.tool === "black" ? "--check" : "--check-only");
            return join(s, files.length > 0 ? files : s.positionals.length > 0 ? s.positionals : ["."]);
        }
        case "eslint": {
            const s = split(found(input, ["eslint"], ["npx", "eslint"]), "eslint");
            return join(s, files.length > 0 ? files : s.positionals.length > 0 ? s.positionals : ["."]);
        }
        case "prettier": {
            const s = split(found(input, ["prettier"], ["npx", "prettier", "--check"]), "prettier");
            if (!s.options.includes("--check") &&
                !s.options.includes("-c") &&
                !s.options.includes("--list-different"))
                s.options.unshift("--check");
            return join(s, files.length > 0 ? files : s.positionals.length > 0 ? s.positionals : ["."]);
        }
        case "biome": {
            const s = split(found(input, ["biome"], ["npx", "biome", "check"]), "biome", [
                "check",
                "lint",
                "format",
                "ci",
            ]);
            if (s.sub.length === 0)
                s.sub.push("check");
            return join(s, files.length > 0 ? files : s.positionals);
        }
        case "tsc": {
            const c = input.command ? (0,command/* commandFor */.Fw)(input.command, ["tsc"]) : undefined;
            return c ? shellLine(c.words) : "npx tsc --noEmit";
        }
        case "jest":
        case "vitest":
        case "mocha": {
            const tool = input.tool;
            const fallback = tool === "vitest" ? ["npx", "vitest", "run"] : ["npx", tool];
            // a coverage gate is about the whole run: the step's command as it ran
            if (input.category === "coverage_drop")
                return shellLine(found(input, [tool], [...fallback, "--coverage"]).words);
            const s = split(found(input, [tool], fallback), tool, tool === "vitest" ? ["run"] : []);
            if (tool === "vitest" && s.sub.length === 0)
                s.sub.push("run");
            const parsed = tests.map(jsTest);
            const fileList = [...new Set(parsed.map((p) => p.file).filter((f) => f !== undefined))];
            const names = [...new Set(parsed.map((p) => p.name).filter((n) => n !== undefined))];
            // a test file that could not load: it and the files of the tests that failed, unfiltered
            if (input.category === "import_error" && files.length > 0)
                return join(s, [...new Set([...files, ...fileList])].slice(0, MAX_TARGETS));
            const targets = fileList.length > 0 ? fileList : files.length > 0 ? files : s.positionals;
            const flag = tool === "mocha" ? "--grep" : "-t";
            const filter = names.length === 1
                ? [flag, names[0] ?? ""]
                : names.length > 1
                    ? [flag, names.map(literalRe).join("|")]
                    : [];
            return join(s, targets, filter);
        }
        case "go": {
            const c = input.command ? (0,command/* commandFor */.Fw)(input.command, ["go"]) : undefined;
            // go vet / go build: the step's own command (its packages hold the finding)
            if (c && c.args[1] !== "test")
                return shellLine(c.words);
            const s = c && c.args[1] === "test"
                ? split(c, "go", ["test"])
                : split(standIn(["go", "test"], "go"), "go", ["test"]);
            if (s.sub.length === 0)
                s.sub.push("test");
            const pkgs = input.packages.slice(0, MAX_TARGETS);
            const targets = pkgs.length > 0 ? pkgs : s.positionals.length > 0 ? s.positionals : ["./..."];
            if (input.category === "timeout" && tests.length === 0)
                return join(s, targets);
            return join(s, targets, goRun(tests));
        }
        case "cargo": {
            const c = input.command ? (0,command/* commandFor */.Fw)(input.command, ["cargo"]) : undefined;
            // cargo build / clippy / fmt: the step's own command
            if (c && c.args[1] !== "test" && c.args[1] !== "nextest")
                return shellLine(c.words);
            if (!c && input.formatter === "rustfmt")
                return "cargo fmt --check";
            if (!c && input.category === "other" && tests.length === 0)
                return "cargo build";
            const s = c && (c.args[1] === "test" || c.args[1] === "nextest")
                ? split(c, "cargo", ["test", "nextest", "run"])
                : split(standIn(["cargo", "test"], "cargo"), "cargo", ["test"]);
            if (s.sub.length === 0)
                s.sub.push("test");
            if (tests.length === 0)
                return join(s, s.positionals);
            if (tests.length === 1)
                return join(s, [tests[0] ?? ""]);
            s.rest = [...s.rest, ...tests];
            return join(s, []);
        }
        case "pip":
        case "uv":
        case "poetry":
        case "npm":
        case "yarn":
        case "pnpm":
        case "alembic":
        case "docker":
        case "maven":
        case "gradle":
        case "cmake": {
            const c = input.command ? (0,command/* commandFor */.Fw)(input.command, [input.tool]) : undefined;
            if (c)
                return shellLine(c.words);
            if (input.tool === "docker" && input.dockerBuild)
                return "docker build .";
            // a package manager's install failure pasted without its command: its plain install
            if ((input.tool === "yarn" || input.tool === "pnpm") && input.category === "dependency_install")
                return `${input.tool} install`;
            return undefined;
        }
        case "python": {
            const c = input.command ? (0,command/* commandFor */.Fw)(input.command, ["python"]) : undefined;
            if (!c)
                return undefined;
            // PyTorch-style test drivers take the failing test file with -i
            if (tests.length > 0 && c.args.some((a) => /(?:^|\/)run_test\.py$/.test(a))) {
                const script = c.args.findIndex((a) => /(?:^|\/)run_test\.py$/.test(a));
                return shellLine([...c.words.slice(0, c.at), ...c.args.slice(0, script + 1), "-i", ...tests]);
            }
            return shellLine(c.words);
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/advice.js
// The runbook's §3 table as code: for the first real cause, a one-line summary, the likely cause and fix,
// and a command to reproduce it locally. Commands are for display (quoted for a POSIX shell), never run.


function uniqueFiles(diagnostics, max = 5) {
    const out = [];
    for (const d of diagnostics)
        if (!out.includes(d.path) && out.length < max)
            out.push(d.path);
    return out;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function first(list) {
    return list[0];
}
/** How to run one failing test, by the shape of its id. */
function testCommand(id) {
    if (id.includes("::"))
        return `pytest ${(0,paths/* shellWord */.r7)(id)}`;
    const js = /^(\S+\.[cm]?[jt]sx?) > (.+)$/.exec(id);
    if (js) {
        const name = (js[2] ?? "").split(" > ").pop() ?? "";
        return `npx vitest run ${(0,paths/* shellWord */.r7)(js[1] ?? "")} -t ${(0,paths/* shellWord */.r7)(name)}`;
    }
    if (/^Test[A-Z0-9_]\w*(\/\S+)?$/.test(id))
        return `go test ./... -run ${(0,paths/* shellWord */.r7)(`^${id.split("/")[0]}$`)}`;
    if (/\.py$/.test(id))
        return `pytest ${(0,paths/* shellWord */.r7)(id)}`;
    if (id.includes(" › "))
        return `npx jest -t ${(0,paths/* shellWord */.r7)(id.split(" › ").pop() ?? id)}`;
    return `# run the failing test: ${id.replace(/[\r\n]/g, " ")}`;
}
/** What each tool's own fix is, in its words (the category's text stands when the tool has none). */
const TOOL_FIX = {
    pyright: "Fix the type errors pyright shows (the rule is named in parentheses, e.g. reportArgumentType). Run the same `pyright` as CI with the same pyrightconfig/pyproject settings; a different pyright version or Python environment explains errors seen only in CI.",
    flake8: "Fix the flake8 findings (the code names the check: E/W pycodestyle, F pyflakes, C complexity). Run the same `flake8` command locally; its configuration is in setup.cfg, tox.ini or .flake8.",
    pylint: "Fix the pylint messages (the symbol in parentheses names the check); disable a check inline only with a reason. Run the same `pylint` command with the project's pylintrc.",
    black: "Run `black` on the files named (the same version as CI, pinned in the dev dependencies) and commit the result.",
    isort: "Run `isort` on the files named (same version and profile as CI) and commit the result.",
    prettier: "Run `npx prettier --write` on the files named (the version in package.json) and commit the result.",
    biome: "Run `npx biome check --write` on the files named and fix what remains by hand; commit the result.",
    jest: "Read the assertion and the code frame; fix the code or the test. If it passes locally, look for test order (`--runInBand`), timers and time zones, and shared module state between tests.",
    vitest: "Read the assertion and the code frame; fix the code or the test. If it passes locally, look for shared state between files (`--no-file-parallelism`), fake timers and time zones.",
    mocha: "Read the assertion and the stack; fix the code or the test. If it passes locally, look for test order, timers and leaked state between suites.",
    go: "Read the failing test's output (file:line and the message); fix the code or the test. Run it with `-race` and `-count=1` to rule out data races and cached results.",
    cargo: "Read the panic message and its location; fix the code or the test. Run it alone (`--test-threads=1`) to rule out tests sharing state.",
    unittest: "Read the assertion and the traceback; fix the code or the test. Run the one test alone to rule out order dependence between test cases.",
    poetry: "The lock file and pyproject.toml disagree, or the constraints cannot be solved: run `poetry lock` (same Poetry version as CI), check the Python range and version constraints named, and commit the lock file.",
    pip: "A Python dependency could not be resolved, downloaded or built: check the pins named, the Python version, and native build prerequisites (system libraries, compilers) in the log.",
    uv: "A Python dependency could not be resolved or installed: run `uv lock` to update the lock file, check the constraints and the Python version named.",
    pnpm: "The lock file is out of date or a package cannot be resolved: run `pnpm install` and commit pnpm-lock.yaml.",
    yarn: "The lock file would change or a package cannot be resolved: run `yarn install` and commit yarn.lock.",
};
/** The tool's name as a summary prefix. */
const TOOL_LABEL = {
    pyright: "pyright",
    flake8: "flake8",
    pylint: "pylint",
    black: "black",
    isort: "isort",
    prettier: "prettier",
    biome: "biome",
};
function adviceFor(a) {
    const advice = categoryAdvice(a);
    const tool = a.tool ?? "unknown";
    const own = TOOL_FIX[tool];
    const reproduce = reproduceCommand({
        tool,
        category: a.category,
        command: a.command,
        tests: a.tests,
        files: a.files ?? [],
        packages: a.packages ?? [],
        formatter: typeof a.facts.formatter === "string" ? a.facts.formatter : undefined,
        dockerBuild: a.facts.dockerBuild === "yes",
    });
    const label = TOOL_LABEL[tool];
    return {
        summary: label && !advice.summary.startsWith(label)
            ? `${label}: ${advice.summary.replace(/^(?:ruff|mypy|ESLint|formatting): /, "")}`
            : advice.summary,
        fix: own && ["mypy", "ruff", "eslint", "test_failure", "dependency_install", "other"].includes(a.category)
            ? own
            : advice.fix,
        reproduce: reproduce ?? advice.reproduce,
    };
}
function categoryAdvice(a) {
    const p = a.primary;
    const msg = p?.message ?? "";
    const loc = first(a.locations);
    const at = loc ? ` at ${loc}` : "";
    const files = uniqueFiles(a.diagnostics);
    const fileArgs = files.length > 0 ? files.map(paths/* shellWord */.r7).join(" ") : ".";
    switch (a.category) {
        case "mypy":
            return {
                summary: `mypy: ${plural(a.count, "type error")}${at}: ${msg}`,
                fix: "Fix the type errors shown. If they appear only in CI, CI runs `mypy --strict` (and its own config): run it locally with the same flags, then annotate or narrow the types rather than ignoring them.",
                reproduce: `mypy --strict ${fileArgs}`,
            };
        case "ruff": {
            const format = a.facts.formatter === "ruff" || a.facts.formatter === "black";
            return {
                summary: format ? `formatting: ${msg}` : `ruff: ${plural(a.count, "lint error")}${at}: ${msg}`,
                fix: format
                    ? "Run `make fmt` (ruff format / black) and commit the result."
                    : "Run `make fmt` (ruff check --fix, ruff format) and fix what remains by hand; commit the result.",
                reproduce: format ? `ruff format --check ${fileArgs}` : `ruff check ${fileArgs}`,
            };
        }
        case "typescript":
            return {
                summary: `TypeScript: ${plural(a.count, "type error")}${at}: ${msg}`,
                fix: "Fix the type errors shown (the error code names the rule). Run the same `tsc` command as CI; a different TypeScript version or tsconfig locally explains errors seen only in CI.",
                reproduce: "npx tsc --noEmit -p tsconfig.json",
            };
        case "eslint":
            return {
                summary: `ESLint: ${plural(a.count, "problem")}${at}: ${msg}`,
                fix: "Fix the lint problems (the rule name is given); `npx eslint --fix` fixes the mechanical ones.",
                reproduce: `npx eslint ${fileArgs}`,
            };
        case "test_failure": {
            const t = first(a.tests);
            const n = a.tests.length;
            return {
                summary: `${n > 0 ? plural(n, "failing test") : "tests failed"}: ${t && !msg.startsWith(t) ? `${t} — ` : ""}${msg}`,
                fix: "Read the assertion and the location; fix the code or the test. If it passes locally, look for order dependence or shared state (`pytest -p random_order --random-order`) or flakiness (`pytest --count=10`), and for time- or environment-dependent assertions.",
                reproduce: t ? testCommand(t) : "gh run view <run-id> --log-failed  # the failing step's command",
            };
        }
        case "import_error": {
            const conflict = a.facts.conflictMarkers === "yes";
            const t = first(a.tests);
            return {
                summary: `import error${at}: ${msg}`,
                fix: conflict
                    ? "A merge-conflict marker (<<<<<<< / >>>>>>>) was committed: resolve the conflict in the file named and commit."
                    : "A module could not be imported: check the dependency is declared in `pyproject.toml` (or requirements) and installed in CI, the package layout and paths (`PYTHONPATH`, `packages`/`src` layout), and that installed and source versions agree.",
                reproduce: t && /\.py$/.test(t)
                    ? `pytest --collect-only ${(0,paths/* shellWord */.r7)(t)}`
                    : loc
                        ? `python -X importtime -c 'import …'  # module failing at ${loc}`
                        : "pytest --collect-only -q",
            };
        }
        case "timeout": {
            const limit = a.facts.limit !== undefined ? ` (limit ${a.facts.limit})` : "";
            const t = first(a.tests);
            return {
                summary: `timeout${limit}: ${msg || `the job ended as ${a.conclusion ?? "timed out"}`}`,
                fix: "Something ran past its time limit: slow tests or a deadlock/hang. Find the last test or command that started (timestamps jump), profile it (`pytest --durations=20`), fix the hang; raise the limit only if the work really grew.",
                reproduce: t ? `timeout 30m ${testCommand(t)}` : "gh run rerun <run-id> --failed",
            };
        }
        case "coverage_drop":
            return {
                summary: `coverage below the gate: ${msg}`,
                fix: `Add tests for the new or changed code (the coverage report's Missing column lists the lines); do not lower the threshold${a.facts.required !== undefined ? ` (${a.facts.required})` : ""} to pass.`,
                reproduce: `pytest --cov --cov-report=term-missing${a.facts.required !== undefined ? ` --cov-fail-under=${String(a.facts.required).replace("%", "")}` : ""}`,
            };
        case "dependency_install":
            return {
                summary: `dependency installation failed: ${msg}`,
                fix: /lock|in sync/i.test(msg)
                    ? "The lock file is out of sync with the manifest: run `npm install` (or the package manager's lock command) and commit the updated lock file."
                    : "A dependency could not be resolved, downloaded or built: check the version pins and lock file, the package index, and native build prerequisites named in the log (env vars, system libraries).",
                reproduce: /npm|package-lock|EUSAGE|ERESOLVE/i.test(msg)
                    ? "npm ci"
                    : /pnpm/i.test(msg)
                        ? "pnpm install --frozen-lockfile"
                        : "pip install -r requirements.txt  # or: pip install -e .",
            };
        case "oom":
            return {
                summary: `out of memory${at}: ${msg}`,
                fix: "The process ran out of memory (exit 137 is the OOM killer's SIGKILL). Reduce parallelism or batch sizes, fix leaks, or use a larger runner; for Node raise `--max-old-space-size` only knowingly.",
                reproduce: "/usr/bin/time -v <the failing command>  # watch 'Maximum resident set size'",
            };
        case "infrastructure":
            return {
                summary: `infrastructure: ${msg}`,
                fix: "Nothing in the code: the runner, GitHub or the network failed. Re-run the failed jobs; if it repeats, check GitHub status, runner capacity, rate limits and disk space.",
                reproduce: "gh run rerun <run-id> --failed",
            };
        case "flaky":
            return {
                summary: `flaky: ${msg}`,
                fix: "The same commit both failed and passed: a flaky test or environment. Re-run, then make it deterministic (shared state, ordering, time, network) — track it rather than ignore it.",
                reproduce: first(a.tests)
                    ? `pytest --count=10 -p random_order ${(0,paths/* shellWord */.r7)(first(a.tests) ?? "")}`
                    : "pytest --count=10 --random-order",
            };
        default: {
            if (a.cancelled)
                return {
                    summary: `cancelled: ${msg || "the job was cancelled"} — no failure of its own in the log (a newer push, a manual cancel, or a limit)`,
                    fix: "Nothing to fix in the code from this log: it only shows a cancellation. Check the run's conclusion (cancelled vs timed out) and re-run if needed.",
                    reproduce: "gh run rerun <run-id> --failed",
                };
            if (a.facts.formatter === "prettier")
                return {
                    summary: msg,
                    fix: "Run `npx prettier --write .` and commit the result.",
                    reproduce: "npx prettier --check .",
                };
            return {
                summary: p ? `${msg}${at}` : "no known failure pattern found in the log",
                fix: p
                    ? "Read the evidence lines and the step's log around them."
                    : "Open the job log; no rule recognised the failure.",
                reproduce: "gh run view <run-id> --log-failed",
            };
        }
    }
}


/***/ }),

/***/ 9223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ commandFor),
/* harmony export */   IN: () => (/* binding */ scriptTool)
/* harmony export */ });
/* unused harmony exports splitScript, parseCommand, parseScript */
// The failing step's command, as the log shows it (`##[group]Run <script>` and the script's lines in raw
// and gh logs, `Run <script>` in a copy of the web log): split into simple commands and words the way a
// POSIX shell would for plain words and quotes (no expansion), and the tool each one runs recognised
// through the wrappers people put in front (`uv run`, `poetry run`, `python -m`, `npx`, `timeout 30m`…).
// Used to name the tool and to build the reproduce command from the user's own invocation. Linear:
// one pass per character, bounded input (a step's script is capped by the scanner).
/** Splits a script into simple commands (`;`, `&&`, `||`, `|`, newlines; `\` line continuations). */
function splitScript(script) {
    const out = [];
    let words = [];
    let word = "";
    let inWord = false;
    const endWord = () => {
        if (inWord)
            words.push(word);
        word = "";
        inWord = false;
    };
    const endCommand = () => {
        endWord();
        if (words.length > 0)
            out.push(words);
        words = [];
    };
    const s = script;
    for (let i = 0; i < s.length; i++) {
        const c = s[i] ?? "";
        if (c === "\\") {
            if (s[i + 1] === "\n")
                i++;
            else if (i + 1 < s.length) {
                word += s[++i];
                inWord = true;
            }
            continue;
        }
        if (c === "'") {
            const end = s.indexOf("'", i + 1);
            const stop = end < 0 ? s.length : end;
            word += s.slice(i + 1, stop);
            inWord = true;
            i = stop;
            continue;
        }
        if (c === '"') {
            inWord = true;
            for (i++; i < s.length && s[i] !== '"'; i++) {
                if (s[i] === "\\" && (s[i + 1] === '"' || s[i + 1] === "\\" || s[i + 1] === "$" || s[i + 1] === "`"))
                    i++;
                word += s[i];
            }
            continue;
        }
        if (c === "#" && !inWord) {
            const nl = s.indexOf("\n", i);
            i = (nl < 0 ? s.length : nl) - 1;
            continue;
        }
        if (c === " " || c === "\t" || c === "\r") {
            endWord();
            continue;
        }
        if (c === "\n" || c === ";" || c === "|" || c === "&" || c === "(" || c === ")") {
            endCommand();
            continue;
        }
        word += c;
        inWord = true;
    }
    endCommand();
    return out;
}
const PROGRAMS = {
    pytest: "pytest",
    "py.test": "pytest",
    unittest: "unittest",
    mypy: "mypy",
    dmypy: "mypy",
    pyright: "pyright",
    basedpyright: "pyright",
    ruff: "ruff",
    flake8: "flake8",
    pylint: "pylint",
    black: "black",
    isort: "isort",
    tsc: "tsc",
    "vue-tsc": "tsc",
    eslint: "eslint",
    prettier: "prettier",
    biome: "biome",
    jest: "jest",
    vitest: "vitest",
    mocha: "mocha",
    node: "node",
    go: "go",
    gotestsum: "go",
    cargo: "cargo",
    mvn: "maven",
    gradle: "gradle",
    gradlew: "gradle",
    cmake: "cmake",
    pip: "pip",
    pip3: "pip",
    uv: "uv",
    poetry: "poetry",
    npm: "npm",
    yarn: "yarn",
    pnpm: "pnpm",
    alembic: "alembic",
    docker: "docker",
    "docker-compose": "docker",
};
/** Words that run the next words as a command (and how many of their own arguments to skip). */
const WRAPPERS = {
    sudo: 0,
    env: 0,
    time: 0,
    nice: 0,
    exec: 0,
    command: 0,
    xvfb_run: 0,
    "xvfb-run": 0,
    timeout: 1,
    npx: 0,
    bunx: 0,
    pipx: 0,
    coverage: 0,
};
/** `<launcher> run X` forms: uv run, poetry run, pdm run, hatch run, pipenv run, rye run, pixi run… */
const RUNNERS = new Set(["uv", "poetry", "pdm", "hatch", "pipenv", "rye", "pixi", "conda", "micromamba"]);
/** Package managers whose `exec`/`dlx`/bare-binary forms run a tool (`pnpm exec jest`, `yarn jest`). */
const JS_MANAGERS = new Set(["npm", "yarn", "pnpm", "bun"]);
/** Sub-commands of JS managers that are their own work, not a binary to run. */
const JS_MANAGER_OWN = new Set([
    "install",
    "ci",
    "i",
    "add",
    "run",
    "run-script",
    "test",
    "t",
    "build",
    "lint",
    "audit",
    "publish",
    "pack",
    "dedupe",
    "rebuild",
    "update",
    "upgrade",
    "why",
    "list",
    "ls",
    "config",
    "set",
    "version",
    "--version",
    "workspace",
    "workspaces",
]);
function basename(word) {
    const w = word.slice(word.lastIndexOf("/") + 1);
    return w.replace(/\.(?:exe|cmd|bat)$/, "");
}
function isAssignment(word) {
    return /^[A-Za-z_]\w{0,100}=/.test(word);
}
/** The tool a simple command runs, looking through assignments and wrappers. */
function parseCommand(words) {
    let i = 0;
    const n = words.length;
    for (let guard = 0; i < n && guard < 16; guard++) {
        const w = words[i] ?? "";
        const b = basename(w);
        if (isAssignment(w)) {
            i++;
            continue;
        }
        if (b in WRAPPERS) {
            i++;
            if (b === "coverage" && words[i] === "run") {
                i++;
                while (i < n && (words[i] ?? "").startsWith("-") && words[i] !== "-m")
                    i++;
                if (words[i] === "-m")
                    i++;
            }
            else if (b === "timeout") {
                while (i < n && (words[i] ?? "").startsWith("-"))
                    i++;
                i += WRAPPERS[b] ?? 0; // the duration
            }
            else {
                while (i < n && (words[i] ?? "").startsWith("-")) {
                    // npx --yes, npx -p pkg
                    if (words[i] === "-p" || words[i] === "--package")
                        i++;
                    i++;
                }
            }
            continue;
        }
        if (RUNNERS.has(b) && words[i + 1] === "run") {
            i += 2;
            while (i < n && (words[i] ?? "").startsWith("-"))
                i++;
            continue;
        }
        if (/^python(?:\d(?:\.\d{1,2})?)?$/.test(b) || b === "py") {
            let j = i + 1;
            while (j < n && (words[j] ?? "").startsWith("-") && words[j] !== "-m")
                j++;
            if (words[j] === "-m" && j + 1 < n) {
                i = j + 1;
                continue;
            }
            return { words: [...words], at: i, tool: "python", args: words.slice(i) };
        }
        if (JS_MANAGERS.has(b)) {
            const sub = words[i + 1];
            if (sub === "exec" || sub === "dlx" || sub === "x") {
                i += 2;
                while (i < n && (words[i] ?? "").startsWith("-"))
                    i++;
                continue;
            }
            if (sub !== undefined && !sub.startsWith("-") && !JS_MANAGER_OWN.has(sub) && b !== "npm") {
                const inner = PROGRAMS[basename(sub)];
                if (inner !== undefined) {
                    i++;
                    continue;
                }
            }
        }
        break;
    }
    if (i >= n)
        return { words: [...words], at: -1, tool: undefined, args: [] };
    const program = basename(words[i] ?? "");
    let tool = PROGRAMS[program];
    if (program === "ruff" && words[i + 1] === "format")
        tool = "ruff";
    return { words: [...words], at: i, tool, args: words.slice(i) };
}
/** The simple commands of a step's script, parsed. */
function parseScript(script) {
    return splitScript(script.length > 20_000 ? script.slice(0, 20_000) : script).map(parseCommand);
}
/** The category-bearing tool a step's script runs: the last simple command with a known tool wins
 * (setup lines come first: `pip install -e .` then `pytest`). */
function scriptTool(script) {
    let found;
    for (const c of parseScript(script))
        if (c.tool !== undefined)
            found = c;
    return found;
}
/** The simple command of the script that runs `tool` (the last one), if any. */
function commandFor(script, tools) {
    let found;
    for (const c of parseScript(script))
        if (c.tool !== undefined && tools.includes(c.tool))
            found = c;
    return found;
}


/***/ }),

/***/ 5265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d4: () => (/* binding */ TriageScanner)
});

// UNUSED EXPORTS: MAX_LINE_CHARS, PREFERRED_ANCHORS, PREFILTER, PREFILTER_NEEDLES, STATEFUL_TRIGGERS

// EXTERNAL MODULE: ../packages/ops-core/dist/triage/advice.js + 1 modules
var triage_advice = __webpack_require__(917);
// EXTERNAL MODULE: ../packages/ops-core/dist/triage/command.js
var triage_command = __webpack_require__(9223);
// EXTERNAL MODULE: ../packages/ops-core/dist/triage/paths.js
var paths = __webpack_require__(5438);
;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/prefilter.js
// The line pre-filter: which lines of a chunk hold any of a set of literal needles. Exact (no line holding
// a needle is dropped, none without one is kept) and linear.
//
// How: each needle is found through an *anchor*, a short substring of it (≤ 6 characters), searched with
// String.prototype.indexOf; at each place the anchor occurs, the needles it anchors are compared there.
// Several needles share one anchor ("ut" anchors "imed out", "Timeout", "No solution found", "o output"),
// so a chunk costs one native search per anchor, not per needle (33 anchors for 60 needles). V8 searches
// a pattern of up to 6 characters with memchr on its first character and compares the rest in C++
// (measured: 3-10 ms per 50 MB when that character is rare in logs, 10-16 ms when common); from 7
// characters on it switches to Boyer-Moore-Horspool, 3-10× slower here (21-33 ms per 50 MB for
// "xception", "lockfile", "Traceback", "Bad Gateway"). So an anchor is short and starts at a character
// rare in CI logs.
//
// Why not a library or regexps (issue 11; 2026-12-04, 2-core machine, load ≤ 1, best of 4, 1 MB chunks,
// 60 needles): the previous layout, 12 passes of literal alternations through V8's irregexp, 406-525 ms
// on a 50 MB generated raw log and 829-1010 ms on 46 MB of this project's corpus logs; these anchors
// 193-268 ms and 393-505 ms, the same lines. A byte loop in JavaScript (a bigram table lookup per byte,
// the usual hand-written multi-pattern filter) costs 106-196 ms per 50 MB before it does any work, and
// 250-430 ms with it; @monyone/aho-corasick 1.1.11 (its double-array "fast" variant) 396 ms per 10 MB;
// RE2 compiled to WebAssembly (@adguard/re2-wasm 1.2.0) copies the subject into its memory on every exec:
// 4.6 s for the first 200 matches of one 1 MB chunk.
//
// The anchors are a measured preference (PREFERRED_ANCHORS in scanner.ts, from the project's own corpus
// by bench/_prefilter-anchors.ts); a needle none of them covers is its own anchor, so a change of the
// needles can cost speed, never a line.
/** The longest anchor V8 still searches with memchr on its first character (kBMMinPatternLength − 1). */
const MAX_ANCHOR_CHARS = 6;
/** Builds the pre-filter for `needles`, anchored by the first of `preferred` each needle holds. */
function createPrefilter(needles, preferred) {
    for (const n of needles)
        if (n === "" || n.includes("\n"))
            throw new Error(`pre-filter needle ${JSON.stringify(n)}: empty or multi-line`);
    const distinct = [...new Set(needles)];
    const minimal = distinct.filter((n) => !distinct.some((o) => o !== n && n.includes(o)));
    const byAnchor = new Map();
    for (const needle of minimal) {
        const anchor = preferred.find((a) => a !== "" && a.length <= MAX_ANCHOR_CHARS && needle.includes(a)) ??
            needle.slice(0, MAX_ANCHOR_CHARS);
        // one offset is enough ("r" sits three times in "rror"): the search stops at every occurrence of the
        // anchor in the text, so also at the one this offset points to
        byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), [needle, needle.indexOf(anchor)]]);
    }
    const anchors = [...byAnchor.entries()].map(([text, list]) => ({
        text,
        needles: list.map(([n]) => n),
        offsets: list.map(([, at]) => at),
    }));
    return {
        needles: minimal,
        anchors: anchors.map((a) => a.text),
        lineStarts(text, start, end, out) {
            for (const { text: a, needles: ns, offsets } of anchors) {
                let p = text.indexOf(a, start);
                while (p >= 0 && p < end) {
                    let hit = false;
                    for (let i = 0; i < ns.length; i++) {
                        const s = p - (offsets[i] ?? 0);
                        // (a needle has no newline, so one that compares equal lies within p's line)
                        if (s >= start && text.startsWith(ns[i] ?? "", s)) {
                            hit = true;
                            break;
                        }
                    }
                    if (!hit) {
                        p = text.indexOf(a, p + 1);
                        continue;
                    }
                    out.push(p > start ? text.lastIndexOf("\n", p - 1) + 1 : start);
                    const nl = text.indexOf("\n", p);
                    if (nl < 0 || nl + 1 >= end)
                        break;
                    p = text.indexOf(a, nl + 1);
                }
            }
        },
        test(line) {
            return minimal.some((n) => line.includes(n));
        },
    };
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/reader.js
// The log reader: bytes or text in, normalized lines out, in bounded memory. It accepts the three shapes a
// CI log comes in and makes them look alike:
//   - raw job logs from the API: a UTF-8 BOM, every line `2024-01-01T00:00:00.0000000Z text`, ANSI codes,
//     `##[group]` / `##[endgroup]` / `##[error]` markers; continuation lines of a multi-line `##[error]`
//     carry no timestamp;
//   - `gh run view --log-failed`: `job<TAB>step<TAB>timestamp text` (gh prints ESC as a literal `^[`);
//   - a copy from the web log viewer: every line led by its line number (`12 text`), no timestamps;
//   - plain pasted logs (no timestamp, maybe ANSI, trailing spaces, CRLF).
// Trailing white space is dropped (a paste keeps the terminal's padding; rules anchor on `$`).
// A line longer than MAX_LINE_CHARS is cut (the rest is counted, never held): hostile input cannot make the
// reader, or the regular expressions after it, do more than linear work.
/** Characters of one line kept for matching; the rest of a longer line is dropped (and counted). */
const MAX_LINE_CHARS = 4096;
const BOM = "\ufeff";
function isDigit(c) {
    return c >= 48 && c <= 57;
}
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];
/**
 * Length of a GitHub timestamp prefix `YYYY-MM-DDTHH:MM:SS[.fffffff]Z ` at `at` (including the space), or 0.
 * Checked by character codes: no regular expression, constant work for a non-match.
 */
function timestampLength(s, at = 0) {
    if (s.length < at + 21)
        return 0;
    const c = (i) => s.charCodeAt(at + i);
    for (const i of DIGIT_POSITIONS)
        if (!isDigit(c(i)))
            return 0;
    if (c(4) !== 45 || c(7) !== 45 || c(10) !== 84 || c(13) !== 58 || c(16) !== 58)
        return 0;
    let i = 19;
    if (c(i) === 46) {
        i++;
        const start = i;
        while (i < start + 9 && isDigit(c(i)))
            i++;
        if (i === start)
            return 0;
    }
    if (c(i) !== 90)
        return 0; // Z
    i++;
    if (at + i === s.length)
        return i;
    return c(i) === 32 ? i + 1 : 0;
}
function parseTime(s, at, len) {
    const t = Date.parse(s.slice(at, at + len).trim());
    return Number.isNaN(t) ? undefined : t;
}
// ESC [ params letter, and gh's literal rendering `^[[…`. Bounded classes, no nesting: linear.
// OSC sequences (`ESC ] … BEL`: window titles, hyperlinks) are removed whole, their text with them.
const ANSI = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what this removes
/\u001b\[[0-9;?]{0,32}[A-Za-z]|\^\[\[[0-9;?]{0,32}[A-Za-z]|\u001b[()][AB012]|\u001b[=>]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?/g;
/** Removes ANSI colour/cursor codes (real ESC or gh's literal `^[`). */
function stripAnsi(s) {
    if (s.indexOf("\u001b") < 0 && s.indexOf("^[") < 0)
        return s;
    return s.replace(ANSI, "");
}
const MARKERS = [
    ["##[group]", "group"],
    ["##[endgroup]", "endgroup"],
    ["##[error]", "error"],
    ["##[warning]", "warning"],
    ["##[notice]", "notice"],
    ["##[command]", "command"],
    ["##[debug]", "debug"],
    ["[command]", "command"],
];
/** Stateful normalizer: feed raw lines in order, get LogLines. Remembers whether the log is timestamped. */
class LineNormalizer {
    options;
    /** `times: false` leaves `time` out (Date.parse per line is a cost the scanner has no use for). */
    constructor(options = {}) {
        this.options = options;
    }
    n = 0;
    timestamped = false;
    /** Lines are led by the web viewer's line numbers (decided on the first line: `1 …`). */
    numbered;
    get lineNumbers() {
        return this.numbered === true;
    }
    /** Whether a timestamped line was seen (a raw or gh log, not a paste or a web copy). */
    get isTimestamped() {
        return this.timestamped;
    }
    inError = false;
    /** Lines were skipped (not read) since the last call: no continuation can span them. */
    skipped() {
        this.inError = false;
    }
    normalize(rawLine, cut = false, n) {
        this.n = n ?? this.n + 1;
        let s = rawLine.length > MAX_LINE_CHARS ? rawLine.slice(0, MAX_LINE_CHARS) : rawLine;
        if (s.length !== rawLine.length)
            cut = true;
        if (s.charCodeAt(s.length - 1) === 13)
            s = s.slice(0, -1);
        if (s.startsWith(BOM))
            s = s.slice(1);
        if (this.numbered === undefined)
            this.numbered = this.n === 1 && /^1(?:[ \t]|$)/.test(s);
        if (this.numbered)
            s = stripLineNumber(s);
        let job;
        let step;
        // gh run view --log-failed: job TAB step TAB (BOM)timestamp text
        const tab1 = s.indexOf("\t");
        if (tab1 >= 0 && tab1 < 512) {
            const tab2 = s.indexOf("\t", tab1 + 1);
            if (tab2 > 0 && tab2 - tab1 < 512) {
                let at = tab2 + 1;
                if (s.charCodeAt(at) === 0xfeff)
                    at++;
                if (timestampLength(s, at) > 0) {
                    job = s.slice(0, tab1);
                    step = s.slice(tab1 + 1, tab2);
                    s = s.slice(at);
                }
            }
        }
        let time;
        const tl = timestampLength(s);
        let continuation = false;
        if (tl > 0) {
            this.timestamped = true;
            if (this.options.times !== false)
                time = parseTime(s, 0, tl);
            s = s.slice(tl);
        }
        else if (this.timestamped && this.inError) {
            continuation = true;
        }
        // \r redraws (progress bars): what stays on screen is the last non-empty segment.
        const cr = s.lastIndexOf("\r");
        if (cr >= 0) {
            const parts = s.split("\r").filter((p) => p.trim() !== "");
            s = parts[parts.length - 1] ?? "";
        }
        s = stripAnsi(s);
        if (s.length > 0 && s.charCodeAt(s.length - 1) <= 32)
            s = s.trimEnd();
        let kind = "text";
        if (s.charCodeAt(0) === 35 /* # */ || s.charCodeAt(0) === 91 /* [ */) {
            for (const [marker, k] of MARKERS) {
                if (s.startsWith(marker)) {
                    kind = k;
                    s = s.slice(marker.length);
                    break;
                }
            }
        }
        // the web viewer shows `##[error]x` as `Error: x`
        if (kind === "text" && this.numbered && s.startsWith("Error: ")) {
            kind = "error";
            s = s.slice(7);
        }
        if (kind === "error")
            this.inError = true;
        else if (!continuation)
            this.inError = false;
        const line = { n: this.n, text: s, kind, continuation, cut };
        if (time !== undefined)
            line.time = time;
        if (job !== undefined)
            line.job = job;
        if (step !== undefined)
            line.step = step;
        return line;
    }
}
/** A web copy's leading line number (`12 text`, `12\ttext`, or a number alone) removed. */
function stripLineNumber(s) {
    let i = 0;
    while (i < s.length && i < 8 && isDigit(s.charCodeAt(i)))
        i++;
    if (i === 0)
        return s;
    if (i === s.length)
        return "";
    const c = s.charCodeAt(i);
    return c === 32 || c === 9 ? s.slice(i + 1) : s;
}
/** The text of a raw line without gh columns, BOM, timestamp, ANSI codes and `##[…]` marker (stateless);
 * `numbered` for a web copy's lines. */
function cleanText(rawLine, numbered = false) {
    return new LineNormalizer({ times: false }).normalize(numbered ? stripLineNumber(rawLine) : rawLine, false, 2).text;
}
/**
 * Splits chunks into raw lines, holding at most MAX_LINE_CHARS of a line: the rest of a longer line is
 * skipped until the next newline. Bytes are decoded as UTF-8 (streaming, so a character split across chunks
 * survives). Synchronous: the caller's per-line work runs in the same loop (no promise per line).
 */
class LineSplitter {
    decoder = new TextDecoder("utf-8");
    carry = "";
    cut = false;
    push(chunk, onLine) {
        const text = typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true });
        let start = 0;
        for (;;) {
            const nl = text.indexOf("\n", start);
            if (nl < 0)
                break;
            if (this.carry !== "" || this.cut) {
                const room = MAX_LINE_CHARS - this.carry.length;
                const piece = room > 0 ? text.slice(start, Math.min(nl, start + room)) : "";
                const cut = this.cut || nl - start > room;
                const whole = this.carry + piece;
                this.carry = "";
                this.cut = false;
                onLine(whole, cut);
            }
            else if (nl - start > MAX_LINE_CHARS) {
                onLine(text.slice(start, start + MAX_LINE_CHARS), true);
            }
            else {
                onLine(text.slice(start, nl), false);
            }
            start = nl + 1;
        }
        if (start < text.length) {
            const room = MAX_LINE_CHARS - this.carry.length;
            if (room > 0)
                this.carry += text.slice(start, Math.min(text.length, start + room));
            if (text.length - start > room)
                this.cut = true;
        }
    }
    end(onLine) {
        const tail = this.decoder.decode();
        if (tail !== "")
            this.carry += tail.slice(0, Math.max(0, MAX_LINE_CHARS - this.carry.length));
        if (this.carry !== "" || this.cut)
            onLine(this.carry, this.cut);
        this.carry = "";
        this.cut = false;
    }
}
/** Raw chunks → normalized LogLines (convenience for tests and small inputs). */
async function* readLog(chunks) {
    const normalizer = new LineNormalizer();
    const splitter = new LineSplitter();
    const out = [];
    const take = (raw, cut) => out.push(normalizer.normalize(raw, cut));
    for await (const chunk of chunks) {
        splitter.push(chunk, take);
        yield* out.splice(0);
    }
    splitter.end(take);
    yield* out.splice(0);
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/tools/install.js
// Package managers: npm, pnpm, yarn, pip, uv, poetry, go modules, apt.
/** npm codes that say the network or its certificates failed, not the dependencies. */
const NPM_NETWORK_CODES = new Set([
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "CERT_HAS_EXPIRED",
    "ECONNRESET",
    "ETIMEDOUT",
    "ENOTFOUND",
    "EAI_AGAIN",
    "ECONNREFUSED",
    "E500",
    "E502",
    "E503",
    "E504",
]);
/** The file a package manager's message is about (its lock file or requirements line). */
function lockFile(text) {
    const req = /-r (\S{1,400}) \(line (\d{1,7})\)/.exec(text);
    if (req)
        return { location: { path: req[1] ?? "", line: Number(req[2]) } };
    for (const f of [
        "poetry.lock",
        "package-lock.json",
        "pnpm-lock.yaml",
        "yarn.lock",
        "uv.lock",
        "Cargo.lock",
    ])
        if (text.includes(f))
            return { files: [f] };
    return {};
}
/**
 * Short literals one of which the line always holds (for the pre-filter: scanner.ts); a long phrase in
 * the pre-filter's alternation costs more than the rare line it finds. Those printed after an error
 * prefix (pip's `ERROR:`, yarn's and cargo's `error`) need no literal of their own.
 */
const TRIGGERS = {
    "Could not find a version that satisfies": ["ERR"],
    "No matching distribution found": ["ERR"],
    ResolutionImpossible: ["ERR"],
    "Could not install packages due to": ["ERR"],
    "Couldn't find any versions for": ["rror"],
    "cannot create the lock file": ["rror"],
    "needs to be updated but --locked was passed": ["rror"],
    "version solving failed": ["fail"],
    "Failed building wheel for": ["Fail"],
    "Failed to build one or more wheels": ["Fail"],
    "Failed to build installable wheels": ["Fail"],
    ERR_PNPM_: ["ERR"],
    "missing go.sum entry": ["go.sum"],
    "lockfile needs to be updated": ["lockfile"],
    "The lockfile would have been modified": ["lockfile"],
    "No solution found when resolving dependencies": ["No solution found"],
    "Couldn't find package": ["rror"],
    "no matching package named": ["rror"],
    "Cannot install -r ": ["ERR"],
    "is not consistent with pyproject.toml": ["rror"],
    "since poetry.lock was last generated": ["poetry.lock"],
};
/**
 * Lines only pip prints (its resolver and wheel builder): they name the tool when the paste has no
 * command; a `uv pip` or poetry step keeps its own tool.
 */
const PIP_LINES = new Set([
    "Could not find a version that satisfies",
    "No matching distribution found",
    "ResolutionImpossible",
    "Could not install packages due to",
    "Failed building wheel for",
    "Failed to build one or more wheels",
    "Failed to build installable wheels",
    "Cannot install -r ",
]);
/** Lines only one JavaScript package manager prints (pnpm's error codes, yarn 1's resolver). */
const JS_LINES = {
    ERR_PNPM_: "pnpm",
    "Couldn't find package": "yarn",
    "Couldn't find any versions for": "yarn",
};
function triggersOf(needle) {
    const t = TRIGGERS[needle];
    return t ? { triggers: t } : {};
}
const INSTALL_RULES = [
    // ---- dependency installation
    {
        id: "npm.code",
        tools: ["npm"],
        needle: " code ",
        // "npm error code E…" / "npm ERR! code E…"
        triggers: ["rror", "ERR"],
        re: /^npm (?:ERR!|error) code ([A-Z][A-Z0-9_]{1,40})/,
        hit: (m, text) => m[1] === "ELIFECYCLE"
            ? undefined
            : NPM_NETWORK_CODES.has(m[1] ?? "")
                ? { category: "infrastructure", weight: 3, message: text.trim(), facts: { code: m[1] ?? "" } }
                : { category: "dependency_install", weight: 3, message: text.trim(), facts: { code: m[1] ?? "" } },
    },
    {
        // A dependency's install script failed. npm 6: `npm ERR! node-sass@4.14.1 postinstall: `node x.js``
        // (its ELIFECYCLE code says only "a script failed"; `npm test` failing prints the same code with a
        // `test:` line). npm 6 does not say whether the package is the project itself: an install-time script
        // is read as the installation failing.
        id: "npm.install-script",
        tools: ["npm"],
        needle: "install: ",
        triggers: ["ERR"],
        re: /^npm ERR! (@?[\w.-]{1,214}(?:\/[\w.-]{1,214})?@[\w.+-]{1,64}) (preinstall|install|postinstall): /,
        hit: (m, text) => ({
            category: "dependency_install",
            weight: 3,
            message: text.trim(),
            facts: { package: m[1] ?? "", script: m[2] ?? "" },
        }),
    },
    {
        // npm 7+: `npm error path /…/node_modules/esbuild` then `npm error command failed`: the script that
        // failed ran in a dependency's directory (the project's own script has the project's path).
        id: "npm.dependency-script",
        tools: ["npm"],
        needle: "/node_modules/",
        triggers: ["rror"],
        re: /^npm (?:ERR!|error) path (\S{0,400}\/node_modules\/\S{1,400})$/,
        hit: (m, text) => ({
            category: "dependency_install",
            weight: 3,
            message: text.trim(),
            facts: { path: m[1] ?? "" },
        }),
    },
    {
        // npm 7+: a script npm ran exited non-zero (`npm error command sh -c node scripts/postinstall.js`);
        // the script's own output above says why, so this is the fallback that carries its stack's location.
        id: "npm.script-failed",
        tools: ["npm"],
        needle: "error command ",
        re: /^npm error command (?:\S{0,200}[\\/])?(?:sh -c|bash -c|cmd\.exe \/d \/s \/c) (.{1,2000})$/,
        hit: (m, text) => ({
            category: "other",
            weight: 1,
            message: text.trim(),
            facts: { script: m[1] ?? "" },
        }),
    },
    {
        // pip's (urllib3's) last retry of a request whose connection broke (DNS, refused, timed out, TLS):
        // `WARNING: Retrying (Retry(total=0, …)) after connection broken by 'NewConnectionError(…)': /simple/x/`.
        // pip then says only "Could not find a version … (from versions: none)" or, inside a build
        // subprocess, "metadata-generation-failed": the index was out of reach, not the requirement wrong.
        // Indented when a build subprocess (setup_requires) fetched. Only `total=0` (retries exhausted): an earlier retry that then succeeds is no failure.
        id: "pip.retries-exhausted",
        tools: ["pip"],
        needle: "Retrying (Retry(total=0,",
        triggers: ["Retrying"],
        re: /^ {0,40}WARNING: Retrying \(Retry\(total=0,/,
        hit: (_m, text) => ({
            category: "infrastructure",
            weight: 3,
            message: text.trim(),
        }),
    },
    {
        // pnpm under ERR_PNPM_OUTDATED_LOCKFILE: `╰─▶ Cannot install with "frozen-lockfile" because
        // pnpm-lock.yaml is not up to date with package.json.` (the code line does not name the file)
        id: "pnpm.lockfile",
        tools: ["pnpm"],
        needle: "frozen-lockfile",
        re: /Cannot install with "frozen-lockfile" because (\S{0,300}pnpm-lock\.yaml) is not/,
        hit: (m, text) => ({
            category: "dependency_install",
            weight: 3,
            message: text.trim(),
            files: [m[1] ?? "pnpm-lock.yaml"],
        }),
    },
    {
        id: "npm.lockfile",
        tools: ["npm"],
        needle: "can only install packages when",
        // printed as an npm error
        triggers: ["rror", "ERR"],
        re: /can only install packages when your package\.json and package-lock\.json/,
        hit: () => ({
            category: "dependency_install",
            weight: 3,
            message: "npm ci: package.json and package-lock.json are out of sync",
            files: ["package-lock.json"],
        }),
    },
    ...[
        "Could not find a version that satisfies",
        "No matching distribution found",
        "Failed building wheel for",
        "Failed to build one or more wheels",
        "Failed to build installable wheels",
        "ResolutionImpossible",
        "Could not install packages due to",
        "SolverProblemError",
        "version solving failed",
        "No solution found when resolving dependencies",
        "ERR_PNPM_",
        "Couldn't find any versions for",
        "The lockfile would have been modified",
        "missing go.sum entry",
        "Unable to locate package",
        "lockfile needs to be updated",
        "cannot create the lock file",
        "needs to be updated but --locked was passed",
        "Couldn't find package",
        "no matching package named",
        "Cannot install -r ",
        "is not consistent with pyproject.toml",
        "since poetry.lock was last generated",
    ].map((needle) => ({
        ...(PIP_LINES.has(needle)
            ? { id: "pip.install", tools: ["pip", "uv", "poetry"] }
            : JS_LINES[needle]
                ? { id: `${JS_LINES[needle]}.install`, tools: [JS_LINES[needle]] }
                : { id: "deps.install", tools: [] }),
        needle,
        ...triggersOf(needle),
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({
            category: "dependency_install",
            weight: 3,
            message: text.trim(),
            ...lockFile(text),
        }),
    })),
];

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/rule.js
// One line rule: what a tool really prints when it fails, mapped to a category and a weight (types.ts).
// Every expression is anchored at the start of the (already cut) line or begins with a literal, and has
// bounded repetitions with no nested quantifiers: matching is linear in the line's length. A rule runs only
// when its `needle` (a plain substring) is in the line, so most lines cost one combined pre-filter test.
const PY = String.raw `[^\s:"'()]{1,400}\.pyi?`;
function num(s) {
    return s === undefined ? 0 : Number(s);
}
/** A literal string as a regular expression source. */
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/tools/javascript.js
// JavaScript/TypeScript tools: tsc, eslint, jest and vitest, their coverage gates, prettier.

/** A source file a JS linter or formatter gate is about (not docs or data: `.md`, `.yml`). */
function isCodeFile(path) {
    return /\.(?:[cm]?[jt]sx?|vue|svelte|astro|css|scss|less)$/.test(path);
}
const JAVASCRIPT_RULES = [
    // ---- TypeScript (tsc plain and --pretty)
    {
        id: "tsc.error",
        tools: ["tsc"],
        needle: "error TS",
        re: /^([^\s():]{1,400})\((\d{1,7}),(\d{1,5})\): error (TS\d{1,6}): (.{0,2000})$/,
        hit: (m) => ({
            category: "typescript",
            weight: 3,
            message: `${m[4]}: ${m[5]}`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
        }),
    },
    {
        id: "tsc.pretty",
        tools: ["tsc"],
        needle: "error TS",
        re: /^([^\s():]{1,400}):(\d{1,7}):(\d{1,5}) - error (TS\d{1,6}): (.{0,2000})$/,
        hit: (m) => ({
            category: "typescript",
            weight: 3,
            message: `${m[4]}: ${m[5]}`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
        }),
    },
    {
        id: "tsc.global",
        tools: ["tsc"],
        needle: "error TS",
        re: /^error (TS\d{1,6}): (.{0,2000})$/,
        hit: (m) => ({
            category: "typescript",
            weight: 3,
            message: `${m[1]}: ${m[2]}`,
            facts: { code: m[1] ?? "" },
        }),
    },
    // ---- eslint summary (the per-file lines are stateful: see scanner.ts)
    {
        id: "eslint.problems",
        triggers: ["rror"],
        tools: ["eslint"],
        needle: "problem",
        re: /^✖ (\d{1,7}) problems? \((\d{1,7}) errors?, (\d{1,7}) warnings?\)/,
        hit: (m) => num(m[2]) > 0 || num(m[3]) > 0
            ? { category: "eslint", weight: 2, message: m[0], facts: { errors: num(m[2]), warnings: num(m[3]) } }
            : undefined,
    },
    {
        id: "coverage.jest",
        tools: ["jest"],
        needle: "coverage threshold",
        re: /coverage threshold for (\w{1,20}) \(([\d.]{1,8})%\) not met: ([\d.]{1,8})%/,
        hit: (m) => ({
            category: "coverage_drop",
            weight: 3,
            message: `${m[1]} coverage ${m[3]}% is below the required ${m[2]}%`,
            facts: { metric: m[1] ?? "", required: `${m[2]}%`, actual: `${m[3]}%` },
        }),
    },
    {
        id: "coverage.vitest",
        tools: ["vitest", "jest"],
        needle: "does not meet",
        // "… does not meet global threshold (90%)"
        triggers: ["threshold"],
        // vitest's, and jest's `Jest: Coverage for lines (52%) does not meet "global" threshold (90%)`
        re: /Coverage for (\w{1,20}) \(([\d.]{1,8})%\) does not meet (?:"?global"? )?threshold \(([\d.]{1,8})%\)/,
        hit: (m) => ({
            category: "coverage_drop",
            weight: 3,
            message: `${m[1]} coverage ${m[2]}% is below the required ${m[3]}%`,
            facts: { metric: m[1] ?? "", required: `${m[3]}%`, actual: `${m[2]}%` },
        }),
    },
    // ---- vitest / jest
    {
        id: "vitest.fail",
        tools: ["vitest", "jest"],
        needle: "FAIL",
        re: /^\s{0,4}FAIL\s{1,4}(\S{1,500}\.[cm]?[jt]sx?)(?: > (.{1,2000}))?$/,
        hit: (m) => {
            const file = m[1] ?? "";
            // vitest's `[ project ]` and `(initial run, 1st retry, …)` suffixes are not part of the name
            const name = (m[2] ?? "")
                .replace(/\s{1,4}\[[^\]]{0,500}\]$/, "")
                .replace(/ \((?:initial run|retry)[^()]{0,500}\)$/, "")
                .trim();
            if (name === "")
                return { category: "test_failure", weight: 2, message: `${file} failed`, tests: [file] };
            const id = `${file} > ${name}`;
            return { category: "test_failure", weight: 3, message: id, tests: [id] };
        },
    },
    {
        id: "jest.test",
        tools: ["jest", "vitest"],
        needle: "●",
        re: /^\s{0,8}● (.{1,2000})$/,
        hit: (m) => {
            const name = (m[1] ?? "").trim();
            if (/^Console\b|^Test suite failed to run/.test(name))
                return undefined;
            return { category: "test_failure", weight: 3, message: name, tests: [name] };
        },
    },
    // ---- formatters that are not ruff
    {
        id: "prettier.check",
        tools: ["prettier"],
        needle: "Code style issues found",
        re: /Code style issues found in (?:the above file|\d{1,7} files)/,
        // the category is settled by the files listed above it (scanner.ts: code files make it eslint's)
        hit: (_m, text) => ({
            category: "other",
            weight: 3,
            message: `formatting (prettier): ${text.trim()}`,
            facts: { formatter: "prettier" },
        }),
    },
    {
        id: "prettier.file",
        tools: ["prettier"],
        needle: "[warn] ",
        re: /^\[warn\] (\S{1,1000})$/,
        hit: (m) => ({
            category: isCodeFile(m[1] ?? "") ? "eslint" : "other",
            weight: 2,
            message: `formatting (prettier): ${m[1]} would be reformatted`,
            facts: { formatter: "prettier" },
            files: [m[1] ?? ""],
        }),
    },
    // ---- a module a test file imports is missing (jest's `Cannot find module 'x' from 'f'`, vitest's and
    // node's `Error: Cannot find module 'x' imported from /path/f`)
    {
        id: "js.cannot-find-module",
        tools: ["jest", "vitest", "mocha", "node"],
        needle: "Cannot find module",
        triggers: ["annot find module"],
        re: /^\s{0,8}(?:Error: )?Cannot find module '([^']{1,500})'(?: from '([^']{1,500})'| imported from (\S{1,500}))?/,
        hit: (m) => ({
            category: "import_error",
            weight: 3,
            message: `cannot find module ${m[1]}${m[2] || m[3] ? ` (imported from ${m[2] ?? m[3]})` : ""}`,
            ...(m[2] || m[3] ? { files: [m[2] ?? m[3] ?? ""] } : {}),
        }),
    },
    // ---- eslint's unix formatter: `path:4:3: message [Error/no-var]`
    {
        id: "eslint.unix",
        tools: ["eslint"],
        needle: "rror/",
        triggers: ["rror/"],
        re: /^([^\s:]{1,400}):(\d{1,7}):(\d{1,5}): (.{0,2000}) \[(Error|Warning)\/([@\w/-]{1,100})\]$/,
        hit: (m) => ({
            category: "eslint",
            weight: m[5] === "Error" ? 3 : 1,
            message: `${m[4]} (${m[6]})`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[4], code: m[6] },
        }),
    },
    // ---- eslint's compact formatter: `path: line 4, col 3, Error - message (rule)`
    {
        id: "eslint.compact",
        tools: ["eslint"],
        needle: ", Error - ",
        triggers: ["rror - "],
        re: /^([^\s:]{1,400}): line (\d{1,7}), col (\d{1,5}), (Error|Warning) - (.{0,2000}?)(?: \(([@\w/-]{1,100})\))?$/,
        hit: (m) => ({
            category: "eslint",
            weight: m[4] === "Error" ? 3 : 1,
            message: `${m[5]}${m[6] ? ` (${m[6]})` : ""}`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[6] },
        }),
    },
    // ---- biome (`path:12:3 lint/style/useConst  FIXABLE  ━━━`, `path format ━━━`)
    {
        id: "biome.lint",
        tools: ["biome"],
        needle: "━━",
        re: /^([^\s:]{1,400}):(\d{1,7}):(\d{1,5}) (lint\/[\w/]{1,120}|assist\/[\w/]{1,120})\s.{0,200}━$/,
        hit: (m) => ({
            category: "eslint",
            weight: 3,
            message: `${m[4]} at ${m[1]}:${m[2]}:${m[3]}`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), code: m[4] },
        }),
    },
    {
        id: "biome.format",
        tools: ["biome"],
        needle: "━━",
        re: /^([^\s:]{1,400}) (format|organizeImports)\s.{0,200}━$/,
        hit: (m) => ({
            category: isCodeFile(m[1] ?? "") ? "eslint" : "other",
            weight: 3,
            message: `formatting (biome): ${m[1]} would be reformatted`,
            facts: { formatter: "biome" },
            files: [m[1] ?? ""],
        }),
    },
    // ---- mocha (`N failing`, then `  1) suite` / `       test:` blocks: scanner.ts)
    {
        id: "mocha.failing",
        tools: ["mocha"],
        needle: " failing",
        re: /^\s{0,4}(\d{1,7}) failing$/,
        hit: (m) => ({
            category: "test_failure",
            weight: 2,
            message: `${m[1]} test(s) failing`,
            facts: { failed: num(m[1]) },
        }),
    },
    // ---- vitest retries: a test that passed on a retry (`✓ id 7ms (retry x1)`) is flaky, by evidence
    {
        id: "vitest.retried",
        tools: ["vitest"],
        needle: "(retry x",
        re: /^\s{0,8}✓ (.{1,2000}?)(?: \d{1,7}m?s)? \(retry x(\d{1,3})\)$/,
        hit: (m) => ({
            category: "flaky",
            weight: 0,
            message: `${m[1]} passed on retry ${m[2]}`,
            flaky: [m[1] ?? ""],
            tool: "vitest",
        }),
    },
    // ---- jest retries (`jest.retryTimes(n, { logErrorsBeforeRetry: true })`): ` LOGGING RETRY ERRORS  full
    // name` before each retried test's errors; the suite's `PASS|FAIL path` line follows its retries. A retried
    // test that is not among the suite's final failures passed on a retry: flaky (resolved in scanner.ts).
    {
        id: "jest.retry",
        tools: ["jest"],
        needle: "LOGGING RETRY ERRORS",
        re: /^\s{0,4}LOGGING RETRY ERRORS\s{1,8}(\S.{0,2000}?)\s{0,8}$/,
        hit: (m) => ({
            category: "flaky",
            weight: 0,
            message: `${m[1]} was retried`,
            facts: { jestRetried: m[1] ?? "" },
            tool: "jest",
        }),
    },
    {
        id: "jest.suite-pass",
        tools: ["jest"],
        needle: "PASS ",
        re: /^\s{0,4}PASS\s{1,4}(\S{1,500}\.[cm]?[jt]sx?)(?: \([\d.]{1,12} m?s\))?$/,
        hit: (m) => ({
            category: "test_failure",
            weight: 0,
            message: `${m[1]} passed`,
            facts: { jsSuite: m[1] ?? "" },
        }),
    },
];

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/tools/native.js
// Compiled-language test runners: cargo test, Maven Surefire, Gradle, go test.

const NATIVE_RULES = [
    // ---- docker build (BuildKit): what failed inside is the cause; docker is the tool that reported it
    {
        id: "docker.solve",
        tools: ["docker"],
        needle: "failed to solve",
        re: /^(?:#\d{1,5} )?ERROR: failed to solve: (.{1,2000})$/,
        hit: (m, text) => ({ category: "other", weight: 1, message: text.trim(), facts: { build: m[1] ?? "" } }),
    },
    {
        // the classic builder (DOCKER_BUILDKIT=0, no buildx): `The command '/bin/sh -c make' returned a
        // non-zero code: 2` (a long command may wrap: the line's start is enough)
        id: "docker.solve",
        tools: ["docker"],
        needle: "The command '",
        re: /^The command '(?:\/bin\/sh -c|cmd \/S \/C) (.{1,2000})$/,
        hit: (m, text) => ({ category: "other", weight: 1, message: text.trim(), facts: { build: m[1] ?? "" } }),
    },
    {
        // the Dockerfile frame BuildKit prints above `failed to solve`: `Dockerfile:4` over `>>>` the instruction
        id: "docker.dockerfile",
        tools: ["docker"],
        needle: "ockerfile:",
        re: /^([\w./-]{0,300}(?:Dockerfile|Containerfile|dockerfile)[\w.-]{0,100}):(\d{1,6})$/,
        hit: (m, text) => ({
            category: "other",
            weight: 1,
            message: text.trim(),
            location: { path: m[1] ?? "", line: Number(m[2]) },
        }),
    },
    // ---- cargo test, maven surefire, gradle
    {
        id: "cargo.test",
        tools: ["cargo"],
        needle: "FAILED",
        re: /^test (\S{1,500}) \.\.\. FAILED$/,
        hit: (m) => ({ category: "test_failure", weight: 3, message: `${m[1]} failed`, tests: [m[1] ?? ""] }),
    },
    {
        id: "maven.test",
        tools: ["maven"],
        needle: "[ERROR]",
        re: /^\[ERROR\]\s{1,8}(?:Run \d{1,4}: )?([A-Za-z_$][\w$.]{0,300})\.(\w{1,200}):(\d{1,7})(?: (.{0,2000}))?$/,
        hit: (m) => {
            const id = `${m[1]}.${m[2]}`;
            return { category: "test_failure", weight: 3, message: `${id}${m[4] ? ` ${m[4]}` : ""}`, tests: [id] };
        },
    },
    {
        id: "maven.totals",
        triggers: ["ERROR"],
        tools: ["maven"],
        needle: "Tests run:",
        re: /^\[ERROR\] Tests run: \d{1,7}, Failures: (\d{1,7}), Errors: (\d{1,7})/,
        hit: (m) => num(m[1]) + num(m[2]) > 0
            ? { category: "test_failure", weight: 2, message: m[0], facts: { failed: num(m[1]) + num(m[2]) } }
            : undefined,
    },
    {
        id: "gradle.test",
        tools: ["gradle"],
        needle: " FAILED",
        re: /^(\S{1,300}) > (.{1,300}) FAILED$/,
        hit: (m) => {
            const id = `${m[1]} > ${m[2]}`;
            return { category: "test_failure", weight: 3, message: `${id} failed`, tests: [id] };
        },
    },
    // ---- go test
    {
        id: "go.fail",
        tools: ["go"],
        needle: "--- FAIL",
        re: /^\s{0,40}--- FAIL: (\S{1,500}) \(/,
        hit: (m) => ({ category: "test_failure", weight: 3, message: `${m[1]} failed`, tests: [m[1] ?? ""] }),
    },
    // a pass, for `-count=N` (and re-runs in one log): a test that both failed and passed is flaky (scanner.ts)
    {
        id: "go.pass",
        tools: ["go"],
        needle: "--- PASS",
        re: /^\s{0,40}--- PASS: (\S{1,500}) \(/,
        hit: (m) => ({
            category: "test_failure",
            weight: 0,
            message: `${m[1]} passed`,
            facts: { goPassed: m[1] ?? "" },
        }),
    },
    {
        id: "go.timeout",
        tools: ["go"],
        needle: "test timed out",
        re: /^panic: test timed out after (\S{1,40})/,
        hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: m[1] ?? "" } }),
    },
    {
        id: "go.package",
        tools: ["go"],
        needle: "FAIL\t",
        // `FAIL\texample.com/m/pkg\t0.01s`, `FAIL\texample.com/m/pkg [build failed]`
        re: /^FAIL\t(\S{1,500})(?:\t| \[(build failed|setup failed)\])/,
        hit: (m) => ({
            category: m[2] ? "other" : "test_failure",
            weight: 2,
            message: `${m[1]}${m[2] ? ` ${m[2]}` : " failed"}`,
            facts: { goPackage: m[1] ?? "" },
        }),
    },
    {
        id: "go.stack",
        tools: ["go"],
        needle: ".go:",
        // the frames follow a `panic:` line, after which the scanner reads on (GO_PANIC_LINES)
        triggers: ["panic"],
        // a goroutine's frame: `\t/home/runner/work/r/r/pkg/x_test.go:14 +0x76` (the project's frames only)
        re: /^\s{1,8}(\/?[^\s:]{1,400}\.go):(\d{1,7}) \+0x[0-9a-f]{1,16}$/,
        hit: (m) => /(?:^|\/)_testmain\.go$|\/go\/pkg\/mod\/|^\/usr\/(?:local\/)?(?:lib\/)?go/.test(m[1] ?? "")
            ? undefined
            : {
                category: "test_failure",
                weight: 0,
                message: "frame",
                location: { path: m[1] ?? "", line: num(m[2]) },
            },
    },
    // ---- go test -json (test2json): one JSON object per event
    {
        id: "go.json-fail",
        tools: ["go"],
        needle: '"Action":"fail"',
        triggers: ['"Action":"fail"'],
        re: /"Action":"fail","Package":"([^"]{1,500})"(?:,"Test":"([^"]{1,500})")?/,
        hit: (m) => m[2]
            ? {
                category: "test_failure",
                weight: 3,
                message: `${m[2]} failed`,
                tests: [m[2]],
                facts: { goPackage: m[1] ?? "" },
            }
            : {
                category: "test_failure",
                weight: 2,
                message: `${m[1]} failed`,
                facts: { goPackage: m[1] ?? "" },
            },
    },
    {
        id: "go.json-pass",
        tools: ["go"],
        needle: '"Action":"pass"',
        re: /"Action":"pass","Package":"[^"]{1,500}","Test":"([^"]{1,500})"/,
        hit: (m) => ({
            category: "test_failure",
            weight: 0,
            message: `${m[1]} passed`,
            facts: { goPassed: m[1] ?? "" },
        }),
    },
    {
        id: "go.json-output",
        tools: ["go"],
        needle: '"Output":"',
        triggers: ["_test.go:"],
        re: /"Output":" {4,12}([\w./-]{1,400}_test\.go):(\d{1,7}): /,
        hit: (m) => ({
            category: "test_failure",
            weight: 0,
            message: "location",
            location: { path: m[1] ?? "", line: num(m[2]) },
        }),
    },
    {
        id: "go.missing-module",
        tools: ["go"],
        needle: "cannot find module providing package",
        triggers: ["annot find module"],
        re: /^([^\s:]{1,400}\.go):(\d{1,7}):(\d{1,5}): cannot find module providing package (\S{1,500})/,
        hit: (m) => ({
            category: "dependency_install",
            weight: 3,
            message: `no module provides ${m[4]}: add it with go get`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]) },
        }),
    },
    // ---- cargo: panics, rustc's diagnostics (scanner.ts, at their ` --> ` line), rustfmt's diffs
    {
        id: "cargo.panic",
        tools: ["cargo"],
        needle: "panicked at",
        // "thread 't' panicked at …"
        triggers: ["panic"],
        // Rust ≥ 1.73: `thread 't' (123) panicked at src/lib.rs:45:9:`; before: `panicked at 'msg', src/lib.rs:45:9`
        re: /^thread '([^']{1,500})'(?: \(\d{1,12}\))? panicked at (?:'.{0,2000}', )?([^\s:']{1,400}\.rs):(\d{1,7}):(\d{1,5}):?$/,
        hit: (m) => {
            const name = m[1] ?? "";
            const location = { path: m[2] ?? "", line: num(m[3]), column: num(m[4]) };
            return name === "main"
                ? { category: "other", weight: 2, message: `panic at ${m[2]}:${m[3]}`, location }
                : { category: "test_failure", weight: 3, message: `${name} panicked`, tests: [name], location };
        },
    },
    {
        id: "cargo.fmt",
        tools: ["cargo"],
        needle: "Diff in ",
        re: /^Diff in (\S{1,400}\.rs)(?::(\d{1,7}))?:?$/,
        hit: (m) => ({
            category: "other",
            weight: 3,
            message: `formatting (rustfmt): ${m[1]}`,
            facts: { formatter: "rustfmt" },
            ...(m[2] ? { location: { path: m[1] ?? "", line: num(m[2]) } } : { files: [m[1] ?? ""] }),
        }),
    },
];

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/tools/python.js
// Python tools: mypy, ruff (and flake8/pylint in the same concise form), pytest, unittest, coverage.py.

/**
 * A pytest node id and the message after it (` - message`): the id ends at the first ` - ` outside
 * brackets, so parametrize ids with spaces or dashes (`test_x[a b-1]`, `test_y[p - q]`) stay whole.
 */
function pytestId(rest) {
    let depth = 0;
    for (let i = 0; i < rest.length; i++) {
        const c = rest.charCodeAt(i);
        if (c === 91)
            depth++;
        else if (c === 93)
            depth = Math.max(0, depth - 1);
        else if (c === 32 && depth === 0 && rest.startsWith(" - ", i))
            return { id: rest.slice(0, i), message: rest.slice(i + 3) };
    }
    return { id: rest.trimEnd(), message: "" };
}
/** pylint's message types: E(rror) and F(atal) are errors, W(arning) findings, C(onvention), R(efactor)
 * and I(nfo) minor ones (still failing the step by its exit code). */
function pylintHit(path, line, column, code, message) {
    const major = code[0] === "E" || code[0] === "F" || code[0] === "W";
    return {
        category: "ruff",
        weight: major ? 3 : 2,
        message: `${code} ${message}`,
        location: { path, line, column, message, code },
    };
}
const PYTHON_RULES = [
    // ---- alembic: a CommandError is logged `ERROR [alembic.util.messaging] message`, then `FAILED: message`
    {
        id: "alembic.error",
        tools: ["alembic"],
        needle: "[alembic.",
        triggers: ["ERR"],
        re: /^ERROR \[alembic\.[\w.]{1,100}\] (.{1,2000})$/,
        hit: (m, text) => ({ category: "other", weight: 1, message: (m[1] ?? text).trim() }),
    },
    // ---- mypy
    {
        id: "mypy.error",
        tools: ["mypy"],
        needle: ": error:",
        re: new RegExp(String.raw `^(${PY}):(\d{1,7})(?::(\d{1,5}))?: error: (.{0,2000})$`),
        hit: (m) => {
            const [, path = "", line, col, rest = ""] = m;
            const code = / {2}\[([a-z0-9-]{1,60})\]$/.exec(rest);
            const message = code ? rest.slice(0, code.index) : rest;
            return {
                category: "mypy",
                weight: 3,
                message: rest,
                location: { path, line: num(line), column: num(col), message, code: code?.[1] },
            };
        },
    },
    {
        id: "mypy.found",
        triggers: ["rror"],
        tools: ["mypy"],
        needle: "source file",
        re: /^Found (\d{1,7}) errors? in (\d{1,7}) files? \(checked (\d{1,7}) source files?\)/,
        hit: (m) => ({ category: "mypy", weight: 2, message: m[0], facts: { errors: num(m[1]) } }),
    },
    // ---- ruff / flake8 (concise: path:line:col: CODE message)
    {
        id: "ruff.concise",
        triggers: [],
        lookback: true,
        tools: ["ruff", "flake8", "pylint"],
        needle: ".py",
        re: new RegExp(String.raw `^(${PY}):(\d{1,7}):(\d{1,5}): ([A-Z]{1,4}\d{1,4}) (?:\[\*\] )?(.{0,2000})$`),
        hit: (m) => ({
            category: "ruff",
            weight: 3,
            message: `${m[4]} ${m[5]}`,
            location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
        }),
    },
    {
        // ruff check's closing line (after `Found N errors.`; biome says "Found N errors." too, not this):
        // the findings themselves may be only counts (`--statistics`) or in a format no rule reads
        id: "ruff.summary",
        tools: ["ruff"],
        needle: "fix",
        triggers: ["fixable with the", "No fixes available"],
        re: /^(?:\[\*\] \d{1,7} fixable with the `--fix` option|No fixes available \(\d{1,7} hidden fix)/,
        hit: (_m, text) => ({ category: "ruff", weight: 2, message: text.trim() }),
    },
    {
        id: "ruff.format",
        tools: ["ruff", "black"],
        needle: "eformat",
        // "Would reformat: x" / "would reformat x"
        triggers: ["ould reformat"],
        re: /^(?:Would reformat: |would reformat )(\S{1,400})$/,
        hit: (m) => ({
            category: "ruff",
            weight: 3,
            message: `formatting: ${m[1]} would be reformatted`,
            facts: { formatter: m[0].startsWith("Would") ? "ruff" : "black" },
            tool: m[0].startsWith("Would") ? "ruff" : "black",
            files: [m[1] ?? ""],
        }),
    },
    // ---- isort
    {
        id: "isort.check",
        tools: ["isort"],
        needle: "Imports are incorrectly sorted",
        // isort's line starts `ERROR: `
        triggers: ["ERR"],
        re: /^ERROR: (.{1,1000}) Imports are incorrectly sorted/,
        hit: (m) => ({
            category: "ruff",
            weight: 3,
            message: `imports not sorted: ${m[1]}`,
            facts: { formatter: "isort" },
            files: [m[1] ?? ""],
        }),
    },
    // ---- pyright (`  path.py:12:5 - error: message (reportRule)` under a file line)
    {
        id: "pyright.error",
        tools: ["pyright"],
        needle: " - error: ",
        re: new RegExp(String.raw `^\s{0,8}(${PY}):(\d{1,7}):(\d{1,5}) - error: (.{0,2000})$`),
        hit: (m) => {
            const rest = m[4] ?? "";
            const code = / \((report\w{1,80})\)$/.exec(rest);
            return {
                category: "mypy",
                weight: 3,
                message: rest,
                location: {
                    path: m[1] ?? "",
                    line: num(m[2]),
                    column: num(m[3]),
                    message: code ? rest.slice(0, code.index) : rest,
                    code: code?.[1],
                },
            };
        },
    },
    {
        id: "pyright.summary",
        tools: ["pyright"],
        needle: "informations",
        // "N errors, M warnings, K informations"
        triggers: ["rror"],
        re: /^(\d{1,7}) errors?, \d{1,7} warnings?, \d{1,7} informations?/,
        hit: (m) => num(m[1]) > 0
            ? { category: "mypy", weight: 2, message: m[0], facts: { errors: num(m[1]) } }
            : undefined,
    },
    // ---- pylint (text `path:12:4: C0114: msg (symbol)`, parseable `path:12: [C0114(symbol), obj] msg`):
    // no word "error" in them, so read back from the score line or the step's exit code
    {
        id: "pylint.message",
        tools: ["pylint"],
        needle: ".py",
        triggers: [],
        lookback: true,
        re: new RegExp(String.raw `^(${PY}):(\d{1,7}):(\d{1,5}): ([CRWEFI]\d{4}): (.{0,2000})$`),
        hit: (m) => pylintHit(m[1] ?? "", num(m[2]), num(m[3]), m[4] ?? "", m[5] ?? ""),
    },
    {
        id: "pylint.parseable",
        tools: ["pylint"],
        needle: ".py",
        triggers: [],
        lookback: true,
        re: new RegExp(String.raw `^(${PY}):(\d{1,7}): \[([CRWEFI]\d{4})(?:\([\w-]{1,100}\))?(?:, [^\]]{0,400})?\] (.{0,2000})$`),
        hit: (m) => pylintHit(m[1] ?? "", num(m[2]), 0, m[3] ?? "", m[4] ?? ""),
    },
    // ---- pytest
    {
        id: "pytest.failed",
        tools: ["pytest"],
        needle: "FAILED",
        // the short summary (`-rf`, `-rA`), xdist's `[gw1] [ 93%] FAILED id`, and `--durations`' timing
        re: /^(?:\[gw\d{1,4}\] )?(?:\[ {0,2}\d{1,3}%\] )?FAILED (?:\[[\d.]{1,20}m?s\] )?(.{1,2000})$/,
        hit: (m) => {
            const { id, message } = pytestId(m[1] ?? "");
            if (!id.includes("::") && !/\.py$/.test(id))
                return undefined;
            return {
                category: "test_failure",
                weight: 3,
                message: `${id}${message ? ` - ${message}` : ""}`,
                tests: [id],
            };
        },
    },
    {
        id: "pytest.error",
        tools: ["pytest"],
        needle: "ERROR",
        re: /^(?:\[gw\d{1,4}\] )?(?:\[ {0,2}\d{1,3}%\] )?ERROR (?:\[[\d.]{1,20}m?s\] )?(.{1,2000})$/,
        hit: (m) => {
            const { id, message } = pytestId(m[1] ?? "");
            const rest = message ? ` - ${message}` : "";
            if (id.includes("::"))
                return { category: "test_failure", weight: 3, message: `${id} (error)${rest}`, tests: [id] };
            if (/\.py$/.test(id))
                return {
                    category: "import_error",
                    weight: 3,
                    message: `collection error in ${id}${rest}`,
                    tests: [id],
                };
            return undefined;
        },
    },
    {
        id: "pytest.progress",
        triggers: ["FAILED", "ERROR", "RERUN"],
        tools: ["pytest"],
        needle: "::",
        // `-v`: `id STATUS [ 50%]`; ids may hold spaces and brackets (`test_x[a b-1]`), or `id <- base.py`
        re: /^(\S.{0,2000}?) (FAILED|ERROR|RERUN)(?: {1,80}\[ {0,2}\d{1,3}%\])?$/,
        hit: (m) => {
            let id = m[1] ?? "";
            const from = id.indexOf(" <- ");
            if (from > 0)
                id = id.slice(0, from);
            if (!/^[^\s:]{1,400}\.py::/.test(id))
                return undefined;
            if (m[2] === "RERUN")
                return { category: "flaky", weight: 0, message: `${id} was rerun`, flaky: [id] };
            // weight 2: the short summary (or a timeout's report in the failure's section) says why
            return { category: "test_failure", weight: 2, message: `${id} ${m[2]}`, tests: [id] };
        },
    },
    {
        id: "pytest.rerun",
        tools: ["pytest"],
        needle: "RERUN",
        // pytest-rerunfailures' short summary (`-rR`) and xdist's progress: `RERUN id`
        re: /^(?:\[gw\d{1,4}\] )?(?:\[ {0,2}\d{1,3}%\] )?RERUN (.{1,2000})$/,
        hit: (m) => {
            const { id } = pytestId(m[1] ?? "");
            return id.includes("::")
                ? { category: "flaky", weight: 0, message: `${id} was rerun`, flaky: [id] }
                : undefined;
        },
    },
    {
        id: "pytest.timeout-banner",
        tools: ["pytest"],
        needle: "Timeout",
        // pytest-timeout dumping the stacks (`+++ Timeout +++`), the thread method's only report
        re: /^\+{3,100} Timeout \+{3,100}$/,
        hit: () => ({ category: "timeout", weight: 3, message: "pytest-timeout stopped a test (stacks dumped)" }),
    },
    {
        id: "pytest.collecting",
        tools: ["pytest"],
        needle: "ERROR collecting",
        re: /^_{0,200} ?ERROR collecting (\S{1,1000})/,
        hit: (m) => ({
            category: "import_error",
            weight: 3,
            message: `pytest could not collect ${m[1]}`,
            tests: [m[1] ?? ""],
        }),
    },
    {
        id: "pytest.import",
        tools: ["pytest"],
        needle: "ImportError while importing test module",
        re: /^ImportError while importing test module '([^']{1,1000})'/,
        hit: (m) => ({ category: "import_error", weight: 3, message: m[0] }),
    },
    {
        id: "pytest.totals",
        tools: ["pytest"],
        needle: " failed",
        re: /^=+ (?:.{0,200}?)(\d{1,7}) failed\b/,
        hit: (m) => ({
            category: "test_failure",
            weight: 2,
            message: `${m[1]} test(s) failed`,
            facts: { failed: num(m[1]) },
        }),
    },
    {
        id: "unittest.fail",
        triggers: ["FAIL", "ERROR"],
        tools: ["unittest", "pytest", "python"],
        needle: ": test",
        // `(module.Class.test_x)` on Python 3.11+, `(module.Class)` before; a wrapped paste may cut the `)`
        re: /^(FAIL|ERROR): (\w{1,300}) \(([\w.]{1,500})(\)?)/,
        hit: (m) => {
            const name = m[2] ?? "";
            let where = m[3] ?? "";
            const dot = where.lastIndexOf(".");
            if (m[4] === "" && dot > 0 && name.startsWith(where.slice(dot + 1)))
                where = where.slice(0, dot);
            if (where.startsWith("unittest.loader._Failed"))
                return undefined;
            const id = where.endsWith(`.${name}`) ? where : `${where}.${name}`;
            return { category: "test_failure", weight: 3, message: `${id} ${m[1]}`, tests: [id] };
        },
    },
    {
        id: "unittest.import",
        tools: ["unittest"],
        needle: "_FailedTest",
        // a test module that failed to import: `ERROR: tests.test_x (unittest.loader._FailedTest.tests.test_x)`
        re: /^ERROR: ([\w.]{1,500}) \(unittest\.loader\._FailedTest/,
        hit: (m) => ({
            category: "import_error",
            weight: 3,
            message: `test module ${m[1]} could not be imported`,
            tests: [m[1] ?? ""],
        }),
    },
    {
        id: "pytest.timeout",
        tools: ["pytest"],
        needle: "Timeout",
        re: /^(?:E\s{1,40})?(?:Failed: )?Timeout \(?>?([\d.]{1,12})s/,
        hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: `${m[1]}s` } }),
    },
    {
        id: "tests.failed-then-passed",
        tools: [],
        needle: "failed and then succeeded",
        re: /failed and then succeeded.{0,40}?\[(.{0,2000})\]/,
        hit: (m) => {
            const ids = (m[1] ?? "")
                .split(",")
                .map((s) => s.trim().replace(/^['"]|['"]$/g, ""))
                .filter((s) => s !== "");
            return { category: "flaky", weight: 0, message: "tests failed and then passed on rerun", flaky: ids };
        },
    },
    {
        id: "runner.shard-failed",
        tools: ["python"],
        needle: "failed!",
        re: /^([\w./-]{1,300}) \d{1,4}\/\d{1,4} failed!?$/,
        hit: (m) => ({ category: "test_failure", weight: 2, message: m[0], tests: [m[1] ?? ""] }),
    },
    // ---- coverage gates
    {
        id: "coverage.pytest-cov",
        tools: ["pytest"],
        needle: "Required test coverage",
        re: /Required test coverage of ([\d.]{1,8})% not reached\. Total coverage: ([\d.]{1,8})%/,
        hit: (m) => ({
            category: "coverage_drop",
            weight: 3,
            message: `coverage ${m[2]}% is below the required ${m[1]}%`,
            facts: { required: `${m[1]}%`, actual: `${m[2]}%` },
        }),
    },
    {
        id: "coverage.fail-under",
        tools: ["pytest", "python"],
        needle: "fail-under",
        re: /Coverage failure: total of ([\d.]{1,8}) is less than fail-under=([\d.]{1,8})/,
        hit: (m) => ({
            category: "coverage_drop",
            weight: 3,
            message: `coverage ${m[1]}% is below the required ${m[2]}%`,
            facts: { required: `${m[2]}%`, actual: `${m[1]}%` },
        }),
    },
];

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/tools/runner.js
// The runner and the machine: CI systems' own timeouts, exit codes, memory, infrastructure, cancellation.

function exitCodeHit(code, text) {
    if (code === 137)
        return {
            category: "oom",
            weight: 2,
            message: `exit code 137: the process was killed (SIGKILL), most often by the out-of-memory killer`,
            facts: { exitCode: code },
        };
    if (code === 124)
        return {
            category: "timeout",
            weight: 3,
            message: `exit code 124: a \`timeout\` limit stopped the command`,
            facts: { exitCode: code },
        };
    if (code === 143)
        return {
            category: "other",
            weight: 1,
            message: `exit code 143: the process was terminated (SIGTERM), e.g. by a cancellation or a timeout`,
            facts: { exitCode: code },
        };
    return { category: "other", weight: 1, message: text.trim(), facts: { exitCode: code } };
}
/**
 * Short literals that cover the runner's and CI systems' long phrases in the pre-filter (scanner.ts):
 * one alternation of many long phrases is several times slower than these few words.
 */
const runner_TRIGGERS = {
    "Job failed: execution took longer than": ["fail"],
    "Too long with no output (exceeded": ["o output"],
    "No output has been received in the last": ["o output"],
    "Build timed out (after": ["imed out"],
    "ran longer than the maximum time of": ["aximum"],
    "Build exceeded maximum time limit": ["aximum"],
    "runner has received a shutdown signal": ["unner"],
    "no enabled runners online": ["unner"],
    "was not acquired by Runner": ["unner"],
    // printed by the runner as error annotations (`##[error]…`, the web viewer's `Error: …`)
    "lost communication with the server": ["rror"],
    "An action could not be found at the URI": ["rror"],
    // docker's `toomanyrequests: You have reached your pull rate limit`
    toomanyrequests: ["rate limit"],
    "failed to come online": ["fail"],
    "custom container implementation failed": ["fail"],
    "Failed to download archive": ["Fail"],
    "Failed to resolve action download info": ["Fail"],
    "The hosted runner encountered an error": ["rror"],
    "API rate limit exceeded": ["rate limit"],
    "secondary rate limit": ["rate limit"],
    "No space left on device": ["o space left"],
    "Could not resolve host": ["resolve host"],
    "Temporary failure in name resolution": ["fail"],
    "The requested URL returned error: 50": ["rror"],
    "Cannot connect to the Docker daemon": ["Docker daemon"],
    "The operation was canceled": ["ancel"],
    "A task was canceled": ["ancel"],
    "The job was canceled": ["ancel"],
    "was cancelled": ["ancel"],
    "out of memory": ["memory"],
    "Out of memory": ["memory"],
    OutOfMemoryError: ["memory", "Memory"],
    MemoryError: ["Memory"],
    "std::bad_alloc": ["bad_alloc"],
    "Cannot allocate memory": ["memory"],
};
function runner_triggersOf(needle) {
    const t = runner_TRIGGERS[needle];
    return t ? { triggers: t } : {};
}
const RUNNER_RULES = [
    // ---- timeouts
    {
        id: "gha.step-timeout",
        tools: ["runner"],
        needle: "has timed out after",
        re: /has timed out after (\d{1,6}) minutes/,
        hit: (m, text) => ({
            category: "timeout",
            weight: 3,
            message: text.trim(),
            facts: { limit: `${m[1]} min` },
        }),
    },
    {
        id: "gha.job-timeout",
        tools: ["runner"],
        needle: "maximum execution time",
        triggers: ["aximum"],
        // `… has exceeded the maximum execution time of 360 minutes.` and the newer `… of 30m0s`
        re: /exceeded the maximum execution time of (\d{1,6} minutes|[\dhms]{1,20})/,
        hit: (m, text) => ({
            category: "timeout",
            weight: 3,
            message: text.trim(),
            facts: { limit: (m[1] ?? "").replace(" minutes", " min") },
        }),
    },
    // ---- other CI systems' own time limits
    ...[
        ["Job failed: execution took longer than", "gitlab"],
        ["Too long with no output (exceeded", "circleci"],
        ["No output has been received in the last", "travis"],
        ["Build timed out (after", "jenkins"],
        ["ran longer than the maximum time of", "azure-pipelines"],
        ["Build exceeded maximum time limit", "bitbucket"],
    ].map(([needle, system]) => ({
        id: "ci.timeout",
        ...runner_triggersOf(needle ?? ""),
        tools: ["runner"],
        needle: needle ?? "",
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({
            category: "timeout",
            weight: 3,
            message: text.trim(),
            facts: { ci: system ?? "" },
        }),
    })),
    {
        id: "timeout.returning-124",
        tools: [],
        needle: "returning 124",
        re: /took >\s?([\w.]{1,20}), returning 124/,
        hit: (m, text) => ({
            category: "timeout",
            weight: 3,
            message: text.trim(),
            facts: { limit: m[1] ?? "", exitCode: 124 },
        }),
    },
    // ---- exit codes
    {
        id: "exit.code",
        tools: [],
        needle: "exit code",
        re: /(?:exit code|exitcode) (-?\d{1,4})\b/,
        hit: (m, text) => exitCodeHit(num(m[1]), text),
    },
    {
        id: "exit.status",
        tools: [],
        needle: "exit status",
        re: /exit status (\d{1,4})\b/,
        hit: (m, text) => (m[1] === "137" || m[1] === "124" ? exitCodeHit(num(m[1]), text) : undefined),
    },
    {
        id: "exit.killed",
        tools: [],
        needle: "Killed",
        // `Killed`, `prog: Killed`, bash's `…sh: line 1: 10607 Killed    pytest -v`
        re: /(?:^|: )(?:\d{1,10} )?Killed\b/,
        hit: (_m, text) => ({
            category: "oom",
            weight: 2,
            message: `${text.trim()} (killed, most often by the OOM killer)`,
        }),
    },
    // ---- out of memory
    ...[
        "out of memory",
        "Out of memory",
        "OutOfMemoryError",
        "MemoryError",
        "std::bad_alloc",
        "OOMKilled",
        "Cannot allocate memory",
    ].map((needle) => ({
        id: "oom.message",
        ...runner_triggersOf(needle ?? ""),
        tools: [],
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => {
            // a memory error named inside a test id or a path is not an OOM
            if (needle === "MemoryError" && !/(?:^|[\s.:])MemoryError\b/.test(text))
                return undefined;
            return { category: "oom", weight: 3, message: text.trim() };
        },
    })),
    {
        id: "oom.node-heap",
        // Node's own report; the JS tool the step ran (jest, tsc…) when it is one, else node itself
        tools: ["node", "jest", "vitest", "mocha", "tsc", "eslint", "prettier", "biome"],
        needle: "heap out of memory",
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({ category: "oom", weight: 3, message: text.trim() }),
    },
    // ---- infrastructure (the runner, GitHub, the network: nothing in the code)
    ...[
        "runner has received a shutdown signal",
        "lost communication with the server",
        "An action could not be found at the URI",
        "Failed to download archive",
        "Failed to resolve action download info",
        "API rate limit exceeded",
        "secondary rate limit",
        "failed to come online",
        "custom container implementation failed",
        "No space left on device",
        "no enabled runners online",
        "was not acquired by Runner",
        "toomanyrequests",
        "The hosted runner encountered an error",
    ].map((needle) => ({
        id: "infra.runner",
        ...runner_triggersOf(needle ?? ""),
        tools: ["runner"],
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({ category: "infrastructure", weight: 3, message: text.trim() }),
    })),
    ...[
        "Could not resolve host",
        "Temporary failure in name resolution",
        "502 Bad Gateway",
        "503 Service Unavailable",
        "The requested URL returned error: 50",
        "Cannot connect to the Docker daemon",
    ].map((needle) => ({
        id: "infra.network",
        ...runner_triggersOf(needle ?? ""),
        tools: [],
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({ category: "infrastructure", weight: 2, message: text.trim() }),
    })),
    // ---- cancellation: honest, not a cause
    ...["The operation was canceled", "A task was canceled", "The job was canceled", "was cancelled"].map((needle) => ({
        id: "gha.cancelled",
        ...runner_triggersOf(needle ?? ""),
        tools: ["runner"],
        needle,
        re: /^(.{0,2000})$/,
        hit: (_m, text) => ({
            category: "other",
            weight: 1,
            message: text.trim(),
            facts: { cancelled: "yes" },
        }),
    })),
];

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/rules.js
// All line rules, tool by tool (tools/*.ts), in the order ties on one line are settled.






const RULES = [
    ...PYTHON_RULES,
    ...JAVASCRIPT_RULES,
    ...NATIVE_RULES,
    ...RUNNER_RULES,
    ...INSTALL_RULES,
];
const RULE_NEEDLES = [...new Set(RULES.map((r) => r.needle))];

;// CONCATENATED MODULE: ../packages/ops-core/dist/triage/scanner.js
// The triage engine: normalized lines in, one TriageResult out. Streaming and bounded: it keeps the first
// signal of each weight and of each category, a capped list of locations, diagnostics and tests, and a few
// lines of context — never the log. Per line it runs the reader's normalization, one combined pre-filter
// and only the rules whose needle is present, plus a small state machine for multi-line formats (Python
// tracebacks, eslint's stylish output, ruff's full format, CMake call stacks).
//
// The pre-filter's design and its measurements are in prefilter.ts. Before it (to 2026-12-03) the needles
// ran as 12 passes of literal alternations through V8's irregexp; every layout of those passes that was
// tried (passes of 2 to 5 needles, grouped by length, one per needle, split or merged tuned passes) sat at
// 0.20-0.26× `grep -E -c` in `npm run bench -- triage`, the passes being ~60% of the profile. Anchored
// native searches took the whole triage to 0.63-0.67× that time (same log, same process layout).







const MAX_TESTS = 50;
const MAX_LOCATIONS = 30;
const MAX_DIAGNOSTICS = 50;
const MAX_EVIDENCE_CHARS = 300;
/** Lines before/after a cause within which a generic traceback's locations belong to it. */
const ATTACH_AFTER = 400;
const ATTACH_BEFORE = 60;
/** A traceback whose frames stopped this many lines ago is abandoned. */
const FRAME_GAP = 80;
// The pre-filter (prefilter.ts): the lines of each chunk (decoded as latin1, one byte per character, so
// V8's one-byte search paths apply; the few lines kept are decoded as UTF-8 again) holding any needle
// below. A line it does not keep is never sliced, decoded or normalized: it is only counted. Lines right
// after a kept one (continuations, call stacks, code frames, traceback frames) are read too.
/**
 * What the scanner's own multi-line parsers start from (beside the rules' needles): step headers
 * (`Run …` of a web copy, a paste's `$ …` prompt), pytest's section rules, tracebacks, eslint's and
 * ruff's per-file lines, CMake's errors. The pre-filter must keep every line holding one of these.
 */
const STATEFUL_TRIGGERS = [
    "Run ",
    "$ ",
    "FAILURES",
    "ERRORS",
    "Traceback",
    'File "',
    "Timeout",
    "-->",
    "_test.go:",
    "CMake Error",
    "too many warnings",
    "●",
    "❯",
    // the fallback's words (an error-looking line is evidence even when no rule knows it)
    "atal",
    "panic",
    "xception",
];
/** Words kept whatever the rules say: an error, a failure, a kill, a time or memory limit in passing (the
 * rules' triggers and the parsers' starts come beside them). */
const BROAD_NEEDLES = [
    "rror",
    "ERR",
    "FAIL",
    "Fail",
    "fail",
    "##[",
    "Killed",
    "memory",
    "imed out",
    "xit code",
    "xit status",
    "threshold",
    "rate limit",
    "Code style",
    "many warnings",
];
/** Every rule's triggers, the parsers' starts and the broad words, as the latin1 text of their bytes. */
const PREFILTER_NEEDLES = [
    ...new Set([...BROAD_NEEDLES, ...STATEFUL_TRIGGERS, ...RULES.flatMap((r) => r.triggers ?? [r.needle])]),
].map((n) => Buffer.from(n, "utf8").toString("latin1"));
/** The anchors that make the search cheapest on this project's corpus (bench/_prefilter-anchors.ts
 * prints them); only speed depends on them. */
// biome-ignore format: one generated line
const PREFERRED_ANCHORS = ["N", "xi", "wa", "A", "Una", "fi", "Re", "F", "D", "\u00e2", "ce", "Kil", "$ ", "Memo", "ut", "Code ", "go", "ERR", ">", "ve ho", "(retr", "loc", "at", "fai", "##", "g 12", "hres", "he com", "memo", "Run ", "pani", "unner", "rror"];
const PREFILTER = createPrefilter(PREFILTER_NEEDLES, PREFERRED_ANCHORS);
/** The lines of text[from, to) (`to` just after a newline); into counts[0] how many are longer than
 * MAX_LINE_CHARS. Its own small function so V8 optimizes it early (in `scan` it ran unoptimized for the
 * first megabytes: 31 ms of a 10 MB log's 140). */
function countLines(text, from, to, counts) {
    let lines = 0;
    let cut = 0;
    for (let p = from; p < to; lines++) {
        const nl = text.indexOf("\n", p);
        if (nl - p > MAX_LINE_CHARS)
            cut++;
        p = nl + 1;
    }
    counts[0] = cut;
    return lines;
}
const LINE_COUNTS = new Int32Array(1);
/** How far back (characters of the log) a look-back may read. */
const LOOKBACK_CHARS = 64 * 1024;
/** Walks lines back from `pos` (a line start) down to `floor`, nearest first; `floorIsLineStart` says
 * whether the line at the floor is whole (else it is left out). */
function walkBack(text, floor, pos, floorIsLineStart, out, max, numbered) {
    let end = pos - 1; // the newline ending the previous line
    while (out.length < max && end >= floor && end >= 0) {
        const start = Math.max(floor, text.lastIndexOf("\n", end - 1) + 1);
        if (start === floor && !floorIsLineStart)
            return;
        let raw = text.slice(start, Math.min(end, start + MAX_LINE_CHARS));
        if (NON_ASCII.test(raw))
            raw = Buffer.from(raw, "latin1").toString("utf8");
        out.push(cleanText(raw, numbered));
        if (start <= floor)
            return;
        end = start - 1;
    }
}
const LOOKBACK_IDS = new Set(RULES.filter((r) => r.lookback === true).map((r) => r.id));
/** Lines read back for lint output without the word "error". */
const LINT_LOOKBACK = 300;
const LINT_END = /^Found \d{1,7} errors?\.|^\[\*\] \d{1,7} fixable|Process completed with exit code [1-9]|^Your code has been rated at/;
/** The rules for lines read back (ruff/flake8 concise, pylint). */
const LOOKBACK_RULES = RULES.filter((r) => r.lookback === true);
/** ruff --output-format=grouped: `src/a.py:` then indented `  3:8  F401 [*] message` rows. */
const RUFF_GROUPED_FILE = /^([^\s:"'()]{1,400}\.pyi?):$/;
const RUFF_GROUPED_ROW = /^ {1,8}(\d{1,7}):(\d{1,5}) {1,8}([A-Z]{1,4}\d{1,4}) (?:\[\*\] )?(.{1,2000})$/;
/** `path:line:col: message` from compilers that do not say "error" (go build, gcc notes…), read back too. */
const COMPILER_DIAGNOSTIC = /^((?:\.{1,2}\/)?[\w./-]{1,400}\.(go|rs|c|cc|cpp|h|hpp|java|kt|swift|zig)):(\d{1,7}):(\d{1,5}): (.{1,2000})$/;
/** Test ids without those that end another one at a `::` (a section's `TestX::test_y` beside the
 * summary's `tests/a.py::TestX::test_y`). */
function wholeIds(tests) {
    // and a test file's id (`FAIL path`) when tests of that file are named (`path > describe > test`)
    return tests.filter((t) => !tests.some((o) => o !== t && (o.endsWith(`::${t}`) || o.startsWith(`${t} > `))));
}
/** Lines read after a go `panic:` (the goroutines' stacks). */
const GO_PANIC_LINES = 300;
/** Lines read back for the test a time limit stopped. */
const RUNNING_LOOKBACK = 60;
const ERROR_WORDS = /\b(?:[Ee]rror|ERROR|[Ff]atal|FATAL|[Ff]ail(?:ed|ure)?|FAIL(?:ED|URE)?|[Ee]xception|panic|[Aa]borted)\b/;
const NO_ERROR = /\b(?:0|[Nn]o) (?:errors?|failures?|failed)\b|\b0 failed\b/;
/** A line that says something went wrong, in words any tool uses (the fallback's evidence). */
function isErrorLooking(text) {
    return ERROR_WORDS.test(text) && !NO_ERROR.test(text);
}
/** Lines of mocha's failure list read after its `N failing` line. */
const MOCHA_LINES = 2000;
/** Lines of a pytest FAILURES / ERRORS section read whatever the pre-filter says. */
const SECTION_LINES = 20_000;
/** The title of a rule line of `c` (`=== FAILURES ===`, `___ test_x ___`): the text between the runs. */
function ruleTitle(text, c) {
    let a = 0;
    let b = text.length;
    while (a < b && text.charCodeAt(a) === c)
        a++;
    while (b > a && text.charCodeAt(b - 1) === c)
        b--;
    return text.slice(a, b).trim();
}
/** `TestX.test_y[a.b]` as pytest's id part `TestX::test_y[a.b]` (dots before the parameters only). */
function pytestName(title) {
    const bracket = title.indexOf("[");
    const head = bracket < 0 ? title : title.slice(0, bracket);
    return head.replaceAll(".", "::") + (bracket < 0 ? "" : title.slice(bracket));
}
/** A pytest test module by pytest's default discovery (`test_*.py`, `*_test.py`). */
function isTestFile(path) {
    const base = path.slice(path.lastIndexOf("/") + 1);
    return /^test_.{0,400}\.py$|_test\.py$/.test(base);
}
/** Lines of a step's script read after its `Run …` line. */
const MAX_SCRIPT_LINES = 100;
/** Lines read after a jest `●` test name (its message, code frame and stack). */
const JEST_CONTEXT = 40;
/** Rules grouped by needle: one substring test per distinct needle. */
const RULES_BY_NEEDLE = (() => {
    const by = new Map();
    for (const r of RULES) {
        const list = by.get(r.needle);
        if (list)
            list.push(r);
        else
            by.set(r.needle, [r]);
    }
    return [...by.entries()];
})();
/** Any rule's needle; stepped one character past each match it finds every place a needle starts. */
const NEEDLE_STARTS = new RegExp(RULES_BY_NEEDLE.map(([n]) => escapeRe(n)).join("|"), "g");
/** Indexes into RULES_BY_NEEDLE by the needle's first character. */
const NEEDLES_BY_FIRST = (() => {
    const by = new Map();
    RULES_BY_NEEDLE.forEach(([needle], i) => {
        const c = needle.charCodeAt(0);
        by.set(c, [...(by.get(c) ?? []), i]);
    });
    return by;
})();
/** Lines up to this long are searched by one regexp scan; longer ones (where the big alternation is
 * slower than a substring search per needle) and lines with more needle starts than the cap by substring
 * searches. */
const SCAN_CHARS = 400;
const MAX_NEEDLE_STARTS = 32;
/**
 * Marks in `present` the needles found in `text` and says whether there is any: one regexp scan instead
 * of one substring search per needle (most lines the pre-filter keeps, a word "error" in passing, hold
 * one needle or none). Linear: each step is bounded by the longest needle.
 */
function markNeedles(text, present) {
    present.fill(0);
    if (text.length <= SCAN_CHARS) {
        let any = false;
        let starts = 0;
        NEEDLE_STARTS.lastIndex = 0;
        for (let m = NEEDLE_STARTS.exec(text); m !== null; m = NEEDLE_STARTS.exec(text)) {
            if (++starts > MAX_NEEDLE_STARTS)
                return searchNeedles(text, present);
            const at = m.index;
            for (const i of NEEDLES_BY_FIRST.get(text.charCodeAt(at)) ?? []) {
                if (present[i] === 0 && text.startsWith(RULES_BY_NEEDLE[i]?.[0] ?? "", at)) {
                    present[i] = 1;
                    any = true;
                }
            }
            NEEDLE_STARTS.lastIndex = at + 1;
        }
        return any;
    }
    return searchNeedles(text, present);
}
function searchNeedles(text, present) {
    let any = false;
    RULES_BY_NEEDLE.forEach(([needle], i) => {
        present[i] = text.includes(needle) ? 1 : 0;
        any ||= present[i] === 1;
    });
    return any;
}
/** Bytes ≥ 0x80 (as latin1 characters): the line needs UTF-8 decoding. */
const NON_ASCII = /[\u0080-\u00ff]/;
const RE = {
    // (pytest prints a SyntaxError's own frame inside its `E   ` exception lines)
    frame: /^(?:E\s{1,12}|\s{0,12})File "([^"]{1,1000})", line (\d{1,7})(, in )?/,
    pytestFrame: /^([^\s:"'()]{1,400}\.py):(\d{1,7}): in \S/,
    // `path.py:12: AssertionError`, and `--tb=line`'s `path.py:12: AssertionError: assert 1 == 2`
    pytestLocation: /^([^\s:"'()]{1,400}\.py):(\d{1,7}): ([A-Z]\w{0,100})(?:: .{0,2000})?$/,
    pytestTbLine: /^([^\s:"'()]{1,400}\.py):(\d{1,7}): \S/,
    // a long traceback's frame that is not the last: `path.py:12:` (its trailing space trimmed)
    pytestFrameLong: /^([^\s:"'()]{1,400}\.py):(\d{1,7}):$/,
    exception: /^(?:E\s{1,10})?([A-Za-z_][\w.]{0,200})(?::(?: (.{0,2000}))?)?$/,
    vitestLocation: /^\s{0,8}❯ ([^\s:()]{1,400}):(\d{1,7}):(\d{1,5})$/,
    jsStack: /^\s{1,20}at (?:[^()]{0,300} \()?([^\s()]{1,500}):(\d{1,7}):(\d{1,5})\)?$/,
    goLocation: /^\s{4,12}([\w./-]{1,400}_test\.go):(\d{1,7}): /,
    eslintFile: /^(?:[A-Za-z]:\\|\/)?[^\s:]{0,400}\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/,
    eslintProblem: /^\s{2,}(\d{1,7}):(\d{1,5})\s{1,20}(error|warning)\s{1,20}(.{1,2000})$/,
    ruffArrow: /^\s{0,8}--> ([^\s:]{1,400}):(\d{1,7}):(\d{1,5})$/,
    // rustc / clippy above their ` --> path:line:col`: `error[E0106]: missing lifetime specifier`
    rustcLevel: /^(error|warning)(\[[A-Z]{1,2}\d{4}\])?: (.{1,2000})$/,
    // `F401 [*] message`, or a named rule (`unformatted: File would be reformatted`, `invalid-syntax: …`)
    ruffCode: /^([A-Z]{1,4}\d{1,4}|[a-z][a-z-]{1,40}:) (?:\[\*\] )?(.{1,2000})$/,
    cmakeError: /^\s{0,20}(?:[│|]\s{1,4})?CMake Error at ([^\s:()]{1,400}):(\d{1,7}) \(/,
    cmakeStack: /^\s{0,20}(?:[│|]\s{1,4})?\s{1,8}([^\s:()]{1,400}):(\d{1,7}) \(\w{1,100}\)$/,
    conflict: /^\s{0,40}(?:<{7}|>{7}) /,
};
const RUSTC_LEVELS = new Set(["error", "warning", "note", "help"]);
const EXCEPTION_SUFFIX = /(?:Error|Exception|Exit|Interrupt|Failure|Warning)$/;
function clip(s, max = MAX_EVIDENCE_CHARS) {
    const t = s.trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
function pushUnique(list, value, max) {
    if (value === "" || list.length >= max || list.includes(value))
        return;
    list.push(value);
}
class TriageScanner {
    options;
    normalizer = new LineNormalizer({ times: false });
    /** Scratch for markNeedles: which of RULES_BY_NEEDLE the current line holds. */
    needles = new Uint8Array(RULES_BY_NEEDLE.length);
    firstByWeight = [undefined, undefined, undefined, undefined];
    categories = new Map();
    tests = [];
    flakyHints = [];
    /** The line that proved each flaky hint (the first per test). */
    flakyEvidence = [];
    /** Tests pytest reran: flaky only when they did not fail in the end. */
    rerun = new Set();
    /** jest's retried tests (`LOGGING RETRY ERRORS name`): waiting for their suite's PASS/FAIL line, then
     * with it (flaky unless among the final failures). */
    jestPending = [];
    jestRetried = [];
    attach = [];
    recentLoose = [];
    frames;
    eslintFile;
    cmake;
    currentStep;
    /** The current step's script (as the log showed it) and the tool it runs. */
    currentCommand;
    currentTool;
    /** Script lines of a `Run …` group being read (until `shell:` / `##[endgroup]`). */
    scriptLines;
    firstErrorStep;
    firstErrorCommand;
    /** Files named without a line (formatters), and go packages that failed: for the reproduce command. */
    files = [];
    /** A docker build failed (BuildKit's `failed to solve`), and the Dockerfile lines it framed. */
    dockerBuild = false;
    dockerfileAt = [];
    goPackages = [];
    /** go tests seen failing and passing (for `-count=N` flakiness). */
    goResults = { failed: new Set(), passed: new Set() };
    /** The tool whose rerun or retry showed flakiness. */
    flakyTool;
    firstErrorMessage;
    errorJoin;
    inPytestFailures = false;
    /** The test file of jest's last `FAIL path` line. */
    jsFile;
    /** mocha's failure list (after `N failing`): the line it ends by, and the title being read. */
    mochaUntil = 0;
    mochaTitle;
    /** Where the current FAILURES / ERRORS section started, and the test whose part of it is being read. */
    sectionStart = 0;
    pytestCase;
    /** Lines up to this number were read back for lint output; lines recorded as lint diagnostics. */
    lintReadUpTo = 0;
    lintLines = new Set();
    lineNo = 0;
    bytes = 0;
    cutLines = 0;
    /** The start of a line split across chunks (latin1), at most MAX_LINE_CHARS of it. */
    carry = "";
    carryCut = false;
    /** Lines up to this number are read whatever the pre-filter says (context after a match); the first
     * line always (it tells a web copy's line numbers). */
    forceUntil = 1;
    /** The chunk being read and where the current line starts in it (for look-backs). */
    chunkText = "";
    chunkStart = 0;
    linePos = 0;
    /** The end (LOOKBACK_CHARS) of the lines read before the current chunk, and whether it is all of them. */
    before = "";
    beforeAll = true;
    constructor(options = {}) {
        this.options = options;
    }
    /** Feeds a chunk of the log (bytes or text). */
    write(chunk) {
        const buf = typeof chunk === "string"
            ? Buffer.from(chunk, "utf8")
            : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        this.bytes += buf.length;
        const text = buf.toString("latin1");
        let start = 0;
        if (this.carry !== "" || this.carryCut) {
            const nl = text.indexOf("\n");
            const room = MAX_LINE_CHARS - this.carry.length;
            if (nl < 0) {
                if (room > 0)
                    this.carry += text.slice(0, room);
                if (text.length > room)
                    this.carryCut = true;
                return;
            }
            const whole = this.carry + (room > 0 ? text.slice(0, Math.min(nl, room)) : "");
            const cut = this.carryCut || nl > room;
            this.carry = "";
            this.carryCut = false;
            this.single(whole, cut);
            start = nl + 1;
        }
        const last = text.lastIndexOf("\n");
        if (last >= start) {
            this.scan(text, start, last + 1);
            start = last + 1;
        }
        if (start < text.length) {
            this.carry = text.slice(start, start + MAX_LINE_CHARS);
            this.carryCut = text.length - start > MAX_LINE_CHARS;
        }
    }
    /** One complete line outside a chunk body (the carried one, or the last one without a newline). */
    single(raw, cut) {
        this.chunkText = `${raw}\n`;
        this.chunkStart = 0;
        const matched = PREFILTER.test(raw);
        this.lineNo++;
        if (cut)
            this.cutLines++;
        if (matched || this.lineNo <= this.forceUntil)
            this.process(raw, cut, 0);
        else
            this.normalizer.skipped();
        this.remember(`${raw}\n`);
    }
    /** Complete lines text[start, end): end is just after a newline. */
    scan(text, start, end) {
        this.chunkText = text;
        this.chunkStart = start;
        const candidates = [];
        PREFILTER.lineStarts(text, start, end, candidates);
        candidates.sort((x, y) => x - y);
        let ci = 0;
        let pos = start;
        while (pos < end) {
            if (this.lineNo + 1 > this.forceUntil) {
                while (ci < candidates.length && (candidates[ci] ?? 0) < pos)
                    ci++;
                const target = ci < candidates.length ? (candidates[ci] ?? end) : end;
                if (target > pos) {
                    // skipped lines are only counted (and checked for length)
                    this.lineNo += countLines(text, pos, target, LINE_COUNTS);
                    this.cutLines += LINE_COUNTS[0] ?? 0;
                    this.normalizer.skipped();
                    pos = target;
                    if (pos >= end)
                        break;
                }
            }
            const nl = text.indexOf("\n", pos);
            const cut = nl - pos > MAX_LINE_CHARS;
            this.lineNo++;
            if (cut)
                this.cutLines++;
            this.process(text.slice(pos, cut ? pos + MAX_LINE_CHARS : nl), cut, pos);
            pos = nl + 1;
        }
        this.remember(text.slice(Math.max(start, end - LOOKBACK_CHARS), end));
        if (end - start > LOOKBACK_CHARS)
            this.beforeAll = false;
    }
    process(latin1, cut, pos) {
        const raw = NON_ASCII.test(latin1) ? Buffer.from(latin1, "latin1").toString("utf8") : latin1;
        this.linePos = pos;
        const l = this.normalizer.normalize(raw, cut, this.lineNo);
        this.line(l);
        // continuations of an ##[error], the rest of a traceback or of a CMake call stack are read too
        const inError = (l.kind === "error" || l.continuation) && (this.errorJoin?.length ?? 0) < 20;
        // so are pytest's FAILURES / ERRORS sections (`--tb=short` frames, long tracebacks' locations)
        const inSection = (this.inPytestFailures && this.lineNo - this.sectionStart < SECTION_LINES) ||
            this.lineNo < this.mochaUntil;
        if (this.frames || this.cmake || inError || inSection)
            this.forceUntil = Math.max(this.forceUntil, this.lineNo + 1);
        // a go panic: its goroutines' frames follow
        if (l.text.startsWith("panic: "))
            this.forceUntil = Math.max(this.forceUntil, this.lineNo + GO_PANIC_LINES);
        // a jest failure: its stack (`at … (file:line:col)`) comes some lines below the test name
        if (l.text.includes("●"))
            this.forceUntil = Math.max(this.forceUntil, this.lineNo + JEST_CONTEXT);
    }
    /** Up to `max` lines before the current one in this chunk, nearest first, cleaned. */
    previousLines(max) {
        // The window is the LOOKBACK_CHARS before the line, across chunks (`before` holds the end of what was
        // read), so the answer does not depend on where chunks were cut; a line cut by the window is left out.
        const out = [];
        const inChunk = this.linePos - this.chunkStart;
        const floor = Math.max(this.chunkStart, this.linePos - LOOKBACK_CHARS);
        const floorWhole = floor === this.chunkStart || this.chunkText[floor - 1] === "\n";
        const numbered = this.normalizer.lineNumbers;
        walkBack(this.chunkText, floor, this.linePos, floorWhole, out, max, numbered);
        if (out.length < max && floor === this.chunkStart && inChunk < LOOKBACK_CHARS) {
            const b = this.before;
            const from = Math.max(0, b.length - (LOOKBACK_CHARS - inChunk));
            walkBack(b, from, b.length, from === 0 ? this.beforeAll : b[from - 1] === "\n", out, max, numbered);
        }
        return out;
    }
    remember(text) {
        this.beforeAll = this.beforeAll && this.before.length + text.length <= LOOKBACK_CHARS;
        // a whole window of new text replaces the old one without a copy (a concatenation would be flattened)
        if (text.length >= LOOKBACK_CHARS) {
            this.before = text.slice(text.length - LOOKBACK_CHARS);
            return;
        }
        const b = this.before + text;
        this.before = b.length > LOOKBACK_CHARS ? b.slice(b.length - LOOKBACK_CHARS) : b;
    }
    /** Processes one normalized line (the pre-filter already chose it). */
    line(l) {
        const text = l.text;
        if (LINT_END.test(text))
            this.lintLookback(l.n);
        this.trackStep(l);
        this.trackErrorMessage(l);
        const lineLocations = this.stateful(l, text);
        if (markNeedles(text, this.needles))
            for (let i = 0; i < RULES_BY_NEEDLE.length; i++) {
                // in the rules' order: the first signal recorded on a line wins ties
                if (this.needles[i] === 0)
                    continue;
                for (const rule of RULES_BY_NEEDLE[i]?.[1] ?? []) {
                    const m = rule.re.exec(text);
                    if (!m)
                        continue;
                    const hit = rule.hit(m, text);
                    if (hit)
                        this.record(rule.id, hit, l, lineLocations);
                }
            }
        if (this.errorLooking === undefined && l.kind !== "group" && l.kind !== "command" && isErrorLooking(text))
            this.errorLooking = clip(text);
        if (l.kind === "error" && !l.continuation && !this.hasSignalAt(l.n)) {
            this.record("gha.error", { category: "other", weight: 1, message: text }, l, lineLocations);
        }
    }
    lastSignalLine = 0;
    /** The first line that looks like an error (the evidence when no rule knows the failure). */
    errorLooking;
    hasSignalAt(n) {
        return this.lastSignalLine === n;
    }
    trackStep(l) {
        const text = l.text;
        if (this.scriptLines) {
            // the script's lines end at the runner's `shell:` / `env:` lines or the group's end
            if (l.kind === "endgroup" || text.startsWith("shell: ") || text === "env:") {
                const script = this.scriptLines.join("\n").trim();
                this.scriptLines = undefined;
                if (script !== "")
                    this.setCommand(script);
            }
            else if (l.kind === "group" || this.scriptLines.length >= MAX_SCRIPT_LINES) {
                this.scriptLines = undefined; // not a script after all: the header stays the command
            }
            else {
                this.scriptLines.push(text.trim());
                return;
            }
        }
        if (l.step !== undefined && l.step !== this.currentStep) {
            this.currentStep = l.step;
            this.currentCommand = undefined;
            this.currentTool = undefined;
        }
        const groupRun = l.kind === "group" && text.startsWith("Run ");
        // a copy of the web log has `Run <command>` lines without the marker
        const webRun = !groupRun && l.kind === "text" && !this.normalizer.isTimestamped && text.startsWith("Run ");
        // a paste's shell prompt: `$ pytest -x`
        if (!groupRun && !webRun && l.kind === "text" && !this.normalizer.isTimestamped && text.startsWith("$ "))
            this.setCommand(text.slice(2).trim());
        if (groupRun || webRun) {
            const header = text.slice(4).trim();
            if (l.step === undefined)
                this.currentStep = header.slice(0, 200);
            this.setCommand(header);
            this.scriptLines = [];
            this.forceUntil = Math.max(this.forceUntil, this.lineNo + MAX_SCRIPT_LINES + 2);
        }
    }
    setCommand(script) {
        this.currentCommand = script.length > 8000 ? script.slice(0, 8000) : script;
        this.currentTool = (0,triage_command/* scriptTool */.IN)(this.currentCommand)?.tool;
    }
    trackErrorMessage(l) {
        if (l.kind === "error" && !l.continuation) {
            this.errorJoin = [l.text];
            if (this.firstErrorMessage === undefined) {
                this.firstErrorMessage = this.errorJoin;
                this.firstErrorStep = this.currentStep;
                this.firstErrorCommand = this.currentCommand;
            }
        }
        else if (l.continuation && this.errorJoin && this.errorJoin.length < 20) {
            this.errorJoin.push(l.text);
        }
        else if (!l.continuation) {
            this.errorJoin = undefined;
        }
    }
    /**
     * Lint lines without the word "error" (ruff/flake8 concise: `path.py:1:8: F401 message`) are not kept
     * by the pre-filter: at the lines that end such output (`Found N errors.`, `[*] N fixable`, the runner's
     * exit-code line) the lines above are read back, once each, and recorded at their own line numbers.
     */
    lintLookback(n) {
        const from = Math.max(this.lintReadUpTo, n - LINT_LOOKBACK);
        const before = this.previousLines(n - 1 - from);
        this.lintReadUpTo = n;
        // ruff's grouped format: a `path.py:` line above its `  line:col CODE message` rows (read in order,
        // so the rows wait for the file line that follows them upwards — none: they are no ruff rows)
        let groupedRows = [];
        for (let i = 0; i < before.length; i++) {
            const text = before[i] ?? "";
            const row = RUFF_GROUPED_ROW.exec(text);
            if (row) {
                groupedRows.push({ line: n - i - 1, text, m: row });
                continue;
            }
            const file = groupedRows.length > 0 ? RUFF_GROUPED_FILE.exec(text) : null;
            if (file)
                this.recordGrouped(file[1] ?? "", groupedRows);
            if (text.trim() !== "" || file)
                groupedRows = [];
        }
        for (let i = before.length - 1; i >= 0; i--) {
            const text = before[i] ?? "";
            const line = n - i - 1;
            if (this.lintLines.has(line))
                continue;
            let rule;
            let m = null;
            for (const r of LOOKBACK_RULES) {
                m = r.re.exec(text);
                if (m) {
                    rule = r;
                    break;
                }
            }
            const c = m ? null : COMPILER_DIAGNOSTIC.exec(text);
            const hit = m && rule
                ? rule.hit(m, text)
                : c
                    ? {
                        category: "other",
                        weight: 2,
                        message: `${c[5]}`,
                        location: { path: c[1] ?? "", line: Number(c[3]), column: Number(c[4]), message: c[5] ?? "" },
                    }
                    : undefined;
            if (!hit)
                continue;
            const l = { n: line, text, kind: "text", continuation: false, cut: false };
            if (this.currentStep !== undefined)
                l.step = this.currentStep;
            this.record(rule?.id ?? "compiler.diagnostic", hit, l, undefined);
        }
    }
    /** ruff's grouped rows of one file (`before` order: last row first), recorded from the first. */
    recordGrouped(path, rows) {
        for (let i = rows.length - 1; i >= 0; i--) {
            const r = rows[i];
            if (!r || this.lintLines.has(r.line))
                continue;
            const code = r.m[3] ?? "";
            const message = (r.m[4] ?? "").trimEnd();
            const l = { n: r.line, text: r.text, kind: "text", continuation: false, cut: false };
            if (this.currentStep !== undefined)
                l.step = this.currentStep;
            this.record("ruff.grouped", {
                category: "ruff",
                weight: 3,
                message: `${code} ${message}`,
                location: { path, line: Number(r.m[1]), column: Number(r.m[2]), message, code },
            }, l, undefined);
            this.lintLines.add(r.line);
        }
    }
    /** eslint's stylish output: the file line above a block of problem lines. */
    findEslintFile(n) {
        // the line right after a problem line of a known file: same block, same file (no look-back: linear)
        if (this.eslintFile && this.eslintFile.line === n - 1) {
            this.eslintFile.line = n;
            return;
        }
        // a wrapped paste may put a line or two of a message between: the same file unless one of them is
        // a file line
        if (this.eslintFile && this.eslintFile.line >= n - 3) {
            const gap = this.previousLines(n - 1 - this.eslintFile.line);
            const at = gap.findIndex((t) => RE.eslintFile.test(t));
            this.eslintFile = at < 0 ? { path: this.eslintFile.path, line: n } : { path: gap[at] ?? "", line: n };
            return;
        }
        // a bounded look-back (a known file is kept when only problem lines are found: a block of warnings)
        const before = this.previousLines(this.eslintFile ? 20 : 200);
        for (let i = 0; i < before.length; i++) {
            const t = before[i] ?? "";
            if (RE.eslintProblem.test(t))
                continue;
            this.eslintFile = RE.eslintFile.test(t) ? { path: t, line: n - i - 1 } : undefined;
            return;
        }
    }
    /** Multi-line formats. Returns the locations a line closes (a traceback's exception line). */
    stateful(l, text) {
        const n = l.n;
        if (this.cmake && n - this.cmake.line > 16)
            this.cmake = undefined;
        // Python tracebacks
        // CPython's header, and pytest's own (`Traceback:` before `path.py:12: in f` frames)
        if (text.startsWith("Traceback (most recent call last)") || text === "Traceback:") {
            this.frames = { moduleFrame: false, count: 0, lastLine: n, conflictMarkers: false };
            return undefined;
        }
        if (this.inPytestFailures &&
            text.charCodeAt(0) === 95 /* _ */ &&
            text.charCodeAt(text.length - 1) === 95) {
            this.pytestCaseTitle(ruleTitle(text, 95));
            return undefined;
        }
        if (this.pytestCase && !this.pytestCase.located)
            this.pytestCaseFrame(l, text);
        // `--tb=line`: one `path.py:12: message` per failure, no titles
        if (this.inPytestFailures && !this.pytestCase) {
            const tbLine = RE.pytestTbLine.exec(text);
            if (tbLine && (0,paths/* isProjectPath */.Rw)(tbLine[1] ?? ""))
                this.addCategoryLocation("test_failure", (0,paths/* formatLocation */.j$)(tbLine[1] ?? "", Number(tbLine[2])));
        }
        let m = RE.frame.exec(text) ?? RE.pytestFrame.exec(text);
        if (m) {
            this.addFrame(m[1] ?? "", Number(m[2]), text.endsWith("<module>") || (m[3] === undefined && m === null), n);
            if (text.endsWith("in <module>") && this.frames)
                this.frames.moduleFrame = true;
            return undefined;
        }
        if (text.includes("Error") || text.includes("Exception") || text.includes("Interrupt")) {
            const ex = RE.exception.exec(text);
            if (ex && EXCEPTION_SUFFIX.test(ex[1] ?? ""))
                return this.exceptionLine(l, ex[1] ?? "", ex[2] ?? "");
        }
        m = RE.pytestLocation.exec(text);
        if (m) {
            const loc = (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2]));
            this.addCategoryLocation("test_failure", loc);
            this.frames = undefined;
            return undefined;
        }
        this.closeFrames(l);
        if (text.charCodeAt(0) === 61 /* = */ && text.charCodeAt(text.length - 1) === 61) {
            // pytest's `=== FAILURES ===` / `=== ERRORS ===` sections; any other `===` rule ends them
            const title = ruleTitle(text, 61);
            this.inPytestFailures = title === "FAILURES" || title === "ERRORS";
            this.pytestCase = undefined;
            if (this.inPytestFailures)
                this.sectionStart = n;
        }
        if (l.n <= this.mochaUntil)
            this.mochaLine(l, text);
        // vitest / jest / go test locations
        m = RE.vitestLocation.exec(text);
        if (m) {
            this.addCategoryLocation("test_failure", (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2]), Number(m[3])));
            return undefined;
        }
        m = text.includes(" at ") ? RE.jsStack.exec(text) : null;
        if (m) {
            // ESM stacks name `file:///abs/path`; the runner's workspace prefix makes it the repository's
            const raw = m[1] ?? "";
            const path = (0,paths/* repoRelative */.Ne)(raw.startsWith("file://") ? raw.slice(7) : raw);
            if (!path.startsWith("/") &&
                !/^[A-Za-z]:\\/.test(path) &&
                (0,paths/* isProjectPath */.Rw)(path) &&
                (0,paths/* isFilePath */.ig)(path) &&
                !path.includes("://")) {
                const loc = (0,paths/* formatLocation */.j$)(path, Number(m[2]), Number(m[3]));
                this.addCategoryLocation("test_failure", loc);
                // a JS stack belongs to the signal around it too (an import error's `Cannot find module`)
                this.loose(l.n, loc);
            }
            return undefined;
        }
        m = RE.goLocation.exec(text);
        if (m) {
            this.addCategoryLocation("test_failure", (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2])));
            return undefined;
        }
        // eslint stylish: a file line, then indented `line:col  error  message  rule`
        m = RE.eslintProblem.exec(text);
        if (m)
            this.findEslintFile(n);
        if (m && this.eslintFile) {
            const rest = (m[4] ?? "").trimEnd();
            const cut = rest.lastIndexOf("  ");
            const rule = cut > 0 ? rest.slice(cut).trim() : "";
            const isRule = /^[@\w/-]{1,100}$/.test(rule);
            const message = isRule ? rest.slice(0, cut).trim() : rest;
            const hit = {
                category: "eslint",
                weight: m[3] === "error" ? 3 : 1,
                message: `${message}${isRule ? ` (${rule})` : ""}`,
                location: {
                    path: this.eslintFile.path,
                    line: Number(m[1]),
                    column: Number(m[2]),
                    message,
                    ...(isRule ? { code: rule } : {}),
                },
            };
            this.eslintFile.line = n;
            this.record(m[3] === "error" ? "eslint.error" : "eslint.warning", hit, l, undefined);
            return undefined;
        }
        if (text.includes("too many warnings")) {
            this.record("eslint.max-warnings", { category: "eslint", weight: 3, message: text.trim() }, l, undefined);
        }
        // ruff's full format: `F401 [*] message` then ` --> path:line:col`
        m = text.includes("-->") ? RE.ruffArrow.exec(text) : null;
        if (m) {
            // the rule line above (a wrapped paste may have split it over two lines)
            const above = this.previousLines(3);
            const rustc = RE.rustcLevel.exec(above[0] ?? "");
            if (rustc) {
                const error = rustc[1] === "error";
                if ((0,paths/* isProjectPath */.Rw)(m[1] ?? "") && !(m[1] ?? "").startsWith("/rustc/"))
                    this.record("cargo.rustc", {
                        category: "other",
                        weight: error ? 2 : 1,
                        message: `${rustc[1]}${rustc[2] ?? ""}: ${rustc[3]}`,
                        location: {
                            path: m[1] ?? "",
                            line: Number(m[2]),
                            column: Number(m[3]),
                            message: rustc[3] ?? "",
                            ...(rustc[2] ? { code: rustc[2].slice(1, -1) } : {}),
                        },
                    }, l, undefined);
                return undefined;
            }
            let code = null;
            for (const t of above) {
                code = RE.ruffCode.exec(t);
                if (code)
                    break;
            }
            const rule = (code?.[1] ?? "").replace(/:$/, "");
            // rustc's `error: …` / `warning: …` above an arrow are cargo's, not ruff's
            if (code && !RUSTC_LEVELS.has(rule)) {
                this.record("ruff.full", {
                    category: "ruff",
                    weight: 3,
                    message: `${rule} ${code[2]}`,
                    location: {
                        path: m[1] ?? "",
                        line: Number(m[2]),
                        column: Number(m[3]),
                        message: code[2],
                        code: rule,
                    },
                    ...(rule === "unformatted" ? { facts: { formatter: "ruff" } } : {}),
                }, l, undefined);
            }
            return undefined;
        }
        // CMake: `CMake Error at file:line (fn):` and its call stack
        m = text.includes("CMake Error") ? RE.cmakeError.exec(text) : null;
        if (m) {
            const loc = (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2]));
            this.cmake = this.record("cmake.error", { category: "other", weight: 1, message: text.trim() }, l, [
                loc,
            ]);
            this.loose(n, loc);
            return undefined;
        }
        m = this.cmake ? RE.cmakeStack.exec(text) : null;
        if (m && this.cmake) {
            const loc = (0,paths/* formatLocation */.j$)(m[1] ?? "", Number(m[2]));
            pushUnique(this.cmake.locations, loc, 10);
            this.loose(n, loc);
        }
        return undefined;
    }
    /**
     * The test running when a time limit struck: the nearest test that started in the lines above and did
     * not finish (pytest -v's `path.py::test ` without a status, go's `=== RUN   TestX` without its
     * `--- PASS/FAIL`), within a bounded look-back.
     */
    runningTest() {
        const finished = new Set();
        for (const t of this.previousLines(RUNNING_LOOKBACK)) {
            const done = /^\s{0,40}--- (?:PASS|FAIL|SKIP): (\S{1,500}) \(/.exec(t);
            if (done) {
                finished.add(done[1] ?? "");
                continue;
            }
            const go = /^=== (?:RUN|CONT) {1,4}(\S{1,500})$/.exec(t);
            if (go && !finished.has(go[1] ?? ""))
                return go[1];
            if (/^[^\s:]{1,400}\.py::\S/.test(t) && !/ (?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)\b/.test(t))
                return t.trim();
            if (/\b(?:PASSED|FAILED|ERROR|SKIPPED)\b|^--- (?:PASS|FAIL)/.test(t))
                return undefined;
        }
        return undefined;
    }
    /**
     * mocha's failure list: `  1) suite` then the nested titles, indented, the last ending with `:`
     * (`       test name:`); the test's id is the titles joined by spaces, as mocha's --grep matches it.
     */
    mochaLine(l, text) {
        const head = /^\s{1,8}\d{1,5}\) (.{1,1000})$/.exec(text);
        if (head)
            this.mochaTitle = [];
        if (!this.mochaTitle)
            return;
        const part = (head ? (head[1] ?? "") : text).trim();
        if (part === "" || this.mochaTitle.length >= 20) {
            this.mochaTitle = undefined;
            return;
        }
        if (!part.endsWith(":")) {
            this.mochaTitle.push(part);
            return;
        }
        this.mochaTitle.push(part.slice(0, -1));
        const id = this.mochaTitle.join(" ");
        this.mochaTitle = undefined;
        this.record("mocha.test", { category: "test_failure", weight: 3, message: `${id} failed`, tests: [id] }, l, undefined);
    }
    /** A test's section in pytest's FAILURES / ERRORS: `___ TestX.test_y[p] ___`, `___ ERROR at setup of t ___`. */
    pytestCaseTitle(title) {
        this.pytestCase = undefined;
        if (title === "" || title.includes("_ _") || title.startsWith("ERROR collecting "))
            return;
        const setup = /^ERROR at (?:setup|teardown) of /.exec(title);
        const name = setup ? title.slice(setup[0].length) : title;
        if (name.includes(" ") && !name.includes("["))
            return; // not a test name
        this.pytestCase = { name: pytestName(name), setup: setup !== null, located: false };
    }
    /** The first frame of a test's section: the test's own file (its id) and where it failed. */
    pytestCaseFrame(l, text) {
        const c = this.pytestCase;
        if (!c)
            return;
        const m = RE.pytestFrame.exec(text) ??
            RE.pytestLocation.exec(text) ??
            RE.pytestFrameLong.exec(text) ??
            RE.frame.exec(text);
        if (!m)
            return;
        const path = m[1] ?? "";
        if (!(0,paths/* isFilePath */.ig)(path) || !(0,paths/* isProjectPath */.Rw)(path))
            return;
        c.located = true;
        const loc = (0,paths/* formatLocation */.j$)(path, Number(m[2]));
        this.addCategoryLocation("test_failure", loc);
        const id = !c.setup && isTestFile(path) ? `${(0,paths/* repoRelative */.Ne)(path)}::${c.name}` : c.name;
        // weight 2: the summary's FAILED lines are the report; a section also shows a timeout's `E Failed:`
        this.record("pytest.section", {
            category: "test_failure",
            weight: 2,
            message: `${id} ${c.setup ? "errored in setup" : "failed"}`,
            tests: [id],
        }, l, [loc]);
    }
    addFrame(path, line, _module, n) {
        if (!this.frames || n - this.frames.lastLine > FRAME_GAP)
            this.frames = { moduleFrame: false, count: 0, lastLine: n, conflictMarkers: false };
        const f = this.frames;
        f.count++;
        f.lastLine = n;
        if (!(0,paths/* isFilePath */.ig)(path))
            return;
        const loc = (0,paths/* formatLocation */.j$)(path, line);
        f.deepest = loc;
        if ((0,paths/* isProjectPath */.Rw)(path))
            f.deepestProject = loc;
        if (f.test === undefined && (0,paths/* isProjectPath */.Rw)(path) && isTestFile(path))
            f.test = loc;
    }
    groupLocations(f) {
        const out = [];
        if (f.deepestProject)
            out.push(f.deepestProject);
        if (f.deepest && f.deepest !== f.deepestProject)
            out.push(f.deepest);
        if (f.test && !out.includes(f.test))
            out.push(f.test);
        return out;
    }
    /** A line that is not part of a traceback ends a frame group without an exception line. */
    closeFrames(l) {
        const f = this.frames;
        if (!f)
            return;
        const t = l.text;
        if (t !== "" && (t.charCodeAt(0) === 32 || t.charCodeAt(0) === 9) && l.n - f.lastLine <= FRAME_GAP) {
            if (RE.conflict.test(t))
                f.conflictMarkers = true;
            return; // code lines, carets, `...<N lines>...`
        }
        if (f.count > 0)
            for (const loc of this.groupLocations(f))
                this.loose(l.n, loc);
        this.frames = undefined;
    }
    exceptionLine(l, name, message) {
        const f = this.frames;
        this.frames = undefined;
        const locations = f ? this.groupLocations(f) : [];
        const short = name.slice(name.lastIndexOf(".") + 1);
        if (short === "KeyboardInterrupt" || short === "SystemExit")
            return undefined;
        const text = `${name}${message ? `: ${message}` : ""}`;
        if (short === "ImportError" || short === "ModuleNotFoundError") {
            this.record("python.import", { category: "import_error", weight: 3, message: text }, l, locations);
        }
        else if (short === "SyntaxError" || short === "IndentationError" || short === "TabError") {
            const during = (f?.moduleFrame ?? false) || this.inPytestFailures;
            const facts = f?.conflictMarkers ? { conflictMarkers: "yes" } : {};
            this.record("python.syntax", { category: during ? "import_error" : "other", weight: during ? 3 : 2, message: text, facts }, l, locations);
        }
        else if (/OutOfMemory|^MemoryError$/.test(short)) {
            // the oom rules record it with these locations
        }
        else if (f && f.count > 0) {
            this.record("python.exception", { category: "other", weight: 1, message: text }, l, locations);
        }
        if (f && this.inPytestFailures)
            for (const loc of locations)
                this.addCategoryLocation("test_failure", loc);
        for (const loc of locations)
            this.loose(l.n, loc);
        return locations;
    }
    loose(n, location) {
        this.recentLoose.push({ line: n, location });
        if (this.recentLoose.length > 16)
            this.recentLoose.shift();
        for (const a of this.attach) {
            if (n <= a.until)
                pushUnique(a.signal.locations, location, 10);
        }
        // drop expired windows
        for (let i = this.attach.length - 1; i >= 0; i--)
            if ((this.attach[i]?.until ?? 0) < n)
                this.attach.splice(i, 1);
    }
    addCategoryLocation(category, location) {
        const c = this.categories.get(category);
        if (c)
            pushUnique(c.locations, location, MAX_LOCATIONS);
        else {
            // remembered for when the category's first signal arrives
            this.pendingCategoryLocations.push({ category, location });
            if (this.pendingCategoryLocations.length > MAX_LOCATIONS)
                this.pendingCategoryLocations.shift();
        }
    }
    pendingCategoryLocations = [];
    record(rule, hitIn, l, lineLocations) {
        let hit = hitIn;
        // jest names a test `describe › test` under its file's `FAIL path` line: `path > describe > test`
        if (rule === "vitest.fail" && hit.weight === 2)
            this.jsFile = hit.tests?.[0];
        if (rule === "jest.test" && this.jsFile !== undefined) {
            const id = `${this.jsFile} > ${(hit.tests?.[0] ?? "").replaceAll(" › ", " > ")}`;
            hit = { ...hit, tests: [id], message: id };
        }
        if (rule === "mocha.failing")
            this.mochaUntil = l.n + MOCHA_LINES;
        if (rule === "jest.retry" && this.jestPending.length < MAX_TESTS)
            this.jestPending.push({ name: String(hit.facts?.jestRetried ?? ""), line: l.n, text: clip(l.text) });
        if ((rule === "vitest.fail" && hit.weight === 2) || rule === "jest.suite-pass") {
            const file = rule === "jest.suite-pass" ? String(hit.facts?.jsSuite ?? "") : (hit.tests?.[0] ?? "");
            for (const p of this.jestPending)
                if (this.jestRetried.length < MAX_TESTS)
                    this.jestRetried.push({ ...p, file });
            this.jestPending = [];
        }
        if ((rule === "pytest.progress" || rule === "pytest.rerun") && hit.category === "flaky")
            for (const t of hit.flaky ?? [])
                if (this.rerun.size < 10_000)
                    this.rerun.add(t);
        // go test -count=N: a test that both failed and passed in the same log is flaky, by that evidence
        const goFail = rule === "go.fail" || (rule === "go.json-fail" && hit.weight === 3);
        if (goFail || rule === "go.pass" || rule === "go.json-pass") {
            const name = goFail ? (hit.tests?.[0] ?? "") : String(hit.facts?.goPassed ?? "");
            const mine = goFail ? this.goResults.failed : this.goResults.passed;
            const other = goFail ? this.goResults.passed : this.goResults.failed;
            if (mine.size < 10_000)
                mine.add(name);
            if (other.has(name))
                hit = { ...hit, flaky: [name] };
        }
        // a time limit: the test that had started and not finished is the one it stopped
        if (hit.category === "timeout" && (hit.tests?.length ?? 0) === 0) {
            const running = this.runningTest();
            if (running !== undefined)
                hit = { ...hit, tests: [running] };
        }
        // prettier's verdict is about code when a code file was listed
        if (rule === "prettier.check" && this.files.some(isCodeFile))
            hit = { ...hit, category: "eslint" };
        const locations = [];
        let diagnostic;
        if (hit.location && (0,paths/* isFilePath */.ig)(hit.location.path)) {
            const { path, line, column } = hit.location;
            locations.push((0,paths/* formatLocation */.j$)(path, line, column));
            diagnostic = {
                path: (0,paths/* repoRelative */.Ne)(path),
                line,
                message: hit.location.message ?? hit.message,
                category: hit.category,
                ...(column ? { column } : {}),
                ...(hit.location.code ? { code: hit.location.code } : {}),
            };
        }
        for (const loc of lineLocations ?? [])
            pushUnique(locations, loc, 10);
        // a formatter names files, not lines
        for (const f of hit.files ?? [])
            if ((0,paths/* isFilePath */.ig)(f))
                pushUnique(locations, (0,paths/* repoRelative */.Ne)(f), 10);
        const signal = {
            category: hit.category,
            weight: hit.weight,
            rule,
            line: l.n,
            message: clip(hit.message, 500),
            evidence: clip(l.text),
            locations,
            tests: hit.tests ?? [],
            facts: hit.facts ?? {},
        };
        const step = l.step ?? this.currentStep;
        if (step !== undefined)
            signal.step = step;
        if (this.currentCommand !== undefined)
            signal.command = this.currentCommand;
        const tool = chooseTool(rule, hit.tool, this.currentTool);
        if (tool !== undefined)
            signal.tool = tool;
        this.lastSignalLine = l.n;
        if (LOOKBACK_IDS.has(rule) && this.lintLines.size < 10_000)
            this.lintLines.add(l.n);
        for (const t of hit.tests ?? [])
            pushUnique(this.tests, t, MAX_TESTS);
        for (const t of hit.flaky ?? [])
            this.addFlaky(t, l.n, l.text);
        if ((hit.flaky?.length ?? 0) > 0 && this.flakyTool === undefined)
            this.flakyTool = signal.tool;
        for (const f of hit.files ?? [])
            pushUnique(this.files, (0,paths/* repoRelative */.Ne)(f), MAX_LOCATIONS);
        if (rule === "docker.solve")
            this.dockerBuild = true;
        if (rule === "docker.dockerfile")
            for (const loc of locations)
                pushUnique(this.dockerfileAt, loc, 10);
        if (typeof hit.facts?.goPackage === "string")
            pushUnique(this.goPackages, hit.facts.goPackage, MAX_LOCATIONS);
        if (hit.weight === 0) {
            // a side note's location (a goroutine's frame) belongs to its category
            for (const loc of locations) {
                this.addCategoryLocation(hit.category, loc);
                this.loose(l.n, loc);
            }
            return signal;
        }
        let isNew = false;
        const first = this.firstByWeight[hit.weight];
        // earliest by line: look-backs record lines above ones already read
        if (first === undefined || signal.line < first.line) {
            this.firstByWeight[hit.weight] = signal;
            isNew = true;
        }
        let c = this.categories.get(hit.category);
        if (!c) {
            c = { first: signal, count: 0, locations: [], diagnostics: [], majorDiagnostics: 0, evidence: [] };
            this.categories.set(hit.category, c);
            for (const p of this.pendingCategoryLocations)
                if (p.category === hit.category)
                    pushUnique(c.locations, p.location, MAX_LOCATIONS);
            isNew = true;
        }
        else if (signal.line < c.first.line)
            c.first = signal;
        c.count++;
        for (const loc of locations)
            pushUnique(c.locations, loc, MAX_LOCATIONS);
        if (diagnostic && c.diagnostics.length < MAX_DIAGNOSTICS) {
            // a tool's minor findings (pylint's conventions) after its errors and warnings
            if (hit.weight === 3)
                c.diagnostics.splice(c.majorDiagnostics++, 0, diagnostic);
            else
                c.diagnostics.push(diagnostic);
        }
        pushUnique(c.evidence, signal.evidence, 5);
        if (isNew) {
            for (const r of this.recentLoose)
                if (l.n - r.line <= ATTACH_BEFORE)
                    pushUnique(signal.locations, r.location, 10);
            this.attach.push({ signal, until: l.n + ATTACH_AFTER });
            if (this.attach.length > 32)
                this.attach.shift();
        }
        return signal;
    }
    /** A test shown flaky by the log line `n` (the first proof per test is kept). */
    addFlaky(test, n, text) {
        if (test === "" || this.flakyHints.includes(test))
            return;
        pushUnique(this.flakyHints, test, MAX_TESTS);
        if (this.flakyEvidence.length < MAX_TESTS)
            this.flakyEvidence.push({ source: "log", test, line: n, evidence: clip(text) });
    }
    /** Reruns and retries that did not end in a pass are not flakiness: drops them; resolves jest's retries. */
    settleFlaky() {
        const failing = new Set(this.tests);
        const drop = (t) => {
            const i = this.flakyHints.indexOf(t);
            if (i >= 0)
                this.flakyHints.splice(i, 1);
            const e = this.flakyEvidence.findIndex((f) => f.test === t);
            if (e >= 0)
                this.flakyEvidence.splice(e, 1);
        };
        // pytest: RERUN then FAILED (every rerun failed) is a real failure
        for (const t of this.rerun)
            if (failing.has(t))
                drop(t);
        // jest: a retried test among the suite's final failures (`file > describe > test`; the retry line
        // names it as jest's -t matches it, the names joined by spaces) failed every retry
        const failingNames = new Set([...failing].map((t) => t.replaceAll(" > ", " ")));
        for (const r of [
            ...this.jestRetried,
            ...this.jestPending.map((p) => ({ ...p, file: this.jsFile ?? "" })),
        ]) {
            const id = r.file !== "" ? `${r.file} > ${r.name}` : r.name;
            if (failingNames.has(id.replaceAll(" > ", " ")))
                continue;
            this.addFlaky(id, r.line, r.text);
            if (this.flakyTool === undefined)
                this.flakyTool = "jest";
        }
    }
    /** Ends the input and returns the result. */
    end() {
        if (this.carry !== "" || this.carryCut) {
            const raw = this.carry;
            const cut = this.carryCut;
            this.carry = "";
            this.carryCut = false;
            this.single(raw, cut);
        }
        // lint output that ends the log without a closing line (a paste of flake8's output)
        if (this.lineNo > this.lintReadUpTo) {
            this.chunkText = "";
            this.chunkStart = 0;
            this.linePos = 0;
            this.lintLookback(this.lineNo + 1);
        }
        if (this.frames)
            this.closeFrames({
                n: this.lineNo + 1,
                text: "",
                kind: "text",
                continuation: false,
                cut: false,
            });
        let primary;
        for (const w of [3, 2, 1]) {
            primary = this.firstByWeight[w];
            if (primary)
                break;
        }
        const cancelled = primary?.facts.cancelled === "yes" || (!primary && this.options.conclusion === "cancelled");
        // a test module that could not be imported comes before the failures of the tests that did run
        const importError = this.categories.get("import_error")?.first;
        if (primary?.category === "test_failure" && importError?.weight === 3)
            primary = importError;
        const alsoFailed = primary?.category === "import_error" && this.categories.has("test_failure");
        let category = primary?.category ?? "other";
        this.settleFlaky();
        // every failing test also passed in this log (go test -count=N): the failure is flakiness, by evidence
        const failingTests = this.tests.filter((t) => !this.tests.some((o) => o !== t && o.startsWith(`${t} > `)));
        if (category === "test_failure" &&
            failingTests.length > 0 &&
            failingTests.every((t) => this.flakyHints.includes(t)))
            category = "flaky";
        // nothing failed but tests that passed on a rerun or retry: flaky, by that evidence
        if ((primary === undefined || (primary.weight === 1 && primary.facts.cancelled !== "yes")) &&
            this.flakyHints.length > 0)
            category = "flaky";
        if (primary?.weight === 1 && this.options.conclusion === "timed_out")
            category = "timeout";
        const state = primary ? this.categories.get(primary.category) : undefined;
        const locations = [];
        if (primary && category !== "infrastructure" && !cancelled) {
            const diagnosticCategories = ["mypy", "ruff", "typescript", "eslint"];
            if (diagnosticCategories.includes(category)) {
                for (const d of state?.diagnostics ?? [])
                    pushUnique(locations, (0,paths/* formatLocation */.j$)(d.path, d.line, d.column), MAX_LOCATIONS);
            }
            for (const loc of state?.locations ?? [])
                pushUnique(locations, loc, MAX_LOCATIONS);
            for (const loc of primary.locations)
                pushUnique(locations, loc, MAX_LOCATIONS);
            // a test runner's timeout: where the test it stopped was (its failure section's locations); a
            // module that could not load beside tests that failed: both need fixing (the failures' too)
            if (category === "timeout" || (category === "import_error" && alsoFailed))
                for (const loc of this.categories.get("test_failure")?.locations ?? [])
                    pushUnique(locations, loc, MAX_LOCATIONS);
        }
        const diagnostics = [];
        for (const c of this.categories.values())
            for (const d of c.diagnostics)
                diagnostics.push(d);
        const alsoSeen = [...this.categories.entries()]
            .filter(([cat]) => cat !== category)
            .map(([cat, c]) => ({ category: cat, rule: c.first.rule, line: c.first.line }))
            .slice(0, 12);
        const evidence = [];
        // no silent drop: without a tool's own report, the first error-looking line is evidence too
        if (!primary && this.errorLooking !== undefined)
            pushUnique(evidence, this.errorLooking, 10);
        if (primary)
            pushUnique(evidence, primary.evidence, 10);
        if (primary && primary.weight === 1 && this.errorLooking !== undefined)
            pushUnique(evidence, this.errorLooking, 10);
        for (const e of state?.evidence ?? [])
            pushUnique(evidence, e, 10);
        if (this.firstErrorMessage && this.firstErrorMessage.length > 1)
            pushUnique(evidence, clip(this.firstErrorMessage.filter((s) => s.trim() !== "").join(" ⏎ "), 600), 10);
        const facts = { ...(primary?.facts ?? {}) };
        if (state)
            facts.count = state.count;
        const step = primary?.step ?? this.firstErrorStep;
        const command = primary?.command ?? this.firstErrorCommand ?? this.currentCommand;
        const stepTool = command !== undefined ? (0,triage_command/* scriptTool */.IN)(command)?.tool : undefined;
        let tool = primary?.tool ?? (category === "flaky" ? this.flakyTool : undefined) ?? stepTool ?? "unknown";
        // a docker build that failed: docker reported what its step's process printed, at its Dockerfile line
        if (this.dockerBuild && !cancelled && category !== "infrastructure") {
            tool = "docker";
            facts.dockerBuild = "yes";
            for (const loc of this.dockerfileAt)
                pushUnique(locations, loc, MAX_LOCATIONS);
        }
        if (tool === "unknown" && (cancelled || category === "infrastructure" || category === "timeout"))
            tool = "runner";
        // a checker's step that failed with output no parser knows: its category, from its command
        if ((primary === undefined || primary.weight === 1) && !cancelled && category === "other") {
            const byTool = TOOL_CATEGORY[stepTool ?? "unknown"];
            if (byTool !== undefined && primary?.facts.exitCode !== undefined)
                category = byTool;
        }
        const flakyOnly = category === "flaky";
        const files = [];
        for (const d of state?.diagnostics ?? [])
            pushUnique(files, d.path, MAX_LOCATIONS);
        for (const f of this.files)
            pushUnique(files, f, MAX_LOCATIONS);
        // a JS test file that could not load is run by its file (it has no test names to filter on)
        if (category === "import_error" && (tool === "jest" || tool === "vitest" || tool === "mocha"))
            for (const loc of primary?.locations ?? []) {
                const path = loc.replace(/:\d+(?::\d+)?$/, "");
                if (/\.(?:test|spec)\.[cm]?[jt]sx?$/.test(path))
                    pushUnique(files, path, MAX_LOCATIONS);
            }
        const flakiness = this.flakyHints.length > 0
            ? `failed and passed in this log (a rerun, a retry or a repeated run), line ${this.flakyEvidence
                .slice(0, 5)
                .map((e) => `${e.line}: ${e.test}`)
                .join(", line ")}`
            : "not known to be flaky (no rerun, retry or repeated run in this log passed)";
        const advice = (0,triage_advice/* adviceFor */.c)({
            category,
            tool,
            command,
            files,
            packages: this.goPackages,
            primary,
            count: state?.count ?? 0,
            tests: flakyOnly ? this.flakyHints : this.tests,
            locations,
            diagnostics: state?.diagnostics ?? [],
            facts,
            cancelled,
            conclusion: this.options.conclusion,
        });
        return {
            category,
            tool,
            summary: advice.summary,
            locations,
            tests: wholeIds(flakyOnly ? this.flakyHints : this.tests),
            fix: advice.fix,
            reproduce: advice.reproduce,
            evidence,
            details: {
                rule: primary?.rule ?? "none",
                line: primary?.line ?? 0,
                ...(step !== undefined ? { step } : {}),
                ...(command !== undefined ? { command } : {}),
                diagnostics: diagnostics.slice(0, 200),
                facts,
                flakyHints: [...this.flakyHints],
                flakyEvidence: this.flakyEvidence.map((e) => ({ ...e })),
                flakiness,
                alsoSeen,
                cancelled,
                lines: this.lineNo,
                bytes: this.bytes,
                cutLines: this.cutLines,
            },
        };
    }
}
/** The category of a checker's failure when only its step's exit code says it failed. */
const TOOL_CATEGORY = {
    prettier: "eslint",
    mypy: "mypy",
    pyright: "mypy",
    ruff: "ruff",
    flake8: "ruff",
    pylint: "ruff",
    black: "ruff",
    isort: "ruff",
    tsc: "typescript",
    eslint: "eslint",
    biome: "eslint",
};
/** The tools of each rule id, and of the scanner's own multi-line parsers. */
const RULE_TOOLS = new Map([
    ...RULES.map((r) => [r.id, r.tools]),
    ["eslint.error", ["eslint", "biome"]],
    ["eslint.warning", ["eslint", "biome"]],
    ["eslint.max-warnings", ["eslint"]],
    ["ruff.full", ["ruff"]],
    ["ruff.grouped", ["ruff"]],
    ["mocha.test", ["mocha"]],
    ["cargo.rustc", ["cargo"]],
    ["pytest.section", ["pytest"]],
    ["python.import", ["pytest", "python", "unittest", "alembic"]],
    ["python.syntax", ["pytest", "python", "unittest", "alembic"]],
    ["python.exception", ["python", "pytest", "unittest", "alembic"]],
    ["cmake.error", ["cmake", "pip"]],
    ["compiler.diagnostic", []],
    ["gha.error", []],
]);
/**
 * The tool of a signal: among the rule's tools, the one the step's command runs when it is one of them,
 * else the rule's usual tool; for lines any tool may print, the step's tool.
 */
function chooseTool(rule, hitTool, stepTool) {
    const tools = RULE_TOOLS.get(rule) ?? [];
    if (stepTool !== undefined && tools.includes(stepTool))
        return stepTool;
    if (hitTool !== undefined)
        return hitTool;
    return tools[0] ?? stepTool;
}



/***/ }),

/***/ 276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ triageFile),
/* harmony export */   triageStream: () => (/* binding */ triageStream)
/* harmony export */ });
/* unused harmony export triageText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _scanner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5265);
// Entry points: triage a string, a stream of chunks, or a file (read in chunks: memory stays flat).


function triageText(text, options = {}) {
    const s = new TriageScanner(options);
    s.write(text);
    return s.end();
}
async function triageStream(chunks, options = {}) {
    const s = new _scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TriageScanner */ .d4(options);
    for await (const chunk of chunks)
        s.write(chunk);
    return s.end();
}
const READ_BYTES = 1 << 20;
async function triageFile(path, options = {}) {
    const s = new _scanner_js__WEBPACK_IMPORTED_MODULE_1__/* .TriageScanner */ .d4(options);
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, "r");
    // Two buffers, reused (the scanner copies what it keeps): the next megabyte is read while this one is
    // scanned, and no fresh buffer is allocated, zeroed and collected per chunk as a stream would.
    let spare = Buffer.allocUnsafe(READ_BYTES);
    let pending = file.read(Buffer.allocUnsafe(READ_BYTES), 0, READ_BYTES, null);
    try {
        for (;;) {
            const { bytesRead, buffer } = await pending;
            if (bytesRead === 0)
                break;
            pending = file.read(spare, 0, READ_BYTES, null);
            spare = buffer;
            s.write(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await pending.catch(() => undefined);
        await file.close();
    }
    return s.end();
}


/***/ })

};
