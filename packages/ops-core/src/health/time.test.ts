import { describe, expect, it } from "vitest";
import { FakeTime, sequenceRandom } from "./__fixtures__/fake-time.js";
import { fullJitterDelay, realSleep } from "./time.js";

describe("full jitter backoff", () => {
  it("draws uniformly below min(cap, base·2^(n-1))", () => {
    const opts = { baseMs: 50, capMs: 500 };
    expect(fullJitterDelay(1, opts, () => 0.999)).toBe(49);
    expect(fullJitterDelay(2, opts, () => 0.999)).toBe(99);
    expect(fullJitterDelay(4, opts, () => 0.999)).toBe(399);
    expect(fullJitterDelay(5, opts, () => 0.999)).toBe(499);
    expect(fullJitterDelay(40, opts, () => 0.999)).toBe(499);
    expect(fullJitterDelay(40, opts, () => 0)).toBe(0);
    expect(fullJitterDelay(3, opts, () => 0.5)).toBe(100);
  });
});

describe("virtual time", () => {
  it("fires sleeps in time order and jumps the clock", async () => {
    const time = new FakeTime();
    const order: string[] = [];
    await Promise.all([
      time.sleep(300).then(() => order.push(`a@${time.now}`)),
      time.sleep(100).then(() => order.push(`b@${time.now}`)),
      time.sleep(200).then(() => order.push(`c@${time.now}`)),
    ]);
    expect(order).toEqual(["b@100", "c@200", "a@300"]);
  });
  it("ends a sleep at once when its signal aborts", async () => {
    const time = new FakeTime();
    const stop = new AbortController();
    const long = time.sleep(60_000, stop.signal).then(() => time.now);
    await time.sleep(10);
    stop.abort();
    expect(await long).toBe(10);
  });
  it("cycles a random sequence", () => {
    const r = sequenceRandom([0.1, 0.9]);
    expect([r(), r(), r()]).toEqual([0.1, 0.9, 0.1]);
  });
});

describe("real sleep", () => {
  it("returns at once for an aborted signal or no wait", async () => {
    const stop = new AbortController();
    stop.abort();
    await realSleep(60_000, stop.signal);
    await realSleep(0);
  });
});
