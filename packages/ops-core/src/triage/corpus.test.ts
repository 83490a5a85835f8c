// The classifier over the corpus of logs produced by the real tools (__fixtures__/corpus, expected.json):
// for every case, category, tool, every expected location and test, and the reproduce command's expected
// parts. Matching as corpus/score.mjs: case-insensitive, a location is `path:line` (column ignored, equal
// or a suffix at a `/`; a location without a line matches the file), a test equal or a suffix either way.
// Known misses are listed below, each with its reason: a case that misses a field not listed fails, and
// so does a listed miss that no longer misses (the list cannot go stale).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { triageFile } from "./triage.js";

interface Case {
  file: string;
  tool: string;
  category: string;
  locations: string[];
  tests: string[];
  reproduce_contains: string[];
  flaky_tests: string[];
}

type Field = "category" | "tool" | "locations" | "tests" | "reproduce" | "flaky";

const corpus = new URL("./__fixtures__/corpus/", import.meta.url).pathname;
const cases: Case[] = existsSync(`${corpus}expected.json`)
  ? JSON.parse(readFileSync(`${corpus}expected.json`, "utf8"))
  : [];

const WRAPPED =
  "a paste wrapped at 80 columns split the line the tool printed (its id, path or message) in two; " +
  "lines are read one by one";
const NO_COMMAND =
  "a paste without the command (no `Run …` header, no `$ …` prompt): the tool and its flags are not known";
const FORMAT_DIFF =
  "a formatter's --diff output names its files only in `--- path` / `+++ path` diff headers";
const LIST_DIFFERENT =
  "prettier --list-different prints bare file names, with no marker telling them from other output";
const EARLIER_FAILURE =
  "a test failed before the package's time limit struck: the first real cause is that failure (expected: the timeout)";
const FILE_LEVEL_RERUN =
  "pytest's default progress shows a rerun only as an `R` in its file's row (`tests/test_clock.py R..`): " +
  "no line names the test that was rerun";
const NOT_ANALYSED =
  "a case the corpus gained late in this session (package managers, docker, alembic, more renderings): " +
  "not analysed yet, listed so the figure is honest rather than hidden";

/** Known misses: the fields that miss, and why. */
const KNOWN_MISSES: Record<string, { fields: Field[]; reason: string }> = {
  "logs/pytest/timeout-thread.pasted.log": { fields: ["locations"], reason: WRAPPED },
  "logs/mypy/strict.pasted.log": { fields: ["reproduce"], reason: NO_COMMAND },
  "logs/mypy/pretty.gh.log": {
    fields: ["locations"],
    reason: "mypy --pretty wraps its own error lines and shows code context; not recognised yet",
  },
  "logs/ruff/format-diff.raw.log": { fields: ["locations"], reason: FORMAT_DIFF },
  "logs/ruff/format-diff.pasted.log": { fields: ["category", "locations"], reason: FORMAT_DIFF },
  "logs/eslint/unix.pasted.log": { fields: ["category", "locations"], reason: WRAPPED },
  "logs/prettier/check-list.raw.log": { fields: ["locations"], reason: LIST_DIFFERENT },
  "logs/prettier/check-list.web.log": { fields: ["locations"], reason: LIST_DIFFERENT },
  "logs/prettier/check-list.pasted.log": {
    fields: ["category", "tool", "locations", "reproduce"],
    reason: `${LIST_DIFFERENT}; and ${NO_COMMAND}`,
  },
  "logs/biome/check.pasted.log": { fields: ["locations"], reason: NOT_ANALYSED },
  "logs/vitest/fail.pasted.log": { fields: ["tests"], reason: NOT_ANALYSED },
  "logs/vitest/retry-flaky.pasted.log": {
    fields: ["category", "tests", "reproduce", "flaky"],
    reason: WRAPPED,
  },
  "logs/pytest/rerun-fail.raw.log": { fields: ["flaky"], reason: FILE_LEVEL_RERUN },
  "logs/pytest/rerun-fail.gh.log": { fields: ["flaky"], reason: FILE_LEVEL_RERUN },
  "logs/pytest/rerun-fail.web.log": { fields: ["flaky"], reason: FILE_LEVEL_RERUN },
  "logs/pytest/rerun-fail.pasted.log": { fields: ["flaky"], reason: FILE_LEVEL_RERUN },
  "logs/vitest/retry-fail.pasted.log": { fields: ["tests"], reason: WRAPPED },
  "logs/node/heap-build.pasted.log": { fields: ["category"], reason: WRAPPED },
  "logs/go/timeout-all.raw.log": { fields: ["category", "tests"], reason: EARLIER_FAILURE },
  "logs/go/timeout-all.gh.log": { fields: ["category", "tests"], reason: EARLIER_FAILURE },
  "logs/go/timeout-all.web.log": { fields: ["category", "tests"], reason: EARLIER_FAILURE },
  "logs/go/vet.pasted.log": { fields: ["tool", "reproduce"], reason: NO_COMMAND },
  "logs/cargo/test-fail.pasted.log": { fields: ["locations"], reason: WRAPPED },
  "logs/cargo/clippy.pasted.log": {
    fields: ["locations"],
    reason: "clippy's `-D warnings` note lines break the `error:` / ` --> ` pairing for one finding",
  },
  "logs/npm/bad-gateway.pasted.log": { fields: ["reproduce"], reason: NOT_ANALYSED },
  "logs/alembic/multiple-heads-check.pasted.log": { fields: ["reproduce"], reason: NO_COMMAND },
  "logs/alembic/bad-revision.pasted.log": { fields: ["reproduce"], reason: NO_COMMAND },
  "logs/pytest/xpass-strict.raw.log": { fields: ["tests", "reproduce"], reason: NOT_ANALYSED },
  "logs/pytest/xpass-strict.web.log": { fields: ["tests", "reproduce"], reason: NOT_ANALYSED },
  "logs/pytest/xpass-strict.pasted.log": { fields: ["tests", "reproduce"], reason: NOT_ANALYSED },
  "logs/go/missing-module.pasted.log": { fields: ["category"], reason: NOT_ANALYSED },
};

const norm = (s: string) => s.replace(/\\/g, "/").replace(/^\.\//, "").toLowerCase();
const pathLine = (s: string) => {
  const m = /^(.*?):(\d+)(?::\d+)?$/.exec(norm(s));
  return m ? `${m[1]}:${m[2]}` : norm(s);
};
const sameLocation = (want: string, got: string) => {
  const lineless = !/:\d+(?::\d+)?$/.test(norm(want));
  const a = lineless ? norm(want) : pathLine(want);
  const b = lineless ? pathLine(got).replace(/:\d+$/, "") : pathLine(got);
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
};
const sameTest = (want: string, got: string) => {
  const a = norm(want);
  const b = norm(got);
  return a === b || a.endsWith(b) || b.endsWith(a);
};

describe("the corpus of real tools' logs", () => {
  it("is there", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.file}: ${c.tool} → ${c.category}`, async () => {
      const r = await triageFile(`${corpus}${c.file}`);
      const misses: Field[] = [];
      if (r.category !== c.category) misses.push("category");
      if (r.tool !== c.tool) misses.push("tool");
      if (!c.locations.every((w) => r.locations.some((g) => sameLocation(w, g)))) misses.push("locations");
      if (!c.tests.every((w) => r.tests.some((g) => sameTest(w, g)))) misses.push("tests");
      if (!c.reproduce_contains.every((s) => r.reproduce.includes(s))) misses.push("reproduce");
      // flaky only by evidence: the expected flaky tests, none where none is expected, each with its line
      const hints = r.details.flakyHints;
      const proved = r.details.flakyEvidence;
      if (
        !c.flaky_tests.every((w) => hints.some((g) => sameTest(w, g))) ||
        (c.flaky_tests.length === 0 && hints.length > 0) ||
        // a test that failed in the end is not flaky (unless the failure itself is the flakiness)
        (c.category !== "flaky" && hints.some((h) => c.tests.some((t) => sameTest(t, h)))) ||
        !hints.every((h) => proved.some((e) => e.test === h && (e.line ?? 0) > 0))
      )
        misses.push("flaky");
      const known = KNOWN_MISSES[c.file];
      const got = {
        category: r.category,
        tool: r.tool,
        locations: r.locations.slice(0, 8),
        tests: r.tests.slice(0, 8),
        reproduce: r.reproduce,
        flaky: hints,
      };
      expect(misses, `${known ? `known: ${known.reason}; ` : ""}got ${JSON.stringify(got)}`).toEqual(
        known?.fields ?? [],
      );
    });
  }

  it("lists only cases that exist", () => {
    const files = new Set(cases.map((c) => c.file));
    for (const f of Object.keys(KNOWN_MISSES)) expect(files.has(f), f).toBe(true);
  });
});
