// runAction is exercised in a child process, as the runner runs an action: exit code, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY and the workflow commands on stdout are what count.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const probe = fileURLToPath(new URL("./__fixtures__/run-action-probe.mjs", import.meta.url));

interface ProbeRun {
  code: number | null;
  stdout: string;
  summary: string;
  output: string;
}

function runProbe(
  mode: string,
  env: Record<string, string> = {},
  signalAfterOutput?: NodeJS.Signals,
): Promise<ProbeRun> {
  const dir = mkdtempSync(join(tmpdir(), "run-action-"));
  const summaryFile = join(dir, "summary.md");
  const outputFile = join(dir, "output");
  writeFileSync(summaryFile, "");
  writeFileSync(outputFile, "");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [probe], {
      env: {
        PATH: process.env.PATH ?? "",
        PROBE_MODE: mode,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_OUTPUT: outputFile,
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let signalled = false;
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (signalAfterOutput && !signalled && stdout.includes("waiting")) {
        signalled = true;
        child.kill(signalAfterOutput);
      }
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({
        code,
        stdout,
        summary: readFileSync(summaryFile, "utf8"),
        output: readFileSync(outputFile, "utf8"),
      });
    });
  });
}

describe("runAction", () => {
  it("succeeds, sets outputs, writes the summary and keeps untrusted log text inert", async () => {
    const run = await runProbe("ok");
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/verdict<<ghadelimiter_[\w-]+\npass\n/);
    expect(run.summary).toContain("### partial evidence");
    expect(run.stdout).toContain("cleanup ran");
    expect(run.stdout).not.toMatch(/^::set-output/m);
  });

  it("fails on a verdict with the action's name, keeping the summary", async () => {
    const run = await runProbe("verdict");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::probe: verdict fail: signal_service answered 500");
    expect(run.summary).toContain("### partial evidence");
  });

  it("catches a thrown string: the step goes red, never green", async () => {
    const run = await runProbe("string");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::probe: a thrown string");
    expect(run.summary).toContain("probe failed unexpectedly");
    expect(run.stdout).toContain("cleanup ran");
  });

  it("reports a configuration error naming the input", async () => {
    const run = await runProbe("config", { "INPUT_FAIL-ON": "sometimes" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::probe: input `fail-on`: "sometimes" is not valid; expected one of fail, never',
    );
    expect(run.summary).toContain("probe: configuration error");
    expect(run.summary).toContain("nothing was changed");
  });

  it("reports a refusal as a decision with its evidence", async () => {
    const run = await runProbe("refusal");
    expect(run.code).toBe(1);
    expect(run.summary).toContain("⛔ probe refused");
    expect(run.summary).toContain("killswitch:active = true since 10:02");
  });

  it("ends a cancelled run cleanly: cleanup, a summary that says so, a prompt exit", async () => {
    const run = await runProbe("hang", {}, "SIGTERM");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("cleanup ran");
    expect(run.summary).toContain("🛑 probe was cancelled");
    expect(run.summary).toContain("SIGTERM");
  });

  it("does not let a leaked handle keep the step alive", async () => {
    const run = await runProbe("leak");
    expect(run.code).toBe(0);
  });
});
