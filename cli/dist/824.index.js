export const id = 824;
export const ids = [824,110];
export const modules = {

/***/ 9508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ checklist),
/* harmony export */   IY: () => (/* binding */ timelineChart),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   WK: () => (/* binding */ fitSections),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports statusIcon, sections */
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8291);
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
            ? ` — ${item.evidenceMd ? item.evidence : (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(item.evidence)}`
            : item.ok === undefined
                ? " — not checked"
                : "";
        return `- ${box} ${mark}${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(item.label)}${evidence}`;
    });
    return `### ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(title)}\n\n${rows.join("\n")}`;
}
/** A table of already-safe Markdown cells (build cells with mdText/mdCode). */
function table(headers, rows) {
    if (rows.length === 0)
        return "";
    const head = `| ${headers.map(_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC).join(" | ")} |`;
    const rule = `| ${headers.map(() => "---").join(" | ")} |`;
    const body = rows.map((r) => `| ${r.map((c) => c.replace(/\r?\n/g, "<br>")).join(" | ")} |`);
    return [head, rule, ...body].join("\n");
}
/** A collapsed section; `body` is already-safe Markdown. */
function details(summary, body, open = false) {
    return `<details${open ? " open" : ""}><summary>${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .htmlText */ .js)(summary)}</summary>\n\n${body}\n\n</details>`;
}
function heading(text, level = 3) {
    return `${"#".repeat(level)} ${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(text)}`;
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

/***/ 6824:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _state_lock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3600);
/* harmony import */ var _state_common_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2110);
// `ops lock status|release|take`: the deploy lock. `release` frees a lock a person took by hand;
// `release --force` frees any lock (a run's too), recording the old owner in the audit stream; `take`
// holds it by hand for maintenance (deploys refuse at once instead of waiting).



const HELP = `usage: ops lock status|release|take [options]

  status            who holds the deploy lock, since when, for how long still
  release           free a lock taken by hand (needs --reason; recorded in the audit stream)
  release --force   free the lock whoever holds it, a live run included (needs --reason; recorded)
  take              hold the lock by hand for maintenance (needs --reason; --ttl, default 1h)

${_state_common_js__WEBPACK_IMPORTED_MODULE_2__.COMMON_HELP}`;
async function run(argv, io) {
    return (0,_state_common_js__WEBPACK_IMPORTED_MODULE_2__.runStateCommand)(argv, io, {
        name: "lock",
        help: HELP,
        subcommands: ["status", "release", "take"],
        defaultSub: "status",
        options: { force: { type: "boolean" }, ttl: { type: "string" } },
    }, async (cmd) => {
        if (cmd.sub === "status") {
            const info = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockStatus */ .oj)(await cmd.client());
            cmd.print(info, `${(0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(info).join("\n")}\n`);
            return 0;
        }
        if (cmd.sub === "take") {
            const ttlMs = cmd.args.inputs.duration("ttl", {
                fallback: 3_600_000,
                min: 1_000,
                max: 7 * 86_400_000,
            });
            const reason = cmd.reason();
            const { taken, info } = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .takeManualLock */ .J$)(await cmd.client(), { ...cmd.actor, reason }, ttlMs);
            if (!taken)
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ("the deploy lock is already held", (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(info));
            cmd.print({ taken, lock: info }, `deploy lock taken by hand\n${(0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(info).join("\n")}\n`);
            return 0;
        }
        const reason = cmd.reason();
        const client = await cmd.client();
        const current = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockStatus */ .oj)(client);
        if (!current.held) {
            cmd.print({ released: false, previous: current }, "the deploy lock is free: nothing to release\n");
            return 0;
        }
        if (!current.manual && cmd.args.values.force !== true) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ("the deploy lock belongs to a run (which may still be alive): add --force to release it anyway", (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(current));
        }
        if (cmd.args.values.force !== true) {
            // Compare-and-delete in one script: never a check here and a delete later.
            const r = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseLockIfUnchanged */ .xz)(client, { ...cmd.actor, reason }, current.raw ?? "");
            if (!r.released) {
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ("the deploy lock changed hands while releasing it: nothing was released", (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockStatus */ .oj)(client)));
            }
            cmd.print({ released: true, previous: current, auditId: r.auditId }, `deploy lock released (audit ${r.auditId})\nwas: ${(0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(current).join("; ")}\n`);
            return 0;
        }
        const result = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .forceReleaseLock */ .cy)(client, { ...cmd.actor, reason });
        cmd.print(result, result.released
            ? `deploy lock released (audit ${result.auditId})\nwas: ${(0,_state_lock_js__WEBPACK_IMPORTED_MODULE_1__/* .lockEvidence */ .jq)(result.previous).join("; ")}\n`
            : "the deploy lock was already free\n");
        return 0;
    });
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
/* harmony import */ var _state_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3241);
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
            open = await (0,_state_client_js__WEBPACK_IMPORTED_MODULE_4__.openState)(url, { keyPrefix: prefix, prefixInput: "--prefix", input: "--redis-url" });
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

/***/ 3241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ renderAuditText),
/* harmony export */   _c: () => (/* binding */ renderStatusText),
/* harmony export */   gM: () => (/* binding */ renderChangeText),
/* harmony export */   mE: () => (/* binding */ stateJson),
/* harmony export */   rk: () => (/* binding */ readStatus)
/* harmony export */ });
/* unused harmony exports breakerIcon, killSwitchIcon, stateTable, changeTable, auditTable, lockSection, cancelOrdersSection, recoveryQuestionsSection, renderSummary */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _action_safe_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8291);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9508);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6264);
/* harmony import */ var _breaker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(775);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3600);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1202);
// What a state operation shows: a status snapshot (state, lock, audit tail), as JSON for outputs and
// scripts, as Markdown for the job summary, and as plain lines for a terminal. Pure renderers; all text
// read from Redis is untrusted and escaped.







/** The state, the lock and the newest `auditCount` audit entries. */
async function readStatus(client, auditCount = 10) {
    const state = await (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readState */ .un)(client);
    const errors = [];
    let lock = null;
    let audit = [];
    try {
        lock = await (0,_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .lockStatus */ .oj)(client);
    }
    catch (error) {
        errors.push(`lock: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    }
    try {
        audit = auditCount > 0 ? await (0,_audit_js__WEBPACK_IMPORTED_MODULE_3__/* .listAudit */ ._u)(client, auditCount) : [];
    }
    catch (error) {
        errors.push(`audit: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
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
        lines.push(`deploy lock:  ${status.lock.held ? (0,_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .lockEvidence */ .jq)(status.lock).join("; ") : "free"}`);
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


/***/ })

};
