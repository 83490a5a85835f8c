// Fencing of the deploy lock against a real redis-server: a lost lock is noticed before the next changing
// step (compared in Redis), state writes under the lock are refused by Redis itself once it is lost, and a
// release that arrives late (a TCP proxy delays the commands) never deletes a newer holder's lock — for
// the run's own release and for `ops lock release`.
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { errorMessage } from "../action/errors.js";
import * as lockCommand from "../cli/commands/lock.js";
import type { CliIo } from "../cli/io.js";
import { type DelayProxy, startDelayProxy } from "./__fixtures__/delay-proxy.js";
import { FencedOutError, listAudit } from "./audit.js";
import { tripBreaker } from "./breaker.js";
import { type OpenStateClient, openState } from "./client.js";
import { activateKillSwitch } from "./killswitch.js";
import { acquireDeployLock, forceReleaseLock, LockLostError, lockStatus, takeManualLock } from "./lock.js";
import { readState } from "./state.js";

let server: RedisServer;
let client: OpenStateClient;
let proxy: DelayProxy;
const run = (runId: string) => ({
  kind: "deploy" as const,
  actor: "octocat",
  runId,
  runUrl: `https://github.com/o/r/actions/runs/${runId}`,
});
const who = { actor: "alice", reason: "maintenance" };

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
  await redisCli(server, ["SET", "cb:state", "OPEN"]);
  proxy.delayMs = 0;
  proxy.delayOnly = undefined;
  proxy.resume();
});

const until = async (what: () => Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!(await what())) {
    if (Date.now() > end) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("check(step): compared in Redis before a changing step", () => {
  it("passes while the lock is ours, and extends it", async () => {
    const held = await acquireDeployLock(client, run("1"), { ttlMs: 60_000, heartbeatMs: 0 });
    await redisCli(server, ["PEXPIRE", "deploy:lock", "5000"]);
    await held.check("the migrations");
    expect(Number(await redisCli(server, ["PTTL", "deploy:lock"]))).toBeGreaterThan(50_000);
    await held.release();
  });

  it("a force-release is seen at the next step, with the new state as evidence", async () => {
    const held = await acquireDeployLock(client, run("1"), { ttlMs: 60_000, heartbeatMs: 0 });
    await forceReleaseLock(client, { ...who, reason: "stuck run" });
    const error = await held.check("the restart").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockLostError);
    expect(errorMessage(error)).toMatch(/deploy lock was lost .*stopped before the restart/);
    expect((error as LockLostError).evidence).toContain("deploy:lock is free");
    expect(held.lost).toBe(true);
    expect(await held.release()).toBe(false);
  });

  it("an expired lock taken by another run is not ours, however the heartbeat missed it", async () => {
    const held = await acquireDeployLock(client, run("1"), { ttlMs: 200, heartbeatMs: 0 });
    await until(async () => (await lockStatus(client)).held === false);
    const other = await acquireDeployLock(client, run("2"), { ttlMs: 60_000, heartbeatMs: 0 });
    const error = (await held.check("recording the deployment").catch((e: unknown) => e)) as LockLostError;
    expect(error).toBeInstanceOf(LockLostError);
    expect(error.evidence.join("\n")).toContain("deploy run 2");
    await other.release();
  });
});

describe("state writes fenced on the lock, in the same script", () => {
  it("are made while the lock is ours and refused by Redis once another run holds it", async () => {
    const held = await acquireDeployLock(client, run("1"), { ttlMs: 60_000, heartbeatMs: 0 });
    const fence = held.writeFence();
    await tripBreaker(client, { ...who, reason: "verification failed" }, { fence });
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("TRIPPED");
    await redisCli(server, ["SET", "cb:state", "OPEN"]);

    await forceReleaseLock(client, { ...who, reason: "stuck run" });
    const other = await acquireDeployLock(client, run("2"), { ttlMs: 60_000, heartbeatMs: 0 });
    const auditBefore = (await listAudit(client, 100)).length;
    await expect(tripBreaker(client, { ...who, reason: "late" }, { fence })).rejects.toBeInstanceOf(
      FencedOutError,
    );
    await expect(activateKillSwitch(client, { ...who, reason: "late" }, { fence })).rejects.toBeInstanceOf(
      FencedOutError,
    );
    const state = await readState(client);
    expect(state.breaker).toBe("OPEN");
    expect(state.killSwitch).not.toBe("active");
    expect((await listAudit(client, 100)).length).toBe(auditBefore);
    await other.release();
  });
});

describe("a delayed release racing an expiry and a new holder (TCP proxy)", () => {
  it("the run's release arrives after the lock expired and run 2 took it: run 2 keeps it", async () => {
    const slow = await openState(proxy.url(server.url), { commandTimeoutMs: 5_000 });
    try {
      const held = await acquireDeployLock(slow, run("1"), { ttlMs: 300, heartbeatMs: 0 });
      proxy.hold();
      const releasing = held.release();
      await until(async () => proxy.pending() > 0);
      await until(async () => (await lockStatus(client)).held === false);
      const other = await acquireDeployLock(client, run("2"), { ttlMs: 60_000, heartbeatMs: 0 });
      proxy.resume();
      expect(await releasing).toBe(false);
      expect((await lockStatus(client)).owner?.runId).toBe("2");
      await other.release();
    } finally {
      await slow.close();
    }
  });

  it("`ops lock release` (no --force) is one compare-and-delete: a run that took the lock meanwhile keeps it", async () => {
    await takeManualLock(client, { ...who, reason: "db maintenance" }, 400);
    // The CLI's delete (its EVAL) reaches Redis 700 ms late: its read saw the manual lock, which then
    // expires, and run 2 takes the lock before the delete arrives.
    proxy.delayMs = 700;
    proxy.delayOnly = (chunk) => /EVAL/i.test(chunk);
    const box = { out: "", err: "" };
    const io: CliIo = {
      env: { USER: "alice" },
      cwd: process.cwd(),
      stdout: (t) => {
        box.out += t;
      },
      stderr: (t) => {
        box.err += t;
      },
    };
    const cli = lockCommand.run(
      ["release", "--reason", "done with maintenance", "--redis-url", proxy.url(server.url)],
      io,
    );
    await until(async () => proxy.pending() > 0);
    await until(async () => (await lockStatus(client)).held === false);
    const other = await acquireDeployLock(client, run("2"), { ttlMs: 60_000, heartbeatMs: 0 });
    const code = await cli;
    expect((await lockStatus(client)).owner?.runId, `${box.out}${box.err}`).toBe("2");
    expect(code).toBe(1);
    expect(box.err).toMatch(
      /refused: the deploy lock changed hands while releasing it: nothing was released/,
    );
    await other.release();
  });
});
