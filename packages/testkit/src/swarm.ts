// A real Docker Swarm for the tests: N private dockerd (see docker.ts), each in its own network namespace
// and UTS namespace (so each node has its own address and hostname), joined into one swarm.
//
// Network: one leased /24 of 198.18.0.0/15 (the benchmarking range) per cluster. A "hub" namespace holds a
// bridge; every node namespace has a veth `eth0` on it with address .1, .2, …; the root namespace has a veth
// on it too, with address .254, so the test process reaches every node's address directly. The bridge is
// not in the root namespace, so bridged frames never meet the host's iptables (br_netfilter), and nothing
// is routed by the host (ip_forward may stay 0). Nodes have no default route: anything reaching for the
// internet fails at once instead of timing out.
//
// Leases: /run/ops-swarm/lease-<index> (created exclusively; holds the owner's pid). A lease whose owner is
// gone (a SIGKILLed run) is taken over and everything of that index is removed first: processes still in
// its namespaces, the namespaces, the root veth, the UTS namespace files and the run folder.
// `stop()` removes all of it; the lease file goes last.

import { spawn } from "node:child_process";
import { closeSync, openSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  alive,
  BASE_IMAGE,
  type DockerClient,
  type Dockerd,
  delay,
  type ExecOptions,
  type ExecResult,
  ensureBaseImage,
  exec,
  killQuietly,
  startDockerd,
  unmountUnder,
  waitGone,
} from "./docker.ts";
import {
  type BuiltRelease,
  buildRelease,
  type ReleaseOptions,
  SERVICES,
  type StackService,
  type Variant,
  warmStackCache,
} from "./stack.ts";

/** Where leases and UTS namespace files live (tmpfs, root only). */
export const SWARM_RUN_DIR = "/run/ops-swarm";
const LEASES = 512; // the /24s of 198.18.0.0/15

export interface SwarmNode extends DockerClient {
  /** The node's hostname (its own UTS namespace), as `docker node ls` shows it. */
  readonly name: string;
  readonly role: "manager" | "worker";
  /** The node's IPv4 address, reachable from the test process and every other node. */
  readonly address: string;
  /** The daemon's unix socket path (`host` is `unix://` + this). */
  readonly socket: string;
  /** The node's network namespace name (`ip netns`), its file is /var/run/netns/<netns>. */
  readonly netns: string;
  readonly daemon: Dockerd;
}

export interface Swarm {
  readonly manager: SwarmNode;
  readonly workers: readonly SwarmNode[];
  readonly nodes: readonly SwarmNode[];
  /** The lease index and its subnet, e.g. `198.18.7.0/24`. */
  readonly index: number;
  readonly subnet: string;
  /** The test process's own address on the cluster network (`.254`). */
  readonly hostAddress: string;
  /** Milliseconds from the call to every node Ready. */
  readonly startMs: number;
  /** Stops the daemons and removes namespaces, veths, mounts, folders and the lease. Idempotent. */
  stop(): Promise<{ ms: number }>;
}

export interface StartSwarmOptions {
  /** Number of nodes (1 manager + the rest workers). Default 2, at most 250. */
  nodes?: number;
  /** Per-step timeout for daemons and joins. Default 60 s. */
  timeoutMs?: number;
}

interface Names {
  index: number;
  prefix: string;
  hub: string;
  rootVeth: string;
  dir: string;
  lease: string;
  base: string;
  node(k: number): { netns: string; hubVeth: string; uts: string; address: string; hostname: string };
}

function names(index: number): Names {
  const base = `198.${18 + (index >> 8)}.${index & 255}`;
  const prefix = `ops-sw${index}`;
  return {
    index,
    prefix,
    hub: `${prefix}-hub`,
    rootVeth: `opssw${index}`,
    dir: `/tmp/${prefix}`,
    lease: join(SWARM_RUN_DIR, `lease-${index}`),
    base,
    node: (k) => ({
      netns: `${prefix}-n${k}`,
      hubVeth: `n${k}`,
      uts: join(SWARM_RUN_DIR, `${prefix}-n${k}.uts`),
      address: `${base}.${k + 1}`,
      hostname: `sw${index}-node${k}`,
    }),
  };
}

async function run(file: string, args: readonly string[], timeoutMs = 15_000): Promise<string> {
  const result = await exec(file, args, { timeoutMs });
  if (result.code !== 0) {
    throw new Error(`${file} ${args.join(" ")} exited with ${result.code}: ${result.stderr.trim()}`);
  }
  return result.stdout;
}

const ip = (args: readonly string[]) => run("ip", args);

function netnsList(): string[] {
  try {
    return readFileSync("/proc/self/mounts", "utf8")
      .split("\n")
      .map((l) => l.split(" ")[1] ?? "")
      .filter((m) => m.startsWith("/run/netns/") || m.startsWith("/var/run/netns/"))
      .map((m) => m.slice(m.lastIndexOf("/") + 1));
  } catch {
    return [];
  }
}

/** Pids of the processes in a network namespace (`ip netns pids`); empty when it does not exist. */
export async function netnsPids(netns: string): Promise<number[]> {
  const result = await exec("ip", ["netns", "pids", netns], { timeoutMs: 10_000 });
  if (result.code !== 0) return [];
  return result.stdout
    .split("\n")
    .map((l) => Number.parseInt(l.trim(), 10))
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** Removes everything that belongs to lease `index` (its holder is this process or gone). */
async function removeIndex(n: Names, nodes = 250): Promise<void> {
  const existing = new Set(netnsList());
  const spaces = [n.hub, ...Array.from({ length: nodes }, (_, k) => n.node(k).netns)].filter((s) =>
    existing.has(s),
  );
  // Processes still in our namespaces (daemons of a killed run, shims, a registry): theirs by construction.
  for (const space of spaces) {
    const pids = await netnsPids(space);
    for (const pid of pids) killQuietly(pid, "SIGKILL");
    for (const pid of pids) await waitGone(pid, 5_000);
  }
  await unmountUnder(n.dir);
  await rm(n.dir, { recursive: true, force: true, maxRetries: 3 });
  const files = await readdir(SWARM_RUN_DIR).catch(() => [] as string[]);
  for (const file of files.filter((f) => f.startsWith(`${n.prefix}-`) && f.endsWith(".uts"))) {
    const path = join(SWARM_RUN_DIR, file);
    await unmountUnder(path);
    await rm(path, { force: true });
  }
  // Deleting the root end removes the pair now (a namespace's devices go asynchronously).
  await exec("ip", ["link", "del", n.rootVeth], { timeoutMs: 10_000 }).catch(() => undefined);
  for (const space of spaces) await ip(["netns", "del", space]);
  const end = performance.now() + 10_000;
  while (linkExists(n.rootVeth) && performance.now() < end) await delay(50);
}

function linkExists(name: string): boolean {
  try {
    statSync(`/sys/class/net/${name}`);
    return true;
  } catch {
    return false;
  }
}

function leaseOwner(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes a free /24 (an exclusive lease file), after clearing any lease left by a dead run. */
async function acquireLease(): Promise<Names> {
  await mkdir(SWARM_RUN_DIR, { recursive: true, mode: 0o700 });
  await removeStaleSwarms();
  const taken = await foreignRoutes();
  const start = process.pid % LEASES;
  for (let i = 0; i < LEASES; i++) {
    const n = names((start + i) % LEASES);
    const base = ipv4(`${n.base}.0`);
    if (taken.some((r) => r.from <= base + 255 && base <= r.to)) continue;
    try {
      await writeFile(n.lease, `${process.pid}\n`, { flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw error;
    }
    // Ours now; nothing of this index may be left (a run killed between removing and unleasing).
    await removeIndex(n);
    return n;
  }
  throw new Error(
    `no free swarm subnet: every /24 of 198.18.0.0/15 is leased by a live run (${SWARM_RUN_DIR}) or overlaps a host route (${taken.map((r) => r.route).join(", ") || "none"})`,
  );
}

/** A dotted IPv4 address as a number. */
export function ipv4(address: string): number {
  return address.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

/** IPv4 ranges of the host's routes that are not a cluster's own (`opssw<index>`): never lease into them. */
async function foreignRoutes(): Promise<RouteRange[]> {
  return parseRoutes(await run("ip", ["-4", "-o", "route", "show", "table", "main"]));
}

export interface RouteRange {
  route: string;
  from: number;
  to: number;
}

/** The destination ranges in `ip -4 -o route show` output, except routes on a cluster's own veth. */
export function parseRoutes(text: string): RouteRange[] {
  const ranges: RouteRange[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const words = line.split(/\s+/);
    if (["unreachable", "blackhole", "prohibit", "throw", "unicast"].includes(words[0] ?? "")) words.shift();
    const at = words.indexOf("dev");
    const dev = at >= 0 ? words[at + 1] : undefined;
    const match = /^(\d+\.\d+\.\d+\.\d+)(?:\/(\d+))?$/.exec(words[0] ?? "");
    if (!match || (dev !== undefined && /^opssw\d+$/.test(dev))) continue;
    const size = 2 ** (32 - Number(match[2] ?? 32));
    const from = Math.floor(ipv4(match[1] as string) / size) * size;
    ranges.push({ route: line, from, to: from + size - 1 });
  }
  return ranges;
}

/**
 * Removes the clusters of runs that died without stop() (leases whose owner pid is gone): their
 * processes, namespaces, veths, mounts and folders. Live runs are never touched. Returns the indexes.
 */
export async function removeStaleSwarms(): Promise<number[]> {
  const removed: number[] = [];
  const files = await readdir(SWARM_RUN_DIR).catch(() => [] as string[]);
  for (const file of files) {
    const match = /^lease-(\d+)$/.exec(file);
    if (!match) continue;
    const index = Number(match[1]);
    const n = names(index);
    const owner = leaseOwner(n.lease);
    if (owner !== undefined && alive(owner)) continue;
    // Only one cleaner wins the rename; the lease stays taken while it cleans.
    const claim = `${n.lease}.stale-${process.pid}`;
    try {
      await rename(n.lease, claim);
    } catch {
      continue;
    }
    try {
      await writeFile(n.lease, `${process.pid}\n`, { flag: "wx" });
    } catch {
      await rm(claim, { force: true });
      continue;
    }
    await rm(claim, { force: true });
    try {
      await removeIndex(n);
    } finally {
      await rm(n.lease, { force: true });
    }
    removed.push(index);
  }
  return removed;
}

async function makeNetwork(n: Names, count: number): Promise<void> {
  await ip(["netns", "add", n.hub]);
  await ip(["-n", n.hub, "link", "add", "br0", "type", "bridge"]);
  await ip(["-n", n.hub, "link", "set", "br0", "up"]);
  await ip(["-n", n.hub, "link", "set", "lo", "up"]);
  await ip(["link", "add", n.rootVeth, "type", "veth", "peer", "name", "host", "netns", n.hub]);
  await ip(["-n", n.hub, "link", "set", "host", "master", "br0", "up"]);
  await ip(["addr", "add", `${n.base}.254/24`, "dev", n.rootVeth]);
  await ip(["link", "set", n.rootVeth, "up"]);
  for (let k = 0; k < count; k++) {
    const node = n.node(k);
    await ip(["netns", "add", node.netns]);
    await ip([
      "-n",
      n.hub,
      "link",
      "add",
      node.hubVeth,
      "type",
      "veth",
      "peer",
      "name",
      "eth0",
      "netns",
      node.netns,
    ]);
    await ip(["-n", n.hub, "link", "set", node.hubVeth, "master", "br0", "up"]);
    await ip(["-n", node.netns, "addr", "add", `${node.address}/24`, "dev", "eth0"]);
    await ip(["-n", node.netns, "link", "set", "eth0", "up"]);
    await ip(["-n", node.netns, "link", "set", "lo", "up"]);
    // A persistent UTS namespace (bind-mounted on a file) with the node's hostname.
    await writeFile(node.uts, "");
    await run("unshare", [`--uts=${node.uts}`, "hostname", node.hostname]);
  }
}

/** Starts a swarm of `nodes` daemons (default 2): node 0 inits it, the others join as workers. */
export async function startSwarm(options: StartSwarmOptions = {}): Promise<Swarm> {
  const count = options.nodes ?? 2;
  if (!Number.isInteger(count) || count < 1 || count > 250) {
    throw new Error(`startSwarm: nodes must be an integer from 1 to 250, got ${String(options.nodes)}`);
  }
  const timeoutMs = options.timeoutMs ?? 60_000;
  const started = performance.now();
  const n = await acquireLease();
  const daemons: Dockerd[] = [];
  let stopped: Promise<{ ms: number }> | undefined;
  const stop = (): Promise<{ ms: number }> => {
    stopped ??= (async () => {
      const t = performance.now();
      process.removeListener("exit", onExit);
      await Promise.all(daemons.map((d) => d.stop().catch(() => undefined)));
      try {
        await removeIndex(n, count);
      } finally {
        await rm(n.lease, { force: true });
      }
      return { ms: performance.now() - t };
    })();
    return stopped;
  };
  // A forgotten stop(): kill what runs in our namespaces; the rest goes with the next run's stale sweep.
  const onExit = () => {
    for (const d of daemons) killQuietly(d.pid, "SIGKILL");
  };
  process.once("exit", onExit);
  try {
    await mkdir(n.dir, { recursive: true, mode: 0o700 });
    await makeNetwork(n, count);
    const nodes: SwarmNode[] = [];
    // Daemons start in parallel (each ~1–3 s under vfs); the swarm is formed afterwards.
    // allSettled: on a failure, stop() must not run while another daemon is still starting.
    const settled = await Promise.allSettled(
      Array.from({ length: count }, async (_, k) => {
        const node = n.node(k);
        const daemon = await startDockerd({
          parent: n.dir,
          timeoutMs,
          wrapper: ["nsenter", `--net=/var/run/netns/${node.netns}`, `--uts=${node.uts}`],
          extraArgs: [`--insecure-registry=${n.base}.0/24`],
          // Tasks use an image the node already has instead of asking a registry first (no internet here:
          // the pull attempt costs ~20 s per task before the local image is used).
          env: { DOCKER_SERVICE_PREFER_OFFLINE_IMAGE: "1" },
        });
        daemons.push(daemon);
        return { k, node, daemon };
      }),
    );
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
    const daemonsUp = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    for (const { k, node, daemon } of daemonsUp.sort((a, b) => a.k - b.k)) {
      const socket = daemon.host.slice("unix://".length);
      nodes.push({
        ...daemon,
        name: node.hostname,
        role: k === 0 ? "manager" : "worker",
        address: node.address,
        socket,
        netns: node.netns,
        daemon,
      });
    }
    const [manager, ...workers] = nodes as [SwarmNode, ...SwarmNode[]];
    await manager.ok(
      [
        "swarm",
        "init",
        "--advertise-addr",
        manager.address,
        "--listen-addr",
        `${manager.address}:2377`,
        "--data-path-addr",
        manager.address,
      ],
      { timeoutMs },
    );
    const token = (await manager.ok(["swarm", "join-token", "-q", "worker"])).trim();
    await Promise.all(
      workers.map((w) =>
        w.ok(
          [
            "swarm",
            "join",
            "--token",
            token,
            "--advertise-addr",
            w.address,
            "--listen-addr",
            `${w.address}:2377`,
            `${manager.address}:2377`,
          ],
          { timeoutMs },
        ),
      ),
    );
    await waitNodesReady(
      manager,
      nodes.map((node) => node.name),
      timeoutMs,
    );
    return {
      manager,
      workers,
      nodes,
      index: n.index,
      subnet: `${n.base}.0/24`,
      hostAddress: `${n.base}.254`,
      startMs: performance.now() - started,
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`startSwarm on ${n.base}.0/24 (lease ${n.index}) failed, cleaned up: ${message}`, {
      cause: error,
    });
  }
}

export interface NodeState {
  hostname: string;
  status: string;
  availability: string;
  managerStatus: string;
}

/** `docker node ls` on a manager. */
export async function swarmNodes(manager: DockerClient): Promise<NodeState[]> {
  const out = await manager.ok(
    ["node", "ls", "--format", "{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}"],
    { timeoutMs: 15_000 },
  );
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [hostname = "", status = "", availability = "", managerStatus = ""] = line.split("\t");
      return { hostname, status, availability, managerStatus };
    });
}

async function waitNodesReady(manager: DockerClient, hostnames: readonly string[], timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const list = await swarmNodes(manager).catch(() => [] as NodeState[]);
    if (hostnames.every((h) => list.some((node) => node.hostname === h && node.status === "Ready"))) return;
    if (performance.now() > deadline) {
      throw new Error(`swarm nodes not Ready after ${timeoutMs} ms: ${JSON.stringify(list)}`);
    }
    await delay(100);
  }
}

export interface TaskState {
  node: string;
  /** e.g. `Running 3 seconds ago`. */
  state: string;
  error: string;
}

/** The tasks of a service whose desired state is running (`docker service ps`). */
export async function serviceTasks(manager: DockerClient, service: string): Promise<TaskState[]> {
  const out = await manager.ok(
    [
      "service",
      "ps",
      "--no-trunc",
      "--filter",
      "desired-state=running",
      "--format",
      "{{.Node}}\t{{.CurrentState}}\t{{.Error}}",
      service,
    ],
    { timeoutMs: 15_000 },
  );
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [node = "", state = "", error = ""] = line.split("\t");
      return { node, state, error };
    });
}

/** Waits until `count` tasks of `service` are Running; returns them (throws with the tasks on timeout). */
export async function waitTasksRunning(
  manager: DockerClient,
  service: string,
  count: number,
  timeoutMs = 60_000,
): Promise<TaskState[]> {
  const deadline = performance.now() + timeoutMs;
  let last: TaskState[] = [];
  for (;;) {
    last = await serviceTasks(manager, service).catch(() => last);
    const running = last.filter((t) => t.state.startsWith("Running"));
    if (running.length === count) return running;
    if (performance.now() > deadline) {
      throw new Error(
        `service ${service}: ${running.length} of ${count} tasks running after ${timeoutMs} ms: ${JSON.stringify(last)}`,
      );
    }
    await delay(200);
  }
}

/** The image id on a node, or undefined when it does not have the image. */
export async function imageId(node: DockerClient, image: string): Promise<string | undefined> {
  const result = await node.run(["image", "inspect", "--format", "{{.Id}}", image], { timeoutMs: 15_000 });
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** `docker save` on one engine streamed into `docker load` on another, with a timeout on both. */
export function copyImage(
  from: DockerClient,
  to: DockerClient,
  image: string,
  timeoutMs = 180_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const save = spawn("docker", ["save", image], { env: from.env, stdio: ["ignore", "pipe", "pipe"] });
    const load = spawn("docker", ["load", "-q"], { env: to.env, stdio: ["pipe", "pipe", "pipe"] });
    const errors: string[] = [];
    save.stderr.on("data", (c: Buffer) => errors.push(`save: ${c}`));
    load.stderr.on("data", (c: Buffer) => errors.push(`load: ${c}`));
    load.stdout.resume();
    save.stdout.pipe(load.stdin);
    load.stdin.on("error", () => {}); // load died: its exit code reports it
    const timer = setTimeout(() => {
      errors.push(`timed out after ${timeoutMs} ms`);
      save.kill("SIGKILL");
      load.kill("SIGKILL");
    }, timeoutMs);
    let saveCode: number | null | undefined;
    let loadCode: number | null | undefined;
    const settle = () => {
      if (saveCode === undefined || loadCode === undefined) return;
      clearTimeout(timer);
      if (saveCode === 0 && loadCode === 0) resolve();
      else
        reject(
          new Error(
            `copying ${image} failed (save ${saveCode}, load ${loadCode}): ${errors.join("").trim()}`,
          ),
        );
    };
    save.once("error", (e) => {
      errors.push(`save: ${e.message}`);
      saveCode = null;
      load.stdin.end();
      settle();
    });
    load.once("error", (e) => {
      errors.push(`load: ${e.message}`);
      loadCode = null;
      save.kill("SIGKILL");
      settle();
    });
    save.once("close", (code) => {
      saveCode = code;
      settle();
    });
    load.once("close", (code) => {
      loadCode = code;
      settle();
    });
  });
}

export interface DistributeOptions {
  /** The node that has the image. Default the manager. */
  from?: SwarmNode;
  /** The nodes to load it on. Default every other node. */
  to?: readonly SwarmNode[];
  /** Or: every node but these (and `from`). */
  except?: readonly SwarmNode[];
}

/**
 * Makes `image` present, with the same id, on the target nodes: `docker save | docker load` from one node,
 * in parallel; nodes that already have the same id are skipped. Returns the names of the nodes loaded.
 */
export async function distributeImage(
  swarm: Swarm,
  image: string,
  options: DistributeOptions = {},
): Promise<{ loaded: string[]; ms: number }> {
  const started = performance.now();
  const from = options.from ?? swarm.manager;
  const id = await imageId(from, image);
  if (!id) throw new Error(`distributeImage: ${from.name} has no image ${image}`);
  const except = new Set([from.name, ...(options.except ?? []).map((x) => x.name)]);
  const targets = (options.to ?? swarm.nodes).filter((node) => !except.has(node.name));
  const loaded: string[] = [];
  await Promise.all(
    targets.map(async (node) => {
      if ((await imageId(node, image)) === id) return;
      await copyImage(from, node, image);
      const got = await imageId(node, image);
      if (got !== id) throw new Error(`distributeImage: ${node.name} has ${image} as ${got}, expected ${id}`);
      loaded.push(node.name);
    }),
  );
  return { loaded: loaded.sort(), ms: performance.now() - started };
}

/** `ops-busybox:latest` on every node with one id (imported on the manager, then distributed). */
export async function ensureSwarmBaseImage(swarm: Swarm): Promise<{ loaded: string[]; ms: number }> {
  const started = performance.now();
  await ensureBaseImage(swarm.manager);
  const { loaded } = await distributeImage(swarm, BASE_IMAGE);
  return { loaded, ms: performance.now() - started };
}

export interface SwarmRelease extends BuiltRelease {
  /** Milliseconds spent copying the images to the other nodes. */
  distributeMs: number;
}

/**
 * Builds the example stack's service images for `version` on the manager (see `buildRelease`) and
 * distributes them to every node, so a stack can run them anywhere without a registry.
 */
export async function buildSwarmRelease(
  swarm: Swarm,
  version: string,
  variant: Variant | Partial<Record<StackService, Variant>> = "good",
  options: ReleaseOptions = {},
): Promise<SwarmRelease> {
  await ensureSwarmBaseImage(swarm);
  const services = options.services ?? SERVICES;
  // Parallel builds share the app layer only when it is cached (warmStackCache is a no-op once warm).
  if (services.length > 1) await warmStackCache(swarm.manager);
  const release = await buildRelease(swarm.manager, version, variant, options);
  const started = performance.now();
  await Promise.all(services.map((s) => distributeImage(swarm, release.images[s])));
  return { ...release, distributeMs: performance.now() - started };
}

export interface Registry {
  /** `host:port` on the manager's address, e.g. `198.18.7.1:5000` (an insecure registry for every node). */
  readonly address: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * Debian's docker-registry (distribution) in the manager's network namespace, storing under the
 * cluster's folder. Every node's daemon trusts the cluster's subnet as an insecure registry.
 */
export async function startRegistry(
  swarm: Swarm,
  options: { port?: number; timeoutMs?: number } = {},
): Promise<Registry> {
  const port = options.port ?? 5000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const n = names(swarm.index);
  const dir = join(n.dir, `registry-${port}`);
  await mkdir(join(dir, "data"), { recursive: true });
  const address = `${swarm.manager.address}:${port}`;
  const config = join(dir, "config.yml");
  await writeFile(
    config,
    [
      "version: 0.1",
      "log:",
      "  level: warn",
      "storage:",
      "  filesystem:",
      `    rootdirectory: ${join(dir, "data")}`,
      "  delete:",
      "    enabled: true",
      "http:",
      `  addr: ${address}`,
      "",
    ].join("\n"),
  );
  const logPath = join(dir, "registry.log");
  const log = openSync(logPath, "a");
  const child = spawn(
    "nsenter",
    [`--net=/var/run/netns/${swarm.manager.netns}`, "docker-registry", "serve", config],
    { stdio: ["ignore", log, log] },
  );
  closeSync(log);
  child.unref();
  let exited = false;
  const gone = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      resolve();
    });
    child.once("error", () => {
      exited = true;
      resolve();
    });
  });
  const pid = child.pid ?? -1;
  const stop = async () => {
    if (exited) return;
    killQuietly(pid, "SIGTERM");
    const done = await Promise.race([gone.then(() => true), delay(5_000).then(() => false)]);
    if (!done) killQuietly(pid, "SIGKILL");
    await gone;
  };
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`http://${address}/v2/`, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) break;
    if (exited || performance.now() > deadline) {
      await stop();
      const tail = await readFile(logPath, "utf8").catch(() => "");
      throw new Error(`docker-registry on ${address} did not answer: ${tail.slice(-2000)}`);
    }
    await delay(100);
  }
  return { address, pid, stop };
}

/**
 * Runs a program inside a node's network namespace (its loopback, its address), e.g. a probe of
 * `127.0.0.1:PORT` as the node sees it. Argument array and timeout as in `exec`.
 */
export function execInNode(
  node: SwarmNode,
  file: string,
  args: readonly string[],
  options: ExecOptions = {},
): Promise<ExecResult> {
  return exec("nsenter", [`--net=/var/run/netns/${node.netns}`, "--", file, ...args], options);
}

/** Tags `image` as `<registry>/<image>` on `node` and pushes it; returns the pushed reference. */
export async function pushImage(node: DockerClient, image: string, registry: Registry): Promise<string> {
  const ref = `${registry.address}/${image}`;
  await node.ok(["tag", image, ref], { timeoutMs: 15_000 });
  await node.ok(["push", ref], { timeoutMs: 180_000 });
  return ref;
}
