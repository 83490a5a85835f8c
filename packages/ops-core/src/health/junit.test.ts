import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJunit } from "./junit.js";

const pytest = readFileSync(new URL("./__fixtures__/pytest-junit.xml", import.meta.url), "utf8");

describe("parseJunit", () => {
  it("reads with the triage's parser: pytest ids a user can run when the report confirms the file", () => {
    const xml = readFileSync(
      new URL("../triage/__fixtures__/junit/pytest-xunit2.xml", import.meta.url),
      "utf8",
    );
    expect(parseJunit(xml).failed.map((f) => [f.kind, f.name])).toEqual([
      ["failure", "tests/test_calc.py::test_add"],
      ["failure", "tests/test_calc.py::TestDiv::test_div[1-0]"],
      ["error", "tests/test_calc.py::test_uses_fixture"],
    ]);
  });

  it("reads pytest's report: counts and failing tests with their messages", () => {
    const j = parseJunit(pytest);
    expect(j).toMatchObject({ tests: 5, passed: 2, failures: 1, errors: 1, skipped: 1 });
    expect(j.failed).toEqual([
      {
        name: "tests.e2e.test_smoke::test_order_roundtrip",
        kind: "failure",
        message: "AssertionError: assert 500 == 200 +  where 500 = <Response [500]>.status_code", // folded
      },
      {
        name: "tests.e2e.test_smoke::test_gateway[ws]",
        kind: "error",
        message: 'failed on setup with "ConnectionRefusedError"',
      },
    ]);
  });
  it("reads a failure's text when it has no message attribute, CDATA included", () => {
    const xml = `<testsuite><testcase name="t1"><failure><![CDATA[expected <b> got & more]]></failure></testcase></testsuite>`;
    expect(parseJunit(xml).failed).toEqual([
      { name: "t1", kind: "failure", message: "expected <b> got & more" },
    ]);
  });
  it("ignores commented-out test cases", () => {
    const xml = `<testsuite><!-- <testcase name="ghost"><failure/></testcase> --><testcase name="real"/></testsuite>`;
    expect(parseJunit(xml)).toMatchObject({ tests: 1, passed: 1, failures: 0 });
  });
  it("falls back on suite totals when there are no test cases", () => {
    expect(
      parseJunit(`<testsuites><testsuite tests="4" failures="1" errors="0" skipped="1"/></testsuites>`),
    ).toMatchObject({
      tests: 4,
      failures: 1,
      skipped: 1,
      passed: 2,
    });
  });
  it("refuses DTDs and entity declarations (no billion laughs)", () => {
    expect(() => parseJunit(`<!DOCTYPE x [<!ENTITY a "aaaa">]><testsuite/>`)).toThrow(/DTD/);
  });
  it("says when a file is not JUnit XML", () => {
    expect(() => parseJunit("<html><body>502 Bad Gateway</body></html>")).toThrow("not a JUnit report");
  });
  it("decodes only the predefined and numeric entities", () => {
    const xml = `<testsuite><testcase name="a&amp;b&#33;&#x41;&unknown;"/></testsuite>`;
    expect(parseJunit(xml).tests).toBe(1);
    const failing = `<testsuite><testcase name="a&amp;b&#33;&#x41;&unknown;"><error message="x"/></testcase></testsuite>`;
    expect(parseJunit(failing).failed[0]?.name).toBe("a&b!A&unknown;");
  });
});
