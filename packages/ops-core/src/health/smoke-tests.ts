// The runbook's `pytest tests/e2e/test_smoke.py`: a command run without a shell, with a timeout; its exit
// code decides, and a JUnit report (when given) adds counts and the names of the failing tests.

import { errorMessage } from "../action/errors.js";
import { tailLines } from "../action/safe-text.js";
import type { CommandRunner } from "../process/run-command.js";
import { describeExit } from "../process/run-command.js";
import { type JunitSummary, parseJunit } from "./junit.js";
import { keepEnd } from "./stats.js";

export interface SmokeTestPolicy {
  argv: readonly string[];
  timeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** A JUnit XML file the command writes (relative to `cwd`). */
  junitPath?: string;
  outputLines: number;
}

export interface SmokeTestReport {
  checked: true;
  verdict: "pass" | "fail";
  reason: string;
  argv: string[];
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The last lines of stdout and stderr (untrusted). */
  outputTail: string;
  junit?: JunitSummary;
  /** Why the JUnit file could not be read, when given but unreadable. */
  junitError?: string;
}

export interface SmokeTestDeps {
  run: CommandRunner;
  readFile: (path: string) => Promise<string>;
  /** Resolves `junitPath` against the working directory. */
  resolvePath: (cwd: string | undefined, path: string) => string;
}

export async function runSmokeTests(
  policy: SmokeTestPolicy,
  deps: SmokeTestDeps,
  signal?: AbortSignal,
): Promise<SmokeTestReport> {
  const argv = [...policy.argv];
  const base = { checked: true as const, argv };
  let result: Awaited<ReturnType<CommandRunner>>;
  try {
    result = await deps.run(argv, { timeoutMs: policy.timeoutMs, cwd: policy.cwd, env: policy.env, signal });
  } catch (error) {
    return {
      ...base,
      verdict: "fail",
      reason: `smoke tests could not start: ${errorMessage(error)}`,
      exitCode: null,
      timedOut: false,
      durationMs: 0,
      outputTail: "",
    };
  }
  const output = [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
  const report: SmokeTestReport = {
    ...base,
    verdict: result.code === 0 && !result.timedOut ? "pass" : "fail",
    reason: "",
    exitCode: result.code,
    timedOut: result.timedOut,
    durationMs: Math.round(result.durationMs),
    outputTail: keepEnd(tailLines(output, policy.outputLines), 8_000),
  };
  if (policy.junitPath) {
    const path = deps.resolvePath(policy.cwd, policy.junitPath);
    try {
      report.junit = parseJunit(await deps.readFile(path));
    } catch (error) {
      report.junitError = `${policy.junitPath}: ${errorMessage(error)}`;
    }
  }
  const j = report.junit;
  const counts = j
    ? `${j.passed} passed, ${j.failures} failed, ${j.errors} errors, ${j.skipped} skipped`
    : undefined;
  if (report.verdict === "pass" && j && j.failures + j.errors > 0) {
    // The exit code said yes, the report says no: believe the failures.
    report.verdict = "fail";
    report.reason = `smoke tests exited 0 but the JUnit report lists failures (${counts})`;
  } else if (report.verdict === "pass" && report.junitError) {
    report.verdict = "fail";
    report.reason = `smoke tests passed but their JUnit report could not be read: ${report.junitError}`;
  } else if (report.verdict === "pass" && j && j.tests === 0) {
    report.verdict = "fail";
    report.reason = "smoke tests exited 0 but ran no test";
  } else if (report.verdict === "pass") {
    report.reason = `smoke tests passed${counts ? ` (${counts})` : ""} in ${Math.round(result.durationMs / 100) / 10}s`;
  } else {
    const names = j?.failed.slice(0, 5).map((f) => f.name) ?? [];
    report.reason = `smoke tests ${describeExit(result)}${counts ? ` (${counts})` : ""}${
      names.length ? `: ${names.join(", ")}${(j?.failed.length ?? 0) > names.length ? ", …" : ""}` : ""
    }`;
  }
  return report;
}
