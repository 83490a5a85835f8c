import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7551);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/errors.js
// The error taxonomy decides how a run ends: a configuration error is the user's to fix, a transient
// error may succeed on retry, a refusal is a deliberate decision with its evidence (not a crash).
/** A wrong or missing input, file or setting: the message says which one and how to fix it. */
class errors_ConfigurationError extends Error {
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
class errors_RefusalError extends Error {
    kind = "refusal";
    evidence;
    constructor(message, evidence = []) {
        super(message);
        this.name = "RefusalError";
        this.evidence = evidence;
    }
}
/** The run was cancelled (SIGINT/SIGTERM) or an operation was aborted. */
class errors_CancelledError extends Error {
    kind = "cancelled";
    constructor(message = "the run was cancelled") {
        super(message);
        this.name = "CancelledError";
    }
}
/** Classifies anything thrown, including non-Error values. */
function errorKind(error) {
    if (error instanceof errors_ConfigurationError)
        return "configuration";
    if (error instanceof TransientError)
        return "transient";
    if (error instanceof errors_RefusalError)
        return "refusal";
    if (error instanceof errors_CancelledError)
        return "cancelled";
    if (error instanceof Error && error.name === "AbortError")
        return "cancelled";
    return "internal";
}
/** A message for anything thrown: an Error's message, a string as is, anything else as JSON. */
function errors_errorMessage(error) {
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/secrets.js
// Credentials in inputs, found before anything parses them: a typo in a URL (`redis:/u:pw@h`, `u:pw@h:p`,
// a wrong scheme) must not be what decides whether its password gets masked. `secretForms` gives every
// string to register with the runner (`ctx.setSecret`) for a value as given; `hideSecrets` removes them
// from text we write ourselves (errors, summaries, reports), which must not rely on the runner's masking.
const MIN_GUESSED = 3;
/** The forms a password can be printed in: as written, URL-decoded and URL-encoded. */
function secrets_forms(raw) {
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
        for (const f of secrets_forms(part))
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/inputs.js
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
function inputs_formatDuration(ms) {
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
        throw new errors_ConfigurationError(`${this.source.label(name)}: ${show(value)} is not valid; expected ${allowed}`, {
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
            throw new errors_ConfigurationError(`${this.source.label(name)} is required: give ${hint}`, { input: name });
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
            ? ` between ${inputs_formatDuration(opts.min ?? 0)} and ${opts.max !== undefined ? inputs_formatDuration(opts.max) : "∞"}`
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
    return hideSecrets(out, value);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ""}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function fileCommand(variable, key, value) {
    const path = process.env[variable];
    if (!path)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error(`unexpected delimiter in ${key}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(path, `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, { encoding: "utf8" });
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
const info = (message) => process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`);
const warning = (message, where) => issue("warning", message, annotation(where));
const error = (message, where) => issue("error", message, annotation(where));
const notice = (message, where) => issue("notice", message, annotation(where));
const startGroup = (name) => issue("group", name);
const endGroup = () => issue("endgroup");
const setSecret = (secret) => issue("add-mask", secret);
function setOutput(name, value) {
    if (!fileCommand("GITHUB_OUTPUT", name, value)) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
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
        const doc = addEol ? `${text}${external_node_os_namespaceObject.EOL}` : text;
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/safe-text.js
// Untrusted text (logs, PR titles, branch names, test names, health bodies) made harmless wherever it goes:
// the runner log (workflow commands), and Markdown/HTML in summaries and comments.
/** GitHub's limits: a step summary is refused over 1 MiB; an issue comment over 65,536 characters. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const COMMENT_LIMIT_CHARS = 65_536;
const ZWSP = "\u200b";
// The runner trims a line with .NET's `TrimStart()` before looking for `::`: that strips every Unicode
// White_Space character, U+0085 (NEL) included, which JavaScript's `\s` lacks. Rather than copy one
// runtime's list, a `::` is broken after any run of characters that are not letters, digits, punctuation
// or symbols (white space, controls, format characters, marks, unassigned code points), at the start of
// the line and after anything some reader might take for a line break (NEL, LS, PS, VT, FF).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is matched
const LEADING_COMMAND = /(^|[\u000b\u000c\u0085\u2028\u2029])([^\p{L}\p{N}\p{P}\p{S}]*):(?=:)/gu;
/**
 * One log line that cannot act as a workflow command: a leading `::` (after any invisible characters) and
 * any `##[` are broken with a zero-width space, and carriage returns cannot start a new runner line.
 */
function inertLine(line) {
    let out = line.replace(/\r/g, "\\r");
    out = out.replace(LEADING_COMMAND, `$1$2:${ZWSP}`);
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
// GFM turns `https://…`, `www.…` and `a@b.c` in plain text into links (autolink literals), also inside an
// HTML `<code>` element, whose content is parsed as Markdown. A zero-width space after the scheme's `:`,
// after `www` and after `@` keeps the text as it reads while nothing can match.
function breakAutolinks(text) {
    return text
        .replace(/:(?=\/\/)/g, `:${ZWSP}`)
        .replace(/www(?=\.)/gi, (w) => `${w}${ZWSP}`)
        .replace(/@/g, `@${ZWSP}`);
}
/**
 * Inline Markdown text: HTML escaped, Markdown punctuation backslash-escaped (no link, image, emphasis or
 * HTML can come from it), autolink literals and `@mentions` broken, `#refs` escaped, newlines folded to
 * spaces. Safe in table cells (pipes escaped).
 */
function safe_text_mdText(text) {
    // Markdown escapes first: the entities escapeHtml adds (`&#39;`) must not be escaped again.
    const markdownSafe = stripControl(text)
        .replace(/\r?\n|\r/g, " ")
        .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`);
    return breakAutolinks(escapeHtml(markdownSafe));
}
// Inside `<code>` every character Markdown or HTML could act on is a numeric character reference, which
// CommonMark always reads as a literal character: `![x](…)` or `[x](…)` stay text, `</code>` cannot close it.
// (`_` only where it could open or close emphasis: intraword, as in `test_smoke`, it cannot.)
const CODE_ENTITY = /[!&()*<>@[\\\]`|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
/**
 * Untrusted text inside an HTML element (`<code>`, `<summary>`): one line (a blank line would end the HTML
 * block and let Markdown start), every character Markdown or HTML could act on as a character reference.
 */
function htmlText(text) {
    return breakAutolinks(stripControl(text).replace(/\r?\n|\r/g, " ")).replace(CODE_ENTITY, (c) => `&#${c.charCodeAt(0)};`);
}
/** Inline code for untrusted text, as an HTML `<code>` element: safe in tables, against backticks, links and images. */
function mdCode(text) {
    return `<code>${htmlText(text)}</code>`;
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/summary.js
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
    return `## ${ICONS[status]} ${safe_text_mdText(title)}${detail ? `\n\n${safe_text_mdText(detail)}` : ""}`;
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
    const head = `| ${headers.map(safe_text_mdText).join(" | ")} |`;
    const rule = `| ${headers.map(() => "---").join(" | ")} |`;
    const body = rows.map((r) => `| ${r.map((c) => c.replace(/\r?\n/g, "<br>")).join(" | ")} |`);
    return [head, rule, ...body].join("\n");
}
/** A collapsed section; `body` is already-safe Markdown. */
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${htmlText(summary)}</summary>\n\n${body}\n\n</details>`;
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
            title: where.title ? inertLine(where.title) : undefined,
            file: where.file,
            startLine: where.startLine,
            endLine: where.endLine,
            startColumn: where.startColumn,
        }
        : undefined;
    return {
        debug: (m) => debug(inertText(m)),
        info: (m) => info(inertText(m)),
        warning: (m, w) => warning(inertText(m), props(w)),
        error: (m, w) => error(inertText(m), props(w)),
        notice: (m, w) => notice(inertText(m), props(w)),
        group: async (title, fn) => {
            startGroup(inertLine(title));
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
        controller.abort(new errors_CancelledError(`the run was cancelled (${signal})`));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const ctx = {
        name,
        inputs: new Inputs(actionInputSource(process.env)),
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
        const kind = cancelled ? "cancelled" : errorKind(error);
        const message = errors_errorMessage(error);
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
                logger.warning(`${name}: cleanup failed: ${errors_errorMessage(error)}`);
            }
        }
        await writeSummary(errorSection, summary, logger);
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
    }
    if (failure !== undefined)
        setFailed(`${name}: ${inertLine(failure)}`);
    // Every connection is closed above; if some library still holds a handle, do not hang the step.
    setTimeout(() => process.exit(), EXIT_BACKSTOP_MS).unref();
}
function renderError(name, kind, message, error) {
    switch (kind) {
        case "configuration":
            return `${headline("failure", `${name}: configuration error`)}\n\n${safe_text_mdText(message)}\n\nFix the input in the workflow file and run again; nothing was changed.`;
        case "refusal": {
            const evidence = error instanceof errors_RefusalError ? error.evidence : [];
            const list = evidence.map((e) => `- ${safe_text_mdText(e)}`).join("\n");
            return `${headline("refused", `${name} refused`)}\n\n${safe_text_mdText(message)}${list ? `\n\n**Evidence**\n\n${list}` : ""}`;
        }
        case "cancelled":
            return `${headline("cancelled", `${name} was cancelled`)}\n\n${safe_text_mdText(message)}. Cleanup ran; see below for the state the run reached.`;
        case "transient":
            return `${headline("failure", `${name} failed: a dependency did not answer`)}\n\n${safe_text_mdText(message)}\n\nThis may pass on a re-run.`;
        default:
            return `${headline("failure", `${name} failed unexpectedly`)}\n\n${mdBlock(message)}`;
    }
}
async function writeSummary(errorSection, summary, logger) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const doc = fitSections([errorSection, summary], SUMMARY_LIMIT_BYTES - 1024);
    if (doc.trim() === "")
        return;
    try {
        await runner_commands_summary.addRaw(doc, true).write();
    }
    catch (error) {
        logger.warning(`could not write the job summary: ${errors_errorMessage(error)}`);
    }
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/connection.js
// The Redis connection, bounded in every way: ioredis is loaded only when a run needs it, connects with a
// deadline, answers each command within a timeout or fails, queues nothing while offline, retries a few
// times and then gives up, and is always closed (QUIT with a deadline, then a hard disconnect). Without
// this, ioredis reconnects forever and an unreachable server keeps a finished step alive.



const connection_DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
const connection_DEFAULT_COMMAND_TIMEOUT_MS = 2_000;
const DEFAULT_MAX_RETRIES = 2;
const QUIT_TIMEOUT_MS = 500;
function fail(input, url, why) {
    const shown = url === undefined ? "the value (not shown)" : JSON.stringify(maskUrl(url));
    throw new errors_ConfigurationError(`${input}: ${shown} is not a valid Redis URL (${why}); expected redis://[user:password@]host[:port][/db] or rediss://… for TLS`, { input });
}
/** A Redis URL with any password replaced by `***`, even when the URL does not parse (any shape). */
function maskUrl(url) {
    const m = AUTHORITY.exec(url);
    let out = url;
    if (m) {
        const [whole, scheme, userinfo] = m;
        const colon = userinfo.indexOf(":");
        if (colon >= 0)
            out = `${scheme}${userinfo.slice(0, colon)}:***@${url.slice(whole.length)}`;
    }
    return hideSecrets(out, url);
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
    for (const part of passwordParts(url))
        forms.add(part);
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
    return url ? [...new Set([...secretForms(url), ...redisSecrets(url)])] : [];
}
/** Commands that only read: when one times out, nothing was changed by it. */
const READ_COMMANDS = new Set([
    "get",
    "mget",
    "exists",
    "pttl",
    "ttl",
    "type",
    "xrevrange",
    "xrange",
    "xlen",
    "ping",
    "info",
    "scan",
    "hget",
    "hgetall",
    "smembers",
    "lrange",
    "strlen",
    "dbsize",
    "time",
    "echo",
    "client",
    "quit",
]);
/**
 * A command sent on an open connection that got no answer within the command timeout. For a write it is
 * unknown whether Redis applied it: the state must be read again before acting on it.
 */
class RedisCommandTimeoutError extends TransientError {
    command;
    timeoutMs;
    constructor(command, timeoutMs) {
        const name = command.toUpperCase();
        const seconds = Number((timeoutMs / 1000).toFixed(timeoutMs < 10_000 ? 2 : 1));
        super(READ_COMMANDS.has(command.toLowerCase())
            ? `Redis did not answer ${name} within ${seconds} s (the connection was open): nothing was changed by it; Redis is slow or frozen`
            : `Redis did not answer ${name} within ${seconds} s (the connection was open): the change may or may not have been applied; read the state again (\`ops killswitch status\`, \`ops lock status\`) before acting on it`);
        this.command = command;
        this.timeoutMs = timeoutMs;
        this.name = "RedisCommandTimeoutError";
    }
}
/** ioredis rejects a late command with a bare "Command timed out": say which command, and what it means. */
function answerTimeoutsClearly(redis, timeoutMs) {
    const target = redis;
    const send = target.sendCommand.bind(redis);
    target.sendCommand = (command, ...rest) => {
        const answer = send(command, ...rest);
        if (!answer || typeof answer.catch !== "function")
            return answer;
        return answer.catch((error) => {
            if (error instanceof Error && /^Command timed out/.test(error.message)) {
                throw new RedisCommandTimeoutError(command.name, timeoutMs);
            }
            throw error;
        });
    };
}
/** Redis refused the user or password: the workflow's to fix, but also "Redis cannot be read". */
class connection_RedisAuthError extends errors_ConfigurationError {
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
    const connectTimeout = options.connectTimeoutMs ?? connection_DEFAULT_CONNECT_TIMEOUT_MS;
    const commandTimeout = options.commandTimeoutMs ?? connection_DEFAULT_COMMAND_TIMEOUT_MS;
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
                ...((0,external_node_net_namespaceObject.isIP)(parsed.host) ? {} : { servername: parsed.host }),
                ...(options.tlsCa ? { ca: [...(await defaultCertificates()), options.tlsCa.toString()] } : {}),
            }
            : undefined,
        lazyConnect: true,
        connectTimeout,
        commandTimeout,
        enableOfflineQueue: false,
        // Off: its INFO needs a permission a least-privilege ACL user does not have; the PING below checks.
        enableReadyCheck: false,
        // Off: CLIENT SETINFO is one more command such a user may lack (and Redis 7.0 does not know it).
        disableClientInfo: true,
        maxRetriesPerRequest: 0,
        autoResendUnfulfilledCommands: false,
        reconnectOnError: null,
        // ioredis keeps a timer this long after disconnecting a socket that is already gone.
        disconnectTimeout: 200,
        retryStrategy: (times) => (times > maxRetries ? null : Math.min(100 * 2 ** (times - 1), 1_000)),
    });
    answerTimeoutsClearly(redis, commandTimeout);
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
            throw new connection_RedisAuthError(`Redis at ${where} refused the credentials in ${input}: ${detail}`, { input });
        }
        throw new TransientError(`Redis at ${where} cannot be reached: ${detail}`, { cause: error });
    }
    finally {
        clearTimeout(timer);
    }
    logger?.debug(`redis: connected to ${parsed.display}`);
    return { redis, target, close };
}

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
        throw new errors_ConfigurationError(`${input}: ${JSON.stringify(prefix.slice(0, 80))} is not a valid key prefix; use up to 64 letters, digits and : _ . - { }`, { input });
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
async function client_openState(url, options = {}) {
    const keys = stateKeys(options.keyPrefix ?? "", options.prefixInput);
    const connection = await connectRedis(url, options);
    return {
        redis: connection.redis,
        keys,
        target: connection.target,
        now: options.now ?? (() => new Date()),
        close: connection.close,
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/audit.js
// The audit stream: every change to the operational state is appended (XADD) with who, when, why, the run,
// the key and its old and new value, in the same atomic step as the change itself (one Lua script), so a
// change can never happen without its record. Listing reads the newest entries first (XREVRANGE).

/** The stream is trimmed to about this many entries. */
const AUDIT_MAXLEN = 10_000;
const MAX_REASON_LENGTH = 1_000;
/** Checks a change's reason: required, not blank, at most 1000 characters. Returns it trimmed. */
function audit_checkReason(reason, input = "reason", label = input) {
    const text = (reason ?? "").trim();
    if (text === "") {
        throw new errors_ConfigurationError(`${label} is required: say why (it is recorded in the audit stream)`, {
            input,
        });
    }
    if (text.length > MAX_REASON_LENGTH) {
        throw new errors_ConfigurationError(`${label} is ${text.length} characters long; keep it under ${MAX_REASON_LENGTH}`, {
            input,
        });
    }
    return text;
}
/** A fenced change refused by Redis: the fence key no longer holds our value. */
class audit_FencedOutError extends Error {
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
        throw new audit_FencedOutError(fence, typeof reply[1] === "string" ? reply[1] : null);
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
const RECORD_SCRIPT = (/* unused pure expression or super */ null && (`${FENCE_PRELUDE}
return {'ok', redis.call('XADD', K[1], 'MAXLEN', '~', A[1], '*', unpack(A, 2))}
`));
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
async function audit_applyChange(client, op, request, changes, options = {}) {
    const reason = audit_checkReason(request.reason);
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
    const reason = audit_checkReason(request.reason);
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/state.js
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
            const client = await openState(source, {
                keyPrefix: options.keyPrefix,
                connectTimeoutMs: Math.min(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, deadline),
                commandTimeoutMs: Math.min(options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, deadline),
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
        if (error instanceof ConfigurationError && !(error instanceof RedisAuthError))
            throw error;
        return unreadableState(errorMessage(error));
    }
    finally {
        clearTimeout(timer);
        if (close)
            await close();
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/change.js
// One state change: read the state, apply the keys and their audit entries atomically, read it again.



/** The state `before` with `applied` written over it (pure). */
function projectState(before, client, applied) {
    const k = client.keys;
    const value = (key, current) => {
        const c = applied.find((a) => a.key === key);
        return c ? c.new : current;
    };
    return interpretState({
        killSwitch: value(k.killSwitch, before.raw.killSwitch),
        breaker: value(k.breakerState, before.raw.breaker),
        tripReason: value(k.tripReason, before.tripReason),
        lastReset: value(k.lastReset, before.lastReset),
    });
}
async function changeState(client, op, request, changes, notes = () => [], options = {}) {
    const before = await readState(client);
    const applied = await audit_applyChange(client, op, request, changes, options);
    let after;
    const extra = [];
    try {
        after = await readState(client);
    }
    catch (error) {
        // The change is made (atomically, with its audit entries): report it rather than a failure.
        after = projectState(before, client, applied);
        extra.push(`the change was made, but reading the state back failed (${errors_errorMessage(error)}): "after" is computed`);
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
const RECOVERY_QUESTIONS = [
    "Has the drawdown normalized?",
    "Is the broker API healthy?",
    "Are the data feeds current?",
];
/** Sets `cb:state` = "TRIPPED" and `cb:trip_reason` = reason. */
function tripBreaker(client, request, options = {}) {
    const k = client.keys;
    return changeState(client, "breaker.trip", request, [
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
    const current = await readState(client);
    if (current.killSwitch !== "inactive") {
        throw new errors_RefusalError(`the kill switch is ${current.killSwitch}: deactivate it before resetting the circuit breaker`, [
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../../packages/ops-core/dist/process/run-command.js
// Child processes, always as an argument array (never a shell string), always with a timeout, output
// bounded, and cancellable. Every adapter (compose, alembic, smoke and backup commands) goes through here.


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
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/cancel-orders.js
// The open-order cancellation the runbook leaves to a person after the kill switch: an optional command
// (argument list, no shell) and/or webhook (POST, with a timeout), run after the kill switch is active.
// Each result is reported; a failure is loud and never undoes the kill switch.



const DEFAULT_CANCEL_TIMEOUT_MS = 60_000;
/** Shows a webhook URL without its user, password or query (which often carries a token). */
function displayWebhook(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
/** Runs the command, then the webhook (both when both are given). Never throws: failures are results. */
async function cancelOpenOrders(config, event, deps = {}) {
    const timeoutMs = config.timeoutMs ?? DEFAULT_CANCEL_TIMEOUT_MS;
    const steps = [];
    if (config.command && config.command.length > 0) {
        const run = deps.runCommand ?? runCommand;
        const started = performance.now();
        const target = config.command.join(" ");
        try {
            const result = await run(config.command, {
                timeoutMs,
                signal: deps.signal,
                env: {
                    ...(deps.env ?? process.env),
                    OPS_KILL_SWITCH_REASON: event.reason,
                    OPS_KILL_SWITCH_ACTOR: event.actor,
                    OPS_RUN_URL: event.runUrl ?? "",
                },
            });
            const output = tailLines(`${result.stdout}${result.stderr ? `\n${result.stderr}` : ""}`.trim(), 40);
            steps.push({
                via: "command",
                target,
                ok: result.code === 0 && !result.timedOut,
                outcome: describeExit(result),
                output,
                durationMs: result.durationMs,
            });
        }
        catch (error) {
            steps.push({
                via: "command",
                target,
                ok: false,
                outcome: errors_errorMessage(error),
                output: "",
                durationMs: performance.now() - started,
            });
        }
    }
    if (config.webhook) {
        const doFetch = deps.fetch ?? fetch;
        const started = performance.now();
        const target = displayWebhook(config.webhook);
        const signals = [AbortSignal.timeout(timeoutMs)];
        if (deps.signal)
            signals.push(deps.signal);
        try {
            const response = await doFetch(config.webhook, {
                method: "POST",
                headers: { "content-type": "application/json", "user-agent": "ops-kill-switch" },
                body: JSON.stringify({ event: "kill-switch-activated", ...event }),
                signal: AbortSignal.any(signals),
                redirect: "error",
            });
            const body = (await response.text()).slice(0, 4000);
            steps.push({
                via: "webhook",
                target,
                ok: response.ok,
                outcome: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
                output: tailLines(body, 40),
                durationMs: performance.now() - started,
            });
        }
        catch (error) {
            const timedOut = error instanceof Error && (error.name === "TimeoutError" || /timeout/i.test(error.message));
            steps.push({
                via: "webhook",
                target,
                ok: false,
                outcome: timedOut ? `timed out after ${timeoutMs} ms` : `request failed: ${errors_errorMessage(error)}`,
                output: "",
                durationMs: performance.now() - started,
            });
        }
    }
    return steps;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/killswitch.js
// The kill switch, as the runbook flips it by hand: `killswitch:active` true/false. Activating it also
// trips the circuit breaker (the runbook's emergency stop does both); deactivating it leaves the breaker
// tripped: resetting the breaker is its own, approved step.

/** Sets `killswitch:active` = "true", `cb:state` = "TRIPPED" and `cb:trip_reason` = "kill switch: <reason>". */
function activateKillSwitch(client, request, options = {}) {
    const k = client.keys;
    return changeState(client, "killswitch.activate", request, [
        { key: k.killSwitch, value: "true" },
        { key: k.breakerState, value: "TRIPPED" },
        { key: k.tripReason, value: `kill switch: ${request.reason.trim()}` },
    ], undefined, options);
}
/** Sets `killswitch:active` = "false". The breaker is not touched (reset it separately, with approval). */
function deactivateKillSwitch(client, request, options = {}) {
    return changeState(client, "killswitch.deactivate", request, [{ key: client.keys.killSwitch, value: "false" }], (after) => after.breaker === "OPEN"
        ? []
        : [
            `the circuit breaker is still ${after.breaker}: trading stays stopped until it is reset (breaker reset, behind approval)`,
        ], options);
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/lock.js
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
    lines.push(info.ttlMs === null ? "expires: never (no TTL)" : `expires in ${inputs_formatDuration(info.ttlMs)}`);
    return lines;
}
async function lockStatus(client) {
    const key = client.keys.lock;
    const [[, raw], [, pttl]] = (await client.redis.multi().get(key).pttl(key).exec());
    return describeLockValue(key, raw, typeof pttl === "number" && pttl >= 0 ? pttl : null);
}
// KEYS[1] = lock, KEYS[2] = fence counter; ARGV[1] = owner JSON, ARGV[2] = ttl ms.
// Returns {fence, stored value} or nil when the lock is held.
const ACQUIRE_SCRIPT = (/* unused pure expression or super */ null && (`
if redis.call('EXISTS', KEYS[1]) == 1 then return nil end
local fence = redis.call('INCR', KEYS[2])
local owner = cjson.decode(ARGV[1])
owner['fence'] = fence
local value = cjson.encode(owner)
redis.call('SET', KEYS[1], value, 'NX', 'PX', ARGV[2])
return {fence, value}
`));
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
/** A FencedOutError from a write fenced on the deploy lock, as the LockLostError it means. */
function asLockLost(error, step) {
    if (!(error instanceof FencedOutError))
        return error;
    const now = describeLockValue(error.fence.key, error.current, null);
    return new LockLostError(step, now.held ? "another owner holds it now" : "it expired or was released", now.held ? lockEvidence(now).slice(0, -1) : [`${error.fence.key} is free`]);
}
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
        host: hostname(),
        pid: process.pid,
        token: randomUUID(),
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
    const check = async (step) => {
        if (released)
            throw new LockLostError(step, "it was already released by this run");
        if (!lost) {
            const ok = await extend().catch((error) => {
                // Unanswered for longer than the TTL: it has expired on the server's side by now.
                if (Date.now() - lastExtended <= ttlMs)
                    throw error;
                markLost(`Redis did not answer for longer than the TTL: ${errorMessage(error)}`);
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
 * Deletes the lock only if it still holds exactly `expectedRaw` (what the person was shown), recording
 * it in the audit stream, in one script: a lock that expired and was taken by a run in between is left
 * alone (`released: false`, `changed: true`).
 */
async function releaseLockIfUnchanged(client, request, expectedRaw) {
    try {
        const [applied] = await applyChange(client, "lock.release", request, [{ key: client.keys.lock, value: null }], { fence: { key: client.keys.lock, value: expectedRaw } });
        return { released: true, changed: false, auditId: applied?.auditId ?? "" };
    }
    catch (error) {
        if (error instanceof FencedOutError)
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/report.js
// What a state operation shows: a status snapshot (state, lock, audit tail), as JSON for outputs and
// scripts, as Markdown for the job summary, and as plain lines for a terminal. Pure renderers; all text
// read from Redis is untrusted and escaped.







/** The state, the lock and the newest `auditCount` audit entries. */
async function readStatus(client, auditCount = 10) {
    const state = await readState(client);
    const errors = [];
    let lock = null;
    let audit = [];
    try {
        lock = await lockStatus(client);
    }
    catch (error) {
        errors.push(`lock: ${errors_errorMessage(error)}`);
    }
    try {
        audit = auditCount > 0 ? await listAudit(client, auditCount) : [];
    }
    catch (error) {
        errors.push(`audit: ${errors_errorMessage(error)}`);
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
function report_show(value) {
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
        return `⚪ Redis could not be read: ${safe_text_mdText(state.error)}`;
    const rows = [
        [
            "Kill switch",
            `${killSwitchIcon(state)} ${safe_text_mdText(state.killSwitch)} (${mdCode(`killswitch:active = ${report_show(state.raw.killSwitch)}`)})`,
        ],
        [
            "Circuit breaker",
            `${breakerIcon(state)} ${safe_text_mdText(state.breaker)} (${mdCode(`cb:state = ${report_show(state.raw.breaker)}`)})`,
        ],
        ["Trip reason", state.tripReason ? safe_text_mdText(state.tripReason) : "—"],
        ["Last reset", state.lastReset ? safe_text_mdText(state.lastReset) : "—"],
    ];
    const notes = state.notes.map((n) => `> ⚠️ ${safe_text_mdText(n)}`).join("\n");
    return sections(table(["", "state"], rows), notes);
}
function changeTable(result) {
    return table(["key", "before", "after"], result.changes.map((c) => [
        mdCode(c.key),
        mdCode(report_show(c.old)),
        c.new === null ? "(deleted)" : mdCode(c.new),
    ]));
}
function auditTable(entries) {
    if (entries.length === 0)
        return "_The audit stream is empty._";
    return table(["time", "actor", "operation", "change", "reason", "run"], entries.map((e) => [
        safe_text_mdText(e.time),
        safe_text_mdText(e.actor),
        mdCode(e.op),
        e.key
            ? `${mdCode(e.key)}: ${mdCode(report_show(e.old))} → ${e.new === null ? "(deleted)" : mdCode(e.new)}`
            : "—",
        safe_text_mdText(e.reason),
        // Whoever wrote the entry wrote its URL: shown as text, never as a link.
        e.runUrl ? mdCode(e.runUrl) : "—",
    ]));
}
function lockSection(lock) {
    if (!lock)
        return "";
    if (!lock.held)
        return "**Deploy lock:** free";
    return `**Deploy lock:** held${lock.manual ? " by hand" : ""}\n\n${lockEvidence(lock)
        .map((l) => `- ${safe_text_mdText(l)}`)
        .join("\n")}`;
}
function cancelOrdersSection(steps) {
    if (steps.length === 0)
        return "";
    const rows = steps.map((s) => [s.ok ? "✅" : "❌", safe_text_mdText(s.via), mdCode(s.target), safe_text_mdText(s.outcome)]);
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
    return sections("### Recovery questions (runbook)", "The runbook asks these before a breaker reset; approving this run's environment is the reviewer's answer:", RECOVERY_QUESTIONS.map((q) => `- ${safe_text_mdText(q)}`).join("\n"));
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
    return sections(head, change?.notes.map((n) => `> ⚠️ ${safe_text_mdText(n)}`).join("\n"), "### State", stateTable(status.state), change ? "### Change" : "", change ? changeTable(change) : "", input.cancelOrders ? cancelOrdersSection(input.cancelOrders) : "", change?.op === "breaker.reset" ? recoveryQuestionsSection() : "", lockSection(status.lock), "### Audit (newest first)", auditTable(status.audit), status.errors.length ? status.errors.map((e) => `> ⚠️ ${safe_text_mdText(e)}`).join("\n") : "");
}
/** Plain lines for a terminal. */
function renderStatusText(status) {
    const s = status.state;
    const lines = [
        `kill switch:  ${s.killSwitch}  (killswitch:active = ${report_show(s.raw.killSwitch)})`,
        `breaker:      ${s.breaker}  (cb:state = ${report_show(s.raw.breaker)})`,
        `trip reason:  ${s.tripReason ?? "-"}`,
        `last reset:   ${s.lastReset ?? "-"}`,
    ];
    for (const n of s.notes)
        lines.push(`note: ${n}`);
    if (status.lock)
        lines.push(`deploy lock:  ${status.lock.held ? lockEvidence(status.lock).join("; ") : "free"}`);
    for (const e of status.errors)
        lines.push(`warning: ${e}`);
    return `${lines.join("\n")}\n`;
}
function renderChangeText(change) {
    const lines = [`${TITLES[change.op] ?? change.op}${change.changed ? "" : " (no change: it already was)"}`];
    for (const c of change.changes)
        lines.push(`  ${c.key}: ${report_show(c.old)} -> ${c.new === null ? "(deleted)" : c.new}`);
    for (const n of change.notes)
        lines.push(`note: ${n}`);
    return `${lines.join("\n")}\n`;
}
function renderAuditText(entries) {
    if (entries.length === 0)
        return "the audit stream is empty\n";
    return `${entries
        .map((e) => `${e.time}  ${e.actor}  ${e.op}${e.key ? `  ${e.key}: ${report_show(e.old)} -> ${e.new === null ? "(deleted)" : e.new}` : ""}  reason: ${e.reason}${e.runUrl ? `  ${e.runUrl}` : ""}`)
        .join("\n")}\n`;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/state/operation.js
// The state action's core: its inputs parsed once into a frozen config, and one operation run against an
// open state client — kill switch activate/deactivate, breaker trip/reset, or status — followed by the
// open-order cancellation after an activation, and the status snapshot for the summary.










const STATE_OPERATIONS = ["activate", "deactivate", "trip", "reset", "status"];
/**
 * Every credential-bearing input of the state action in every form, read without parsing anything: mask
 * these first, so that even a malformed value (the kind that makes parsing fail) is never printed.
 */
function stateActionSecrets(inputs) {
    const webhook = inputs.optional("cancel-orders-webhook");
    const out = [...redisMasks(inputs.optional("redis-url")), ...secretForms(webhook)];
    try {
        for (const value of new URL(webhook ?? "").searchParams.values())
            if (value.length >= 4)
                out.push(value);
    }
    catch {
        // not a URL: the whole value is masked already
    }
    return [...new Set(out)];
}
/** Parses and checks the state action's inputs; every error names its input. */
function readStateActionConfig(inputs) {
    inputs.required("operation", `one of ${STATE_OPERATIONS.join(", ")}`);
    const operation = inputs.enum("operation", STATE_OPERATIONS, "status");
    const rawReason = inputs.optional("reason");
    const reason = operation === "status" ? rawReason : audit_checkReason(rawReason, "reason", inputs.label("reason"));
    const redisUrl = inputs.required("redis-url", "a Redis URL, e.g. from the secret REDIS_URL");
    parseRedisUrl(redisUrl, "redis-url");
    const keyPrefix = inputs.string("key-prefix", "");
    stateKeys(keyPrefix, "key-prefix");
    const command = inputs.argv("cancel-orders-command");
    const webhookText = inputs.optional("cancel-orders-webhook");
    // A secret (a token in its path or query is common): a wrong one is described, never shown.
    const webhook = webhookText === undefined
        ? undefined
        : parseUrl(webhookText, ["https:", "http:"], (allowed) => {
            throw new errors_ConfigurationError(`${inputs.label("cancel-orders-webhook")}: the value (not shown: it is a secret) is not ${allowed}`, { input: "cancel-orders-webhook" });
        });
    const timeoutMs = inputs.duration("cancel-orders-timeout", {
        fallback: DEFAULT_CANCEL_TIMEOUT_MS,
        min: 1_000,
        max: 600_000,
    });
    // The whole URL only when it holds a password: a bare host:port masked would hide where we connect.
    const passwordForms = redisSecrets(redisUrl);
    const secrets = passwordForms.length > 0 ? [redisUrl, ...passwordForms] : [];
    if (webhookText) {
        secrets.push(webhookText);
        for (const value of webhook?.searchParams.values() ?? [])
            if (value.length >= 4)
                secrets.push(value);
        if (webhook?.password)
            secrets.push(webhook.password, decodeURIComponent(webhook.password));
    }
    return Object.freeze({
        operation,
        reason,
        redisUrl,
        keyPrefix,
        cancelOrders: Object.freeze({ command, webhook, timeoutMs }),
        auditCount: inputs.integer("audit-count", { fallback: 10, min: 0, max: 100 }),
        connectTimeoutMs: inputs.duration("connect-timeout", { fallback: 3_000, min: 100, max: 60_000 }),
        secrets: [...new Set(secrets.filter((s) => s.length > 0))],
    });
}
/** Runs the operation; the cancellation runs only after a successful activation and never undoes it. */
async function runStateOperation(client, config, actor, deps = {}) {
    const request = { ...actor, reason: config.reason ?? "" };
    let change;
    switch (config.operation) {
        case "activate":
            change = await activateKillSwitch(client, request);
            break;
        case "deactivate":
            change = await deactivateKillSwitch(client, request);
            break;
        case "trip":
            change = await tripBreaker(client, request);
            break;
        case "reset":
            change = await resetBreaker(client, request);
            break;
        case "status":
            break;
    }
    let cancelOrders;
    const wantsCancel = Boolean(config.cancelOrders.command || config.cancelOrders.webhook);
    if (config.operation === "activate" && wantsCancel) {
        deps.logger?.info("kill switch active; cancelling open orders");
        cancelOrders = await cancelOpenOrders(config.cancelOrders, { reason: request.reason, actor: actor.actor, runUrl: actor.runUrl, time: client.now().toISOString() }, deps);
    }
    else if (wantsCancel) {
        deps.logger?.debug(`cancel-orders-* inputs apply only to activate; ignored for ${config.operation}`);
    }
    const status = await readStatus(client, config.auditCount);
    return { operation: config.operation, change, status, cancelOrders };
}

;// CONCATENATED MODULE: ./src/main.ts
// actions/kill-switch: inputs → one state operation in @ops/core/state → outputs and summary, all inside
// runAction. ioredis is loaded only when the connection opens.




function run() {
    return runAction("kill-switch", async (ctx) => {
        // Mask the Redis URL, the webhook and their passwords in every form before anything can print them,
        // and before parsing: a malformed value is the one an error message would quote.
        const masked = new Set(stateActionSecrets(ctx.inputs));
        for (const secret of masked)
            ctx.setSecret(secret);
        const config = readStateActionConfig(ctx.inputs);
        for (const secret of config.secrets)
            if (!masked.has(secret))
                ctx.setSecret(secret);
        const client = await client_openState(config.redisUrl, {
            keyPrefix: config.keyPrefix,
            connectTimeoutMs: config.connectTimeoutMs,
            logger: ctx.logger,
        });
        ctx.onCleanup(() => client.close());
        ctx.logger.info(`Redis: ${client.target.display}${config.keyPrefix ? ` (prefix ${config.keyPrefix})` : ""}`);
        const actor = {
            actor: ctx.run.actor || "unknown",
            runUrl: ctx.run.runUrl || undefined,
            runId: ctx.run.runId || undefined,
        };
        const outcome = await runStateOperation(client, config, actor, {
            env: ctx.env,
            signal: ctx.signal,
            logger: ctx.logger,
        });
        ctx.setOutput("state", JSON.stringify(stateJson(outcome.status.state, outcome.status.lock)));
        ctx.setOutput("changed", String(outcome.change?.changed ?? false));
        const cancel = outcome.cancelOrders;
        const cancelFailed = cancel?.some((s) => !s.ok) ?? false;
        ctx.setOutput("cancel-orders", cancel === undefined ? "skipped" : cancelFailed ? "failed" : "ok");
        ctx.setSummary(renderSummary(outcome));
        ctx.logger.info(outcome.change ? renderChangeText(outcome.change) : renderStatusText(outcome.status));
        if (cancel) {
            for (const step of cancel) {
                const line = `open-order cancellation via ${step.via} (${step.target}): ${step.outcome}`;
                if (step.ok)
                    ctx.logger.info(line);
                else
                    ctx.logger.error(line, { title: "kill switch: open orders NOT cancelled" });
            }
        }
        if (cancelFailed) {
            return {
                failed: "the kill switch is ACTIVE and the breaker TRIPPED (that change stands), but the open-order cancellation failed: cancel open orders by hand now",
            };
        }
        return undefined;
    });
}


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

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

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
/******/ var __webpack_exports__ = __nccwpck_require__(3018);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
