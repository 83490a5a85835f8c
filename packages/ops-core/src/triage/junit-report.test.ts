// JUnit dialects as the real tools write them (__fixtures__/junit: pytest, vitest, jest-junit and mocha
// output made by running them; go, nextest and surefire in their documented formats), and hostile input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { failingCases, JUNIT_MAX_CHARS, parseJunitReport, reproduceCommand } from "./junit-report.js";

const fixture = (name: string) =>
  readFileSync(new URL(`./__fixtures__/junit/${name}`, import.meta.url), "utf8");
const brief = (name: string) => {
  const r = parseJunitReport(fixture(name));
  return {
    tool: r.tool,
    counts: [r.tests, r.passed, r.failures, r.errors, r.skipped, r.flaky],
    problems: r.problems.map((p) => [p.outcome, p.id, p.message, p.locations[0] ?? null]),
    reproduce: reproduceCommand(r.tool, failingCases(r)),
  };
};

describe("parseJunitReport: the dialects real tools write", () => {
  it("pytest --junitxml (xunit2, no file attribute): path::Class::test[param] from the dotted classname, confirmed by the traceback", () => {
    expect(brief("pytest-xunit2.xml")).toEqual({
      tool: "pytest",
      counts: [6, 2, 2, 1, 1, 0],
      problems: [
        [
          "failed",
          "tests/test_calc.py::test_add",
          "assert 3 == 4 +  where 3 = add(1, 2)",
          "tests/test_calc.py:7",
        ],
        [
          "failed",
          "tests/test_calc.py::TestDiv::test_div[1-0]",
          "ZeroDivisionError: division by zero",
          "app/calc.py:6",
        ],
        [
          "error",
          "tests/test_calc.py::test_uses_fixture",
          'failed on setup with "RuntimeError: database <unreachable> & "down""',
          "tests/test_calc.py:26",
        ],
      ],
      reproduce:
        "pytest tests/test_calc.py::test_add 'tests/test_calc.py::TestDiv::test_div[1-0]' tests/test_calc.py::test_uses_fixture",
    });
    const div = parseJunitReport(fixture("pytest-xunit2.xml")).problems[1];
    expect(div?.locations).toEqual(["app/calc.py:6", "tests/test_calc.py:17"]); // the last frame first
  });

  it("pytest: a collection error (empty classname, dotted module as the name) is the module's file, with its E line", () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><testsuites name="pytest tests"><testsuite name="pytest" errors="1" failures="0" skipped="0" tests="1"><testcase classname="" name="tests.test_broken" time="0.000"><error message="collection failure">ImportError while importing test module '/home/runner/work/demo/demo/tests/test_broken.py'.
Traceback:
/opt/hostedtoolcache/Python/3.12.1/x64/lib/python3.12/importlib/__init__.py:90: in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
tests/test_broken.py:1: in &lt;module&gt;
    import nonexistent_mod
E   ModuleNotFoundError: No module named 'nonexistent_mod'</error></testcase></testsuite></testsuites>`;
    const r = parseJunitReport(xml);
    expect(r.problems.map((p) => [p.id, p.outcome, p.message, p.locations])).toEqual([
      [
        "tests/test_broken.py",
        "error",
        "ModuleNotFoundError: No module named 'nonexistent_mod'",
        ["tests/test_broken.py:1"],
      ],
    ]);
    expect(reproduceCommand("pytest", r.problems)).toBe("pytest tests/test_broken.py");
  });

  it("pytest xunit1 (file attribute) gives the same ids", () => {
    expect(brief("pytest-xunit1.xml").problems.map((p) => p[1])).toEqual(
      brief("pytest-xunit2.xml").problems.map((p) => p[1]),
    );
  });

  it("pytest: a dotted classname no frame confirms stays as the report wrote it (never a guessed path)", () => {
    const xml = `<testsuites name="pytest tests"><testsuite name="pytest"><testcase classname="pkg.sub.test_x.TestA" name="test_b"><failure message="boom">no frames here</failure></testcase></testsuite></testsuites>`;
    const r = parseJunitReport(xml);
    expect(r.problems[0]?.id).toBe("pkg.sub.test_x.TestA::test_b");
    expect(reproduceCommand("pytest", r.problems)).toBe("pytest -k test_b");
  });

  it("vitest --reporter=junit: file > describe > test, the ❯ frame", () => {
    expect(brief("vitest.xml")).toEqual({
      tool: "vitest",
      counts: [3, 1, 1, 0, 1, 0],
      problems: [
        [
          "failed",
          "src/calc.test.ts > calc > add > adds <small> numbers",
          "expected 3 to be 4 // Object.is equality",
          "src/calc.test.ts:7:25",
        ],
      ],
      reproduce: "npx vitest run src/calc.test.ts -t 'adds <small> numbers'",
    });
  });

  it("jest-junit: the full name jest -t matches; the file from the attribute or the stack's test frame", () => {
    const expected = {
      tool: "jest",
      counts: [2, 1, 1, 0, 0, 0],
      problems: [
        [
          "failed",
          "test/calc.test.js > calc add adds <small> numbers",
          "Error: expect(received).toBe(expected) // Object.is equality",
          "test/calc.test.js:6:25",
        ],
      ],
      reproduce: "npx jest test/calc.test.js -t 'calc add adds <small> numbers'",
    };
    expect(brief("jest-junit.xml")).toEqual(expected);
    expect(brief("jest-junit-file.xml")).toEqual(expected);
    // node_modules frames (jest-circus) are not locations
    expect(parseJunitReport(fixture("jest-junit.xml")).problems[0]?.locations).toEqual([
      "test/calc.test.js:6:25",
    ]);
  });

  it("mocha-junit-reporter: the suite's file, the full title mocha -g matches, a multi-line message folded", () => {
    expect(brief("mocha.xml")).toEqual({
      tool: "mocha",
      counts: [2, 1, 1, 0, 0, 0],
      problems: [
        [
          "failed",
          "test/calc.test.js > calc add adds <small> numbers",
          "Expected values to be strictly equal: 3 !== 4",
          "test/calc.test.js:7:14",
        ],
      ],
      reproduce: "npx mocha test/calc.test.js -g 'calc add adds <small> numbers'",
    });
  });

  it("go-junit-report: pkg.TestX and subtests, the generic `Failed` message replaced by the t.Error line", () => {
    expect(brief("go-junit-report.xml")).toEqual({
      tool: "go",
      counts: [4, 1, 2, 0, 1, 0],
      problems: [
        [
          "failed",
          "example.com/demo/calc.TestAdd",
          "calc_test.go:9: add(1, 2) = 3, want 4",
          "calc_test.go:9",
        ],
        [
          "failed",
          "example.com/demo/calc.TestDiv/by_zero",
          "calc_test.go:21: div(1, 0): want an error, got <nil>",
          "calc_test.go:21",
        ],
      ],
      reproduce: "go test example.com/demo/calc -run '^TestAdd$'",
    });
    const sub = parseJunitReport(fixture("go-junit-report.xml")).problems[1];
    expect(reproduceCommand("go", sub ? [sub] : [])).toBe(
      "go test example.com/demo/calc -run '^TestDiv$/^by_zero$'",
    );
  });

  it("cargo nextest: module::test, the panic location; a retried test that passed is flaky, not failing", () => {
    expect(brief("nextest.xml")).toEqual({
      tool: "cargo",
      counts: [3, 2, 1, 0, 0, 1],
      problems: [
        ["failed", "tests::adds", "thread 'tests::adds' panicked at src/lib.rs:12:9:", "src/lib.rs:12:9"],
        ["flaky", "tests::retries", "thread 'tests::retries' panicked at src/lib.rs:30:9", "src/lib.rs:30:9"],
      ],
      reproduce: "cargo nextest run -p demo tests::adds",
    });
  });

  it("surefire: Class#method; rerunFailure counts reruns of a failure, flakyFailure is a pass after a rerun", () => {
    const r = parseJunitReport(fixture("surefire.xml"));
    expect(brief("surefire.xml")).toEqual({
      tool: "maven",
      counts: [3, 2, 1, 0, 0, 1],
      problems: [
        ["failed", "com.example.CalcTest#adds", "expected: <4> but was: <3>", "CalcTest.java:14"],
        ["flaky", "com.example.CalcTest#connects", "Connection refused", "CalcTest.java:22"],
      ],
      reproduce: "mvn test -Dtest='CalcTest#adds'",
    });
    expect(r.problems.map((p) => p.reruns)).toEqual([1, 1]);
  });
});

describe("parseJunitReport: hostile or broken input", () => {
  it("refuses a DOCTYPE entity bomb without expanding anything", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><testsuite><testcase name="&lol3;"><failure message="&lol3;"/></testcase></testsuite>`;
    expect(() => parseJunitReport(bomb)).toThrow(/declares a DTD.*refused/);
    expect(() => parseJunitReport(`<!DOCTYPE x SYSTEM "file:///etc/passwd"><testsuite/>`)).toThrow(/DTD/);
  });

  it("reads a <!DOCTYPE html> inside a CDATA failure text as text", () => {
    const xml = `<testsuite name="s"><testcase classname="c" name="t"><failure><![CDATA[<!DOCTYPE html><p>got this page</p>]]></failure></testcase></testsuite>`;
    expect(parseJunitReport(xml).problems[0]?.message).toBe("<!DOCTYPE html><p>got this page</p>");
  });

  it("decodes only the predefined and numeric entities", () => {
    const xml = `<testsuite><testcase name="a &amp;&lt;&gt;&quot;&apos; &#65;&#x42;"><failure message="x&#10;y &amp;amp;"/></testcase></testsuite>`;
    const p = parseJunitReport(xml).problems[0];
    expect(p?.name).toBe(`a &<>"' AB`);
    expect(p?.message).toBe("x y &amp;");
  });

  it("says why a file is not a report: malformed, not JUnit, too large", () => {
    expect(() => parseJunitReport(`<testsuite><testcase name="a"></testsuite>`)).toThrow(
      /not well-formed XML \(line 1\)/,
    );
    expect(() => parseJunitReport("<html><body>502</body></html>")).toThrow(/not a JUnit report/);
    expect(() => parseJunitReport("PK\u0003\u0004 binary")).toThrow(/not well-formed|not a JUnit/);
    expect(() => parseJunitReport(" ".repeat(JUNIT_MAX_CHARS + 1))).toThrow(/larger than 32 MiB/);
  });

  it("control characters are removed from names and messages; messages are capped", () => {
    const xml = `<testsuite><testcase classname="c" name="t&#27;[31m"><failure message="${"m".repeat(2000)}"/></testcase></testsuite>`;
    const p = parseJunitReport(xml).problems[0];
    expect(p?.id).toBe("c::t[31m");
    expect(p?.message.length).toBeLessThanOrEqual(501);
    const long = parseJunitReport(
      `<testsuite><testcase classname="${"c".repeat(5000)}" name="${"n".repeat(5000)}"><error/></testcase></testsuite>`,
    ).problems[0];
    expect(long?.id.length).toBeLessThanOrEqual(1004); // classname and name capped at 500 each
  });

  it("empty <failure/>, <error/> and <skipped/> elements count", () => {
    const xml = `<testsuite><testcase classname="c" name="f"><failure/></testcase><testcase classname="c" name="e"><error/></testcase><testcase classname="c" name="s"><skipped/></testcase></testsuite>`;
    expect(parseJunitReport(xml)).toMatchObject({
      failures: 1,
      errors: 1,
      skipped: 1,
      problems: [
        { id: "c::f", outcome: "failed", message: "" },
        { id: "c::e", outcome: "error" },
      ],
    });
  });

  it("nested suites and suite totals without cases", () => {
    const nested = `<testsuites><testsuite name="a"><testsuite name="b"><testcase classname="x" name="y"><error message="e"/></testcase></testsuite></testsuite></testsuites>`;
    expect(parseJunitReport(nested)).toMatchObject({
      tests: 1,
      errors: 1,
      problems: [{ id: "x::y", outcome: "error", suite: "b" }],
    });
    expect(
      parseJunitReport(`<testsuites><testsuite tests="4" failures="1" errors="0" skipped="1"/></testsuites>`),
    ).toMatchObject({
      tests: 4,
      failures: 1,
      skipped: 1,
      passed: 2,
    });
  });
});
