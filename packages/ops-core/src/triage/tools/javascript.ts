// JavaScript/TypeScript tools: tsc, eslint, jest and vitest, their coverage gates, prettier.

import { num, type Rule } from "../rule.js";

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
    tools: ["vitest"],
    needle: "does not meet",
    re: /Coverage for (\w{1,20}) \(([\d.]{1,8})%\) does not meet (?:global )?threshold \(([\d.]{1,8})%\)/,
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
      const name = (m[2] ?? "").replace(/\s{1,4}\[[^\]]{0,500}\]$/, "").trim();
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
    hit: (_m, text) => ({
      category: "other",
      weight: 3,
      message: `formatting (prettier): ${text.trim()}`,
      facts: { formatter: "prettier" },
    }),
  },
];
