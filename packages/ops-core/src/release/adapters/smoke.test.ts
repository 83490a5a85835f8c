// The smoke adapter's pure parts: the baseline the deploy engine hands back (a HealthReport whose `raw`
// is the smoke report) and degradation that ignores slowdowns within the tolerance.

import { describe, expect, it } from "vitest";
import type { HealthReport } from "../ports.js";
import { baselineOf, healthFromSmoke } from "./smoke.js";

const smokeReport = {
  schema: 1,
  verdict: "pass",
  healthy: true,
  headline: "Production is healthy",
  findings: [],
  finishedAt: "2026-11-27T03:00:00.000Z",
  endpoints: [
    {
      name: "signal",
      verdict: "pass",
      reason: "200",
      latency: { samples: 5, p50Ms: 2 },
      samplesMs: [2, 2, 2, 3, 2],
    },
  ],
  services: { checked: false, reason: "skipped" },
  breaker: { checked: false, reason: "skipped" },
  smokeTests: { checked: false, reason: "skipped" },
  degradation: { checked: false, reason: "no baseline" },
};

function degraded(endpoints: object[], toleranceMs = 5) {
  return {
    ...smokeReport,
    degradation: { checked: true, verdict: "pass", reason: "", toleranceMs, endpoints },
  };
}

describe("baselineOf", () => {
  it("reads the baseline from the HealthReport the engine keeps (its raw smoke report)", () => {
    const earlier: HealthReport = { ...healthFromSmoke(smokeReport as never), raw: smokeReport };
    expect(baselineOf(earlier)).toEqual({
      takenAt: "2026-11-27T03:00:00.000Z",
      endpoints: [{ name: "signal", samplesMs: [2, 2, 2, 3, 2] }],
    });
  });

  it("reads a smoke report directly, and nothing from something else", () => {
    expect(baselineOf(smokeReport)?.endpoints).toHaveLength(1);
    expect(baselineOf(undefined)).toBeUndefined();
    expect(baselineOf({ verdict: "pass", raw: undefined })).toBeUndefined();
    expect(baselineOf({ raw: { endpoints: "no" } })).toBeUndefined();
  });
});

describe("healthFromSmoke degradation", () => {
  it("a slowdown beyond the tolerance counts", () => {
    const h = healthFromSmoke(
      degraded([{ name: "signal", change: 1.5, baselineP50Ms: 10, currentP50Ms: 25 }]) as never,
    );
    expect(h.degradationPct).toBeCloseTo(150);
  });

  it("a slowdown within the tolerance is noise: 0%, whatever the ratio", () => {
    const h = healthFromSmoke(
      degraded([
        { name: "signal", change: 1.25, baselineP50Ms: 0.4, currentP50Ms: 0.9 },
        { name: "gateway", change: 0.3, baselineP50Ms: 2, currentP50Ms: 2.6 },
      ]) as never,
    );
    expect(h.degradationPct).toBe(0);
  });

  it("the worst endpoint beyond the tolerance wins over a bigger ratio within it", () => {
    const h = healthFromSmoke(
      degraded([
        { name: "signal", change: 3, baselineP50Ms: 1, currentP50Ms: 4 },
        { name: "gateway", change: 0.6, baselineP50Ms: 100, currentP50Ms: 160 },
      ]) as never,
    );
    expect(h.degradationPct).toBeCloseTo(60);
  });

  it("no endpoint compared: no degradation figure", () => {
    const h = healthFromSmoke(degraded([{ name: "signal", change: undefined }]) as never);
    expect(h.degradationPct).toBeUndefined();
  });
});

describe("healthFromSmoke: when service was restored", () => {
  const endpoint = (name: string, healthyAfterMs: number | undefined) => ({
    ...smokeReport.endpoints[0],
    name,
    healthyAfterMs,
  });
  it("is the last endpoint's confirmed health, not the end of the crash-loop watch", () => {
    const h = healthFromSmoke({
      ...smokeReport,
      endpoints: [endpoint("signal", 120), endpoint("gateway", 480), endpoint("orchestrator", 95)],
    } as never);
    expect(h.healthyAfterMs).toBe(480);
  });
  it("is not known while an endpoint never answered healthy, nor without endpoints", () => {
    const h = healthFromSmoke({
      ...smokeReport,
      endpoints: [endpoint("signal", 120), endpoint("gateway", undefined)],
    } as never);
    expect(h.healthyAfterMs).toBeUndefined();
    expect(healthFromSmoke({ ...smokeReport, endpoints: [] } as never).healthyAfterMs).toBeUndefined();
  });
});
