import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { triageFile, triageText } from "./triage.js";

const fixture = (name: string) => new URL(`./__fixtures__/${name}`, import.meta.url).pathname;

// Each fixture is a real tool's output (or a documented format) wrapped as GitHub writes job logs.
const CASES: Array<{
  file: string;
  category: string;
  locations?: string[];
  tests?: string[];
  reproduce?: RegExp;
  summary?: RegExp;
}> = [
  {
    file: "mypy.raw.log",
    category: "mypy",
    locations: ["src/app/calc.py:6"],
    reproduce: /^mypy --strict src\/app\/calc\.py$/,
    summary: /return-value/,
  },
  { file: "mypy.gh.log", category: "mypy", locations: ["src/app/calc.py:6"] },
  { file: "mypy.plain.log", category: "mypy", locations: ["src/app/calc.py:6"] },
  {
    file: "ruff-concise.raw.log",
    category: "ruff",
    locations: ["src/app/calc.py:1:8", "src/app/calc.py:9:5"],
    reproduce: /^ruff check src\/app\/calc\.py$/,
  },
  { file: "ruff-full.raw.log", category: "ruff", locations: ["src/app/calc.py:1:8"] },
  { file: "ruff-format.gh.log", category: "ruff", reproduce: /ruff format --check/ },
  {
    file: "pytest-fail.raw.log",
    category: "test_failure",
    locations: ["tests/test_calc.py:5"],
    tests: ["tests/test_calc.py::test_add"],
    reproduce: /^pytest tests\/test_calc\.py::test_add$/,
  },
  { file: "pytest-fail.gh.log", category: "test_failure", tests: ["tests/test_calc.py::test_add"] },
  {
    file: "pytest-import.raw.log",
    category: "import_error",
    locations: ["tests/test_imports.py:1"],
    tests: ["tests/test_imports.py"],
    summary: /nothere_pkg|collect/,
  },
  { file: "pytest-cov.raw.log", category: "coverage_drop", summary: /75\.00% is below the required 90%/ },
  { file: "tsc.raw.log", category: "typescript", locations: ["bad.ts:4:14"], summary: /TS2322/ },
  { file: "tsc-pretty.gh.log", category: "typescript", locations: ["bad.ts:4:14"] },
  {
    file: "vitest.raw.log",
    category: "test_failure",
    locations: ["calc.test.ts:4:19"],
    tests: ["calc.test.ts > calc > adds numbers"],
    reproduce: /npx vitest run calc\.test\.ts -t 'adds numbers'/,
  },
  { file: "vitest.gh.log", category: "test_failure", tests: ["calc.test.ts > calc > adds numbers"] },
  {
    file: "eslint.raw.log",
    category: "eslint",
    locations: ["a.js:1:7", "a.js:3:25"],
    summary: /no-unused-vars/,
  },
  { file: "go-test.raw.log", category: "test_failure", locations: ["calc_test.go:9"], tests: ["TestAdd"] },
  { file: "jest.plain.log", category: "test_failure", locations: ["src/sum.test.js:5:23"] },
  { file: "oom-killed.raw.log", category: "oom" },
  { file: "node-heap.raw.log", category: "oom", summary: /heap out of memory/ },
  { file: "npm-ci.gh.log", category: "dependency_install", reproduce: /^npm ci$/ },
  { file: "pip-resolve.raw.log", category: "dependency_install" },
  { file: "job-timeout.raw.log", category: "timeout", summary: /30 min/ },
  { file: "cancelled.raw.log", category: "other", summary: /^cancelled/ },
  { file: "runner-lost.raw.log", category: "infrastructure" },
];

describe("triage on fixtures made with the real tools", () => {
  for (const c of CASES) {
    it(`${c.file} → ${c.category}`, async () => {
      const r = await triageFile(fixture(c.file));
      expect(r.category).toBe(c.category);
      for (const l of c.locations ?? []) expect(r.locations).toContain(l);
      for (const t of c.tests ?? []) expect(r.tests).toContain(t);
      if (c.reproduce) expect(r.reproduce).toMatch(c.reproduce);
      if (c.summary) expect(r.summary).toMatch(c.summary);
      expect(r.fix.length).toBeGreaterThan(10);
      expect(r.evidence.length).toBeGreaterThan(0);
    });
  }

  it("reads the file the same whole or in one-byte chunks (streaming is exact)", async () => {
    const bytes = readFileSync(fixture("vitest.raw.log"));
    const whole = triageText(bytes.toString("utf8"));
    const { triageStream } = await import("./triage.js");
    const pieces = (function* () {
      for (let i = 0; i < bytes.length; i += 1) yield bytes.subarray(i, i + 1);
    })();
    const chunked = await triageStream(pieces);
    expect(chunked).toEqual(whole);
  });
});

describe("first real cause, not its consequences", () => {
  it("an import error's traceback, then the exit code: import_error at the project frame", () => {
    const log = [
      "Traceback (most recent call last):",
      '  File "/home/runner/work/demo/demo/app/main.py", line 3, in <module>',
      "    from app.db import connect",
      '  File "/home/runner/work/demo/demo/app/db.py", line 1, in <module>',
      "    import psycopg",
      "ModuleNotFoundError: No module named 'psycopg'",
      "##[error]Process completed with exit code 1.",
    ].join("\n");
    const r = triageText(log);
    expect(r.category).toBe("import_error");
    expect(r.locations[0]).toBe("app/db.py:1");
    expect(r.summary).toContain("psycopg");
  });

  it("a failing test before a later timeout is a test failure", () => {
    const r = triageText(
      [
        "FAILED tests/test_a.py::test_one - assert 1 == 2",
        "##[error]The action 'Test' has timed out after 10 minutes.",
      ].join("\n"),
    );
    expect(r.category).toBe("test_failure");
    expect(r.details.alsoSeen.map((a) => a.category)).toContain("timeout");
  });

  it("a test that failed then passed is a side note, not the cause", () => {
    const r = triageText(
      [
        "The following tests failed and then succeeded when run in a new process['tests/test_b.py::test_x']",
        "##[error]The action 'Test' has timed out after 360 minutes.",
      ].join("\n"),
    );
    expect(r.category).toBe("timeout");
    expect(r.details.flakyHints).toEqual(["tests/test_b.py::test_x"]);
    expect(r.details.flakyEvidence).toEqual([
      expect.objectContaining({ source: "log", test: "tests/test_b.py::test_x", line: 1 }),
    ]);
  });

  it("flaky only by evidence: a rerun that failed in the end is a failure, a go test that also passed is flaky", () => {
    const rerunThenFailed = triageText(
      [
        "tests/test_a.py::test_x RERUN [ 50%]",
        "tests/test_a.py::test_x FAILED [ 50%]",
        "FAILED tests/test_a.py::test_x - assert 1 == 2",
        "========= 1 failed, 1 rerun in 0.1s =========",
      ].join("\n"),
    );
    expect(rerunThenFailed.category).toBe("test_failure");
    expect(rerunThenFailed.details.flakyHints).toEqual([]);
    expect(rerunThenFailed.details.flakyEvidence).toEqual([]);
    expect(rerunThenFailed.details.flakiness).toMatch(/^not known to be flaky/);

    const go = ["--- FAIL: TestX (0.00s)", "    x_test.go:9: boom", "--- PASS: TestX (0.00s)", "FAIL"];
    const flaky = triageText(go.join("\n"));
    expect(flaky.category).toBe("flaky");
    expect(flaky.details.flakyEvidence).toEqual([
      { source: "log", test: "TestX", line: 3, evidence: "--- PASS: TestX (0.00s)" },
    ]);
    // without the pass (go test without -v prints none), nothing says it is flaky
    const quiet = triageText(go.filter((l) => !l.includes("PASS")).join("\n"));
    expect(quiet.category).toBe("test_failure");
    expect(quiet.details.flakyHints).toEqual([]);
  });

  it("jest retries: a retried test its suite did not fail in the end is flaky, one it failed is not", () => {
    const r = triageText(
      [
        " LOGGING RETRY ERRORS  cart adds the item",
        " RETRY 1 ",
        "PASS __tests__/cart.test.js",
        " LOGGING RETRY ERRORS  refund adds stock back",
        " RETRY 1 ",
        "FAIL __tests__/refund.test.js",
        "  ● refund › adds stock back",
        "Tests:       1 failed, 3 passed, 4 total",
      ].join("\n"),
    );
    expect(r.category).toBe("test_failure");
    expect(r.tests).toContain("__tests__/refund.test.js > refund > adds stock back");
    expect(r.details.flakyHints).toEqual(["__tests__/cart.test.js > cart adds the item"]);
    expect(r.details.flakyEvidence[0]).toMatchObject({
      line: 1,
      test: "__tests__/cart.test.js > cart adds the item",
    });
  });

  it("only a cancellation: says so, and the API's timed_out conclusion settles it", () => {
    expect(triageText("##[error]The operation was canceled.").summary).toMatch(/^cancelled/);
    expect(triageText("##[error]The operation was canceled.", { conclusion: "timed_out" }).category).toBe(
      "timeout",
    );
  });

  it("exit codes: 137 killed (OOM), 124 timeout, 143 terminated", () => {
    expect(triageText("##[error]Process completed with exit code 137.").category).toBe("oom");
    expect(triageText("##[error]Process completed with exit code 124.").category).toBe("timeout");
    const r = triageText("##[error]Process completed with exit code 143.");
    expect(r.category).toBe("other");
    expect(r.summary).toContain("SIGTERM");
  });

  it("a merge-conflict marker in a module being imported is an import error with that fix", () => {
    const r = triageText(
      [
        "Traceback (most recent call last):",
        '  File "/__w/demo/demo/tests/test_x.py", line 4, in <module>',
        "    from app import helpers",
        '  File "/__w/demo/demo/app/helpers.py", line 12',
        "    >>>>>>> feature-branch",
        "    ^",
        "SyntaxError: invalid syntax",
      ].join("\n"),
    );
    expect(r.category).toBe("import_error");
    // the file with the marker first; the test module importing it after
    expect(r.locations).toEqual(["app/helpers.py:12", "tests/test_x.py:4"]);
    expect(r.fix).toMatch(/merge-conflict/);
  });

  it("lint output without the word error is read back from its end, at its own line numbers", () => {
    const flake8 = [
      "2024-01-01T00:00:00.0000000Z ##[group]Run flake8 src",
      "2024-01-01T00:00:00.0000000Z ##[endgroup]",
      "2024-01-01T00:00:01.0000000Z src/app/a.py:3:1: E302 expected 2 blank lines, found 1",
      "2024-01-01T00:00:01.0000000Z FAILED tests/test_a.py::test_b - later, in another tool",
      "2024-01-01T00:00:01.0000000Z src/app/b.py:7:80: E501 line too long (99 > 79 characters)",
      "2024-01-01T00:00:02.0000000Z ##[error]Process completed with exit code 1.",
    ].join("\n");
    const r = triageText(flake8);
    expect(r.category).toBe("ruff"); // line 3 comes before the FAILED line 4
    expect(r.locations).toEqual(["src/app/a.py:3:1", "src/app/b.py:7:80"]);
    expect(r.details.line).toBe(3);
    expect(r.details.step).toBe("flake8 src");
  });

  it("a go build error (no word error in it) is read back with its location", () => {
    const r = triageText(
      [
        "# example.com/demo",
        "./cmd/main.go:12:5: undefined: startServer",
        "##[error]Process completed with exit code 1.",
      ].join("\n"),
    );
    expect(r.category).toBe("other");
    expect(r.locations).toEqual(["cmd/main.go:12:5"]);
    expect(r.summary).toContain("undefined: startServer");
  });

  it("cargo, maven and gradle test failures name their tests", () => {
    expect(triageText("test tests::adds ... FAILED\ntest result: FAILED. 1 passed; 1 failed").tests).toEqual([
      "tests::adds",
    ]);
    const mvn = triageText(
      "[ERROR] Tests run: 2, Failures: 1, Errors: 0, Skipped: 0\n[ERROR]   CalcTest.testAdd:12 expected:<4> but was:<3>",
    );
    expect(mvn.category).toBe("test_failure");
    expect(mvn.tests).toEqual(["CalcTest.testAdd"]);
    expect(triageText("CalcTest > testAdd() FAILED").tests).toEqual(["CalcTest > testAdd()"]);
  });

  it("nothing recognised: other, honestly", () => {
    const r = triageText("hello\nworld\n");
    expect(r.category).toBe("other");
    expect(r.details.rule).toBe("none");
    expect(r.summary).toMatch(/no known failure pattern/);
  });
});
