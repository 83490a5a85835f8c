// End to end, `engine: swarm` (issue 12): the COMMITTED deploy and rollback bundles under the runner
// harness against a real two-node Docker Swarm (the test kit's startSwarm: two dockerd, each in its own
// network and UTS namespace, manager and worker), a registry on the manager, the real alembic (SQLite, run
// once from the manager's side), a real redis-server and the GitHub API emulator. The stack is
// examples/stack/compose.swarm.yml: one replica per node on each node's host network, update_config
// stop-first with parallelism 2 and Swarm's own rollback. Health is probed per node (`{node}` URLs).
// One production history, in order: a good first release converges on both nodes; a release whose
// orchestrator answers 500 on the worker only is rolled back to the recorded images and revision on both
// (Swarm's own rollback reported, not fought); a good release and the rollback button over ssh:// (a real
// sshd whose sessions reach the manager; the runner's own engine points nowhere); a release whose
// images never reached the worker is refused by the image step, naming the worker, before anything changes.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { type RedisServer, startRedis } from "@ops/testkit/redis";
import { type RunActionResult, runAction } from "@ops/testkit/runner";
import { type SshServer, startSshd } from "@ops/testkit/sshd";
import { buildRelease, SERVICES, STACK_DIR, type Variant } from "@ops/testkit/stack";
import {
  ensureSwarmBaseImage,
  pushImage,
  type Registry,
  type Swarm,
  startRegistry,
  startSwarm,
} from "@ops/testkit/swarm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let swarm: Swarm;
let registry: Registry;
let gh: GitHubEmulator;
let redis: RedisServer;
let sshd: SshServer;
let dir: string;
let runnerTemp: string;
const stack = `sw${process.pid}`;
const started = performance.now();
const figures: Record<string, number> = {};
/** Each run's message and timeline steps (ms), printed at the end: where the time goes. */
const steps: string[] = [];

const sha = (name: string) => createHash("sha1").update(`swarm ${name}`).digest("hex");
const A = sha("A good");
const B = sha("B health500 on the worker");
const C = sha("C good");
const D = sha("D never pushed");

const MIGRATION_0004 = `"""limits: per-venue order limits"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"


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

function checkout(with0004: boolean): void {
  const file = join(dir, "db", "migrations", "versions", "0004_limits.py");
  if (with0004) writeFileSync(file, MIGRATION_0004);
  else rmSync(file, { force: true });
}

function dbRevision(): string {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  return (
    execFileSync("alembic", ["current"], { cwd: join(dir, "db"), encoding: "utf8", env: clean })
      .trim()
      .split(" ")[0] ?? ""
  );
}

/** Builds a release on the manager and pushes it to the registry (every node can pull it). */
async function release(version: string, variant: Variant | Partial<Record<string, string>>, push = true) {
  const t = performance.now();
  await buildRelease(swarm.manager, version, variant as Variant, { prefix: `ops-sw${process.pid}` });
  if (push) {
    const refs = await Promise.all(
      SERVICES.map((s) => pushImage(swarm.manager, `ops-sw${process.pid}/${s}:${version}`, registry)),
    );
    // The kit's daemons never pull for a task (DOCKER_SERVICE_PREFER_OFFLINE_IMAGE: no internet here), so
    // the workers pull the pushed images now, as a pre-pull job on each node would.
    await Promise.all(
      swarm.workers.flatMap((node) =>
        refs.map((ref) => node.ok(["pull", "-q", ref], { timeoutMs: 180_000 })),
      ),
    );
  }
  figures[`build ${version.slice(0, 7)} ms`] = Math.round(performance.now() - t);
}

function hostInputs(): Record<string, string> {
  return {
    engine: "swarm",
    "working-directory": dir,
    "redis-url": redis.url,
    "compose-file": "compose.swarm.yml",
    "compose-project": stack,
    "compose-command": "docker-compose",
    "version-variable": "RELEASE",
    "image-source": "pull",
    endpoints: SERVICES.map((s, i) => `${s}=http://{node}:${8001 + i}/health`).join("\n"),
    "expect-json": "status=ok",
    successes: "1",
    samples: "3",
    observe: "1s",
    "lock-wait": "5s",
    "compose-timeout": "90s",
    "incident-report": "file",
  };
}

async function run(
  action: "deploy" | "rollback",
  commit: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<RunActionResult> {
  if (action === "deploy") merged(commit);
  const t = performance.now();
  const result = await runAction({
    action,
    inputs: { ...hostInputs(), ...inputs },
    env: {
      ...gh.env(),
      DOCKER_HOST: swarm.manager.host,
      DOCKER_BUILDKIT: "0",
      COMPOSE_DOCKER_CLI_BUILD: "0",
      STACK_IMAGE_PREFIX: `${registry.address}/ops-sw${process.pid}`,
      HEALTHCHECK_INTERVAL: "1s",
      DATABASE_URL: undefined,
      RELEASE: undefined,
      GITHUB_SHA: commit,
      GITHUB_WORKFLOW: action === "deploy" ? "Deploy" : "Rollback",
      ...env,
    },
    event: { repository: { default_branch: "master" } },
    eventName: action === "deploy" ? "push" : "workflow_dispatch",
    workspace: dir,
    timeoutMs: 300_000,
  });
  figures[`${action} ${commit.slice(0, 7)} ms`] = Math.round(performance.now() - t);
  const report = JSON.parse(result.outputs.report ?? "{}") as {
    message?: string;
    timeline?: Array<{ name: string; durationMs: number }>;
  };
  steps.push(
    `${action} ${commit.slice(0, 7)}: ${report.message ?? ""}\n  ${(report.timeline ?? []).map((s) => `${s.name} ${Math.round(s.durationMs)}`).join(" | ")}`,
  );
  if (!result.outputs.status) throw new Error(`no status output\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** service → the image each running task runs, per node: `node=image` sorted. */
async function tasksNow(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const s of SERVICES) {
    const lines = await swarm.manager.ok(
      [
        "service",
        "ps",
        `${stack}_${s}`,
        "--filter",
        "desired-state=running",
        "--format",
        "{{.Node}}={{.Image}}={{.CurrentState}}",
      ],
      { timeoutMs: 20_000 },
    );
    out[s] = lines
      .trim()
      .split("\n")
      .filter((l) => /=Running /.test(l))
      .map((l) =>
        l
          .split("=")
          .slice(0, 2)
          .join("=")
          .replace(/@sha256:[0-9a-f]+$/, ""),
      )
      .sort();
  }
  return out;
}

const onBoth = (version: string) => {
  const out: Record<string, string[]> = {};
  for (const s of SERVICES)
    out[s] = swarm.nodes
      .map((n) => `${n.name}=${registry.address}/ops-sw${process.pid}/${s}:${version}`)
      .sort();
  return out;
};

interface Report {
  message: string;
  gates: Array<{ id: string; ok: boolean | null; evidence: string }>;
  health?: { evidence: string[] };
}

beforeAll(async () => {
  swarm = await startSwarm({ nodes: 2 });
  figures["swarm start ms"] = Math.round(swarm.startMs);
  // sshd on this host, its sessions' docker talking to the manager: the rollback button goes over ssh://.
  [registry, gh, redis, sshd] = await Promise.all([
    startRegistry(swarm),
    startGitHubEmulator(),
    startRedis(),
    startSshd({ dockerHost: swarm.manager.host }),
  ]);
  runnerTemp = mkdtempSync(join(tmpdir(), "swarm-e2e-runner-temp-"));
  await ensureSwarmBaseImage(swarm);
  dir = mkdtempSync(join(tmpdir(), "swarm-e2e-"));
  cpSync(join(STACK_DIR, "compose.swarm.yml"), join(dir, "compose.swarm.yml"));
  cpSync(join(STACK_DIR, "service"), join(dir, "service"), { recursive: true });
  cpSync(join(STACK_DIR, "db"), join(dir, "db"), {
    recursive: true,
    filter: (src) => !src.includes("__pycache__") && !src.endsWith(".db"),
  });
  execFileSync("redis-cli", ["-u", redis.url, "MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  await release(A, "good");
}, 300_000);

afterAll(async () => {
  await swarm?.manager.run(["stack", "rm", stack], { timeoutMs: 30_000 }).catch(() => undefined);
  await Promise.all(
    [registry?.stop(), gh?.stop(), redis?.stop(), sshd?.stop()].map((p) => p?.catch(() => undefined)),
  );
  if (runnerTemp) rmSync(runnerTemp, { recursive: true, force: true });
  await swarm?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  figures["total ms"] = Math.round(performance.now() - started);
  console.log(`swarm e2e figures (shared, loaded machine): ${JSON.stringify(figures)}\n${steps.join("\n")}`);
}, 180_000);

describe("engine: swarm — committed deploy and rollback bundles on a real two-node Swarm", () => {
  it("a good first release converges on both nodes, each node's health probed on its own address", async () => {
    checkout(false);
    const r = await run("deploy", A, {
      "ci-timeout": "0s",
      "pre-deploy-baseline": "false",
      watch: "2s",
      "watch-interval": "1s",
      timeout: "60s",
    });
    expect(r.outputs.status, r.summary).toBe("success");
    expect(await tasksNow()).toEqual(onBoth(A));
    expect(dbRevision()).toBe("0003");
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    const evidence = (report.health?.evidence ?? []).join("\n");
    for (const n of swarm.nodes) expect(evidence).toContain(`orchestrator@${n.name}: pass`);
  });

  it("a release answering 500 on the worker only is rolled back to the recorded images and revision on both nodes", async () => {
    const worker = swarm.workers[0]?.name ?? "";
    checkout(true);
    await release(B, { orchestrator: `health500-on-${worker}` });
    const r = await run("deploy", B, {
      "ci-timeout": "0s",
      "pre-deploy-baseline": "false",
      watch: "2s",
      "watch-interval": "1s",
      timeout: "60s",
    });
    expect(r.outputs.status, r.summary).toBe("rolled-back");
    expect(await tasksNow()).toEqual(onBoth(A));
    expect(dbRevision()).toBe("0003");
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    // Swarm saw the worker's task fail its health check and rolled the update back itself: reported so.
    expect(report.message).toMatch(
      /^restart \(stack deploy\) failed: Swarm's own decision: orchestrator: Swarm (is rolling|rolled) the update back/,
    );
    expect(report.message).toMatch(new RegExp(`; rolled back to ${A.slice(0, 7)}$`));
  });

  it("a good release, then the rollback button over ssh://: the recorded images and revision on both nodes", async () => {
    execFileSync("redis-cli", ["-u", redis.url, "SET", "cb:state", "OPEN"]);
    checkout(true);
    await release(C, "good");
    const c = await run("deploy", C, {
      "ci-timeout": "0s",
      "pre-deploy-baseline": "false",
      watch: "1s",
      "watch-interval": "1s",
      timeout: "60s",
    });
    expect(c.outputs.status, c.summary).toBe("success");
    expect(await tasksNow()).toEqual(onBoth(C));
    expect(dbRevision()).toBe("0004");

    // The button over ssh:// to the manager (the runner's own engine points nowhere): the image check on
    // every node, the stack deploy and the convergence all through one pinned ssh connection.
    const logins = await sshd.logins();
    const r = await run(
      "rollback",
      C,
      {
        reason: "orders stuck after C",
        "confirm-destructive": "true",
        timeout: "60s",
        "docker-host": sshd.dockerHost,
        "ssh-key": sshd.privateKey,
        "known-hosts": sshd.knownHostsLine,
      },
      { DOCKER_HOST: "unix:///nonexistent/ops-swarm-e2e.sock", RUNNER_TEMP: runnerTemp },
    );
    expect(r.outputs.status, r.summary).toBe("success");
    expect((await sshd.logins()) - logins).toBe(1);
    expect(r.summary.replace(/[\\\u200b]/g, "")).toContain(`Docker engine: ${sshd.dockerHost} (Docker `);
    expect(await tasksNow()).toEqual(onBoth(A));
    expect(dbRevision()).toBe("0003");
  });

  it("a release whose images never reached the worker is refused by the image step, naming the worker, before anything changes", async () => {
    const worker = swarm.workers[0]?.name ?? "";
    checkout(true);
    // Built on the manager only (the action's own build, image-source build), never pushed.
    const r = await run("deploy", D, {
      "image-source": "build",
      "ci-timeout": "0s",
      "pre-deploy-baseline": "false",
      watch: "1s",
      timeout: "60s",
    });
    expect(r.outputs.status, r.summary).toBe("failure");
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    expect(report.message).toMatch(
      new RegExp(
        `not every Swarm node has the release's images \\(nothing was changed\\): .*orchestrator:${D} on ${worker}`,
      ),
    );
    expect(await tasksNow()).toEqual(onBoth(A));
    expect(dbRevision()).toBe("0003");
  });
});
