// The dist check `npm test` runs after a fresh build: every committed bundle — each action's
// actions/<name>/dist and the `ops` command's cli/dist — must be exactly what the sources build. Lists every
// modified, deleted or new file under those directories (empty when they match).
import { spawnSync } from "node:child_process";

/** The bundle directories, as path prefixes relative to the repository root. */
export const BUNDLE_DIRS = /^(actions\/[^/]+|cli)\/dist\//;

/** `git status --porcelain` lines of drifted bundle files under `root`; "" when none. */
export function distDrift(root) {
  const r = spawnSync("git", ["status", "--porcelain", "--untracked-files=all", "--", "actions", "cli"], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) return `git status failed: ${r.stderr}`;
  return r.stdout
    .split("\n")
    .filter((line) => BUNDLE_DIRS.test(line.slice(3).replace(/^"/, "")))
    .join("\n");
}

// Run directly (`node scripts/dist-check.mjs [ROOT]`): prints the drift and exits 1 when there is any.
if (import.meta.url === `file://${process.argv[1]}`) {
  const drift = distDrift(process.argv[2] ?? new URL("..", import.meta.url).pathname);
  process.stdout.write(drift ? `${drift}\n` : "");
  process.exitCode = drift ? 1 : 0;
}
