export const id = 625;
export const ids = [625];
export const modules = {

/***/ 1225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ releaseGitHubPort),
/* harmony export */   githubAdapter: () => (/* binding */ githubAdapter)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
// ReleaseGitHub on the REST API through octokit (@actions/github, loaded lazily). Every request has a
// timeout. Deployments are created with `auto_merge: false`, explicit (empty) `required_contexts` — CI
// is a gate this project evaluates itself, with evidence — and `auto_inactive: false` on statuses: earlier
// deployments are marked inactive explicitly by the engine.
// `releaseGitHubPort` (used by the actions) delegates to ops-core/src/github/ (H-github: retries on
// idempotent calls, pagination, checked against GitHub's OpenAPI description); `githubAdapter` is this
// module's own direct octokit version, kept for the post step's single call.

async function loadOctokit(o) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 75).then(__webpack_require__.bind(__webpack_require__, 1075));
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
                __webpack_require__.e(/* import() */ 566).then(__webpack_require__.bind(__webpack_require__, 5566)),
                __webpack_require__.e(/* import() */ 58).then(__webpack_require__.bind(__webpack_require__, 4058)),
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

/***/ 2485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   redisState: () => (/* binding */ redisState)
/* harmony export */ });
/* unused harmony export releaseLeftoverLock */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _state_audit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _state_breaker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(775);
/* harmony import */ var _state_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6775);
/* harmony import */ var _state_killswitch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(143);
/* harmony import */ var _state_lock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3600);
/* harmony import */ var _state_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1202);
// ReleaseState over the state module (Redis): the connection is opened lazily on first use, so a run
// that never reaches Redis never loads ioredis; a connection failure is reported per call (the deploy
// gate fails closed on it; the rollback carries on with a warning).







function redisState(o) {
    let client;
    const open = () => {
        if (!client) {
            client = (0,_state_client_js__WEBPACK_IMPORTED_MODULE_3__.openState)(o.url, { keyPrefix: o.keyPrefix, logger: o.logger, input: "redis-url" });
            client.then((c) => o.onClose(() => c.close()), () => undefined);
        }
        return client;
    };
    const who = () => ({ actor: o.actor || "unknown", runUrl: o.runUrl, runId: o.runId });
    // While the run holds the lock, its state writes are fenced on it in Redis (refused once it is lost).
    let held;
    const fenced = async (step, write) => {
        const lock = held;
        if (lock?.lost)
            await lock.check(step);
        try {
            return await write(lock?.writeFence());
        }
        catch (e) {
            throw (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .asLockLost */ .Yb)(e, step);
        }
    };
    return {
        async read() {
            try {
                const s = await (0,_state_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readState */ .un)(await open());
                return {
                    // An unreadable kill switch value is treated as on (fail closed).
                    killSwitch: s.killSwitch !== "inactive",
                    breaker: s.breaker === "unknown" ? undefined : s.breaker,
                };
            }
            catch (e) {
                return { killSwitch: undefined, breaker: undefined, error: (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e) };
            }
        },
        async acquireLock({ ttlMs, waitMs, signal }) {
            const c = await open();
            try {
                const lock = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .acquireDeployLock */ .zE)(c, { kind: o.kind, actor: o.actor, runId: o.runId, runUrl: o.runUrl, sha: o.sha }, { ttlMs, waitMs, signal, logger: o.logger });
                held = lock;
                o.onLockAcquired?.(lock.value);
                return {
                    acquired: true,
                    handle: {
                        owner: `${o.kind} run ${o.runId || "?"} (fence ${lock.fence})`,
                        check: (step) => lock.check(step),
                        release: async () => {
                            held = undefined;
                            return lock.release();
                        },
                    },
                };
            }
            catch (e) {
                if (!(e instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ))
                    throw e;
                // "the deploy lock is held by deploy run 41…; waited 5s, giving up" / "…was taken by hand by ops…"
                const holder = e.message.replace(/^the deploy lock (is |was )?/, "");
                return { acquired: false, holder: [holder, ...e.evidence.slice(0, 2)].join("; ") };
            }
        },
        async lockHolder() {
            const info = await (0,_state_lock_js__WEBPACK_IMPORTED_MODULE_5__/* .lockStatus */ .oj)(await open());
            if (!info.held)
                return undefined;
            const owner = info.owner;
            return owner
                ? `${owner.kind} run ${owner.runId ?? "?"} (${owner.runUrl ?? owner.actor})`
                : String(info.raw);
        },
        async tripBreaker(reason) {
            const c = await open();
            await fenced("tripping the circuit breaker", (fence) => (0,_state_breaker_js__WEBPACK_IMPORTED_MODULE_2__/* .tripBreaker */ .QM)(c, { ...who(), reason }, { fence }));
        },
        async setKillSwitch(active, reason) {
            const c = await open();
            await fenced(`${active ? "activating" : "deactivating"} the kill switch`, (fence) => active
                ? (0,_state_killswitch_js__WEBPACK_IMPORTED_MODULE_4__/* .activateKillSwitch */ .w)(c, { ...who(), reason }, { fence })
                : (0,_state_killswitch_js__WEBPACK_IMPORTED_MODULE_4__/* .deactivateKillSwitch */ .H)(c, { ...who(), reason }, { fence }));
        },
        async audit({ action, reason, detail }) {
            const text = detail
                ? `${reason} (${Object.entries(detail)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(", ")})`
                : reason;
            const c = await open();
            await fenced("the audit record", (fence) => (0,_state_audit_js__WEBPACK_IMPORTED_MODULE_1__/* .recordAudit */ .h3)(c, `release.${action}`, { ...who(), reason: text.slice(0, 1000) }, {}, { fence }));
        },
    };
}
/** The `post:` step's backstop: deletes the lock only if it still holds `value` (compare-and-delete). */
async function releaseLeftoverLock(url, keyPrefix, value, logger) {
    const { releaseLock } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3600));
    const client = await openState(url, { keyPrefix, logger, input: "redis-url" });
    try {
        return await releaseLock(client, value);
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 3290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SY: () => (/* binding */ currentStep),
/* harmony export */   zj: () => (/* binding */ CallLog)
/* harmony export */ });
/* unused harmony export classifyArgv */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// A run's calls: every child process (compose, docker, alembic, smoke and integrity commands) and every
// GitHub or Redis round trip, timed and attributed to the timeline step running when it started. A call
// made outside any step becomes a step of its own, so the timeline accounts for every second the run
// spends waiting on something. The report carries the totals per kind (the bench prints them).


/** The step running in this async context (set by Timeline.step). */
const currentStep = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Kind and label of an argv, e.g. ["docker-compose", "-f", "a.yml", "ps", "-q"] → compose ps. Pure. */
function classifyArgv(argv) {
    const program = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(argv[0] ?? "");
    const words = argv.slice(1);
    // The first word that is neither a flag nor a flag's value (-f file, -p name, -c alembic.ini, -x k=v).
    const subcommand = (list) => {
        for (let i = 0; i < list.length; i++) {
            const w = list[i];
            if (/^-[fpcx]$|^--(file|project-name|config|env-file|project-directory|name)$/.test(w))
                i++;
            else if (!w.startsWith("-"))
                return w;
        }
        return "";
    };
    if (program === "docker-compose" || program === "podman-compose")
        return { kind: "compose", label: `compose ${subcommand(words)}` };
    if (program === "docker") {
        if (words[0] === "compose")
            return { kind: "compose", label: `compose ${subcommand(words.slice(1))}` };
        return { kind: "docker", label: `docker ${subcommand(words)}` };
    }
    const alembicAt = argv.findIndex((w) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(w) === "alembic");
    if (alembicAt >= 0)
        return { kind: "alembic", label: `alembic ${subcommand(argv.slice(alembicAt + 1))}` };
    return { kind: "command", label: `command ${program}` };
}
class CallLog {
    now;
    calls = [];
    starts = [];
    unowned;
    constructor(now = Date.now) {
        this.now = now;
    }
    /** The timeline that makes calls outside every step steps of their own (one per run). */
    onUnowned(fn) {
        this.unowned = fn;
    }
    /** A session's interpreter is ready after `durationMs` (inside its first call: said apart from it). */
    started(tool, durationMs) {
        this.starts.push({ tool, startMs: this.now() - durationMs, durationMs });
    }
    /** Times `fn` as one call of `kind`. */
    time(kind, label, fn, okOf) {
        const step = currentStep.getStore();
        const startMs = this.now();
        return this.track(kind, label, step, startMs, fn(), okOf);
    }
    async track(kind, label, step, startMs, pending, okOf) {
        let ok = false;
        try {
            const value = await pending;
            ok = okOf ? okOf(value) : true;
            return value;
        }
        finally {
            const call = { kind, label, startMs, durationMs: this.now() - startMs, step, ok };
            this.calls.push(call);
            if (step === undefined)
                this.unowned?.(call);
        }
    }
    /** The runner every adapter gets: each child process timed and classified. */
    runner(run) {
        return (argv, options) => {
            const { kind, label } = classifyArgv(argv);
            return this.time(kind, label, () => run(argv, options), (r) => r.code === 0 && !r.timedOut);
        };
    }
    /** The same object with every method call timed as one round trip of `kind` (GitHub, Redis). */
    port(kind, target) {
        return new Proxy(target, {
            get: (obj, key, receiver) => {
                const value = Reflect.get(obj, key, receiver);
                if (typeof value !== "function")
                    return value;
                // Only what returns a promise is a round trip; a synchronous method is passed through.
                return (...args) => {
                    const step = currentStep.getStore();
                    const startMs = this.now();
                    const result = value.apply(obj, args);
                    return result instanceof Promise
                        ? this.track(kind, `${kind} ${String(key)}`, step, startMs, result)
                        : result;
                };
            },
        });
    }
    /** Count and time per kind, per label (what was asked how often), and every call in start order. */
    summary() {
        const byKind = {};
        const byLabel = {};
        for (const c of this.calls) {
            const k = byKind[c.kind] ?? { count: 0, ms: 0 };
            k.count++;
            k.ms += c.durationMs;
            byKind[c.kind] = k;
            byLabel[c.label] = (byLabel[c.label] ?? 0) + 1;
        }
        const list = [...this.calls]
            .sort((a, b) => a.startMs - b.startMs)
            .map((c) => ({
            label: c.label,
            ...(c.step !== undefined ? { step: c.step } : {}),
            startMs: c.startMs,
            durationMs: c.durationMs,
            ok: c.ok,
        }));
        return {
            byKind,
            byLabel,
            outsideSteps: this.calls.filter((c) => c.step === undefined).length,
            list,
            starts: [...this.starts],
        };
    }
}


/***/ }),

/***/ 8209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q9: () => (/* binding */ readDeployConfig),
  rk: () => (/* binding */ readHost),
  Fv: () => (/* binding */ readRollbackConfig),
  Om: () => (/* binding */ webhookNotifier),
  O4: () => (/* binding */ wire)
});

// UNUSED EXPORTS: readMetricsConfig, realClock

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../node_modules/re2js/build/index.js
var build = __webpack_require__(8966);
;// CONCATENATED MODULE: ../packages/ops-core/dist/action/pattern.js
// A user's regular expression run on untrusted text (service logs) with a linear-time engine (re2js, a port
// of RE2): a pathological pattern such as `(a+)+$` cannot hang the run, whatever the log holds. JavaScript's
// RegExp backtracks and can take exponential time. Backreferences and lookarounds are not RE2 syntax: they
// are refused with the input named, as any invalid pattern is.


/** A RegExp whose `test` and `exec` run on RE2 (linear time); `source` is the pattern as given. */
class LinearRegExp extends RegExp {
    #re2;
    constructor(source, re2) {
        // The RegExp itself is never run: a trivially safe pattern keeps it from compiling the user's one.
        super("(?:)");
        this.#re2 = re2;
        Object.defineProperty(this, "source", { value: source });
    }
    test(text) {
        return this.#re2.test(text);
    }
    exec(text) {
        const m = this.#re2.exec(text);
        return m;
    }
    toString() {
        return `/${this.source}/`;
    }
}
/** Compiles `source` for a linear-time engine; a ConfigurationError naming `input` when it cannot. */
function linearPattern(source, input, label = `input \`${input}\``) {
    let re2;
    try {
        re2 = build/* RE2JS */.L3.compile(source);
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${label}: not a valid regular expression for the linear-time engine (RE2 syntax: no backreferences or lookarounds): ${e.message}`, { input, cause: e });
    }
    return new LinearRegExp(source, re2);
}

// EXTERNAL MODULE: ../packages/ops-core/dist/compose/session.js
var compose_session = __webpack_require__(7654);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/inputs.js
var health_inputs = __webpack_require__(4251);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ../packages/ops-core/dist/process/python-session.js
var python_session = __webpack_require__(2264);
// EXTERNAL MODULE: ../packages/ops-core/dist/process/run-command.js
var run_command = __webpack_require__(5422);
;// CONCATENATED MODULE: ../packages/ops-core/dist/migrations/session.js
// Alembic in one Python process per run. Each `alembic` call costs about 0.5 s before it touches the
// database (measured on this 2-core machine: `python3 -c "import alembic.config, sqlalchemy"` 0.52-0.55 s,
// `python3 -c pass` 0.02 s), and a rollback asks three times (current, downgrade, the result check): the
// session starts the interpreter behind `alembic-command` once, imports Alembic once, and runs each
// command there through Alembic's own CommandLine, as the `alembic` script does. Each command still runs
// the project's env.py afresh (Alembic loads it per command), with its own engine and connection, so the
// result check after a migration reads the database through a new connection, as a new process would.
//
// What a caller sees is a CommandRunner: the same argv, exit code (255 for Alembic's FAILED, 1 with a
// traceback for a migration that raised, 2 for bad usage), stdout and stderr (the INFO lines: env.py's
// logging writes to the stderr of the moment). Anything it cannot run that way goes to the fallback
// runner as one process per call: a command it does not recognise as Alembic's own script or `python -m
// alembic` (`poetry run alembic`, a wrapper script), another directory or environment, or an interpreter
// that cannot import Alembic. A command that times out or is aborted kills the interpreter (as it would
// kill the process) and later calls go to the fallback.




/** The server: commands on fd 4, replies on fd 3, so nothing a migration prints or reads can touch them;
 * its stdin is /dev/null, as for a process of its own. */
const SERVER = String.raw `
import gc, json, os, sys, tempfile, traceback
reply = os.fdopen(3, "w", encoding="utf-8")
requests = os.fdopen(4, "r", encoding="utf-8")
def send(obj):
    reply.write(json.dumps(obj) + "\n")
    reply.flush()
try:
    from alembic.config import CommandLine
except BaseException:
    send({"ready": False, "error": traceback.format_exc(limit=1)})
    sys.exit(0)
send({"ready": True})
for line in requests:
    argv = json.loads(line)
    code = 0
    # fds 1 and 2 themselves go to files for the command: Alembic's Config prints to the sys.stdout it was
    # imported with, env.py's logging to the sys.stderr of its fileConfig call
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = (os.dup(1), os.dup(2))
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        try:
            CommandLine(prog="alembic").main(argv=argv)
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code & 0xFF
            else:
                print(e.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
        # engines and connections env.py made are closed now, not at some later collection
        gc.collect()
        out.seek(0)
        err.seek(0)
        send({"code": code, "stdout": out.read().decode("utf-8", "replace"), "stderr": err.read().decode("utf-8", "replace")})
`;
/**
 * The interpreter argv that runs `command` (the alembic-command argv), or undefined when it is not Alembic
 * itself: `python3 -m alembic`, or an `alembic` script whose `#!` line names a Python (`#!/usr/bin/python3`,
 * `#!/usr/bin/env python3`, a virtualenv's python).
 */
async function alembicInterpreter(command, env, cwd) {
    const [program, ...rest] = command;
    if (program === undefined)
        return undefined;
    if (python_session/* PYTHON */.ZB.test((0,external_node_path_.basename)(program)) && rest.length === 2 && rest[0] === "-m" && rest[1] === "alembic")
        return [program];
    if (rest.length > 0 || (0,external_node_path_.basename)(program) !== "alembic")
        return undefined;
    return (0,python_session/* scriptInterpreter */.g9)(program, env, cwd);
}
const requests = (proc) => proc.stdio[4];
/** One Alembic interpreter for the calls of a run; others (and any it cannot take) go to `fallback`. */
function alembicSession(fallback, options) {
    const prefix = [...options.command];
    let child;
    let ready;
    let broken = false;
    let started = 0;
    /** Replies in order; the queue makes it one command at a time. */
    let waiting;
    let queue = Promise.resolve();
    /** What the interpreter printed outside any command (its own errors): said when it dies. */
    const ownErrors = new run_command/* BoundedBuffer */.GI(64 * 1024);
    const kill = (proc) => {
        if (proc.exitCode !== null || proc.signalCode !== null)
            return;
        proc.kill("SIGTERM");
        setTimeout(() => proc.kill("SIGKILL"), 2000).unref();
    };
    const start = () => {
        ready ??= (async () => {
            const t0 = performance.now();
            const interpreter = await alembicInterpreter(prefix, options.env, options.cwd);
            if (!interpreter)
                return false;
            const [file, ...args] = interpreter;
            const proc = (0,external_node_child_process_.spawn)(file, [...args, "-c", SERVER], {
                cwd: options.cwd,
                env: options.env,
                // fds 1 and 2 go to files during a command (see SERVER): outside one only the interpreter writes
                stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
                shell: false,
            });
            started++;
            child = proc;
            proc.stderr?.on("data", (d) => ownErrors.push(d));
            const first = new Promise((resolve) => {
                waiting = resolve;
            });
            (0,python_session/* onLines */.lP)(proc.stdio[3], (line) => {
                const w = waiting;
                waiting = undefined;
                try {
                    w?.(JSON.parse(line));
                }
                catch {
                    w?.(undefined);
                }
            });
            const gone = () => {
                child = undefined;
                broken = true;
                const w = waiting;
                waiting = undefined;
                w?.(undefined);
            };
            proc.on("exit", gone);
            proc.on("error", gone);
            requests(proc)?.on("error", () => undefined);
            const hello = await first;
            if (hello && "ready" in hello && hello.ready === true) {
                options.onReady?.(performance.now() - t0);
                return true;
            }
            broken = true;
            kill(proc);
            return false;
        })();
        return ready;
    };
    const viaSession = async (argv, args, o) => {
        const t0 = performance.now();
        if (!(await start()) || broken || !child)
            return undefined;
        const proc = child;
        const reply = new Promise((resolve) => {
            waiting = resolve;
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            broken = true;
            kill(proc);
        }, o.timeoutMs);
        timer.unref();
        const onAbort = () => {
            broken = true;
            kill(proc);
        };
        o.signal?.addEventListener("abort", onAbort, { once: true });
        requests(proc)?.write(`${JSON.stringify(args)}\n`);
        const r = await reply;
        clearTimeout(timer);
        o.signal?.removeEventListener("abort", onAbort);
        const durationMs = performance.now() - t0;
        if (!r) {
            // killed (timeout, abort) or the interpreter died: as the process would have ended
            return {
                argv,
                code: null,
                signal: "SIGTERM",
                stdout: "",
                stderr: ownErrors.text(),
                timedOut,
                durationMs,
            };
        }
        return { argv, code: r.code, signal: null, stdout: r.stdout, stderr: r.stderr, timedOut, durationMs };
    };
    const run = (argv, o) => {
        const mine = !broken &&
            o.input === undefined &&
            o.cwd === options.cwd &&
            (o.env ?? process.env) === options.env &&
            argv.length > prefix.length &&
            prefix.every((w, i) => argv[i] === w);
        if (!mine)
            return fallback(argv, o);
        const args = argv.slice(prefix.length);
        const next = queue.then(async () => (await viaSession(argv, args, o)) ?? fallback(argv, o));
        queue = next.catch(() => undefined);
        return next;
    };
    return {
        run,
        get started() {
            return started;
        },
        async close() {
            // Not waited for (see detach); a Node process that ends first leaves nothing behind either.
            const proc = child;
            broken = true;
            if (proc)
                (0,python_session/* detach */.Yo)(proc);
        },
    };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/remote/engine.js + 3 modules
var engine = __webpack_require__(3560);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ../packages/ops-core/dist/compose/command.js
var command = __webpack_require__(1655);
// EXTERNAL MODULE: ../packages/ops-core/dist/compose/compose.js + 1 modules
var compose_compose = __webpack_require__(1721);
;// CONCATENATED MODULE: ../packages/ops-core/dist/compose/images.js
// Release images on the engine: presence checks (a rollback must not start before its images are known
// to be there), tags, and retention (keep the newest N releases, never one that is protected or in use).

async function docker(o, args, check = true) {
    const argv = [...(o.docker ?? ["docker"]), ...args];
    const result = await o.run(argv, {
        timeoutMs: o.timeoutMs ?? 60_000,
        ...(o.env ? { env: o.env } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
    });
    return check ? (0,compose_compose/* checkResult */.iJ)(result, argv.slice(0, 3).join(" ")) : result;
}
/** The image id (sha256:…) of a reference or id, or undefined when the engine does not have it. */
async function imageId(o, ref) {
    const result = await docker(o, ["image", "inspect", "--format", "{{.Id}}", ref], false);
    if (result.timedOut)
        (0,compose_compose/* checkResult */.iJ)(result, "docker image inspect");
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
    // The repositories side by side (each a list then a removal: one after the other they were a run's
    // last ~0.3 s), the answer in their order.
    const each = await Promise.all(input.repositories.map(async (repository) => {
        const images = await listRepository(o, repository);
        const plan = planRetention({
            images,
            keep: input.keep,
            protectTags: input.protectTags ?? [],
            inUseIds,
        });
        return { kept: plan.keep, ...(await removeImages(o, plan.remove)) };
    }));
    return {
        removed: each.flatMap((r) => r.removed),
        kept: each.flatMap((r) => r.kept),
        failed: each.flatMap((r) => r.failed),
    };
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/adapters/compose.js
// ReleaseCompose on ops-core's compose adapter (../../compose/): detection of `docker compose` (v2) or
// `docker-compose` (v1), argv only, a timeout on every call, DOCKER_HOST honoured (passed through the
// environment), container state from `docker inspect`, logs from `docker logs`, image presence and
// retention. Release images are tagged by version through a variable the compose file uses
// (`image: app/signal:${RELEASE_VERSION}`, `${RELEASE_VERSION:?}` included), so a rollback starts the old
// tag and never rebuilds. Every compose call gets that variable: `config` and `ps` fail without it when
// the file uses the required form.
// Accessories (a database, Redis, a broker adapter with a volume, Grafana): services the release does not
// own, named by the `accessories` input or recognised because their `image:` does not use the variable
// and they have no `build:`. They are never built, pulled, stopped, recreated, retagged or pruned; both
// strategies stop and start the release services only (`--no-deps`), so a Redis holding the deploy lock
// and `cb:state` in the same project keeps running through every deploy and rollback.







function composeAdapter(o) {
    const compose = (0,compose_compose/* createCompose */.PK)({
        run: o.run,
        files: o.files,
        ...(o.project ? { project: o.project } : {}),
        cwd: o.cwd,
        env: o.env,
        ...(o.command === "auto" ? {} : { command: o.command === "docker compose" ? command/* V2_ARGV */.oD : command/* V1_ARGV */.r8 }),
        timeoutMs: o.timeoutMs,
        // A run reads the containers before its change and after it; between its own calls nothing of the
        // release changes them, so a read is reused for a few seconds (any up/stop/rm/restart forgets it).
        stateMaxAgeMs: 10_000,
    });
    const docker = (timeoutMs) => ({ run: o.run, env: o.env, timeoutMs });
    const release = (version) => ({ [o.versionVariable]: version });
    const signalOf = (signal) => (signal ? { signal } : {});
    // A value no image ref holds by chance: a service whose image holds it uses the variable. The
    // configuration is read once per run, with the variable set to it; each version's refs are that text
    // with the version in its place (what compose's own interpolation would give), so a run asks `config`
    // one question however many versions it plans (the current, the new, a rollback target).
    const PROBE = "ops-version-probe-0";
    let probed;
    const configOnce = () => {
        probed ??= compose
            .config({ env: release(PROBE) })
            .then(compose_compose/* servicesFromConfig */.nS)
            .catch((e) => {
            probed = undefined;
            throw e;
        });
        return probed;
    };
    const plans = new Map();
    const plan = async (version) => {
        const cached = plans.get(version);
        if (cached)
            return cached;
        const probe = await configOnce();
        const specs = {};
        for (const [service, spec] of Object.entries(probe)) {
            specs[service] = { ...spec, image: spec.image?.replaceAll(PROBE, version) };
        }
        const named = o.accessories ?? [];
        const unknown = named.filter((s) => !(s in specs));
        if (unknown.length > 0) {
            throw new errors/* ConfigurationError */.j1(`input \`accessories\`: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not a service of the compose file (services: ${Object.keys(specs).join(", ")})`, { input: "accessories" });
        }
        const result = { release: [], accessories: [], refs: {} };
        for (const [service, spec] of Object.entries(specs)) {
            const usesVariable = probe[service]?.image?.includes(PROBE) === true;
            if (named.includes(service)) {
                result.accessories.push({ service, image: spec.image, why: "accessories input" });
            }
            else if (spec.image !== undefined && !usesVariable && !spec.build) {
                result.accessories.push({
                    service,
                    image: spec.image,
                    why: `auto-detected: image ${spec.image} does not use \${${o.versionVariable}} and has no build`,
                });
            }
            else {
                result.release.push(service);
                if (spec.image !== undefined)
                    result.refs[service] = spec.image;
            }
        }
        if (result.release.length === 0) {
            throw new errors/* ConfigurationError */.j1(`the compose file has no release service: every service is an accessory (${result.accessories.map((a) => a.service).join(", ")}); tag the release's images with the version, e.g. image: app/signal:\${${o.versionVariable}}`, { input: "compose-file" });
        }
        const missing = result.release.filter((s) => result.refs[s] === undefined);
        if (missing.length > 0) {
            throw new errors/* ConfigurationError */.j1(`${missing.join(", ")}: no \`image:\`; tag the release's images with the version, e.g. image: app/signal:\${${o.versionVariable}}`, { input: "compose-file" });
        }
        const untagged = Object.entries(result.refs).filter(([, ref]) => !ref.endsWith(`:${version}`));
        if (untagged.length > 0) {
            throw new errors/* ConfigurationError */.j1(`release images must be tagged by version through \${${o.versionVariable}}: ${untagged.map(([s, r]) => `${s} → ${r}`).join(", ")} (or name the service in \`accessories\` if deploys must not touch it)`, { input: "compose-file" });
        }
        plans.set(version, result);
        return result;
    };
    const images = async (version) => (await plan(version)).refs;
    return {
        serviceNames: async () => Object.keys(await configOnce()),
        releaseRefs: images,
        imageSource: o.source,
        async prefetch() {
            // The configuration (one `config`), and the containers by project label (`docker ps` + `docker
            // inspect`, reused for a few seconds): neither depends on the version being planned. Without a
            // project name the state is a `compose ps`, which needs the version: not read ahead then.
            await Promise.all([configOnce(), ...(o.project ? [compose.state({ env: release(PROBE) })] : [])]);
        },
        async services(version) {
            const { release: services, accessories } = await plan(version);
            return { release: services, accessories };
        },
        async accessories(version) {
            const { accessories } = await plan(version);
            if (accessories.length === 0)
                return [];
            const state = await compose.state({ env: release(version) });
            return accessories.map((a) => {
                const list = state[a.service] ?? [];
                const c = list.find((x) => x.running) ?? list[0];
                return {
                    ...a,
                    containerId: c?.id,
                    running: c?.running === true,
                    health: c?.health ?? "none",
                    startedAt: c?.startedAt,
                };
            });
        },
        async prepareRelease(version, signal) {
            const { release: services, refs } = await plan(version);
            const call = { env: release(version), ...signalOf(signal), timeoutMs: Math.max(o.timeoutMs, 900_000) };
            // Only the release services: an accessory's pinned image is never rebuilt or pulled.
            if (o.source === "build")
                await compose.build(services, call);
            else
                await compose.pull(services, call);
            const out = {};
            // One `docker image inspect` per image, side by side (not one after the other).
            const { ids } = await imagesPresent(docker(20_000), Object.values(refs));
            for (const [service, ref] of Object.entries(refs)) {
                const id = ids[ref];
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
            const targets = services?.length ? services : (await plan(version)).release;
            // `down-up` is the runbook's `down && up -d` for the release services only: `down` would stop the
            // accessories too (Redis, and the deploy lock in it, gone mid-deploy). `rm -f -s` stops and removes
            // them in one compose call, as `down` does: two calls, like the runbook.
            if (strategy === "down-up")
                await compose.remove(targets, { ...call, stop: true });
            await compose.up({ ...call, services: targets, noDeps: true });
        },
        async restart(services, signal, version) {
            const v = version ?? o.env[o.versionVariable];
            const call = { ...(v !== undefined ? { env: release(v) } : {}), ...signalOf(signal) };
            const targets = services?.length ? services : v !== undefined ? (await plan(v)).release : [];
            await compose.exec(["restart", ...targets], call);
        },
        async runningImages(version) {
            const out = {};
            for (const [service, list] of Object.entries(await compose.state({ env: release(version) }))) {
                const live = list.find((c) => c.running || c.restarting);
                if (live)
                    out[service] = live.image;
            }
            return out;
        },
        async logs(services, sinceIso, tail, version) {
            return compose.logs(services, { since: sinceIso, tail, timeoutMs: 20_000, env: release(version) });
        },
        async composeFileHash() {
            const hash = (0,external_node_crypto_.createHash)("sha256");
            for (const f of o.files.length ? o.files : ["docker-compose.yml"])
                hash.update(await (0,promises_.readFile)((0,external_node_path_.resolve)(o.cwd, f)));
            return `sha256:${hash.digest("hex")}`;
        },
        async pruneReleases(keep, protect) {
            const current = protect[0];
            if (!current)
                return [];
            // The release services' repositories only: an accessory's image is never a release to prune.
            const repositories = [...new Set(Object.values(await images(current)).map((r) => splitRef(r)[0]))];
            const { removed } = await pruneReleases(docker(60_000), { repositories, keep, protectTags: protect });
            return removed;
        },
    };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/release/adapters/github.js
var github = __webpack_require__(1225);
// EXTERNAL MODULE: ../packages/ops-core/dist/migrations/alembic.js
var migrations_alembic = __webpack_require__(7744);
// EXTERNAL MODULE: ../packages/ops-core/dist/migrations/graph.js
var graph = __webpack_require__(6296);
;// CONCATENATED MODULE: ../packages/ops-core/dist/migrations/rows.js
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
    if (/^python[\d.]*$/.test((0,external_node_path_.basename)(program)))
        return [program];
    if ((0,external_node_path_.basename)(program) !== "alembic")
        return undefined;
    const path = program.includes("/")
        ? (0,external_node_path_.resolve)(program)
        : await onPath(program, env.PATH ?? process.env.PATH ?? "");
    if (!path)
        return undefined;
    const handle = await (0,promises_.open)(path, "r").catch(() => undefined);
    if (!handle)
        return undefined;
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
        const first = buffer.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
        const m = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(first);
        if (!m)
            return undefined;
        // `#!/usr/bin/env python3` → python3 (from PATH, as the shell would).
        if ((0,external_node_path_.basename)(m[1]) === "env" && m[2])
            return [m[2]];
        return [m[1]];
    }
    finally {
        await handle.close();
    }
}
async function onPath(program, path) {
    for (const dir of path.split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, program);
        if (await (0,promises_.access)(candidate, promises_.constants.X_OK).then(() => true, () => false))
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
    const ini = (0,external_node_path_.isAbsolute)(o.config ?? "")
        ? o.config
        : (0,external_node_path_.resolve)(o.directory, o.config ?? "alembic.ini");
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
            failure = `the count failed: ${(0,migrations_alembic/* exceptionLine */.i6)(r.stderr).slice(0, 200)}`;
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/adapters/migrations.js
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
    const alembic = (0,migrations_alembic/* createAlembic */.E5)({
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
    // Asked once per run each: `current` until a migration runs, `heads` once (the files do not change
    // during a run). An Alembic call costs ~0.5 s (Python start). A migration's own result check is an
    // `alembic current` right after it: its answer is the database's revision now, so the next `current`
    // takes it instead of asking again. A migration whose result is not known (it raised, or a relative
    // target that is not checked) makes the next read ask Alembic.
    let current;
    let heads;
    const once = (value, forget) => {
        value.catch(forget);
        return value;
    };
    const readBack = (revisions) => {
        // Several revisions: `current()` throws for them, so that is left to Alembic's own answer.
        current = revisions && revisions.length <= 1 ? Promise.resolve(revisions[0] ?? null) : undefined;
    };
    const migrate = async (fn) => {
        const known = heads ? await heads.catch(() => undefined) : undefined;
        current = undefined;
        let after;
        try {
            return await step(async () => {
                try {
                    const r = await fn(known ? { heads: known } : {});
                    after = r.revisionsAfter;
                    return r;
                }
                catch (e) {
                    if (e instanceof migrations_alembic/* RevisionMismatchError */.On)
                        after = e.actual;
                    throw e;
                }
            });
        }
        finally {
            readBack(after);
        }
    };
    return {
        current: (signal) => {
            current ??= once(alembic.current(signal), () => {
                current = undefined;
            });
            return current;
        },
        heads: () => {
            heads ??= once(alembic.heads(), () => {
                heads = undefined;
            });
            return heads;
        },
        graph: () => (0,graph/* readMigrations */.Yr)(o.directory, o.config ?? "alembic.ini"),
        upgrade: (target, signal) => migrate((known) => alembic.upgrade(target, signal, known)),
        downgrade: (target, signal) => migrate((known) => alembic.downgrade(target, signal, known)),
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

// EXTERNAL MODULE: ../packages/ops-core/dist/health/cause.js
var cause = __webpack_require__(6643);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/clients.js
var clients = __webpack_require__(7112);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/probe.js
var probe = __webpack_require__(5166);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/smoke.js + 6 modules
var smoke = __webpack_require__(2792);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/time.js
var time = __webpack_require__(3311);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/adapters/smoke.js
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
        // A per-node endpoint (`orchestrator@node-b`, Swarm) points at its service too.
        const service = e.name.split("@")[0] ?? e.name;
        if (e.verdict !== "pass" && serviceNames.includes(service) && !failingServices.includes(service))
            failingServices.push(service);
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
    const healthyAfter = report.endpoints.map((e) => e.healthyAfterMs);
    const healthyAfterMs = healthyAfter.length > 0 && healthyAfter.every((ms) => ms !== undefined)
        ? Math.max(...healthyAfter)
        : undefined;
    return {
        verdict: report.verdict,
        ...(degradationPct !== undefined ? { degradationPct } : {}),
        ...(healthyAfterMs !== undefined ? { healthyAfterMs } : {}),
        crashLooping,
        breaker,
        failingServices,
        evidence,
        causes: (0,cause/* causesOf */.c)(report),
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
function smokeAdapter(config, run, logger, options = {}) {
    // One stack port per release version: `config`/`ps` interpolate the compose file (`${VAR:?}` fails
    // without the variable).
    const stacks = new Map();
    let serviceNames;
    const remembered = (names) => {
        names.catch(() => {
            serviceNames = undefined;
        });
        return names;
    };
    let other;
    const stackFor = (version) => {
        if (options.stack) {
            other ??= options.stack();
            return other;
        }
        if (!config.compose)
            return undefined;
        const key = version ?? "";
        let port = stacks.get(key);
        if (!port) {
            const env = {
                ...(options.env ?? process.env),
                ...(version !== undefined && options.versionVariable ? { [options.versionVariable]: version } : {}),
            };
            const inner = (0,clients/* composeStackPort */._1)({ ...config.compose, env }, run);
            // The file's services do not change during a run, whichever version: `config --services` once.
            port = {
                ...inner,
                services: (signal) => (serviceNames ??= remembered(options.serviceNames ? options.serviceNames() : inner.services(signal))),
            };
            stacks.set(key, port);
        }
        return port;
    };
    const state = config.redis
        ? (0,clients/* redisStatePort */.SR)(config.redis.url, {
            keyPrefix: config.redis.keyPrefix,
            timeoutMs: config.smoke.breaker?.timeoutMs ?? 3_000,
        })
        : undefined;
    return {
        async check({ baseline, signal, purpose, version }) {
            const fromBaseline = baselineOf(baseline);
            const { breaker: breakerCheck, ...rest } = config.smoke;
            const inputs = {
                ...rest,
                ...(options.failFastAfterMs !== undefined ? { failFastAfterMs: options.failFastAfterMs } : {}),
                ...(breakerCheck && purpose !== "rollback" ? { breaker: breakerCheck } : {}),
                ...(fromBaseline && !config.smoke.baseline ? { baseline: fromBaseline } : {}),
                ...(options.endpoints ? { endpoints: await options.endpoints(rest.endpoints, signal) } : {}),
            };
            const stack = stackFor(version);
            const report = await (0,smoke/* runSmoke */.L)(inputs, {
                get: probe/* fetchGet */.xi,
                clock: time/* realClock */.dQ,
                sleep: time/* realSleep */.uk,
                random: Math.random,
                now: () => new Date(),
                ...(stack ? { stack } : {}),
                ...(state && purpose !== "rollback" ? { state } : {}),
                run,
                files: {
                    readFile: (p) => (0,promises_.readFile)(p, "utf8"),
                    resolvePath: (cwd, p) => (0,external_node_path_.resolve)(cwd ?? process.cwd(), p),
                },
                logger,
                ...(signal ? { signal } : {}),
            });
            return healthFromSmoke(report);
        },
    };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/release/adapters/state.js
var state = __webpack_require__(2485);
// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/docker.js
var swarm_docker = __webpack_require__(4212);
// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/endpoints.js
var endpoints = __webpack_require__(2216);
// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/convergence.js
var convergence = __webpack_require__(4259);
;// CONCATENATED MODULE: ../packages/ops-core/dist/swarm/image-probe.js
// Which node lacks which image, asked of the nodes themselves: the manager's `docker image inspect`
// answers for the manager only. Per image, a short-lived global job (`--mode global-job`, one task on
// every ready and active node, `--restart-condition none`, entrypoint `true`, the image not resolved to
// a digest) runs to its end; a node where the image is neither present nor pullable rejects its task
// ("No such image: …"), a node that has it runs the task (whatever `true` does in that image: started,
// complete or failed all mean the image was there). The jobs are removed after, whatever happened.



// The image could not be had on that node (a missing executable in it is not that: the image was there).
const PULL_FAILURE = /no such image|pull access denied|manifest unknown|manifest for .* not found|repository does not exist|failed to resolve reference|error pulling image/i;
/** A task's answer for its image: present, missing (with why), or not yet known. */
function taskAnswer(state, error) {
    if (state === "rejected")
        return "missing";
    if (state === "failed")
        return error && PULL_FAILURE.test(error) ? "missing" : "present";
    if (["starting", "running", "complete", "shutdown"].includes(state))
        return "present";
    return undefined;
}
function jobName(ref) {
    const h = (0,external_node_crypto_.createHash)("sha256").update(ref).digest("hex").slice(0, 10);
    return `ops-image-probe-${h}-${Math.random().toString(36).slice(2, 8)}`;
}
async function probeImages(cli, refs, o) {
    const unique = [...new Set(refs)];
    const perNode = {};
    if (unique.length === 0)
        return { present: [], missing: [], perNode };
    const nodes = (0,convergence/* eligibleNodes */.VS)(await (0,swarm_docker/* readNodes */.g0)(cli, o.signal));
    if (nodes.length === 0)
        throw new Error("no ready and active Swarm node to look for images on");
    const results = await Promise.all(unique.map((ref) => probeOne(cli, ref, nodes, o)));
    const missing = [];
    const present = [];
    unique.forEach((ref, i) => {
        const lacking = results[i] ?? [];
        if (lacking.length === 0)
            present.push(ref);
        for (const l of lacking) {
            missing.push(`${ref} on ${l}`);
            const node = l.replace(/ \(.*$/, "");
            perNode[node] = [...(perNode[node] ?? []), ref];
        }
    });
    return { present, missing, perNode };
}
/** The nodes (hostnames, with why) that lack `ref`. */
async function probeOne(cli, ref, nodes, o) {
    const id = (await (0,swarm_docker/* docker */.T3)(cli, [
        "service",
        "create",
        "--detach",
        "--quiet",
        "--name",
        jobName(ref),
        "--mode",
        "global-job",
        "--restart-condition",
        "none",
        "--no-resolve-image",
        "--label",
        "ops.image-probe=true",
        "--entrypoint",
        "true",
        ...(o.withRegistryAuth ? ["--with-registry-auth"] : []),
        ref,
    ], o.signal)).trim();
    const answers = new Map();
    const why = new Map();
    try {
        const deadline = o.clock.now() + o.timeoutMs;
        for (;;) {
            const taskIds = (await (0,swarm_docker/* docker */.T3)(cli, ["service", "ps", id, "--quiet", "--no-trunc"], o.signal))
                .split("\n")
                .map((l) => l.trim())
                .filter(Boolean);
            const tasks = taskIds.length === 0
                ? []
                : (0,swarm_docker/* parseTasks */.EY)(JSON.parse(await (0,swarm_docker/* inspectPresent */.m1)(cli, ["inspect", "--type", "task", ...taskIds], o.signal)));
            for (const t of tasks) {
                const answer = taskAnswer(t.state, t.error);
                if (!answer || answers.get(t.nodeId) === "present")
                    continue;
                answers.set(t.nodeId, answer);
                if (answer === "missing" && t.error)
                    why.set(t.nodeId, t.error);
            }
            if (nodes.every((n) => answers.has(n.id)) || o.clock.now() >= deadline)
                break;
            await o.clock.sleep(o.pollMs ?? 500, o.signal);
        }
    }
    finally {
        await (0,swarm_docker/* docker */.T3)(cli, ["service", "rm", id]).catch(() => undefined);
    }
    const lacking = [];
    for (const n of nodes) {
        const a = answers.get(n.id);
        if (a === "present")
            continue;
        if (a === "missing")
            lacking.push(`${n.hostname}${why.get(n.id) ? ` (${why.get(n.id)})` : ""}`);
        else
            lacking.push(`${n.hostname} (no answer within ${Math.round(o.timeoutMs / 1000)}s)`);
    }
    return lacking;
}

// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/stack.js
var swarm_stack = __webpack_require__(6754);
// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/stack-port.js
var stack_port = __webpack_require__(4004);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/adapters/swarm.js
// ReleaseCompose on a Docker Swarm stack (`engine: swarm`). What a release owns and which services are
// accessories comes from the compose file exactly as in compose mode (the compose adapter's one `config`
// read is reused: same classification, same errors); building or pulling happens on the manager, as do
// the migrations (the engine runs them once, before the stack changes, never per node). Then:
// - the images: every node must have each release image or be able to pull it; a short-lived global job
//   per image asks every node (../../swarm/image-probe.ts) and the missing ones are named per node
//   before anything changes (the rollback plan's gate and the deploy's image step);
// - the change: `docker stack deploy` of the compose file(s) with the release's tag, the stack file's
//   own update_config honoured (order, parallelism, failure_action), then the wait for convergence:
//   every release service's tasks running on the new image at the desired count, within the timeout.
//   Swarm's own automatic rollback or a paused update ends the wait at once and is reported as such;
//   it is never fought with another deploy of the same release;
// - a rollback is a stack deploy of the recorded release's tag (the recorded images for every service),
//   never `docker service rollback` (which knows one previous spec only, and nothing of the database).
// Child processes get the same environment the compose adapter's do (`env`: DOCKER_HOST and the rest).






function swarmAdapter(o) {
    const compose = composeAdapter(o);
    const stack = o.stack ?? (0,swarm_stack/* stackName */.Qx)(o.project, o.cwd);
    const cli = { run: o.run, env: o.env, cwd: o.cwd, timeoutMs: 60_000 };
    const release = (version) => ({ [o.versionVariable]: version });
    const pulling = o.source === "pull";
    const probe = (refs, signal) => probeImages(cli, refs, {
        clock: o.clock,
        timeoutMs: o.probeTimeoutMs ?? 60_000,
        ...(o.pollMs !== undefined ? { pollMs: o.pollMs } : {}),
        withRegistryAuth: pulling,
        ...(signal ? { signal } : {}),
    });
    // The manager's clock may run a little apart from ours (an ssh:// engine): a margin for "since".
    const sinceNow = () => new Date(o.clock.now() - 5_000).toISOString();
    const converge = async (images, sinceIso, signal) => (0,swarm_stack/* awaitConvergence */.a7)(cli, {
        stack,
        images,
        sinceIso,
        timeoutMs: o.convergeTimeoutMs ?? o.timeoutMs,
        clock: o.clock,
        ...(o.pollMs !== undefined ? { pollMs: o.pollMs } : {}),
        ...(signal ? { signal } : {}),
    });
    const adapter = {
        ...compose,
        restartMode: "stack deploy",
        stack,
        cli,
        // Every service of the file, accessories included, as compose mode checks them.
        stackPort: () => (0,stack_port/* swarmStackPort */.C)(cli, stack, () => compose.serviceNames()),
        async accessories(version) {
            const { accessories } = await compose.services(version);
            if (accessories.length === 0)
                return [];
            const snapshot = await (0,swarm_docker/* readStack */.bA)(cli, stack);
            return accessories.map((a) => {
                const s = snapshot.services.find((x) => x.service === a.service);
                const tasks = snapshot.tasks
                    .filter((t) => s && t.serviceId === s.id && t.desired === "running")
                    .sort((x, y) => Date.parse(y.createdAt) - Date.parse(x.createdAt));
                const live = tasks.find((t) => t.state === "running") ?? tasks[0];
                return {
                    ...a,
                    containerId: live?.id,
                    unit: "task",
                    running: live?.state === "running",
                    // A running task has passed its health check, when the image has one.
                    health: live?.state === "running" ? "healthy" : live?.state === "starting" ? "starting" : "none",
                    startedAt: live?.createdAt,
                };
            });
        },
        async prepareRelease(version, signal) {
            const images = await compose.prepareRelease(version, signal);
            const { missing } = await probe(Object.values(images).map((i) => i.ref), signal);
            if (missing.length > 0) {
                throw new Error(`not every Swarm node has the release's images (nothing was changed): ${missing.join("; ")}; load them on those nodes (docker save | docker load) or push them to a registry and use image-source: pull`);
            }
            return images;
        },
        async imagesPresent(refs) {
            // Ids (`sha256:…`) are the manager's own: asked there; refs are asked of every node.
            const ids = refs.filter((r) => r.startsWith("sha256:"));
            const named = refs.filter((r) => !r.startsWith("sha256:"));
            const local = ids.length > 0 ? await compose.imagesPresent(ids) : { present: [], missing: [] };
            const nodes = named.length > 0 ? await probe(named) : { present: [], missing: [] };
            return { present: [...local.present, ...nodes.present], missing: [...local.missing, ...nodes.missing] };
        },
        async up(version, { services, signal }) {
            // `strategy` does not apply: the stack file's update_config says how Swarm replaces tasks.
            const plan = await compose.services(version);
            const images = await compose.releaseRefs(version);
            const targets = services?.length ? services : plan.release;
            const since = sinceNow();
            await (0,swarm_stack/* stackDeploy */.Cy)(cli, {
                stack,
                files: o.files.length ? o.files : ["docker-compose.yml"],
                resolveImage: pulling ? "changed" : "never",
                withRegistryAuth: pulling,
                env: release(version),
                ...(signal ? { signal } : {}),
            });
            await converge(Object.fromEntries(Object.entries(images).filter(([s]) => targets.includes(s))), since, signal);
        },
        async restart(services, signal, version) {
            const v = version ?? o.env[o.versionVariable];
            const targets = services?.length
                ? services
                : v !== undefined
                    ? (await compose.services(v)).release
                    : [];
            const since = sinceNow();
            for (const s of targets)
                await (0,swarm_docker/* docker */.T3)(cli, ["service", "update", "--force", "--detach", `${stack}_${s}`], signal);
            const running = await adapter.runningImages(v ?? "");
            await converge(Object.fromEntries(targets.filter((s) => running[s]).map((s) => [s, running[s]])), since, signal);
        },
        async runningImages() {
            const snapshot = await (0,swarm_docker/* readStack */.bA)(cli, stack);
            const out = {};
            for (const s of snapshot.services) {
                const live = snapshot.tasks.find((t) => t.serviceId === s.id && t.desired === "running" && t.state === "running");
                out[s.service] = (0,swarm_docker/* withoutDigest */.nA)(live?.image ?? s.image);
            }
            return out;
        },
        async logs(services, sinceIso, tail, version) {
            const targets = services?.length ? services : (await compose.services(version)).release;
            const out = {};
            await Promise.all(targets.map(async (s) => {
                const r = await o.run([
                    "docker",
                    "service",
                    "logs",
                    "--no-task-ids",
                    "--since",
                    sinceIso,
                    "--tail",
                    String(tail),
                    `${stack}_${s}`,
                ], { env: o.env, cwd: o.cwd, timeoutMs: 20_000 });
                out[s] = [r.stdout, r.stderr].filter((x) => x.trim()).join("\n");
            }));
            return out;
        },
    };
    return adapter;
}

/** The smoke adapter's options for a Swarm stack: its tasks as the stack, endpoints per node. */
function swarmSmokeOptions(adapter) {
    return {
        stack: () => adapter.stackPort(),
        endpoints: async (configured, signal) => (0,endpoints/* hasNodePlaceholder */.T)(configured)
            ? (0,endpoints/* expandPerNode */.k)(configured, await (0,swarm_docker/* readNodes */.g0)(adapter.cli, signal))
            : [...configured],
    };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/release/calls.js
var release_calls = __webpack_require__(3290);
// EXTERNAL MODULE: ../packages/ops-core/dist/release/history.js
var release_history = __webpack_require__(1535);
// EXTERNAL MODULE: ../packages/ops-core/dist/release/plan.js
var plan = __webpack_require__(6712);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/config.js
// The deploy and rollback actions' inputs, read once into frozen typed objects, and the adapters built
// from them. The actions stay thin: parse → wire → engine → outputs and summary.


















async function readHost(inputs, defaultBranch) {
    const workingDirectory = (0,external_node_path_.resolve)(inputs.string("working-directory", "."));
    const redisUrl = inputs.optional("redis-url");
    const smoke = await (0,health_inputs/* readSmokeConfig */.uQ)(inputs, {
        readFile: (p) => (0,promises_.readFile)(p, "utf8"),
        resolvePath: (cwd, p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd ?? process.cwd(), p)),
    });
    const incidentMode = inputs.enum("incident-report", ["summary", "pr", "file"], "summary");
    const alembicDir = inputs.string("alembic-directory", "db");
    return {
        token: inputs.required("token", "a GitHub token (the default github.token works)"),
        environment: inputs.string("environment", "production"),
        workingDirectory,
        redisUrl,
        keyPrefix: inputs.string("key-prefix", ""),
        engine: inputs.enum("engine", ["compose", "swarm"], "compose"),
        compose: {
            command: inputs.enum("compose-command", ["auto", "docker compose", "docker-compose"], "auto"),
            files: inputs.list("compose-file"),
            project: inputs.optional("compose-project"),
            versionVariable: inputs.string("version-variable", "RELEASE_VERSION"),
            source: inputs.enum("image-source", ["build", "pull"], "build"),
            accessories: inputs.list("accessories"),
            timeoutMs: inputs.duration("compose-timeout", { fallback: 300_000, min: 1000, max: 3_600_000 }),
        },
        alembic: {
            command: inputs.argv("alembic-command") ?? ["alembic"],
            directory: (0,external_node_path_.isAbsolute)(alembicDir) ? alembicDir : (0,external_node_path_.resolve)(workingDirectory, alembicDir),
            config: inputs.optional("alembic-config"),
            timeoutMs: inputs.duration("migration-timeout", { fallback: 600_000, min: 1000, max: 6 * 3_600_000 }),
        },
        smoke,
        failFastAfterMs: inputs.duration("fail-fast-after", { fallback: 10_000, min: 0, max: 3_600_000 }),
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
    // Run on the services' logs (untrusted) with a linear-time engine: no pattern can hang the deploy.
    const logErrorPattern = linearPattern(patternText, "log-error-pattern");
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
async function readRollbackConfig(inputs, defaultBranch) {
    const host = await readHost(inputs, defaultBranch);
    const reason = inputs.required("reason", "why production is being rolled back (it goes into the incident report)");
    return Object.freeze({
        host,
        notifyWebhook: inputs.url("notify-webhook", ["https:", "http:"]),
        rollback: Object.freeze({
            environment: host.environment,
            target: (0,release_history/* parseRollbackTarget */.Rm)(inputs.optional("target")),
            dbRevision: (0,plan/* parseDbRevision */.bo)(inputs.optional("db-revision")),
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
const realClock = {
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
function webhookNotifier(url, timeoutMs = 10_000) {
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
    const calls = new release_calls/* CallLog */.zj();
    const env = o.env ?? process.env;
    // docker-compose (v1) calls as forks of one imported compose (compose/session.ts: ~0.7 s of Python start
    // saved per call after the first); `docker compose` (v2), every other program and a runner handed in
    // (tests) run a process per call.
    const program = o.runner ? undefined : (0,compose_session/* sessionProgram */.P)(o.host.compose.command);
    const composeServer = program
        ? (0,compose_session/* composeSession */.r)(run_command/* runCommand */.d1, {
            program,
            cwd: o.host.workingDirectory,
            env,
            onReady: (ms) => calls.started("compose", ms),
        })
        : undefined;
    if (composeServer)
        o.onCleanup(() => composeServer.close());
    // Every child process (compose, alembic, backup, integrity and smoke commands) gets the run's engine env.
    const run = calls.runner((0,engine/* engineRunner */.$v)(o.runner ?? composeServer?.run ?? run_command/* runCommand */.d1, env));
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
    // Alembic's calls of the run in one interpreter (migrations/session.ts: ~0.5 s of Python start and
    // imports saved per call after the first); a runner handed in (tests) sees every call as a process.
    const session = o.runner
        ? undefined
        : alembicSession((0,engine/* engineRunner */.$v)(run_command/* runCommand */.d1, env), {
            command: o.host.alembic.command,
            cwd: o.host.alembic.directory,
            env,
            onReady: (ms) => calls.started("alembic", ms),
        });
    if (session)
        o.onCleanup(() => session.close());
    const alembicRun = session ? calls.runner(session.run) : run;
    const composeOptions = { ...o.host.compose, cwd: o.host.workingDirectory, env, run };
    const swarm = o.host.engine === "swarm" ? swarmAdapter({ ...composeOptions, clock: realClock }) : undefined;
    const compose = swarm ?? composeAdapter(composeOptions);
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
        github: calls.port("github", (0,github/* releaseGitHubPort */.Q)({ token: o.host.token, apiUrl: o.run.apiUrl, repository: o.run.repository })),
        state: o.host.redisUrl
            ? calls.port("redis", (0,state.redisState)({
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
            }))
            : unreachable("no redis-url given: the kill switch, breaker and deploy lock cannot be read"),
        compose,
        migrations: alembicAdapter({ ...o.host.alembic, env, run: alembicRun }),
        smoke: smokeAdapter(o.host.smoke, run, o.logger, {
            env,
            serviceNames: () => compose.serviceNames(),
            versionVariable: o.host.compose.versionVariable,
            failFastAfterMs: o.host.failFastAfterMs,
            ...(swarm ? swarmSmokeOptions(swarm) : {}),
        }),
        clock: realClock,
        // The process's start on realClock's scale (epoch ms): Node start and wiring are the timeline's first step.
        startedAtMs: Math.floor(performance.timeOrigin),
        logger: o.logger,
        commands,
        calls,
        ...(o.notifier ? { notifier: o.notifier } : {}),
        ...(o.onDeploymentCreated ? { onDeploymentCreated: o.onDeploymentCreated } : {}),
        signal: o.signal,
    };
}


/***/ }),

/***/ 1535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ currentRelease),
/* harmony export */   Jt: () => (/* binding */ effectiveState),
/* harmony export */   Rm: () => (/* binding */ parseRollbackTarget),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   u1: () => (/* binding */ resolveTarget),
/* harmony export */   zf: () => (/* binding */ lastKnownGood)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8862);
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
function currentRelease(deployments, running) {
    if (running && Object.keys(running).length > 0) {
        for (const d of newestFirst(deployments)) {
            const record = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecord */ .Hh)(d.payload);
            const ids = record ? Object.entries(record.imageRefs) : [];
            if (record && ids.length > 0 && ids.every(([service, id]) => running[service] === id)) {
                return { deployment: d, record };
            }
        }
    }
    for (const d of newestFirst(deployments)) {
        const record = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecord */ .Hh)(d.payload);
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
        const record = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecord */ .Hh)(d.payload);
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
function parseRollbackTarget(text, input = "target") {
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
    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`input \`${input}\`: ${JSON.stringify(t.slice(0, 80))} is not valid; expected last-good, a commit sha (7 to 40 hex characters) or a deployment id`, { input });
}
/** Finds the deployment the target names; undefined when none matches (the caller refuses). */
function resolveTarget(target, deployments, current) {
    if (target.kind === "last-good")
        return lastKnownGood(deployments, current);
    const matches = [];
    for (const d of newestFirst(deployments)) {
        const match = target.kind === "deployment" ? d.id === target.id : d.sha.startsWith(target.sha);
        if (!match)
            continue;
        const record = (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecord */ .Hh)(d.payload);
        if (record)
            matches.push({ deployment: d, record });
    }
    if (matches.length === 0 && target.kind === "deployment" && target.orSha) {
        return resolveTarget({ kind: "sha", sha: target.orSha }, deployments, current);
    }
    // For a sha, prefer a deployment of it that went well; its record is the one to trust.
    return matches.find((m) => effectiveState(m.deployment) === "success") ?? matches[0];
}


/***/ }),

/***/ 7833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M_: () => (/* binding */ mirrorNote),
  M6: () => (/* binding */ withMirror)
});

// UNUSED EXPORTS: GITHUB_GATES, mirrorFile, releaseMirror

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
// EXTERNAL MODULE: ../packages/ops-core/dist/release/mirror.js
var mirror = __webpack_require__(360);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/release/record.js
var record = __webpack_require__(8862);
// EXTERNAL MODULE: ../packages/ops-core/dist/release/sync.js
var release_sync = __webpack_require__(5976);
;// CONCATENATED MODULE: ../packages/ops-core/dist/release/mirrored-github.js
// ReleaseGitHub with the host's release mirror behind it: the engines (deploy, rollback, the deploy's
// automatic rollback) run unchanged, from an action or from `ops` at the terminal.
// - First use: a bounded probe (default 5 s, one attempt) says whether GitHub answers. It answers: records
//   left unsynced by an outage are written to it first (sync.ts), then every call goes to GitHub and is
//   mirrored (deployments with a `recordId` and `recordedAt` in the payload, statuses, snapshots of what
//   GitHub holds). It does not answer: history comes from the mirror, new records go to the mirror only
//   (local negative ids), and the calls only GitHub can answer (branch head, pull request, checks) fail at
//   once with the reason — no call waits on GitHub again in that run.
// - A transient failure later in the run switches to the mirror the same way.




const PROBE_TIMEOUT_MS = 5_000;
/** A transient error (timeout, network failure, 5xx, 429 — the GitHub client maps them): GitHub did not answer. */
function unanswered(error) {
    return (0,errors/* errorKind */.f8)(error) === "transient" || error?.name === "TimeoutError";
}
function mirroredGitHub(o) {
    const now = o.now ?? Date.now;
    let mode;
    let downReason = o.inner ? undefined : (o.disabledReason ?? "GitHub is not configured");
    let source = "github";
    let sync;
    let known;
    const goDown = (why) => {
        if (downReason === undefined) {
            downReason = why;
            o.logger.warning(`GitHub did not answer (${why}): using the host's release mirror from here on`);
        }
        mode = Promise.resolve("down");
    };
    const state = () => {
        mode ??= (async () => {
            if (!o.inner)
                return "down";
            try {
                await o.probe();
            }
            catch (error) {
                if (!unanswered(error))
                    throw error;
                goDown((0,errors/* errorMessage */.gJ)(error));
                return "down";
            }
            if (o.autoSync !== false) {
                try {
                    sync = await (0,release_sync/* syncMirror */.X)(o.inner, o.mirror, { environment: o.environment, logger: o.logger });
                    for (const line of (0,release_sync/* syncLines */.r)(sync))
                        o.logger.info(`release sync: ${line}`);
                }
                catch (error) {
                    o.logger.warning(`release sync: could not reconcile the mirror: ${(0,errors/* errorMessage */.gJ)(error)}`);
                }
            }
            return "up";
        })();
        return mode;
    };
    const mirrored = async () => {
        known = (await o.mirror.read()).deployments;
        return known;
    };
    const findKey = async (id) => {
        const match = (list) => list.find((d) => d.githubId === id || d.localId === id);
        return (known && match(known)) ?? match(await mirrored());
    };
    /** Calls GitHub; a failure to answer switches the run to the mirror and rethrows. */
    const call = async (what, fn) => {
        if ((await state()) === "down" || !o.inner)
            throw new errors/* TransientError */.N_(`GitHub did not answer (${downReason}): cannot ${what}`);
        try {
            return await fn(o.inner);
        }
        catch (error) {
            if (unanswered(error))
                goDown((0,errors/* errorMessage */.gJ)(error));
            throw error;
        }
    };
    /** Keeps the mirror's copy of GitHub's deployments current (records made by other runs, statuses). */
    const snapshot = async (views, mine) => {
        const byGitHubId = new Map(mine.filter((d) => d.githubId !== undefined).map((d) => [d.githubId, d]));
        for (const v of views) {
            if (!(0,record/* parseRecord */.Hh)(v.payload))
                continue;
            const ours = byGitHubId.get(v.id);
            const theirs = [...v.statuses].reverse().map((s) => `${s.state}\u0000${s.description}`);
            const have = (ours?.statuses ?? [])
                .filter((s) => s.synced)
                .map((s) => `${s.state}\u0000${s.description}`);
            if (ours && theirs.length === have.length && theirs.every((t, i) => t === have[i]))
                continue;
            await o.mirror.append({
                type: "snapshot",
                key: ours?.key ?? (0,mirror/* keyOf */.TN)(v.payload, v.id),
                githubId: v.id,
                environment: v.environment,
                sha: v.sha,
                createdAt: v.createdAt,
                payload: v.payload,
                statuses: [...v.statuses]
                    .reverse()
                    .map((s) => ({ state: s.state, description: s.description, createdAt: s.createdAt })),
            });
        }
    };
    return {
        history: () => ({ source, ...(downReason ? { reason: downReason } : {}), ...(sync ? { sync } : {}) }),
        available: async () => (await state()) === "up",
        async listDeployments(environment) {
            if ((await state()) === "up" && o.inner) {
                try {
                    const views = await o.inner.listDeployments(environment);
                    const mine = (await mirrored().catch(() => [])).filter((d) => d.environment === environment);
                    await snapshot(views, mine).catch((e) => o.logger.warning(`release mirror: could not record GitHub's history: ${(0,errors/* errorMessage */.gJ)(e)}`));
                    // Records GitHub does not have yet (a failed sync) still count for last-good and current.
                    const onGitHub = new Set(views.map((v) => (0,mirror/* keyOf */.TN)(v.payload, v.id)));
                    const extra = mine.filter((d) => d.githubId === undefined && !onGitHub.has(d.key));
                    return [
                        ...views.map((v) => {
                            const at = v.payload?.recordedAt;
                            return typeof at === "string" ? { ...v, createdAt: at } : v;
                        }),
                        ...extra.map(mirror/* deploymentView */.hr),
                    ];
                }
                catch (error) {
                    if (!unanswered(error))
                        throw error;
                    goDown((0,errors/* errorMessage */.gJ)(error));
                }
            }
            source = "mirror";
            const list = (await mirrored()).filter((d) => d.environment === environment);
            o.logger.warning(`release history from the host's mirror (${list.length} record(s)), not GitHub: ${downReason ?? "GitHub did not answer"}`);
            return list.map(mirror/* deploymentView */.hr);
        },
        async createDeployment(input) {
            const at = now();
            const key = (0,mirror/* newRecordId */.Ld)(at);
            const payload = {
                ...input.payload,
                recordId: key,
                recordedAt: new Date(at).toISOString(),
            };
            let githubId;
            if ((await state()) === "up" && o.inner) {
                try {
                    githubId = (await o.inner.createDeployment({ ...input, payload })).id;
                }
                catch (error) {
                    if (!unanswered(error))
                        throw error;
                    goDown((0,errors/* errorMessage */.gJ)(error));
                }
            }
            const list = known ?? (await mirrored().catch(() => []));
            const localId = -(1 + Math.max(0, ...list.map((d) => Math.abs(d.localId ?? 0))));
            // With GitHub down the mirror is the only record: if it cannot be written, the release must not go on.
            const write = o.mirror.append({
                type: "deployment",
                key,
                localId,
                ...(githubId !== undefined ? { githubId } : {}),
                environment: input.environment,
                sha: input.sha,
                description: input.description,
                payload,
            });
            if (githubId === undefined)
                await write;
            else
                await write.catch(() => undefined);
            known = undefined;
            return { id: githubId ?? localId };
        },
        async setDeploymentStatus(id, input) {
            const d = await findKey(id).catch(() => undefined);
            const key = d?.key ?? `gh-${id}`;
            const [entry] = await o.mirror
                .append({
                type: "status",
                key,
                sid: (0,mirror/* newRecordId */.Ld)(now()),
                state: input.state,
                description: input.description,
                logUrl: input.logUrl,
                environment: input.environment,
                ...(d === undefined && id > 0 ? { githubId: id } : {}),
            })
                .catch((error) => {
                if (downReason !== undefined)
                    throw error;
                return [];
            });
            const githubId = d ? d.githubId : id > 0 ? id : undefined;
            if (githubId === undefined || (await state()) === "down" || !o.inner)
                return;
            try {
                await o.inner.setDeploymentStatus(githubId, input);
                if (entry?.type === "status")
                    await o.mirror.append({ type: "synced", key, sid: entry.sid }).catch(() => undefined);
            }
            catch (error) {
                if (!unanswered(error))
                    throw error;
                goDown((0,errors/* errorMessage */.gJ)(error));
            }
            known = undefined;
        },
        branchHead: (branch) => call(`read the head of ${branch}`, (gh) => gh.branchHead(branch)),
        pullRequestForCommit: (sha) => call("find the pull request", (gh) => gh.pullRequestForCommit(sha)),
        commitChecks: (sha) => call("read the CI checks", (gh) => gh.commitChecks(sha)),
        createBranch: (branch, sha) => call(`create branch ${branch}`, (gh) => gh.createBranch(branch, sha)),
        proposeFile: (input) => call("open the incident report pull request", (gh) => gh.proposeFile(input)),
    };
}
/**
 * The bounded probe: one `GET /repos/{owner}/{repo}` with its own timeout and no retry. A timeout or a
 * network error is transient (GitHub did not answer); 401/404 are configuration errors and surface.
 */
function githubProbe(o) {
    return async () => {
        const { createGitHub, parseRepo } = await __webpack_require__.e(/* import() */ 566).then(__webpack_require__.bind(__webpack_require__, 5566));
        const repo = parseRepo(o.repository);
        const gh = await createGitHub({
            token: o.token,
            apiUrl: o.apiUrl,
            timeoutMs: o.timeoutMs ?? PROBE_TIMEOUT_MS,
            retry: { attempts: 1 },
        });
        try {
            await gh.request("GET /repos/{owner}/{repo}", { ...repo });
        }
        catch (error) {
            if (!unanswered(error))
                throw error;
            throw new errors/* TransientError */.N_(`${o.apiUrl} did not answer (probe bounded to ${o.timeoutMs ?? PROBE_TIMEOUT_MS} ms): ${rootCause(error)}`, {
                cause: error,
            });
        }
    };
}
/** The innermost reason of a failed request ("connect ECONNREFUSED 127.0.0.1:9", "timed out"). */
function rootCause(error) {
    let e = error;
    let reason = (0,errors/* errorMessage */.gJ)(error);
    for (let depth = 0; e && depth < 6; depth++) {
        if (e.name === "TimeoutError")
            return "timed out";
        if (typeof e.message === "string" && e.message && e !== error)
            reason = e.message;
        e = e.cause;
    }
    return reason;
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/release/mirror-wiring.js
// Plugs the release mirror into the engines' dependencies (actions and `ops` alike): GitHub behind the
// mirror decorator, both copies of the mirror (the deploy directory's JSON-lines file, the Redis stream),
// and break glass — the gates only GitHub can answer skipped, and said so, when it does not answer.




/** The gates that need GitHub's answer: what `--break-glass` skips when GitHub does not answer. */
const GITHUB_GATES = [
    "branch-head",
    "pr-approved",
    "ci-green",
    "migrations-tested",
];
function mirrorFile(host, env, settings = {}) {
    return settings.file ?? env.OPS_RELEASE_MIRROR ?? (0,external_node_path_.join)(host.workingDirectory, ".ops", "releases.jsonl");
}
function releaseMirror(o) {
    const backends = [(0,mirror/* fileBackend */.fn)(mirrorFile(o.host, o.env, o.settings))];
    if (o.host.redisUrl)
        backends.push((0,mirror/* redisBackend */.sJ)({
            url: o.host.redisUrl,
            keyPrefix: o.host.keyPrefix,
            logger: o.logger,
            onClose: o.onCleanup,
        }));
    return new mirror/* ReleaseMirror */.vT(backends, o.logger);
}
/** The engines' deps with the mirror behind GitHub. Call `prepare()` before the engine runs. */
function withMirror(deps, o) {
    const settings = o.settings ?? {};
    const mirror = releaseMirror({ ...o, settings });
    const github = mirroredGitHub({
        inner: settings.githubDisabled ? undefined : deps.github,
        mirror,
        probe: githubProbe({
            token: o.host.token,
            apiUrl: o.run.apiUrl,
            repository: o.run.repository,
            ...(settings.probeTimeoutMs ? { timeoutMs: settings.probeTimeoutMs } : {}),
        }),
        logger: o.logger,
        environment: o.host.environment,
        ...(settings.autoSync === false ? { autoSync: false } : {}),
        ...(settings.githubDisabled ? { disabledReason: settings.githubDisabled } : {}),
    });
    const out = {
        deps: { ...deps, github },
        github,
        inner: settings.githubDisabled ? undefined : deps.github,
        mirror,
        breakGlass: undefined,
        async prepare(p = {}) {
            if (!settings.breakGlass || (await github.available()))
                return;
            const why = `break glass: GitHub did not answer (${github.history().reason ?? "unknown"})`;
            out.breakGlass = { skipped: GITHUB_GATES, why };
            out.deps = { ...out.deps, skipGates: { ids: GITHUB_GATES, why } };
            // A dry run decides nothing: only a real break-glass run goes into the audit stream.
            if (p.dryRun)
                return;
            await deps.state
                .audit({
                action: "break-glass",
                reason: why,
                detail: { skipped: GITHUB_GATES.join(","), actor: o.run.actor },
            })
                .catch((e) => o.logger.warning(`break glass: could not write the audit entry: ${String(e)}`));
        },
    };
    return out;
}
/** The note the summary and the incident report carry when history or gates did without GitHub. */
function mirrorNote(m) {
    const h = m.github.history();
    const parts = [];
    if (m.breakGlass)
        parts.push(`> 🔨 **Break glass**: GitHub did not answer, so these gates were skipped, not passed: ${m.breakGlass.skipped.join(", ")} (${(0,safe_text/* mdText */.bC)(m.breakGlass.why)}). Recorded in the audit stream.`);
    if (h.source === "mirror")
        parts.push(`> ⚠️ Release history from the host's mirror, not GitHub (${(0,safe_text/* mdText */.bC)(h.reason ?? "GitHub did not answer")}). The records made here are written to GitHub Deployments by \`ops releases sync\` or the next action run.`);
    return parts.join("\n>\n");
}


/***/ }),

/***/ 360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ payloadObject),
/* harmony export */   Ld: () => (/* binding */ newRecordId),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   fn: () => (/* binding */ fileBackend),
/* harmony export */   hr: () => (/* binding */ deploymentView),
/* harmony export */   sJ: () => (/* binding */ redisBackend),
/* harmony export */   vT: () => (/* binding */ ReleaseMirror)
/* harmony export */ });
/* unused harmony exports MIRROR_VERSION, MIRROR_STREAM_MAXLEN, entryId, parseLines, mergeEntries, materialize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4173);
// The release-records mirror on the production host: every deployment and every status the engines write
// to GitHub is also appended here, so the history (last good, current, faulty marks) survives GitHub being
// unreachable. Two append-only copies of the same entries: a JSON-lines file in the deploy directory (one
// `write` of one line, then fsync; a torn last line is skipped on read and never glued to the next entry)
// and a Redis stream (XADD MAXLEN ~), so losing either one loses nothing. Entries are merged by their id.
//
// Entry kinds (every line: `{"v":1,"eid":…,"at":ISO,"type":…}`):
//   deployment  a release record: key (the payload's recordId), localId (negative, until GitHub has it),
//               githubId when GitHub created it, environment, sha, description, payload (schema 1 + recordId)
//   status      one deployment status, in order: key, sid, state, description, logUrl, environment
//   linked      the deployment `key` exists on GitHub as `githubId` (written by sync)
//   synced      the status `sid` is on GitHub
//   snapshot    a deployment as GitHub answered it (statuses included), for records made elsewhere




const MIRROR_VERSION = 1;
/** Redis stream bound (MAXLEN ~): far more than a host's release history needs. */
const MIRROR_STREAM_MAXLEN = 10_000;
let counter = 0;
/** Sortable and unique: time, a per-process counter, randomness. */
function entryId(now = Date.now()) {
    counter = (counter + 1) % 36 ** 4;
    return `${now.toString(36).padStart(9, "0")}-${counter.toString(36).padStart(4, "0")}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString("hex")}`;
}
function newRecordId(now = Date.now()) {
    return `rec-${entryId(now)}`;
}
function isEntry(v) {
    if (typeof v !== "object" || v === null)
        return false;
    const e = v;
    return (e.v === MIRROR_VERSION &&
        typeof e.eid === "string" &&
        typeof e.at === "string" &&
        typeof e.key === "string" &&
        ["deployment", "status", "linked", "synced", "snapshot"].includes(e.type));
}
/** Parses lines, skipping torn or foreign ones; `skipped` counts them. */
function parseLines(lines) {
    const entries = [];
    let skipped = 0;
    for (const line of lines) {
        if (line.trim() === "")
            continue;
        try {
            const v = JSON.parse(line);
            if (isEntry(v))
                entries.push(v);
            else
                skipped++;
        }
        catch {
            skipped++;
        }
    }
    return { entries, skipped };
}
/** The entries of several copies, each once (by eid), in order. */
function mergeEntries(...copies) {
    const byId = new Map();
    for (const copy of copies)
        for (const e of copy)
            if (!byId.has(e.eid))
                byId.set(e.eid, e);
    return [...byId.values()].sort((a, b) => (a.eid < b.eid ? -1 : a.eid > b.eid ? 1 : 0));
}
/** Replays the entries into deployments, oldest first. */
function materialize(entries) {
    const byKey = new Map();
    const stub = (key, githubId, environment, at) => {
        let d = byKey.get(key);
        if (!d) {
            d = {
                key,
                localId: undefined,
                githubId,
                environment,
                sha: "",
                description: "",
                createdAt: at,
                payload: undefined,
                statuses: [],
            };
            byKey.set(key, d);
        }
        return d;
    };
    for (const e of entries) {
        switch (e.type) {
            case "deployment": {
                const d = stub(e.key, e.githubId, e.environment, e.at);
                d.localId = e.localId;
                if (e.githubId !== undefined)
                    d.githubId = e.githubId;
                d.environment = e.environment;
                d.sha = e.sha;
                d.description = e.description;
                d.payload = e.payload;
                const recordedAt = e.payload.recordedAt;
                d.createdAt = typeof recordedAt === "string" ? recordedAt : e.at;
                break;
            }
            case "status": {
                const d = stub(e.key, e.githubId, e.environment, e.at);
                d.statuses.push({
                    sid: e.sid,
                    state: e.state,
                    description: e.description,
                    logUrl: e.logUrl,
                    environment: e.environment,
                    createdAt: e.at,
                    synced: false,
                });
                break;
            }
            case "linked": {
                const d = byKey.get(e.key);
                if (d)
                    d.githubId = e.githubId;
                break;
            }
            case "synced": {
                const s = byKey.get(e.key)?.statuses.find((x) => x.sid === e.sid);
                if (s)
                    s.synced = true;
                break;
            }
            case "snapshot": {
                const d = stub(e.key, e.githubId, e.environment, e.at);
                d.githubId = e.githubId;
                d.environment = e.environment;
                d.sha = e.sha;
                d.payload = e.payload;
                const recordedAt = e.payload?.recordedAt;
                d.createdAt = typeof recordedAt === "string" ? recordedAt : e.createdAt;
                // GitHub's statuses replace ours; ours that never reached GitHub stay, after them.
                const pending = d.statuses.filter((s) => !s.synced);
                d.statuses = [
                    ...e.statuses.map((s, i) => ({
                        sid: `${e.eid}/${i}`,
                        state: s.state,
                        description: s.description,
                        logUrl: "",
                        environment: e.environment,
                        createdAt: s.createdAt,
                        synced: true,
                    })),
                    ...pending,
                ];
                break;
            }
        }
    }
    return [...byKey.values()].filter((d) => d.payload !== undefined);
}
/** The engines' view of a mirrored deployment: GitHub's id once it has one, else the local id. */
function deploymentView(d) {
    return {
        id: d.githubId ?? d.localId ?? 0,
        sha: d.sha,
        environment: d.environment,
        createdAt: d.createdAt,
        payload: d.payload,
        statuses: [...d.statuses]
            .reverse()
            .map((s) => ({ state: s.state, description: s.description, createdAt: s.createdAt })),
    };
}
/** The stable key of a GitHub deployment: its payload's recordId, or its GitHub id. */
function keyOf(payload, githubId) {
    const p = payloadObject(payload);
    return typeof p?.recordId === "string" && p.recordId ? p.recordId : `gh-${githubId}`;
}
function payloadObject(payload) {
    let v = payload;
    if (typeof v === "string") {
        try {
            v = JSON.parse(v);
        }
        catch {
            return undefined;
        }
    }
    return typeof v === "object" && v !== null && !Array.isArray(v)
        ? v
        : undefined;
}
/** The mirror: both copies written on every append, merged on every read. */
class ReleaseMirror {
    backends;
    logger;
    now;
    constructor(backends, logger, now = Date.now) {
        this.backends = backends;
        this.logger = logger;
        this.now = now;
    }
    /** Appends entries to every copy; throws only when no copy took them. */
    async append(...items) {
        const at = this.now();
        const entries = items.map((item) => ({ v: MIRROR_VERSION, eid: entryId(at), at: new Date(at).toISOString(), ...item }));
        const errors = [];
        let written = 0;
        for (const backend of this.backends) {
            try {
                for (const e of entries)
                    await backend.append(JSON.stringify(e));
                written++;
            }
            catch (error) {
                errors.push(`${backend.name}: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
                this.logger?.warning(`release mirror: could not write to ${backend.name}: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
            }
        }
        if (written === 0) {
            throw new Error(`the release mirror could not be written (${errors.join("; ") || "no copy configured"})`);
        }
        return entries;
    }
    async read() {
        const copies = [];
        const parsed = [];
        for (const backend of this.backends) {
            try {
                const { entries, skipped } = parseLines(await backend.lines());
                parsed.push(entries);
                copies.push({ name: backend.name, entries: entries.length, skipped });
                if (skipped > 0)
                    this.logger?.warning(`release mirror: skipped ${skipped} unreadable line(s) in ${backend.name}`);
            }
            catch (error) {
                copies.push({ name: backend.name, error: (0,_action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) });
                this.logger?.warning(`release mirror: could not read ${backend.name}: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
            }
        }
        if (copies.length > 0 && copies.every((c) => c.error !== undefined)) {
            throw new Error(`the release mirror could not be read (${copies.map((c) => `${c.name}: ${c.error}`).join("; ")})`);
        }
        return { deployments: materialize(mergeEntries(...parsed)), copies };
    }
}
/** The JSON-lines copy: one write of one line per entry, fsync'd; a torn last line is ended first. */
function fileBackend(path) {
    return {
        name: path,
        async append(line) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, "a+", 0o640);
            try {
                const { size } = await handle.stat();
                let prefix = "";
                if (size > 0) {
                    const last = Buffer.alloc(1);
                    await handle.read(last, 0, 1, size - 1);
                    // A crash mid-write left a partial line: end it, so this entry stays readable.
                    if (last[0] !== 0x0a)
                        prefix = "\n";
                }
                await handle.write(`${prefix}${line}\n`);
                await handle.sync();
            }
            finally {
                await handle.close();
            }
        },
        async lines() {
            try {
                return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, "utf8")).split("\n");
            }
            catch (error) {
                if (error.code === "ENOENT")
                    return [];
                throw error;
            }
        },
    };
}
/** The Redis copy: an append-only stream, bounded (MAXLEN ~), one field `e` holding the entry's JSON. */
function redisBackend(o) {
    const key = `${o.keyPrefix}ops:releases`;
    let client;
    const connect = () => {
        client ??= Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6775)).then(async ({ openState }) => {
            const c = await openState(o.url, { keyPrefix: o.keyPrefix, ...(o.logger ? { logger: o.logger } : {}) });
            o.onClose(() => c.close());
            return c;
        });
        // A failed connection is retried on the next call rather than cached.
        client.catch(() => {
            client = undefined;
        });
        return client;
    };
    return {
        name: `redis stream ${key}`,
        async append(line) {
            const c = await connect();
            await c.redis.xadd(key, "MAXLEN", "~", String(o.maxLen ?? MIRROR_STREAM_MAXLEN), "*", "e", line);
        },
        async lines() {
            const c = await connect();
            const rows = await c.redis.xrange(key, "-", "+", "COUNT", (o.maxLen ?? MIRROR_STREAM_MAXLEN) * 2);
            return rows.map(([, fields]) => {
                const i = fields.indexOf("e");
                return i >= 0 ? (fields[i + 1] ?? "") : "";
            });
        },
    };
}


/***/ }),

/***/ 6712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UN: () => (/* binding */ migrationsBetween),
/* harmony export */   aG: () => (/* binding */ buildRollbackPlan),
/* harmony export */   bo: () => (/* binding */ parseDbRevision),
/* harmony export */   dt: () => (/* binding */ recordImageRefs),
/* harmony export */   wc: () => (/* binding */ revisionLabel)
/* harmony export */ });
/* unused harmony exports ancestors, graphHeads, resolveDbRevision */
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8862);
// The rollback plan, pure: from the current release and the target's record to the database revision
// to return to, the migrations to undo (from the current code's revision graph), the images to start,
// and every reason to refuse before anything is touched.

/** `base` is Alembic's name for the empty database; we hold it as null. */
function revisionLabel(rev) {
    return rev === null || rev === undefined ? "base" : rev;
}
function byRevision(graph) {
    return new Map(graph.map((m) => [m.revision, m]));
}
/** `rev` and every revision below it (following down revisions through merges). */
function ancestors(graph, rev) {
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
function migrationsBetween(graph, from, to) {
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
    const above = ancestors(graph, from);
    const below = ancestors(graph, to);
    if (to !== null && !above.has(to)) {
        return {
            ok: false,
            why: `revision ${to} is not below ${revisionLabel(from)}; a downgrade cannot reach it`,
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
function parseDbRevision(text) {
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
                    ? `the database stays at ${revisionLabel(current)} while the target release was recorded at ${revisionLabel(recorded)}`
                    : undefined,
            };
        case "recorded":
        case "explicit": {
            const target = spec.kind === "recorded" ? recorded : spec.revision;
            if (target === current)
                return { ok: true, target, migrations: [] };
            const between = migrationsBetween(graph, current, target);
            if (!between.ok)
                return { ok: false, why: between.why };
            return { ok: true, target, migrations: between.migrations };
        }
        case "minus-one": {
            const between = migrationsBetween(graph, current, recorded);
            if (!between.ok)
                return { ok: false, why: `db-revision -1: ${between.why}` };
            const n = between.migrations.length;
            if (n === 1)
                return { ok: true, target: recorded, migrations: between.migrations };
            const suggestion = `db-revision: recorded (= ${revisionLabel(recorded)})`;
            const why = n === 0
                ? `db-revision -1 refused: the database is already at the target's recorded revision ${revisionLabel(recorded)}; -1 would undo one migration too many`
                : `db-revision -1 refused: ${n} migrations lie between the target's recorded revision ${revisionLabel(recorded)} and the current ${revisionLabel(current)} (${between.migrations.map((m) => m.revision).join(", ")}); -1 would undo only one`;
            return { ok: false, why, suggestion };
        }
    }
}
function buildRollbackPlan(input) {
    const { target, dbOnly, graph, dbNow } = input;
    const refusals = [];
    const warnings = [];
    // A db-only rollback returns to the revision the current release started from.
    const recorded = dbOnly ? target.record.alembic.before : target.record.alembic.after;
    if (input.current.dbRevision !== dbNow) {
        warnings.push(`the database is at ${revisionLabel(dbNow)} but the current release was recorded at ${revisionLabel(input.current.dbRevision)}`);
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
        refusals.push(`the target ${(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(target.record.sha)} is the release running now; nothing to roll back to`);
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
function recordImageRefs(images) {
    return Object.values(images).map((v) => (typeof v === "string" ? v : v.ref));
}


/***/ }),

/***/ 8862:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ statusDescription),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   L6: () => (/* binding */ FAULTY_PREFIX),
/* harmony export */   Li: () => (/* binding */ shortVersion),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA),
/* harmony export */   kl: () => (/* binding */ faultyDescription)
/* harmony export */ });
/* unused harmony export STATUS_DESCRIPTION_MAX */
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
function parseRecord(payload) {
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
function statusDescription(text) {
    const line = text.replace(/\s+/g, " ").trim();
    if (line.length <= STATUS_DESCRIPTION_MAX)
        return line;
    return `${line.slice(0, STATUS_DESCRIPTION_MAX - 1).trimEnd()}…`;
}
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : "none";
}
/** A version for headlines and checklists: a full commit sha (the default tag) shortened to 7. */
function shortVersion(version) {
    return /^[0-9a-f]{40}$/i.test(version) ? version.slice(0, 7) : version;
}
/**
 * The description of the status that marks a deployment faulty. `rolledBack: false` when the rollback
 * failed: the release was declared bad, but it was not (necessarily) replaced.
 */
function faultyDescription(reason, runUrl, rolledBack = true) {
    const run = runOf(runUrl);
    return statusDescription(
    // The cause first: the description is cut at 140 characters.
    rolledBack
        ? `${FAULTY_PREFIX} ${reason}; rolled back by run ${run}`
        : `${FAULTY_PREFIX} ${reason}; the rollback by run ${run} failed`);
}
const runOf = (runUrl) => runUrl.match(/\/runs\/(\d+)/)?.[1] ?? runUrl;


/***/ }),

/***/ 5976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ syncMirror),
/* harmony export */   r: () => (/* binding */ syncLines)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _mirror_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(360);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8862);
// Reconciliation: release records made while GitHub did not answer are written to GitHub Deployments —
// each deployment once, its statuses in order, faulty marks included — and marked in the mirror. Exactly
// once even across a crash between the API call and the mark: before creating, GitHub's deployments are
// searched for the record's id (the payload's `recordId`), and a status GitHub already has (same state and
// description, not yet matched by one of ours) is marked rather than posted again.



const statusKey = (state, description) => `${state}\u0000${description}`;
/** Writes every unsynced record of `environment` to GitHub. Never throws for one record's failure. */
async function syncMirror(github, mirror, o) {
    const report = { created: [], linked: [], statuses: [], alreadyThere: 0, errors: [] };
    const { deployments } = await mirror.read();
    const pending = deployments.filter((d) => d.environment === o.environment && (d.githubId === undefined || d.statuses.some((s) => !s.synced)));
    if (pending.length === 0)
        return report;
    const onGitHub = await github.listDeployments(o.environment);
    const byKey = new Map(onGitHub.map((d) => [(0,_mirror_js__WEBPACK_IMPORTED_MODULE_1__/* .keyOf */ .TN)(d.payload, d.id), d]));
    const byId = new Map(onGitHub.map((d) => [d.id, d]));
    const ordered = [...pending].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    for (const d of ordered) {
        try {
            const githubId = d.githubId ?? (await createOnce(d));
            await postStatuses(d, githubId);
        }
        catch (error) {
            report.errors.push(`${d.key} (${d.sha.slice(0, 7)}): ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            o.logger?.warning(`release sync: ${d.key} not synced: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    return report;
    async function createOnce(d) {
        const found = byKey.get(d.key);
        if (found) {
            await mirror.append({ type: "linked", key: d.key, githubId: found.id });
            report.linked.push({ key: d.key, githubId: found.id });
            return found.id;
        }
        const { id } = await github.createDeployment({
            sha: d.sha,
            environment: d.environment,
            payload: d.payload,
            description: (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .statusDescription */ .$U)(d.description),
        });
        await mirror.append({ type: "linked", key: d.key, githubId: id });
        report.created.push({ key: d.key, githubId: id, sha: d.sha });
        return id;
    }
    async function postStatuses(d, githubId) {
        // GitHub's statuses not yet accounted for by one of our synced ones: a crash after a post left them.
        const available = new Map();
        for (const s of byId.get(githubId)?.statuses ?? []) {
            const k = statusKey(s.state, s.description);
            available.set(k, (available.get(k) ?? 0) + 1);
        }
        for (const s of d.statuses.filter((x) => x.synced)) {
            const k = statusKey(s.state, (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .statusDescription */ .$U)(s.description));
            const n = available.get(k) ?? 0;
            if (n > 0)
                available.set(k, n - 1);
        }
        for (const s of d.statuses) {
            if (s.synced)
                continue;
            const description = (0,_record_js__WEBPACK_IMPORTED_MODULE_2__/* .statusDescription */ .$U)(s.description);
            const k = statusKey(s.state, description);
            const n = available.get(k) ?? 0;
            if (n > 0) {
                available.set(k, n - 1);
                report.alreadyThere++;
            }
            else {
                if (s.state === "queued" || s.state === "pending")
                    throw new Error(`status state ${s.state} is not one this project writes`);
                await github.setDeploymentStatus(githubId, {
                    state: s.state,
                    description,
                    logUrl: s.logUrl,
                    environment: s.environment || d.environment,
                });
                report.statuses.push({ githubId, state: s.state, description });
            }
            await mirror.append({ type: "synced", key: d.key, sid: s.sid });
        }
    }
}
/** One line per record: what sync wrote. */
function syncLines(r) {
    const lines = [
        ...r.created.map((c) => `created deployment #${c.githubId} for ${c.sha.slice(0, 7)} (${c.key})`),
        ...r.linked.map((l) => `found ${l.key} on GitHub already as #${l.githubId}: linked, not created again`),
        ...r.statuses.map((s) => `#${s.githubId}: ${s.state} — ${s.description}`),
    ];
    if (r.alreadyThere > 0)
        lines.push(`${r.alreadyThere} status(es) already on GitHub: marked, not posted again`);
    return lines;
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ deactivateKillSwitch),
/* harmony export */   w: () => (/* binding */ activateKillSwitch)
/* harmony export */ });
/* harmony import */ var _change_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3171);
// The kill switch, as the runbook flips it by hand: `killswitch:active` true/false. Activating it also
// trips the circuit breaker (the runbook's emergency stop does both); deactivating it leaves the breaker
// tripped: resetting the breaker is its own, approved step.

/** Sets `killswitch:active` = "true", `cb:state` = "TRIPPED" and `cb:trip_reason` = "kill switch: <reason>". */
function activateKillSwitch(client, request, options = {}) {
    const k = client.keys;
    return (0,_change_js__WEBPACK_IMPORTED_MODULE_0__/* .changeState */ .U)(client, "killswitch.activate", request, [
        { key: k.killSwitch, value: "true" },
        { key: k.breakerState, value: "TRIPPED" },
        { key: k.tripReason, value: `kill switch: ${request.reason.trim()}` },
    ], undefined, options);
}
/** Sets `killswitch:active` = "false". The breaker is not touched (reset it separately, with approval). */
function deactivateKillSwitch(client, request, options = {}) {
    return (0,_change_js__WEBPACK_IMPORTED_MODULE_0__/* .changeState */ .U)(client, "killswitch.deactivate", request, [{ key: client.keys.killSwitch, value: "false" }], (after) => after.breaker === "OPEN"
        ? []
        : [
            `the circuit breaker is still ${after.breaker}: trading stays stopped until it is reset (breaker reset, behind approval)`,
        ], options);
}


/***/ })

};
