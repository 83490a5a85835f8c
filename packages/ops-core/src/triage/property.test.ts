// Random and hostile logs: the triage never throws, always returns a valid category, keeps its output
// bounded, and does linear work (every line is cut to MAX_LINE_CHARS before any expression sees it, and
// no expression has a quantified group). A catastrophic-backtracking expression would not finish the
// 1 MB hostile lines below within the test timeout.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS } from "./reader.js";
import { RULES } from "./rules.js";
import { PREFILTER, STATEFUL_TRIGGERS, TriageScanner } from "./scanner.js";
import { triageText } from "./triage.js";
import { CATEGORIES } from "./types.js";

const PIECES = [
  "2024-01-01T00:00:00.0000000Z ",
  "\ufeff",
  "##[group]Run ",
  "##[endgroup]",
  "##[error]",
  "\u001b[31m",
  "^[[0m",
  "\t",
  "FAILED ",
  "ERROR ",
  "::",
  ".py",
  ":12:",
  "(3,4)",
  ": error: ",
  "error TS2345: ",
  'File "',
  '", line ',
  "Traceback (most recent call last):",
  "ImportError: ",
  " > ",
  "❯ ",
  "--- FAIL: ",
  "exit code 137",
  "Killed",
  "  [code]",
  "  1:2  error  x  rule",
  "Required test coverage of 90% not reached. Total coverage: 1%",
  "src/a.py:1:2: F401 unused\n",
  "Found 2 errors.\n",
  "src/b.js\n  1:2  error  bad  no-undef\n",
  "##[error]Process completed with exit code 1.\n",
  "\n",
  "\r",
  " ",
  "a",
  "/",
];

const logArb = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 20 })), { maxLength: 300 })
  .map((p) => p.join(""));

function checkShape(text: string): void {
  const r = triageText(text);
  expect(CATEGORIES).toContain(r.category);
  expect(r.locations.length).toBeLessThanOrEqual(30);
  expect(r.tests.length).toBeLessThanOrEqual(50);
  expect(r.evidence.length).toBeLessThanOrEqual(10);
  for (const e of r.evidence) expect(e.length).toBeLessThanOrEqual(600);
  expect(typeof r.summary).toBe("string");
  expect(r.details.lines).toBe(text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0));
}

describe("property: random logs", () => {
  it("never throws, always a known category, bounded output", () => {
    fc.assert(
      fc.property(logArb, (text) => checkShape(text)),
      { numRuns: 400 },
    );
  });

  it("chunking never changes the result", () => {
    fc.assert(
      fc.property(logArb, fc.integer({ min: 1, max: 64 }), (text, size) => {
        const whole = triageText(text);
        const s = new TriageScanner();
        for (let i = 0; i < text.length; i += size) s.write(text.slice(i, i + size));
        expect(s.end()).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });
});

describe("property: hostile lines of 1 MB", () => {
  const MB = 1024 * 1024;
  const hostile = [
    "a".repeat(MB),
    " ".repeat(MB),
    `FAILED ${"x".repeat(MB)}`,
    "a.py:".repeat(MB / 5),
    `File "${'"'.repeat(MB)}`,
    `src/a.py:1: error: x${"  [".repeat(MB / 3)}`,
    `  1:1  error  ${" ".repeat(MB)}x`,
    ":".repeat(MB),
    "(1,1)".repeat(MB / 5),
    "##[error]".repeat(MB / 9),
    "\u001b[".repeat(MB / 2),
    "^[[".repeat(MB / 3),
    "2024-01-01T00:00:00.0000000Z ".repeat(MB / 29),
    `${"=".repeat(MB)} 1 failed`,
    `failed and then succeeded [${"'x',".repeat(MB / 4)}`,
    `   at ${"(".repeat(MB)}`,
  ];
  it("each is cut to MAX_LINE_CHARS and classified without blowing up", () => {
    for (const line of hostile) {
      const r = triageText(`${line}\n${line}\n`);
      expect(CATEGORIES).toContain(r.category);
      expect(r.details.cutLines).toBe(2);
      for (const e of r.evidence) expect(e.length).toBeLessThanOrEqual(600);
    }
  });

  it("a traceback or an ##[error] that never ends stops being followed", () => {
    const tb = `Traceback (most recent call last):\n${"    indented code line\n".repeat(50_000)}ValueError: x\n`;
    expect(triageText(tb).details.lines).toBe(50_002);
    const err = `2024-01-01T00:00:00.0000000Z ##[error]boom\n${"untimestamped continuation\n".repeat(50_000)}`;
    const r = triageText(err);
    expect(r.details.lines).toBe(50_001);
    expect(r.evidence.join("\n").length).toBeLessThan(2_000);
  });

  it("a huge eslint block costs a bounded look-back per line", () => {
    const block = `src/a.js\n${"  1:1  error    x  no-undef\n  1:2  warning  y  eqeqeq\n".repeat(20_000)}`;
    const r = triageText(block);
    expect(r.category).toBe("eslint");
    expect(r.details.lines).toBe(40_001);
  });

  it("many hostile lines in a row: work is per line, bounded by the cut", () => {
    const block = `${"a.py:1: error: ".repeat(400)}\n`.repeat(2000);
    const r = triageText(block);
    expect(r.details.lines).toBe(2000);
    expect(r.details.cutLines).toBe(2000);
    expect(MAX_LINE_CHARS).toBeLessThanOrEqual(8192);
  });
});

describe("expressions are linear by construction", () => {
  it("no quantified group, every rule anchored or literal-led", () => {
    for (const rule of RULES) {
      const src = rule.re.source;
      // a group followed by * + or an open-ended {n,} repetition could backtrack exponentially
      expect(src, rule.id).not.toMatch(/\)[*+]|\)\{\d+,\}/);
      // (a literal first character, `"` of go test -json's keys included)
      expect(src.startsWith("^") || /^[\w (\\"]/.test(src), rule.id).toBe(true);
    }
  });
});

describe("the pre-filter is derived from the rules: no trigger is dropped", () => {
  // as the scanner reads it: the line's bytes as latin1, in a chunk among other lines
  const kept = (line: string) => {
    const text = Buffer.from(`no needle here\n${line}\nnor here\n`, "utf8").toString("latin1");
    const out: number[] = [];
    PREFILTER.lineStarts(text, 0, text.length, out);
    return out.includes(text.indexOf("\n") + 1) && PREFILTER.test(text.split("\n")[1] ?? "");
  };

  it("every rule's trigger (or needle) and every multi-line parser's start passes it", () => {
    for (const rule of RULES) {
      const triggers = rule.triggers ?? [rule.needle];
      // only the lines read back from the end of their block may have no trigger
      if (triggers.length === 0) expect(rule.lookback, rule.id).toBe(true);
      for (const t of triggers) expect(kept(t), `${rule.id}: ${t}`).toBe(true);
    }
    for (const t of STATEFUL_TRIGGERS) expect(kept(t), t).toBe(true);
  });

  it("the runner's own lines reach their rules, bare as a paste or a web copy shows them", () => {
    const cases: Array<[string, string]> = [
      ["The operation was canceled.", "other"],
      ["The job has exceeded the maximum execution time of 30m0s", "timeout"],
      [
        "The runner has received a shutdown signal. This can happen when the runner service is stopped",
        "infrastructure",
      ],
      [
        "fatal: unable to access 'https://github.com/o/r/': The requested URL returned error: 502",
        "infrastructure",
      ],
      ["<html><head><title>502 Bad Gateway</title></head>", "infrastructure"],
    ];
    for (const [line, category] of cases) {
      expect(kept(line), line).toBe(true);
      for (const text of [line, `${line}   `, `1 ${line}`, `2026-03-02T10:00:00.0000000Z ##[error]${line}`])
        expect(triageText(`${text}\n`).category, text).toBe(category);
    }
  });

  it("an unknown failure still gives its first error-looking line as evidence, category other", () => {
    const r = triageText("building\nfatal: the frobnicator jammed\nmore\n");
    expect(r.category).toBe("other");
    expect(r.evidence).toContain("fatal: the frobnicator jammed");
  });
});
