// JUnit XML test reports, as the tools really write them (pytest --junitxml in both families, vitest's
// junit reporter, jest-junit, mocha-junit-reporter, go-junit-report/gotestsum, cargo nextest, Maven
// surefire): the failing tests in the form each tool's users type, their messages and file:line, errors vs
// failures vs skipped vs flaky (surefire/nextest `flakyFailure`/`rerunFailure`), and the command that runs
// only them. Parsed with fast-xml-parser; a report is DATA: nothing in it is ever run, no DTD is read (a
// DOCTYPE is refused: no entity can expand), only the five predefined entities and numeric references are
// decoded, and input, nesting, messages and the number of cases kept are capped. Pure.

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { stripControl } from "../action/safe-text.js";
import { isProjectPath, repoRelative, shellWord } from "./paths.js";

/** The programs whose JUnit dialects are recognised (names as in the triage's `tool`). */
export type JunitTool = "pytest" | "vitest" | "jest" | "mocha" | "go" | "cargo" | "maven" | "unknown";

export type CaseOutcome = "passed" | "failed" | "error" | "skipped" | "flaky";

export interface JunitCase {
  /** The test as its tool's users type it: `tests/x.py::Class::test[p]`, `src/a.test.ts > d > t`, … */
  id: string;
  /** The raw attributes, for readers that need them (`classname`, `name`, the suite's `name`). */
  classname: string;
  name: string;
  suite: string;
  /** The test's file when the report says it (attribute or stack frame), repository-relative. */
  file?: string;
  outcome: CaseOutcome;
  /** One line: the failure's message (untrusted text, control characters removed, capped). */
  message: string;
  /** The failure's text (traceback/stack; untrusted, capped). */
  text: string;
  /** `path:line[:col]` of the failure in the project's files, most relevant first. */
  locations: string[];
  /** Failed runs before the last one (`rerunFailure`/`flakyFailure`). */
  reruns: number;
}

export interface JunitReport {
  tool: JunitTool;
  tests: number;
  passed: number;
  failures: number;
  errors: number;
  skipped: number;
  flaky: number;
  /** The failed, erroring and flaky cases, in document order (at most MAX_PROBLEMS). */
  problems: JunitCase[];
  /** More problems than kept. */
  truncated: boolean;
}

/** A report that is not readable JUnit XML; the message says why (shown to the user). */
export class JunitReportError extends Error {
  override name = "JunitReportError";
}

export const JUNIT_MAX_CHARS = 32 * 1024 * 1024;
const MAX_PROBLEMS = 500;
const MAX_CASES = 200_000;
const MESSAGE_CHARS = 500;
const TEXT_CHARS = 4_000;
const NAME_CHARS = 500;
const MAX_SUITE_DEPTH = 16;

const ARRAYS = new Set([
  "testsuite",
  "testcase",
  "failure",
  "error",
  "skipped",
  "flakyFailure",
  "flakyError",
  "rerunFailure",
  "rerunError",
  "property",
]);

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The predefined entities and numeric references only; DTD entities are never taken. */
function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    const named = PREDEFINED[ref];
    if (named !== undefined) return named;
    const code = ref.startsWith("#x") ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const entityDecoder = {
  setExternalEntities() {},
  addInputEntities() {},
  reset() {},
  setXmlVersion() {},
  decode: decodeXmlText,
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  entityDecoder,
  maxNestedTags: 64,
  isArray: (name) => ARRAYS.has(name),
});

// biome-ignore lint/suspicious/noExplicitAny: the parsed document is untyped; read field by field below
type Node = any;

/** A case as the document has it, before the tool's dialect gives it an id. */
interface RawCase {
  suite: string;
  suiteFile: string;
  classname: string;
  name: string;
  file: string;
  line: string;
  outcome: CaseOutcome;
  message: string;
  text: string;
  type: string;
  reruns: number;
}

interface RawDoc {
  rootName: string;
  suiteNames: string[];
  properties: string[];
  schema: string;
  cases: RawCase[];
  totals: { tests: number; failures: number; errors: number; skipped: number };
}

function attr(node: Node, name: string): string {
  const v = node?.[`@_${name}`];
  return typeof v === "string" ? v : "";
}

function textOf(node: Node): string {
  if (typeof node === "string") return node;
  if (!node || typeof node !== "object") return "";
  let out = typeof node["#text"] === "string" ? node["#text"] : "";
  // surefire nests the trace of flaky/rerun failures in <stackTrace>
  for (const key of ["stackTrace", "system-out"]) {
    const child = node[key];
    if (typeof child === "string" && key === "stackTrace") out += child;
    else if (child && typeof child === "object" && key === "stackTrace") out += textOf(child);
  }
  return out;
}

function oneLine(text: string): string {
  const line =
    stripControl(text)
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "") ?? "";
  return line.length > MESSAGE_CHARS ? `${line.slice(0, MESSAGE_CHARS)}…` : line;
}

/** A message attribute folded onto one line; a generic one (`Failed`) gives way to the text's first line. */
function messageOf(message: string, body: string): string {
  if (message === "" || /^(failed|failure|error)$/i.test(message.trim()))
    return oneLine(body) || oneLine(message);
  const folded = stripControl(message)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join(" ");
  return folded.length > MESSAGE_CHARS ? `${folded.slice(0, MESSAGE_CHARS)}…` : folded;
}

function capText(text: string): string {
  const t = stripControl(text.replace(/\r\n?/g, "\n")).trim();
  return t.length > TEXT_CHARS ? `${t.slice(0, TEXT_CHARS)}…` : t;
}

function capName(text: string): string {
  return text.length > NAME_CHARS ? `${text.slice(0, NAME_CHARS)}…` : text;
}

function readCase(tc: Node, suite: string, suiteFile: string): RawCase {
  const list = (k: string): Node[] => (Array.isArray(tc?.[k]) ? tc[k] : []);
  // an empty element (`<failure/>`) parses as "": presence is the array's length, not its truthiness
  const failures = list("failure");
  const errors = list("error");
  const flaky = [...list("flakyFailure"), ...list("flakyError")];
  const reruns = list("rerunFailure").length + list("rerunError").length + flaky.length;
  const outcome: CaseOutcome =
    failures.length > 0
      ? "failed"
      : errors.length > 0
        ? "error"
        : flaky.length > 0
          ? "flaky"
          : list("skipped").length > 0
            ? "skipped"
            : "passed";
  const problem: Node = failures.length > 0 ? failures[0] : errors.length > 0 ? errors[0] : flaky[0];
  const body = problem === undefined ? "" : textOf(problem);
  const message = problem === undefined ? "" : attr(problem, "message");
  return {
    suite,
    suiteFile,
    classname: capName(attr(tc, "classname")),
    name: capName(attr(tc, "name")),
    file: capName(attr(tc, "file")),
    line: attr(tc, "line"),
    outcome,
    message: messageOf(message, body),
    text: capText(body),
    type: problem === undefined ? "" : attr(problem, "type"),
    reruns,
  };
}

function readDoc(xml: string): RawDoc {
  if (xml.length > JUNIT_MAX_CHARS)
    throw new JunitReportError(`larger than ${JUNIT_MAX_CHARS / 1024 / 1024} MiB; not read`);
  // A DTD is never needed by a test report and is how entity bombs and external entities arrive.
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  if (/<!DOCTYPE|<!ENTITY/i.test(markup))
    throw new JunitReportError("declares a DTD (<!DOCTYPE>/<!ENTITY>); refused, nothing in it was expanded");
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new JunitReportError(`not well-formed XML (line ${valid.err.line}): ${oneLine(valid.err.msg)}`);
  let doc: Node;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    throw new JunitReportError(
      `unreadable XML: ${oneLine(error instanceof Error ? error.message : String(error))}`,
    );
  }
  const root: Node =
    doc?.testsuites ?? (Array.isArray(doc?.testsuite) ? { testsuite: doc.testsuite } : undefined);
  if (!root || typeof root !== "object")
    throw new JunitReportError("not a JUnit report: no <testsuites> or <testsuite> element");
  const out: RawDoc = {
    rootName: attr(doc.testsuites, "name"),
    suiteNames: [],
    properties: [],
    schema: "",
    cases: [],
    totals: { tests: 0, failures: 0, errors: 0, skipped: 0 },
  };
  const walk = (node: Node, suite: string, suiteFile: string, depth: number) => {
    if (depth > MAX_SUITE_DEPTH) return;
    for (const tc of Array.isArray(node?.testcase) ? node.testcase : []) {
      if (out.cases.length >= MAX_CASES) return;
      out.cases.push(readCase(tc, suite, suiteFile));
    }
    for (const s of Array.isArray(node?.testsuite) ? node.testsuite : []) {
      const name = attr(s, "name");
      out.suiteNames.push(name);
      out.schema ||= attr(s, "xsi:noNamespaceSchemaLocation");
      const props = s?.properties?.property;
      if (Array.isArray(props)) for (const p of props) out.properties.push(attr(p, "name"));
      if (!Array.isArray(s?.testsuite)) {
        // leaf suites carry the totals (nested suites would count twice)
        out.totals.tests += Number(attr(s, "tests")) || 0;
        out.totals.failures += Number(attr(s, "failures")) || 0;
        out.totals.errors += Number(attr(s, "errors")) || 0;
        out.totals.skipped += (Number(attr(s, "skipped")) || 0) + (Number(attr(s, "disabled")) || 0);
      }
      walk(s, name, attr(s, "file") || suiteFile, depth + 1);
    }
  };
  walk(root, "", "", 0);
  return out;
}

/** Which tool wrote the report: its own markers first, then the shape of its names. */
function detectTool(d: RawDoc): JunitTool {
  const root = d.rootName.toLowerCase();
  if (root === "pytest tests" || d.suiteNames.includes("pytest")) return "pytest";
  if (root === "vitest tests") return "vitest";
  if (root === "jest tests") return "jest";
  if (root === "mocha tests" || d.suiteNames[0] === "Root Suite") return "mocha";
  if (root === "nextest-run" || root.startsWith("nextest")) return "cargo";
  if (d.properties.includes("go.version")) return "go";
  if (d.schema.includes("surefire") || d.properties.some((p) => p.startsWith("java."))) return "maven";
  const files = d.cases.map((c) => c.file || c.suiteFile || c.classname);
  if (files.some((f) => /\.py$/.test(f))) return "pytest";
  if (files.some((f) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(f))) return "vitest";
  return "unknown";
}

const PY_FRAME = /^\s*(?:File "([^"\n]+\.py)", line (\d+)|([^\s:"'<>]+\.py):(\d+):)/gm;
const JS_FRAME = /(?:file:\/\/)?((?:[A-Za-z]:)?[^\s()'"<>:]+\.[cm]?[jt]sx?):(\d+):(\d+)/g;
const GO_FRAME = /^\s*([\w./-]+\.go):(\d+):/gm;
const RUST_FRAME = /(?:panicked at |--> )([^\s:'"]+\.rs):(\d+):(\d+)/g;
const JAVA_FRAME = /^\s*at ([\w$.]+)\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/gm;

function projectFrames(text: string, re: RegExp, pick: (m: RegExpExecArray) => string | undefined): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const loc = pick(m);
    if (loc && !out.includes(loc)) out.push(loc);
  }
  return out;
}

function loc(path: string, line: string, col?: string): string | undefined {
  const raw = path.replace(/^file:\/\//, "");
  const p = repoRelative(raw);
  if (!isProjectPath(raw) || !isProjectPath(p) || p.startsWith("<") || p.startsWith("node:"))
    return undefined;
  return col ? `${p}:${line}:${col}` : `${p}:${line}`;
}

function locationsOf(tool: JunitTool, c: RawCase): string[] {
  const t = c.text;
  switch (tool) {
    case "pytest": {
      // the traceback's LAST frame is where it failed; the test's own frame follows
      const frames = projectFrames(t, PY_FRAME, (m) =>
        m[1] ? loc(m[1], m[2] ?? "") : loc(m[3] ?? "", m[4] ?? ""),
      );
      frames.reverse();
      if (frames.length === 0 && c.file && /^\d+$/.test(c.line))
        frames.push(`${repoRelative(c.file)}:${Number(c.line) + 1}`); // pytest's `line` is 0-based
      return frames.slice(0, 5);
    }
    case "go":
      return projectFrames(t, GO_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "")).slice(0, 5);
    case "cargo":
      return projectFrames(t, RUST_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "", m[3])).slice(0, 5);
    case "maven": {
      const own = c.classname;
      return projectFrames(t, JAVA_FRAME, (m) =>
        own && (m[1] ?? "").startsWith(`${own}.`) ? `${m[2]}:${m[3]}` : undefined,
      ).slice(0, 5);
    }
    default:
      return projectFrames(t, JS_FRAME, (m) => loc(m[1] ?? "", m[2] ?? "", m[3])).slice(0, 5);
  }
}

const TEST_FILE = /(^|\/)(__tests__\/|[^/]+\.(test|spec)\.)[^/]*$|(^|\/)tests?\//;

/** pytest: `path::Class::name`; the dotted classname becomes a path only when the report confirms it. */
function pytestId(c: RawCase): { id: string; file?: string } {
  const dotted = c.classname || ""; // "" for collection errors: the name is the module then
  const segments = (dotted || c.name).split(".").filter((s) => s !== "");
  const firstClass = segments.findIndex((s) => /^[A-Z]/.test(s));
  const moduleParts = firstClass < 0 ? segments : segments.slice(0, firstClass);
  const classes = firstClass < 0 ? [] : segments.slice(firstClass);
  const fromAttr = c.file ? repoRelative(c.file) : "";
  const guessed = `${moduleParts.join("/")}.py`;
  const confirmed =
    fromAttr !== "" ||
    c.text.includes(`${guessed}:`) ||
    c.text.includes(`/${guessed}", line`) ||
    c.text.includes(`"${guessed}", line`);
  const file = fromAttr || (confirmed ? guessed : "");
  if (!dotted) return file ? { id: file, file } : { id: c.name };
  if (!file) return { id: `${dotted}::${c.name}` };
  return { id: [file, ...classes, c.name].join("::"), file };
}

function caseId(tool: JunitTool, c: RawCase, locations: readonly string[]): { id: string; file?: string } {
  const fromFrames = locations.map((l) => l.replace(/:\d+(:\d+)?$/, "")).find((p) => TEST_FILE.test(p));
  switch (tool) {
    case "pytest":
      return pytestId(c);
    case "vitest": {
      const file = repoRelative(c.file || c.classname || c.suiteFile);
      return file ? { id: `${file} > ${c.name}`, file } : { id: c.name };
    }
    case "jest":
    case "mocha": {
      // jest-junit and mocha-junit-reporter write the full name (describe titles and the test's, joined by
      // spaces): what `jest -t` and `mocha -g` match. The file: the attribute, or the stack's test file.
      const file = c.file || c.suiteFile ? repoRelative(c.file || c.suiteFile) : fromFrames;
      return file ? { id: `${file} > ${c.name}`, file } : { id: c.name };
    }
    case "go":
      return { id: c.classname ? `${c.classname}.${c.name}` : c.name };
    case "cargo":
      return { id: c.name };
    case "maven":
      return { id: c.classname ? `${c.classname}#${c.name}` : c.name };
    default:
      return { id: c.classname ? `${c.classname}::${c.name}` : c.name };
  }
}

/** Parses a JUnit XML report; throws JunitReportError saying why when it cannot. */
export function parseJunitReport(xml: string): JunitReport {
  const doc = readDoc(xml.replace(/^\uFEFF/, ""));
  const tool = detectTool(doc);
  const report: JunitReport = {
    tool,
    tests: 0,
    passed: 0,
    failures: 0,
    errors: 0,
    skipped: 0,
    flaky: 0,
    problems: [],
    truncated: false,
  };
  for (const c of doc.cases) {
    report.tests++;
    if (c.outcome === "passed") report.passed++;
    else if (c.outcome === "skipped") report.skipped++;
    else {
      if (c.outcome === "failed") report.failures++;
      else if (c.outcome === "error") report.errors++;
      else {
        report.flaky++;
        report.passed++;
      }
      if (report.problems.length >= MAX_PROBLEMS) {
        report.truncated = true;
        continue;
      }
      const locations = locationsOf(tool, c);
      // pytest's generic messages (`collection failure`): its `E   ` line says what broke
      const pytestE = tool === "pytest" ? /^E\s+(\S.*)$/m.exec(c.text)?.[1] : undefined;
      if (pytestE && /^(collection failure|failed on (setup|teardown))$/i.test(c.message))
        c.message = oneLine(pytestE);
      const { id, file } = caseId(tool, c, locations);
      report.problems.push({
        id: stripControl(id),
        classname: c.classname,
        name: c.name,
        suite: capName(c.suite),
        ...(file ? { file } : {}),
        outcome: c.outcome,
        message: c.message || (c.type ? oneLine(c.type) : ""),
        text: c.text,
        locations,
        reruns: c.reruns,
      });
    }
  }
  if (report.tests === 0 && doc.totals.tests > 0) {
    // suites with totals only (some tools for empty or aborted runs): trust their counts
    const t = doc.totals;
    Object.assign(report, { tests: t.tests, failures: t.failures, errors: t.errors, skipped: t.skipped });
    report.passed = Math.max(0, t.tests - t.failures - t.errors - t.skipped);
  }
  return report;
}

/** The failing (not flaky) cases: failures and errors. */
export function failingCases(report: JunitReport): JunitCase[] {
  return report.problems.filter((c) => c.outcome === "failed" || c.outcome === "error");
}

function goRun(name: string): string {
  return name
    .split("/")
    .map((part) => `^${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)
    .join("/");
}

/**
 * The command that runs only these tests, as the tool's users type it (for display, quoted for a POSIX
 * shell, never run). Several pytest ids go on one command line; other tools get the first test.
 */
export function reproduceCommand(tool: JunitTool, cases: readonly JunitCase[]): string | undefined {
  const first = cases[0];
  if (!first) return undefined;
  switch (tool) {
    case "pytest": {
      const ids = cases.filter((c) => c.file && c.id.startsWith(c.file)).map((c) => c.id);
      if (ids.length > 0) return `pytest ${ids.slice(0, 5).map(shellWord).join(" ")}`;
      const leaf = first.name.replace(/\[.*$/, "");
      return `pytest -k ${shellWord(leaf)}`;
    }
    case "vitest": {
      const test = first.name.split(" > ").pop() ?? first.name;
      return first.file
        ? `npx vitest run ${shellWord(first.file)} -t ${shellWord(test)}`
        : `npx vitest run -t ${shellWord(test)}`;
    }
    case "jest":
      return `npx jest ${first.file ? `${shellWord(first.file)} ` : ""}-t ${shellWord(first.name)}`;
    case "mocha":
      return `npx mocha ${first.file ? `${shellWord(first.file)} ` : ""}-g ${shellWord(first.name)}`;
    case "go":
      return `go test ${first.classname ? shellWord(first.classname) : "./..."} -run ${shellWord(goRun(first.name))}`;
    case "cargo": {
      const crate = first.suite.split("::")[0] ?? "";
      return `cargo nextest run ${crate ? `-p ${shellWord(crate)} ` : ""}${shellWord(first.name)}`;
    }
    case "maven": {
      const cls = first.classname.split(".").pop() ?? first.classname;
      return `mvn test -Dtest=${shellWord(`${cls}#${first.name}`)}`;
    }
    default:
      return undefined;
  }
}
