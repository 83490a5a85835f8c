import { describe, expect, it } from "vitest";
import { compareEndpoint, compareWithBaseline, parseBaseline } from "./degradation.js";

const ten = (ms: number) => Array.from({ length: 10 }, () => ms);

describe("compareEndpoint: the runbook's thresholds on the median", () => {
  it.each([
    [100, 110, "pass"],
    [100, 119, "pass"],
    [100, 120, "warn"],
    [100, 150, "warn"],
    [100, 151, "fail"],
    [100, 300, "fail"],
    [100, 60, "pass"],
  ])("baseline %i ms, now %i ms → %s", (before, now, verdict) => {
    expect(compareEndpoint("api", ten(now), ten(before), 0).verdict).toBe(verdict);
  });
  it("says how much slower, in words", () => {
    expect(compareEndpoint("api", ten(160), ten(100), 0).reason).toBe(
      "median 100 ms → 160 ms (+60%): more than 50% slower",
    );
  });
  it("treats a slowdown under the tolerance as noise", () => {
    const r = compareEndpoint("api", ten(1.2), ten(0.5), 5);
    expect(r.verdict).toBe("pass");
    expect(r.reason).toContain("within the 5 ms tolerance");
    expect(compareEndpoint("api", ten(12), ten(5), 5).verdict).toBe("fail");
  });
  it("is inconclusive, never a pass, with too few samples on either side", () => {
    expect(compareEndpoint("api", [10, 10, 10, 10], ten(10), 0).verdict).toBe("inconclusive");
    expect(compareEndpoint("api", ten(10), [10], 0).verdict).toBe("inconclusive");
    expect(compareEndpoint("api", [], [], 0).reason).toBe(
      "too few samples to compare (0 now, 0 in the baseline; at least 5 each)",
    );
  });
  it("marks an endpoint the baseline does not have as new", () => {
    expect(compareEndpoint("api", ten(10), undefined, 0).verdict).toBe("new");
  });
});

describe("compareWithBaseline", () => {
  const baseline = {
    takenAt: "2026-11-26T10:00:00.000Z",
    endpoints: [
      { name: "a", samplesMs: ten(10) },
      { name: "b", samplesMs: ten(10) },
    ],
  };
  it("takes the worst endpoint", () => {
    const r = compareWithBaseline(
      [
        { name: "a", samplesMs: ten(10) },
        { name: "b", samplesMs: ten(13) },
      ],
      baseline,
      0,
    );
    expect(r.verdict).toBe("warn");
    expect(r.reason).toBe("b: median 10 ms → 13 ms (+30%): 20–50% slower");
    const failing = compareWithBaseline(
      [
        { name: "a", samplesMs: ten(20) },
        { name: "b", samplesMs: [1] },
      ],
      baseline,
      0,
    );
    expect(failing.verdict).toBe("fail");
  });
  it("is inconclusive when nothing can be compared", () => {
    expect(compareWithBaseline([{ name: "c", samplesMs: ten(1) }], baseline, 0).verdict).toBe("inconclusive");
    expect(
      compareWithBaseline(
        [
          { name: "a", samplesMs: ten(10) },
          { name: "b", samplesMs: [] },
        ],
        baseline,
        0,
      ).verdict,
    ).toBe("inconclusive");
  });
});

describe("parseBaseline", () => {
  it("reads an earlier report", () => {
    const b = parseBaseline(
      JSON.stringify({
        schema: 1,
        finishedAt: "2026-11-26T10:00:00.000Z",
        endpoints: [{ name: "a", samplesMs: [1, 2] }],
      }),
    );
    expect(b).toEqual({ takenAt: "2026-11-26T10:00:00.000Z", endpoints: [{ name: "a", samplesMs: [1, 2] }] });
  });
  it.each([
    ["{", /^not JSON/],
    ["[]", /^unsupported report schema undefined/],
    ['{"schema":2,"endpoints":[]}', /unsupported report schema 2/],
    ['{"schema":1}', /no endpoints list/],
    ['{"schema":1,"endpoints":[{"samplesMs":[]}]}', /endpoints\[0\] has no name/],
    ['{"schema":1,"endpoints":[{"name":"a","samplesMs":["1"]}]}', /non-negative numbers/],
  ])("refuses %s", (text, message) => {
    expect(() => parseBaseline(text)).toThrow(message);
  });
});
