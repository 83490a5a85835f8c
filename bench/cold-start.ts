// bench/cold-start.ts — each action bundle's cold start: from process start to its first decision (the first
// workflow command it prints; with no inputs every action refuses one, e.g. `::error::smoke: nothing to
// check…`), against `node -e 0` measured in the same run, interleaved. Also the bundle sizes. Every
// actions/*/dist/index.js present is measured. Target: < 45 ms median to the first decision. Then the
// `ops` bundle (cli/dist/ops.js): spawn to exit for its usage, a triage and a Redis command.
//
//   npm run bench -- cold-start       (or: node bench/cold-start.ts [runs] [extra-bundle.js ...] to compare
//                                      experimental bundles in the same run)

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { startRedis } from "@ops/testkit/redis";

const RUNS = Number(process.argv[2] ?? 25);
const ROOT = join(import.meta.dirname, "..");
const NODE = process.execPath;

interface Timing {
  /** Spawn to the first `::` command on stdout (undefined: none printed). */
  firstMs: number | undefined;
  exitMs: number;
  code: number | null;
}

/** Runs `args` under this Node with a runner-like environment and no inputs. */
function time(args: string[], env: NodeJS.ProcessEnv): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstMs: number | undefined;
    let buffer = "";
    const child = spawn(NODE, args, { env, stdio: ["ignore", "pipe", "ignore"] });
    child.stdout.on("data", (chunk: Buffer) => {
      if (firstMs !== undefined) return;
      buffer += chunk.toString();
      if (/^::/m.test(buffer)) firstMs = performance.now() - started;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ firstMs, exitMs: performance.now() - started, code }));
  });
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? (s[mid] as number)
      : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

const temp = mkdtempSync(join(tmpdir(), "cold-start-"));
const files = {
  GITHUB_OUTPUT: "out",
  GITHUB_STATE: "state",
  GITHUB_ENV: "env",
  GITHUB_PATH: "path",
  GITHUB_STEP_SUMMARY: "summary",
};
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: temp,
  GITHUB_ACTIONS: "true",
  GITHUB_WORKSPACE: temp,
  RUNNER_TEMP: temp,
};
for (const [k, f] of Object.entries(files)) {
  env[k] = join(temp, f);
  writeFileSync(join(temp, f), "");
}
const event = join(temp, "event.json");
writeFileSync(event, "{}");
Object.assign(env, {
  GITHUB_EVENT_PATH: event,
  GITHUB_EVENT_NAME: "workflow_dispatch",
  GITHUB_REPOSITORY: "octo-org/octo-repo",
  GITHUB_RUN_ID: "1",
});

/** Bundles by label: every action's dist/index.js, then any extra file given on the command line. */
const bundles = new Map<string, string>();
for (const a of readdirSync(join(ROOT, "actions")).sort()) {
  const file = join(ROOT, "actions", a, "dist", "index.js");
  if (existsSync(file)) bundles.set(a, file);
}
for (const extra of process.argv.slice(3))
  bundles.set(basename(dirname(dirname(resolve(extra)))), resolve(extra));
const actions = [...bundles.keys()];
if (actions.length === 0) {
  console.log("cold start: no actions/*/dist/index.js to measure");
  process.exit(0);
}

const baseline: number[] = [];
const results = new Map<string, { first: number[]; exit: number[]; noDecision: number }>();
for (const a of actions) results.set(a, { first: [], exit: [], noDecision: 0 });
// Warm the file cache once, then interleave: node -e 0, then each bundle, RUNS times.
for (const a of actions) await time([bundles.get(a) as string], env);
await time(["-e", "0"], env);
for (let i = 0; i < RUNS; i++) {
  baseline.push((await time(["-e", "0"], env)).exitMs);
  for (const a of actions) {
    const t = await time([bundles.get(a) as string], env);
    const r = results.get(a);
    if (!r) continue;
    r.exit.push(t.exitMs);
    if (t.firstMs === undefined) r.noDecision++;
    else r.first.push(t.firstMs);
  }
}
const base = median(baseline);
console.log(
  `cold start, ${RUNS} runs each, Node ${process.versions.node}; baseline \`node -e 0\` median ${base.toFixed(1)} ms`,
);
console.log(
  `${"action".padEnd(14)} ${"first decision".padStart(15)} ${"× node -e 0".padStart(12)} ${"over node".padStart(10)} ${"exit".padStart(9)}  ${"index.js".padStart(9)} ${"all chunks".padStart(11)}  target < 45 ms`,
);
let allMet = true;
for (const a of actions) {
  const r = results.get(a);
  if (!r) continue;
  const entry = bundles.get(a) as string;
  const dist = dirname(entry);
  const chunks = readdirSync(dist).filter((f) => /^(\d+\.)?index\.js$/.test(f));
  const total = chunks.reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  const first = median(r.first);
  const met = first < 45;
  allMet &&= met;
  console.log(
    `${a.slice(-14).padEnd(14)} ${`${first.toFixed(1)} ms`.padStart(15)} ${`${(first / base).toFixed(2)}×`.padStart(12)} ${`+${(first - base).toFixed(1)} ms`.padStart(10)} ${`${median(r.exit).toFixed(1)} ms`.padStart(9)}  ${kb(statSync(entry).size).padStart(9)} ${`${kb(total)} (${chunks.length})`.padStart(11)}  ${met ? "MET" : "NOT MET"}${r.noDecision ? `  (${r.noDecision} run(s) printed no workflow command)` : ""}`,
  );
}
console.log(allMet ? "target met by every bundle" : "target NOT met by every bundle");

// The `ops` bundle (cli/dist/ops.js), spawn to exit, interleaved with `node -e 0` again: the usage; triage
// of a real log (loads neither the Redis nor the GitHub chunk); the kill switch status from a real
// redis-server (loads the Redis chunk, connects, reads, disconnects).
const OPS = join(ROOT, "cli", "dist", "ops.js");
const redis = await startRedis();
if (existsSync(OPS)) {
  const log = join(ROOT, "packages/ops-core/src/triage/__fixtures__/pytest-fail.raw.log");
  const cases: Array<[string, string[]]> = [
    ["ops --help", ["--help"]],
    ["ops triage --json", ["triage", "--json", log]],
    ["ops killswitch status", ["killswitch", "status", "--redis-url", redis.url]],
  ];
  const cliBase: number[] = [];
  const cliExit = new Map<string, number[]>(cases.map(([label]) => [label, []]));
  for (const [, args] of cases) await time([OPS, ...args], env);
  for (let i = 0; i < RUNS; i++) {
    cliBase.push((await time(["-e", "0"], env)).exitMs);
    for (const [label, args] of cases) cliExit.get(label)?.push((await time([OPS, ...args], env)).exitMs);
  }
  const b = median(cliBase);
  const dist = dirname(OPS);
  const total = readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  console.log(
    `\nops bundle: ops.js ${kb(statSync(OPS).size)}, all chunks ${kb(total)}; baseline \`node -e 0\` median ${b.toFixed(1)} ms`,
  );
  for (const [label, values] of cliExit) {
    const m = median(values);
    console.log(
      `${label.padEnd(24)} ${`${m.toFixed(1)} ms`.padStart(9)} ${`${(m / b).toFixed(2)}×`.padStart(7)} ${`+${(m - b).toFixed(1)} ms`.padStart(10)}`,
    );
  }
}
await redis.stop();
rmSync(temp, { recursive: true, force: true });
