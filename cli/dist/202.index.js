export const id = 202;
export const ids = [202];
export const modules = {

/***/ 6775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openState: () => (/* binding */ openState)
});

// EXTERNAL MODULE: ../packages/ops-core/dist/state/connection.js
var state_connection = __webpack_require__(9331);
// EXTERNAL MODULE: ../packages/ops-core/dist/action/errors.js
var errors = __webpack_require__(4173);
;// CONCATENATED MODULE: ../packages/ops-core/dist/state/keys.js
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

// EXTERNAL MODULE: ../packages/ops-core/dist/state/sentinel.js
var state_sentinel = __webpack_require__(1371);
;// CONCATENATED MODULE: ../packages/ops-core/dist/state/client.js
// A state client: one open connection, the key names, and a clock. Every state function takes one.



/** Validates the prefix, then connects (see connectRedis for the bounds and the errors). */
async function openState(url, options = {}) {
    const keys = stateKeys(options.keyPrefix ?? "", options.prefixInput);
    const connection = await (0,state_connection/* connectRedis */.mg)(url, options);
    const sentinel = connection.target.sentinel;
    return {
        ...(sentinel && sentinel.replicas > 0
            ? {
                replication: {
                    replicas: sentinel.replicas,
                    timeoutMs: state_sentinel/* WAIT_TIMEOUT_MS */.$r,
                    master: sentinel.name,
                    sentinels: sentinel.sentinels,
                },
            }
            : {}),
        redis: connection.redis,
        keys,
        target: connection.target,
        now: options.now ?? (() => new Date()),
        close: connection.close,
    };
}


/***/ }),

/***/ 9331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ RedisAuthError),
/* harmony export */   CI: () => (/* binding */ parseRedisUrl),
/* harmony export */   LP: () => (/* binding */ DEFAULT_COMMAND_TIMEOUT_MS),
/* harmony export */   mg: () => (/* binding */ connectRedis),
/* harmony export */   od: () => (/* binding */ DEFAULT_CONNECT_TIMEOUT_MS),
/* harmony export */   vp: () => (/* binding */ redisMasks)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_RETRIES, maskUrl, redisSecrets, RedisCommandTimeoutError, NoMasterError, loadRedis */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4173);
/* harmony import */ var _action_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3149);
/* harmony import */ var _sentinel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1371);
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
    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: ${shown} is not a valid Redis URL (${why}); expected redis://[user:password@]host[:port][/db] or rediss://… for TLS, or redis+sentinel://[user:password@]host1[:26379],host2[:port]/mastername[/db] for Redis Sentinel`, { input });
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
    let hidden = (0,_sentinel_js__WEBPACK_IMPORTED_MODULE_2__/* .maskSentinelQuery */ .pH)((0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .hideSecrets */ .s0)(out, url));
    for (const s of (0,_sentinel_js__WEBPACK_IMPORTED_MODULE_2__/* .sentinelPasswordForms */ .bQ)(url))
        if (s.length >= 3)
            hidden = hidden.split(s).join("***");
    return hidden;
}
/** `scheme://userinfo@`: the userinfo runs to the last `@` before the path, as URL parsers read it. */
const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;
/** Parses `redis://` / `rediss://` URLs (user and password URL-encoded, optional `/db`). */
function parseRedisUrl(url, input = "redis-url") {
    const text = url.trim();
    if (text === "")
        fail(input, url, "it is empty");
    if ((0,_sentinel_js__WEBPACK_IMPORTED_MODULE_2__/* .isSentinelUrl */ .kC)(text)) {
        const config = (0,_sentinel_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSentinelUrl */ .JA)(text, input);
        const first = config.sentinels[0];
        return {
            display: maskUrl(text),
            host: first.host,
            port: first.port,
            tls: config.tls,
            username: config.username,
            password: config.password,
            db: config.db,
            sentinel: {
                name: config.name,
                sentinels: (0,_sentinel_js__WEBPACK_IMPORTED_MODULE_2__/* .sentinelList */ .b3)(config),
                replicas: config.replicas,
                failoverTimeoutMs: config.failoverTimeoutMs,
            },
            sentinelConfig: config,
        };
    }
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
    for (const part of (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .passwordParts */ .ck)(url))
        forms.add(part);
    for (const part of (0,_sentinel_js__WEBPACK_IMPORTED_MODULE_2__/* .sentinelPasswordForms */ .bQ)(url))
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
    return url ? [...new Set([...(0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .secretForms */ .eo)(url), ...redisSecrets(url)])] : [];
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
class RedisCommandTimeoutError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_ {
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
/** No sentinel named a master that answers: nothing can be read or written until one does. */
class NoMasterError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TransientError */ .N_ {
    sentinels;
    constructor(message, sentinels, options = {}) {
        super(message, options);
        this.sentinels = sentinels;
        this.name = "NoMasterError";
    }
}
/**
 * On a Sentinel connection a command sent while ioredis looks for the (new) master waits for it, up to
 * `boundMs`, instead of failing at once: without an offline queue such a command was never sent, so
 * sending it once the master answers is safe. Commands of a pipeline or transaction are not held.
 */
function waitForMasterBeforeSending(redis, boundMs, why) {
    const target = redis;
    const send = target.sendCommand.bind(redis);
    // Not "connect": that is the handshake (AUTH, SELECT), which must go out at once.
    const looking = new Set(["connecting", "reconnecting"]);
    target.sendCommand = (command, ...rest) => {
        if (!looking.has(redis.status) || rest[0] !== undefined || command.inTransaction) {
            return send(command, ...rest);
        }
        return new Promise((resolve, reject) => {
            const done = () => {
                clearTimeout(timer);
                redis.off("ready", onReady);
                redis.off("end", onEnd);
            };
            const onReady = () => {
                done();
                resolve();
            };
            const onEnd = () => {
                done();
                reject(new Error(`Redis Sentinel: ${why()}`));
            };
            const timer = setTimeout(() => {
                done();
                reject(new Error(`Redis Sentinel: ${why()} (waited ${Math.round(boundMs / 1000)} s)`));
            }, boundMs);
            timer.unref();
            redis.once("ready", onReady);
            redis.once("end", onEnd);
        }).then(() => send(command, ...rest));
    };
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
            const mod = (await __webpack_require__.e(/* import() */ 498).then(__webpack_require__.t.bind(__webpack_require__, 117, 19)));
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
    const tls = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 19));
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
        ...(parsed.sentinel ? { sentinel: parsed.sentinel } : {}),
    };
    const sentinel = parsed.sentinelConfig;
    const where = sentinel
        ? `master "${sentinel.name}" through the sentinels ${parsed.sentinel?.sentinels}`
        : `${parsed.tls ? "rediss" : "redis"}://${parsed.host}:${parsed.port}`;
    const ca = options.tlsCa ? { ca: [...(await defaultCertificates()), options.tlsCa.toString()] } : {};
    // A plain URL: one server, a few reconnection attempts. A Sentinel URL: ioredis asks the sentinels for
    // the master on every (re)connection; through a failover it keeps asking, with backoff, until
    // failover-timeout has passed since the connection was lost (then it gives up like a plain one).
    let lostAt;
    let sentinelFailingSince;
    const addressing = sentinel
        ? {
            sentinels: sentinel.sentinels.map((s) => ({ host: s.host, port: s.port })),
            name: sentinel.name,
            role: "master",
            sentinelUsername: sentinel.sentinelUsername,
            sentinelPassword: sentinel.sentinelPassword,
            sentinelCommandTimeout: commandTimeout,
            // Bounded: every sentinel unreachable (or none knowing a master) is retried until failover-timeout.
            sentinelRetryStrategy: (times) => {
                if (times === 1)
                    sentinelFailingSince = Date.now();
                return Date.now() - (sentinelFailingSince ?? Date.now()) > sentinel.failoverTimeoutMs
                    ? null
                    : Math.min(250 * times, 1_000);
            },
            // Off: ioredis' detector, still subscribed from the last connection, disconnects the connector when
            // +switch-master arrives while a reconnection is asking the sentinels, and that ends the client for
            // good ("Connection is closed."; seen in the e2e). A dead master's socket breaks anyway, and Redis
            // closes client connections when a master is turned into a replica.
            failoverDetector: false,
            // The sentinels may add the others they know (the URL need not list every one).
            updateSentinels: true,
            ...(sentinel.tls ? { tls: { ...ca }, sentinelTLS: { ...ca }, enableTLSForSentinelMode: true } : {}),
        }
        : {
            host: parsed.host,
            port: parsed.port,
            tls: parsed.tls
                ? {
                    // SNI takes a host name, never an IP address (RFC 6066).
                    ...((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(parsed.host) ? {} : { servername: parsed.host }),
                    ...ca,
                }
                : undefined,
        };
    const retryStrategy = sentinel
        ? (times) => {
            if (times === 1)
                lostAt = Date.now();
            return Date.now() - (lostAt ?? Date.now()) > sentinel.failoverTimeoutMs
                ? null
                : Math.min(100 * 2 ** (times - 1), 1_000);
        }
        : (times) => (times > maxRetries ? null : Math.min(100 * 2 ** (times - 1), 1_000));
    const redis = new Redis({
        ...addressing,
        username: parsed.username,
        password: parsed.password,
        db: parsed.db,
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
        retryStrategy,
    });
    answerTimeoutsClearly(redis, commandTimeout);
    let lastError;
    redis.on("error", (error) => {
        lastError = scrub(error.message, secrets);
        logger?.debug(`redis ${where}: ${lastError}`);
    });
    let lastSentinelError;
    if (sentinel) {
        redis.on("sentinelError", (error) => {
            lastSentinelError = scrub(error.message, secrets);
            logger?.debug(`redis ${where}: ${lastSentinelError}`);
        });
        redis.on("ready", () => {
            lostAt = undefined;
            sentinelFailingSince = undefined;
        });
        waitForMasterBeforeSending(redis, sentinel.failoverTimeoutMs, () => noMaster());
    }
    /** Why no master could be reached, naming the sentinels asked (never a password). */
    const noMaster = (why) => `no reachable Redis master "${sentinel?.name}" (sentinels asked: ${parsed.sentinel?.sentinels}): ${[why, lastError, lastSentinelError].filter((x, i, all) => x && all.indexOf(x) === i).join("; ") ||
        "no answer"}`;
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
                if (sentinel) {
                    // connect() gives up at the first closed socket; through a failover ioredis goes on asking the
                    // sentinels, so wait for it to be ready (or to give up: "end") instead.
                    const ready = new Promise((resolve, reject) => {
                        redis.once("ready", () => resolve());
                        redis.once("end", () => reject(new Error("the connection ended")));
                    });
                    redis.connect().catch(() => undefined);
                    await ready;
                }
                else
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
        if (/WRONGPASS|NOAUTH|NOPERM|invalid username-password/i.test(`${detail} ${lastSentinelError ?? ""}`)) {
            throw new RedisAuthError(`Redis at ${where} refused the credentials in ${input}: ${sentinel ? noMaster(why) : detail}`, { input });
        }
        if (sentinel) {
            throw new NoMasterError(`Redis Sentinel: ${noMaster(why)}`, parsed.sentinel?.sentinels ?? "", {
                cause: error,
            });
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

/***/ 1202:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ interpretState),
/* harmony export */   readOperationalState: () => (/* binding */ readOperationalState),
/* harmony export */   un: () => (/* binding */ readState)
/* harmony export */ });
/* unused harmony exports unreadableState, DEFAULT_READ_DEADLINE_MS */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4173);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6775);
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9331);
/* harmony import */ var _sentinel_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1371);
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
            const client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.openState)(source, {
                keyPrefix: options.keyPrefix,
                // Through the sentinels, the connection's own error (which names them) must come before the deadline.
                connectTimeoutMs: Math.min(options.connectTimeoutMs ?? _connection_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_CONNECT_TIMEOUT_MS */ .od, (0,_sentinel_js__WEBPACK_IMPORTED_MODULE_3__/* .isSentinelUrl */ .kC)(source) ? Math.max(100, deadline - 250) : deadline),
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

};
