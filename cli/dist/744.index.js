export const id = 744;
export const ids = [744];
export const modules = {

/***/ 7744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E5: () => (/* binding */ createAlembic),
/* harmony export */   On: () => (/* binding */ RevisionMismatchError),
/* harmony export */   Ri: () => (/* binding */ pendingMigrations),
/* harmony export */   i6: () => (/* binding */ exceptionLine),
/* harmony export */   iW: () => (/* binding */ testMigrations)
/* harmony export */ });
/* unused harmony exports AlembicFailedError, MigrationError, revisionMismatch, MultipleHeadsError, parseRevisions, parseSteps, failedReason, downgradePlan */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4173);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5422);
/* harmony import */ var _graph_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6296);
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
class MultipleHeadsError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RefusalError */ .XQ {
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
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cannot run ${prefix[0]}: ${error instanceof Error ? error.message : String(error)}`, {
                input: "alembic-command",
                cause: error,
            });
        }
        if (result.timedOut)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TransientError */ .N_(`alembic ${args.join(" ")} ${(0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_4__/* .describeExit */ .KE)(result)}`);
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
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`alembic ${command} was refused as bad usage: ${exceptionLine(output)}`, {
                input: "alembic-command",
            });
        }
        throw new MigrationError(command, parseSteps(output).at(-1), `${(0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_4__/* .describeExit */ .KE)(result)}: ${exceptionLine(output)}`, result);
    };
    /**
     * Runs `upgrade`/`downgrade target` and checks its result, not its exit code: afterwards `alembic
     * current` must be the target (the head for `head`), else RevisionMismatchError.
     */
    const migrate = async (direction, target, signal, known = {}) => {
        const kind = absoluteTarget(target);
        const result = await checked([direction, target], signal);
        const output = joinOutput(result);
        if (kind === undefined)
            return { steps: parseSteps(output), output, durationMs: result.durationMs };
        // The heads come from the files, which the run does not change: the run's own answer when it has one.
        const heads = kind === "head" ? (known.heads ? [...known.heads] : await alembic.heads(signal)) : [];
        const expected = kind === "head" ? heads : kind === "base" ? [] : [target];
        const actual = await alembic.currentRevisions(signal);
        const same = actual.length === expected.length && expected.every((r) => actual.includes(r));
        if (!same) {
            throw new RevisionMismatchError(target, kind === "base" ? null : expected.join(", "), actual, result);
        }
        return { steps: parseSteps(output), output, durationMs: result.durationMs, revisionsAfter: actual };
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
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("Alembic found no revisions (no head)", { input: "alembic-directory" });
            if (heads.length > 1)
                throw new MultipleHeadsError(heads);
            return heads[0];
        },
        upgrade: (target = "head", signal, known) => migrate("upgrade", target, signal, known),
        downgrade: (target, signal, known) => migrate("downgrade", target, signal, known),
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
        dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "ops-migration-test-"));
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "scratch.db");
        if (options.sqliteSource)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(options.sqliteSource, path);
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
                const graph = await (0,_graph_js__WEBPACK_IMPORTED_MODULE_5__/* .readGraph */ .tJ)(alembic.directory, alembic.config);
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
    return { ok: steps.length === 3 && steps.every((s) => s.ok), head, previousHead, steps, scratchUrl: url };
}
/** The database's revision, the single head, and the migrations between them (from the files). */
async function pendingMigrations(alembic, signal) {
    const head = await alembic.requireSingleHead(signal);
    const current = await alembic.current(signal);
    const graph = await (0,_graph_js__WEBPACK_IMPORTED_MODULE_5__/* .readGraph */ .tJ)(alembic.directory, alembic.config);
    return { current, head, pending: (0,_graph_js__WEBPACK_IMPORTED_MODULE_5__/* .migrationsBetween */ .UN)(graph, current, head) };
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


/***/ }),

/***/ 6296:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UN: () => (/* binding */ migrationsBetween),
/* harmony export */   Yr: () => (/* binding */ readMigrations),
/* harmony export */   tJ: () => (/* binding */ readGraph)
/* harmony export */ });
/* unused harmony exports parseRevisionValue, functionBody, destructiveOperations, parseMigrationFile, buildGraph, versionDirectories */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4173);
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
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`revision ${m.revision} is declared twice: ${seen.file} and ${m.file}`, {
                input: "migrations",
            });
        }
        nodes.set(m.revision, m);
    }
    const parents = new Set();
    for (const m of nodes.values()) {
        for (const d of m.downRevisions) {
            if (!nodes.has(d)) {
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`revision ${m.revision} (${m.file}) revises ${d}, which no file declares`, {
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
function migrationsBetween(graph, from, to) {
    for (const r of [from, to]) {
        if (r !== null && !graph.nodes.has(r)) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`unknown revision ${r}: no migration file declares it`, {
                input: "revision",
            });
        }
    }
    const upTo = ancestors(graph, to);
    if (from !== null && !upTo.has(from)) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`revision ${from} is not an ancestor of ${to}`, { input: "revision" });
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
    const iniPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory, config);
    const ini = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(iniPath, "utf8").catch((error) => {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot read ${iniPath}: is the Alembic directory right?`, {
            input: "alembic-directory",
            cause: error,
        });
    });
    const section = /^\[alembic\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(ini)?.[1] ?? "";
    const option = (name) => new RegExp(`^${name}\\s*=\\s*(.+)$`, "m").exec(section)?.[1]?.trim();
    const here = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory, p.replaceAll("%(here)s", (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(directory)));
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
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${iniPath} has no script_location`, { input: "alembic-directory" });
    if (script.includes(":") && !script.startsWith("/") && !script.includes("%(here)s")) {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`script_location ${script} names a package; give a folder`, {
            input: "alembic-directory",
        });
    }
    return [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(here(script), "versions")];
}
/** Reads every migration file of the project in `directory` (the folder holding alembic.ini). */
async function readMigrations(directory, config = "alembic.ini") {
    const out = [];
    for (const dir of await versionDirectories(directory, config)) {
        const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []))
            .filter((f) => f.endsWith(".py") && !f.startsWith("__"))
            .sort();
        for (const f of files) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f);
            const info = parseMigrationFile(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8"));
            if (info)
                out.push(info);
        }
    }
    return out;
}
/** readMigrations + buildGraph. */
async function readGraph(directory, config = "alembic.ini") {
    return buildGraph(await readMigrations(directory, config));
}


/***/ })

};
