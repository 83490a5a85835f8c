// The triage engine: normalized lines in, one TriageResult out. Streaming and bounded: it keeps the first
// signal of each weight and of each category, a capped list of locations, diagnostics and tests, and a few
// lines of context — never the log. Per line it runs the reader's normalization, one combined pre-filter
// and only the rules whose needle is present, plus a small state machine for multi-line formats (Python
// tracebacks, eslint's stylish output, ruff's full format, CMake call stacks).
//
// The pre-filter's design and its measurements are in prefilter.ts. Before it (to 2026-12-03) the needles
// ran as 12 passes of literal alternations through V8's irregexp; every layout of those passes that was
// tried (passes of 2 to 5 needles, grouped by length, one per needle, split or merged tuned passes) sat at
// 0.20-0.26× `grep -E -c` in `npm run bench -- triage`, the passes being ~60% of the profile. Anchored
// native searches took the whole triage to 0.63-0.67× that time (same log, same process layout).

import { adviceFor } from "./advice.js";
import { scriptTool } from "./command.js";
import { formatLocation, isFilePath, isProjectPath, repoRelative } from "./paths.js";
import { createPrefilter, type Prefilter } from "./prefilter.js";
import { cleanText, type LineKind, LineNormalizer, type LogLine, MAX_LINE_CHARS } from "./reader.js";
import { escapeRe, RULES, type Rule, type RuleHit } from "./rules.js";
import { isCodeFile } from "./tools/javascript.js";
import type { Category, Diagnostic, FlakyEvidence, Signal, Tool, TriageResult, Weight } from "./types.js";

const MAX_TESTS = 50;
const MAX_LOCATIONS = 30;
const MAX_DIAGNOSTICS = 50;
const MAX_EVIDENCE_CHARS = 300;
/** Lines before/after a cause within which a generic traceback's locations belong to it. */
const ATTACH_AFTER = 400;
const ATTACH_BEFORE = 60;
/** A traceback whose frames stopped this many lines ago is abandoned. */
const FRAME_GAP = 80;

// The pre-filter (prefilter.ts): the lines of each chunk (decoded as latin1, one byte per character, so
// V8's one-byte search paths apply; the few lines kept are decoded as UTF-8 again) holding any needle
// below. A line it does not keep is never sliced, decoded or normalized: it is only counted. Lines right
// after a kept one (continuations, call stacks, code frames, traceback frames) are read too.

/**
 * What the scanner's own multi-line parsers start from (beside the rules' needles): step headers
 * (`Run …` of a web copy, a paste's `$ …` prompt), pytest's section rules, tracebacks, eslint's and
 * ruff's per-file lines, CMake's errors. The pre-filter must keep every line holding one of these.
 */
export const STATEFUL_TRIGGERS: readonly string[] = [
  "Run ",
  "$ ",
  "FAILURES",
  "ERRORS",
  "Traceback",
  'File "',
  "Timeout",
  "-->",
  "_test.go:",
  "CMake Error",
  "too many warnings",
  "●",
  "❯",
  // the fallback's words (an error-looking line is evidence even when no rule knows it)
  "atal",
  "panic",
  "xception",
];

/** Words kept whatever the rules say: an error, a failure, a kill, a time or memory limit in passing (the
 * rules' triggers and the parsers' starts come beside them). */
const BROAD_NEEDLES: readonly string[] = [
  "rror",
  "ERR",
  "FAIL",
  "Fail",
  "fail",
  "##[",
  "Killed",
  "memory",
  "imed out",
  "xit code",
  "xit status",
  "threshold",
  "rate limit",
  "Code style",
  "many warnings",
];

/** Every rule's triggers, the parsers' starts and the broad words, as the latin1 text of their bytes. */
export const PREFILTER_NEEDLES: readonly string[] = [
  ...new Set([...BROAD_NEEDLES, ...STATEFUL_TRIGGERS, ...RULES.flatMap((r) => r.triggers ?? [r.needle])]),
].map((n) => Buffer.from(n, "utf8").toString("latin1"));

/** The anchors that make the search cheapest on this project's corpus (bench/_prefilter-anchors.ts
 * prints them); only speed depends on them. */
// biome-ignore format: one generated line
export const PREFERRED_ANCHORS: readonly string[] = ["N","xi","wa","A","Una","fi","Re","F","D","\u00e2","ce","Kil","$ ","Memo","ut","Code ","go","ERR",">","ve ho","(retr","loc","at","fai","##","g 12","hres","he com","memo","Run ","pani","unner","rror"];

export const PREFILTER: Prefilter = createPrefilter(PREFILTER_NEEDLES, PREFERRED_ANCHORS);

/** The lines of text[from, to) (`to` just after a newline); into counts[0] how many are longer than
 * MAX_LINE_CHARS. Its own small function so V8 optimizes it early (in `scan` it ran unoptimized for the
 * first megabytes: 31 ms of a 10 MB log's 140). */
function countLines(text: string, from: number, to: number, counts: Int32Array): number {
  let lines = 0;
  let cut = 0;
  for (let p = from; p < to; lines++) {
    const nl = text.indexOf("\n", p);
    if (nl - p > MAX_LINE_CHARS) cut++;
    p = nl + 1;
  }
  counts[0] = cut;
  return lines;
}
const LINE_COUNTS = new Int32Array(1);

/** How far back (characters of the log) a look-back may read. */
const LOOKBACK_CHARS = 64 * 1024;

/** Walks lines back from `pos` (a line start) down to `floor`, nearest first; `floorIsLineStart` says
 * whether the line at the floor is whole (else it is left out). */
function walkBack(
  text: string,
  floor: number,
  pos: number,
  floorIsLineStart: boolean,
  out: string[],
  max: number,
  numbered: boolean,
): void {
  let end = pos - 1; // the newline ending the previous line
  while (out.length < max && end >= floor && end >= 0) {
    const start = Math.max(floor, text.lastIndexOf("\n", end - 1) + 1);
    if (start === floor && !floorIsLineStart) return;
    let raw = text.slice(start, Math.min(end, start + MAX_LINE_CHARS));
    if (NON_ASCII.test(raw)) raw = Buffer.from(raw, "latin1").toString("utf8");
    out.push(cleanText(raw, numbered));
    if (start <= floor) return;
    end = start - 1;
  }
}

const LOOKBACK_IDS: ReadonlySet<string> = new Set(RULES.filter((r) => r.lookback === true).map((r) => r.id));

/** Lines read back for lint output without the word "error". */
const LINT_LOOKBACK = 300;
const LINT_END =
  /^Found \d{1,7} errors?\.|^\[\*\] \d{1,7} fixable|Process completed with exit code [1-9]|^Your code has been rated at/;
/** The rules for lines read back (ruff/flake8 concise, pylint). */
const LOOKBACK_RULES: readonly Rule[] = RULES.filter((r) => r.lookback === true);
/** ruff --output-format=grouped: `src/a.py:` then indented `  3:8  F401 [*] message` rows. */
const RUFF_GROUPED_FILE = /^([^\s:"'()]{1,400}\.pyi?):$/;
const RUFF_GROUPED_ROW = /^ {1,8}(\d{1,7}):(\d{1,5}) {1,8}([A-Z]{1,4}\d{1,4}) (?:\[\*\] )?(.{1,2000})$/;
/** `path:line:col: message` from compilers that do not say "error" (go build, gcc notes…), read back too. */
const COMPILER_DIAGNOSTIC =
  /^((?:\.{1,2}\/)?[\w./-]{1,400}\.(go|rs|c|cc|cpp|h|hpp|java|kt|swift|zig)):(\d{1,7}):(\d{1,5}): (.{1,2000})$/;

/** Test ids without those that end another one at a `::` (a section's `TestX::test_y` beside the
 * summary's `tests/a.py::TestX::test_y`). */
function wholeIds(tests: readonly string[]): string[] {
  // and a test file's id (`FAIL path`) when tests of that file are named (`path > describe > test`)
  return tests.filter(
    (t) => !tests.some((o) => o !== t && (o.endsWith(`::${t}`) || o.startsWith(`${t} > `))),
  );
}

/** Lines read after a go `panic:` (the goroutines' stacks). */
const GO_PANIC_LINES = 300;

/** Lines read back for the test a time limit stopped. */
const RUNNING_LOOKBACK = 60;

const ERROR_WORDS =
  /\b(?:[Ee]rror|ERROR|[Ff]atal|FATAL|[Ff]ail(?:ed|ure)?|FAIL(?:ED|URE)?|[Ee]xception|panic|[Aa]borted)\b/;
const NO_ERROR = /\b(?:0|[Nn]o) (?:errors?|failures?|failed)\b|\b0 failed\b/;

/** A line that says something went wrong, in words any tool uses (the fallback's evidence). */
function isErrorLooking(text: string): boolean {
  return ERROR_WORDS.test(text) && !NO_ERROR.test(text);
}

/** Lines of mocha's failure list read after its `N failing` line. */
const MOCHA_LINES = 2000;

/** Lines of a pytest FAILURES / ERRORS section read whatever the pre-filter says. */
const SECTION_LINES = 20_000;

/** The title of a rule line of `c` (`=== FAILURES ===`, `___ test_x ___`): the text between the runs. */
function ruleTitle(text: string, c: number): string {
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) === c) a++;
  while (b > a && text.charCodeAt(b - 1) === c) b--;
  return text.slice(a, b).trim();
}

/** `TestX.test_y[a.b]` as pytest's id part `TestX::test_y[a.b]` (dots before the parameters only). */
function pytestName(title: string): string {
  const bracket = title.indexOf("[");
  const head = bracket < 0 ? title : title.slice(0, bracket);
  return head.replaceAll(".", "::") + (bracket < 0 ? "" : title.slice(bracket));
}

/** A pytest test module by pytest's default discovery (`test_*.py`, `*_test.py`). */
function isTestFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return /^test_.{0,400}\.py$|_test\.py$/.test(base);
}

/** Lines of a step's script read after its `Run …` line. */
const MAX_SCRIPT_LINES = 100;

/** Lines read after a jest `●` test name (its message, code frame and stack). */
const JEST_CONTEXT = 40;

/** Rules grouped by needle: one substring test per distinct needle. */
const RULES_BY_NEEDLE: ReadonlyArray<[string, Rule[]]> = (() => {
  const by = new Map<string, Rule[]>();
  for (const r of RULES) {
    const list = by.get(r.needle);
    if (list) list.push(r);
    else by.set(r.needle, [r]);
  }
  return [...by.entries()];
})();

/** Any rule's needle; stepped one character past each match it finds every place a needle starts. */
const NEEDLE_STARTS = new RegExp(RULES_BY_NEEDLE.map(([n]) => escapeRe(n)).join("|"), "g");
/** Indexes into RULES_BY_NEEDLE by the needle's first character. */
const NEEDLES_BY_FIRST: ReadonlyMap<number, readonly number[]> = (() => {
  const by = new Map<number, number[]>();
  RULES_BY_NEEDLE.forEach(([needle], i) => {
    const c = needle.charCodeAt(0);
    by.set(c, [...(by.get(c) ?? []), i]);
  });
  return by;
})();

/** Lines up to this long are searched by one regexp scan; longer ones (where the big alternation is
 * slower than a substring search per needle) and lines with more needle starts than the cap by substring
 * searches. */
const SCAN_CHARS = 400;
const MAX_NEEDLE_STARTS = 32;

/**
 * Marks in `present` the needles found in `text` and says whether there is any: one regexp scan instead
 * of one substring search per needle (most lines the pre-filter keeps, a word "error" in passing, hold
 * one needle or none). Linear: each step is bounded by the longest needle.
 */
function markNeedles(text: string, present: Uint8Array): boolean {
  present.fill(0);
  if (text.length <= SCAN_CHARS) {
    let any = false;
    let starts = 0;
    NEEDLE_STARTS.lastIndex = 0;
    for (let m = NEEDLE_STARTS.exec(text); m !== null; m = NEEDLE_STARTS.exec(text)) {
      if (++starts > MAX_NEEDLE_STARTS) return searchNeedles(text, present);
      const at = m.index;
      for (const i of NEEDLES_BY_FIRST.get(text.charCodeAt(at)) ?? []) {
        if (present[i] === 0 && text.startsWith(RULES_BY_NEEDLE[i]?.[0] ?? "", at)) {
          present[i] = 1;
          any = true;
        }
      }
      NEEDLE_STARTS.lastIndex = at + 1;
    }
    return any;
  }
  return searchNeedles(text, present);
}

function searchNeedles(text: string, present: Uint8Array): boolean {
  let any = false;
  RULES_BY_NEEDLE.forEach(([needle], i) => {
    present[i] = text.includes(needle) ? 1 : 0;
    any ||= present[i] === 1;
  });
  return any;
}

/** Bytes ≥ 0x80 (as latin1 characters): the line needs UTF-8 decoding. */
const NON_ASCII = /[\u0080-\u00ff]/;

const RE = {
  // (pytest prints a SyntaxError's own frame inside its `E   ` exception lines)
  frame: /^(?:E\s{1,12}|\s{0,12})File "([^"]{1,1000})", line (\d{1,7})(, in )?/,
  pytestFrame: /^([^\s:"'()]{1,400}\.py):(\d{1,7}): in \S/,
  // `path.py:12: AssertionError`, and `--tb=line`'s `path.py:12: AssertionError: assert 1 == 2`
  pytestLocation: /^([^\s:"'()]{1,400}\.py):(\d{1,7}): ([A-Z]\w{0,100})(?:: .{0,2000})?$/,
  pytestTbLine: /^([^\s:"'()]{1,400}\.py):(\d{1,7}): \S/,
  // a long traceback's frame that is not the last: `path.py:12:` (its trailing space trimmed)
  pytestFrameLong: /^([^\s:"'()]{1,400}\.py):(\d{1,7}):$/,
  exception: /^(?:E\s{1,10})?([A-Za-z_][\w.]{0,200})(?::(?: (.{0,2000}))?)?$/,
  vitestLocation: /^\s{0,8}❯ ([^\s:()]{1,400}):(\d{1,7}):(\d{1,5})$/,
  jsStack: /^\s{1,20}at (?:[^()]{0,300} \()?([^\s()]{1,500}):(\d{1,7}):(\d{1,5})\)?$/,
  goLocation: /^\s{4,12}([\w./-]{1,400}_test\.go):(\d{1,7}): /,
  eslintFile: /^(?:[A-Za-z]:\\|\/)?[^\s:]{0,400}\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/,
  eslintProblem: /^\s{2,}(\d{1,7}):(\d{1,5})\s{1,20}(error|warning)\s{1,20}(.{1,2000})$/,
  ruffArrow: /^\s{0,8}--> ([^\s:]{1,400}):(\d{1,7}):(\d{1,5})$/,
  // rustc / clippy above their ` --> path:line:col`: `error[E0106]: missing lifetime specifier`
  rustcLevel: /^(error|warning)(\[[A-Z]{1,2}\d{4}\])?: (.{1,2000})$/,
  // `F401 [*] message`, or a named rule (`unformatted: File would be reformatted`, `invalid-syntax: …`)
  ruffCode: /^([A-Z]{1,4}\d{1,4}|[a-z][a-z-]{1,40}:) (?:\[\*\] )?(.{1,2000})$/,
  cmakeError: /^\s{0,20}(?:[│|]\s{1,4})?CMake Error at ([^\s:()]{1,400}):(\d{1,7}) \(/,
  cmakeStack: /^\s{0,20}(?:[│|]\s{1,4})?\s{1,8}([^\s:()]{1,400}):(\d{1,7}) \(\w{1,100}\)$/,
  conflict: /^\s{0,40}(?:<{7}|>{7}) /,
};

const RUSTC_LEVELS: ReadonlySet<string> = new Set(["error", "warning", "note", "help"]);

const EXCEPTION_SUFFIX = /(?:Error|Exception|Exit|Interrupt|Failure|Warning)$/;

interface CategoryState {
  first: Signal;
  count: number;
  locations: string[];
  diagnostics: Diagnostic[];
  /** How many of `diagnostics` (the first ones) come from weight-3 lines. */
  majorDiagnostics: number;
  evidence: string[];
}

interface FrameGroup {
  /** The outermost frame in a test module: the test's own line. */
  test?: string;
  deepest?: string;
  deepestProject?: string;
  moduleFrame: boolean;
  count: number;
  lastLine: number;
  conflictMarkers: boolean;
}

function clip(s: string, max = MAX_EVIDENCE_CHARS): string {
  const t = s.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function pushUnique(list: string[], value: string, max: number): void {
  if (value === "" || list.length >= max || list.includes(value)) return;
  list.push(value);
}

export interface ScannerOptions {
  /** Job conclusion from the API, when known (`cancelled`, `timed_out`…): settles what the log cannot. */
  conclusion?: string;
}

export class TriageScanner {
  private readonly normalizer = new LineNormalizer({ times: false });
  /** Scratch for markNeedles: which of RULES_BY_NEEDLE the current line holds. */
  private readonly needles = new Uint8Array(RULES_BY_NEEDLE.length);
  private readonly firstByWeight: Array<Signal | undefined> = [undefined, undefined, undefined, undefined];
  private readonly categories = new Map<Category, CategoryState>();
  private readonly tests: string[] = [];
  private readonly flakyHints: string[] = [];
  /** The line that proved each flaky hint (the first per test). */
  private readonly flakyEvidence: FlakyEvidence[] = [];
  /** Tests pytest reran: flaky only when they did not fail in the end. */
  private readonly rerun = new Set<string>();
  /** jest's retried tests (`LOGGING RETRY ERRORS name`): waiting for their suite's PASS/FAIL line, then
   * with it (flaky unless among the final failures). */
  private jestPending: Array<{ name: string; line: number; text: string }> = [];
  private readonly jestRetried: Array<{ name: string; file: string; line: number; text: string }> = [];
  private readonly attach: Array<{ signal: Signal; until: number }> = [];
  private readonly recentLoose: Array<{ line: number; location: string }> = [];
  private frames: FrameGroup | undefined;
  private eslintFile: { path: string; line: number } | undefined;
  private cmake: Signal | undefined;
  private currentStep: string | undefined;
  /** The current step's script (as the log showed it) and the tool it runs. */
  private currentCommand: string | undefined;
  private currentTool: Tool | undefined;
  /** Script lines of a `Run …` group being read (until `shell:` / `##[endgroup]`). */
  private scriptLines: string[] | undefined;
  private firstErrorStep: string | undefined;
  private firstErrorCommand: string | undefined;
  /** Files named without a line (formatters), and go packages that failed: for the reproduce command. */
  private readonly files: string[] = [];
  /** A docker build failed (BuildKit's `failed to solve`), and the Dockerfile lines it framed. */
  private dockerBuild = false;
  private readonly dockerfileAt: string[] = [];
  private readonly goPackages: string[] = [];
  /** go tests seen failing and passing (for `-count=N` flakiness). */
  private readonly goResults = { failed: new Set<string>(), passed: new Set<string>() };
  /** The tool whose rerun or retry showed flakiness. */
  private flakyTool: Tool | undefined;
  private firstErrorMessage: string[] | undefined;
  private errorJoin: string[] | undefined;
  private inPytestFailures = false;
  /** The test file of jest's last `FAIL path` line. */
  private jsFile: string | undefined;
  /** mocha's failure list (after `N failing`): the line it ends by, and the title being read. */
  private mochaUntil = 0;
  private mochaTitle: string[] | undefined;
  /** Where the current FAILURES / ERRORS section started, and the test whose part of it is being read. */
  private sectionStart = 0;
  private pytestCase: { name: string; setup: boolean; located: boolean } | undefined;
  /** Lines up to this number were read back for lint output; lines recorded as lint diagnostics. */
  private lintReadUpTo = 0;
  private readonly lintLines = new Set<number>();
  private lineNo = 0;
  private bytes = 0;
  private cutLines = 0;
  /** The start of a line split across chunks (latin1), at most MAX_LINE_CHARS of it. */
  private carry = "";
  private carryCut = false;
  /** Lines up to this number are read whatever the pre-filter says (context after a match); the first
   * line always (it tells a web copy's line numbers). */
  private forceUntil = 1;
  /** The chunk being read and where the current line starts in it (for look-backs). */
  private chunkText = "";
  private chunkStart = 0;
  private linePos = 0;
  /** The end (LOOKBACK_CHARS) of the lines read before the current chunk, and whether it is all of them. */
  private before = "";
  private beforeAll = true;

  constructor(private readonly options: ScannerOptions = {}) {}

  /** Feeds a chunk of the log (bytes or text). */
  write(chunk: Uint8Array | string): void {
    const buf =
      typeof chunk === "string"
        ? Buffer.from(chunk, "utf8")
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.bytes += buf.length;
    const text = buf.toString("latin1");
    let start = 0;
    if (this.carry !== "" || this.carryCut) {
      const nl = text.indexOf("\n");
      const room = MAX_LINE_CHARS - this.carry.length;
      if (nl < 0) {
        if (room > 0) this.carry += text.slice(0, room);
        if (text.length > room) this.carryCut = true;
        return;
      }
      const whole = this.carry + (room > 0 ? text.slice(0, Math.min(nl, room)) : "");
      const cut = this.carryCut || nl > room;
      this.carry = "";
      this.carryCut = false;
      this.single(whole, cut);
      start = nl + 1;
    }
    const last = text.lastIndexOf("\n");
    if (last >= start) {
      this.scan(text, start, last + 1);
      start = last + 1;
    }
    if (start < text.length) {
      this.carry = text.slice(start, start + MAX_LINE_CHARS);
      this.carryCut = text.length - start > MAX_LINE_CHARS;
    }
  }

  /** One complete line outside a chunk body (the carried one, or the last one without a newline). */
  private single(raw: string, cut: boolean): void {
    this.chunkText = `${raw}\n`;
    this.chunkStart = 0;
    const matched = PREFILTER.test(raw);
    this.lineNo++;
    if (cut) this.cutLines++;
    if (matched || this.lineNo <= this.forceUntil) this.process(raw, cut, 0);
    else this.normalizer.skipped();
    this.remember(`${raw}\n`);
  }

  /** Complete lines text[start, end): end is just after a newline. */
  private scan(text: string, start: number, end: number): void {
    this.chunkText = text;
    this.chunkStart = start;
    const candidates: number[] = [];
    PREFILTER.lineStarts(text, start, end, candidates);
    candidates.sort((x, y) => x - y);
    let ci = 0;
    let pos = start;
    while (pos < end) {
      if (this.lineNo + 1 > this.forceUntil) {
        while (ci < candidates.length && (candidates[ci] ?? 0) < pos) ci++;
        const target = ci < candidates.length ? (candidates[ci] ?? end) : end;
        if (target > pos) {
          // skipped lines are only counted (and checked for length)
          this.lineNo += countLines(text, pos, target, LINE_COUNTS);
          this.cutLines += LINE_COUNTS[0] ?? 0;
          this.normalizer.skipped();
          pos = target;
          if (pos >= end) break;
        }
      }
      const nl = text.indexOf("\n", pos);
      const cut = nl - pos > MAX_LINE_CHARS;
      this.lineNo++;
      if (cut) this.cutLines++;
      this.process(text.slice(pos, cut ? pos + MAX_LINE_CHARS : nl), cut, pos);
      pos = nl + 1;
    }
    this.remember(text.slice(Math.max(start, end - LOOKBACK_CHARS), end));
    if (end - start > LOOKBACK_CHARS) this.beforeAll = false;
  }

  private process(latin1: string, cut: boolean, pos: number): void {
    const raw = NON_ASCII.test(latin1) ? Buffer.from(latin1, "latin1").toString("utf8") : latin1;
    this.linePos = pos;
    const l = this.normalizer.normalize(raw, cut, this.lineNo);
    this.line(l);
    // continuations of an ##[error], the rest of a traceback or of a CMake call stack are read too
    const inError = (l.kind === "error" || l.continuation) && (this.errorJoin?.length ?? 0) < 20;
    // so are pytest's FAILURES / ERRORS sections (`--tb=short` frames, long tracebacks' locations)
    const inSection =
      (this.inPytestFailures && this.lineNo - this.sectionStart < SECTION_LINES) ||
      this.lineNo < this.mochaUntil;
    if (this.frames || this.cmake || inError || inSection)
      this.forceUntil = Math.max(this.forceUntil, this.lineNo + 1);
    // a go panic: its goroutines' frames follow
    if (l.text.startsWith("panic: "))
      this.forceUntil = Math.max(this.forceUntil, this.lineNo + GO_PANIC_LINES);
    // a jest failure: its stack (`at … (file:line:col)`) comes some lines below the test name
    if (l.text.includes("●")) this.forceUntil = Math.max(this.forceUntil, this.lineNo + JEST_CONTEXT);
  }

  /** Up to `max` lines before the current one in this chunk, nearest first, cleaned. */
  private previousLines(max: number): string[] {
    // The window is the LOOKBACK_CHARS before the line, across chunks (`before` holds the end of what was
    // read), so the answer does not depend on where chunks were cut; a line cut by the window is left out.
    const out: string[] = [];
    const inChunk = this.linePos - this.chunkStart;
    const floor = Math.max(this.chunkStart, this.linePos - LOOKBACK_CHARS);
    const floorWhole = floor === this.chunkStart || this.chunkText[floor - 1] === "\n";
    const numbered = this.normalizer.lineNumbers;
    walkBack(this.chunkText, floor, this.linePos, floorWhole, out, max, numbered);
    if (out.length < max && floor === this.chunkStart && inChunk < LOOKBACK_CHARS) {
      const b = this.before;
      const from = Math.max(0, b.length - (LOOKBACK_CHARS - inChunk));
      walkBack(b, from, b.length, from === 0 ? this.beforeAll : b[from - 1] === "\n", out, max, numbered);
    }
    return out;
  }

  private remember(text: string): void {
    this.beforeAll = this.beforeAll && this.before.length + text.length <= LOOKBACK_CHARS;
    // a whole window of new text replaces the old one without a copy (a concatenation would be flattened)
    if (text.length >= LOOKBACK_CHARS) {
      this.before = text.slice(text.length - LOOKBACK_CHARS);
      return;
    }
    const b = this.before + text;
    this.before = b.length > LOOKBACK_CHARS ? b.slice(b.length - LOOKBACK_CHARS) : b;
  }

  /** Processes one normalized line (the pre-filter already chose it). */
  line(l: LogLine): void {
    const text = l.text;
    if (LINT_END.test(text)) this.lintLookback(l.n);
    this.trackStep(l);
    this.trackErrorMessage(l);
    const lineLocations = this.stateful(l, text);
    if (markNeedles(text, this.needles))
      for (let i = 0; i < RULES_BY_NEEDLE.length; i++) {
        // in the rules' order: the first signal recorded on a line wins ties
        if (this.needles[i] === 0) continue;
        for (const rule of RULES_BY_NEEDLE[i]?.[1] ?? []) {
          const m = rule.re.exec(text);
          if (!m) continue;
          const hit = rule.hit(m, text);
          if (hit) this.record(rule.id, hit, l, lineLocations);
        }
      }
    if (this.errorLooking === undefined && l.kind !== "group" && l.kind !== "command" && isErrorLooking(text))
      this.errorLooking = clip(text);
    if (l.kind === "error" && !l.continuation && !this.hasSignalAt(l.n)) {
      this.record("gha.error", { category: "other", weight: 1, message: text }, l, lineLocations);
    }
  }

  private lastSignalLine = 0;
  /** The first line that looks like an error (the evidence when no rule knows the failure). */
  private errorLooking: string | undefined;
  private hasSignalAt(n: number): boolean {
    return this.lastSignalLine === n;
  }

  private trackStep(l: LogLine): void {
    const text = l.text;
    if (this.scriptLines) {
      // the script's lines end at the runner's `shell:` / `env:` lines or the group's end
      if (l.kind === "endgroup" || text.startsWith("shell: ") || text === "env:") {
        const script = this.scriptLines.join("\n").trim();
        this.scriptLines = undefined;
        if (script !== "") this.setCommand(script);
      } else if (l.kind === "group" || this.scriptLines.length >= MAX_SCRIPT_LINES) {
        this.scriptLines = undefined; // not a script after all: the header stays the command
      } else {
        this.scriptLines.push(text.trim());
        return;
      }
    }
    if (l.step !== undefined && l.step !== this.currentStep) {
      this.currentStep = l.step;
      this.currentCommand = undefined;
      this.currentTool = undefined;
    }
    const groupRun = l.kind === "group" && text.startsWith("Run ");
    // a copy of the web log has `Run <command>` lines without the marker
    const webRun =
      !groupRun && l.kind === "text" && !this.normalizer.isTimestamped && text.startsWith("Run ");
    // a paste's shell prompt: `$ pytest -x`
    if (!groupRun && !webRun && l.kind === "text" && !this.normalizer.isTimestamped && text.startsWith("$ "))
      this.setCommand(text.slice(2).trim());
    if (groupRun || webRun) {
      const header = text.slice(4).trim();
      if (l.step === undefined) this.currentStep = header.slice(0, 200);
      this.setCommand(header);
      this.scriptLines = [];
      this.forceUntil = Math.max(this.forceUntil, this.lineNo + MAX_SCRIPT_LINES + 2);
    }
  }

  private setCommand(script: string): void {
    this.currentCommand = script.length > 8000 ? script.slice(0, 8000) : script;
    this.currentTool = scriptTool(this.currentCommand)?.tool;
  }

  private trackErrorMessage(l: LogLine): void {
    if (l.kind === "error" && !l.continuation) {
      this.errorJoin = [l.text];
      if (this.firstErrorMessage === undefined) {
        this.firstErrorMessage = this.errorJoin;
        this.firstErrorStep = this.currentStep;
        this.firstErrorCommand = this.currentCommand;
      }
    } else if (l.continuation && this.errorJoin && this.errorJoin.length < 20) {
      this.errorJoin.push(l.text);
    } else if (!l.continuation) {
      this.errorJoin = undefined;
    }
  }

  /**
   * Lint lines without the word "error" (ruff/flake8 concise: `path.py:1:8: F401 message`) are not kept
   * by the pre-filter: at the lines that end such output (`Found N errors.`, `[*] N fixable`, the runner's
   * exit-code line) the lines above are read back, once each, and recorded at their own line numbers.
   */
  private lintLookback(n: number): void {
    const from = Math.max(this.lintReadUpTo, n - LINT_LOOKBACK);
    const before = this.previousLines(n - 1 - from);
    this.lintReadUpTo = n;
    // ruff's grouped format: a `path.py:` line above its `  line:col CODE message` rows (read in order,
    // so the rows wait for the file line that follows them upwards — none: they are no ruff rows)
    let groupedRows: Array<{ line: number; text: string; m: RegExpExecArray }> = [];
    for (let i = 0; i < before.length; i++) {
      const text = before[i] ?? "";
      const row = RUFF_GROUPED_ROW.exec(text);
      if (row) {
        groupedRows.push({ line: n - i - 1, text, m: row });
        continue;
      }
      const file = groupedRows.length > 0 ? RUFF_GROUPED_FILE.exec(text) : null;
      if (file) this.recordGrouped(file[1] ?? "", groupedRows);
      if (text.trim() !== "" || file) groupedRows = [];
    }
    for (let i = before.length - 1; i >= 0; i--) {
      const text = before[i] ?? "";
      const line = n - i - 1;
      if (this.lintLines.has(line)) continue;
      let rule: Rule | undefined;
      let m: RegExpExecArray | null = null;
      for (const r of LOOKBACK_RULES) {
        m = r.re.exec(text);
        if (m) {
          rule = r;
          break;
        }
      }
      const c = m ? null : COMPILER_DIAGNOSTIC.exec(text);
      const hit: RuleHit | undefined =
        m && rule
          ? rule.hit(m, text)
          : c
            ? {
                category: "other",
                weight: 2,
                message: `${c[5]}`,
                location: { path: c[1] ?? "", line: Number(c[3]), column: Number(c[4]), message: c[5] ?? "" },
              }
            : undefined;
      if (!hit) continue;
      const l: LogLine = { n: line, text, kind: "text", continuation: false, cut: false };
      if (this.currentStep !== undefined) l.step = this.currentStep;
      this.record(rule?.id ?? "compiler.diagnostic", hit, l, undefined);
    }
  }

  /** ruff's grouped rows of one file (`before` order: last row first), recorded from the first. */
  private recordGrouped(path: string, rows: Array<{ line: number; text: string; m: RegExpExecArray }>): void {
    for (let i = rows.length - 1; i >= 0; i--) {
      const r = rows[i];
      if (!r || this.lintLines.has(r.line)) continue;
      const code = r.m[3] ?? "";
      const message = (r.m[4] ?? "").trimEnd();
      const l: LogLine = { n: r.line, text: r.text, kind: "text", continuation: false, cut: false };
      if (this.currentStep !== undefined) l.step = this.currentStep;
      this.record(
        "ruff.grouped",
        {
          category: "ruff",
          weight: 3,
          message: `${code} ${message}`,
          location: { path, line: Number(r.m[1]), column: Number(r.m[2]), message, code },
        },
        l,
        undefined,
      );
      this.lintLines.add(r.line);
    }
  }

  /** eslint's stylish output: the file line above a block of problem lines. */
  private findEslintFile(n: number): void {
    // the line right after a problem line of a known file: same block, same file (no look-back: linear)
    if (this.eslintFile && this.eslintFile.line === n - 1) {
      this.eslintFile.line = n;
      return;
    }
    // a wrapped paste may put a line or two of a message between: the same file unless one of them is
    // a file line
    if (this.eslintFile && this.eslintFile.line >= n - 3) {
      const gap = this.previousLines(n - 1 - this.eslintFile.line);
      const at = gap.findIndex((t) => RE.eslintFile.test(t));
      this.eslintFile = at < 0 ? { path: this.eslintFile.path, line: n } : { path: gap[at] ?? "", line: n };
      return;
    }
    // a bounded look-back (a known file is kept when only problem lines are found: a block of warnings)
    const before = this.previousLines(this.eslintFile ? 20 : 200);
    for (let i = 0; i < before.length; i++) {
      const t = before[i] ?? "";
      if (RE.eslintProblem.test(t)) continue;
      this.eslintFile = RE.eslintFile.test(t) ? { path: t, line: n - i - 1 } : undefined;
      return;
    }
  }

  /** Multi-line formats. Returns the locations a line closes (a traceback's exception line). */
  private stateful(l: LogLine, text: string): string[] | undefined {
    const n = l.n;
    if (this.cmake && n - this.cmake.line > 16) this.cmake = undefined;
    // Python tracebacks
    // CPython's header, and pytest's own (`Traceback:` before `path.py:12: in f` frames)
    if (text.startsWith("Traceback (most recent call last)") || text === "Traceback:") {
      this.frames = { moduleFrame: false, count: 0, lastLine: n, conflictMarkers: false };
      return undefined;
    }
    if (
      this.inPytestFailures &&
      text.charCodeAt(0) === 95 /* _ */ &&
      text.charCodeAt(text.length - 1) === 95
    ) {
      this.pytestCaseTitle(ruleTitle(text, 95));
      return undefined;
    }
    if (this.pytestCase && !this.pytestCase.located) this.pytestCaseFrame(l, text);
    // `--tb=line`: one `path.py:12: message` per failure, no titles
    if (this.inPytestFailures && !this.pytestCase) {
      const tbLine = RE.pytestTbLine.exec(text);
      if (tbLine && isProjectPath(tbLine[1] ?? ""))
        this.addCategoryLocation("test_failure", formatLocation(tbLine[1] ?? "", Number(tbLine[2])));
    }
    let m = RE.frame.exec(text) ?? RE.pytestFrame.exec(text);
    if (m) {
      this.addFrame(
        m[1] ?? "",
        Number(m[2]),
        text.endsWith("<module>") || (m[3] === undefined && m === null),
        n,
      );
      if (text.endsWith("in <module>") && this.frames) this.frames.moduleFrame = true;
      return undefined;
    }
    if (text.includes("Error") || text.includes("Exception") || text.includes("Interrupt")) {
      const ex = RE.exception.exec(text);
      if (ex && EXCEPTION_SUFFIX.test(ex[1] ?? "")) return this.exceptionLine(l, ex[1] ?? "", ex[2] ?? "");
    }
    m = RE.pytestLocation.exec(text);
    if (m) {
      const loc = formatLocation(m[1] ?? "", Number(m[2]));
      this.addCategoryLocation("test_failure", loc);
      this.frames = undefined;
      return undefined;
    }
    this.closeFrames(l);
    if (text.charCodeAt(0) === 61 /* = */ && text.charCodeAt(text.length - 1) === 61) {
      // pytest's `=== FAILURES ===` / `=== ERRORS ===` sections; any other `===` rule ends them
      const title = ruleTitle(text, 61);
      this.inPytestFailures = title === "FAILURES" || title === "ERRORS";
      this.pytestCase = undefined;
      if (this.inPytestFailures) this.sectionStart = n;
    }
    if (l.n <= this.mochaUntil) this.mochaLine(l, text);
    // vitest / jest / go test locations
    m = RE.vitestLocation.exec(text);
    if (m) {
      this.addCategoryLocation("test_failure", formatLocation(m[1] ?? "", Number(m[2]), Number(m[3])));
      return undefined;
    }
    m = text.includes(" at ") ? RE.jsStack.exec(text) : null;
    if (m) {
      // ESM stacks name `file:///abs/path`; the runner's workspace prefix makes it the repository's
      const raw = m[1] ?? "";
      const path = repoRelative(raw.startsWith("file://") ? raw.slice(7) : raw);
      if (
        !path.startsWith("/") &&
        !/^[A-Za-z]:\\/.test(path) &&
        isProjectPath(path) &&
        isFilePath(path) &&
        !path.includes("://")
      ) {
        const loc = formatLocation(path, Number(m[2]), Number(m[3]));
        this.addCategoryLocation("test_failure", loc);
        // a JS stack belongs to the signal around it too (an import error's `Cannot find module`)
        this.loose(l.n, loc);
      }
      return undefined;
    }
    m = RE.goLocation.exec(text);
    if (m) {
      this.addCategoryLocation("test_failure", formatLocation(m[1] ?? "", Number(m[2])));
      return undefined;
    }
    // eslint stylish: a file line, then indented `line:col  error  message  rule`
    m = RE.eslintProblem.exec(text);
    if (m) this.findEslintFile(n);
    if (m && this.eslintFile) {
      const rest = (m[4] ?? "").trimEnd();
      const cut = rest.lastIndexOf("  ");
      const rule = cut > 0 ? rest.slice(cut).trim() : "";
      const isRule = /^[@\w/-]{1,100}$/.test(rule);
      const message = isRule ? rest.slice(0, cut).trim() : rest;
      const hit: RuleHit = {
        category: "eslint",
        weight: m[3] === "error" ? 3 : 1,
        message: `${message}${isRule ? ` (${rule})` : ""}`,
        location: {
          path: this.eslintFile.path,
          line: Number(m[1]),
          column: Number(m[2]),
          message,
          ...(isRule ? { code: rule } : {}),
        },
      };
      this.eslintFile.line = n;
      this.record(m[3] === "error" ? "eslint.error" : "eslint.warning", hit, l, undefined);
      return undefined;
    }
    if (text.includes("too many warnings")) {
      this.record(
        "eslint.max-warnings",
        { category: "eslint", weight: 3, message: text.trim() },
        l,
        undefined,
      );
    }
    // ruff's full format: `F401 [*] message` then ` --> path:line:col`
    m = text.includes("-->") ? RE.ruffArrow.exec(text) : null;
    if (m) {
      // the rule line above (a wrapped paste may have split it over two lines)
      const above = this.previousLines(3);
      const rustc = RE.rustcLevel.exec(above[0] ?? "");
      if (rustc) {
        const error = rustc[1] === "error";
        if (isProjectPath(m[1] ?? "") && !(m[1] ?? "").startsWith("/rustc/"))
          this.record(
            "cargo.rustc",
            {
              category: "other",
              weight: error ? 2 : 1,
              message: `${rustc[1]}${rustc[2] ?? ""}: ${rustc[3]}`,
              location: {
                path: m[1] ?? "",
                line: Number(m[2]),
                column: Number(m[3]),
                message: rustc[3] ?? "",
                ...(rustc[2] ? { code: rustc[2].slice(1, -1) } : {}),
              },
            },
            l,
            undefined,
          );
        return undefined;
      }
      let code: RegExpExecArray | null = null;
      for (const t of above) {
        code = RE.ruffCode.exec(t);
        if (code) break;
      }
      const rule = (code?.[1] ?? "").replace(/:$/, "");
      // rustc's `error: …` / `warning: …` above an arrow are cargo's, not ruff's
      if (code && !RUSTC_LEVELS.has(rule)) {
        this.record(
          "ruff.full",
          {
            category: "ruff",
            weight: 3,
            message: `${rule} ${code[2]}`,
            location: {
              path: m[1] ?? "",
              line: Number(m[2]),
              column: Number(m[3]),
              message: code[2],
              code: rule,
            },
            ...(rule === "unformatted" ? { facts: { formatter: "ruff" } } : {}),
          },
          l,
          undefined,
        );
      }
      return undefined;
    }
    // CMake: `CMake Error at file:line (fn):` and its call stack
    m = text.includes("CMake Error") ? RE.cmakeError.exec(text) : null;
    if (m) {
      const loc = formatLocation(m[1] ?? "", Number(m[2]));
      this.cmake = this.record("cmake.error", { category: "other", weight: 1, message: text.trim() }, l, [
        loc,
      ]);
      this.loose(n, loc);
      return undefined;
    }
    m = this.cmake ? RE.cmakeStack.exec(text) : null;
    if (m && this.cmake) {
      const loc = formatLocation(m[1] ?? "", Number(m[2]));
      pushUnique(this.cmake.locations, loc, 10);
      this.loose(n, loc);
    }
    return undefined;
  }

  /**
   * The test running when a time limit struck: the nearest test that started in the lines above and did
   * not finish (pytest -v's `path.py::test ` without a status, go's `=== RUN   TestX` without its
   * `--- PASS/FAIL`), within a bounded look-back.
   */
  private runningTest(): string | undefined {
    const finished = new Set<string>();
    for (const t of this.previousLines(RUNNING_LOOKBACK)) {
      const done = /^\s{0,40}--- (?:PASS|FAIL|SKIP): (\S{1,500}) \(/.exec(t);
      if (done) {
        finished.add(done[1] ?? "");
        continue;
      }
      const go = /^=== (?:RUN|CONT) {1,4}(\S{1,500})$/.exec(t);
      if (go && !finished.has(go[1] ?? "")) return go[1];
      if (/^[^\s:]{1,400}\.py::\S/.test(t) && !/ (?:PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS|RERUN)\b/.test(t))
        return t.trim();
      if (/\b(?:PASSED|FAILED|ERROR|SKIPPED)\b|^--- (?:PASS|FAIL)/.test(t)) return undefined;
    }
    return undefined;
  }

  /**
   * mocha's failure list: `  1) suite` then the nested titles, indented, the last ending with `:`
   * (`       test name:`); the test's id is the titles joined by spaces, as mocha's --grep matches it.
   */
  private mochaLine(l: LogLine, text: string): void {
    const head = /^\s{1,8}\d{1,5}\) (.{1,1000})$/.exec(text);
    if (head) this.mochaTitle = [];
    if (!this.mochaTitle) return;
    const part = (head ? (head[1] ?? "") : text).trim();
    if (part === "" || this.mochaTitle.length >= 20) {
      this.mochaTitle = undefined;
      return;
    }
    if (!part.endsWith(":")) {
      this.mochaTitle.push(part);
      return;
    }
    this.mochaTitle.push(part.slice(0, -1));
    const id = this.mochaTitle.join(" ");
    this.mochaTitle = undefined;
    this.record(
      "mocha.test",
      { category: "test_failure", weight: 3, message: `${id} failed`, tests: [id] },
      l,
      undefined,
    );
  }

  /** A test's section in pytest's FAILURES / ERRORS: `___ TestX.test_y[p] ___`, `___ ERROR at setup of t ___`. */
  private pytestCaseTitle(title: string): void {
    this.pytestCase = undefined;
    if (title === "" || title.includes("_ _") || title.startsWith("ERROR collecting ")) return;
    const setup = /^ERROR at (?:setup|teardown) of /.exec(title);
    const name = setup ? title.slice(setup[0].length) : title;
    if (name.includes(" ") && !name.includes("[")) return; // not a test name
    this.pytestCase = { name: pytestName(name), setup: setup !== null, located: false };
  }

  /** The first frame of a test's section: the test's own file (its id) and where it failed. */
  private pytestCaseFrame(l: LogLine, text: string): void {
    const c = this.pytestCase;
    if (!c) return;
    const m =
      RE.pytestFrame.exec(text) ??
      RE.pytestLocation.exec(text) ??
      RE.pytestFrameLong.exec(text) ??
      RE.frame.exec(text);
    if (!m) return;
    const path = m[1] ?? "";
    if (!isFilePath(path) || !isProjectPath(path)) return;
    c.located = true;
    const loc = formatLocation(path, Number(m[2]));
    this.addCategoryLocation("test_failure", loc);
    const id = !c.setup && isTestFile(path) ? `${repoRelative(path)}::${c.name}` : c.name;
    // weight 2: the summary's FAILED lines are the report; a section also shows a timeout's `E Failed:`
    this.record(
      "pytest.section",
      {
        category: "test_failure",
        weight: 2,
        message: `${id} ${c.setup ? "errored in setup" : "failed"}`,
        tests: [id],
      },
      l,
      [loc],
    );
  }

  private addFrame(path: string, line: number, _module: boolean, n: number): void {
    if (!this.frames || n - this.frames.lastLine > FRAME_GAP)
      this.frames = { moduleFrame: false, count: 0, lastLine: n, conflictMarkers: false };
    const f = this.frames;
    f.count++;
    f.lastLine = n;
    if (!isFilePath(path)) return;
    const loc = formatLocation(path, line);
    f.deepest = loc;
    if (isProjectPath(path)) f.deepestProject = loc;
    if (f.test === undefined && isProjectPath(path) && isTestFile(path)) f.test = loc;
  }

  private groupLocations(f: FrameGroup): string[] {
    const out: string[] = [];
    if (f.deepestProject) out.push(f.deepestProject);
    if (f.deepest && f.deepest !== f.deepestProject) out.push(f.deepest);
    if (f.test && !out.includes(f.test)) out.push(f.test);
    return out;
  }

  /** A line that is not part of a traceback ends a frame group without an exception line. */
  private closeFrames(l: LogLine): void {
    const f = this.frames;
    if (!f) return;
    const t = l.text;
    if (t !== "" && (t.charCodeAt(0) === 32 || t.charCodeAt(0) === 9) && l.n - f.lastLine <= FRAME_GAP) {
      if (RE.conflict.test(t)) f.conflictMarkers = true;
      return; // code lines, carets, `...<N lines>...`
    }
    if (f.count > 0) for (const loc of this.groupLocations(f)) this.loose(l.n, loc);
    this.frames = undefined;
  }

  private exceptionLine(l: LogLine, name: string, message: string): string[] | undefined {
    const f = this.frames;
    this.frames = undefined;
    const locations = f ? this.groupLocations(f) : [];
    const short = name.slice(name.lastIndexOf(".") + 1);
    if (short === "KeyboardInterrupt" || short === "SystemExit") return undefined;
    const text = `${name}${message ? `: ${message}` : ""}`;
    if (short === "ImportError" || short === "ModuleNotFoundError") {
      this.record("python.import", { category: "import_error", weight: 3, message: text }, l, locations);
    } else if (short === "SyntaxError" || short === "IndentationError" || short === "TabError") {
      const during = (f?.moduleFrame ?? false) || this.inPytestFailures;
      const facts: Record<string, string> = f?.conflictMarkers ? { conflictMarkers: "yes" } : {};
      this.record(
        "python.syntax",
        { category: during ? "import_error" : "other", weight: during ? 3 : 2, message: text, facts },
        l,
        locations,
      );
    } else if (/OutOfMemory|^MemoryError$/.test(short)) {
      // the oom rules record it with these locations
    } else if (f && f.count > 0) {
      this.record("python.exception", { category: "other", weight: 1, message: text }, l, locations);
    }
    if (f && this.inPytestFailures)
      for (const loc of locations) this.addCategoryLocation("test_failure", loc);
    for (const loc of locations) this.loose(l.n, loc);
    return locations;
  }

  private loose(n: number, location: string): void {
    this.recentLoose.push({ line: n, location });
    if (this.recentLoose.length > 16) this.recentLoose.shift();
    for (const a of this.attach) {
      if (n <= a.until) pushUnique(a.signal.locations, location, 10);
    }
    // drop expired windows
    for (let i = this.attach.length - 1; i >= 0; i--)
      if ((this.attach[i]?.until ?? 0) < n) this.attach.splice(i, 1);
  }

  private addCategoryLocation(category: Category, location: string): void {
    const c = this.categories.get(category);
    if (c) pushUnique(c.locations, location, MAX_LOCATIONS);
    else {
      // remembered for when the category's first signal arrives
      this.pendingCategoryLocations.push({ category, location });
      if (this.pendingCategoryLocations.length > MAX_LOCATIONS) this.pendingCategoryLocations.shift();
    }
  }
  private readonly pendingCategoryLocations: Array<{ category: Category; location: string }> = [];

  private record(rule: string, hitIn: RuleHit, l: LogLine, lineLocations: string[] | undefined): Signal {
    let hit = hitIn;
    // jest names a test `describe › test` under its file's `FAIL path` line: `path > describe > test`
    if (rule === "vitest.fail" && hit.weight === 2) this.jsFile = hit.tests?.[0];
    if (rule === "jest.test" && this.jsFile !== undefined) {
      const id = `${this.jsFile} > ${(hit.tests?.[0] ?? "").replaceAll(" › ", " > ")}`;
      hit = { ...hit, tests: [id], message: id };
    }
    if (rule === "mocha.failing") this.mochaUntil = l.n + MOCHA_LINES;
    if (rule === "jest.retry" && this.jestPending.length < MAX_TESTS)
      this.jestPending.push({ name: String(hit.facts?.jestRetried ?? ""), line: l.n, text: clip(l.text) });
    if ((rule === "vitest.fail" && hit.weight === 2) || rule === "jest.suite-pass") {
      const file = rule === "jest.suite-pass" ? String(hit.facts?.jsSuite ?? "") : (hit.tests?.[0] ?? "");
      for (const p of this.jestPending)
        if (this.jestRetried.length < MAX_TESTS) this.jestRetried.push({ ...p, file });
      this.jestPending = [];
    }
    if ((rule === "pytest.progress" || rule === "pytest.rerun") && hit.category === "flaky")
      for (const t of hit.flaky ?? []) if (this.rerun.size < 10_000) this.rerun.add(t);
    // go test -count=N: a test that both failed and passed in the same log is flaky, by that evidence
    const goFail = rule === "go.fail" || (rule === "go.json-fail" && hit.weight === 3);
    if (goFail || rule === "go.pass" || rule === "go.json-pass") {
      const name = goFail ? (hit.tests?.[0] ?? "") : String(hit.facts?.goPassed ?? "");
      const mine = goFail ? this.goResults.failed : this.goResults.passed;
      const other = goFail ? this.goResults.passed : this.goResults.failed;
      if (mine.size < 10_000) mine.add(name);
      if (other.has(name)) hit = { ...hit, flaky: [name] };
    }
    // a time limit: the test that had started and not finished is the one it stopped
    if (hit.category === "timeout" && (hit.tests?.length ?? 0) === 0) {
      const running = this.runningTest();
      if (running !== undefined) hit = { ...hit, tests: [running] };
    }
    // prettier's verdict is about code when a code file was listed
    if (rule === "prettier.check" && this.files.some(isCodeFile)) hit = { ...hit, category: "eslint" };
    const locations: string[] = [];
    let diagnostic: Diagnostic | undefined;
    if (hit.location && isFilePath(hit.location.path)) {
      const { path, line, column } = hit.location;
      locations.push(formatLocation(path, line, column));
      diagnostic = {
        path: repoRelative(path),
        line,
        message: hit.location.message ?? hit.message,
        category: hit.category,
        ...(column ? { column } : {}),
        ...(hit.location.code ? { code: hit.location.code } : {}),
      };
    }
    for (const loc of lineLocations ?? []) pushUnique(locations, loc, 10);
    // a formatter names files, not lines
    for (const f of hit.files ?? []) if (isFilePath(f)) pushUnique(locations, repoRelative(f), 10);
    const signal: Signal = {
      category: hit.category,
      weight: hit.weight,
      rule,
      line: l.n,
      message: clip(hit.message, 500),
      evidence: clip(l.text),
      locations,
      tests: hit.tests ?? [],
      facts: hit.facts ?? {},
    };
    const step = l.step ?? this.currentStep;
    if (step !== undefined) signal.step = step;
    if (this.currentCommand !== undefined) signal.command = this.currentCommand;
    const tool = chooseTool(rule, hit.tool, this.currentTool);
    if (tool !== undefined) signal.tool = tool;
    this.lastSignalLine = l.n;
    if (LOOKBACK_IDS.has(rule) && this.lintLines.size < 10_000) this.lintLines.add(l.n);
    for (const t of hit.tests ?? []) pushUnique(this.tests, t, MAX_TESTS);
    for (const t of hit.flaky ?? []) this.addFlaky(t, l.n, l.text);
    if ((hit.flaky?.length ?? 0) > 0 && this.flakyTool === undefined) this.flakyTool = signal.tool;
    for (const f of hit.files ?? []) pushUnique(this.files, repoRelative(f), MAX_LOCATIONS);
    if (rule === "docker.solve") this.dockerBuild = true;
    if (rule === "docker.dockerfile") for (const loc of locations) pushUnique(this.dockerfileAt, loc, 10);
    if (typeof hit.facts?.goPackage === "string")
      pushUnique(this.goPackages, hit.facts.goPackage, MAX_LOCATIONS);
    if (hit.weight === 0) {
      // a side note's location (a goroutine's frame) belongs to its category
      for (const loc of locations) {
        this.addCategoryLocation(hit.category, loc);
        this.loose(l.n, loc);
      }
      return signal;
    }

    let isNew = false;
    const first = this.firstByWeight[hit.weight];
    // earliest by line: look-backs record lines above ones already read
    if (first === undefined || signal.line < first.line) {
      this.firstByWeight[hit.weight] = signal;
      isNew = true;
    }
    let c = this.categories.get(hit.category);
    if (!c) {
      c = { first: signal, count: 0, locations: [], diagnostics: [], majorDiagnostics: 0, evidence: [] };
      this.categories.set(hit.category, c);
      for (const p of this.pendingCategoryLocations)
        if (p.category === hit.category) pushUnique(c.locations, p.location, MAX_LOCATIONS);
      isNew = true;
    } else if (signal.line < c.first.line) c.first = signal;
    c.count++;
    for (const loc of locations) pushUnique(c.locations, loc, MAX_LOCATIONS);
    if (diagnostic && c.diagnostics.length < MAX_DIAGNOSTICS) {
      // a tool's minor findings (pylint's conventions) after its errors and warnings
      if (hit.weight === 3) c.diagnostics.splice(c.majorDiagnostics++, 0, diagnostic);
      else c.diagnostics.push(diagnostic);
    }
    pushUnique(c.evidence, signal.evidence, 5);
    if (isNew) {
      for (const r of this.recentLoose)
        if (l.n - r.line <= ATTACH_BEFORE) pushUnique(signal.locations, r.location, 10);
      this.attach.push({ signal, until: l.n + ATTACH_AFTER });
      if (this.attach.length > 32) this.attach.shift();
    }
    return signal;
  }

  /** A test shown flaky by the log line `n` (the first proof per test is kept). */
  private addFlaky(test: string, n: number, text: string): void {
    if (test === "" || this.flakyHints.includes(test)) return;
    pushUnique(this.flakyHints, test, MAX_TESTS);
    if (this.flakyEvidence.length < MAX_TESTS)
      this.flakyEvidence.push({ source: "log", test, line: n, evidence: clip(text) });
  }

  /** Reruns and retries that did not end in a pass are not flakiness: drops them; resolves jest's retries. */
  private settleFlaky(): void {
    const failing = new Set(this.tests);
    const drop = (t: string) => {
      const i = this.flakyHints.indexOf(t);
      if (i >= 0) this.flakyHints.splice(i, 1);
      const e = this.flakyEvidence.findIndex((f) => f.test === t);
      if (e >= 0) this.flakyEvidence.splice(e, 1);
    };
    // pytest: RERUN then FAILED (every rerun failed) is a real failure
    for (const t of this.rerun) if (failing.has(t)) drop(t);
    // jest: a retried test among the suite's final failures (`file > describe > test`; the retry line
    // names it as jest's -t matches it, the names joined by spaces) failed every retry
    const failingNames = new Set([...failing].map((t) => t.replaceAll(" > ", " ")));
    for (const r of [
      ...this.jestRetried,
      ...this.jestPending.map((p) => ({ ...p, file: this.jsFile ?? "" })),
    ]) {
      const id = r.file !== "" ? `${r.file} > ${r.name}` : r.name;
      if (failingNames.has(id.replaceAll(" > ", " "))) continue;
      this.addFlaky(id, r.line, r.text);
      if (this.flakyTool === undefined) this.flakyTool = "jest";
    }
  }

  /** Ends the input and returns the result. */
  end(): TriageResult {
    if (this.carry !== "" || this.carryCut) {
      const raw = this.carry;
      const cut = this.carryCut;
      this.carry = "";
      this.carryCut = false;
      this.single(raw, cut);
    }
    // lint output that ends the log without a closing line (a paste of flake8's output)
    if (this.lineNo > this.lintReadUpTo) {
      this.chunkText = "";
      this.chunkStart = 0;
      this.linePos = 0;
      this.lintLookback(this.lineNo + 1);
    }
    if (this.frames)
      this.closeFrames({
        n: this.lineNo + 1,
        text: "",
        kind: "text" as LineKind,
        continuation: false,
        cut: false,
      });
    let primary: Signal | undefined;
    for (const w of [3, 2, 1] as Weight[]) {
      primary = this.firstByWeight[w];
      if (primary) break;
    }
    const cancelled =
      primary?.facts.cancelled === "yes" || (!primary && this.options.conclusion === "cancelled");
    // a test module that could not be imported comes before the failures of the tests that did run
    const importError = this.categories.get("import_error")?.first;
    if (primary?.category === "test_failure" && importError?.weight === 3) primary = importError;
    const alsoFailed = primary?.category === "import_error" && this.categories.has("test_failure");
    let category: Category = primary?.category ?? "other";
    this.settleFlaky();
    // every failing test also passed in this log (go test -count=N): the failure is flakiness, by evidence
    const failingTests = this.tests.filter(
      (t) => !this.tests.some((o) => o !== t && o.startsWith(`${t} > `)),
    );
    if (
      category === "test_failure" &&
      failingTests.length > 0 &&
      failingTests.every((t) => this.flakyHints.includes(t))
    )
      category = "flaky";
    // nothing failed but tests that passed on a rerun or retry: flaky, by that evidence
    if (
      (primary === undefined || (primary.weight === 1 && primary.facts.cancelled !== "yes")) &&
      this.flakyHints.length > 0
    )
      category = "flaky";
    if (primary?.weight === 1 && this.options.conclusion === "timed_out") category = "timeout";
    const state = primary ? this.categories.get(primary.category) : undefined;
    const locations: string[] = [];
    if (primary && category !== "infrastructure" && !cancelled) {
      const diagnosticCategories: Category[] = ["mypy", "ruff", "typescript", "eslint"];
      if (diagnosticCategories.includes(category)) {
        for (const d of state?.diagnostics ?? [])
          pushUnique(locations, formatLocation(d.path, d.line, d.column), MAX_LOCATIONS);
      }
      for (const loc of state?.locations ?? []) pushUnique(locations, loc, MAX_LOCATIONS);
      for (const loc of primary.locations) pushUnique(locations, loc, MAX_LOCATIONS);
      // a test runner's timeout: where the test it stopped was (its failure section's locations); a
      // module that could not load beside tests that failed: both need fixing (the failures' too)
      if (category === "timeout" || (category === "import_error" && alsoFailed))
        for (const loc of this.categories.get("test_failure")?.locations ?? [])
          pushUnique(locations, loc, MAX_LOCATIONS);
    }
    const diagnostics: Diagnostic[] = [];
    for (const c of this.categories.values()) for (const d of c.diagnostics) diagnostics.push(d);
    const alsoSeen = [...this.categories.entries()]
      .filter(([cat]) => cat !== category)
      .map(([cat, c]) => ({ category: cat, rule: c.first.rule, line: c.first.line }))
      .slice(0, 12);
    const evidence: string[] = [];
    // no silent drop: without a tool's own report, the first error-looking line is evidence too
    if (!primary && this.errorLooking !== undefined) pushUnique(evidence, this.errorLooking, 10);
    if (primary) pushUnique(evidence, primary.evidence, 10);
    if (primary && primary.weight === 1 && this.errorLooking !== undefined)
      pushUnique(evidence, this.errorLooking, 10);
    for (const e of state?.evidence ?? []) pushUnique(evidence, e, 10);
    if (this.firstErrorMessage && this.firstErrorMessage.length > 1)
      pushUnique(evidence, clip(this.firstErrorMessage.filter((s) => s.trim() !== "").join(" ⏎ "), 600), 10);
    const facts: Record<string, string | number> = { ...(primary?.facts ?? {}) };
    if (state) facts.count = state.count;
    const step = primary?.step ?? this.firstErrorStep;
    const command = primary?.command ?? this.firstErrorCommand ?? this.currentCommand;
    const stepTool = command !== undefined ? scriptTool(command)?.tool : undefined;
    let tool: Tool =
      primary?.tool ?? (category === "flaky" ? this.flakyTool : undefined) ?? stepTool ?? "unknown";
    // a docker build that failed: docker reported what its step's process printed, at its Dockerfile line
    if (this.dockerBuild && !cancelled && category !== "infrastructure") {
      tool = "docker";
      facts.dockerBuild = "yes";
      for (const loc of this.dockerfileAt) pushUnique(locations, loc, MAX_LOCATIONS);
    }
    if (tool === "unknown" && (cancelled || category === "infrastructure" || category === "timeout"))
      tool = "runner";
    // a checker's step that failed with output no parser knows: its category, from its command
    if ((primary === undefined || primary.weight === 1) && !cancelled && category === "other") {
      const byTool = TOOL_CATEGORY[stepTool ?? "unknown"];
      if (byTool !== undefined && primary?.facts.exitCode !== undefined) category = byTool;
    }
    const flakyOnly = category === "flaky";
    const files: string[] = [];
    for (const d of state?.diagnostics ?? []) pushUnique(files, d.path, MAX_LOCATIONS);
    for (const f of this.files) pushUnique(files, f, MAX_LOCATIONS);
    // a JS test file that could not load is run by its file (it has no test names to filter on)
    if (category === "import_error" && (tool === "jest" || tool === "vitest" || tool === "mocha"))
      for (const loc of primary?.locations ?? []) {
        const path = loc.replace(/:\d+(?::\d+)?$/, "");
        if (/\.(?:test|spec)\.[cm]?[jt]sx?$/.test(path)) pushUnique(files, path, MAX_LOCATIONS);
      }
    const flakiness =
      this.flakyHints.length > 0
        ? `failed and passed in this log (a rerun, a retry or a repeated run), line ${this.flakyEvidence
            .slice(0, 5)
            .map((e) => `${e.line}: ${e.test}`)
            .join(", line ")}`
        : "not known to be flaky (no rerun, retry or repeated run in this log passed)";
    const advice = adviceFor({
      category,
      tool,
      command,
      files,
      packages: this.goPackages,
      primary,
      count: state?.count ?? 0,
      tests: flakyOnly ? this.flakyHints : this.tests,
      locations,
      diagnostics: state?.diagnostics ?? [],
      facts,
      cancelled,
      conclusion: this.options.conclusion,
    });
    return {
      category,
      tool,
      summary: advice.summary,
      locations,
      tests: wholeIds(flakyOnly ? this.flakyHints : this.tests),
      fix: advice.fix,
      reproduce: advice.reproduce,
      evidence,
      details: {
        rule: primary?.rule ?? "none",
        line: primary?.line ?? 0,
        ...(step !== undefined ? { step } : {}),
        ...(command !== undefined ? { command } : {}),
        diagnostics: diagnostics.slice(0, 200),
        facts,
        flakyHints: [...this.flakyHints],
        flakyEvidence: this.flakyEvidence.map((e) => ({ ...e })),
        flakiness,
        alsoSeen,
        cancelled,
        lines: this.lineNo,
        bytes: this.bytes,
        cutLines: this.cutLines,
      },
    };
  }
}

/** The category of a checker's failure when only its step's exit code says it failed. */
const TOOL_CATEGORY: Partial<Record<Tool, Category>> = {
  prettier: "eslint",
  mypy: "mypy",
  pyright: "mypy",
  ruff: "ruff",
  flake8: "ruff",
  pylint: "ruff",
  black: "ruff",
  isort: "ruff",
  tsc: "typescript",
  eslint: "eslint",
  biome: "eslint",
};

/** The tools of each rule id, and of the scanner's own multi-line parsers. */
const RULE_TOOLS: ReadonlyMap<string, readonly Tool[]> = new Map<string, readonly Tool[]>([
  ...RULES.map((r): [string, readonly Tool[]] => [r.id, r.tools]),
  ["eslint.error", ["eslint", "biome"]],
  ["eslint.warning", ["eslint", "biome"]],
  ["eslint.max-warnings", ["eslint"]],
  ["ruff.full", ["ruff"]],
  ["ruff.grouped", ["ruff"]],
  ["mocha.test", ["mocha"]],
  ["cargo.rustc", ["cargo"]],
  ["pytest.section", ["pytest"]],
  ["python.import", ["pytest", "python", "unittest", "alembic"]],
  ["python.syntax", ["pytest", "python", "unittest", "alembic"]],
  ["python.exception", ["python", "pytest", "unittest", "alembic"]],
  ["cmake.error", ["cmake", "pip"]],
  ["compiler.diagnostic", []],
  ["gha.error", []],
]);

/**
 * The tool of a signal: among the rule's tools, the one the step's command runs when it is one of them,
 * else the rule's usual tool; for lines any tool may print, the step's tool.
 */
function chooseTool(rule: string, hitTool: Tool | undefined, stepTool: Tool | undefined): Tool | undefined {
  const tools = RULE_TOOLS.get(rule) ?? [];
  if (stepTool !== undefined && tools.includes(stepTool)) return stepTool;
  if (hitTool !== undefined) return hitTool;
  return tools[0] ?? stepTool;
}

export { MAX_LINE_CHARS };
