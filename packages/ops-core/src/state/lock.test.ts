// The deploy lock against a real redis-server: owner record and fencing, compare-and-delete, heartbeat,
// bounded waits with an injected clock, a lock taken by hand, a forced release in the audit stream, and
// contention between two real processes.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CancelledError, RefusalError } from "../action/errors.js";
import { listAudit } from "./audit.js";
import { type OpenStateClient, openState } from "./client.js";
import {
  acquireDeployLock,
  describeLockValue,
  forceReleaseLock,
  lockStatus,
  releaseLock,
  takeManualLock,
} from "./lock.js";

let server: RedisServer;
let client: OpenStateClient;
const run = (runId: string) => ({
  kind: "deploy" as const,
  actor: "octocat",
  runId,
  runUrl: `https://github.com/o/r/actions/runs/${runId}`,
  sha: "0123abc",
});

beforeAll(async () => {
  server = await startRedis();
  client = await openState(server.url);
});
afterAll(async () => {
  await client?.close();
  await server?.stop();
});
beforeEach(async () => {
  await redisCli(server, ["FLUSHALL"]);
});

/** A fake clock whose sleep advances it: waiting is exact and instant. */
function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    nowMs: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

describe("describeLockValue (pure)", () => {
  it("tells a run's lock from one a person took by hand", () => {
    expect(describeLockValue("k", null, null).held).toBe(false);
    const runLock = describeLockValue(
      "k",
      JSON.stringify({ kind: "deploy", runId: "9", actor: "a", startedAt: "t", fence: 3 }),
      1000,
    );
    expect(runLock).toMatchObject({ held: true, manual: false, fence: 3, ttlMs: 1000 });
    expect(describeLockValue("k", "alice: db maintenance", null).manual).toBe(true);
    expect(describeLockValue("k", JSON.stringify({ kind: "deploy", actor: "a" }), null).manual).toBe(true);
    expect(
      describeLockValue("k", JSON.stringify({ kind: "deploy", runId: "1", manual: true }), null).manual,
    ).toBe(true);
    expect(describeLockValue("k", "[1,2]", null).owner).toBeNull();
  });
});

describe("deploy lock on a real redis-server", () => {
  it("stores the owner with a fencing number that rises with every acquisition, and releases only its own", async () => {
    const first = await acquireDeployLock(client, run("100"), { heartbeatMs: 0 });
    const stored = JSON.parse(await redisCli(server, ["GET", "deploy:lock"])) as Record<string, unknown>;
    expect(stored).toMatchObject({
      kind: "deploy",
      runId: "100",
      actor: "octocat",
      sha: "0123abc",
      fence: 1,
    });
    expect(stored.runUrl).toBe("https://github.com/o/r/actions/runs/100");
    expect(new Date(String(stored.startedAt)).toISOString()).toBe(stored.startedAt);
    expect(Number(await redisCli(server, ["PTTL", "deploy:lock"]))).toBeGreaterThan(100_000);
    expect(await first.release()).toBe(true);
    expect(await first.release()).toBe(false);
    const second = await acquireDeployLock(client, run("101"), { heartbeatMs: 0 });
    expect(second.fence).toBe(2);
    await second.release();
  });

  it("a stale release (our lock expired, another run took it) cannot delete someone else's lock", async () => {
    const stale = await acquireDeployLock(client, run("200"), { ttlMs: 60_000, heartbeatMs: 0 });
    await redisCli(server, ["DEL", "deploy:lock"]); // as if it had expired
    const current = await acquireDeployLock(client, run("201"), { heartbeatMs: 0 });
    expect(await stale.release()).toBe(false);
    expect(await stale.extend()).toBe(false);
    expect(await releaseLock(client, stale.value)).toBe(false);
    expect((await lockStatus(client)).owner?.runId).toBe("201");
    expect(await current.release()).toBe(true);
  });

  it("the heartbeat keeps the lock past its TTL while the run lives", async () => {
    const lock = await acquireDeployLock(client, run("300"), { ttlMs: 600, heartbeatMs: 100 });
    await new Promise((r) => setTimeout(r, 1500));
    const info = await lockStatus(client);
    expect(info.owner?.runId).toBe("300");
    expect(lock.lost).toBe(false);
    await lock.release();
    expect((await lockStatus(client)).held).toBe(false);
  });

  it("the heartbeat notices a lock taken away and says it is lost", async () => {
    const lost: string[] = [];
    const lock = await acquireDeployLock(client, run("310"), {
      ttlMs: 10_000,
      heartbeatMs: 50,
      onLost: (why) => lost.push(why),
    });
    await redisCli(server, ["SET", "deploy:lock", JSON.stringify({ kind: "deploy", runId: "311" })]);
    for (let i = 0; i < 100 && !lock.lost; i++) await new Promise((r) => setTimeout(r, 20));
    expect(lock.lost).toBe(true);
    expect(lost[0]).toMatch(/another owner/);
    expect(await lock.release()).toBe(false);
    expect((await lockStatus(client)).owner?.runId).toBe("311");
  });

  it("waits for another run's lock up to the limit, then refuses with the holder as evidence", async () => {
    const holder = await acquireDeployLock(client, run("400"), { heartbeatMs: 0 });
    const time = fakeTime();
    const waits: number[] = [];
    const error = await acquireDeployLock(client, run("401"), {
      waitMs: 10_000,
      pollMs: 3_000,
      ...time,
      onWait: (_, waited) => waits.push(waited),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as Error).message).toMatch(/held by deploy run 400; waited 10s, giving up/);
    expect((error as RefusalError).evidence.join("\n")).toMatch(/runs\/400/);
    expect(waits).toEqual([0, 3000, 6000, 9000]);
    expect(time.sleeps).toEqual([3000, 3000, 3000, 1000]);
    await holder.release();
  });

  it("acquires once the other run releases while it waits", async () => {
    const holder = await acquireDeployLock(client, run("500"), { heartbeatMs: 0 });
    let polls = 0;
    const lock = await acquireDeployLock(client, run("501"), {
      waitMs: 60_000,
      heartbeatMs: 0,
      nowMs: () => polls * 1000,
      sleep: async () => {
        polls++;
        if (polls === 2) await holder.release();
      },
    });
    expect(lock.owner.runId).toBe("501");
    expect(polls).toBe(2);
    await lock.release();
  });

  it("never waits on a lock a person took by hand: refuses at once with the evidence", async () => {
    await redisCli(server, ["SET", "deploy:lock", "alice: migrating the database by hand"]);
    const time = fakeTime();
    const error = await acquireDeployLock(client, run("600"), { waitMs: 600_000, ...time }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as Error).message).toMatch(/taken by hand: not waiting/);
    expect((error as RefusalError).evidence.join("\n")).toContain("alice: migrating the database by hand");
    expect(time.sleeps).toEqual([]);

    await redisCli(server, ["DEL", "deploy:lock"]);
    const manual = await takeManualLock(client, { actor: "bob", reason: "disk replacement" }, 60_000);
    expect(manual).toMatchObject({ taken: true, info: { manual: true } });
    const again = await acquireDeployLock(client, run("601"), { waitMs: 600_000, ...fakeTime() }).catch(
      (e: unknown) => e,
    );
    expect((again as Error).message).toMatch(/taken by hand by bob/);
  });

  it("a cancelled run stops waiting at once (CancelledError) and takes nothing", async () => {
    const holder = await acquireDeployLock(client, run("650"), { heartbeatMs: 0 });
    const controller = new AbortController();
    const error = await acquireDeployLock(client, run("651"), {
      waitMs: 600_000,
      pollMs: 60_000,
      signal: controller.signal,
      onWait: () => controller.abort(new CancelledError("the run was cancelled (SIGTERM)")),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((await lockStatus(client)).owner?.runId).toBe("650");
    await holder.release();
  });

  it("the heartbeat gives the lock up as lost when Redis stops answering for longer than the TTL", async () => {
    const frozen = await startRedis();
    const c = await openState(frozen.url, { commandTimeoutMs: 150 });
    const lost: string[] = [];
    try {
      const lock = await acquireDeployLock(c, run("660"), {
        ttlMs: 500,
        heartbeatMs: 100,
        onLost: (why) => lost.push(why),
      });
      frozen.pause();
      for (let i = 0; i < 150 && !lock.lost; i++) await new Promise((r) => setTimeout(r, 20));
      expect(lock.lost).toBe(true);
      expect(lost[0]).toMatch(/did not answer for longer than the TTL/);
    } finally {
      frozen.resume();
      await c.close();
      await frozen.stop();
    }
  });

  it("a forced release deletes whatever holds the lock and records the old owner in the audit stream", async () => {
    await acquireDeployLock(client, run("700"), { heartbeatMs: 0 });
    const result = await forceReleaseLock(client, {
      actor: "oncall",
      reason: "run 700 crashed",
      runUrl: "https://github.com/o/r/actions/runs/701",
    });
    expect(result.released).toBe(true);
    expect(result.previous.owner?.runId).toBe("700");
    expect(await redisCli(server, ["EXISTS", "deploy:lock"])).toBe("0");
    const [entry] = await listAudit(client, 1);
    expect(entry).toMatchObject({
      op: "lock.force-release",
      actor: "oncall",
      reason: "run 700 crashed",
      key: "deploy:lock",
      new: null,
    });
    expect(JSON.parse(entry?.old ?? "{}")).toMatchObject({ runId: "700" });
    expect((await forceReleaseLock(client, { actor: "oncall", reason: "again" })).released).toBe(false);
  });
});

const holderScript = fileURLToPath(new URL("./__fixtures__/lock-holder.mjs", import.meta.url));

interface Event {
  runId: string;
  t: number;
  event: string;
  [k: string]: unknown;
}

function startHolder(args: string[]): {
  child: ChildProcess;
  events: Event[];
  done: Promise<number | null>;
  next(event: string): Promise<Event>;
} {
  const child = spawn(process.execPath, [holderScript, server.url, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const events: Event[] = [];
  let buffer = "";
  const waiters: Array<() => void> = [];
  child.stdout?.on("data", (d: Buffer) => {
    buffer += d.toString();
    let nl = buffer.indexOf("\n");
    while (nl >= 0) {
      events.push(JSON.parse(buffer.slice(0, nl)) as Event);
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf("\n");
      for (const w of waiters.splice(0)) w();
    }
  });
  const guard = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const done = new Promise<number | null>((resolve) => {
    child.on("close", (code) => {
      clearTimeout(guard);
      for (const w of waiters.splice(0)) w();
      resolve(code);
    });
  });
  const next = async (event: string): Promise<Event> => {
    for (;;) {
      const found = events.find((e) => e.event === event);
      if (found) return found;
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`no ${event}: ${JSON.stringify(events)}`);
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  return { child, events, done, next };
}

describe("deploy lock between two processes", () => {
  it("one wins; the other waits, then times out with the winner as evidence", async () => {
    const a = startHolder(["A1", "0", "3000"]);
    await a.next("acquired");
    const b = startHolder(["B1", "800", "0"]);
    expect(await b.done).toBe(1);
    expect(b.events.some((e) => e.event === "waiting" && e.holder === "A1")).toBe(true);
    const refused = await b.next("refused");
    expect(refused.message).toMatch(/held by deploy run A1; waited/);
    a.child.kill("SIGTERM");
    await a.done;
  });

  it("one wins; the other waits and acquires after the release, with a higher fence", async () => {
    const a = startHolder(["A2", "0", "700"]);
    const got = await a.next("acquired");
    const b = startHolder(["B2", "10000", "0"]);
    expect(await b.done).toBe(0);
    expect(await a.done).toBe(0);
    const released = a.events.find((e) => e.event === "released");
    const acquired = b.events.find((e) => e.event === "acquired");
    expect(released?.ok).toBe(true);
    expect(b.events.some((e) => e.event === "waiting" && e.holder === "A2")).toBe(true);
    expect(Number(acquired?.fence)).toBeGreaterThan(Number(got.fence));
    expect(Number(acquired?.t)).toBeGreaterThanOrEqual(Number(released?.t));
  });

  it("a lock whose owner died (SIGKILL, no heartbeat any more) expires and the next run takes it", async () => {
    const a = startHolder(["A3", "0", "-1", "1000"]);
    await a.next("acquired");
    a.child.kill("SIGKILL");
    await a.done;
    expect((await lockStatus(client)).owner?.runId).toBe("A3");
    const b = startHolder(["B3", "10000", "0"]);
    expect(await b.done).toBe(0);
    expect(b.events.map((e) => e.event)).toContain("acquired");
  });
});
