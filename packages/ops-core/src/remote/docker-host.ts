// The `docker-host` input: which Docker engine every docker, docker-compose and docker stack call (and the
// backup and smoke commands) talks to. Parsed strictly, because the value reaches a shell on one path:
// docker-compose v1 (docker-py) runs `ssh -l USER -p PORT -- HOST docker system dial-stdio` through
// `/bin/sh -c`, so a user or host name holding anything beyond letters, digits, `.`, `_` and `-` is refused.

import { ConfigurationError } from "../action/errors.js";

export type DockerHost =
  | { kind: "ssh"; user: string; host: string; port: number | undefined; url: string }
  | { kind: "tcp"; host: string; port: number | undefined; url: string }
  | { kind: "unix"; path: string; url: string };

export type SshDockerHost = Extract<DockerHost, { kind: "ssh" }>;

const USER = /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/;
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const HOSTNAME = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const FORMS = "`ssh://user@host[:port]`, `tcp://host[:port]` or `unix:///path/to/docker.sock`";

/** `ssh://user@host[:port]`, `tcp://host[:port]`, `unix:///absolute/path`; anything else throws naming `label`. */
export function parseDockerHost(
  text: string,
  label = "input `docker-host`",
  input = "docker-host",
): DockerHost {
  const value = text.trim();
  const shown = JSON.stringify(value.slice(0, 120));
  const fail = (why: string): never => {
    throw new ConfigurationError(`${label}: ${shown} ${why}; expected ${FORMS}`, { input });
  };
  const scheme = /^([a-z]+):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "unix") {
    const path = value.slice("unix://".length);
    if (!path.startsWith("/")) fail("needs an absolute socket path (three slashes: unix:///run/docker.sock)");
    if (/[\s\0]/.test(path) || path.includes("/../")) fail("is not a plain absolute path");
    return { kind: "unix", path, url: `unix://${path}` };
  }
  if (scheme !== "ssh" && scheme !== "tcp") fail("has no known scheme");
  const rest = value.slice(`${scheme}://`.length).replace(/\/$/, "");
  if (/[/?#]/.test(rest)) fail("has a path, query or fragment (give only user, host and port)");
  let authority = rest;
  let user: string | undefined;
  const at = authority.lastIndexOf("@");
  if (at >= 0) {
    user = authority.slice(0, at);
    authority = authority.slice(at + 1);
    if (user.includes(":")) fail("holds a password: use `ssh-key` (a secret) instead");
    if (!USER.test(user)) fail("has a user name that is not letters, digits, `.`, `_` or `-`");
  }
  if (authority.startsWith("["))
    fail("uses an IPv6 address, which docker-compose v1 cannot reach over ssh: use a host name");
  const colon = authority.indexOf(":");
  const host = colon >= 0 ? authority.slice(0, colon) : authority;
  const portText = colon >= 0 ? authority.slice(colon + 1) : undefined;
  if (!host) fail("has no host");
  if (!IPV4.test(host) && !(HOSTNAME.test(host) && /[A-Za-z]/.test(host)))
    fail("has a host that is not a host name or IPv4 address");
  let port: number | undefined;
  if (portText !== undefined) {
    port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
    if (!(port >= 1 && port <= 65535)) fail("has a port that is not 1 to 65535");
  }
  const hostPort = port === undefined ? host : `${host}:${port}`;
  if (scheme === "tcp") {
    if (user !== undefined) fail("has a user, which tcp:// does not take");
    return { kind: "tcp", host, port, url: `tcp://${hostPort}` };
  }
  if (user === undefined) fail("has no user (ssh://user@host): say which account the engine is reached as");
  return { kind: "ssh", user: user as string, host, port, url: `ssh://${user}@${hostPort}` };
}

/** The host as ssh's known_hosts names it: `host` on port 22, `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number | undefined): string {
  return port === undefined || port === 22 ? host : `[${host}]:${port}`;
}
