// Python tools: mypy, ruff (and flake8/pylint in the same concise form), pytest, unittest, coverage.py.

import { num, PY, type Rule } from "../rule.js";

export const PYTHON_RULES: readonly Rule[] = [
  // ---- mypy
  {
    id: "mypy.error",
    tools: ["mypy"],
    needle: ": error:",
    re: new RegExp(String.raw`^(${PY}):(\d{1,7})(?::(\d{1,5}))?: error: (.{0,2000})$`),
    hit: (m) => {
      const [, path = "", line, col, rest = ""] = m;
      const code = / {2}\[([a-z0-9-]{1,60})\]$/.exec(rest);
      const message = code ? rest.slice(0, code.index) : rest;
      return {
        category: "mypy",
        weight: 3,
        message: rest,
        location: { path, line: num(line), column: num(col), message, code: code?.[1] },
      };
    },
  },
  {
    id: "mypy.found",
    tools: ["mypy"],
    needle: "source file",
    re: /^Found (\d{1,7}) errors? in (\d{1,7}) files? \(checked (\d{1,7}) source files?\)/,
    hit: (m) => ({ category: "mypy", weight: 2, message: m[0], facts: { errors: num(m[1]) } }),
  },
  // ---- ruff / flake8 (concise: path:line:col: CODE message)
  {
    id: "ruff.concise",
    tools: ["ruff", "flake8", "pylint"],
    needle: ".py",
    re: new RegExp(String.raw`^(${PY}):(\d{1,7}):(\d{1,5}): ([A-Z]{1,4}\d{1,4}) (?:\[\*\] )?(.{0,2000})$`),
    hit: (m) => ({
      category: "ruff",
      weight: 3,
      message: `${m[4]} ${m[5]}`,
      location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]), message: m[5], code: m[4] },
    }),
  },
  {
    id: "ruff.format",
    tools: ["ruff", "black"],
    needle: "eformat",
    re: /^(?:Would reformat: |would reformat )(\S{1,400})$/,
    hit: (m) => ({
      category: "ruff",
      weight: 3,
      message: `formatting: ${m[1]} would be reformatted`,
      facts: { formatter: m[0].startsWith("Would") ? "ruff" : "black" },
    }),
  },
  // ---- pytest
  {
    id: "pytest.failed",
    tools: ["pytest"],
    needle: "FAILED",
    re: /^FAILED (?:\[[\d.]{1,20}m?s\] )?(\S{1,1000})(?: - (.{0,2000}))?$/,
    hit: (m) => {
      const id = m[1] ?? "";
      if (!id.includes("::") && !/\.py$/.test(id)) return undefined;
      return {
        category: "test_failure",
        weight: 3,
        message: `${id}${m[2] ? ` - ${m[2]}` : ""}`,
        tests: [id],
      };
    },
  },
  {
    id: "pytest.error",
    tools: ["pytest"],
    needle: "ERROR",
    re: /^ERROR (?:\[[\d.]{1,20}m?s\] )?(\S{1,1000})(?: - (.{0,2000}))?$/,
    hit: (m) => {
      const id = m[1] ?? "";
      if (id.includes("::"))
        return {
          category: "test_failure",
          weight: 3,
          message: `${id} (error)${m[2] ? ` - ${m[2]}` : ""}`,
          tests: [id],
        };
      if (/\.py$/.test(id))
        return {
          category: "import_error",
          weight: 3,
          message: `collection error in ${id}${m[2] ? ` - ${m[2]}` : ""}`,
          tests: [id],
        };
      return undefined;
    },
  },
  {
    id: "pytest.progress",
    tools: ["pytest"],
    needle: "::",
    re: /^(\S{1,1000}) (?:<- \S{1,1000} )?(FAILED|ERROR|RERUN)(?: |$)/,
    hit: (m) => {
      const id = m[1] ?? "";
      if (!id.includes("::")) return undefined;
      if (m[2] === "RERUN") return { category: "flaky", weight: 0, message: `${id} was rerun`, flaky: [id] };
      return { category: "test_failure", weight: 3, message: `${id} ${m[2]}`, tests: [id] };
    },
  },
  {
    id: "pytest.collecting",
    tools: ["pytest"],
    needle: "ERROR collecting",
    re: /^_{0,200} ?ERROR collecting (\S{1,1000})/,
    hit: (m) => ({
      category: "import_error",
      weight: 3,
      message: `pytest could not collect ${m[1]}`,
      tests: [m[1] ?? ""],
    }),
  },
  {
    id: "pytest.import",
    tools: ["pytest"],
    needle: "ImportError while importing test module",
    re: /^ImportError while importing test module '([^']{1,1000})'/,
    hit: (m) => ({ category: "import_error", weight: 3, message: m[0] }),
  },
  {
    id: "pytest.totals",
    tools: ["pytest"],
    needle: " failed",
    re: /^=+ (?:.{0,200}?)(\d{1,7}) failed\b/,
    hit: (m) => ({
      category: "test_failure",
      weight: 2,
      message: `${m[1]} test(s) failed`,
      facts: { failed: num(m[1]) },
    }),
  },
  {
    id: "unittest.fail",
    tools: ["unittest", "pytest", "python"],
    needle: ": test",
    re: /^(FAIL|ERROR): (\w{1,300}) \(([\w.]{1,500})\)/,
    hit: (m) => {
      const name = m[2] ?? "";
      const where = m[3] ?? "";
      const id = where.endsWith(`.${name}`) ? where : `${where}.${name}`;
      return { category: "test_failure", weight: 3, message: `${id} ${m[1]}`, tests: [id] };
    },
  },
  {
    id: "pytest.timeout",
    tools: ["pytest"],
    needle: "Timeout",
    re: /^(?:E\s{1,10})?(?:Failed: )?Timeout >?([\d.]{1,12})s/,
    hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: `${m[1]}s` } }),
  },
  {
    id: "tests.failed-then-passed",
    tools: [],
    needle: "failed and then succeeded",
    re: /failed and then succeeded.{0,40}?\[(.{0,2000})\]/,
    hit: (m) => {
      const ids = (m[1] ?? "")
        .split(",")
        .map((s) => s.trim().replace(/^['"]|['"]$/g, ""))
        .filter((s) => s !== "");
      return { category: "flaky", weight: 0, message: "tests failed and then passed on rerun", flaky: ids };
    },
  },
  {
    id: "runner.shard-failed",
    tools: ["python"],
    needle: "failed!",
    re: /^([\w./-]{1,300}) \d{1,4}\/\d{1,4} failed!?$/,
    hit: (m) => ({ category: "test_failure", weight: 2, message: m[0], tests: [m[1] ?? ""] }),
  },
  // ---- coverage gates
  {
    id: "coverage.pytest-cov",
    tools: ["pytest"],
    needle: "Required test coverage",
    re: /Required test coverage of ([\d.]{1,8})% not reached\. Total coverage: ([\d.]{1,8})%/,
    hit: (m) => ({
      category: "coverage_drop",
      weight: 3,
      message: `coverage ${m[2]}% is below the required ${m[1]}%`,
      facts: { required: `${m[1]}%`, actual: `${m[2]}%` },
    }),
  },
  {
    id: "coverage.fail-under",
    tools: ["pytest", "python"],
    needle: "fail-under",
    re: /Coverage failure: total of ([\d.]{1,8}) is less than fail-under=([\d.]{1,8})/,
    hit: (m) => ({
      category: "coverage_drop",
      weight: 3,
      message: `coverage ${m[1]}% is below the required ${m[2]}%`,
      facts: { required: `${m[2]}%`, actual: `${m[1]}%` },
    }),
  },
];
