// End to end: the COMMITTED bundle (dist/index.js) run by the runner harness under Node 24, against a real
// compose stack on a private dockerd and a real redis-server. Assertions are on GITHUB_OUTPUT, the step
// summary and the workflow commands on stdout.

import { testDocker } from "@ops/testkit/docker";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { commandsOf, type RunActionResult, runAction } from "@ops/testkit/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServiceImage, COMPOSE_FILE, type TestStack, upStack } from "./stack.js";

interface Report {
  schema: number;
  verdict: string;
  headline: string;
  durationMs: number;
  findings: Array<{ check: string; level: string; subject?: string; text: string }>;
  endpoints: Array<{
    name: string;
    verdict: string;
    status?: number;
    attempts: number;
    latency: { samples: number; p50Ms?: number };
  }>;
  services: {
    checked: boolean;
    verdict?: string;
    services?: Array<{
      service: string;
      verdict: string;
      restartCount?: number;
      restartCountAtStart?: number;
      logTail?: string;
    }>;
  };
  breaker: {
    checked: boolean;
    verdict?: string;
    state?: string | null;
    tripReason?: string | null;
    reachable?: boolean;
    killSwitch?: { active?: boolean };
  };
}

function report(result: RunActionResult): Report {
  const text = result.outputs.report;
  if (!text) throw new Error(`no report output; stdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  return JSON.parse(text) as Report;
}

const docker = testDocker();
const stacks: TestStack[] = [];
let good: TestStack;
let redis: RedisServer;

async function smoke(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<RunActionResult> {
  return runAction({ action: "smoke", inputs, env: { DOCKER_HOST: docker.host, ...env }, timeoutMs: 90_000 });
}

function stackInputs(stack: TestStack): Record<string, string> {
  return {
    "compose-file": COMPOSE_FILE,
    "compose-project": stack.project,
    "compose-command": "docker-compose",
  };
}

beforeAll(async () => {
  await buildServiceImage(docker);
  [good, redis] = await Promise.all([upStack(docker), startRedis()]);
  stacks.push(good);
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
  await Promise.all([...stacks.map((s) => s.down()), redis?.stop()]);
});

describe("actions/smoke, committed bundle, real Docker and Redis", () => {
  it("passes a healthy stack: every endpoint, service and the breaker, with the evidence", async () => {
    const result = await smoke(
      {
        endpoints: good.endpoints(),
        "expect-json": "status=ok",
        ...stackInputs(good),
        "redis-url": redis.url,
        observe: "1s",
      },
      good.env,
    );
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
    expect(r.services.services?.map((s) => [s.service, s.verdict])).toEqual([
      ["signal_service", "pass"],
      ["execution_gateway", "pass"],
      ["orchestrator", "pass"],
    ]);
    expect(r.breaker).toMatchObject({ verdict: "pass", state: "OPEN", killSwitch: { active: false } });
    expect(result.summary.startsWith("## ✅ Smoke check passed")).toBe(true);
    expect(result.summary).toContain("- [x] All services up and running");
    expect(result.summary).toContain("- [x] Circuit breaker OPEN");
    // The Redis URL is masked before anything could print it.
    expect(commandsOf(result, "add-mask").map((c) => c.data)).toContain(redis.url);
  });

  it("fails naming the service whose health answers 500", async () => {
    const bad = await upStack(docker, { execution_gateway: "500" });
    stacks.push(bad);
    const result = await smoke(
      { endpoints: bad.endpoints(), ...stackInputs(bad), timeout: "4s", observe: "1s" },
      bad.env,
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
    expect(result.summary).toContain("database unavailable");
  });

  it("fails a crash-looping container on its restart count, with its logs", async () => {
    const bad = await upStack(docker, { orchestrator: "crash" });
    stacks.push(bad);
    const result = await smoke(
      {
        endpoints: bad.endpoints(["signal_service", "execution_gateway"]),
        ...stackInputs(bad),
        timeout: "20s",
      },
      bad.env,
    );
    expect(result.outputs.verdict).toBe("fail");
    const r = report(result);
    const orchestrator = r.services.services?.find((s) => s.service === "orchestrator");
    expect(orchestrator?.verdict).toBe("fail");
    const finding = r.findings.find((f) => f.subject === "orchestrator");
    expect(finding?.text).toMatch(/restart(ed \d+ time\(s\) during the check|ing: crash loop)/);
    expect(finding?.text).toMatch(/restart count \d+/);
    expect(orchestrator?.logTail).toContain("KeyError: 'DATABASE_URL' in orchestrator");
    expect(result.summary).toContain("Last log lines of orchestrator");
  });

  it("passes a slow-starting service after retries", async () => {
    const slow = await upStack(docker, { orchestrator: "slow" }, { SLOW_SECONDS: "4" });
    stacks.push(slow);
    const result = await smoke(
      { endpoints: slow.endpoints(), ...stackInputs(slow), timeout: "30s", observe: "1s" },
      slow.env,
    );
    expect(result.outputs.verdict).toBe("pass");
    const orchestrator = report(result).endpoints.find((e) => e.name === "orchestrator");
    expect(orchestrator?.attempts).toBeGreaterThan(3);
    expect(result.exitCode).toBe(0);
  });

  it("fails on a TRIPPED breaker with its reason", async () => {
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
        endpoints: good.endpoints(),
        "redis-url": tripped.url,
        "key-prefix": "ops:",
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.verdict).toBe("fail");
      const r = report(result);
      expect(r.findings[0]?.text).toBe("circuit breaker TRIPPED: daily loss limit -5% hit at 14:02");
      expect(r.breaker).toMatchObject({
        state: "TRIPPED",
        tripReason: "daily loss limit -5% hit at 14:02",
        killSwitch: { active: true },
      });
      expect(result.summary).toContain("kill switch | ⛔ ON");
    } finally {
      await tripped.stop();
    }
  });

  it("gives a clear verdict within seconds when Redis is stopped", async () => {
    const gone = await startRedis();
    const url = gone.url;
    await gone.stop();
    const started = Date.now();
    const result = await smoke({ endpoints: good.endpoints(), "redis-url": url, "redis-timeout": "2s" });
    const elapsed = Date.now() - started;
    expect(result.outputs.verdict).toBe("fail");
    const r = report(result);
    expect(r.breaker).toMatchObject({ verdict: "fail", reachable: false });
    expect(r.findings[0]?.text).toMatch(
      /^Redis unreachable at redis:\/\/127\.0\.0\.1:\d+\/?: .*; circuit breaker and kill switch unknown$/,
    );
    // Not a timing assertion on the machine's speed: a hang would be the 90 s harness limit.
    expect(result.timedOut).toBe(false);
    expect(elapsed).toBeLessThan(30_000);
  });

  it("escapes hostile text from a health body in the summary and keeps it inert in the log", async () => {
    const hostile = await upStack(docker, { signal_service: "hostile" });
    stacks.push(hostile);
    const result = await smoke(
      { endpoints: hostile.endpoints(["signal_service"]), timeout: "2s" },
      hostile.env,
    );
    expect(result.outputs.verdict).toBe("fail");
    // The body's `::set-output` and `::add-mask` lines were logged but acted as nothing.
    expect(result.stdout).toContain("set-output name=verdict::pass");
    expect(commandsOf(result, "set-output")).toEqual([]);
    expect(commandsOf(result, "add-mask")).toEqual([]);
    expect(result.outputs.verdict).toBe("fail");
    // In the summary: no live HTML, no live mention outside code blocks.
    const outsideFences = result.summary.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, "");
    expect(outsideFences).not.toMatch(/<script|<img/);
    expect(outsideFences).not.toMatch(/(^|[^\u200b])@someone/m);
    expect(result.summary).toContain("<script>alert(1)</script><img src=x onerror=alert(2)>");
    expect(result.summary).toMatch(/^````\n<script>/m);
  });
});
