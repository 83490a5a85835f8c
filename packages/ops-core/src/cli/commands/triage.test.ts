// `ops triage`: the JSON contract of ARCHITECTURE.md (one object per file, in order), exit codes, errors.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../action/errors.js";
import type { CliIo } from "../io.js";
import { run, terminalText } from "./triage.js";

/** As `main` runs a command (main.ts's rule: a configuration error thrown is exit 2). */
async function main(argv: string[], t: CliIo): Promise<number> {
  const [, ...rest] = argv;
  try {
    return await run(rest, t);
  } catch (error) {
    t.stderr(`ops triage: ${(error as Error).message}\n`);
    return error instanceof ConfigurationError ? 2 : 1;
  }
}

const FIXTURES = new URL("../../triage/__fixtures__/", import.meta.url).pathname;

function io(): CliIo & { out: string; err: string } {
  const t = {
    out: "",
    err: "",
    stdout: (s: string) => {
      t.out += s;
    },
    stderr: (s: string) => {
      t.err += s;
    },
    env: {},
    cwd: FIXTURES,
  };
  return t;
}

describe("ops triage", () => {
  it("--json: one object per file, in order, with exactly the contract's keys", async () => {
    const t = io();
    const code = await main(
      ["triage", "--json", "mypy.raw.log", `${FIXTURES}pytest-fail.gh.log`, "cancelled.raw.log"],
      t,
    );
    expect(code).toBe(1); // failures were found
    const out = JSON.parse(t.out);
    expect(out.map((o: { file: string }) => o.file)).toEqual([
      "mypy.raw.log",
      `${FIXTURES}pytest-fail.gh.log`,
      "cancelled.raw.log",
    ]);
    for (const o of out)
      expect(Object.keys(o).sort()).toEqual(
        ["category", "evidence", "file", "fix", "locations", "reproduce", "summary", "tests", "tool"].sort(),
      );
    expect(out[0]).toMatchObject({ category: "mypy", tool: "mypy", locations: ["src/app/calc.py:6"] });
    expect(out[1]).toMatchObject({ category: "test_failure", tests: ["tests/test_calc.py::test_add"] });
    expect(out[2].category).toBe("other");
  });

  it("without --json: readable text, log text made inert", async () => {
    const dir = mkdtempSync(join(tmpdir(), "triage-cli-"));
    const file = join(dir, "x.log");
    writeFileSync(file, "::add-mask::x\n##[error]Process completed with exit code 137.\n");
    const t = io();
    expect(await main(["triage", file], t)).toBe(1);
    expect(t.out).toMatch(/x\.log: oom/);
    expect(t.out).toMatch(/reproduce: /);
    expect(t.out).not.toMatch(/^::/m);
  });

  it("exit 0 when nothing failed; 2 for no file or an unreadable one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "triage-cli-"));
    writeFileSync(join(dir, "ok.log"), "all good\n");
    const ok = io();
    expect(await main(["triage", "--json", join(dir, "ok.log")], ok)).toBe(0);
    expect(JSON.parse(ok.out)[0].category).toBe("other");
    const none = io();
    expect(await main(["triage"], none)).toBe(2);
    const missing = io();
    expect(await main(["triage", join(dir, "nope.log")], missing)).toBe(2);
    expect(missing.err).toMatch(/cannot read/);
  });

  it("--help", async () => {
    const t = io();
    expect(await main(["triage", "--help"], t)).toBe(0);
    expect(t.out).toMatch(/usage: ops triage FILE/);
  });
});

describe("ops triage text output: a hostile log cannot drive the terminal", () => {
  it("escape sequences, C0/C1 controls, NEL and bidi overrides from the log are removed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "triage-hostile-"));
    const file = join(dir, "hostile.log");
    const evil =
      "\u001b]0;pwned\u0007\u001b[2J\u001b[31mFAILED tests/a.py::test_x\u202e\u2066[p]\u0085\u009b6n - assert\u0008 1\u0007";
    writeFileSync(file, `${evil}\n`);
    const t = io();
    expect(await main(["triage", file], t)).toBe(1);
    expect(t.out).toContain("tests/a.py::test_x[p]");
    // nothing but printable text, newlines and spaces reaches the terminal
    expect(t.out).not.toMatch(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
    );
    expect(t.out).not.toContain("pwned");
    expect(t.out).toMatch(/test_failure \(pytest\)/);
  });

  it("terminalText keeps ordinary text and makes a leading :: inert", () => {
    expect(terminalText("tests/a.py::test_x[é ü 中] — ok")).toBe("tests/a.py::test_x[é ü 中] — ok");
    expect(terminalText("\t::error::x")).not.toMatch(/^\s*::/);
  });
});
