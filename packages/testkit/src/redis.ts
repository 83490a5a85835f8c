// A real redis-server (Debian's /usr/bin/redis-server) started as a plain child process on a free loopback
// port, one per test file: no persistence, optional password and ACL users, and SIGSTOP/SIGCONT to
// simulate a frozen server. Every server started here is killed when the test process exits.

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./net.ts";

export interface RedisUser {
  name: string;
  password: string;
  /** ACL rules after the password; default `~* &* +@all` (every key, every command). */
  rules?: string;
}

export interface RedisServerOptions {
  /** Password of the `default` user (requirepass). */
  password?: string;
  /** ACL users, written to an aclfile in the server's temporary directory. */
  users?: readonly RedisUser[];
  /** Extra `--name value` arguments for redis-server. */
  args?: readonly string[];
  /** The redis-server binary; default `REDIS_SERVER` or /usr/bin/redis-server. */
  binary?: string;
  /** How long to wait for the server to accept connections; default 10 s. */
  startTimeoutMs?: number;
  /**
   * TLS only: a self-signed certificate for 127.0.0.1/localhost is made with openssl, the plain port is
   * closed, and `url` is `rediss://…`. Clients trust it through `caFile` (e.g. NODE_EXTRA_CA_CERTS).
   */
  tls?: boolean;
  /** Listen on this port (e.g. to restart a node where it was); default a free one. */
  port?: number;
}

export interface RedisServer {
  readonly host: string;
  readonly port: number;
  readonly pid: number;
  /** `redis://127.0.0.1:PORT` with the default user's password when one was set. */
  readonly url: string;
  /** A URL for an ACL user (user and password URL-encoded). */
  urlFor(user: string, password: string): string;
  /** The server's temporary directory (aclfile, log). */
  readonly dir: string;
  /** With `tls`: the self-signed certificate (PEM) to trust. */
  readonly caFile: string | undefined;
  /** Everything the server printed so far. */
  log(): string;
  /** Freezes the server (SIGSTOP): connections stay open, nothing answers. */
  pause(): void;
  /** Thaws a paused server (SIGCONT). */
  resume(): void;
  /** Kills the server at once (SIGKILL, as a crash) and waits for it to exit; `stop()` still removes its directory. */
  crash(): Promise<void>;
  /** Stops the server (SIGCONT first when paused, SIGTERM, SIGKILL after 3 s) and removes its directory. */
  stop(): Promise<void>;
  readonly running: boolean;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const child of live) {
      try {
        child.kill("SIGCONT");
        child.kill("SIGKILL");
      } catch {
        // already gone
      }
    }
  });
}

function aclLine(user: RedisUser): string {
  if (/\s/.test(user.name) || /\s/.test(user.password)) {
    throw new Error(`redis test users: no white space in names or passwords (${user.name})`);
  }
  return `user ${user.name} on >${user.password} ${user.rules ?? "~* &* +@all"}`;
}

/** Starts redis-server on a free loopback port and waits until it answers PING. */
export async function startRedis(options: RedisServerOptions = {}): Promise<RedisServer> {
  installExitHook();
  const binary = options.binary ?? process.env.REDIS_SERVER ?? "/usr/bin/redis-server";
  const dir = await mkdtemp(join(tmpdir(), "ops-redis-"));
  const host = "127.0.0.1";
  const caFile = options.tls ? await makeCertificate(dir) : undefined;
  const scheme = options.tls ? "rediss" : "redis";
  let lastError = "";
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = options.port ?? (await freePort());
    const ports = options.tls
      ? [
          "--port",
          "0",
          "--tls-port",
          String(port),
          "--tls-cert-file",
          join(dir, "cert.pem"),
          "--tls-key-file",
          join(dir, "key.pem"),
          "--tls-ca-cert-file",
          join(dir, "cert.pem"),
          "--tls-auth-clients",
          "no",
        ]
      : ["--port", String(port)];
    const args = [
      ...ports,
      "--bind",
      host,
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
      "--daemonize",
      "no",
      "--protected-mode",
      "no",
      "--loglevel",
      "notice",
    ];
    if (options.users && options.users.length > 0) {
      const lines = options.users.map(aclLine);
      lines.push(
        options.password !== undefined
          ? aclLine({ name: "default", password: options.password })
          : "user default on nopass ~* &* +@all",
      );
      const aclfile = join(dir, "users.acl");
      await writeFile(aclfile, `${lines.join("\n")}\n`, { mode: 0o600 });
      args.push("--aclfile", aclfile);
    } else if (options.password !== undefined) {
      args.push("--requirepass", options.password);
    }
    args.push(...(options.args ?? []));

    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
    live.add(child);
    let output = "";
    child.stdout?.on("data", (c: Buffer) => {
      output += c.toString();
    });
    child.stderr?.on("data", (c: Buffer) => {
      output += c.toString();
    });
    let exited = false;
    const exitedPromise = new Promise<void>((resolve) => {
      child.on("exit", () => {
        exited = true;
        live.delete(child);
        resolve();
      });
      child.on("error", (error) => {
        output += `\n${error.message}`;
        exited = true;
        live.delete(child);
        resolve();
      });
    });

    const deadline = Date.now() + (options.startTimeoutMs ?? 10_000);
    let ready = false;
    while (!exited && Date.now() < deadline) {
      if (/Ready to accept connections/.test(output) && (await canConnect(host, port))) {
        ready = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    if (!ready) {
      lastError = output.trim().split("\n").slice(-5).join("\n");
      if (!exited) {
        child.kill("SIGKILL");
        await exitedPromise;
      }
      if (/Address already in use/i.test(output) && options.port === undefined) continue;
      break;
    }

    let paused = false;
    const server: RedisServer = {
      host,
      port,
      pid: child.pid ?? 0,
      dir,
      caFile,
      url:
        options.password !== undefined
          ? `${scheme}://:${encodeURIComponent(options.password)}@${host}:${port}`
          : `${scheme}://${host}:${port}`,
      urlFor: (user, password) =>
        `${scheme}://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}`,
      log: () => output,
      pause: () => {
        if (exited) throw new Error("redis-server is not running");
        child.kill("SIGSTOP");
        paused = true;
      },
      resume: () => {
        if (exited) return;
        child.kill("SIGCONT");
        paused = false;
      },
      crash: async () => {
        if (exited) return;
        child.kill("SIGCONT");
        child.kill("SIGKILL");
        await exitedPromise;
      },
      stop: async () => {
        if (!exited) {
          if (paused) child.kill("SIGCONT");
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
          await exitedPromise;
          clearTimeout(timer);
        }
        await rm(dir, { recursive: true, force: true });
      },
      get running() {
        return !exited;
      },
    };
    return server;
  }
  await rm(dir, { recursive: true, force: true });
  throw new Error(`redis-server did not start (${binary}): ${lastError || "no output"}`);
}

/** A self-signed certificate for 127.0.0.1 and localhost (openssl), as cert.pem and key.pem in `dir`. */
async function makeCertificate(dir: string): Promise<string> {
  const cert = join(dir, "cert.pem");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        cert,
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`openssl could not make a test certificate: ${err.trim()}`));
    });
  });
  return cert;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on("connect", () => done(true));
    socket.on("error", () => done(false));
  });
}

/**
 * Runs one command with redis-cli against `server` (as the default user, or `auth`), for tests that
 * want to look at the keys the way the runbook does. Returns stdout, trimmed.
 */
export async function redisCli(
  server: Pick<RedisServer, "host" | "port"> & { caFile?: string | undefined },
  args: readonly string[],
  auth: { user?: string; password?: string } = {},
): Promise<string> {
  const argv = ["-h", server.host, "-p", String(server.port), "--no-auth-warning"];
  if (server.caFile) argv.push("--tls", "--cacert", server.caFile);
  if (auth.user) argv.push("--user", auth.user);
  const env = { ...process.env };
  if (auth.password !== undefined) env.REDISCLI_AUTH = auth.password;
  return new Promise((resolve, reject) => {
    const child = spawn("redis-cli", [...argv, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out.trim());
      else reject(new Error(`redis-cli ${args.join(" ")} exited ${code}: ${err.trim()}`));
    });
  });
}
