// The triage report model: what `ops triage --json` prints per file, and what the action renders.

export const CATEGORIES = [
  "mypy",
  "ruff",
  "test_failure",
  "import_error",
  "timeout",
  "coverage_drop",
  "flaky",
  "typescript",
  "eslint",
  "dependency_install",
  "oom",
  "infrastructure",
  "other",
] as const;

export type Category = (typeof CATEGORIES)[number];

/**
 * The tool whose output shows the failure (from the failing step's command and the output's signature).
 * `runner` is GitHub's runner itself (timeouts, cancellations, lost runners); `unknown` when nothing says.
 */
export const TOOLS = [
  "pytest",
  "unittest",
  "python",
  "mypy",
  "pyright",
  "ruff",
  "flake8",
  "pylint",
  "black",
  "isort",
  "tsc",
  "eslint",
  "prettier",
  "biome",
  "jest",
  "vitest",
  "mocha",
  "node",
  "go",
  "cargo",
  "maven",
  "gradle",
  "cmake",
  "pip",
  "uv",
  "poetry",
  "npm",
  "yarn",
  "pnpm",
  "alembic",
  "docker",
  "runner",
  "unknown",
] as const;

export type Tool = (typeof TOOLS)[number];

/**
 * How sure a signal is to be a cause: 3 a tool's own failure report (a mypy error, a FAILED test, an
 * ImportError, a coverage gate); 2 a likely cause (exit 137, a suite-level failure line, a network error);
 * 1 a consequence or a fallback (a generic exception, `Process completed with exit code 1`, a cancellation);
 * 0 a side note (a test that failed then passed on rerun). The first real cause is the earliest signal of
 * the highest weight present.
 */
export type Weight = 0 | 1 | 2 | 3;

export interface Signal {
  category: Category;
  weight: Weight;
  /** Rule id, e.g. `mypy.error`, `pytest.failed`. */
  rule: string;
  /** 1-based line number in the log. */
  line: number;
  /** The step the line belongs to, when known. */
  step?: string;
  /** The tool that printed the line (the rule's, chosen among its tools by the step's command). */
  tool?: Tool;
  /** The script of the step the line belongs to, as the log showed it (`Run …`), when known. */
  command?: string;
  /** One-line description, from the log (untrusted text). */
  message: string;
  /** The log line (normalized, untrusted text). */
  evidence: string;
  locations: string[];
  tests: string[];
  /** Facts extracted: exit code, coverage actual/required, timeout limit, error code… */
  facts: Record<string, string | number>;
}

/** One diagnostic a tool pointed at a file (for annotations). */
export interface Diagnostic {
  path: string;
  line: number;
  column?: number;
  message: string;
  /** mypy code, ruff/eslint rule, TS code… */
  code?: string;
  category: Category;
}

export interface TriageResult {
  category: Category;
  /** The tool that reported the failure (`unknown` when nothing says). */
  tool: Tool;
  summary: string;
  /** `path:line[:col]`, paths relative to the repository where the runner's workspace prefix was seen. */
  locations: string[];
  tests: string[];
  fix: string;
  reproduce: string;
  evidence: string[];
  /** Beyond the JSON contract, for the action. */
  details: TriageDetails;
}

/** One piece of evidence that a test or job is flaky (never a guess: something the run showed). */
export interface FlakyEvidence {
  /** Where it was seen: a log line, another attempt of the run (jobs API), a JUnit report, the history. */
  source: "log" | "attempt" | "junit" | "history";
  /** The flaky test, when one is named (a job's attempts name none). */
  test?: string;
  /** The 1-based log line that proved it (source `log`). */
  line?: number;
  /** The attempt of the run that passed (source `attempt`). */
  attempt?: number;
  /** The line itself or what was checked (untrusted text, clipped). */
  evidence: string;
}

export interface TriageDetails {
  /** The rule of the first real cause, or `none`. */
  rule: string;
  /** Line number of the first real cause (1-based), 0 when none. */
  line: number;
  step?: string;
  /** The failing step's script as the log showed it, when it did. */
  command?: string;
  diagnostics: Diagnostic[];
  facts: Record<string, string | number>;
  /** Tests that failed and then passed in the same log (a flakiness hint, not the cause). */
  flakyHints: string[];
  /** What the log says about flakiness: only evidence (reruns, retries, repeated runs), never a guess. */
  flakiness: string;
  /** What proved each flaky test or job: the log line (rerun, retry, a pass beside a failure), the
   * attempt of the run that passed (jobs API), the test report or the branch's history. Empty: not known
   * to be flaky. */
  flakyEvidence: FlakyEvidence[];
  /** The other categories seen, with their first line, after the cause (consequences or side notes). */
  alsoSeen: Array<{ category: Category; rule: string; line: number }>;
  /** The log said only that the job was cancelled (no cause of its own). */
  cancelled: boolean;
  lines: number;
  bytes: number;
  /** Lines longer than the reader keeps, cut. */
  cutLines: number;
}

/** The JSON contract of `ops triage --json` (ARCHITECTURE.md). */
export interface TriageJson {
  file: string;
  category: Category;
  tool: Tool;
  summary: string;
  locations: string[];
  tests: string[];
  fix: string;
  reproduce: string;
  evidence: string[];
}

export function toJson(file: string, r: TriageResult): TriageJson {
  return {
    file,
    category: r.category,
    tool: r.tool,
    summary: r.summary,
    locations: r.locations,
    tests: r.tests,
    fix: r.fix,
    reproduce: r.reproduce,
    evidence: r.evidence,
  };
}
