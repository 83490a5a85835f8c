// The runbook's §3 table as code: for the first real cause, a one-line summary, the likely cause and fix,
// and a command to reproduce it locally. Commands are for display (quoted for a POSIX shell), never run.

import { shellWord } from "./paths.js";
import { reproduceCommand } from "./reproduce.js";
import type { Category, Diagnostic, Signal, Tool } from "./types.js";

export interface AdviceInput {
  category: Category;
  /** The tool that reported it (default `unknown`: the category's own advice). */
  tool?: Tool;
  /** The failing step's script, when the log showed it. */
  command?: string | undefined;
  /** Files with findings, for the narrowed command. */
  files?: readonly string[];
  packages?: readonly string[];
  primary: Signal | undefined;
  count: number;
  tests: readonly string[];
  locations: readonly string[];
  diagnostics: readonly Diagnostic[];
  facts: Record<string, string | number>;
  cancelled: boolean;
  conclusion?: string | undefined;
}

export interface Advice {
  summary: string;
  fix: string;
  reproduce: string;
}

function uniqueFiles(diagnostics: readonly Diagnostic[], max = 5): string[] {
  const out: string[] = [];
  for (const d of diagnostics) if (!out.includes(d.path) && out.length < max) out.push(d.path);
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function first(list: readonly string[]): string | undefined {
  return list[0];
}

/** How to run one failing test, by the shape of its id. */
export function testCommand(id: string): string {
  if (id.includes("::")) return `pytest ${shellWord(id)}`;
  const js = /^(\S+\.[cm]?[jt]sx?) > (.+)$/.exec(id);
  if (js) {
    const name = (js[2] ?? "").split(" > ").pop() ?? "";
    return `npx vitest run ${shellWord(js[1] ?? "")} -t ${shellWord(name)}`;
  }
  if (/^Test[A-Z0-9_]\w*(\/\S+)?$/.test(id))
    return `go test ./... -run ${shellWord(`^${id.split("/")[0]}$`)}`;
  if (/\.py$/.test(id)) return `pytest ${shellWord(id)}`;
  if (id.includes(" › ")) return `npx jest -t ${shellWord(id.split(" › ").pop() ?? id)}`;
  return `# run the failing test: ${id.replace(/[\r\n]/g, " ")}`;
}

/** What each tool's own fix is, in its words (the category's text stands when the tool has none). */
const TOOL_FIX: Partial<Record<Tool, string>> = {
  pyright:
    "Fix the type errors pyright shows (the rule is named in parentheses, e.g. reportArgumentType). Run the same `pyright` as CI with the same pyrightconfig/pyproject settings; a different pyright version or Python environment explains errors seen only in CI.",
  flake8:
    "Fix the flake8 findings (the code names the check: E/W pycodestyle, F pyflakes, C complexity). Run the same `flake8` command locally; its configuration is in setup.cfg, tox.ini or .flake8.",
  pylint:
    "Fix the pylint messages (the symbol in parentheses names the check); disable a check inline only with a reason. Run the same `pylint` command with the project's pylintrc.",
  black:
    "Run `black` on the files named (the same version as CI, pinned in the dev dependencies) and commit the result.",
  isort: "Run `isort` on the files named (same version and profile as CI) and commit the result.",
  prettier:
    "Run `npx prettier --write` on the files named (the version in package.json) and commit the result.",
  biome: "Run `npx biome check --write` on the files named and fix what remains by hand; commit the result.",
  jest: "Read the assertion and the code frame; fix the code or the test. If it passes locally, look for test order (`--runInBand`), timers and time zones, and shared module state between tests.",
  vitest:
    "Read the assertion and the code frame; fix the code or the test. If it passes locally, look for shared state between files (`--no-file-parallelism`), fake timers and time zones.",
  mocha:
    "Read the assertion and the stack; fix the code or the test. If it passes locally, look for test order, timers and leaked state between suites.",
  go: "Read the failing test's output (file:line and the message); fix the code or the test. Run it with `-race` and `-count=1` to rule out data races and cached results.",
  cargo:
    "Read the panic message and its location; fix the code or the test. Run it alone (`--test-threads=1`) to rule out tests sharing state.",
  unittest:
    "Read the assertion and the traceback; fix the code or the test. Run the one test alone to rule out order dependence between test cases.",
  poetry:
    "The lock file and pyproject.toml disagree, or the constraints cannot be solved: run `poetry lock` (same Poetry version as CI), check the Python range and version constraints named, and commit the lock file.",
  pip: "A Python dependency could not be resolved, downloaded or built: check the pins named, the Python version, and native build prerequisites (system libraries, compilers) in the log.",
  uv: "A Python dependency could not be resolved or installed: run `uv lock` to update the lock file, check the constraints and the Python version named.",
  pnpm: "The lock file is out of date or a package cannot be resolved: run `pnpm install` and commit pnpm-lock.yaml.",
  yarn: "The lock file would change or a package cannot be resolved: run `yarn install` and commit yarn.lock.",
};

/** The tool's name as a summary prefix. */
const TOOL_LABEL: Partial<Record<Tool, string>> = {
  pyright: "pyright",
  flake8: "flake8",
  pylint: "pylint",
  black: "black",
  isort: "isort",
  prettier: "prettier",
  biome: "biome",
};

export function adviceFor(a: AdviceInput): Advice {
  const advice = categoryAdvice(a);
  const tool = a.tool ?? "unknown";
  const own = TOOL_FIX[tool];
  const reproduce = reproduceCommand({
    tool,
    category: a.category,
    command: a.command,
    tests: a.tests,
    files: a.files ?? [],
    packages: a.packages ?? [],
    formatter: typeof a.facts.formatter === "string" ? a.facts.formatter : undefined,
    dockerBuild: a.facts.dockerBuild === "yes",
  });
  const label = TOOL_LABEL[tool];
  return {
    summary:
      label && !advice.summary.startsWith(label)
        ? `${label}: ${advice.summary.replace(/^(?:ruff|mypy|ESLint|formatting): /, "")}`
        : advice.summary,
    fix:
      own && ["mypy", "ruff", "eslint", "test_failure", "dependency_install", "other"].includes(a.category)
        ? own
        : advice.fix,
    reproduce: reproduce ?? advice.reproduce,
  };
}

function categoryAdvice(a: AdviceInput): Advice {
  const p = a.primary;
  const msg = p?.message ?? "";
  const loc = first(a.locations);
  const at = loc ? ` at ${loc}` : "";
  const files = uniqueFiles(a.diagnostics);
  const fileArgs = files.length > 0 ? files.map(shellWord).join(" ") : ".";
  switch (a.category) {
    case "mypy":
      return {
        summary: `mypy: ${plural(a.count, "type error")}${at}: ${msg}`,
        fix: "Fix the type errors shown. If they appear only in CI, CI runs `mypy --strict` (and its own config): run it locally with the same flags, then annotate or narrow the types rather than ignoring them.",
        reproduce: `mypy --strict ${fileArgs}`,
      };
    case "ruff": {
      const format = a.facts.formatter === "ruff" || a.facts.formatter === "black";
      return {
        summary: format ? `formatting: ${msg}` : `ruff: ${plural(a.count, "lint error")}${at}: ${msg}`,
        fix: format
          ? "Run `make fmt` (ruff format / black) and commit the result."
          : "Run `make fmt` (ruff check --fix, ruff format) and fix what remains by hand; commit the result.",
        reproduce: format ? `ruff format --check ${fileArgs}` : `ruff check ${fileArgs}`,
      };
    }
    case "typescript":
      return {
        summary: `TypeScript: ${plural(a.count, "type error")}${at}: ${msg}`,
        fix: "Fix the type errors shown (the error code names the rule). Run the same `tsc` command as CI; a different TypeScript version or tsconfig locally explains errors seen only in CI.",
        reproduce: "npx tsc --noEmit -p tsconfig.json",
      };
    case "eslint":
      return {
        summary: `ESLint: ${plural(a.count, "problem")}${at}: ${msg}`,
        fix: "Fix the lint problems (the rule name is given); `npx eslint --fix` fixes the mechanical ones.",
        reproduce: `npx eslint ${fileArgs}`,
      };
    case "test_failure": {
      const t = first(a.tests);
      const n = a.tests.length;
      return {
        summary: `${n > 0 ? plural(n, "failing test") : "tests failed"}: ${t && !msg.startsWith(t) ? `${t} — ` : ""}${msg}`,
        fix: "Read the assertion and the location; fix the code or the test. If it passes locally, look for order dependence or shared state (`pytest -p random_order --random-order`) or flakiness (`pytest --count=10`), and for time- or environment-dependent assertions.",
        reproduce: t ? testCommand(t) : "gh run view <run-id> --log-failed  # the failing step's command",
      };
    }
    case "import_error": {
      const conflict = a.facts.conflictMarkers === "yes";
      const t = first(a.tests);
      return {
        summary: `import error${at}: ${msg}`,
        fix: conflict
          ? "A merge-conflict marker (<<<<<<< / >>>>>>>) was committed: resolve the conflict in the file named and commit."
          : "A module could not be imported: check the dependency is declared in `pyproject.toml` (or requirements) and installed in CI, the package layout and paths (`PYTHONPATH`, `packages`/`src` layout), and that installed and source versions agree.",
        reproduce:
          t && /\.py$/.test(t)
            ? `pytest --collect-only ${shellWord(t)}`
            : loc
              ? `python -X importtime -c 'import …'  # module failing at ${loc}`
              : "pytest --collect-only -q",
      };
    }
    case "timeout": {
      const limit = a.facts.limit !== undefined ? ` (limit ${a.facts.limit})` : "";
      const t = first(a.tests);
      return {
        summary: `timeout${limit}: ${msg || `the job ended as ${a.conclusion ?? "timed out"}`}`,
        fix: "Something ran past its time limit: slow tests or a deadlock/hang. Find the last test or command that started (timestamps jump), profile it (`pytest --durations=20`), fix the hang; raise the limit only if the work really grew.",
        reproduce: t ? `timeout 30m ${testCommand(t)}` : "gh run rerun <run-id> --failed",
      };
    }
    case "coverage_drop":
      return {
        summary: `coverage below the gate: ${msg}`,
        fix: `Add tests for the new or changed code (the coverage report's Missing column lists the lines); do not lower the threshold${a.facts.required !== undefined ? ` (${a.facts.required})` : ""} to pass.`,
        reproduce: `pytest --cov --cov-report=term-missing${a.facts.required !== undefined ? ` --cov-fail-under=${String(a.facts.required).replace("%", "")}` : ""}`,
      };
    case "dependency_install":
      return {
        summary: `dependency installation failed: ${msg}`,
        fix: /lock|in sync/i.test(msg)
          ? "The lock file is out of sync with the manifest: run `npm install` (or the package manager's lock command) and commit the updated lock file."
          : "A dependency could not be resolved, downloaded or built: check the version pins and lock file, the package index, and native build prerequisites named in the log (env vars, system libraries).",
        reproduce: /npm|package-lock|EUSAGE|ERESOLVE/i.test(msg)
          ? "npm ci"
          : /pnpm/i.test(msg)
            ? "pnpm install --frozen-lockfile"
            : "pip install -r requirements.txt  # or: pip install -e .",
      };
    case "oom":
      return {
        summary: `out of memory${at}: ${msg}`,
        fix: "The process ran out of memory (exit 137 is the OOM killer's SIGKILL). Reduce parallelism or batch sizes, fix leaks, or use a larger runner; for Node raise `--max-old-space-size` only knowingly.",
        reproduce: "/usr/bin/time -v <the failing command>  # watch 'Maximum resident set size'",
      };
    case "infrastructure":
      return {
        summary: `infrastructure: ${msg}`,
        fix: "Nothing in the code: the runner, GitHub or the network failed. Re-run the failed jobs; if it repeats, check GitHub status, runner capacity, rate limits and disk space.",
        reproduce: "gh run rerun <run-id> --failed",
      };
    case "flaky":
      return {
        summary: `flaky: ${msg}`,
        fix: "The same commit both failed and passed: a flaky test or environment. Re-run, then make it deterministic (shared state, ordering, time, network) — track it rather than ignore it.",
        reproduce: first(a.tests)
          ? `pytest --count=10 -p random_order ${shellWord(first(a.tests) ?? "")}`
          : "pytest --count=10 --random-order",
      };
    default: {
      if (a.cancelled)
        return {
          summary: `cancelled: ${msg || "the job was cancelled"} — no failure of its own in the log (a newer push, a manual cancel, or a limit)`,
          fix: "Nothing to fix in the code from this log: it only shows a cancellation. Check the run's conclusion (cancelled vs timed out) and re-run if needed.",
          reproduce: "gh run rerun <run-id> --failed",
        };
      if (a.facts.formatter === "prettier")
        return {
          summary: msg,
          fix: "Run `npx prettier --write .` and commit the result.",
          reproduce: "npx prettier --check .",
        };
      return {
        summary: p ? `${msg}${at}` : "no known failure pattern found in the log",
        fix: p
          ? "Read the evidence lines and the step's log around them."
          : "Open the job log; no rule recognised the failure.",
        reproduce: "gh run view <run-id> --log-failed",
      };
    }
  }
}
