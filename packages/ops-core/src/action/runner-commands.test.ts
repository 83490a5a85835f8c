// @actions/core is the reference: our runner commands must print and write exactly what it does.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as ours from "./runner-commands.js";

function capture(fn: () => void): string {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

const hostile = [
  "plain message",
  "multi\nline\r\nmessage with 100% of it",
  "::set-output name=x::y",
  "a, b: c % d",
  "",
];
const where = {
  title: "mypy: error, bad: thing",
  file: "src/app.py",
  startLine: 12,
  endLine: 12,
  startColumn: 5,
};

afterEach(() => {
  delete process.env.GITHUB_OUTPUT;
  delete process.env.GITHUB_STATE;
});

describe("runner commands match @actions/core", () => {
  it.each(hostile)("annotations and logs of %j", (message) => {
    const pairs = [
      [ours.warning, core.warning],
      [ours.error, core.error],
      [ours.notice, core.notice],
    ] as const;
    for (const [mine, theirs] of pairs) {
      expect(capture(() => mine(message, where))).toBe(capture(() => theirs(message, where)));
      expect(capture(() => mine(message))).toBe(capture(() => theirs(message)));
    }
    expect(capture(() => ours.debug(message))).toBe(capture(() => core.debug(message)));
    expect(capture(() => ours.info(message))).toBe(capture(() => core.info(message)));
    expect(capture(() => ours.startGroup(message))).toBe(capture(() => core.startGroup(message)));
    expect(capture(() => ours.setSecret(message))).toBe(capture(() => core.setSecret(message)));
  });

  it("ends a group and fails the same way", () => {
    expect(capture(() => ours.endGroup())).toBe(capture(() => core.endGroup()));
    const before = process.exitCode;
    expect(capture(() => ours.setFailed("x: y"))).toBe(capture(() => core.setFailed("x: y")));
    expect(process.exitCode).toBe(1);
    process.exitCode = before;
  });

  it("writes outputs and state as the same file commands (up to the random delimiter)", () => {
    const dir = mkdtempSync(join(tmpdir(), "runner-commands-"));
    const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, "DELIM");
    for (const [variable, ourFn, coreFn] of [
      ["GITHUB_OUTPUT", ours.setOutput, core.setOutput],
      ["GITHUB_STATE", ours.saveState, core.saveState],
    ] as const) {
      const a = join(dir, `${variable}-ours`);
      const b = join(dir, `${variable}-core`);
      writeFileSync(a, "");
      writeFileSync(b, "");
      process.env[variable] = a;
      ourFn("report", '{"verdict":"pass"}\nsecond line');
      process.env[variable] = b;
      coreFn("report", '{"verdict":"pass"}\nsecond line');
      expect(normalise(readFileSync(a, "utf8"))).toBe(normalise(readFileSync(b, "utf8")));
    }
  });
});
