import { describe, expect, it } from "vitest";
import { RecordingLogger } from "../action/logger.js";
import { FakeTime, sequenceRandom } from "./__fixtures__/fake-time.js";
import {
  container,
  FakeHttp,
  FakeStack,
  FakeState,
  fakeRunner,
  ok,
  openBreaker,
} from "./__fixtures__/fakes.js";
import { parseBaseline } from "./degradation.js";
import { parseStatusExpectation } from "./expect.js";
import { failsStep } from "./report.js";
import { runSmoke, type SmokeDeps, type SmokeInputs } from "./smoke.js";

const SERVICES = ["signal_service", "execution_gateway", "orchestrator"];
const URLS = {
  signal: "http://127.0.0.1:8001/health",
  gateway: "http://127.0.0.1:8002/health",
  orchestrator: "http://127.0.0.1:8003/health",
};

function inputs(over: Partial<SmokeInputs> = {}): SmokeInputs {
  return {
    endpoints: Object.entries(URLS).map(([name, url]) => ({ name, url })),
    expectStatus: parseStatusExpectation("200") ?? { codes: [200], classes: [], text: "200" },
    expectJson: [{ path: "status", value: "ok" }],
    timeoutMs: 30_000,
    requestTimeoutMs: 2_000,
    successes: 2,
    samples: 5,
    maxIntervalMs: 500,
    failFast: true,
    latencyToleranceMs: 0,
    stack: { services: [], observeMs: 3_000, pollMs: 500, logLines: 30 },
    breaker: { timeoutMs: 3_000 },
    ...over,
  };
}

function world() {
  const time = new FakeTime();
  const http = new FakeHttp(time);
  for (const url of Object.values(URLS)) http.route(url, () => ok());
  const logger = new RecordingLogger();
  let wall = Date.parse("2026-11-27T03:00:00.000Z");
  const deps: SmokeDeps = {
    get: http.get,
    clock: time.clock,
    sleep: time.sleep,
    random: sequenceRandom([0.3, 0.7, 0.5]),
    now: () => {
      wall += 1000;
      return new Date(wall);
    },
    stack: new FakeStack(SERVICES, () => SERVICES.map((s) => container(s))),
    state: new FakeState(openBreaker),
    run: fakeRunner({ stdout: "3 passed" }),
    files: { readFile: async () => "", resolvePath: (_, p) => p },
    logger,
  };
  return { time, http, deps, logger };
}

describe("runSmoke", () => {
  it("passes a healthy production with every check's evidence in a schema-1 report", async () => {
    const { deps } = world();
    const report = await runSmoke(
      inputs({ smokeTests: { argv: ["pytest", "tests/e2e/test_smoke.py"], timeoutMs: 60_000 } }),
      deps,
    );
    expect(report).toMatchObject({
      schema: 1,
      verdict: "pass",
      healthy: true,
      findings: [],
      cancelled: false,
      headline:
        "Production is healthy: 3 endpoint(s) healthy, 3 service(s) running, breaker OPEN, smoke tests passed",
      startedAt: "2026-11-27T03:00:01.000Z",
    });
    expect(report.endpoints.map((e) => [e.name, e.verdict, e.latency.samples])).toEqual([
      ["signal", "pass", 5],
      ["gateway", "pass", 5],
      ["orchestrator", "pass", 5],
    ]);
    expect(report.services).toMatchObject({ checked: true, verdict: "pass" });
    expect(report.breaker).toMatchObject({
      checked: true,
      verdict: "pass",
      state: "OPEN",
      killSwitch: { active: false },
    });
    expect(report.smokeTests).toMatchObject({ checked: true, verdict: "pass" });
    expect(report.degradation).toEqual({ checked: false, reason: "not configured" });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("fails naming the endpoint that answers 500, and skips the smoke tests", async () => {
    const { deps, http } = world();
    http.route(URLS.gateway, () => ({ status: 500, body: "Internal Server Error" }));
    const report = await runSmoke(
      inputs({ timeoutMs: 5_000, smokeTests: { argv: ["pytest"], timeoutMs: 60_000 } }),
      deps,
    );
    expect(report.verdict).toBe("fail");
    expect(report.findings).toEqual([
      expect.objectContaining({
        check: "endpoints",
        level: "fail",
        subject: "gateway",
        text: expect.stringMatching(
          /^gateway: not healthy after \d+ attempt\(s\) in 5s: answered 500, expected 200$/,
        ),
      }),
    ]);
    expect(report.headline).toMatch(/^Production is NOT healthy: gateway: /);
    expect(report.smokeTests).toEqual({ checked: false, reason: "skipped: the health checks failed" });
  });

  it("fails fast on a tripped breaker, with its reason, and stops waiting for the endpoints", async () => {
    const { deps, http, time } = world();
    http.route(URLS.signal, (at) => (at < 20_000 ? { error: "ECONNREFUSED" } : ok()));
    deps.state = new FakeState({
      ...openBreaker,
      cbState: "TRIPPED",
      tripReason: "max drawdown 8% exceeded",
    });
    const report = await runSmoke(inputs(), deps);
    expect(report.verdict).toBe("fail");
    expect(report.findings[0]?.text).toBe("circuit breaker TRIPPED: max drawdown 8% exceeded");
    expect(report.endpoints[0]?.verdict).toBe("stopped");
    expect(report.services).toMatchObject({ verdict: "stopped" });
    expect(time.now).toBeLessThan(1_000);
  });

  it("waits the whole timeout on the other checks when fail-fast is off", async () => {
    const { deps, http, time } = world();
    http.route(URLS.signal, (at) => (at < 4_000 ? { error: "ECONNREFUSED" } : ok()));
    deps.state = new FakeState({ ...openBreaker, cbState: "TRIPPED", tripReason: "manual" });
    const report = await runSmoke(inputs({ failFast: false }), deps);
    expect(report.verdict).toBe("fail");
    expect(report.endpoints[0]?.verdict).toBe("pass");
    expect(time.now).toBeGreaterThan(4_000);
  });

  it("fails a crash-looping service on its restart count", async () => {
    const { deps } = world();
    deps.stack = new FakeStack(SERVICES, (n) =>
      SERVICES.map((s) => container(s, { restartCount: s === "orchestrator" ? 5 + n : 0 })),
    );
    const report = await runSmoke(inputs(), deps);
    expect(report.verdict).toBe("fail");
    expect(report.findings[0]).toMatchObject({ check: "services", subject: "orchestrator" });
    expect(report.findings[0]?.text).toContain("restart count 5 → 6");
  });

  it("gives a clear verdict when Redis does not answer, within its timeout", async () => {
    const { deps, time } = world();
    deps.state = new FakeState(() => new Promise(() => undefined));
    const report = await runSmoke(inputs({ stack: undefined }), deps);
    expect(report.verdict).toBe("fail");
    expect(report.findings[0]?.text).toBe(
      "Redis unreachable at redis://localhost:6379/0: no answer within 3000 ms; circuit breaker and kill switch unknown",
    );
    expect(time.now).toBeLessThanOrEqual(3_000);
  });

  it("reports the kill switch as a warning without failing", async () => {
    const { deps } = world();
    deps.state = new FakeState({ ...openBreaker, killSwitch: "true" });
    const report = await runSmoke(inputs({ stack: undefined }), deps);
    expect(report.verdict).toBe("pass");
    expect(report.findings).toEqual([
      { check: "kill-switch", level: "warn", text: "kill switch is ON: trading is stopped" },
    ]);
  });

  it("compares with a baseline taken from an earlier report", async () => {
    const first = world();
    const before = await runSmoke(inputs({ stack: undefined, breaker: undefined }), first.deps);
    const baseline = parseBaseline(JSON.stringify(before));
    const slow = world();
    slow.http.route(URLS.gateway, () => ok('{"status":"ok"}', 10));
    const after = await runSmoke(inputs({ stack: undefined, breaker: undefined, baseline }), slow.deps);
    expect(after.verdict).toBe("fail");
    expect(after.degradation).toMatchObject({ checked: true, verdict: "fail" });
    expect(after.findings[0]?.text).toBe(
      "latency degraded: gateway: median 2 ms → 10 ms (+400%): more than 50% slower",
    );
  });

  it("is inconclusive, not a pass, with too few samples for the baseline", async () => {
    const { deps } = world();
    const baseline = {
      takenAt: undefined,
      endpoints: Object.keys(URLS).map((name) => ({ name, samplesMs: [2, 2, 2, 2, 2] })),
    };
    const report = await runSmoke(
      inputs({ stack: undefined, breaker: undefined, samples: 2, baseline }),
      deps,
    );
    expect(report.verdict).toBe("inconclusive");
    expect(report.healthy).toBe(false);
    expect(report.headline).toMatch(/^Could not confirm production is healthy: latency comparison: /);
  });

  it("ends quickly and says so when the run is cancelled", async () => {
    const { deps, http, time } = world();
    http.route(URLS.signal, () => ({ error: "ECONNREFUSED" }));
    const cancel = new AbortController();
    deps.signal = cancel.signal;
    const pending = runSmoke(inputs({ stack: undefined, breaker: undefined }), deps);
    await time.sleep(2_000);
    cancel.abort();
    const report = await pending;
    expect(report.cancelled).toBe(true);
    expect(report.verdict).toBe("inconclusive");
    expect(time.now).toBeLessThan(2_600);
  });
});

describe("failsStep", () => {
  it.each([
    ["pass", "fail", false],
    ["fail", "fail", true],
    ["inconclusive", "fail", false],
    ["inconclusive", "inconclusive", true],
    ["fail", "inconclusive", true],
    ["fail", "never", false],
  ] as const)("verdict %s with fail-on %s → %s", (verdict, failOn, fails) => {
    expect(failsStep(verdict, failOn)).toBe(fails);
  });
});

describe("runSmoke: a hard failure fails fast (fail-fast-after)", () => {
  const E500 = { status: 500, body: '{"status":"error"}' };
  it("a steady 500 fails after fail-fast-after, not at the timeout; the cause names the answer", async () => {
    const { time, http, deps } = world();
    http.route(URLS.orchestrator, () => E500);
    const report = await runSmoke(inputs({ timeoutMs: 60_000, failFastAfterMs: 10_000 }), deps);
    expect(report.verdict).toBe("fail");
    const o = report.endpoints.find((e) => e.name === "orchestrator");
    expect(o?.verdict).toBe("fail");
    expect(o?.reason).toMatch(
      /^answered 500 \(expected 200\) on every probe for 10(\.\d)? s, \d+ tries \(fail-fast-after 10 s\): a hard failure/,
    );
    expect(time.now).toBeGreaterThanOrEqual(10_000);
    expect(time.now).toBeLessThan(12_000);
  });

  it("a service still starting (503, then no answer) keeps the whole timeout and passes when it comes up", async () => {
    const { http, deps } = world();
    http.route(URLS.orchestrator, (at) =>
      at < 20_000
        ? { status: 503, body: '{"status":"starting"}' }
        : at < 35_000
          ? { error: "ETIMEDOUT" }
          : ok(),
    );
    const report = await runSmoke(inputs({ timeoutMs: 60_000, failFastAfterMs: 10_000 }), deps);
    expect(report.verdict).toBe("pass");
  });

  it("refusing connections counts only while its container runs past its start period", async () => {
    const { time, http, deps } = world();
    http.route(URLS.orchestrator, () => ({ error: "connect ECONNREFUSED 127.0.0.1:8003" }));
    // Started "now" with a 30 s start period: the window opens 30 s in (a wall clock on virtual time).
    const wall = Date.parse("2026-11-27T03:00:00.000Z");
    deps.now = () => new Date(wall + time.now);
    deps.stack = new FakeStack(SERVICES, () =>
      SERVICES.map((s) =>
        container(
          s,
          s === "orchestrator" ? { startedAt: new Date(wall).toISOString(), startPeriodMs: 30_000 } : {},
        ),
      ),
    );
    const report = await runSmoke(
      inputs({
        timeoutMs: 120_000,
        failFastAfterMs: 10_000,
        endpoints: [{ name: "orchestrator", url: URLS.orchestrator }],
      }),
      deps,
    );
    expect(report.endpoints[0]?.reason).toMatch(
      /refused the connection while its container ran .*hard failure/,
    );
    expect(time.now).toBeGreaterThanOrEqual(40_000);
    expect(time.now).toBeLessThan(45_000);
  });
});
