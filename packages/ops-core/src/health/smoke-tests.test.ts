import { describe, expect, it } from "vitest";
import { fakeRunner } from "./__fixtures__/fakes.js";
import { runSmokeTests } from "./smoke-tests.js";

const JUNIT_FAIL = `<testsuite><testcase classname="tests.e2e.test_smoke" name="test_orders"><failure message="boom"/></testcase><testcase name="ok"/></testsuite>`;
const JUNIT_PASS = `<testsuite><testcase name="a"/><testcase name="b"/></testsuite>`;

function files(content: Record<string, string>) {
  return {
    readFile: async (path: string) => {
      const text = content[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    resolvePath: (cwd: string | undefined, path: string) => (cwd ? `${cwd}/${path}` : path),
  };
}

const policy = {
  argv: ["pytest", "tests/e2e/test_smoke.py", "--junitxml=out.xml"],
  timeoutMs: 60_000,
  outputLines: 5,
};

describe("runSmokeTests", () => {
  it("passes on exit 0, with the JUnit counts, running the argv without a shell in the directory given", async () => {
    const seen: Array<{ argv: readonly string[]; options: { cwd?: string; timeoutMs: number } }> = [];
    const r = await runSmokeTests(
      { ...policy, cwd: "/repo", junitPath: "out.xml" },
      { run: fakeRunner({ stdout: "2 passed" }, seen), ...files({ "/repo/out.xml": JUNIT_PASS }) },
    );
    expect(r).toMatchObject({ verdict: "pass", exitCode: 0, junit: { tests: 2, passed: 2 } });
    expect(r.reason).toBe("smoke tests passed (2 passed, 0 failed, 0 errors, 0 skipped) in 1.2s");
    expect(seen[0]?.argv).toEqual(policy.argv);
    expect(seen[0]?.options).toMatchObject({ cwd: "/repo", timeoutMs: 60_000 });
  });
  it("fails on a non-zero exit, naming the failing tests", async () => {
    const r = await runSmokeTests(
      { ...policy, junitPath: "out.xml" },
      {
        run: fakeRunner({
          code: 1,
          stdout: "a\nb\nc\nd\ne\nf\ng\nFAILED tests/e2e/test_smoke.py::test_orders",
        }),
        ...files({ "out.xml": JUNIT_FAIL }),
      },
    );
    expect(r.verdict).toBe("fail");
    expect(r.reason).toBe(
      "smoke tests exited with code 1 (1 passed, 1 failed, 0 errors, 0 skipped): tests.e2e.test_smoke::test_orders",
    );
    expect(r.outputTail.split("\n")).toHaveLength(6);
    expect(r.outputTail).toContain("FAILED tests/e2e/test_smoke.py::test_orders");
  });
  it("believes a JUnit report with failures over an exit code of 0", async () => {
    const r = await runSmokeTests(
      { ...policy, junitPath: "out.xml" },
      { run: fakeRunner({}), ...files({ "out.xml": JUNIT_FAIL }) },
    );
    expect(r.verdict).toBe("fail");
    expect(r.reason).toContain("exited 0 but the JUnit report lists failures");
  });
  it("fails when the JUnit report it was told to read is missing", async () => {
    const r = await runSmokeTests({ ...policy, junitPath: "out.xml" }, { run: fakeRunner({}), ...files({}) });
    expect(r.verdict).toBe("fail");
    expect(r.junitError).toMatch(/^out\.xml: ENOENT/);
  });
  it("fails a run that ran no test", async () => {
    const r = await runSmokeTests(
      { ...policy, junitPath: "out.xml" },
      { run: fakeRunner({}), ...files({ "out.xml": "<testsuite></testsuite>" }) },
    );
    expect(r.reason).toBe("smoke tests exited 0 but ran no test");
  });
  it("fails on a timeout and when the program cannot start", async () => {
    const timedOut = await runSmokeTests(policy, {
      run: fakeRunner({ code: null, signal: "SIGTERM", timedOut: true, durationMs: 60_000 }),
      ...files({}),
    });
    expect(timedOut.reason).toBe("smoke tests timed out after 60000 ms");
    const missing = await runSmokeTests(policy, {
      run: async () => {
        throw new Error("could not run pytest: pytest is not installed or not on PATH");
      },
      ...files({}),
    });
    expect(missing).toMatchObject({
      verdict: "fail",
      exitCode: null,
      reason: "smoke tests could not start: could not run pytest: pytest is not installed or not on PATH",
    });
  });
});
