// End to end, `engine: swarm` (issue 12): the COMMITTED deploy and rollback bundles under the runner
// harness against a real two-node Docker Swarm (the test kit's startSwarm: two dockerd, each in its own
// network and UTS namespace, manager and worker), a registry on the manager, the real alembic (SQLite, run
// once from the manager's side), a real redis-server and the GitHub API emulator. The stack is
// examples/stack/compose.swarm.yml: one replica per node on each node's host network, update_config
// stop-first with parallelism 2 and Swarm's own rollback. Health is probed per node (`{node}` URLs).
// Two compose files as teams write them: the stack, and beside it an accessory (a pinned image with a volume,
// no build) started once by hand, which no release or rollback may touch.
// One production history, in order: a good first release converges on both nodes (and the smoke action
// with engine: swarm passes, probing each node); a release whose
// orchestrator answers 500 on the worker only is rolled back to the recorded images and revision on both
// (Swarm's own rollback reported, not fought); a good release and the rollback button over ssh:// (a real
// sshd whose sessions reach the manager; the runner's own engine points nowhere); a release whose
// images never reached the worker is refused by the image step, naming the worker, before anything changes.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { type RedisServer, startRedis } from "@ops/testkit/redis";
import { type RunActionResult, runAction } from "@ops/testkit/runner";
import { mergeCommit, RELEASE_B } from "@ops/testkit/scenario";
import { type SshServer, startSshd } from "@ops/testkit/sshd";
import { type SwarmCommit, type SwarmProduction, startSwarmProduction } from "@ops/testkit/swarm-scenario";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let production: SwarmProduction;
let gh: GitHubEmulator;
let redis: RedisServer;
let sshd: SshServer;
let runnerTemp: string;
const started = performance.now();
const figures: Record<string, number> = {};
/** Each run's message and timeline steps (ms), printed at the end: where the time goes. */
const steps: string[] = [];

const sha = (name: string) => createHash("sha1").update(`swarm ${name}`).digest("hex");
/** examples/stack as it is (0001–0003); then migration 0004 with good, bad and never-pushed images. */
const A: SwarmCommit = { sha: sha("A good"), title: "A good", migrations: [] };
const B = (worker: string): SwarmCommit => ({
  sha: sha("B health500 on the worker"),
  title: "B health 500 on the worker",
  migrations: RELEASE_B.migrations,
  variants: { orchestrator: `health500-on-${worker}` },
});
const C: SwarmCommit = { sha: sha("C good"), title: "C good", migrations: RELEASE_B.migrations };
const D: SwarmCommit = {
  sha: sha("D never pushed"),
  title: "D never pushed",
  migrations: RELEASE_B.migrations,
};

/** CI built the release on the manager and pushed it; every node pulled it. */
async function publish(commit: SwarmCommit): Promise<void> {
  figures[`build ${commit.sha.slice(0, 7)} ms`] = Math.round((await production.host.publish(commit)).ms);
}

async function run(
  action: "deploy" | "rollback",
  commit: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<RunActionResult> {
  if (action === "deploy") mergeCommit(gh, { sha: commit, title: `release ${commit.slice(0, 7)}` });
  const t = performance.now();
  const result = await runAction({
    action,
    inputs: {
      ...production.host.inputs,
      // Two files, as teams write them: the stack and a stateful accessory with a pinned image beside it.
      "compose-file": "compose.swarm.yml\ncompose.ledger.yml",
      "redis-url": redis.url,
      successes: "1",
      samples: "3",
      observe: "1s",
      "lock-wait": "5s",
      "incident-report": "file",
      ...inputs,
    },
    env: {
      ...gh.env(),
      ...production.host.env,
      DATABASE_URL: undefined,
      RELEASE: undefined,
      GITHUB_SHA: commit,
      GITHUB_WORKFLOW: action === "deploy" ? "Deploy" : "Rollback",
      ...env,
    },
    event: { repository: { default_branch: "master" } },
    eventName: action === "deploy" ? "push" : "workflow_dispatch",
    workspace: production.host.dir,
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

/** service → `node=image` of every running task, sorted; and what it is with `commit` on every node. */
const tasksNow = () => production.host.tasks();
const onBoth = (commit: SwarmCommit) => production.host.onEveryNode(commit.sha);
const dbRevision = () => production.host.dbRevision();
/** The accessory's running task ids: a release that restarted or recreated it would change them. */
const ledgerTasks = async () =>
  (
    await production.swarm.manager.ok(
      ["service", "ps", `${production.host.stack}_ledger`, "--filter", "desired-state=running", "-q"],
      { timeoutMs: 20_000 },
    )
  )
    .trim()
    .split("\n")
    .filter(Boolean)
    .sort();

interface Report {
  message: string;
  gates: Array<{ id: string; ok: boolean | null; evidence: string }>;
  health?: { evidence: string[] };
}

beforeAll(async () => {
  production = await startSwarmProduction();
  figures["swarm start ms"] = Math.round(production.swarm.startMs);
  // sshd on this host, its sessions' docker talking to the manager: the rollback button goes over ssh://.
  [gh, redis, sshd] = await Promise.all([
    startGitHubEmulator(),
    startRedis(),
    startSshd({ dockerHost: production.swarm.manager.host }),
  ]);
  runnerTemp = mkdtempSync(join(tmpdir(), "swarm-e2e-runner-temp-"));
  // An accessory no release may touch: a pinned image (on every node), no build, its own volume.
  writeFileSync(
    join(production.host.dir, "compose.ledger.yml"),
    [
      'version: "3.8"',
      "services:",
      "  ledger:",
      "    image: ops-busybox:latest",
      '    command: ["sleep", "86400"]',
      "    volumes: [ledger-data:/data]",
      "    networks: [hostnet]",
      "    deploy:",
      "      replicas: 1",
      "volumes:",
      "  ledger-data: {}",
      "networks:",
      "  hostnet: { external: true, name: host }",
      "",
    ].join("\n"),
  );
  // Started once by hand, as in compose mode: deploys never start or stop an accessory.
  await production.swarm.manager.ok(
    [
      "stack",
      "deploy",
      "--compose-file",
      join(production.host.dir, "compose.ledger.yml"),
      production.host.stack,
    ],
    { timeoutMs: 60_000 },
  );
  execFileSync("redis-cli", ["-u", redis.url, "MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  await publish(A);
}, 300_000);

afterAll(async () => {
  await Promise.all([gh?.stop(), redis?.stop(), sshd?.stop()].map((p) => p?.catch(() => undefined)));
  if (runnerTemp) rmSync(runnerTemp, { recursive: true, force: true });
  await production?.stop();
  figures["total ms"] = Math.round(performance.now() - started);
  console.log(`swarm e2e figures: ${JSON.stringify(figures)}\n${steps.join("\n")}`);
}, 180_000);

describe("engine: swarm — committed deploy and rollback bundles on a real two-node Swarm", () => {
  it("a good first release converges on both nodes, each node's health probed on its own address", async () => {
    await production.host.checkout(A);
    const r = await run("deploy", A.sha, {
      "ci-timeout": "0s",
      "pre-deploy-baseline": "false",
      watch: "2s",
      "watch-interval": "1s",
      timeout: "60s",
    });
    expect(r.outputs.status, r.summary).toBe("success");
    expect(await tasksNow()).toEqual(onBoth(A));
    expect(await dbRevision()).toBe("0003");
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    const evidence = (report.health?.evidence ?? []).join("\n");
    for (const n of production.swarm.nodes) expect(evidence).toContain(`orchestrator@${n.name}: pass`);
  });

  it("the smoke action with engine: swarm reads the stack's tasks across the nodes and probes each node", async () => {
    const h = production.host.inputs;
    const r = await runAction({
      action: "smoke",
      inputs: {
        engine: "swarm",
        "working-directory": h["working-directory"] ?? "",
        "compose-file": h["compose-file"] ?? "",
        "compose-project": h["compose-project"] ?? "",
        "compose-command": h["compose-command"] ?? "",
        endpoints: h.endpoints ?? "",
        "expect-json": "status=ok",
        "redis-url": redis.url,
        observe: "1s",
        successes: "1",
        samples: "2",
      },
      env: { ...production.host.env, RELEASE: A.sha },
      workspace: production.host.dir,
      timeoutMs: 120_000,
    });
    expect(r.outputs.verdict, `${r.summary}\n${r.stderr}`).toBe("pass");
    for (const n of production.swarm.nodes) expect(r.outputs.report).toContain(`orchestrator@${n.name}`);
  });

  it("a release answering 500 on the worker only is rolled back to the recorded images and revision on both nodes", async () => {
    const ledger = await ledgerTasks();
    expect(ledger).toHaveLength(1);
    const bad = B(production.swarm.workers[0]?.name ?? "");
    await production.host.checkout(bad);
    await publish(bad);
    const r = await run("deploy", bad.sha, {
      "ci-timeout": "0s",
      "pre-deploy-baseline": "false",
      watch: "2s",
      "watch-interval": "1s",
      timeout: "60s",
    });
    expect(r.outputs.status, r.summary).toBe("rolled-back");
    expect(await tasksNow()).toEqual(onBoth(A));
    expect(await dbRevision()).toBe("0003");
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    // Swarm saw the worker's task fail its health check and rolled the update back itself: reported so.
    expect(report.message).toMatch(
      /^restart \(stack deploy\) failed: Swarm's own decision: orchestrator: Swarm (is rolling|rolled) the update back/,
    );
    expect(report.message).toMatch(new RegExp(`; rolled back to ${A.sha.slice(0, 7)}$`));
    // The release and its rollback never touched the accessory.
    expect(await ledgerTasks()).toEqual(ledger);
  });

  it("a good release, then the rollback button over ssh://: the recorded images and revision on both nodes", async () => {
    execFileSync("redis-cli", ["-u", redis.url, "SET", "cb:state", "OPEN"]);
    await production.host.checkout(C);
    await publish(C);
    const c = await run("deploy", C.sha, {
      "ci-timeout": "0s",
      "pre-deploy-baseline": "false",
      watch: "1s",
      "watch-interval": "1s",
      timeout: "60s",
    });
    expect(c.outputs.status, c.summary).toBe("success");
    expect(await tasksNow()).toEqual(onBoth(C));
    expect(await dbRevision()).toBe("0004");

    // The button over ssh:// to the manager (the runner's own engine points nowhere): the image check on
    // every node, the stack deploy and the convergence all through one pinned ssh connection.
    const logins = await sshd.logins();
    const r = await run(
      "rollback",
      C.sha,
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
    expect(await dbRevision()).toBe("0003");
  });

  it("a release whose images never reached the worker is refused by the image step, naming the worker, before anything changes", async () => {
    const worker = production.swarm.workers[0]?.name ?? "";
    await production.host.checkout(D);
    // Built on the manager only (the action's own build, image-source build), never pushed.
    const r = await run("deploy", D.sha, {
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
        `not every Swarm node has the release's images \\(nothing was changed\\): .*orchestrator:${D.sha} on ${worker}`,
      ),
    );
    expect(await tasksNow()).toEqual(onBoth(A));
    expect(await dbRevision()).toBe("0003");
  });
});
