// `ops triage report.xml`: a JUnit XML report read from a local file gives the same triage as one from a
// run's artifact (exact tests, messages, file:line, the tool, the narrowed reproduce command). The file is
// size-checked before it is read, parsed as data (junit-report.ts), never run.

import { readFile, stat } from "node:fs/promises";
import { mergeTestReports } from "./junit-artifacts.js";
import { JUNIT_MAX_CHARS, parseJunitReport } from "./junit-report.js";
import { TriageScanner } from "./scanner.js";
import type { TriageResult } from "./types.js";

/** A path that names a JUnit XML report rather than a log. */
export function isJunitPath(path: string): boolean {
  return /\.xml$/i.test(path);
}

/** The triage of a JUnit report's text; `file` names it in the summary. Throws when it is not readable. */
export function triageJunitXml(xml: string, file: string): TriageResult {
  const report = parseJunitReport(xml);
  const result = new TriageScanner({}).end();
  mergeTestReports(result, [{ artifact: "", file, report }], true);
  if (result.category === "test_failure") result.details.rule = "junit.failure";
  else
    result.summary = `JUnit report "${file}": ${report.tests} tests, none failed${report.flaky ? ` (${report.flaky} passed on a rerun)` : ""}`;
  return result;
}

export async function triageJunitFile(path: string, label = path): Promise<TriageResult> {
  const { size } = await stat(path);
  if (size > JUNIT_MAX_CHARS) throw new Error(`${label} is larger than ${JUNIT_MAX_CHARS / 1024 / 1024} MiB`);
  return triageJunitXml(await readFile(path, "utf8"), label);
}
