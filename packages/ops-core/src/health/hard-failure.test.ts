import { describe, expect, it } from "vitest";
import { HardFailureWatch, isHardStatus, networkCode } from "./hard-failure.js";

const up = { running: true, ready: true };

describe("hard failure", () => {
  it("5xx but 503 is hard; a refused connection is hard only while the container runs past its start period", () => {
    expect([500, 502, 504, 599].map(isHardStatus)).toEqual([true, true, true, true]);
    expect([503, 404, 200].map(isHardStatus)).toEqual([false, false, false]);
    expect(
      networkCode(
        new TypeError("fetch failed", { cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }) }),
      ),
    ).toBe("ECONNREFUSED");
    expect(
      networkCode(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:1") })),
    ).toBe("ECONNREFUSED");
    const w = new HardFailureWatch(10_000);
    expect(w.record({ kind: "refused" }, 0, { running: true, ready: false })).toBeUndefined();
    expect(w.record({ kind: "refused" }, 20_000, { running: false, ready: true })).toBeUndefined();
    expect(w.record({ kind: "refused" }, 30_000, undefined)).toBeUndefined();
    expect(w.record({ kind: "refused" }, 40_000, up)).toBeUndefined();
    expect(w.record({ kind: "refused" }, 50_000, up)).toEqual({
      what: "refused the connection while its container ran",
      tries: 2,
      forMs: 10_000,
    });
  });

  it("a steady 500 fails after the window; any other answer in between restarts it", () => {
    const w = new HardFailureWatch(10_000);
    expect(w.record({ kind: "answer", status: 500 }, 0, undefined)).toBeUndefined();
    expect(w.record({ kind: "answer", status: 500 }, 9_000, undefined)).toBeUndefined();
    expect(w.record({ kind: "answer", status: 503 }, 9_500, undefined)).toBeUndefined();
    expect(w.record({ kind: "answer", status: 500 }, 10_000, undefined)).toBeUndefined();
    expect(w.record({ kind: "other" }, 15_000, undefined)).toBeUndefined();
    expect(w.record({ kind: "answer", status: 502 }, 16_000, undefined)).toBeUndefined();
    expect(w.record({ kind: "answer", status: 500 }, 26_000, undefined)).toEqual({
      what: "answered 502/500",
      tries: 2,
      forMs: 10_000,
    });
    // Off at 0.
    expect(new HardFailureWatch(0).record({ kind: "answer", status: 500 }, 1, undefined)).toBeUndefined();
  });
});
