import { describe, expect, it } from "vitest";
import { FakeTime } from "./__fixtures__/fake-time.js";
import { FakeState, openBreaker } from "./__fixtures__/fakes.js";
import { checkBreaker, judgeBreaker } from "./breaker.js";

describe("judgeBreaker", () => {
  it("passes only the exact string OPEN", () => {
    expect(judgeBreaker(openBreaker, "r").verdict).toBe("pass");
    for (const cbState of ["open", "OPEN ", "CLOSED", "", null]) {
      expect(judgeBreaker({ ...openBreaker, cbState }, "r").verdict).toBe("fail");
    }
    expect(judgeBreaker({ ...openBreaker, cbState: null }, "r").reason).toBe(
      "circuit breaker state unknown: cb:state is not set",
    );
  });
  it("fails TRIPPED with its reason", () => {
    const r = judgeBreaker({ ...openBreaker, cbState: "TRIPPED", tripReason: "daily loss limit hit" }, "r");
    expect(r).toMatchObject({
      verdict: "fail",
      reason: "circuit breaker TRIPPED: daily loss limit hit",
      tripReason: "daily loss limit hit",
    });
    expect(judgeBreaker({ ...openBreaker, cbState: "TRIPPED" }, "r").reason).toBe(
      "circuit breaker TRIPPED: no cb:trip_reason recorded",
    );
  });
  it("reports the kill switch without deciding on it", () => {
    expect(judgeBreaker({ ...openBreaker, killSwitch: "true" }, "r")).toMatchObject({
      verdict: "pass",
      killSwitch: { active: true, raw: "true" },
    });
    expect(judgeBreaker({ ...openBreaker, killSwitch: null }, "r").killSwitch).toEqual({
      active: undefined,
      raw: null,
    });
  });
});

describe("checkBreaker", () => {
  it("reads and judges", async () => {
    const time = new FakeTime();
    const r = await checkBreaker(new FakeState(openBreaker), { timeoutMs: 3_000, sleep: time.sleep });
    expect(r).toMatchObject({ verdict: "pass", reachable: true, state: "OPEN" });
  });
  it("turns an unreachable Redis into an explicit verdict", async () => {
    const time = new FakeTime();
    const port = new FakeState(() => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6390")));
    const r = await checkBreaker(port, { timeoutMs: 3_000, sleep: time.sleep });
    expect(r).toMatchObject({
      verdict: "fail",
      reachable: false,
      state: undefined,
      killSwitch: { active: undefined },
    });
    expect(r.reason).toBe(
      "Redis unreachable at redis://localhost:6379/0: connect ECONNREFUSED 127.0.0.1:6390; circuit breaker and kill switch unknown",
    );
  });
  it("gives up on a Redis that never answers after the timeout, never hanging", async () => {
    const time = new FakeTime();
    const port = new FakeState(() => new Promise(() => undefined));
    const r = await checkBreaker(port, { timeoutMs: 3_000, sleep: time.sleep });
    expect(r.verdict).toBe("fail");
    expect(r.error).toBe("no answer within 3000 ms");
    expect(time.now).toBe(3_000);
  });
});
