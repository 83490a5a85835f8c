import { describe, expect, it } from "vitest";
import type { CliIo } from "./io.js";
import { main, usage } from "./main.js";

function io(): CliIo & { out: string; err: string } {
  const box = {
    out: "",
    err: "",
    env: {},
    cwd: process.cwd(),
    stdout: (t: string) => {
      box.out += t;
    },
    stderr: (t: string) => {
      box.err += t;
    },
  };
  return box;
}

describe("ops", () => {
  it("lists its commands", async () => {
    const t = io();
    expect(await main(["--help"], t)).toBe(0);
    for (const name of [
      "smoke",
      "triage",
      "killswitch",
      "breaker",
      "lock",
      "audit",
      "deploy",
      "rollback",
      "releases",
    ])
      expect(t.out).toContain(name);
  });

  it("is bad usage without a command or with an unknown one (exit 2), and never echoes a workflow command", async () => {
    const none = io();
    expect(await main([], none)).toBe(2);
    expect(none.out).toBe(usage());
    const unknown = io();
    expect(await main(["::set-output name=x::y"], unknown)).toBe(2);
    expect(unknown.err).toContain("unknown command");
    expect(unknown.err).not.toMatch(/^::/m);
    expect(unknown.err).not.toContain('"::set');
  });
});
