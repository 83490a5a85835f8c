// runAction is exercised in a child process, as the runner runs an action: exit code, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY and the workflow commands on stdout are what count.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { commandsOf, runAction as runOnRunner } from "@ops/testkit/runner";
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

  it("speaks the runner protocol through @actions/core: inputs, state, outputs, masks, annotations, groups", async () => {
    const run = await runOnRunner({
      action: probe,
      env: {
        PROBE_MODE: "protocol",
        "INPUT_FAIL-ON": "  never \n",
        INPUT_BLANK: "   ",
        "STATE_deployment-id": "42",
      },
      timeoutMs: 15_000,
    });
    expect(run.exitCode).toBe(0);
    // Inputs trimmed as @actions/core reads them; blank and absent are both "not given".
    const seen = JSON.parse(run.stdout.match(/^seen (.*)$/m)?.[1] ?? "{}");
    expect(seen).toEqual({ state: "42", input: "never" });
    // State and outputs as file commands (multi-line values intact), no deprecated stdout commands.
    expect(run.state).toEqual({ "lock-value": "abc\ndef" });
    expect(run.outputs).toEqual({ report: '{"verdict":"pass"}\nsecond line' });
    expect(commandsOf(run, "set-output")).toEqual([]);
    expect(commandsOf(run, "save-state")).toEqual([]);
    expect(commandsOf(run, "add-mask").map((c) => c.data)).toEqual(["s3cr3t-value"]);
    // One annotation with its properties; the hostile second line stays inside its message.
    const [warning, ...more] = commandsOf(run, "warning");
    expect(more).toEqual([]);
    expect(warning?.properties).toEqual({ title: "disk, almost: full", file: "db/env.py", line: "3" });
    expect(warning?.data).toContain("disk 91% full\n");
    expect(commandsOf(run, "error")).toEqual([]);
    // Each group is closed, also the one whose body threw; untrusted text in a title or an info line is
    // no command.
    expect(commandsOf(run, "group").map((c) => c.data)).toEqual([
      ":\u200b:endgroup:: phase one",
      "phase two",
    ]);
    expect(commandsOf(run, "endgroup")).toHaveLength(2);
    expect(run.stdout).not.toMatch(/^::add-mask::x/m);
    expect(commandsOf(run, "add-mask")).toHaveLength(1);
  });
});
