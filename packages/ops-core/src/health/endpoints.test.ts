import { describe, expect, it } from "vitest";
import { FakeTime, sequenceRandom } from "./__fixtures__/fake-time.js";
import { FakeHttp, ok, type Scripted } from "./__fixtures__/fakes.js";
import { checkEndpoint, checkEndpoints, type EndpointPolicy } from "./endpoints.js";
import { parseStatusExpectation } from "./expect.js";

function fail(what: string): never {
  throw new Error(`test setup: ${what}`);
}

const URL_A = "http://a.test/health";
const URL_B = "http://b.test/health";

function policy(over: Partial<EndpointPolicy> = {}): EndpointPolicy {
  return {
    expect: {
      status: parseStatusExpectation("200") ?? fail("status"),
      json: [{ path: "status", value: "ok" }],
    },
    requestTimeoutMs: 1_000,
    successes: 2,
    samples: 5,
    baseIntervalMs: 50,
    maxIntervalMs: 500,
    confirmIntervalMs: 50,
    ...over,
  };
}

function setup(random = sequenceRandom([0.5])) {
  const time = new FakeTime();
  const http = new FakeHttp(time);
  return { time, http, deps: { get: http.get, clock: time.clock, sleep: time.sleep, random } };
}

const error500: Scripted = { status: 500, body: '{"status":"error"}' };

describe("checkEndpoint", () => {
  it("passes a healthy endpoint with consecutive successes, then samples", async () => {
    const { http, deps } = setup();
    http.route(URL_A, (_, n) => ok('{"status":"ok"}', n + 1));
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy(), deps, 60_000);
    expect(r.verdict).toBe("pass");
    expect(r.attempts).toBe(2);
    expect(r.requests).toBe(7);
    expect(r.status).toBe(200);
    // sample latencies 3..7 ms: nearest-rank p50 = 5, p95 = 7
    expect(r.samplesMs).toEqual([3, 4, 5, 6, 7]);
    expect(r.latency).toMatchObject({ samples: 5, p50Ms: 5, p95Ms: 7, minMs: 3, maxMs: 7 });
    expect(r.healthyAfterMs).toBe(1 + 50 + 2);
  });

  it("waits for a slow-starting endpoint with backoff and passes after retries", async () => {
    const { http, deps, time } = setup();
    http.route(URL_A, (at) =>
      at < 3_000 ? { error: "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:8001" } : ok(),
    );
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy(), deps, 60_000);
    expect(r.verdict).toBe("pass");
    expect(r.attempts).toBeGreaterThan(5);
    expect(r.lastError).toContain("ECONNREFUSED");
    expect(r.healthyAfterMs).toBeGreaterThanOrEqual(3_000);
    // Half-jitter draws (random 0.5): 25, 50, 100, 200, 250, 250…: healthy within one cap of turning up.
    expect(r.healthyAfterMs).toBeLessThan(3_000 + 250 + 60);
    const gaps = http.requests.slice(1).map((q, i) => q.at - (http.requests[i]?.at ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(250 + 2);
    expect(time.now).toBeLessThan(4_000);
  });

  it("fails at the deadline when the endpoint keeps answering 500, with the evidence", async () => {
    const { http, deps, time } = setup();
    http.route(URL_A, () => error500);
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy(), deps, 5_000);
    expect(r.verdict).toBe("fail");
    expect(r.status).toBe(500);
    expect(r.reason).toMatch(/^not healthy after \d+ attempt\(s\) in 5s: answered 500, expected 200$/);
    expect(r.body).toBe('{"status":"error"}');
    expect(r.lastError).toBe("answered 500, expected 200");
    expect(r.latency.samples).toBe(0);
    expect(time.now).toBe(5_000);
  });

  it("requires consecutive successes: a flapping endpoint fails", async () => {
    const { http, deps } = setup();
    http.route(URL_A, (_, n) => (n % 2 === 0 ? ok() : error500));
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy(), deps, 3_000);
    expect(r.verdict).toBe("fail");
  });

  it("checks the JSON body", async () => {
    const { http, deps } = setup();
    http.route(URL_A, () => ok('{"status":"degraded"}'));
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy(), deps, 2_000);
    expect(r.verdict).toBe("fail");
    expect(r.reason).toContain('JSON status is "degraded", expected "ok"');
  });

  it("times out slow requests with the per-request timeout", async () => {
    const { http, deps } = setup();
    http.route(URL_A, () => ({ status: 200, body: '{"status":"ok"}', latencyMs: 5_000 }));
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy({ requestTimeoutMs: 300 }), deps, 2_000);
    expect(r.verdict).toBe("fail");
    expect(r.lastError).toBe("no answer within 300 ms");
    expect(r.status).toBeUndefined();
  });

  it("is inconclusive, never a pass, when the deadline cuts the samples short", async () => {
    const { http, deps } = setup();
    http.route(URL_A, () => ok('{"status":"ok"}', 100));
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy({ samples: 10 }), deps, 800);
    expect(r.verdict).toBe("inconclusive");
    expect(r.reason).toMatch(/^healthy, but only [0-9] of 10 latency samples before the deadline$/);
    expect(r.healthyAfterMs).toBeDefined();
  });

  it("goes back to waiting when a sample fails, then passes with fresh samples", async () => {
    const { http, deps } = setup();
    http.route(URL_A, (_, n) => (n === 3 ? error500 : ok()));
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy(), deps, 10_000);
    expect(r.verdict).toBe("pass");
    expect(r.reason).toContain("failed again 1 time(s) while sampled");
    expect(r.samplesMs).toHaveLength(5);
  });

  it("stops waiting when told to, and says so", async () => {
    const { http, deps, time } = setup();
    http.route(URL_A, () => error500);
    const stop = new AbortController();
    const pending = checkEndpoint({ name: "a", url: URL_A }, policy(), deps, 60_000, stop.signal);
    await time.sleep(1_000);
    stop.abort();
    const r = await pending;
    expect(r.verdict).toBe("stopped");
    expect(r.reason).toContain("when another check failed: answered 500");
    expect(time.now).toBeLessThan(1_500);
  });

  it("hides a password in the URL it reports", async () => {
    const { http, deps } = setup();
    const url = "http://user:s3cret@a.test/health";
    http.route(url, () => ok());
    const r = await checkEndpoint({ name: "a", url }, policy({ samples: 0 }), deps, 1_000);
    expect(r.url).toBe("http://user:***@a.test/health");
    expect(JSON.stringify(r)).not.toContain("s3cret");
  });
});

describe("checkEndpoints", () => {
  it("probes every endpoint at the same time", async () => {
    const { http, deps, time } = setup();
    http.route(URL_A, (at) => (at < 2_000 ? error500 : ok()));
    http.route(URL_B, (at) => (at < 2_000 ? error500 : ok()));
    const [a, b] = await checkEndpoints(
      [
        { name: "a", url: URL_A },
        { name: "b", url: URL_B },
      ],
      policy(),
      deps,
      30_000,
    );
    expect(a?.verdict).toBe("pass");
    expect(b?.verdict).toBe("pass");
    // Run one after the other they would take twice as long.
    expect(time.now).toBeLessThan(2_500);
  });
});

describe("evidence at the deadline", () => {
  it("keeps the last real answer when the deadline cuts the final request short", async () => {
    const time = new FakeTime();
    const http = new FakeHttp(time);
    http.route(URL_A, () => ({ status: 500, body: "<h1>down</h1>", latencyMs: 30 }));
    const deps = { get: http.get, clock: time.clock, sleep: time.sleep, random: sequenceRandom([0.99]) };
    const r = await checkEndpoint({ name: "a", url: URL_A }, policy(), deps, 1_000);
    expect(r.verdict).toBe("fail");
    expect(r.status).toBe(500);
    expect(r.body).toBe("<h1>down</h1>");
    expect(r.reason).toMatch(/answered 500, expected 200$/);
  });
});
