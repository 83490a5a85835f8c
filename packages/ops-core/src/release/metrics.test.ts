// The "metrics normal" row: the Prometheus answer parsed, the comparison, the query over a real local
// HTTP server, the deploy engine reading before the restart and after the watch window, and the inputs.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Inputs } from "../action/inputs.js";
import { World } from "./__fixtures__/world.js";
import { readMetricsConfig } from "./config.js";
import { type DeployInputs, deploy } from "./deploy.js";
import {
  compareMetrics,
  type FetchLike,
  type MetricsConfig,
  parseQueryResult,
  queryMetric,
  queryUrl,
} from "./metrics.js";

const vector = (...values: string[]) =>
  JSON.stringify({
    status: "success",
    data: { resultType: "vector", result: values.map((v) => ({ metric: {}, value: [1764216000.5, v] })) },
  });

const config = (over: Partial<MetricsConfig> = {}): MetricsConfig => ({
  url: new URL("http://prom.test:9090"),
  query: 'sum(rate(http_requests_total{code=~"5.."}[5m]))',
  maxIncrease: 0.5,
  threshold: undefined,
  timeoutMs: 1000,
  ...over,
});

describe("parseQueryResult", () => {
  it("reads a single-series vector and a scalar", () => {
    expect(parseQueryResult(vector("0.25"))).toBe(0.25);
    expect(
      parseQueryResult(
        JSON.stringify({ status: "success", data: { resultType: "scalar", result: [1, "3"] } }),
      ),
    ).toBe(3);
  });

  it("says why there is no number", () => {
    expect(() => parseQueryResult("<html>")).toThrow(/not JSON/);
    expect(() =>
      parseQueryResult(
        JSON.stringify({ status: "error", errorType: "bad_data", error: "parse error at char 5" }),
      ),
    ).toThrow(/the query failed: parse error at char 5/);
    expect(() => parseQueryResult(vector())).toThrow(/no series/);
    expect(() => parseQueryResult(vector("1", "2"))).toThrow(/2 series: aggregate/);
    expect(() => parseQueryResult(vector("NaN"))).toThrow(/not a finite number/);
    expect(() =>
      parseQueryResult(JSON.stringify({ status: "success", data: { resultType: "matrix", result: [] } })),
    ).toThrow(/unsupported result type "matrix"/);
  });
});

describe("queryUrl", () => {
  it("appends /api/v1/query to the base path, the query encoded", () => {
    expect(queryUrl(new URL("http://h:9090"), "up == 1")).toBe(
      "http://h:9090/api/v1/query?query=up+%3D%3D+1",
    );
    expect(queryUrl(new URL("https://g/api/datasources/proxy/3/"), "x")).toBe(
      "https://g/api/datasources/proxy/3/api/v1/query?query=x",
    );
  });
});

describe("compareMetrics", () => {
  const v = (value: number) => ({ value });
  it("without a query the row is not checked, never ticked", () => {
    expect(compareMetrics(undefined, undefined, undefined)).toMatchObject({
      ok: undefined,
      evidence: "not checked (no metrics query configured)",
    });
  });

  it("after within +50% of before ticks; above fails; both values shown", () => {
    expect(compareMetrics(config(), v(0.2), v(0.29))).toMatchObject({ ok: true, before: 0.2, after: 0.29 });
    const bad = compareMetrics(config(), v(0.2), v(0.31));
    expect(bad.ok).toBe(false);
    expect(bad.evidence).toMatch(/0\.2 before → 0\.31 after \(\+55%; over \+50%\)/);
  });

  it("from zero any rise fails; zero to zero ticks", () => {
    expect(compareMetrics(config(), v(0), v(0.01)).ok).toBe(false);
    expect(compareMetrics(config(), v(0), v(0)).ok).toBe(true);
  });

  it("an absolute threshold decides alone, even without a value before", () => {
    const c = config({ threshold: 1 });
    expect(compareMetrics(c, { error: "down" }, v(0.9)).ok).toBe(true);
    expect(compareMetrics(c, v(0.1), v(1.5))).toMatchObject({ ok: false });
    expect(compareMetrics(c, v(0.1), v(1.5)).evidence).toMatch(
      /0\.1 before, 1\.5 after \(ABOVE the threshold 1\)/,
    );
  });

  it("a reading that failed leaves the row unticked with the reason", () => {
    expect(compareMetrics(config(), { error: "HTTP 503" }, v(1))).toMatchObject({
      ok: undefined,
      evidence: "not checked: before the deploy, HTTP 503",
    });
    expect(compareMetrics(config(), v(1), { error: "no answer within 1000 ms" }).evidence).toBe(
      "not checked: after the deploy, no answer within 1000 ms",
    );
  });
});

describe("queryMetric against a real local HTTP server answering the Prometheus shape", () => {
  let server: Server;
  let base: URL;
  const answers: Array<{ status: number; body: string; delayMs?: number }> = [];
  const asked: string[] = [];
  const auth: Array<string | undefined> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      asked.push(req.url ?? "");
      auth.push(req.headers.authorization);
      const a = answers.shift() ?? { status: 500, body: "no answer queued" };
      setTimeout(() => {
        res.writeHead(a.status, { "content-type": "application/json" });
        res.end(a.body);
      }, a.delayMs ?? 0);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/prom`);
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const fetchFn = globalThis.fetch as unknown as FetchLike;

  it("GETs /api/v1/query with the query and reads the number", async () => {
    answers.push({ status: 200, body: vector("0.042") });
    expect(await queryMetric(config({ url: base, query: "sum(rate(errors[5m]))" }), fetchFn)).toBe(0.042);
    expect(asked.at(-1)).toBe("/prom/api/v1/query?query=sum%28rate%28errors%5B5m%5D%29%29");
  });

  it("`user:password@` in metrics-url goes as an Authorization header, not in the URL (fetch refuses those)", async () => {
    answers.push({ status: 200, body: vector("0.5") });
    const withCredentials = new URL(base.href);
    withCredentials.username = "grafana";
    withCredentials.password = "m3trics-Pa55";
    expect(await queryMetric(config({ url: withCredentials }), fetchFn)).toBe(0.5);
    expect(auth.at(-1)).toBe(`Basic ${Buffer.from("grafana:m3trics-Pa55").toString("base64")}`);
  });

  it("an HTTP error and a timeout are errors that say so", async () => {
    answers.push({ status: 400, body: '{"status":"error","error":"bad query"}' });
    await expect(queryMetric(config({ url: base }), fetchFn)).rejects.toThrow(/HTTP 400: .*bad query/);
    answers.push({ status: 200, body: vector("1"), delayMs: 2000 });
    await expect(queryMetric(config({ url: base, timeoutMs: 200 }), fetchFn)).rejects.toThrow(
      /no answer within 200 ms/,
    );
  });
});

const NEW = "c0ffee0000000000000000000000000000000002";
const OLD = "abcdef0000000000000000000000000000000001";

function deployInputs(over: Partial<DeployInputs> = {}): DeployInputs {
  return {
    sha: NEW,
    branch: "master",
    environment: "production",
    requireApproval: false,
    requiredChecks: [],
    ignoreChecks: ["deploy"],
    ciTimeoutMs: 0,
    ciPollMs: 10_000,
    migrationsCheck: "migrations-tested",
    version: NEW,
    lockWaitMs: 0,
    lockTtlMs: 600_000,
    backupCommand: undefined,
    strategy: "down-up",
    keepReleases: 5,
    baseline: false,
    watchMs: 0,
    watchIntervalMs: 10_000,
    logErrorPattern: /ERROR/,
    logTailLines: 50,
    onFailure: "rollback",
    dryRun: false,
    incident: { kind: "summary" },
    run: { runUrl: "https://gh/o/r/actions/runs/42", actor: "carol", repository: "o/r" },
    ...over,
  };
}

function world(): World {
  const w = new World();
  w.seedRelease(OLD, { db: null, before: null, applied: [] });
  w.branchHead = NEW;
  w.checks = [{ name: "test", state: "success" }];
  return w;
}

/** A fake Prometheus: answers in order, noting which release was running when asked. */
function fakeProm(w: World, values: string[]) {
  const runningWhenAsked: Array<string | undefined> = [];
  const fetchFn: FetchLike = async () => {
    runningWhenAsked.push(w.running);
    const v = values.shift();
    return { ok: v !== undefined, status: v === undefined ? 503 : 200, text: async () => vector(v ?? "") };
  };
  return { fetchFn, runningWhenAsked };
}

describe("deploy with a metrics query", () => {
  const row = (r: Awaited<ReturnType<typeof deploy>>) => r.complete.find((c) => c.label === "Metrics normal");

  it("without the inputs the row says not checked", async () => {
    const r = await deploy(deployInputs(), world().deps());
    expect(r.status).toBe("success");
    expect(row(r)).toMatchObject({ ok: undefined, evidence: "not checked (no metrics query configured)" });
  });

  it("reads before the restart and after verification; normal metrics tick the row", async () => {
    const w = world();
    const prom = fakeProm(w, ["0.10", "0.12"]);
    const r = await deploy(deployInputs({ metrics: config() }), { ...w.deps(), fetch: prom.fetchFn });
    expect(r.status).toBe("success");
    expect(prom.runningWhenAsked).toEqual([OLD, NEW]);
    expect(row(r)).toMatchObject({ ok: true });
    expect(row(r)?.evidence).toMatch(/0\.1 before → 0\.12 after \(\+20%; within \+50%\)/);
    expect(r.metrics).toMatchObject({ before: 0.1, after: 0.12 });
  });

  it("metrics worse after the deploy fail the row and make the deploy a warning, not a rollback", async () => {
    const w = world();
    const prom = fakeProm(w, ["0.10", "0.40"]);
    const r = await deploy(deployInputs({ metrics: config() }), { ...w.deps(), fetch: prom.fetchFn });
    expect(r.status).toBe("warning");
    expect(w.running).toBe(NEW);
    expect(row(r)?.ok).toBe(false);
    expect(r.nextSteps.join(" ")).toMatch(/Metrics are not normal after the deploy/);
  });

  it("a metrics source that does not answer leaves the row unticked and the deploy a success", async () => {
    const w = world();
    const prom = fakeProm(w, []);
    const r = await deploy(deployInputs({ metrics: config() }), { ...w.deps(), fetch: prom.fetchFn });
    expect(r.status).toBe("success");
    expect(row(r)).toMatchObject({ ok: undefined });
    expect(row(r)?.evidence).toMatch(/not checked: after the deploy, HTTP 503/);
  });
});

describe("readMetricsConfig", () => {
  const read = (values: Record<string, string>) =>
    readMetricsConfig(
      new Inputs({ get: (name: string) => values[name], label: (name: string) => `input \`${name}\`` }),
    );
  it("neither input: no metrics; both: the config with defaults", () => {
    expect(read({})).toBeUndefined();
    expect(read({ "metrics-url": "http://prom:9090", "metrics-query": "up" })).toMatchObject({
      query: "up",
      maxIncrease: 0.5,
      threshold: undefined,
      timeoutMs: 10_000,
    });
  });
  it("refuses one without the other, a bad percentage, a bad threshold, a bad scheme", () => {
    expect(() => read({ "metrics-url": "http://prom:9090" })).toThrow(/input `metrics-query` is needed/);
    expect(() => read({ "metrics-query": "up" })).toThrow(/input `metrics-url` is needed/);
    const both = { "metrics-url": "http://prom:9090", "metrics-query": "up" };
    expect(() => read({ ...both, "metrics-max-increase": "50" })).toThrow(/not a percentage/);
    expect(read({ ...both, "metrics-max-increase": "20%" })?.maxIncrease).toBeCloseTo(0.2);
    expect(() => read({ ...both, "metrics-threshold": "lots" })).toThrow(/not a number/);
    expect(read({ ...both, "metrics-threshold": "0.05" })?.threshold).toBe(0.05);
    expect(() => read({ ...both, "metrics-url": "file:///etc/passwd" })).toThrow();
  });
});
