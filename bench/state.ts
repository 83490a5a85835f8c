// bench/state.ts — the operational state on a real redis-server: how long a deploy waits for its gate
// decision when Redis is healthy, stopped or frozen (SIGSTOP), and what the `ops killswitch status`
// command costs from a cold start. Baselines measured in the same run: a PING on an already open
// connection, and `node -e 0`.
//
//   npm run bench -- state       (or: node bench/state.ts [runs])

import { spawn } from "node:child_process";
import { join } from "node:path";
import { openState } from "@ops/core/state/client";
import { checkGate } from "@ops/core/state/gate";
import { startRedis } from "@ops/testkit/redis";

const RUNS = Number(process.argv[2] ?? 15);
const ROOT = join(import.meta.dirname, "..");
const actor = { actor: "bench", runId: "1" };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function timeIt(fn: () => Promise<unknown>, runs = RUNS): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

function spawnTime(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: "ignore" });
    child.on("error", reject);
    child.on("close", () => resolve(performance.now() - t));
  });
}

const server = await startRedis();
const stopped = await startRedis();
await stopped.stop();
const frozen = await startRedis();
frozen.pause();
try {
  const client = await openState(server.url);
  await client.redis.mset("killswitch:active", "false", "cb:state", "OPEN");
  const ping = await timeIt(() => client.redis.ping(), RUNS * 10);
  const reused = await timeIt(() => checkGate(client, { kind: "deploy", actor }));
  const healthy = await timeIt(() => checkGate(server.url, { kind: "deploy", actor }));
  const down = await timeIt(() => checkGate(stopped.url, { kind: "deploy", actor }), 5);
  const hung = await timeIt(() => checkGate(frozen.url, { kind: "deploy", actor }), 3);
  await client.close();

  const env = { PATH: process.env.PATH ?? "", REDIS_URL: server.url };
  const bin = join(ROOT, "packages/ops-core/bin/ops.js");
  const nodeXs: number[] = [];
  const cliXs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    nodeXs.push(await spawnTime(["-e", "0"], env));
    cliXs.push(await spawnTime([bin, "killswitch", "status"], env));
  }
  const node = median(nodeXs);
  const cli = median(cliXs);

  const row = (name: string, ms: number, base: number, baseName: string) =>
    `${name.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms   ${(ms / base).toFixed(1).padStart(7)}× ${baseName}`;
  console.log(`runs: ${RUNS} (medians)`);
  console.log(row("PING on an open connection (baseline)", ping, ping, "PING"));
  console.log(row("gate on an open connection (MGET + decision)", reused, ping, "PING"));
  console.log(row("gate from a URL (connect, MGET, close)", healthy, ping, "PING"));
  console.log(row("gate, Redis stopped → refused (fail closed)", down, ping, "PING"));
  console.log(row("gate, Redis frozen (SIGSTOP) → refused", hung, ping, "PING"));
  console.log(row("node -e 0 (baseline)", node, node, "node"));
  console.log(row("ops killswitch status (cold start, real Redis)", cli, node, "node"));
  if (hung > 3000 || down > 3000) {
    console.log("✘ a refusal took longer than 3 s");
    process.exitCode = 1;
  }
} finally {
  frozen.resume();
  await Promise.all([server.stop(), frozen.stop()]);
}
