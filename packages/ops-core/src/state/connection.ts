// The Redis connection, bounded in every way: ioredis is loaded only when a run needs it, connects with a
// deadline, answers each command within a timeout or fails, queues nothing while offline, retries a few
// times and then gives up, and is always closed (QUIT with a deadline, then a hard disconnect). Without
// this, ioredis reconnects forever and an unreachable server keeps a finished step alive.

import { isIP } from "node:net";
import type { Redis, RedisOptions } from "ioredis";
import { ConfigurationError, TransientError } from "../action/errors.js";
import type { Logger } from "../action/logger.js";
import { hideSecrets, passwordParts, secretForms } from "../action/secrets.js";
import {
  isSentinelUrl,
  maskSentinelQuery,
  parseSentinelUrl,
  type SentinelConfig,
  sentinelList,
  sentinelPasswordForms,
} from "./sentinel.js";

export const DEFAULT_CONNECT_TIMEOUT_MS = 2_000;
export const DEFAULT_COMMAND_TIMEOUT_MS = 2_000;
export const DEFAULT_MAX_RETRIES = 2;
const QUIT_TIMEOUT_MS = 500;

/** Where a Redis URL points, without its password (safe to print). */
export interface RedisTarget {
  /** The URL with the password replaced by `***`. */
  display: string;
  host: string;
  port: number;
  tls: boolean;
  username: string | undefined;
  db: number;
  /**
   * Set for `redis+sentinel://` URLs: the master is found through the sentinels (host and port above are
   * the first sentinel's).
   */
  sentinel?: {
    name: string;
    /** `host:port, …` */
    sentinels: string;
    replicas: number;
    failoverTimeoutMs: number;
  };
}

interface ParsedRedisUrl extends RedisTarget {
  password: string | undefined;
  /** The whole Sentinel configuration (with its credentials), for `redis+sentinel://` URLs. */
  sentinelConfig?: SentinelConfig;
}

export interface RedisConnectOptions {
  /** Deadline for the TCP/TLS connection, AUTH and the ready check; default 2 s. */
  connectTimeoutMs?: number;
  /** Deadline for every command; default 2 s. */
  commandTimeoutMs?: number;
  /** Reconnection attempts after a dropped connection before giving up; default 2. */
  maxRetries?: number;
  /** Where debug lines go (never with command arguments: AUTH carries the password). */
  logger?: Logger;
  /** The input or option that gave the URL, named in configuration errors; default `redis-url`. */
  input?: string;
  /**
   * For rediss:// URLs: extra CA certificates (PEM) to trust, e.g. a private CA. The system store and
   * NODE_EXTRA_CA_CERTS are trusted anyway; certificates are always verified.
   */
  tlsCa?: string | Buffer;
}

/** An open connection; `close()` is idempotent and never throws or hangs. */
export interface RedisConnection {
  readonly redis: Redis;
  readonly target: RedisTarget;
  close(): Promise<void>;
}

function fail(input: string, url: string | undefined, why: string): never {
  const shown = url === undefined ? "the value (not shown)" : JSON.stringify(maskUrl(url));
  throw new ConfigurationError(
    `${input}: ${shown} is not a valid Redis URL (${why}); expected redis://[user:password@]host[:port][/db] or rediss://… for TLS, or redis+sentinel://[user:password@]host1[:26379],host2[:port]/mastername[/db] for Redis Sentinel`,
    { input },
  );
}

/** A Redis URL with any password replaced by `***`, even when the URL does not parse (any shape). */
export function maskUrl(url: string): string {
  const m = AUTHORITY.exec(url);
  let out = url;
  if (m) {
    const [whole, scheme, userinfo] = m as unknown as [string, string, string];
    const colon = userinfo.indexOf(":");
    if (colon >= 0) out = `${scheme}${userinfo.slice(0, colon)}:***@${url.slice(whole.length)}`;
  }
  let hidden = maskSentinelQuery(hideSecrets(out, url));
  for (const s of sentinelPasswordForms(url)) if (s.length >= 3) hidden = hidden.split(s).join("***");
  return hidden;
}

/** `scheme://userinfo@`: the userinfo runs to the last `@` before the path, as URL parsers read it. */
const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;

/** Parses `redis://` / `rediss://` URLs (user and password URL-encoded, optional `/db`). */
export function parseRedisUrl(url: string, input = "redis-url"): ParsedRedisUrl {
  const text = url.trim();
  if (text === "") fail(input, url, "it is empty");
  if (isSentinelUrl(text)) {
    const config = parseSentinelUrl(text, input);
    const first = config.sentinels[0] as { host: string; port: number };
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
        sentinels: sentinelList(config),
        replicas: config.replicas,
        failoverTimeoutMs: config.failoverTimeoutMs,
      },
      sentinelConfig: config,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    // Not shown: a value that does not parse may be a bare password pasted into the wrong place.
    return fail(input, undefined, "it does not parse as a URL");
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
    fail(
      input,
      url,
      `the scheme ${JSON.stringify(parsed.protocol.replace(/:$/, ""))} is not redis or rediss`,
    );
  }
  if (!parsed.hostname) fail(input, url, "it has no host");
  const port = parsed.port ? Number(parsed.port) : 6379;
  let db = 0;
  const path = parsed.pathname.replace(/^\//, "");
  if (path !== "") {
    if (!/^\d{1,2}$/.test(path)) fail(input, url, `the database ${JSON.stringify(path)} is not a number`);
    db = Number(path);
  }
  let username: string | undefined;
  let password: string | undefined;
  try {
    username = parsed.username ? decodeURIComponent(parsed.username) : undefined;
    password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  } catch {
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
export function redisSecrets(url: string | undefined): string[] {
  if (!url) return [];
  const forms = new Set<string>();
  const userinfo = AUTHORITY.exec(url.trim())?.[2] ?? "";
  const colon = userinfo.indexOf(":");
  const raw = colon >= 0 ? userinfo.slice(colon + 1) : "";
  for (const part of passwordParts(url)) forms.add(part);
  for (const part of sentinelPasswordForms(url)) forms.add(part);
  if (raw) {
    forms.add(raw);
    try {
      const decoded = decodeURIComponent(raw);
      forms.add(decoded);
      forms.add(encodeURIComponent(decoded));
    } catch {
      // not valid encoding: the raw form is all there is
    }
  }
  return [...forms].filter((f) => f.length > 0);
}

/** Everything to mask for a Redis URL given as an input: the URL itself and every form of its password. */
export function redisMasks(url: string | undefined): string[] {
  // The whole URL too, even without a password: it is usually a secret, and may carry one elsewhere.
  return url ? [...new Set([...secretForms(url), ...redisSecrets(url)])] : [];
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
export class RedisCommandTimeoutError extends TransientError {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    const name = command.toUpperCase();
    const seconds = Number((timeoutMs / 1000).toFixed(timeoutMs < 10_000 ? 2 : 1));
    super(
      READ_COMMANDS.has(command.toLowerCase())
        ? `Redis did not answer ${name} within ${seconds} s (the connection was open): nothing was changed by it; Redis is slow or frozen`
        : `Redis did not answer ${name} within ${seconds} s (the connection was open): the change may or may not have been applied; read the state again (\`ops killswitch status\`, \`ops lock status\`) before acting on it`,
    );
    this.name = "RedisCommandTimeoutError";
  }
}

/** ioredis rejects a late command with a bare "Command timed out": say which command, and what it means. */
function answerTimeoutsClearly(redis: Redis, timeoutMs: number): void {
  type Send = (command: { name: string }, ...rest: unknown[]) => Promise<unknown>;
  const target = redis as unknown as { sendCommand: Send };
  const send = target.sendCommand.bind(redis);
  target.sendCommand = (command, ...rest) => {
    const answer = send(command, ...rest);
    if (!answer || typeof (answer as Promise<unknown>).catch !== "function") return answer;
    return (answer as Promise<unknown>).catch((error: unknown) => {
      if (error instanceof Error && /^Command timed out/.test(error.message)) {
        throw new RedisCommandTimeoutError(command.name, timeoutMs);
      }
      throw error;
    });
  };
}

/** No sentinel named a master that answers: nothing can be read or written until one does. */
export class NoMasterError extends TransientError {
  constructor(
    message: string,
    readonly sentinels: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
    this.name = "NoMasterError";
  }
}

/**
 * On a Sentinel connection a command sent while ioredis looks for the (new) master waits for it, up to
 * `boundMs`, instead of failing at once: without an offline queue such a command was never sent, so
 * sending it once the master answers is safe. Commands of a pipeline or transaction are not held.
 */
function waitForMasterBeforeSending(redis: Redis, boundMs: number, why: () => string): void {
  type Send = (command: { name: string; inTransaction?: boolean }, ...rest: unknown[]) => Promise<unknown>;
  const target = redis as unknown as { sendCommand: Send };
  const send = target.sendCommand.bind(redis);
  // Not "connect": that is the handshake (AUTH, SELECT), which must go out at once.
  const looking = new Set(["connecting", "reconnecting"]);
  target.sendCommand = (command, ...rest) => {
    if (!looking.has(redis.status) || rest[0] !== undefined || command.inTransaction) {
      return send(command, ...rest);
    }
    return new Promise<void>((resolve, reject) => {
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
export class RedisAuthError extends ConfigurationError {
  constructor(message: string, options: { input?: string } = {}) {
    super(message, options);
    this.name = "RedisAuthError";
  }
}

type RedisConstructor = new (options: RedisOptions) => Redis;
let redisClass: Promise<RedisConstructor> | undefined;

/**
 * Loads ioredis on first use. Its `debug` output (DEBUG=ioredis:*) prints every command's arguments,
 * AUTH included, so it is switched off while the module loads.
 */
export function loadRedis(): Promise<RedisConstructor> {
  redisClass ??= (async () => {
    const saved = process.env.DEBUG;
    if (saved) process.env.DEBUG = `${saved},-ioredis:*`;
    try {
      const mod = (await import("ioredis")) as unknown as {
        Redis?: RedisConstructor;
        default?: RedisConstructor | { Redis?: RedisConstructor };
      };
      const ctor =
        mod.Redis ??
        (typeof mod.default === "function"
          ? mod.default
          : (mod.default as { Redis?: RedisConstructor })?.Redis);
      if (!ctor) throw new Error("ioredis did not export Redis");
      return ctor;
    } finally {
      if (saved !== undefined) process.env.DEBUG = saved;
    }
  })();
  return redisClass;
}

/** The CA certificates Node trusts by default (system store and NODE_EXTRA_CA_CERTS), to add ours to. */
async function defaultCertificates(): Promise<string[]> {
  const tls = await import("node:tls");
  return tls.getCACertificates?.("default") ?? [...tls.rootCertificates];
}

/** Hides the password in anything ioredis may say (error messages carry host and port, not AUTH, but be sure). */
function scrub(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const s of secrets) if (s.length >= 3) out = out.split(s).join("***");
  return out;
}

/**
 * Connects and checks the server answers (PING). Throws a ConfigurationError for a bad URL and a
 * TransientError (naming host and port, never the password) when the server cannot be reached in time.
 */
export async function connectRedis(url: string, options: RedisConnectOptions = {}): Promise<RedisConnection> {
  const input = options.input ?? "redis-url";
  const parsed = parseRedisUrl(url, input);
  const secrets = redisSecrets(url);
  const connectTimeout = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const commandTimeout = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const logger = options.logger;
  const Redis = await loadRedis();
  const target: RedisTarget = {
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
  let lostAt: number | undefined;
  let sentinelFailingSince: number | undefined;
  const addressing: RedisOptions = sentinel
    ? {
        sentinels: sentinel.sentinels.map((s) => ({ host: s.host, port: s.port })),
        name: sentinel.name,
        role: "master",
        sentinelUsername: sentinel.sentinelUsername,
        sentinelPassword: sentinel.sentinelPassword,
        sentinelCommandTimeout: commandTimeout,
        // Bounded: every sentinel unreachable (or none knowing a master) is retried until failover-timeout.
        sentinelRetryStrategy: (times: number) => {
          if (times === 1) sentinelFailingSince = Date.now();
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
              ...(isIP(parsed.host) ? {} : { servername: parsed.host }),
              ...ca,
            }
          : undefined,
      };
  const retryStrategy = sentinel
    ? (times: number) => {
        if (times === 1) lostAt = Date.now();
        return Date.now() - (lostAt ?? Date.now()) > sentinel.failoverTimeoutMs
          ? null
          : Math.min(100 * 2 ** (times - 1), 1_000);
      }
    : (times: number) => (times > maxRetries ? null : Math.min(100 * 2 ** (times - 1), 1_000));

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
  let lastError: string | undefined;
  redis.on("error", (error: Error) => {
    lastError = scrub(error.message, secrets);
    logger?.debug(`redis ${where}: ${lastError}`);
  });
  let lastSentinelError: string | undefined;
  if (sentinel) {
    redis.on("sentinelError", (error: Error) => {
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
  const noMaster = (why?: string): string =>
    `no reachable Redis master "${sentinel?.name}" (sentinels asked: ${parsed.sentinel?.sentinels}): ${
      [why, lastError, lastSentinelError].filter((x, i, all) => x && all.indexOf(x) === i).join("; ") ||
      "no answer"
    }`;

  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    if (redis.status === "ready") {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          redis.quit(),
          new Promise((resolve) => {
            timer = setTimeout(resolve, QUIT_TIMEOUT_MS);
          }),
        ]);
      } catch {
        // the hard disconnect below closes it anyway
      } finally {
        clearTimeout(timer);
      }
    }
    if (redis.status === "reconnecting" || redis.status === "close" || redis.status === "wait") {
      // No socket is open: stopping the reconnection is all there is to do.
      redis.disconnect(false);
    } else if (redis.status !== "end") {
      const ended = new Promise<void>((resolve) => {
        const t = setTimeout(resolve, QUIT_TIMEOUT_MS);
        redis.once("end", () => {
          clearTimeout(t);
          resolve();
        });
      });
      redis.disconnect(false);
      // A frozen server never answers our FIN: drop the socket now rather than when its timeout fires.
      (redis as unknown as { stream?: { destroy(): void } }).stream?.destroy();
      await ended;
    }
  };

  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        if (sentinel) {
          // connect() gives up at the first closed socket; through a failover ioredis goes on asking the
          // sentinels, so wait for it to be ready (or to give up: "end") instead.
          const ready = new Promise<void>((resolve, reject) => {
            redis.once("ready", () => resolve());
            redis.once("end", () => reject(new Error("the connection ended")));
          });
          redis.connect().catch(() => undefined);
          await ready;
        } else await redis.connect();
        await redis.ping();
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(`no answer within ${connectTimeout} ms (is the server frozen or the port wrong?)`),
            ),
          connectTimeout,
        );
      }),
    ]);
  } catch (error) {
    await close();
    const why = scrub(error instanceof Error ? error.message : String(error), secrets);
    const detail =
      lastError && /^Connection is closed/.test(why)
        ? lastError
        : lastError && lastError !== why
          ? `${why}: ${lastError}`
          : why;
    if (/WRONGPASS|NOAUTH|NOPERM|invalid username-password/i.test(`${detail} ${lastSentinelError ?? ""}`)) {
      throw new RedisAuthError(
        `Redis at ${where} refused the credentials in ${input}: ${sentinel ? noMaster(why) : detail}`,
        { input },
      );
    }
    if (sentinel) {
      throw new NoMasterError(`Redis Sentinel: ${noMaster(why)}`, parsed.sentinel?.sentinels ?? "", {
        cause: error,
      });
    }
    throw new TransientError(`Redis at ${where} cannot be reached: ${detail}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  logger?.debug(`redis: connected to ${parsed.display}`);
  return { redis, target, close };
}
