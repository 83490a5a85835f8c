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
  tool?: string; // the program that reported the failure (the classifier branch makes it `tool: Tool`)
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

export interface TriageDetails {
  /** The rule of the first real cause, or `none`. */
  rule: string;
  /** Line number of the first real cause (1-based), 0 when none. */
  line: number;
  step?: string;
  diagnostics: Diagnostic[];
  facts: Record<string, string | number>;
  /** Tests that failed and then passed in the same log (a flakiness hint, not the cause). */
  flakyHints: string[];
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
    summary: r.summary,
    locations: r.locations,
    tests: r.tests,
    fix: r.fix,
    reproduce: r.reproduce,
    evidence: r.evidence,
  };
}
