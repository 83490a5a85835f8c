// A small, safe JUnit XML reader (pytest's --junitxml, jest-junit, surefire): counts and the failing tests.
// No dependencies, no entity expansion beyond the five predefined ones and numeric references, no DTDs,
// bounded input. Pure.

export interface JunitFailure {
  /** `classname::name` (pytest style) or `name`. */
  name: string;
  kind: "failure" | "error";
  /** The failure message (untrusted text, cut short). */
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

export const JUNIT_MAX_BYTES = 32 * 1024 * 1024;
const MESSAGE_LIMIT = 500;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    switch (ref) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    const code = ref.startsWith("#x") ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m !== null; m = re.exec(tag)) {
    out[m[1] as string] = decodeEntities(m[3] ?? m[4] ?? "");
  }
  return out;
}

/** Parses JUnit XML; throws an Error saying why when it is not JUnit XML. */
export function parseJunit(xml: string): JunitSummary {
  if (xml.length > JUNIT_MAX_BYTES) throw new Error(`the JUnit file is larger than ${JUNIT_MAX_BYTES} bytes`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw new Error("the JUnit file declares a DTD or entities; refusing to read it");
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  if (!/<testsuites?\b/.test(body) && !/<testcase\b/.test(body)) {
    throw new Error("not JUnit XML: no <testsuite> or <testcase> element");
  }
  const summary: JunitSummary = { tests: 0, failures: 0, errors: 0, skipped: 0, passed: 0, failed: [] };
  // Each testcase: self-closing, or with a body up to its closing tag.
  const caseRe = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase\s*>)/g;
  for (let m = caseRe.exec(body); m !== null; m = caseRe.exec(body)) {
    const attrs = attributes(m[1] ?? "");
    const inner = m[3] ?? "";
    summary.tests++;
    const name = attrs.classname ? `${attrs.classname}::${attrs.name ?? "?"}` : (attrs.name ?? "?");
    const problem = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/.exec(inner);
    if (problem) {
      const kind = problem[1] as "failure" | "error";
      if (kind === "failure") summary.failures++;
      else summary.errors++;
      const pattrs = attributes(problem[2] ?? "");
      const text = pattrs.message ?? decodeEntities((problem[3] ?? "").replace(/<!\[CDATA\[|\]\]>/g, ""));
      const message = text.trim().split("\n")[0] ?? "";
      summary.failed.push({
        name,
        kind,
        message: message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT)}…` : message,
      });
    } else if (/<skipped\b/.test(inner)) summary.skipped++;
    else summary.passed++;
  }
  // A report with suites but no testcase elements: trust the suite totals.
  if (summary.tests === 0) {
    for (const m of body.matchAll(/<testsuite\b([^>]*)>/g)) {
      const a = attributes(m[1] ?? "");
      summary.tests += Number(a.tests ?? 0) || 0;
      summary.failures += Number(a.failures ?? 0) || 0;
      summary.errors += Number(a.errors ?? 0) || 0;
      summary.skipped += Number(a.skipped ?? 0) || 0;
    }
    summary.passed = Math.max(0, summary.tests - summary.failures - summary.errors - summary.skipped);
  }
  return summary;
}
