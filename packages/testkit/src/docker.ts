// A private Docker engine for the tests: its own data-root, exec-root, pidfile and unix socket in a temporary
// folder; vfs storage, no bridge, no iptables (so nothing is left on the host's network). Containers use host
// networking. `stop()` removes the containers, stops the daemon, unmounts what it left and deletes the folder.

import { type ChildProcess, execFile, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The base image every example image builds on: Debian's static busybox and its applet links. */
export const BASE_IMAGE = "ops-busybox:latest";

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string | Buffer;
}

/** Runs a program with an argument array and a timeout; resolves whatever the exit code. */
export function exec(file: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      {
        timeout: options.timeoutMs ?? 60_000,
        env: options.env ?? process.env,
        cwd: options.cwd,
        maxBuffer: 32 * 1024 * 1024,
        killSignal: "SIGKILL",
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code === "string") {
          reject(new Error(`could not run ${file}: ${error.message}`));
          return;
        }
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** A docker CLI bound to one engine. */
export interface DockerClient {
  /** The engine's address, e.g. `unix:///tmp/ops-dockerd-x/docker.sock`. */
  readonly host: string;
  /** process.env with DOCKER_HOST set to `host` (and BuildKit off: the legacy builder works offline). */
  readonly env: NodeJS.ProcessEnv;
  /** `docker <args>`; resolves whatever the exit code. */
  run(args: readonly string[], options?: ExecOptions): Promise<ExecResult>;
  /** `docker <args>`; throws with stderr when the exit code is not 0, returns stdout. */
  ok(args: readonly string[], options?: ExecOptions): Promise<string>;
}

export function dockerClient(host: string): DockerClient {
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: host, DOCKER_BUILDKIT: "0" };
  const run = (args: readonly string[], options: ExecOptions = {}) =>
    exec("docker", args, { ...options, env: { ...env, ...options.env } });
  return {
    host,
    env,
    run,
    async ok(args, options) {
      const result = await run(args, options);
      if (result.code !== 0) {
        throw new Error(`docker ${args.join(" ")} exited with ${result.code}: ${result.stderr.trim()}`);
      }
      return result.stdout;
    },
  };
}

export interface Dockerd extends DockerClient {
  /** The temporary folder holding everything the daemon writes. */
  readonly dir: string;
  readonly pid: number;
  /** Milliseconds from spawn to the first answer of `docker info`. */
  readonly startMs: number;
  /** Removes all containers, stops the daemon (and its containerd), unmounts and deletes `dir`. Idempotent. */
  stop(): Promise<void>;
}

export interface StartDockerdOptions {
  /** How long to wait for `docker info` to answer. Default 30 s. */
  timeoutMs?: number;
  /** Parent folder of the daemon's temporary folder. Default the OS temp dir. */
  parent?: string;
  /**
   * A program and arguments that run dockerd in its place, e.g. `["nsenter", "--net=/var/run/netns/x"]`
   * (it must exec dockerd, so the spawned pid is the daemon's). Default none.
   */
  wrapper?: readonly string[];
  /** More dockerd flags, e.g. `--insecure-registry=198.18.0.0/24`. */
  extraArgs?: readonly string[];
  /** Extra environment for the daemon (added to process.env). */
  env?: Readonly<Record<string, string>>;
}

/**
 * Removes the folders of private daemons that died without stop() (e.g. a killed test run): only those
 * whose pidfile names a process that no longer exists. Live daemons (other runs) are never touched.
 */
export async function removeStaleDockerdDirs(parent = tmpdir()): Promise<string[]> {
  const removed: string[] = [];
  const entries = await readdir(parent).catch(() => [] as string[]);
  for (const name of entries.filter((n) => n.startsWith("ops-dockerd-"))) {
    const dir = join(parent, name);
    const pid = readPid(join(dir, "dockerd.pid"));
    if (pid === undefined || alive(pid)) continue;
    const containerd = readPid(join(dir, "exec", "containerd", "containerd.pid"));
    if (containerd !== undefined && alive(containerd)) continue;
    await unmountUnder(dir);
    await rm(dir, { recursive: true, force: true }).catch(() => {});
    removed.push(dir);
  }
  return removed;
}

/** Starts a private dockerd and waits until it answers. */
export async function startDockerd(options: StartDockerdOptions = {}): Promise<Dockerd> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  await removeStaleDockerdDirs(options.parent ?? tmpdir());
  const dir = await mkdtemp(join(options.parent ?? tmpdir(), "ops-dockerd-"));
  const sock = join(dir, "docker.sock");
  const host = `unix://${sock}`;
  const logPath = join(dir, "dockerd.log");
  const log = openSync(logPath, "a");
  const started = performance.now();
  let child: ChildProcess;
  const argv = [...(options.wrapper ?? []), "dockerd"];
  const file = argv[0] ?? "dockerd";
  const wrapperArgs = argv.slice(1);
  try {
    child = spawn(
      file,
      [
        ...wrapperArgs,
        "--data-root",
        join(dir, "root"),
        "--exec-root",
        join(dir, "exec"),
        "--pidfile",
        join(dir, "dockerd.pid"),
        "-H",
        host,
        "--storage-driver=vfs",
        "--iptables=false",
        "--ip-masq=false",
        "--bridge=none",
        ...(options.extraArgs ?? []),
      ],
      {
        stdio: ["ignore", log, log],
        detached: false,
        env: options.env ? { ...process.env, ...options.env } : process.env,
      },
    );
  } finally {
    closeSync(log);
  }
  child.unref();
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = { code, signal };
      resolve();
    });
    child.once("error", () => {
      exited = { code: null, signal: null };
      resolve();
    });
  });
  const pid = child.pid ?? -1;
  const client = dockerClient(host);

  // A forgotten stop() must not leave a daemon behind when the test process exits.
  const onExit = () => killQuietly(pid, "SIGKILL");
  process.once("exit", onExit);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      process.removeListener("exit", onExit);
      if (!exited) {
        const ids = await client.run(["ps", "-aq"], { timeoutMs: 10_000 }).catch(() => undefined);
        const list = ids?.stdout.split("\n").filter(Boolean) ?? [];
        if (list.length > 0)
          await client.run(["rm", "-f", "-v", ...list], { timeoutMs: 30_000 }).catch(() => {});
        const containerdPid = readPid(join(dir, "exec", "containerd", "containerd.pid"));
        killQuietly(pid, "SIGTERM");
        if (!(await within(exitedPromise, 15_000))) {
          killQuietly(pid, "SIGKILL");
          await within(exitedPromise, 5_000);
        }
        if (containerdPid && (await waitGone(containerdPid, 5_000)) === false)
          killQuietly(containerdPid, "SIGKILL");
      }
      await unmountUnder(dir);
      await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    })();
    return stopped;
  };

  const deadline = started + timeoutMs;
  for (;;) {
    if (exited) {
      const tail = await readFile(logPath, "utf8").catch(() => "");
      await stop();
      throw new Error(
        `dockerd exited (${exited.code ?? exited.signal}) before answering:\n${tail.slice(-2000)}`,
      );
    }
    const info = await client
      .run(["info", "--format", "{{.ServerVersion}}"], { timeoutMs: 5_000 })
      .catch(() => undefined);
    if (info?.code === 0) break;
    if (performance.now() > deadline) {
      const tail = await readFile(logPath, "utf8").catch(() => "");
      await stop();
      throw new Error(`dockerd did not answer within ${timeoutMs} ms:\n${tail.slice(-2000)}`);
    }
    await delay(50);
  }
  const startMs = performance.now() - started;
  return { ...client, dir, pid, startMs, stop };
}

/** Imports `ops-busybox:latest` from Debian's busybox-static unless the engine already has it. */
export async function ensureBaseImage(
  docker: DockerClient,
  options: { busybox?: string; force?: boolean } = {},
): Promise<{ imported: boolean; ms: number }> {
  const started = performance.now();
  if (!options.force) {
    const present = await docker.run(["image", "inspect", "--format", "{{.Id}}", BASE_IMAGE], {
      timeoutMs: 15_000,
    });
    if (present.code === 0) return { imported: false, ms: performance.now() - started };
  }
  const busybox = options.busybox ?? "/bin/busybox";
  if (!existsSync(busybox)) throw new Error(`${busybox} not found: install Debian's busybox-static`);
  const root = await mkdtemp(join(tmpdir(), "ops-busybox-"));
  try {
    for (const d of ["bin", "tmp", "etc", "var/www", "root"]) await mkdir(join(root, d), { recursive: true });
    await copyFile(busybox, join(root, "bin", "busybox"));
    const list = await exec(busybox, ["--list"], { timeoutMs: 10_000 });
    for (const applet of list.stdout.split("\n")) {
      const name = applet.trim();
      if (!name || name === "busybox" || name.includes("/")) continue;
      await symlink("busybox", join(root, "bin", name));
    }
    // A minimal passwd/group so `id`, httpd and friends resolve root and nobody.
    await writeFile(
      join(root, "etc", "passwd"),
      "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n",
    );
    await writeFile(join(root, "etc", "group"), "root:x:0:\nnogroup:x:65534:\n");
    const tar = join(tmpdir(), `ops-busybox-${process.pid}-${Date.now()}.tar`);
    const packed = await exec("tar", ["--owner=0", "--group=0", "-C", root, "-cf", tar, "."], {
      timeoutMs: 30_000,
    });
    if (packed.code !== 0) throw new Error(`tar failed: ${packed.stderr}`);
    try {
      await docker.ok(
        ["import", "--change", 'CMD ["/bin/sh"]', "--change", "ENV PATH=/bin", tar, BASE_IMAGE],
        {
          timeoutMs: 60_000,
        },
      );
    } finally {
      await rm(tar, { force: true });
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return { imported: true, ms: performance.now() - started };
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Sends `signal` to `pid`, ignoring a process that is already gone. */
export function killQuietly(pid: number, signal: NodeJS.Signals): void {
  if (pid <= 0) return;
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Whether a process with this pid exists (signal 0). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `pid` is gone; false when it is still there after `ms`. */
export async function waitGone(pid: number, ms: number): Promise<boolean> {
  const end = performance.now() + ms;
  while (alive(pid)) {
    if (performance.now() > end) return false;
    await delay(50);
  }
  return true;
}

/** Unmounts everything mounted below `dir` (deepest first); dockerd leaves e.g. exec/netns/default. */
export async function unmountUnder(dir: string): Promise<void> {
  const mounts = readFileSync("/proc/mounts", "utf8")
    .split("\n")
    .map((line) => line.split(" ")[1]?.replace(/\\040/g, " "))
    .filter((m): m is string => m !== undefined && (m === dir || m.startsWith(`${dir}/`)))
    .sort((a, b) => b.length - a.length);
  for (const mount of mounts) {
    const result = await exec("umount", [mount], { timeoutMs: 10_000 }).catch(() => undefined);
    if (result?.code !== 0) await exec("umount", ["-l", mount], { timeoutMs: 10_000 }).catch(() => {});
  }
}

/** Whether `promise` settled within `ms` (the timer is cleared either way). */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A promise resolved after `ms` (polling loops of the test kit). */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The engine of this test run: the one started by `@ops/testkit/docker-global-setup` (or given by the
 * environment as OPS_TEST_DOCKER_HOST). Throws a message saying how to get one.
 */
export function testDocker(): DockerClient {
  const host = process.env.OPS_TEST_DOCKER_HOST;
  if (!host) {
    throw new Error(
      'no test Docker engine: add globalSetup: ["@ops/testkit/docker-global-setup"] to this project\'s vitest.config.ts, or set OPS_TEST_DOCKER_HOST',
    );
  }
  return dockerClient(host);
}

/**
 * For test files in projects without the global setup: the run's engine when there is one, else a private
 * dockerd for this file. Call `release()` in afterAll (it stops only a daemon started here).
 */
export async function acquireDocker(): Promise<{ docker: DockerClient; release(): Promise<void> }> {
  const host = process.env.OPS_TEST_DOCKER_HOST;
  if (host) {
    const docker = dockerClient(host);
    await ensureBaseImage(docker);
    return { docker, release: async () => {} };
  }
  const daemon = await startDockerd();
  await ensureBaseImage(daemon);
  return { docker: daemon, release: () => daemon.stop() };
}
