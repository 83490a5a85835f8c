// The actions that run on the self-hosted production runner (deploy.yml, rollback.yml, kill-switch.yml).
// Local `./actions/*` come from the checked-out commit and need no pin. A third-party action must be pinned
// by its full commit sha with the tag in a comment — except the two listed below, still on tags because
// their shas could not be verified here (no network to GitHub, and no package or document on this
// machine states them authoritatively). Pinning them is a job for a machine that can run
// `git ls-remote https://github.com/actions/checkout refs/tags/v4…`; this test then holds them to it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@ops/testkit/runner";
import { describe, expect, it } from "vitest";

const PRODUCTION_WORKFLOWS = ["deploy.yml", "rollback.yml", "kill-switch.yml"];
const UNVERIFIED_TAGS = new Set(["actions/checkout@v4", "actions/upload-artifact@v4"]);

function uses(file: string): Array<{ ref: string; comment: string }> {
  const text = readFileSync(join(REPO_ROOT, ".github/workflows", file), "utf8");
  return [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)\s*(?:#\s*(.*))?$/gm)].map((m) => ({
    ref: m[1] ?? "",
    comment: m[2] ?? "",
  }));
}

describe("actions on the production runner", () => {
  it.each(PRODUCTION_WORKFLOWS)(
    "%s: local actions, sha pins with the tag in a comment, or a listed tag",
    (file) => {
      const refs = uses(file);
      expect(refs.length).toBeGreaterThan(0);
      for (const { ref, comment } of refs) {
        if (ref.startsWith("./")) continue;
        if (UNVERIFIED_TAGS.has(ref)) continue;
        expect(ref, file).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment, `${file}: ${ref} needs its tag in a comment`).toMatch(/^v\d/);
      }
    },
  );

  it("the unpinned list names only actions still used (remove an entry once it is pinned)", () => {
    const all = new Set(PRODUCTION_WORKFLOWS.flatMap((f) => uses(f).map((u) => u.ref)));
    for (const ref of UNVERIFIED_TAGS) expect(all.has(ref), ref).toBe(true);
  });
});
