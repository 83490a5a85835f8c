export const id = 800;
export const ids = [800];
export const modules = {

/***/ 2498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ StreamLogger)
/* harmony export */ });
/* unused harmony export RecordingLogger */
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8291);
// The logger port: actions back it with @actions/core, tests with a recording logger, the CLI with stderr.
// Callers pass untrusted text through as is: every implementation neutralizes workflow commands.

/** Keeps every record, for tests and for reports that quote the log. */
class RecordingLogger {
    records = [];
    debug(message) {
        this.records.push({ level: "debug", message });
    }
    info(message) {
        this.records.push({ level: "info", message });
    }
    warning(message, where) {
        this.records.push(where ? { level: "warning", message, where } : { level: "warning", message });
    }
    error(message, where) {
        this.records.push(where ? { level: "error", message, where } : { level: "error", message });
    }
    notice(message, where) {
        this.records.push(where ? { level: "notice", message, where } : { level: "notice", message });
    }
    async group(title, fn) {
        this.records.push({ level: "group", message: title });
        return fn();
    }
    text(level) {
        return this.records
            .filter((r) => level === undefined || r.level === level)
            .map((r) => r.message)
            .join("\n");
    }
}
/** Writes plain lines to a stream (the `ops` command uses stderr); debug only when asked. */
class StreamLogger {
    write;
    verbose;
    constructor(write, verbose = false) {
        this.write = write;
        this.verbose = verbose;
    }
    debug(message) {
        if (this.verbose)
            this.line("debug", message);
    }
    info(message) {
        this.line("", message);
    }
    warning(message) {
        this.line("warning", message);
    }
    error(message) {
        this.line("error", message);
    }
    notice(message) {
        this.line("notice", message);
    }
    async group(title, fn) {
        this.line("", `── ${title}`);
        return fn();
    }
    line(prefix, message) {
        for (const l of message.split("\n"))
            this.write(`${prefix ? `${prefix}: ` : ""}${(0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inertLine */ .Fq)(l)}\n`);
    }
}


/***/ }),

/***/ 6959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NL: () => (/* binding */ DEPLOY_OPTIONS),
  A: () => (/* binding */ HOST_OPTIONS),
  CY: () => (/* binding */ ROLLBACK_OPTIONS),
  ed: () => (/* binding */ layeredInputs),
  HE: () => (/* binding */ optionSpec),
  P4: () => (/* binding */ runAtTerminal),
  e8: () => (/* binding */ summaryPath),
  yl: () => (/* binding */ terminalRun)
});

// UNUSED EXPORTS: TERMINAL_OPTIONS, envName, terminalActor

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/inputs.js
var inputs = __webpack_require__(7939);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/logger.js
var action_logger = __webpack_require__(2498);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/inputs.js
var health_inputs = __webpack_require__(4251);
;// CONCATENATED MODULE: ../packages/ops-core/dist/cli/terminal-markdown.js
// A job summary (the Markdown the actions write) rendered for a terminal: the same checklists, tables and
// timeline, without HTML, entities or Mermaid. The summary's untrusted text is already escaped for
// Markdown; here the escapes are undone for reading and control characters removed.

const ENTITIES = {
    "&amp;": "&",
    "&lt;": "<",
    "&gt;": ">",
    "&quot;": '"',
    "&#39;": "'",
    "&#124;": "|",
    "&#64;": "@",
};
function inline(text) {
    return text
        .replace(/<code>(.*?)<\/code>/g, "`$1`")
        .replace(/<\/?(b|strong|em|i|sub|sup|br)\s*\/?>/g, "")
        .replace(/\*\*(.+?)\*\*/g, "$1")
        .replace(/\\([\\`*_[\]{}()#+!|~])/g, "$1")
        .replace(/&(amp|lt|gt|quot|#39|#124|#64);/g, (m) => ENTITIES[m] ?? m)
        .replace(/\u200b/g, "");
}
/** Table rows (cells already inline-rendered) with their columns padded to one width. */
function alignedRows(rows) {
    const widths = [];
    for (const r of rows)
        r.forEach((c, i) => {
            widths[i] = Math.max(widths[i] ?? 0, [...c].length);
        });
    return rows.map((r) => `  ${r
        .map((c, i) => c + " ".repeat((widths[i] ?? 0) - [...c].length))
        .join("  │  ")
        .trimEnd()}`);
}
function terminalText(markdown) {
    const out = [];
    let fence;
    let table = [];
    const flush = () => {
        if (table.length > 0)
            out.push(...alignedRows(table));
        table = [];
    };
    for (const raw of (0,safe_text/* stripControl */.kU)(markdown).split("\n")) {
        const line = raw.trimEnd();
        const row = fence === undefined ? /^\|(.*)\|$/.exec(line) : null;
        if (row) {
            if (!/^\|(\s*:?-+:?\s*\|)+$/.test(line))
                table.push((row[1] ?? "").split(/(?<!\\)\|/).map((c) => inline(c.trim())));
            continue;
        }
        flush();
        const fenceMatch = /^(`{3,}|~{3,})(\w*)/.exec(line);
        if (fenceMatch) {
            if (fence === undefined)
                fence = fenceMatch[2] === "mermaid" ? "mermaid" : "code";
            else
                fence = undefined;
            continue;
        }
        if (fence === "mermaid")
            continue;
        if (fence === "code") {
            out.push(`    ${line}`);
            continue;
        }
        const summary = /^\s*(?:<details(?: open)?>)?\s*<summary>(.*)<\/summary>\s*$/.exec(line);
        if (summary) {
            out.push(`▸ ${inline(summary[1] ?? "")}`);
            continue;
        }
        if (/^\s*<\/?details(?: open)?>\s*$/.test(line))
            continue;
        const h = /^(#{1,6})\s+(.*)$/.exec(line);
        if (h) {
            const text = inline(h[2] ?? "");
            out.push(text);
            const level = h[1]?.length ?? 0;
            if (level <= 3)
                out.push((level <= 2 ? "═" : "─").repeat(Math.min(72, [...text].length)));
            continue;
        }
        out.push(inline(line)
            .replace(/^(\s*)- \[x\] /, "$1✔ ")
            .replace(/^(\s*)- \[ \] ❌ /, "$1✘ ")
            .replace(/^(\s*)- \[ \] ➖ /, "$1– ")
            .replace(/^(\s*)- \[ \] /, "$1☐ ")
            .replace(/^>\s?/, "│ "));
    }
    flush();
    return out.join("\n").replace(/\n{3,}/g, "\n\n");
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/cli/release-run.js
// What `ops deploy`, `ops rollback` and `ops releases` share: the actions' own inputs as options (the same
// names, parsed by the same typed config: `--compose-file`, `--redis-url`, `--lock-wait`…), each also
// readable from the environment as OPS_<NAME> (OPS_REDIS_URL, OPS_WORKING_DIRECTORY…) so the host keeps
// them in one env file; and an ActionContext for the terminal, so the engines run through exactly the
// wiring the actions use (release/actions.ts): live progress on stderr, the summary rendered for the
// terminal and written as Markdown to a file.









/** The inputs deploy and rollback share with the actions (action.yml names). */
const HOST_OPTIONS = [
    ...health_inputs/* SMOKE_OPTIONS */.jE,
    "token",
    "environment",
    "version-variable",
    "image-source",
    "compose-timeout",
    "alembic-command",
    "alembic-directory",
    "alembic-config",
    "migration-timeout",
    "lock-wait",
    "lock-ttl",
    "strategy",
    "accessories",
    "engine",
    "fail-fast-after",
    "incident-report",
    "log-lines",
];
const DEPLOY_OPTIONS = [
    "branch",
    "require-approval",
    "required-checks",
    "ignore-checks",
    "ci-timeout",
    "ci-poll",
    "migrations-check",
    "version",
    "backup-command",
    "keep-releases",
    "pre-deploy-baseline",
    "watch",
    "watch-interval",
    "log-error-pattern",
    "on-failure",
    "metrics-url",
    "metrics-query",
    "metrics-max-increase",
    "metrics-threshold",
    "metrics-timeout",
];
const ROLLBACK_OPTIONS = [
    "db-revision",
    "db-only",
    "confirm-destructive",
    "integrity-command",
    "create-hotfix-branch",
    "notify-webhook",
];
const MULTIPLE = new Set(["endpoints", "expect-json", "compose-file", "services", "accessories"]);
/** The terminal's own options, beside the inputs. */
const TERMINAL_OPTIONS = {
    repository: { type: "string" },
    "api-url": { type: "string" },
    "mirror-file": { type: "string" },
    summary: { type: "string" },
    "probe-timeout": { type: "string" },
    "dry-run": { type: "boolean" },
    "break-glass": { type: "boolean" },
    verbose: { type: "boolean" },
    json: { type: "boolean" },
};
function optionSpec(names) {
    const spec = { ...TERMINAL_OPTIONS };
    for (const n of names)
        spec[n] = MULTIPLE.has(n) ? { type: "string", multiple: true } : { type: "string" };
    return spec;
}
const envName = (name) => `OPS_${name.replace(/-/g, "_").toUpperCase()}`;
/** Options first, then OPS_<NAME>, then the terminal's defaults. */
function layeredInputs(values, env, defaults) {
    const source = {
        get(name) {
            const v = values[name];
            if (typeof v === "string")
                return v.trim();
            if (Array.isArray(v))
                return v.join("\n").trim();
            if (typeof v === "boolean")
                return String(v);
            return env[envName(name)]?.trim() ?? defaults[name];
        },
        label: (name) => `option --${name} (or ${envName(name)})`,
    };
    return new inputs/* Inputs */.G0(source);
}
/** The person at the terminal, as the records name them. */
function terminalActor(env) {
    let user = env.SUDO_USER || env.USER || env.LOGNAME;
    if (!user) {
        try {
            user = (0,external_node_os_.userInfo)().username;
        }
        catch {
            user = "unknown";
        }
    }
    return `${user}@${(0,external_node_os_.hostname)()} (ops)`;
}
function terminalRun(values, io, extraDefaults = {}) {
    const env = io.env;
    const token = env.OPS_TOKEN || env.GITHUB_TOKEN || env.GH_TOKEN;
    const given = typeof values.token === "string" ? values.token : token;
    const githubDisabled = given
        ? undefined
        : "no GitHub token (give --token, OPS_TOKEN or GITHUB_TOKEN): the host's mirror only";
    const str = (name) => (typeof values[name] === "string" ? values[name] : undefined);
    const repository = str("repository") ?? env.OPS_REPOSITORY ?? env.GITHUB_REPOSITORY ?? "";
    const [owner = "", repo = ""] = repository.split("/");
    const wd = str("working-directory") ?? env[envName("working-directory")] ?? ".";
    const workingDirectory = (0,external_node_path_.isAbsolute)(wd) ? wd : (0,external_node_path_.resolve)(io.cwd, wd);
    const inputs = layeredInputs({ ...values, "working-directory": workingDirectory }, env, {
        "incident-report": "file",
        ...(given ? { token: given } : { token: "none" }),
        ...extraDefaults,
    });
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
    return {
        inputs,
        githubDisabled,
        workingDirectory,
        env: { ...env, GITHUB_WORKSPACE: workingDirectory },
        run: {
            repository,
            owner,
            repo,
            runId: "",
            runAttempt: "1",
            runUrl: "",
            serverUrl,
            apiUrl: (str("api-url") ?? env.OPS_API_URL ?? env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, ""),
            sha: "",
            ref: "",
            actor: terminalActor(env),
            workflow: "ops",
            eventName: "terminal",
            eventPath: undefined,
        },
    };
}
/**
 * Runs an action body (deployAction, rollbackAction) at the terminal: SIGINT/SIGTERM cancel it cleanly,
 * cleanups run, the summary is written to `summaryPath` and printed for the terminal. Returns the exit
 * code: 0 done, 1 refused/failed/cancelled (2 for bad usage is thrown as a ConfigurationError).
 */
async function runAtTerminal(name, t, io, o, body) {
    const secrets = [];
    const mask = (text) => (0,safe_text/* stripControl */.kU)(secrets.reduce((s, secret) => s.split(secret).join("***"), text));
    const logger = new action_logger/* StreamLogger */.r((text) => io.stderr(mask(text)), o.verbose);
    const controller = new AbortController();
    const cleanups = [];
    const outputs = {};
    let summary = "";
    const onSignal = (signal) => {
        logger.warning(`${name}: ${signal}: cancelling and cleaning up (the run records the state it leaves)`);
        controller.abort(new errors/* CancelledError */.cc(`cancelled at the terminal (${signal})`));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    const ctx = {
        name,
        inputs: t.inputs,
        logger,
        signal: controller.signal,
        run: t.run,
        env: t.env,
        setSecret: (v) => {
            if (v && v.length >= 4 && !secrets.includes(v))
                secrets.push(v);
        },
        onCleanup: (fn) => cleanups.push(fn),
        setOutput: (k, v) => {
            outputs[k] = v;
        },
        setSummary: (markdown) => {
            summary = markdown;
        },
        saveState: () => undefined,
        getState: () => undefined,
    };
    let code = 0;
    let failure;
    try {
        const outcome = await body(ctx);
        if (outcome?.failed) {
            failure = outcome.failed;
            code = 1;
        }
    }
    catch (error) {
        if ((0,errors/* errorKind */.f8)(error) === "configuration")
            throw error;
        failure = (0,errors/* errorMessage */.gJ)(error);
        code = 1;
    }
    finally {
        for (const fn of cleanups.reverse()) {
            try {
                await fn();
            }
            catch (error) {
                logger.warning(`cleanup failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            }
        }
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
    }
    if (summary) {
        const path = (0,external_node_path_.isAbsolute)(o.summaryPath) ? o.summaryPath : (0,external_node_path_.join)(t.workingDirectory, o.summaryPath);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, mask(summary));
        if (o.json)
            io.stdout(`${mask(outputs.report ?? "{}")}\n`);
        else
            io.stdout(`${mask(terminalText(summary))}\n`);
        io.stderr(`summary written to ${path}\n`);
        if (outputs["incident-path"])
            io.stderr(`incident report: ${outputs["incident-path"]}\n`);
    }
    if (failure)
        io.stderr(`ops ${name}: ${mask(failure)}\n`);
    return code;
}
/** `.ops/summaries/<name>-<time>.md` under the deploy directory unless --summary says otherwise. */
function summaryPath(name, given, now = new Date()) {
    return given ?? (0,external_node_path_.join)(".ops", "summaries", `${name}-${now.toISOString().replace(/[:.]/g, "-")}.md`);
}


/***/ }),

/***/ 1655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ parseComposeCommand),
/* harmony export */   ib: () => (/* binding */ detectCompose),
/* harmony export */   oD: () => (/* binding */ V2_ARGV),
/* harmony export */   r8: () => (/* binding */ V1_ARGV)
/* harmony export */ });
/* unused harmony exports parseComposeVersion, flavorOf */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7939);
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
    const words = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .splitWords */ .yM)(text);
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
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`compose command \`${options.command.join(" ")}\` does not work: ${found}`, {
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
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_(`compose did not answer: ${v2}; ${v1}`);
    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`no compose found: neither \`docker compose\` (${v2}) nor \`docker-compose\` (${v1}) works; install one or set compose-command`, { input: "compose-command" });
}


/***/ }),

/***/ 1721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iJ: () => (/* binding */ checkResult),
  PK: () => (/* binding */ createCompose),
  nS: () => (/* binding */ servicesFromConfig)
});

// UNUSED EXPORTS: ComposeCommandError, imagesFromConfig

// EXTERNAL MODULE: ../node_modules/yaml/dist/index.js
var dist = __webpack_require__(6637);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
// EXTERNAL MODULE: ../packages/ops-core/dist/compose/command.js
var compose_command = __webpack_require__(1655);
;// CONCATENATED MODULE: ../packages/ops-core/dist/compose/container.js
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
    const startPeriod = entry.Config?.Healthcheck?.StartPeriod;
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
        ...(typeof startPeriod === "number" && startPeriod > 0
            ? { startPeriodMs: Math.round(startPeriod / 1e6) }
            : {}),
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/compose/compose.js
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
/** Service → image and build from `config` output (v1 and v2 shapes), read with a YAML parser. Pure. */
function servicesFromConfig(text) {
    const doc = (0,dist/* parse */.qg)(text);
    const out = {};
    for (const [service, spec] of Object.entries(doc?.services ?? {})) {
        out[service] = {
            image: typeof spec?.image === "string" ? spec.image : undefined,
            build: spec?.build !== undefined && spec?.build !== null,
        };
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
    // A configured command is used as given: asking it `version` first would cost a whole compose call
    // (0.7–0.85 s with v1) on every run. It is asked only when a call fails, to say what is wrong with it.
    const configuredArgv = configured && !("flavor" in configured) ? configured : undefined;
    const command = (signal) => {
        if (configured && "flavor" in configured)
            return Promise.resolve(configured);
        if (configuredArgv) {
            const v1 = configuredArgv.length === 1 && /(^|\/)docker-compose$/.test(configuredArgv[0] ?? "");
            return Promise.resolve({ argv: configuredArgv, flavor: v1 ? "v1" : "v2", version: "" });
        }
        detected ??= (0,compose_command/* detectCompose */.ib)({
            run: options.run,
            env: baseEnv,
            ...(signal ? { signal } : {}),
        }).catch((error) => {
            detected = undefined;
            throw error;
        });
        return detected;
    };
    /** After a failed call with a configured command: the command's own fault, if it is one. */
    const diagnose = async (error, signal) => {
        const refusedByCompose = error instanceof ComposeCommandError &&
            error.code !== 127 &&
            !/is not a docker command|unknown command|command not found/i.test(error.stderr);
        if (configuredArgv && !refusedByCompose) {
            await (0,compose_command/* detectCompose */.ib)({
                run: options.run,
                command: configuredArgv,
                env: baseEnv,
                ...(signal ? { signal } : {}),
            });
        }
        throw error;
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
    // Which calls leave the containers as they were; any other invalidates the state memo.
    const READ_ONLY = new Set(["config", "ps", "version", "images", "logs", "top", "port"]);
    const stateMaxAge = options.stateMaxAgeMs ?? 0;
    let stateMemo;
    const exec = async (args, o = {}, minTimeout = 0) => {
        if (!READ_ONLY.has(args[0] ?? ""))
            stateMemo = undefined;
        try {
            return await call(await argv(args, o.signal), o, minTimeout).catch((e) => diagnose(e, o.signal));
        }
        finally {
            if (!READ_ONLY.has(args[0] ?? ""))
                stateMemo = undefined;
        }
    };
    // The label compose (v1 and v2) puts on a project's containers: the name lower-cased, other characters
    // than [a-z0-9_-] dropped. Listing by it is one `docker ps` (a Go program, ~0.1 s) instead of a
    // `compose ps` (v1 is a Python program: 0.7–0.85 s a call).
    const projectLabel = options.project?.toLowerCase().replace(/[^a-z0-9_-]/g, "");
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
        async stop(services = [], o = {}) {
            await exec(["stop", ...(o.stopTimeoutS !== undefined ? ["-t", String(o.stopTimeoutS)] : []), ...services], o, LONG);
        },
        async remove(services, o = {}) {
            if (services.length === 0)
                throw new errors/* ConfigurationError */.j1("remove needs a service", { input: "service" });
            // `rm -f` (v1 and v2) removes stopped containers of the named services; nothing else is touched.
            // `-s` (v1 1.29 and v2) stops them first: `stop` and `rm` in one compose call.
            await exec(["rm", "-f", ...(o.stop ? ["-s"] : []), ...services], o, LONG);
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
            if (projectLabel) {
                const filters = [
                    `label=com.docker.compose.project=${projectLabel}`,
                    "label=com.docker.compose.oneoff=False",
                ];
                return lines((await docker(["ps", "-a", "-q", "--no-trunc", ...filters.flatMap((f) => ["--filter", f])], o))
                    .stdout);
            }
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
            const read = async () => {
                const list = ids ?? (await compose.containerIds(o));
                if (list.length === 0)
                    return [];
                return parseInspect((await docker(["inspect", ...list], o)).stdout);
            };
            if (ids !== undefined || stateMaxAge <= 0)
                return read();
            if (stateMemo && performance.now() - stateMemo.at <= stateMaxAge)
                return stateMemo.value;
            const memo = { at: performance.now(), value: read() };
            stateMemo = memo;
            memo.value.catch(() => {
                if (stateMemo === memo)
                    stateMemo = undefined;
            });
            return memo.value;
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
            // Every container's `docker logs` side by side; the answer in the services' order.
            const wanted = Object.entries(await compose.state(o)).filter(([s]) => !services || services.includes(s));
            const texts = await Promise.all(wanted.map(([, list]) => Promise.all(list.map((c) => compose.containerLogs(c.id, o)))));
            return Object.fromEntries(wanted.map(([s], i) => [s, (texts[i] ?? []).filter((t) => t !== "").join("\n")]));
        },
        docker,
    };
    return compose;
}


/***/ }),

/***/ 7654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sessionProgram),
/* harmony export */   r: () => (/* binding */ composeSession)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var _process_python_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2264);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5422);
// docker-compose (v1) without its start per call. v1 is a Python program: each call spends 0.55-0.8 s
// importing it (`python3 -c "import compose.cli.main"` on this 2-core machine; `docker-compose config` on a
// small file 0.71-1.07 s, of which the configuration itself is ~0.03 s), and a deploy makes four calls
// (config, build, rm, up), a rollback three. The session starts the Python behind the program once,
// imports compose once, and runs each call in a fork of that process: a child of its own, with the call's
// argv, environment and folder, stdin /dev/null, stdout and stderr to files, its exit code or signal — what
// a process of its own would give, from a clean copy of the imported program (no state passes from one
// call to the next; measured: `config` through it 31-41 ms). Calls run side by side, as processes do.
//
// What a caller sees is a CommandRunner. The fallback runs as a process per call anything the session
// cannot take: another program (`docker compose` v2 is Go and starts in ~50 ms), a call with stdin input, a
// program that is not a Python script (a PyInstaller build), or a Python that cannot import compose. A
// timeout or an abort signals that call's child only (SIGTERM, then SIGKILL 2 s later), as for a process.







/** The server: requests on fd 4, replies on fd 3; a child per call, reaped through SIGCHLD's wake-up fd. */
const SERVER = String.raw `
import json, os, select, shutil, signal, sys, traceback
reply = os.fdopen(3, "w", encoding="utf-8")
REQUESTS = 4
OUTPUT = sys.argv[1]
def send(obj):
    reply.write(json.dumps(obj) + "\n")
    reply.flush()
try:
    from compose.cli.main import main
except BaseException:
    send({"ready": False, "error": traceback.format_exc(limit=1)})
    sys.exit(0)
wake_r, wake_w = os.pipe()
os.set_blocking(wake_r, False)
os.set_blocking(wake_w, False)
signal.set_wakeup_fd(wake_w)
signal.signal(signal.SIGCHLD, lambda *_: None)
send({"ready": True})

def close_inherited():
    # what the server holds open (its pipes, the wake-up pipe, the files just duplicated) is not the call's
    try:
        fds = [int(fd) for fd in os.listdir("/proc/self/fd")]
    except OSError:
        fds = range(3, 256)
    for fd in fds:
        if fd > 2:
            try:
                os.close(fd)
            except OSError:
                pass

def child(req):
    code = 1
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        base = os.path.join(OUTPUT, str(req["id"]))
        fds = (os.open(os.devnull, os.O_RDONLY),
               os.open(base + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
               os.open(base + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        close_inherited()
        os.chdir(req["cwd"])
        os.environ.clear()
        os.environ.update(req["env"])
        sys.argv = [req["argv0"], *req["args"]]
        try:
            main()
            code = 0
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                print(e.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code & 0xFF)

running = {}
pending = b""
reading = True
while reading or running:
    ready, _, _ = select.select(([REQUESTS] if reading else []) + [wake_r], [], [])
    if wake_r in ready:
        try:
            while os.read(wake_r, 512):
                pass
        except BlockingIOError:
            pass
    while running:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
        rid = running.pop(pid, None)
        if rid is None:
            continue
        if os.WIFSIGNALED(status):
            send({"id": rid, "signal": os.WTERMSIG(status)})
        else:
            send({"id": rid, "code": os.WEXITSTATUS(status)})
    if REQUESTS not in ready:
        continue
    chunk = os.read(REQUESTS, 1 << 16)
    if not chunk:
        reading = False
        continue
    pending += chunk
    while b"\n" in pending:
        line, pending = pending.split(b"\n", 1)
        req = json.loads(line)
        if "kill" in req:
            # not reaped yet, so the pid is still that child's
            for pid, rid in running.items():
                if rid == req["kill"]:
                    os.kill(pid, req["signal"])
            continue
        if not os.path.isdir(req["cwd"]):
            # a process could not be started there either: the caller runs it as one, for the same error
            send({"id": req["id"], "refused": "no such folder"})
            continue
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            child(req)
        running[pid] = req["id"]
        send({"id": req["id"], "pid": pid})
shutil.rmtree(OUTPUT, ignore_errors=True)
`;
const SIGNAL_NAMES = new Map(Object.entries(node_os__WEBPACK_IMPORTED_MODULE_3__.constants.signals).map(([name, n]) => [n, name]));
/** The tail of a call's output file, bounded as a process's streams are (see BoundedBuffer). */
async function tail(path, max) {
    let file;
    try {
        file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, "r");
        const { size } = await file.stat();
        const length = Math.min(size, max);
        const buf = Buffer.alloc(length);
        await file.read(buf, 0, length, size - length);
        const body = buf.toString("utf8");
        return size > length ? `… ${size - length} earlier bytes not kept\n${body}` : body;
    }
    catch {
        return "";
    }
    finally {
        await file?.close().catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { force: true }).catch(() => undefined);
    }
}
const definedEnv = (env) => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));
/** One compose server for the calls of a run; other calls (and any it cannot take) go to `fallback`. */
function composeSession(fallback, options) {
    let server;
    let live;
    let started = 0;
    let nextId = 0;
    /** What the server printed outside any call (its own errors): said when it dies mid-call. */
    const ownErrors = new _process_run_command_js__WEBPACK_IMPORTED_MODULE_6__/* .BoundedBuffer */ .GI(64 * 1024);
    const start = () => {
        server ??= (async () => {
            const t0 = performance.now();
            const interpreter = await (0,_process_python_session_js__WEBPACK_IMPORTED_MODULE_5__/* .scriptInterpreter */ .g9)(options.program, options.env, options.cwd);
            if (!interpreter)
                return undefined;
            const [file, ...flags] = interpreter;
            const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), "ops-compose-"));
            const proc = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...flags, "-c", SERVER, dir], {
                cwd: options.cwd,
                env: options.env,
                stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
                shell: false,
            });
            started++;
            const calls = new Map();
            proc.stderr?.on("data", (d) => ownErrors.push(d));
            let hello = () => undefined;
            const ready = new Promise((resolve) => {
                hello = resolve;
            });
            (0,_process_python_session_js__WEBPACK_IMPORTED_MODULE_5__/* .onLines */ .lP)(proc.stdio[3], (line) => {
                let msg;
                try {
                    msg = JSON.parse(line);
                }
                catch {
                    return;
                }
                if (msg.ready !== undefined) {
                    hello(msg.ready);
                    return;
                }
                const call = msg.id === undefined ? undefined : calls.get(msg.id);
                if (!call)
                    return;
                if (msg.pid !== undefined)
                    call.pid = msg.pid;
                else if (msg.code !== undefined)
                    call.end({ code: msg.code });
                else if (msg.signal !== undefined)
                    call.end({ signal: msg.signal });
                else if (msg.refused !== undefined)
                    call.end({ refused: msg.refused });
            });
            const gone = () => {
                if (live?.proc === proc)
                    live = undefined;
                hello(false);
                for (const call of calls.values())
                    call.end({ gone: true });
                calls.clear();
            };
            proc.on("exit", gone);
            proc.on("error", gone);
            const requests = proc.stdio[4];
            requests?.on("error", () => undefined);
            const s = {
                proc,
                dir,
                calls,
                send: (request) => requests?.write(`${JSON.stringify(request)}\n`),
            };
            if (!(await ready)) {
                proc.kill("SIGKILL");
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
                return undefined;
            }
            live = s;
            options.onReady?.(performance.now() - t0);
            return s;
        })();
        return server;
    };
    const viaServer = async (s, argv, o) => {
        const t0 = performance.now();
        const id = ++nextId;
        const call = { end: () => undefined };
        const ending = new Promise((resolve) => {
            call.end = resolve;
        });
        s.calls.set(id, call);
        s.send({
            id,
            argv0: argv[0],
            args: argv.slice(1),
            cwd: o.cwd ?? process.cwd(),
            env: definedEnv(o.env ?? process.env),
        });
        let timedOut = false;
        let killTimer;
        const kill = () => {
            s.send({ kill: id, signal: 15 });
            killTimer = setTimeout(() => s.send({ kill: id, signal: 9 }), 2000);
            killTimer.unref();
        };
        const timer = setTimeout(() => {
            timedOut = true;
            kill();
        }, o.timeoutMs);
        timer.unref();
        o.signal?.addEventListener("abort", kill, { once: true });
        // aborted while the server was starting: stopped at once
        if (o.signal?.aborted)
            kill();
        const end = await ending;
        s.calls.delete(id);
        clearTimeout(timer);
        clearTimeout(killTimer);
        o.signal?.removeEventListener("abort", kill);
        const max = o.maxOutputBytes ?? 4 * 1024 * 1024;
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(s.dir, String(id));
        if ("refused" in end)
            return undefined;
        if ("gone" in end) {
            // The server died. A call it never forked never ran: a process runs it. One it did is stopped, as
            // a process killed with it would be.
            if (call.pid === undefined)
                return undefined;
            try {
                process.kill(call.pid, "SIGKILL");
            }
            catch {
                // already ended
            }
            const stderr = await tail(`${base}.err`, max);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(`${base}.out`, { force: true }).catch(() => undefined);
            return {
                argv,
                code: null,
                signal: "SIGKILL",
                stdout: "",
                stderr: `${stderr}${stderr && !stderr.endsWith("\n") ? "\n" : ""}the compose session ended during the call${ownErrors.text() ? `: ${ownErrors.text()}` : ""}`,
                timedOut,
                durationMs: performance.now() - t0,
            };
        }
        const [stdout, stderr] = await Promise.all([tail(`${base}.out`, max), tail(`${base}.err`, max)]);
        return {
            argv,
            code: "code" in end ? end.code : null,
            signal: "signal" in end ? (SIGNAL_NAMES.get(end.signal) ?? "SIGKILL") : null,
            stdout,
            stderr,
            timedOut,
            durationMs: performance.now() - t0,
        };
    };
    const run = async (argv, o) => {
        if (o.input !== undefined || argv[0] !== options.program || argv.length < 2)
            return fallback(argv, o);
        const s = live ?? (await start());
        if (!s || s !== live)
            return fallback(argv, o);
        return (await viaServer(s, argv, o)) ?? fallback(argv, o);
    };
    return {
        run,
        get started() {
            return started;
        },
        async close() {
            // Not waited for (see detach): the server ends once its running calls have, and removes its
            // output folder itself.
            const s = live;
            live = undefined;
            server = Promise.resolve(undefined);
            if (s)
                (0,_process_python_session_js__WEBPACK_IMPORTED_MODULE_5__/* .detach */ .Yo)(s.proc);
        },
    };
}
/** The program a compose session answers for, given the `compose-command` input; undefined for v2. */
function sessionProgram(command) {
    return command === "docker compose" ? undefined : "docker-compose";
}


/***/ }),

/***/ 6643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ HARD_FAILURE_SUFFIX),
/* harmony export */   c: () => (/* binding */ causesOf)
/* harmony export */ });
// The cause of a failed smoke run in a line a person reads first: which check failed and its evidence,
// e.g. "orchestrator /health answered 500 (expected 200), 55 tries in 15 s". Headlines, error lines,
// deployment statuses (140 chars) and incident reasons are built from these. Pure.
const secs = (ms) => ms === undefined ? undefined : `${ms < 10_000 ? Math.round(ms / 100) / 10 : Math.round(ms / 1000)} s`;
function pathOf(url) {
    try {
        return new URL(url).pathname || "/";
    }
    catch {
        return url;
    }
}
/** The suffix smoke.ts puts on a fail-fast verdict's reason. */
const HARD_FAILURE_SUFFIX = ": a hard failure, not a slow start";
const HARD = /: a hard failure, not a slow start$/;
/** One line per failed (or undecided) check, worst first; empty when the run passed. */
function causesOf(report) {
    if (report.verdict === "pass")
        return [];
    const out = [];
    const expected = report.settings?.expectStatus ?? "the expected status";
    for (const e of report.endpoints) {
        // A failed run names what failed; checks stopped early because of it are not causes.
        if (e.verdict !== (report.verdict === "fail" ? "fail" : "inconclusive"))
            continue;
        const took = secs(e.durationMs);
        const tries = `${e.attempts} ${e.attempts === 1 ? "try" : "tries"}${took ? ` in ${took}` : ""}`;
        const where = `${e.name} ${pathOf(e.url)}`;
        if (e.verdict === "inconclusive")
            out.push(`${where}: ${e.reason}`);
        else if (HARD.test(e.reason))
            out.push(`${where} ${e.reason.replace(HARD, "")}`);
        else if (e.status !== undefined && /^answered \d+/.test(e.lastError ?? ""))
            out.push(`${where} answered ${e.status} (expected ${expected}), ${tries}`);
        else
            out.push(`${where}: ${e.lastError ?? e.reason}, ${tries}`);
    }
    if (report.services.checked && report.services.verdict === "fail") {
        const failed = report.services.services.filter((s) => s.verdict === "fail");
        if (failed.length === 0)
            out.push(`services: ${report.services.reason}`);
        for (const s of failed)
            out.push(`service ${s.service}: ${s.problems.join("; ")}`);
    }
    if (report.breaker.checked && report.breaker.verdict === "fail")
        out.push(`breaker: ${report.breaker.reason}`);
    if (report.smokeTests.checked && report.smokeTests.verdict === "fail")
        out.push(`smoke tests: ${report.smokeTests.reason}`);
    if (report.degradation.checked && report.degradation.verdict === "fail")
        out.push(`latency degraded: ${report.degradation.reason}`);
    if (out.length === 0)
        out.push(report.headline.replace(/^Production is NOT healthy: |^Could not confirm production is healthy: /, ""));
    return out;
}


/***/ }),

/***/ 7112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SR: () => (/* binding */ redisStatePort),
/* harmony export */   _1: () => (/* binding */ composeStackPort)
/* harmony export */ });
/* unused harmony export containerState */
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7939);
/* harmony import */ var _compose_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1655);
/* harmony import */ var _compose_compose_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1721);
/* harmony import */ var _state_sentinel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1371);
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
        ...(c.startPeriodMs !== undefined ? { startPeriodMs: c.startPeriodMs } : {}),
        ...(c.health === "unhealthy" && c.healthLog !== undefined ? { healthLog: c.healthLog } : {}),
    };
}
/** The stack port over the compose adapter (the command is detected on first use when `auto`). */
function composeStackPort(options, run) {
    const compose = (0,_compose_compose_js__WEBPACK_IMPORTED_MODULE_2__/* .createCompose */ .PK)({
        run,
        files: options.files,
        project: options.project,
        cwd: options.cwd,
        env: options.env,
        command: (0,_compose_command_js__WEBPACK_IMPORTED_MODULE_1__/* .parseComposeCommand */ .T9)(options.command),
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
        description: (0,_state_sentinel_js__WEBPACK_IMPORTED_MODULE_3__/* .isSentinelUrl */ .kC)(url) ? (0,_state_sentinel_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSentinelUrl */ .Gj)(url) : (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrl */ .BO)(url),
        async read() {
            const { readOperationalState } = await __webpack_require__.e(/* import() */ 202).then(__webpack_require__.bind(__webpack_require__, 1202));
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


/***/ }),

/***/ 4092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline)
/* harmony export */ });
/* unused harmony exports FAIL_RATIO, WARN_RATIO, MIN_SAMPLES, compareEndpoint */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4311);
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
    const currentP50Ms = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(cur, 50);
    const baselineP50Ms = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(base, 50);
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


/***/ }),

/***/ 1435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ parseJsonCondition),
/* harmony export */   SI: () => (/* binding */ parseStatusExpectation),
/* harmony export */   W_: () => (/* binding */ statusMatches),
/* harmony export */   Zs: () => (/* binding */ checkJson)
/* harmony export */ });
/* unused harmony export valueAt */
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


/***/ }),

/***/ 4251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jE: () => (/* binding */ SMOKE_OPTIONS),
/* harmony export */   uQ: () => (/* binding */ readSmokeConfig)
/* harmony export */ });
/* unused harmony exports COMPOSE_COMMANDS, FAIL_ON, parseEndpoints */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7939);
/* harmony import */ var _action_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3149);
/* harmony import */ var _state_sentinel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1371);
/* harmony import */ var _degradation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4092);
/* harmony import */ var _expect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1435);
// The smoke options, read once into a frozen typed object: the same names for the action's inputs
// (`INPUT_EXPECT-STATUS`) and the command's options (`--expect-status`), errors naming the one at fault.






const COMPOSE_COMMANDS = ["auto", "docker compose", "docker-compose"];
const FAIL_ON = ["fail", "inconclusive", "never"];
/** Every option, as named in action.yml and on the command line. */
const SMOKE_OPTIONS = [
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
    "docker-host",
    "known-hosts",
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
];
const NAME = /^[A-Za-z0-9][\w.-]*$/;
/** `name=url` lines; a bare URL is allowed and named after its host and path. */
function parseEndpoints(lines, fail) {
    const out = [];
    for (const line of lines) {
        const m = /^([^=\s:/]+)\s*=\s*(.+)$/.exec(line);
        const name = m ? m[1] : undefined;
        const raw = m ? m[2].trim() : line;
        const url = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUrl */ .Dl)(raw, ["http:", "https:"], (allowed) => fail((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(line), `lines of name=url, each url ${allowed}`));
        const finalName = name ?? `${url.host}${url.pathname === "/" ? "" : url.pathname}`;
        // `user:password@` goes as an Authorization header: the URL probed, logged and reported has none.
        const { url: clean, authorization } = (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsAsHeader */ .is)(url);
        if (name !== undefined && !NAME.test(name)) {
            fail((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(line), "a name of letters, digits, '.', '_' or '-' before the =");
        }
        if (out.some((e) => e.name === finalName))
            fail((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(line), `each name once (${JSON.stringify(finalName)} is repeated)`);
        out.push({ name: finalName, url: clean.toString(), ...(authorization ? { authorization } : {}) });
    }
    return out;
}
async function readSmokeConfig(inputs, options) {
    const fail = (name, message) => {
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(message, { input: name });
    };
    const label = (name) => inputs.label(name);
    const endpoints = parseEndpoints(inputs.list("endpoints"), (line, allowed) => fail("endpoints", `${label("endpoints")}: ${JSON.stringify(line)} is not valid; expected ${allowed}`));
    const statusText = inputs.string("expect-status", "200");
    const expectStatus = (0,_expect_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStatusExpectation */ .SI)(statusText) ??
        fail("expect-status", `${label("expect-status")}: ${JSON.stringify(statusText)} is not valid; expected status codes such as 200, "200,204" or 2xx`);
    const expectJson = inputs
        .list("expect-json")
        .map((line) => (0,_expect_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonCondition */ .DU)(line) ??
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
    if (redisText !== undefined && (0,_state_sentinel_js__WEBPACK_IMPORTED_MODULE_2__/* .isSentinelUrl */ .kC)(redisText)) {
        // Redis Sentinel: parsed (strictly, masked in errors) by the state module.
        redis = {
            url: redisText,
            display: (0,_state_sentinel_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSentinelUrl */ .JA)(redisText, "redis-url").display,
            keyPrefix: inputs.string("key-prefix", ""),
        };
    }
    else if (redisText !== undefined) {
        const url = (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseUrl */ .Dl)(redisText, ["redis:", "rediss:"], (allowed) => fail("redis-url", `${label("redis-url")}: ${JSON.stringify((0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(redisText))} is not valid; expected ${allowed}, e.g. redis://localhost:6379/0`));
        redis = {
            url: redisText,
            display: (0,_action_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(url.toString()),
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
                fail("baseline", `${label("baseline")}: cannot read ${JSON.stringify(baselineText)} (${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}); give an earlier \`report\` as JSON or a path to a file holding it`);
            }
        }
        try {
            baseline = (0,_degradation_js__WEBPACK_IMPORTED_MODULE_3__/* .parseBaseline */ .nk)(text);
        }
        catch (error) {
            fail("baseline", `${label("baseline")}: ${isJson ? "the JSON" : JSON.stringify(baselineText)} is not a smoke report: ${(0,_action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
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


/***/ }),

/***/ 5166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dy: () => (/* binding */ probe),
/* harmony export */   xi: () => (/* binding */ fetchGet)
/* harmony export */ });
/* unused harmony exports BODY_LIMIT, BODY_EXCERPT, describeNetworkError */
/* harmony import */ var _expect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1435);
// One HTTP health request: a per-request timeout, the status and JSON expectations, the latency, and an
// excerpt of the body kept as evidence (untrusted text: callers escape it wherever it is shown).

/** At most this much of a body is read and kept. */
const BODY_LIMIT = 64 * 1024;
const BODY_EXCERPT = 300;
async function probe(url, expect, options) {
    const started = options.clock();
    let answer;
    try {
        answer = await options.get(url, {
            timeoutMs: options.timeoutMs,
            signal: options.signal,
            ...(options.headers ? { headers: options.headers } : {}),
        });
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
    if (!(0,_expect_js__WEBPACK_IMPORTED_MODULE_0__/* .statusMatches */ .W_)(answer.status, expect.status)) {
        return {
            ok: false,
            status: answer.status,
            latencyMs,
            error: `answered ${answer.status}, expected ${expect.status.text}`,
            body,
        };
    }
    const jsonProblem = (0,_expect_js__WEBPACK_IMPORTED_MODULE_0__/* .checkJson */ .Zs)(answer.body, expect.json);
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
const fetchGet = async (url, { timeoutMs, signal, headers }) => {
    const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs)));
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const response = await fetch(url, {
        method: "GET",
        redirect: "manual",
        signal: combined,
        headers: {
            accept: "application/json, text/plain;q=0.9, */*;q=0.5",
            "user-agent": "ops-smoke",
            ...headers,
        },
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


/***/ }),

/***/ 2308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ux: () => (/* binding */ finishReport),
/* harmony export */   ug: () => (/* binding */ failsStep)
/* harmony export */ });
/* unused harmony exports findings, verdictOf */
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


/***/ }),

/***/ 2792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ runSmoke)
});

// UNUSED EXPORTS: BASE_INTERVAL_MS

// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
;// CONCATENATED MODULE: ../packages/ops-core/dist/health/breaker.js
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

// EXTERNAL MODULE: ../packages/ops-core/dist/health/cause.js
var cause = __webpack_require__(6643);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/degradation.js
var health_degradation = __webpack_require__(4092);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/inputs.js
var inputs = __webpack_require__(7939);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/probe.js
var probe = __webpack_require__(5166);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/stats.js
var stats = __webpack_require__(4311);
// EXTERNAL MODULE: ../packages/ops-core/dist/health/time.js
var time = __webpack_require__(3311);
;// CONCATENATED MODULE: ../packages/ops-core/dist/health/endpoints.js
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
        url: (0,inputs/* redactUrl */.BO)(endpoint.url),
        verdict,
        reason,
        status: last?.status,
        attempts,
        requests,
        healthyAfterMs,
        lastError,
        body: last?.body,
        latency: (0,stats/* summarizeLatency */.cH)(samplesMs),
        samplesMs: samplesMs.map((n) => Math.round(n * 100) / 100),
    });
    const request = async () => {
        const remaining = deadline - deps.clock();
        const result = await (0,probe/* probe */.dy)(endpoint.url, policy.expect, {
            timeoutMs: Math.max(1, Math.ceil(Math.min(policy.requestTimeoutMs, remaining))),
            signal: stop,
            ...(endpoint.authorization ? { headers: { authorization: endpoint.authorization } } : {}),
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
                delay = (0,time/* fullJitterDelay */.x4)(failureStreak, { baseMs: policy.baseIntervalMs, capMs: policy.maxIntervalMs }, deps.random);
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
        const pause = (0,time/* fullJitterDelay */.x4)(1, { baseMs: policy.baseIntervalMs, capMs: policy.maxIntervalMs }, deps.random);
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/health/hard-failure.js
// A hard failure fails fast: an endpoint that answers 5xx (503 aside: "starting") — or refuses the
// connection while its container is running — on every probe for `afterMs` is a failure then, not at the
// end of the whole timeout. The window opens once the container is up and past its health-check start
// period; a service still starting (no answer yet, 503, a timeout) keeps the whole timeout. Pure over a
// clock; the container facts come from a lookup the caller throttles.
/** 5xx but 503 (Service Unavailable is how a starting service says "not yet"). Pure. */
function isHardStatus(status) {
    return status >= 500 && status <= 599 && status !== 503;
}
/** The code of a network error (fetch wraps it in `cause`), e.g. ECONNREFUSED. Pure. */
function networkCode(error) {
    for (let e = error, depth = 0; e && depth < 4; depth++) {
        const code = e.code;
        if (typeof code === "string")
            return code;
        const named = /\b(E[A-Z]{4,})\b/.exec(String(e.message ?? ""))?.[1];
        if (named)
            return named;
        e = e.cause;
    }
    return undefined;
}
/**
 * One endpoint's streak of hard probes. `record` returns a verdict once every probe for `afterMs` (from
 * the first one inside the window) was hard.
 */
class HardFailureWatch {
    afterMs;
    since;
    tries = 0;
    statuses = new Set();
    constructor(afterMs) {
        this.afterMs = afterMs;
    }
    /**
     * `nowMs` is the check's (monotonic) clock. `container` undefined: not known (no stack port, or no
     * service of that name) — an answer still counts, a refusal does not.
     */
    record(outcome, nowMs, container) {
        const hard = outcome.kind === "answer"
            ? isHardStatus(outcome.status)
            : outcome.kind === "refused"
                ? container?.running === true
                : false;
        if (!hard || (container !== undefined && (!container.running || !container.ready))) {
            this.reset();
            return undefined;
        }
        this.since ??= nowMs;
        this.tries++;
        this.statuses.add(outcome.kind === "answer" ? String(outcome.status) : "refused");
        const forMs = nowMs - this.since;
        if (this.afterMs <= 0 || forMs < this.afterMs)
            return undefined;
        const answered = [...this.statuses].filter((s) => s !== "refused");
        const what = [
            ...(answered.length > 0 ? [`answered ${answered.join("/")}`] : []),
            ...(this.statuses.has("refused") ? ["refused the connection while its container ran"] : []),
        ].join(" or ");
        return { what, tries: this.tries, forMs };
    }
    reset() {
        this.since = undefined;
        this.tries = 0;
        this.statuses.clear();
    }
}

// EXTERNAL MODULE: ../packages/ops-core/dist/health/report.js
var report = __webpack_require__(2308);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/safe-text.js
var safe_text = __webpack_require__(8291);
// EXTERNAL MODULE: ../packages/ops-core/dist/process/run-command.js
var run_command = __webpack_require__(5422);
// EXTERNAL MODULE: ../packages/ops-core/dist/triage/junit-report.js
var junit_report = __webpack_require__(1729);
;// CONCATENATED MODULE: ../packages/ops-core/dist/health/junit.js
// The smoke tests' JUnit report (pytest's --junitxml, jest-junit, surefire…): counts and the failing tests.
// The XML is read by the triage's JUnit parser (../triage/junit-report.ts: fast-xml-parser, no DTD, only
// the predefined and numeric entities, bounded), so the project has one XML reader. Pure.

const JUNIT_MAX_BYTES = (/* unused pure expression or super */ null && (JUNIT_MAX_CHARS));
/** Parses JUnit XML; throws an Error saying why when it is not a readable JUnit report. */
function parseJunit(xml) {
    const r = (0,junit_report/* parseJunitReport */.GR)(xml);
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

;// CONCATENATED MODULE: ../packages/ops-core/dist/health/smoke-tests.js
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
        outputTail: (0,stats/* keepEnd */.zf)((0,safe_text/* tailLines */.os)(output, policy.outputLines), 8_000),
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
        report.reason = `smoke tests ${(0,run_command/* describeExit */.KE)(result)}${counts ? ` (${counts})` : ""}${names.length ? `: ${names.join(", ")}${(j?.failed.length ?? 0) > names.length ? ", …" : ""}` : ""}`;
    }
    return report;
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/health/stack.js
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
        // A read cut short because another check failed (fail-fast) is a stop, not a finding.
        if (stop?.aborted) {
            return {
                checked: true,
                description: port.description,
                verdict: "stopped",
                reason: "stopped early because another check failed",
                services: [],
                inspections,
                first: first ?? [],
            };
        }
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
        return (0,stats/* keepEnd */.zf)(await port.logs(id, lines, signal), LOG_TAIL_CHARS);
    }
    catch (error) {
        return `(could not read the logs: ${(0,errors/* errorMessage */.gJ)(error)})`;
    }
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/health/smoke.js
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
        // The containers behind the endpoints (an endpoint named after its service): read in the background at
        // most once a second, so a probe never waits on docker; until the first read they are unknown.
        let containers;
        let lastRead = Number.NEGATIVE_INFINITY;
        let reading = false;
        const containerFacts = (service) => {
            const port = deps.stack;
            if (!port)
                return undefined;
            if (!reading && deps.clock() - lastRead >= 1000) {
                reading = true;
                lastRead = deps.clock();
                port
                    .containers(stop.signal)
                    .then((list) => {
                    containers = list;
                })
                    .catch(() => undefined)
                    .finally(() => {
                    reading = false;
                });
            }
            const mine = containers?.filter((c) => c.service === service) ?? [];
            if (mine.length === 0)
                return undefined;
            const live = mine.find((c) => c.running);
            const started = live?.startedAt ? Date.parse(live.startedAt) : Number.NaN;
            const readyAt = Number.isNaN(started) ? undefined : started + (live?.startPeriodMs ?? 0);
            return { running: live !== undefined, ready: readyAt === undefined || deps.now().getTime() >= readyAt };
        };
        const hardAfterMs = inputs.failFastAfterMs ?? 0;
        const endpointsDone = Promise.all(inputs.endpoints.map(async (endpoint) => {
            const began = deps.clock();
            // Each endpoint stops on the shared stop, or on its own hard failure.
            const own = new AbortController();
            const relay = () => own.abort(stop.signal.reason);
            if (stop.signal.aborted)
                relay();
            stop.signal.addEventListener("abort", relay, { once: true });
            const watch = hardAfterMs > 0 ? new HardFailureWatch(hardAfterMs) : undefined;
            let hard;
            const get = watch
                ? async (url, o) => {
                    let outcome = { kind: "other" };
                    try {
                        const answer = await deps.get(url, o);
                        outcome = { kind: "answer", status: answer.status };
                        return answer;
                    }
                    catch (error) {
                        if (networkCode(error) === "ECONNREFUSED")
                            outcome = { kind: "refused" };
                        throw error;
                    }
                    finally {
                        if (!hard && !own.signal.aborted) {
                            hard = watch.record(outcome, deps.clock(), containerFacts(endpoint.name));
                            if (hard)
                                own.abort(new Error(`${endpoint.name}: hard failure`));
                        }
                    }
                }
                : deps.get;
            let r = await checkEndpoint(endpoint, policy, { ...endpointDeps, get }, deadline, own.signal);
            stop.signal.removeEventListener("abort", relay);
            if (hard && r.verdict !== "pass") {
                r = {
                    ...r,
                    verdict: "fail",
                    reason: `${hard.what} (expected ${inputs.expectStatus.text}) on every probe for ${seconds(hard.forMs)}, ${hard.tries} tries (fail-fast-after ${seconds(hardAfterMs)})${cause/* HARD_FAILURE_SUFFIX */.H}`,
                };
            }
            const report = { ...r, durationMs: Math.round(deps.clock() - began) };
            logEndpoint(log, report);
            if (report.verdict === "fail")
                failed(`${report.name} is not healthy`);
            return report;
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
            degradation = (0,health_degradation/* compareWithBaseline */.$_)(endpoints.map((e) => ({ name: e.name, samplesMs: e.samplesMs })), inputs.baseline, inputs.latencyToleranceMs);
        }
        return (0,report/* finishReport */.Ux)({
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
const seconds = (ms) => `${Math.round(ms / 100) / 10} s`;
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


/***/ }),

/***/ 4311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   cH: () => (/* binding */ summarizeLatency),
/* harmony export */   zf: () => (/* binding */ keepEnd)
/* harmony export */ });
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


/***/ }),

/***/ 3311:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dQ: () => (/* binding */ realClock),
/* harmony export */   uk: () => (/* binding */ realSleep),
/* harmony export */   x4: () => (/* binding */ fullJitterDelay)
/* harmony export */ });
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


/***/ }),

/***/ 2264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ detach),
/* harmony export */   ZB: () => (/* binding */ PYTHON),
/* harmony export */   g9: () => (/* binding */ scriptInterpreter),
/* harmony export */   lP: () => (/* binding */ onLines)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// What the Alembic and compose sessions (migrations/session.ts, compose/session.ts) share: finding the Python
// behind a program that is a Python script (its `#!` line, the program found as the shell would find it),
// the line protocol on the interpreter's reply pipe, and letting Node end without waiting for it. Each
// session starts that interpreter once and imports the program's module once, instead of paying its
// start per call.


/** Calls `onLine` with each line (without its newline) the interpreter writes to `stream`. */
function onLines(stream, onLine) {
    let buffered = "";
    stream?.on("data", (d) => {
        buffered += d.toString("utf8");
        for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
            const line = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            onLine(line);
        }
    });
}
/**
 * Ends the requests (fd 4) and lets Node exit without waiting for the interpreter: it ends on the end of
 * its request pipe, and its exit would count against the run's wall time.
 */
function detach(proc) {
    proc.stdio[4]?.end();
    proc.unref();
    for (const stream of proc.stdio)
        stream?.unref?.();
}
const PYTHON = /^python(\d+(\.\d+)*)?$/;
/**
 * The interpreter argv of `program` when its `#!` line names a Python (`#!/usr/bin/python3`,
 * `#!/usr/bin/env python3`, a virtualenv's python; an interpreter option such as -E or -s is kept), or
 * undefined: not found, not a script, another interpreter.
 */
async function scriptInterpreter(program, env, cwd) {
    const line = await scriptLine(program, env, cwd);
    const m = /^#!\s*(\S+)(?:[ \t]+(\S+))?[ \t]*$/.exec(line ?? "");
    if (!m?.[1])
        return undefined;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(m[1]) === "env")
        return m[2] && PYTHON.test((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(m[2])) ? [m[2]] : undefined;
    if (!PYTHON.test((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(m[1])))
        return undefined;
    return m[2] ? [m[1], m[2]] : [m[1]];
}
/** The first line of `program` as the shell would find it (a path, or the first on PATH that exists). */
async function scriptLine(program, env, cwd) {
    if (program.includes("/"))
        return firstLine((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(program) ? program : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, program));
    for (const dir of (env.PATH ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)) {
        if (dir === "")
            continue;
        const line = await firstLine((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, program));
        if (line !== undefined)
            return line;
    }
    return undefined;
}
async function firstLine(path) {
    let file;
    try {
        file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, "r");
        const buf = Buffer.alloc(512);
        const { bytesRead } = await file.read(buf, 0, buf.length, 0);
        return buf.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
    }
    catch {
        return undefined;
    }
    finally {
        await file?.close().catch(() => undefined);
    }
}


/***/ }),

/***/ 5422:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ errorLine),
/* harmony export */   GI: () => (/* binding */ BoundedBuffer),
/* harmony export */   KE: () => (/* binding */ describeExit),
/* harmony export */   d1: () => (/* binding */ runCommand)
/* harmony export */ });
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
    // aborted before it started: stopped at once
    if (options.signal?.aborted)
        kill();
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


/***/ }),

/***/ 3560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $v: () => (/* binding */ engineRunner),
  TV: () => (/* reexport */ keyMasks),
  m5: () => (/* binding */ prepareEngine),
  f: () => (/* binding */ withEngine)
});

// UNUSED EXPORTS: ENGINE_DIR_STATE, ENGINE_INPUTS, engineEnvironment, readEngineSettings, removeLeftoverEngine

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
;// CONCATENATED MODULE: ../packages/ops-core/dist/remote/docker-host.js
// The `docker-host` input: which Docker engine every docker, docker-compose and docker stack call (and the
// backup and smoke commands) talks to. Parsed strictly, because the value reaches a shell on one path:
// docker-compose v1 (docker-py) runs `ssh -l USER -p PORT -- HOST docker system dial-stdio` through
// `/bin/sh -c`, so a user or host name holding anything beyond letters, digits, `.`, `_` and `-` is refused.

const USER = /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/;
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const FORMS = "`ssh://user@host[:port]`, `tcp://host[:port]` or `unix:///path/to/docker.sock`";
/** `ssh://user@host[:port]`, `tcp://host[:port]`, `unix:///absolute/path`; anything else throws naming `label`. */
function parseDockerHost(text, label = "input `docker-host`", input = "docker-host") {
    const value = text.trim();
    const shown = JSON.stringify(value.slice(0, 120));
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j1(`${label}: ${shown} ${why}; expected ${FORMS}`, { input });
    };
    const scheme = /^([a-z]+):\/\//i.exec(value)?.[1]?.toLowerCase();
    if (scheme === "unix") {
        const path = value.slice("unix://".length);
        if (!path.startsWith("/"))
            fail("needs an absolute socket path (three slashes: unix:///run/docker.sock)");
        if (/[\s\0]/.test(path) || path.includes("/../"))
            fail("is not a plain absolute path");
        return { kind: "unix", path, url: `unix://${path}` };
    }
    if (scheme !== "ssh" && scheme !== "tcp")
        fail("has no known scheme");
    const rest = value.slice(`${scheme}://`.length).replace(/\/$/, "");
    if (/[/?#]/.test(rest))
        fail("has a path, query or fragment (give only user, host and port)");
    let authority = rest;
    let user;
    const at = authority.lastIndexOf("@");
    if (at >= 0) {
        user = authority.slice(0, at);
        authority = authority.slice(at + 1);
        if (user.includes(":"))
            fail("holds a password: use `ssh-key` (a secret) instead");
        if (!USER.test(user))
            fail("has a user name that is not letters, digits, `.`, `_` or `-`");
    }
    if (authority.startsWith("["))
        fail("uses an IPv6 address, which docker-compose v1 cannot reach over ssh: use a host name");
    const colon = authority.indexOf(":");
    const host = colon >= 0 ? authority.slice(0, colon) : authority;
    const portText = colon >= 0 ? authority.slice(colon + 1) : undefined;
    if (!host)
        fail("has no host");
    if (!IPV4.test(host) && !(HOSTNAME.test(host) && /[A-Za-z]/.test(host)))
        fail("has a host that is not a host name or IPv4 address");
    let port;
    if (portText !== undefined) {
        port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
        if (!(port >= 1 && port <= 65535))
            fail("has a port that is not 1 to 65535");
    }
    const hostPort = port === undefined ? host : `${host}:${port}`;
    if (scheme === "tcp") {
        if (user !== undefined)
            fail("has a user, which tcp:// does not take");
        return { kind: "tcp", host, port, url: `tcp://${hostPort}` };
    }
    if (user === undefined)
        fail("has no user (ssh://user@host): say which account the engine is reached as");
    return { kind: "ssh", user: user, host, port, url: `ssh://${user}@${hostPort}` };
}
/** The host as ssh's known_hosts names it: `host` on port 22, `[host]:port` otherwise. */
function knownHostsName(host, port) {
    return port === undefined || port === 22 ? host : `[${host}]:${port}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../packages/ops-core/dist/remote/known-hosts.js
// The `known-hosts` input: the engine host's public keys, pinned. One line each, in OpenSSH's known_hosts
// format (`ssh-keyscan -p PORT HOST` prints them). Every line is checked (key type, base64, the key blob
// naming the same type) and at least one must name the engine's host, so a typo is a configuration error
// here and not a "Host key verification failed" in the middle of a deploy.



const KEY_TYPES = [
    "ssh-ed25519",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "ssh-rsa",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
];
/** The command that prints a host's keys in this format. */
function keyscanHint(host, port) {
    return `ssh-keyscan -p ${port ?? 22} ${host}`;
}
/** OpenSSH's fingerprint of a public key: `SHA256:` and the unpadded base64 of the blob's SHA-256. */
function fingerprint(keyBase64) {
    const digest = (0,external_node_crypto_.createHash)("sha256").update(Buffer.from(keyBase64, "base64")).digest("base64");
    return `SHA256:${digest.replace(/=+$/, "")}`;
}
/** The key type written inside a public key blob (its first length-prefixed string). */
function blobType(blob) {
    if (blob.length < 4)
        return undefined;
    const n = blob.readUInt32BE(0);
    if (n <= 0 || n > 64 || blob.length < 4 + n)
        return undefined;
    return blob.subarray(4, 4 + n).toString("latin1");
}
/**
 * Parses known_hosts text. Blank lines and `#` comments are skipped; anything else that is not a valid
 * line throws a ConfigurationError naming `label` and the line.
 */
function parseKnownHosts(text, label = "input `known-hosts`", input = "known-hosts") {
    const out = [];
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === "" || line.startsWith("#"))
            return;
        const fail = (why) => {
            throw new errors/* ConfigurationError */.j1(`${label}, line ${i + 1} (${JSON.stringify(line.slice(0, 60))}${line.length > 60 ? "…" : ""}): ${why}; expected lines such as \`ssh-keyscan\` prints: \`HOST KEYTYPE BASE64\` (e.g. \`[203.0.113.7]:2222 ssh-ed25519 AAAAC3Nz…\`)`, { input });
        };
        const fields = line.split(/\s+/);
        let marker;
        if (fields[0]?.startsWith("@")) {
            const m = fields.shift();
            if (m !== "@cert-authority" && m !== "@revoked")
                fail(`unknown marker ${JSON.stringify(m)}`);
            marker = m;
        }
        const [hosts, keyType, key] = fields;
        if (!hosts || !keyType || !key)
            fail("needs the host, the key type and the key");
        if (!KEY_TYPES.includes(keyType)) {
            fail(`${JSON.stringify(keyType)} is not a key type (${KEY_TYPES.join(", ")})`);
        }
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key))
            fail("the key is not base64");
        const embedded = blobType(Buffer.from(key, "base64"));
        if (embedded !== keyType)
            fail(`the key is not a ${keyType} key (it says ${JSON.stringify(embedded ?? "nothing")})`);
        if (/[^\x21-\x7e]/.test(hosts))
            fail("the host field has characters that are not printable ASCII");
        out.push({ marker, hosts: hosts, keyType: keyType, key: key, text: line });
    });
    return out;
}
/** Shell-style `*` and `?` globbing of one host pattern, as known_hosts uses it. */
function glob(pattern, name) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".");
    return new RegExp(`^${re}$`, "i").test(name);
}
/** Whether a known_hosts entry names `host` on `port` (plain, wildcard, negated or hashed patterns). */
function namesHost(entry, host, port) {
    const name = knownHostsName(host, port);
    if (entry.hosts.startsWith("|1|")) {
        const [, , salt, hash] = entry.hosts.split("|");
        if (!salt || !hash)
            return false;
        const mac = (0,external_node_crypto_.createHmac)("sha1", Buffer.from(salt, "base64")).update(name).digest("base64");
        return mac === hash;
    }
    let matched = false;
    for (const pattern of entry.hosts.split(",")) {
        if (pattern.startsWith("!")) {
            if (glob(pattern.slice(1), name))
                return false;
        }
        else if (glob(pattern, name))
            matched = true;
    }
    return matched;
}
/**
 * The entries that pin `host:port`'s key (revoked ones and CA lines aside); throws when there is none,
 * saying how to get the line.
 */
function pinnedKeys(entries, host, port, label = "input `known-hosts`", input = "known-hosts") {
    const pinned = entries.filter((e) => e.marker === undefined && namesHost(e, host, port));
    const ca = entries.some((e) => e.marker === "@cert-authority" && namesHost(e, host, port));
    if (pinned.length === 0 && !ca) {
        throw new errors/* ConfigurationError */.j1(`${label} has no key for ${knownHostsName(host, port)}: the engine's host key must be pinned. Get its line with \`${keyscanHint(host, port)}\` from a machine you trust (check the fingerprint against the host's own \`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\`) and put it in \`known-hosts\`.`, { input });
    }
    return pinned;
}

// EXTERNAL MODULE: ../packages/ops-core/dist/process/run-command.js
var run_command = __webpack_require__(5422);
;// CONCATENATED MODULE: ../packages/ops-core/dist/remote/ssh-engine.js
// A Docker engine reached over SSH (`DOCKER_HOST=ssh://user@host[:port]`), set up privately for one run:
// a 0700 directory in RUNNER_TEMP holding the key (0600), the pinned known_hosts and an ssh config, and a
// `bin/ssh` wrapper put first on PATH for the engine's child processes only. Both docker clients find
// `ssh` on PATH: the docker CLI's connection helper, and docker-compose v1 (docker-py with
// `use_ssh_client`, the default unless COMPOSE_PARAMIKO_SSH=1; its paramiko path accepts unknown host keys
// with a warning, so it is switched off). The wrapper runs the real ssh with `-F` the private config:
// strict host key checking against the pinned keys only, batch mode, a connect timeout, only the given
// key, and one master connection for the run (ControlMaster/ControlPersist), which the preflight opens
// and every later docker call reuses. close() stops the master and removes the directory.









/** Single-quoted for /bin/sh. */
function shellQuote(text) {
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The first executable `ssh` on PATH that is not in `exclude`. */
function findSsh(path, exclude) {
    for (const dir of (path ?? "").split(external_node_path_.delimiter)) {
        if (!dir || dir === exclude)
            continue;
        const candidate = (0,external_node_path_.join)(dir, "ssh");
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** The key as ssh reads it: LF line ends, a final newline; refused when it is not an unencrypted private key. */
function normalizePrivateKey(text, label = "input `ssh-key`", input = "ssh-key") {
    const key = `${text.replace(/\r\n?/g, "\n").trim()}\n`;
    const m = /^-----BEGIN ([A-Z ]*)PRIVATE KEY-----\n([\s\S]*?)\n-----END \1PRIVATE KEY-----\n$/.exec(key);
    if (!m) {
        throw new errors/* ConfigurationError */.j1(`${label} is not a private key in OpenSSH or PEM form (it must start with \`-----BEGIN OPENSSH PRIVATE KEY-----\`); put the whole file (e.g. the one \`ssh-keygen -t ed25519 -N "" -f deploy_key\` writes) in a secret`, { input });
    }
    const body = m[2];
    const encrypted = /Proc-Type: 4,ENCRYPTED/.test(body) ||
        m[1] === "ENCRYPTED " ||
        (m[1] === "OPENSSH " && opensshCipher(body) !== "none");
    if (encrypted) {
        throw new errors/* ConfigurationError */.j1(`${label} is protected by a passphrase, which a run cannot type: use a deploy key without one (\`ssh-keygen -p -N "" -f KEY\` removes it), kept in a secret`, { input });
    }
    return key;
}
/** The cipher an `openssh-key-v1` private key is encrypted with (`none` when it is not). */
function opensshCipher(body) {
    const blob = Buffer.from(body.replace(/\s+/g, ""), "base64");
    const magic = "openssh-key-v1\0";
    if (blob.subarray(0, magic.length).toString("latin1") !== magic)
        return undefined;
    const n = blob.readUInt32BE(magic.length);
    return blob.subarray(magic.length + 4, magic.length + 4 + n).toString("latin1");
}
/** The lines of a key worth masking one by one (a runner masks a multi-line secret line by line). */
function keyMasks(key) {
    if (!key)
        return [];
    const lines = key
        .replace(/\r\n?/g, "\n")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l.length >= 8 && !l.startsWith("-----"));
    return [key, key.trim(), ...lines];
}
async function prepareSshEngine(o) {
    const connectTimeout = o.connectTimeoutSec ?? 15;
    const persist = o.persistSec ?? 900;
    await (0,promises_.mkdir)(o.baseDir, { recursive: true });
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(o.baseDir, "ops-engine-"));
    await (0,promises_.chmod)(dir, 0o700);
    const bin = (0,external_node_path_.join)(dir, "bin");
    const realSsh = o.sshPath ?? findSsh(o.env.PATH, bin);
    try {
        if (!realSsh) {
            throw new errors/* ConfigurationError */.j1("`docker-host` is ssh:// but no `ssh` client is on PATH: install OpenSSH's client on the runner (Debian: `apt-get install openssh-client`)", { input: "docker-host" });
        }
        await (0,promises_.mkdir)(bin, { mode: 0o700 });
        const keyPath = (0,external_node_path_.join)(dir, "id_engine");
        const knownHostsPath = (0,external_node_path_.join)(dir, "known_hosts");
        const configPath = (0,external_node_path_.join)(dir, "config");
        if (o.privateKey !== undefined)
            await (0,promises_.writeFile)(keyPath, o.privateKey, { mode: 0o600 });
        await (0,promises_.writeFile)(knownHostsPath, `${o.knownHosts.map((k) => k.text).join("\n")}\n`, { mode: 0o600 });
        // A unix socket path has at most 107 bytes, and ssh adds `.` and 16 random characters to `cm-%C` (40)
        // while it creates the socket: RUNNER_TEMP may be too deep for that, /tmp is not.
        const fits = (d) => (0,external_node_path_.join)(d, "cm-").length + 40 + 17 <= 100;
        let controlDir = dir;
        if (!fits(dir)) {
            controlDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(fits((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "ops-cm-XXXXXX")) ? (0,external_node_os_.tmpdir)() : "/tmp", "ops-cm-"));
            await (0,promises_.chmod)(controlDir, 0o700);
        }
        const q = (p) => `"${p}"`;
        const config = [
            "# Written by runbook-ops for one run; removed when it ends.",
            "Host *",
            ...(o.privateKey !== undefined
                ? [`  IdentityFile ${q(keyPath)}`, "  IdentitiesOnly yes", "  IdentityAgent none"]
                : []),
            `  UserKnownHostsFile ${q(knownHostsPath)}`,
            "  GlobalKnownHostsFile /dev/null",
            "  StrictHostKeyChecking yes",
            "  UpdateHostKeys no",
            "  CheckHostIP no",
            "  HashKnownHosts no",
            "  BatchMode yes",
            "  PasswordAuthentication no",
            "  KbdInteractiveAuthentication no",
            `  ConnectTimeout ${connectTimeout}`,
            "  ServerAliveInterval 15",
            "  ServerAliveCountMax 3",
            "  ControlMaster auto",
            `  ControlPath ${q((0,external_node_path_.join)(controlDir, "cm-%C"))}`,
            `  ControlPersist ${persist}`,
            "  ForwardAgent no",
            "  ForwardX11 no",
            "  ClearAllForwardings yes",
            "  LogLevel ERROR",
            "",
        ].join("\n");
        if (/[\n"]/.test(dir)) {
            throw new errors/* ConfigurationError */.j1(`RUNNER_TEMP (${JSON.stringify(o.baseDir)}) holds a quote or a newline`);
        }
        await (0,promises_.writeFile)(configPath, config, { mode: 0o600 });
        const wrapper = (0,external_node_path_.join)(bin, "ssh");
        await (0,promises_.writeFile)(wrapper, `#!/bin/sh\n# runbook-ops: the engine's ssh, with the run's private config (pinned host key, one master).\nexec ${shellQuote(realSsh)} -F ${shellQuote(configPath)} "$@"\n`, { mode: 0o700 });
        const env = {
            ...o.env,
            DOCKER_HOST: o.host.url,
            PATH: [bin, o.env.PATH].filter(Boolean).join(external_node_path_.delimiter),
            // docker-compose v1: the ssh binary (this wrapper), never paramiko (it does not pin host keys).
            COMPOSE_PARAMIKO_SSH: "0",
        };
        // A context or TLS settings of the runner must not send a call elsewhere.
        delete env.DOCKER_CONTEXT;
        delete env.DOCKER_TLS_VERIFY;
        const destination = [
            ...(o.host.port !== undefined ? ["-p", String(o.host.port)] : []),
            "-l",
            o.host.user,
            "--",
            o.host.host,
        ];
        const removeAll = () => {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            if (controlDir !== dir)
                (0,external_node_fs_.rmSync)(controlDir, { recursive: true, force: true });
        };
        let closed = false;
        const engine = {
            host: o.host,
            dir,
            controlDir,
            configPath,
            env,
            pinned: o.knownHosts.map((k) => `${k.keyType} ${fingerprint(k.key)}`),
            async preflight(signal) {
                return preflight(engine, wrapper, destination, connectTimeout, signal);
            },
            async close() {
                if (closed)
                    return;
                closed = true;
                await (0,run_command/* runCommand */.d1)([wrapper, "-O", "exit", ...destination], { env, timeoutMs: 5_000 }).catch(() => undefined);
                await (0,promises_.rm)(dir, { recursive: true, force: true });
                if (controlDir !== dir)
                    await (0,promises_.rm)(controlDir, { recursive: true, force: true });
            },
            closeSync() {
                if (closed)
                    return;
                closed = true;
                try {
                    (0,external_node_child_process_.execFileSync)(wrapper, ["-O", "exit", ...destination], { env, timeout: 3_000, stdio: "ignore" });
                }
                catch {
                    // no master, or it is gone already
                }
                removeAll();
            },
        };
        return engine;
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw error;
    }
}
const HOST_KEY_FAILURE = /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key is known for|has changed and you have requested strict checking/;
async function preflight(engine, wrapper, destination, connectTimeout, signal, run = run_command/* runCommand */.d1) {
    const { host } = engine;
    const name = knownHostsName(host.host, host.port);
    const r = await run([wrapper, ...destination, "docker version --format '{{.Server.Version}}'"], {
        env: engine.env,
        timeoutMs: (connectTimeout + 30) * 1000,
        ...(signal ? { signal } : {}),
    });
    const stderr = r.stderr.trim();
    if (r.code === 0)
        return { serverVersion: r.stdout.trim().split("\n").at(-1) ?? "" };
    if (r.code === 255 && HOST_KEY_FAILURE.test(stderr)) {
        const offered = await offeredKeys(stderr, host, engine.env);
        const pinned = engine.pinned.join(", ");
        throw new errors/* RefusalError */.XQ(`the engine host ${name} offered a host key that is not pinned in \`known-hosts\` (${offered.join(", ") || "its key could not be read"}; pinned: ${pinned}), so nothing was done. If the host was rebuilt and this key is the right one, pin it: \`${keyscanHint(host.host, host.port)}\`, check the fingerprint against the host's own (\`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\`) and replace the line in \`known-hosts\`.`, [`host key offered by ${name}: ${offered.join(", ") || "unknown"}`, `pinned: ${pinned}`]);
    }
    const last = stderr.split("\n").filter(Boolean).at(-1)?.slice(0, 300) ?? "";
    if (r.code === 255 && /Permission denied|Too many authentication failures/.test(stderr)) {
        throw new errors/* ConfigurationError */.j1(`the engine host ${name} refused the login as ${host.user} (${last}): add the public half of \`ssh-key\` to ~${host.user}/.ssh/authorized_keys there`, { input: "ssh-key" });
    }
    if (r.code === 255 || r.timedOut) {
        throw new errors/* TransientError */.N_(`could not reach the engine host ${name} over ssh (${r.timedOut ? "timed out" : last || `ssh exited ${r.code}`}); nothing was done`);
    }
    throw new errors/* ConfigurationError */.j1(`logged in to ${name} as ${host.user}, but its Docker engine did not answer \`docker version\` (${last || `exit ${r.code}`}): the account needs the docker CLI and access to the engine there (e.g. the \`docker\` group)`, { input: "docker-host" });
}
/** The fingerprints of the keys the host offered: from ssh's own warning, else from ssh-keyscan. */
async function offeredKeys(stderr, host, env) {
    const m = /The fingerprint for the (\S+) key sent by the remote host is\s+(SHA256:[A-Za-z0-9+/]+)/.exec(stderr);
    if (m)
        return [`${m[1]} ${m[2]}`];
    try {
        const r = await (0,run_command/* runCommand */.d1)(["ssh-keyscan", "-T", "5", ...(host.port !== undefined ? ["-p", String(host.port)] : []), host.host], { env, timeoutMs: 10_000 });
        return r.stdout
            .split("\n")
            .map((l) => l.trim().split(/\s+/))
            .filter((f) => f.length >= 3 && !f[0]?.startsWith("#"))
            .map((f) => `${f[1]} ${fingerprint(f[2])}`);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ../packages/ops-core/dist/remote/engine.js
// Which Docker engine a run's child processes talk to: the `docker-host`, `ssh-key` and `known-hosts`
// inputs, read once, and the environment every docker, docker-compose and docker stack call, backup,
// integrity and smoke command gets. One entry point for every action and the `ops` commands:
//
//   const ctx2 = await withEngine(ctx);   // masks the key, prepares ssh, logs in once, cleans up after
//   wire({ ...,  env: ctx2.env });        // or engineRunner(runCommand, ctx2.env) for a bare runner
//
// Without `docker-host` nothing changes: the runner's own DOCKER_HOST (if any) is honoured as before.










/** The inputs, as named in action.yml and on the command line (`ssh-key` only as OPS_SSH_KEY there). */
const ENGINE_INPUTS = (/* unused pure expression or super */ null && (["docker-host", "ssh-key", "known-hosts"]));
/**
 * The engine inputs, checked: `ssh-key` and `known-hosts` only with an ssh:// `docker-host`, which needs
 * `known-hosts` naming its host. Undefined when `docker-host` is not given.
 */
function readEngineSettings(inputs) {
    const text = inputs.optional("docker-host");
    const keyText = inputs.optional("ssh-key");
    const knownText = inputs.optional("known-hosts");
    // `ssh-key` and `known-hosts` mean nothing without an ssh:// engine: say why, naming the input given.
    const refuseSshInputs = (why) => {
        const name = keyText !== undefined ? "ssh-key" : knownText !== undefined ? "known-hosts" : undefined;
        if (name)
            throw new errors/* ConfigurationError */.j1(`${inputs.label(name)} ${why}`, { input: name });
    };
    if (text === undefined) {
        refuseSshInputs(`needs ${inputs.label("docker-host")} (ssh://user@host)`);
        return undefined;
    }
    const dockerHost = parseDockerHost(text, inputs.label("docker-host"));
    if (dockerHost.kind !== "ssh") {
        refuseSshInputs(`is for an ssh:// ${inputs.label("docker-host")}, not ${dockerHost.kind}://`);
        return Object.freeze({ dockerHost, sshKey: undefined, knownHosts: [] });
    }
    const sshKey = keyText === undefined ? undefined : normalizePrivateKey(keyText, inputs.label("ssh-key"));
    const knownHosts = parseKnownHosts(knownText ?? "", inputs.label("known-hosts"));
    pinnedKeys(knownHosts, dockerHost.host, dockerHost.port, inputs.label("known-hosts"));
    return Object.freeze({ dockerHost, sshKey, knownHosts });
}
/** The state key the deploy's `post:` step reads to remove a directory the main step left. */
const ENGINE_DIR_STATE = "engine-dir";
/**
 * Masks `ssh-key` (whole and line by line) before anything can print it, reads the engine inputs, and
 * for ssh:// prepares the private ssh set-up and logs in once (the master connection every later call
 * reuses). A host key that is not pinned throws a RefusalError before anything has changed. The key
 * file and the master go in the run's cleanup, a process `exit` backstop, and the `post:` step.
 */
async function prepareEngine(host) {
    for (const secret of keyMasks(host.inputs.optional("ssh-key")))
        host.setSecret(secret);
    const settings = readEngineSettings(host.inputs);
    if (!settings)
        return { env: host.env, description: undefined, ssh: undefined };
    const { dockerHost } = settings;
    if (dockerHost.kind !== "ssh") {
        const env = { ...host.env, DOCKER_HOST: dockerHost.url };
        delete env.DOCKER_CONTEXT;
        host.logger.info(`engine: ${dockerHost.url}`);
        return { env, description: dockerHost.url, ssh: undefined };
    }
    const ssh = await prepareSshEngine({
        host: dockerHost,
        privateKey: settings.sshKey,
        knownHosts: settings.knownHosts,
        baseDir: host.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        env: host.env,
    });
    const backstop = () => ssh.closeSync();
    process.once("exit", backstop);
    host.onCleanup(async () => {
        process.off("exit", backstop);
        await ssh.close();
    });
    host.saveState?.(ENGINE_DIR_STATE, JSON.stringify([ssh.dir, ssh.controlDir]));
    const name = knownHostsName(dockerHost.host, dockerHost.port);
    const { serverVersion } = await host.logger.group(`Engine ${dockerHost.url}`, async () => {
        host.logger.info(`pinned host key(s) for ${name}: ${ssh.pinned.join(", ")}`);
        const r = await ssh.preflight(host.signal);
        host.logger.info(`logged in as ${dockerHost.user}: Docker ${r.serverVersion || "(version unknown)"}; every docker call of this run reuses this connection`);
        return r;
    });
    return {
        env: ssh.env,
        description: `${dockerHost.url} (Docker ${serverVersion || "?"}, host key pinned: ${ssh.pinned.join(", ")})`,
        ssh,
    };
}
/** prepareEngine for an action body: the same context with the engine's environment. */
async function withEngine(ctx) {
    const engine = await prepareEngine(ctx);
    return { ...ctx, env: engine.env, engine };
}
/** Just the environment (for a caller that keeps its own context). */
async function engineEnvironment(ctx) {
    return (await prepareEngine(ctx)).env;
}
/** A runner whose commands get `env` unless the caller gives one of its own. */
function engineRunner(run, env) {
    return (argv, options) => run(argv, { ...options, env: options.env ?? env });
}
/** The `post:` backstop: stops the master and removes the engine directory a main step that died left. */
async function removeLeftoverEngine(getState, logger) {
    let dirs;
    try {
        dirs = JSON.parse(getState(ENGINE_DIR_STATE) ?? "[]");
    }
    catch {
        return;
    }
    const ours = (Array.isArray(dirs) ? dirs : []).filter((d) => typeof d === "string" && /[/\\]ops-(engine|cm)-[^/\\]+$/.test(d) && existsSync(d));
    if (ours.length === 0)
        return;
    const [dir] = ours;
    for (const d of ours) {
        for (const socket of readdirSync(d).filter((f) => f.startsWith("cm-"))) {
            try {
                // The control socket names the connection; the destination is not looked at with -O.
                execFileSync(join(dir, "bin", "ssh"), ["-o", `ControlPath=${join(d, socket)}`, "-O", "exit", "engine"], { timeout: 3_000, stdio: "ignore" });
            }
            catch {
                // gone already
            }
        }
    }
    for (const d of ours)
        await rm(d, { recursive: true, force: true });
    logger.warning("removed the engine's ssh key and master connection that the main step left behind");
}


/***/ }),

/***/ 4259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VS: () => (/* binding */ eligibleNodes),
/* harmony export */   ZU: () => (/* binding */ convergenceMessage),
/* harmony export */   _z: () => (/* binding */ convergence)
/* harmony export */ });
/* unused harmony exports taskFailures, describeFailure, judgeService */
// Has the stack converged on a release? Pure: one snapshot in, one judgement out. Every release service
// must have its spec on the release's image, its update (the stack file's own update_config: order,
// parallelism, failure_action) finished, and as many tasks running on that image as it wants (replicas,
// or one per eligible node in global mode), none on another image. A task in Swarm's `running` state has
// passed its health check when the image has one (Swarm holds it in `starting` until then).
// Swarm's own automatic rollback (failure_action: rollback) and a paused update are final: they are
// reported as Swarm's decision, never fought with another `stack deploy`.
const SWARM_VERDICTS = ["rollback_started", "rollback_paused", "rollback_completed", "paused"];
/** Task states that end a task (it will not run again). */
const ENDED = new Set(["complete", "failed", "rejected", "shutdown", "orphaned", "remove"]);
function nodeName(nodes, id) {
    return nodes.find((n) => n.id === id)?.hostname ?? (id ? id.slice(0, 12) : "no node");
}
/** Docker's timestamps carry nanoseconds: compared as times, never as strings. Unreadable → counts. */
function notBefore(iso, sinceIso) {
    const t = Date.parse(iso);
    const since = Date.parse(sinceIso);
    return Number.isNaN(t) || Number.isNaN(since) || t >= since;
}
/** Nodes a global service's task can run on: ready and active. */
function eligibleNodes(nodes) {
    return nodes.filter((n) => n.state === "ready" && n.availability === "active");
}
/** The failed or rejected tasks of a service created at or after `sinceIso`, newest first. */
function taskFailures(snapshot, service, sinceIso) {
    return snapshot.tasks
        .filter((t) => t.serviceId === service.id &&
        (t.state === "failed" || t.state === "rejected") &&
        (sinceIso === undefined || notBefore(t.createdAt, sinceIso)))
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
function describeFailure(t, nodes) {
    const code = t.exitCode !== undefined && t.exitCode !== 0 ? ` (exit ${t.exitCode})` : "";
    return `${nodeName(nodes, t.nodeId)}: task ${t.slot !== undefined ? `.${t.slot} ` : ""}${t.state}${code}${t.error ? `: ${t.error}` : ""}`;
}
function judgeService(snapshot, service, image, sinceIso) {
    const s = snapshot.services.find((x) => x.service === service);
    if (!s)
        return { service, done: false, running: 0, wanted: 1, nodes: [], notes: ["not created yet"] };
    const wanted = s.mode === "global" ? eligibleNodes(snapshot.nodes).length : (s.replicas ?? 1);
    const live = snapshot.tasks.filter((t) => t.serviceId === s.id && t.desired === "running");
    const onImage = live.filter((t) => t.image === image && t.state === "running");
    const others = snapshot.tasks.filter((t) => t.serviceId === s.id && t.image !== image && !ENDED.has(t.state));
    const notes = [];
    // Swarm's verdict is about this release only when it rolled back away from its image, or paused an
    // update begun by this deploy: a `rollback_completed` left by an earlier release (Swarm went back to the
    // very images a rollback now deploys) is history, not a decision on this one.
    const state = SWARM_VERDICTS.find((v) => v === s.updateState);
    const current = state === "rollback_started" || state === "rollback_completed"
        ? s.image !== image
        : sinceIso === undefined || s.updateStartedAt === undefined || notBefore(s.updateStartedAt, sinceIso);
    const verdict = current ? state : undefined;
    if (verdict) {
        const what = verdict === "paused"
            ? "Swarm paused the update (update_config failure_action: pause)"
            : verdict === "rollback_completed"
                ? `Swarm rolled the update back to ${s.image || "the previous spec"}`
                : verdict === "rollback_paused"
                    ? "Swarm's own rollback of the update is paused"
                    : "Swarm is rolling the update back (update_config failure_action: rollback)";
        notes.push(`${what}${s.updateMessage ? `: ${s.updateMessage}` : ""}`);
    }
    else if (s.image !== image) {
        notes.push(`its spec runs ${s.image}, not ${image}`);
    }
    if (s.updateState === "updating")
        notes.push("update in progress");
    if (onImage.length < wanted)
        notes.push(`${onImage.length}/${wanted} tasks running on ${image}`);
    if (others.length > 0)
        notes.push(`${others.length} task(s) still on ${[...new Set(others.map((t) => t.image))].join(", ")}`);
    const pending = live.filter((t) => t.image === image && t.state !== "running");
    for (const t of pending)
        notes.push(`${nodeName(snapshot.nodes, t.nodeId)}: task ${t.state}`);
    return {
        service,
        done: notes.length === 0 && wanted > 0,
        running: onImage.length,
        wanted,
        nodes: [...new Set(onImage.map((t) => nodeName(snapshot.nodes, t.nodeId)))].sort(),
        notes: wanted === 0 ? [...notes, "no node can run it (none ready and active)"] : notes,
        ...(verdict ? { swarm: verdict } : {}),
    };
}
/** `images`: service → the release's image ref. `sinceIso`: when the deploy began (task failures after). */
function convergence(snapshot, images, sinceIso) {
    const services = Object.entries(images).map(([service, image]) => judgeService(snapshot, service, image, sinceIso));
    const failures = {};
    for (const [service] of Object.entries(images)) {
        const s = snapshot.services.find((x) => x.service === service);
        if (!s)
            continue;
        const lines = taskFailures(snapshot, s, sinceIso).map((t) => describeFailure(t, snapshot.nodes));
        if (lines.length > 0)
            failures[service] = lines;
    }
    const swarm = services.filter((s) => s.swarm !== undefined);
    const final = swarm.length > 0 ? swarm.map((s) => `${s.service}: ${s.notes[0]}`).join("; ") : undefined;
    return { done: services.every((s) => s.done), final, services, failures };
}
/** One line per service that is not there yet, for a timeout's message. */
function convergenceMessage(c) {
    const lines = c.services
        .filter((s) => !s.done)
        .map((s) => {
        const fails = c.failures[s.service]?.slice(0, 3) ?? [];
        return `${s.service}: ${[...s.notes, ...fails].join("; ")}`;
    });
    return lines.join(" | ");
}


/***/ }),

/***/ 4212:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parseTasks),
/* harmony export */   T3: () => (/* binding */ docker),
/* harmony export */   bA: () => (/* binding */ readStack),
/* harmony export */   g0: () => (/* binding */ readNodes),
/* harmony export */   m1: () => (/* binding */ inspectPresent),
/* harmony export */   nA: () => (/* binding */ withoutDigest)
/* harmony export */ });
/* unused harmony exports parseNodes, parseServices */
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5422);
// A Swarm stack as the manager's `docker` CLI shows it: its services (`docker service inspect`: spec
// image, replicas, update_config, UpdateStatus), its tasks (`docker inspect --type task`: state, error,
// node, image, exit code) and the nodes (`docker node inspect`: hostname, address, state). Argv only, a
// timeout on every call, the engine reached through the environment given (DOCKER_HOST and friends, the
// same environment the compose adapter hands its children).

/** `repo:tag@sha256:…` → `repo:tag`. */
function withoutDigest(image) {
    const at = image.indexOf("@sha256:");
    return at < 0 ? image : image.slice(0, at);
}
function runDocker(cli, args, signal) {
    return cli.run(["docker", ...args], {
        env: cli.env,
        ...(cli.cwd ? { cwd: cli.cwd } : {}),
        timeoutMs: cli.timeoutMs,
        ...(signal ? { signal } : {}),
    });
}
function failed(args, r) {
    const why = (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_0__/* .errorLine */ .BP)(r.stderr || r.stdout) || (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_0__/* .describeExit */ .KE)(r);
    return new Error(`docker ${args.slice(0, 2).join(" ")} failed: ${why}`);
}
async function docker(cli, args, signal) {
    const r = await runDocker(cli, args, signal);
    if (r.code !== 0 || r.timedOut)
        throw failed(args, r);
    return r.stdout;
}
/**
 * `docker inspect` of objects listed a moment before: Swarm prunes task history (and a node or service can
 * go) between the two calls, and the CLI then prints the objects it found and fails for the others. Those
 * are gone, not an error: only a failure that is about nothing but missing objects is read that way.
 */
async function inspectPresent(cli, args, signal) {
    const r = await runDocker(cli, args, signal);
    if (r.code === 0 && !r.timedOut)
        return r.stdout;
    const errors = r.stderr.split("\n").filter((l) => l.trim());
    const missing = /\b(?:not found|no such (?:task|service|node|object))\b/i;
    const onlyMissing = errors.length > 0 && errors.every((l) => missing.test(l));
    if (!r.timedOut && onlyMissing && r.stdout.trim().startsWith("["))
        return r.stdout;
    throw failed(args, r);
}
const ids = (out) => out
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
function parseArray(out, what) {
    try {
        const v = JSON.parse(out);
        if (Array.isArray(v))
            return v;
    }
    catch {
        // fall through
    }
    throw new Error(`docker inspect of ${what} did not print a JSON array`);
}
const obj = (v) => (v && typeof v === "object" ? v : undefined);
const str = (v) => (typeof v === "string" ? v : undefined);
const num = (v) => (typeof v === "number" ? v : undefined);
function parseNodes(rows) {
    return rows.map((n) => {
        const status = obj(n.Status);
        const spec = obj(n.Spec);
        const description = obj(n.Description);
        return {
            id: str(n.ID) ?? "",
            hostname: str(description?.Hostname) ?? str(n.ID) ?? "",
            address: str(status?.Addr) ?? "",
            state: str(status?.State) ?? "unknown",
            availability: str(spec?.Availability) ?? "active",
            manager: obj(n.ManagerStatus) !== undefined,
        };
    });
}
function parseServices(rows, stack) {
    return rows.map((s) => {
        const spec = obj(s.Spec);
        const name = str(spec?.Name) ?? "";
        const labels = obj(spec?.Labels);
        const mode = obj(spec?.Mode);
        const replicated = obj(mode?.Replicated);
        const update = obj(s.UpdateStatus);
        const cfg = obj(spec?.UpdateConfig);
        const image = str(obj(obj(spec?.TaskTemplate)?.ContainerSpec)?.Image) ?? "";
        const previous = str(obj(obj(obj(s.PreviousSpec)?.TaskTemplate)?.ContainerSpec)?.Image);
        const namespace = str(labels?.["com.docker.stack.namespace"]) ?? stack;
        return {
            id: str(s.ID) ?? "",
            name,
            service: name.startsWith(`${namespace}_`) ? name.slice(namespace.length + 1) : name,
            image: withoutDigest(image),
            mode: obj(mode?.Global) || obj(mode?.GlobalJob) ? "global" : "replicated",
            replicas: num(replicated?.Replicas),
            updateState: str(update?.State),
            updateMessage: str(update?.Message),
            updateStartedAt: str(update?.StartedAt),
            updateConfig: cfg
                ? {
                    ...(str(cfg.Order) ? { order: str(cfg.Order) } : {}),
                    ...(num(cfg.Parallelism) !== undefined ? { parallelism: num(cfg.Parallelism) } : {}),
                    ...(str(cfg.FailureAction) ? { failureAction: str(cfg.FailureAction) } : {}),
                }
                : undefined,
            previousImage: previous ? withoutDigest(previous) : undefined,
        };
    });
}
function parseTasks(rows) {
    return rows.map((t) => {
        const status = obj(t.Status);
        const container = obj(status?.ContainerStatus);
        const image = str(obj(obj(t.Spec)?.ContainerSpec)?.Image) ?? "";
        const err = str(status?.Err);
        return {
            id: str(t.ID) ?? "",
            serviceId: str(t.ServiceID) ?? "",
            slot: num(t.Slot),
            nodeId: str(t.NodeID) ?? "",
            image: withoutDigest(image),
            desired: str(t.DesiredState) ?? "",
            state: str(status?.State) ?? "",
            error: err || undefined,
            exitCode: num(container?.ExitCode),
            createdAt: str(t.CreatedAt) ?? "",
        };
    });
}
async function readNodes(cli, signal) {
    const list = ids(await docker(cli, ["node", "ls", "--quiet"], signal));
    if (list.length === 0)
        return [];
    return parseNodes(parseArray(await inspectPresent(cli, ["node", "inspect", ...list], signal), "the nodes"));
}
/** The stack's services, tasks (current and recent history) and the swarm's nodes, in four calls. */
async function readStack(cli, stack, signal) {
    const [serviceIds, nodes] = await Promise.all([
        docker(cli, ["service", "ls", "--quiet", "--filter", `label=com.docker.stack.namespace=${stack}`], signal).then(ids),
        readNodes(cli, signal),
    ]);
    if (serviceIds.length === 0)
        return { services: [], tasks: [], nodes };
    const [services, taskIds] = await Promise.all([
        inspectPresent(cli, ["service", "inspect", ...serviceIds], signal).then((o) => parseServices(parseArray(o, "the stack's services"), stack)),
        docker(cli, ["stack", "ps", stack, "--quiet", "--no-trunc"], signal)
            .then(ids)
            // A stack whose services have no task yet: `docker stack ps` says "nothing found in stack".
            .catch((e) => {
            if (e instanceof Error && /nothing found in stack/i.test(e.message))
                return [];
            throw e;
        }),
    ]);
    const tasks = taskIds.length === 0
        ? []
        : parseTasks(parseArray(await inspectPresent(cli, ["inspect", "--type", "task", ...taskIds], signal), "the tasks"));
    return { services, tasks, nodes };
}


/***/ }),

/***/ 2216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ hasNodePlaceholder),
/* harmony export */   k: () => (/* binding */ expandPerNode)
/* harmony export */ });
// Health endpoints per Swarm node: a URL holding `{node}` (the node's address) or `{hostname}` (its
// hostname) becomes one endpoint per ready node, named `<name>@<hostname>`, so a release that answers 500
// on one node only fails there, and the evidence names it. URLs without a placeholder stay as they are.
const PLACEHOLDER = /\{(node|hostname)\}/;
function hasNodePlaceholder(endpoints) {
    return endpoints.some((e) => PLACEHOLDER.test(e.url));
}
function expandPerNode(endpoints, nodes) {
    const ready = nodes.filter((n) => n.state === "ready");
    return endpoints.flatMap((e) => {
        if (!PLACEHOLDER.test(e.url))
            return [e];
        return ready.map((n) => ({
            ...e,
            name: `${e.name}@${n.hostname}`,
            url: e.url.replaceAll("{node}", n.address).replaceAll("{hostname}", n.hostname),
        }));
    });
}


/***/ }),

/***/ 4004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ swarmStackPort)
/* harmony export */ });
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4212);
// The smoke check's StackPort over a Swarm stack: one entry per task slot (replicated) or per node
// (global), from the stack's task history. A task that failed or was rejected and was replaced is a
// restart of its slot, on whichever node it ran: a crash loop is a restart count that rises across the
// nodes. Logs come from `docker service logs` of the slot's newest task.

function containerOf(snapshot, key, service, tasks) {
    const sorted = [...tasks].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const current = sorted.find((t) => t.desired === "running") ?? sorted[0];
    const restarts = tasks.filter((t) => t.state === "failed" || t.state === "rejected").length;
    const state = current?.state ?? "missing";
    const node = snapshot.nodes.find((n) => n.id === current?.nodeId)?.hostname ?? current?.nodeId ?? "";
    const starting = ["new", "pending", "assigned", "accepted", "ready", "preparing", "starting"].includes(state);
    const status = state === "running"
        ? "running"
        : starting
            ? "created"
            : current?.desired === "running"
                ? "restarting"
                : "exited";
    return {
        service,
        id: key,
        name: `${key}${node ? `@${node}` : ""}`,
        status,
        running: state === "running",
        restarting: status === "restarting",
        oomKilled: false,
        exitCode: current?.exitCode ?? 0,
        health: "none",
        restartCount: restarts,
        startedAt: current?.createdAt,
        finishedAt: undefined,
        ...(current?.error ? { healthLog: current.error } : {}),
    };
}
/** `services`: the release's services (short names); `stack`: the stack name. */
function swarmStackPort(cli, stack, services) {
    const newest = new Map();
    return {
        description: `Swarm stack ${stack}`,
        services,
        async containers(signal) {
            const snapshot = await (0,_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .readStack */ .bA)(cli, stack, signal);
            const out = [];
            for (const s of snapshot.services) {
                const mine = snapshot.tasks.filter((t) => t.serviceId === s.id);
                const groups = new Map();
                for (const t of mine) {
                    const key = s.mode === "global" || t.slot === undefined || t.slot === 0
                        ? `${s.name}.${t.nodeId.slice(0, 12)}`
                        : `${s.name}.${t.slot}`;
                    groups.set(key, [...(groups.get(key) ?? []), t]);
                }
                for (const [key, tasks] of groups) {
                    if (!tasks.some((t) => t.desired === "running"))
                        continue;
                    const c = containerOf(snapshot, key, s.service, tasks);
                    const current = tasks.find((t) => t.desired === "running");
                    if (current)
                        newest.set(key, current.id);
                    out.push(c);
                }
            }
            return out;
        },
        async logs(id, lines, signal) {
            const task = newest.get(id) ?? id;
            return (0,_docker_js__WEBPACK_IMPORTED_MODULE_0__/* .docker */ .T3)(cli, ["service", "logs", "--no-task-ids", "--tail", String(lines), task], signal);
        },
    };
}


/***/ }),

/***/ 6754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ stackDeploy),
/* harmony export */   Qx: () => (/* binding */ stackName),
/* harmony export */   a7: () => (/* binding */ awaitConvergence)
/* harmony export */ });
/* unused harmony exports stackDeployArgv, ConvergenceError */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _convergence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4259);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4212);
// `docker stack deploy` of the compose file(s) with the release's tag, then the wait for convergence
// (./convergence.ts) within the timeout. The stack file's own update_config decides how Swarm replaces
// tasks (order start-first or stop-first, parallelism, failure_action); this module only reads what
// Swarm did. `--prune` is not used: a service removed from the file is left running (a stack shared with
// hand-made services, or an accessory deployed apart, would otherwise be removed by a release).



/** A stack name as docker accepts it: the project name (else the directory's), lower case, [a-z0-9_-]. */
function stackName(project, cwd) {
    const raw = (project ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(cwd)).toLowerCase().replace(/[^a-z0-9_-]/g, "");
    return raw || "app";
}
function stackDeployArgv(o) {
    return [
        "stack",
        "deploy",
        ...o.files.flatMap((f) => ["--compose-file", f]),
        "--resolve-image",
        o.resolveImage,
        ...(o.withRegistryAuth ? ["--with-registry-auth"] : []),
        "--detach=true",
        o.stack,
    ];
}
async function stackDeploy(cli, o) {
    await (0,_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .docker */ .T3)({ ...cli, env: { ...cli.env, ...o.env } }, stackDeployArgv(o), o.signal);
}
class ConvergenceError extends Error {
    state;
    bySwarm;
    constructor(message, state, 
    /** Swarm rolled back or paused the update itself. */
    bySwarm) {
        super(message);
        this.state = state;
        this.bySwarm = bySwarm;
        this.name = "ConvergenceError";
    }
}
/**
 * Polls the stack until every service in `images` converged (resolves with the last judgement), Swarm
 * rolled back or paused an update (throws at once, saying so), or `timeoutMs` passed (throws with what
 * each service still lacks and the task errors with their nodes).
 */
async function awaitConvergence(cli, o) {
    const deadline = o.clock.now() + o.timeoutMs;
    for (;;) {
        const state = (0,_convergence_js__WEBPACK_IMPORTED_MODULE_1__/* .convergence */ ._z)(await (0,_docker_js__WEBPACK_IMPORTED_MODULE_2__/* .readStack */ .bA)(cli, o.stack, o.signal), o.images, o.sinceIso);
        if (state.done)
            return state;
        if (state.final)
            throw new ConvergenceError(`Swarm's own decision: ${state.final}`, state, true);
        if (o.clock.now() >= deadline) {
            throw new ConvergenceError(`stack ${o.stack} did not converge within ${Math.round(o.timeoutMs / 1000)}s: ${(0,_convergence_js__WEBPACK_IMPORTED_MODULE_1__/* .convergenceMessage */ .ZU)(state)}`, state, false);
        }
        await o.clock.sleep(Math.min(o.pollMs ?? 1_000, Math.max(0, deadline - o.clock.now())), o.signal);
    }
}


/***/ })

};
