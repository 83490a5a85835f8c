import { describe, expect, it } from "vitest";
import { TransientError } from "../action/errors.js";
import { describeExit, errorLine, runCommand } from "./run-command.js";

const node = process.execPath;

describe("runCommand", () => {
  it("passes arguments as they are, with no shell in between", async () => {
    const r = await runCommand(
      [node, "-e", "console.log(JSON.stringify(process.argv.slice(1)))", "$(id)", "a b;c"],
      {
        timeoutMs: 10_000,
      },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(["$(id)", "a b;c"]);
  });

  it("reports a non-zero exit with its output", async () => {
    const r = await runCommand([node, "-e", "console.error('FAILED: no such revision'); process.exit(255)"], {
      timeoutMs: 10_000,
    });
    expect(r.code).toBe(255);
    expect(r.stderr).toContain("FAILED: no such revision");
    expect(describeExit(r)).toBe("exited with code 255");
  });

  it("kills a process that outlives its timeout", async () => {
    const r = await runCommand([node, "-e", "setInterval(() => {}, 1000)"], { timeoutMs: 200 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe("SIGTERM");
    expect(describeExit(r)).toMatch(/^timed out after \d+ ms$/);
  });

  it("stops when the run is cancelled", async () => {
    const controller = new AbortController();
    const pending = runCommand([node, "-e", "setInterval(() => {}, 1000)"], {
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    controller.abort();
    const r = await pending;
    expect(r.signal).toBe("SIGTERM");
    expect(r.timedOut).toBe(false);
  });

  it("stops at once when the run was cancelled before it started", async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await runCommand([node, "-e", "setInterval(() => {}, 1000)"], {
      timeoutMs: 60_000,
      signal: controller.signal,
    });
    expect(r.signal).toBe("SIGTERM");
    expect(r.timedOut).toBe(false);
  });

  it("keeps only the tail of a flood of output", async () => {
    const r = await runCommand([node, "-e", "for (let i = 0; i < 20000; i++) console.log('line ' + i)"], {
      timeoutMs: 10_000,
      maxOutputBytes: 10_000,
    });
    expect(r.stdout).toMatch(/^… \d+ earlier bytes not kept\n/);
    expect(r.stdout.trimEnd().endsWith("line 19999")).toBe(true);
    expect(r.stdout.length).toBeLessThan(10_100);
  });

  it("feeds standard input when given", async () => {
    const r = await runCommand([node, "-e", "process.stdin.pipe(process.stdout)"], {
      timeoutMs: 10_000,
      input: "hello",
    });
    expect(r.stdout).toBe("hello");
  });

  it("says which program is missing", async () => {
    await expect(runCommand(["no-such-program-xyz", "--version"], { timeoutMs: 5000 })).rejects.toThrow(
      new TransientError(
        "could not run no-such-program-xyz: no-such-program-xyz is not installed or not on PATH",
      ),
    );
  });
});

describe("errorLine", () => {
  it("picks the line that says what went wrong, else the last one", () => {
    expect(errorLine("INFO  [alembic] Running upgrade\nFAILED: Can't locate revision 9999\n")).toBe(
      "FAILED: Can't locate revision 9999",
    );
    expect(errorLine("step 1\nstep 2\n\n")).toBe("step 2");
    expect(errorLine("  \n")).toBe("no output");
  });
});
