// The deploy engine with the real Redis state adapter (deploy lock, breaker, audit in a real redis-server)
// and the world fakes for the rest: a lock lost during a deploy stops it before its next changing step,
// with the deployment `error`, no restart, no rollback and no state write.
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RecordingLogger } from "../action/logger.js";
import { type DelayProxy, startDelayProxy } from "../state/__fixtures__/delay-proxy.js";
import { listAudit } from "../state/audit.js";
import { type OpenStateClient, openState } from "../state/client.js";
import { acquireDeployLock, forceReleaseLock, lockStatus } from "../state/lock.js";
import { broken, mig, World } from "./__fixtures__/world.js";
import { redisState } from "./adapters/state.js";
import { type DeployInputs, deploy } from "./deploy.js";
import type { ReleaseDeps } from "./ports.js";

const NEW = "c0ffee0000000000000000000000000000000002";
const OLD = "abcdef0000000000000000000000000000000001";

let server: RedisServer;
let client: OpenStateClient;
let proxy: DelayProxy;
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  server = await startRedis();
  client = await openState(server.url);
  proxy = await startDelayProxy(server);
});
afterAll(async () => {
  await client?.close();
  await proxy?.close();
  await server?.stop();
});
beforeEach(async () => {
  await redisCli(server, ["FLUSHALL"]);
  await redisCli(server, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  proxy.resume();
});

function inputs(over: Partial<DeployInputs> = {}): DeployInputs {
  return {
    sha: NEW,
    branch: "master",
    environment: "production",
    requireApproval: true,
    requiredChecks: [],
    ignoreChecks: ["deploy"],
    ciTimeoutMs: 60_000,
    ciPollMs: 10_000,
    migrationsCheck: "migrations-tested",
    version: NEW,
    lockWaitMs: 0,
    lockTtlMs: 60_000,
    backupCommand: undefined,
    strategy: "down-up",
    keepReleases: 5,
    baseline: false,
    watchMs: 0,
    watchIntervalMs: 10_000,
    logErrorPattern: /ERROR|Traceback/,
    logTailLines: 50,
    onFailure: "rollback",
    dryRun: false,
    incident: { kind: "summary" },
    run: { runUrl: "https://gh/o/r/actions/runs/42", actor: "carol", repository: "o/r" },
    ...over,
  };
}

/** Production running OLD at 0002; NEW brings 0003. The state port is the real Redis adapter. */
function setUp(url: string): { w: World; deps: ReleaseDeps; logger: RecordingLogger } {
  const w = new World();
  w.graph = [mig("0001", null), mig("0002", "0001")];
  w.seedRelease(OLD, { db: "0002", before: "0001", applied: ["0002"] });
  w.graph.push(mig("0003", "0002"));
  w.db = "0002";
  w.branchHead = NEW;
  w.checks = [
    { name: "test", state: "success" },
    { name: "migrations-tested", state: "success" },
  ];
  const logger = new RecordingLogger();
  const base = w.deps();
  const state = redisState({
    url,
    logger,
    kind: "deploy",
    actor: "carol",
    runId: "42",
    runUrl: "https://gh/o/r/actions/runs/42",
    sha: NEW,
    onClose: (fn) => closers.push(fn),
  });
  return { w, deps: { ...base, logger, state }, logger };
}

const until = async (what: () => Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 20));
  }
};
const otherRun = {
  kind: "deploy" as const,
  actor: "dave",
  runId: "43",
  runUrl: "https://gh/o/r/actions/runs/43",
};

async function expectStoppedBeforeRestart(w: World, r: Awaited<ReturnType<typeof deploy>>) {
  expect(r.status).toBe("failure");
  expect(r.message).toMatch(
    /deploy stopped during migrations: the deploy lock was lost .*stopped before the restart/,
  );
  expect(w.upCalls).toEqual([]); // never restarted
  expect(r.rollback).toBeUndefined();
  expect(w.statusOf(r.deploymentId as number).map((s) => s.state)).toEqual(["error", "in_progress"]);
  expect(await redisCli(server, ["GET", "cb:state"])).toBe("OPEN");
  expect((await listAudit(client, 50)).map((e) => e.op)).not.toContain("release.deploy");
}

describe("a deploy whose lock is lost", () => {
  it("expired during a long migration (its Redis traffic stalled past the TTL) and taken by another run: stops before the restart", async () => {
    const { w, deps } = setUp(proxy.url(server.url));
    const upgrade = deps.migrations.upgrade;
    let other: Awaited<ReturnType<typeof acquireDeployLock>> | undefined;
    deps.migrations.upgrade = async (target) => {
      // The migration runs long and the runner's link to Redis stalls: no heartbeat gets through.
      proxy.hold();
      await until(async () => (await lockStatus(client)).held === false);
      other = await acquireDeployLock(client, otherRun, { ttlMs: 60_000, heartbeatMs: 0 });
      proxy.resume();
      return upgrade(target);
    };
    const r = await deploy(inputs({ lockTtlMs: 400 }), deps);
    await expectStoppedBeforeRestart(w, r);
    expect(w.db).toBe("0003"); // the migration itself had finished
    expect(r.stateNow).toMatch(/database at 0003; services untouched/);
    expect((await lockStatus(client)).owner?.runId).toBe("43"); // the other run's lock is intact
    await other?.release();
    for (const c of closers.splice(0)) await c();
  });

  it("force-released by a person mid-deploy: stops before the restart", async () => {
    const { w, deps } = setUp(server.url);
    const upgrade = deps.migrations.upgrade;
    deps.migrations.upgrade = async (target) => {
      await forceReleaseLock(client, { actor: "alice", reason: "looked stuck" });
      return upgrade(target);
    };
    const r = await deploy(inputs(), deps);
    await expectStoppedBeforeRestart(w, r);
    expect(r.nextSteps.join(" ")).toMatch(/Another run may be changing production now/);
    for (const c of closers.splice(0)) await c();
  });

  it("lost during verification: no automatic rollback, no breaker trip, the deployment `error`", async () => {
    const { w, deps } = setUp(server.url);
    w.health[NEW] = broken();
    const check = deps.smoke.check;
    let other: Awaited<ReturnType<typeof acquireDeployLock>> | undefined;
    deps.smoke.check = async (o) => {
      if (!other) {
        await forceReleaseLock(client, { actor: "alice", reason: "looked stuck" });
        other = await acquireDeployLock(client, otherRun, { ttlMs: 60_000, heartbeatMs: 0 });
      }
      return check(o);
    };
    const r = await deploy(inputs(), deps);
    expect(r.status).toBe("failure");
    expect(r.message).toMatch(/the deploy lock was lost .*stopped before recording the rollback deployment/);
    expect(w.upCalls).toEqual([NEW]); // the new release only: no rollback restart
    expect(w.statusOf(r.deploymentId as number)[0]?.state).toBe("error");
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("OPEN");
    expect((await lockStatus(client)).owner?.runId).toBe("43");
    await other?.release();
    for (const c of closers.splice(0)) await c();
  });
});
