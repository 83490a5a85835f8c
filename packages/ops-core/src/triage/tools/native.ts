// Compiled-language test runners: cargo test, Maven Surefire, Gradle, go test.

import { num, type Rule } from "../rule.js";

export const NATIVE_RULES: readonly Rule[] = [
  // ---- docker build (BuildKit): what failed inside is the cause; docker is the tool that reported it
  {
    id: "docker.solve",
    tools: ["docker"],
    needle: "failed to solve",
    re: /^(?:#\d{1,5} )?ERROR: failed to solve: (.{1,2000})$/,
    hit: (m, text) => ({ category: "other", weight: 1, message: text.trim(), facts: { build: m[1] ?? "" } }),
  },
  {
    // the classic builder (DOCKER_BUILDKIT=0, no buildx): `The command '/bin/sh -c make' returned a
    // non-zero code: 2` (a long command may wrap: the line's start is enough)
    id: "docker.solve",
    tools: ["docker"],
    needle: "The command '",
    re: /^The command '(?:\/bin\/sh -c|cmd \/S \/C) (.{1,2000})$/,
    hit: (m, text) => ({ category: "other", weight: 1, message: text.trim(), facts: { build: m[1] ?? "" } }),
  },
  {
    // the Dockerfile frame BuildKit prints above `failed to solve`: `Dockerfile:4` over `>>>` the instruction
    id: "docker.dockerfile",
    tools: ["docker"],
    needle: "ockerfile:",
    re: /^([\w./-]{0,300}(?:Dockerfile|Containerfile|dockerfile)[\w.-]{0,100}):(\d{1,6})$/,
    hit: (m, text) => ({
      category: "other",
      weight: 1,
      message: text.trim(),
      location: { path: m[1] ?? "", line: Number(m[2]) },
    }),
  },
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
  // a pass, for `-count=N` (and re-runs in one log): a test that both failed and passed is flaky (scanner.ts)
  {
    id: "go.pass",
    tools: ["go"],
    needle: "--- PASS",
    re: /^\s{0,40}--- PASS: (\S{1,500}) \(/,
    hit: (m) => ({
      category: "test_failure",
      weight: 0,
      message: `${m[1]} passed`,
      facts: { goPassed: m[1] ?? "" },
    }),
  },
  {
    id: "go.timeout",
    tools: ["go"],
    needle: "test timed out",
    re: /^panic: test timed out after (\S{1,40})/,
    hit: (m) => ({ category: "timeout", weight: 3, message: m[0], facts: { limit: m[1] ?? "" } }),
  },
  {
    id: "go.package",
    tools: ["go"],
    needle: "FAIL\t",
    // `FAIL\texample.com/m/pkg\t0.01s`, `FAIL\texample.com/m/pkg [build failed]`
    re: /^FAIL\t(\S{1,500})(?:\t| \[(build failed|setup failed)\])/,
    hit: (m) => ({
      category: m[2] ? "other" : "test_failure",
      weight: 2,
      message: `${m[1]}${m[2] ? ` ${m[2]}` : " failed"}`,
      facts: { goPackage: m[1] ?? "" },
    }),
  },
  {
    id: "go.stack",
    tools: ["go"],
    needle: ".go:",
    // the frames follow a `panic:` line, after which the scanner reads on (GO_PANIC_LINES)
    triggers: ["panic"],
    // a goroutine's frame: `\t/home/runner/work/r/r/pkg/x_test.go:14 +0x76` (the project's frames only)
    re: /^\s{1,8}(\/?[^\s:]{1,400}\.go):(\d{1,7}) \+0x[0-9a-f]{1,16}$/,
    hit: (m) =>
      /(?:^|\/)_testmain\.go$|\/go\/pkg\/mod\/|^\/usr\/(?:local\/)?(?:lib\/)?go/.test(m[1] ?? "")
        ? undefined
        : {
            category: "test_failure",
            weight: 0,
            message: "frame",
            location: { path: m[1] ?? "", line: num(m[2]) },
          },
  },
  // ---- go test -json (test2json): one JSON object per event
  {
    id: "go.json-fail",
    tools: ["go"],
    needle: '"Action":"fail"',
    triggers: ['"Action":"fail"'],
    re: /"Action":"fail","Package":"([^"]{1,500})"(?:,"Test":"([^"]{1,500})")?/,
    hit: (m) =>
      m[2]
        ? {
            category: "test_failure",
            weight: 3,
            message: `${m[2]} failed`,
            tests: [m[2]],
            facts: { goPackage: m[1] ?? "" },
          }
        : {
            category: "test_failure",
            weight: 2,
            message: `${m[1]} failed`,
            facts: { goPackage: m[1] ?? "" },
          },
  },
  {
    id: "go.json-pass",
    tools: ["go"],
    needle: '"Action":"pass"',
    re: /"Action":"pass","Package":"[^"]{1,500}","Test":"([^"]{1,500})"/,
    hit: (m) => ({
      category: "test_failure",
      weight: 0,
      message: `${m[1]} passed`,
      facts: { goPassed: m[1] ?? "" },
    }),
  },
  {
    id: "go.json-output",
    tools: ["go"],
    needle: '"Output":"',
    triggers: ["_test.go:"],
    re: /"Output":" {4,12}([\w./-]{1,400}_test\.go):(\d{1,7}): /,
    hit: (m) => ({
      category: "test_failure",
      weight: 0,
      message: "location",
      location: { path: m[1] ?? "", line: num(m[2]) },
    }),
  },
  {
    id: "go.missing-module",
    tools: ["go"],
    needle: "cannot find module providing package",
    triggers: ["annot find module"],
    re: /^([^\s:]{1,400}\.go):(\d{1,7}):(\d{1,5}): cannot find module providing package (\S{1,500})/,
    hit: (m) => ({
      category: "dependency_install",
      weight: 3,
      message: `no module provides ${m[4]}: add it with go get`,
      location: { path: m[1] ?? "", line: num(m[2]), column: num(m[3]) },
    }),
  },
  // ---- cargo: panics, rustc's diagnostics (scanner.ts, at their ` --> ` line), rustfmt's diffs
  {
    id: "cargo.panic",
    tools: ["cargo"],
    needle: "panicked at",
    // "thread 't' panicked at …"
    triggers: ["panic"],
    // Rust ≥ 1.73: `thread 't' (123) panicked at src/lib.rs:45:9:`; before: `panicked at 'msg', src/lib.rs:45:9`
    re: /^thread '([^']{1,500})'(?: \(\d{1,12}\))? panicked at (?:'.{0,2000}', )?([^\s:']{1,400}\.rs):(\d{1,7}):(\d{1,5}):?$/,
    hit: (m) => {
      const name = m[1] ?? "";
      const location = { path: m[2] ?? "", line: num(m[3]), column: num(m[4]) };
      return name === "main"
        ? { category: "other", weight: 2, message: `panic at ${m[2]}:${m[3]}`, location }
        : { category: "test_failure", weight: 3, message: `${name} panicked`, tests: [name], location };
    },
  },
  {
    id: "cargo.fmt",
    tools: ["cargo"],
    needle: "Diff in ",
    re: /^Diff in (\S{1,400}\.rs)(?::(\d{1,7}))?:?$/,
    hit: (m) => ({
      category: "other",
      weight: 3,
      message: `formatting (rustfmt): ${m[1]}`,
      facts: { formatter: "rustfmt" },
      ...(m[2] ? { location: { path: m[1] ?? "", line: num(m[2]) } } : { files: [m[1] ?? ""] }),
    }),
  },
];
