// Compiled-language test runners: cargo test, Maven Surefire, Gradle, go test.

import { num, type Rule } from "../rule.js";

export const NATIVE_RULES: readonly Rule[] = [
  // ---- cargo test, maven surefire, gradle
  {
    id: "cargo.test",
    tools: ["cargo"],
    needle: "FAILED",
    re: /^test (\S{1,500}) \.\.\. FAILED$/,
    hit: (m) => ({ category: "test_failure", weight: 3, message: `${m[1]} failed`, tests: [m[1] ?? ""] }),
  },
  {
    id: "maven.test",
    tools: ["maven"],
    needle: "[ERROR]",
    re: /^\[ERROR\]\s{1,8}(?:Run \d{1,4}: )?([A-Za-z_$][\w$.]{0,300})\.(\w{1,200}):(\d{1,7})(?: (.{0,2000}))?$/,
    hit: (m) => {
      const id = `${m[1]}.${m[2]}`;
      return { category: "test_failure", weight: 3, message: `${id}${m[4] ? ` ${m[4]}` : ""}`, tests: [id] };
    },
  },
  {
    id: "maven.totals",
    triggers: ["ERROR"],
    tools: ["maven"],
    needle: "Tests run:",
    re: /^\[ERROR\] Tests run: \d{1,7}, Failures: (\d{1,7}), Errors: (\d{1,7})/,
    hit: (m) =>
      num(m[1]) + num(m[2]) > 0
        ? { category: "test_failure", weight: 2, message: m[0], facts: { failed: num(m[1]) + num(m[2]) } }
        : undefined,
  },
  {
    id: "gradle.test",
    tools: ["gradle"],
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
    tools: ["go"],
    needle: "--- FAIL",
    re: /^\s{0,40}--- FAIL: (\S{1,500}) \(/,
    hit: (m) => ({ category: "test_failure", weight: 3, message: `${m[1]} failed`, tests: [m[1] ?? ""] }),
  },
  {
    id: "go.timeout",
    tools: ["go"],
    needle: "test timed out",
    re: /^panic: test timed out after (\S{1,40})/,
    hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: m[1] ?? "" } }),
  },
];
