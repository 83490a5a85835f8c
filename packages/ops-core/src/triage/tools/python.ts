// Python tools: mypy, ruff (and flake8/pylint in the same concise form), pytest, unittest, coverage.py.

import { num, PY, type Rule, type RuleHit } from "../rule.js";

/**
 * A pytest node id and the message after it (` - message`): the id ends at the first ` - ` outside
 * brackets, so parametrize ids with spaces or dashes (`test_x[a b-1]`, `test_y[p - q]`) stay whole.
 */
export function pytestId(rest: string): { id: string; message: string } {
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93) depth = Math.max(0, depth - 1);
    else if (c === 32 && depth === 0 && rest.startsWith(" - ", i))
      return { id: rest.slice(0, i), message: rest.slice(i + 3) };
  }
  return { id: rest.trimEnd(), message: "" };
}

/** pylint's message types: E(rror) and F(atal) are errors, W(arning) findings, C(onvention), R(efactor)
 * and I(nfo) minor ones (still failing the step by its exit code). */
function pylintHit(path: string, line: number, column: number, code: string, message: string): RuleHit {
  const major = code[0] === "E" || code[0] === "F" || code[0] === "W";
  return {
    category: "ruff",
    weight: major ? 3 : 2,
    message: `${code} ${message}`,
    location: { path, line, column, message, code },
  };
}

export const PYTHON_RULES: readonly Rule[] = [
  // ---- alembic: a CommandError is logged `ERROR [alembic.util.messaging] message`, then `FAILED: message`
  {
    id: "alembic.error",
    tools: ["alembic"],
    needle: "[alembic.",
    triggers: ["ERR"],
    re: /^ERROR \[alembic\.[\w.]{1,100}\] (.{1,2000})$/,
    hit: (m, text) => ({ category: "other", weight: 1, message: (m[1] ?? text).trim() }),
  },
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
    triggers: ["rror"],
    tools: ["mypy"],
    needle: "source file",
    re: /^Found (\d{1,7}) errors? in (\d{1,7}) files? \(checked (\d{1,7}) source files?\)/,
    hit: (m) => ({ category: "mypy", weight: 2, message: m[0], facts: { errors: num(m[1]) } }),
  },
  // ---- ruff / flake8 (concise: path:line:col: CODE message)
  {
    id: "ruff.concise",
    triggers: [],
    lookback: true,
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
    // ruff check's closing line (after `Found N errors.`; biome says "Found N errors." too, not this):
    // the findings themselves may be only counts (`--statistics`) or in a format no rule reads
    id: "ruff.summary",
    tools: ["ruff"],
    needle: "fix",
    triggers: ["fixable with the", "No fixes available"],
    re: /^(?:\[\*\] \d{1,7} fixable with the `--fix` option|No fixes available \(\d{1,7} hidden fix)/,
    hit: (_m, text) => ({ category: "ruff", weight: 2, message: text.trim() }),
  },
  {
    id: "ruff.format",
    tools: ["ruff", "black"],
    needle: "eformat",
    // "Would reformat: x" / "would reformat x"
    triggers: ["ould reformat"],
    re: /^(?:Would reformat: |would reformat )(\S{1,400})$/,
    hit: (m) => ({
      category: "ruff",
      weight: 3,
      message: `formatting: ${m[1]} would be reformatted`,
      facts: { formatter: m[0].startsWith("Would") ? "ruff" : "black" },
      tool: m[0].startsWith("Would") ? "ruff" : "black",
      files: [m[1] ?? ""],
    }),
  },
  // ---- isort
  {
    id: "isort.check",
    tools: ["isort"],
    needle: "Imports are incorrectly sorted",
    // isort's line starts `ERROR: `
    triggers: ["ERR"],
    re: /^ERROR: (.{1,1000}) Imports are incorrectly sorted/,
    hit: (m) => ({
      category: "ruff",
      weight: 3,
      message: `imports not sorted: ${m[1]}`,
      facts: { formatter: "isort" },
      files: [m[1] ?? ""],
    }),
  },
  // ---- pyright (`  path.py:12:5 - error: message (reportRule)` under a file line)
  {
    id: "pyright.error",
    tools: ["pyright"],
    needle: " - error: ",
    re: new RegExp(String.raw`^\s{0,8}(${PY}):(\d{1,7}):(\d{1,5}) - error: (.{0,2000})$`),
    hit: (m) => {
      const rest = m[4] ?? "";
      const code = / \((report\w{1,80})\)$/.exec(rest);
      return {
        category: "mypy",
        weight: 3,
        message: rest,
        location: {
          path: m[1] ?? "",
          line: num(m[2]),
          column: num(m[3]),
          message: code ? rest.slice(0, code.index) : rest,
          code: code?.[1],
        },
      };
    },
  },
  {
    id: "pyright.summary",
    tools: ["pyright"],
    needle: "informations",
    // "N errors, M warnings, K informations"
    triggers: ["rror"],
    re: /^(\d{1,7}) errors?, \d{1,7} warnings?, \d{1,7} informations?/,
    hit: (m) =>
      num(m[1]) > 0
        ? { category: "mypy", weight: 2, message: m[0], facts: { errors: num(m[1]) } }
        : undefined,
  },
  // ---- pylint (text `path:12:4: C0114: msg (symbol)`, parseable `path:12: [C0114(symbol), obj] msg`):
  // no word "error" in them, so read back from the score line or the step's exit code
  {
    id: "pylint.message",
    tools: ["pylint"],
    needle: ".py",
    triggers: [],
    lookback: true,
    re: new RegExp(String.raw`^(${PY}):(\d{1,7}):(\d{1,5}): ([CRWEFI]\d{4}): (.{0,2000})$`),
    hit: (m) => pylintHit(m[1] ?? "", num(m[2]), num(m[3]), m[4] ?? "", m[5] ?? ""),
  },
  {
    id: "pylint.parseable",
    tools: ["pylint"],
    needle: ".py",
    triggers: [],
    lookback: true,
    re: new RegExp(
      String.raw`^(${PY}):(\d{1,7}): \[([CRWEFI]\d{4})(?:\([\w-]{1,100}\))?(?:, [^\]]{0,400})?\] (.{0,2000})$`,
    ),
    hit: (m) => pylintHit(m[1] ?? "", num(m[2]), 0, m[3] ?? "", m[4] ?? ""),
  },
  // ---- pytest
  {
    id: "pytest.failed",
    tools: ["pytest"],
    needle: "FAILED",
    // the short summary (`-rf`, `-rA`), xdist's `[gw1] [ 93%] FAILED id`, and `--durations`' timing
    re: /^(?:\[gw\d{1,4}\] )?(?:\[ {0,2}\d{1,3}%\] )?FAILED (?:\[[\d.]{1,20}m?s\] )?(.{1,2000})$/,
    hit: (m) => {
      const { id, message } = pytestId(m[1] ?? "");
      if (!id.includes("::") && !/\.py$/.test(id)) return undefined;
      return {
        category: "test_failure",
        weight: 3,
        message: `${id}${message ? ` - ${message}` : ""}`,
        tests: [id],
      };
    },
  },
  {
    id: "pytest.error",
    tools: ["pytest"],
    needle: "ERROR",
    re: /^(?:\[gw\d{1,4}\] )?(?:\[ {0,2}\d{1,3}%\] )?ERROR (?:\[[\d.]{1,20}m?s\] )?(.{1,2000})$/,
    hit: (m) => {
      const { id, message } = pytestId(m[1] ?? "");
      const rest = message ? ` - ${message}` : "";
      if (id.includes("::"))
        return { category: "test_failure", weight: 3, message: `${id} (error)${rest}`, tests: [id] };
      if (/\.py$/.test(id))
        return {
          category: "import_error",
          weight: 3,
          message: `collection error in ${id}${rest}`,
          tests: [id],
        };
      return undefined;
    },
  },
  {
    id: "pytest.progress",
    triggers: ["FAILED", "ERROR", "RERUN"],
    tools: ["pytest"],
    needle: "::",
    // `-v`: `id STATUS [ 50%]`; ids may hold spaces and brackets (`test_x[a b-1]`), or `id <- base.py`
    re: /^(\S.{0,2000}?) (FAILED|ERROR|RERUN)(?: {1,80}\[ {0,2}\d{1,3}%\])?$/,
    hit: (m) => {
      let id = m[1] ?? "";
      const from = id.indexOf(" <- ");
      if (from > 0) id = id.slice(0, from);
      if (!/^[^\s:]{1,400}\.py::/.test(id)) return undefined;
      if (m[2] === "RERUN") return { category: "flaky", weight: 0, message: `${id} was rerun`, flaky: [id] };
      // weight 2: the short summary (or a timeout's report in the failure's section) says why
      return { category: "test_failure", weight: 2, message: `${id} ${m[2]}`, tests: [id] };
    },
  },
  {
    id: "pytest.rerun",
    tools: ["pytest"],
    needle: "RERUN",
    // pytest-rerunfailures' short summary (`-rR`) and xdist's progress: `RERUN id`
    re: /^(?:\[gw\d{1,4}\] )?(?:\[ {0,2}\d{1,3}%\] )?RERUN (.{1,2000})$/,
    hit: (m) => {
      const { id } = pytestId(m[1] ?? "");
      return id.includes("::")
        ? { category: "flaky", weight: 0, message: `${id} was rerun`, flaky: [id] }
        : undefined;
    },
  },
  {
    id: "pytest.timeout-banner",
    tools: ["pytest"],
    needle: "Timeout",
    // pytest-timeout dumping the stacks (`+++ Timeout +++`), the thread method's only report
    re: /^\+{3,100} Timeout \+{3,100}$/,
    hit: () => ({ category: "timeout", weight: 3, message: "pytest-timeout stopped a test (stacks dumped)" }),
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
    triggers: ["FAIL", "ERROR"],
    tools: ["unittest", "pytest", "python"],
    needle: ": test",
    // `(module.Class.test_x)` on Python 3.11+, `(module.Class)` before; a wrapped paste may cut the `)`
    re: /^(FAIL|ERROR): (\w{1,300}) \(([\w.]{1,500})(\)?)/,
    hit: (m) => {
      const name = m[2] ?? "";
      let where = m[3] ?? "";
      const dot = where.lastIndexOf(".");
      if (m[4] === "" && dot > 0 && name.startsWith(where.slice(dot + 1))) where = where.slice(0, dot);
      if (where.startsWith("unittest.loader._Failed")) return undefined;
      const id = where.endsWith(`.${name}`) ? where : `${where}.${name}`;
      return { category: "test_failure", weight: 3, message: `${id} ${m[1]}`, tests: [id] };
    },
  },
  {
    id: "unittest.import",
    tools: ["unittest"],
    needle: "_FailedTest",
    // a test module that failed to import: `ERROR: tests.test_x (unittest.loader._FailedTest.tests.test_x)`
    re: /^ERROR: ([\w.]{1,500}) \(unittest\.loader\._FailedTest/,
    hit: (m) => ({
      category: "import_error",
      weight: 3,
      message: `test module ${m[1]} could not be imported`,
      tests: [m[1] ?? ""],
    }),
  },
  {
    id: "pytest.timeout",
    tools: ["pytest"],
    needle: "Timeout",
    re: /^(?:E\s{1,40})?(?:Failed: )?Timeout \(?>?([\d.]{1,12})s/,
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
