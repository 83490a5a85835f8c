import { describe, expect, it } from "vitest";
import { causesOf } from "./cause.js";
import type { SmokeReport } from "./report.js";

const endpoint = (over: Record<string, unknown>) => ({
  name: "orchestrator",
  url: "http://127.0.0.1:8003/health",
  verdict: "fail",
  reason: "not healthy after 55 attempt(s) in 15.1s: answered 500, expected 200",
  status: 500,
  attempts: 55,
  requests: 55,
  healthyAfterMs: undefined,
  lastError: "answered 500, expected 200",
  body: undefined,
  latency: { samples: 0 },
  samplesMs: [],
  durationMs: 15_100,
  ...over,
});

function report(over: Partial<SmokeReport>): SmokeReport {
  return {
    verdict: "fail",
    headline: "Production is NOT healthy: x",
    settings: { expectStatus: "200" },
    endpoints: [],
    services: { checked: false, reason: "not configured" },
    breaker: { checked: false, reason: "not configured" },
    smokeTests: { checked: false, reason: "not configured" },
    degradation: { checked: false, reason: "not configured" },
    ...over,
  } as unknown as SmokeReport;
}

describe("the cause of a failed smoke run", () => {
  it("names the failing check and its evidence", () => {
    expect(causesOf(report({ endpoints: [endpoint({})] as never }))).toEqual([
      "orchestrator /health answered 500 (expected 200), 55 tries in 15 s",
    ]);
    expect(
      causesOf(
        report({
          endpoints: [
            endpoint({
              reason:
                "answered 500 (expected 200) on every probe for 10.2 s, 24 tries (fail-fast-after 10 s): a hard failure, not a slow start",
            }),
            endpoint({
              name: "signal",
              url: "http://h:1/healthz",
              status: undefined,
              lastError: "ECONNREFUSED: connect ECONNREFUSED",
              attempts: 1,
              durationMs: 900,
            }),
          ] as never,
          smokeTests: { checked: true, verdict: "fail", reason: "1 of 3 tests failed: test_orders" } as never,
        }),
      ),
    ).toEqual([
      "orchestrator /health answered 500 (expected 200) on every probe for 10.2 s, 24 tries (fail-fast-after 10 s)",
      "signal /healthz: ECONNREFUSED: connect ECONNREFUSED, 1 try in 0.9 s",
      "smoke tests: 1 of 3 tests failed: test_orders",
    ]);
    expect(causesOf(report({ verdict: "pass" }))).toEqual([]);
  });
});
