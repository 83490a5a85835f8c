// bench/release.ts — deploy and rollback wall time on a real stack (private dockerd, docker-compose v1,
// three busybox services, alembic on SQLite, redis-server, the GitHub emulator), each run of the
// COMMITTED bundle split into the irreducible parts (image build, compose, migrations, health waits — the
// steps of the run's own timeline) and the action's own overhead (everything else: Node start, input
// parsing, GitHub and Redis calls, gates, records, summary). Baseline in the same run: `node -e 0`.
//
//   npm run bench -- release     (or: node bench/release.ts)

import { spawn } from "node:child_process";
import { ensureBaseImage, startDockerd } from "@ops/testkit/docker";
import { startGitHubEmulator } from "@ops/testkit/github-emulator";
import { redisCli, startRedis } from "@ops/testkit/redis";
import { runAction } from "@ops/testkit/runner";
import { type Commit, makeProject } from "../actions/deploy/test/project.ts";

interface Step {
  name: string;
  durationMs: number;
}

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
const rows: string[] = [];
try {
  await ensureBaseImage(dockerd);
  await redisCli(redis, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  const baseline = Math.min(await nodeStart(), await nodeStart(), await nodeStart());

  const sha = (n: number) => `${String(n).repeat(40)}`.slice(0, 40);
  const table = (t: string) => `op.create_table("${t}", sa.Column("id", sa.Integer, primary_key=True))`;
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
    const r = await runAction({
      action,
      inputs: { ...common, ...inputs },
      env: { ...gh.env(), ...project.env, GITHUB_SHA: head },
      event: { repository: { default_branch: "master" } },
      workspace: project.dir,
      timeoutMs: 300_000,
    });
    const report = JSON.parse(r.outputs.report ?? "{}") as { status?: string; timeline?: Step[] };
    const steps = report.timeline ?? [];
    const parts = IRREDUCIBLE.map(
      ([name, re]) =>
        [name, steps.filter((s) => re.test(s.name)).reduce((n, s) => n + s.durationMs, 0)] as const,
    );
    const irreducible = parts.reduce((n, [, ms]) => n + ms, 0);
    const overhead = r.durationMs - irreducible;
    const other = steps
      .filter((s) => !IRREDUCIBLE.some(([, re]) => re.test(s.name)))
      .sort((a, b) => b.durationMs - a.durationMs)
      .slice(0, 3)
      .map((s) => `${s.name} ${fmt(s.durationMs)}`)
      .join(", ");
    rows.push(
      `${label.padEnd(34)} ${String(report.status).padEnd(12)} wall ${fmt(r.durationMs).padStart(8)} = ${parts
        .filter(([, ms]) => ms > 0)
        .map(([n, ms]) => `${n} ${fmt(ms)}`)
        .join(
          " + ",
        )} + overhead ${fmt(overhead)} (${(overhead / baseline).toFixed(1)}× node -e 0)${other ? `\n${" ".repeat(35)}largest own steps: ${other}` : ""}`,
    );
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
    await measure(
      label,
      "deploy",
      { watch: "0s", "pre-deploy-baseline": "false", "ci-timeout": "0s" },
      c.sha,
    );
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
      action: "deploy",
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
    const steps =
      (JSON.parse(r.outputs.report ?? "{}") as { timeline?: Array<Step & { startMs: number }> }).timeline ??
      [];
    const start = steps.find((x) => x.name.startsWith("restart ("))?.startMs;
    const rollback = steps.find((x) => x.name === "record rollback deployment")?.startMs;
    if (start === undefined || rollback === undefined)
      throw new Error(`${label}: no restart or rollback step (${r.outputs.status})`);
    const ms = rollback - start;
    rows.push(
      `${label.padEnd(34)} ${String(r.outputs.status).padEnd(12)} release start → rollback's first step ${fmt(ms)} = ${(ms / 60_000).toFixed(2)} × timeout (60 s)`,
    );
    return ms;
  };
  const fast = await toRollback("steady 500, default inputs", 4, {});
  const slow = await toRollback("steady 500, fail-fast-after 0s", 5, { "fail-fast-after": "0s" });
  rows.push(
    `${"fail-fast ratio".padEnd(34)} ${(fast / slow).toFixed(2)} (with fail-fast-after 10 s vs off, same run)`,
  );
  await redisCli(redis, ["SET", "cb:state", "OPEN"]);
  await measure(
    "rollback dry run (plan only)",
    "rollback",
    { reason: "bench", "dry-run": "true", "confirm-destructive": "true" },
    sha(3),
  );
  await measure(
    "rollback button (2 migrations)",
    "rollback",
    { reason: "bench", "confirm-destructive": "true" },
    sha(3),
  );
  console.log(
    `node -e 0 baseline: ${baseline.toFixed(0)} ms (Node start, the floor of any action's overhead)`,
  );
  for (const r of rows) console.log(r);
  console.log("target: the action's own overhead under 2 s per run");
} finally {
  const ids = (await dockerd.run(["ps", "-aq"])).stdout.trim().split("\n").filter(Boolean);
  if (ids.length) await dockerd.run(["rm", "-f", ...ids]);
  await Promise.all([gh.stop(), redis.stop()]);
  await dockerd.stop();
  project.remove();
}
