// End to end, deploy and rollback together: the COMMITTED bundles (actions/deploy/dist, actions/rollback/
// dist) run by the runner harness under Node 24, against a real compose stack on the test's private
// dockerd (docker-compose v1), a real redis-server, the real alembic on SQLite, and the GitHub API
// emulator. One production history, in order: a first deploy; a release with two migrations; a bad
// release (health 500) rolled back automatically to the recorded revision; a manual rollback after the
// release with two migrations (refusals first, then the restore). Assertions are on GITHUB_OUTPUT, the
// step summary, the emulator's deployments, Redis, the database and the running containers.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { testDocker } from "@ops/testkit/docker";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { type RunActionOptions, type RunActionResult, runAction, runWithPost } from "@ops/testkit/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Commit, makeProject, type Project, SERVICES } from "./project.js";

const docker = testDocker();
let gh: GitHubEmulator;
let redis: RedisServer;
let project: Project;

const sha = (n: number) => `${String(n).repeat(7)}${"0".repeat(33)}`.slice(0, 40);
const table = (name: string) => `op.create_table("${name}", sa.Column("id", sa.Integer, primary_key=True))`;
const M1 = { revision: "0001", down: null, upgrade: table("orders"), downgrade: `op.drop_table("orders")` };
const M2 = { revision: "0002", down: "0001", upgrade: table("fills"), downgrade: `op.drop_table("fills")` };
const M3 = { revision: "0003", down: "0002", upgrade: table("notes"), downgrade: `op.drop_table("notes")` };
const M4 = {
  revision: "0004",
  down: "0003",
  upgrade: table("positions"),
  downgrade: `op.drop_table("positions")`,
};
const A: Commit = { sha: sha(1), mode: "ok", migrations: [M1] };
const B: Commit = { sha: sha(2), mode: "ok", migrations: [M1, M2, M3] };
const C: Commit = { sha: sha(3), mode: "500", migrations: [M1, M2, M3, M4] };
const M5 = { revision: "0005", down: "0004", upgrade: table("limits"), downgrade: `op.drop_table("limits")` };
/** Good code bringing 0004, cancelled during its migration. */
const D: Commit = { sha: sha(4), mode: "ok", migrations: [M1, M2, M3, M4] };
/** Good code bringing 0005, whose run is killed outright during the backup. */
const E: Commit = { sha: sha(5), mode: "ok", migrations: [M1, M2, M3, M4, M5] };

function merged(commit: Commit): void {
  gh.state.setBranch("master", commit.sha);
  gh.state.addPullRequest({
    merged: true,
    head: { sha: `f${commit.sha.slice(1)}` },
    mergeCommitSha: commit.sha,
    reviews: [{ state: "APPROVED" }],
  });
  gh.state.addCheckRun({ sha: commit.sha, name: "test" });
  gh.state.addCheckRun({ sha: commit.sha, name: "migrations-tested" });
}

function common(): Record<string, string> {
  return {
    "working-directory": project.dir,
    "redis-url": redis.url,
    "compose-file": "docker-compose.yml",
    "compose-project": project.project,
    "compose-command": "docker-compose",
    endpoints: project.endpoints,
    "expect-json": "status=ok",
    timeout: "20s",
    successes: "1",
    samples: "3",
    observe: "1s",
    "lock-wait": "5s",
  };
}

function options(
  action: "deploy" | "rollback",
  inputs: Record<string, string>,
  headSha: string,
): RunActionOptions {
  return {
    action,
    inputs: { ...common(), ...inputs },
    env: {
      ...gh.env(),
      ...project.env,
      GITHUB_SHA: headSha,
      GITHUB_WORKFLOW: action === "deploy" ? "Deploy" : "Rollback",
    },
    event: { repository: { default_branch: "master" } },
    eventName: action === "deploy" ? "push" : "workflow_dispatch",
    workspace: project.dir,
    timeoutMs: 240_000,
  };
}

async function run(
  action: "deploy" | "rollback",
  inputs: Record<string, string>,
  headSha: string,
): Promise<RunActionResult> {
  const result = await runAction(options(action, inputs, headSha));
  if (!result.outputs.status) throw new Error(`no status output\n${result.stdout}\n${result.stderr}`);
  return result;
}

const deployInputs = { watch: "0s", "pre-deploy-baseline": "false", "ci-timeout": "0s" };

async function deployCommit(commit: Commit): Promise<RunActionResult> {
  project.checkout(commit);
  merged(commit);
  return run("deploy", deployInputs, commit.sha);
}

function dbRevision(): string {
  return (
    execFileSync("alembic", ["current"], { cwd: join(project.dir, "db"), encoding: "utf8" })
      .trim()
      .split(" ")[0] ?? ""
  );
}

async function runningTags(): Promise<string[]> {
  const ids = (
    await docker.ok(["ps", "-q", "--filter", `label=com.docker.compose.project=${project.project}`])
  )
    .trim()
    .split("\n")
    .filter(Boolean);
  const out = await docker.ok(["inspect", "--format", "{{.Config.Image}}", ...ids]);
  return out.trim().split("\n").sort();
}

const tags = (c: Commit) => SERVICES.map((s) => `opsrel-${s}:${c.sha}`).sort();

function deployment(id: string | undefined) {
  const d = gh.state.deployments.find((x) => String(x.id) === id);
  if (!d) throw new Error(`no deployment ${id}`);
  const statuses = gh.state.statusesOfDeployment(d.id);
  return { d, latest: statuses[0]?.state, statuses };
}

beforeAll(async () => {
  [gh, redis, project] = await Promise.all([startGitHubEmulator(), startRedis(), makeProject(docker.host)]);
  await redisCli(redis, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
});

afterAll(async () => {
  await docker.run(["compose", "version"]).catch(() => undefined);
  await Promise.all([
    gh?.stop(),
    redis?.stop(),
    project
      ? docker.run([
          "rm",
          "-f",
          ...(
            await docker.ok(["ps", "-aq", "--filter", `label=com.docker.compose.project=${project.project}`])
          )
            .trim()
            .split("\n")
            .filter(Boolean),
        ])
      : undefined,
  ]);
  project?.remove();
});

describe("deploy and rollback, committed bundles, real Docker + Redis + Alembic, GitHub emulator", () => {
  it("a first deploy: images built and tagged by version, database at head, deployment success, lock released", async () => {
    const r = await deployCommit(A);
    expect(r.outputs.status, r.summary).toBe("success");
    expect(r.exitCode).toBe(0);
    expect(r.outputs["db-revision"]).toBe("0001");
    expect(dbRevision()).toBe("0001");
    expect(await runningTags()).toEqual(tags(A));
    expect(deployment(r.outputs["deployment-id"]).latest).toBe("success");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
    expect(r.summary).toMatch(/^## ✅ Deployed/);
    expect(r.summary).toContain("first deploy to production");
    expect(r.summary).toContain("- [x] Deploy lock released");
  });

  it("a release with two migrations deploys; the previous deployment is marked inactive", async () => {
    const before = gh.state.deployments.at(-1)?.id;
    const r = await deployCommit(B);
    expect(r.outputs.status, r.summary).toBe("success");
    expect(r.outputs["previous-version"]).toBe(A.sha);
    expect(dbRevision()).toBe("0003");
    expect(await runningTags()).toEqual(tags(B));
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.database).toMatchObject({ before: "0001", now: "0003", applied: ["0002", "0003"] });
    expect(deployment(String(before)).latest).toBe("inactive");
  });

  it("refuses a commit whose CI is red, changing nothing", async () => {
    const D: Commit = { sha: sha(9), mode: "ok", migrations: [M1, M2, M3] };
    project.checkout(D);
    gh.state.setBranch("master", D.sha);
    gh.state.addPullRequest({
      merged: true,
      head: { sha: `e${D.sha.slice(1)}` },
      mergeCommitSha: D.sha,
      reviews: [{ state: "APPROVED" }],
    });
    gh.state.addCheckRun({ sha: D.sha, name: "test", conclusion: "failure" });
    const count = gh.state.deployments.length;
    const r = await run("deploy", deployInputs, D.sha);
    expect(r.outputs.status).toBe("refused");
    expect(r.exitCode).not.toBe(0);
    expect(r.summary).toContain("- [ ] ❌ CI passed on the commit — failing: test");
    expect(gh.state.deployments.length).toBe(count);
    expect(await runningTags()).toEqual(tags(B));
    project.checkout(B);
  });

  const gates: Array<
    [string, (c: Commit) => Promise<Record<string, string>>, string, RegExp, () => Promise<void>]
  > = [
    [
      "CI pending past the timeout",
      async (c) => {
        merged(c);
        gh.state.addCheckRun({ sha: c.sha, name: "integration", status: "in_progress" });
        return { "ci-timeout": "2s", "ci-poll": "1s" };
      },
      "CI passed on the commit",
      /still pending after 2s: integration/,
      async () => {},
    ],
    [
      "PR not approved",
      async (c) => {
        gh.state.setBranch("master", c.sha);
        gh.state.addPullRequest({ merged: true, head: { sha: `d${c.sha.slice(1)}` }, mergeCommitSha: c.sha });
        gh.state.addCheckRun({ sha: c.sha, name: "test" });
        return {};
      },
      "Merged pull request with an approving review",
      /has no approving review/,
      async () => {},
    ],
    [
      "kill switch on",
      async (c) => {
        merged(c);
        await redisCli(redis, ["SET", "killswitch:active", "true"]);
        return {};
      },
      "Kill switch off",
      /killswitch:active is true/,
      async () => void (await redisCli(redis, ["SET", "killswitch:active", "false"])),
    ],
    [
      "breaker tripped",
      async (c) => {
        merged(c);
        await redisCli(redis, ["SET", "cb:state", "TRIPPED"]);
        return {};
      },
      "Circuit breaker OPEN",
      /cb:state is TRIPPED/,
      async () => void (await redisCli(redis, ["SET", "cb:state", "OPEN"])),
    ],
    [
      "Redis down",
      async (c) => {
        merged(c);
        return { "redis-url": "redis://127.0.0.1:9/0" };
      },
      "Kill switch off",
      /Redis could not be read .*fail closed/,
      async () => {},
    ],
    [
      "lock held by hand",
      async (c) => {
        merged(c);
        await redisCli(redis, [
          "SET",
          "deploy:lock",
          '{"kind":"manual","actor":"ops","reason":"db maintenance"}',
        ]);
        return {};
      },
      "Deploy lock acquired",
      /taken by hand by ops/,
      async () => void (await redisCli(redis, ["DEL", "deploy:lock"])),
    ],
    [
      "two Alembic heads",
      async (c) => {
        merged(c);
        project.checkout({
          ...c,
          migrations: [
            ...c.migrations,
            { revision: "0003b", down: "0002", upgrade: "pass", downgrade: "pass" },
          ],
        });
        return {};
      },
      "Alembic has exactly one head",
      /2 heads: .*merge them first/,
      async () => project.checkout(B),
    ],
  ];
  for (const [name, arrange, row, evidence, undo] of gates) {
    it(`refuses on its own and changes nothing: ${name}`, async () => {
      const c: Commit = {
        sha: createHash("sha1").update(name).digest("hex"),
        mode: "ok",
        migrations: [M1, M2, M3],
      };
      project.checkout(c);
      const count = gh.state.deployments.length;
      try {
        const extra = await arrange(c);
        const lockBefore = await redisCli(redis, ["GET", "deploy:lock"]);
        const r = await run("deploy", { ...deployInputs, ...extra }, c.sha);
        expect(r.outputs.status, r.summary).toBe("refused");
        expect(r.exitCode).not.toBe(0);
        const line = r.summary
          .split("\n")
          .find((l) => l.includes(row.replace(/[()]/g, (m) => `\\${m}`)) && l.includes("❌"));
        expect(line, r.summary).toMatch(evidence);
        expect(gh.state.deployments.length).toBe(count);
        expect(dbRevision()).toBe("0003");
        expect(await runningTags()).toEqual(tags(B));
        expect(await redisCli(redis, ["GET", "deploy:lock"])).toBe(lockBefore);
      } finally {
        await undo();
        project.checkout(B);
      }
    });
  }

  it("a failed migration: nothing restarted, the database at the revision before, the deployment failure", async () => {
    const F: Commit = {
      sha: createHash("sha1").update("F").digest("hex"),
      mode: "ok",
      migrations: [
        M1,
        M2,
        M3,
        { revision: "0004", down: "0003", upgrade: `op.execute("THIS IS NOT SQL")`, downgrade: "pass" },
      ],
    };
    const r = await deployCommit(F);
    expect(r.outputs.status, r.summary).toBe("failure");
    expect(r.exitCode).not.toBe(0);
    expect(dbRevision()).toBe("0003");
    expect(r.outputs["db-revision"]).toBe("0003");
    expect(await runningTags()).toEqual(tags(B));
    expect(deployment(r.outputs["deployment-id"]).latest).toBe("failure");
    expect(r.summary).toMatch(/migration failed: .*syntax error/);
    expect(r.summary).toContain("database at 0003 \\(unchanged\\); services untouched");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
    project.checkout(B);
  });

  it("cancelled during its migration: the migration finishes, nothing restarts, the deployment is error, the lock is released", async () => {
    project.checkout(D);
    merged(D);
    const r = await runAction({
      ...options("deploy", deployInputs, D.sha),
      signalOn: { signal: "SIGTERM", stdout: /▶ alembic upgrade head/ },
    });
    expect(r.outputs.status, r.stdout).toBe("cancelled");
    expect(r.exitCode).not.toBe(0);
    expect(dbRevision()).toBe("0004");
    expect(await runningTags()).toEqual(tags(B));
    expect(deployment(r.outputs["deployment-id"]).latest).toBe("error");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
    expect(r.summary).toContain("Deploy cancelled");
    expect(r.summary).toContain("database at 0004; services untouched \\(still 2222222");
  });

  it("killed outright mid-deploy: the post step releases the lock it held and closes the deployment", async () => {
    project.checkout(E);
    merged(E);
    const { main, post } = await runWithPost({
      ...options("deploy", { ...deployInputs, "backup-command": "sleep 5" }, E.sha),
      signalOn: { signal: "SIGKILL", stdout: /▶ database backup/ },
    });
    expect(main.signal).toBe("SIGKILL");
    expect(main.state["lock-value"]).toBeTruthy();
    const id = main.state["deployment-id"];
    expect(id).toBeTruthy();
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain("released the deploy lock the main step left behind");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
    expect(deployment(id).latest).toBe("error");
    expect(dbRevision()).toBe("0004");
    expect(await runningTags()).toEqual(tags(B));
  });

  it("a bad release (health 500) is rolled back automatically to the previous images and the recorded revision", async () => {
    const r = await deployCommit(C);
    expect(r.outputs.status, r.summary).toBe("rolled-back");
    expect(r.exitCode).not.toBe(0);
    expect(dbRevision()).toBe("0003");
    expect(await runningTags()).toEqual(tags(B));
    expect(await redisCli(redis, ["GET", "cb:state"])).toBe("TRIPPED");
    const bad = deployment(r.outputs["deployment-id"]);
    expect(bad.latest).toBe("failure");
    // The faulty mark is its latest status, the cause first.
    // (cut at 140 characters: the cause survives, the run link may not)
    expect(bad.statuses[0]?.description).toMatch(/^faulty: \w+ \/\S* answered 500 \(expected 200\)/);
    expect((bad.statuses[0]?.description ?? "").length).toBeLessThanOrEqual(140);
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.rollback).toMatchObject({
      ok: true,
      breakerTripped: true,
      plan: { dbTarget: "0003", migrationsToUndo: ["0004"] },
    });
    expect(deployment(String(report.rollback.deploymentId)).latest).toBe("success");
    expect(r.outputs["incident-path"]).toMatch(
      /^docs\/INCIDENTS\/\d{4}-\d\d-\d\d-rollback-3333333-[a-z]+-cgi-bin-health/,
    );
    expect(r.summary).toContain("### Rollback complete");
    expect(r.summary).toContain("Incident report");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });

  it("a manual rollback after the release with two migrations: refusals change nothing, then the recorded revision (not -1)", async () => {
    // The incident is over; the newest code (C, with every migration file) is checked out, as the
    // rollback workflow does.
    project.checkout(C);
    await redisCli(redis, ["MSET", "cb:state", "OPEN"]);
    const rollbackInputs = { reason: "orders stuck after release 2222222", "lock-wait": "5s" };

    const minusOne = await run(
      "rollback",
      { ...rollbackInputs, "db-revision": "-1", "confirm-destructive": "true" },
      C.sha,
    );
    expect(minusOne.outputs.status).toBe("refused");
    expect(minusOne.summary).toMatch(/2 migrations lie between .*use db-revision: recorded \\\(= 0001\\\)/);

    const destructive = await run("rollback", rollbackInputs, C.sha);
    expect(destructive.outputs.status).toBe("refused");
    expect(destructive.summary).toContain("drop\\_table fills");
    expect(dbRevision()).toBe("0003");
    expect(await runningTags()).toEqual(tags(B));

    const dry = await run(
      "rollback",
      { ...rollbackInputs, "dry-run": "true", "confirm-destructive": "true" },
      C.sha,
    );
    expect(dry.outputs.status).toBe("dry-run");
    expect(dry.outputs.version).toBe(A.sha);

    const r = await run("rollback", { ...rollbackInputs, "confirm-destructive": "true" }, C.sha);
    expect(r.outputs.status, r.summary).toBe("success");
    expect(r.exitCode).toBe(0);
    expect(r.outputs["db-revision"]).toBe("0001");
    expect(dbRevision()).toBe("0001");
    expect(await runningTags()).toEqual(tags(A));
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.plan).toMatchObject({ dbTarget: "0001", migrationsToUndo: ["0003", "0002"] });
    const rb = deployment(r.outputs["deployment-id"]);
    expect(rb.d.sha).toBe(A.sha);
    expect(rb.latest).toBe("success");
    expect(r.summary).toMatch(/^## ✅ Rolled back: 2222222 → 1111111/);
    expect(r.summary).toContain("- [x] Database at the target revision — alembic current = 0001");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });

  it("two deploys at once: one deploys, the other waits for the lock, then is refused — never both", async () => {
    const H: Commit = {
      sha: createHash("sha1").update("H").digest("hex"),
      mode: "ok",
      migrations: [M1, M2, M3, M4],
    };
    project.checkout(H);
    merged(H);
    const count = gh.state.deployments.length;
    const results = await Promise.all([
      run("deploy", { ...deployInputs, "lock-wait": "2s" }, H.sha),
      run("deploy", { ...deployInputs, "lock-wait": "2s" }, H.sha),
    ]);
    expect(results.map((r) => r.outputs.status).sort()).toEqual(["refused", "success"]);
    const loser = results.find((r) => r.outputs.status === "refused");
    expect(loser?.summary).toMatch(/Deploy lock acquired — .*held by deploy run/);
    expect(gh.state.deployments.length).toBe(count + 1);
    expect(await runningTags()).toEqual(tags(H));
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });

  it("the restart button restarts one service under the lock, verifies it and records it in the audit stream", async () => {
    const ids = async () =>
      (
        await docker.ok([
          "ps",
          "-q",
          "--filter",
          `label=com.docker.compose.service=gateway`,
          "--filter",
          `label=com.docker.compose.project=${project.project}`,
        ])
      ).trim();
    const before = await docker.ok(["inspect", "--format", "{{.State.StartedAt}}", await ids()]);
    const r = await run("deploy", { restart: "gateway", reason: "gateway stuck on a socket" }, C.sha);
    expect(r.outputs.status, r.summary).toBe("success");
    expect(r.summary).toContain("- [x] Restarted gateway");
    const after = await docker.ok(["inspect", "--format", "{{.State.StartedAt}}", await ids()]);
    expect(after).not.toBe(before);
    expect(await redisCli(redis, ["XREVRANGE", "ops:audit", "+", "-", "COUNT", "1"])).toContain(
      "gateway stuck on a socket",
    );
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });

  it("rollback targets: a deployment id with db-revision none, then a short sha with the recorded revision", async () => {
    const reason = { reason: "targets", "confirm-destructive": "true" };
    const bDeploy = gh.state.deployments.find((d) => d.sha === B.sha && d.task === "deploy");
    const byId = await run(
      "rollback",
      { ...reason, target: String(bDeploy?.id), "db-revision": "none" },
      C.sha,
    );
    expect(byId.outputs.status, byId.summary).toBe("success");
    expect(await runningTags()).toEqual(tags(B));
    expect(dbRevision()).toBe("0004");
    expect(byId.summary).toContain("stays at 0004 while the target release was recorded at 0003");

    const bySha = await run("rollback", { ...reason, target: A.sha.slice(0, 7) }, C.sha);
    expect(bySha.outputs.status, bySha.summary).toBe("success");
    expect(await runningTags()).toEqual(tags(A));
    expect(dbRevision()).toBe("0001");
  });

  it("refuses a target whose images are gone, changing nothing", async () => {
    await docker.ok(["image", "rm", `opsrel-gateway:${B.sha}`]);
    const count = gh.state.deployments.length;
    const r = await run("rollback", { reason: "images gone", target: B.sha, "db-revision": "none" }, C.sha);
    expect(r.outputs.status).toBe("refused");
    expect(r.summary).toContain(`images are no longer on this host: opsrel-gateway:${B.sha}`);
    expect(gh.state.deployments.length).toBe(count);
    expect(await runningTags()).toEqual(tags(A));
  });

  it("a target unhealthy after the rollback fails loudly, trips the breaker, and the report says so", async () => {
    await redisCli(redis, ["SET", "cb:state", "OPEN"]);
    const r = await run(
      "rollback",
      { reason: "try C again", target: C.sha, "db-revision": "none", "incident-report": "file" },
      C.sha,
    );
    expect(r.outputs.status, r.summary).toBe("failure");
    expect(r.exitCode).not.toBe(0);
    expect(r.summary).toMatch(/^## ❌ rollback failed|## ❌ Rollback FAILED/m);
    expect(r.summary).toContain("restored release is unhealthy");
    expect(await redisCli(redis, ["GET", "cb:state"])).toBe("TRIPPED");
    expect(deployment(r.outputs["deployment-id"]).latest).toBe("failure");
    expect(r.summary).toContain("rollback FAILED — production needs a human now");
    const file = r.outputs["incident-path"] ?? "";
    expect(file).toMatch(/\/docs\/INCIDENTS\/\d{4}-\d\d-\d\d-rollback-[0-9a-f]{7}-try-c-again\.md$/);
    expect(readFileSync(file, "utf8")).toContain("## Post-rollback actions");
  });
});
