import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, BASE_IMAGE, delay, exec } from "./docker.ts";
import { getHealth, type HealthAnswer } from "./stack.ts";
import {
  buildSwarmRelease,
  distributeImage,
  ensureSwarmBaseImage,
  execInNode,
  imageId,
  ipv4,
  netnsPids,
  parseRoutes,
  pushImage,
  type Registry,
  removeStaleSwarms,
  SWARM_RUN_DIR,
  type Swarm,
  startRegistry,
  startSwarm,
  swarmNodes,
  waitTasksRunning,
} from "./swarm.ts";

const figures: Record<string, number> = {};
const ROLLDOWN = fileURLToPath(new URL("../../../node_modules/.bin/rolldown", import.meta.url));

/** What is left of cluster `index` on the host: namespaces, the root veth, mounts, folder, lease, processes. */
async function leftovers(index: number, pids: readonly number[]): Promise<string[]> {
  const left: string[] = [];
  const spaces = (await exec("ip", ["netns", "list"])).stdout;
  for (const line of spaces.split("\n")) if (line.startsWith(`ops-sw${index}-`)) left.push(`netns ${line}`);
  const links = (await exec("ip", ["-o", "link", "show"])).stdout;
  if (links.includes(`opssw${index}:`) || links.includes(`opssw${index}@`)) left.push(`veth opssw${index}`);
  for (const line of readFileSync("/proc/mounts", "utf8").split("\n"))
    if (line.includes(`/tmp/ops-sw${index}/`) || line.includes(`/ops-sw${index}-`))
      left.push(`mount ${line}`);
  if (existsSync(`/tmp/ops-sw${index}`)) left.push(`folder /tmp/ops-sw${index}`);
  if (existsSync(join(SWARM_RUN_DIR, `lease-${index}`))) left.push(`lease ${index}`);
  for (const pid of pids) if (alive(pid)) left.push(`process ${pid}`);
  return left;
}

/** The first 200 answer of a health URL within `ms` (or the last answer). */
async function healthWithin(url: string, ms: number): Promise<HealthAnswer> {
  const deadline = performance.now() + ms;
  let answer = await getHealth(url);
  while (answer.status !== 200 && performance.now() < deadline) {
    await delay(200);
    answer = await getHealth(url);
  }
  return answer;
}

afterAll(() => {
  console.log(`swarm figures, ms (shared, loaded machine): ${JSON.stringify(figures)}`);
});

describe("subnet leases", () => {
  it("sees the host's routes (not a cluster's own veth) as taken ranges", () => {
    const routes = parseRoutes(
      [
        "default via 192.0.2.1 dev eth0",
        "192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.2",
        "198.18.0.0/15 dev tun0 scope link",
        "198.18.7.0/24 dev opssw7 proto kernel scope link src 198.18.7.254",
        "unreachable 10.1.2.3",
        "",
      ].join("\n"),
    );
    expect(routes.map((r) => [r.from, r.to])).toEqual([
      [ipv4("192.0.2.0"), ipv4("192.0.2.255")],
      [ipv4("198.18.0.0"), ipv4("198.19.255.255")],
      [ipv4("10.1.2.3"), ipv4("10.1.2.3")],
    ]);
  });
});

describe("two-node swarm", () => {
  let swarm: Swarm;
  let registry: Registry | undefined;
  let work: string;

  beforeAll(async () => {
    swarm = await startSwarm({ nodes: 2 });
    figures.startMs = swarm.startMs;
    work = await mkdtemp(join(tmpdir(), "ops-swarm-test-"));
  }, 180_000);

  afterAll(async () => {
    await registry?.stop();
    await swarm?.stop();
    await rm(work, { recursive: true, force: true });
  }, 120_000);

  it("has a manager and a worker, both Ready, each in its own network and UTS namespace", async () => {
    expect(swarm.nodes).toHaveLength(2);
    expect(swarm.manager.role).toBe("manager");
    expect(swarm.workers.map((w) => w.role)).toEqual(["worker"]);
    const list = await swarmNodes(swarm.manager);
    expect(list.map((n) => n.hostname).sort()).toEqual(swarm.nodes.map((n) => n.name).sort());
    expect(list.every((n) => n.status === "Ready" && n.availability === "Active")).toBe(true);
    expect(list.find((n) => n.hostname === swarm.manager.name)?.managerStatus).toBe("Leader");
    const rootNet = statSync("/proc/self/ns/net").ino;
    for (const node of swarm.nodes) {
      const net = statSync(`/proc/${node.daemon.pid}/ns/net`).ino;
      expect(net).toBe(statSync(`/var/run/netns/${node.netns}`).ino);
      expect(net).not.toBe(rootNet);
      const info = await node.ok(["info", "--format", "{{.Name}} {{.Swarm.NodeAddr}} {{.Driver}}"]);
      expect(info.trim()).toBe(`${node.name} ${node.address} vfs`);
      expect(node.host).toBe(`unix://${node.socket}`);
      expect(node.env.DOCKER_HOST).toBe(node.host);
    }
    expect(new Set(swarm.nodes.map((n) => n.address)).size).toBe(2);
  });

  it("distributes the base image with one id to every node", async () => {
    const t = performance.now();
    const base = await ensureSwarmBaseImage(swarm);
    expect(base.loaded).toEqual(swarm.workers.map((w) => w.name));
    figures.baseImageMs = performance.now() - t;
    const ids = await Promise.all(swarm.nodes.map((n) => imageId(n, BASE_IMAGE)));
    expect(ids[0]).toMatch(/^sha256:/);
    expect(ids[1]).toBe(ids[0]);
    // Nothing to do the second time.
    expect((await distributeImage(swarm, BASE_IMAGE)).loaded).toEqual([]);
  }, 120_000);

  it("runs a stack service one replica per node on the host network, each answering on its node's address", async () => {
    const t = performance.now();
    const release = await buildSwarmRelease(swarm, "2.0.0", "good", {
      prefix: "ops-swarmkit",
      services: ["signal_service"],
    });
    figures.releaseBuildMs = release.ms;
    figures.releaseDistributeMs = release.distributeMs;
    const image = release.images.signal_service;
    expect(await imageId(swarm.workers[0] as Swarm["manager"], image)).toBe(release.ids.signal_service);

    const file = join(work, "stack.yml");
    await writeFile(
      file,
      [
        'version: "3.8"',
        "services:",
        "  signal_service:",
        `    image: ${image}`,
        "    environment:",
        '      PORT: "8000"',
        "    networks: [hostnet]",
        "    deploy:",
        "      replicas: 2",
        "      placement:",
        "        max_replicas_per_node: 1",
        "  everywhere:",
        `    image: ${image}`,
        "    environment:",
        '      PORT: "8001"',
        "    networks: [hostnet]",
        "    deploy:",
        "      mode: global",
        "networks:",
        "  hostnet:",
        "    external: true",
        "    name: host",
        "",
      ].join("\n"),
    );
    const deploying = performance.now();
    await swarm.manager.ok(["stack", "deploy", "--resolve-image", "never", "-c", file, "kit"], {
      timeoutMs: 60_000,
    });
    const tasks = await waitTasksRunning(swarm.manager, "kit_signal_service", 2, 90_000);
    figures.deployToRunningMs = performance.now() - deploying;
    expect(tasks.map((x) => x.node).sort()).toEqual(swarm.nodes.map((n) => n.name).sort());
    const global = await waitTasksRunning(swarm.manager, "kit_everywhere", 2, 90_000);
    expect(global.map((x) => x.node).sort()).toEqual(swarm.nodes.map((n) => n.name).sort());
    for (const node of swarm.nodes) {
      const answer = await healthWithin(`http://${node.address}:8000/health`, 30_000);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: "ok", version: "2.0.0" });
      // The global service too, and on the node's own loopback (its namespace).
      expect((await healthWithin(`http://${node.address}:8001/health`, 30_000)).status).toBe(200);
      const local = await execInNode(
        node,
        "busybox",
        ["wget", "-q", "-O", "-", "http://127.0.0.1:8000/health"],
        {
          timeoutMs: 10_000,
        },
      );
      expect(local.code, local.stderr).toBe(0);
      expect(JSON.parse(local.stdout)).toMatchObject({ status: "ok", version: "2.0.0" });
      // The replica on this node, and nothing on the test process's own address.
      const ps = await node.ok([
        "ps",
        "--filter",
        "label=com.docker.swarm.service.name=kit_signal_service",
        "-q",
      ]);
      expect(ps.trim().split("\n")).toHaveLength(1);
    }
    figures.deployToAnsweringMs = performance.now() - deploying;
    expect((await getHealth("http://127.0.0.1:8000/health")).status).not.toBe(200);
    figures.stackUpMs = performance.now() - t;
    await swarm.manager.ok(["stack", "rm", "kit"], { timeoutMs: 30_000 });
  }, 240_000);

  it("pushes to a registry on the manager's address and pulls on the worker", async () => {
    registry = await startRegistry(swarm);
    expect(registry.address).toBe(`${swarm.manager.address}:5000`);
    const worker = swarm.workers[0] as Swarm["manager"];
    // A fresh image only the manager has.
    await swarm.manager.ok(["build", "-q", "-t", "ops-swarmkit/pushed:1", "-"], {
      input: `FROM ${BASE_IMAGE}\nENV PUSHED=1\n`,
      timeoutMs: 60_000,
    });
    const ref = await pushImage(swarm.manager, "ops-swarmkit/pushed:1", registry);
    expect(await imageId(worker, ref)).toBeUndefined();
    await worker.ok(["pull", "-q", ref], { timeoutMs: 120_000 });
    expect(await imageId(worker, ref)).toBe(await imageId(swarm.manager, ref));
    const catalog = await fetch(`http://${registry.address}/v2/_catalog`, {
      signal: AbortSignal.timeout(5_000),
    });
    expect(await catalog.json()).toEqual({ repositories: ["ops-swarmkit/pushed"] });
  }, 180_000);

  it("a second cluster at the same time gets its own subnet, and the two do not see each other", async () => {
    const other = await startSwarm({ nodes: 1 });
    try {
      expect(other.index).not.toBe(swarm.index);
      expect(other.subnet).not.toBe(swarm.subnet);
      expect(other.manager.address).toBe(`${other.subnet.slice(0, -"0/24".length)}1`);
      // Each node reaches its own cluster's manager, not the other cluster's.
      const probe = (node: Swarm["manager"], address: string) =>
        execInNode(node, "busybox", ["nc", "-w", "2", address, "2377", "-e", "/bin/true"], {
          timeoutMs: 10_000,
        });
      expect((await probe(other.manager, other.manager.address)).code).toBe(0);
      expect((await probe(other.manager, swarm.manager.address)).code).not.toBe(0);
      expect((await probe(swarm.manager, other.manager.address)).code).not.toBe(0);
    } finally {
      figures.oneNodeStopMs = (await other.stop()).ms;
    }
    figures.oneNodeStartMs = other.startMs;
  }, 120_000);

  it("stop leaves no namespace, veth, mount, process, folder or lease", async () => {
    const nodes = swarm.nodes.map((n) => ({ pid: n.daemon.pid, dir: n.daemon.dir, netns: n.netns }));
    const registryPid = registry?.pid;
    const index = swarm.index;
    await registry?.stop();
    const { ms } = await swarm.stop();
    figures.stopMs = ms;
    for (const node of nodes) {
      expect(existsSync(node.dir)).toBe(false);
      expect(await netnsPids(node.netns)).toEqual([]);
    }
    expect(
      await leftovers(index, [...nodes.map((n) => n.pid), ...(registryPid ? [registryPid] : [])]),
    ).toEqual([]);
    expect((await swarm.stop()).ms).toBeGreaterThanOrEqual(0); // idempotent
  }, 120_000);
});

describe("a start that fails", () => {
  it("removes what it made and says which subnet it was", async () => {
    const error = await startSwarm({ nodes: 2, timeoutMs: 1 }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(
      /^startSwarm on 198\.1[89]\.\d+\.0\/24 \(lease \d+\) failed, cleaned up: dockerd did not answer within 1 ms/,
    );
    const index = Number(/\(lease (\d+)\)/.exec(error?.message ?? "")?.[1]);
    expect(await leftovers(index, [])).toEqual([]);
  }, 120_000);
});

describe("a run killed with SIGKILL", () => {
  it("leaves a lease whose cluster the next run removes: processes, namespaces, veth, mounts, folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ops-swarm-child-"));
    try {
      // A real run in another process: the kit bundled to plain JavaScript, started, then SIGKILLed.
      const entry = join(dir, "child.ts");
      const swarmModule = fileURLToPath(new URL("./swarm.ts", import.meta.url));
      await writeFile(
        entry,
        `import { startSwarm } from ${JSON.stringify(swarmModule)};\nconst swarm = await startSwarm({ nodes: 2 });\nprocess.stdout.write(JSON.stringify({ index: swarm.index, pids: swarm.nodes.map((n) => n.daemon.pid) }) + "\\n");\nsetInterval(() => {}, 60_000);\n`,
      );
      const bundled = await exec(
        ROLLDOWN,
        [entry, "--platform", "node", "--format", "esm", "-o", join(dir, "child.mjs")],
        { timeoutMs: 60_000 },
      );
      expect(bundled.code, bundled.stderr).toBe(0);
      const child = spawn(process.execPath, [join(dir, "child.mjs")], { stdio: ["ignore", "pipe", "pipe"] });
      const killer = setTimeout(() => child.kill("SIGKILL"), 120_000);
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => {
        stderr += c;
      });
      const line = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (c: Buffer) => {
          out += c;
          if (out.includes("\n")) resolve(out.slice(0, out.indexOf("\n")));
        });
        child.once("exit", (code) =>
          reject(new Error(`child exited (${code}) before its swarm was up: ${stderr}`)),
        );
      });
      clearTimeout(killer);
      const { index, pids } = JSON.parse(line) as { index: number; pids: number[] };
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
      // The daemons outlive their parent; everything of the cluster is still there.
      expect(pids.every((pid) => alive(pid))).toBe(true);
      expect((await leftovers(index, pids)).length).toBeGreaterThan(4);

      const t = performance.now();
      const removed = await removeStaleSwarms();
      figures.staleCleanupMs = performance.now() - t;
      expect(removed).toContain(index);
      expect(await leftovers(index, pids)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
