// JavaScript/TypeScript tools: tsc, eslint, jest and vitest, their coverage gates, prettier.

import { num, type Rule } from "../rule.js";

/** A source file a JS linter or formatter gate is about (not docs or data: `.md`, `.yml`). */
export function isCodeFile(path: string): boolean {
  return /\.(?:[cm]?[jt]sx?|vue|svelte|astro|css|scss|less)$/.test(path);
}

export const JAVASCRIPT_RULES: readonly Rule[] = [
  // ---- TypeScript (tsc plain and --pretty)
  {
    id: "tsc.error",
    tools: ["tsc"],
    needle: "error TS",
    re: /^([^\s():]{1,400})\((\d{1,7}),(\d{1,5})\): error (TS\d{1,6}): (.{0,2000})$/,
    hit: (m) => ({
      category: "typescript",
      weight: 3,
      message: `${m[4]}: ${m[5]}`,
      location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
    }),
  },
  {
    id: "tsc.pretty",
    tools: ["tsc"],
    needle: "error TS",
    re: /^([^\s():]{1,400}):(\d{1,7}):(\d{1,5}) - error (TS\d{1,6}): (.{0,2000})$/,
    hit: (m) => ({
      category: "typescript",
      weight: 3,
      message: `${m[4]}: ${m[5]}`,
      location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
    }),
  },
  {
    id: "tsc.global",
    tools: ["tsc"],
    needle: "error TS",
    re: /^error (TS\d{1,6}): (.{0,2000})$/,
    hit: (m) => ({
      category: "typescript",
      weight: 3,
      message: `${m[1]}: ${m[2]}`,
      facts: { code: m[1] ?? "" },
    }),
  },
  // ---- eslint summary (the per-file lines are stateful: see scanner.ts)
  {
    id: "eslint.problems",
    triggers: ["rror"],
    tools: ["eslint"],
    needle: "problem",
    re: /^✖ (\d{1,7}) problems? \((\d{1,7}) errors?, (\d{1,7}) warnings?\)/,
    hit: (m) =>
      num(m[2]) > 0 || num(m[3]) > 0
        ? { category: "eslint", weight: 2, message: m[0], facts: { errors: num(m[2]), warnings: num(m[3]) } }
        : undefined,
  },
  {
    id: "coverage.jest",
    tools: ["jest"],
    needle: "coverage threshold",
    re: /coverage threshold for (\w{1,20}) \(([\d.]{1,8})%\) not met: ([\d.]{1,8})%/,
    hit: (m) => ({
      category: "coverage_drop",
      weight: 3,
      message: `${m[1]} coverage ${m[3]}% is below the required ${m[2]}%`,
      facts: { metric: m[1] ?? "", required: `${m[2]}%`, actual: `${m[3]}%` },
    }),
  },
  {
    id: "coverage.vitest",
    tools: ["vitest", "jest"],
    needle: "does not meet",
    // "… does not meet global threshold (90%)"
    triggers: ["threshold"],
    // vitest's, and jest's `Jest: Coverage for lines (52%) does not meet "global" threshold (90%)`
    re: /Coverage for (\w{1,20}) \(([\d.]{1,8})%\) does not meet (?:"?global"? )?threshold \(([\d.]{1,8})%\)/,
    hit: (m) => ({
      category: "coverage_drop",
      weight: 3,
      message: `${m[1]} coverage ${m[2]}% is below the required ${m[3]}%`,
      facts: { metric: m[1] ?? "", required: `${m[3]}%`, actual: `${m[2]}%` },
    }),
  },
  // ---- vitest / jest
  {
    id: "vitest.fail",
    tools: ["vitest", "jest"],
    needle: "FAIL",
    re: /^\s{0,4}FAIL\s{1,4}(\S{1,500}\.[cm]?[jt]sx?)(?: > (.{1,2000}))?$/,
    hit: (m) => {
      const file = m[1] ?? "";
      // vitest's `[ project ]` and `(initial run, 1st retry, …)` suffixes are not part of the name
      const name = (m[2] ?? "")
        .replace(/\s{1,4}\[[^\]]{0,500}\]$/, "")
        .replace(/ \((?:initial run|retry)[^()]{0,500}\)$/, "")
        .trim();
      if (name === "")
        return { category: "test_failure", weight: 2, message: `${file} failed`, tests: [file] };
      const id = `${file} > ${name}`;
      return { category: "test_failure", weight: 3, message: id, tests: [id] };
    },
  },
  {
    id: "jest.test",
    tools: ["jest", "vitest"],
    needle: "●",
    re: /^\s{0,8}● (.{1,2000})$/,
    hit: (m) => {
      const name = (m[1] ?? "").trim();
      if (/^Console\b|^Test suite failed to run/.test(name)) return undefined;
      return { category: "test_failure", weight: 3, message: name, tests: [name] };
    },
  },
  // ---- formatters that are not ruff
  {
    id: "prettier.check",
    tools: ["prettier"],
    needle: "Code style issues found",
    re: /Code style issues found in (?:the above file|\d{1,7} files)/,
    // the category is settled by the files listed above it (scanner.ts: code files make it eslint's)
    hit: (_m, text) => ({
      category: "other",
      weight: 3,
      message: `formatting (prettier): ${text.trim()}`,
      facts: { formatter: "prettier" },
    }),
  },
  {
    id: "prettier.file",
    tools: ["prettier"],
    needle: "[warn] ",
    re: /^\[warn\] (\S{1,1000})$/,
    hit: (m) => ({
      category: isCodeFile(m[1] ?? "") ? "eslint" : "other",
      weight: 2,
      message: `formatting (prettier): ${m[1]} would be reformatted`,
      facts: { formatter: "prettier" },
      files: [m[1] ?? ""],
    }),
  },
  // ---- a module a test file imports is missing (jest's `Cannot find module 'x' from 'f'`, vitest's and
  // node's `Error: Cannot find module 'x' imported from /path/f`)
  {
    id: "js.cannot-find-module",
    tools: ["jest", "vitest", "mocha", "node"],
    needle: "Cannot find module",
    triggers: ["annot find module"],
    re: /^\s{0,8}(?:Error: )?Cannot find module '([^']{1,500})'(?: from '([^']{1,500})'| imported from (\S{1,500}))?/,
    hit: (m) => ({
      category: "import_error",
      weight: 3,
      message: `cannot find module ${m[1]}${m[2] || m[3] ? ` (imported from ${m[2] ?? m[3]})` : ""}`,
      ...(m[2] || m[3] ? { files: [m[2] ?? m[3] ?? ""] } : {}),
    }),
  },
  // ---- eslint's unix formatter: `path:4:3: message [Error/no-var]`
  {
    id: "eslint.unix",
    tools: ["eslint"],
    needle: "rror/",
    triggers: ["rror/"],
    re: /^([^\s:]{1,400}):(\d{1,7}):(\d{1,5}): (.{0,2000}) \[(Error|Warning)\/([@\w/-]{1,100})\]$/,
    hit: (m) => ({
      category: "eslint",
      weight: m[5] === "Error" ? 3 : 1,
      message: `${m[4]} (${m[6]})`,
      location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[4], code: m[6] },
    }),
  },
  // ---- eslint's compact formatter: `path: line 4, col 3, Error - message (rule)`
  {
    id: "eslint.compact",
    tools: ["eslint"],
    needle: ", Error - ",
    triggers: ["rror - "],
    re: /^([^\s:]{1,400}): line (\d{1,7}), col (\d{1,5}), (Error|Warning) - (.{0,2000}?)(?: \(([@\w/-]{1,100})\))?$/,
    hit: (m) => ({
      category: "eslint",
      weight: m[4] === "Error" ? 3 : 1,
      message: `${m[5]}${m[6] ? ` (${m[6]})` : ""}`,
      location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[6] },
    }),
  },
  // ---- biome (`path:12:3 lint/style/useConst  FIXABLE  ━━━`, `path format ━━━`)
  {
    id: "biome.lint",
    tools: ["biome"],
    needle: "━━",
    re: /^([^\s:]{1,400}):(\d{1,7}):(\d{1,5}) (lint\/[\w/]{1,120}|assist\/[\w/]{1,120})\s.{0,200}━$/,
    hit: (m) => ({
      category: "eslint",
      weight: 3,
      message: `${m[4]} at ${m[1]}:${m[2]}:${m[3]}`,
      location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), code: m[4] },
    }),
  },
  {
    id: "biome.format",
    tools: ["biome"],
    needle: "━━",
    re: /^([^\s:]{1,400}) (format|organizeImports)\s.{0,200}━$/,
    hit: (m) => ({
      category: isCodeFile(m[1] ?? "") ? "eslint" : "other",
      weight: 3,
      message: `formatting (biome): ${m[1]} would be reformatted`,
      facts: { formatter: "biome" },
      files: [m[1] ?? ""],
    }),
  },
  // ---- mocha (`N failing`, then `  1) suite` / `       test:` blocks: scanner.ts)
  {
    id: "mocha.failing",
    tools: ["mocha"],
    needle: " failing",
    re: /^\s{0,4}(\d{1,7}) failing$/,
    hit: (m) => ({
      category: "test_failure",
      weight: 2,
      message: `${m[1]} test(s) failing`,
      facts: { failed: num(m[1]) },
    }),
  },
  // ---- vitest retries: a test that passed on a retry (`✓ id 7ms (retry x1)`) is flaky, by evidence
  {
    id: "vitest.retried",
    tools: ["vitest"],
    needle: "(retry x",
    re: /^\s{0,8}✓ (.{1,2000}?)(?: \d{1,7}m?s)? \(retry x(\d{1,3})\)$/,
    hit: (m) => ({
      category: "flaky",
      weight: 0,
      message: `${m[1]} passed on retry ${m[2]}`,
      flaky: [m[1] ?? ""],
      tool: "vitest",
    }),
  },
  // ---- jest retries (`jest.retryTimes(n, { logErrorsBeforeRetry: true })`): ` LOGGING RETRY ERRORS  full
  // name` before each retried test's errors; the suite's `PASS|FAIL path` line follows its retries. A retried
  // test that is not among the suite's final failures passed on a retry: flaky (resolved in scanner.ts).
  {
    id: "jest.retry",
    tools: ["jest"],
    needle: "LOGGING RETRY ERRORS",
    re: /^\s{0,4}LOGGING RETRY ERRORS\s{1,8}(\S.{0,2000}?)\s{0,8}$/,
    hit: (m) => ({
      category: "flaky",
      weight: 0,
      message: `${m[1]} was retried`,
      facts: { jestRetried: m[1] ?? "" },
      tool: "jest",
    }),
  },
  {
    id: "jest.suite-pass",
    tools: ["jest"],
    needle: "PASS ",
    re: /^\s{0,4}PASS\s{1,4}(\S{1,500}\.[cm]?[jt]sx?)(?: \([\d.]{1,12} m?s\))?$/,
    hit: (m) => ({
      category: "test_failure",
      weight: 0,
      message: `${m[1]} passed`,
      facts: { jsSuite: m[1] ?? "" },
    }),
  },
];
