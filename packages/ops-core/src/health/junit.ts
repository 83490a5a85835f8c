// The smoke tests' JUnit report (pytest's --junitxml, jest-junit, surefire…): counts and the failing tests.
// The XML is read by the triage's JUnit parser (../triage/junit-report.ts: fast-xml-parser, no DTD, only
// the predefined and numeric entities, bounded), so the project has one XML reader. Pure.

import { JUNIT_MAX_CHARS, parseJunitReport } from "../triage/junit-report.js";

export interface JunitFailure {
  /** The test as its tool's users type it (`tests/x.py::test_a`), else `classname::name` or `name`. */
  name: string;
  kind: "failure" | "error";
  /** The failure's message on one line (untrusted text, cut short). */
  message: string;
}

export interface JunitSummary {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  passed: number;
  failed: JunitFailure[];
}

export const JUNIT_MAX_BYTES = JUNIT_MAX_CHARS;

/** Parses JUnit XML; throws an Error saying why when it is not a readable JUnit report. */
export function parseJunit(xml: string): JunitSummary {
  const r = parseJunitReport(xml);
  return {
    tests: r.tests,
    failures: r.failures,
    errors: r.errors,
    skipped: r.skipped,
    passed: r.passed,
    failed: r.problems
      .filter((p) => p.outcome === "failed" || p.outcome === "error")
      .map((p) => ({ name: p.id, kind: p.outcome === "error" ? "error" : "failure", message: p.message })),
  };
}
