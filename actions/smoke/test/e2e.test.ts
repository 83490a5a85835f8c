// End to end: the COMMITTED bundle (dist/index.js) run by the runner harness under Node 24, against the
// example stack (examples/stack) on a private dockerd, a real redis-server and the stack's own pytest smoke
// tests. Assertions are on GITHUB_OUTPUT, the step summary and the workflow commands on stdout.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDocker } from "@ops/testkit/docker";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { commandsOf, type RunActionResult, runAction } from "@ops/testkit/runner";
import {
  buildRelease,
  STACK_DIR,
  type StackEnv,
  type StackService,
  stackEnv,
  stackUp,
  teardownStack,
  type Variant,
} from "@ops/testkit/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface Report {
  schema: number;
  verdict: string;
  headline: string;
  findings: Array<{ check: string; level: string; subject?: string; text: string }>;
  endpoints: Array<{
    name: string;
    verdict: string;
    status?: number;
    attempts: number;
    latency: { samples: number };
  }>;
  services: {
    checked: boolean;
    verdict?: string;
    services?: Array<{
      service: string;
      verdict: string;
      health?: string;
      restartCount?: number;
      logTail?: string;
    }>;
  };
  breaker: {
    checked: boolean;
    verdict?: string;
    state?: string | null;
    reachable?: boolean;
    killSwitch?: { active?: boolean };
  };
  smokeTests: {
    checked: boolean;
    verdict?: string;
    junit?: { tests: number; passed: number; failures: number };
  };
}

function report(result: RunActionResult): Report {
  const text = result.outputs.report;
  if (!text) throw new Error(`no report output; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  return JSON.parse(text) as Report;
}

const docker = testDocker();
const stacks: StackEnv[] = [];
let good: StackEnv;
let redis: RedisServer;

/** A stack of its own (ports, project, image prefix) running `variant`. */
async function stackWith(
  variant: Variant | Partial<Record<StackService, Variant>>,
  options: { slowStartS?: number } = {},
) {
  const stack = await stackEnv(docker, { release: "1.0.0" });
  stacks.push(stack);
  await buildRelease(docker, "1.0.0", variant, { prefix: stack.prefix, ...options });
  await stackUp(stack);
  return stack;
}

function smoke(
  inputs: Record<string, string>,
  stack?: StackEnv,
  env: Record<string, string> = {},
): Promise<RunActionResult> {
  return runAction({ action: "smoke", inputs, env: { ...stack?.vars, ...env }, timeoutMs: 120_000 });
}

const composeInputs = (stack: StackEnv) => ({
  "compose-file": stack.composeFile,
  "compose-project": stack.project,
  "compose-command": "docker-compose",
});

beforeAll(async () => {
  [good, redis] = await Promise.all([stackWith("good"), startRedis()]);
  await redisCli(redis, [
    "MSET",
    "cb:state",
    "OPEN",
    "killswitch:active",
    "false",
    "cb:last_reset",
    "2026-11-27T00:00:00Z",
  ]);
});

afterAll(async () => {
  await Promise.all([...stacks.map((s) => teardownStack(docker, s)), redis?.stop()]);
});

describe("actions/smoke: committed bundle, example stack, real Docker and Redis", () => {
  it("passes a healthy stack — endpoints, services, breaker and the stack's pytest smoke tests", async () => {
    // Nothing is written into examples/stack: no bytecode, no pytest cache, the JUnit report in a temp dir.
    const junitDir = await mkdtemp(join(tmpdir(), "smoke-junit-"));
    const junit = join(junitDir, "smoke-junit.xml");
    const result = await smoke(
      {
        endpoints: good.endpoints,
        "expect-json": "status=ok\nversion=1.0.0",
        ...composeInputs(good),
        observe: "1s",
        "redis-url": redis.url,
        "smoke-command": `python3 -m pytest -q -p no:cacheprovider tests/e2e/test_smoke.py --junitxml=${junit}`,
        "working-directory": STACK_DIR,
        "junit-path": junit,
      },
      good,
      { EXPECT_RELEASE: "1.0.0", PYTHONDONTWRITEBYTECODE: "1" },
    ).finally(() => rm(junitDir, { recursive: true, force: true }));
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe("pass");
    expect(result.outputs.healthy).toBe("true");
    const r = report(result);
    expect(r.schema).toBe(1);
    expect(r.endpoints.map((e) => [e.name, e.verdict, e.status, e.latency.samples])).toEqual([
      ["signal_service", "pass", 200, 10],
      ["execution_gateway", "pass", 200, 10],
      ["orchestrator", "pass", 200, 10],
    ]);
    expect(r.services.verdict).toBe("pass");
    expect(r.services.services?.map((s) => [s.service, s.verdict, s.health])).toEqual([
      ["signal_service", "pass", "healthy"],
      ["execution_gateway", "pass", "healthy"],
      ["orchestrator", "pass", "healthy"],
    ]);
    expect(r.breaker).toMatchObject({ verdict: "pass", state: "OPEN", killSwitch: { active: false } });
    expect(r.smokeTests.verdict).toBe("pass");
    expect(r.smokeTests.junit?.failures).toBe(0);
    expect(r.smokeTests.junit?.passed).toBeGreaterThan(0);
    expect(result.summary.startsWith("## ✅ Smoke check passed")).toBe(true);
    for (const row of [
      "All services up and running",
      "Health checks pass on every service",
      "Circuit breaker OPEN",
      "Smoke tests pass",
    ]) {
      expect(result.summary).toContain(`- [x] ${row}`);
    }
    expect(result.summary).toContain("- [ ] ➖ No performance degradation");
    // The Redis URL is masked before anything could print it.
    expect(commandsOf(result, "add-mask").map((c) => c.data)).toContain(redis.url);
  });

  it("fails naming the service whose health answers 500", async () => {
    const bad = await stackWith({ execution_gateway: "health500" });
    const result = await smoke(
      { endpoints: bad.endpoints, ...composeInputs(bad), timeout: "5s", observe: "1s" },
      bad,
    );
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe("fail");
    expect(result.outputs.healthy).toBe("false");
    const r = report(result);
    expect(r.findings[0]).toMatchObject({ check: "endpoints", level: "fail", subject: "execution_gateway" });
    expect(r.findings[0]?.text).toMatch(/answered 500, expected 200$/);
    expect(r.endpoints.find((e) => e.name === "signal_service")?.verdict).toBe("pass");
    expect(commandsOf(result, "error")[0]?.data).toMatch(
      /^smoke: fail: Production is NOT healthy: execution_gateway: /,
    );
    expect(result.summary).toContain("| execution\\_gateway | ❌ fail | 500 |");
  });

  it("fails a crash-looping container on its restart count, with its logs", async () => {
    const bad = await stackWith({ orchestrator: "crashloop" });
    const result = await smoke(
      {
        endpoints: bad.endpoints
          .split("\n")
          .filter((l) => !l.startsWith("orchestrator="))
          .join("\n"),
        ...composeInputs(bad),
        timeout: "30s",
      },
      bad,
    );
    expect(result.outputs.verdict).toBe("fail");
    const r = report(result);
    const orchestrator = r.services.services?.find((s) => s.service === "orchestrator");
    expect(orchestrator?.verdict).toBe("fail");
    const finding = r.findings.find((f) => f.subject === "orchestrator");
    expect(finding?.text).toMatch(
      /orchestrator: (restarted \d+ time\(s\) during the check|restarting: crash loop)/,
    );
    expect(finding?.text).toMatch(/restart count \d+/);
    expect(orchestrator?.logTail).toMatch(/ERROR|fatal/i);
    expect(result.summary).toContain("Last log lines of orchestrator");
    // The healthy services are not blamed.
    expect(r.findings.every((f) => f.subject === "orchestrator")).toBe(true);
  });

  it("passes a slow-starting service after retries", async () => {
    const slow = await stackWith({ orchestrator: "slow" }, { slowStartS: 4 });
    const result = await smoke(
      { endpoints: slow.endpoints, ...composeInputs(slow), timeout: "40s", observe: "1s" },
      slow,
    );
    expect(result.outputs.verdict).toBe("pass");
    expect(result.exitCode).toBe(0);
    const orchestrator = report(result).endpoints.find((e) => e.name === "orchestrator");
    expect(orchestrator?.attempts).toBeGreaterThan(3);
  });

  it("fails a release more than 50% slower than the baseline (an earlier report, read from a file)", async () => {
    const before = await smoke({ endpoints: good.endpoints, samples: "10" }, good);
    expect(before.outputs.verdict).toBe("pass");
    const dir = await mkdtemp(join(tmpdir(), "smoke-baseline-"));
    const baseline = join(dir, "baseline.json");
    await writeFile(baseline, before.outputs.report ?? "");
    try {
      // The same release, but the gateway answers 250 ms later (DELAY_MS baked into its image only).
      const slow = await stackEnv(docker, { release: "1.0.0" });
      stacks.push(slow);
      await buildRelease(docker, "1.0.0", "good", {
        prefix: slow.prefix,
        services: ["signal_service", "orchestrator"],
      });
      await buildRelease(docker, "1.0.0", "good", {
        prefix: slow.prefix,
        services: ["execution_gateway"],
        delayMs: 250,
      });
      await stackUp(slow);
      // A tolerance above this loaded machine's noise (a few ms between two stacks), far below the 250 ms.
      const result = await smoke(
        { endpoints: slow.endpoints, samples: "10", timeout: "30s", baseline, "latency-tolerance": "50ms" },
        slow,
      );
      expect(result.outputs.verdict).toBe("fail");
      const r = report(result) as Report & {
        degradation: { verdict: string; endpoints: Array<{ name: string; verdict: string }> };
      };
      expect(r.degradation.verdict).toBe("fail");
      expect(r.degradation.endpoints.map((e) => [e.name, e.verdict])).toEqual([
        ["signal_service", "pass"],
        ["execution_gateway", "fail"],
        ["orchestrator", "pass"],
      ]);
      expect(r.findings[0]?.text).toMatch(
        /^latency degraded: execution_gateway: median .+ more than 50% slower$/,
      );
      expect(result.summary).toContain("- [ ] ❌ No performance degradation");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails on a TRIPPED breaker with its reason, and reports the kill switch", async () => {
    const tripped = await startRedis();
    try {
      await redisCli(tripped, [
        "MSET",
        "ops:cb:state",
        "TRIPPED",
        "ops:cb:trip_reason",
        "daily loss limit -5% hit at 14:02",
        "ops:killswitch:active",
        "true",
      ]);
      const result = await smoke({
        endpoints: good.endpoints,
        "redis-url": tripped.url,
        "key-prefix": "ops:",
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.verdict).toBe("fail");
      const r = report(result);
      expect(r.findings[0]?.text).toBe("circuit breaker TRIPPED: daily loss limit -5% hit at 14:02");
      expect(r.breaker).toMatchObject({ state: "TRIPPED", killSwitch: { active: true } });
      expect(result.summary).toContain("kill switch | ⛔ ON");
      expect(result.summary).toContain("- [ ] ❌ Circuit breaker OPEN");
    } finally {
      await tripped.stop();
    }
  });

  it("gives a clear verdict within seconds when Redis is stopped", async () => {
    const gone = await startRedis();
    const url = gone.url;
    await gone.stop();
    const result = await smoke({ endpoints: good.endpoints, "redis-url": url, "redis-timeout": "2s" });
    expect(result.outputs.verdict).toBe("fail");
    const r = report(result);
    expect(r.breaker).toMatchObject({ verdict: "fail", reachable: false });
    expect(r.findings[0]?.text).toMatch(
      /^Redis unreachable at redis:\/\/127\.0\.0\.1:\d+\/?: .+; circuit breaker and kill switch unknown$/,
    );
    // Not a speed assertion: a hang would run into the harness's 120 s limit.
    expect(result.timedOut).toBe(false);
  });
  it("gives a verdict within its timeout when Redis is frozen (accepts, never answers)", async () => {
    const frozen = await startRedis();
    try {
      frozen.pause();
      const result = await smoke({
        endpoints: good.endpoints,
        "redis-url": frozen.url,
        "redis-timeout": "2s",
      });
      expect(result.outputs.verdict).toBe("fail");
      const r = report(result);
      expect(r.breaker).toMatchObject({ verdict: "fail", reachable: false });
      expect(r.findings[0]?.text).toMatch(
        /^Redis unreachable at .+; circuit breaker and kill switch unknown$/,
      );
      expect(result.timedOut).toBe(false);
      expect(result.exitCode).toBe(1);
    } finally {
      await frozen.stop();
    }
  });
});

describe("actions/smoke: hostile text in a health body", () => {
  const HOSTILE = [
    "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "::set-output name=verdict::pass",
    "::add-mask::nothing",
    "##[error]forged annotation",
    "@someone please look ```",
  ].join("\n");
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_, res) => res.writeHead(500, { "content-type": "text/html" }).end(HOSTILE));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("escapes it in the summary and keeps it inert in the log", async () => {
    const result = await smoke({ endpoints: `signal_service=${url}`, timeout: "2s" });
    expect(result.outputs.verdict).toBe("fail");
    // The body was logged as evidence, and acted as nothing: no output set, nothing masked, no annotation.
    expect(result.stdout).toContain("set-output name=verdict::pass");
    expect(commandsOf(result, "set-output")).toEqual([]);
    expect(commandsOf(result, "add-mask")).toEqual([]);
    expect(
      commandsOf(result, "error")
        .map((c) => c.data)
        .join("\n"),
    ).not.toContain("forged");
    expect(result.outputs.verdict).toBe("fail");
    // In the summary: no live HTML, no live mention outside code blocks; the body shown literally in a fence.
    const outsideFences = result.summary.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, "");
    expect(outsideFences).not.toMatch(/<script|<img/);
    expect(outsideFences).not.toMatch(/(^|[^\u200b])@someone/m);
    expect(result.summary).toContain(
      "````\n<script>alert(1)</script><img src=x onerror=alert(2)>\n::set-output",
    );
  });
});
