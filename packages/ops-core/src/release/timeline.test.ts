import { describe, expect, it } from "vitest";
import { CallLog } from "./calls.js";
import { Timeline } from "./timeline.js";

describe("Timeline", () => {
  let t = 0;
  const clock = { now: () => t, sleep: async () => undefined };

  it("starts with `process start`, from the process's start to the timeline's creation", () => {
    t = 1_000;
    const tl = new Timeline(clock, undefined, undefined, { startedAtMs: 850 });
    expect(tl.steps).toEqual([
      {
        name: "process start",
        startMs: 850,
        durationMs: 150,
        outcome: "ok",
        detail: "Node start, module load, inputs and wiring",
      },
    ]);
    expect(new Timeline(clock).steps).toEqual([]);
  });

  it("a background step runs beside the next ones, owns its calls, and a failure is a warning, not a throw", async () => {
    t = 0;
    const calls = new CallLog(() => t);
    const tl = new Timeline(clock, undefined, calls);
    const run = calls.runner(async (argv) => {
      t += 300;
      if (argv[1] === "heads") throw new Error("alembic heads: no such file");
      return { argv, code: 0, signal: null, stdout: "", stderr: "", timedOut: false, durationMs: 300 };
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const prefetch = tl.background("prefetch", async () => {
      await gate;
      await run(["alembic", "current"], { timeoutMs: 1 });
    });
    const failing = tl.background("prefetch heads", () => run(["alembic", "heads"], { timeoutMs: 1 }));
    // The next step starts while the prefetch still waits.
    await tl.step("read deployments", async () => {
      t += 100;
    });
    expect(tl.steps.map((s) => s.name)).toEqual(["read deployments", "prefetch heads"]);
    release();
    await expect(prefetch).resolves.toBeUndefined();
    await expect(failing).resolves.toBeUndefined();
    await tl.settled();
    expect(tl.steps.find((s) => s.name === "prefetch")).toMatchObject({ startMs: 0, outcome: "ok" });
    expect(tl.steps.find((s) => s.name === "prefetch heads")).toMatchObject({
      outcome: "warning",
      detail: "alembic heads: no such file",
    });
    expect(calls.calls.map((c) => [c.label, c.step])).toEqual([
      ["alembic heads", "prefetch heads"],
      ["alembic current", "prefetch"],
    ]);
  });
});
