// A real OpenSSH server for the ssh:// engine tests: Debian's /usr/sbin/sshd started by hand on a free
// loopback port, with its own config, a throwaway host key and a throwaway user key (ssh-keygen), key-only
// login for one account, and `SetEnv DOCKER_HOST=…` so `docker system dial-stdio` on the remote side talks
// to the test kit's dockerd. Its log (LogLevel VERBOSE) counts logins. Stopped and removed after.

import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { freePort } from "./net.ts";

export interface SshServer {
  readonly host: string;
  readonly port: number;
  /** The account that may log in (the test's own user: root here). */
  readonly user: string;
  /** `ssh://user@127.0.0.1:PORT`. */
  readonly dockerHost: string;
  /** The user's private key (OpenSSH format), as a secret holds it. */
  readonly privateKey: string;
  /** The host's public key line as `ssh-keyscan -p PORT 127.0.0.1` prints it. */
  readonly knownHostsLine: string;
  /** A known_hosts line for this host and port with a different (wrong) key. */
  readonly wrongKnownHostsLine: string;
  readonly dir: string;
  /** sshd's log so far. */
  log(): Promise<string>;
  /** How many logins sshd accepted so far ("Accepted publickey for …"). */
  logins(): Promise<number>;
  /** Kills sshd (SIGTERM, SIGKILL after 3 s) and removes its directory. */
  stop(): Promise<void>;
}

export interface SshServerOptions {
  /** The engine the remote side's docker talks to, e.g. `unix:///tmp/dockerd-x/docker.sock`. */
  dockerHost?: string;
  /** How long to wait for sshd to listen; default 10 s. */
  startTimeoutMs?: number;
}

const live = new Set<ChildProcess>();
let exitHook = false;

function run(file: string, args: readonly string[], timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args.join(" ")}: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

async function keygen(path: string, comment: string): Promise<string> {
  await run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path]);
  return (await readFile(`${path}.pub`, "utf8")).trim();
}

/** Starts sshd on 127.0.0.1 and a free port; resolves once it listens. */
export async function startSshd(options: SshServerOptions = {}): Promise<SshServer> {
  const dir = await mkdtemp(join(tmpdir(), "ops-sshd-"));
  try {
    const user = userInfo().username;
    const [hostPub, userPub, wrongPub, port] = await Promise.all([
      keygen(join(dir, "host_ed25519"), "ops-test-host"),
      keygen(join(dir, "user_ed25519"), "ops-test-user"),
      keygen(join(dir, "wrong_ed25519"), "ops-test-wrong"),
      freePort(),
    ]);
    await writeFile(join(dir, "authorized_keys"), `${userPub}\n`, { mode: 0o600 });
    // sshd's privilege separation needs this directory (Debian's service unit makes it).
    if (!existsSync("/run/sshd")) await mkdir("/run/sshd", { recursive: true, mode: 0o755 });
    // A home of its own for the sessions: every docker call over ssh is one session (`bash -c` running
    // `docker system dial-stdio`), and this host's /root/.bashrc (pyenv) costs about 0.6 s per session.
    await mkdir(join(dir, "home"), { mode: 0o700 });
    const setEnv = [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      `HOME=${join(dir, "home")}`,
      ...(options.dockerHost ? [`DOCKER_HOST=${options.dockerHost}`] : []),
    ];
    const config = [
      `ListenAddress 127.0.0.1:${port}`,
      `HostKey ${join(dir, "host_ed25519")}`,
      `PidFile ${join(dir, "sshd.pid")}`,
      `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
      `AllowUsers ${user}`,
      // Root may log in for the test, by key only.
      "PermitRootLogin prohibit-password",
      "PubkeyAuthentication yes",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      "UsePAM no",
      // The temporary directory is not root-owned all the way up as StrictModes wants.
      "StrictModes no",
      "LogLevel VERBOSE",
      "MaxSessions 50",
      "MaxStartups 50",
      `SetEnv ${setEnv.join(" ")}`,
      "",
    ].join("\n");
    const configPath = join(dir, "sshd_config");
    const logPath = join(dir, "sshd.log");
    await writeFile(configPath, config);
    await writeFile(logPath, "");
    // Check the config first: a bad line is an error message here, not a silent exit.
    await run("/usr/sbin/sshd", ["-t", "-f", configPath]);
    const child = spawn("/usr/sbin/sshd", ["-D", "-f", configPath, "-E", logPath], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    live.add(child);
    child.on("exit", () => live.delete(child));
    if (!exitHook) {
      exitHook = true;
      process.on("exit", () => {
        for (const c of live) c.kill("SIGKILL");
      });
    }
    const deadline = Date.now() + (options.startTimeoutMs ?? 10_000);
    for (;;) {
      const log = await readFile(logPath, "utf8");
      if (log.includes("Server listening on")) break;
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`sshd did not start: ${log}${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const [type, key] = hostPub.split(" ");
    const wrongKey = wrongPub.split(" ")[1];
    const name = `[127.0.0.1]:${port}`;
    const server: SshServer = {
      host: "127.0.0.1",
      port,
      user,
      dockerHost: `ssh://${user}@127.0.0.1:${port}`,
      privateKey: await readFile(join(dir, "user_ed25519"), "utf8"),
      knownHostsLine: `${name} ${type} ${key}`,
      wrongKnownHostsLine: `${name} ${type} ${wrongKey}`,
      dir,
      log: () => readFile(logPath, "utf8"),
      async logins() {
        return ((await readFile(logPath, "utf8")).match(/Accepted publickey for /g) ?? []).length;
      },
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once("exit", r));
          child.kill("SIGTERM");
          const t = setTimeout(() => child.kill("SIGKILL"), 3_000);
          await exited;
          clearTimeout(t);
        }
        await rm(dir, { recursive: true, force: true });
      },
    };
    return server;
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
