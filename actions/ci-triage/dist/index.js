import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6183);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6183:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: readInputs

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ../../packages/ops-core/dist/action/errors.js
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
        throw new ConfigurationError(`${this.source.label(name)}: ${show(value)} is not valid; expected ${allowed}`, {
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
            throw new ConfigurationError(`${this.source.label(name)} is required: give ${hint}`, { input: name });
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
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
function safe_text_escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
/**
 * Inline Markdown text: HTML escaped, Markdown punctuation backslash-escaped, `@mentions` and `#refs`
 * broken so they notify nobody, newlines folded to spaces. Safe in table cells (pipes escaped).
 */
function safe_text_mdText(text) {
    // Markdown escapes first: the entities escapeHtml adds (`&#39;`) must not be escaped again.
    const markdownSafe = stripControl(text)
        .replace(/\r?\n|\r/g, " ")
        .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`);
    return safe_text_escapeHtml(markdownSafe).replace(/@/g, `@${ZWSP}`);
}
/** Inline code for untrusted text, as an HTML `<code>` element: safe in tables and against backticks. */
function mdCode(text) {
    const body = safe_text_escapeHtml(stripControl(text).replace(/\r?\n|\r/g, " "))
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
            ? ` — ${item.evidenceMd ? item.evidence : safe_text_mdText(item.evidence)}`
            : item.ok === undefined
                ? " — not checked"
                : "";
        return `- ${box} ${mark}${safe_text_mdText(item.label)}${evidence}`;
    });
    return `### ${safe_text_mdText(title)}\n\n${rows.join("\n")}`;
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
        controller.abort(new CancelledError(`the run was cancelled (${signal})`));
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
        const message = errorMessage(error);
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
                logger.warning(`${name}: cleanup failed: ${errorMessage(error)}`);
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
            const evidence = error instanceof RefusalError ? error.evidence : [];
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
        logger.warning(`could not write the job summary: ${errorMessage(error)}`);
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ../../node_modules/fflate/esm/index.mjs

var esm_require = (0,external_module_namespaceObject.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = esm_require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = (/* unused pure expression or super */ null && (Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
}));

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(flt, 9, 0))), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(fdt, 5, 0))), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (/* unused pure expression or super */ null && ((function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})()));
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = (/* unused pure expression or super */ null && ([]));
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}());

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}())));

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}())));

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}())));

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [gunzipSync]; }
    ], function (ev) { return pbf(gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (te)
        return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}())));

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}())));

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}());

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}());

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}());

var mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/github/client.js
// The GitHub client: a narrow port (`request(route, params)`, the shape of octokit.request) that every
// typed client in this folder takes, and the factory that builds it over @actions/github — loaded lazily
// so bundles that never call GitHub do not pay for octokit. The factory adds what octokit lacks here: a
// timeout on every request (AbortSignal), bounded retries with backoff and full jitter for idempotent
// requests (GET/HEAD) on 5xx and network errors, the token masked before anything can print it, and
// errors mapped to the action taxonomy (transient / configuration).

function parseRepo(fullName) {
    const [owner, repo, extra] = fullName.split("/");
    if (!owner || !repo || extra !== undefined) {
        throw new ConfigurationError(`repository must be "owner/name", got "${fullName}"`, {
            input: "repository",
        });
    }
    return { owner, repo };
}
/** The HTTP status of an error thrown by octokit (RequestError) or by a fake; undefined for network errors. */
function client_httpStatus(error) {
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
                    throw new CancelledError(`GitHub request cancelled: ${route}`);
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
                        throw new CancelledError(`GitHub request cancelled: ${route}`);
                    const status = client_httpStatus(error);
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
    const status = client_httpStatus(error);
    const msg = apiMessage(error);
    const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
    let mapped;
    if (status === undefined || status >= 500 || status === 429) {
        const what = status ? `HTTP ${status}` : error?.name === "TimeoutError" ? "timed out" : msg;
        mapped = new TransientError(`GitHub API ${route} failed${tries}: ${what}`, { cause: error });
    }
    else if (status === 401) {
        mapped = new ConfigurationError(`GitHub rejected the token (401 ${msg}) for ${route}`, {
            input: "token",
            cause: error,
        });
    }
    else if (status === 403 && /not accessible by integration|permission/i.test(msg)) {
        mapped = new ConfigurationError(`the token lacks a permission for ${route} (403 ${msg}); add it under \`permissions:\` in the workflow`, { input: "token", cause: error });
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
        throw new ConfigurationError("a GitHub token is required", { input: "token" });
    opts.setSecret?.(opts.token);
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 329).then(__nccwpck_require__.bind(__nccwpck_require__, 1329));
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

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/github/logs.js
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
    return streamUrl(url, opts);
}
/** Streams a URL's body with a byte cap (job logs, artifact zips; exported for the CLI and tests). */
async function streamUrl(url, opts = {}) {
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
    const body = external_node_stream_.Readable.fromWeb(res.body);
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/github/artifacts.js
// A workflow run's artifacts: the list (one call, up to 100), one artifact's zip (one call answering 302 to
// a short-lived storage URL, fetched WITHOUT the token, with a timeout and a byte cap, like job logs), and
// its entries unzipped in memory with fflate, bounded against zip bombs: the entry count, each entry's and
// the total uncompressed bytes are counted while inflating (headers can lie), so inflation stops at the cap.
// Nothing from an artifact is ever run: callers get bytes.




/** An artifact that cannot be read (gone, too large, not a zip, a bomb); the message says which. */
class ArtifactError extends Error {
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
const ARTIFACT_MAX_BYTES = 20 * 1024 * 1024;
/** An artifact's zip: 1 API call (the redirect) and the storage download, capped. */
async function downloadArtifactZip(gh, repo, artifact, opts = {}) {
    const maxBytes = opts.maxBytes ?? ARTIFACT_MAX_BYTES;
    if (artifact.expired)
        throw new ArtifactError("expired: GitHub no longer keeps it");
    if (artifact.sizeInBytes > maxBytes)
        throw new ArtifactError(`${mib(artifact.sizeInBytes)} is over the ${mib(maxBytes)} limit; not downloaded`);
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
        const status = client_httpStatus(error);
        if (status === 410 || status === 404)
            throw new ArtifactError(`gone (HTTP ${status})`);
        throw error;
    }
    if (typeof location !== "string" || location === "")
        throw new ArtifactError("the API gave no download URL (expected a redirect)");
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
        throw new ArtifactError(`the download is over the ${mib(maxBytes)} limit; not read`);
    return new Uint8Array(Buffer.concat(parts));
}
/** Slices pushed to the inflater: a bomb overshoots the cap by at most what one slice inflates to. */
const SLICE = 16 * 1024;
/**
 * The entries of a zip whose names `keep` accepts, inflated in memory within the limits. Throws
 * ArtifactError for something that is not a zip, a corrupt one, too many entries or too many bytes.
 */
function unzipEntries(zip, keep, limits = {}) {
    const maxEntries = limits.maxEntries ?? 2_000;
    const maxEntry = limits.maxEntryBytes ?? 32 * 1024 * 1024;
    const maxTotal = limits.maxTotalBytes ?? 64 * 1024 * 1024;
    if (zip.length < 4 || zip[0] !== 0x50 || zip[1] !== 0x4b || (zip[2] !== 3 && zip[2] !== 5))
        throw new ArtifactError("not a zip archive");
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
        throw new ArtifactError(stop);
    if (count === 0)
        throw new ArtifactError("corrupt zip: no entries found");
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
function artifactNameMatches(name, patterns) {
    const n = name.toLowerCase();
    return patterns.some((p) => (0,external_node_path_namespaceObject.matchesGlob)(n, p.toLowerCase()));
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/paths.js
// Paths seen in logs: made relative to the repository when the runner's workspace prefix is recognised,
// and sorted into the project's own files versus installed libraries and interpreters.
// GitHub-hosted Linux/macOS (/home/runner/work/R/R/, /Users/runner/work/R/R/), containers (/__w/R/R/),
// Windows (D:\a\R\R\), self-hosted runners (…/actions-runner*/_work/R/R/).
const WORKSPACE_PREFIXES = [
    /^\/home\/runner\/work\/[^/]{1,200}\/[^/]{1,200}\//,
    /^\/Users\/runner\/work\/[^/]{1,200}\/[^/]{1,200}\//,
    /^\/__w\/[^/]{1,200}\/[^/]{1,200}\//,
    /^[A-Za-z]:[\\/]a[\\/][^\\/]{1,200}[\\/][^\\/]{1,200}[\\/]/,
    /^\/[^\s]{0,300}?\/_work\/[^/]{1,200}\/[^/]{1,200}\//,
];
/** `path` relative to the repository when it starts with a known runner workspace; otherwise unchanged. */
function repoRelative(path) {
    let p = path.replace(/^\.\//, "");
    for (const re of WORKSPACE_PREFIXES) {
        const m = re.exec(p);
        if (m) {
            p = p.slice(m[0].length);
            break;
        }
    }
    return p.replace(/\\/g, "/");
}
const LIBRARY_MARKERS = [
    "site-packages/",
    "dist-packages/",
    "/lib/python",
    "/usr/lib/",
    "/usr/local/lib/",
    "node_modules/",
    "node:internal",
    "<frozen",
    "<string>",
    "<stdin>",
    "/opt/hostedtoolcache/",
    "/.cache/",
];
/** True for a path of the project itself (not an installed library, interpreter internals or `<string>`). */
function isProjectPath(path) {
    const p = path.replace(/\\/g, "/");
    for (const m of LIBRARY_MARKERS)
        if (p.includes(m))
            return false;
    return true;
}
/** True for something that can be a file path in a location (not `<string>` / `<frozen …>`). */
function isFilePath(path) {
    return path.length > 0 && !path.startsWith("<") && !path.startsWith("node:");
}
/** `path:line[:col]` with the path made repository-relative. */
function formatLocation(path, line, column) {
    const p = repoRelative(path);
    return column !== undefined && column > 0 ? `${p}:${line}:${column}` : `${p}:${line}`;
}
/** A POSIX shell word: kept bare when plainly safe, single-quoted otherwise. For displayed commands only. */
function shellWord(word) {
    if (/^[\w@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/command.js
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/reproduce.js
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
        return `${m[1]}=${m[2] === "" ? "''" : shellWord(m[2] ?? "")}`;
    return shellWord(w);
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
    const c = input.command ? commandFor(input.command, tools) : undefined;
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
            const c = input.command ? commandFor(input.command, ["tsc"]) : undefined;
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
            const c = input.command ? commandFor(input.command, ["go"]) : undefined;
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
            const c = input.command ? commandFor(input.command, ["cargo"]) : undefined;
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
            const c = input.command ? commandFor(input.command, [input.tool]) : undefined;
            if (c)
                return shellLine(c.words);
            return undefined;
        }
        case "python": {
            const c = input.command ? commandFor(input.command, ["python"]) : undefined;
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/advice.js
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
        return `pytest ${shellWord(id)}`;
    const js = /^(\S+\.[cm]?[jt]sx?) > (.+)$/.exec(id);
    if (js) {
        const name = (js[2] ?? "").split(" > ").pop() ?? "";
        return `npx vitest run ${shellWord(js[1] ?? "")} -t ${shellWord(name)}`;
    }
    if (/^Test[A-Z0-9_]\w*(\/\S+)?$/.test(id))
        return `go test ./... -run ${shellWord(`^${id.split("/")[0]}$`)}`;
    if (/\.py$/.test(id))
        return `pytest ${shellWord(id)}`;
    if (id.includes(" › "))
        return `npx jest -t ${shellWord(id.split(" › ").pop() ?? id)}`;
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
    const fileArgs = files.length > 0 ? files.map(shellWord).join(" ") : ".";
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
                    ? `pytest --collect-only ${shellWord(t)}`
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
                    ? `pytest --count=10 -p random_order ${shellWord(first(a.tests) ?? "")}`
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

;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/util.js


const nameStartChar = ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const nameChar = nameStartChar + '\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040';
const nameRegexp = '[' + nameStartChar + '][' + nameChar + ']*';
const regexName = new RegExp('^' + nameRegexp + '$');

function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}

const isName = function (string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === 'undefined');
}

function isExist(v) {
  return typeof v !== 'undefined';
}

function isEmptyObject(obj) {
  return Object.keys(obj).length === 0;
}

function getValue(v) {
  if (exports.isExist(v)) {
    return v;
  } else {
    return '';
  }
}

/**
 * Dangerous property names that could lead to prototype pollution or security issues
 */
const DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__'
];

const criticalProperties = ["__proto__", "constructor", "prototype"];
;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js



const defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};


const defaultOptions = {
  preserveOrder: false,
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  removeNSPrefix: false, // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false, //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true, //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function (tagName, val) {
    return val;
  },
  attributeValueProcessor: function (attrName, val) {
    return val;
  },
  stopNodes: [], //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function (tagName, jPath, attrs) {
    return tagName
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true, // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};


/**
 * Validates that a property name is safe to use
 * @param {string} propertyName - The property name to validate
 * @param {string} optionName - The option field name (for error message)
 * @throws {Error} If property name is dangerous
 */
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== 'string') {
    return; // Only validate string property names
  }

  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }

  if (criticalProperties.some(dangerous => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}

/**
 * Normalizes processEntities option for backward compatibility
 * @param {boolean|object} value 
 * @returns {object} Always returns normalized object
 */
function normalizeProcessEntities(value, htmlEntities) {
  // Boolean backward compatibility
  if (typeof value === 'boolean') {
    return {
      enabled: value, // true or false
      maxEntitySize: 10000,
      maxExpansionDepth: 10000,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 100000,
      maxEntityCount: 1000,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all",
    };
  }

  // Object config - merge with defaults
  if (typeof value === 'object' && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 10000),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 10000),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 100000),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1000),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all",
    };
  }

  // Default to enabled with limits
  return normalizeProcessEntities(true);
}

const buildOptions = function (options) {
  const built = Object.assign({}, defaultOptions, options);

  // Validate property names to prevent prototype pollution
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: 'attributeNamePrefix' },
    { value: built.attributesGroupName, name: 'attributesGroupName' },
    { value: built.textNodeName, name: 'textNodeName' },
    { value: built.cdataPropName, name: 'cdataPropName' },
    { value: built.commentPropName, name: 'commentPropName' }
  ];

  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }

  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }

  // Always normalize processEntities for backward compatibility and validation
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  // Convert old-style stopNodes for backward compatibility
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Old syntax: *.tagname meant "tagname anywhere"
        // Convert to new syntax: ..tagname
        return '..' + node.substring(2);
      }
      return node;
    });
  }
  //console.debug(built.processEntities)
  return built;
};
;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/xmlparser/xmlNode.js


let METADATA_SYMBOL;

if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = Symbol("XML Node Metadata");
}

class XmlNode {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = []; //nested tags, text, cdata, comments in order
    this[":@"] = Object.create(null); //attributes map
  }
  add(key, val) {
    // this.child.push( {name : key, val: val, isCdata: isCdata });
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    // if requested, add the startIndex
    this.addStartIndex(startIndex);
  }

  addStartIndex(startIndex) {
    if (startIndex !== undefined) {
      // Note: for now we just overwrite the metadata. If we had more complex metadata,
      // we might need to do an object append here:  metadata = { ...metadata, startIndex }
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }

  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    // endIndex is write-once: when updateTag drops a node, the last child is a
    // previously completed sibling whose endIndex must not be overwritten
    if (lastChild !== undefined && lastChild[METADATA_SYMBOL] !== undefined
      && lastChild[METADATA_SYMBOL].endIndex === undefined) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
}

;// CONCATENATED MODULE: ../../node_modules/xml-naming/src/index.js
/**
 * xml-naming
 * Validates XML Name productions as defined in the XML 1.0 and 1.1 specifications.
 * Covers: Name, NCName, QName, NMToken, NMTokens
 *
 * XML 1.0 spec: https://www.w3.org/TR/xml/#NT-Name
 * XML 1.1 spec: https://www.w3.org/TR/xml11/#NT-NameStartChar
 * XML NS spec:  https://www.w3.org/TR/xml-names/#NT-NCName
 */

// ---------------------------------------------------------------------------
// Character class strings — XML 1.0
//
// NameStartChar ::= ":" | [A-Z] | "_" | [a-z]
//   | [#xC0-#xD6]   | [#xD8-#xF6]   | [#xF8-#x2FF]
//   | [#x370-#x37D] | [#x37F-#x1FFF]    <- split to exclude #x0487
//   | [#x200C-#x200D]
//   | [#x2070-#x218F] | [#x2C00-#x2FEF]
//   | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD]
//
// NameChar ::= NameStartChar | "-" | "." | [0-9]
//   | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]
//
// Note: \u0487 (Combining Cyrillic Millions Sign) was added in Unicode 4.0,
// after XML 1.0 was defined against Unicode 2.0. It falls inside the range
// \u037F-\u1FFF but must be excluded. We split that range into
// \u037F-\u0486 and \u0488-\u1FFF to exclude it explicitly.
// ---------------------------------------------------------------------------

const nameStartChar10 =
  ':A-Za-z_' +
  '\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF' +
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +  // split to exclude \u0487
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD';

const nameChar10 =
  nameStartChar10 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Character class strings — XML 1.1
//
// Differences from XML 1.0:
//
// NameStartChar:
//   1.0 has split ranges: \u00C0-\u00D6, \u00D8-\u00F6, \u00F8-\u02FF
//   1.1 merges them into: \u00C0-\u02FF
//   (\u00D7 x and \u00F7 / are division symbols, excluded in both versions)
//
//   1.0 tops out at \uFFFD (BMP only)
//   1.1 adds \u{10000}-\u{EFFFF} (supplementary planes)
//   These require the /u flag on the RegExp — see buildRegexes below.
//
// NameChar:
//   1.1 adds \u0487 (Combining Cyrillic Millions Sign, added in Unicode 4.0)
// ---------------------------------------------------------------------------

const nameStartChar11 =
  ':A-Za-z_' +
  '\u00C0-\u02FF' +                    // merged — 1.0 had three split ranges here
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +       // split to exclude \u0487 (combining mark, never a NameStartChar)
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD' +
  '\u{10000}-\u{EFFFF}';     // supplementary planes — REQUIRES /u flag on RegExp

const nameChar11 =
  nameStartChar11 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u0487' +                 // Combining Cyrillic Millions Sign — valid in 1.1, not 1.0
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Regex builders
//
// XML 1.0 regexes: no flags — BMP only, standard JS regex behaviour.
// XML 1.1 regexes: /u flag — required for \u{10000}-\u{EFFFF} to match actual
//   supplementary code points rather than lone surrogates (which are illegal XML).
// ---------------------------------------------------------------------------

const buildRegexes = (startChar, char, flags = '') => {
  const ncStart = startChar.replace(':', '');
  const ncChar = char.replace(':', '');
  const ncNamePat = `[${ncStart}][${ncChar}]*`;

  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags),
  };
};

const regexes10 = buildRegexes(nameStartChar10, nameChar10);       // no /u — BMP only
const regexes11 = buildRegexes(nameStartChar11, nameChar11, 'u');  // /u — enables \u{10000}-\u{EFFFF}

// ---------------------------------------------------------------------------
// ASCII-only fast path (opt-in, off by default)
//
// The XML 1.0 vs 1.1 NameStartChar/NameChar productions differ *only* in
// their non-ASCII ranges (merged vs split Latin-1 ranges, \u0487, and
// supplementary planes). Restricted to ASCII, both versions collapse to the
// same character classes, so a single regex pair covers both xmlVersion
// values — no /u flag needed.
//
// Rationale: unicode-aware regexes (the /u flag, required for XML 1.1's
// supplementary-plane range) are measurably slower in V8 than plain
// non-unicode regexes on the same input, even when the input is pure ASCII.
// For the common case — HTML/SVG ids, XML tags — names are ASCII, so callers
// who know this can opt in to skip the unicode-aware matching path entirely.
// This is a real but *conditional* win: mainly for XML 1.1 input (avoids /u),
// or at scale where the larger unicode character classes add engine
// overhead. It also changes behaviour (rejects legitimate non-ASCII XML
// 1.0/1.1 names), so it must never be silently enabled — hence off by
// default.
// ---------------------------------------------------------------------------

const nameStartCharAscii = ':A-Za-z_';
const nameCharAscii = nameStartCharAscii + '\\-\\.\\d';

const regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii); // no /u — ASCII only

const getRegexes = (xmlVersion = '1.0', asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === '1.1' ? regexes11 : regexes10;
};

// ---------------------------------------------------------------------------
// Boolean validators
// ---------------------------------------------------------------------------

/**
 * Returns true if the string is a valid XML Name.
 * Colons are allowed anywhere (Name production).
 * Used for: DOCTYPE entity names, notation names, DTD element declarations.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const src_name = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).name.test(str);

/**
 * Returns true if the string is a valid NCName (Non-Colonized Name).
 * Colons are not permitted.
 * Used for: namespace prefixes, local names, SVG id attributes.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const ncName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).ncName.test(str);

/**
 * Returns true if the string is a valid QName (Qualified Name).
 * Allows exactly one colon as a prefix separator: prefix:localName.
 * Used for: element and attribute names in namespace-aware XML/SVG.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const qName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).qName.test(str);

/**
 * Returns true if the string is a valid NMToken.
 * Like Name but no restriction on the first character.
 * Used for: DTD NMTOKEN attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmToken = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmToken.test(str);

/**
 * Returns true if the string is a valid NMTokens value.
 * A whitespace-separated list of NMToken values.
 * Used for: DTD NMTOKENS attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmTokens = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmTokens.test(str);

// ---------------------------------------------------------------------------
// Memoized validator factory
//
// Real documents reuse a small vocabulary of tag/attribute names across many
// siblings (e.g. `id`, `class`, `href` repeated across hundreds of elements).
// The plain boolean validators above re-run the regex on every call
// regardless of repeats. `createValidator` returns a closure with a private
// string -> boolean cache, so repeated names after the first become O(1)
// lookups instead of regex tests.
//
// - opts (xmlVersion, asciiOnly) are fixed at creation time, so the regex is
//   resolved once, not on every call.
// - The cache is private to the returned closure — no shared/global state,
//   no cross-caller pollution.
// - `maxCacheSize` bounds memory: once the cache reaches this many entries,
//   it stops accepting new ones (existing entries keep serving hits; new
//   misses just fall through to the regex, uncached). This avoids unbounded
//   growth against adversarial/high-cardinality input (e.g. validating
//   attacker-supplied names with no repeats) without the cost/complexity of
//   a full LRU, and without the perf cliff of reset-and-refill thrashing.
// - Call `.reset()` on the returned function to clear the cache manually
//   (e.g. between unrelated parse calls).
// ---------------------------------------------------------------------------

const PRODUCTIONS = (/* unused pure expression or super */ null && (['name', 'ncName', 'qName', 'nmToken', 'nmTokens']));

/**
 * Returns a memoized boolean validator function for a single production,
 * with opts fixed at creation time.
 *
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean, maxCacheSize?: number }} [opts]
 *   maxCacheSize: max number of distinct strings to cache (default 2048).
 *   Once reached, new strings are validated but not cached; existing cached
 *   entries keep being served.
 * @returns {((str: string) => boolean) & { reset: () => void }}
 */
const createValidator = (production, { xmlVersion = '1.0', asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = new Map();

  const validator = (str) => {
    const cached = cache.get(str);
    if (cached !== undefined) return cached;

    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };

  validator.reset = () => { cache = new Map(); };

  return validator;
};

// ---------------------------------------------------------------------------
// Diagnostic validator
// ---------------------------------------------------------------------------

/**
 * Validates a string against a named production and returns a detailed result.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {{ valid: boolean, production: string, input: string, reason?: string, position?: number }}
 */
const validate = (str, production, { xmlVersion = '1.0', asciiOnly = false } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const validators = { name: src_name, ncName, qName, nmToken, nmTokens };
  const isValid = validators[production](str, { xmlVersion, asciiOnly });

  if (isValid) return { valid: true, production, input: str };

  let reason = 'Does not match the production rules';
  let position;

  // Diagnostic fallback char checks must mirror the same character set the
  // boolean validator above used, or the reported reason/position could
  // contradict the `valid: false` result (e.g. flagging a char as illegal
  // that the unicode-aware check would have accepted).
  const startCharPattern = asciiOnly ? /^[:A-Za-z_]/ : /^[:A-Za-z_\u00C0-\uFFFD]/;
  const namePattern = asciiOnly ? /[\w\-\\.:]/ : /[\w\-\\.:\u00B7\u00C0-\uFFFD]/;

  if (str.length === 0) {
    reason = 'Input is empty';
  } else if (production === 'ncName' && str.includes(':')) {
    position = str.indexOf(':');
    reason = 'Colon is not allowed in NCName';
  } else if (production === 'qName' && str.startsWith(':')) {
    reason = 'QName cannot start with a colon';
    position = 0;
  } else if (production === 'qName' && str.endsWith(':')) {
    reason = 'QName cannot end with a colon';
    position = str.length - 1;
  } else if (production === 'qName' && (str.match(/:/g) || []).length > 1) {
    reason = 'QName can have at most one colon';
    position = str.lastIndexOf(':');
  } else if (
    ['name', 'ncName', 'qName'].includes(production) &&
    !startCharPattern.test(str[0])
  ) {
    reason = `First character "${str[0]}" is not a valid NameStartChar`;
    position = 0;
  } else {
    for (let i = 0; i < str.length; i++) {
      if (!namePattern.test(str[i])) {
        reason = `Character "${str[i]}" at position ${i} is not a valid NameChar`;
        position = i;
        break;
      }
    }
  }

  return { valid: false, production, input: str, reason, position };
};

// ---------------------------------------------------------------------------
// Batch validator
// ---------------------------------------------------------------------------

/**
 * Validates an array of strings against a named production.
 *
 * @param {string[]} strings
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {Array<{ valid: boolean, production: string, input: string, reason?: string, position?: number }>}
 */
const validateAll = (strings, production, opts = {}) =>
  strings.map(str => validate(str, production, opts));

// ---------------------------------------------------------------------------
// Sanitizer
// ---------------------------------------------------------------------------

/**
 * Transforms an invalid string into the nearest valid XML name for the given production.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ replacement?: string, asciiOnly?: boolean }} [opts]
 *   asciiOnly: also replace any non-ASCII character, not just XML-illegal
 *   ones (default false).
 * @returns {string}
 */
const sanitize = (str, production = 'name', { replacement = '_', asciiOnly = false } = {}) => {
  if (!str) return replacement;

  let result = str;

  // Strip colons for NCName
  if (production === 'ncName') {
    result = result.replace(/:/g, '');
  }

  // Replace illegal characters
  const allowedCharPattern = asciiOnly ? /[^\w\-\.:]/g : /[^\w\-\.:\u00B7\u00C0-\uFFFD]/g;
  result = result.replace(allowedCharPattern, replacement);

  // Fix invalid start character for Name / NCName / QName
  if (production !== 'nmToken' && production !== 'nmTokens') {
    if (/^[\-\.\d]/.test(result)) {
      result = replacement + result;
    }
  }

  return result || replacement;
};
;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js


class DocTypeReader {
    constructor(options, xmlVersion) {
        this.suppressValidationErr = !options;
        this.options = options;
        this.xmlVersion = xmlVersion || 1.0;
    }

    setXmlVersion(xmlVersion = 1.0) {
        this.xmlVersion = xmlVersion;
    }
    readDocType(xmlData, i) {
        const entities = Object.create(null);
        let entityCount = 0;

        if (xmlData[i + 3] === 'O' &&
            xmlData[i + 4] === 'C' &&
            xmlData[i + 5] === 'T' &&
            xmlData[i + 6] === 'Y' &&
            xmlData[i + 7] === 'P' &&
            xmlData[i + 8] === 'E') {
            i = i + 9;
            let angleBracketsCount = 1;
            let hasBody = false, comment = false;
            let quoteChar = null; // tracks an open SYSTEM/PUBLIC literal before the '[' body
            let exp = "";
            for (; i < xmlData.length; i++) {
                // Inside a quoted external-identifier literal — XML allows '<'
                // and '>' as plain data here, so they must not be interpreted
                // as DOCTYPE structure until the matching quote closes.
                if (quoteChar !== null) {
                    if (xmlData[i] === quoteChar) quoteChar = null;
                    exp += xmlData[i];
                    continue;
                }
                if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
                    quoteChar = xmlData[i];
                    exp += xmlData[i];
                    continue;
                }

                if (xmlData[i] === '<' && !comment) { //Determine the tag type
                    if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
                        i += 7;
                        let entityName, val;
                        [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
                        if (val.indexOf("&") === -1) { //Parameter entities are not supported
                            if (this.options.enabled !== false &&
                                this.options.maxEntityCount != null &&
                                entityCount >= this.options.maxEntityCount) {
                                throw new Error(
                                    `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                                );
                            }
                            //const escaped = entityName.replace(/[.\-+*:]/g, '\\.');
                            //const escaped = entityName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                            entities[entityName] = val;
                            entityCount++;
                        }
                    }
                    else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
                        i += 8;//Not supported
                        const { index } = this.readElementExp(xmlData, i + 1);
                        i = index;
                    } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
                        i += 8;//Not supported
                        // const {index} = this.readAttlistExp(xmlData,i+1);
                        // i = index;
                    } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
                        i += 9;//Not supported
                        const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
                        i = index;
                    } else if (hasSeq(xmlData, "!--", i)) comment = true;
                    else throw new Error(`Invalid DOCTYPE`);

                    angleBracketsCount++;
                    exp = "";
                } else if (xmlData[i] === '>') { //Read tag content
                    if (comment) {
                        if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
                            comment = false;
                            angleBracketsCount--;
                        }
                    } else {
                        angleBracketsCount--;
                    }
                    if (angleBracketsCount === 0) {
                        break;
                    }
                } else if (xmlData[i] === '[') {
                    hasBody = true;
                } else {
                    exp += xmlData[i];
                }
            }
            if (quoteChar !== null || angleBracketsCount !== 0) {
                throw new Error(`Unclosed DOCTYPE`);
            }
        } else {
            throw new Error(`Invalid Tag instead of DOCTYPE`);
        }
        return { entities, i };
    }
    readEntityExp(xmlData, i) {
        //External entities are not supported
        //    <!ENTITY ext SYSTEM "http://normal-website.com" >

        //Parameter entities are not supported
        //    <!ENTITY entityname "&anotherElement;">

        //Internal entities are supported
        //    <!ENTITY entityname "replacement text">

        // Skip leading whitespace after <!ENTITY
        i = skipWhitespace(xmlData, i);

        // Read entity name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
            i++;
        }
        let entityName = xmlData.substring(startIndex, i);

        validateEntityName(entityName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after entity name
        i = skipWhitespace(xmlData, i);

        // Check for unsupported constructs (external entities or parameter entities)
        if (!this.suppressValidationErr) {
            if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
                throw new Error("External entities are not supported");
            } else if (xmlData[i] === "%") {
                throw new Error("Parameter entities are not supported");
            }
        }

        // Read entity value (internal entity)
        let entityValue = "";
        [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");

        // Validate entity size
        if (this.options.enabled !== false &&
            this.options.maxEntitySize != null &&
            entityValue.length > this.options.maxEntitySize) {
            throw new Error(
                `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
            );
        }

        i--;
        return [entityName, entityValue, i];
    }

    readNotationExp(xmlData, i) {
        // Skip leading whitespace after <!NOTATION
        i = skipWhitespace(xmlData, i);

        // Read notation name

        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let notationName = xmlData.substring(startIndex, i);

        !this.suppressValidationErr && validateEntityName(notationName, { xmlVersion: this.xmlVersion });

        // Skip whitespace after notation name
        i = skipWhitespace(xmlData, i);

        // Check identifier type (SYSTEM or PUBLIC)
        const identifierType = xmlData.substring(i, i + 6).toUpperCase();
        if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
            throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
        }
        i += identifierType.length;

        // Skip whitespace after identifier type
        i = skipWhitespace(xmlData, i);

        // Read public identifier (if PUBLIC)
        let publicIdentifier = null;
        let systemIdentifier = null;

        if (identifierType === "PUBLIC") {
            [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");

            // Skip whitespace after public identifier
            i = skipWhitespace(xmlData, i);

            // Optionally read system identifier
            if (xmlData[i] === '"' || xmlData[i] === "'") {
                [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
            }
        } else if (identifierType === "SYSTEM") {
            // Read system identifier (mandatory for SYSTEM)
            [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");

            if (!this.suppressValidationErr && !systemIdentifier) {
                throw new Error("Missing mandatory system identifier for SYSTEM notation");
            }
        }

        return { notationName, publicIdentifier, systemIdentifier, index: --i };
    }

    readIdentifierVal(xmlData, i, type) {
        let identifierVal = "";
        const startChar = xmlData[i];
        if (startChar !== '"' && startChar !== "'") {
            throw new Error(`Expected quoted string, found "${startChar}"`);
        }
        i++;

        const startIndex = i;
        while (i < xmlData.length && xmlData[i] !== startChar) {
            i++;
        }
        identifierVal = xmlData.substring(startIndex, i);

        if (xmlData[i] !== startChar) {
            throw new Error(`Unterminated ${type} value`);
        }
        i++;
        return [i, identifierVal];
    }

    readElementExp(xmlData, i) {
        // <!ELEMENT br EMPTY>
        // <!ELEMENT div ANY>
        // <!ELEMENT title (#PCDATA)>
        // <!ELEMENT book (title, author+)>
        // <!ELEMENT name (content-model)>

        // Skip leading whitespace after <!ELEMENT
        i = skipWhitespace(xmlData, i);

        // Read element name
        const startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid element name: "${elementName}"`);
        }

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);
        let contentModel = "";
        // Expect '(' to start content model
        if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
        else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
        else if (xmlData[i] === "(") {
            i++; // Move past '('

            // Read content model
            const startIndex = i;
            while (i < xmlData.length && xmlData[i] !== ")") {
                i++;
            }
            contentModel = xmlData.substring(startIndex, i);

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated content model");
            }

        } else if (!this.suppressValidationErr) {
            throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
        }

        return {
            elementName,
            contentModel: contentModel.trim(),
            index: i
        };
    }

    readAttlistExp(xmlData, i) {
        // Skip leading whitespace after <!ATTLIST
        i = skipWhitespace(xmlData, i);

        // Read element name
        let startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let elementName = xmlData.substring(startIndex, i);

        // Validate element name
        validateEntityName(elementName, { xmlVersion: this.xmlVersion })

        // Skip whitespace after element name
        i = skipWhitespace(xmlData, i);

        // Read attribute name
        startIndex = i;
        while (i < xmlData.length && !/\s/.test(xmlData[i])) {
            i++;
        }
        let attributeName = xmlData.substring(startIndex, i);

        // Validate attribute name
        if (!validateEntityName(attributeName, { xmlVersion: this.xmlVersion })) {
            throw new Error(`Invalid attribute name: "${attributeName}"`);
        }

        // Skip whitespace after attribute name
        i = skipWhitespace(xmlData, i);

        // Read attribute type
        let attributeType = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
            attributeType = "NOTATION";
            i += 8; // Move past "NOTATION"

            // Skip whitespace after "NOTATION"
            i = skipWhitespace(xmlData, i);

            // Expect '(' to start the list of notations
            if (xmlData[i] !== "(") {
                throw new Error(`Expected '(', found "${xmlData[i]}"`);
            }
            i++; // Move past '('

            // Read the list of allowed notations
            let allowedNotations = [];
            while (i < xmlData.length && xmlData[i] !== ")") {


                const startIndex = i;
                while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
                    i++;
                }
                let notation = xmlData.substring(startIndex, i);

                // Validate notation name
                notation = notation.trim();
                if (!validateEntityName(notation, { xmlVersion: this.xmlVersion })) {
                    throw new Error(`Invalid notation name: "${notation}"`);
                }

                allowedNotations.push(notation);

                // Skip '|' separator or exit loop
                if (xmlData[i] === "|") {
                    i++; // Move past '|'
                    i = skipWhitespace(xmlData, i); // Skip optional whitespace after '|'
                }
            }

            if (xmlData[i] !== ")") {
                throw new Error("Unterminated list of notations");
            }
            i++; // Move past ')'

            // Store the allowed notations as part of the attribute type
            attributeType += " (" + allowedNotations.join("|") + ")";
        } else {
            // Handle simple types (e.g., CDATA, ID, IDREF, etc.)
            const startIndex = i;
            while (i < xmlData.length && !/\s/.test(xmlData[i])) {
                i++;
            }
            attributeType += xmlData.substring(startIndex, i);

            // Validate simple attribute type
            const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
            if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
                throw new Error(`Invalid attribute type: "${attributeType}"`);
            }
        }

        // Skip whitespace after attribute type
        i = skipWhitespace(xmlData, i);

        // Read default value
        let defaultValue = "";
        if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
            defaultValue = "#REQUIRED";
            i += 8;
        } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
            defaultValue = "#IMPLIED";
            i += 7;
        } else {
            [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
        }

        return {
            elementName,
            attributeName,
            attributeType,
            defaultValue,
            index: i
        }
    }
}



const skipWhitespace = (data, index) => {
    while (index < data.length && /\s/.test(data[index])) {
        index++;
    }
    return index;
};



function hasSeq(data, seq, i) {
    for (let j = 0; j < seq.length; j++) {
        if (seq[j] !== data[i + j + 1]) return false;
    }
    return true;
}

function validateEntityName(name, xmlVersion) {
    if (qName(name, { xmlVersion: xmlVersion }))
        return name;
    else
        throw new Error(`Invalid entity name ${name}`);
}
;// CONCATENATED MODULE: ../../node_modules/anynum/digitTable.js
/**
 * Flat lookup table: maps Unicode code point → ASCII digit (0-9).
 * Only decimal digit characters (Unicode category Nd) are included.
 *
 * Strategy: Int32Array of size (maxCodePoint - minCodePoint + 1).
 * Value 0xFF means "not a digit". Value 0-9 is the ASCII digit value.
 * This gives O(1) lookup with no branching, no bisect, no loop.
 *
 * Memory: range is 0x0660 to 0x1FBF0 → ~129,936 entries × 1 byte = ~127 KB.
 * Acceptable for a one-time init; lookup is a single array index.
 */

// All known Unicode Nd (decimal digit) script zero code points.
// Each script has exactly 10 consecutive digits: zero+0 .. zero+9.
const SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  0x0030, // 0-9

  // Arabic scripts
  0x0660, // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  0x06F0, // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳

  // Indic scripts
  0x0966, // Devanagari ०१२३४५६७८९
  0x09E6, // Bengali ০১২৩৪৫৬৭৮৯
  0x0A66, // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  0x0AE6, // Gujarati ૦૧૨૩૪૫૬૭૮૯
  0x0B66, // Odia ୦୧୨୩୪୫୬୭୮୯
  0x0BE6, // Tamil ௦௧௨௩௪௫௬௭௮௯
  0x0C66, // Telugu ౦౧౨౩౪౫౬౭౮౯
  0x0CE6, // Kannada ೦೧೨೩೪೫೬೭೮೯
  0x0D66, // Malayalam ൦൧൨൩൪൫൬൭൮൯
  0x0DE6, // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯

  // Southeast Asian scripts
  0x0E50, // Thai ๐๑๒๓๔๕๖๗๘๙
  0x0ED0, // Lao ໐໑໒໓໔໕໖໗໘໙
  0x0F20, // Tibetan ༠༡༢༣༤༥༦༧༨༩
  0x1040, // Myanmar ၀၁၂၃၄၅၆၇၈၉
  0x1090, // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  0x17E0, // Khmer ០១២៣៤៥៦៧៨៩
  0x1810, // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  0x1946, // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  0x19D0, // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  0x1A80, // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  0x1A90, // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  0x1B50, // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  0x1BB0, // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  0x1C40, // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  0x1C50, // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙

  // Fullwidth (CJK context)
  0xFF10, // Fullwidth ０１２３４５６７８９

  // Mathematical digit variants (Unicode math block)
  0x1D7CE, // Mathematical Bold
  0x1D7D8, // Mathematical Double-Struck
  0x1D7E2, // Mathematical Sans-Serif
  0x1D7EC, // Mathematical Sans-Serif Bold
  0x1D7F6, // Mathematical Monospace

  // Other scripts
  0x104A0, // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  0x10D30, // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  0x11066, // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  0x110F0, // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  0x11136, // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  0x111D0, // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  0x112F0, // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  0x11450, // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  0x114D0, // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  0x11650, // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  0x116C0, // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  0x11730, // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  0x118E0, // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  0x11950, // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  0x11BF0, // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  0x11C50, // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  0x11D50, // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  0x11DA0, // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  0x11F50, // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  0x16A60, // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  0x16AC0, // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  0x16B50, // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  0x1E140, // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  0x1E2F0, // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  0x1E4F0, // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  0x1E950, // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  0x1FBF0, // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];

// Build a sparse Map for scripts above 0xFFFF (surrogate-pair range).
// These can't go into a flat Uint8Array indexed by code point efficiently.
const NOT_DIGIT = 0xFF;
const HIGH_MAP = new Map(); // codePoint → digit value (0-9)

const LOW_MAX = 0xFFFF;
const LOW_MIN = 0x0660; // first non-ASCII digit script

// Flat Uint8Array covering 0x0660 .. 0xFFFF
const TABLE_OFFSET = LOW_MIN;
const TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
const TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);

for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}



;// CONCATENATED MODULE: ../../node_modules/anynum/anynum.js




const CHAR_0 = 48; // '0'.charCodeAt(0)
const CHAR_9 = 57; // '9'.charCodeAt(0)
const CHAR_MINUS = 45; // '-'.charCodeAt(0)

// Unicode minus/hyphen variants worth normalizing to ASCII '-' in numeric context:
//   U+2212  MINUS SIGN       − (mathematically correct minus)
//   U+FF0D  FULLWIDTH HYPHEN-MINUS  － (Japanese fullwidth context)
//   U+FE63  SMALL HYPHEN-MINUS     ﹣ (small form variant)
//
// NOT normalized (deliberate):
//   U+2013  EN DASH  –  (punctuation, not a numeric sign)
//   U+2014  EM DASH  —  (punctuation)
//   U+2010  HYPHEN   ‐  (typographic hyphen)
//
// Rationale: only characters a human or locale formatter would plausibly use
// as a numeric minus sign are normalized. Dashes used for punctuation are left
// alone to avoid mangling non-numeric strings.
const MINUS_SET = new Set([0x2212, 0xFF0D, 0xFE63]);

/**
 * Normalize all Unicode decimal digit characters in a string to ASCII (0-9),
 * and normalize Unicode minus variants to ASCII '-' (U+002D).
 *
 * Non-digit, non-minus characters are passed through unchanged.
 *
 * Performance design:
 * - Fast path: if the string has no convertible characters, return it unchanged
 *   (zero allocation).
 * - BMP digits (0x0660..0xFFFF excl. surrogates): flat Uint8Array lookup (O(1)).
 * - Supplementary plane digits (> 0xFFFF, encoded as surrogate pairs): Map lookup.
 * - Minus variants: checked inline with a small fixed Set.
 *
 * @param {string} str
 * @returns {string}
 */
function anynum(str) {
  if (typeof str !== 'string') return str;

  const len = str.length;
  if (len === 0) return str;

  // Scan for first character needing conversion.
  // If none found, return original string (zero allocation).
  let firstHit = -1;

  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — already normalized, skip fast
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) continue;

    // Below first unicode digit script — check minus variants only
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) { firstHit = i; break; }
      continue;
    }

    // Surrogate pairs live in BMP range 0xD800-0xDFFF — check before TABLE
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          if (HIGH_MAP.has(cp)) { firstHit = i; break; }
        }
      }
      continue;
    }

    // BMP non-surrogate: flat table lookup; also check minus variants in this range
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }

  // Nothing to replace — return original, zero allocation
  if (firstHit === -1) return str;

  // Build result: copy unchanged prefix, then convert from firstHit onward
  const chars = [];

  if (firstHit > 0) chars.push(str.slice(0, firstHit));

  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);

    // ASCII digit or ASCII minus — pass through
    if ((cc >= CHAR_0 && cc <= CHAR_9) || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }

    // Below TABLE_OFFSET — check minus variants, else pass through
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? '-' : str[i]);
      continue;
    }

    // Surrogate pairs
    if (cc >= 0xD800 && cc <= 0xDBFF) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          const cp = 0x10000 + ((cc - 0xD800) << 10) + (low - 0xDC00);
          const d = HIGH_MAP.get(cp);
          if (d !== undefined) {
            chars.push(String.fromCharCode(d + 48));
            i++; // consume low surrogate
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }

    // BMP non-surrogate: flat table lookup + minus variants
    if (MINUS_SET.has(cc)) {
      chars.push('-');
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }

  return chars.join('');
}


/* harmony default export */ const anynum_anynum = (anynum);
;// CONCATENATED MODULE: ../../node_modules/strnum/strnum.js
const hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
const binRegex = /^0b[01]+$/;
const octRegex = /^0o[0-7]+$/;
const numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;



const consider = {
    hex: true,
    binary: false,
    octal: false,
    leadingZeros: true,
    decimalPoint: "\.",
    eNotation: true,
    //skipLike: /regex/,
    infinity: "original", // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
    unicode: false,
};

function toNumber(str, options = {}) {
    options = Object.assign({}, consider, options);
    if (!str || typeof str !== "string") return str;

    let trimmedStr = str.trim();

    if (trimmedStr.length === 0) return str;
    else if (options.skipLike !== undefined && options.skipLike.test(trimmedStr)) return str;
    else if (trimmedStr === "0") return 0;

    if (options.unicode) {
        trimmedStr = anynum_anynum(trimmedStr);
        if (trimmedStr === "0") return 0; // re-check after normalization
    }
    if (options.hex && hexRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 16);
    } else if (options.binary && binRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 2);
    } else if (options.octal && octRegex.test(trimmedStr)) {
        return parse_int(trimmedStr, 8);
    } else if (!isFinite(trimmedStr)) { //Infinity or not a number
        const num = Number(trimmedStr);
        if (Number.isNaN(num)) return str; //not a number: always the original string
        return handleInfinity(str, num, options); //only +/-Infinity reaches here
    } else if (trimmedStr.includes('e') || trimmedStr.includes('E')) { //eNotation
        return resolveEnotation(str, trimmedStr, options);
    } else {
        //separate negative sign, leading zeros, and rest number
        const match = numRegex.exec(trimmedStr);
        // +00.123 => [ , '+', '00', '.123', ..
        if (match) {
            const sign = match[1] || "";
            const leadingZeros = match[2];
            let numTrimmedByZeros = trimZeros(match[3]); //complete num without leading zeros
            const decimalAdjacentToLeadingZeros = sign ? // 0., -00., 000.
                trimmedStr[leadingZeros.length + 1] === "."
                : trimmedStr[leadingZeros.length] === ".";

            //trim ending zeros for floating number
            if (!options.leadingZeros //leading zeros are not allowed
                && (leadingZeros.length > 1
                    || (leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros))) {
                // 00, 00.3, +03.24, 03, 03.24
                return str;
            }
            else {//no leading zeros or leading zeros are allowed
                const num = Number(trimmedStr);
                const parsedStr = String(num);

                if (num === 0) return num;
                if (parsedStr.search(/[eE]/) !== -1) { //given number is long and parsed to eNotation
                    if (options.eNotation) return num;
                    else return str;
                } else if (trimmedStr.indexOf(".") !== -1) { //floating number
                    if (parsedStr === "0") return num; //0.0
                    else if (parsedStr === numTrimmedByZeros) return num; //0.456. 0.79000
                    else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
                    else return str;
                }

                let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
                if (leadingZeros) {
                    // -009 => -9
                    return (n === parsedStr) || (sign + n === parsedStr) ? num : str
                } else {
                    // +9
                    return (n === parsedStr) || (n === sign + parsedStr) ? num : str
                }
            }
        } else { //non-numeric string
            return str;
        }
    }
}

const eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
    if (!options.eNotation) return str;
    const notation = trimmedStr.match(eNotationRegx);
    if (notation) {
        let sign = notation[1] || "";
        const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
        const leadingZeros = notation[2];
        const eAdjacentToLeadingZeros = sign ? // 0E.
            trimmedStr[leadingZeros.length + 1] === eChar
            : trimmedStr[leadingZeros.length] === eChar;

        if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
        else if (leadingZeros.length === 1
            && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
            return Number(trimmedStr);
        } else if (leadingZeros.length > 0) {
            // Has leading zeros — only accept if leadingZeros option allows it
            if (options.leadingZeros && !eAdjacentToLeadingZeros) {
                return Number(trimmedStr); // Number() accepts leading zeros; stripping can leave a mantissa-less ".e0"
            } else return str;
        } else {
            // No leading zeros — always valid e-notation, parse it
            return Number(trimmedStr);
        }
    } else {
        return str;
    }
}

/**
 * 
 * @param {string} numStr without leading zeros
 * @returns 
 */
function trimZeros(numStr) {
    if (numStr && numStr.indexOf(".") !== -1) {//float
        //remove ending zeros without the O(n^2) backtracking that /0+$/ hits
        //when the string doesn't end in 0 but has a long internal zero-run
        let end = numStr.length;
        while (end > 0 && numStr.charCodeAt(end - 1) === 48 /* '0' */) end--;
        numStr = numStr.slice(0, end);
        if (numStr === ".") numStr = "0";
        else if (numStr[0] === ".") numStr = "0" + numStr;
        else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
        return numStr;
    }
    return numStr;
}

function parse_int(numStr, base) {
    const str = numStr.trim();
    if (base === 2 || base === 8) numStr = str.substring(2);

    if (parseInt) return parseInt(numStr, base);
    else if (Number.parseInt) return Number.parseInt(numStr, base);
    else if (window && window.parseInt) return window.parseInt(numStr, base);
    else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}

/**
 * Handle infinite values based on user option
 * @param {string} str - original input string
 * @param {number} num - parsed number (Infinity or -Infinity)
 * @param {object} options - user options
 * @returns {string|number|null} based on infinity option
 */
function handleInfinity(str, num, options) {
    const isPositive = num === Infinity;

    switch (options.infinity.toLowerCase()) {
        case "null":
            return null;
        case "infinity":
            return num; // Return Infinity or -Infinity
        case "string":
            return isPositive ? "Infinity" : "-Infinity";
        case "original":
        default:
            return str; // Return original string like "1e1000"
    }
}

;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}
;// CONCATENATED MODULE: ../../node_modules/path-expression-matcher/src/Matcher.js


/**
 * MatcherView - A lightweight read-only view over a Matcher's internal state.
 *
 * Created once by Matcher and reused across all callbacks. Holds a direct
 * reference to the parent Matcher so it always reflects current parser state
 * with zero copying or freezing overhead.
 *
 * Users receive this via {@link Matcher#readOnly} or directly from parser
 * callbacks. It exposes all query and matching methods but has no mutation
 * methods — misuse is caught at the TypeScript level rather than at runtime.
 *
 * @example
 * const matcher = new Matcher();
 * const view = matcher.readOnly();
 *
 * matcher.push("root", {});
 * view.getCurrentTag(); // "root"
 * view.getDepth();      // 1
 */
class MatcherView {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }

  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return undefined;
    return path[path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map(n => n.tag);
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}

/**
 * Matcher - Tracks current path in XML/JSON tree and matches against Expressions.
 *
 * The matcher maintains a stack of nodes representing the current path from root to
 * current tag. It only stores attribute values for the current (top) node to minimize
 * memory usage. Sibling tracking is used to auto-calculate position and counter.
 *
 * Use {@link Matcher#readOnly} to obtain a {@link MatcherView} safe to pass to
 * user callbacks — it always reflects current state with no Proxy overhead.
 *
 * @example
 * const matcher = new Matcher();
 * matcher.push("root", {});
 * matcher.push("users", {});
 * matcher.push("user", { id: "123", type: "admin" });
 *
 * const expr = new Expression("root.users.user");
 * matcher.matches(expr); // true
 */
class Matcher {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || '.';
    this.path = [];
    this.siblingStacks = [];
    // Each path node: { tag, values, position, counter, namespace? }
    // values only present for current (last) node
    // Each siblingStacks entry: Map<tagName, count> tracking occurrences at each level
    this._pathStringCache = null;
    this._view = new MatcherView(this);

    // Kept-attribute stack: only populated when push() is called with options.keep.
    this._keptAttrs = [];
  }

  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;

    // Remove values from previous current node (now becoming ancestor)
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = undefined;
    }

    // Get or create sibling tracking for current level
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      // `counts` tells same-name siblings apart (the "counter" — nth <item>
      // among other <item>s). `total` is every child seen at this level so
      // far, kept as a running number instead of re-added from `counts` on
      // every push — a parent with many differently-named children would
      // otherwise cost more per child the more distinct names it has.
      level = { counts: new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }

    // Create a unique key for sibling tracking that includes namespace
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;

    // Calculate counter (how many times this tag appeared at this level)
    const counter = level.counts.get(siblingKey) || 0;

    // Position = total children at this level seen before this one.
    const position = level.total;

    // Update sibling count for this tag, and the level's running total.
    level.counts.set(siblingKey, counter + 1);
    level.total++;

    // Create new node
    const node = {
      tag: tagName,
      position: position,
      counter: counter
    };

    if (namespace !== null && namespace !== undefined) {
      node.namespace = namespace;
    }

    if (attrValues !== null && attrValues !== undefined) {
      node.values = attrValues;
    }

    this.path.push(node);

    // Depth of the node we just pushed (1-based, matches this.path.length)
    const depth = this.path.length;

    // Copy only the requested attributes into the kept-attrs stack. This is
    // the one part of push() whose cost scales with input (O(keep.length))
    // rather than being O(1) — by design, since the caller is explicitly
    // opting in for specific attribute names. No options/keep => zero added
    // cost beyond the two property reads below.
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== undefined && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== undefined) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }

  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return undefined;
    this._pathStringCache = null;

    const node = this.path.pop();

    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }

    // Drop any kept attributes that belonged to the popped node (or deeper).
    // _keptAttrs is depth-ordered (push only ever appends increasing depths),
    // so this is a backward scan that stops at the first surviving entry —
    // typically O(1) since kept attrs are rare by design.
    const poppedDepth = this.path.length + 1;
    while (
      this._keptAttrs.length > 0 &&
      this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth
    ) {
      this._keptAttrs.pop();
    }

    return node;
  }

  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== undefined) {
        current.values = attrValues;
      }
    }
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return undefined;
    return this.path[this.path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return undefined;
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep = separator || this.separator;
    const isDefault = (sep === this.separator && includeNamespace === true);

    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(n =>
        (n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep);
      this._pathStringCache = result;
      return result;
    }

    return this.path.map(n =>
      (includeNamespace && n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map(n => n.tag);
  }

  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;

    if (segments.length === 0) {
      return false;
    }

    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }

    return this._matchSimple(segments);
  }

  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }

    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }

    return true;
  }

  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;

    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];

      if (segment.type === 'deep-wildcard') {
        segIdx--;

        if (segIdx < 0) {
          return true;
        }

        const nextSeg = segments[segIdx];
        let found = false;

        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }

        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }

    return segIdx < 0;
  }

  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== '*' && segment.tag !== node.tag) {
      return false;
    }

    if (segment.namespace !== undefined) {
      if (segment.namespace !== '*' && segment.namespace !== node.namespace) {
        return false;
      }
    }

    if (segment.attrName !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }

      if (segment.attrValue !== undefined) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }

    if (segment.position !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      const counter = node.counter ?? 0;

      if (segment.position === 'first' && counter !== 0) {
        return false;
      } else if (segment.position === 'odd' && counter % 2 !== 1) {
        return false;
      } else if (segment.position === 'even' && counter % 2 !== 0) {
        return false;
      } else if (segment.position === 'nth' && counter !== segment.positionValue) {
        return false;
      }
    }

    return true;
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }

  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map(node => ({ ...node })),
      siblingStacks: this.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map(entry => ({ ...entry }))
    };
  }

  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map(node => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map(entry => ({ ...entry }));
  }

  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
}

;// CONCATENATED MODULE: ../../node_modules/path-expression-matcher/src/Expression.js
/**
 * Expression - Parses and stores a tag pattern expression
 * 
 * Patterns are parsed once and stored in an optimized structure for fast matching.
 * 
 * @example
 * const expr = new Expression("root.users.user");
 * const expr2 = new Expression("..user[id]:first");
 * const expr3 = new Expression("root/users/user", { separator: '/' });
 */
class Expression {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || '.';
    this.segments = this._parse(pattern);
    this.data = data;
    // Cache expensive checks for performance (O(1) instead of O(n))
    this._hasDeepWildcard = this.segments.some(seg => seg.type === 'deep-wildcard');
    this._hasAttributeCondition = this.segments.some(seg => seg.attrName !== undefined);
    this._hasPositionSelector = this.segments.some(seg => seg.position !== undefined);
  }

  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];

    // Split by separator but handle ".." specially
    let i = 0;
    let currentPart = '';

    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        // Check if next char is also separator (deep wildcard)
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          // Flush current part if any
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = '';
          }
          // Add deep wildcard
          segments.push({ type: 'deep-wildcard' });
          i += 2; // Skip both separators
        } else {
          // Regular separator
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = '';
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }

    // Flush remaining part
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }

    return segments;
  }

  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: 'tag' };

    // NEW NAMESPACE SYNTAX (v2.0):
    // ============================
    // Namespace uses DOUBLE colon (::)
    // Position uses SINGLE colon (:)
    // 
    // Examples:
    //   "user"              → tag
    //   "user:first"        → tag + position
    //   "user[id]"          → tag + attribute
    //   "user[id]:first"    → tag + attribute + position
    //   "ns::user"          → namespace + tag
    //   "ns::user:first"    → namespace + tag + position
    //   "ns::user[id]"      → namespace + tag + attribute
    //   "ns::user[id]:first" → namespace + tag + attribute + position
    //   "ns::first"         → namespace + tag named "first" (NO ambiguity!)
    //
    // This eliminates all ambiguity:
    //   :: = namespace separator
    //   :  = position selector
    //   [] = attributes

    // Step 1: Extract brackets [attr] or [attr=value]
    let bracketContent = null;
    let withoutBrackets = part;

    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }

    // Step 2: Check for namespace (double colon ::)
    let namespace = undefined;
    let tagAndPosition = withoutBrackets;

    if (withoutBrackets.includes('::')) {
      const nsIndex = withoutBrackets.indexOf('::');
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(); // Skip ::

      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }

    // Step 3: Parse tag and position (single colon :)
    let tag = undefined;
    let positionMatch = null;

    if (tagAndPosition.includes(':')) {
      const colonIndex = tagAndPosition.lastIndexOf(':'); // Use last colon for position
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();

      // Verify position is a valid keyword
      const isPositionKeyword = ['first', 'last', 'odd', 'even'].includes(posPart) ||
        /^nth\(\d+\)$/.test(posPart);

      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        // Not a valid position keyword, treat whole thing as tag
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }

    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }

    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }

    // Step 4: Parse attributes
    if (bracketContent) {
      if (bracketContent.includes('=')) {
        const eqIndex = bracketContent.indexOf('=');
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }

    // Step 5: Parse position selector
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = 'nth';
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }

    return segment;
  }

  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }

  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }

  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }

  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }

  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
}
;// CONCATENATED MODULE: ../../node_modules/path-expression-matcher/src/ExpressionSet.js
/**
 * ExpressionSet - An indexed collection of Expressions for efficient bulk matching
 *
 * Instead of iterating all expressions on every tag, ExpressionSet pre-indexes
 * them at insertion time by depth and terminal tag name. At match time, only
 * the relevant bucket is evaluated — typically reducing checks from O(E) to O(1)
 * lookup plus O(small bucket) matches.
 *
 * Three buckets are maintained:
 *  - `_byDepthAndTag`  — exact depth + exact tag name  (tightest, used first)
 *  - `_wildcardByDepth` — exact depth + wildcard tag `*` (depth-matched only)
 *  - `_deepWildcards`  — expressions containing `..`  (cannot be depth-indexed)
 *
 * @example
 * import { Expression, ExpressionSet } from 'fast-xml-tagger';
 *
 * // Build once at config time
 * const stopNodes = new ExpressionSet();
 * stopNodes.add(new Expression('root.users.user'));
 * stopNodes.add(new Expression('root.config.setting'));
 * stopNodes.add(new Expression('..script'));
 *
 * // Query on every tag — hot path
 * if (stopNodes.matchesAny(matcher)) { ... }
 */
class ExpressionSet {
  constructor() {
    /** @type {Map<string, import('./Expression.js').default[]>} depth:tag → expressions */
    this._byDepthAndTag = new Map();

    /** @type {Map<number, import('./Expression.js').default[]>} depth → wildcard-tag expressions */
    this._wildcardByDepth = new Map();

    /** @type {import('./Expression.js').default[]} expressions containing deep wildcard (..) */
    this._deepWildcards = [];

    /** @type {Map<string, import('./Expression.js').default[]>} terminalTag → deep wildcard expressions */
    this._deepByTerminalTag = new Map();

    /** @type {Set<string>} pattern strings already added — used for deduplication */
    this._patterns = new Set();

    /** @type {boolean} whether the set is sealed against further additions */
    this._sealed = false;
  }

  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        'ExpressionSet is sealed. Create a new ExpressionSet to add more expressions.'
      );
    }

    // Deduplicate by pattern string
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);

    if (expression.hasDeepWildcard()) {
      const lastSeg = expression.segments[expression.segments.length - 1];
      if (lastSeg && lastSeg.type !== 'deep-wildcard' && lastSeg.tag !== '*') {
        const tag = lastSeg.tag;
        if (!this._deepByTerminalTag.has(tag)) this._deepByTerminalTag.set(tag, []);
        this._deepByTerminalTag.get(tag).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }

    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;

    if (!tag || tag === '*') {
      // Can index by depth but not by tag
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      // Tightest bucket: depth + tag
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }

    return this;
  }

  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }

  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }

  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }

  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }

  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }

  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
 * Find and return the first Expression that matches the matcher's current path.
 *
 * Uses the same evaluation order as matchesAny (cheapest → most expensive):
 *  1. Exact depth + tag bucket
 *  2. Depth-only wildcard bucket
 *  3. Deep-wildcard list
 *
 * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
 * @returns {import('./Expression.js').default | null} the first matching Expression, or null
 *
 * @example
 * const expr = stopNodes.findMatch(matcher);
 * if (expr) {
 *   // access expr.config, expr.pattern, etc.
 * }
 */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();

    // 1. Tightest bucket — most expressions live here
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }

    // 2. Depth-matched wildcard-tag expressions
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }

    // 3. Deep wildcards — indexed by terminal tag, then unindexed fallback
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }

    return null;
  }
}

;// CONCATENATED MODULE: ../../node_modules/@nodable/entities/src/entities.js
// ---------------------------------------------------------------------------
// Complete HTML5 named entity reference
// Organized by logical categories for easy maintenance and selective importing
// ---------------------------------------------------------------------------

/**
 * Basic Latin & Special Characters
 * @type {Record<string, string>}
 */
const BASIC_LATIN = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  lsquor: '‚',
  rsquor: '’',
  ldquor: '„',
  bdquo: '„',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  excl: '!',
  quest: '?',
  num: '#',
  dollar: '$',
  percent: '%',
  ast: '*',
  commat: '@',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  sol: '/',
  bsol: '\\',
  lbrace: '{',
  rbrace: '}',
  lbrack: '[',
  rbrack: ']',
  lpar: '(',
  rpar: ')',
  nbsp: '\u00a0',
  iexcl: '¡',
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  COPY: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  REG: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  half: '½',
  frac34: '¾',
  iquest: '¿',
  times: '×',
  div: '÷',
  divide: '÷',
};

/**
 * Latin Extended & Accented Letters (A-Z)
 * @type {Record<string, string>}
 */
const LATIN_ACCENTS = {
  Agrave: 'À',
  agrave: 'à',
  Aacute: 'Á',
  aacute: 'á',
  Acirc: 'Â',
  acirc: 'â',
  Atilde: 'Ã',
  atilde: 'ã',
  Auml: 'Ä',
  auml: 'ä',
  Aring: 'Å',
  aring: 'å',
  AElig: 'Æ',
  aelig: 'æ',
  Ccedil: 'Ç',
  ccedil: 'ç',
  Egrave: 'È',
  egrave: 'è',
  Eacute: 'É',
  eacute: 'é',
  Ecirc: 'Ê',
  ecirc: 'ê',
  Euml: 'Ë',
  euml: 'ë',
  Igrave: 'Ì',
  igrave: 'ì',
  Iacute: 'Í',
  iacute: 'í',
  Icirc: 'Î',
  icirc: 'î',
  Iuml: 'Ï',
  iuml: 'ï',
  ETH: 'Ð',
  eth: 'ð',
  Ntilde: 'Ñ',
  ntilde: 'ñ',
  Ograve: 'Ò',
  ograve: 'ò',
  Oacute: 'Ó',
  oacute: 'ó',
  Ocirc: 'Ô',
  ocirc: 'ô',
  Otilde: 'Õ',
  otilde: 'õ',
  Ouml: 'Ö',
  ouml: 'ö',
  Oslash: 'Ø',
  oslash: 'ø',
  Ugrave: 'Ù',
  ugrave: 'ù',
  Uacute: 'Ú',
  uacute: 'ú',
  Ucirc: 'Û',
  ucirc: 'û',
  Uuml: 'Ü',
  uuml: 'ü',
  Yacute: 'Ý',
  yacute: 'ý',
  THORN: 'Þ',
  thorn: 'þ',
  szlig: 'ß',
  yuml: 'ÿ',
  Yuml: 'Ÿ',
};

/**
 * Latin Extended (Letters with diacritics)
 * @type {Record<string, string>}
 */
const LATIN_EXTENDED = {
  Amacr: 'Ā',
  amacr: 'ā',
  Abreve: 'Ă',
  abreve: 'ă',
  Aogon: 'Ą',
  aogon: 'ą',
  Cacute: 'Ć',
  cacute: 'ć',
  Ccirc: 'Ĉ',
  ccirc: 'ĉ',
  Cdot: 'Ċ',
  cdot: 'ċ',
  Ccaron: 'Č',
  ccaron: 'č',
  Dcaron: 'Ď',
  dcaron: 'ď',
  Dstrok: 'Đ',
  dstrok: 'đ',
  Emacr: 'Ē',
  emacr: 'ē',
  Ecaron: 'Ě',
  ecaron: 'ě',
  Edot: 'Ė',
  edot: 'ė',
  Eogon: 'Ę',
  eogon: 'ę',
  Gcirc: 'Ĝ',
  gcirc: 'ĝ',
  Gbreve: 'Ğ',
  gbreve: 'ğ',
  Gdot: 'Ġ',
  gdot: 'ġ',
  Gcedil: 'Ģ',
  Hcirc: 'Ĥ',
  hcirc: 'ĥ',
  Hstrok: 'Ħ',
  hstrok: 'ħ',
  Itilde: 'Ĩ',
  itilde: 'ĩ',
  Imacr: 'Ī',
  imacr: 'ī',
  Iogon: 'Į',
  iogon: 'į',
  Idot: 'İ',
  IJlig: 'Ĳ',
  ijlig: 'ĳ',
  Jcirc: 'Ĵ',
  jcirc: 'ĵ',
  Kcedil: 'Ķ',
  kcedil: 'ķ',
  kgreen: 'ĸ',
  Lacute: 'Ĺ',
  lacute: 'ĺ',
  Lcedil: 'Ļ',
  lcedil: 'ļ',
  Lcaron: 'Ľ',
  lcaron: 'ľ',
  Lmidot: 'Ŀ',
  lmidot: 'ŀ',
  Lstrok: 'Ł',
  lstrok: 'ł',
  Nacute: 'Ń',
  nacute: 'ń',
  Ncaron: 'Ň',
  ncaron: 'ň',
  Ncedil: 'Ņ',
  ncedil: 'ņ',
  ENG: 'Ŋ',
  eng: 'ŋ',
  Omacr: 'Ō',
  omacr: 'ō',
  Odblac: 'Ő',
  odblac: 'ő',
  OElig: 'Œ',
  oelig: 'œ',
  Racute: 'Ŕ',
  racute: 'ŕ',
  Rcaron: 'Ř',
  rcaron: 'ř',
  Rcedil: 'Ŗ',
  rcedil: 'ŗ',
  Sacute: 'Ś',
  sacute: 'ś',
  Scirc: 'Ŝ',
  scirc: 'ŝ',
  Scedil: 'Ş',
  scedil: 'ş',
  Scaron: 'Š',
  scaron: 'š',
  Tcedil: 'Ţ',
  tcedil: 'ţ',
  Tcaron: 'Ť',
  tcaron: 'ť',
  Tstrok: 'Ŧ',
  tstrok: 'ŧ',
  Utilde: 'Ũ',
  utilde: 'ũ',
  Umacr: 'Ū',
  umacr: 'ū',
  Ubreve: 'Ŭ',
  ubreve: 'ŭ',
  Uring: 'Ů',
  uring: 'ů',
  Udblac: 'Ű',
  udblac: 'ű',
  Uogon: 'Ų',
  uogon: 'ų',
  Wcirc: 'Ŵ',
  wcirc: 'ŵ',
  Ycirc: 'Ŷ',
  ycirc: 'ŷ',
  Zacute: 'Ź',
  zacute: 'ź',
  Zdot: 'Ż',
  zdot: 'ż',
  Zcaron: 'Ž',
  zcaron: 'ž',
};

/**
 * Greek Letters
 * @type {Record<string, string>}
 */
const GREEK = {
  Alpha: 'Α',
  alpha: 'α',
  Beta: 'Β',
  beta: 'β',
  Gamma: 'Γ',
  gamma: 'γ',
  Delta: 'Δ',
  delta: 'δ',
  Epsilon: 'Ε',
  epsilon: 'ε',
  epsiv: 'ϵ',
  varepsilon: 'ϵ',
  Zeta: 'Ζ',
  zeta: 'ζ',
  Eta: 'Η',
  eta: 'η',
  Theta: 'Θ',
  theta: 'θ',
  thetasym: 'ϑ',
  vartheta: 'ϑ',
  Iota: 'Ι',
  iota: 'ι',
  Kappa: 'Κ',
  kappa: 'κ',
  kappav: 'ϰ',
  varkappa: 'ϰ',
  Lambda: 'Λ',
  lambda: 'λ',
  Mu: 'Μ',
  mu: 'μ',
  Nu: 'Ν',
  nu: 'ν',
  Xi: 'Ξ',
  xi: 'ξ',
  Omicron: 'Ο',
  omicron: 'ο',
  Pi: 'Π',
  pi: 'π',
  piv: 'ϖ',
  varpi: 'ϖ',
  Rho: 'Ρ',
  rho: 'ρ',
  rhov: 'ϱ',
  varrho: 'ϱ',
  Sigma: 'Σ',
  sigma: 'σ',
  sigmaf: 'ς',
  sigmav: 'ς',
  varsigma: 'ς',
  Tau: 'Τ',
  tau: 'τ',
  Upsilon: 'Υ',
  upsilon: 'υ',
  upsi: 'υ',
  Upsi: 'ϒ',
  upsih: 'ϒ',
  Phi: 'Φ',
  phi: 'φ',
  phiv: 'ϕ',
  varphi: 'ϕ',
  Chi: 'Χ',
  chi: 'χ',
  Psi: 'Ψ',
  psi: 'ψ',
  Omega: 'Ω',
  omega: 'ω',
  ohm: 'Ω',
  Gammad: 'Ϝ',
  gammad: 'ϝ',
  digamma: 'ϝ',
};

/**
 * Cyrillic Letters
 * @type {Record<string, string>}
 */
const CYRILLIC = {
  Afr: '𝔄',
  afr: '𝔞',
  Acy: 'А',
  acy: 'а',
  Bcy: 'Б',
  bcy: 'б',
  Vcy: 'В',
  vcy: 'в',
  Gcy: 'Г',
  gcy: 'г',
  Dcy: 'Д',
  dcy: 'д',
  IEcy: 'Е',
  iecy: 'е',
  IOcy: 'Ё',
  iocy: 'ё',
  ZHcy: 'Ж',
  zhcy: 'ж',
  Zcy: 'З',
  zcy: 'з',
  Icy: 'И',
  icy: 'и',
  Jcy: 'Й',
  jcy: 'й',
  Kcy: 'К',
  kcy: 'к',
  Lcy: 'Л',
  lcy: 'л',
  Mcy: 'М',
  mcy: 'м',
  Ncy: 'Н',
  ncy: 'н',
  Ocy: 'О',
  ocy: 'о',
  Pcy: 'П',
  pcy: 'п',
  Rcy: 'Р',
  rcy: 'р',
  Scy: 'С',
  scy: 'с',
  Tcy: 'Т',
  tcy: 'т',
  Ucy: 'У',
  ucy: 'у',
  Fcy: 'Ф',
  fcy: 'ф',
  KHcy: 'Х',
  khcy: 'х',
  TScy: 'Ц',
  tscy: 'ц',
  CHcy: 'Ч',
  chcy: 'ч',
  SHcy: 'Ш',
  shcy: 'ш',
  SHCHcy: 'Щ',
  shchcy: 'щ',
  HARDcy: 'Ъ',
  hardcy: 'ъ',
  Ycy: 'Ы',
  ycy: 'ы',
  SOFTcy: 'Ь',
  softcy: 'ь',
  Ecy: 'Э',
  ecy: 'э',
  YUcy: 'Ю',
  yucy: 'ю',
  YAcy: 'Я',
  yacy: 'я',
  DJcy: 'Ђ',
  djcy: 'ђ',
  GJcy: 'Ѓ',
  gjcy: 'ѓ',
  Jukcy: 'Є',
  jukcy: 'є',
  DScy: 'Ѕ',
  dscy: 'ѕ',
  Iukcy: 'І',
  iukcy: 'і',
  YIcy: 'Ї',
  yicy: 'ї',
  Jsercy: 'Ј',
  jsercy: 'ј',
  LJcy: 'Љ',
  ljcy: 'љ',
  NJcy: 'Њ',
  njcy: 'њ',
  TSHcy: 'Ћ',
  tshcy: 'ћ',
  KJcy: 'Ќ',
  kjcy: 'ќ',
  Ubrcy: 'Ў',
  ubrcy: 'ў',
  DZcy: 'Џ',
  dzcy: 'џ',
};

/**
 * Mathematical Operators & Relations
 * @type {Record<string, string>}
 */
const MATH = {
  plus: '+',
  pm: '±',
  times: '×',
  div: '÷',
  divide: '÷',
  sdot: '⋅',
  star: '☆',
  starf: '★',
  bigstar: '★',
  lowast: '∗',
  ast: '*',
  midast: '*',
  compfn: '∘',
  smallcircle: '∘',
  bullet: '•',
  bull: '•',
  nbsp: '\u00a0',
  hellip: '…',
  mldr: '…',
  prime: '′',
  Prime: '″',
  tprime: '‴',
  bprime: '‵',
  backprime: '‵',
  minus: '−',
  minusd: '∸',
  dotminus: '∸',
  plusdo: '∔',
  dotplus: '∔',
  plusmn: '±',
  minusplus: '∓',
  mnplus: '∓',
  mp: '∓',
  setminus: '∖',
  smallsetminus: '∖',
  Backslash: '∖',
  setmn: '∖',
  ssetmn: '∖',
  lowbar: '_',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  colon: ':',
  Colon: '∷',
  Proportion: '∷',
  ratio: '∶',
  equals: '=',
  ne: '≠',
  nequiv: '≢',
  equiv: '≡',
  Congruent: '≡',
  sim: '∼',
  thicksim: '∼',
  thksim: '∼',
  sime: '≃',
  simeq: '≃',
  TildeEqual: '≃',
  asymp: '≈',
  approx: '≈',
  thickapprox: '≈',
  thkap: '≈',
  TildeTilde: '≈',
  ncong: '≇',
  cong: '≅',
  TildeFullEqual: '≅',
  asympeq: '≍',
  CupCap: '≍',
  bump: '≎',
  Bumpeq: '≎',
  HumpDownHump: '≎',
  bumpe: '≏',
  bumpeq: '≏',
  HumpEqual: '≏',
  le: '≤',
  LessEqual: '≤',
  ge: '≥',
  GreaterEqual: '≥',
  lesseqgtr: '⋚',
  lesseqqgtr: '⪋',
  greater: '>',
  less: '<',
};

/**
 * Mathematical Operators (Advanced)
 * @type {Record<string, string>}
 */
const MATH_ADVANCED = {
  alefsym: 'ℵ',
  aleph: 'ℵ',
  beth: 'ℶ',
  gimel: 'ℷ',
  daleth: 'ℸ',
  forall: '∀',
  ForAll: '∀',
  part: '∂',
  PartialD: '∂',
  exist: '∃',
  Exists: '∃',
  nexist: '∄',
  nexists: '∄',
  empty: '∅',
  emptyset: '∅',
  emptyv: '∅',
  varnothing: '∅',
  nabla: '∇',
  Del: '∇',
  isin: '∈',
  isinv: '∈',
  in: '∈',
  Element: '∈',
  notin: '∉',
  notinva: '∉',
  ni: '∋',
  niv: '∋',
  SuchThat: '∋',
  ReverseElement: '∋',
  notni: '∌',
  notniva: '∌',
  prod: '∏',
  Product: '∏',
  coprod: '∐',
  Coproduct: '∐',
  sum: '∑',
  Sum: '∑',
  minus: '−',
  mp: '∓',
  plusdo: '∔',
  dotplus: '∔',
  setminus: '∖',
  lowast: '∗',
  radic: '√',
  Sqrt: '√',
  prop: '∝',
  propto: '∝',
  Proportional: '∝',
  varpropto: '∝',
  infin: '∞',
  infintie: '⧝',
  ang: '∠',
  angle: '∠',
  angmsd: '∡',
  measuredangle: '∡',
  angsph: '∢',
  mid: '∣',
  VerticalBar: '∣',
  nmid: '∤',
  nsmid: '∤',
  npar: '∦',
  parallel: '∥',
  spar: '∥',
  nparallel: '∦',
  nspar: '∦',
  and: '∧',
  wedge: '∧',
  or: '∨',
  vee: '∨',
  cap: '∩',
  cup: '∪',
  int: '∫',
  Integral: '∫',
  conint: '∮',
  ContourIntegral: '∮',
  Conint: '∯',
  DoubleContourIntegral: '∯',
  Cconint: '∰',
  there4: '∴',
  therefore: '∴',
  Therefore: '∴',
  becaus: '∵',
  because: '∵',
  Because: '∵',
  ratio: '∶',
  Proportion: '∷',
  minusd: '∸',
  dotminus: '∸',
  mDDot: '∺',
  homtht: '∻',
  sim: '∼',
  bsimg: '∽',
  backsim: '∽',
  ac: '∾',
  mstpos: '∾',
  acd: '∿',
  VerticalTilde: '≀',
  wr: '≀',
  wreath: '≀',
  nsime: '≄',
  nsimeq: '≄',
  ncong: '≇',
  simne: '≆',
  ncongdot: '⩭̸',
  ngsim: '≵',
  nsim: '≁',
  napprox: '≉',
  nap: '≉',
  ngeq: '≱',
  nge: '≱',
  nleq: '≰',
  nle: '≰',
  ngtr: '≯',
  ngt: '≯',
  nless: '≮',
  nlt: '≮',
  nprec: '⊀',
  npr: '⊀',
  nsucc: '⊁',
  nsc: '⊁',
};

/**
 * Arrows
 * @type {Record<string, string>}
 */
const ARROWS = {
  larr: '←',
  leftarrow: '←',
  LeftArrow: '←',
  uarr: '↑',
  uparrow: '↑',
  UpArrow: '↑',
  rarr: '→',
  rightarrow: '→',
  RightArrow: '→',
  darr: '↓',
  downarrow: '↓',
  DownArrow: '↓',
  harr: '↔',
  leftrightarrow: '↔',
  LeftRightArrow: '↔',
  varr: '↕',
  updownarrow: '↕',
  UpDownArrow: '↕',
  nwarr: '↖',
  nwarrow: '↖',
  UpperLeftArrow: '↖',
  nearr: '↗',
  nearrow: '↗',
  UpperRightArrow: '↗',
  searr: '↘',
  searrow: '↘',
  LowerRightArrow: '↘',
  swarr: '↙',
  swarrow: '↙',
  LowerLeftArrow: '↙',
  lArr: '⇐',
  Leftarrow: '⇐',
  uArr: '⇑',
  Uparrow: '⇑',
  rArr: '⇒',
  Rightarrow: '⇒',
  dArr: '⇓',
  Downarrow: '⇓',
  hArr: '⇔',
  Leftrightarrow: '⇔',
  iff: '⇔',
  vArr: '⇕',
  Updownarrow: '⇕',
  lAarr: '⇚',
  Lleftarrow: '⇚',
  rAarr: '⇛',
  Rrightarrow: '⇛',
  lrarr: '⇆',
  leftrightarrows: '⇆',
  rlarr: '⇄',
  rightleftarrows: '⇄',
  lrhar: '⇋',
  leftrightharpoons: '⇋',
  ReverseEquilibrium: '⇋',
  rlhar: '⇌',
  rightleftharpoons: '⇌',
  Equilibrium: '⇌',
  udarr: '⇅',
  UpArrowDownArrow: '⇅',
  duarr: '⇵',
  DownArrowUpArrow: '⇵',
  llarr: '⇇',
  leftleftarrows: '⇇',
  rrarr: '⇉',
  rightrightarrows: '⇉',
  ddarr: '⇊',
  downdownarrows: '⇊',
  har: '↽',
  lhard: '↽',
  leftharpoondown: '↽',
  lharu: '↼',
  leftharpoonup: '↼',
  rhard: '⇁',
  rightharpoondown: '⇁',
  rharu: '⇀',
  rightharpoonup: '⇀',
  lsh: '↰',
  Lsh: '↰',
  rsh: '↱',
  Rsh: '↱',
  ldsh: '↲',
  rdsh: '↳',
  hookleftarrow: '↩',
  hookrightarrow: '↪',
  mapstoleft: '↤',
  mapstoup: '↥',
  map: '↦',
  mapsto: '↦',
  mapstodown: '↧',
  crarr: '↵',
  nleftarrow: '↚',
  nleftrightarrow: '↮',
  nrightarrow: '↛',
  nrarr: '↛',
  larrtl: '↢',
  rarrtl: '↣',
  leftarrowtail: '↢',
  rightarrowtail: '↣',
  twoheadleftarrow: '↞',
  twoheadrightarrow: '↠',
  Larr: '↞',
  Rarr: '↠',
  larrhk: '↩',
  rarrhk: '↪',
  larrlp: '↫',
  looparrowleft: '↫',
  rarrlp: '↬',
  looparrowright: '↬',
  harrw: '↭',
  leftrightsquigarrow: '↭',
  nrarrw: '↝̸',
  rarrw: '↝',
  rightsquigarrow: '↝',
  larrbfs: '⤟',
  rarrbfs: '⤠',
  nvHarr: '⤄',
  nvlArr: '⤂',
  nvrArr: '⤃',
  larrfs: '⤝',
  rarrfs: '⤞',
  Map: '⤅',
  larrsim: '⥳',
  rarrsim: '⥴',
  harrcir: '⥈',
  Uarrocir: '⥉',
  lurdshar: '⥊',
  ldrdhar: '⥧',
  ldrushar: '⥋',
  rdldhar: '⥩',
  lrhard: '⥭',
  uharr: '↾',
  uharl: '↿',
  dharr: '⇂',
  dharl: '⇃',
  Uarr: '↟',
  Darr: '↡',
  zigrarr: '⇝',
  nwArr: '⇖',
  neArr: '⇗',
  seArr: '⇘',
  swArr: '⇙',
  nharr: '↮',
  nhArr: '⇎',
  nlarr: '↚',
  nlArr: '⇍',
  nrArr: '⇏',
  larrb: '⇤',
  LeftArrowBar: '⇤',
  rarrb: '⇥',
  RightArrowBar: '⇥',
};

/**
 * Geometric Shapes
 * @type {Record<string, string>}
 */
const SHAPES = {
  square: '□',
  Square: '□',
  squ: '□',
  squf: '▪',
  squarf: '▪',
  blacksquar: '▪',
  blacksquare: '▪',
  FilledVerySmallSquare: '▪',
  blk34: '▓',
  blk12: '▒',
  blk14: '░',
  block: '█',
  srect: '▭',
  rect: '▭',
  sdot: '⋅',
  sdotb: '⊡',
  dotsquare: '⊡',
  triangle: '▵',
  tri: '▵',
  trine: '▵',
  utri: '▵',
  triangledown: '▿',
  dtri: '▿',
  tridown: '▿',
  triangleleft: '◃',
  ltri: '◃',
  triangleright: '▹',
  rtri: '▹',
  blacktriangle: '▴',
  utrif: '▴',
  blacktriangledown: '▾',
  dtrif: '▾',
  blacktriangleleft: '◂',
  ltrif: '◂',
  blacktriangleright: '▸',
  rtrif: '▸',
  loz: '◊',
  lozenge: '◊',
  blacklozenge: '⧫',
  lozf: '⧫',
  bigcirc: '◯',
  xcirc: '◯',
  circ: 'ˆ',
  Circle: '○',
  cir: '○',
  o: '○',
  bullet: '•',
  bull: '•',
  hellip: '…',
  mldr: '…',
  nldr: '‥',
  boxh: '─',
  HorizontalLine: '─',
  boxv: '│',
  boxdr: '┌',
  boxdl: '┐',
  boxur: '└',
  boxul: '┘',
  boxvr: '├',
  boxvl: '┤',
  boxhd: '┬',
  boxhu: '┴',
  boxvh: '┼',
  boxH: '═',
  boxV: '║',
  boxdR: '╒',
  boxDr: '╓',
  boxDR: '╔',
  boxDl: '╕',
  boxdL: '╖',
  boxDL: '╗',
  boxuR: '╘',
  boxUr: '╙',
  boxUR: '╚',
  boxUl: '╜',
  boxuL: '╛',
  boxUL: '╝',
  boxvR: '╞',
  boxVr: '╟',
  boxVR: '╠',
  boxVl: '╢',
  boxvL: '╡',
  boxVL: '╣',
  boxHd: '╤',
  boxhD: '╥',
  boxHD: '╦',
  boxHu: '╧',
  boxhU: '╨',
  boxHU: '╩',
  boxvH: '╪',
  boxVh: '╫',
  boxVH: '╬',
};

/**
 * Punctuation & Diacritics
 * @type {Record<string, string>}
 */
const PUNCTUATION = {
  excl: '!',
  iexcl: '¡',
  brvbar: '¦',
  sect: '§',
  uml: '¨',
  copy: '©',
  ordf: 'ª',
  laquo: '«',
  not: '¬',
  shy: '\u00ad',
  reg: '®',
  macr: '¯',
  deg: '°',
  plusmn: '±',
  sup2: '²',
  sup3: '³',
  acute: '´',
  micro: 'µ',
  para: '¶',
  middot: '·',
  cedil: '¸',
  sup1: '¹',
  ordm: 'º',
  raquo: '»',
  frac14: '¼',
  frac12: '½',
  frac34: '¾',
  iquest: '¿',
  nbsp: '\u00a0',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  vert: '|',
  Verbar: '‖',
  verbar: '|',
  dblac: '˝',
  circ: 'ˆ',
  caron: 'ˇ',
  breve: '˘',
  dot: '˙',
  ring: '˚',
  ogon: '˛',
  tilde: '˜',
  DiacriticalGrave: '`',
  DiacriticalAcute: '´',
  DiacriticalTilde: '˜',
  DiacriticalDot: '˙',
  DiacriticalDoubleAcute: '˝',
  grave: '`',
};

/**
 * Currency Symbols
 * @type {Record<string, string>}
 */
const CURRENCY = {
  cent: '¢',
  pound: '£',
  curren: '¤',
  yen: '¥',
  euro: '€',
  dollar: '$',
  fnof: 'ƒ',
  inr: '₹',
  af: '؋',
  birr: 'ብር',
  peso: '₱',
  rub: '₽',
  won: '₩',
  yuan: '¥',
  cedil: '¸',
};

/**
 * Fractions
 * @type {Record<string, string>}
 */
const FRACTIONS = {
  frac12: '½',
  half: '½',
  frac13: '⅓',
  frac14: '¼',
  frac15: '⅕',
  frac16: '⅙',
  frac18: '⅛',
  frac23: '⅔',
  frac25: '⅖',
  frac34: '¾',
  frac35: '⅗',
  frac38: '⅜',
  frac45: '⅘',
  frac56: '⅚',
  frac58: '⅝',
  frac78: '⅞',
  frasl: '⁄',
};

/**
 * Miscellaneous Symbols
 * @type {Record<string, string>}
 */
const MISC_SYMBOLS = {
  trade: '™',
  TRADE: '™',
  telrec: '⌕',
  target: '⌖',
  ulcorn: '⌜',
  ulcorner: '⌜',
  urcorn: '⌝',
  urcorner: '⌝',
  dlcorn: '⌞',
  llcorner: '⌞',
  drcorn: '⌟',
  lrcorner: '⌟',
  intercal: '⊺',
  intcal: '⊺',
  oplus: '⊕',
  CirclePlus: '⊕',
  ominus: '⊖',
  CircleMinus: '⊖',
  otimes: '⊗',
  CircleTimes: '⊗',
  osol: '⊘',
  odot: '⊙',
  CircleDot: '⊙',
  oast: '⊛',
  circledast: '⊛',
  odash: '⊝',
  circleddash: '⊝',
  ocirc: '⊚',
  circledcirc: '⊚',
  boxplus: '⊞',
  plusb: '⊞',
  boxminus: '⊟',
  minusb: '⊟',
  boxtimes: '⊠',
  timesb: '⊠',
  boxdot: '⊡',
  sdotb: '⊡',
  veebar: '⊻',
  vee: '∨',
  barvee: '⊽',
  and: '∧',
  wedge: '∧',
  Cap: '⋒',
  Cup: '⋓',
  Fork: '⋔',
  pitchfork: '⋔',
  epar: '⋕',
  ltlarr: '⥶',
  nvap: '≍⃒',
  nvsim: '∼⃒',
  nvge: '≥⃒',
  nvle: '≤⃒',
  nvlt: '<⃒',
  nvgt: '>⃒',
  nvltrie: '⊴⃒',
  nvrtrie: '⊵⃒',
  Vdash: '⊩',
  dashv: '⊣',
  vDash: '⊨',
  Vvdash: '⊪',
  nvdash: '⊬',
  nvDash: '⊭',
  nVdash: '⊮',
  nVDash: '⊯',
};

const XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: "\""
}
const COMMON_HTML = {
  nbsp: '\u00a0',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bull: '\u2022',
  para: '\u00b6',
  sect: '\u00a7',
  deg: '\u00b0',
  frac12: '\u00bd',
  frac14: '\u00bc',
  frac34: '\u00be',
}
// ---------------------------------------------------------------------------
// Note: NUMERIC_ENTITIES (&#NNN; / &#xHH;) are handled by the scanner directly
// via String.fromCodePoint() without any map lookup.
// ---------------------------------------------------------------------------
;// CONCATENATED MODULE: ../../node_modules/@nodable/entities/src/EntityDecoder.js
// ---------------------------------------------------------------------------
// Built-in named entity map  (name → replacement string)
// No regex, no {regex,val} objects — just flat key/value pairs.
// ---------------------------------------------------------------------------



// ---------------------------------------------------------------------------
// Entity hook action constants
// ---------------------------------------------------------------------------

/**
 * Action constants for `onExternalEntity` and `onInputEntity` hooks.
 *
 * Use these instead of raw strings to avoid typos:
 *
 * @example
 * import EntityDecoder, { ENTITY_ACTION } from './EntityDecoder.js';
 * const dec = new EntityDecoder({
 *   onInputEntity: (name, value) => ENTITY_ACTION.BLOCK,
 * });
 */
const ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: 'allow',
  /** Silently skip this entity — it will not be registered. */
  BLOCK: 'block',
  /** Throw an error, aborting entity registration entirely. */
  THROW: 'throw',
});

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SPECIAL_CHARS = new Set('!?\\\\/[]$%{}^&*()<>|+');

/**
 * Validate that an entity name contains no dangerous characters.
 * @param {string} name
 * @returns {string} the name, unchanged
 * @throws {Error} on invalid characters
 */
function EntityDecoder_validateEntityName(name) {
  if (name[0] === '#') {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}

/**
 * Merge one or more entity maps into a flat name→string map.
 * Accepts either:
 *   - plain string values:             { amp: '&' }
 *   - legacy {regex,val} / {regx,val}: { lt: { regex: /.../, val: '<' } }
 *
 * Values containing '&' are skipped (recursive expansion risk).
 *
 * @param {...object} maps
 * @returns {Record<string, string>}
 */
function mergeEntityMaps(...maps) {
  const out = Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === 'string') {
        out[key] = raw;
      } else if (raw && typeof raw === 'object' && raw.val !== undefined) {
        // Legacy {regex,val} or {regx,val} — extract the string val only
        const val = raw.val;
        if (typeof val === 'string') {
          out[key] = val;
        }
        // function vals are not supported in the scanner — skip
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// applyLimitsTo helpers
// ---------------------------------------------------------------------------

const LIMIT_TIER_EXTERNAL = 'external'; // input/runtime + persistent external maps
const LIMIT_TIER_BASE = 'base';     // DEFAULT_XML_ENTITIES + namedEntities (system) maps
const LIMIT_TIER_ALL = 'all';      // every entity regardless of tier

/**
 * Resolve `applyLimitsTo` option into a normalised Set of tier strings.
 * Accepted values: 'external' | 'base' | 'all' | string[]
 * Default: 'external' (only untrusted injected entities are counted).
 * @param {string|string[]|undefined} raw
 * @returns {Set<string>}
 */
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return new Set([LIMIT_TIER_EXTERNAL]); // safe default for unrecognised values
}

// ---------------------------------------------------------------------------
// NCR (Numeric Character Reference) classification
// ---------------------------------------------------------------------------

// Severity order — higher number = stricter action.
// Used to enforce minimum action levels for specific codepoint ranges.
const NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });

// XML 1.0 §2.2: allowed chars are #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
// Restricted C0: U+0001–U+001F excluding U+0009, U+000A, U+000D
const XML10_ALLOWED_C0 = new Set([0x09, 0x0A, 0x0D]);

/**
 * Parse the `ncr` constructor option into flat, hot-path-friendly fields.
 * @param {object|undefined} ncr
 * @returns {{ xmlVersion: number, onLevel: number, nullLevel: number }}
 */
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1.0, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1.0;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  // 'allow' is not meaningful for null — clamp to at least 'remove'
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}

// ---------------------------------------------------------------------------
// EntityReplacer
// ---------------------------------------------------------------------------

/**
 * Single-pass, zero-regex entity replacer for XML/HTML content.
 *
 * Algorithm: scan the string once for '&', read to ';', resolve via map
 * or direct codepoint conversion, build output chunks, join once at the end.
 *
 * Entity lookup priority (highest → lowest):
 *   1. input / runtime  (DOCTYPE entities for current document)
 *   2. persistent external (survive across documents)
 *   3. base named map   (DEFAULT_XML_ENTITIES + user-supplied namedEntities)
 *
 * Both input and external resolve as the 'external' tier for limit purposes.
 * Base map entities resolve as the 'base' tier.
 *
 * Numeric / hex references (&#NNN; / &#xHH;) are resolved directly via
 * String.fromCodePoint() — no map needed. They count as 'base' tier.
 *
 * @example
 * const replacer = new EntityReplacer({ namedEntities: COMMON_HTML });
 * replacer.setExternalEntities({ brand: 'Acme' });
 *
 * const instance = replacer.reset();
 * instance.addInputEntities({ version: '1.0' });
 * instance.encode('&brand; v&version; &lt;'); // 'Acme v1.0 <'
 */
class EntityDecoder {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === 'function' ? options.postCheck : r => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    // Base map: DEFAULT_XML_ENTITIES + user-supplied extras. Immutable after construction.
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);

    // Persistent external entities — survive across documents.
    // Stored as a separate map so reset() never touches them.
    /** @type {Record<string, string>} */
    this._externalMap = Object.create(null);

    // Input / runtime entities — current document only, wiped on reset().
    /** @type {Record<string, string>} */
    this._inputMap = Object.create(null);

    // Per-document counters
    this._totalExpansions = 0;
    this._expandedLength = 0;

    // --- New: remove / leave sets ---
    /** @type {Set<string>} */
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    /** @type {Set<string>} */
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);

    // --- NCR config (parsed into flat fields for hot-path speed) ---
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;

    // --- Registration hooks ---
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onExternalEntity = typeof options.onExternalEntity === 'function'
      ? options.onExternalEntity
      : null;
    /** @type {((name: string, value: string) => 'allow'|'block'|'throw')|null} */
    this._onInputEntity = typeof options.onInputEntity === 'function'
      ? options.onInputEntity
      : null;
  }

  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------

  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true; // no hook → always accept
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true; // ALLOW or any unknown return value → accept
  }

  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------

  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        EntityDecoder_validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    // Hook present — resolve values first, then filter
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, 'external')) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }

  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    EntityDecoder_validateEntityName(key);
    if (typeof value === 'string' && value.indexOf('&') === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, 'external')) {
        this._externalMap[key] = value;
      }
    }
  }

  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------

  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, 'input')) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }

  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------

  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }

  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------

  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1.0;
  }

  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------

  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== 'string' || str.length === 0) return str;
    //TODO: check if needed
    if (str.indexOf('&') === -1) return str; // fast path — no entities at all

    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0; // start of next unprocessed literal chunk
    let i = 0;

    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;

    while (i < len) {
      // Scan forward to next '&'
      if (str.charCodeAt(i) !== 38 /* '&' */) { i++; continue; }

      // --- Found '&' at position i ---

      // Scan forward to ';'
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 /* ';' */ && (j - i) <= 32) j++;

      if (j >= len || str.charCodeAt(j) !== 59) {
        // No closing ';' within window — treat '&' as literal
        i++;
        continue;
      }

      // Raw token between '&' and ';' (exclusive)
      const token = str.slice(i + 1, j);
      if (token.length === 0) { i++; continue; }

      let replacement;
      let tier; // which limit tier this entity belongs to

      if (this._removeSet.has(token)) {
        // Remove entity: replace with empty string
        replacement = '';
        // If entity was unknown (replacement undefined), we still need a tier for limits.
        // Treat as external tier because it's user-directed removal of an unknown reference.
        if (tier === undefined) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        // Do not replace — keep original &token; as literal
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35 /* '#' */) {
        // ---- Numeric / NCR reference ----
        // NCR classification always runs first — prohibited codepoints must be
        // caught regardless of numericAllowed.
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === undefined) {
          // 'leave' action — keep original &token; as-is
          i++;
          continue;
        }
        replacement = ncrResult; // '' for remove, char string for allow
        tier = LIMIT_TIER_BASE;
      } else {
        // ---- Named reference ----
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }

      if (replacement === undefined) {
        // Unknown entity — leave as-is, advance past '&' only
        i++;
        continue;
      }

      // Flush literal chunk before this entity
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1; // skip past ';'
      i = last;

      // Apply expansion limits only if this tier is being tracked
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ` +
              `${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          // delta: replacement.length minus the raw &token; length (token.length + 2 for '&' and ';')
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ` +
                `${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }

    // Flush trailing literal
    if (last < len) chunks.push(str.slice(last));

    // If nothing was replaced, chunks is empty — return original
    const result = chunks.length === 0 ? str : chunks.join('');

    return this._postCheck(result, original);
  }

  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------

  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }

  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------

  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    // input and external both count as 'external' tier for limit purposes —
    // they are injected at runtime and are the untrusted surface.
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return undefined;
  }

  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    // 1. Null
    if (cp === 0) return this._ncrNullLevel;

    // 2. Surrogates — always prohibited, minimum 'remove'
    if (cp >= 0xD800 && cp <= 0xDFFF) return NCR_LEVEL.remove;

    // 3. XML 1.0 restricted C0 controls
    if (this._ncrXmlVersion === 1.0) {
      if (cp >= 0x01 && cp <= 0x1F && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }

    return -1; // no restriction
  }

  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow: return String.fromCodePoint(cp);
      case NCR_LEVEL.remove: return '';
      case NCR_LEVEL.leave: return undefined; // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference ` +
          `&${token}; (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`
        );
      default: return String.fromCodePoint(cp);
    }
  }

  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    // Step 1: parse codepoint
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 /* x */ || second === 88 /* X */) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }

    // Step 2: out-of-range → leave as-is unconditionally
    if (Number.isNaN(cp) || cp < 0 || cp > 0x10FFFF) return undefined;

    // Step 3: classify to get minimum action level
    const minimum = this._classifyNCR(cp);

    // Step 4: if numericAllowed is false and no hard minimum → leave
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return undefined;

    // Step 5: effective action = max(configured onNCR, range minimum)
    const effective = minimum === -1
      ? this._ncrOnLevel
      : Math.max(this._ncrOnLevel, minimum);

    // Step 6: apply
    return this._applyNCRAction(effective, token, cp);
  }
}
;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/sql.js
/**
 * SQL context patterns — high-precision rules only.
 *
 * These rules have very low false-positive risk and are safe to apply to
 * general user text (names, descriptions, search queries, etc.).
 * All patterns are ReDoS-safe — unlike the `sql-injection` npm package
 * which has an active CVE on its own detection regexes.
 *
 * For exhaustive coverage including noisier heuristics (comment sequences,
 * hex literals, stacked queries with semicolons), use 'SQL-STRICT' instead.
 * Apply 'SQL-STRICT' only to strings that are specifically SQL fragments,
 * not to general free-text fields.
 */

const SQL_PATTERNS = [
  {
    id: 'sql-block-comment-open',
    description: 'SQL block comment open: /* ... */ — unusual in legitimate user text',
    pattern: /\/\*/,
  },
  {
    id: 'sql-union-select',
    description: 'UNION SELECT — most common SQL injection aggregation attack',
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i,
  },
  {
    id: 'sql-drop-table',
    description: 'DROP TABLE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}TABLE\b/i,
  },
  {
    id: 'sql-drop-database',
    description: 'DROP DATABASE — destructive DDL injection',
    pattern: /\bDROP\s{1,20}DATABASE\b/i,
  },
  {
    id: 'sql-insert-into',
    description: 'INSERT INTO — data injection',
    pattern: /\bINSERT\s{1,20}INTO\b/i,
  },
  {
    id: 'sql-delete-from',
    description: 'DELETE FROM — data deletion injection',
    pattern: /\bDELETE\s{1,20}FROM\b/i,
  },
  {
    id: 'sql-update-set',
    description: 'UPDATE ... SET — data modification injection',
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i,
  },
  {
    id: 'sql-exec-xp',
    description: 'EXEC xp_ — MSSQL extended stored procedure execution',
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i,
  },
  {
    id: 'sql-tautology-string',
    description: "Classic string tautology: ' OR '1'='1 or \" OR \"1\"=\"1\"",
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i,
  },
  {
    id: 'sql-tautology-numeric',
    description: 'Numeric tautology: OR 1=1',
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i,
  },
  {
    id: 'sql-always-true-zero',
    description: 'Numeric tautology: OR 0=0',
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i,
  },
  {
    id: 'sql-sleep-benchmark',
    description: 'Time-based blind injection: SLEEP() or BENCHMARK()',
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i,
  },
  {
    id: 'sql-waitfor-delay',
    description: 'MSSQL time-based blind injection: WAITFOR DELAY',
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i,
  },
  {
    id: 'sql-char-function',
    description: 'CHAR() function — used to obfuscate injected strings',
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i,
  },
  {
    id: 'sql-information-schema',
    description: 'INFORMATION_SCHEMA — reconnaissance query for table/column enumeration',
    pattern: /\bINFORMATION_SCHEMA\b/i,
  },
];

/* harmony default export */ const sql = (SQL_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/sql-strict.js
/**
 * SQL-STRICT context patterns.
 *
 * Extends the base 'SQL' context with three additional rules that are
 * effective at detecting real injections but carry a higher false-positive
 * risk on general free-text input.
 *
 * Use 'SQL-STRICT' when:
 *   - The string is specifically a SQL fragment or database identifier
 *   - You control the input domain (e.g. a dedicated SQL search field)
 *   - You can tolerate occasional false positives in exchange for broader coverage
 *
 * Use 'SQL' (not STRICT) when:
 *   - The field is general user text (names, descriptions, comments)
 *   - False positives would block legitimate content (e.g. "see note -- above")
 *
 * Rules moved here from 'SQL' due to false-positive risk:
 *
 *   sql-line-comment   — "--" fires on "see note -- above", "value--", CSS var(--primary)
 *   sql-stacked-query  — "; SELECT" fires on legitimate prose with semicolons + SQL words
 *   sql-hex-encoding   — "0xDEAD" fires on hex values in technical docs and log output
 */



const SQL_STRICT_EXTRA = [
  {
    id: 'sql-line-comment',
    description: 'SQL line comment: -- followed by whitespace or end of string',
    pattern: /--(?:\s|$)/,
  },
  {
    id: 'sql-stacked-query',
    description: 'Stacked queries: semicolon immediately followed by a SQL keyword',
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i,
  },
  {
    id: 'sql-hex-encoding',
    description: 'Hex-encoded string injection: 0x41414141 style (MySQL)',
    pattern: /\b0x[0-9a-f]{4,}/i,
  },
];

// SQL-STRICT = all base SQL rules + the three noisy extras
const SQL_STRICT_PATTERNS = [...sql, ...SQL_STRICT_EXTRA];

/* harmony default export */ const sql_strict = (SQL_STRICT_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/util/decode-entities.js
/**
 * Decode the HTML character references that matter for markup-context
 * detection.
 *
 * Browsers decode character references in attribute values before they
 * interpret a URL, so `javascript&#58;alert(1)` in an href is the
 * `javascript:` scheme. The HTML/XML/SVG rules match literal characters, so
 * without this step such payloads slip through.
 *
 * Deliberately NOT a full entity decoder. It decodes only:
 *   - decimal refs  &#58;  &#058;  &#00000058;  &#58   (any leading zeros,
 *                   trailing ; optional — browsers accept both)
 *   - hex refs      &#x3a; &#X3A; &#x0000003a; &#x3a   (same)
 *   - named refs    &colon;  &Tab;  &NewLine;
 *       Named refs are CASE-SENSITIVE and REQUIRE the trailing ';', exactly
 *       like a browser (so `&COLON;` and `&colon` are not decoded).
 *       &Tab; / &NewLine; matter because the URL parser strips tab/newline,
 *       so `java&Tab;script:` is still a javascript: URL.
 *
 * It does NOT decode &amp; (single pass only), so double-encoded text such as
 * "&amp;lt;script&amp;gt;" stays literal — a browser renders that as text.
 *
 * All quantifiers are bounded; no ReDoS risk.
 *
 * @param {string} input
 * @returns {string}
 */
const NAMED = Object.freeze({
  colon: ':',
  Tab: '\t',
  NewLine: '\n',
});

const ENTITY_RE =
  /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;

function decodeEntities(input) {
  if (input.indexOf('&') === -1) return input;

  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== undefined) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 0x10ffff) return match;
    return String.fromCodePoint(cp);
  });
}

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/html.js
/**
 * HTML context patterns.
 *
 * Detects XSS vectors that are dangerous when a string ends up rendered as HTML.
 * All patterns use bounded quantifiers to ensure linear-time matching (ReDoS-safe).
 *
 * Each entry is { pattern: RegExp, id: string, description: string }
 * so callers can inspect which rule fired if they need to.
 */

const HTML_PATTERNS = [
  {
    id: 'html-script-open',
    description: '<script opening tag',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'html-script-close',
    description: '</script closing tag',
    pattern: /<\/script[\s>]/i,
  },
  {
    id: 'html-javascript-protocol',
    description: 'javascript: URI scheme (with optional whitespace/encoding)',
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i,
  },
  {
    id: 'html-vbscript-protocol',
    description: 'vbscript: URI scheme',
    pattern: /vbscript[\t\n\r ]*:/i,
  },
  {
    id: 'html-data-html',
    description: 'data:text/html URI — can execute scripts in browsers',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i,
  },
  {
    id: 'html-data-xhtml',
    description: 'data:application/xhtml+xml URI',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i,
  },
  {
    id: 'html-data-svg',
    description: 'data:image/svg+xml URI — can execute scripts',
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i,
  },
  {
    id: 'html-inline-event-handler',
    description: 'Inline event handler attributes: onclick=, onerror=, onload=, etc.',
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'html-entity-obfuscated-script',
    description: 'HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)',
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i,
  },
  {
    id: 'html-entity-obfuscated-javascript',
    description: 'HTML-entity-encoded javascript: (partial — catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i,
  },
  {
    id: 'html-style-expression',
    description: 'CSS expression() — IE-era code execution in style attributes',
    pattern: /style[\s\S]{0,20}expression\s*\(/i,
  },
  {
    id: 'html-object-embed',
    description: '<object or <embed tags that can load active content',
    pattern: /<(?:object|embed)[\s>/]/i,
  },
  {
    id: 'html-base-tag',
    description: '<base href= — can hijack all relative URLs on a page',
    pattern: /<base[\s>]/i,
  },
  {
    id: 'html-meta-refresh',
    description: '<meta http-equiv="refresh" — can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i,
  },
  {
    id: 'html-srcdoc',
    description: 'srcdoc= attribute on iframes — embeds HTML that can run scripts',
    pattern: /srcdoc\s*=/i,
  },
  {
    id: 'html-iframe',
    description: '<iframe tag',
    pattern: /<iframe[\s>/]/i,
  },
  {
    id: 'html-form',
    description: '<form tag — can be used for phishing / credential harvesting injection',
    pattern: /<form[\s>/]/i,
  },
];

/* harmony default export */ const html = (HTML_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/xml.js
/**
 * XML context patterns.
 *
 * Detects injection vectors that are specifically dangerous when a string
 * is inserted into an XML document (not HTML rendering context).
 *
 * Key distinction from HTML: these patterns target parser-level attacks —
 * things that can confuse or subvert an XML parser, trigger external entity
 * resolution, or inject DTD content. HTML rendering concerns (XSS) belong
 * in the HTML context.
 */

const XML_PATTERNS = [
  {
    id: 'xml-cdata-injection',
    description: 'CDATA section injection: <![CDATA[ breaks out of text node context',
    pattern: /<!\[CDATA\[/i,
  },
  {
    id: 'xml-cdata-close',
    description: 'CDATA close sequence: ]]> can terminate an enclosing CDATA section',
    pattern: /\]\]>/,
  },
  {
    id: 'xml-processing-instruction',
    description: 'XML processing instruction: <?xml-stylesheet or <?php etc.',
    pattern: /<\?(?:xml[\- ]|php|asp)/i,
  },
  {
    id: 'xml-doctype-injection',
    description: 'DOCTYPE declaration embedded in content — can define entities',
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i,
  },
  {
    id: 'xml-entity-system',
    description: 'SYSTEM keyword — used in external entity declarations (XXE)',
    pattern: /\bSYSTEM\s+["']/i,
  },
  {
    id: 'xml-entity-public',
    description: 'PUBLIC keyword — used in external entity declarations (XXE)',
    pattern: /\bPUBLIC\s+["']/i,
  },
  {
    id: 'xml-entity-declaration',
    description: '<!ENTITY declaration — defines entities, potential XXE or entity expansion',
    pattern: /<!ENTITY[\s%]/i,
  },
  {
    id: 'xml-billion-laughs',
    description: 'Entity reference chaining / billion laughs: repeated &eX; style references',
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/,
  },
  {
    id: 'xml-namespace-confusion',
    description: 'xmlns: attribute injection — can redefine namespaces to confuse parsers',
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i,
  },
  {
    id: 'xml-comment-injection',
    description: '<!-- comment injection — can hide content from some parsers',
    pattern: /<!--/,
  },
  {
    id: 'xml-comment-close',
    description: '--> closes an enclosing XML comment',
    pattern: /-->/,
  },
  {
    id: 'xml-pi-close',
    description: '?> closes an enclosing processing instruction',
    pattern: /\?>/,
  },
];

/* harmony default export */ const xml = (XML_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/svg.js
/**
 * SVG context patterns.
 *
 * SVG is XML-based but renders in browsers, giving it a unique attack surface
 * that combines XML parser behaviour with browser rendering and JavaScript execution.
 *
 * Many of these vectors bypass HTML sanitizers that don't understand SVG semantics
 * (DOMPurify has documented bypass vulnerabilities specifically in SVG/XML context).
 */

const SVG_PATTERNS = [
  {
    id: 'svg-script-element',
    description: '<script element inside SVG executes JavaScript',
    pattern: /<script[\s>/]/i,
  },
  {
    id: 'svg-xlink-href-javascript',
    description: 'xlink:href with javascript: — classic SVG XSS via <a> or <use>',
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-href-javascript',
    description: 'href= with javascript: in SVG context (<a>, <animate>, etc.)',
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-foreignobject',
    description: '<foreignObject embeds HTML inside SVG — can execute scripts',
    pattern: /<foreignObject[\s>/]/i,
  },
  {
    id: 'svg-use-external',
    description: '<use xlink:href or href pointing to external resource (non-fragment URL)',
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i,
  },
  {
    id: 'svg-animate-href',
    description: '<animate attributeName="href" — can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i,
  },
  {
    id: 'svg-animate-xlinkhref',
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i,
  },
  {
    id: 'svg-set-javascript',
    description: '<set to="javascript:..." — sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i,
  },
  {
    id: 'svg-event-handler',
    description: 'SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.',
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i,
  },
  {
    id: 'svg-handler-generic',
    description: 'Generic on* handler catch-all for SVG attributes',
    pattern: /\bon\w{1,30}\s*=/i,
  },
  {
    id: 'svg-filter-feimage',
    description: '<feImage href= — filter primitive that can load external resources',
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i,
  },
  {
    id: 'svg-image-external',
    description: '<image xlink:href with http/https or javascript protocol',
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i,
  },
  {
    id: 'svg-style-javascript',
    description: 'style= attribute containing javascript: (e.g. background:url(javascript:...))',
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i,
  },
];

/* harmony default export */ const svg = (SVG_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/shell.js
/**
 * SHELL context patterns.
 *
 * Detects shell injection vectors and path traversal patterns.
 * Designed for use when a string will be passed to a shell command,
 * used as a file path, or interpolated into OS-level operations.
 */

const SHELL_PATTERNS = [
  {
    id: 'shell-path-traversal-unix',
    description: 'Unix path traversal: ../  — climbing the directory tree',
    pattern: /\.\.\//,
  },
  {
    id: 'shell-path-traversal-windows',
    description: 'Windows path traversal: ..\\ — climbing the directory tree',
    pattern: /\.\.\\/,
  },
  {
    id: 'shell-path-traversal-encoded',
    description: 'URL-encoded path traversal: %2e%2e or %2f variants',
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i,
  },
  {
    id: 'shell-null-byte',
    description: 'Null byte injection: \\x00 or %00 — truncates strings in C-backed functions',
    pattern: /\x00|%00/,
  },
  {
    id: 'shell-semicolon',
    description: 'Semicolon command separator: cmd1; cmd2',
    pattern: /;/,
  },
  {
    id: 'shell-pipe',
    description: 'Pipe operator: cmd1 | cmd2',
    pattern: /\|/,
  },
  {
    id: 'shell-and-operator',
    description: 'AND operator: cmd1 && cmd2',
    pattern: /&&/,
  },
  {
    id: 'shell-or-operator',
    description: 'OR operator: cmd1 || cmd2',
    pattern: /\|\|/,
  },
  {
    id: 'shell-backtick',
    description: 'Backtick command substitution: `cmd`',
    pattern: /`/,
  },
  {
    id: 'shell-dollar-paren',
    description: 'Dollar-paren command substitution: $(cmd)',
    pattern: /\$\(/,
  },
  {
    id: 'shell-dollar-brace',
    description: 'Dollar-brace variable expansion: ${var} — can be abused for injection',
    pattern: /\$\{/,
  },
  {
    id: 'shell-redirect-out',
    description: 'Output redirection: cmd > file or cmd >> file',
    pattern: />{1,2}/,
  },
  {
    id: 'shell-redirect-in',
    description: 'Input redirection: cmd < file',
    pattern: /</,
  },
  {
    id: 'shell-newline-injection',
    description: 'Newline injection: \\n or \\r — can inject new shell commands',
    pattern: /[\n\r]/,
  },
  {
    id: 'shell-glob-star',
    description: 'Glob expansion: * or ? — can expand to unintended files',
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/,
  },
  {
    id: 'shell-absolute-root',
    description: 'Absolute root path injection: string starting with / or \\ (Windows UNC)',
    pattern: /^(?:\/|\\\\)/,
  },
  {
    id: 'shell-windows-drive',
    description: 'Windows drive letter path injection: C:\\ or D:/',
    pattern: /^[a-zA-Z]:[/\\]/,
  },
  {
    id: 'shell-curl-wget',
    description: 'curl/wget with URL or flags — can exfiltrate data or download payloads',
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i,
  },
];

/* harmony default export */ const shell = (SHELL_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/redos.js
/**
 * REDOS context patterns.
 *
 * Detects strings that, if used as regular expressions, could cause
 * catastrophic backtracking (ReDoS — Regular Expression Denial of Service).
 *
 * These patterns detect the structural forms that lead to exponential or
 * polynomial backtracking in NFA-based regex engines (V8, PCRE, Java, etc.).
 *
 * Use this context when user-supplied strings will be compiled into RegExp objects.
 */

const REDOS_PATTERNS = [
  {
    id: 'redos-nested-quantifier-plus',
    description: 'Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.',
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/,
  },
  {
    id: 'redos-nested-quantifier-star',
    description: 'Nested * quantifier: (a*)* or (a*)+ — catastrophic backtracking',
    pattern: /\([^)]*\*[^)]*\)[*+]/,
  },
  {
    id: 'redos-nested-groups',
    description: 'Doubly nested quantified groups: ((a+)+) — guaranteed catastrophic',
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/,
  },
  {
    id: 'redos-alternation-overlap',
    description: 'Overlapping alternation under quantifier: (a|a)+ — ambiguous NFA paths',
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/,
  },
  {
    id: 'redos-star-plus-concat',
    description: '(x*x)+ pattern — triggers super-linear backtracking',
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/,
  },
  {
    id: 'redos-dot-star-greedy',
    description: '(.*){n,} or (.+){n,} — repeated greedy dot quantifiers',
    pattern: /\(\.[*+]\)\{?\d/,
  },
  {
    id: 'redos-large-repetition',
    description: 'Very large fixed or range repetition count {1000,} or {1000,n} — denial of service via backtracking',
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/,
  },
  {
    id: 'redos-catastrophic-alternation',
    description: 'Long alternation with many similar branches — polynomial backtracking risk',
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/,
  },
];

/* harmony default export */ const redos = (REDOS_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/nosql.js
/**
 * NOSQL context patterns.
 *
 * Detects injection vectors specific to NoSQL databases (primarily MongoDB)
 * and JavaScript-evaluated queries.
 *
 * Attack categories:
 *   1. MongoDB query operator injection: $where, $ne, $gt, $regex, $or, $and, etc.
 *      These operators, when injected into a JSON query object, can bypass
 *      authentication or exfiltrate data without knowing passwords.
 *
 *   2. JavaScript execution: $where clauses execute arbitrary JS server-side.
 *
 *   3. Prototype pollution: __proto__, constructor.prototype — can corrupt
 *      the prototype chain of all objects in the Node.js process.
 *
 * Pattern note: MongoDB operators appear as JSON keys. In JSON, keys are
 * quoted: {"$where": ...} so the pattern must allow an optional closing
 * quote between the operator name and the colon: /\$where["'\s]*:/
 */

// Shared suffix: optional closing quote/whitespace before the colon
// Handles: $op: (bare), "$op": (JSON), '$op': (single-quoted)
const SEP = /["'\s]*:/;
const sep = '["\'\\s]*:';

const NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: 'nosql-where-operator',
    description: '$where — executes arbitrary JavaScript server-side in MongoDB',
    pattern: new RegExp(`\\$where${sep}`, 'i'),
  },
  {
    id: 'nosql-ne-operator',
    description: '$ne — "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, 'i'),
  },
  {
    id: 'nosql-gt-operator',
    description: '$gt — "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, 'i'),
  },
  {
    id: 'nosql-lt-operator',
    description: '$lt / $lte — "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, 'i'),
  },
  {
    id: 'nosql-regex-operator',
    description: '$regex — can be used to extract data character by character (blind injection)',
    pattern: new RegExp(`\\$regex${sep}`, 'i'),
  },
  {
    id: 'nosql-or-operator',
    description: '$or — logical OR; used to create always-true conditions',
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-and-operator',
    description: '$and — logical AND operator injection',
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-nor-operator',
    description: '$nor — logical NOR operator injection',
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-exists-operator',
    description: '$exists — can enumerate fields to determine schema',
    pattern: new RegExp(`\\$exists${sep}`, 'i'),
  },
  {
    id: 'nosql-in-operator',
    description: '$in — matches any value in a list; can enumerate values',
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, 'i'),
  },
  {
    id: 'nosql-expr-operator',
    description: '$expr — allows aggregation expressions in queries (MongoDB 3.6+)',
    pattern: new RegExp(`\\$expr${sep}`, 'i'),
  },
  {
    id: 'nosql-function-operator',
    description: '$function — executes arbitrary JavaScript in MongoDB 4.4+',
    pattern: new RegExp(`\\$function${sep}`, 'i'),
  },
  {
    id: 'nosql-accumulator-operator',
    description: '$accumulator — custom aggregation with arbitrary JS execution',
    pattern: new RegExp(`\\$accumulator${sep}`, 'i'),
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: 'nosql-proto-pollution',
    description: '__proto__ — prototype pollution via object key injection',
    pattern: /__proto__/,
  },
  {
    id: 'nosql-constructor-prototype',
    description: 'constructor.prototype — alternative prototype pollution vector (dot notation or JSON key)',
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i,
  },
  {
    id: 'nosql-proto-bracket',
    description: '["__proto__"] — bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/,
  },
];

/* harmony default export */ const nosql = (NOSQL_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/contexts/log.js
/**
 * LOG context patterns.
 *
 * Detects injection vectors that are dangerous when a string is written
 * to a log file, passed to a logging framework, or interpolated into
 * a log message that will be parsed or displayed.
 *
 * Attack categories:
 *   1. CRLF injection — injects fake log lines by embedding newlines
 *   2. Log4Shell (CVE-2021-44228) — ${jndi:...} triggers JNDI lookup in Log4j
 *   3. SSTI in log templates — {{...}}, #{...} trigger template evaluation
 *      if the log message is passed through a template engine
 *   4. Null byte injection — truncates log entries in some implementations
 *   5. ANSI escape injection — manipulates terminal output when logs are
 *      tailed in a terminal (colour codes, cursor movement, etc.)
 *
 * Note: Newline characters (\n, \r) will produce false positives for
 * multi-line legitimate values. Use this context only for single-line
 * log field values (usernames, IDs, request parameters, etc.).
 */

const LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: 'log-crlf-injection',
    description: 'CRLF injection: literal \\r or \\n embeds fake log lines',
    pattern: /[\r\n]/,
  },
  {
    id: 'log-url-encoded-crlf',
    description: 'URL-encoded CRLF: %0d, %0a, %0D, %0A — decoded by some log parsers',
    pattern: /%0[dDaA]/,
  },
  {
    id: 'log-unicode-newline',
    description: 'Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)',
    pattern: /[\u2028\u2029]/,
  },

  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: 'log-log4shell-jndi',
    description: 'Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j',
    pattern: /\$\{jndi\s*:/i,
  },
  {
    id: 'log-log4shell-obfuscated',
    description: 'Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection',
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/,
  },
  {
    id: 'log-log4j-lookup',
    description: 'Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} — data exfiltration',
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i,
  },

  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: 'log-ssti-double-brace',
    description: 'SSTI double-brace: {{expression}} — Jinja2, Twig, Handlebars, etc.',
    pattern: /\{\{[\s\S]{0,80}\}\}/,
  },
  {
    id: 'log-ssti-hash-brace',
    description: 'SSTI hash-brace: #{expression} — Thymeleaf, Velocity, Ruby ERB',
    pattern: /#\{[\s\S]{0,80}\}/,
  },
  {
    id: 'log-ssti-dollar-brace',
    description: 'SSTI/EL injection: ${expression with operators or method calls} — JSP EL, Freemarker, SpEL',
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i,
  },
  {
    id: 'log-ssti-percent-tag',
    description: 'SSTI ERB/ASP tag: <%= expression %> — Ruby ERB, ASP',
    pattern: /<%=[\s\S]{0,80}%>/,
  },

  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: 'log-null-byte',
    description: 'Null byte: \\x00 or %00 — can truncate log entries in C-backed loggers',
    pattern: /\x00|%00/,
  },

  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: 'log-ansi-escape',
    description: 'ANSI escape sequence: ESC[ — can manipulate terminal output when logs are tailed',
    pattern: /\x1b\[/,
  },
];

/* harmony default export */ const log = (LOG_PATTERNS);

;// CONCATENATED MODULE: ../../node_modules/is-unsafe/src/index.js
/**
 * is-unsafe v2
 *
 * Zero-dependency, DOM-free, pure predicate for detecting unsafe strings
 * across HTML, XML, SVG, SQL, SQL-STRICT, SHELL, REDOS, NOSQL, and LOG contexts.
 *
 * v2 change: contexts are imported as named pattern arrays rather than resolved
 * via a string-keyed registry. This makes each context independently
 * tree-shakeable — bundlers can drop any context you never import.
 *
 * @module is-unsafe
 */

// ─── Context pattern arrays (named exports) ────────────────────────────────
// Import only the ones you need. Each is independently tree-shakeable.










// SQL-STRICT needs a quoted identifier because of the hyphen



// Markup contexts are also matched against an entity-decoded copy of the input,
// because browsers decode HTML character references before interpreting a URL
// scheme (e.g. javascript&#58;… is a javascript: URL).


// ─── VALID_CONTEXTS convenience re-export ─────────────────────────────────
// Importing this pulls in ALL contexts. Use it only when you need all of them
// (e.g. for validation UI, tooling, or exhaustive audits).
// If you only need a subset, import the named contexts directly instead.










// ─── Attach labels to named contexts ──────────────────────────────────────
// Each built-in PatternList carries its canonical name so matchList can read
// list.label directly — no registry lookup needed at match time.
// Custom PatternLists default to 'CUSTOM' unless the caller sets list.label.

html.label       = 'HTML';
xml.label        = 'XML';
svg.label        = 'SVG';

// Markup contexts: also test an entity-decoded copy (see util/decode-entities.js).
// Non-markup contexts (SQL, SHELL, LOG, …) are matched byte-for-byte as supplied.
html.decodeEntities = true;
xml.decodeEntities  = true;
svg.decodeEntities  = true;
sql.label        = 'SQL';
sql_strict.label = 'SQL-STRICT';
shell.label      = 'SHELL';
redos.label      = 'REDOS';
nosql.label      = 'NOSQL';
log.label        = 'LOG';

const VALID_CONTEXTS = Object.freeze({
  HTML: html,
  XML: xml,
  SVG: svg,
  SQL: sql,
  'SQL-STRICT': sql_strict,
  SHELL: shell,
  REDOS: redos,
  NOSQL: nosql,
  LOG: log,
});

// ─── Types ────────────────────────────────────────────────────────────────

/**
 * @typedef {{ id: string, description: string, pattern: RegExp }} Rule
 */

/**
 * @typedef {Rule[]} PatternList
 */

/**
 * @typedef {Object} MatchResult
 * @property {string} context     - Label identifying which context matched ('HTML', 'CUSTOM', etc.)
 * @property {string} id          - Rule identifier
 * @property {string} description - Human-readable description of what was matched
 * @property {RegExp} pattern     - The pattern that matched
 */

// ─── Internal helpers ──────────────────────────────────────────────────────

/**
 * @param {unknown} value
 */
function assertString(value) {
  if (typeof value !== 'string') {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}

/**
 * @param {unknown} context
 */
function assertContext(context) {
  if (context instanceof RegExp) return;

  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError('is-unsafe: context must not be an empty array');
    }
    // Detect array-of-arrays vs flat pattern list
    if (Array.isArray(context[0])) {
      // Array of PatternLists
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            'is-unsafe: each context in the array must be a non-empty pattern array (PatternList)'
          );
        }
      }
    }
    // else: flat PatternList — trust it, no deep validation needed
    return;
  }

  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), ` +
    `an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}

/**
 * Normalise any valid context arg into an array of PatternLists.
 *
 * @param {Rule[]|Rule[][]|RegExp} context
 * @returns {{ lists: Rule[][]|null, regex: RegExp|null }}
 */
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  // Distinguish PatternList (array of rule objects) from array of PatternLists
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}

/**
 * For markup contexts, return an entity-decoded copy of `value` to test
 * alongside the raw input, or null when there is nothing extra to test.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {string|null}
 */
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}

/**
 * Test value against a single PatternList. Returns the first MatchResult or null.
 *
 * @param {string} value
 * @param {Rule[]} list
 * @returns {MatchResult|null}
 */
function matchList(value, list) {
  const label = list.label ?? 'CUSTOM';
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}

// ─── Public API ───────────────────────────────────────────────────────────

/**
 * Returns `true` if `value` is unsafe in the given context(s), `false` otherwise.
 *
 * @param {string} value - The string to test
 * @param {PatternList | PatternList[] | RegExp} context
 *   - A PatternList imported from is-unsafe (e.g. `HTML`, `XML`)
 *   - An array of PatternLists — returns true if unsafe in **any** of them
 *   - A custom RegExp — returns true if the pattern matches
 * @returns {boolean}
 *
 * @example
 * import { isUnsafe, HTML, SQL } from 'is-unsafe';
 *
 * isUnsafe('<script>alert(1)</script>', HTML)       // true
 * isUnsafe('hello world', HTML)                     // false
 * isUnsafe('value', [HTML, SQL])                    // false
 * isUnsafe('value', /my-pattern/i)                  // false
 */
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) return regex.test(value);

  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

/**
 * Like `isUnsafe`, but returns the first `MatchResult` describing **why**
 * the value was flagged, or `null` if it is safe.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult|null}
 *
 * @example
 * import { whyUnsafe, HTML } from 'is-unsafe';
 *
 * whyUnsafe('<script>alert(1)</script>', HTML)
 * // { context: 'HTML', id: 'html-script-open', description: '...', pattern: /.../ }
 */
function whyUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);

  if (regex) {
    return regex.test(value)
      ? { context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex }
      : null;
  }

  for (const list of lists) {
    const result = matchList(value, list);
    if (result !== null) return result;
  }
  return null;
}

/**
 * Returns **all** matching rules across the given context(s), or an empty
 * array if the value is safe. Useful for comprehensive auditing.
 *
 * @param {string} value
 * @param {PatternList | PatternList[] | RegExp} context
 * @returns {MatchResult[]}
 */
function allUnsafe(value, context) {
  assertString(value);
  assertContext(context);

  const { lists, regex } = normalise(context);
  const results = [];

  if (regex) {
    if (regex.test(value)) {
      results.push({ context: 'CUSTOM', id: 'custom-regex', description: 'Matched caller-supplied pattern', pattern: regex });
    }
    return results;
  }

  for (const list of lists) {
    const label = list.label ?? 'CUSTOM';
    const decoded = decodedCopy(value, list);
    for (const rule of list) {
      if (rule.pattern.test(value) || (decoded !== null && rule.pattern.test(decoded))) {
        results.push({ context: label, id: rule.id, description: rule.description, pattern: rule.pattern });
      }
    }
  }

  return results;
}


/* harmony default export */ const src = ((/* unused pure expression or super */ null && (isUnsafe)));

;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js

///@ts-check












// const regx =
//   '<((!\\[CDATA\\[([\\s\\S]*?)(]]>))|((NAME:)?(NAME))([^>]*)>|((\\/)(NAME)\\s*>))([^<]*)'
//   .replace(/NAME/g, util.nameRegexp);

//const tagsRegx = new RegExp("<(\\/?[\\w:\\-\._]+)([^>]*)>(\\s*"+cdataRegx+")*([^<]+)?","g");
//const tagsRegx = new RegExp("<(\\/?)((\\w*:)?([\\w:\\-\._]+))([^>]*)>([^<]*)("+cdataRegx+"([^<]*))*([^<]+)?","g");

// Helper functions for attribute and namespace handling

/**
 * Extract raw attributes (without prefix) from prefixed attribute map
 * @param {object} prefixedAttrs - Attributes with prefix from buildAttributesMap
 * @param {object} options - Parser options containing attributeNamePrefix
 * @returns {object} Raw attributes for matcher
 */
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};

  // Handle attributesGroupName option
  const attrs = options.attributesGroupName
    ? prefixedAttrs[options.attributesGroupName]
    : prefixedAttrs;

  if (!attrs) return {};

  const rawAttrs = {};
  for (const key in attrs) {
    // Remove the attribute prefix to get raw name
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * Extract namespace from raw tag name
 * @param {string} rawTagName - Tag name possibly with namespace (e.g., "soap:Envelope")
 * @returns {string|undefined} Namespace or undefined
 */
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== 'string') return undefined;

  const colonIndex = rawTagName.indexOf(':');
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    // Don't treat xmlns as a namespace
    if (ns !== 'xmlns') {
      return ns;
    }
  }
  return undefined;
}

class OrderedObjParser {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes)
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo,
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) =>
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html, xml]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW,

        //postCheck: resolved => resolved
      });
    }

    // Initialize path matcher for path-expression-matcher
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();

    // Flag to track if current node is a stop node (optimization)
    this.isCurrentNodeStopNode = false;

    // Pre-compile stopNodes expressions
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === 'string') {
          // Convert string to Expression object
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          // Already an Expression object
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }

}


/**
 * @param {string} val
 * @param {string} tagName
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 * @param {boolean} dontTrim
 * @param {boolean} hasAttributes
 * @param {boolean} isLeafNode
 * @param {boolean} escapeEntities
 */
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== undefined) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);

      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === undefined) {
        //don't parse
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        //overwrite
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}

function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(':');
    const prefix = tagname.charAt(0) === '/' ? '/' : '';
    if (tags[0] === 'xmlns') {
      return '';
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}

//TODO: change regex to capture NS
//const attrsRegx = new RegExp("([\\w\\-\\.\\:]+)\\s*=\\s*(['\"])((.|\n)*?)\\2","gm");
// The value is matched with a negated class per quote type rather than a lazy `[\s\S]*?` up to a
// backreference, which is much slower on long values (SVG paths, data URIs)
const attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;

// value inside double quotes, or inside single quotes, or undefined when there is no value
function attrValue(match) {
  return match[3] !== undefined ? match[3] : match[4];
}

function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || (options.ignoreAttributes !== true && typeof attrStr === 'string')) {
    // attrStr = attrStr.replace(/\r?\n/g, ' ');
    //attrStr = attrStr || attrStr.trim();

    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length; //don't make it inline
    const attrs = {};

    // Pre-process values once: trim + entity replacement
    // Reused in both matcher update and second pass
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};

    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);

      if (attrName.length && oldVal !== undefined) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;

        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }

    // Update matcher ONCE before second pass, if applicable
    if (hasRawAttrs && typeof jPath === 'object' && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }

    // Hoist toString() once — path doesn't change during attribute processing
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;

    // Second pass: apply processors, build final attrs
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);

      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;

      let aName = options.attributeNamePrefix + attrName;

      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);

        if (attrValue(matches[i]) !== undefined) {
          // Reuse already-processed value — no double entity replacement
          const oldVal = processedVals[i];

          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === undefined) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }

    if (!hasAttrs) return;

    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
const parseXml = function (xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : undefined;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      // Store the position after earlier CRLF pairs have been normalized.
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode('!xml');
  let currentNode = xmlObj;
  let textData = "";

  // Reset matcher for new document
  this.matcher.reset();
  this.entityDecoder.reset();

  // Reset entity expansion counters for this document
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {//for each char in XML data
    const ch = xmlData[i];
    if (ch === '<') {
      // const nextIndex = i+1;
      // const _2ndChar = xmlData[nextIndex];
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//Closing Tag '/'
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.")
        let tagName = xmlData.substring(i + 2, closeIndex).trim();

        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }

        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;

        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }

        //check if last tag of nested tag was unpaired tag
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          // Pop the unpaired tag
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        // Pop the closing tag
        this.matcher.pop();
        this.isCurrentNodeStopNode = false; // Reset flag when closing tag

        //a closing tag with no matching opening tag leaves the stack empty
        currentNode = this.tagsNodeStack.pop() || xmlObj;//avoid recursion, set the parent tag scope

        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) { //'?'

        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1.0);
          docTypeReader.setXmlVersion(Number(ver) || 1.0);
        }
        if ((options.ignoreDeclaration && tagData.tagName === "?xml") || options.ignorePiTags) {
          //do nothing
        } else {

          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");

          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            // closeIndex points at '?' of the closing '?>'
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }


        i = tagData.closeIndex + 1;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { //'!--'
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.")
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);

          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 68) { //'!D'
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);

        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);

        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == undefined) val = "";

        //cdata should be set even if it is 0 length string
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }

        i = closeIndex + 2;
      } else {//Opening tag
        let result = readTagExp(xmlData, i, options.removeNSPrefix);

        // Safety check: readTagExp can return undefined
        if (!result) {
          // Log context for debugging
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }

        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;

        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

        if (options.strictReservedNames &&
          (tagName === options.commentPropName
            || tagName === options.cdataPropName
            || tagName === options.textNodeName
            || tagName === options.attributesGroupName
          )) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }

        //save text as child node
        if (currentNode && textData) {
          if (currentNode.tagname !== '!xml') {
            //when nested tag is found
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }

        //check if last tag was unpaired tag
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }

        // Clean up self-closing syntax BEFORE processing attributes
        // This is where tagExp gets the trailing / removed
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }

          // Re-check attrExpPresent after cleaning
          attrExpPresent = (tagName !== tagExp);
        }

        // Now process attributes with CLEAN tagExp (no trailing /)
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = undefined;

        // Extract namespace from rawTagName
        namespace = extractNamespace(rawTagName);

        // Push tag to matcher FIRST (with empty attrs for now) so callbacks see correct path
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }

        // Now build attributes - callbacks will see correct matcher state
        if (tagName !== tagExp && attrExpPresent) {
          // Build attributes (returns prefixed attributes for the tree)
          // Note: buildAttributesMap now internally updates the matcher with raw attributes
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);

          if (prefixedAttrs) {
            // Extract raw attributes (without prefix) for our use
            //TODO: seems a performance overhead
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }

        // Now check if this is a stop node (after attributes are set)
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }

        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";

          // For self-closing tags, content is empty
          if (isSelfClosing) {
            i = result.closeIndex;
          }
          //unpaired tag
          else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          }
          //normal tag
          else {
            //read until closing tag is found
            const result = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result.i;
            tagContent = result.tagContent;
          }

          const childNode = new XmlNode(tagName);

          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }

          // For stop nodes, store raw content as-is without any processing
          childNode.add(options.textNodeName, tagContent);

          this.matcher.pop(); // Pop the stop node tag
          this.isCurrentNodeStopNode = false; // Reset flag

          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          //selfClosing tag
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));

            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop self-closing tag
            this.isCurrentNodeStopNode = false; // Reset flag
          }
          else if (options.unpairedTagsSet.has(tagName)) {//unpaired tag
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);

            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop(); // Pop unpaired tag
            this.isCurrentNodeStopNode = false; // Reset flag
            i = result.closeIndex;
            // Continue to next iteration without changing currentNode
            continue;
          }
          //opening tag
          else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);

            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
}

function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}

function addChild(currentNode, childNode, matcher, startIndex) {
  // unset startIndex if not requested
  if (!this.options.captureMetaData) startIndex = undefined;

  // Pass jPath string or matcher based on options.jPath setting
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"])
  if (result === false) {
    //do nothing
  } else if (typeof result === "string") {
    childNode.tagname = result
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}

/**
 * @param {object} val - Entity object with regex and val properties
 * @param {string} tagName - Tag name
 * @param {string|Matcher} jPath - jPath string or Matcher instance based on options.jPath
 */
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;

  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }

  // Check if tag is allowed to contain entities
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags)
      ? entityConfig.allowedTags.includes(tagName)
      : entityConfig.allowedTags(tagName, jPathOrMatcher);

    if (!allowed) {
      return val;
    }
  }

  // Apply custom tag filter if provided
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val; // Skip based on custom filter
    }
  }

  return this.entityDecoder.decode(val);
}


function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) { //store previously collected data as textNode
    if (isLeafNode === undefined) isLeafNode = parentNode.child.length === 0

    textData = this.parseTextData(textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode);

    if (textData !== undefined && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}

/**
 * @param {Array<Expression>} stopNodeExpressions - Array of compiled Expression objects
 * @param {Matcher} matcher - Current path matcher
 */
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;

  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}

/**
 * Returns the tag Expression and where it is ending handling single-double quotes situation
 * @param {string} xmlData 
 * @param {number} i starting index
 * @returns 
 */
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  //TODO: ignore boolean attributes in tag expression
  //TODO: if ignore attributes, dont read full attribute expression but the end. But read for xml declaration
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;

  let result = '';
  let segmentStart = i;

  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);

    if (code === 34 || code === 39) { // " or '
      // Skip the quoted value in one step: nothing inside it can close the tag
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) { // \t - only replace with space outside attribute values
      // Flush accumulated segment, add space, start new segment
      result += xmlData.substring(segmentStart, index) + ' ';
      segmentStart = index + 1;
    }
  }
}

function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg)
  } else {
    return closingIndex + str.length - 1;
  }
}

function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex; // no offset needed
}

function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {//separate tag name and attributes expression
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }

  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }

  return {
    tagName: tagName,
    tagExp: tagExp,
    closeIndex: closeIndex,
    attrExpPresent: attrExpPresent,
    rawTagName: rawTagName,
  }
}
/**
 * find paired tag for a stop node
 * @param {string} xmlData 
 * @param {string} tagName 
 * @param {number} i 
 */
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  // Starting at 1 since we already have an open tag
  let openTagCount = 1;
  let lenient = false; // set once a quote-aware tag scan fails
  let nextGt = -1; // cached index of the next '>'

  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {//close tag '/'
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            }
          }
        }
        i = closeIndex;
      } else if (c1 === 63) { //?
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 45
        && xmlData.charCodeAt(i + 3) === 45) { // '!--'
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.")
        i = closeIndex;
      } else if (c1 === 33
        && xmlData.charCodeAt(i + 2) === 91) { // '!['
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? undefined : readTagExp(xmlData, i, false);

        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          // no closing '>'. use lenient approach to find '<' instead of readTagExp, to avoid repeated rescans.
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return; // no '>' left, so no closing tag can follow
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) { // looks like a real tag
            const exp = xmlData.substring(i + 1, nextGt);
            const sep = exp.search(/\s/);
            const name = sep === -1 ? exp : exp.substring(0, sep);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          } // else: treat this '<' as plain text
        }
      }
    }
  }//end for loop
}

function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === 'string') {
    //console.log(options)
    const newval = val.trim();
    if (newval === 'true') return true;
    else if (newval === 'false') return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return '';
    }
  }
}

function fromCodePoint(str, base, prefix) {
  const codePoint = Number.parseInt(str, base);

  if (codePoint >= 0 && codePoint <= 0x10FFFF) {
    return String.fromCodePoint(codePoint);
  } else {
    return prefix + str + ";";
  }
}

function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}



function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}
;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/xmlparser/node2json.js





const node2json_METADATA_SYMBOL = XmlNode.getMetaDataSymbol();

/**
 * Helper function to strip attribute prefix from attribute map
 * @param {object} attrs - Attributes with prefix (e.g., {"@_class": "code"})
 * @param {string} prefix - Attribute prefix to remove (e.g., "@_")
 * @returns {object} Attributes without prefix (e.g., {"class": "code"})
 */
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== 'object') return {};
  if (!prefix) return attrs;

  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      // Attribute without prefix (shouldn't normally happen, but be safe)
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}

/**
 * 
 * @param {array} node 
 * @param {any} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns 
 */
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}

/**
 * @param {array} arr 
 * @param {object} options 
 * @param {Matcher} matcher - Path matcher instance
 * @returns object
 */
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {}; //This is intended to be a plain object
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);

    // Push current property to matcher WITH RAW ATTRIBUTES (no prefix)
    if (property !== undefined && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }

    if (property === options.textNodeName) {
      if (text === undefined) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === undefined) {
      continue;
    } else if (tagObj[property]) {

      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);

      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }

      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== undefined && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }

      if (tagObj[node2json_METADATA_SYMBOL] !== undefined && typeof val === "object" && val !== null) {
        val[node2json_METADATA_SYMBOL] = tagObj[node2json_METADATA_SYMBOL]; // copy over metadata
      }


      if (compressedObj[property] !== undefined && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        //TODO: if a node is not an array, then check if it should be an array
        //also determine if it is a leaf node

        // Pass jPath string or readonlyMatcher based on options.jPath setting
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }

      // Pop property from matcher after processing
      if (property !== undefined && property !== options.textNodeName) {
        matcher.pop();
      }
    }

  }
  // if(text && text.length > 0) compressedObj[options.textNodeName] = text;
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== undefined) compressedObj[options.textNodeName] = text;


  return compressedObj;
}

function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}

function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length; //don't make it inline
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];  // This is the PREFIXED name (e.g., "@_class")

      // Strip prefix for matcher path (for isArray callback)
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix)
        ? atrrName.substring(options.attributeNamePrefix.length)
        : atrrName;

      // For attributes, we need to create a temporary path
      // Pass jPath string or matcher based on options.jPath setting
      const jPathOrMatcher = options.jPath
        ? readonlyMatcher.toString() + "." + rawAttrName
        : readonlyMatcher;

      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}

function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;

  if (propCount === 0) {
    return true;
  }

  if (
    propCount === 1 &&
    (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)
  ) {
    return true;
  }

  return false;
}
;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/validator.js




const validator_defaultOptions = {
  allowBooleanAttributes: false, //A tag can have attributes without any value
  unpairedTags: []
};

//const tagsPattern = new RegExp("<\\/?([\\w:\\-_\.]+)\\s*\/?>","g");
function validator_validate(xmlData, options) {
  options = Object.assign({}, validator_defaultOptions, options);

  //xmlData = xmlData.replace(/(\r\n|\n|\r)/gm,"");//make it single line
  //xmlData = xmlData.replace(/(^\s*<\?xml.*?\?>)/g,"");//Remove XML starting tag
  //xmlData = xmlData.replace(/(<!DOCTYPE[\s\w\"\.\/\-\:]+(\[.*\])*\s*>)/g,"");//Remove DOCTYPE
  const tags = [];
  let tagFound = false;

  //indicates that the root tag has been closed (aka. depth 0 has been reached)
  let reachedRoot = false;

  if (xmlData[0] === '\ufeff') {
    // check for byte order mark (BOM)
    xmlData = xmlData.substr(1);
  }

  for (let i = 0; i < xmlData.length; i++) {

    if (xmlData[i] === '<' && xmlData[i + 1] === '?') {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === '<') {
      //starting of tag
      //read until you reach to '>' avoiding any '>' in attribute value
      let tagStartPos = i;
      i++;

      if (xmlData[i] === '!') {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === '/') {
          //closing tag
          closingTag = true;
          i++;
        }
        //read tagname
        let tagName = '';
        for (; i < xmlData.length &&
          xmlData[i] !== '>' &&
          xmlData[i] !== ' ' &&
          xmlData[i] !== '\t' &&
          xmlData[i] !== '\n' &&
          xmlData[i] !== '\r'; i++
        ) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        //console.log(tagName);

        if (tagName[tagName.length - 1] === '/') {
          //self closing tag without attributes
          tagName = tagName.substring(0, tagName.length - 1);
          //continue;
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject('InvalidTag', msg, getLineNumberForPosition(xmlData, i));
        }

        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject('InvalidAttr', "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;

        if (attrStr[attrStr.length - 1] === '/') {
          //self closing tag
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
            //continue; //text may presents after self closing tag
          } else {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject('InvalidTag', "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject('InvalidTag',
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos));
            }

            //when there are no more tags, we reached the root level.
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            //the result from the nested function returns the position of the error within the attribute
            //in order to get the 'true' error line, we need to calculate the position where the attribute begins (i - attrStr.length) and then add the position within the attribute
            //this gives us the absolute index in the entire xml, which we can use to find the line at last
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }

          //if the root level has been reached before ...
          if (reachedRoot === true) {
            return getErrorObject('InvalidXml', 'Multiple possible root nodes found.', getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
            //don't push into stack
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }

        //skip tag text value
        //It may include comments and CDATA value
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === '<') {
            if (xmlData[i + 1] === '!') {
              //comment or CADATA
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === '?') {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === '&') {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject('InvalidChar', "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject('InvalidXml', "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        } //end of reading tag text value
        if (xmlData[i] === '<') {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject('InvalidChar', "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }

  if (!tagFound) {
    return getErrorObject('InvalidXml', 'Start tag expected.', 1);
  } else if (tags.length == 1) {
    return getErrorObject('InvalidTag', "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject('InvalidXml', "Invalid '" +
      JSON.stringify(tags.map(t => t.tagName), null, 4).replace(/\r?\n/g, '') +
      "' found.", { line: 1, col: 1 });
  }

  return true;
};

function isWhiteSpace(char) {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
/**
 * Read Processing insstructions and skip
 * @param {*} xmlData
 * @param {*} i
 */
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == '?' || xmlData[i] == ' ') {
      //tagname
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === 'xml') {
        return getErrorObject('InvalidXml', 'XML declaration allowed only at the start of the document.', getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == '?' && xmlData[i + 1] == '>') {
        //check if valid attribut string
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}

function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === '-' && xmlData[i + 2] === '-') {
    //comment
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === '-' && xmlData[i + 1] === '-' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  } else if (
    xmlData.length > i + 8 &&
    xmlData[i + 1] === 'D' &&
    xmlData[i + 2] === 'O' &&
    xmlData[i + 3] === 'C' &&
    xmlData[i + 4] === 'T' &&
    xmlData[i + 5] === 'Y' &&
    xmlData[i + 6] === 'P' &&
    xmlData[i + 7] === 'E'
  ) {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === '<') {
        angleBracketsCount++;
      } else if (xmlData[i] === '>') {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (
    xmlData.length > i + 9 &&
    xmlData[i + 1] === '[' &&
    xmlData[i + 2] === 'C' &&
    xmlData[i + 3] === 'D' &&
    xmlData[i + 4] === 'A' &&
    xmlData[i + 5] === 'T' &&
    xmlData[i + 6] === 'A' &&
    xmlData[i + 7] === '['
  ) {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === ']' && xmlData[i + 1] === ']' && xmlData[i + 2] === '>') {
        i += 2;
        break;
      }
    }
  }

  return i;
}

const doubleQuote = '"';
const singleQuote = "'";

/**
 * Keep reading xmlData until '<' is found outside the attribute value.
 * @param {string} xmlData
 * @param {number} i
 */
function readAttributeStr(xmlData, i) {
  let attrStr = '';
  let startChar = '';
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === '') {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
        //if vaue is enclosed with double quote then single quotes are allowed inside the value and vice versa
      } else {
        startChar = '';
      }
    } else if (xmlData[i] === '>') {
      if (startChar === '') {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== '') {
    return false;
  }

  return {
    value: attrStr,
    index: i,
    tagClosed: tagClosed
  };
}

/**
 * Walk `attrStr` once, left to right, splitting it into attribute tokens.
 *
 * This replaces a regex that used to do the same job
 * (`(\s*)([^\s=]+)(\s*=)?(\s*(['"])(([\s\S])*?)\5)?`). That regex led with an
 * optional whitespace group followed by a required "non-whitespace" group.
 * On a long run of whitespace that never resolves into an attribute name
 * (e.g. a tag with thousands of trailing spaces before `>`), the engine
 * backtracks the whitespace group one character at a time before giving up
 * and moving to the next starting position — one full backtrack per
 * position, which is quadratic in the length of the run.
 *
 * The scan is forward-only: the cursor never moves backwards, so each
 * character is visited a constant number of times and the cost is linear
 * in the length of the string.
 *
 * Each returned token mirrors the shape the old regex match array had, so
 * the validation logic below (which reads token[1]..token[6]) didn't need
 * to change:
 *   token.startIndex - where this token begins in attrStr
 *   token[1]          - leading whitespace before the name
 *   token[2]          - the attribute name
 *   token[3]          - whitespace + '=' if present, else undefined
 *   token[4]          - marker (any defined value) if a quoted value was found
 *   token[5]          - the quote character used ('"' or "'")
 *   token[6]          - the value's text, without the surrounding quotes
 *
 * A malformed leading character (e.g. a stray '=' with no name before it)
 * is simply skipped over, one character at a time — the same outcome the
 * old regex produced by failing to match at that position and retrying at
 * the next one.
 */
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;

  while (i < len) {
    const tokenStart = i;

    // Leading whitespace before the name.
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break; // trailing whitespace only — nothing left to read

    if (attrStr[i] === '=') {
      // No name before this '=' — not a valid attribute start. Move past
      i++;
      continue;
    }

    const leadingWs = attrStr.slice(tokenStart, i);

    // Attribute name — everything up to the next whitespace or '='.
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== '=') i++;
    const name = attrStr.slice(nameStart, i);

    // Optional whitespace + '='.
    let equalsGroup; // whitespace + '=' text, or undefined if absent
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === '=') {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }

    // Optional whitespace + quoted value.
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
      // No closing quote found anywhere in the rest of the string — leave
      // quoteChar/value undefined, same as the old regex's group failing
      // to match a backreference-less run.
    }

    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== undefined ? true : undefined;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }

  return tokens;
}

//attr, ="sd", a="amit's", a="sd"b="saf", ab  cd=""

function validateAttributeString(attrStr, options) {
  //console.log("start:"+attrStr+":end");

  //if(attrStr.trim().length === 0) return true; //empty string

  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};

  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      //nospace before attribute name: a="sd"b="saf"
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]))
    } else if (matches[i][3] !== undefined && matches[i][4] === undefined) {
      return getErrorObject('InvalidAttr', "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === undefined && !options.allowBooleanAttributes) {
      //independent attribute: ab
      return getErrorObject('InvalidAttr', "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    /* else if(matches[i][6] === undefined){//attribute without value: ab=
                    return { err: { code:"InvalidAttr",msg:"attribute " + matches[i][2] + " has no value assigned."}};
                } */
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      //check for duplicate attribute.
      attrNames[attrName] = 1;
    } else {
      return getErrorObject('InvalidAttr', "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }

  return true;
}

function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === 'x') {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ';')
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}

function validateAmpersand(xmlData, i) {
  // https://www.w3.org/TR/xml/#dt-charref
  i++;
  if (xmlData[i] === ';')
    return -1;
  if (xmlData[i] === '#') {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ';')
      break;
    return -1;
  }
  return i;
}

function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code: code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col,
    },
  };
}

function validateAttrName(attrName) {
  return isName(attrName);
}

// const startsWithXML = /^xml/i;

function validateTagName(tagname) {
  return isName(tagname) /* && !tagname.match(startsWithXML) */;
}

//this function returns the line number for the character at the given index
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,

    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}

//this function returns the position of the first character of match within attrStr
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}
;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
/* global Uint8Array */






class XMLParser {

    constructor(options) {
        this.externalEntities = {};
        this.options = buildOptions(options);

    }
    /**
     * Parse XML dats to JS object 
     * @param {string|Uint8Array} xmlData 
     * @param {boolean|Object} validationOption 
     */
    parse(xmlData, validationOption) {
        if (typeof xmlData !== "string" && xmlData.toString) {
            if (xmlData instanceof Uint8Array &&
                !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
                xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
            } else {
                xmlData = xmlData.toString();
            }
        } else if (typeof xmlData !== "string") {
            throw new Error("XML data is accepted in String or Bytes[] form.")
        }

        if (validationOption) {
            if (validationOption === true) validationOption = {}; //validate with default options

            const result = validator_validate(xmlData, validationOption);
            if (result !== true) {
                throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`)
            }
        }
        const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
        // orderedObjParser.entityDecoder.setExternalEntities(this.externalEntities);
        const orderedResult = orderedObjParser.parseXml(xmlData);
        if (this.options.preserveOrder || orderedResult === undefined) return orderedResult;
        else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
    }

    /**
     * Add Entity which is not by default supported by this library
     * @param {string} key 
     * @param {string} value 
     */
    addEntity(key, value) {
        if (value.indexOf("&") !== -1) {
            throw new Error("Entity value can't have '&'")
        } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
            throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'")
        } else if (value === "&") {
            throw new Error("An entity with value '&' is not permitted");
        } else {
            this.externalEntities[key] = value;
        }
    }

    /**
     * Returns a Symbol that can be used to access the metadata
     * property on a node.
     * 
     * If Symbol is not available in the environment, an ordinary property is used
     * and the name of the property is here returned.
     * 
     * The XMLMetaData property is only present when `captureMetaData`
     * is true in the options.
     */
    static getMetaDataSymbol() {
        return XmlNode.getMetaDataSymbol();
    }
}
;// CONCATENATED MODULE: ../../node_modules/fast-xml-parser/src/fxp.js






const XMLValidator = {
  validate: validator_validate
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/junit-report.js
// JUnit XML test reports, as the tools really write them (pytest --junitxml in both families, vitest's
// junit reporter, jest-junit, mocha-junit-reporter, go-junit-report/gotestsum, cargo nextest, Maven
// surefire): the failing tests in the form each tool's users type, their messages and file:line, errors vs
// failures vs skipped vs flaky (surefire/nextest `flakyFailure`/`rerunFailure`), and the command that runs
// only them. Parsed with fast-xml-parser; a report is DATA: nothing in it is ever run, no DTD is read (a
// DOCTYPE is refused: no entity can expand), only the five predefined entities and numeric references are
// decoded, and input, nesting, messages and the number of cases kept are capped. Pure.



/** A report that is not readable JUnit XML; the message says why (shown to the user). */
class JunitReportError extends Error {
    name = "JunitReportError";
}
const JUNIT_MAX_CHARS = 32 * 1024 * 1024;
const MAX_PROBLEMS = 500;
const MAX_CASES = 200_000;
const MESSAGE_CHARS = 500;
const TEXT_CHARS = 4_000;
const NAME_CHARS = 500;
const MAX_SUITE_DEPTH = 16;
const ARRAYS = new Set([
    "testsuite",
    "testcase",
    "failure",
    "error",
    "skipped",
    "flakyFailure",
    "flakyError",
    "rerunFailure",
    "rerunError",
    "property",
]);
const PREDEFINED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** The predefined entities and numeric references only; DTD entities are never taken. */
function decodeXmlText(text) {
    if (!text.includes("&"))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref) => {
        const named = PREDEFINED[ref];
        if (named !== undefined)
            return named;
        const code = ref.startsWith("#x") ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
const entityDecoder = {
    setExternalEntities() { },
    addInputEntities() { },
    reset() { },
    setXmlVersion() { },
    decode: decodeXmlText,
};
const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    textNodeName: "#text",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    processEntities: true,
    entityDecoder,
    maxNestedTags: 64,
    isArray: (name) => ARRAYS.has(name),
});
function attr(node, name) {
    const v = node?.[`@_${name}`];
    return typeof v === "string" ? v : "";
}
function textOf(node) {
    if (typeof node === "string")
        return node;
    if (!node || typeof node !== "object")
        return "";
    let out = typeof node["#text"] === "string" ? node["#text"] : "";
    // surefire nests the trace of flaky/rerun failures in <stackTrace>
    for (const key of ["stackTrace", "system-out"]) {
        const child = node[key];
        if (typeof child === "string" && key === "stackTrace")
            out += child;
        else if (child && typeof child === "object" && key === "stackTrace")
            out += textOf(child);
    }
    return out;
}
function oneLine(text) {
    const line = stripControl(text)
        .split("\n")
        .map((l) => l.trim())
        .find((l) => l !== "") ?? "";
    return line.length > MESSAGE_CHARS ? `${line.slice(0, MESSAGE_CHARS)}…` : line;
}
/** A message attribute folded onto one line; a generic one (`Failed`) gives way to the text's first line. */
function messageOf(message, body) {
    if (message === "" || /^(failed|failure|error)$/i.test(message.trim()))
        return oneLine(body) || oneLine(message);
    const folded = stripControl(message)
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "")
        .join(" ");
    return folded.length > MESSAGE_CHARS ? `${folded.slice(0, MESSAGE_CHARS)}…` : folded;
}
function capText(text) {
    const t = stripControl(text.replace(/\r\n?/g, "\n")).trim();
    return t.length > TEXT_CHARS ? `${t.slice(0, TEXT_CHARS)}…` : t;
}
function capName(text) {
    return text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS)}…` : text;
}
function readCase(tc, suite, suiteFile) {
    const list = (k) => (Array.isArray(tc?.[k]) ? tc[k] : []);
    // an empty element (`<failure/>`) parses as "": presence is the array's length, not its truthiness
    const failures = list("failure");
    const errors = list("error");
    const flaky = [...list("flakyFailure"), ...list("flakyError")];
    const reruns = list("rerunFailure").length + list("rerunError").length + flaky.length;
    const outcome = failures.length > 0
        ? "failed"
        : errors.length > 0
            ? "error"
            : flaky.length > 0
                ? "flaky"
                : list("skipped").length > 0
                    ? "skipped"
                    : "passed";
    const problem = failures.length > 0 ? failures[0] : errors.length > 0 ? errors[0] : flaky[0];
    const body = problem === undefined ? "" : textOf(problem);
    const message = problem === undefined ? "" : attr(problem, "message");
    return {
        suite,
        suiteFile,
        classname: capName(attr(tc, "classname")),
        name: capName(attr(tc, "name")),
        file: capName(attr(tc, "file")),
        line: attr(tc, "line"),
        outcome,
        message: messageOf(message, body),
        text: capText(body),
        type: problem === undefined ? "" : attr(problem, "type"),
        reruns,
    };
}
function readDoc(xml) {
    if (xml.length > JUNIT_MAX_CHARS)
        throw new JunitReportError(`larger than ${JUNIT_MAX_CHARS / 1024 / 1024} MiB; not read`);
    // A DTD is never needed by a test report and is how entity bombs and external entities arrive.
    const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").replace(/<!--[\s\S]*?-->/g, "");
    if (/<!DOCTYPE|<!ENTITY/i.test(markup))
        throw new JunitReportError("declares a DTD (<!DOCTYPE>/<!ENTITY>); refused, nothing in it was expanded");
    const valid = XMLValidator.validate(xml);
    if (valid !== true)
        throw new JunitReportError(`not well-formed XML (line ${valid.err.line}): ${oneLine(valid.err.msg)}`);
    let doc;
    try {
        doc = parser.parse(xml);
    }
    catch (error) {
        throw new JunitReportError(`unreadable XML: ${oneLine(error instanceof Error ? error.message : String(error))}`);
    }
    const root = doc?.testsuites ?? (Array.isArray(doc?.testsuite) ? { testsuite: doc.testsuite } : undefined);
    if (!root || typeof root !== "object")
        throw new JunitReportError("not a JUnit report: no <testsuites> or <testsuite> element");
    const out = {
        rootName: attr(doc.testsuites, "name"),
        suiteNames: [],
        properties: [],
        schema: "",
        cases: [],
        totals: { tests: 0, failures: 0, errors: 0, skipped: 0 },
    };
    const walk = (node, suite, suiteFile, depth) => {
        if (depth > MAX_SUITE_DEPTH)
            return;
        for (const tc of Array.isArray(node?.testcase) ? node.testcase : []) {
            if (out.cases.length >= MAX_CASES)
                return;
            out.cases.push(readCase(tc, suite, suiteFile));
        }
        for (const s of Array.isArray(node?.testsuite) ? node.testsuite : []) {
            const name = attr(s, "name");
            out.suiteNames.push(name);
            out.schema ||= attr(s, "xsi:noNamespaceSchemaLocation");
            const props = s?.properties?.property;
            if (Array.isArray(props))
                for (const p of props)
                    out.properties.push(attr(p, "name"));
            if (!Array.isArray(s?.testsuite)) {
                // leaf suites carry the totals (nested suites would count twice)
                out.totals.tests += Number(attr(s, "tests")) || 0;
                out.totals.failures += Number(attr(s, "failures")) || 0;
                out.totals.errors += Number(attr(s, "errors")) || 0;
                out.totals.skipped += (Number(attr(s, "skipped")) || 0) + (Number(attr(s, "disabled")) || 0);
            }
            walk(s, name, attr(s, "file") || suiteFile, depth + 1);
        }
    };
    walk(root, "", "", 0);
    return out;
}
/** Which tool wrote the report: its own markers first, then the shape of its names. */
function detectTool(d) {
    const root = d.rootName.toLowerCase();
    if (root === "pytest tests" || d.suiteNames.includes("pytest"))
        return "pytest";
    if (root === "vitest tests")
        return "vitest";
    if (root === "jest tests")
        return "jest";
    if (root === "mocha tests" || d.suiteNames[0] === "Root Suite")
        return "mocha";
    if (root === "nextest-run" || root.startsWith("nextest"))
        return "cargo";
    if (d.properties.includes("go.version"))
        return "go";
    if (d.schema.includes("surefire") || d.properties.some((p) => p.startsWith("java.")))
        return "maven";
    const files = d.cases.map((c) => c.file || c.suiteFile || c.classname);
    if (files.some((f) => /\.py$/.test(f)))
        return "pytest";
    if (files.some((f) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(f)))
        return "vitest";
    return "unknown";
}
const PY_FRAME = /^\s*(?:File "([^"\n]+\.py)", line (\d+)|([^\s:"'<>]+\.py):(\d+):)/gm;
const JS_FRAME = /(?:file:\/\/)?((?:[A-Za-z]:)?[^\s()'"<>:]+\.[cm]?[jt]sx?):(\d+):(\d+)/g;
const GO_FRAME = /^\s*([\w./-]+\.go):(\d+):/gm;
const RUST_FRAME = /(?:panicked at |--> )([^\s:'"]+\.rs):(\d+):(\d+)/g;
const JAVA_FRAME = /^\s*at ([\w$.]+)\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/gm;
function projectFrames(text, re, pick) {
    const out = [];
    for (const m of text.matchAll(re)) {
        const loc = pick(m);
        if (loc && !out.includes(loc))
            out.push(loc);
    }
    return out;
}
function loc(path, line, col) {
    const raw = path.replace(/^file:\/\//, "");
    const p = repoRelative(raw);
    if (!isProjectPath(raw) || !isProjectPath(p) || p.startsWith("<") || p.startsWith("node:"))
        return undefined;
    return col ? `${p}:${line}:${col}` : `${p}:${line}`;
}
function locationsOf(tool, c) {
    const t = c.text;
    switch (tool) {
        case "pytest": {
            // the traceback's LAST frame is where it failed; the test's own frame follows
            const frames = projectFrames(t, PY_FRAME, (m) => m[1] ? loc(m[1], m[2] ?? "") : loc(m[3] ?? "", m[4] ?? ""));
            frames.reverse();
            if (frames.length === 0 && c.file && /^\d+$/.test(c.line))
                frames.push(`${repoRelative(c.file)}:${Number(c.line) + 1}`); // pytest's `line` is 0-based
            return frames.slice(0, 5);
        }
        case "go":
            return projectFrames(t, GO_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "")).slice(0, 5);
        case "cargo":
            return projectFrames(t, RUST_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "", m[3])).slice(0, 5);
        case "maven": {
            const own = c.classname;
            return projectFrames(t, JAVA_FRAME, (m) => own && (m[1] ?? "").startsWith(`${own}.`) ? `${m[2]}:${m[3]}` : undefined).slice(0, 5);
        }
        default:
            return projectFrames(t, JS_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "", m[3])).slice(0, 5);
    }
}
const TEST_FILE = /(^|\/)(__tests__\/|[^/]+\.(test|spec)\.)[^/]*$|(^|\/)tests?\//;
/** pytest: `path::Class::name`; the dotted classname becomes a path only when the report confirms it. */
function pytestId(c) {
    const dotted = c.classname || ""; // "" for collection errors: the name is the module then
    const segments = (dotted || c.name).split(".").filter((s) => s !== "");
    const firstClass = segments.findIndex((s) => /^[A-Z]/.test(s));
    const moduleParts = firstClass < 0 ? segments : segments.slice(0, firstClass);
    const classes = firstClass < 0 ? [] : segments.slice(firstClass);
    const fromAttr = c.file ? repoRelative(c.file) : "";
    const guessed = `${moduleParts.join("/")}.py`;
    const confirmed = fromAttr !== "" ||
        c.text.includes(`${guessed}:`) ||
        c.text.includes(`/${guessed}", line`) ||
        c.text.includes(`"${guessed}", line`);
    const file = fromAttr || (confirmed ? guessed : "");
    if (!dotted)
        return file ? { id: file, file } : { id: c.name };
    if (!file)
        return { id: `${dotted}::${c.name}` };
    return { id: [file, ...classes, c.name].join("::"), file };
}
function caseId(tool, c, locations) {
    const fromFrames = locations.map((l) => l.replace(/:\d+(:\d+)?$/, "")).find((p) => TEST_FILE.test(p));
    switch (tool) {
        case "pytest":
            return pytestId(c);
        case "vitest": {
            const file = repoRelative(c.file || c.classname || c.suiteFile);
            return file ? { id: `${file} > ${c.name}`, file } : { id: c.name };
        }
        case "jest":
        case "mocha": {
            // jest-junit and mocha-junit-reporter write the full name (describe titles and the test's, joined by
            // spaces): what `jest -t` and `mocha -g` match. The file: the attribute, or the stack's test file.
            const file = c.file || c.suiteFile ? repoRelative(c.file || c.suiteFile) : fromFrames;
            return file ? { id: `${file} > ${c.name}`, file } : { id: c.name };
        }
        case "go":
            return { id: c.classname ? `${c.classname}.${c.name}` : c.name };
        case "cargo":
            return { id: c.name };
        case "maven":
            return { id: c.classname ? `${c.classname}#${c.name}` : c.name };
        default:
            return { id: c.classname ? `${c.classname}::${c.name}` : c.name };
    }
}
/** Parses a JUnit XML report; throws JunitReportError saying why when it cannot. */
function parseJunitReport(xml) {
    const doc = readDoc(xml.replace(/^\uFEFF/, ""));
    const tool = detectTool(doc);
    const report = {
        tool,
        tests: 0,
        passed: 0,
        failures: 0,
        errors: 0,
        skipped: 0,
        flaky: 0,
        problems: [],
        truncated: false,
    };
    for (const c of doc.cases) {
        report.tests++;
        if (c.outcome === "passed")
            report.passed++;
        else if (c.outcome === "skipped")
            report.skipped++;
        else {
            if (c.outcome === "failed")
                report.failures++;
            else if (c.outcome === "error")
                report.errors++;
            else {
                report.flaky++;
                report.passed++;
            }
            if (report.problems.length >= MAX_PROBLEMS) {
                report.truncated = true;
                continue;
            }
            const locations = locationsOf(tool, c);
            // pytest's generic messages (`collection failure`): its `E   ` line says what broke
            const pytestE = tool === "pytest" ? /^E\s+(\S.*)$/m.exec(c.text)?.[1] : undefined;
            if (pytestE && /^(collection failure|failed on (setup|teardown))$/i.test(c.message))
                c.message = oneLine(pytestE);
            const { id, file } = caseId(tool, c, locations);
            report.problems.push({
                id: stripControl(id),
                classname: c.classname,
                name: c.name,
                suite: capName(c.suite),
                ...(file ? { file } : {}),
                outcome: c.outcome,
                message: c.message || (c.type ? oneLine(c.type) : ""),
                text: c.text,
                locations,
                reruns: c.reruns,
            });
        }
    }
    if (report.tests === 0 && doc.totals.tests > 0) {
        // suites with totals only (some tools for empty or aborted runs): trust their counts
        const t = doc.totals;
        Object.assign(report, { tests: t.tests, failures: t.failures, errors: t.errors, skipped: t.skipped });
        report.passed = Math.max(0, t.tests - t.failures - t.errors - t.skipped);
    }
    return report;
}
/** The failing (not flaky) cases: failures and errors. */
function failingCases(report) {
    return report.problems.filter((c) => c.outcome === "failed" || c.outcome === "error");
}
function junit_report_goRun(name) {
    return name
        .split("/")
        .map((part) => `^${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)
        .join("/");
}
/**
 * The command that runs only these tests, as the tool's users type it (for display, quoted for a POSIX
 * shell, never run). Several pytest ids go on one command line; other tools get the first test.
 */
function junit_report_reproduceCommand(tool, cases) {
    const first = cases[0];
    if (!first)
        return undefined;
    switch (tool) {
        case "pytest": {
            const ids = cases.filter((c) => c.file && c.id.startsWith(c.file)).map((c) => c.id);
            if (ids.length > 0)
                return `pytest ${ids.slice(0, 5).map(shellWord).join(" ")}`;
            const leaf = first.name.replace(/\[.*$/, "");
            return `pytest -k ${shellWord(leaf)}`;
        }
        case "vitest": {
            const test = first.name.split(" > ").pop() ?? first.name;
            return first.file
                ? `npx vitest run ${shellWord(first.file)} -t ${shellWord(test)}`
                : `npx vitest run -t ${shellWord(test)}`;
        }
        case "jest":
            return `npx jest ${first.file ? `${shellWord(first.file)} ` : ""}-t ${shellWord(first.name)}`;
        case "mocha":
            return `npx mocha ${first.file ? `${shellWord(first.file)} ` : ""}-g ${shellWord(first.name)}`;
        case "go":
            return `go test ${first.classname ? shellWord(first.classname) : "./..."} -run ${shellWord(junit_report_goRun(first.name))}`;
        case "cargo": {
            const crate = first.suite.split("::")[0] ?? "";
            return `cargo nextest run ${crate ? `-p ${shellWord(crate)} ` : ""}${shellWord(first.name)}`;
        }
        case "maven": {
            const cls = first.classname.split(".").pop() ?? first.classname;
            return `mvn test -Dtest=${shellWord(`${cls}#${first.name}`)}`;
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/junit-artifacts.js
// Test reports from a failed run's artifacts: which artifacts are test reports (name patterns), which failed
// job each belongs to (its name in the artifact's, else the failing tests the log named, else the only
// failed job), reading them within the API budget (1 list + at most MAX_REPORT_ARTIFACTS downloads), and
// merging them into the job's triage: the report's exact test ids, messages and file:line replace the
// log's guesses, the reproduce command narrows to those tests, and the summary names the artifact. When a
// run has no report, or a report cannot be read (corrupt zip, too large, a DTD), the log stays the source
// and a note says why. Pure over the TestReportSource port.



const DEFAULT_REPORT_PATTERNS = ["*junit*", "*test-results*", "*test-report*"];
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
                if (!result.details.flakyHints.includes(c.id))
                    result.details.flakyHints.push(c.id);
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
        result.fix = adviceFor({
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
    result.reproduce = junit_report_reproduceCommand(tool, sameTool) ?? result.reproduce;
    return used;
}
function unique(list) {
    return [...new Set(list)];
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/render.js
// Rendering a run's triage: the job summary, the sticky PR comment (same content, smaller budget, a hidden
// marker), and the annotations to emit. Everything from a log is untrusted: it goes through mdText /
// mdCode / mdBlock, and annotations carry plain text the logger makes inert.



/** Hidden marker of the one triage comment per PR. */
const TRIAGE_MARKER = "<!-- ops:ci-triage -->";
const LABELS = {
    mypy: "mypy",
    ruff: "ruff",
    test_failure: "test failure",
    import_error: "import error",
    timeout: "timeout",
    coverage_drop: "coverage drop",
    flaky: "flaky",
    typescript: "TypeScript",
    eslint: "ESLint",
    dependency_install: "dependency install",
    oom: "out of memory",
    infrastructure: "infrastructure",
    other: "other",
};
function jobSection(f, level) {
    const r = f.result;
    const rows = [];
    const tool = r.tool !== "unknown" ? ` (${safe_text_mdText(r.tool)})` : "";
    rows.push(`${level} ❌ ${safe_text_mdText(f.job.name)} — ${safe_text_mdText(LABELS[r.category] ?? r.category)}${tool}`);
    const facts = [];
    const section = r.details.step && r.details.step !== f.failedStep
        ? ` (log section ${mdCode(`Run ${truncate(r.details.step, 120)}`)})`
        : "";
    facts.push(`- **Conclusion**: ${mdCode(f.job.conclusion ?? "unknown")}${f.failedStep ? ` in step ${mdCode(f.failedStep)}` : ""}${section}`);
    facts.push(`- **First real error**: ${mdCode(truncate(r.summary, 400))}`);
    if (r.tool !== "unknown")
        facts.push(`- **Tool**: ${mdCode(r.tool)}`);
    for (const t of f.testReports)
        facts.push(`- **${t.failures + t.errors > 0 ? "Tests from" : "Test report"}**: the JUnit report in artifact ${mdCode(t.artifact)} (${t.files.length} file${t.files.length === 1 ? "" : "s"}; ${t.tests} tests: ${t.failures} failed, ${t.errors} errored, ${t.skipped} skipped${t.flaky ? `, ${t.flaky} flaky` : ""})`);
    if (r.locations.length > 0)
        facts.push(`- **Where**: ${r.locations
            .slice(0, 8)
            .map((l) => mdCode(l))
            .join(", ")}${r.locations.length > 8 ? ` (+${r.locations.length - 8})` : ""}`);
    if (r.tests.length > 0)
        facts.push(`- **Tests**: ${r.tests
            .slice(0, 8)
            .map((t) => mdCode(truncate(t, 200)))
            .join(", ")}${r.tests.length > 8 ? ` (+${r.tests.length - 8})` : ""}`);
    for (const e of f.flaky)
        facts.push(`- **Flaky**: ${safe_text_mdText(e)}`);
    if (f.flaky.length === 0)
        facts.push(`- **Flaky**: ${safe_text_mdText(f.flakiness)}${r.details.flakyHints.length === 0 ? " — and no rerun or retry in the log either" : ""}`);
    if (r.details.flakyHints.length > 0)
        facts.push(`- **Passed on a rerun in the same job**: ${r.details.flakyHints
            .slice(0, 5)
            .map((t) => mdCode(t))
            .join(", ")}`);
    if (f.logError)
        facts.push(`- **Log unavailable**: ${safe_text_mdText(f.logError)}`);
    facts.push(`- **Fix**: ${safe_text_mdText(r.fix)}`);
    rows.push(facts.join("\n"));
    rows.push(`**Reproduce** (the failing step's command, narrowed to what failed)\n\n${mdBlock(r.reproduce, "sh")}`);
    if (r.evidence.length > 0)
        rows.push(`<details><summary>Evidence (log lines)</summary>\n\n${mdBlock(r.evidence.map((e) => truncate(e, 300)).join("\n"))}\n\n</details>`);
    return rows.join("\n\n");
}
function overview(report) {
    const rows = report.failed.map((f) => [
        safe_text_mdText(f.job.name),
        safe_text_mdText(LABELS[f.result.category] ?? f.result.category),
        f.result.tool !== "unknown" ? mdCode(f.result.tool) : "",
        mdCode(truncate(f.result.summary, 120)),
        f.result.locations[0] ? mdCode(f.result.locations[0]) : "",
    ]);
    for (const c of report.cancelled)
        rows.push([safe_text_mdText(c.name), "cancelled (not analysed)", "", "", ""]);
    return table(["Job", "Category", "Tool", "First real error", "Where"], rows);
}
function resolvedChecklist(report) {
    const analysed = report.failed.every((f) => !f.logError);
    const classified = report.failed.every((f) => f.result.category !== "other");
    return checklist("CI issue resolved", [
        {
            label: "Logs of the failed jobs read",
            ok: report.failed.length === 0 ? undefined : analysed,
            evidence: `${report.failed.length} failed, ${report.cancelled.length} cancelled`,
        },
        {
            label: "Matched against the failure table",
            ok: report.failed.length === 0 ? undefined : classified,
            evidence: report.categories.join(", ") || "nothing failed",
        },
        { label: "Reproduced locally (the commands above)", ok: undefined },
        { label: "Fix pushed and CI green again", ok: undefined },
    ]);
}
function title(report) {
    const n = report.failed.length;
    const what = `${report.run.name || "CI"} run ${report.run.id} (attempt ${report.run.attempt})`;
    if (n === 0 && report.cancelled.length > 0)
        return `${what}: cancelled, nothing failed on its own`;
    if (n === 0)
        return `${what}: no failed job`;
    return `${what}: ${n} failed job${n === 1 ? "" : "s"} — ${report.categories.map((c) => LABELS[c] ?? c).join(", ")}`;
}
function parts(report, level) {
    const out = [
        headline(report.failed.length > 0 ? "failure" : report.cancelled.length > 0 ? "cancelled" : "success", `CI triage — ${title(report)}`),
        overview(report),
        ...report.failed.map((f) => jobSection(f, level)),
    ];
    if (report.cancelled.length > 0)
        out.push(`**Cancelled** (not analysed as failures): ${report.cancelled.map((c) => safe_text_mdText(c.name)).join(", ")}`);
    if (report.rerun)
        out.push(`**Re-run**: ${safe_text_mdText(report.rerun.reason)}`);
    out.push(resolvedChecklist(report));
    if (report.notes.length > 0)
        out.push(report.notes.map((n) => `> ${safe_text_mdText(n)}`).join("\n"));
    return out;
}
/** The job summary (within GitHub's 1 MiB step-summary limit). */
function renderSummary(report) {
    return fitSections(parts(report, "###"));
}
/** The sticky PR comment: the marker first, under 65,536 characters. */
function renderComment(report) {
    const link = report.run.htmlUrl ? `\n\n[Open the run](${encodeURI(report.run.htmlUrl)})` : "";
    const body = fitSections(parts(report, "####"), COMMENT_LIMIT_CHARS - 2_000);
    return `${TRIAGE_MARKER}\n${body}${link}`;
}
/**
 * Annotations on the repository's files: at most `max` errors (GitHub shows 10 error and 10 warning
 * annotations per step), first the diagnostics tools pointed at, then other locations. Paths outside the
 * repository (libraries, absolute paths) are not annotated.
 */
function annotationsFor(report, max = 10) {
    const out = [];
    const seen = new Set();
    const add = (a) => {
        const key = `${a.file}:${a.line}`;
        if (out.length >= max || seen.has(key))
            return;
        if (a.file.startsWith("/") ||
            /^[A-Za-z]:[\\/]/.test(a.file) ||
            !isProjectPath(a.file) ||
            a.file.includes(".."))
            return;
        seen.add(key);
        out.push(a);
    };
    for (const f of report.failed) {
        const label = LABELS[f.result.category] ?? f.result.category;
        for (const d of f.result.details.diagnostics) {
            if (d.category !== f.result.category)
                continue;
            add({
                level: "error",
                file: d.path,
                line: d.line,
                ...(d.column ? { column: d.column } : {}),
                title: `${label}${d.code ? ` ${d.code}` : ""} (${f.job.name})`,
                message: d.message,
            });
        }
    }
    for (const f of report.failed) {
        const label = LABELS[f.result.category] ?? f.result.category;
        for (const loc of f.result.locations) {
            const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(loc);
            if (!m)
                continue;
            add({
                level: "error",
                file: m[1] ?? "",
                line: Number(m[2]),
                ...(m[3] ? { column: Number(m[3]) } : {}),
                title: `${label} (${f.job.name})`,
                message: truncate(f.result.summary, 1000),
            });
        }
    }
    return out;
}
/** The `report` output: the run's triage as JSON (schema 1), logs' text included as data. */
function reportJson(report) {
    return JSON.stringify({
        schema: 1,
        run: {
            id: report.run.id,
            attempt: report.run.attempt,
            headSha: report.run.headSha,
            url: report.run.htmlUrl,
        },
        categories: report.categories,
        failed: report.failed.map((f) => ({
            job: f.job.name,
            jobId: f.job.id,
            conclusion: f.job.conclusion,
            step: f.failedStep ?? f.result.details.step ?? null,
            category: f.result.category,
            tool: f.result.tool,
            summary: f.result.summary,
            locations: f.result.locations,
            tests: f.result.tests,
            fix: f.result.fix,
            reproduce: f.result.reproduce,
            evidence: f.result.evidence,
            flaky: f.flaky,
            flakiness: f.flakiness,
            testReports: f.testReports,
        })),
        cancelled: report.cancelled.map((c) => ({ job: c.name, jobId: c.id })),
        pullRequest: report.pullRequest ?? null,
        comment: report.comment ?? null,
        rerun: report.rerun ?? null,
    });
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/reader.js
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/tools/install.js
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
        id: "deps.install",
        tools: [],
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/rule.js
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/tools/javascript.js
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
];

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/tools/native.js
// Compiled-language test runners: cargo test, Maven Surefire, Gradle, go test.

const NATIVE_RULES = [
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/tools/python.js
// Python tools: mypy, ruff (and flake8/pylint in the same concise form), pytest, unittest, coverage.py.

/**
 * A pytest node id and the message after it (` - message`): the id ends at the first ` - ` outside
 * brackets, so parametrize ids with spaces or dashes (`test_x[a b-1]`, `test_y[p - q]`) stay whole.
 */
function python_pytestId(rest) {
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
            const { id, message } = python_pytestId(m[1] ?? "");
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
            const { id, message } = python_pytestId(m[1] ?? "");
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
            const { id } = python_pytestId(m[1] ?? "");
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/tools/runner.js
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/rules.js
// All line rules, tool by tool (tools/*.ts), in the order ties on one line are settled.






const RULES = [
    ...PYTHON_RULES,
    ...JAVASCRIPT_RULES,
    ...NATIVE_RULES,
    ...RUNNER_RULES,
    ...INSTALL_RULES,
];
const RULE_NEEDLES = [...new Set(RULES.map((r) => r.needle))];

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/scanner.js
// The triage engine: normalized lines in, one TriageResult out. Streaming and bounded: it keeps the first
// signal of each weight and of each category, a capped list of locations, diagnostics and tests, and a few
// lines of context — never the log. Per line it runs the reader's normalization, one combined pre-filter
// and only the rules whose needle is present, plus a small state machine for multi-line formats (Python
// tracebacks, eslint's stylish output, ruff's full format, CMake call stacks).






const scanner_MAX_TESTS = 50;
const scanner_MAX_LOCATIONS = 30;
const MAX_DIAGNOSTICS = 50;
const MAX_EVIDENCE_CHARS = 300;
/** Lines before/after a cause within which a generic traceback's locations belong to it. */
const ATTACH_AFTER = 400;
const ATTACH_BEFORE = 60;
/** A traceback whose frames stopped this many lines ago is abandoned. */
const FRAME_GAP = 80;
// The pre-filter: a few passes of literal alternations over each chunk (decoded as latin1, one byte per
// character, so V8's fast one-byte regexp paths apply; the few lines kept are decoded as UTF-8 again).
// Two passes, split by measurement: V8 scans a literal alternation at about 1 GB/s until some needle
// added to it (which one depends on the others, not on their number) makes it 3-4× slower; the split
// below is the fastest found on both the generated bench log and real CI logs (the corpus). Passes cost
// about the same whatever they hold, so more of them is slower. A line no pass matches is never
// sliced, decoded or normalized: it is only counted.
// Lines right after a match (continuations, call stacks, code frames, traceback frames) are read too.
const literals = (needles) => needles.map(escapeRe).join("|");
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
/** The hand-tuned passes (measured, see above); needles they miss are added by `derivedPass`. */
const TUNED_SOURCES = [
    [
        literals([
            "rror",
            "ERR",
            "FAIL",
            "Fail",
            "fail",
            "##[",
            "Killed",
            "memory",
            "imed out",
            "Timeout",
            "xit code",
        ]),
        literals([
            "xit status",
            "threshold",
            "rate limit",
            "Code style",
            "ould reformat",
            "Traceback",
            "-->",
            "_test.go:",
        ]),
        literals(["RERUN"]),
        latin1Of("❯"),
        latin1Of("●"),
        literals(['File "', "bad_alloc"]),
    ].join("|"),
    [
        literals(["No solution found", "lockfile", "go.sum", "o space left", "resolve host"]),
        literals(["many warnings", "returning 124"]),
    ].join("|"),
];
/** Every rule's needle and stateful trigger the tuned passes would drop, as one more pass. */
function derivedPass(tuned) {
    const res = tuned.map((src) => new RegExp(src));
    const latin1 = (n) => Buffer.from(n, "utf8").toString("latin1");
    const missing = [
        ...new Set([...RULES.flatMap((r) => r.triggers ?? [r.needle]), ...STATEFUL_TRIGGERS]),
    ].filter((n) => !res.some((re) => re.test(latin1(n))));
    return missing.length > 0 ? missing.map((n) => escapeRe(latin1(n))).join("|") : undefined;
}
/** The needles of the pre-filter, for `grep -E` comparisons (bench) and tests: the tuned passes and the
 * pass derived from the rules. */
const PREFILTER_SOURCES = (() => {
    const derived = derivedPass(TUNED_SOURCES);
    return derived === undefined ? TUNED_SOURCES : [...TUNED_SOURCES, derived];
})();
const PASSES = PREFILTER_SOURCES.map((src) => new RegExp(src, "g"));
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
/** A UTF-8 string as the latin1 string of its bytes (how it appears in a latin1-decoded chunk). */
function latin1Of(s) {
    return escapeRe(Buffer.from(s, "utf8").toString("latin1"));
}
/** Bytes ≥ 0x80 (as latin1 characters): the line needs UTF-8 decoding. */
const NON_ASCII = /[\u0080-\u00ff]/;
const RE = {
    frame: /^\s{0,12}File "([^"]{1,1000})", line (\d{1,7})(, in )?/,
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
        let matched = false;
        for (const re of PASSES) {
            re.lastIndex = 0;
            if (re.test(raw))
                matched = true;
        }
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
        for (const re of PASSES) {
            re.lastIndex = start;
            for (;;) {
                const m = re.exec(text);
                if (!m || m.index >= end)
                    break;
                candidates.push(m.index > start ? text.lastIndexOf("\n", m.index - 1) + 1 : start);
                const nl = text.indexOf("\n", m.index);
                re.lastIndex = nl < 0 ? end : nl + 1;
            }
        }
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
                    let p = pos;
                    while (p < target) {
                        const nl = text.indexOf("\n", p);
                        if (nl - p > MAX_LINE_CHARS)
                            this.cutLines++;
                        this.lineNo++;
                        p = nl + 1;
                    }
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
        this.currentTool = scriptTool(this.currentCommand)?.tool;
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
            if (tbLine && isProjectPath(tbLine[1] ?? ""))
                this.addCategoryLocation("test_failure", formatLocation(tbLine[1] ?? "", Number(tbLine[2])));
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
            const loc = formatLocation(m[1] ?? "", Number(m[2]));
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
            this.addCategoryLocation("test_failure", formatLocation(m[1] ?? "", Number(m[2]), Number(m[3])));
            return undefined;
        }
        m = text.includes(" at ") ? RE.jsStack.exec(text) : null;
        if (m) {
            // ESM stacks name `file:///abs/path`; the runner's workspace prefix makes it the repository's
            const raw = m[1] ?? "";
            const path = repoRelative(raw.startsWith("file://") ? raw.slice(7) : raw);
            if (!path.startsWith("/") &&
                !/^[A-Za-z]:\\/.test(path) &&
                isProjectPath(path) &&
                isFilePath(path) &&
                !path.includes("://")) {
                const loc = formatLocation(path, Number(m[2]), Number(m[3]));
                this.addCategoryLocation("test_failure", loc);
                // a JS stack belongs to the signal around it too (an import error's `Cannot find module`)
                this.loose(l.n, loc);
            }
            return undefined;
        }
        m = RE.goLocation.exec(text);
        if (m) {
            this.addCategoryLocation("test_failure", formatLocation(m[1] ?? "", Number(m[2])));
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
                if (isProjectPath(m[1] ?? "") && !(m[1] ?? "").startsWith("/rustc/"))
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
            const loc = formatLocation(m[1] ?? "", Number(m[2]));
            this.cmake = this.record("cmake.error", { category: "other", weight: 1, message: text.trim() }, l, [
                loc,
            ]);
            this.loose(n, loc);
            return undefined;
        }
        m = this.cmake ? RE.cmakeStack.exec(text) : null;
        if (m && this.cmake) {
            const loc = formatLocation(m[1] ?? "", Number(m[2]));
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
        if (!isFilePath(path) || !isProjectPath(path))
            return;
        c.located = true;
        const loc = formatLocation(path, Number(m[2]));
        this.addCategoryLocation("test_failure", loc);
        const id = !c.setup && isTestFile(path) ? `${repoRelative(path)}::${c.name}` : c.name;
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
        if (!isFilePath(path))
            return;
        const loc = formatLocation(path, line);
        f.deepest = loc;
        if (isProjectPath(path))
            f.deepestProject = loc;
        if (f.test === undefined && isProjectPath(path) && isTestFile(path))
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
            pushUnique(c.locations, location, scanner_MAX_LOCATIONS);
        else {
            // remembered for when the category's first signal arrives
            this.pendingCategoryLocations.push({ category, location });
            if (this.pendingCategoryLocations.length > scanner_MAX_LOCATIONS)
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
        // go test -count=N: a test that both failed and passed in the same log is flaky, by that evidence
        if (rule === "go.fail" || rule === "go.pass") {
            const name = rule === "go.fail" ? (hit.tests?.[0] ?? "") : String(hit.facts?.goPassed ?? "");
            const mine = rule === "go.fail" ? this.goResults.failed : this.goResults.passed;
            const other = rule === "go.fail" ? this.goResults.passed : this.goResults.failed;
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
        if (hit.location && isFilePath(hit.location.path)) {
            const { path, line, column } = hit.location;
            locations.push(formatLocation(path, line, column));
            diagnostic = {
                path: repoRelative(path),
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
            if (isFilePath(f))
                pushUnique(locations, repoRelative(f), 10);
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
            pushUnique(this.tests, t, scanner_MAX_TESTS);
        for (const t of hit.flaky ?? [])
            pushUnique(this.flakyHints, t, scanner_MAX_TESTS);
        if ((hit.flaky?.length ?? 0) > 0 && this.flakyTool === undefined)
            this.flakyTool = signal.tool;
        for (const f of hit.files ?? [])
            pushUnique(this.files, repoRelative(f), scanner_MAX_LOCATIONS);
        if (typeof hit.facts?.goPackage === "string")
            pushUnique(this.goPackages, hit.facts.goPackage, scanner_MAX_LOCATIONS);
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
                    pushUnique(c.locations, p.location, scanner_MAX_LOCATIONS);
            isNew = true;
        }
        else if (signal.line < c.first.line)
            c.first = signal;
        c.count++;
        for (const loc of locations)
            pushUnique(c.locations, loc, scanner_MAX_LOCATIONS);
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
        let category = primary?.category ?? "other";
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
                    pushUnique(locations, formatLocation(d.path, d.line, d.column), scanner_MAX_LOCATIONS);
            }
            for (const loc of state?.locations ?? [])
                pushUnique(locations, loc, scanner_MAX_LOCATIONS);
            for (const loc of primary.locations)
                pushUnique(locations, loc, scanner_MAX_LOCATIONS);
            // a test runner's timeout: where the test it stopped was (its failure section's locations)
            if (category === "timeout")
                for (const loc of this.categories.get("test_failure")?.locations ?? [])
                    pushUnique(locations, loc, scanner_MAX_LOCATIONS);
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
        const stepTool = command !== undefined ? scriptTool(command)?.tool : undefined;
        let tool = primary?.tool ?? (category === "flaky" ? this.flakyTool : undefined) ?? stepTool ?? "unknown";
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
            pushUnique(files, d.path, scanner_MAX_LOCATIONS);
        for (const f of this.files)
            pushUnique(files, f, scanner_MAX_LOCATIONS);
        const flakiness = this.flakyHints.length > 0
            ? `failed then passed on a rerun in this log: ${this.flakyHints.slice(0, 5).join(", ")}`
            : "not known to be flaky (no rerun or retry in this log)";
        const advice = adviceFor({
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


;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/run.js
// CI triage of one workflow run: which jobs failed in this attempt, what broke in each (first real cause,
// locations, tests, fix, reproduce), which were flaky (the same job passed in another attempt of the same
// commit, earlier or later), which were only cancelled; then one sticky PR comment and, if asked, one
// re-run. When the run uploaded JUnit reports as artifacts, their exact tests replace the log's (the log
// stays the fallback). Pure orchestration over the TriageSource and TestReportSource ports: no
// @actions/core, no octokit.





/** Calls allowed beyond one log download per failed job. */
const API_EXTRA_CALLS = 4;
/** Calls test reports may add on top: the artifacts list and at most MAX_REPORT_ARTIFACTS downloads. */
const REPORT_EXTRA_CALLS = 1 + MAX_REPORT_ARTIFACTS;
const FAILED_CONCLUSIONS = new Set(["failure", "timed_out", "startup_failure"]);
/** Runs `fn` over `items` with at most `limit` in flight, results in input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}
async function analyse(source, job, options) {
    const scanner = new TriageScanner(options);
    for await (const chunk of source.streamLog(job.id))
        scanner.write(chunk);
    return scanner.end();
}
/** What was checked, for a job with no flaky evidence (said in the report, not left to guess). */
function notKnownFlaky(job, all) {
    const attempts = [...new Set(all.filter((j) => j.name === job.name).map((j) => j.attempt))].sort((a, b) => a - b);
    return attempts.length <= 1
        ? `not known to be flaky: attempt ${job.attempt} is the only attempt of this run`
        : `not known to be flaky: it passed in no attempt of this run (attempts ${attempts.join(", ")})`;
}
/**
 * Flaky: the same job (by name) concluded `success` in another attempt of this run (same commit) — an
 * earlier one, or a later one when an older attempt is triaged after a re-run passed.
 */
function flakyEvidence(job, all) {
    return all
        .filter((j) => j.name === job.name && j.attempt !== job.attempt && j.conclusion === "success")
        .map((j) => `job "${job.name}" passed in attempt ${j.attempt} and failed in attempt ${job.attempt} of the same commit`);
}
async function triageRun(inputs, source, reports) {
    const run = inputs.run ?? (await source.getRun(inputs.runId));
    const notes = [];
    const jobs = await source.listJobs(run.id);
    const current = jobs.filter((j) => j.attempt === run.attempt);
    const failedJobs = current.filter((j) => FAILED_CONCLUSIONS.has(j.conclusion ?? ""));
    const cancelled = current.filter((j) => j.conclusion === "cancelled");
    // API budget: N failed jobs cost N log downloads; everything else must fit in 4 more calls (jobs list,
    // the run when not given, the PR lookup for forks, the comment's list + write, a re-run). What is left
    // pays for check-run annotations of jobs whose log gave no location.
    const commentCalls = inputs.comment ? 2 + (run.pullRequests.length > 0 ? 0 : 1) : 0;
    const fixed = 1 + (inputs.run ? 0 : 1) + commentCalls + (inputs.rerun === "never" ? 0 : 1);
    let annotationBudget = Math.max(0, API_EXTRA_CALLS - fixed);
    // 1. the logs, in parallel
    const analysed = await mapLimit(failedJobs, inputs.concurrency, async (job) => {
        try {
            return { job, result: await analyse(source, job, { conclusion: job.conclusion ?? undefined }) };
        }
        catch (error) {
            const scanner = new TriageScanner({ conclusion: job.conclusion ?? undefined });
            return { job, result: scanner.end(), logError: error instanceof Error ? error.message : String(error) };
        }
    });
    // 2. the JUnit reports among the run's artifacts (1 list + at most K downloads), tied to their jobs
    const reportsFor = new Map();
    if (inputs.testReports && reports && failedJobs.length > 0) {
        const read = await readTestReports(run.id, failedJobs, new Map(analysed.map((a) => [a.job.id, a.result.tests])), reports, inputs.testReports);
        notes.push(...read.notes);
        for (const a of analysed) {
            const files = read.byJob.get(a.job.id);
            if (files)
                reportsFor.set(a.job.id, mergeTestReports(a.result, files, a.logError !== undefined));
        }
    }
    // 3. per job: the check run's annotations when nothing gave a location, flakiness across attempts
    const failed = [];
    for (const { job, result, logError } of analysed) {
        const failedStep = job.steps.find((s) => FAILED_CONCLUSIONS.has(s.conclusion ?? ""))?.name;
        // The check run's annotations only when the log gave no location (they mostly repeat log lines, and
        // each costs an API call) and the budget allows.
        let annotations = [];
        const wantAnnotations = result.locations.length === 0 && result.category !== "infrastructure" && !result.details.cancelled;
        if (wantAnnotations && annotationBudget <= 0)
            notes.push(`annotations of job ${job.name} not read (API budget of N + ${API_EXTRA_CALLS} calls)`);
        if (wantAnnotations && annotationBudget > 0) {
            annotationBudget--;
            try {
                annotations = (await source.annotations(job.id)).filter((a) => a.path !== "" && a.path !== ".github" && a.startLine > 0);
                for (const a of annotations.slice(0, 10))
                    result.locations.push(`${a.path}:${a.startLine}${a.startColumn ? `:${a.startColumn}` : ""}`);
            }
            catch (error) {
                notes.push(`annotations of job ${job.id} unavailable: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
        const triage = {
            job,
            ...(failedStep !== undefined ? { failedStep } : {}),
            result,
            flaky: [],
            flakiness: notKnownFlaky(job, jobs),
            testReports: reportsFor.get(job.id) ?? [],
            annotations,
            ...(logError !== undefined ? { logError } : {}),
        };
        for (const e of flakyEvidence(job, jobs))
            markFlaky(triage, e);
        failed.push(triage);
    }
    if ((inputs.flakyHistory ?? 0) > 0 && failed.some((f) => f.flaky.length === 0)) {
        try {
            await flakyFromHistory(inputs, run, failed, source);
        }
        catch (error) {
            notes.push(`default-branch history unavailable: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    const categories = [...new Set(failed.map((f) => f.result.category))];
    const report = { schema: 1, run, failed, cancelled, categories, notes };
    if (inputs.rerun !== "never" && failed.length > 0)
        report.rerun = await maybeRerun(inputs.rerun, run, failed, source);
    if (inputs.comment && (failed.length > 0 || cancelled.length > 0)) {
        const pr = run.pullRequests[0] ?? (await source.findPullRequest(run));
        if (pr === undefined)
            notes.push("no open pull request for this commit: no comment written");
        else {
            report.pullRequest = pr;
            report.comment = await upsertComment(source, pr, renderComment(report));
        }
    }
    return report;
}
/** Marks a failed job flaky when the same job both failed and passed in recent default-branch runs. */
async function flakyFromHistory(inputs, run, failed, source) {
    const branch = inputs.defaultBranch ?? (await source.defaultBranch());
    const file = run.path.split("/").pop() ?? "";
    if (file === "")
        return;
    const runs = (await source.recentRuns(file, branch, inputs.flakyHistory ?? 0)).filter((r) => r.id !== run.id);
    const outcomes = new Map();
    for (const r of runs) {
        for (const j of await source.listJobs(r.id)) {
            const o = outcomes.get(j.name) ?? { passed: 0, failed: 0 };
            if (j.conclusion === "success")
                o.passed++;
            else if (FAILED_CONCLUSIONS.has(j.conclusion ?? ""))
                o.failed++;
            outcomes.set(j.name, o);
        }
    }
    for (const f of failed) {
        const o = outcomes.get(f.job.name);
        if (f.flaky.length > 0 || !o || o.passed === 0 || o.failed === 0)
            continue;
        markFlaky(f, `job "${f.job.name}" failed ${o.failed} and passed ${o.passed} time(s) in the last ${runs.length} runs on ${branch}`);
    }
}
function markFlaky(f, evidence) {
    const result = f.result;
    f.flaky.push(evidence);
    f.flakiness = f.flaky.join("; ");
    result.details.alsoSeen.unshift({
        category: result.category,
        rule: result.details.rule,
        line: result.details.line,
    });
    result.category = "flaky";
    result.summary = `flaky: ${result.summary}`;
    result.fix = `This job both failed and passed on the same code (${evidence}): a flaky test or environment. A re-run is not a fix: make it deterministic (shared state, ordering, time, network) and track it.`;
    const t = result.tests[0];
    if (t?.includes("::") && (result.tool ?? "pytest") === "pytest")
        result.reproduce = `pytest --count=10 -p random_order ${shellWord(t)}`;
}
async function maybeRerun(policy, run, failed, source) {
    if (run.attempt > 1)
        return { requested: false, reason: `attempt ${run.attempt}: the failed jobs were already re-run once` };
    const wanted = policy === "flaky" ? ["flaky"] : ["infrastructure"];
    const all = failed.every((f) => wanted.includes(f.result.category));
    if (!all)
        return {
            requested: false,
            reason: `not every failed job is ${wanted.join("/")} (${failed.map((f) => f.result.category).join(", ")})`,
        };
    await source.rerunFailedJobs(run.id);
    return { requested: true, reason: `every failed job is ${wanted.join("/")}: re-ran the failed jobs once` };
}
/** One comment per PR: the newest comment holding the marker and written by this token's identity. */
async function upsertComment(source, pr, body) {
    if (body.length >= COMMENT_LIMIT_CHARS)
        throw new Error(`comment body of ${body.length} characters is over the limit`);
    const [me, comments] = await Promise.all([source.identity(), source.listComments(pr)]);
    const mine = comments.filter((c) => c.author === me && c.body.includes(TRIAGE_MARKER));
    const existing = mine[mine.length - 1];
    if (existing) {
        await source.updateComment(existing.id, body);
        return { id: existing.id, action: "updated" };
    }
    return { id: await source.createComment(pr, body), action: "created" };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/triage/source.js
// What the CI triage needs from GitHub, as a narrow port (tests use a hand-written fake), and its
// implementation over the GitHubPort (octokit or the emulator). Every call is bounded: requests by the
// client's timeout, log downloads by their own timeout and the run's signal. Logs are STREAMED: the API
// answers 302 with a short-lived URL, fetched without the token, its body read chunk by chunk.

function toRunInfo(r) {
    return {
        id: Number(r.id),
        name: String(r.name ?? ""),
        path: String(r.path ?? ""),
        attempt: Number(r.run_attempt ?? 1),
        conclusion: r.conclusion ?? null,
        status: String(r.status ?? ""),
        headSha: String(r.head_sha ?? ""),
        headBranch: String(r.head_branch ?? ""),
        headRepository: String(r.head_repository?.full_name ?? r.repository?.full_name ?? ""),
        repository: String(r.repository?.full_name ?? ""),
        event: String(r.event ?? ""),
        htmlUrl: String(r.html_url ?? ""),
        pullRequests: Array.isArray(r.pull_requests)
            ? r.pull_requests.map((p) => Number(p.number)).filter((n) => n > 0)
            : [],
    };
}
function toJobInfo(j) {
    return {
        id: Number(j.id),
        name: String(j.name ?? ""),
        attempt: Number(j.run_attempt ?? 1),
        status: String(j.status ?? ""),
        conclusion: j.conclusion ?? null,
        htmlUrl: String(j.html_url ?? ""),
        steps: Array.isArray(j.steps)
            ? j.steps.map((s) => ({
                name: String(s.name ?? ""),
                number: Number(s.number ?? 0),
                conclusion: s.conclusion ?? null,
            }))
            : [],
    };
}
function gitHubTriageSource(gh, opts) {
    const { owner, repo } = opts.repo;
    const doFetch = opts.fetch ?? fetch;
    return {
        async getRun(runId) {
            const res = await gh.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
                owner,
                repo,
                run_id: runId,
            });
            return toRunInfo(res.data);
        },
        async listJobs(runId) {
            const jobs = await paginate(gh, "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs", { owner, repo, run_id: runId, filter: "all" }, { key: "jobs", maxItems: 1000 });
            return jobs.map(toJobInfo);
        },
        async *streamLog(jobId) {
            const res = await gh.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", {
                owner,
                repo,
                job_id: jobId,
                request: { redirect: "manual" },
            });
            const location = res.headers.location;
            if (typeof location !== "string") {
                // a client that followed the redirect itself: the body is the log
                if (typeof res.data === "string")
                    yield Buffer.from(res.data);
                else if (res.data instanceof ArrayBuffer)
                    yield new Uint8Array(res.data);
                return;
            }
            const signals = [
                AbortSignal.timeout(opts.logTimeoutMs ?? 120_000),
                ...(opts.signal ? [opts.signal] : []),
            ];
            const blob = await doFetch(location, { signal: AbortSignal.any(signals) });
            if (!blob.ok || !blob.body)
                throw new Error(`job ${jobId} log download failed: HTTP ${blob.status}`);
            for await (const chunk of blob.body)
                yield chunk;
        },
        async annotations(jobId) {
            const list = await paginate(gh, "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations", { owner, repo, check_run_id: jobId }, { maxItems: 200 });
            return list.map((a) => ({
                path: String(a.path ?? ""),
                startLine: Number(a.start_line ?? 0),
                startColumn: a.start_column ?? null,
                level: String(a.annotation_level ?? ""),
                message: String(a.message ?? ""),
                title: a.title ?? null,
            }));
        },
        async findPullRequest(run) {
            const headOwner = run.headRepository.split("/")[0] ?? "";
            const res = await gh.request("GET /repos/{owner}/{repo}/pulls", {
                owner,
                repo,
                state: "open",
                head: `${headOwner}:${run.headBranch}`,
                per_page: 100,
            });
            const prs = res.data.filter((p) => p.head?.sha === run.headSha &&
                (p.head?.repo?.full_name ?? run.headRepository) === run.headRepository);
            return prs[0] ? Number(prs[0].number) : undefined;
        },
        async listComments(issue) {
            const list = await paginate(gh, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { owner, repo, issue_number: issue }, { maxItems: 3000 });
            return list.map((c) => ({
                id: Number(c.id),
                body: String(c.body ?? ""),
                author: String(c.user?.login ?? ""),
            }));
        },
        async createComment(issue, body) {
            const res = await gh.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
                owner,
                repo,
                issue_number: issue,
                body,
            });
            return Number(res.data.id);
        },
        async updateComment(id, body) {
            await gh.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
                owner,
                repo,
                comment_id: id,
                body,
            });
        },
        async identity() {
            // GITHUB_TOKEN (an installation token) cannot call GET /user: it writes as github-actions[bot].
            if (opts.token.startsWith("ghs_"))
                return "github-actions[bot]";
            try {
                const res = await gh.request("GET /user");
                return String(res.data.login ?? "");
            }
            catch (error) {
                if (client_httpStatus(error) === 403)
                    return "github-actions[bot]";
                throw error;
            }
        },
        async recentRuns(workflowFile, branch, count) {
            const res = await gh.request("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs", {
                owner,
                repo,
                workflow_id: workflowFile,
                branch,
                status: "completed",
                per_page: Math.min(100, Math.max(1, count)),
            });
            const runs = (res.data.workflow_runs ?? []);
            return runs.slice(0, count).map(toRunInfo);
        },
        async defaultBranch() {
            const res = await gh.request("GET /repos/{owner}/{repo}", { owner, repo });
            return String(res.data.default_branch ?? "main");
        },
        async rerunFailedJobs(runId) {
            await gh.request("POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", {
                owner,
                repo,
                run_id: runId,
            });
        },
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// actions/ci-triage: inputs → the triage of one workflow run (ops-core) → summary, annotations, one sticky
// PR comment, outputs; all inside runAction. The logic lives in @ops/core/triage; this file only wires it.









function readInputs(ctx) {
    const token = ctx.inputs.required("token", "a GitHub token (the default is github.token)");
    ctx.setSecret(token);
    return Object.freeze({
        token,
        runId: ctx.inputs.integer("run-id", { min: 1 }),
        workflows: ctx.inputs.list("workflows"),
        comment: ctx.inputs.boolean("comment", true),
        annotations: ctx.inputs.boolean("annotations", true),
        rerun: ctx.inputs.enum("rerun", ["never", "flaky", "infrastructure"], "never"),
        concurrency: ctx.inputs.integer("concurrency", { fallback: 4, min: 1, max: 16 }),
        flakyHistory: ctx.inputs.integer("flaky-history", { fallback: 0, min: 0, max: 50 }),
        readTestReports: ctx.inputs.boolean("read-test-reports", true),
        testReportArtifacts: patternsInput(ctx),
    });
}
function patternsInput(ctx) {
    try {
        return reportPatterns(ctx.inputs.list("test-report-artifacts"));
    }
    catch (error) {
        throw new ConfigurationError(`${ctx.inputs.label("test-report-artifacts")}: ${error instanceof Error ? error.message : String(error)}`, { input: "test-report-artifacts" });
    }
}
function readEvent(ctx) {
    if (!ctx.run.eventPath)
        return {};
    try {
        const event = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(ctx.run.eventPath, "utf8"));
        const branch = event.repository?.default_branch;
        return {
            ...(event.workflow_run ? { run: toRunInfo(event.workflow_run) } : {}),
            ...(typeof branch === "string" && branch !== "" ? { defaultBranch: branch } : {}),
        };
    }
    catch {
        return {};
    }
}
function selected(run, workflows) {
    if (workflows.length === 0)
        return true;
    const file = run.path.split("/").pop() ?? "";
    return workflows.some((w) => w === run.name || w === file || w === run.path);
}
function run() {
    return runAction("ci-triage", async (ctx) => {
        const inputs = readInputs(ctx);
        const event = readEvent(ctx);
        const fromEvent = inputs.runId === undefined ? event.run : undefined;
        const runId = inputs.runId ?? fromEvent?.id;
        if (runId === undefined)
            throw new ConfigurationError("no run to triage: give `run-id`, or trigger on `workflow_run`", {
                input: "run-id",
            });
        if (fromEvent && !selected(fromEvent, inputs.workflows)) {
            ctx.logger.info(`workflow ${fromEvent.name} (${fromEvent.path}) is not in \`workflows\`: nothing to do`);
            ctx.setOutput("categories", "");
            return undefined;
        }
        if (fromEvent && fromEvent.conclusion === "success") {
            ctx.logger.info(`run ${fromEvent.id} succeeded: nothing to triage`);
            ctx.setOutput("categories", "");
            return undefined;
        }
        const gh = await createGitHub({
            token: inputs.token,
            apiUrl: ctx.run.apiUrl,
            signal: ctx.signal,
            setSecret: ctx.setSecret,
            userAgent: "runbook-ops/ci-triage",
        });
        const repo = parseRepo(ctx.run.repository);
        const source = gitHubTriageSource(gh, { repo, token: inputs.token, signal: ctx.signal });
        const reports = inputs.readTestReports
            ? gitHubTestReportSource(gh, repo, { signal: ctx.signal })
            : undefined;
        const report = await ctx.logger.group(`Triage of run ${runId}`, () => triageRun({
            runId,
            ...(fromEvent ? { run: fromEvent } : {}),
            concurrency: inputs.concurrency,
            rerun: inputs.rerun,
            comment: inputs.comment,
            flakyHistory: inputs.flakyHistory,
            ...(event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}),
            ...(inputs.readTestReports ? { testReports: { patterns: inputs.testReportArtifacts } } : {}),
        }, source, reports));
        for (const f of report.failed) {
            ctx.logger.info(`${f.job.name}: ${f.result.category} — ${f.result.summary}`);
            for (const t of f.testReports)
                ctx.logger.info(`${f.job.name}: tests from the JUnit report in artifact ${t.artifact} (${t.files.join(", ")})`);
        }
        for (const n of report.notes)
            ctx.logger.info(n);
        for (const c of report.cancelled)
            ctx.logger.info(`${c.name}: cancelled (not analysed)`);
        if (inputs.annotations) {
            for (const a of annotationsFor(report)) {
                const where = {
                    title: a.title,
                    file: a.file,
                    startLine: a.line,
                    ...(a.column ? { startColumn: a.column } : {}),
                };
                if (a.level === "error")
                    ctx.logger.error(a.message, where);
                else
                    ctx.logger.warning(a.message, where);
            }
        }
        if (report.comment)
            ctx.logger.info(`PR #${report.pullRequest}: comment ${report.comment.action}`);
        ctx.setOutput("categories", report.categories.join(","));
        ctx.setOutput("report", reportJson(report));
        ctx.setSummary(renderSummary(report));
        return undefined;
    });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

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
