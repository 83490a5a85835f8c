export const id = 475;
export const ids = [475];
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

/***/ 7475:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K8: () => (/* binding */ deployAction),
  RF: () => (/* binding */ rollbackAction)
});

// UNUSED EXPORTS: defaultBranch, deployPostAction

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/secrets.js
var secrets = __webpack_require__(3149);
// EXTERNAL MODULE: ../packages/ops-core/dist/remote/engine.js + 3 modules
var engine = __webpack_require__(3560);
// EXTERNAL MODULE: ../packages/ops-core/dist/state/connection.js
var connection = __webpack_require__(9331);
// EXTERNAL MODULE: ../packages/ops-core/dist/release/adapters/state.js
var state = __webpack_require__(2485);
// EXTERNAL MODULE: ../packages/ops-core/dist/release/config.js + 9 modules
var release_config = __webpack_require__(8209);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/inputs.js
var action_inputs = __webpack_require__(7939);
// EXTERNAL MODULE: ../packages/ops-core/dist/process/run-command.js
var run_command = __webpack_require__(5422);
// EXTERNAL MODULE: ../packages/ops-core/dist/state/lock.js
var state_lock = __webpack_require__(3600);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/accessories.js
// Accessories in the release checklists, pure: the gate (running and healthy before a deploy) and the
// row after it (still running and healthy, the same container started at the same time: untouched).
// Compose mode watches a container, swarm mode a task: the words say which.
const unitOf = (a) => a?.unit ?? "container";
const shortId = (id, unit) => id ? id.replace(/^sha256:/, "").slice(0, 12) : `no ${unit}`;
/** Why an accessory is not fit: not running, unhealthy, or its health check still starting. */
function accessoryProblem(a) {
    if (!a.containerId)
        return `no ${unitOf(a)} (start it: deploys never start or stop accessories)`;
    if (!a.running)
        return "not running (start it: deploys never start or stop accessories)";
    if (a.health === "unhealthy")
        return "unhealthy";
    if (a.health === "starting")
        return "health check still starting";
    return undefined;
}
function describe(a) {
    const health = a.health === "none" ? "running" : a.running ? `running, ${a.health}` : "stopped";
    const unit = unitOf(a);
    return `${a.service} (${a.image ?? "no image"}; ${a.why}): ${accessoryProblem(a) ?? health}${a.containerId ? `, ${unit} ${shortId(a.containerId, unit)}` : ""}`;
}
/** The gate: ok when every accessory runs healthy; undefined (not applicable) when there is none. */
function accessoriesGate(list) {
    if (list.length === 0)
        return {
            ok: undefined,
            evidence: "no accessory: every service of the compose file is part of the release",
        };
    const bad = list.filter((a) => accessoryProblem(a) !== undefined);
    return {
        ok: bad.length === 0,
        evidence: `${bad.length === 0 ? "never stopped, recreated, retagged or pruned by a release: " : ""}${list.map(describe).join("; ")}`,
    };
}
/**
 * After a deploy or rollback: each accessory still running healthy, with the same container id and start
 * time as before. `after` undefined: it could not be read.
 */
function accessoriesRow(before, after, why) {
    if (!before || before.length === 0)
        return undefined;
    const unit = unitOf(before[0]);
    const label = `Accessories untouched (same ${unit}, same start time, running and healthy)`;
    if (!after)
        return { label, ok: undefined, evidence: `could not be read after the release${why ? `: ${why}` : ""}` };
    const problems = [];
    const fine = [];
    for (const b of before) {
        const a = after.find((x) => x.service === b.service);
        if (!a) {
            problems.push(`${b.service}: gone`);
            continue;
        }
        const issue = a.containerId !== b.containerId
            ? `${unit} ${shortId(b.containerId, unit)} → ${shortId(a.containerId, unit)} (${unit === "task" ? "replaced" : "recreated"})`
            : a.startedAt !== b.startedAt
                ? `restarted (started ${b.startedAt ?? "?"} → ${a.startedAt ?? "?"})`
                : accessoryProblem(a);
        if (issue)
            problems.push(`${b.service}: ${issue}`);
        else
            fine.push(`${b.service} ${shortId(a.containerId, unit)} since ${a.startedAt ?? "?"}`);
    }
    return {
        label,
        ok: problems.length === 0,
        evidence: problems.length > 0 ? problems.join("; ") : fine.join("; "),
    };
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/backup.js
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
        if (!(0,external_node_path_.isAbsolute)(path))
            return { command: [...argv], artefact: path, kind: "file" };
        const s = await (0,promises_.stat)(path).catch(() => undefined);
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/destructive.js
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

// EXTERNAL MODULE: ../packages/ops-core/dist/release/history.js
var release_history = __webpack_require__(1535);
// EXTERNAL MODULE: ../packages/ops-core/dist/release/plan.js
var release_plan = __webpack_require__(6712);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/policy.js
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
    // The failed checks with their evidence; a cause already named above is not repeated.
    const causes = (report.causes ?? []).filter((c) => !(reasons.some((r) => r.startsWith("circuit breaker")) && c.startsWith("breaker:")) &&
        !(reasons.some((r) => r.includes("degradation")) && c.startsWith("latency degraded")));
    if (report.verdict === "fail" && (causes.length > 0 || reasons.length === 0))
        reasons.push(...(causes.length > 0 ? causes : ["verification failed"]));
    if (report.verdict === "inconclusive")
        reasons.push(`verification inconclusive${causes[0] ? `: ${causes[0]}` : ""} (too few samples is never a pass)`);
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

// EXTERNAL MODULE: ../packages/ops-core/dist/release/record.js
var release_record = __webpack_require__(8862);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/gates.js
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
    accessories: "Accessories running and healthy (deploys never touch them)",
    lock: "Deploy lock acquired",
};
function gateRow(id, ok, evidence) {
    return { id, label: LABELS[id], ok, evidence };
}
function gateChecklist(rows) {
    return rows.map((r) => ({ label: r.label, ok: r.ok, evidence: r.evidence }));
}
async function guardedGate(id, fn) {
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
    // Break glass: a gate only GitHub can answer is shown as skipped (never as passed) when it does not.
    const skip = deps.skipGates;
    const guarded = (id, fn) => skip?.ids.includes(id)
        ? Promise.resolve(gateRow(id, undefined, `skipped: ${skip.why}`))
        : guardedGate(id, fn);
    // The independent reads run at the same time; rows keep the checklist's order.
    const branchRow = guarded("branch-head", async () => {
        const head = await github.branchHead(inputs.branch);
        return head === inputs.sha
            ? gateRow("branch-head", true, `${(0,release_record/* shortSha */.Fu)(inputs.sha)} is the head of ${inputs.branch}`)
            : gateRow("branch-head", false, `the head of ${inputs.branch} is ${(0,release_record/* shortSha */.Fu)(head)}, not ${(0,release_record/* shortSha */.Fu)(inputs.sha)} (a newer commit will deploy)`);
    });
    const prRow = guarded("pr-approved", async () => {
        if (!inputs.requireApproval)
            return gateRow("pr-approved", undefined, "turned off (require-approval: false)");
        const pr = await github.pullRequestForCommit(inputs.sha);
        if (!pr)
            return gateRow("pr-approved", false, `no merged pull request brought ${(0,release_record/* shortSha */.Fu)(inputs.sha)} (pushed directly?)`);
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
        const between = (0,release_plan/* migrationsBetween */.UN)(graph, head, now);
        if (!between.ok)
            return gateRow("alembic-head", false, `database at ${(0,release_plan/* revisionLabel */.wc)(now)}: ${between.why}`);
        pending = [...between.migrations].reverse();
        return gateRow("alembic-head", true, `head ${head}; database at ${(0,release_plan/* revisionLabel */.wc)(now)}; ${pending.length === 0 ? "no pending migration" : `pending: ${pending.map((m) => m.revision).join(", ")}`}`);
    });
    let rollbackTo;
    let firstDeploy = false;
    const planRow = guarded("rollback-plan", async () => {
        rollbackTo = (0,release_history/* lastKnownGood */.zf)(deployments, undefined);
        if (!rollbackTo) {
            if (deployments.length === 0) {
                firstDeploy = true;
                return gateRow("rollback-plan", true, `first deploy to ${inputs.environment}: no earlier release to return to`);
            }
            return gateRow("rollback-plan", false, `no good deployment with a record in ${inputs.environment} to return to`);
        }
        const refs = (0,release_plan/* recordImageRefs */.dt)(rollbackTo.record.imageRefs);
        const { missing } = await compose.imagesPresent(refs);
        if (missing.length > 0) {
            return gateRow("rollback-plan", false, `last good ${(0,release_record/* shortSha */.Fu)(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}) but its images are gone: ${missing.join(", ")}`);
        }
        return gateRow("rollback-plan", true, `last good ${(0,release_record/* shortSha */.Fu)(rollbackTo.record.sha)} (#${rollbackTo.deployment.id}), images present, database revision ${(0,release_plan/* revisionLabel */.wc)(rollbackTo.record.alembic.after)}`);
    });
    let accessories;
    const accessoryRowDone = guarded("accessories", async () => {
        accessories = await compose.accessories(inputs.version);
        const gate = accessoriesGate(accessories);
        return gateRow("accessories", gate.ok, gate.evidence);
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
            return gateRow("migrations-tested", true, `${inputs.migrationsCheck} passed on ${(0,release_record/* shortSha */.Fu)(inputs.sha)}`);
        }
        return gateRow("migrations-tested", false, check.length === 0
            ? `the commit brings ${pending.length} migration(s) but no ${inputs.migrationsCheck} check ran on it`
            : `${inputs.migrationsCheck} is ${check.map((c) => c.state).join("/")} on ${(0,release_record/* shortSha */.Fu)(inputs.sha)}`);
    }));
    rows.push(await planRow);
    const accessoryRow = await accessoryRowDone;
    // Not applicable (no accessory) stays out of the checklist.
    if (accessoryRow.ok !== undefined || accessoryRow.evidence.startsWith("could not"))
        rows.push(accessoryRow);
    return { rows, dbNow, head, pending, rollbackTo, firstDeploy, ci, accessories };
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/metrics.js
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
        // `user:password@` in metrics-url goes as an Authorization header, never in the URL requested.
        const { url, authorization } = (0,secrets/* credentialsAsHeader */.is)(config.url);
        const res = await fetchFn(queryUrl(url, config.query), {
            signal: combined,
            ...(authorization ? { headers: { authorization } } : {}),
        });
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
const fmt = (n) => String(Math.round(n * 1e6) / 1e6);
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
        const was = b !== undefined ? `${fmt(b)} before, ` : "";
        return {
            ok,
            ...values,
            evidence: `${q}: ${was}${fmt(a)} after (${ok ? "at or under" : "ABOVE"} the threshold ${fmt(config.threshold)})`,
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
        evidence: `${q}: ${fmt(b)} before → ${fmt(a)} after (${change}; ${ok ? "within" : "over"} +${Math.round(config.maxIncrease * 100)}%)`,
    };
}
function metricsRow(v) {
    return { label: "Metrics normal", ok: v.ok, evidence: v.evidence };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/action/summary.js
var summary = __webpack_require__(9508);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/incident.js
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
        out.push(...lost.map((d) => `- ⚠️ ${(0,safe_text/* mdText */.bC)(describeDataBack(d))}`));
    }
    if (input.backup) {
        const b = input.backup;
        const where = b.kind === "file"
            ? `${(0,safe_text/* mdCode */.xs)(b.artefact)}${(0,safe_text/* mdText */.bC)(backupLine(b).slice(b.artefact.length))}`
            : (0,safe_text/* mdText */.bC)(backupLine(b));
        out.push("", `Backup taken before the migrations: ${where}, by ${(0,safe_text/* mdCode */.xs)(input.backup.command.join(" "))}${lost.length > 0 ? " — restore the dropped rows from it." : "."}`);
    }
    else if (lost.length > 0) {
        out.push("", "This run did not take the backup: the deploy that ran these migrations did (its backup-command, if one was set; see that run's summary). Restore the dropped rows from it.");
    }
    return out;
}
/** The post-rollback line that asks to reset what is actually tripped. */
function resetLine(tripped) {
    if (!tripped)
        return "- [ ] Turn the kill switch off and reset the circuit breaker once the fix is verified";
    const parts = [];
    if (tripped.breaker === "by-this-rollback")
        parts.push("reset the circuit breaker (this rollback tripped it: `cb:state` TRIPPED)");
    else if (tripped.breaker === "already")
        parts.push("reset the circuit breaker (`cb:state` is not OPEN)");
    if (tripped.killSwitch === true)
        parts.push("turn the kill switch off (`killswitch:active` is true)");
    else if (tripped.killSwitch === undefined)
        parts.push("check the kill switch (it could not be read)");
    if (parts.length === 0)
        return "- [x] Nothing to reset: the circuit breaker is OPEN and the kill switch is off";
    const text = parts.join(", and ");
    return `- [ ] ${text.charAt(0).toUpperCase()}${text.slice(1)} once the fix is verified`;
}
function incidentSlug(input) {
    return slug(`rollback-${(0,release_record/* shortSha */.Fu)(input.faulty.sha)}-${input.reason}`);
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
    lines.push(`# Incident: ${(0,safe_text/* mdText */.bC)(input.title)}`);
    lines.push("");
    lines.push((0,summary/* table */.tp)(["", ""], [
        ["Date", (0,safe_text/* mdText */.bC)(iso(input.at))],
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
        ["Run", input.runUrl ? `[${(0,safe_text/* mdText */.bC)(input.runUrl)}](${encodeURI(input.runUrl)})` : "—"],
        ["Actor", (0,safe_text/* mdText */.bC)(input.actor || "unknown")],
    ]));
    lines.push("", "## Summary", "");
    lines.push((0,safe_text/* mdText */.bC)(`${ok ? "Production was rolled back" : "A rollback was attempted"} from ${(0,release_record/* shortSha */.Fu)(input.faulty.sha)} to ${(0,release_record/* shortSha */.Fu)(input.target.sha)}. ${input.stateNow}`));
    lines.push("", "## Reason", "", (0,safe_text/* mdText */.bC)(input.reason));
    lines.push("", "## Timeline (UTC)", "");
    lines.push((0,summary/* table */.tp)(["Time", "Step", "Took", "Outcome"], input.timeline.map((s) => [
        (0,safe_text/* mdText */.bC)(iso(s.startMs).slice(11)),
        `${(0,safe_text/* mdText */.bC)(s.name)}${s.detail ? ` — ${(0,safe_text/* mdText */.bC)((0,safe_text/* truncate */.xv)(s.detail, 200))}` : ""}`,
        (0,safe_text/* mdText */.bC)((0,action_inputs/* formatDuration */.a3)(s.durationMs)),
        s.outcome === "ok" ? "ok" : s.outcome === "failed" ? "**failed**" : (0,safe_text/* mdText */.bC)(s.outcome),
    ])) || "_no steps recorded_");
    lines.push("", "## Versions", "");
    lines.push((0,summary/* table */.tp)(["", "Commit", "Image tag", "Deployment", "DB revision (recorded)"], [
        [
            "Faulty",
            (0,safe_text/* mdCode */.xs)(input.faulty.sha),
            (0,safe_text/* mdCode */.xs)(input.faulty.version),
            input.faulty.deploymentId !== undefined ? `#${input.faulty.deploymentId}` : "—",
            (0,safe_text/* mdCode */.xs)((0,release_plan/* revisionLabel */.wc)(input.faulty.dbRevision)),
        ],
        [
            "Restored",
            (0,safe_text/* mdCode */.xs)(input.target.sha),
            (0,safe_text/* mdCode */.xs)(input.target.version),
            input.target.deploymentId !== undefined ? `#${input.target.deploymentId}` : "—",
            (0,safe_text/* mdCode */.xs)((0,release_plan/* revisionLabel */.wc)(input.target.dbRevision)),
        ],
    ]));
    lines.push("", "## Database", "");
    const dbLine = input.dbBefore === undefined
        ? "Database revision before the rollback: unknown."
        : `Database revision before the rollback: ${(0,release_plan/* revisionLabel */.wc)(input.dbBefore)}; after: ${input.dbAfter === undefined ? "unknown" : (0,release_plan/* revisionLabel */.wc)(input.dbAfter)}.`;
    lines.push((0,safe_text/* mdText */.bC)(dbLine));
    if (input.migrationsUndone.length > 0) {
        lines.push("", `Migrations undone (newest first): ${input.migrationsUndone.map(safe_text/* mdCode */.xs).join(", ")}`);
    }
    else
        lines.push("", "No migration was undone.");
    lines.push(...dataSection(input));
    lines.push("", "## Health evidence", "");
    lines.push(input.healthEvidence.length > 0
        ? input.healthEvidence.map((e) => `- ${(0,safe_text/* mdText */.bC)(e)}`).join("\n")
        : "_none collected_");
    const logServices = Object.keys(input.logs);
    if (logServices.length > 0) {
        lines.push("", "## Last log lines of failing services");
        for (const service of logServices) {
            lines.push("", `### ${(0,safe_text/* mdText */.bC)(service)}`, "", (0,safe_text/* mdBlock */.nx)((0,safe_text/* tailLines */.os)(input.logs[service] ?? "", 40)));
        }
    }
    lines.push("", "## Post-rollback actions", "");
    lines.push(`- [${input.notified ? "x" : " "}] Notify the team${input.notified === undefined ? " (no webhook configured: do it by hand)" : ""}`, `- [${input.hotfixBranchCreated ? "x" : " "}] Hotfix branch ${(0,safe_text/* mdCode */.xs)(input.hotfixBranch)}${input.hotfixBranchCreated ? " created at the faulty commit" : ` — create it: <code>git checkout -b ${(0,safe_text/* mdText */.bC)(input.hotfixBranch)} ${(0,safe_text/* mdText */.bC)((0,release_record/* shortSha */.Fu)(input.faulty.sha))}</code>`}`, "- [ ] Reproduce the failure and test the hotfix (migrations: upgrade, downgrade, upgrade on a scratch database)", resetLine(input.tripped), "- [ ] Update the runbooks with what this incident taught");
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ../packages/ops-core/dist/release/calls.js
var calls = __webpack_require__(3290);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/timeline.js
// A run's timeline: each step with its start, duration and outcome, on an injected clock. Rendered in
// the summary (table + Mermaid chart) and the incident report. Given the run's CallLog, every child
// process and API round trip belongs to a step: the one running when it started, or a step of its own.



class Timeline {
    clock;
    logger;
    steps = [];
    running = [];
    constructor(clock, logger, calls, options = {}) {
        this.clock = clock;
        this.logger = logger;
        const now = clock.now();
        if (options.startedAtMs !== undefined && options.startedAtMs < now) {
            this.steps.push({
                name: "process start",
                startMs: options.startedAtMs,
                durationMs: now - options.startedAtMs,
                outcome: "ok",
                detail: "Node start, module load, inputs and wiring",
            });
        }
        calls?.onUnowned((c) => {
            this.steps.push({
                name: c.label,
                startMs: c.startMs,
                durationMs: c.durationMs,
                outcome: c.ok ? "ok" : "warning",
                detail: "a call outside the named steps",
            });
        });
    }
    /** Runs `fn` as a step (logged as it starts and ends); a throw marks it failed and propagates. */
    async step(name, fn, detail) {
        const startMs = this.clock.now();
        this.logger?.info(`▶ ${name}`);
        try {
            const value = await calls/* currentStep */.SY.run(name, fn);
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
    /**
     * Starts `fn` now as a step that runs beside the steps that follow (not awaited here): a prefetch of
     * what the run asks anyway, whose answers the adapters keep for the step that needs them. It never
     * throws: a failure is a `warning` step, and the step that needs the answer asks again and decides.
     */
    background(name, fn) {
        const startMs = this.clock.now();
        const done = calls/* currentStep */.SY.run(name, fn).then(() => {
            this.steps.push({ name, startMs, durationMs: this.clock.now() - startMs, outcome: "ok" });
        }, (error) => {
            this.logger?.debug(`${name}: ${(0,errors/* errorMessage */.gJ)(error)} (asked again where it is needed)`);
            this.steps.push({
                name,
                startMs,
                durationMs: this.clock.now() - startMs,
                outcome: "warning",
                detail: (0,errors/* errorMessage */.gJ)(error),
            });
        });
        this.running.push(done);
        return done;
    }
    /** Resolves when every background step has ended (they never reject). */
    async settled() {
        await Promise.all(this.running);
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/rollback.js
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
    let servicesOn = plan.current.sha;
    let versionOn = plan.current.version;
    let accessoriesError;
    let deploymentId;
    let dataBack = [];
    let health;
    let breakerTripped = false;
    let error;
    let cancelled = false;
    let lockLost;
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
    let accessoriesBefore = ctx.accessoriesBefore instanceof Promise ? undefined : ctx.accessoriesBefore;
    let accessoriesRead;
    const readAccessoriesAfter = async () => {
        if (!accessoriesBefore?.length)
            return undefined;
        return compose.accessories(versionOn).catch((e) => {
            accessoriesError = (0,errors/* errorMessage */.gJ)(e);
            return undefined;
        });
    };
    const stateNow = () => {
        const db = dbNow === undefined ? "the database revision is unknown" : `the database is at ${(0,release_plan/* revisionLabel */.wc)(dbNow)}`;
        const services = plan.dbOnly
            ? `services were not restarted (still ${(0,release_record/* shortSha */.Fu)(plan.current.sha)})`
            : servicesTouched
                ? `services were restarted on ${(0,release_record/* shortSha */.Fu)(servicesOn)}`
                : `services were not touched (still running ${(0,release_record/* shortSha */.Fu)(plan.current.sha)})`;
        return `${db}${dbTouched ? "" : " (not changed)"}; ${services}.`;
    };
    const record = {
        schema: release_record/* RECORD_SCHEMA */.ep,
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
        await ctx.lock?.check("recording the rollback deployment");
        // The target record's image ids, copied so this rollback deployment can itself be returned to.
        const created = await tl.step("record rollback deployment", () => github.createDeployment({
            sha: plan.target.sha,
            environment: ctx.environment,
            payload: record,
            description: (0,release_record/* statusDescription */.$U)(`rollback to ${(0,release_record/* shortSha */.Fu)(plan.target.sha)}: ${ctx.reason}`),
        }));
        deploymentId = created.id;
        deps.onDeploymentCreated?.(created.id);
        await github.setDeploymentStatus(deploymentId, {
            state: "in_progress",
            description: (0,release_record/* statusDescription */.$U)(`rolling back from ${(0,release_record/* shortSha */.Fu)(plan.current.sha)}`),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        });
        if (plan.dbTarget !== undefined && plan.migrationsToUndo.length > 0) {
            throwIfAborted(signal);
            const target = (0,release_plan/* revisionLabel */.wc)(plan.dbTarget);
            await ctx.lock?.check(`alembic downgrade ${target}`);
            dbTouched = true;
            const result = await tl
                .step(`alembic downgrade ${target}`, async () => {
                // Not cancellable half-way (it has a timeout): the run stops at the next step instead.
                const r = await migrations.downgrade(target);
                // The adapter's error already names the command ("alembic downgrade X failed: …" or "alembic
                // exited 0 but …"); the status must keep room for the state it left (140 characters).
                if (!r.ok)
                    throw new Error(r.error ?? `alembic downgrade ${target} failed: ${(0,run_command/* errorLine */.BP)(r.output)}`);
                return r;
            })
                .catch(async (e) => {
                dbNow = await readRevision(deps);
                rows.db = false;
                rows.dbEvidence = `downgrade failed; database at ${dbNow === undefined ? "unknown" : (0,release_plan/* revisionLabel */.wc)(dbNow)}`;
                throw e;
            });
            logger.debug(result.output);
            dbNow = await readRevision(deps);
            if (dbNow !== plan.dbTarget) {
                rows.db = false;
                rows.dbEvidence = `alembic current is ${dbNow === undefined ? "unknown" : (0,release_plan/* revisionLabel */.wc)(dbNow)}, expected ${target}`;
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
                    ? `left at ${(0,release_plan/* revisionLabel */.wc)(dbNow)} (db-revision: none)`
                    : `already at ${(0,release_plan/* revisionLabel */.wc)(plan.dbTarget)}; nothing to undo`;
        }
        if (ctx.integrityCommand) {
            throwIfAborted(signal);
            const argv = ctx.integrityCommand;
            await tl.step("integrity check", async () => {
                const r = await deps.commands.run(argv, signal);
                rows.integrity = r.ok;
                if (!r.ok)
                    throw new Error(`integrity check failed: ${(0,run_command/* errorLine */.BP)(r.output)}`);
            });
        }
        // Read beside the plan and the downgrade; known before any container is touched.
        accessoriesBefore = await ctx.accessoriesBefore;
        if (!plan.dbOnly) {
            throwIfAborted(signal);
            await ctx.lock?.check("the restart");
            servicesTouched = true;
            servicesOn = plan.target.sha;
            versionOn = plan.target.version;
            await tl.step(`start ${(0,release_record/* shortSha */.Fu)(plan.target.sha)} images (${compose.restartMode ?? ctx.strategy})`, async () => {
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
        // The accessories after the restart, read beside the verification (the rollback never touches them).
        accessoriesRead = readAccessoriesAfter();
        health = await tl.step("verify health", () => smoke.check({ signal, purpose: "rollback", version: versionOn }));
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
        if (e instanceof state_lock/* LockLostError */.yx)
            lockLost = e;
        error = (0,errors/* errorMessage */.gJ)(e);
        logger.error(`rollback stopped: ${error}`);
    }
    // A run stopped before the restart still reports the accessories (its read started with the plan).
    if (accessoriesBefore === undefined)
        accessoriesBefore = await ctx.accessoriesBefore;
    const accessoriesAfter = await (accessoriesRead ?? readAccessoriesAfter());
    const ok = error === undefined;
    // Record the outcome whatever happened; these calls must not hide the original error.
    if (deploymentId !== undefined) {
        await bestEffort(deps, "set rollback deployment status", () => github.setDeploymentStatus(deploymentId, {
            state: ok ? "success" : cancelled || lockLost ? "error" : "failure",
            description: (0,release_record/* statusDescription */.$U)(ok
                ? `rolled back to ${(0,release_record/* shortSha */.Fu)(plan.target.sha)}`
                : cancelled
                    ? `rollback cancelled: ${stateNow()}`
                    : // The cause first, then the state it left (cut at 140 characters).
                        `rollback failed: ${error}; ${stateNow()}`),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        }));
    }
    let markedFaulty = false;
    // A lost lock: another run may be changing production; no further record or state write.
    if (lockLost) {
        rows.recorded = false;
        rows.recordedEvidence = `stopped: ${lockLost.message}`;
    }
    else if (plan.current.deploymentId !== undefined && !plan.dbOnly) {
        const faultyId = ctx.faultyDeploymentId ?? plan.current.deploymentId;
        const marked = await bestEffort(deps, "mark the faulty deployment", () => github.setDeploymentStatus(faultyId, {
            state: "failure",
            description: (0,release_record/* faultyDescription */.kl)(ctx.reason, ctx.run.runUrl, ok),
            logUrl: ctx.run.runUrl,
            environment: ctx.environment,
        }));
        markedFaulty = marked;
        rows.recorded = deploymentId !== undefined && marked;
        rows.recordedEvidence = `rollback deployment #${deploymentId ?? "?"}; #${faultyId} marked faulty`;
    }
    else {
        rows.recorded = deploymentId !== undefined;
        rows.recordedEvidence = `rollback deployment #${deploymentId ?? "?"}`;
    }
    if (!lockLost && (!ok || ctx.tripBreakerOnSuccess)) {
        const why = ok ? `automatic rollback: ${ctx.reason}` : `rollback failed: ${error}`;
        breakerTripped = await bestEffort(deps, "trip the breaker", () => state.tripBreaker((0,release_record/* statusDescription */.$U)(why)));
        if (breakerTripped)
            tl.mark("trip circuit breaker", "ok", why);
    }
    if (!lockLost)
        await bestEffort(deps, "audit", () => state.audit({
            action: ok ? "rollback" : "rollback-failed",
            reason: ctx.reason,
            detail: {
                from: plan.current.sha,
                to: plan.target.sha,
                db: (0,release_plan/* revisionLabel */.wc)(dbNow),
                run: ctx.run.runUrl,
            },
        }));
    // Incident report and the post-rollback actions: it asks to reset what is tripped now.
    const now = await state.read().catch(() => undefined);
    const tripped = {
        breaker: breakerTripped
            ? "by-this-rollback"
            : now && !now.error && now.breaker !== undefined && now.breaker !== "OPEN"
                ? "already"
                : false,
        killSwitch: now && !now.error ? now.killSwitch === true : undefined,
    };
    const at = deps.clock.now();
    const slugText = incidentSlug({ reason: ctx.reason, faulty: { ...plan.current, deploymentId: undefined } });
    const hotfixBranch = hotfixBranchName(slugText);
    let hotfixCreated = false;
    if (ctx.createHotfixBranch && !cancelled) {
        hotfixCreated = await bestEffort(deps, "create the hotfix branch", () => github.createBranch(hotfixBranch, plan.current.sha));
    }
    let notified;
    if (deps.notifier && !cancelled) {
        const text = `${ok ? "Rolled back" : "ROLLBACK FAILED"} ${ctx.environment}: ${(0,release_record/* shortSha */.Fu)(plan.current.sha)} → ${(0,release_record/* shortSha */.Fu)(plan.target.sha)} by ${ctx.run.actor || "unknown"}. Why: ${ctx.reason}. ${stateNow()} Run: ${ctx.run.runUrl}`;
        const notifier = deps.notifier;
        notified = await bestEffort(deps, "notify the team", () => notifier.post(text));
    }
    const logs = {};
    const failing = [...new Set([...ctx.failingServices, ...(health?.failingServices ?? [])])];
    if (failing.length > 0) {
        await bestEffort(deps, "collect logs", async () => {
            Object.assign(logs, await compose.logs(failing, ctx.since, ctx.logTailLines, versionOn));
        });
    }
    const path = incidentPath(at, slugText);
    const markdown = renderIncident({
        at,
        title: `${ok ? "Rollback" : "Failed rollback"} of ${(0,release_record/* shortSha */.Fu)(plan.current.sha)} in ${ctx.environment}`,
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
        tripped,
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
            evidence: `${(0,release_record/* shortSha */.Fu)(plan.target.sha)} (deployment #${plan.target.deploymentId ?? "?"}, tag ${plan.target.version})`,
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
        ...[accessoriesRow(accessoriesBefore, accessoriesAfter, accessoriesError)].filter((x) => x !== undefined),
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
        ...(lockLost ? { lockLost } : {}),
        markedFaulty,
        accessoriesAfter,
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
async function rollback(inputs, deps) {
    const tl = new Timeline(deps.clock, deps.logger, deps.calls, {
        ...(deps.startedAtMs !== undefined ? { startedAtMs: deps.startedAtMs } : {}),
    });
    // What every rollback asks, read ahead beside the deployments: the compose configuration and the
    // containers (the adapter keeps them), and the database's revision (kept until a migration runs).
    void tl.background("prefetch (compose config, containers, alembic current)", () => Promise.all([deps.compose.prefetch?.(), deps.migrations.current(deps.signal)]));
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
    // compose needs a version to read the stack (`${VAR:?}`): the newest recorded release's, until the
    // running containers say which release is current.
    const newest = (0,release_history/* currentRelease */.BX)(deployments);
    const running = newest
        ? await deps.compose.runningImages(newest.record.version).catch(() => undefined)
        : undefined;
    const current = (0,release_history/* currentRelease */.BX)(deployments, running);
    if (!current)
        return refuse([`no recorded deployment in ${inputs.environment}: nothing to roll back`], undefined);
    const target = inputs.dbOnly
        ? current
        : (0,release_history/* resolveTarget */.u1)(inputs.target, deployments, { id: current.deployment.id, sha: current.record.sha });
    if (!target) {
        const what = inputs.target.kind === "last-good"
            ? `no good deployment older than the current one (#${current.deployment.id}, ${(0,release_record/* shortSha */.Fu)(current.record.sha)}) in ${inputs.environment}`
            : inputs.target.kind === "sha"
                ? `no recorded deployment of commit ${inputs.target.sha} in ${inputs.environment}`
                : `no recorded deployment #${inputs.target.id} in ${inputs.environment}`;
        return refuse([`${what}: nothing to roll back to`], undefined);
    }
    // Accessories are not a reason to refuse a rollback (it is the remedy), but they are watched: the read
    // starts with the plan and is awaited before the restart (it waits on the compose configuration, which
    // the plan does not need; the downgrade changes no container).
    const accessoriesBefore = deps.compose
        .accessories(current.record.version)
        .then((list) => {
        const gate = accessoriesGate(list);
        if (gate.ok === false)
            warnings.push(`accessories before the rollback: ${gate.evidence}`);
        return list;
    })
        .catch((e) => {
        warnings.push(`the accessories could not be read: ${(0,errors/* errorMessage */.gJ)(e)}`);
        return undefined;
    });
    const [graph, dbNow, present, composeHash] = await tl.step("plan", () => Promise.all([
        deps.migrations.graph(),
        deps.migrations.current(deps.signal),
        inputs.dbOnly
            ? Promise.resolve({ present: [], missing: [] })
            : deps.compose.imagesPresent((0,release_plan/* recordImageRefs */.dt)(target.record.imageRefs)),
        deps.compose.composeFileHash().catch(() => null),
    ]));
    const plan = (0,release_plan/* buildRollbackPlan */.aG)({
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
    if (plan.refusals.length > 0) {
        await accessoriesBefore;
        return refuse(plan.refusals, plan, dbNow);
    }
    // 2. State: the kill switch does not block a rollback; Redis down is a warning.
    const op = await deps.state
        .read()
        .catch((e) => ({ killSwitch: undefined, breaker: undefined, error: (0,errors/* errorMessage */.gJ)(e) }));
    if (op.error)
        warnings.push(`Redis could not be read (${op.error}); continuing: a rollback is the remedy`);
    else if (op.killSwitch)
        warnings.push("the kill switch is on; a rollback proceeds anyway (it is the remedy)");
    if (inputs.dryRun) {
        const [holder] = await Promise.all([deps.state.lockHolder().catch(() => undefined), accessoriesBefore]);
        if (holder)
            warnings.push(`the deploy lock is held by ${holder}; a real run would wait up to the lock timeout`);
        return {
            ...base,
            status: "dry-run",
            message: `dry run: would roll back ${(0,release_record/* shortSha */.Fu)(plan.current.sha)} → ${(0,release_record/* shortSha */.Fu)(plan.target.sha)}`,
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
        .catch((e) => ({ acquired: false, holder: undefined, error: (0,errors/* errorMessage */.gJ)(e) })));
    if (attempt.acquired)
        lock = attempt.handle;
    else if (attempt.error)
        warnings.push(`deploy lock not taken: Redis unavailable (${attempt.error}); proceeding`);
    else {
        await accessoriesBefore;
        return refuse([
            `the deploy lock is ${attempt.holder ?? `held by another run (waited ${Math.round(inputs.lockWaitMs / 1000)}s)`}`,
        ], plan, dbNow);
    }
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
            lock,
            accessoriesBefore,
        }, deps, tl);
        const status = outcome.ok ? "success" : outcome.cancelled ? "cancelled" : "failure";
        return {
            ...base,
            status,
            message: outcome.ok
                ? `rolled back ${(0,release_record/* shortSha */.Fu)(plan.current.sha)} → ${(0,release_record/* shortSha */.Fu)(plan.target.sha)}`
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/deploy.js
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
    const tl = new Timeline(clock, logger, deps.calls, {
        ...(deps.startedAtMs !== undefined ? { startedAtMs: deps.startedAtMs } : {}),
    });
    const warnings = [];
    // The restart's step name says how services are replaced: the strategy, or Swarm's update_config.
    const restartStep = `restart (${compose.restartMode ?? inputs.strategy})`;
    // What every deploy asks, read ahead beside the deployments and the gates' GitHub reads: the compose
    // configuration and the containers (kept by the adapter), the heads and the database's revision (kept
    // until a migration runs). The gates take the answers; a failure here is asked again there.
    void tl.background("prefetch (compose config, containers, alembic heads and current)", () => Promise.all([compose.prefetch?.(), migrations.heads(), migrations.current(signal)]));
    // Leftovers of an earlier run that died: a deployment still in progress.
    const deployments = await tl.step("read deployments", () => github.listDeployments(inputs.environment));
    const leftovers = deployments
        .filter((d) => (0,release_history/* effectiveState */.Jt)(d) === "in_progress")
        .map((d) => `deployment #${d.id} (${(0,release_record/* shortSha */.Fu)(d.sha)}) was left ${d.statuses[0]?.state ?? "pending"} by an earlier run: ${d.statuses[0]?.description ?? ""}`.trim());
    for (const l of leftovers)
        logger.warning(`leftover: ${l}`);
    const running = await compose.runningImages(inputs.version).catch(() => undefined);
    const current = (0,release_history/* currentRelease */.BX)(deployments, running);
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
        accessories: { before: gates.accessories, after: undefined },
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
                ? `dry run: ${(0,release_record/* shortSha */.Fu)(inputs.sha)} would deploy (${gates.pending.length} migration(s), tag ${(0,release_record/* shortVersion */.Li)(inputs.version)})`
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
        .catch((e) => ({
        acquired: false,
        holder: undefined,
        error: (0,errors/* errorMessage */.gJ)(e),
        notReplicated: e instanceof state_lock/* LockNotReplicatedError */.WE ? e : undefined,
    })));
    if (!attempt.acquired && "notReplicated" in attempt && attempt.notReplicated) {
        // Not "held by another run": the lock was ours, but no replica has it (see LockNotReplicatedError).
        const e = attempt.notReplicated;
        rows.push(gateRow("lock", false, `not replicated: ${e.evidence.join("; ")}`));
        result.message = `deploy refused: ${e.message}`;
        result.nextSteps = [
            "Bring a replica back (or check the sentinels): the lock must reach a replica before a deploy may change production; re-run once `SENTINEL replicas` shows one up.",
        ];
        return result;
    }
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
    for (const d of deployments.filter((x) => (0,release_history/* effectiveState */.Jt)(x) === "in_progress")) {
        await github
            .setDeploymentStatus(d.id, {
            state: "error",
            description: (0,release_record/* statusDescription */.$U)(`abandoned by an earlier run; found by ${inputs.run.runUrl}`),
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
        const db = result.dbNow === undefined ? "database revision unknown" : `database at ${(0,release_plan/* revisionLabel */.wc)(result.dbNow)}`;
        const services = restarted
            ? `services restarted on ${(0,release_record/* shortSha */.Fu)(inputs.sha)}`
            : phase === "restart"
                ? "services in an unknown state (restart interrupted)"
                : previousVersion
                    ? `services untouched (still ${(0,release_record/* shortVersion */.Li)(previousVersion)})`
                    : "no service was started";
        return `${db}${migrated ? "" : " (unchanged)"}; ${services}.`;
    };
    try {
        deploy_throwIfAborted(signal);
        let baseline;
        if (inputs.baseline) {
            phase = "baseline";
            baseline = await tl.step("baseline smoke", () => smoke.check({ signal, version: previousVersion ?? inputs.version }));
        }
        phase = "images";
        const pulling = compose.imageSource === "pull";
        const images = await tl.step(`${pulling ? "pull" : "build and tag"} images ${(0,release_record/* shortVersion */.Li)(inputs.version)}`, () => compose.prepareRelease(inputs.version, signal));
        result.images = images;
        deploy_throwIfAborted(signal);
        await lock.check("recording the deployment");
        const record = {
            schema: release_record/* RECORD_SCHEMA */.ep,
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
            description: (0,release_record/* statusDescription */.$U)(`deploy ${(0,release_record/* shortSha */.Fu)(inputs.sha)} by ${inputs.run.actor}`),
        }));
        result.deploymentId = created.id;
        deps.onDeploymentCreated?.(created.id);
        await github.setDeploymentStatus(created.id, {
            state: "in_progress",
            description: (0,release_record/* statusDescription */.$U)(`deploying ${(0,release_record/* shortSha */.Fu)(inputs.sha)}`),
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
                    throw new Error(`backup command failed: ${(0,run_command/* errorLine */.BP)(r.output)}`);
                result.backup = await describeBackup(argv, r.output);
            });
            if (result.backup)
                tl.setOutcome("database backup", "ok", backupLine(result.backup));
        }
        if (gates.pending.length > 0) {
            deploy_throwIfAborted(signal);
            phase = "migrations";
            await lock.check("the migrations");
            migrated = true;
            // Not cancellable half-way: a migration interrupted is worse than one finished (it has a timeout).
            for (const d of result.destructiveUpgrades)
                logger.warning(`about to run a destructive upgrade: ${destructiveLine(d)}`);
            const up = await tl.step("alembic upgrade head", () => migrations.upgrade("head"));
            result.dbNow = await migrations.current().catch(() => undefined);
            if (!up.ok || result.dbNow !== gates.head) {
                // The checked result's own words ("alembic exited 0 but the database is at base; head is 0003").
                const why = up.ok
                    ? `alembic exited 0 but the database is at ${(0,release_plan/* revisionLabel */.wc)(result.dbNow)}; head is ${(0,release_plan/* revisionLabel */.wc)(gates.head)}`
                    : (up.error ?? (0,run_command/* errorLine */.BP)(up.output));
                tl.setOutcome("alembic upgrade head", "failed", why);
                migrated = result.dbNow !== gates.dbNow;
                return await finish("failure", `migration failed: ${why}; nothing was restarted`, [
                    `The database is at ${(0,release_plan/* revisionLabel */.wc)(result.dbNow)}; fix the migration and merge again.`,
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
        await lock.check("the restart");
        phase = "restart";
        await tl.step(restartStep, () => compose.up(inputs.version, { strategy: inputs.strategy }));
        restarted = true;
        phase = "verify";
        const health = await tl.step("verify health", () => smoke.check({ baseline, signal, version: inputs.version }));
        let decision = decideHealth(health);
        result.health = health;
        const watchStart = clock.now();
        while (decision.action !== "rollback" && clock.now() - watchStart < inputs.watchMs) {
            await clock.sleep(Math.min(inputs.watchIntervalMs, inputs.watchMs - (clock.now() - watchStart)), signal);
            const again = await smoke.check({ baseline, signal, version: inputs.version });
            const d = decideHealth(again);
            result.health = again;
            if (d.action !== "ok" || decision.action === "ok")
                decision = d;
        }
        if (inputs.watchMs > 0)
            tl.mark("watch window", decision.action === "rollback" ? "failed" : "ok", decision.reasons.join("; ") || undefined, watchStart);
        result.decision = decision;
        // The accessories and the logs since the restart, read side by side.
        const [, logs] = await Promise.all([
            readAccessoriesAfter(inputs.version),
            compose.logs(undefined, since, inputs.logTailLines, inputs.version).catch((e) => {
                warnings.push(`could not read service logs: ${(0,errors/* errorMessage */.gJ)(e)}`);
                return undefined;
            }),
        ]);
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
        const touched = accessoriesRow(result.accessories.before, result.accessories.after);
        if (touched?.ok === false)
            warnings.push(`accessories: ${touched.evidence}`);
        const metricsBad = result.metrics?.ok === false;
        if (metricsBad)
            warnings.push(`metrics not normal: ${result.metrics?.evidence}`);
        // Healthy: from here a failure is about the record, never a reason to roll back.
        phase = "record";
        await lock.check("recording the result");
        // Pruning (local images) beside the status writes (GitHub): neither waits for the other.
        const pruned = tl
            .step("prune old release images", () => compose.pruneReleases(inputs.keepReleases, [
            inputs.version,
            ...(previousVersion ? [previousVersion] : []),
        ]))
            .catch((e) => warnings.push(`pruning old images failed: ${(0,errors/* errorMessage */.gJ)(e)}`));
        // Awaited whatever the status writes do: pruning never outlives the run's lock.
        try {
            await github.setDeploymentStatus(created.id, {
                state: "success",
                description: (0,release_record/* statusDescription */.$U)(`deployed ${(0,release_record/* shortSha */.Fu)(inputs.sha)}; database at ${(0,release_plan/* revisionLabel */.wc)(result.dbNow)}`),
                logUrl: inputs.run.runUrl,
                environment: inputs.environment,
            });
            // Earlier deployments of the environment marked inactive explicitly.
            for (const d of deployments) {
                if (d.statuses[0]?.state === "success") {
                    await github
                        .setDeploymentStatus(d.id, {
                        state: "inactive",
                        description: (0,release_record/* statusDescription */.$U)(`replaced by ${(0,release_record/* shortSha */.Fu)(inputs.sha)}`),
                        logUrl: inputs.run.runUrl,
                        environment: inputs.environment,
                    })
                        .catch((e) => warnings.push(`could not mark #${d.id} inactive: ${(0,errors/* errorMessage */.gJ)(e)}`));
                }
            }
        }
        finally {
            await pruned;
        }
        await state
            .audit({
            action: "deploy",
            reason: `deployed ${inputs.sha}`,
            detail: { run: inputs.run.runUrl, db: (0,release_plan/* revisionLabel */.wc)(result.dbNow) },
        })
            .catch(() => undefined);
        return await finish(decision.action === "warn" || metricsBad || touched?.ok === false ? "warning" : "success", `deployed ${(0,release_record/* shortSha */.Fu)(inputs.sha)}${inputs.version === inputs.sha ? "" : ` (tag ${inputs.version})`}${metricsBad ? "; metrics not normal" : ""}${touched?.ok === false ? `; accessories: ${touched.evidence}` : ""}`, [
            ...(decision.action === "warn" ? ["Watch the dashboards: degradation is between 20% and 50%."] : []),
            ...(metricsBad
                ? [
                    `Metrics are not normal after the deploy (${result.metrics?.evidence}): investigate or roll back.`,
                ]
                : []),
        ]);
    }
    catch (e) {
        if (e instanceof state_lock/* LockLostError */.yx)
            return await stopLockLost(e);
        if ((0,errors/* errorKind */.f8)(e) === "cancelled" || signal?.aborted) {
            result.dbNow = await migrations.current().catch(() => undefined);
            const stateNow = describe();
            if (result.deploymentId !== undefined) {
                await github
                    .setDeploymentStatus(result.deploymentId, {
                    state: "error",
                    description: (0,release_record/* statusDescription */.$U)(`cancelled during ${phase}: ${stateNow}`),
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
            return await failVerification([`${phase === "restart" ? restartStep : "verification"} failed: ${(0,run_command/* errorLine */.BP)((0,errors/* errorMessage */.gJ)(e))}`], result.health);
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
        result.complete = completeChecklist(result, released, inputs, restartStep);
    }
    // The lock is someone else's now: change nothing more (no rollback, no state write); the deployment
    // is closed as `error` with what the host is in.
    async function stopLockLost(e) {
        result.dbNow = await migrations.current().catch(() => result.dbNow);
        result.status = "failure";
        result.message = `deploy stopped during ${phase}: ${e.message}`;
        result.stateNow = describe();
        result.nextSteps = [
            `Another run may be changing production now${e.evidence.length ? ` (${e.evidence.join("; ")})` : ""}: check it before acting. ${result.stateNow}`,
        ];
        logger.error(result.message);
        if (result.deploymentId !== undefined) {
            await github
                .setDeploymentStatus(result.deploymentId, {
                state: "error",
                description: (0,release_record/* statusDescription */.$U)(`deploy lock lost before ${e.step}: ${result.stateNow}`),
                logUrl: inputs.run.runUrl,
                environment: inputs.environment,
            })
                .catch((err) => warnings.push(`could not set the deployment status: ${(0,errors/* errorMessage */.gJ)(err)}`));
        }
        return result;
    }
    async function finish(status, message, next) {
        result.status = status;
        result.message = message;
        result.stateNow = describe();
        result.nextSteps = next;
        // After an automatic rollback the faulty mark it set is this deployment's latest status: not overwritten.
        const markedFaulty = result.rollback?.markedFaulty === true;
        if ((status === "failure" || status === "rolled-back") &&
            result.deploymentId !== undefined &&
            !markedFaulty) {
            await github
                .setDeploymentStatus(result.deploymentId, {
                state: "failure",
                description: (0,release_record/* statusDescription */.$U)(`${message}; ${result.stateNow}`),
                logUrl: inputs.run.runUrl,
                environment: inputs.environment,
            })
                .catch((err) => warnings.push(`could not set the deployment status: ${(0,errors/* errorMessage */.gJ)(err)}`));
        }
        return result;
    }
    /** The accessories after the release (or its rollback), for the checklist row. */
    async function readAccessoriesAfter(version) {
        if (!result.accessories.before?.length)
            return;
        result.accessories.after = await compose.accessories(version).catch((e) => {
            result.accessories.error = (0,errors/* errorMessage */.gJ)(e);
            return undefined;
        });
    }
    async function failVerification(reasons, health) {
        // The cause first, everywhere: headline, error line, deployment status, incident reason.
        const why = reasons.join("; ");
        if (inputs.onFailure === "stop" || !gates.rollbackTo) {
            await readAccessoriesAfter(inputs.version);
            if (!gates.rollbackTo) {
                return finish("failure", `${why}; not rolled back: this first deploy has no release to return to`, [
                    `The services run ${(0,release_record/* shortSha */.Fu)(inputs.sha)} unhealthy: fix forward (merge a fix), or stop them by hand.`,
                ]);
            }
            return finish("failure", `${why}; not rolled back (on-failure: stop)`, [
                `The services run ${(0,release_record/* shortSha */.Fu)(inputs.sha)} unhealthy. Press Rollback or fix forward.`,
            ]);
        }
        const target = gates.rollbackTo;
        const [graph, dbNow] = await Promise.all([migrations.graph(), migrations.current().catch(() => null)]);
        const plan = (0,release_plan/* buildRollbackPlan */.aG)({
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
            await readAccessoriesAfter(inputs.version);
            return finish("failure", `${why}; the automatic rollback is not possible: ${plan.refusals.join("; ")}`, ["Production runs the new release unhealthy: act by hand now."]);
        }
        logger.warning(`${why}: rolling back to ${(0,release_record/* shortSha */.Fu)(target.record.sha)}`);
        const outcome = await executeRollback(plan, {
            environment: inputs.environment,
            // The cause itself: the incident's title and the records already say which release.
            reason: why,
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
            lock,
            accessoriesBefore: gates.accessories,
            destructiveUpgrades: result.destructiveUpgrades,
            backup: result.backup,
        }, deps, tl);
        result.rollback = { ...outcome, plan };
        if (outcome.lockLost) {
            result.dbNow = outcome.dbRevisionNow;
            return stopLockLost(outcome.lockLost);
        }
        result.dbNow = outcome.dbRevisionNow;
        result.accessories.after = outcome.accessoriesAfter;
        restarted = false;
        const r = await finish(outcome.ok ? "rolled-back" : "failure", outcome.ok
            ? `${why}; rolled back to ${(0,release_record/* shortSha */.Fu)(target.record.sha)}`
            : `${why}; the automatic rollback FAILED: ${outcome.error}`, outcome.ok
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
function completeChecklist(r, lockReleased, inputs, restartStep) {
    if (r.status === "refused" || r.status === "dry-run")
        return [];
    const running = r.status === "success" || r.status === "warning";
    const errorCount = Object.values(r.logErrors).reduce((n, x) => n + x.count, 0);
    const logsChecked = Object.keys(r.logErrors).length > 0;
    return [
        {
            label: "Database migrated to head",
            ok: r.head === undefined ? undefined : r.dbNow === r.head,
            evidence: `alembic current ${(0,release_plan/* revisionLabel */.wc)(r.dbNow)}, head ${(0,release_plan/* revisionLabel */.wc)(r.head)}${r.appliedMigrations.length ? `; applied ${r.appliedMigrations.join(", ")}` : ""}`,
        },
        {
            label: `Services running ${(0,release_record/* shortVersion */.Li)(inputs.version)}`,
            ok: running ? true : r.timeline.has(restartStep) ? false : undefined,
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
        ...[accessoriesRow(r.accessories.before, r.accessories.after, r.accessories.error)].filter((x) => x !== undefined),
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

// EXTERNAL MODULE: ../packages/ops-core/dist/release/mirror-wiring.js + 1 modules
var mirror_wiring = __webpack_require__(7833);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/render.js
// Job summaries and JSON reports for deploy and rollback, pure: status first, the runbook's checklists
// with real ticks, the plan, the timeline with durations, health evidence, next steps.








const REPORT_SCHEMA = 1;
function timelineSection(title, tl) {
    if (tl.steps.length === 0)
        return "";
    const rows = tl.steps.map((s) => [
        (0,safe_text/* mdText */.bC)(new Date(s.startMs).toISOString().slice(11, 19)),
        (0,safe_text/* mdText */.bC)(s.name),
        (0,safe_text/* mdText */.bC)((0,action_inputs/* formatDuration */.a3)(s.durationMs)),
        s.outcome === "ok" ? "✅" : s.outcome === "failed" ? "❌" : s.outcome === "warning" ? "⚠️" : "⏭️",
        s.detail ? (0,safe_text/* mdText */.bC)(s.detail.slice(0, 300)) : "",
    ]);
    const chart = (0,summary/* timelineChart */.IY)(title, tl.steps.map((s) => ({
        name: s.name,
        startMs: s.startMs,
        durationMs: s.durationMs,
        failed: s.outcome === "failed",
    })));
    return [
        (0,summary/* heading */.R_)("Timeline"),
        (0,summary/* table */.tp)(["Time (UTC)", "Step", "Took", "", "Detail"], rows),
        tl.steps.length > 2 ? chart : "",
    ]
        .filter(Boolean)
        .join("\n\n");
}
function list(title, items) {
    if (items.length === 0)
        return "";
    return `${(0,summary/* heading */.R_)(title)}\n\n${items.map((i) => `- ${(0,safe_text/* mdText */.bC)(i)}`).join("\n")}`;
}
function renderPlan(plan) {
    const rows = [
        [
            "Release",
            `${(0,safe_text/* mdCode */.xs)((0,release_record/* shortSha */.Fu)(plan.current.sha))} (#${plan.current.deploymentId ?? "?"})`,
            `${(0,safe_text/* mdCode */.xs)((0,release_record/* shortSha */.Fu)(plan.target.sha))} (#${plan.target.deploymentId ?? "?"})`,
        ],
        ["Image tag", (0,safe_text/* mdCode */.xs)(plan.current.version), (0,safe_text/* mdCode */.xs)(plan.target.version)],
        [
            "Database",
            (0,safe_text/* mdCode */.xs)((0,release_plan/* revisionLabel */.wc)(plan.current.dbRevision)),
            plan.dbTarget === undefined ? "unchanged (db-revision: none)" : (0,safe_text/* mdCode */.xs)((0,release_plan/* revisionLabel */.wc)(plan.dbTarget)),
        ],
    ];
    const parts = [
        (0,summary/* heading */.R_)(plan.dbOnly ? "Plan (database only)" : "Plan"),
        (0,summary/* table */.tp)(["", "Current", "Target"], rows),
    ];
    if (plan.migrationsToUndo.length > 0) {
        parts.push(`Migrations to undo, in order: ${plan.migrationsToUndo.map((m) => `${(0,safe_text/* mdCode */.xs)(m.revision)}${m.destructiveDowngrade.length ? ` ⚠️ drops ${(0,safe_text/* mdText */.bC)(m.destructiveDowngrade.join(", "))}` : ""}`).join(", ")}`);
        const backEmpty = upgradeDrops(plan.migrationsToUndo);
        if (backEmpty.length > 0) {
            parts.push(`⚠️ Their upgrades dropped data a downgrade cannot bring back (it comes back empty): ${backEmpty.map((d) => `${(0,safe_text/* mdCode */.xs)(d.revision)} ${(0,safe_text/* mdText */.bC)(dropVerb(d.operation))}`).join(", ")}`);
        }
    }
    if (!plan.dbOnly) {
        parts.push(`Images to start (no rebuild): ${Object.entries(plan.images)
            .map(([s, ref]) => `${(0,safe_text/* mdText */.bC)(s)} ${(0,safe_text/* mdCode */.xs)(ref)}`)
            .join(", ") || "none"}`);
    }
    return parts.join("\n\n");
}
/** The destructive upgrades, counted before they ran, and where the backup went. */
function destructiveSection(r) {
    const parts = [];
    if (r.destructiveUpgrades.length > 0) {
        parts.push(`**⚠️ Destructive upgrade** (rows counted before it ran):\n\n${r.destructiveUpgrades.map((d) => `- ${(0,safe_text/* mdCode */.xs)(d.revision)} ${(0,safe_text/* mdText */.bC)(describeDrop(d))}`).join("\n")}`);
    }
    if (r.backup) {
        const b = r.backup;
        parts.push(`Backup before the migrations: ${b.kind === "file" ? `${(0,safe_text/* mdCode */.xs)(b.artefact)}${(0,safe_text/* mdText */.bC)(backupLine(b).slice(b.artefact.length))}` : (0,safe_text/* mdText */.bC)(backupLine(b))}`);
    }
    return parts.length > 0 ? `\n\n${parts.join("\n\n")}` : "";
}
const DEPLOY_STATUS = {
    success: ["success", "Deployed"],
    warning: ["warning", "Deployed with warnings"],
    failure: ["failure", "Deploy failed"],
    "rolled-back": ["failure", "Deploy rolled back"],
    refused: ["refused", "Deploy refused"],
    "dry-run": ["neutral", "Deploy dry run"],
    cancelled: ["cancelled", "Deploy cancelled"],
};
function renderDeploySummary(r) {
    const [status, title] = DEPLOY_STATUS[r.status];
    const leftovers = r.leftovers.length
        ? `> ⚠️ Leftover from an earlier run: ${r.leftovers.map(safe_text/* mdText */.bC).join("; ")}`
        : "";
    const migrations = r.pendingMigrations.length > 0
        ? `${(0,summary/* heading */.R_)("Migrations")}\n\n${(0,summary/* table */.tp)(["Revision", "Applied"], r.pendingMigrations.map((m) => [(0,safe_text/* mdCode */.xs)(m), r.appliedMigrations.includes(m) ? "✅" : "—"]))}\n\nDatabase: ${(0,safe_text/* mdCode */.xs)((0,release_plan/* revisionLabel */.wc)(r.dbBefore))} → ${(0,safe_text/* mdCode */.xs)(r.dbNow === undefined ? "unknown" : (0,release_plan/* revisionLabel */.wc)(r.dbNow))} (head ${(0,safe_text/* mdCode */.xs)((0,release_plan/* revisionLabel */.wc)(r.head))})${destructiveSection(r)}`
        : "";
    const health = r.health
        ? (0,summary/* details */.zH)(`Health evidence (${r.health.verdict})`, r.health.evidence.map((e) => `- ${(0,safe_text/* mdText */.bC)(e)}`).join("\n") || "_none_", r.status !== "success")
        : "";
    const logs = Object.entries(r.logErrors).filter(([, v]) => v.count > 0);
    const logSection = logs.length
        ? (0,summary/* details */.zH)("Error lines in the service logs", logs.map(([s, v]) => `**${(0,safe_text/* mdText */.bC)(s)}**: ${v.count}\n\n${(0,safe_text/* mdBlock */.nx)(v.samples.join("\n"))}`).join("\n\n"))
        : "";
    const rb = r.rollback;
    const rollbackPart = rb
        ? [
            (0,summary/* headline */.Pl)(rb.ok ? "warning" : "failure", rb.ok ? "Automatic rollback completed" : "Automatic rollback FAILED", rb.stateNow),
            renderPlan(rb.plan),
            (0,summary/* checklist */.D4)("Rollback complete", rb.checklist),
            rb.incident ? (0,summary/* details */.zH)("Incident report", rb.incident.markdown) : "",
        ].join("\n\n")
        : "";
    return (0,summary/* fitSections */.WK)([
        // A failure's headline names its cause (the message starts with it), the details follow.
        (0,summary/* headline */.Pl)(status, `${title}: ${(0,release_record/* shortVersion */.Li)(r.version)}${status === "failure" ? ` — ${r.message.split("; ")[0]}` : ""}`, `${r.message}. ${r.stateNow}`),
        leftovers,
        list("Next steps", r.nextSteps),
        (0,summary/* checklist */.D4)("Pre-deployment checklist", gateChecklist(r.gates)),
        r.complete.length ? (0,summary/* checklist */.D4)("Deployment complete", r.complete) : "",
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
function renderRollbackSummary(r) {
    const [status, title] = ROLLBACK_STATUS[r.status];
    const target = r.plan ? `: ${(0,release_record/* shortSha */.Fu)(r.plan.current.sha)} → ${(0,release_record/* shortSha */.Fu)(r.plan.target.sha)}` : "";
    return (0,summary/* fitSections */.WK)([
        (0,summary/* headline */.Pl)(status, `${title}${target}`, `${r.message}. ${r.stateNow}`),
        list("Refused because", r.refusals),
        list("Next steps", r.nextSteps),
        r.checklist.length ? (0,summary/* checklist */.D4)("Rollback complete", r.checklist) : "",
        list("Warnings", r.warnings),
        r.plan ? renderPlan(r.plan) : "",
        r.health
            ? (0,summary/* details */.zH)(`Health after the rollback (${r.health.verdict})`, r.health.evidence.map((e) => `- ${(0,safe_text/* mdText */.bC)(e)}`).join("\n") || "_none_")
            : "",
        r.incident
            ? (0,summary/* details */.zH)(`Incident report — ${r.incident.path}`, r.incident.markdown, r.status === "failure")
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
            dbTarget: plan.dbTarget === undefined ? "unchanged" : (0,release_plan/* revisionLabel */.wc)(plan.dbTarget),
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
            before: (0,release_plan/* revisionLabel */.wc)(r.dbBefore),
            now: r.dbNow === undefined ? null : (0,release_plan/* revisionLabel */.wc)(r.dbNow),
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
                healthyAfterMs: r.health.healthyAfterMs ?? null,
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
                healthyAfterMs: r.rollback.health?.healthyAfterMs ?? null,
                complete: checks(r.rollback.checklist),
            }
            : null,
        leftovers: r.leftovers,
        warnings: r.warnings,
        timeline: steps(r.timeline),
    };
}
function rollbackReport(r) {
    return {
        schema: REPORT_SCHEMA,
        kind: "rollback",
        status: r.status,
        message: r.message,
        stateNow: r.stateNow,
        plan: planJson(r.plan),
        refusals: r.refusals,
        deploymentId: r.deploymentId ?? null,
        database: r.dbRevisionNow === undefined ? null : (0,release_plan/* revisionLabel */.wc)(r.dbRevisionNow),
        breakerTripped: r.breakerTripped,
        complete: checks(r.checklist),
        health: r.health
            ? {
                verdict: r.health.verdict,
                healthyAfterMs: r.health.healthyAfterMs ?? null,
                evidence: r.health.evidence,
            }
            : null,
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
    return (0,summary/* fitSections */.WK)([
        (0,summary/* headline */.Pl)(status, r.status === "success" ? "Restarted" : r.status === "refused" ? "Restart refused" : "Restart FAILED", r.message),
        (0,summary/* checklist */.D4)("Restart", r.checklist),
        r.health
            ? (0,summary/* details */.zH)(`Health after the restart (${r.health.verdict})`, r.health.evidence.map((e) => `- ${(0,safe_text/* mdText */.bC)(e)}`).join("\n") || "_none_", r.status !== "success")
            : "",
        timelineSection("Restart", r.timeline),
    ]);
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/restart.js
// The restart button from the runbook's service health check: restart one service (or all) through the
// same compose adapter, under the deploy lock shared with deploy and rollback, verify with the smoke core,
// and record it in the audit stream. Images do not change: this is not a release.




async function restartServices(inputs, deps) {
    const tl = new Timeline(deps.clock, deps.logger, deps.calls);
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
        // Compose reads the file with the running release's version (`${VAR:?}` needs one): the recorded one.
        const running = await deps.github
            .listDeployments(inputs.environment)
            .then((d) => (0,release_history/* currentRelease */.BX)(d)?.record.version)
            .catch(() => undefined);
        await attempt.handle.check(`restart ${what}`);
        await tl.step(`restart ${what}`, () => deps.compose.restart(inputs.services, deps.signal, running));
        restarted = true;
        health = await tl.step("verify health", () => deps.smoke.check({ signal: deps.signal, ...(running ? { version: running } : {}) }));
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/actions.js
// The bodies of actions/deploy and actions/rollback (and the deploy's `post:` backstop), run inside
// runAction: mask credentials, read the inputs once, wire the adapters, run the engine, set outputs and
// the summary. The actions' main.ts files only call these.
















/** The repository's default branch, from the event payload; `master` when it does not say. */
async function defaultBranch(eventPath) {
    if (!eventPath)
        return "master";
    try {
        const event = JSON.parse(await (0,promises_.readFile)(eventPath, "utf8"));
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
        ...(0,secrets/* secretFormsOfLines */.If)(ctx.inputs.optional("endpoints")),
        ...(0,secrets/* passwordParts */.ck)(ctx.inputs.optional("metrics-url")),
        ...(0,engine/* keyMasks */.TV)(ctx.inputs.optional("ssh-key")),
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
    const deps = (0,release_config/* wire */.O4)({
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
    const mirrored = (0,mirror_wiring/* withMirror */.M6)(deps, {
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
/** The engine line under the summary's headline, when the engine is not the runner's own. */
function engineNote(engine) {
    return engine.description ? `> 🔗 Docker engine: ${(0,safe_text/* mdText */.bC)(engine.description)}` : "";
}
const notes = (...parts) => parts.filter(Boolean).join("\n\n");
/** The mirror's note (history source, break glass) under the summary's headline. */
function withNote(markdown, note) {
    if (!note)
        return markdown;
    const cut = markdown.indexOf("\n\n");
    return cut < 0 ? `${markdown}\n\n${note}` : `${markdown.slice(0, cut)}\n\n${note}${markdown.slice(cut)}`;
}
async function writeIncidentFile(workspace, path, markdown) {
    const full = (0,external_node_path_.resolve)(workspace, path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(full), { recursive: true });
    await (0,promises_.writeFile)(full, markdown);
    return full;
}
async function deployAction(runCtx, options = {}) {
    maskCredentials(runCtx);
    const restart = runCtx.inputs.optional("restart");
    if (restart !== undefined)
        return restartAction(runCtx, restart);
    const config = await (0,release_config/* readDeployConfig */.Q9)(runCtx.inputs, runCtx.run, await defaultBranch(runCtx.run.eventPath));
    // The engine (docker-host) before anything else touches it: a host key that is not pinned stops here.
    const ctx = await (0,engine/* withEngine */.f)(runCtx);
    const mirrored = await wireAction(ctx, config.host, "deploy", config.deploy.sha, {}, options, config.deploy.dryRun);
    const result = await deploy({ ...config.deploy, run: runInfo(ctx) }, mirrored.deps);
    const note = notes(engineNote(ctx.engine), (0,mirror_wiring/* mirrorNote */.M_)(mirrored));
    ctx.saveState("finished", "true");
    ctx.setOutput("status", result.status);
    ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
    ctx.setOutput("version", result.version);
    ctx.setOutput("previous-version", result.previousVersion ?? "");
    ctx.setOutput("db-revision", result.dbNow === undefined ? "" : (0,release_plan/* revisionLabel */.wc)(result.dbNow));
    const incident = result.rollback?.incident;
    if (incident && config.host.incidentFile) {
        const full = await writeIncidentFile(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), incident.path, withNote(incident.markdown, note));
        ctx.setOutput("incident-path", full);
    }
    else
        ctx.setOutput("incident-path", incident?.path ?? "");
    ctx.setOutput("report", JSON.stringify({
        ...deployReport(result),
        history: mirrored.github.history(),
        calls: mirrored.deps.calls?.summary(),
    }));
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
    await removeLeftoverEngine((name) => ctx.getState(name), ctx.logger);
    const finished = ctx.getState("finished") === "true";
    const lockValue = ctx.getState("lock-value");
    const deploymentId = ctx.getState("deployment-id");
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
            const { githubAdapter } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1225));
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
async function rollbackAction(runCtx, options = {}) {
    maskCredentials(runCtx);
    const branch = await defaultBranch(runCtx.run.eventPath);
    // The queue guard: engage the kill switch so no newer deploy enters the shared concurrency group.
    if (runCtx.inputs.boolean("hold-deploys-only", false))
        return holdDeploys(runCtx);
    const config = await (0,release_config/* readRollbackConfig */.Fv)(runCtx.inputs, branch);
    const ctx = await (0,engine/* withEngine */.f)(runCtx);
    const mirrored = await wireAction(ctx, config.host, "rollback", ctx.run.sha, { ...(config.notifyWebhook ? { notifier: (0,release_config/* webhookNotifier */.Om)(config.notifyWebhook) } : {}) }, options, config.rollback.dryRun);
    const result = await rollback({ ...config.rollback, run: runInfo(ctx) }, mirrored.deps);
    const note = notes(engineNote(ctx.engine), (0,mirror_wiring/* mirrorNote */.M_)(mirrored));
    ctx.saveState("finished", "true");
    ctx.setOutput("status", result.status);
    ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
    ctx.setOutput("version", result.plan?.target.version ?? "");
    ctx.setOutput("previous-version", result.plan?.current.version ?? "");
    ctx.setOutput("db-revision", result.dbRevisionNow === undefined ? "" : (0,release_plan/* revisionLabel */.wc)(result.dbRevisionNow));
    if (result.incident && config.host.incidentFile) {
        const full = await writeIncidentFile(ctx.env.GITHUB_WORKSPACE ?? process.cwd(), result.incident.path, withNote(result.incident.markdown, note));
        ctx.setOutput("incident-path", full);
    }
    else
        ctx.setOutput("incident-path", result.incident?.path ?? "");
    ctx.setOutput("report", JSON.stringify({
        ...rollbackReport(result),
        history: mirrored.github.history(),
        calls: mirrored.deps.calls?.summary(),
    }));
    ctx.setSummary(withNote(renderRollbackSummary(result), note));
    for (const w of result.warnings)
        ctx.logger.warning(w);
    ctx.logger.info(`rollback: ${result.status} — ${result.message}. ${result.stateNow}`);
    switch (result.status) {
        case "success":
        case "dry-run":
            return undefined;
        case "refused":
            throw new errors/* RefusalError */.XQ(result.message, result.refusals);
        case "cancelled":
            throw new errors/* CancelledError */.cc(`${result.message}; ${result.stateNow.replace(/\.$/, "")}`);
        default:
            return { failed: `${result.message}. ${result.stateNow}` };
    }
}
async function holdDeploys(ctx) {
    const url = ctx.inputs.required("redis-url", "the Redis holding the kill switch");
    const reason = ctx.inputs.required("reason", "why production is being rolled back");
    const { redisState } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2485));
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
        ctx.logger.warning(`could not engage the kill switch to hold deploys: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
    return undefined;
}
/** The restart button (`restart: <service>` or `all`): the same compose adapter, lock, smoke and audit. */
async function restartAction(runCtx, which) {
    const reason = runCtx.inputs.required("reason", "why the service is restarted (it goes into the audit stream)");
    const host = await (0,release_config/* readHost */.rk)(runCtx.inputs, await defaultBranch(runCtx.run.eventPath));
    const ctx = await (0,engine/* withEngine */.f)(runCtx);
    const services = which === "all" ? undefined : ctx.inputs.list("restart");
    // No post-step state: a restart creates no deployment, and its lock is released in finally.
    const deps = (0,release_config/* wire */.O4)({ ...contextWiring(ctx), host, kind: "restart", sha: ctx.run.sha });
    const result = await restartServices({
        services,
        reason,
        lockWaitMs: host.lockWaitMs,
        lockTtlMs: host.lockTtlMs,
        environment: host.environment,
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


/***/ })

};
