// bench/release.ts — deploy and rollback wall time on a real stack (private dockerd, docker-compose v1,
// three busybox services, alembic on SQLite, redis-server, the GitHub emulator), each run of the
// COMMITTED bundle split into the irreducible parts (image build, compose, migrations, health waits — the
// steps of the run's own timeline, and compose's and Alembic's one interpreter start each, which the runbook
// pays on every call) and the action's own overhead (everything else: Node start, input parsing, GitHub
// and Redis calls, gates, records, summary). Baselines in the same run: `node -e 0`, and
// the runbook itself scripted as a machine would type it (`alembic downgrade <rev>`, `docker-compose down`,
// `docker-compose up -d`, a curl loop on the three /health endpoints until all answer 200) on the same
// stack for the same transition (and the deploy's: `docker-compose build`, `alembic upgrade head`, `down`,
// `up -d`, the curl loop): the rollback button's and the automatic rollback's time to restore (to
// the last endpoint confirmed healthy, the moment the curl loop's last 200 marks) are printed as ratios to
// it, and the button's whole run (its crash-loop watch and records included) too. Each run also prints the time no timeline step accounts for (wall minus the
// union of the steps) and its child processes and round trips per kind (the report's `calls`).
//
//   npm run bench -- release     (or: node bench/release.ts [--actions <dir>] [--quick] [--calls] [--repeat N])
//
// --quick: the deploys, the dry run, the button and its scripted runbook only (no steady-500 rows, which
// wait out a 60 s timeout). --calls: every run's child processes and round trips, one line each (start
// from the run's first step, duration, step). --repeat N: the dry run, the button and its scripted
// runbook N times (the release the button rolls back is deployed again between them, a measured row).

import { spawn } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { ensureBaseImage, startDockerd } from "@ops/testkit/docker";
import { startGitHubEmulator } from "@ops/testkit/github-emulator";
import { redisCli, startRedis } from "@ops/testkit/redis";
import { runAction } from "@ops/testkit/runner";
import { type Commit, makeProject } from "../actions/deploy/test/project.ts";

interface Step {
  name: string;
  startMs: number;
  durationMs: number;
}

interface Report {
  status?: string;
  version?: string;
  previousVersion?: string;
  timeline?: Step[];
  plan?: { current: { version: string }; target: { version: string }; dbTarget: string };
  health?: { healthyAfterMs?: number | null } | null;
  rollback?: { healthyAfterMs?: number | null } | null;
  calls?: {
    byKind: Record<string, { count: number; ms: number }>;
    byLabel: Record<string, number>;
    list?: Array<{ label: string; step?: string; startMs: number; durationMs: number }>;
    starts?: Array<{ tool: string; startMs: number; durationMs: number }>;
  };
}

const flag = (name: string) => process.argv.includes(name);
const quick = flag("--quick");
const listCalls = flag("--calls");
const repeatAt = process.argv.indexOf("--repeat");
const repeat = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 1;
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error("--repeat: a whole number of times, e.g. --repeat 3");

/** One line per call, in start order: offset from the run's first step, duration, label, step. */
function callList(report: Report, pad: string): string {
  const list = report.calls?.list;
  if (!list) return `${pad}(no call list in this build's report)`;
  const t0 = Math.min(...(report.timeline ?? []).map((s) => s.startMs), ...list.map((c) => c.startMs));
  return [...list]
    .sort((a, b) => a.startMs - b.startMs)
    .map(
      (c) =>
        `${pad}+${fmt(c.startMs - t0).padStart(8)} ${fmt(c.durationMs).padStart(8)}  ${c.label.padEnd(30)} [${c.step ?? "no step"}]`,
    )
    .join("\n");
}

/** Milliseconds covered by at least one step (steps overlap when they run side by side). */
function covered(steps: readonly Step[]): number {
  const spans = steps.map((s) => [s.startMs, s.startMs + s.durationMs] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

function callsLine(report: Report): string {
  const kinds = Object.entries(report.calls?.byKind ?? {})
    .map(([k, v]) => `${k} ${v.count} (${fmt(v.ms)})`)
    .join(", ");
  const repeated = Object.entries(report.calls?.byLabel ?? {})
    .filter(([l, n]) => n > 1 && !/^(github|redis) /.test(l))
    .map(([l, n]) => `${l}×${n}`)
    .join(", ");
  return `calls: ${kinds || "none reported"}${repeated ? `; asked more than once: ${repeated}` : ""}`;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

const IRREDUCIBLE: Array<[string, RegExp]> = [
  ["image build", /^(build and tag|pull) images/],
  ["compose", /^restart \(|^start \w+ images/],
  ["migrations", /^alembic (upgrade|downgrade)|^database backup|^integrity check/],
  ["health waits", /^verify health|^baseline smoke|^watch window/],
];

function nodeStart(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    child.on("error", reject);
    child.on("close", () => resolve(performance.now() - t));
  });
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const dockerd = await startDockerd();
const gh = await startGitHubEmulator();
const redis = await startRedis();
const project = await makeProject(dockerd.host);
// Each row is printed as soon as it is measured (a failure later keeps what was measured).
const rows = { push: (row: string) => console.log(row) };
// `--actions <dir>` (dir holding deploy/ and rollback/: action.yml + dist): another build of the actions,
// e.g. the bundles from before a change, measured by this same bench.
const actionsAt = process.argv.indexOf("--actions");
const actionsDir = actionsAt > 0 ? process.argv[actionsAt + 1] : undefined;
const actionDir = (name: string) => (actionsDir ? join(actionsDir, name) : name);
try {
  await ensureBaseImage(dockerd);
  await redisCli(redis, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  const baseline = Math.min(await nodeStart(), await nodeStart(), await nodeStart());

  const sha = (n: number) => `${String(n).repeat(40)}`.slice(0, 40);
  // Re-runnable: the downgrades are `pass` (the tables stay), and --repeat deploys the upgrades again.
  const table = (t: string) => `op.execute("CREATE TABLE IF NOT EXISTS ${t} (id INTEGER PRIMARY KEY)")`;
  const M1 = { revision: "0001", down: null, upgrade: table("orders"), downgrade: "pass" };
  const M2 = { revision: "0002", down: "0001", upgrade: table("fills"), downgrade: "pass" };
  const M3 = { revision: "0003", down: "0002", upgrade: table("positions"), downgrade: "pass" };
  const commits: Commit[] = [
    { sha: sha(1), mode: "ok", migrations: [M1] },
    { sha: sha(2), mode: "ok", migrations: [M1, M2, M3] },
    { sha: sha(3), mode: "500", migrations: [M1, M2, M3] },
  ];
  const common = {
    "working-directory": project.dir,
    "redis-url": redis.url,
    "compose-file": "docker-compose.yml",
    "compose-project": project.project,
    "compose-command": "docker-compose",
    endpoints: project.endpoints,
    "expect-json": "status=ok",
    timeout: "10s",
    successes: "1",
    samples: "3",
    observe: "1s",
  };
  const measure = async (
    label: string,
    action: "deploy" | "rollback",
    inputs: Record<string, string>,
    head: string,
  ) => {
    const t0 = Date.now();
    const r = await runAction({
      action: actionDir(action),
      inputs: { ...common, ...inputs },
      env: { ...gh.env(), ...project.env, GITHUB_SHA: head },
      event: { repository: { default_branch: "master" } },
      workspace: project.dir,
      timeoutMs: 300_000,
    });
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    const steps = report.timeline ?? [];
    const parts = IRREDUCIBLE.map(
      ([name, re]) =>
        [name, steps.filter((s) => re.test(s.name)).reduce((n, s) => n + s.durationMs, 0)] as const,
    );
    // The tools' one start each (compose's and Alembic's interpreter, before their first call answers):
    // the runbook pays it on every call, the run once; it belongs to the work, not to the action. The
    // work is the union of those spans and the irreducible steps (they run side by side).
    const starts = report.calls?.starts ?? [];
    const work = steps
      .filter((x) => IRREDUCIBLE.some(([, re]) => re.test(x.name)))
      .concat(starts.map((x) => ({ name: `${x.tool} start`, startMs: x.startMs, durationMs: x.durationMs })));
    const overhead = r.durationMs - covered(work);
    const stepsOnly = r.durationMs - parts.reduce((n, [, ms]) => n + ms, 0);
    const startsText = starts.length
      ? ` + tool starts ${starts.map((x) => `${x.tool} ${fmt(x.durationMs)}`).join(" ‖ ")}`
      : "";
    const unaccounted = r.durationMs - covered(steps);
    const other = steps
      .filter((s) => !IRREDUCIBLE.some(([, re]) => re.test(s.name)))
      .sort((a, b) => b.durationMs - a.durationMs)
      .slice(0, 3)
      .map((s) => `${s.name} ${fmt(s.durationMs)}`)
      .join(", ");
    const pad = " ".repeat(35);
    rows.push(
      `${label.padEnd(34)} ${String(report.status).padEnd(12)} wall ${fmt(r.durationMs).padStart(8)} = ${parts
        .filter(([, ms]) => ms > 0)
        .map(([n, ms]) => `${n} ${fmt(ms)}`)
        .join(
          " + ",
        )}${startsText} + overhead ${fmt(overhead)} (${(overhead / baseline).toFixed(1)}× node -e 0; ${fmt(stepsOnly)} with the starts counted as overhead)  [load ${load()}]${other ? `\n${pad}largest own steps: ${other}` : ""}\n${pad}unaccounted (no step): ${fmt(unaccounted)} = ${((100 * unaccounted) / r.durationMs).toFixed(0)}% of wall\n${pad}${callsLine(report)}${listCalls ? `\n${callList(report, pad)}` : ""}`,
    );
    return { report, t0, wallMs: r.durationMs, steps };
  };
  // The runbook as a machine types it: argv, no shell, the same stack and environment as the actions.
  const sh = (argv: string[], env: Record<string, string> = {}, cwd = project.dir) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(argv[0] as string, argv.slice(1), {
        cwd,
        env: { ...process.env, ...project.env, ...env },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let err = "";
      child.stderr.on("data", (d: Buffer) => {
        err = (err + d.toString()).slice(-2000);
      });
      child.on("error", reject);
      child.on("close", (code) =>
        code === 0 ? resolve() : reject(new Error(`${argv.join(" ")} exited ${code}: ${err.slice(-400)}`)),
      );
    });
  const dc = (args: string[], version: string) =>
    sh(["docker-compose", "-f", "docker-compose.yml", "-p", project.project, ...args], {
      RELEASE_VERSION: version,
    });
  const urls = project.endpoints.split("\n").map((l) => l.slice(l.indexOf("=") + 1));
  const curlUntilHealthy = async () => {
    // until curl -fs a && curl -fs b && curl -fs c; do sleep 0.2; done
    for (;;) {
      let all = true;
      for (const url of urls) {
        const ok = await sh(["curl", "-fsS", "--max-time", "2", "-o", "/dev/null", url]).then(
          () => true,
          () => false,
        );
        if (!ok) {
          all = false;
          break;
        }
      }
      if (all) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const scripted = async (label: string, dbRevision: string, version: string) => {
    const t = performance.now();
    await sh(["alembic", "downgrade", dbRevision], {}, join(project.dir, "db"));
    await dc(["down"], version);
    await dc(["up", "-d"], version);
    await curlUntilHealthy();
    const ms = performance.now() - t;
    rows.push(
      `${label.padEnd(34)} ${"restored".padEnd(12)} wall ${fmt(ms).padStart(8)} (alembic downgrade ${dbRevision}, down, up -d, curl loop)  [load ${load()}]`,
    );
    return ms;
  };
  // Service is restored when the last endpoint is confirmed healthy, as the curl loop's last 200 says it
  // is; the rest of the verification (the crash-loop watch, `observe`) changes nothing in production and
  // counts in the whole run's figure. A build whose report lacks the moment: the step's end.
  const restoredAt = (steps: Step[], healthyAfterMs: number | null | undefined) => {
    const s = steps.filter((x) => x.name === "verify health").at(-1);
    if (!s) return undefined;
    return typeof healthyAfterMs === "number" ? s.startMs + healthyAfterMs : s.startMs + s.durationMs;
  };
  for (const [i, c] of commits.entries()) {
    project.checkout(c);
    gh.state.setBranch("master", c.sha);
    gh.state.addPullRequest({
      merged: true,
      head: { sha: `f${c.sha.slice(1)}` },
      mergeCommitSha: c.sha,
      reviews: [{ state: "APPROVED" }],
    });
    gh.state.addCheckRun({ sha: c.sha, name: "test" });
    gh.state.addCheckRun({ sha: c.sha, name: "migrations-tested" });
    const label =
      i === 0
        ? "deploy (first, 1 migration)"
        : i === 1
          ? "deploy (2 migrations)"
          : "deploy (health 500) + auto rollback";
    const run = await measure(
      label,
      "deploy",
      { watch: "0s", "pre-deploy-baseline": "false", "ci-timeout": "0s" },
      c.sha,
    );
    if (i === 1) {
      // The same transition by hand: back to the first release (not timed), then the deploy runbook.
      const { version, previousVersion } = run.report;
      const healthy = restoredAt(run.steps, run.report.health?.healthyAfterMs);
      if (!version || !previousVersion || healthy === undefined)
        throw new Error(`${label}: ${run.report.status}, no versions or verify step`);
      await sh(["alembic", "downgrade", "0001"], {}, join(project.dir, "db"));
      await dc(["down"], version);
      await dc(["up", "-d"], previousVersion);
      await curlUntilHealthy();
      const t = performance.now();
      await dc(["build"], version);
      await sh(["alembic", "upgrade", "head"], {}, join(project.dir, "db"));
      await dc(["down"], version);
      await dc(["up", "-d"], version);
      await curlUntilHealthy();
      const ms = performance.now() - t;
      rows.push(
        `${"scripted runbook (deploy's transition)".padEnd(34)} ${"healthy".padEnd(12)} wall ${fmt(ms).padStart(8)} (build, alembic upgrade head, down, up -d, curl loop)  [load ${load()}]`,
      );
      rows.push(
        `${"deploy vs the runbook".padEnd(34)} merge → healthy ${fmt(healthy - run.t0)} = ${((healthy - run.t0) / ms).toFixed(2)}× the scripted runbook; whole run ${fmt(run.wallMs)} = ${(run.wallMs / ms).toFixed(2)}× (with its gates, lock, records, crash-loop watch and prune: ${fmt(Math.abs(run.wallMs - ms))} ${run.wallMs >= ms ? "more" : "less"} than the runbook)`,
      );
    }
  }
  // A hard failure fails fast: a steady 500, default inputs (timeout 60 s, fail-fast-after 10 s). The figure:
  // time from the release start (its restart step) to the rollback's first step, as a ratio to the
  // timeout; the baseline in the same run is the same release with fail-fast-after 0s (off).
  const toRollback = async (label: string, n: number, inputs: Record<string, string>) => {
    await redisCli(redis, ["SET", "cb:state", "OPEN"]);
    const c: Commit = { sha: sha(n), mode: "500", migrations: [M1, M2, M3] };
    project.checkout(c);
    gh.state.setBranch("master", c.sha);
    gh.state.addPullRequest({
      merged: true,
      head: { sha: `f${c.sha.slice(1)}` },
      mergeCommitSha: c.sha,
      reviews: [{ state: "APPROVED" }],
    });
    gh.state.addCheckRun({ sha: c.sha, name: "test" });
    gh.state.addCheckRun({ sha: c.sha, name: "migrations-tested" });
    const r = await runAction({
      action: actionDir("deploy"),
      inputs: {
        ...common,
        timeout: "60s",
        watch: "0s",
        "pre-deploy-baseline": "false",
        "ci-timeout": "0s",
        ...inputs,
      },
      env: { ...gh.env(), ...project.env, GITHUB_SHA: c.sha },
      event: { repository: { default_branch: "master" } },
      workspace: project.dir,
      timeoutMs: 300_000,
    });
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    const steps = report.timeline ?? [];
    const start = steps.find((x) => x.name.startsWith("restart ("))?.startMs;
    const rollback = steps.find((x) => x.name === "record rollback deployment")?.startMs;
    const healthy = restoredAt(steps, report.rollback?.healthyAfterMs);
    if (start === undefined || rollback === undefined || healthy === undefined)
      throw new Error(`${label}: no restart, rollback or verify step (${r.outputs.status})`);
    const ms = rollback - start;
    const pad = " ".repeat(35);
    rows.push(
      `${label.padEnd(34)} ${String(r.outputs.status).padEnd(12)} restart → rollback's first step ${fmt(ms)} = ${(ms / 60_000).toFixed(2)} × timeout (60 s); restart → healthy again ${fmt(healthy - start)}; rollback's first step → healthy ${fmt(healthy - rollback)}  [load ${load()}]\n${pad}unaccounted (no step): ${fmt(r.durationMs - covered(steps))} = ${((100 * (r.durationMs - covered(steps))) / r.durationMs).toFixed(0)}% of wall ${fmt(r.durationMs)}\n${pad}${callsLine(report)}`,
    );
    return { ms, restoreMs: healthy - rollback, version: c.sha, previous: report.previousVersion ?? "" };
  };
  // The steady-500 rows wait out the detection (and with fail-fast off, the whole 60 s timeout).
  let auto: { restoreMs: number; scriptedMs: number } | undefined;
  if (!quick) {
    const fast = await toRollback("steady 500, default inputs", 4, {});
    const slow = await toRollback("steady 500, fail-fast-after 0s", 5, { "fail-fast-after": "0s" });
    rows.push(
      `${"fail-fast ratio".padEnd(34)} ${(fast.ms / slow.ms).toFixed(2)} (with fail-fast-after 10 s vs off, same run)`,
    );
    // The automatic rollback's transition by hand: the bad release back up (not timed), then the runbook
    // (the database is already at the target's revision, 0003: the runbook types the downgrade anyway).
    await dc(["down"], slow.version);
    await dc(["up", "-d"], slow.version);
    const scriptedMs = await scripted("scripted runbook (auto's transition)", "0003", slow.previous);
    auto = { restoreMs: fast.restoreMs, scriptedMs };
  }
  for (let round = 1; round <= repeat; round++) {
    const nth = repeat > 1 ? ` #${round}` : "";
    if (round > 1) {
      // Back to the release the button rolls back: the 2-migration release deployed again (measured).
      const c = commits[1] as Commit;
      project.checkout(c);
      gh.state.setBranch("master", c.sha);
      await measure(
        `deploy (2 migrations)${nth}`,
        "deploy",
        { watch: "0s", "pre-deploy-baseline": "false", "ci-timeout": "0s" },
        c.sha,
      );
    }
    await redisCli(redis, ["SET", "cb:state", "OPEN"]);
    await measure(
      `rollback dry run (plan only)${nth}`,
      "rollback",
      { reason: "bench", "dry-run": "true", "confirm-destructive": "true" },
      sha(3),
    );
    const button = await measure(
      `rollback button (2 migrations)${nth}`,
      "rollback",
      { reason: "bench", "confirm-destructive": "true" },
      sha(3),
    );
    const plan = button.report.plan;
    const restored = restoredAt(button.steps, button.report.health?.healthyAfterMs);
    if (!plan || restored === undefined) throw new Error(`rollback button: ${button.report.status}, no plan`);
    // The button's transition by hand: forward again (not timed), then the runbook.
    // The downgrades are `pass` (the tables stay): forward is a stamp, not an upgrade.
    await sh(["alembic", "stamp", "head"], {}, join(project.dir, "db"));
    await dc(["down"], plan.current.version);
    await dc(["up", "-d"], plan.current.version);
    await curlUntilHealthy();
    const scriptedButton = await scripted(
      `scripted runbook (button's transition)${nth}`,
      plan.dbTarget,
      plan.target.version,
    );
    const buttonRestore = restored - button.t0;
    rows.push(
      `${`time to restore vs the runbook${nth}`.padEnd(34)} button: click → healthy ${fmt(buttonRestore)} = ${(buttonRestore / scriptedButton).toFixed(2)}× the scripted runbook (whole run ${fmt(button.wallMs)} = ${(button.wallMs / scriptedButton).toFixed(2)}×)${auto && round === 1 ? `; automatic: rollback's first step → healthy ${fmt(auto.restoreMs)} = ${(auto.restoreMs / auto.scriptedMs).toFixed(2)}×` : ""} (goal ≤ 1.2×)`,
    );
  }
  console.log(
    `node -e 0 baseline: ${baseline.toFixed(0)} ms (Node start, the floor of any action's overhead)`,
  );
  console.log(
    "targets: the action's own overhead ≤ 1 s per run (compose v1); no-step time < 10% of wall; time to restore ≤ 1.2× the scripted runbook",
  );
} finally {
  const ids = (await dockerd.run(["ps", "-aq"])).stdout.trim().split("\n").filter(Boolean);
  if (ids.length) await dockerd.run(["rm", "-f", ...ids]);
  await Promise.all([gh.stop(), redis.stop()]);
  await dockerd.stop();
  project.remove();
}
