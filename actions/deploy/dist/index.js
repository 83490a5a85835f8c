import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7988);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../../packages/ops-core/dist/action/errors.js
var errors = __nccwpck_require__(2235);
// EXTERNAL MODULE: ../../packages/ops-core/dist/action/inputs.js
var action_inputs = __nccwpck_require__(165);
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
function escapeHtml(text) {
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
function summary_headline(status, title, detail) {
    return `## ${ICONS[status]} ${safe_text_mdText(title)}${detail ? `\n\n${safe_text_mdText(detail)}` : ""}`;
}
/** A GitHub task list: `- [x]` for passed rows, `- [ ]` with ❌ for failed ones, "not checked" otherwise. */
function summary_checklist(title, items) {
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
function summary_details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
function heading(text, level = 3) {
    return `${"#".repeat(level)} ${safe_text_mdText(text)}`;
}
/** Joins sections with blank lines, dropping empty ones. */
function sections(...parts) {
    return parts.filter((p) => typeof p === "string" && p.trim() !== "").join("\n\n");
}
/**
 * Keeps a document within a byte budget: whole trailing sections are dropped first (status stays first),
 * and a visible note says what was left out.
 */
function summary_fitSections(parts, limitBytes = SUMMARY_LIMIT_BYTES - 1024) {
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
        controller.abort(new errors/* CancelledError */.cc(`the run was cancelled (${signal})`));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const ctx = {
        name,
        inputs: new action_inputs/* Inputs */.G0((0,action_inputs/* actionInputSource */.EZ)(process.env)),
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
        setFailed(`${name}: ${inertLine(failure)}`);
    // Every connection is closed above; if some library still holds a handle, do not hang the step.
    setTimeout(() => process.exit(), EXIT_BACKSTOP_MS).unref();
}
function renderError(name, kind, message, error) {
    switch (kind) {
        case "configuration":
            return `${summary_headline("failure", `${name}: configuration error`)}\n\n${safe_text_mdText(message)}\n\nFix the input in the workflow file and run again; nothing was changed.`;
        case "refusal": {
            const evidence = error instanceof errors/* RefusalError */.XQ ? error.evidence : [];
            const list = evidence.map((e) => `- ${safe_text_mdText(e)}`).join("\n");
            return `${summary_headline("refused", `${name} refused`)}\n\n${safe_text_mdText(message)}${list ? `\n\n**Evidence**\n\n${list}` : ""}`;
        }
        case "cancelled":
            return `${summary_headline("cancelled", `${name} was cancelled`)}\n\n${safe_text_mdText(message)}. Cleanup ran; see below for the state the run reached.`;
        case "transient":
            return `${summary_headline("failure", `${name} failed: a dependency did not answer`)}\n\n${safe_text_mdText(message)}\n\nThis may pass on a re-run.`;
        default:
            return `${summary_headline("failure", `${name} failed unexpectedly`)}\n\n${mdBlock(message)}`;
    }
}
async function writeSummary(errorSection, summary, logger) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const doc = summary_fitSections([errorSection, summary], SUMMARY_LIMIT_BYTES - 1024);
    if (doc.trim() === "")
        return;
    try {
        await runner_commands_summary.addRaw(doc, true).write();
    }
    catch (error) {
        logger.warning(`could not write the job summary: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ../../packages/ops-core/dist/state/connection.js
var connection = __nccwpck_require__(9565);
// EXTERNAL MODULE: ../../packages/ops-core/dist/release/adapters/state.js + 3 modules
var state = __nccwpck_require__(9789);
;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/stats.js
// Latency statistics. Pure.
/** Nearest-rank percentile (p in 0..100) of the values; undefined for none. */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
function summarizeLatency(values) {
    const round = (n) => (n === undefined ? undefined : Math.round(n * 10) / 10);
    return {
        samples: values.length,
        p50Ms: round(percentile(values, 50)),
        p95Ms: round(percentile(values, 95)),
        minMs: round(values.length ? Math.min(...values) : undefined),
        maxMs: round(values.length ? Math.max(...values) : undefined),
    };
}
/** At most `max` characters of the END of a text (log tails), saying how much was cut. Pure. */
function keepEnd(text, max) {
    if (text.length <= max)
        return text;
    const cut = text.length - max;
    const rest = text.slice(cut);
    const nl = rest.indexOf("\n");
    const clean = nl >= 0 && nl < 200 ? rest.slice(nl + 1) : rest;
    return `… ${text.length - clean.length} earlier characters not shown\n${clean}`;
}

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
function compareWithBaseline(current, baseline, toleranceMs) {
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
function parseBaseline(text) {
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/expect.js
// What a healthy answer looks like: the status codes allowed and `key=value` conditions on the JSON body
// (dotted paths into objects, numeric segments into arrays). Pure.
/** Parses `200`, `200,204`, `2xx`, `200 204`; undefined when the text is not that. */
function parseStatusExpectation(text) {
    const parts = text
        .split(/[\s,]+/)
        .map((p) => p.trim())
        .filter(Boolean);
    if (parts.length === 0)
        return undefined;
    const codes = [];
    const classes = [];
    for (const p of parts) {
        if (/^[1-5]xx$/i.test(p))
            classes.push(Number(p[0]));
        else if (/^[1-5]\d\d$/.test(p))
            codes.push(Number(p));
        else
            return undefined;
    }
    return { codes, classes, text: parts.join(", ") };
}
function statusMatches(status, expect) {
    return expect.codes.includes(status) || expect.classes.includes(Math.floor(status / 100));
}
/** `status=ok` → {path: "status", value: "ok"}; undefined when there is no `=` or no path. */
function parseJsonCondition(text) {
    const eq = text.indexOf("=");
    if (eq <= 0)
        return undefined;
    const path = text.slice(0, eq).trim();
    if (path === "" || path.split(".").some((s) => s === ""))
        return undefined;
    return { path, value: text.slice(eq + 1).trim() };
}
/** The value at a dotted path, or `undefined` when the path does not exist. */
function valueAt(root, path) {
    let node = root;
    for (const segment of path.split(".")) {
        if (Array.isArray(node) && /^\d+$/.test(segment))
            node = node[Number(segment)];
        else if (node !== null && typeof node === "object" && Object.hasOwn(node, segment)) {
            node = node[segment];
        }
        else
            return undefined;
    }
    return node;
}
/** How a JSON value compares with the text of a condition: strings as is, others as JSON (true, 3, null). */
function asText(value) {
    return typeof value === "string" ? value : JSON.stringify(value);
}
/**
 * Checks the body against every condition. Returns undefined when all hold, otherwise why not (the first
 * failing condition, with the value found, cut short: the body is untrusted).
 */
function checkJson(body, conditions) {
    if (conditions.length === 0)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return "the body is not JSON";
    }
    for (const c of conditions) {
        const found = valueAt(parsed, c.path);
        if (found === undefined)
            return `JSON has no ${c.path} (expected ${c.value})`;
        const text = asText(found);
        if (text !== c.value) {
            const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
            return `JSON ${c.path} is ${JSON.stringify(shown)}, expected ${JSON.stringify(c.value)}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/inputs.js
// The smoke options, read once into a frozen typed object: the same names for the action's inputs
// (`INPUT_EXPECT-STATUS`) and the command's options (`--expect-status`), errors naming the one at fault.




const COMPOSE_COMMANDS = ["auto", "docker compose", "docker-compose"];
const FAIL_ON = ["fail", "inconclusive", "never"];
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
        const url = (0,action_inputs/* parseUrl */.Dl)(raw, ["http:", "https:"], (allowed) => fail((0,action_inputs/* redactUrl */.BO)(line), `lines of name=url, each url ${allowed}`));
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
async function readSmokeConfig(inputs, options) {
    const fail = (name, message) => {
        throw new errors/* ConfigurationError */.j1(message, { input: name });
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
        const url = (0,action_inputs/* parseUrl */.Dl)(redisText, ["redis:", "rediss:"], (allowed) => fail("redis-url", `${label("redis-url")}: ${JSON.stringify((0,action_inputs/* redactUrl */.BO)(redisText))} is not valid; expected ${allowed}, e.g. redis://localhost:6379/0`));
        redis = {
            url: redisText,
            display: (0,action_inputs/* redactUrl */.BO)(url.toString()),
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
                fail("baseline", `${label("baseline")}: cannot read ${JSON.stringify(baselineText)} (${(0,errors/* errorMessage */.gJ)(error)}); give an earlier \`report\` as JSON or a path to a file holding it`);
            }
        }
        try {
            baseline = parseBaseline(text);
        }
        catch (error) {
            fail("baseline", `${label("baseline")}: ${isJson ? "the JSON" : JSON.stringify(baselineText)} is not a smoke report: ${(0,errors/* errorMessage */.gJ)(error)}`);
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
        reject(new errors/* TransientError */.N_(`could not run ${file}: ${why}`, { cause: error }));
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/compose/command.js
// Which compose to run: the v2 plugin (`docker compose`) or the v1 program (`docker-compose`, the form the
// runbook uses and the one Debian ships). Configurable (input `compose-command`: auto | docker compose |
// docker-compose | any argv), otherwise detected by asking each for its version.


const V2_ARGV = ["docker", "compose"];
const V1_ARGV = ["docker-compose"];
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
function parseComposeCommand(value) {
    const text = value?.trim() ?? "";
    if (text === "" || text === "auto")
        return undefined;
    const words = (0,action_inputs/* splitWords */.yM)(text);
    return words.length > 0 ? words : undefined;
}
async function probe(argv, o) {
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
async function detectCompose(options) {
    if (options.command) {
        const found = await probe(options.command, options);
        if (typeof found !== "string")
            return found;
        throw new errors/* ConfigurationError */.j1(`compose command \`${options.command.join(" ")}\` does not work: ${found}`, {
            input: "compose-command",
        });
    }
    const v2 = await probe(V2_ARGV, options);
    if (typeof v2 !== "string")
        return v2;
    const v1 = await probe(V1_ARGV, options);
    if (typeof v1 !== "string")
        return v1;
    if (/timed out/.test(v2) && /timed out/.test(v1))
        throw new errors/* TransientError */.N_(`compose did not answer: ${v2}; ${v1}`);
    throw new errors/* ConfigurationError */.j1(`no compose found: neither \`docker compose\` (${v2}) nor \`docker-compose\` (${v1}) works; install one or set compose-command`, { input: "compose-command" });
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/compose/container.js
// A container as `docker inspect` describes it — the same for compose v1 and v2 — reduced to what the
// health checks and the release engines read.
const ZERO_TIME = "0001-01-01T00:00:00Z";
/** One `docker inspect` entry → ContainerInfo. Pure. */
function containerFromInspect(entry) {
    const name = (entry.Name ?? entry.Id).replace(/^\//, "");
    const labels = entry.Config?.Labels ?? {};
    const health = entry.State?.Health?.Status;
    const log = entry.State?.Health?.Log ?? [];
    const time = (t) => (t && t !== ZERO_TIME ? t : undefined);
    const lastLog = log.at(-1)?.Output;
    return {
        service: labels["com.docker.compose.service"] ?? name,
        id: entry.Id,
        name,
        project: labels["com.docker.compose.project"],
        status: entry.State?.Status ?? "unknown",
        running: entry.State?.Running === true,
        restarting: entry.State?.Restarting === true,
        oomKilled: entry.State?.OOMKilled === true,
        exitCode: entry.State?.ExitCode ?? 0,
        health: health === "healthy" || health === "unhealthy" || health === "starting" ? health : "none",
        ...(lastLog !== undefined ? { healthLog: lastLog.trim() } : {}),
        restartCount: entry.RestartCount ?? 0,
        startedAt: time(entry.State?.StartedAt),
        finishedAt: time(entry.State?.FinishedAt),
        image: entry.Config?.Image ?? "",
        imageId: entry.Image ?? "",
    };
}
/** `docker inspect` JSON output → containers. Throws on output that is not a JSON array. Pure. */
function parseInspect(stdout) {
    const parsed = JSON.parse(stdout);
    if (!Array.isArray(parsed))
        throw new Error("docker inspect did not print a JSON array");
    return parsed.map(containerFromInspect);
}
/** Containers grouped by service, in a stable order (service name, then container name). Pure. */
function byService(containers) {
    const out = {};
    for (const c of [...containers].sort((a, b) => a.service.localeCompare(b.service) || a.name.localeCompare(b.name))) {
        const list = out[c.service] ?? [];
        list.push(c);
        out[c.service] = list;
    }
    return out;
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
function checkResult(result, what) {
    if (result.timedOut) {
        throw new errors/* TransientError */.N_(`${what} timed out after ${Math.round(result.durationMs)} ms`);
    }
    if (result.code === 0)
        return result;
    const tail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-5).join("\n");
    const message = `${what} ${result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`}${tail ? `: ${tail}` : ""}`;
    if (DAEMON_DOWN.test(result.stderr))
        throw new errors/* TransientError */.N_(message);
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
function createCompose(options) {
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
        return checkResult(result, argv.slice(0, 4).join(" "));
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
                throw new errors/* ConfigurationError */.j1("restart needs a service", { input: "service" });
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
async function imageId(o, ref) {
    const result = await docker(o, ["image", "inspect", "--format", "{{.Id}}", ref], false);
    if (result.timedOut)
        checkResult(result, "docker image inspect");
    return result.code === 0 ? result.stdout.trim() || undefined : undefined;
}
/** Which of the references (or ids) exist on the engine. */
async function imagesPresent(o, refs) {
    const found = await Promise.all(refs.map(async (ref) => [ref, await imageId(o, ref)]));
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
function splitRef(ref) {
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
        return { ref, repository, tag: splitRef(ref)[1], id, created };
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
async function pruneReleases(o, input) {
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







function composeAdapter(o) {
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
            throw new errors/* ConfigurationError */.j1(`the compose file names no \`image:\` for its services; tag them with the release version, e.g. image: app/signal:\${${o.versionVariable}}`, { input: "compose-file" });
        }
        const untagged = Object.entries(refs).filter(([, ref]) => !ref.endsWith(`:${version}`));
        if (untagged.length > 0) {
            throw new errors/* ConfigurationError */.j1(`images must be tagged by release version through \${${o.versionVariable}}: ${untagged.map(([s, r]) => `${s} → ${r}`).join(", ")}`, { input: "compose-file" });
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
            const hash = (0,external_node_crypto_.createHash)("sha256");
            for (const f of o.files.length ? o.files : ["docker-compose.yml"])
                hash.update(await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.resolve)(o.cwd, f)));
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
    const iniPath = (0,external_node_path_namespaceObject.resolve)(directory, config);
    const ini = await (0,promises_namespaceObject.readFile)(iniPath, "utf8").catch((error) => {
        throw new errors/* ConfigurationError */.j1(`cannot read ${iniPath}: is the Alembic directory right?`, {
            input: "alembic-directory",
            cause: error,
        });
    });
    const section = /^\[alembic\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(ini)?.[1] ?? "";
    const option = (name) => new RegExp(`^${name}\\s*=\\s*(.+)$`, "m").exec(section)?.[1]?.trim();
    const here = (p) => (0,external_node_path_namespaceObject.resolve)(directory, p.replaceAll("%(here)s", (0,external_node_path_namespaceObject.resolve)(directory)));
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
        throw new errors/* ConfigurationError */.j1(`${iniPath} has no script_location`, { input: "alembic-directory" });
    if (script.includes(":") && !script.startsWith("/") && !script.includes("%(here)s")) {
        throw new errors/* ConfigurationError */.j1(`script_location ${script} names a package; give a folder`, {
            input: "alembic-directory",
        });
    }
    return [(0,external_node_path_namespaceObject.join)(here(script), "versions")];
}
/** Reads every migration file of the project in `directory` (the folder holding alembic.ini). */
async function readMigrations(directory, config = "alembic.ini") {
    const out = [];
    for (const dir of await versionDirectories(directory, config)) {
        const files = (await (0,promises_namespaceObject.readdir)(dir).catch(() => []))
            .filter((f) => f.endsWith(".py") && !f.startsWith("__"))
            .sort();
        for (const f of files) {
            const path = (0,external_node_path_namespaceObject.join)(dir, f);
            const info = parseMigrationFile(path, await (0,promises_namespaceObject.readFile)(path, "utf8"));
            if (info)
                out.push(info);
        }
    }
    return out;
}
/** readMigrations + buildGraph. */
async function graph_readGraph(directory, config = "alembic.ini") {
    return buildGraph(await readMigrations(directory, config));
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
function exceptionLine(output) {
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
function createAlembic(options) {
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
            throw new errors/* ConfigurationError */.j1(`cannot run ${prefix[0]}: ${error instanceof Error ? error.message : String(error)}`, {
                input: "alembic-command",
                cause: error,
            });
        }
        if (result.timedOut)
            throw new errors/* TransientError */.N_(`alembic ${args.join(" ")} ${describeExit(result)}`);
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
            throw new AlembicFailedError(command, reason ?? exceptionLine(output), result);
        }
        if (result.code === 1 && /Traceback/.test(output)) {
            throw new MigrationError(command, parseSteps(output).at(-1), exceptionLine(output), result);
        }
        if (result.code === 2) {
            throw new errors/* ConfigurationError */.j1(`alembic ${command} was refused as bad usage: ${exceptionLine(output)}`, {
                input: "alembic-command",
            });
        }
        throw new MigrationError(command, parseSteps(output).at(-1), `${describeExit(result)}: ${exceptionLine(output)}`, result);
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
                throw new errors/* ConfigurationError */.j1("Alembic found no revisions (no head)", { input: "alembic-directory" });
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
            return createAlembic({
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
    if (/^python[\d.]*$/.test((0,external_node_path_namespaceObject.basename)(program)))
        return [program];
    if ((0,external_node_path_namespaceObject.basename)(program) !== "alembic")
        return undefined;
    const path = program.includes("/")
        ? (0,external_node_path_namespaceObject.resolve)(program)
        : await onPath(program, env.PATH ?? process.env.PATH ?? "");
    if (!path)
        return undefined;
    const handle = await (0,promises_namespaceObject.open)(path, "r").catch(() => undefined);
    if (!handle)
        return undefined;
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
        const first = buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
        const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(first);
        if (!m)
            return undefined;
        // `#!/usr/bin/env python3` → python3 (from PATH, as the shell would).
        if ((0,external_node_path_namespaceObject.basename)(m[1]) === "env" && m[2])
            return [m[2]];
        return [m[1]];
    }
    finally {
        await handle.close();
    }
}
async function onPath(program, path) {
    for (const dir of path.split(external_node_path_namespaceObject.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_namespaceObject.join)(dir, program);
        if (await (0,promises_namespaceObject.access)(candidate, promises_namespaceObject.constants.X_OK).then(() => true, () => false))
            return candidate;
    }
    return undefined;
}
// argv: alembic.ini path, JSON [{table, column}], then -x values. Prints one `OPS-ROWS <json>` line.
const SCRIPT = `
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
`;
/**
 * Counts what each operation drops, in one Python run against the project's database. Never throws:
 * an operation it cannot count comes back with `rows: undefined` and the reason.
 */
async function countDropped(operations, o) {
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
    const ini = (0,external_node_path_namespaceObject.isAbsolute)(o.config ?? "")
        ? o.config
        : (0,external_node_path_namespaceObject.resolve)(o.directory, o.config ?? "alembic.ini");
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
        failure = `the count could not run: ${(0,errors/* errorMessage */.gJ)(e)}`;
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
function alembicAdapter(o) {
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
                output: [output, (0,errors/* errorMessage */.gJ)(e)].filter(Boolean).join("\n"),
                error: (0,errors/* errorMessage */.gJ)(e),
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
function composeStackPort(options, run) {
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
function redisStatePort(url, options) {
    return {
        description: (0,action_inputs/* redactUrl */.BO)(url),
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/probe.js
// One HTTP health request: a per-request timeout, the status and JSON expectations, the latency, and an
// excerpt of the body kept as evidence (untrusted text: callers escape it wherever it is shown).

/** At most this much of a body is read and kept. */
const BODY_LIMIT = 64 * 1024;
const BODY_EXCERPT = 300;
async function probe_probe(url, expect, options) {
    const started = options.clock();
    let answer;
    try {
        answer = await options.get(url, { timeoutMs: options.timeoutMs, signal: options.signal });
    }
    catch (error) {
        return {
            ok: false,
            status: undefined,
            latencyMs: options.clock() - started,
            error: describeNetworkError(error, options.timeoutMs),
            body: undefined,
        };
    }
    const latencyMs = options.clock() - started;
    const body = answer.body.slice(0, BODY_EXCERPT);
    if (!statusMatches(answer.status, expect.status)) {
        return {
            ok: false,
            status: answer.status,
            latencyMs,
            error: `answered ${answer.status}, expected ${expect.status.text}`,
            body,
        };
    }
    const jsonProblem = checkJson(answer.body, expect.json);
    return { ok: jsonProblem === undefined, status: answer.status, latencyMs, error: jsonProblem, body };
}
/** A short, stable description of why a request got no answer. */
function describeNetworkError(error, timeoutMs) {
    if (error instanceof Error) {
        if (error.name === "TimeoutError")
            return `no answer within ${timeoutMs} ms`;
        if (error.name === "AbortError")
            return "request aborted";
        const cause = error.cause;
        if (cause instanceof Error) {
            const code = cause.code;
            if (cause.name === "TimeoutError")
                return `no answer within ${timeoutMs} ms`;
            return code ? `${code}: ${cause.message}` : cause.message;
        }
        return error.message;
    }
    return String(error);
}
/**
 * The real HTTP port, on node's fetch: no redirects followed silently (a 3xx is an answer), no caching,
 * a timeout on the whole request including the body, and at most BODY_LIMIT bytes read.
 */
const fetchGet = async (url, { timeoutMs, signal }) => {
    const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)));
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const response = await fetch(url, {
        method: "GET",
        redirect: "manual",
        signal: combined,
        headers: { accept: "application/json, text/plain;q=0.9, */*;q=0.5", "user-agent": "ops-smoke" },
        cache: "no-store",
    });
    const body = await readLimited(response, BODY_LIMIT);
    return { status: response.status, body };
};
async function readLimited(response, limit) {
    if (!response.body)
        return "";
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    try {
        while (size < limit) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(value);
            size += value.byteLength;
        }
    }
    finally {
        // Stop reading a huge body; the connection is released.
        await reader.cancel().catch(() => undefined);
    }
    return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, limit));
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
async function checkBreaker(port, options, signal) {
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
        const message = (0,errors/* errorMessage */.gJ)(error);
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/time.js
// Time as ports: the checks read a clock, wait with a sleep and draw jitter from a random source, so tests
// drive them in virtual time (see __fixtures__/fake-time.ts) and never wait on a real timer.
const realClock = () => performance.now();
const realSleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
        resolve();
        return;
    }
    const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
});
/** Full-jitter exponential backoff (AWS architecture blog): a uniform draw in [0, min(cap, base·2^n)). */
function fullJitterDelay(failures, opts, random) {
    const exp = Math.min(opts.capMs, opts.baseMs * 2 ** Math.max(0, failures - 1));
    return Math.floor(random() * exp);
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/endpoints.js
// Waits for one endpoint to be healthy: retries with exponential backoff and full jitter until the overall
// deadline, `successes` consecutive healthy answers required, then `samples` latency samples. All
// endpoints run concurrently (checkEndpoints). Time, sleep and randomness are injected.




/**
 * Probes one endpoint until it is healthy or `deadline` (a clock reading) passes, or `stop` aborts.
 */
async function checkEndpoint(endpoint, policy, deps, deadline, stop) {
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
        url: (0,action_inputs/* redactUrl */.BO)(endpoint.url),
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
        const result = await probe_probe(endpoint.url, policy.expect, {
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
    return Promise.all(endpoints.map((e) => checkEndpoint(e, policy, deps, deadline, stop)));
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/report.js
// The smoke report (action output `report`, `ops smoke --json`): `schema: 1`, the verdict and why, and the
// evidence of every check. Consumers: the summary renderer, the deploy and rollback engines, and a later
// run's `baseline`. Verdict rules are here, pure.
/** The findings behind a verdict, worst first. */
function findings(body) {
    const out = [];
    for (const e of body.endpoints) {
        if (e.verdict === "fail")
            out.push({ check: "endpoints", level: "fail", subject: e.name, text: `${e.name}: ${e.reason}` });
        if (e.verdict === "inconclusive") {
            out.push({
                check: "endpoints",
                level: "inconclusive",
                subject: e.name,
                text: `${e.name}: ${e.reason}`,
            });
        }
    }
    if (body.services.checked && body.services.verdict === "fail") {
        const failed = body.services.services.filter((s) => s.verdict === "fail");
        if (failed.length === 0)
            out.push({ check: "services", level: "fail", text: body.services.reason });
        for (const s of failed) {
            out.push({
                check: "services",
                level: "fail",
                subject: s.service,
                text: `${s.service}: ${s.problems.join("; ")}`,
            });
        }
    }
    if (body.breaker.checked) {
        if (body.breaker.verdict === "fail")
            out.push({ check: "breaker", level: "fail", text: body.breaker.reason });
        if (body.breaker.killSwitch.active === true) {
            out.push({ check: "kill-switch", level: "warn", text: "kill switch is ON: trading is stopped" });
        }
    }
    if (body.smokeTests.checked && body.smokeTests.verdict === "fail") {
        out.push({ check: "smoke-tests", level: "fail", text: body.smokeTests.reason });
    }
    if (body.degradation.checked) {
        const d = body.degradation;
        if (d.verdict === "fail")
            out.push({ check: "degradation", level: "fail", text: `latency degraded: ${d.reason}` });
        if (d.verdict === "warn")
            out.push({ check: "degradation", level: "warn", text: `latency degrading: ${d.reason}` });
        if (d.verdict === "inconclusive")
            out.push({ check: "degradation", level: "inconclusive", text: `latency comparison: ${d.reason}` });
    }
    if (body.cancelled)
        out.push({
            check: "endpoints",
            level: "inconclusive",
            text: "the run was cancelled before the checks finished",
        });
    const rank = { fail: 0, inconclusive: 1, warn: 2 };
    return out.sort((a, b) => rank[a.level] - rank[b.level]);
}
/** fail if anything failed; inconclusive if anything could not be decided; otherwise pass. */
function verdictOf(found) {
    if (found.some((f) => f.level === "fail"))
        return "fail";
    if (found.some((f) => f.level === "inconclusive"))
        return "inconclusive";
    return "pass";
}
function finishReport(body) {
    const found = findings(body);
    const verdict = verdictOf(found);
    const { startedAt, finishedAt, durationMs, cancelled, settings, ...checks } = body;
    return {
        schema: 1,
        verdict,
        healthy: verdict === "pass",
        headline: headlineOf(verdict, found, body),
        findings: found,
        startedAt,
        finishedAt,
        durationMs,
        cancelled,
        settings,
        ...checks,
    };
}
function headlineOf(verdict, found, body) {
    const blocking = found.filter((f) => f.level === verdict);
    if (verdict === "pass") {
        const parts = [];
        if (body.endpoints.length)
            parts.push(`${body.endpoints.length} endpoint(s) healthy`);
        if (body.services.checked)
            parts.push(`${body.services.services.length} service(s) running`);
        if (body.breaker.checked)
            parts.push("breaker OPEN");
        if (body.smokeTests.checked)
            parts.push("smoke tests passed");
        if (body.degradation.checked)
            parts.push("no latency degradation");
        return `Production is healthy: ${parts.join(", ")}`;
    }
    const first = blocking[0]?.text ?? "";
    const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : "";
    return verdict === "fail"
        ? `Production is NOT healthy: ${first}${more}`
        : `Could not confirm production is healthy: ${first}${more}`;
}
/** Whether the step should fail for this verdict under `fail-on`. */
function failsStep(verdict, failOn) {
    if (failOn === "never")
        return false;
    if (failOn === "inconclusive")
        return verdict !== "pass";
    return verdict === "fail";
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
function paths_shellWord(word) {
    if (/^[\w@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
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
const junit_report_JUNIT_MAX_CHARS = 32 * 1024 * 1024;
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
    if (xml.length > junit_report_JUNIT_MAX_CHARS)
        throw new JunitReportError(`larger than ${junit_report_JUNIT_MAX_CHARS / 1024 / 1024} MiB; not read`);
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
function goRun(name) {
    return name
        .split("/")
        .map((part) => `^${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)
        .join("/");
}
/**
 * The command that runs only these tests, as the tool's users type it (for display, quoted for a POSIX
 * shell, never run). Several pytest ids go on one command line; other tools get the first test.
 */
function reproduceCommand(tool, cases) {
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
            return `go test ${first.classname ? shellWord(first.classname) : "./..."} -run ${shellWord(goRun(first.name))}`;
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/junit.js
// The smoke tests' JUnit report (pytest's --junitxml, jest-junit, surefire…): counts and the failing tests.
// The XML is read by the triage's JUnit parser (../triage/junit-report.ts: fast-xml-parser, no DTD, only
// the predefined and numeric entities, bounded), so the project has one XML reader. Pure.

const JUNIT_MAX_BYTES = (/* unused pure expression or super */ null && (JUNIT_MAX_CHARS));
/** Parses JUnit XML; throws an Error saying why when it is not a readable JUnit report. */
function parseJunit(xml) {
    const r = parseJunitReport(xml);
    return {
        tests: r.tests,
        failures: r.failures,
        errors: r.errors,
        skipped: r.skipped,
        passed: r.passed,
        failed: r.problems
            .filter((p) => p.outcome === "failed" || p.outcome === "error")
            .map((p) => ({ name: p.id, kind: p.outcome === "error" ? "error" : "failure", message: p.message })),
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/health/smoke-tests.js
// The runbook's `pytest tests/e2e/test_smoke.py`: a command run without a shell, with a timeout; its exit
// code decides, and a JUnit report (when given) adds counts and the names of the failing tests.





async function runSmokeTests(policy, deps, signal) {
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
            reason: `smoke tests could not start: ${(0,errors/* errorMessage */.gJ)(error)}`,
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
            report.junitError = `${policy.junitPath}: ${(0,errors/* errorMessage */.gJ)(error)}`;
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
async function checkStack(port, policy, deps, deadline, stop) {
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
            reason: `could not read the stack: ${(0,errors/* errorMessage */.gJ)(error)}`,
            services: [],
            inspections,
            error: (0,errors/* errorMessage */.gJ)(error),
            first: first ?? [],
        };
    }
}
function describeFailures(failed) {
    return failed.map((s) => `${s.service}: ${s.problems.join("; ")}`).join(" · ");
}
/** One more look after everything else ran (the smoke tests may have crashed something). */
async function recheckStack(port, report, logLines, signal) {
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
            reason: `could not read the stack again: ${(0,errors/* errorMessage */.gJ)(error)}`,
            error: (0,errors/* errorMessage */.gJ)(error),
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
        return `(could not read the logs: ${(0,errors/* errorMessage */.gJ)(error)})`;
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
async function runSmoke(inputs, deps) {
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
function smokeAdapter(config, run, logger) {
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
                    readFile: (p) => (0,promises_namespaceObject.readFile)(p, "utf8"),
                    resolvePath: (cwd, p) => (0,external_node_path_namespaceObject.resolve)(cwd ?? process.cwd(), p),
                },
                logger,
                ...(signal ? { signal } : {}),
            });
            return healthFromSmoke(report);
        },
    };
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/record.js
// The deployment record: the versioned JSON payload of every GitHub Deployment this project creates, one
// per deploy and per rollback. A rollback trusts only what is recorded here (images, Alembic revision).
const RECORD_SCHEMA = 1;
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
    if (r.schema !== RECORD_SCHEMA)
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
        schema: RECORD_SCHEMA,
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
function faultyDescription(reason, runUrl, rolledBack = true) {
    const run = runOf(runUrl);
    return record_statusDescription(rolledBack
        ? `${FAULTY_PREFIX} rolled back by run ${run}: ${reason}`
        : `${FAULTY_PREFIX} rollback by run ${run} failed: ${reason}`);
}
const runOf = (runUrl) => runUrl.match(/\/runs\/(\d+)/)?.[1] ?? runUrl;

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/history.js
// Reading the deployment history: the effective state of a deployment, the last known good release, the
// current one, and the rollback target the user asked for.


/**
 * The latest status that says something about the release itself. `inactive` is bookkeeping (GitHub
 * and this project set it on older deployments when a newer one goes live), so it is skipped: a release
 * that was good and then replaced is still good. A later `failure` (e.g. "faulty: rolled back by …")
 * overrides an earlier `success`.
 */
function effectiveState(d) {
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
            const record = record_parseRecord(d.payload);
            const ids = record ? Object.entries(record.imageRefs) : [];
            if (record && ids.length > 0 && ids.every(([service, id]) => running[service] === id)) {
                return { deployment: d, record };
            }
        }
    }
    for (const d of newestFirst(deployments)) {
        const record = record_parseRecord(d.payload);
        if (!record)
            continue;
        const state = effectiveState(d);
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
function lastKnownGood(deployments, current) {
    const sorted = newestFirst(deployments);
    const start = current ? sorted.findIndex((d) => d.id === current.id) + 1 : 0;
    for (const d of sorted.slice(Math.max(0, start))) {
        if (current && (d.id === current.id || d.sha === current.sha))
            continue;
        if (effectiveState(d) !== "success")
            continue;
        const record = record_parseRecord(d.payload);
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
        return lastKnownGood(deployments, current);
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
    return matches.find((m) => effectiveState(m.deployment) === "success") ?? matches[0];
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/config.js
// The deploy and rollback actions' inputs, read once into frozen typed objects, and the adapters built
// from them. The actions stay thin: parse → wire → engine → outputs and summary.












async function readHost(inputs, defaultBranch) {
    const workingDirectory = (0,external_node_path_namespaceObject.resolve)(inputs.string("working-directory", "."));
    const redisUrl = inputs.optional("redis-url");
    const smoke = await readSmokeConfig(inputs, {
        readFile: (p) => (0,promises_namespaceObject.readFile)(p, "utf8"),
        resolvePath: (cwd, p) => ((0,external_node_path_namespaceObject.isAbsolute)(p) ? p : (0,external_node_path_namespaceObject.resolve)(cwd ?? process.cwd(), p)),
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
            directory: (0,external_node_path_namespaceObject.isAbsolute)(alembicDir) ? alembicDir : (0,external_node_path_namespaceObject.resolve)(workingDirectory, alembicDir),
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
async function readDeployConfig(inputs, run, defaultBranch) {
    const host = await readHost(inputs, defaultBranch);
    const sha = inputs.string("sha", run.sha);
    if (!/^[0-9a-f]{40}$/i.test(sha)) {
        throw new errors/* ConfigurationError */.j1(`input \`sha\`: ${JSON.stringify(sha.slice(0, 80))} is not a full commit sha`, { input: "sha" });
    }
    const patternText = inputs.string("log-error-pattern", "\\b(ERROR|CRITICAL|FATAL)\\b|Traceback \\(most recent call last\\)");
    let logErrorPattern;
    try {
        logErrorPattern = new RegExp(patternText);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`input \`log-error-pattern\`: not a valid regular expression (${e.message})`, { input: "log-error-pattern" });
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
        throw new errors/* ConfigurationError */.j1(`${inputs.label(missing)} is needed with ${inputs.label(missing === "metrics-url" ? "metrics-query" : "metrics-url")}: give both or neither`, { input: missing });
    }
    const increase = inputs.string("metrics-max-increase", "50%");
    const m = /^(\d+(?:\.\d+)?)%$/.exec(increase.trim());
    const pct = m ? Number(m[1]) : Number.NaN;
    if (!Number.isFinite(pct) || pct > 10_000) {
        throw new errors/* ConfigurationError */.j1(`${inputs.label("metrics-max-increase")}: ${JSON.stringify(increase.slice(0, 40))} is not a percentage such as \`50%\` (0% to 10000%)`, { input: "metrics-max-increase" });
    }
    const thresholdText = inputs.optional("metrics-threshold");
    const threshold = thresholdText === undefined ? undefined : Number(thresholdText.trim());
    if (threshold !== undefined && (thresholdText?.trim() === "" || !Number.isFinite(threshold))) {
        throw new errors/* ConfigurationError */.j1(`${inputs.label("metrics-threshold")}: ${JSON.stringify(thresholdText?.slice(0, 40))} is not a number`, { input: "metrics-threshold" });
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
    const host = await readHost(inputs, defaultBranch);
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
function wire(o) {
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
        github: (0,github/* releaseGitHubPort */.Q)({ token: o.host.token, apiUrl: o.run.apiUrl, repository: o.run.repository }),
        state: o.host.redisUrl
            ? (0,state.redisState)({
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
async function describeBackup(argv, output) {
    const path = backupPath(argv);
    if (path) {
        if (!(0,external_node_path_namespaceObject.isAbsolute)(path))
            return { command: [...argv], artefact: path, kind: "file" };
        const s = await (0,promises_namespaceObject.stat)(path).catch(() => undefined);
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
function backupLine(b) {
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
function upgradeDrops(migrations) {
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
            why = `the row count failed: ${(0,errors/* errorMessage */.gJ)(e)}`;
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
function measureDestructiveUpgrades(pending, migrations, signal) {
    return counted(upgradeDrops(pending), migrations, signal);
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
function dropVerb(operation) {
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
function describeDrop(d) {
    const t = target(d.operation);
    const what = dropVerb(d.operation);
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
function destructiveLine(d) {
    return `${d.revision} ${describeDrop(d)}`;
}
/**
 * After a downgrade that undid `undone`: what their upgrades had dropped, and what the database holds now.
 * `known` carries the counts the deploy took before the upgrade (an automatic rollback has them).
 */
async function measureDataBack(undone, known, migrations, signal) {
    const drops = upgradeDrops(undone).filter((d) => !d.operation.startsWith("delete") && !d.operation.startsWith("truncate"));
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
function describeDataBack(d) {
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/plan.js
// The rollback plan, pure: from the current release and the target's record to the database revision
// to return to, the migrations to undo (from the current code's revision graph), the images to start,
// and every reason to refuse before anything is touched.

/** `base` is Alembic's name for the empty database; we hold it as null. */
function plan_revisionLabel(rev) {
    return rev === null || rev === undefined ? "base" : rev;
}
function byRevision(graph) {
    return new Map(graph.map((m) => [m.revision, m]));
}
/** `rev` and every revision below it (following down revisions through merges). */
function plan_ancestors(graph, rev) {
    const index = byRevision(graph);
    const seen = new Set();
    const stack = rev === null ? [] : [rev];
    while (stack.length > 0) {
        const r = stack.pop();
        if (seen.has(r))
            continue;
        seen.add(r);
        for (const parent of index.get(r)?.downRevisions ?? [])
            stack.push(parent);
    }
    return seen;
}
/** Heads of the graph: revisions nobody names as a down revision. */
function graphHeads(graph) {
    const parents = new Set(graph.flatMap((m) => m.downRevisions));
    return graph.filter((m) => !parents.has(m.revision)).map((m) => m.revision);
}
/**
 * The migrations between `to` (older) and `from` (newer), newest first: the order a downgrade from
 * `from` to `to` undoes them (or an upgrade from `to` to `from` applies them, reversed).
 */
function plan_migrationsBetween(graph, from, to) {
    const index = byRevision(graph);
    if (from !== null && !index.has(from)) {
        return {
            ok: false,
            why: `revision ${from} is not in this code's migrations (check out the newer release's code)`,
        };
    }
    if (to !== null && !index.has(to)) {
        return { ok: false, why: `revision ${to} is not in this code's migrations` };
    }
    const above = plan_ancestors(graph, from);
    const below = plan_ancestors(graph, to);
    if (to !== null && !above.has(to)) {
        return {
            ok: false,
            why: `revision ${to} is not below ${plan_revisionLabel(from)}; a downgrade cannot reach it`,
        };
    }
    // Newest first: repeatedly take a revision no other remaining one depends on.
    const remaining = new Set([...above].filter((r) => !below.has(r)));
    const order = [];
    while (remaining.size > 0) {
        const dependedOn = new Set([...remaining].flatMap((r) => index.get(r)?.downRevisions ?? []).filter((p) => remaining.has(p)));
        const next = [...remaining].filter((r) => !dependedOn.has(r)).sort();
        for (const r of next) {
            remaining.delete(r);
            order.push(index.get(r));
        }
    }
    return { ok: true, migrations: order };
}
function plan_parseDbRevision(text) {
    const t = (text ?? "").trim();
    if (t === "" || t === "recorded")
        return { kind: "recorded" };
    if (t === "none")
        return { kind: "none" };
    if (t === "-1")
        return { kind: "minus-one" };
    if (t === "base")
        return { kind: "explicit", revision: null };
    return { kind: "explicit", revision: t };
}
/**
 * Resolves the revision to downgrade to. `-1` is accepted only when exactly one migration lies between
 * the recorded revision and the current one — the runbook's `downgrade -1` is wrong whenever a release
 * brought more than one — otherwise it is refused with the right revision suggested.
 */
function resolveDbRevision(spec, input) {
    const { current, recorded, graph } = input;
    switch (spec.kind) {
        case "none":
            return {
                ok: true,
                target: undefined,
                migrations: [],
                note: current !== recorded
                    ? `the database stays at ${plan_revisionLabel(current)} while the target release was recorded at ${plan_revisionLabel(recorded)}`
                    : undefined,
            };
        case "recorded":
        case "explicit": {
            const target = spec.kind === "recorded" ? recorded : spec.revision;
            if (target === current)
                return { ok: true, target, migrations: [] };
            const between = plan_migrationsBetween(graph, current, target);
            if (!between.ok)
                return { ok: false, why: between.why };
            return { ok: true, target, migrations: between.migrations };
        }
        case "minus-one": {
            const between = plan_migrationsBetween(graph, current, recorded);
            if (!between.ok)
                return { ok: false, why: `db-revision -1: ${between.why}` };
            const n = between.migrations.length;
            if (n === 1)
                return { ok: true, target: recorded, migrations: between.migrations };
            const suggestion = `db-revision: recorded (= ${plan_revisionLabel(recorded)})`;
            const why = n === 0
                ? `db-revision -1 refused: the database is already at the target's recorded revision ${plan_revisionLabel(recorded)}; -1 would undo one migration too many`
                : `db-revision -1 refused: ${n} migrations lie between the target's recorded revision ${plan_revisionLabel(recorded)} and the current ${plan_revisionLabel(current)} (${between.migrations.map((m) => m.revision).join(", ")}); -1 would undo only one`;
            return { ok: false, why, suggestion };
        }
    }
}
function plan_buildRollbackPlan(input) {
    const { target, dbOnly, graph, dbNow } = input;
    const refusals = [];
    const warnings = [];
    // A db-only rollback returns to the revision the current release started from.
    const recorded = dbOnly ? target.record.alembic.before : target.record.alembic.after;
    if (input.current.dbRevision !== dbNow) {
        warnings.push(`the database is at ${plan_revisionLabel(dbNow)} but the current release was recorded at ${plan_revisionLabel(input.current.dbRevision)}`);
    }
    const decision = resolveDbRevision(input.dbSpec, { current: dbNow, recorded, graph });
    let dbTarget;
    let migrationsToUndo = [];
    if (decision.ok) {
        dbTarget = decision.target;
        migrationsToUndo = decision.migrations;
        if (decision.note)
            warnings.push(decision.note);
    }
    else {
        refusals.push(decision.suggestion ? `${decision.why}; use ${decision.suggestion}` : decision.why);
    }
    const destructive = migrationsToUndo.flatMap((m) => m.destructiveDowngrade.map((d) => `${m.revision}: ${d}`));
    if (destructive.length > 0 && !input.confirmDestructive) {
        refusals.push(`the downgrade would drop data (${destructive.join("; ")}); set confirm-destructive: true to proceed`);
    }
    const images = { ...target.record.imageRefs };
    const missingImages = dbOnly ? [] : input.imagesPresent.missing;
    if (missingImages.length > 0) {
        refusals.push(`the target release's images are no longer on this host: ${missingImages.join(", ")} (a rollback never rebuilds)`);
    }
    if (!dbOnly && target.record.sha === input.current.sha) {
        refusals.push(`the target ${record_shortSha(target.record.sha)} is the release running now; nothing to roll back to`);
    }
    if (!dbOnly &&
        input.currentComposeHash &&
        target.record.composeFileHash &&
        input.currentComposeHash !== target.record.composeFileHash) {
        warnings.push("the compose file changed since the target release; its services are started with today's file");
    }
    return {
        current: input.current,
        target: {
            deploymentId: target.deploymentId,
            sha: target.record.sha,
            version: target.record.version,
            dbRevision: recorded,
        },
        dbOnly,
        dbTarget,
        migrationsToUndo,
        destructive,
        images,
        imageIds: { ...target.record.images },
        missingImages,
        refusals,
        warnings,
    };
}
/** The images a record says to start, as refs to check for presence. */
function plan_recordImageRefs(images) {
    return Object.values(images).map((v) => (typeof v === "string" ? v : v.ref));
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/policy.js
// The runbook's rules, pure: when a deploy's verification means "roll back at once", when it means
// "warn", and which CI checks count.
const ROLLBACK_DEGRADATION_PCT = 50;
const WARN_DEGRADATION_PCT = 20;
/**
 * Roll back at once on a failed verification, crash loops, a tripped breaker, or more than 50%
 * degradation against the baseline. An inconclusive verification is not a pass: it fails the deploy too.
 * Degradation up to 20% is noted; from 20% to 50% is a warning to investigate (the runbook leaves that
 * call to a human).
 */
function decideHealth(report) {
    const reasons = [];
    if (report.crashLooping.length > 0)
        reasons.push(`crash loop: ${report.crashLooping.join(", ")}`);
    if (report.breaker !== undefined && report.breaker !== "OPEN") {
        reasons.push(`circuit breaker is ${report.breaker}`);
    }
    const d = report.degradationPct;
    if (d !== undefined && d > ROLLBACK_DEGRADATION_PCT) {
        reasons.push(`${Math.round(d)}% degradation against the baseline (over ${ROLLBACK_DEGRADATION_PCT}%)`);
    }
    if (report.verdict === "fail")
        reasons.push("verification failed");
    if (report.verdict === "inconclusive")
        reasons.push("verification inconclusive (too few samples is never a pass)");
    if (reasons.length > 0)
        return { action: "rollback", reasons };
    if (d !== undefined && d >= WARN_DEGRADATION_PCT) {
        return {
            action: "warn",
            reasons: [
                `${Math.round(d)}% degradation against the baseline: investigate (rollback above ${ROLLBACK_DEGRADATION_PCT}%)`,
            ],
        };
    }
    if (d !== undefined && d > 0) {
        return {
            action: "ok",
            reasons: [`${Math.round(d)}% degradation (under ${WARN_DEGRADATION_PCT}%: keep watching)`],
        };
    }
    return { action: "ok", reasons: [] };
}
/**
 * CI on a commit from its check runs and statuses, ignoring the deploy workflow's own checks. With
 * required names, each must be present and green (a missing one is pending); without, every check counts
 * and at least one must exist.
 */
function ciVerdict(checks, opts) {
    const ignored = (name) => opts.ignore.some((i) => i === name || (i.endsWith("*") && name.startsWith(i.slice(0, -1))));
    const relevant = checks.filter((c) => !ignored(c.name));
    // Several results for one name (re-runs): a failure anywhere is not hidden by a pending one.
    const byName = new Map();
    for (const c of relevant) {
        const prev = byName.get(c.name);
        const rank = (s) => s === "failure" ? 3 : s === "pending" ? 2 : s === undefined ? 0 : 1;
        if (rank(c.state) > rank(prev))
            byName.set(c.name, c.state);
    }
    const names = opts.required.length > 0 ? opts.required : [...byName.keys()];
    const failing = [];
    const pending = [];
    const missing = [];
    const passed = [];
    for (const n of names) {
        const s = byName.get(n);
        if (s === undefined)
            missing.push(n);
        else if (s === "failure")
            failing.push(n);
        else if (s === "pending")
            pending.push(n);
        else
            passed.push(n);
    }
    if (failing.length > 0)
        return { state: "failure", failing, pending, missing, passed };
    if (pending.length > 0 || missing.length > 0 || names.length === 0) {
        return { state: "pending", failing, pending, missing, passed };
    }
    return { state: "success", failing, pending, missing, passed };
}
/** A short slug for branch names and incident file names. */
function slug(text, max = 40) {
    const s = text
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    if (s.length <= max)
        return s || "incident";
    // Cut on a word boundary when one is near, so names stay readable.
    const cut = s.slice(0, max + 1);
    const dash = cut.lastIndexOf("-");
    return (dash > max / 2 ? cut.slice(0, dash) : cut.slice(0, max)).replace(/-+$/g, "") || "incident";
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
function gateRow(id, ok, evidence) {
    return { id, label: LABELS[id], ok, evidence };
}
function gateChecklist(rows) {
    return rows.map((r) => ({ label: r.label, ok: r.ok, evidence: r.evidence }));
}
async function guarded(id, fn) {
    try {
        return await fn();
    }
    catch (e) {
        // A gate that cannot be evaluated fails closed.
        return gateRow(id, false, `could not be checked: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
}
/** Evaluates every read-only gate. Nothing here changes anything. */
async function evaluateGates(inputs, deps, deployments) {
    const { github, state, migrations, compose, clock } = deps;
    const rows = [];
    // The independent reads run at the same time; rows keep the checklist's order.
    const branchRow = guarded("branch-head", async () => {
        const head = await github.branchHead(inputs.branch);
        return head === inputs.sha
            ? gateRow("branch-head", true, `${record_shortSha(inputs.sha)} is the head of ${inputs.branch}`)
            : gateRow("branch-head", false, `the head of ${inputs.branch} is ${record_shortSha(head)}, not ${record_shortSha(inputs.sha)} (a newer commit will deploy)`);
    });
    const prRow = guarded("pr-approved", async () => {
        if (!inputs.requireApproval)
            return gateRow("pr-approved", undefined, "turned off (require-approval: false)");
        const pr = await github.pullRequestForCommit(inputs.sha);
        if (!pr)
            return gateRow("pr-approved", false, `no merged pull request brought ${record_shortSha(inputs.sha)} (pushed directly?)`);
        if (!pr.merged)
            return gateRow("pr-approved", false, `PR #${pr.number} is not merged`);
        if (pr.approvedBy.length === 0)
            return gateRow("pr-approved", false, `PR #${pr.number} has no approving review`);
        return gateRow("pr-approved", true, `PR #${pr.number} approved by ${pr.approvedBy.join(", ")}`);
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
            return gateRow("ci-green", true, `${ci.passed.length} check(s) green${waited > 0 ? ` after waiting ${(0,action_inputs/* formatDuration */.a3)(waited)}` : ""}: ${ci.passed.join(", ")}`);
        }
        if (ci.state === "failure")
            return gateRow("ci-green", false, `failing: ${ci.failing.join(", ")}`);
        const still = [...ci.pending, ...ci.missing.map((m) => `${m} (not reported)`)];
        return gateRow("ci-green", false, still.length > 0
            ? `still pending after ${(0,action_inputs/* formatDuration */.a3)(inputs.ciTimeoutMs)}: ${still.join(", ")}`
            : "no CI check reported on the commit");
    });
    const opRead = state
        .read()
        .catch((e) => ({ killSwitch: undefined, breaker: undefined, error: (0,errors/* errorMessage */.gJ)(e) }));
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
            return gateRow("alembic-head", false, heads.length === 0
                ? "no Alembic head found"
                : `${heads.length} heads: ${heads.join(", ")} (merge them first)`);
        }
        head = heads[0];
        dbNow = now;
        const between = plan_migrationsBetween(graph, head, now);
        if (!between.ok)
            return gateRow("alembic-head", false, `database at ${plan_revisionLabel(now)}: ${between.why}`);
        pending = [...between.migrations].reverse();
        return gateRow("alembic-head", true, `head ${head}; database at ${plan_revisionLabel(now)}; ${pending.length === 0 ? "no pending migration" : `pending: ${pending.map((m) => m.revision).join(", ")}`}`);
    });
    let rollbackTo;
    let firstDeploy = false;
    const planRow = guarded("rollback-plan", async () => {
        rollbackTo = lastKnownGood(deployments, undefined);
        if (!rollbackTo) {
            if (deployments.length === 0) {
                firstDeploy = true;
                return gateRow("rollback-plan", true, `first deploy to ${inputs.environment}: no earlier release to return to`);
            }
            return gateRow("rollback-plan", false, `no good deployment with a record in ${inputs.environment} to return to`);
        }
        const refs = plan_recordImageRefs(rollbackTo.record.imageRefs);
        const { missing } = await compose.imagesPresent(refs);
        if (missing.length > 0) {
            return gateRow("rollback-plan", false, `last good ${record_shortSha(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}) but its images are gone: ${missing.join(", ")}`);
        }
        return gateRow("rollback-plan", true, `last good ${record_shortSha(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}), images present, database revision ${plan_revisionLabel(rollbackTo.record.alembic.after)}`);
    });
    rows.push(await branchRow, await prRow, await ciRow);
    const op = await opRead;
    if (op.error) {
        rows.push(gateRow("kill-switch", false, `Redis could not be read (${op.error}): fail closed`));
        rows.push(gateRow("breaker", false, `Redis could not be read (${op.error}): fail closed`));
    }
    else {
        rows.push(op.killSwitch
            ? gateRow("kill-switch", false, "killswitch:active is true")
            : gateRow("kill-switch", true, op.killSwitch === false ? "killswitch:active is false" : "killswitch:active not set"));
        rows.push(op.breaker === "OPEN"
            ? gateRow("breaker", true, "cb:state is OPEN")
            : gateRow("breaker", false, op.breaker === undefined
                ? "cb:state is not set (only OPEN lets a deploy through)"
                : `cb:state is ${op.breaker}`));
    }
    rows.push(await alembicRow);
    rows.push(await guarded("migrations-tested", async () => {
        if (head === undefined)
            return gateRow("migrations-tested", undefined, "not reached (Alembic head unknown)");
        if (pending.length === 0)
            return gateRow("migrations-tested", true, "the commit brings no migration");
        const check = checksSeen.filter((c) => c.name === inputs.migrationsCheck);
        if (check.some((c) => c.state === "success") && !check.some((c) => c.state === "failure")) {
            return gateRow("migrations-tested", true, `${inputs.migrationsCheck} passed on ${record_shortSha(inputs.sha)}`);
        }
        return gateRow("migrations-tested", false, check.length === 0
            ? `the commit brings ${pending.length} migration(s) but no ${inputs.migrationsCheck} check ran on it`
            : `${inputs.migrationsCheck} is ${check.map((c) => c.state).join("/")} on ${record_shortSha(inputs.sha)}`);
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
async function readMetric(config, fetchFn, signal) {
    try {
        return { value: await queryMetric(config, fetchFn, signal) };
    }
    catch (e) {
        if (signal?.aborted)
            throw e;
        return { error: (0,errors/* errorMessage */.gJ)(e) };
    }
}
const metrics_fmt = (n) => String(Math.round(n * 1e6) / 1e6);
/** The row's verdict from the two readings. Pure. */
function compareMetrics(config, before, after) {
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
function metricsRow(v) {
    return { label: "Metrics normal", ok: v.ok, evidence: v.evidence };
}

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
        out.push(...lost.map((d) => `- ⚠️ ${safe_text_mdText(describeDataBack(d))}`));
    }
    if (input.backup) {
        const b = input.backup;
        const where = b.kind === "file"
            ? `${mdCode(b.artefact)}${safe_text_mdText(backupLine(b).slice(b.artefact.length))}`
            : safe_text_mdText(backupLine(b));
        out.push("", `Backup taken before the migrations: ${where}, by ${mdCode(input.backup.command.join(" "))}${lost.length > 0 ? " — restore the dropped rows from it." : "."}`);
    }
    else if (lost.length > 0) {
        out.push("", "This run did not take the backup: the deploy that ran these migrations did (its backup-command, if one was set; see that run's summary). Restore the dropped rows from it.");
    }
    return out;
}
function incidentSlug(input) {
    return slug(`rollback-${record_shortSha(input.faulty.sha)}-${input.reason}`);
}
function incidentPath(at, slugText) {
    return `docs/INCIDENTS/${new Date(at).toISOString().slice(0, 10)}-${slugText}.md`;
}
function hotfixBranchName(slugText) {
    return `hotfix/${slugText}`;
}
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
function renderIncident(input) {
    const ok = input.outcome === "restored";
    const lines = [];
    lines.push(`# Incident: ${safe_text_mdText(input.title)}`);
    lines.push("");
    lines.push(table(["", ""], [
        ["Date", safe_text_mdText(iso(input.at))],
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
        ["Run", input.runUrl ? `[${safe_text_mdText(input.runUrl)}](${encodeURI(input.runUrl)})` : "—"],
        ["Actor", safe_text_mdText(input.actor || "unknown")],
    ]));
    lines.push("", "## Summary", "");
    lines.push(safe_text_mdText(`${ok ? "Production was rolled back" : "A rollback was attempted"} from ${record_shortSha(input.faulty.sha)} to ${record_shortSha(input.target.sha)}. ${input.stateNow}`));
    lines.push("", "## Reason", "", safe_text_mdText(input.reason));
    lines.push("", "## Timeline (UTC)", "");
    lines.push(table(["Time", "Step", "Took", "Outcome"], input.timeline.map((s) => [
        safe_text_mdText(iso(s.startMs).slice(11)),
        `${safe_text_mdText(s.name)}${s.detail ? ` — ${safe_text_mdText(truncate(s.detail, 200))}` : ""}`,
        safe_text_mdText((0,action_inputs/* formatDuration */.a3)(s.durationMs)),
        s.outcome === "ok" ? "ok" : s.outcome === "failed" ? "**failed**" : safe_text_mdText(s.outcome),
    ])) || "_no steps recorded_");
    lines.push("", "## Versions", "");
    lines.push(table(["", "Commit", "Image tag", "Deployment", "DB revision (recorded)"], [
        [
            "Faulty",
            mdCode(input.faulty.sha),
            mdCode(input.faulty.version),
            input.faulty.deploymentId !== undefined ? `#${input.faulty.deploymentId}` : "—",
            mdCode(plan_revisionLabel(input.faulty.dbRevision)),
        ],
        [
            "Restored",
            mdCode(input.target.sha),
            mdCode(input.target.version),
            input.target.deploymentId !== undefined ? `#${input.target.deploymentId}` : "—",
            mdCode(plan_revisionLabel(input.target.dbRevision)),
        ],
    ]));
    lines.push("", "## Database", "");
    const dbLine = input.dbBefore === undefined
        ? "Database revision before the rollback: unknown."
        : `Database revision before the rollback: ${plan_revisionLabel(input.dbBefore)}; after: ${input.dbAfter === undefined ? "unknown" : plan_revisionLabel(input.dbAfter)}.`;
    lines.push(safe_text_mdText(dbLine));
    if (input.migrationsUndone.length > 0) {
        lines.push("", `Migrations undone (newest first): ${input.migrationsUndone.map(mdCode).join(", ")}`);
    }
    else
        lines.push("", "No migration was undone.");
    lines.push(...dataSection(input));
    lines.push("", "## Health evidence", "");
    lines.push(input.healthEvidence.length > 0
        ? input.healthEvidence.map((e) => `- ${safe_text_mdText(e)}`).join("\n")
        : "_none collected_");
    const logServices = Object.keys(input.logs);
    if (logServices.length > 0) {
        lines.push("", "## Last log lines of failing services");
        for (const service of logServices) {
            lines.push("", `### ${safe_text_mdText(service)}`, "", mdBlock(tailLines(input.logs[service] ?? "", 40)));
        }
    }
    lines.push("", "## Post-rollback actions", "");
    lines.push(`- [${input.notified ? "x" : " "}] Notify the team${input.notified === undefined ? " (no webhook configured: do it by hand)" : ""}`, `- [${input.hotfixBranchCreated ? "x" : " "}] Hotfix branch ${mdCode(input.hotfixBranch)}${input.hotfixBranchCreated ? " created at the faulty commit" : ` — create it: <code>git checkout -b ${safe_text_mdText(input.hotfixBranch)} ${safe_text_mdText(record_shortSha(input.faulty.sha))}</code>`}`, "- [ ] Reproduce the failure and test the hotfix (migrations: upgrade, downgrade, upgrade on a scratch database)", "- [ ] Turn the kill switch off and reset the circuit breaker once the fix is verified", "- [ ] Update the runbooks with what this incident taught");
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
            this.logger?.info(`✔ ${name} (${(0,action_inputs/* formatDuration */.a3)(this.clock.now() - startMs)})`);
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
            this.logger?.warning(`✘ ${name} (${(0,action_inputs/* formatDuration */.a3)(this.clock.now() - startMs)}): ${(0,errors/* errorMessage */.gJ)(error)}`);
            this.steps.push({
                name,
                startMs,
                durationMs: this.clock.now() - startMs,
                outcome: "failed",
                detail: (0,errors/* errorMessage */.gJ)(error),
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
        throw signal.reason instanceof Error ? signal.reason : new errors/* CancelledError */.cc();
    }
}
/** Executes a plan the caller has checked (no refusals) while holding the deploy lock. */
async function executeRollback(plan, ctx, deps, tl) {
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
        const db = dbNow === undefined ? "the database revision is unknown" : `the database is at ${plan_revisionLabel(dbNow)}`;
        const services = plan.dbOnly
            ? `services were not restarted (still ${record_shortSha(plan.current.sha)})`
            : servicesTouched
                ? `services were restarted on ${record_shortSha(servicesOn)}`
                : `services were not touched (still running ${record_shortSha(plan.current.sha)})`;
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
            description: record_statusDescription(`rollback to ${record_shortSha(plan.target.sha)}: ${ctx.reason}`),
        }));
        deploymentId = created.id;
        deps.onDeploymentCreated?.(created.id);
        await github.setDeploymentStatus(deploymentId, {
            state: "in_progress",
            description: record_statusDescription(`rolling back from ${record_shortSha(plan.current.sha)}`),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        });
        if (plan.dbTarget !== undefined && plan.migrationsToUndo.length > 0) {
            throwIfAborted(signal);
            const target = plan_revisionLabel(plan.dbTarget);
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
                rows.dbEvidence = `downgrade failed; database at ${dbNow === undefined ? "unknown" : plan_revisionLabel(dbNow)}`;
                throw e;
            });
            logger.debug(result.output);
            dbNow = await readRevision(deps);
            if (dbNow !== plan.dbTarget) {
                rows.db = false;
                rows.dbEvidence = `alembic current is ${dbNow === undefined ? "unknown" : plan_revisionLabel(dbNow)}, expected ${target}`;
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
                    ? `left at ${plan_revisionLabel(dbNow)} (db-revision: none)`
                    : `already at ${plan_revisionLabel(plan.dbTarget)}; nothing to undo`;
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
            await tl.step(`start ${record_shortSha(plan.target.sha)} images (${ctx.strategy})`, async () => {
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
        cancelled = (0,errors/* errorKind */.f8)(e) === "cancelled" || signal?.aborted === true;
        error = (0,errors/* errorMessage */.gJ)(e);
        logger.error(`rollback stopped: ${error}`);
    }
    const ok = error === undefined;
    // Record the outcome whatever happened; these calls must not hide the original error.
    if (deploymentId !== undefined) {
        await bestEffort(deps, "set rollback deployment status", () => github.setDeploymentStatus(deploymentId, {
            state: ok ? "success" : cancelled ? "error" : "failure",
            description: record_statusDescription(ok
                ? `rolled back to ${record_shortSha(plan.target.sha)}`
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
        breakerTripped = await bestEffort(deps, "trip the breaker", () => state.tripBreaker(record_statusDescription(why)));
        if (breakerTripped)
            tl.mark("trip circuit breaker", "ok", why);
    }
    await bestEffort(deps, "audit", () => state.audit({
        action: ok ? "rollback" : "rollback-failed",
        reason: ctx.reason,
        detail: { from: plan.current.sha, to: plan.target.sha, db: plan_revisionLabel(dbNow), run: ctx.run.runUrl },
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
        const text = `${ok ? "Rolled back" : "ROLLBACK FAILED"} ${ctx.environment}: ${record_shortSha(plan.current.sha)} → ${record_shortSha(plan.target.sha)} by ${ctx.run.actor || "unknown"}. Why: ${ctx.reason}. ${stateNow()} Run: ${ctx.run.runUrl}`;
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
        title: `${ok ? "Rollback" : "Failed rollback"} of ${record_shortSha(plan.current.sha)} in ${ctx.environment}`,
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
            evidence: `${record_shortSha(plan.target.sha)} (deployment #${plan.target.deploymentId ?? "?"}, tag ${plan.target.version})`,
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
        deps.logger.warning(`could not read the database revision: ${(0,errors/* errorMessage */.gJ)(e)}`);
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
        deps.logger.warning(`${what} failed: ${(0,errors/* errorMessage */.gJ)(e)}`);
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
        const outcome = await executeRollback(plan, {
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
        throw signal.reason instanceof Error ? signal.reason : new errors/* CancelledError */.cc();
}
async function deploy(inputs, deps) {
    const { github, state, compose, migrations, smoke, clock, logger, signal } = deps;
    const tl = new timeline_Timeline(clock, logger);
    const warnings = [];
    // Leftovers of an earlier run that died: a deployment still in progress.
    const deployments = await tl.step("read deployments", () => github.listDeployments(inputs.environment));
    const leftovers = deployments
        .filter((d) => effectiveState(d) === "in_progress")
        .map((d) => `deployment #${d.id} (${record_shortSha(d.sha)}) was left ${d.statuses[0]?.state ?? "pending"} by an earlier run: ${d.statuses[0]?.description ?? ""}`.trim());
    for (const l of leftovers)
        logger.warning(`leftover: ${l}`);
    const running = await compose.runningImages().catch(() => undefined);
    const current = history_currentRelease(deployments, running);
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
        const holder = await state.lockHolder().catch((e) => `unknown (${(0,errors/* errorMessage */.gJ)(e)})`);
        rows.push(gateRow("lock", holder ? false : undefined, holder ? `held by ${holder}` : "free (not taken in a dry run)"));
        result.status = "dry-run";
        result.message =
            refused.length === 0
                ? `dry run: ${record_shortSha(inputs.sha)} would deploy (${gates.pending.length} migration(s), tag ${inputs.version})`
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
        .catch((e) => ({ acquired: false, holder: undefined, error: (0,errors/* errorMessage */.gJ)(e) })));
    if (!attempt.acquired) {
        const why = attempt.error
            ? `Redis unavailable (${attempt.error}): fail closed`
            : (attempt.holder ?? `held by another run after waiting ${(0,action_inputs/* formatDuration */.a3)(inputs.lockWaitMs)}`);
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
            description: record_statusDescription(`abandoned by an earlier run; found by ${inputs.run.runUrl}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
        })
            .catch((e) => warnings.push(`could not close leftover #${d.id}: ${(0,errors/* errorMessage */.gJ)(e)}`));
    }
    let phase = "preparing";
    let migrated = false;
    let restarted = false;
    const since = new Date(clock.now()).toISOString();
    const describe = () => {
        const db = result.dbNow === undefined ? "database revision unknown" : `database at ${plan_revisionLabel(result.dbNow)}`;
        const services = restarted
            ? `services restarted on ${record_shortSha(inputs.sha)}`
            : phase === "restart"
                ? "services in an unknown state (restart interrupted)"
                : `services untouched (still ${previousVersion ? record_shortSha(previousVersion) : "the previous release"})`;
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
            description: record_statusDescription(`deploy ${record_shortSha(inputs.sha)} by ${inputs.run.actor}`),
        }));
        result.deploymentId = created.id;
        deps.onDeploymentCreated?.(created.id);
        await github.setDeploymentStatus(created.id, {
            state: "in_progress",
            description: record_statusDescription(`deploying ${record_shortSha(inputs.sha)}`),
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
                    ? `alembic exited 0 but the database is at ${plan_revisionLabel(result.dbNow)}; head is ${plan_revisionLabel(gates.head)}`
                    : (up.error ?? errorLine(up.output));
                tl.setOutcome("alembic upgrade head", "failed", why);
                migrated = result.dbNow !== gates.dbNow;
                return await finish("failure", `migration failed: ${why}; nothing was restarted`, [
                    `The database is at ${plan_revisionLabel(result.dbNow)}; fix the migration and merge again.`,
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
            warnings.push(`could not read service logs: ${(0,errors/* errorMessage */.gJ)(e)}`);
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
            description: record_statusDescription(`deployed ${record_shortSha(inputs.sha)}; database at ${plan_revisionLabel(result.dbNow)}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
        });
        // Earlier deployments of the environment marked inactive explicitly.
        for (const d of deployments) {
            if (d.statuses[0]?.state === "success") {
                await github
                    .setDeploymentStatus(d.id, {
                    state: "inactive",
                    description: record_statusDescription(`replaced by ${record_shortSha(inputs.sha)}`),
                    logUrl: inputs.run.runUrl,
                    environment: inputs.environment,
                })
                    .catch((e) => warnings.push(`could not mark #${d.id} inactive: ${(0,errors/* errorMessage */.gJ)(e)}`));
            }
        }
        await tl
            .step("prune old release images", () => compose.pruneReleases(inputs.keepReleases, [
            inputs.version,
            ...(previousVersion ? [previousVersion] : []),
        ]))
            .catch((e) => warnings.push(`pruning old images failed: ${(0,errors/* errorMessage */.gJ)(e)}`));
        await state
            .audit({
            action: "deploy",
            reason: `deployed ${inputs.sha}`,
            detail: { run: inputs.run.runUrl, db: plan_revisionLabel(result.dbNow) },
        })
            .catch(() => undefined);
        return await finish(decision.action === "warn" || metricsBad ? "warning" : "success", `deployed ${record_shortSha(inputs.sha)} (tag ${inputs.version})${metricsBad ? "; metrics not normal" : ""}`, [
            ...(decision.action === "warn" ? ["Watch the dashboards: degradation is between 20% and 50%."] : []),
            ...(metricsBad
                ? [
                    `Metrics are not normal after the deploy (${result.metrics?.evidence}): investigate or roll back.`,
                ]
                : []),
        ]);
    }
    catch (e) {
        if ((0,errors/* errorKind */.f8)(e) === "cancelled" || signal?.aborted) {
            result.dbNow = await migrations.current().catch(() => undefined);
            const stateNow = describe();
            if (result.deploymentId !== undefined) {
                await github
                    .setDeploymentStatus(result.deploymentId, {
                    state: "error",
                    description: record_statusDescription(`cancelled during ${phase}: ${stateNow}`),
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
            return await failVerification([`${phase} failed: ${(0,errors/* errorMessage */.gJ)(e)}`], result.health);
        }
        result.dbNow = await migrations.current().catch(() => result.dbNow);
        return await finish("failure", `deploy failed during ${phase}: ${(0,errors/* errorMessage */.gJ)(e)}`, [
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
                description: record_statusDescription(status === "rolled-back" ? `rolled back: ${message}` : `${message}; ${result.stateNow}`),
                logUrl: inputs.run.runUrl,
                environment: inputs.environment,
            })
                .catch((err) => warnings.push(`could not set the deployment status: ${(0,errors/* errorMessage */.gJ)(err)}`));
        }
        return result;
    }
    async function failVerification(reasons, health) {
        const why = reasons.join("; ");
        if (inputs.onFailure === "stop" || !gates.rollbackTo) {
            const note = gates.rollbackTo ? "on-failure: stop" : "first deploy: no release to return to";
            return finish("failure", `verification failed (${why}); not rolled back (${note})`, [
                `The services run ${record_shortSha(inputs.sha)} unhealthy. Press Rollback or fix forward.`,
            ]);
        }
        const target = gates.rollbackTo;
        const [graph, dbNow] = await Promise.all([migrations.graph(), migrations.current().catch(() => null)]);
        const plan = plan_buildRollbackPlan({
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
        logger.warning(`verification failed (${why}); rolling back to ${record_shortSha(target.record.sha)}`);
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
            ? `verification failed (${why}); rolled back to ${record_shortSha(target.record.sha)}`
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
            evidence: `alembic current ${plan_revisionLabel(r.dbNow)}, head ${plan_revisionLabel(r.head)}${r.appliedMigrations.length ? `; applied ${r.appliedMigrations.join(", ")}` : ""}`,
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

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/render.js
// Job summaries and JSON reports for deploy and rollback, pure: status first, the runbook's checklists
// with real ticks, the plan, the timeline with durations, health evidence, next steps.








const REPORT_SCHEMA = 1;
function timelineSection(title, tl) {
    if (tl.steps.length === 0)
        return "";
    const rows = tl.steps.map((s) => [
        safe_text_mdText(new Date(s.startMs).toISOString().slice(11, 19)),
        safe_text_mdText(s.name),
        safe_text_mdText((0,action_inputs/* formatDuration */.a3)(s.durationMs)),
        s.outcome === "ok" ? "✅" : s.outcome === "failed" ? "❌" : s.outcome === "warning" ? "⚠️" : "⏭️",
        s.detail ? safe_text_mdText(s.detail.slice(0, 300)) : "",
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
    return `${heading(title)}\n\n${items.map((i) => `- ${safe_text_mdText(i)}`).join("\n")}`;
}
function renderPlan(plan) {
    const rows = [
        [
            "Release",
            `${mdCode(record_shortSha(plan.current.sha))} (#${plan.current.deploymentId ?? "?"})`,
            `${mdCode(record_shortSha(plan.target.sha))} (#${plan.target.deploymentId ?? "?"})`,
        ],
        ["Image tag", mdCode(plan.current.version), mdCode(plan.target.version)],
        [
            "Database",
            mdCode(plan_revisionLabel(plan.current.dbRevision)),
            plan.dbTarget === undefined ? "unchanged (db-revision: none)" : mdCode(plan_revisionLabel(plan.dbTarget)),
        ],
    ];
    const parts = [
        heading(plan.dbOnly ? "Plan (database only)" : "Plan"),
        table(["", "Current", "Target"], rows),
    ];
    if (plan.migrationsToUndo.length > 0) {
        parts.push(`Migrations to undo, in order: ${plan.migrationsToUndo.map((m) => `${mdCode(m.revision)}${m.destructiveDowngrade.length ? ` ⚠️ drops ${safe_text_mdText(m.destructiveDowngrade.join(", "))}` : ""}`).join(", ")}`);
        const backEmpty = upgradeDrops(plan.migrationsToUndo);
        if (backEmpty.length > 0) {
            parts.push(`⚠️ Their upgrades dropped data a downgrade cannot bring back (it comes back empty): ${backEmpty.map((d) => `${mdCode(d.revision)} ${safe_text_mdText(dropVerb(d.operation))}`).join(", ")}`);
        }
    }
    if (!plan.dbOnly) {
        parts.push(`Images to start (no rebuild): ${Object.entries(plan.images)
            .map(([s, ref]) => `${safe_text_mdText(s)} ${mdCode(ref)}`)
            .join(", ") || "none"}`);
    }
    return parts.join("\n\n");
}
/** The destructive upgrades, counted before they ran, and where the backup went. */
function destructiveSection(r) {
    const parts = [];
    if (r.destructiveUpgrades.length > 0) {
        parts.push(`**⚠️ Destructive upgrade** (rows counted before it ran):\n\n${r.destructiveUpgrades.map((d) => `- ${mdCode(d.revision)} ${safe_text_mdText(describeDrop(d))}`).join("\n")}`);
    }
    if (r.backup) {
        const b = r.backup;
        parts.push(`Backup before the migrations: ${b.kind === "file" ? `${mdCode(b.artefact)}${safe_text_mdText(backupLine(b).slice(b.artefact.length))}` : safe_text_mdText(backupLine(b))}`);
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
function renderDeploySummary(r) {
    const [status, title] = DEPLOY_STATUS[r.status];
    const leftovers = r.leftovers.length
        ? `> ⚠️ Leftover from an earlier run: ${r.leftovers.map(safe_text_mdText).join("; ")}`
        : "";
    const migrations = r.pendingMigrations.length > 0
        ? `${heading("Migrations")}\n\n${table(["Revision", "Applied"], r.pendingMigrations.map((m) => [mdCode(m), r.appliedMigrations.includes(m) ? "✅" : "—"]))}\n\nDatabase: ${mdCode(plan_revisionLabel(r.dbBefore))} → ${mdCode(r.dbNow === undefined ? "unknown" : plan_revisionLabel(r.dbNow))} (head ${mdCode(plan_revisionLabel(r.head))})${destructiveSection(r)}`
        : "";
    const health = r.health
        ? summary_details(`Health evidence (${r.health.verdict})`, r.health.evidence.map((e) => `- ${safe_text_mdText(e)}`).join("\n") || "_none_", r.status !== "success")
        : "";
    const logs = Object.entries(r.logErrors).filter(([, v]) => v.count > 0);
    const logSection = logs.length
        ? summary_details("Error lines in the service logs", logs.map(([s, v]) => `**${safe_text_mdText(s)}**: ${v.count}\n\n${mdBlock(v.samples.join("\n"))}`).join("\n\n"))
        : "";
    const rb = r.rollback;
    const rollbackPart = rb
        ? [
            summary_headline(rb.ok ? "warning" : "failure", rb.ok ? "Automatic rollback completed" : "Automatic rollback FAILED", rb.stateNow),
            renderPlan(rb.plan),
            summary_checklist("Rollback complete", rb.checklist),
            rb.incident ? summary_details("Incident report", rb.incident.markdown) : "",
        ].join("\n\n")
        : "";
    return summary_fitSections([
        summary_headline(status, `${title}: ${record_shortSha(r.version)}`, `${r.message}. ${r.stateNow}`),
        leftovers,
        list("Next steps", r.nextSteps),
        summary_checklist("Pre-deployment checklist", gateChecklist(r.gates)),
        r.complete.length ? summary_checklist("Deployment complete", r.complete) : "",
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
            dbTarget: plan.dbTarget === undefined ? "unchanged" : plan_revisionLabel(plan.dbTarget),
            migrationsToUndo: plan.migrationsToUndo.map((m) => m.revision),
            destructive: plan.destructive,
            images: plan.images,
        }
        : null;
}
const checks = (items) => items.map((c) => ({ label: c.label, ok: c.ok ?? null, evidence: c.evidence ?? null }));
const steps = (tl) => tl.steps.map((s) => ({ ...s, startedAt: new Date(s.startMs).toISOString() }));
/** The `report` output: JSON, `schema: 1`. */
function deployReport(r) {
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
            before: plan_revisionLabel(r.dbBefore),
            now: r.dbNow === undefined ? null : plan_revisionLabel(r.dbNow),
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
function renderRestartSummary(r) {
    const status = r.status === "success" ? "success" : r.status === "refused" ? "refused" : "failure";
    return summary_fitSections([
        summary_headline(status, r.status === "success" ? "Restarted" : r.status === "refused" ? "Restart refused" : "Restart FAILED", r.message),
        summary_checklist("Restart", r.checklist),
        r.health
            ? summary_details(`Health after the restart (${r.health.verdict})`, r.health.evidence.map((e) => `- ${safe_text_mdText(e)}`).join("\n") || "_none_", r.status !== "success")
            : "",
        timelineSection("Restart", r.timeline),
    ]);
}

;// CONCATENATED MODULE: ../../packages/ops-core/dist/release/restart.js
// The restart button from the runbook's service health check: restart one service (or all) through the
// same compose adapter, under the deploy lock shared with deploy and rollback, verify with the smoke core,
// and record it in the audit stream. Images do not change: this is not a release.



async function restartServices(inputs, deps) {
    const tl = new timeline_Timeline(deps.clock, deps.logger);
    const what = inputs.services?.join(", ") ?? "all services";
    const attempt = await tl.step("acquire deploy lock", () => deps.state
        .acquireLock({
        owner: inputs.run.runUrl || "restart",
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal: deps.signal,
    })
        .catch((e) => ({ acquired: false, holder: undefined, error: (0,errors/* errorMessage */.gJ)(e) })));
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
        error = (0,errors/* errorMessage */.gJ)(e);
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
        .catch((e) => deps.logger.warning(`audit failed: ${(0,errors/* errorMessage */.gJ)(e)}`));
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
        const event = JSON.parse(await (0,promises_namespaceObject.readFile)(eventPath, "utf8"));
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
/** Deploy and rollback also save the lock and the deployment for the `post:` backstop. */
function wireAction(ctx, host, kind, sha, extra = {}) {
    return wire({
        ...contextWiring(ctx),
        host,
        kind,
        sha,
        onLockAcquired: (value) => ctx.saveState("lock-value", value),
        onDeploymentCreated: (id) => ctx.saveState("deployment-id", String(id)),
        ...extra,
    });
}
async function writeIncidentFile(workspace, path, markdown) {
    const full = (0,external_node_path_namespaceObject.resolve)(workspace, path);
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(full), { recursive: true });
    await (0,promises_namespaceObject.writeFile)(full, markdown);
    return full;
}
async function deployAction(ctx) {
    maskCredentials(ctx);
    const restart = ctx.inputs.optional("restart");
    if (restart !== undefined)
        return restartAction(ctx, restart);
    const config = await readDeployConfig(ctx.inputs, ctx.run, await defaultBranch(ctx.run.eventPath));
    const deps = wireAction(ctx, config.host, "deploy", config.deploy.sha);
    const result = await deploy({ ...config.deploy, run: runInfo(ctx) }, deps);
    ctx.saveState("finished", "true");
    ctx.setOutput("status", result.status);
    ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
    ctx.setOutput("version", result.version);
    ctx.setOutput("previous-version", result.previousVersion ?? "");
    ctx.setOutput("db-revision", result.dbNow === undefined ? "" : plan_revisionLabel(result.dbNow));
    const incident = result.rollback?.incident;
    if (incident && config.host.incidentFile) {
        const full = await writeIncidentFile(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), incident.path, incident.markdown);
        ctx.setOutput("incident-path", full);
    }
    else
        ctx.setOutput("incident-path", incident?.path ?? "");
    ctx.setOutput("report", JSON.stringify(deployReport(result)));
    ctx.setSummary(renderDeploySummary(result));
    for (const w of result.warnings)
        ctx.logger.warning(w);
    ctx.logger.info(`deploy: ${result.status} — ${result.message}. ${result.stateNow}`);
    switch (result.status) {
        case "success":
        case "warning":
        case "dry-run":
            return undefined;
        case "refused":
            throw new errors/* RefusalError */.XQ(result.message, result.gates.filter((g) => g.ok === false).map((g) => `${g.label}: ${g.evidence}`));
        case "cancelled":
            throw new errors/* CancelledError */.cc(`${result.message}; ${result.stateNow.replace(/\.$/, "")}`);
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
            const released = await releaseLeftoverLock(redisUrl, ctx.inputs.string("key-prefix", ""), lockValue, ctx.logger);
            ctx.logger.warning(released
                ? "deploy post: released the deploy lock the main step left behind"
                : "deploy post: the deploy lock was already released or taken by another run");
        }
        catch (e) {
            ctx.logger.warning(`deploy post: could not release the deploy lock: ${errorMessage(e)}`);
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
                description: statusDescription("the deploy step ended without finishing (cancelled or crashed); check the host"),
                logUrl: ctx.run.runUrl,
                environment: ctx.inputs.string("environment", "production"),
            })
                .catch((e) => ctx.logger.warning(`deploy post: could not close deployment #${deploymentId}: ${errorMessage(e)}`));
        }
    }
    return undefined;
}
async function rollbackAction(ctx) {
    maskCredentials(ctx);
    const branch = await defaultBranch(ctx.run.eventPath);
    // The queue guard: engage the kill switch so no newer deploy enters the shared concurrency group.
    if (ctx.inputs.boolean("hold-deploys-only", false))
        return holdDeploys(ctx);
    const config = await readRollbackConfig(ctx.inputs, branch);
    const deps = wireAction(ctx, config.host, "rollback", ctx.run.sha, {
        ...(config.notifyWebhook ? { notifier: webhookNotifier(config.notifyWebhook) } : {}),
    });
    const result = await rollback({ ...config.rollback, run: runInfo(ctx) }, deps);
    ctx.saveState("finished", "true");
    ctx.setOutput("status", result.status);
    ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
    ctx.setOutput("version", result.plan?.target.version ?? "");
    ctx.setOutput("previous-version", result.plan?.current.version ?? "");
    ctx.setOutput("db-revision", result.dbRevisionNow === undefined ? "" : revisionLabel(result.dbRevisionNow));
    if (result.incident && config.host.incidentFile) {
        const full = await writeIncidentFile(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), result.incident.path, result.incident.markdown);
        ctx.setOutput("incident-path", full);
    }
    else
        ctx.setOutput("incident-path", result.incident?.path ?? "");
    ctx.setOutput("report", JSON.stringify(rollbackReport(result)));
    ctx.setSummary(renderRollbackSummary(result));
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
        throw new errors/* RefusalError */.XQ(result.message);
    return result.status === "success" ? undefined : { failed: result.message };
}

;// CONCATENATED MODULE: ./src/main.ts
// actions/deploy: inputs → the deploy engine (@ops/core/release) → outputs and summary, inside runAction.


function run() {
    return runAction("deploy", deployAction);
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
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   EZ: () => (/* binding */ actionInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   yM: () => (/* binding */ splitWords)
/* harmony export */ });
/* unused harmony exports optionInputSource, parseDuration */
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

/***/ 3067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ releaseGitHubPort),
/* harmony export */   githubAdapter: () => (/* binding */ githubAdapter)
/* harmony export */ });
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
  redisState: () => (/* binding */ redisState)
});

// UNUSED EXPORTS: releaseLeftoverLock

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
            client = (0,state_client/* openState */.G)(o.url, { keyPrefix: o.keyPrefix, logger: o.logger, input: "redis-url" });
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
    const client = await openState(url, { keyPrefix, logger, input: "redis-url" });
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


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ openState)
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
