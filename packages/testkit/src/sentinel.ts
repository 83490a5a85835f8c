// A real Redis Sentinel set (Debian's redis-server and redis-sentinel) for one test file: one master, one
// replica (or more), three sentinels, each a plain child process on a free loopback port with its own
// temporary directory. Helpers crash the master (SIGKILL), wait until the sentinels have promoted another
// node (polling SENTINEL get-master-addr-by-name), and restart the old master as a replica of the new
// one. Everything is killed and removed by `stop()`, and killed when the test process exits.

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./net.ts";
import { type RedisServer, redisCli, startRedis } from "./redis.ts";

export interface SentinelSetOptions {
  /** The master's name in the sentinels; default `opsmaster`. */
  name?: string;
  /** Replicas started with the master; default 1 (0: a master alone, no failover possible). */
  replicas?: number;
  /** Sentinel `down-after-milliseconds`; default 1000. */
  downAfterMs?: number;
  /** Sentinel `failover-timeout`; default 5000. */
  failoverTimeoutMs?: number;
  /** Password of the data nodes' default user (requirepass / masterauth / auth-pass). */
  password?: string;
  /** Password the sentinels require (their requirepass). */
  sentinelPassword?: string;
  /** How long to wait for the set to be formed (sentinels know each other and the replicas); default 20 s. */
  startTimeoutMs?: number;
}

export interface SentinelProcess {
  readonly host: string;
  readonly port: number;
  readonly running: boolean;
  log(): string;
}

export interface Address {
  host: string;
  port: number;
}

export interface SentinelSet {
  readonly name: string;
  /** The data nodes, master first as started (the roles change with failovers). */
  readonly nodes: readonly RedisServer[];
  readonly sentinels: readonly SentinelProcess[];
  /** `redis+sentinel://[:password@]127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3/<name>` plus `query` (e.g. `replicas=1`). */
  url(query?: Record<string, string>): string;
  /** What the sentinels say the master is now (the first sentinel that answers). */
  masterAddress(): Promise<Address | undefined>;
  /** The running node at the master's address. */
  master(): Promise<RedisServer>;
  /** SIGKILLs the current master; returns its address. */
  killMaster(): Promise<Address>;
  /** Polls until every sentinel that answers names a master other than `old`, reachable; returns it and the time taken. */
  waitForFailover(old: Address, timeoutMs?: number): Promise<{ master: Address; ms: number }>;
  /** Starts a node again on the old master's port, as a replica of the current master; waits for its sync. */
  restartAsReplica(old: Address, timeoutMs?: number): Promise<RedisServer>;
  /** Starts a replica of the current master on a fresh port (e.g. after `killReplicas`). */
  addReplica(timeoutMs?: number): Promise<RedisServer>;
  /** SIGKILLs every running node that is not the master; returns their addresses. */
  killReplicas(): Promise<Address[]>;
  /** Runs a command on a data node (as the default user). */
  cli(node: Address, args: readonly string[]): Promise<string>;
  /** Runs a command on the first sentinel that answers. */
  sentinelCli(args: readonly string[]): Promise<string>;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
let hooked = false;
function hook(): void {
  if (hooked) return;
  hooked = true;
  process.on("exit", () => {
    for (const c of live) {
      try {
        c.kill("SIGKILL");
      } catch {
        // gone
      }
    }
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startSentinel(
  dir: string,
  name: string,
  master: Address,
  o: Required<Pick<SentinelSetOptions, "downAfterMs" | "failoverTimeoutMs">> & SentinelSetOptions,
): Promise<SentinelProcess> {
  hook();
  let lastOutput = "";
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const config = join(dir, `sentinel-${port}.conf`);
    const lines = [
      `port ${port}`,
      "bind 127.0.0.1",
      "daemonize no",
      "protected-mode no",
      `dir ${dir}`,
      `sentinel monitor ${name} ${master.host} ${master.port} 2`,
      `sentinel down-after-milliseconds ${name} ${o.downAfterMs}`,
      `sentinel failover-timeout ${name} ${o.failoverTimeoutMs}`,
      `sentinel parallel-syncs ${name} 1`,
    ];
    if (o.password !== undefined) lines.push(`sentinel auth-pass ${name} ${o.password}`);
    if (o.sentinelPassword !== undefined) lines.push(`requirepass ${o.sentinelPassword}`);
    await writeFile(config, `${lines.join("\n")}\n`, { mode: 0o600 });
    const child = spawn("/usr/bin/redis-sentinel", [config], { stdio: ["ignore", "pipe", "pipe"] });
    live.add(child);
    let output = "";
    child.stdout.on("data", (c: Buffer) => {
      output += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      output += c.toString();
    });
    let exited = false;
    child.on("exit", () => {
      exited = true;
      live.delete(child);
    });
    child.on("error", (e) => {
      output += `\n${e.message}`;
      exited = true;
      live.delete(child);
    });
    const deadline = Date.now() + 10_000;
    while (!exited && Date.now() < deadline && !/Sentinel ID is/.test(output)) await sleep(20);
    if (!exited && /Sentinel ID is/.test(output)) {
      return {
        host: "127.0.0.1",
        port,
        get running() {
          return !exited;
        },
        log: () => output,
        stopProcess: async () => {
          if (exited) return;
          const gone = new Promise((r) => child.once("exit", r));
          child.kill("SIGKILL");
          await gone;
        },
      } as SentinelProcess & { stopProcess(): Promise<void> };
    }
    lastOutput = output;
    if (!exited) child.kill("SIGKILL");
    if (!/Address already in use/i.test(output)) break;
  }
  throw new Error(`redis-sentinel did not start: ${lastOutput.trim().split("\n").slice(-5).join("\n")}`);
}

/** `SENTINEL master <name>` as a map. */
function fields(text: string): Map<string, string> {
  const lines = text.split("\n");
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < lines.length; i += 2) map.set(lines[i] as string, lines[i + 1] as string);
  return map;
}

/** Starts the set and waits until it is formed (each sentinel sees the others and every replica). */
export async function startSentinelSet(options: SentinelSetOptions = {}): Promise<SentinelSet> {
  const name = options.name ?? "opsmaster";
  const o = { downAfterMs: 1_000, failoverTimeoutMs: 5_000, ...options };
  const replicaCount = options.replicas ?? 1;
  const dir = await mkdtemp(join(tmpdir(), "ops-sentinel-"));
  const auth = o.password !== undefined ? ["--requirepass", o.password, "--masterauth", o.password] : [];
  const nodes: RedisServer[] = [];
  const sentinels: Array<SentinelProcess & { stopProcess(): Promise<void> }> = [];
  const cliAuth = o.password !== undefined ? { password: o.password } : {};
  const sentinelAuth = o.sentinelPassword !== undefined ? { password: o.sentinelPassword } : {};
  const replicaArgs = (of: Address) => [...auth, "--replicaof", of.host, String(of.port)];

  const set: SentinelSet = {
    name,
    nodes,
    sentinels,
    url(query = {}) {
      const userinfo = o.password !== undefined ? `:${encodeURIComponent(o.password)}@` : "";
      const q = new URLSearchParams(query).toString();
      return `redis+sentinel://${userinfo}${sentinels.map((s) => `${s.host}:${s.port}`).join(",")}/${name}${q ? `?${q}` : ""}`;
    },
    async sentinelCli(args) {
      let last: unknown;
      for (const s of sentinels) {
        if (!s.running) continue;
        try {
          return await redisCli(s, args, sentinelAuth);
        } catch (e) {
          last = e;
        }
      }
      throw last instanceof Error ? last : new Error("no sentinel answers");
    },
    async masterAddress() {
      const out = await set.sentinelCli(["SENTINEL", "get-master-addr-by-name", name]).catch(() => "");
      const [host, port] = out.split("\n");
      return host && port ? { host, port: Number(port) } : undefined;
    },
    async master() {
      const at = await set.masterAddress();
      const node = nodes.find((n) => n.running && at && n.port === at.port);
      if (!node) throw new Error(`no running node at the master address ${JSON.stringify(at)}`);
      return node;
    },
    cli: (node, args) => redisCli(node, args, cliAuth),
    async killMaster() {
      const node = await set.master();
      await node.crash();
      return { host: node.host, port: node.port };
    },
    async waitForFailover(old, timeoutMs = 30_000) {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        const answers = await Promise.all(
          sentinels
            .filter((s) => s.running)
            .map((s) =>
              redisCli(s, ["SENTINEL", "get-master-addr-by-name", name], sentinelAuth).catch(() => ""),
            ),
        );
        const ports = answers.map((a) => Number(a.split("\n")[1] ?? 0));
        const moved = ports.length > 0 && ports.every((p) => p !== 0 && p !== old.port);
        const node = nodes.find((n) => n.running && n.port === ports[0]);
        if (moved && new Set(ports).size === 1 && node) {
          const role = await set.cli(node, ["ROLE"]).catch(() => "");
          if (role.startsWith("master"))
            return { master: { host: node.host, port: node.port }, ms: Date.now() - started };
        }
        await sleep(50);
      }
      throw new Error(`no failover from ${old.host}:${old.port} within ${timeoutMs} ms`);
    },
    async restartAsReplica(old, timeoutMs = 20_000) {
      const master = await set.master();
      const node = await startRedis({
        port: old.port,
        ...(o.password !== undefined ? {} : {}),
        args: replicaArgs(master),
      });
      nodes.push(node);
      await waitForSync(node, timeoutMs);
      return node;
    },
    async addReplica(timeoutMs = 20_000) {
      const master = await set.master();
      const node = await startRedis({ args: replicaArgs(master) });
      nodes.push(node);
      await waitForSync(node, timeoutMs);
      return node;
    },
    async killReplicas() {
      const at = await set.masterAddress();
      const out: Address[] = [];
      for (const n of nodes) {
        if (n.running && n.port !== at?.port) {
          await n.crash();
          out.push({ host: n.host, port: n.port });
        }
      }
      return out;
    },
    async stop() {
      await Promise.all(sentinels.map((s) => s.stopProcess()));
      await Promise.all(nodes.map((n) => n.stop()));
      await rm(dir, { recursive: true, force: true });
    },
  };

  async function waitForSync(node: RedisServer, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const info = await set.cli(node, ["INFO", "replication"]).catch(() => "");
      if (/master_link_status:up/.test(info)) return;
      await sleep(50);
    }
    throw new Error(`the replica on port ${node.port} did not sync within ${timeoutMs} ms`);
  }

  try {
    // redis-server's --requirepass applies to the master too, --masterauth lets it follow after a failover.
    const master = await startRedis({ args: auth });
    nodes.push(master);
    for (let i = 0; i < replicaCount; i++) nodes.push(await startRedis({ args: replicaArgs(master) }));
    for (const r of nodes.slice(1)) await waitForSync(r, 10_000);
    const started = await Promise.all([0, 1, 2].map(() => startSentinel(dir, name, master, o)));
    sentinels.push(...(started as Array<SentinelProcess & { stopProcess(): Promise<void> }>));
    const deadline = Date.now() + (o.startTimeoutMs ?? 20_000);
    for (;;) {
      const views = await Promise.all(
        sentinels.map((s) =>
          redisCli(s, ["SENTINEL", "master", name], sentinelAuth).then(fields, () => new Map()),
        ),
      );
      const formed = views.every(
        (v) =>
          Number(v.get("num-other-sentinels") ?? -1) === 2 &&
          Number(v.get("num-slaves") ?? -1) === replicaCount,
      );
      if (formed) break;
      if (Date.now() > deadline) {
        throw new Error(
          `the sentinel set did not form within ${o.startTimeoutMs ?? 20_000} ms: ${views
            .map((v) => `sentinels ${v.get("num-other-sentinels")}, replicas ${v.get("num-slaves")}`)
            .join(" | ")}`,
        );
      }
      await sleep(100);
    }
    return set;
  } catch (error) {
    await set.stop();
    throw error;
  }
}
