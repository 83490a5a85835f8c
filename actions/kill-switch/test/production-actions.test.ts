// The actions that run on the self-hosted production runner (deploy.yml, rollback.yml, kill-switch.yml).
// Local `./actions/*` come from the checked-out commit and need no pin. Every third-party action is pinned
// by its full commit sha with the release tag in a comment: a moved tag cannot change what runs on the
// production host.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@ops/testkit/runner";
import { describe, expect, it } from "vitest";

const PRODUCTION_WORKFLOWS = ["deploy.yml", "rollback.yml", "kill-switch.yml"];

function uses(file: string): Array<{ ref: string; comment: string }> {
  const text = readFileSync(join(REPO_ROOT, ".github/workflows", file), "utf8");
  return [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/gm)].map((m) => ({
    ref: m[1] ?? "",
    comment: m[2] ?? "",
  }));
}

describe("actions on the production runner", () => {
  it.each(PRODUCTION_WORKFLOWS)("%s: local actions, or sha pins with the tag in a comment", (file) => {
    const refs = uses(file);
    expect(refs.length).toBeGreaterThan(0);
    for (const { ref, comment } of refs) {
      if (ref.startsWith("./")) continue;
      expect(ref, file).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(comment, `${file}: ${ref} needs its tag in a comment`).toMatch(/^v\d/);
    }
  });
});
