import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isJunitPath, triageJunitFile, triageJunitXml } from "./junit-file.js";

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/junit/${name}`, import.meta.url));

describe("ops triage on a JUnit report", () => {
  it("gives the exact tests, the tool and the narrowed command of a real pytest report", async () => {
    const r = await triageJunitFile(fixture("pytest-xunit1.xml"), "report.xml");
    expect(r).toMatchObject({
      category: "test_failure",
      tool: "pytest",
      tests: [
        "tests/test_calc.py::test_add",
        "tests/test_calc.py::TestDiv::test_div[1-0]",
        "tests/test_calc.py::test_uses_fixture",
      ],
      locations: ["tests/test_calc.py:7", "app/calc.py:6", "tests/test_calc.py:26"],
      reproduce:
        "pytest tests/test_calc.py::test_add 'tests/test_calc.py::TestDiv::test_div[1-0]' tests/test_calc.py::test_uses_fixture",
    });
    expect(r.summary).toMatch(
      /^3 failing tests: tests\/test_calc.py::test_add — .* \(JUnit report "report.xml"\)$/,
    );
    expect(r.details.rule).toBe("junit.failure");
    expect(r.fix).toMatch(/^Read the assertion and the location/);
    const vitest = await triageJunitFile(fixture("vitest.xml"));
    expect([vitest.tool, vitest.reproduce]).toEqual([
      "vitest",
      "npx vitest run src/calc.test.ts -t 'adds <small> numbers'",
    ]);
  });

  it("a report with no failure says so and is not a failure; a bad one throws why", () => {
    const ok = triageJunitXml(`<testsuite><testcase name="a"/><testcase name="b"/></testsuite>`, "ok.xml");
    expect(ok.summary).toBe('JUnit report "ok.xml": 2 tests, none failed');
    expect(ok.details.rule).toBe("none");
    expect(() => triageJunitXml(`<!DOCTYPE x [<!ENTITY a "b">]><testsuite/>`, "x.xml")).toThrow(/DTD/);
    expect(isJunitPath("build/TEST-report.XML")).toBe(true);
    expect(isJunitPath("job.log")).toBe(false);
  });
});
