// End to end, the rest of the deploy issue's proof for bad releases: a release that CRASH-LOOPS and a
// release more than 50% SLOWER than the pre-deploy baseline, each rolled back automatically. The COMMITTED
// deploy bundle runs under the runner harness against the example stack (examples/stack, copied to a temp
// directory as the production checkout: its compose file, its service image with the build-time variants,
// its Alembic project on SQLite) on the test's private dockerd (docker-compose v1), a real redis-server,
// the real alembic, and the GitHub API emulator. One production history, in order: a good first deploy;
// a crash-looping release bringing migration 0004; a slow release bringing 0004 again; a good release with
// the baseline on (the control: the baseline comparison does not fail a healthy release).

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDocker } from "@ops/testkit/docker";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { freePorts } from "@ops/testkit/net";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { type RunActionResult, runAction } from "@ops/testkit/runner";
import { portVariable, SERVICES, STACK_DIR } from "@ops/testkit/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const docker = testDocker();
let gh: GitHubEmulator;
let redis: RedisServer;
let dir: string;
let env: Record<string, string | undefined>;
let endpoints: string;
/** A tiny Prometheus: answers /api/v1/query with the queued values, in order. */
let prom: Server;
let promUrl: string;
const promValues: string[] = [];
const promAsked: string[] = [];
const project = `proof${process.pid}`;
const prefix = `ops-proof-${process.pid}`;

const sha = (name: string) => createHash("sha1").update(`deploy-proof ${name}`).digest("hex");
/** The good first release (the example stack's migrations 0001–0003). */
const A = sha("A");
/** The orchestrator crash-loops (VARIANT=crashloop: exits 3 a second after it starts); brings 0004. */
const B = sha("B crashloop");
/** Every /health answer delayed by DELAY_MS (far over 50% slower than the baseline); brings 0004. */
const C = sha("C slow");
/** A good release bringing 0004, deployed with the baseline on. */
const D = sha("D good");
/** A good release whose metrics (error rate) are worse after the deploy. */
const E = sha("E metrics worse");

const MIGRATION_0004 = `"""limits: per-venue order limits

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("limits", sa.Column("id", sa.Integer, primary_key=True), sa.Column("venue", sa.String(32)))


def downgrade() -> None:
    op.drop_table("limits")
`;

function merged(commit: string): void {
  gh.state.setBranch("master", commit);
  gh.state.addPullRequest({
    merged: true,
    head: { sha: `f${commit.slice(1)}` },
    mergeCommitSha: commit,
    reviews: [{ state: "APPROVED" }],
  });
  gh.state.addCheckRun({ sha: commit, name: "test" });
  gh.state.addCheckRun({ sha: commit, name: "migrations-tested" });
}

/** `git pull` of a commit: the checkout holds migration 0004 or not. */
function checkout(with0004: boolean): void {
  const file = join(dir, "db", "migrations", "versions", "0004_limits.py");
  if (with0004) writeFileSync(file, MIGRATION_0004);
  else rmSync(file, { force: true });
}

async function deploy(
  commit: string,
  inputs: Record<string, string>,
  buildEnv: Record<string, string> = {},
): Promise<RunActionResult> {
  merged(commit);
  const result = await runAction({
    action: "deploy",
    inputs: {
      "working-directory": dir,
      "redis-url": redis.url,
      "compose-file": "docker-compose.yml",
      "compose-project": project,
      "compose-command": "docker-compose",
      "version-variable": "RELEASE",
      endpoints,
      "expect-json": "status=ok",
      timeout: "30s",
      successes: "1",
      samples: "7",
      observe: "2s",
      "lock-wait": "5s",
      "ci-timeout": "0s",
      watch: "0s",
      "incident-report": "file",
      ...inputs,
    },
    env: {
      ...gh.env(),
      ...env,
      // The release's behaviour is baked in at build time, as the example stack's compose file reads it.
      ...buildEnv,
      GITHUB_SHA: commit,
      GITHUB_WORKFLOW: "Deploy",
    },
    event: { repository: { default_branch: "master" } },
    eventName: "push",
    workspace: dir,
    timeoutMs: 240_000,
  });
  if (!result.outputs.status) throw new Error(`no status output\n${result.stdout}\n${result.stderr}`);
  return result;
}

function dbRevision(): string {
  const cleanEnv = { ...process.env };
  delete cleanEnv.DATABASE_URL;
  return (
    execFileSync("alembic", ["current"], { cwd: join(dir, "db"), encoding: "utf8", env: cleanEnv })
      .trim()
      .split(" ")[0] ?? ""
  );
}

async function runningTags(): Promise<string[]> {
  const ids = (await docker.ok(["ps", "-q", "--filter", `label=com.docker.compose.project=${project}`]))
    .trim()
    .split("\n")
    .filter(Boolean);
  const out = await docker.ok(["inspect", "--format", "{{.Config.Image}}", ...ids]);
  return out.trim().split("\n").sort();
}

/** The pre-deploy baseline on, with a latency tolerance above this test host's restart noise. */
const baselineOn = { "pre-deploy-baseline": "true", "latency-tolerance": "50ms" };

const tags = (commit: string) => SERVICES.map((s) => `${prefix}/${s}:${commit}`).sort();

function deployment(id: string | undefined) {
  const d = gh.state.deployments.find((x) => String(x.id) === id);
  if (!d) throw new Error(`no deployment ${id}`);
  const statuses = gh.state.statusesOfDeployment(d.id);
  return { d, latest: statuses[0]?.state, statuses };
}

interface Report {
  metrics?: { ok: boolean | null; before: number; after: number } | null;
  decision: { action: string; reasons: string[] } | null;
  health: { verdict: string; degradationPct: number | null; crashLooping: string[] } | null;
  rollback: {
    ok: boolean;
    breakerTripped: boolean;
    deploymentId: number | null;
    plan: { dbTarget: string; migrationsToUndo: string[] };
  } | null;
}

/** What every automatic rollback must show, whatever made the release bad. */
async function expectRolledBack(r: RunActionResult, bad: string): Promise<Report> {
  expect(r.outputs.status, r.summary).toBe("rolled-back");
  expect(r.exitCode).not.toBe(0);
  expect(r.outputs.version).toBe(bad);
  expect(r.outputs["previous-version"]).toBe(A);
  // The previous images and the revision recorded for them.
  expect(await runningTags()).toEqual(tags(A));
  expect(dbRevision()).toBe("0003");
  expect(r.outputs["db-revision"]).toBe("0003");
  const report = JSON.parse(r.outputs.report ?? "{}") as Report;
  expect(report.rollback).toMatchObject({
    ok: true,
    breakerTripped: true,
    plan: { dbTarget: "0003", migrationsToUndo: ["0004"] },
  });
  // Verified: the rollback's own deployment of A is a success.
  expect(deployment(String(report.rollback?.deploymentId)).d.sha).toBe(A);
  expect(deployment(String(report.rollback?.deploymentId)).latest).toBe("success");
  // Breaker tripped with the reason.
  expect(await redisCli(redis, ["GET", "cb:state"])).toBe("TRIPPED");
  expect(await redisCli(redis, ["GET", "cb:trip_reason"])).toMatch(/^automatic rollback: /);
  // This deployment marked faulty.
  const faulty = deployment(r.outputs["deployment-id"]);
  expect(faulty.d.sha).toBe(bad);
  expect(faulty.latest).toBe("failure");
  // The faulty mark is its latest status.
  expect(faulty.statuses[0]?.description).toMatch(/^faulty: /);
  expect((faulty.statuses[0]?.description ?? "").length).toBeLessThanOrEqual(140);
  // The incident report written (incident-report: file).
  const incident = r.outputs["incident-path"] ?? "";
  expect(incident).toMatch(new RegExp(`/docs/INCIDENTS/\\d{4}-\\d\\d-\\d\\d-rollback-${bad.slice(0, 7)}-`));
  expect(existsSync(incident)).toBe(true);
  expect(r.summary).toContain("### Rollback complete");
  expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  return report;
}

beforeAll(async () => {
  [gh, redis] = await Promise.all([startGitHubEmulator(), startRedis()]);
  prom = createServer((req, res) => {
    promAsked.push(req.url ?? "");
    const v = promValues.shift();
    res.writeHead(v === undefined ? 503 : 200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        status: "success",
        data: {
          resultType: "vector",
          result: v === undefined ? [] : [{ metric: {}, value: [Date.now() / 1000, v] }],
        },
      }),
    );
  });
  await new Promise<void>((r) => prom.listen(0, "127.0.0.1", r));
  promUrl = `http://127.0.0.1:${(prom.address() as AddressInfo).port}`;
  await redisCli(redis, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  dir = mkdtempSync(join(tmpdir(), "deploy-proof-"));
  cpSync(join(STACK_DIR, "docker-compose.yml"), join(dir, "docker-compose.yml"));
  cpSync(join(STACK_DIR, "service"), join(dir, "service"), { recursive: true });
  cpSync(join(STACK_DIR, "db"), join(dir, "db"), {
    recursive: true,
    filter: (src) => !src.includes("__pycache__") && !src.endsWith(".db"),
  });
  const ports = await freePorts(SERVICES.length);
  env = {
    DOCKER_HOST: docker.host,
    DOCKER_BUILDKIT: "0",
    COMPOSE_DOCKER_CLI_BUILD: "0",
    STACK_IMAGE_PREFIX: prefix,
    HEALTHCHECK_INTERVAL: "1s",
    DATABASE_URL: undefined,
  };
  SERVICES.forEach((s, i) => {
    env[portVariable(s)] = String(ports[i]);
  });
  endpoints = SERVICES.map((s, i) => `${s}=http://127.0.0.1:${ports[i]}/health`).join("\n");
});

afterAll(async () => {
  const ids = dir
    ? (await docker.ok(["ps", "-aq", "--filter", `label=com.docker.compose.project=${project}`]))
        .trim()
        .split("\n")
        .filter(Boolean)
    : [];
  if (ids.length > 0) await docker.run(["rm", "-f", ...ids]);
  const images = (await docker.ok(["images", "--format", "{{.Repository}}:{{.Tag}}"]))
    .split("\n")
    .filter((l) => l.startsWith(`${prefix}/`));
  if (images.length > 0) await docker.run(["rmi", "-f", ...images], { timeoutMs: 60_000 });
  await Promise.all([gh?.stop(), redis?.stop(), new Promise((r) => (prom ? prom.close(r) : r(undefined)))]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("bad releases rolled back automatically: committed bundle, example stack on real Docker, Redis, Alembic, GitHub emulator", () => {
  it("a good first deploy of the example stack: images tagged by version, database at head", async () => {
    checkout(false);
    const r = await deploy(A, { "pre-deploy-baseline": "false" });
    expect(r.outputs.status, r.summary).toBe("success");
    expect(dbRevision()).toBe("0003");
    expect(await runningTags()).toEqual(tags(A));
  });

  it("a release that crash-loops is rolled back to the previous images and the recorded revision; breaker tripped, deployment faulty, incident report written", async () => {
    checkout(true);
    const r = await deploy(B, { "pre-deploy-baseline": "false" }, { ORCHESTRATOR_VARIANT: "crashloop" });
    const report = await expectRolledBack(r, B);
    expect(report.health?.crashLooping).toContain("orchestrator");
    expect(report.decision?.reasons.join("; ")).toMatch(/crash loop: .*orchestrator/);
    expect(r.summary).toMatch(/crash loop: .*orchestrator/);
    expect(readFileSync(r.outputs["incident-path"] ?? "", "utf8")).toMatch(/crash loop: .*orchestrator/);
    expect(await redisCli(redis, ["GET", "cb:trip_reason"])).toContain("crash loop");
  });

  it("a release more than 50% slower than the pre-deploy baseline is rolled back, the degradation named in the summary", async () => {
    await redisCli(redis, ["SET", "cb:state", "OPEN"]);
    checkout(true);
    // The tolerance sized for this host's noise: fresh containers of the same good release answer ~6 →
    // ~15 ms on a loaded test machine (see the control below); 400 ms more is far beyond it.
    const r = await deploy(C, { ...baselineOn }, { DELAY_MS: "400" });
    const report = await expectRolledBack(r, C);
    expect(report.health?.degradationPct ?? 0).toBeGreaterThan(50);
    expect(report.health?.crashLooping).toEqual([]);
    expect(report.decision?.reasons.join("; ")).toMatch(/\d+% degradation against the baseline \(over 50%\)/);
    // Named in the summary (markdown-escaped parentheses): the headline and the per-endpoint medians.
    expect(r.summary).toMatch(/\d+% degradation against the baseline \\\(over 50%\\\)/);
    expect(r.summary).toMatch(
      /signal\\_service: median [\d.]+ ms → \d+ ms \\\(\\\+\d+%\\\): more than 50% slower/,
    );
    expect(await redisCli(redis, ["GET", "cb:trip_reason"])).toMatch(/degradation against the baseline/);
  });

  it("the control: a good release deployed with the baseline on is not degraded and succeeds; its metrics row ticked with both values", async () => {
    await redisCli(redis, ["SET", "cb:state", "OPEN"]);
    checkout(true);
    const query = 'sum(rate(http_requests_total{code=~"5.."}[5m]))';
    promValues.push("0.010", "0.011");
    const r = await deploy(D, { ...baselineOn, "metrics-url": promUrl, "metrics-query": query });
    expect(promAsked).toEqual([0, 1].map(() => `/api/v1/query?${new URLSearchParams({ query })}`));
    expect(r.summary).toMatch(
      /- \[x\] Metrics normal — sum\\\(rate.*: 0\.01 before → 0\.011 after \\\(\\\+10%; within \\\+50%\\\)/,
    );
    expect(r.outputs.status, r.summary).toBe("success");
    expect(dbRevision()).toBe("0004");
    expect(await runningTags()).toEqual(tags(D));
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    expect(report.health?.degradationPct ?? 0).toBeLessThanOrEqual(50);
    expect(report.metrics).toMatchObject({ ok: true, before: 0.01, after: 0.011 });
    expect(await redisCli(redis, ["GET", "cb:state"])).toBe("OPEN");
  });

  it("metrics worse after the deploy: the row failed with both values, the deploy a warning, nothing rolled back", async () => {
    checkout(true);
    promValues.push("0.010", "0.050");
    const r = await deploy(E, {
      "pre-deploy-baseline": "false",
      "metrics-url": promUrl,
      "metrics-query": "sum(rate(errors_total[5m]))",
    });
    expect(r.outputs.status, r.summary).toBe("warning");
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(
      /- \[ \] ❌ Metrics normal — sum\\\(rate.*: 0\.01 before → 0\.05 after \\\(\\\+400%; over \\\+50%\\\)/,
    );
    expect(r.summary).toContain("Metrics are not normal after the deploy");
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    expect(report.metrics).toMatchObject({ ok: false, before: 0.01, after: 0.05 });
    expect(report.rollback).toBeNull();
    expect(await runningTags()).toEqual(tags(E));
    expect(deployment(r.outputs["deployment-id"]).latest).toBe("success");
  });
});
