import { describe, expect, it } from "vitest";
import { CallLog, classifyArgv } from "./calls.js";
import { Timeline } from "./timeline.js";

describe("classifyArgv", () => {
  it("names compose (v1 and v2), docker, alembic and other commands by their subcommand", () => {
    expect(classifyArgv(["docker-compose", "-f", "a.yml", "-p", "app", "ps", "-a", "-q"])).toEqual({
      kind: "compose",
      label: "compose ps",
    });
    expect(classifyArgv(["docker", "compose", "-f", "a.yml", "config"])).toEqual({
      kind: "compose",
      label: "compose config",
    });
    expect(classifyArgv(["docker", "inspect", "abc"])).toEqual({ kind: "docker", label: "docker inspect" });
    expect(classifyArgv(["/usr/bin/alembic", "-c", "alembic.ini", "current"])).toEqual({
      kind: "alembic",
      label: "alembic current",
    });
    expect(classifyArgv(["python", "-m", "alembic", "upgrade", "head"]).label).toBe("alembic upgrade");
    expect(classifyArgv(["./smoke.sh", "--fast"])).toEqual({ kind: "command", label: "command smoke.sh" });
  });
});

describe("CallLog", () => {
  let t = 0;
  const clock = { now: () => t, sleep: async () => undefined };

  it("attributes each call to the step running when it started; a call outside every step becomes one", async () => {
    t = 0;
    const calls = new CallLog(() => t);
    const tl = new Timeline(clock, undefined, calls);
    const run = calls.runner(async (argv) => {
      t += 100;
      return { argv, code: 0, signal: null, stdout: "", stderr: "", timedOut: false, durationMs: 100 };
    });
    const github = calls.port("github", {
      createDeployment: async () => {
        t += 50;
        return { id: 7 };
      },
      name: () => "sync",
    });
    await tl.step("plan", async () => {
      await run(["alembic", "current"], { timeoutMs: 1 });
      return github.createDeployment();
    });
    await run(["docker", "inspect", "x"], { timeoutMs: 1 });
    calls.started("alembic", 80);
    expect(github.name()).toBe("sync");
    expect(calls.calls.map((c) => [c.label, c.step])).toEqual([
      ["alembic current", "plan"],
      ["github createDeployment", "plan"],
      ["docker inspect", undefined],
    ]);
    expect(tl.steps.map((s) => s.name)).toEqual(["plan", "docker inspect"]);
    expect(tl.steps[1]).toMatchObject({
      startMs: 150,
      durationMs: 100,
      detail: "a call outside the named steps",
    });
    expect(calls.summary()).toEqual({
      byKind: { alembic: { count: 1, ms: 100 }, github: { count: 1, ms: 50 }, docker: { count: 1, ms: 100 } },
      byLabel: { "alembic current": 1, "github createDeployment": 1, "docker inspect": 1 },
      outsideSteps: 1,
      list: [
        { label: "alembic current", step: "plan", startMs: 0, durationMs: 100, ok: true },
        { label: "github createDeployment", step: "plan", startMs: 100, durationMs: 50, ok: true },
        { label: "docker inspect", startMs: 150, durationMs: 100, ok: true },
      ],
      // a session's start is said apart from its first call: no call, no step of its own
      starts: [{ tool: "alembic", startMs: 170, durationMs: 80 }],
    });
    expect(tl.steps).toHaveLength(2);
  });

  it("a failed command is recorded as not ok and the timeline marks its own step a warning", async () => {
    const calls = new CallLog(() => 0);
    const tl = new Timeline(clock, undefined, calls);
    const run = calls.runner(async (argv) => ({
      argv,
      code: 1,
      signal: null,
      stdout: "",
      stderr: "no",
      timedOut: false,
      durationMs: 1,
    }));
    await run(["docker-compose", "ps"], { timeoutMs: 1 });
    expect(calls.calls[0]?.ok).toBe(false);
    expect(tl.steps[0]?.outcome).toBe("warning");
  });
});
