// The operational state against a real redis-server: every operation, the keys exactly as the runbook
// reads them (checked with redis-cli), the audit stream, the prefix, and reading a state that cannot be read.
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError, RefusalError } from "../action/errors.js";
import { listAudit, recordAudit } from "./audit.js";
import { resetBreaker, tripBreaker } from "./breaker.js";
import { type OpenStateClient, openState } from "./client.js";
import { activateKillSwitch, deactivateKillSwitch } from "./killswitch.js";
import { interpretState, readOperationalState, readState } from "./state.js";

let server: RedisServer;
let client: OpenStateClient;
let tick = 0;
const who = { actor: "octocat", runUrl: "https://github.com/o/r/actions/runs/42", runId: "42" };

beforeAll(async () => {
  server = await startRedis();
  client = await openState(server.url, {
    now: () => new Date(Date.UTC(2026, 10, 27, 3, 0, tick++)),
  });
});
afterAll(async () => {
  await client?.close();
  await server?.stop();
});
beforeEach(async () => {
  await redisCli(server, ["FLUSHALL"]);
});

describe("interpretState", () => {
  it("only the exact string OPEN is a normal breaker; unset or odd values are called out", () => {
    const s = (ks: string | null, cb: string | null) =>
      interpretState({ killSwitch: ks, breaker: cb, tripReason: null, lastReset: null });
    expect(s("false", "OPEN")).toMatchObject({ killSwitch: "inactive", breaker: "OPEN", notes: [] });
    expect(s(null, "OPEN").killSwitch).toBe("inactive");
    expect(s("true", "TRIPPED")).toMatchObject({ killSwitch: "active", breaker: "TRIPPED" });
    expect(s("yes", "open")).toMatchObject({ killSwitch: "unknown", breaker: "open" });
    expect(s("yes", "open").notes).toHaveLength(2);
    expect(s("false", null)).toMatchObject({ breaker: "unknown" });
    expect(s("false", null).notes[0]).toMatch(/cb:state is not set/);
  });
});

describe("kill switch and breaker on a real redis-server", () => {
  it("activate sets the runbook's keys, trips the breaker, and records who, when, why and the run", async () => {
    const result = await activateKillSwitch(client, { ...who, reason: "runaway orders" });
    expect(result.changed).toBe(true);
    expect(result.after).toMatchObject({
      killSwitch: "active",
      breaker: "TRIPPED",
      tripReason: "kill switch: runaway orders",
    });
    expect(await redisCli(server, ["GET", "killswitch:active"])).toBe("true");
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("TRIPPED");
    expect(await redisCli(server, ["GET", "cb:trip_reason"])).toBe("kill switch: runaway orders");

    const audit = await listAudit(client, 10);
    expect(audit.map((e) => e.key)).toEqual(["cb:trip_reason", "cb:state", "killswitch:active"]);
    const [, , first] = audit;
    expect(first).toMatchObject({
      op: "killswitch.activate",
      actor: "octocat",
      reason: "runaway orders",
      runUrl: who.runUrl,
      runId: "42",
      key: "killswitch:active",
      old: null,
      new: "true",
    });
    expect(first?.time).toMatch(/^2026-11-27T03:00:\d\dZ|^2026-11-27T03:0\d:\d\d\.\d{3}Z$/);
    expect(first?.id).toMatch(/^\d+-\d+$/);
  });

  it("deactivate turns the kill switch off and leaves the breaker tripped, saying so", async () => {
    await activateKillSwitch(client, { ...who, reason: "incident" });
    const result = await deactivateKillSwitch(client, { ...who, reason: "incident over" });
    expect(result.changes).toEqual([
      expect.objectContaining({ key: "killswitch:active", old: "true", new: "false" }),
    ]);
    expect(result.after).toMatchObject({ killSwitch: "inactive", breaker: "TRIPPED" });
    expect(result.notes.join()).toMatch(/still TRIPPED/);
    expect(await redisCli(server, ["GET", "killswitch:active"])).toBe("false");
  });

  it("trip and reset: reset writes OPEN and an ISO-8601 cb:last_reset and clears the reason", async () => {
    await redisCli(server, ["SET", "cb:state", "OPEN"]);
    const trip = await tripBreaker(client, { ...who, reason: "drawdown 12%" });
    expect(trip.after).toMatchObject({ breaker: "TRIPPED", tripReason: "drawdown 12%" });
    const reset = await resetBreaker(client, { ...who, reason: "drawdown normalized" });
    expect(reset.after).toMatchObject({ breaker: "OPEN", tripReason: null });
    const lastReset = await redisCli(server, ["GET", "cb:last_reset"]);
    expect(new Date(lastReset).toISOString()).toBe(lastReset);
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("OPEN");
    expect(await redisCli(server, ["EXISTS", "cb:trip_reason"])).toBe("0");
    const audit = await listAudit(client, 3);
    expect(audit.map((e) => [e.op, e.key, e.old, e.new])).toEqual([
      ["breaker.reset", "cb:trip_reason", "drawdown 12%", null],
      ["breaker.reset", "cb:last_reset", null, lastReset],
      ["breaker.reset", "cb:state", "TRIPPED", "OPEN"],
    ]);
  });

  it("refuses a breaker reset while the kill switch is active, changing nothing", async () => {
    await activateKillSwitch(client, { ...who, reason: "stop" });
    const before = await listAudit(client, 100);
    const error = await resetBreaker(client, { ...who, reason: "try" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as RefusalError).message).toMatch(/deactivate it before resetting/);
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("TRIPPED");
    expect(await listAudit(client, 100)).toHaveLength(before.length);
  });

  it("a repeated change is recorded but reported as no change", async () => {
    await tripBreaker(client, { ...who, reason: "one" });
    const again = await tripBreaker(client, { ...who, reason: "one" });
    expect(again.changed).toBe(false);
    expect(await listAudit(client, 100)).toHaveLength(4);
  });

  it("requires a reason for every change, naming the input, and writes nothing without one", async () => {
    for (const reason of ["", "   "]) {
      const error = await tripBreaker(client, { ...who, reason }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).input).toBe("reason");
    }
    expect(await redisCli(server, ["EXISTS", "cb:state", "ops:audit"])).toBe("0");
  });

  it("keeps untrusted text as data (reasons with quotes, newlines, Lua-looking text)", async () => {
    const reason = `x"); redis.call('FLUSHALL') --\n::error::pwned`;
    await tripBreaker(client, { ...who, reason });
    expect(await redisCli(server, ["GET", "cb:trip_reason"])).toContain("FLUSHALL");
    const [entry] = await listAudit(client, 1);
    expect(entry?.reason).toBe(reason);
  });

  it("audit listing is newest first, bounded by count; records without a key are kept too", async () => {
    await tripBreaker(client, { ...who, reason: "a" });
    await recordAudit(client, "gate.break-glass", { ...who, reason: "redis down, hotfix" });
    const entries = await listAudit(client, 2);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ op: "gate.break-glass", key: "", old: null, new: null });
    expect(entries[1]?.op).toBe("breaker.trip");
  });

  it("uses the key prefix for every key and leaves the unprefixed keys alone", async () => {
    const staging = await openState(server.url, { keyPrefix: "staging:" });
    try {
      await activateKillSwitch(staging, { ...who, reason: "staging test" });
      expect(await redisCli(server, ["GET", "staging:killswitch:active"])).toBe("true");
      expect(await redisCli(server, ["EXISTS", "killswitch:active", "cb:state", "ops:audit"])).toBe("0");
      expect((await listAudit(staging, 10)).length).toBe(3);
      expect((await readState(client)).killSwitch).toBe("inactive");
    } finally {
      await staging.close();
    }
  });

  it("rejects a malformed prefix as a configuration error naming the input", async () => {
    await expect(openState(server.url, { keyPrefix: "bad prefix" })).rejects.toMatchObject({
      name: "ConfigurationError",
      input: "key-prefix",
    });
  });
});

describe("readOperationalState", () => {
  it("reads through a URL and closes its connection", async () => {
    await redisCli(server, ["MSET", "killswitch:active", "false", "cb:state", "OPEN"]);
    const state = await readOperationalState(server.url);
    expect(state).toMatchObject({ killSwitch: "inactive", breaker: "OPEN" });
    expect(state.error).toBeUndefined();
    const clients = await redisCli(server, ["CLIENT", "LIST"]);
    expect(clients.split("\n")).toHaveLength(2); // ours and redis-cli's own
  });

  it("gives unknown with the reason when nothing listens", async () => {
    const gone = await startRedis();
    await gone.stop();
    const state = await readOperationalState(gone.url);
    expect(state).toMatchObject({ killSwitch: "unknown", breaker: "unknown" });
    expect(state.error).toMatch(/cannot be reached.*ECONNREFUSED/);
  });

  it("still throws for a malformed URL: that is the workflow's to fix", async () => {
    await expect(readOperationalState("http://localhost:6379")).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe("projectState", () => {
  it("writes applied changes over the state read before (used when the read-back fails)", async () => {
    const { projectState } = await import("./change.js");
    const before = interpretState({
      killSwitch: "false",
      breaker: "OPEN",
      tripReason: null,
      lastReset: "t0",
    });
    const after = projectState(before, client, [
      { key: "cb:state", old: "OPEN", new: "TRIPPED", auditId: "1-0" },
      { key: "cb:trip_reason", old: null, new: "why", auditId: "1-1" },
    ]);
    expect(after).toMatchObject({
      killSwitch: "inactive",
      breaker: "TRIPPED",
      tripReason: "why",
      lastReset: "t0",
    });
  });
});
