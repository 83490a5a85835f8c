// The dist check `npm test` runs (scripts/dist-check.mjs) on a scratch git repository: a stale or extra
// file in cli/dist fails it exactly as one in actions/<name>/dist does; source changes alone do not.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { node24, REPO_ROOT } from "@ops/testkit/runner";
import { afterEach, describe, expect, it } from "vitest";

const script = join(REPO_ROOT, "scripts/dist-check.mjs");
let repo: string;

function git(...args: string[]): void {
  const r = spawnSync("git", args, { cwd: repo, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
}
function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}
function check(): { code: number | null; out: string } {
  const r = spawnSync(node24(), [script, repo], { encoding: "utf8" });
  return { code: r.status, out: r.stdout };
}

function scratchRepo(): void {
  repo = mkdtempSync(join(tmpdir(), "dist-check-"));
  git("init", "-q");
  git("config", "user.email", "t@example.com");
  git("config", "user.name", "t");
  write("cli/src/ops.ts", "source\n");
  write("cli/dist/ops.js", "bundle\n");
  write("actions/smoke/dist/index.js", "bundle\n");
  git("add", ".");
  git("commit", "-qm", "base");
}

afterEach(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe("the dist check", () => {
  it("passes when the bundles are as committed, whatever the sources do", () => {
    scratchRepo();
    write("cli/src/ops.ts", "changed source\n");
    expect(check()).toEqual({ code: 0, out: "" });
  });

  it("fails on a stale, a new or a deleted file in cli/dist, as in an action's dist", () => {
    scratchRepo();
    write("cli/dist/ops.js", "stale bundle\n");
    write("cli/dist/498.index.js", "new chunk\n");
    rmSync(join(repo, "actions/smoke/dist/index.js"));
    const r = check();
    expect(r.code).toBe(1);
    expect(r.out.split("\n").filter(Boolean).sort()).toEqual(
      [" D actions/smoke/dist/index.js", " M cli/dist/ops.js", "?? cli/dist/498.index.js"].sort(),
    );
  });
});
