export const id = 861;
export const ids = [861];
export const modules = {

/***/ 2861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/logger.js
var action_logger = __webpack_require__(2498);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/inputs.js
var inputs = __webpack_require__(4251);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/report.js
var health_report = __webpack_require__(2308);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/smoke.js + 6 modules
var smoke = __webpack_require__(2792);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/inputs.js
var action_inputs = __webpack_require__(7939);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
;// CONCATENATED MODULE: ../packages/ops-core/dist/health/text.js
// The smoke report for a terminal (`ops smoke`): verdict first, one line per check, evidence indented.
// Untrusted text is made inert (no escape sequences, no workflow commands). Pure.


const ICON = {
    pass: "PASS",
    fail: "FAIL",
    inconclusive: "INCONCLUSIVE",
    stopped: "STOPPED",
    warn: "WARN",
    new: "NEW",
};
const safe = (text) => (0,safe_text/* inertLine */.Fq)((0,safe_text/* stripControl */.kU)(text).replace(/\n/g, " "));
function renderSmokeText(report) {
    const out = [`${ICON[report.verdict]}: ${safe(report.headline)}`];
    for (const f of report.findings)
        out.push(`  ${f.level}: ${safe(f.text)}`);
    if (report.endpoints.length)
        out.push("", "endpoints:");
    for (const e of report.endpoints) {
        const latency = e.latency.samples ? `  p50 ${e.latency.p50Ms} ms  p95 ${e.latency.p95Ms} ms` : "";
        out.push(`  ${ICON[e.verdict].padEnd(7)} ${safe(e.name)}  ${safe(e.url)}  status ${e.status ?? "-"}  attempts ${e.attempts}${latency}`);
        if (e.verdict !== "pass")
            out.push(`          ${safe(e.reason)}`);
    }
    const s = report.services;
    if (s.checked) {
        out.push("", `services (${safe(s.description)}): ${ICON[s.verdict]} — ${safe(s.reason)}`);
        for (const v of s.services) {
            out.push(`  ${ICON[v.verdict].padEnd(7)} ${safe(v.service)}  ${safe(v.status ?? "missing")}  health ${v.health ?? "-"}  restarts ${v.restartCount ?? "-"}`);
            for (const p of v.problems)
                out.push(`          ${safe(p)}`);
            if (v.logTail)
                for (const l of v.logTail.split("\n").slice(-10))
                    out.push(`          | ${safe(l)}`);
        }
    }
    const b = report.breaker;
    if (b.checked) {
        const ks = b.killSwitch.active === true ? "ON" : b.killSwitch.active === false ? "off" : "unknown";
        out.push("", `breaker (${safe(b.where)}): ${ICON[b.verdict]} — ${safe(b.reason)}; kill switch ${ks}`);
    }
    const t = report.smokeTests;
    if (t.checked) {
        out.push("", `smoke tests (${safe(t.argv.join(" "))}): ${ICON[t.verdict]} — ${safe(t.reason)}`);
        for (const f of t.junit?.failed.slice(0, 20) ?? [])
            out.push(`  ${f.kind}: ${safe(f.name)} — ${safe(f.message)}`);
        if (t.verdict === "fail")
            for (const l of t.outputTail.split("\n").slice(-15))
                out.push(`  | ${safe(l)}`);
    }
    else if (t.reason !== "not configured")
        out.push("", `smoke tests: ${safe(t.reason)}`);
    const d = report.degradation;
    if (d.checked) {
        out.push("", `latency vs baseline: ${ICON[d.verdict]} — ${safe(d.reason)}`);
    }
    out.push("", `checked in ${(0,action_inputs/* formatDuration */.a3)(report.durationMs)}`);
    return `${out.join("\n")}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../packages/ops-core/dist/compose/session.js
var compose_session = __webpack_require__(7654);
// EXTERNAL MODULE: ../packages/ops-core/dist/process/run-command.js
var run_command = __webpack_require__(5422);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/clients.js
var clients = __webpack_require__(7112);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/probe.js
var probe = __webpack_require__(5166);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/time.js
var time = __webpack_require__(3311);
;// CONCATENATED MODULE: ../packages/ops-core/dist/health/wiring.js
// Builds the real smoke deps from a parsed config: node's fetch, real time, runCommand, the compose
// adapter when a stack is configured, the Redis adapter when `redis-url` is given. Shared by the action
// and `ops smoke`, so both run exactly the same checks.







/** Resolves `path` against `dir` (itself against `base`). */
function resolveFrom(base, dir, path) {
    if ((0,external_node_path_.isAbsolute)(path))
        return path;
    return (0,external_node_path_.resolve)(base, dir ?? ".", path);
}
const fileReader = (base) => ({
    readFile: (path) => (0,promises_.readFile)(path, "utf8"),
    resolvePath: (dir, path) => resolveFrom(base, dir, path),
});
function smokeDeps(config, options) {
    const files = fileReader(options.cwd);
    const deps = {
        get: probe/* fetchGet */.xi,
        clock: time/* realClock */.dQ,
        sleep: time/* realSleep */.uk,
        random: Math.random,
        now: () => new Date(),
        run: run_command/* runCommand */.d1,
        files,
        logger: options.logger,
        signal: options.signal,
    };
    if (config.compose) {
        const cwd = resolveFrom(options.cwd, config.compose.cwd, ".");
        // Detection (`version`) and `config --services` as forks of one imported compose (compose/session.ts).
        const program = options.onCleanup ? (0,compose_session/* sessionProgram */.P)(config.compose.command) : undefined;
        const session = program ? (0,compose_session/* composeSession */.r)(run_command/* runCommand */.d1, { program, cwd, env: options.env }) : undefined;
        if (session)
            options.onCleanup?.(() => session.close());
        deps.stack = (0,clients/* composeStackPort */._1)({ ...config.compose, cwd, env: options.env }, session?.run ?? run_command/* runCommand */.d1);
    }
    if (config.redis && config.smoke.breaker) {
        deps.state = (0,clients/* redisStatePort */.SR)(config.redis.url, {
            keyPrefix: config.redis.keyPrefix,
            timeoutMs: config.smoke.breaker.timeoutMs,
        });
    }
    return deps;
}

// EXTERNAL MODULE: ../packages/ops-core/dist/remote/engine.js + 3 modules
var remote_engine = __webpack_require__(3560);
// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/docker.js
var docker = __webpack_require__(4212);
// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/endpoints.js
var endpoints = __webpack_require__(2216);
// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/stack-port.js
var stack_port = __webpack_require__(4004);
;// CONCATENATED MODULE: ../packages/ops-core/dist/swarm/smoke.js
// The smoke check on a Swarm stack (actions/smoke and `ops smoke` with `engine: swarm`): the stack read
// as tasks across the nodes instead of compose's containers, endpoints templated per node. Deploy and
// rollback get the same through the release's swarm adapter.



/** Sets `deps.stack` to the Swarm stack and returns the inputs with `{node}`/`{hostname}` endpoints expanded. */
async function onSwarm(inputs, deps, o) {
    const cli = { run: o.run, env: o.env, cwd: o.cwd, timeoutMs: 30_000 };
    deps.stack = (0,stack_port/* swarmStackPort */.C)(cli, o.stack, async (signal) => o.services.length > 0
        ? [...o.services]
        : (await (0,docker/* readStack */.bA)(cli, o.stack, signal)).services.map((s) => s.service));
    if (!(0,endpoints/* hasNodePlaceholder */.T)(inputs.endpoints))
        return inputs;
    return { ...inputs, endpoints: (0,endpoints/* expandPerNode */.k)(inputs.endpoints, await (0,docker/* readNodes */.g0)(cli, deps.signal)) };
}

// EXTERNAL MODULE: ../packages/ops-core/dist/swarm/stack.js
var stack = __webpack_require__(6754);
// EXTERNAL MODULE: ../packages/ops-core/dist/cli/args.js
var cli_args = __webpack_require__(5563);
// EXTERNAL MODULE: ../packages/ops-core/dist/cli/release-run.js + 1 modules
var release_run = __webpack_require__(6959);
;// CONCATENATED MODULE: ../packages/ops-core/dist/cli/commands/smoke.js
// `ops smoke`: is production OK right now? The same checks and options as actions/smoke (kebab-case:
// --endpoints, --timeout, --compose-file, --redis-url, --smoke-command…), a human report on stdout, or the
// report JSON (`schema: 1`) with --json. Progress goes to stderr.
// Exit status: 0 when the verdict does not fail under --fail-on, 1 when it does, 2 for bad usage.













const HELP = `usage: ops smoke [options] [-- SMOKE-COMMAND ARGS...]

Is production OK right now? Probes health endpoints (all at once, retrying with backoff until the timeout),
inspects the compose stack, reads the circuit breaker and kill switch from Redis, runs the smoke tests, and
compares latency with an earlier report. The same options as actions/smoke.

  --endpoints NAME=URL       a health endpoint (repeat, or one per line)
  --expect-status CODES      accepted status codes: 200 (default), "200,204", 2xx
  --expect-json PATH=VALUE   a condition on the JSON body, e.g. status=ok (repeatable)
  --timeout DURATION         overall wait for health (default 60s)
  --request-timeout DURATION per request (default 5s)
  --interval DURATION        longest wait between retries (default 400ms)
  --successes N              consecutive healthy answers required (default 2)
  --samples N                latency samples once healthy (default 10)
  --fail-fast true|false     stop waiting once a check has failed (default true)
  --compose-file FILE        the stack's compose file (repeatable)
  --compose-project NAME     compose project name
  --compose-command CMD      auto (default) | "docker compose" | docker-compose
  --docker-host URL          the engine: ssh://user@host[:port], tcp://host:port, unix:///path
                             (or OPS_DOCKER_HOST); the ssh key only from OPS_SSH_KEY, never an option
  --known-hosts LINES        the engine host's pinned key lines, as ssh-keyscan prints them
                             (or OPS_KNOWN_HOSTS)
  --engine compose|swarm     swarm: the stack's tasks across nodes (--compose-project names the stack);
                             {node} or {hostname} in an endpoint URL: one endpoint per node
  --services LIST            services that must run (default: all in the compose file)
  --observe DURATION         watch the stack for restarts at least this long (default 3s)
  --redis-url URL            Redis holding cb:state and killswitch:active
  --key-prefix PREFIX        prefix of those keys
  --redis-timeout DURATION   give up on Redis after (default 3s)
  --smoke-command "CMD ARGS" smoke tests to run (no shell), or give them after --
  --smoke-timeout DURATION   (default 10m)
  --working-directory DIR    where the smoke command runs and relative paths start
  --junit-path FILE          JUnit XML the smoke command writes
  --baseline FILE|JSON       an earlier --json report to compare latency with
  --latency-tolerance DUR    slowdowns under this are noise (default 25ms)
  --fail-on fail|inconclusive|never   which verdicts exit 1 (default fail)
  --json                     print the report JSON instead of text
  --verbose                  progress details on stderr

Exit status: 0 healthy (or not failing under --fail-on), 1 not healthy, 2 bad usage.
`;
const MULTIPLE = new Set(["endpoints", "expect-json", "compose-file", "services"]);
async function run(argv, io) {
    const spec = {
        json: { type: "boolean" },
        verbose: { type: "boolean" },
        engine: { type: "string" },
    };
    for (const name of inputs/* SMOKE_OPTIONS */.jE)
        spec[name] = MULTIPLE.has(name) ? { type: "string", multiple: true } : { type: "string" };
    // Everything after `--` is the smoke command.
    const dashdash = argv.indexOf("--");
    const own = dashdash >= 0 ? argv.slice(0, dashdash) : argv;
    const command = dashdash >= 0 ? argv.slice(dashdash + 1) : [];
    if (command.length > 0)
        own.push("--smoke-command", JSON.stringify(command));
    const args = (0,cli_args/* parseCommandArgs */.Q)(own, spec);
    if (args.help) {
        io.stdout(HELP);
        return 0;
    }
    if (args.positionals.length > 0) {
        throw new errors/* ConfigurationError */.j1(`unexpected argument ${JSON.stringify(args.positionals[0])}; give the smoke command after --`);
    }
    const config = await (0,inputs/* readSmokeConfig */.uQ)(args.inputs, fileReader(io.cwd));
    const logger = new action_logger/* StreamLogger */.r(io.stderr, args.values.verbose === true);
    const controller = new AbortController();
    const onSignal = () => controller.abort(new errors/* CancelledError */.cc("interrupted"));
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    const cleanups = [];
    try {
        // The engine options, also from OPS_DOCKER_HOST, OPS_KNOWN_HOSTS and OPS_SSH_KEY (env only: argv is
        // visible to every user of the host).
        const engine = await (0,remote_engine/* prepareEngine */.m5)({
            inputs: (0,release_run/* layeredInputs */.ed)({ "docker-host": args.values["docker-host"], "known-hosts": args.values["known-hosts"] }, io.env, {}),
            env: io.env,
            logger,
            signal: controller.signal,
            setSecret: () => undefined,
            onCleanup: (fn) => cleanups.push(fn),
        });
        const deps = smokeDeps(config, {
            cwd: io.cwd,
            env: engine.env,
            logger,
            signal: controller.signal,
            onCleanup: (fn) => cleanups.push(fn),
        });
        deps.run = (0,remote_engine/* engineRunner */.$v)(deps.run, engine.env);
        const cwd = resolveFrom(io.cwd, config.compose?.cwd, ".");
        const swarm = args.inputs.enum("engine", ["compose", "swarm"], "compose") === "swarm";
        const inputs = swarm
            ? await onSwarm(config.smoke, deps, {
                stack: (0,stack/* stackName */.Qx)(config.compose?.project, cwd),
                services: [],
                run: (0,remote_engine/* engineRunner */.$v)(run_command/* runCommand */.d1, engine.env),
                env: engine.env,
                cwd,
            })
            : config.smoke;
        const report = await (0,smoke/* runSmoke */.L)(inputs, deps);
        io.stdout(args.values.json === true ? `${JSON.stringify(report, null, 2)}\n` : renderSmokeText(report));
        if (report.cancelled)
            return 1;
        return (0,health_report/* failsStep */.ug)(report.verdict, config.failOn) ? 1 : 0;
    }
    finally {
        for (const fn of cleanups.reverse())
            await fn();
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
    }
}


/***/ })

};
