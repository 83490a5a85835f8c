// Redis Sentinel URLs: `redis+sentinel://[user:password@]host1[:26379],host2[:port]/mastername[/db]` and
// `rediss+sentinel://…` (TLS to the sentinels and to the data nodes), with the query parameters
// `sentinel-user`, `sentinel-password` (the sentinels' own credentials), `failover-timeout` (how long a
// connection keeps looking for a master through a failover; default 60 s) and `replicas` (how many
// replicas must acknowledge a lock or state write with WAIT; default 1, 0 turns WAIT off).
//
// Parsed by hand: a host list is not a WHATWG URL authority. Errors name the input and show the value
// masked (both passwords replaced by `***`).

import { ConfigurationError } from "../action/errors.js";
import { formatDuration, parseDuration } from "../action/inputs.js";

export const DEFAULT_SENTINEL_PORT = 26379;
export const DEFAULT_FAILOVER_TIMEOUT_MS = 60_000;
export const DEFAULT_REPLICAS = 1;
/** How long WAIT waits for the replicas to acknowledge a write. */
export const WAIT_TIMEOUT_MS = 1_000;

export const SENTINEL_PARAMETERS = [
  "sentinel-user",
  "sentinel-password",
  "failover-timeout",
  "replicas",
] as const;

export interface SentinelAddress {
  host: string;
  port: number;
}

export interface SentinelConfig {
  /** The URL with both passwords replaced by `***`. */
  display: string;
  tls: boolean;
  sentinels: SentinelAddress[];
  /** The master's name, as configured in the sentinels (`sentinel monitor <name> …`). */
  name: string;
  db: number;
  /** The data nodes' (master's) user and password. */
  username: string | undefined;
  password: string | undefined;
  sentinelUsername: string | undefined;
  sentinelPassword: string | undefined;
  failoverTimeoutMs: number;
  /** Replicas that must acknowledge a lock write (WAIT); 0 = no WAIT. */
  replicas: number;
}

const SCHEME = /^(rediss?)\+sentinel:\/\//i;
const FORM =
  "redis+sentinel://[user:password@]host1[:26379],host2[:port]/mastername[/db][?sentinel-user=…&sentinel-password=…&failover-timeout=60s&replicas=1] (rediss+sentinel:// for TLS)";

/** True for `redis+sentinel://` and `rediss+sentinel://` URLs. */
export function isSentinelUrl(url: string): boolean {
  return SCHEME.test(url.trim());
}

/** `sentinel-password=…` in a query, with its value replaced by `***`. */
export function maskSentinelQuery(text: string): string {
  return text.replace(/([?&]sentinel-password=)[^&#]*/gi, "$1***");
}

/** A Sentinel URL with both passwords (`user:password@` and `sentinel-password=`) replaced by `***`. */
export function maskSentinelUrl(text: string): string {
  return maskSentinelQuery(text.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#@:]*):([^/?#]*)@/i, "$1$2:***@"));
}

/** The `sentinel-password` value as written in the URL (raw and decoded), to mask; [] when there is none. */
export function sentinelPasswordForms(url: string): string[] {
  const out = new Set<string>();
  for (const m of url.matchAll(/[?&]sentinel-password=([^&#]*)/gi)) {
    const raw = m[1] ?? "";
    if (raw === "") continue;
    out.add(raw);
    try {
      const decoded = decodeURIComponent(raw.replace(/\+/g, " "));
      out.add(decoded);
      out.add(encodeURIComponent(decoded));
    } catch {
      // not valid encoding: the raw form is all there is
    }
  }
  return [...out];
}

function decode(text: string, fail: (why: string) => never, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return fail(`${what} is not valid URL encoding`);
  }
}

function parseHost(text: string, fail: (why: string) => never): SentinelAddress {
  const m = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::(\d{1,5}))?$/i.exec(text);
  if (!m) return fail(`the sentinel address ${JSON.stringify(text)} is not host[:port]`);
  const host = (m[1] ?? m[2] ?? "").toLowerCase();
  if (!/^[a-z0-9.:-]+$/i.test(host))
    return fail(`the sentinel host ${JSON.stringify(host)} is not a host name`);
  const port = m[3] === undefined ? DEFAULT_SENTINEL_PORT : Number(m[3]);
  if (port < 1 || port > 65535) return fail(`the sentinel port ${port} is not between 1 and 65535`);
  return { host, port };
}

/**
 * Parses a Sentinel URL; throws a ConfigurationError naming `input`, the value (masked), the problem and
 * the expected form.
 */
export function parseSentinelUrl(url: string, input = "redis-url"): SentinelConfig {
  const mask = maskSentinelUrl;
  const text = url.trim();
  const fail = (why: string): never => {
    throw new ConfigurationError(
      `${input}: ${JSON.stringify(mask(text))} is not a valid Redis Sentinel URL (${why}); expected ${FORM}`,
      { input },
    );
  };
  const scheme = SCHEME.exec(text);
  if (!scheme) return fail("the scheme is not redis+sentinel or rediss+sentinel");
  const tls = (scheme[1] ?? "").toLowerCase() === "rediss";
  let rest = text.slice(scheme[0].length);
  const hash = rest.indexOf("#");
  if (hash >= 0) fail("it has a #fragment");
  const q = rest.indexOf("?");
  const query = q >= 0 ? rest.slice(q + 1) : "";
  if (q >= 0) rest = rest.slice(0, q);
  const slash = rest.indexOf("/");
  const authority = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash + 1) : "";
  // The userinfo runs to the last `@` of the authority (a password may hold an `@` of its own).
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : undefined;
  const hostList = at >= 0 ? authority.slice(at + 1) : authority;

  let username: string | undefined;
  let password: string | undefined;
  if (userinfo !== undefined) {
    const colon = userinfo.indexOf(":");
    const user = colon >= 0 ? userinfo.slice(0, colon) : userinfo;
    const pass = colon >= 0 ? userinfo.slice(colon + 1) : "";
    username = user ? decode(user, fail, "the user") : undefined;
    password = pass ? decode(pass, fail, "the password") : undefined;
    if (colon < 0 && user) fail("the user has no `:` before `@`; write user:password@ or :password@");
  }

  if (hostList === "") fail("it has no sentinel host");
  const sentinels: SentinelAddress[] = [];
  for (const part of hostList.split(",")) {
    if (part.trim() === "") fail("the sentinel list has an empty entry (a stray comma)");
    const address = parseHost(part.trim(), fail);
    if (!sentinels.some((s) => s.host === address.host && s.port === address.port)) sentinels.push(address);
  }

  const segments = path === "" ? [] : path.split("/");
  if (segments.length === 0 || segments[0] === "")
    fail("it names no master: add /mastername after the sentinels");
  if (segments.length > 2 || (segments.length === 2 && segments[1] === "")) {
    fail("the path is not /mastername[/db]");
  }
  const name = decode(segments[0] as string, fail, "the master name");
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(name)) {
    fail(`the master name ${JSON.stringify(name)} may hold only letters, digits, '.', '_' and '-'`);
  }
  let db = 0;
  if (segments.length === 2) {
    const d = segments[1] as string;
    if (!/^\d{1,2}$/.test(d)) fail(`the database ${JSON.stringify(d)} is not a number`);
    db = Number(d);
  }

  const params = new Map<string, string>();
  if (query !== "") {
    for (const pair of query.split("&")) {
      if (pair === "") continue;
      const eq = pair.indexOf("=");
      const key = decode(eq >= 0 ? pair.slice(0, eq) : pair, fail, "a query parameter").toLowerCase();
      const value = decode((eq >= 0 ? pair.slice(eq + 1) : "").replace(/\+/g, " "), fail, `the ${key} value`);
      if (!(SENTINEL_PARAMETERS as readonly string[]).includes(key)) {
        fail(
          `the query parameter ${JSON.stringify(key)} is unknown; allowed: ${SENTINEL_PARAMETERS.join(", ")}`,
        );
      }
      if (params.has(key)) fail(`the query parameter ${key} is given twice`);
      params.set(key, value);
    }
  }
  const failoverText = params.get("failover-timeout");
  let failoverTimeoutMs = DEFAULT_FAILOVER_TIMEOUT_MS;
  if (failoverText !== undefined) {
    const ms = parseDuration(failoverText);
    if (ms === undefined)
      fail(`failover-timeout ${JSON.stringify(failoverText)} is not a duration such as 30s or 2m`);
    else if (ms < 1_000 || ms > 600_000) {
      fail(`failover-timeout ${formatDuration(ms)} is not between 1s and 10m`);
    } else failoverTimeoutMs = ms;
  }
  const replicasText = params.get("replicas");
  let replicas = DEFAULT_REPLICAS;
  if (replicasText !== undefined) {
    if (!/^\d{1,2}$/.test(replicasText) || Number(replicasText) > 16) {
      fail(`replicas ${JSON.stringify(replicasText)} is not a whole number from 0 to 16 (0 turns WAIT off)`);
    }
    replicas = Number(replicasText);
  }
  const sentinelUsername = params.get("sentinel-user") || undefined;
  const sentinelPassword = params.get("sentinel-password") || undefined;
  if (sentinelUsername && !sentinelPassword) fail("sentinel-user needs sentinel-password");

  return {
    display: mask(text),
    tls,
    sentinels,
    name,
    db,
    username,
    password,
    sentinelUsername,
    sentinelPassword,
    failoverTimeoutMs,
    replicas,
  };
}

/** `host:port` of each sentinel, for evidence lines. */
export function sentinelList(config: Pick<SentinelConfig, "sentinels">): string {
  return config.sentinels
    .map((s) => (s.host.includes(":") ? `[${s.host}]:${s.port}` : `${s.host}:${s.port}`))
    .join(", ");
}
