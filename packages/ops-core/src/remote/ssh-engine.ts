// A Docker engine reached over SSH (`DOCKER_HOST=ssh://user@host[:port]`), set up privately for one run:
// a 0700 directory in RUNNER_TEMP holding the key (0600), the pinned known_hosts and an ssh config, and a
// `bin/ssh` wrapper put first on PATH for the engine's child processes only. Both docker clients find
// `ssh` on PATH: the docker CLI's connection helper, and docker-compose v1 (docker-py with
// `use_ssh_client`, the default unless COMPOSE_PARAMIKO_SSH=1; its paramiko path accepts unknown host keys
// with a warning, so it is switched off). The wrapper runs the real ssh with `-F` the private config:
// strict host key checking against the pinned keys only, batch mode, a connect timeout, only the given
// key, and one master connection for the run (ControlMaster/ControlPersist), which the preflight opens
// and every later docker call reuses. close() stops the master and removes the directory.

import { execFileSync } from "node:child_process";
import { accessSync, constants, rmSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { ConfigurationError, RefusalError, TransientError } from "../action/errors.js";
import { type CommandRunner, runCommand } from "../process/run-command.js";
import { knownHostsName, type SshDockerHost } from "./docker-host.js";
import { fingerprint, type KnownHost, keyscanHint } from "./known-hosts.js";

export interface SshEngineOptions {
  host: SshDockerHost;
  /** The private key's text (from a secret); without it ssh uses the runner user's own keys and agent. */
  privateKey: string | undefined;
  /** The pinned keys (at least one names the host; see pinnedKeys). */
  knownHosts: readonly KnownHost[];
  /** Where the private directory is made (RUNNER_TEMP on a runner). */
  baseDir: string;
  /** The environment the engine's child processes start from. */
  env: NodeJS.ProcessEnv;
  connectTimeoutSec?: number;
  /** How long the master connection outlives its last use. */
  persistSec?: number;
  /** The real ssh; default: the first `ssh` on env.PATH. */
  sshPath?: string;
}

export interface SshEngine {
  readonly host: SshDockerHost;
  /** The private directory (key, known_hosts, config, wrapper); removed by close(). */
  readonly dir: string;
  /** Where the control socket lives: `dir`, or a short directory in /tmp when `dir` is too deep. */
  readonly controlDir: string;
  readonly configPath: string;
  /** The child processes' environment: DOCKER_HOST, PATH with the wrapper first, COMPOSE_PARAMIKO_SSH=0. */
  readonly env: NodeJS.ProcessEnv;
  /** The pinned keys' fingerprints, for the log and the summary. */
  readonly pinned: string[];
  /**
   * Logs in once (the master connection) and asks the remote engine its version. A host key that is not
   * pinned is a RefusalError naming the key offered; a refused key a ConfigurationError; no answer a
   * TransientError. Nothing has changed anywhere when it throws.
   */
  preflight(signal?: AbortSignal): Promise<{ serverVersion: string }>;
  /** Stops the master connection and removes the directory. */
  close(): Promise<void>;
  /** The same, synchronously: the process `exit` backstop. */
  closeSync(): void;
}

/** Single-quoted for /bin/sh. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The first executable `ssh` on PATH that is not in `exclude`. */
export function findSsh(path: string | undefined, exclude?: string): string | undefined {
  for (const dir of (path ?? "").split(delimiter)) {
    if (!dir || dir === exclude) continue;
    const candidate = join(dir, "ssh");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The key as ssh reads it: LF line ends, a final newline; refused when it is not an unencrypted private key. */
export function normalizePrivateKey(text: string, label = "input `ssh-key`", input = "ssh-key"): string {
  const key = `${text.replace(/\r\n?/g, "\n").trim()}\n`;
  const m = /^-----BEGIN ([A-Z ]*)PRIVATE KEY-----\n([\s\S]*?)\n-----END \1PRIVATE KEY-----\n$/.exec(key);
  if (!m) {
    throw new ConfigurationError(
      `${label} is not a private key in OpenSSH or PEM form (it must start with \`-----BEGIN OPENSSH PRIVATE KEY-----\`); put the whole file (e.g. the one \`ssh-keygen -t ed25519 -N "" -f deploy_key\` writes) in a secret`,
      { input },
    );
  }
  const body = m[2] as string;
  const encrypted =
    /Proc-Type: 4,ENCRYPTED/.test(body) ||
    m[1] === "ENCRYPTED " ||
    (m[1] === "OPENSSH " && opensshCipher(body) !== "none");
  if (encrypted) {
    throw new ConfigurationError(
      `${label} is protected by a passphrase, which a run cannot type: use a deploy key without one (\`ssh-keygen -p -N "" -f KEY\` removes it), kept in a secret`,
      { input },
    );
  }
  return key;
}

/** The cipher an `openssh-key-v1` private key is encrypted with (`none` when it is not). */
function opensshCipher(body: string): string | undefined {
  const blob = Buffer.from(body.replace(/\s+/g, ""), "base64");
  const magic = "openssh-key-v1\0";
  if (blob.subarray(0, magic.length).toString("latin1") !== magic) return undefined;
  const n = blob.readUInt32BE(magic.length);
  return blob.subarray(magic.length + 4, magic.length + 4 + n).toString("latin1");
}

/** The lines of a key worth masking one by one (a runner masks a multi-line secret line by line). */
export function keyMasks(key: string | undefined): string[] {
  if (!key) return [];
  const lines = key
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length >= 8 && !l.startsWith("-----"));
  return [key, key.trim(), ...lines];
}

export async function prepareSshEngine(o: SshEngineOptions): Promise<SshEngine> {
  const connectTimeout = o.connectTimeoutSec ?? 15;
  const persist = o.persistSec ?? 900;
  await mkdir(o.baseDir, { recursive: true });
  const dir = await mkdtemp(join(o.baseDir, "ops-engine-"));
  await chmod(dir, 0o700);
  const bin = join(dir, "bin");
  const realSsh = o.sshPath ?? findSsh(o.env.PATH, bin);
  try {
    if (!realSsh) {
      throw new ConfigurationError(
        "`docker-host` is ssh:// but no `ssh` client is on PATH: install OpenSSH's client on the runner (Debian: `apt-get install openssh-client`)",
        { input: "docker-host" },
      );
    }
    await mkdir(bin, { mode: 0o700 });
    const keyPath = join(dir, "id_engine");
    const knownHostsPath = join(dir, "known_hosts");
    const configPath = join(dir, "config");
    if (o.privateKey !== undefined) await writeFile(keyPath, o.privateKey, { mode: 0o600 });
    await writeFile(knownHostsPath, `${o.knownHosts.map((k) => k.text).join("\n")}\n`, { mode: 0o600 });
    // A unix socket path has at most 107 bytes, and ssh adds `.` and 16 random characters to `cm-%C` (40)
    // while it creates the socket: RUNNER_TEMP may be too deep for that, /tmp is not.
    const fits = (d: string) => join(d, "cm-").length + 40 + 17 <= 100;
    let controlDir = dir;
    if (!fits(dir)) {
      controlDir = await mkdtemp(join(fits(join(tmpdir(), "ops-cm-XXXXXX")) ? tmpdir() : "/tmp", "ops-cm-"));
      await chmod(controlDir, 0o700);
    }
    const q = (p: string) => `"${p}"`;
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
      `  ControlPath ${q(join(controlDir, "cm-%C"))}`,
      `  ControlPersist ${persist}`,
      "  ForwardAgent no",
      "  ForwardX11 no",
      "  ClearAllForwardings yes",
      "  LogLevel ERROR",
      "",
    ].join("\n");
    if (/[\n"]/.test(dir)) {
      throw new ConfigurationError(`RUNNER_TEMP (${JSON.stringify(o.baseDir)}) holds a quote or a newline`);
    }
    await writeFile(configPath, config, { mode: 0o600 });
    const wrapper = join(bin, "ssh");
    await writeFile(
      wrapper,
      `#!/bin/sh\n# runbook-ops: the engine's ssh, with the run's private config (pinned host key, one master).\nexec ${shellQuote(realSsh)} -F ${shellQuote(configPath)} "$@"\n`,
      { mode: 0o700 },
    );
    const env: NodeJS.ProcessEnv = {
      ...o.env,
      DOCKER_HOST: o.host.url,
      PATH: [bin, o.env.PATH].filter(Boolean).join(delimiter),
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
      rmSync(dir, { recursive: true, force: true });
      if (controlDir !== dir) rmSync(controlDir, { recursive: true, force: true });
    };
    let closed = false;
    const engine: SshEngine = {
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
        if (closed) return;
        closed = true;
        await runCommand([wrapper, "-O", "exit", ...destination], { env, timeoutMs: 5_000 }).catch(
          () => undefined,
        );
        await rm(dir, { recursive: true, force: true });
        if (controlDir !== dir) await rm(controlDir, { recursive: true, force: true });
      },
      closeSync() {
        if (closed) return;
        closed = true;
        try {
          execFileSync(wrapper, ["-O", "exit", ...destination], { env, timeout: 3_000, stdio: "ignore" });
        } catch {
          // no master, or it is gone already
        }
        removeAll();
      },
    };
    return engine;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

const HOST_KEY_FAILURE =
  /Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|host key is known for|has changed and you have requested strict checking/;

async function preflight(
  engine: SshEngine,
  wrapper: string,
  destination: string[],
  connectTimeout: number,
  signal: AbortSignal | undefined,
  run: CommandRunner = runCommand,
): Promise<{ serverVersion: string }> {
  const { host } = engine;
  const name = knownHostsName(host.host, host.port);
  const r = await run([wrapper, ...destination, "docker version --format '{{.Server.Version}}'"], {
    env: engine.env,
    timeoutMs: (connectTimeout + 30) * 1000,
    ...(signal ? { signal } : {}),
  });
  const stderr = r.stderr.trim();
  if (r.code === 0) return { serverVersion: r.stdout.trim().split("\n").at(-1) ?? "" };
  if (r.code === 255 && HOST_KEY_FAILURE.test(stderr)) {
    const offered = await offeredKeys(stderr, host, engine.env);
    const pinned = engine.pinned.join(", ");
    throw new RefusalError(
      `the engine host ${name} offered a host key that is not pinned in \`known-hosts\` (${offered.join(", ") || "its key could not be read"}; pinned: ${pinned}), so nothing was done. If the host was rebuilt and this key is the right one, pin it: \`${keyscanHint(host.host, host.port)}\`, check the fingerprint against the host's own (\`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\`) and replace the line in \`known-hosts\`.`,
      [`host key offered by ${name}: ${offered.join(", ") || "unknown"}`, `pinned: ${pinned}`],
    );
  }
  const last = stderr.split("\n").filter(Boolean).at(-1)?.slice(0, 300) ?? "";
  if (r.code === 255 && /Permission denied|Too many authentication failures/.test(stderr)) {
    throw new ConfigurationError(
      `the engine host ${name} refused the login as ${host.user} (${last}): add the public half of \`ssh-key\` to ~${host.user}/.ssh/authorized_keys there`,
      { input: "ssh-key" },
    );
  }
  if (r.code === 255 || r.timedOut) {
    throw new TransientError(
      `could not reach the engine host ${name} over ssh (${r.timedOut ? "timed out" : last || `ssh exited ${r.code}`}); nothing was done`,
    );
  }
  throw new ConfigurationError(
    `logged in to ${name} as ${host.user}, but its Docker engine did not answer \`docker version\` (${last || `exit ${r.code}`}): the account needs the docker CLI and access to the engine there (e.g. the \`docker\` group)`,
    { input: "docker-host" },
  );
}

/** The fingerprints of the keys the host offered: from ssh's own warning, else from ssh-keyscan. */
async function offeredKeys(stderr: string, host: SshDockerHost, env: NodeJS.ProcessEnv): Promise<string[]> {
  const m = /The fingerprint for the (\S+) key sent by the remote host is\s+(SHA256:[A-Za-z0-9+/]+)/.exec(
    stderr,
  );
  if (m) return [`${m[1]} ${m[2]}`];
  try {
    const r = await runCommand(
      ["ssh-keyscan", "-T", "5", ...(host.port !== undefined ? ["-p", String(host.port)] : []), host.host],
      { env, timeoutMs: 10_000 },
    );
    return r.stdout
      .split("\n")
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => f.length >= 3 && !f[0]?.startsWith("#"))
      .map((f) => `${f[1]} ${fingerprint(f[2] as string)}`);
  } catch {
    return [];
  }
}
