export const id = 768;
export const ids = [768];
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

/***/ 5768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/inputs.js
var action_inputs = __webpack_require__(7939);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ../packages/ops-core/dist/process/run-command.js
var run_command = __webpack_require__(5422);
;// CONCATENATED MODULE: ../packages/ops-core/dist/migrations/graph.js
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
            throw new errors/* ConfigurationError */.j1(`revision ${m.revision} is declared twice: ${seen.file} and ${m.file}`, {
                input: "migrations",
            });
        }
        nodes.set(m.revision, m);
    }
    const parents = new Set();
    for (const m of nodes.values()) {
        for (const d of m.downRevisions) {
            if (!nodes.has(d)) {
                throw new errors/* ConfigurationError */.j1(`revision ${m.revision} (${m.file}) revises ${d}, which no file declares`, {
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
            throw new errors/* ConfigurationError */.j1(`unknown revision ${r}: no migration file declares it`, {
                input: "revision",
            });
        }
    }
    const upTo = ancestors(graph, to);
    if (from !== null && !upTo.has(from)) {
        throw new errors/* ConfigurationError */.j1(`revision ${from} is not an ancestor of ${to}`, { input: "revision" });
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
    const iniPath = (0,external_node_path_.resolve)(directory, config);
    const ini = await (0,promises_.readFile)(iniPath, "utf8").catch((error) => {
        throw new errors/* ConfigurationError */.j1(`cannot read ${iniPath}: is the Alembic directory right?`, {
            input: "alembic-directory",
            cause: error,
        });
    });
    const section = /^\[alembic\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(ini)?.[1] ?? "";
    const option = (name) => new RegExp(`^${name}\\s*=\\s*(.+)$`, "m").exec(section)?.[1]?.trim();
    const here = (p) => (0,external_node_path_.resolve)(directory, p.replaceAll("%(here)s", (0,external_node_path_.resolve)(directory)));
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
    return [(0,external_node_path_.join)(here(script), "versions")];
}
/** Reads every migration file of the project in `directory` (the folder holding alembic.ini). */
async function readMigrations(directory, config = "alembic.ini") {
    const out = [];
    for (const dir of await versionDirectories(directory, config)) {
        const files = (await (0,promises_.readdir)(dir).catch(() => []))
            .filter((f) => f.endsWith(".py") && !f.startsWith("__"))
            .sort();
        for (const f of files) {
            const path = (0,external_node_path_.join)(dir, f);
            const info = parseMigrationFile(path, await (0,promises_.readFile)(path, "utf8"));
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/migrations/alembic.js
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
            throw new errors/* TransientError */.N_(`alembic ${args.join(" ")} ${(0,run_command/* describeExit */.KE)(result)}`);
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
        throw new MigrationError(command, parseSteps(output).at(-1), `${(0,run_command/* describeExit */.KE)(result)}: ${exceptionLine(output)}`, result);
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
        dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "ops-migration-test-"));
        const path = (0,external_node_path_.join)(dir, "scratch.db");
        if (options.sqliteSource)
            await (0,promises_.copyFile)(options.sqliteSource, path);
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
                const graph = await graph_readGraph(alembic.directory, alembic.config);
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
            await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
    return { ok: steps.length === 3 && steps.every((s) => s.ok), head, previousHead, steps, scratchUrl: url };
}
/** The database's revision, the single head, and the migrations between them (from the files). */
async function pendingMigrations(alembic, signal) {
    const head = await alembic.requireSingleHead(signal);
    const current = await alembic.current(signal);
    const graph = await graph_readGraph(alembic.directory, alembic.config);
    return { current, head, pending: graph_migrationsBetween(graph, current, head) };
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

// EXTERNAL MODULE: ../packages/ops-core/dist/cli/args.js
var cli_args = __webpack_require__(5563);
;// CONCATENATED MODULE: ../packages/ops-core/dist/cli/commands/migrations.js
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
    const args = (0,cli_args/* parseCommandArgs */.Q)(argv, {
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
        throw new errors/* ConfigurationError */.j1(`say what to do: ops migrations test|status (got ${JSON.stringify(action ?? "")})`);
    }
    if (extra.length > 0)
        throw new errors/* ConfigurationError */.j1(`unexpected argument ${JSON.stringify(extra[0])}`);
    const { inputs } = args;
    const resolve = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(io.cwd, p));
    const command = (0,action_inputs/* splitWords */.yM)(inputs.string("alembic-command", "alembic"));
    if (command.length === 0)
        throw new errors/* ConfigurationError */.j1("option --alembic-command is empty", { input: "alembic-command" });
    const alembic = createAlembic({
        run: run_command/* runCommand */.d1,
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
        const status = await pendingMigrations(db);
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
            io.stdout(`pending ${(0,safe_text/* inertLine */.Fq)(m.revision)}: ${(0,safe_text/* inertLine */.Fq)(m.message ?? "")}${(0,safe_text/* inertLine */.Fq)(drops)}\n`);
        }
        return 0;
    }
    const fromSqlite = inputs.optional("from-sqlite");
    const previous = inputs.optional("previous-head");
    const result = await testMigrations(alembic, {
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
            io.stdout(`${mark} ${(0,safe_text/* inertLine */.Fq)(step.name)} → ${step.revision ?? "base"} (${(0,action_inputs/* formatDuration */.a3)(step.durationMs)})${step.error ? `: ${(0,safe_text/* inertLine */.Fq)(step.error)}` : ""}\n`);
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
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export errorLine */
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
