#!/usr/bin/env node
// Scores `ops triage --json` on this corpus against expected.json, per tool. It measures and always exits 0
// (the classifier's own test asserts thresholds).
// Usage, from anywhere (it runs the CLI from the repository root, on whatever is built in packages/ops-core/dist):
//   node packages/ops-core/src/triage/__fixtures__/corpus/score.mjs [--verbose] [--json] [--tool NAME]
// Matching as /work/shared/bin/triage-eval: case-insensitive; a location is `path:line` (column ignored),
// equal or a suffix of the other at a `/` (an expected `path` without a line matches any line of it); a test is equal or a suffix either way. A case's category and
// tool must be equal; reproduce is ok when the reproduce command contains every expected substring.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const asJson = args.includes("--json");
const toolArg = args.includes("--tool") ? args[args.indexOf("--tool") + 1] : undefined;
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../../../../..");
const cli = join(root, "packages/ops-core/bin/ops.js");
const expected = JSON.parse(readFileSync(join(here, "expected.json"), "utf8")).filter(
  (e) => !toolArg || e.tool === toolArg,
);

// run in batches so the argv stays short; a failing batch falls back to one file at a time
const runBatch = (files) => {
  let out;
  try {
    out = execFileSync(process.execPath, [cli, "triage", "--json", ...files], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 120_000,
    });
  } catch (e) {
    out = e.stdout ?? "";
    if (!out.trim()) return { error: `exit ${e.status}: ${String(e.stderr ?? e.message).split("\n").slice(0, 3).join(" | ")}` };
  }
  try {
    const parsed = JSON.parse(out);
    return { results: Array.isArray(parsed) ? parsed : [parsed] };
  } catch {
    return { error: "did not print one JSON document" };
  }
};
const results = [];
const BATCH = 40;
for (let i = 0; i < expected.length; i += BATCH) {
  const files = expected.slice(i, i + BATCH).map((e) => join(here, e.file));
  const r = runBatch(files);
  if (r.results && r.results.length === files.length) results.push(...r.results);
  else
    for (const f of files) {
      const one = runBatch([f]);
      results.push(one.results?.[0] ?? { error: one.error ?? "no result" });
    }
}

const norm = (s) => String(s).replace(/\\/g, "/").replace(/^\.\//, "").toLowerCase();
const pathLine = (s) => {
  const m = norm(s).match(/^(.*?):(\d+)(?::\d+)?$/);
  return m ? `${m[1]}:${m[2]}` : norm(s);
};
const pathOf = (s) => pathLine(s).replace(/:\d+$/, "");
// an expected location without a line (a formatter's "would reformat FILE") matches any line of that file
const sameLocation = (want, got) => {
  const lineless = !/:\d+(?::\d+)?$/.test(norm(want));
  const a = lineless ? norm(want) : pathLine(want);
  const b = lineless ? pathOf(got) : pathLine(got);
  return a === b || a.endsWith(`/${b}`) || b.endsWith(`/${a}`);
};
const sameTest = (want, got) => {
  const a = norm(want);
  const b = norm(got);
  return a === b || a.endsWith(b) || b.endsWith(a);
};

const rows = new Map();
const row = (tool) => {
  if (!rows.has(tool)) rows.set(tool, { tool, cases: 0, category: 0, toolOk: 0, locFound: 0, locWant: 0, testFound: 0, testWant: 0, reproOk: 0, reproWant: 0 });
  return rows.get(tool);
};
const misses = [];
for (const [i, e] of expected.entries()) {
  const r = results[i] ?? {};
  const t = row(e.tool);
  t.cases++;
  const catOk = r.category === e.category;
  const toolOk = r.tool === e.tool;
  const locs = Array.isArray(r.locations) ? r.locations : [];
  const tests = Array.isArray(r.tests) ? r.tests : [];
  const lf = e.locations.filter((w) => locs.some((g) => sameLocation(w, g)));
  const tf = e.tests.filter((w) => tests.some((g) => sameTest(w, g)));
  const repro = String(r.reproduce ?? "");
  const reproOk = e.reproduce_contains.length === 0 || e.reproduce_contains.every((s) => repro.includes(s));
  if (catOk) t.category++;
  if (toolOk) t.toolOk++;
  t.locFound += lf.length;
  t.locWant += e.locations.length;
  t.testFound += tf.length;
  t.testWant += e.tests.length;
  if (e.reproduce_contains.length) {
    t.reproWant++;
    if (reproOk) t.reproOk++;
  }
  const problems = [];
  if (r.error) problems.push(`error: ${r.error}`);
  if (!catOk) problems.push(`category want ${e.category} got ${r.category}`);
  if (!toolOk) problems.push(`tool want ${e.tool} got ${r.tool}`);
  const lm = e.locations.filter((w) => !lf.includes(w));
  if (lm.length) problems.push(`locations missing ${JSON.stringify(lm)} got ${JSON.stringify(locs.slice(0, 6))}`);
  const tm = e.tests.filter((w) => !tf.includes(w));
  if (tm.length) problems.push(`tests missing ${JSON.stringify(tm)} got ${JSON.stringify(tests.slice(0, 6))}`);
  if (!reproOk) problems.push(`reproduce want ${JSON.stringify(e.reproduce_contains)} got ${JSON.stringify(repro)}`);
  if (problems.length) misses.push({ file: e.file, problems });
}

const table = [...rows.values()].sort((a, b) => a.tool.localeCompare(b.tool));
const total = table.reduce(
  (s, t) => {
    for (const k of Object.keys(s)) if (k !== "tool") s[k] += t[k];
    return s;
  },
  { tool: "TOTAL", cases: 0, category: 0, toolOk: 0, locFound: 0, locWant: 0, testFound: 0, testWant: 0, reproOk: 0, reproWant: 0 },
);

if (asJson) {
  console.log(JSON.stringify({ tools: table, total, misses: verbose ? misses : undefined }, null, 2));
  process.exit(0);
}
const pct = (a, b) => (b === 0 ? "  -" : `${String(Math.round((100 * a) / b)).padStart(3)}%`);
const head = ["tool", "cases", "category", "tool ok", "locations", "tests", "reproduce"];
const fmt = (t) => [
  t.tool,
  String(t.cases),
  `${t.category}/${t.cases} ${pct(t.category, t.cases)}`,
  `${t.toolOk}/${t.cases} ${pct(t.toolOk, t.cases)}`,
  `${t.locFound}/${t.locWant} ${pct(t.locFound, t.locWant)}`,
  `${t.testFound}/${t.testWant} ${pct(t.testFound, t.testWant)}`,
  `${t.reproOk}/${t.reproWant} ${pct(t.reproOk, t.reproWant)}`,
];
const body = [head, ...table.map(fmt), fmt(total)];
const widths = head.map((_, i) => Math.max(...body.map((r) => r[i].length)));
for (const [n, r] of body.entries()) {
  if (n === body.length - 1) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
}
if (verbose) {
  console.log(`\n${misses.length} files with a miss:`);
  for (const m of misses) console.log(`${m.file}\n  ${m.problems.join("\n  ")}`);
}
process.exit(0);
