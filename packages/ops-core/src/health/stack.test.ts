import { describe, expect, it } from "vitest";
import { FakeTime } from "./__fixtures__/fake-time.js";
import { container, FakeStack } from "./__fixtures__/fakes.js";
import { checkStack, recheckStack, type StackPolicy, type StackPort, serviceProblems } from "./stack.js";

const SERVICES = ["signal_service", "execution_gateway", "orchestrator"];
const policy: StackPolicy = { expected: [], observeMs: 3_000, pollMs: 500, logLines: 30 };
const healthy = () => SERVICES.map((s) => container(s));

function run(stack: StackPort, deadline = 60_000, over: Partial<StackPolicy> = {}) {
  const time = new FakeTime();
  return {
    time,
    result: checkStack(stack, { ...policy, ...over }, { clock: time.clock, sleep: time.sleep }, deadline),
  };
}

describe("serviceProblems", () => {
  it("names each way a service can be wrong", () => {
    const texts = (c: Parameters<typeof container>[1], first?: Parameters<typeof container>[1]) =>
      serviceProblems([container("s", c)], first ? [container("s", first)] : undefined);
    expect(serviceProblems([], undefined)).toEqual([
      { text: "no container: the service is missing", final: true },
    ]);
    expect(texts({ status: "exited", running: false, exitCode: 137 })).toEqual([
      { text: "exited with code 137", final: true },
    ]);
    expect(texts({ status: "exited", running: false, exitCode: 0 })[0]?.text).toBe(
      "exited with code 0, not running",
    );
    expect(texts({ status: "restarting", restarting: true, exitCode: 1, restartCount: 4 })[0]).toEqual({
      text: "restarting: crash loop (exit code 1, restart count 4)",
      final: true,
    });
    expect(texts({ oomKilled: true })[0]).toEqual({
      text: "killed for running out of memory (OOMKilled)",
      final: true,
    });
    expect(texts({ health: "unhealthy", healthLog: "curl: (7) refused\n" })).toEqual([
      { text: "unhealthy: curl: (7) refused", final: false },
    ]);
    expect(texts({ health: "starting" })).toEqual([{ text: "health check still starting", final: false }]);
    expect(texts({ status: "paused", running: false })[0]?.text).toBe("not running (paused)");
    expect(texts({ restartCount: 3 }, { restartCount: 1 })[0]).toEqual({
      text: "restarted 2 time(s) during the check (restart count 1 → 3)",
      final: true,
    });
    expect(texts({ restartCount: 3 }, { restartCount: 3 })).toEqual([]);
  });
});

describe("checkStack", () => {
  it("passes a running stack after watching it for the observation window", async () => {
    const stack = new FakeStack(SERVICES, healthy);
    const { time, result } = run(stack);
    const r = await result;
    expect(r.verdict).toBe("pass");
    expect(r.reason).toBe("3 service(s) running, no restart in 3s");
    expect(time.now).toBe(3_000);
    expect(r.services.map((s) => s.verdict)).toEqual(["pass", "pass", "pass"]);
    expect(stack.logsAsked).toEqual([]);
  });

  it("fails a crash-looping service on its rising restart count, with its log tail, at once", async () => {
    const stack = new FakeStack(SERVICES, (n) => [
      container("signal_service"),
      container("execution_gateway", { restartCount: 2 + n }),
      container("orchestrator"),
    ]);
    const { time, result } = run(stack);
    const r = await result;
    expect(r.verdict).toBe("fail");
    const gw = r.services.find((s) => s.service === "execution_gateway");
    expect(gw).toMatchObject({
      verdict: "fail",
      restartCount: 3,
      restartCountAtStart: 2,
      logTail: "line 1\nline 2\nfatal: out of cheese",
    });
    expect(gw?.problems).toEqual(["restarted 1 time(s) during the check (restart count 2 → 3)"]);
    expect(r.reason).toContain("execution_gateway: restarted 1 time(s)");
    expect(time.now).toBe(500);
    expect(stack.logsAsked).toEqual(["id-execution_gateway"]);
  });

  it("fails a missing service, naming it", async () => {
    const stack = new FakeStack(SERVICES, () => [container("signal_service"), container("orchestrator")]);
    const r = await run(stack).result;
    expect(r.verdict).toBe("fail");
    expect(r.reason).toBe("execution_gateway: no container: the service is missing");
  });

  it("checks only the services asked for", async () => {
    const stack = new FakeStack(SERVICES, () => [container("signal_service")]);
    const r = await run(stack, 60_000, { expected: ["signal_service"], observeMs: 0 }).result;
    expect(r.verdict).toBe("pass");
    expect(r.services.map((s) => s.service)).toEqual(["signal_service"]);
  });

  it("waits for a health check that is starting, and passes when it turns healthy", async () => {
    const stack = new FakeStack(SERVICES, (n) =>
      SERVICES.map((s) => container(s, { health: n < 4 ? "starting" : "healthy" })),
    );
    const r = await run(stack).result;
    expect(r.verdict).toBe("pass");
  });

  it("fails a service still unhealthy at the deadline", async () => {
    const stack = new FakeStack(SERVICES, () => [
      container("signal_service", {
        health: "unhealthy",
        healthLog: "wget: server returned error: HTTP/1.0 500",
      }),
      container("execution_gateway"),
      container("orchestrator"),
    ]);
    const { time, result } = run(stack, 10_000);
    const r = await result;
    expect(r.verdict).toBe("fail");
    expect(r.reason).toBe("signal_service: unhealthy: wget: server returned error: HTTP/1.0 500");
    expect(time.now).toBe(10_000);
  });

  it("fails OOM-killed and exited services", async () => {
    const stack = new FakeStack(SERVICES, () => [
      container("signal_service", { oomKilled: true, status: "exited", running: false, exitCode: 137 }),
      container("execution_gateway", { status: "exited", running: false, exitCode: 2 }),
      container("orchestrator"),
    ]);
    const r = await run(stack).result;
    expect(r.services[0]?.problems).toEqual([
      "killed for running out of memory (OOMKilled)",
      "exited with code 137",
    ]);
    expect(r.services[1]?.problems).toEqual(["exited with code 2"]);
    expect(r.services[2]?.verdict).toBe("pass");
  });

  it("reports a stack it cannot read as a failure with the reason", async () => {
    const broken: StackPort = {
      description: "project app",
      services: async () => SERVICES,
      containers: async () => {
        throw new Error("Cannot connect to the Docker daemon at unix:///var/run/docker.sock");
      },
      logs: async () => "",
    };
    const r = await run(broken).result;
    expect(r.verdict).toBe("fail");
    expect(r.reason).toBe(
      "could not read the stack: Cannot connect to the Docker daemon at unix:///var/run/docker.sock",
    );
  });

  it("stops early when asked, without calling a healthy stack failed", async () => {
    const stack = new FakeStack(SERVICES, healthy);
    const time = new FakeTime();
    const stop = new AbortController();
    const pending = checkStack(stack, policy, { clock: time.clock, sleep: time.sleep }, 60_000, stop.signal);
    await time.sleep(700);
    stop.abort();
    const r = await pending;
    expect(r.verdict).toBe("stopped");
  });
});

describe("recheckStack", () => {
  it("fails a service that restarted after the watch, e.g. during the smoke tests", async () => {
    const stack = new FakeStack(SERVICES, (n) =>
      SERVICES.map((s) => container(s, { restartCount: s === "orchestrator" && n > 7 ? 1 : 0 })),
    );
    const first = await run(stack).result;
    expect(first.verdict).toBe("pass");
    stack.inspections = 100;
    const r = await recheckStack(stack, first, 30);
    expect(r.verdict).toBe("fail");
    expect(r.reason).toBe(
      "at the final look: orchestrator: restarted 1 time(s) during the check (restart count 0 → 1)",
    );
    expect(r.services[2]?.logTail).toContain("out of cheese");
  });
});

describe("log tails", () => {
  it("keep only the end of very long lines", async () => {
    const stack = new FakeStack(
      SERVICES,
      () => [container("signal_service", { status: "exited", running: false, exitCode: 1 })],
      `${"x".repeat(50_000)}\nfatal: the last line`,
    );
    const r = await run(stack).result;
    const tail = r.services[0]?.logTail ?? "";
    expect(tail.length).toBeLessThan(8_100);
    expect(tail.endsWith("fatal: the last line")).toBe(true);
    expect(tail).toMatch(/^… \d+ earlier characters not shown\n/);
  });
});

describe("a timeout shorter than the observation window", () => {
  it("passes a healthy stack at the deadline, saying how long it was watched", async () => {
    const stack = new FakeStack(SERVICES, healthy);
    const r = await run(stack, 1_200).result;
    expect(r.verdict).toBe("pass");
    expect(r.reason).toBe("3 service(s) running, no restart in 1.2s");
  });
});
