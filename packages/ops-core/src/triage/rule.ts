// One line rule: what a tool really prints when it fails, mapped to a category and a weight (types.ts).
// Every expression is anchored at the start of the (already cut) line or begins with a literal, and has
// bounded repetitions with no nested quantifiers: matching is linear in the line's length. A rule runs only
// when its `needle` (a plain substring) is in the line, so most lines cost one combined pre-filter test.

import type { Category, Tool, Weight } from "./types.js";

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
  /** The tool this line shows, when the rule alone cannot say (black vs ruff for "would reformat"). */
  tool?: Tool;
  /** Files named without a line (a formatter's "would reformat x"): for the reproduce command. */
  files?: string[];
}

export interface Rule {
  id: string;
  /**
   * The tools that print this line, the usual one first: the failing step's command picks among them
   * (flake8 and ruff print the same concise form). Empty for lines any tool may print (an exit code).
   */
  tools: readonly Tool[];
  needle: string;
  /**
   * Literals one of which every line this rule matches holds, for the pre-filter (scanner.ts) when the
   * needle alone is too common to pass lines on (`::`, `.py`); default: the needle. Empty only for lines
   * the scanner reads back from the end of their block (`lookback`).
   */
  triggers?: readonly string[];
  /** Read back from the end of the tool's output (lint lines without the word "error"). */
  lookback?: true;
  re: RegExp;
  hit(m: RegExpExecArray, text: string): RuleHit | undefined;
}

export const PY = String.raw`[^\s:"'()]{1,400}\.pyi?`;

export function num(s: string | undefined): number {
  return s === undefined ? 0 : Number(s);
}

/** A literal string as a regular expression source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
