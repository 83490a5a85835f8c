import { describe, expect, it } from "vitest";
import { linearPattern } from "./pattern.js";

describe("linearPattern", () => {
  it("matches as a RegExp would on ordinary log lines", () => {
    const p = linearPattern(
      "\\b(ERROR|CRITICAL|FATAL)\\b|Traceback \\(most recent call last\\)",
      "log-error-pattern",
    );
    expect(p.test("2026-11-27 ERROR db down")).toBe(true);
    expect(p.test("Traceback (most recent call last):")).toBe(true);
    expect(p.test("all good")).toBe(false);
    expect(p.source).toContain("ERROR");
  });

  it("a pathological pattern on a hostile line ends at once (JavaScript's RegExp would backtrack for ages)", () => {
    // `(a+)+$` against 40 a's and a `!`: about 2^40 steps for a backtracking engine, linear for RE2.
    const p = linearPattern("(a+)+$", "log-error-pattern");
    const line = `${"a".repeat(40)}!`;
    const started = performance.now();
    expect(p.test(line)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1_000); // a hang guard, not a benchmark
    expect(linearPattern("(x+x+)+y", "p").test(`${"x".repeat(5_000)}`)).toBe(false);
  });

  it("refuses what RE2 cannot run, naming the input", () => {
    expect(() => linearPattern("(a)\\1", "log-error-pattern")).toThrow(
      /input `log-error-pattern`.*backreferences/,
    );
    expect(() => linearPattern("(?=x)y", "log-error-pattern")).toThrow(/log-error-pattern/);
    expect(() => linearPattern("(", "log-error-pattern")).toThrow(/not a valid regular expression/);
  });
});
