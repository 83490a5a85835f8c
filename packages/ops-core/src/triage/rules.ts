// Line rules: what each tool really prints when it fails, mapped to a category and a weight (types.ts).
// Every expression is anchored at the start of the (already cut) line or begins with a literal, and has
// bounded repetitions with no nested quantifiers: matching is linear in the line's length. A rule runs only
// when its `needle` (a plain substring) is in the line, so most lines cost one combined pre-filter test.

import type { Category, Weight } from "./types.js";

export interface RuleHit {
  category: Category;
  weight: Weight;
  message: string;
  /** Raw location parts (made `path:line[:col]` by the scanner). */
  location?: { path: string; line: number; column?: number; message?: string; code?: string };
  tests?: string[];
  facts?: Record<string, string | number>;
  /** Side note: a test that failed then passed. */
  flaky?: string[];
}

export interface Rule {
  id: string;
  needle: string;
  re: RegExp;
  hit(m: RegExpExecArray, text: string): RuleHit | undefined;
}

const PY = String.raw`[^\s:"'()]{1,400}\.pyi?`;

function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s);
}

function exitCodeHit(code: number, text: string): RuleHit {
  if (code === 137)
    return {
      category: "oom",
      weight: 2,
      message: `exit code 137: the process was killed (SIGKILL), most often by the out-of-memory killer`,
      facts: { exitCode: code },
    };
  if (code === 124)
    return {
      category: "timeout",
      weight: 3,
      message: `exit code 124: a \`timeout\` limit stopped the command`,
      facts: { exitCode: code },
    };
  if (code === 143)
    return {
      category: "other",
      weight: 1,
      message: `exit code 143: the process was terminated (SIGTERM), e.g. by a cancellation or a timeout`,
      facts: { exitCode: code },
    };
  return { category: "other", weight: 1, message: text.trim(), facts: { exitCode: code } };
}

export const RULES: readonly Rule[] = [
  // ---- mypy
  {
    id: "mypy.error",
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
    needle: "source file",
    re: /^Found (\d{1,7}) errors? in (\d{1,7}) files? \(checked (\d{1,7}) source files?\)/,
    hit: (m) => ({ category: "mypy", weight: 2, message: m[0], facts: { errors: num(m[1]) } }),
  },
  // ---- ruff / flake8 (concise: path:line:col: CODE message)
  {
    id: "ruff.concise",
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
    needle: "eformat",
    re: /^(?:Would reformat: |would reformat )(\S{1,400})$/,
    hit: (m) => ({
      category: "ruff",
      weight: 3,
      message: `formatting: ${m[1]} would be reformatted`,
      facts: { formatter: m[0].startsWith("Would") ? "ruff" : "black" },
    }),
  },
  // ---- TypeScript (tsc plain and --pretty)
  {
    id: "tsc.error",
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
    needle: "problem",
    re: /^✖ (\d{1,7}) problems? \((\d{1,7}) errors?, (\d{1,7}) warnings?\)/,
    hit: (m) =>
      num(m[2]) > 0 || num(m[3]) > 0
        ? { category: "eslint", weight: 2, message: m[0], facts: { errors: num(m[2]), warnings: num(m[3]) } }
        : undefined,
  },
  // ---- pytest
  {
    id: "pytest.failed",
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
    needle: "ImportError while importing test module",
    re: /^ImportError while importing test module '([^']{1,1000})'/,
    hit: (m) => ({ category: "import_error", weight: 3, message: m[0] }),
  },
  {
    id: "pytest.totals",
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
    needle: "Timeout",
    re: /^(?:E\s{1,10})?(?:Failed: )?Timeout >?([\d.]{1,12})s/,
    hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: `${m[1]}s` } }),
  },
  {
    id: "tests.failed-then-passed",
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
    needle: "failed!",
    re: /^([\w./-]{1,300}) \d{1,4}\/\d{1,4} failed!?$/,
    hit: (m) => ({ category: "test_failure", weight: 2, message: m[0], tests: [m[1] ?? ""] }),
  },
  // ---- coverage gates
  {
    id: "coverage.pytest-cov",
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
    needle: "fail-under",
    re: /Coverage failure: total of ([\d.]{1,8}) is less than fail-under=([\d.]{1,8})/,
    hit: (m) => ({
      category: "coverage_drop",
      weight: 3,
      message: `coverage ${m[1]}% is below the required ${m[2]}%`,
      facts: { required: `${m[2]}%`, actual: `${m[1]}%` },
    }),
  },
  {
    id: "coverage.jest",
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
    needle: "●",
    re: /^\s{0,8}● (.{1,2000})$/,
    hit: (m) => {
      const name = (m[1] ?? "").trim();
      if (/^Console\b|^Test suite failed to run/.test(name)) return undefined;
      return { category: "test_failure", weight: 3, message: name, tests: [name] };
    },
  },
  // ---- cargo test, maven surefire, gradle
  {
    id: "cargo.test",
    needle: "FAILED",
    re: /^test (\S{1,500}) \.\.\. FAILED$/,
    hit: (m) => ({ category: "test_failure", weight: 3, message: `${m[1]} failed`, tests: [m[1] ?? ""] }),
  },
  {
    id: "maven.test",
    needle: "[ERROR]",
    re: /^\[ERROR\]\s{1,8}(?:Run \d{1,4}: )?([A-Za-z_$][\w$.]{0,300})\.(\w{1,200}):(\d{1,7})(?: (.{0,2000}))?$/,
    hit: (m) => {
      const id = `${m[1]}.${m[2]}`;
      return { category: "test_failure", weight: 3, message: `${id}${m[4] ? ` ${m[4]}` : ""}`, tests: [id] };
    },
  },
  {
    id: "maven.totals",
    needle: "Tests run:",
    re: /^\[ERROR\] Tests run: \d{1,7}, Failures: (\d{1,7}), Errors: (\d{1,7})/,
    hit: (m) =>
      num(m[1]) + num(m[2]) > 0
        ? { category: "test_failure", weight: 2, message: m[0], facts: { failed: num(m[1]) + num(m[2]) } }
        : undefined,
  },
  {
    id: "gradle.test",
    needle: " FAILED",
    re: /^(\S{1,300}) > (.{1,300}) FAILED$/,
    hit: (m) => {
      const id = `${m[1]} > ${m[2]}`;
      return { category: "test_failure", weight: 3, message: `${id} failed`, tests: [id] };
    },
  },
  // ---- go test
  {
    id: "go.fail",
    needle: "--- FAIL",
    re: /^\s{0,40}--- FAIL: (\S{1,500}) \(/,
    hit: (m) => ({ category: "test_failure", weight: 3, message: `${m[1]} failed`, tests: [m[1] ?? ""] }),
  },
  {
    id: "go.timeout",
    needle: "test timed out",
    re: /^panic: test timed out after (\S{1,40})/,
    hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: m[1] ?? "" } }),
  },
  // ---- timeouts
  {
    id: "gha.step-timeout",
    needle: "has timed out after",
    re: /has timed out after (\d{1,6}) minutes/,
    hit: (m, text) => ({
      category: "timeout",
      weight: 3,
      message: text.trim(),
      facts: { limit: `${m[1]} min` },
    }),
  },
  {
    id: "gha.job-timeout",
    needle: "maximum execution time",
    re: /exceeded the maximum execution time of (\d{1,6}) minutes/,
    hit: (m, text) => ({
      category: "timeout",
      weight: 3,
      message: text.trim(),
      facts: { limit: `${m[1]} min` },
    }),
  },
  {
    id: "timeout.returning-124",
    needle: "returning 124",
    re: /took >\s?([\w.]{1,20}), returning 124/,
    hit: (m, text) => ({
      category: "timeout",
      weight: 3,
      message: text.trim(),
      facts: { limit: m[1] ?? "", exitCode: 124 },
    }),
  },
  // ---- exit codes
  {
    id: "exit.code",
    needle: "exit code",
    re: /(?:exit code|exitcode) (-?\d{1,4})\b/,
    hit: (m, text) => exitCodeHit(num(m[1]), text),
  },
  {
    id: "exit.status",
    needle: "exit status",
    re: /exit status (\d{1,4})\b/,
    hit: (m, text) => (m[1] === "137" || m[1] === "124" ? exitCodeHit(num(m[1]), text) : undefined),
  },
  {
    id: "exit.killed",
    needle: "Killed",
    re: /^(?:\S[^:]{0,300}: )?Killed\b/,
    hit: (_m, text) => ({
      category: "oom",
      weight: 2,
      message: `${text.trim()} (killed, most often by the OOM killer)`,
    }),
  },
  // ---- out of memory
  ...[
    "out of memory",
    "Out of memory",
    "OutOfMemoryError",
    "MemoryError",
    "heap out of memory",
    "std::bad_alloc",
    "OOMKilled",
    "Cannot allocate memory",
  ].map(
    (needle): Rule => ({
      id: "oom.message",
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => {
        // a memory error named inside a test id or a path is not an OOM
        if (needle === "MemoryError" && !/(?:^|[\s.:])MemoryError\b/.test(text)) return undefined;
        return { category: "oom", weight: 3, message: text.trim() };
      },
    }),
  ),
  // ---- dependency installation
  {
    id: "npm.code",
    needle: " code E",
    re: /^npm (?:ERR!|error) code (E[A-Z0-9_]{1,40})/,
    hit: (m, text) =>
      m[1] === "ELIFECYCLE"
        ? undefined
        : { category: "dependency_install", weight: 3, message: text.trim(), facts: { code: m[1] ?? "" } },
  },
  {
    id: "npm.lockfile",
    needle: "can only install packages when",
    re: /can only install packages when your package\.json and package-lock\.json/,
    hit: () => ({
      category: "dependency_install",
      weight: 3,
      message: "npm ci: package.json and package-lock.json are out of sync",
    }),
  },
  ...[
    "Could not find a version that satisfies",
    "No matching distribution found",
    "Failed building wheel for",
    "Failed to build one or more wheels",
    "Failed to build installable wheels",
    "ResolutionImpossible",
    "Could not install packages due to",
    "SolverProblemError",
    "version solving failed",
    "No solution found when resolving dependencies",
    "ERR_PNPM_",
    "Couldn't find any versions for",
    "The lockfile would have been modified",
    "missing go.sum entry",
    "Unable to locate package",
    "lockfile needs to be updated",
  ].map(
    (needle): Rule => ({
      id: "deps.install",
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({ category: "dependency_install", weight: 3, message: text.trim() }),
    }),
  ),
  // ---- infrastructure (the runner, GitHub, the network: nothing in the code)
  ...[
    "runner has received a shutdown signal",
    "lost communication with the server",
    "An action could not be found at the URI",
    "Failed to download archive",
    "Failed to resolve action download info",
    "API rate limit exceeded",
    "secondary rate limit",
    "failed to come online",
    "custom container implementation failed",
    "No space left on device",
    "no enabled runners online",
    "was not acquired by Runner",
    "toomanyrequests",
    "The hosted runner encountered an error",
  ].map(
    (needle): Rule => ({
      id: "infra.runner",
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({ category: "infrastructure", weight: 3, message: text.trim() }),
    }),
  ),
  ...[
    "Could not resolve host",
    "Temporary failure in name resolution",
    "502 Bad Gateway",
    "503 Service Unavailable",
  ].map(
    (needle): Rule => ({
      id: "infra.network",
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({ category: "infrastructure", weight: 2, message: text.trim() }),
    }),
  ),
  // ---- formatters that are not ruff
  {
    id: "prettier.check",
    needle: "Code style issues found",
    re: /Code style issues found in (?:the above file|\d{1,7} files)/,
    hit: (_m, text) => ({
      category: "other",
      weight: 3,
      message: `formatting (prettier): ${text.trim()}`,
      facts: { formatter: "prettier" },
    }),
  },
  // ---- cancellation: honest, not a cause
  ...["The operation was canceled", "A task was canceled", "The job was canceled", "was cancelled"].map(
    (needle): Rule => ({
      id: "gha.cancelled",
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({
        category: "other",
        weight: 1,
        message: text.trim(),
        facts: { cancelled: "yes" },
      }),
    }),
  ),
];

/** A literal string as a regular expression source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const RULE_NEEDLES: readonly string[] = [...new Set(RULES.map((r) => r.needle))];
