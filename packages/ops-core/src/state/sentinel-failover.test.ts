// The state module through a real Redis Sentinel failover (one master, one replica, three sentinels): the
// kill switch, the breaker, the audit stream and the deploy lock keep working on the same open client;
// a lock take no replica acknowledges is refused (LockNotReplicatedError) and released again; and the
// deploy gate fails closed, naming the sentinels it asked, while no master is known.
import { type SentinelSet, startSentinelSet } from "@ops/testkit/sentinel";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Logger } from "../action/logger.js";
import { listAudit } from "./audit.js";
import { resetBreaker, tripBreaker } from "./breaker.js";
import { type OpenStateClient, openState } from "./client.js";
import { checkGate } from "./gate.js";
import { activateKillSwitch, deactivateKillSwitch } from "./killswitch.js";
import { acquireDeployLock, LockNotReplicatedError, lockStatus } from "./lock.js";
import { readState } from "./state.js";

let set: SentinelSet;
const opened: OpenStateClient[] = [];
const open = async (query: Record<string, string> = {}) => {
  const c = await openState(set.url(query), { keyPrefix: "t:" });
  opened.push(c);
  return c;
};
const who = { actor: "octocat", runId: "77", runUrl: "https://github.com/o/r/actions/runs/77" };
const warnings: string[] = [];
const logger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: (m: string) => {
    warnings.push(m);
  },
  error: () => undefined,
  group: (_title, fn) => fn(),
};

beforeAll(async () => {
  set = await startSentinelSet({ password: "node-pw-1" });
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
  await set?.stop();
});

describe("through a failover", () => {
  it("kill switch, breaker, audit stream and lock carry on, on the same open client", async () => {
    const client = await open();
    expect(client.replication).toMatchObject({ replicas: 1, timeoutMs: 1000, master: "opsmaster" });
    const tripped = await tripBreaker(client, { ...who, reason: "drawdown" });
    expect(tripped.notes).toEqual([]); // acknowledged by the replica: no warning
    await activateKillSwitch(client, { ...who, reason: "stop trading" });
    const lock = await acquireDeployLock(
      client,
      { kind: "deploy", ...who, sha: "abc" },
      { heartbeatMs: 0, logger },
    );

    const old = await set.killMaster();
    const { master, ms } = await set.waitForFailover(old);
    console.info(`failover in ${ms} ms`);
    expect(master.port).not.toBe(old.port);

    // The same client finds the new master (it waits for it instead of failing at once).
    const state = await readState(client);
    expect(state).toMatchObject({ killSwitch: "active", breaker: "TRIPPED" });
    await lock.check("the restart"); // the lock was replicated before the failover: still ours
    expect((await lockStatus(client)).fence).toBe(lock.fence);
    const off = await deactivateKillSwitch(client, { ...who, reason: "recovered" });
    expect(off.after.killSwitch).toBe("inactive");
    await resetBreaker(client, { ...who, reason: "drawdown normal" });
    const ops = (await listAudit(client, 9)).map((e) => e.op);
    expect(ops).toEqual([
      "breaker.reset",
      "breaker.reset",
      "breaker.reset",
      "killswitch.deactivate",
      "killswitch.activate",
      "killswitch.activate",
      "killswitch.activate",
      "breaker.trip",
      "breaker.trip",
    ]);
    expect(await lock.release()).toBe(true);
    expect((await lockStatus(client)).held).toBe(false);

    // A new connection through the URL finds the new master too, and the gate lets a deploy through.
    const gate = await checkGate(set.url(), { kind: "deploy", actor: who, keyPrefix: "t:" });
    expect(gate.proceed).toBe(true);
    // No replica until the old master is back: the extend (check) and the release were warned about.
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^the deploy lock was extended on the master, but 0 of 1 replica/);
    expect(warnings[1]).toMatch(/^the deploy lock was released on the master, but 0 of 1 replica/);
    expect(off.notes.join("\n")).toMatch(/a failover now could lose it/);
    await set.restartAsReplica(old);
    warnings.length = 0;
    const acked = await tripBreaker(client, { ...who, reason: "replica back" });
    expect(acked.notes).toEqual([]);
  });
});

describe("WAIT", () => {
  it("refuses a lock take no replica acknowledges, releases it, and notes unacknowledged state writes", async () => {
    warnings.length = 0;
    const client = await open();
    await set.killReplicas();
    const started = Date.now();
    const error = await acquireDeployLock(
      client,
      { kind: "deploy", ...who, sha: "abc" },
      { heartbeatMs: 0 },
    ).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(error).toBeInstanceOf(LockNotReplicatedError);
    const e = error as LockNotReplicatedError;
    expect(e.message).toMatch(
      /^the deploy lock could not be replicated: 0 of 1 replica\(s\) acknowledged within 1 s/,
    );
    expect(e.message).toContain("a Redis failover could hand it to a second deploy");
    expect(e.message).toContain("SENTINEL replicas opsmaster");
    expect(e.message).not.toMatch(/wait for the other run/i);
    expect(e.evidence.join("\n")).toMatch(
      /t:deploy:lock taken with fence \d+ on the master, then released again/,
    );
    expect((await lockStatus(client)).held).toBe(false);

    const trip = await tripBreaker(client, { ...who, reason: "no replica" });
    expect(trip.changed).toBe(true);
    expect(trip.notes.join("\n")).toMatch(
      /written on the Redis master, but 0 of 1 replica\(s\) acknowledged/,
    );

    // replicas=0 in the URL: no WAIT, the take succeeds.
    const noWait = await open({ replicas: "0" });
    expect(noWait.replication).toBeUndefined();
    const lock = await acquireDeployLock(noWait, { kind: "deploy", ...who }, { heartbeatMs: 0 });
    expect(await lock.release()).toBe(true);

    // A replica back: the take is acknowledged again.
    await set.addReplica();
    const again = await acquireDeployLock(client, { kind: "deploy", ...who }, { heartbeatMs: 0, logger });
    expect(await again.release()).toBe(true);
    expect(warnings).toEqual([]);
  });
});

describe("no master known", () => {
  it("the deploy gate fails closed, naming the sentinels it asked", async () => {
    await set.killReplicas();
    await set.killMaster();
    const started = Date.now();
    const gate = await checkGate(set.url(), { kind: "deploy", actor: who, keyPrefix: "t:" });
    const took = Date.now() - started;
    expect(took).toBeLessThan(3_000);
    expect(gate.proceed).toBe(false);
    expect(gate.refusal).toMatch(/^Redis cannot be read, so the deploy fails closed/);
    const evidence = gate.evidence.join("\n");
    expect(evidence).toContain('no reachable Redis master "opsmaster"');
    for (const s of set.sentinels) expect(evidence).toContain(`127.0.0.1:${s.port}`);
    expect(evidence).not.toContain("node-pw-1");
    const rollback = await checkGate(set.url(), { kind: "rollback", actor: who, keyPrefix: "t:" });
    expect(rollback.proceed).toBe(true);
    expect(rollback.warnings.join("\n")).toContain("sentinels asked");
  });
});
