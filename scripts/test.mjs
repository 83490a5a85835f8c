#!/usr/bin/env node
// The full check, as README and CI run it: lint, build, typecheck, the dist check, then every test layer
// (unit, integration on real Redis/Alembic/Docker, end to end through the committed bundles, workflow and
// action.yml validation). Ends with one line of totals: `N passed, N failed, N skipped`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { distDrift } from "./dist-check.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1" };
const vitestArgs = process.argv.slice(2);

function step(name, argv) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}: ${argv.join(" ")}\n`);
  const result = spawnSync(argv[0], argv.slice(1), { cwd: root, env, stdio: "inherit" });
  const ok = result.status === 0;
  process.stdout.write(`${ok ? "✔" : "✘"} ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)\n`);
  return ok;
}

const checks = [];
checks.push(["lint and format (biome)", step("lint", ["npx", "biome", "check", "."])]);
checks.push([
  "build (turbo: ops-core, then every action bundle and the `ops` bundle)",
  step("build", ["npx", "turbo", "run", "build", "--force", "--output-logs=errors-only"]),
]);
checks.push([
  "typecheck",
  step("typecheck", ["npx", "turbo", "run", "typecheck", "--force", "--output-logs=errors-only"]),
]);
const drift = distDrift(root);
process.stdout.write(
  drift
    ? `✘ dist check: actions/*/dist or cli/dist differs from a fresh build:\n${drift}\n`
    : "✔ dist check: committed bundles match a fresh build\n",
);
checks.push(["dist matches sources", drift === ""]);

mkdirSync(join(root, ".reports"), { recursive: true });
const reportFile = join(root, ".reports", "vitest.json");
step("tests", [
  "npx",
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reportFile}`,
  ...vitestArgs,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, "utf8"));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that failed to load counts as a failure even though it ran no test.
  const brokenFiles = (report.testResults ?? []).filter(
    (f) => f.status === "failed" && (f.assertionResults ?? []).length === 0,
  );
  failed += brokenFiles.length;
  if (report.numTotalTests === 0) {
    process.stdout.write("✘ no test ran\n");
    failed += 1;
  }
} else {
  process.stdout.write("✘ the test run wrote no report\n");
  failed += 1;
}
for (const [name, ok] of checks) {
  if (ok) passed += 1;
  else {
    failed += 1;
    process.stdout.write(`✘ check failed: ${name}\n`);
  }
}
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exitCode = failed === 0 ? 0 : 1;
