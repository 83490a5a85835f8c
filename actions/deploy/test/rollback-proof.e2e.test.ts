// End to end, the rollback's remaining issue points, on their own production history (own compose
// project, own commits and image tags, own Redis and GitHub API emulator; the same private dockerd):
// the COMMITTED bundles (actions/deploy/dist, actions/rollback/dist) run by the runner harness under
// Node 24, a real compose stack, real redis-server, real alembic on SQLite, and a real local HTTP server
// as the Slack-compatible webhook. In order: no good deployment to return to (refused, nothing changed);
// a downgrade that raises (stopped before the services, the database revision reported, breaker
// tripped); the incident report as a pull request plus the hotfix branch and the team notified; a
// webhook answering 500, then one that never answers: reported loudly, the rollback stands.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { testDocker } from "@ops/testkit/docker";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { type RunActionResult, runAction } from "@ops/testkit/runner";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Commit, type Migration, makeProject, type Project, SERVICES } from "./project.js";

const docker = testDocker();
let gh: GitHubEmulator;
let redis: RedisServer;
let project: Project;

const sha = (name: string) => createHash("sha1").update(`rollback-proof ${name}`).digest("hex");
const short = (s: string) => s.slice(0, 7);
const table = (name: string) => `op.create_table("${name}", sa.Column("id", sa.Integer, primary_key=True))`;
const M1: Migration = {
  revision: "0001",
  down: null,
  upgrade: table("orders"),
  downgrade: `op.drop_table("orders")`,
};
const M2: Migration = {
  revision: "0002",
  down: "0001",
  upgrade: table("fills"),
  downgrade: `op.drop_table("fills")`,
};
const M3: Migration = {
  revision: "0003",
  down: "0002",
  upgrade: table("notes"),
  downgrade: `op.drop_table("notes")`,
};
/** 0003 whose downgrade raises: the first step of the rollback's downgrade fails. */
const M3_RAISES: Migration = {
  ...M3,
  downgrade: `raise RuntimeError("0003 cannot be undone: notes were backfilled")`,
};
/** 0002 whose downgrade raises. */
const M2_RAISES: Migration = {
  ...M2,
  downgrade: `raise RuntimeError("0002 cannot be undone: fills were backfilled")`,
};
const TRANSACTION_PER_MIGRATION_ENV = `from alembic import context
from sqlalchemy import engine_from_config, event, pool
config = context.config
connectable = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool)

@event.listens_for(connectable, "connect")
def _connect(dbapi_connection, record):
    dbapi_connection.isolation_level = None

@event.listens_for(connectable, "begin")
def _begin(conn):
    conn.exec_driver_sql("BEGIN")

with connectable.connect() as connection:
    context.configure(connection=connection, target_metadata=None, transactional_ddl=True, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()
`;
const A: Commit = { sha: sha("A"), mode: "ok", migrations: [M1] };
const B: Commit = { sha: sha("B"), mode: "ok", migrations: [M1, M2, M3_RAISES] };
/** The same release with the downgrade fixed (the checkout the next rollback runs from). */
const B_FIXED: Commit = { ...B, migrations: [M1, M2, M3] };

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

async function run(
  action: "deploy" | "rollback",
  inputs: Record<string, string>,
  headSha: string,
): Promise<RunActionResult> {
  const result = await runAction({
    action,
    inputs: {
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
      ...inputs,
    },
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
  });
  if (!result.outputs.status) throw new Error(`no status output\n${result.stdout}\n${result.stderr}`);
  return result;
}

async function deployCommit(commit: Commit): Promise<RunActionResult> {
  project.checkout(commit);
  merged(commit);
  const r = await run(
    "deploy",
    { watch: "0s", "pre-deploy-baseline": "false", "ci-timeout": "0s" },
    commit.sha,
  );
  expect(r.outputs.status, r.summary).toBe("success");
  return r;
}

/** The database's tables, read with sqlite3 from Python (the same driver Alembic uses). */
function tablesOf(): string[] {
  const out = execFileSync(
    "/usr/bin/python3",
    [
      "-c",
      "import sqlite3,sys; print('\\n'.join(r[0] for r in sqlite3.connect(sys.argv[1]).execute(\"select name from sqlite_master where type='table' order by name\")))",
      join(project.dir, "db", "app.db"),
    ],
    { encoding: "utf8" },
  );
  return out.trim().split("\n").filter(Boolean);
}

function dbRevision(): string {
  return (
    execFileSync("alembic", ["current"], { cwd: join(project.dir, "db"), encoding: "utf8" })
      .trim()
      .split(" ")[0] ?? ""
  );
}

/** Each running container of the project: id, image and start time, sorted. */
async function containers(): Promise<string[]> {
  const ids = (
    await docker.ok(["ps", "-q", "--filter", `label=com.docker.compose.project=${project.project}`])
  )
    .trim()
    .split("\n")
    .filter(Boolean);
  if (ids.length === 0) return [];
  const out = await docker.ok([
    "inspect",
    "--format",
    "{{.Id}} {{.Config.Image}} {{.State.StartedAt}}",
    ...ids,
  ]);
  return out.trim().split("\n").sort();
}

const tags = (c: Commit) => SERVICES.map((s) => `opsrel-${s}:${c.sha}`).sort();
const runningTags = async () => (await containers()).map((l) => l.split(" ")[1] ?? "").sort();

function latestStatus(id: string | undefined) {
  const d = gh.state.deployments.find((x) => String(x.id) === id);
  if (!d) throw new Error(`no deployment ${id}`);
  return gh.state.statusesOfDeployment(d.id)[0];
}

interface Hook {
  url: string;
  received: Array<{ method: string; contentType: string | undefined; body: string }>;
  close(): Promise<void>;
}

/** A Slack-compatible incoming webhook on 127.0.0.1: answers 200 "ok", 500, or never. */
async function webhook(mode: "ok" | "500" | "hang"): Promise<Hook> {
  const received: Hook["received"] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        contentType: req.headers["content-type"],
        body: Buffer.concat(chunks).toString("utf8"),
      });
      if (mode === "hang") return;
      res.writeHead(mode === "ok" ? 200 : 500, { "content-type": "text/plain" });
      res.end(mode === "ok" ? "ok" : "internal_error");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services/T000/B000/XXXX`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const hooks: Hook[] = [];
afterEach(async () => {
  await Promise.all(hooks.splice(0).map((h) => h.close()));
});

beforeAll(async () => {
  let made: Project;
  [gh, redis, made] = await Promise.all([startGitHubEmulator(), startRedis(), makeProject(docker.host)]);
  // Its own compose project, whatever the other e2e files in this run use.
  project = { ...made, project: `rbproof${process.pid}` };
  await redisCli(redis, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
});

afterAll(async () => {
  const ids = project
    ? (await docker.ok(["ps", "-aq", "--filter", `label=com.docker.compose.project=${project.project}`]))
        .trim()
        .split("\n")
        .filter(Boolean)
    : [];
  await Promise.all([
    gh?.stop(),
    redis?.stop(),
    ids.length > 0 ? docker.run(["rm", "-f", ...ids]) : undefined,
  ]);
  project?.remove();
});

describe("rollback proofs, committed bundles, real Docker + Redis + Alembic + webhook, GitHub emulator", () => {
  it("no good deployment to return to: refused, nothing changed", async () => {
    await deployCommit(A);
    const before = await containers();
    const count = gh.state.deployments.length;
    const r = await run(
      "rollback",
      { reason: "first release looks wrong", "confirm-destructive": "true" },
      A.sha,
    );
    expect(r.outputs.status, r.summary).toBe("refused");
    expect(r.exitCode).not.toBe(0);
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.refusals).toEqual([
      expect.stringMatching(
        new RegExp(
          `^no good deployment older than the current one \\(#\\d+, ${short(A.sha)}\\) in production: nothing to roll back to$`,
        ),
      ),
    ]);
    expect(report.deploymentId).toBeNull();
    expect(r.summary).toMatch(/^## ⛔ rollback refused/);
    expect(r.summary).toContain("in production: nothing to roll back to. nothing was changed.");
    expect(gh.state.deployments.length).toBe(count);
    expect(await containers()).toEqual(before);
    expect(dbRevision()).toBe("0001");
    expect(await redisCli(redis, ["GET", "cb:state"])).toBe("OPEN");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });

  it("a failing downgrade stops before the services are touched and reports the revision the database is at", async () => {
    await deployCommit(B);
    expect(dbRevision()).toBe("0003");
    const before = await containers();
    expect(before.map((l) => l.split(" ")[1]).sort()).toEqual(tags(B));
    const r = await run(
      "rollback",
      { reason: "orders stuck after the release", "confirm-destructive": "true" },
      B.sha,
    );
    expect(r.outputs.status, r.summary).toBe("failure");
    expect(r.exitCode).not.toBe(0);
    // The database: 0003's downgrade raised on the first step, so it is still at 0003.
    expect(dbRevision()).toBe("0003");
    expect(r.outputs["db-revision"]).toBe("0003");
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.database).toBe("0003");
    expect(report.breakerTripped).toBe(true);
    expect(report.plan).toMatchObject({ dbTarget: "0001", migrationsToUndo: ["0003", "0002"] });
    // The services: same containers (ids, images, start times).
    expect(await containers()).toEqual(before);
    expect(report.timeline).toContainEqual(
      expect.objectContaining({ name: "alembic downgrade 0001", outcome: "failed" }),
    );
    expect(report.timeline.map((s: { name: string }) => s.name)).not.toContainEqual(
      expect.stringMatching(/^start /),
    );
    expect(r.summary).toMatch(/^## ❌/);
    const stateNow = `the database is at 0003; services were not touched (still running ${short(B.sha)}).`;
    expect(report.stateNow).toBe(stateNow);
    expect(r.summary).toContain(stateNow.replace(/[()]/g, (m) => `\\${m}`));
    expect(r.summary).toMatch(
      /- \[ \] ❌ Database at the target revision — downgrade failed; database at 0003/,
    );
    expect(r.summary).toContain("0003 cannot be undone: notes were backfilled");
    expect(await redisCli(redis, ["GET", "cb:state"])).toBe("TRIPPED");
    expect(latestStatus(r.outputs["deployment-id"])?.state).toBe("failure");
    expect(latestStatus(r.outputs["deployment-id"])?.description).toContain("the database is at 0003");
    // B was declared bad, but it was not rolled back: its record must not say it was.
    const bDeployment = gh.state.deployments.find((d) => d.sha === B.sha);
    expect(latestStatus(String(bDeployment?.id))).toMatchObject({
      state: "failure",
      description: "faulty: orders stuck after the release; the rollback by run 4242 failed",
    });
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });

  it("incident report as a pull request, the hotfix branch at the faulty commit, the team notified by webhook", async () => {
    // The downgrade fixed in the checkout; the breaker reset by a person.
    project.checkout(B_FIXED);
    await redisCli(redis, ["SET", "cb:state", "OPEN"]);
    const hook = await webhook("ok");
    hooks.push(hook);
    const reason = "orders stuck after the release";
    const r = await run(
      "rollback",
      {
        reason,
        "confirm-destructive": "true",
        "incident-report": "pr",
        "create-hotfix-branch": "true",
        "notify-webhook": hook.url,
      },
      B.sha,
    );
    expect(r.outputs.status, r.summary).toBe("success");
    expect(r.exitCode).toBe(0);
    expect(dbRevision()).toBe("0001");
    expect(await runningTags()).toEqual(tags(A));

    const report = JSON.parse(r.outputs.report ?? "{}");
    const path = r.outputs["incident-path"] ?? "";
    expect(path).toMatch(/^docs\/INCIDENTS\/\d{4}-\d\d-\d\d-rollback-[0-9a-f]{7}-orders-stuck[a-z-]*\.md$/);
    const slug = path.replace(/^docs\/INCIDENTS\/\d{4}-\d\d-\d\d-/, "").replace(/\.md$/, "");
    const repo = gh.state.repo();
    // The report committed on a new branch, off master, with a pull request into master.
    const branch = `incident/${slug}`;
    expect(repo.branches.has(branch)).toBe(true);
    expect(repo.branches.get(branch)).not.toBe(repo.branches.get("master"));
    const file = repo.files.get(`${branch}:${path}`);
    expect(file?.content).toContain(reason);
    expect(file?.content).toContain("## Post-rollback actions");
    expect(repo.files.has(`master:${path}`)).toBe(false);
    const pr = gh.state.pulls.find((p) => p.headRef === branch);
    expect(pr).toMatchObject({ state: "open", merged: false, baseRef: "master" });
    expect(report.incident.pullRequest).toContain(`/pull/${pr?.number}`);
    // evidence is shown as text: autolinks are broken with a zero-width space (safe-text)
    expect(r.summary.replace(/\u200b/g, "")).toContain(`\\(PR ${report.incident.pullRequest}\\)`);
    expect(file?.content).toContain(`<code>hotfix/${slug}</code> created at the faulty commit`);

    // The hotfix branch at the faulty commit, created through the API.
    expect(report.incident.hotfixBranch).toBe(`hotfix/${slug}`);
    expect(repo.branches.get(`hotfix/${slug}`)).toBe(B.sha);
    expect(report.complete).toContainEqual({
      label: `Hotfix branch hotfix/${slug}`,
      ok: true,
      evidence: null,
    });
    expect(gh.calls.some((c) => c.method === "POST" && /\/git\/refs$/.test(c.path) && c.status === 201)).toBe(
      true,
    );

    // One Slack-compatible POST: what, why, who, links.
    expect(hook.received).toHaveLength(1);
    const [post] = hook.received;
    expect(post?.method).toBe("POST");
    expect(post?.contentType).toBe("application/json");
    const { text } = JSON.parse(post?.body ?? "{}") as { text: string };
    expect(text).toContain(`Rolled back production: ${short(B.sha)} → ${short(A.sha)}`);
    expect(text).toContain(`Why: ${reason}`);
    expect(text).toContain(`by ${r.env.GITHUB_ACTOR}`);
    expect(text).toContain(`/actions/runs/${r.env.GITHUB_RUN_ID}`);
    expect(report.complete).toContainEqual({ label: "Team notified", ok: true, evidence: null });
    expect(r.summary).toContain("- [x] Team notified");
    // The webhook URL is a credential: masked before anything could print it, and printed nowhere else.
    const printed = r.stdout.split("\n").filter((l) => l.includes(hook.url));
    expect(printed).toEqual([`::add-mask::${hook.url}`]);
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });

  const failingHooks: Array<["500" | "hang", RegExp]> = [
    ["500", /notify the team failed: the notify webhook answered 500/],
    ["hang", /notify the team failed: .*(timeout|aborted)/i],
  ];
  for (const [mode, warning] of failingHooks) {
    it(`a webhook that ${mode === "500" ? "answers 500" : "never answers"} is reported loudly and does not undo the rollback`, async () => {
      const next: Commit = { ...B_FIXED, sha: sha(`B-${mode}`) };
      await deployCommit(next);
      expect(dbRevision()).toBe("0003");
      const hook = await webhook(mode);
      hooks.push(hook);
      const r = await run(
        "rollback",
        { reason: `webhook ${mode}`, "confirm-destructive": "true", "notify-webhook": hook.url },
        next.sha,
      );
      expect(r.outputs.status, r.summary).toBe("success");
      expect(r.exitCode).toBe(0);
      expect(await runningTags()).toEqual(tags(A));
      expect(dbRevision()).toBe("0001");
      expect(latestStatus(r.outputs["deployment-id"])?.state).toBe("success");
      expect(hook.received).toHaveLength(1);
      const annotation = r.stdout.split("\n").find((l) => l.startsWith("::warning") && warning.test(l));
      expect(annotation, r.stdout).toBeTruthy();
      expect(r.summary).toContain("- [ ] ❌ Team notified");
      const report = JSON.parse(r.outputs.report ?? "{}");
      expect(report.complete).toContainEqual(expect.objectContaining({ label: "Team notified", ok: false }));
      expect(await redisCli(redis, ["GET", "cb:state"])).toBe("OPEN");
    });
  }

  it("a downgrade failing half-way (one migration undone, the next raises) reports the revision in between", async () => {
    // Truly transactional DDL on SQLite (pysqlite's own transaction handling off) with one transaction
    // per migration: 0003's downgrade commits, 0002's raises and is rolled back, so the database ends at
    // 0002 — neither where it started nor the target. (With project.ts's env.py, pysqlite commits DDL
    // on its own: a failing downgrade then leaves earlier steps' DDL applied while alembic_version is
    // rolled back, so `alembic current` would not tell the truth.)
    writeFileSync(join(project.dir, "db", "migrations", "env.py"), TRANSACTION_PER_MIGRATION_ENV);
    const G: Commit = { sha: sha("G"), mode: "ok", migrations: [M1, M2_RAISES, M3] };
    await deployCommit(G);
    expect(dbRevision()).toBe("0003");
    expect(tablesOf()).toEqual(["alembic_version", "fills", "notes", "orders"]);
    const before = await containers();
    const r = await run("rollback", { reason: "half-way", "confirm-destructive": "true" }, G.sha);
    expect(r.outputs.status, r.summary).toBe("failure");
    expect(r.exitCode).not.toBe(0);
    expect(dbRevision()).toBe("0002");
    expect(tablesOf()).toEqual(["alembic_version", "fills", "orders"]);
    expect(r.outputs["db-revision"]).toBe("0002");
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.plan).toMatchObject({ dbTarget: "0001", migrationsToUndo: ["0003", "0002"] });
    expect(report.database).toBe("0002");
    expect(report.stateNow).toBe(
      `the database is at 0002; services were not touched (still running ${short(G.sha)}).`,
    );
    expect(r.summary).toMatch(
      /- \[ \] ❌ Database at the target revision — downgrade failed; database at 0002/,
    );
    expect(await containers()).toEqual(before);
    expect(await redisCli(redis, ["GET", "cb:state"])).toBe("TRIPPED");
    expect(latestStatus(r.outputs["deployment-id"])?.description).toContain("the database is at 0002");
    expect(await redisCli(redis, ["EXISTS", "deploy:lock"])).toBe("0");
  });
});
