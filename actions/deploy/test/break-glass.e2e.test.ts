// Break glass at the host, end to end. The demo's history is played with the COMMITTED bundles (deploy
// 1111111, deploy 2222222, the bad 3333333 rolled back automatically) against examples/stack on the
// test's private dockerd (docker-compose v1), a real redis-server, the real alembic on SQLite and the
// GitHub API emulator; every record also lands in the host's release mirror. Then GitHub goes away — the
// emulator is stopped — and on-call works at the terminal with `ops` (the committed bundle cli/dist/ops.js
// under Node 24, a child process with a timeout): `ops rollback --to last-good` restores the last good
// release from the mirror (its images, its recorded revision), `ops deploy` refuses without --break-glass
// and deploys with it.
// The emulator comes back on the same URL with the same state: `ops releases sync` writes both records to
// the Deployments API (statuses in order, the faulty mark; every call checked against GitHub's OpenAPI
// description) and a second sync writes nothing; `ops releases --json` lists what the emulator lists.

import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { testDocker } from "@ops/testkit/docker";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { node24, REPO_ROOT, runAction } from "@ops/testkit/runner";
import {
  type Commit,
  mergeCommit,
  type ProductionHost,
  productionHost,
  pushEvent,
  QUICK_RELEASE_INPUTS,
  RELEASE_A,
  RELEASE_B,
  RELEASE_C,
} from "@ops/testkit/scenario";
import { SERVICES } from "@ops/testkit/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Three deploys with image builds on a shared 2-core machine: the first test gets 15 minutes.
const docker = testDocker();
let gh: GitHubEmulator;
let redis: RedisServer;
let host: ProductionHost;
const TOKEN = "ghs_breakglass0000000000000000000000000";

const releaseInputs = () => ({
  ...host.inputs,
  ...QUICK_RELEASE_INPUTS,
  "redis-url": redis.url,
  "incident-report": "file",
});

async function deployWithAction(commit: Commit) {
  await host.checkout(commit);
  mergeCommit(gh, commit);
  const r = await runAction({
    action: "deploy",
    inputs: releaseInputs(),
    env: {
      ...gh.env(),
      ...host.env,
      GITHUB_SHA: commit.sha,
      GITHUB_REF: "refs/heads/master",
      GITHUB_WORKFLOW: "Deploy",
    },
    event: pushEvent(commit),
    eventName: "push",
    workspace: host.dir,
    timeoutMs: 240_000,
  });
  if (!r.outputs.status) throw new Error(`no status output\n${r.stdout}\n${r.stderr}`);
  return r;
}

interface OpsResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** `ops …` as on-call runs it on the host: the host's settings in OPS_* variables, GitHub's in GITHUB_*. */
function ops(args: string[], timeoutMs = 240_000): Promise<OpsResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/root",
    USER: "oncall",
    ...host.env,
    GITHUB_TOKEN: TOKEN,
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_API_URL: gh.url,
    OPS_REDIS_URL: redis.url,
  };
  for (const [name, value] of Object.entries({ ...releaseInputs(), "redis-url": redis.url }))
    env[`OPS_${name.replace(/-/g, "_").toUpperCase()}`] = value;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [join(REPO_ROOT, "cli/dist/ops.js"), ...args], {
      cwd: host.dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const tagsOf = (commit: Commit) =>
  Object.fromEntries(SERVICES.map((s) => [s, `${host.prefix}/${s}:${commit.sha}`]));

function emulatorReleases() {
  return gh.state
    .deploymentsIn("production")
    .map((d) => {
      const statuses = gh.state.statusesOfDeployment(d.id);
      const decisive = statuses.find((s) => s.state !== "inactive");
      return {
        id: d.id,
        sha: d.sha,
        outcome: decisive?.state ?? "none",
        faulty: statuses.some((s) => s.description.startsWith("faulty:")),
      };
    })
    .sort((a, b) => b.id - a.id);
}

beforeAll(async () => {
  [gh, redis, host] = await Promise.all([startGitHubEmulator(), startRedis(), productionHost(docker)]);
  await redisCli(redis, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
});

afterAll(async () => {
  await Promise.all([gh?.stop(), redis?.stop(), host?.teardown()]);
});

describe("break glass at the host: the release mirror, ops rollback/deploy without GitHub, sync", () => {
  it("the demo's history (committed bundles) is mirrored on the host, and `ops releases --json` lists what the emulator lists", async () => {
    for (const commit of [RELEASE_A, RELEASE_B]) {
      const r = await deployWithAction(commit);
      expect(r.outputs.status, r.summary).toBe("success");
    }
    const bad = await deployWithAction(RELEASE_C);
    expect(bad.outputs.status, bad.summary).toBe("rolled-back");
    expect(await host.dbRevision()).toBe("0004");

    // Both copies of the mirror hold every record.
    const file = join(host.dir, ".ops", "releases.jsonl");
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines.every((l) => JSON.parse(l).v === 1)).toBe(true);
    expect(Number(await redisCli(redis, ["XLEN", "ops:releases"]))).toBe(lines.length);

    const listed = await ops(["releases", "--json"]);
    expect(listed.code, listed.stderr).toBe(0);
    const out = JSON.parse(listed.stdout);
    expect(out.source).toBe("github");
    const mine = out.releases.map(
      (r: { id: number; sha: string; outcome: string; faulty: string | null }) => ({
        id: r.id,
        sha: r.sha,
        outcome: r.outcome,
        faulty: r.faulty !== null,
      }),
    );
    expect(mine).toEqual(emulatorReleases());
    expect(out.releases).toHaveLength(4);
    // After the automatic rollback the host runs 2222222 again, under the rollback's record.
    const current = out.releases.find((r: { current: boolean }) => r.current);
    expect(current).toMatchObject({ kind: "rollback", sha: RELEASE_B.sha, dbRevision: "0004" });
    expect(out.releases.find((r: { lastGood: boolean }) => r.lastGood)).toMatchObject({
      kind: "deploy",
      sha: RELEASE_A.sha,
      dbRevision: "0003",
    });
    for (const r of out.releases)
      expect(Object.values(r.images).every((i) => (i as { present: boolean }).present)).toBe(true);

    const table = await ops(["releases"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("from GitHub Deployments");
    expect(table.stdout).toMatch(/▶ current\s+#\d+\s+rollback/);
    expect(table.stdout).toMatch(/✔ last good\s+#\d+\s+deploy\s+1111111/);
  }, 900_000);

  let port = 0;
  let before: ReturnType<typeof emulatorReleases> = [];

  it("GitHub down: `ops rollback --to last-good` restores the last good release from the mirror — images and recorded revision", async () => {
    port = Number(new URL(gh.url).port);
    before = emulatorReleases();
    await gh.stop();

    const reason = "orders stuck after 2222222";
    // The same safety as the button: undoing 0004 drops the fills table, so it asks first.
    const plan = await ops(["rollback", "--to", "last-good", "--reason", reason, "--dry-run"]);
    expect(plan.code, plan.stderr).toBe(1);
    expect(plan.stdout).toContain("Release history from the host's mirror, not GitHub");
    expect(plan.stdout).toContain("drop_table fills");
    expect(plan.stderr).toMatch(/GitHub did not answer \(.*ECONNREFUSED/);
    expect(await host.runningImages()).toEqual(tagsOf(RELEASE_B));

    const r = await ops([
      "rollback",
      "--to",
      "last-good",
      "--reason",
      reason,
      "--confirm-destructive",
      "true",
    ]);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(await host.runningImages()).toEqual(tagsOf(RELEASE_A));
    expect(await host.dbRevision()).toBe("0003");
    // Live progress with durations, the note, the summary file and the incident report.
    expect(r.stderr).toMatch(/▶ alembic downgrade 0003/);
    expect(r.stderr).toMatch(/✔ alembic downgrade 0003 \([\d.]+m?s\)/);
    expect(r.stderr).toContain("GitHub did not answer");
    expect(r.stdout).toMatch(/✔ Database at the target revision/);
    const summaryFile = /summary written to (.+\.md)/.exec(r.stderr)?.[1];
    expect(summaryFile && readFileSync(summaryFile, "utf8")).toContain(
      "Release history from the host's mirror",
    );
    const incident = /incident report: (.+\.md)/.exec(r.stderr)?.[1];
    expect(incident && readFileSync(incident, "utf8")).toContain("Release history from the host's mirror");
  }, 600_000);

  it("GitHub down: `ops deploy` refuses on the gates only GitHub answers; --break-glass skips exactly those, says so, audits it, deploys", async () => {
    await host.checkout(RELEASE_B);
    await redisCli(redis, ["SET", "cb:state", "OPEN"]);
    const refused = await ops(["deploy", RELEASE_B.sha]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/✘ CI passed on the commit — could not be checked: GitHub did not answer/);
    expect(refused.ms).toBeLessThan(60_000);
    expect(await host.runningImages()).toEqual(tagsOf(RELEASE_A));

    // The plan first: every gate evaluated, nothing changed, nothing audited.
    const auditBefore = await redisCli(redis, ["XLEN", "ops:audit"]);
    const plan = await ops(["deploy", RELEASE_B.sha, "--break-glass", "--dry-run"]);
    expect(plan.code, `${plan.stdout}\n${plan.stderr}`).toBe(0);
    expect(plan.stdout).toContain("Deploy dry run");
    expect(plan.stdout).toMatch(/– CI passed on the commit — skipped: break glass/);
    expect(plan.stdout).toMatch(/pending: 0004/);
    expect(await redisCli(redis, ["XLEN", "ops:audit"])).toBe(auditBefore);
    expect(await host.runningImages()).toEqual(tagsOf(RELEASE_A));

    const r = await ops(["deploy", RELEASE_B.sha, "--break-glass"]);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain("Break glass");
    for (const gate of ["Merged pull request with an approving review", "CI passed on the commit"])
      expect(r.stdout).toMatch(new RegExp(`– ${gate} — skipped: break glass: GitHub did not answer`));
    expect(r.stdout).toMatch(/✔ Kill switch off/);
    expect(r.stdout).toMatch(/✔ Circuit breaker OPEN/);
    expect(await host.runningImages()).toEqual(tagsOf(RELEASE_B));
    expect(await host.dbRevision()).toBe("0004");
    const audit = await redisCli(redis, ["XREVRANGE", "ops:audit", "+", "-", "COUNT", "20"]);
    expect(audit).toContain("break-glass");
  }, 600_000);

  it("GitHub back: `ops releases sync` writes both records to the Deployments API once (OpenAPI-checked); a second sync writes nothing", async () => {
    const old = gh;
    gh = await startGitHubEmulator({ port, state: old.state });
    expect(emulatorReleases()).toEqual(before);

    const s = await ops(["releases", "sync"]);
    expect(s.code, `${s.stdout}\n${s.stderr}`).toBe(0);
    const after = emulatorReleases();
    expect(after).toHaveLength(before.length + 2);
    const [deployB, rollbackA] = after;
    expect(rollbackA).toMatchObject({ sha: RELEASE_A.sha, outcome: "success" });
    expect(deployB).toMatchObject({ sha: RELEASE_B.sha, outcome: "success", faulty: false });
    // Statuses in the order they happened on the host.
    const states = (id: number) =>
      gh.state
        .statusesOfDeployment(id)
        .map((x) => x.state)
        .reverse();
    expect(states(rollbackA?.id ?? 0)).toEqual(["in_progress", "success", "inactive"]);
    expect(states(deployB?.id ?? 0)).toEqual(["in_progress", "success"]);
    // The release rolled back at the terminal (the automatic rollback's record of 2222222) is marked faulty.
    const previousCurrent = before.find((d) => d.sha === RELEASE_B.sha && !d.faulty);
    expect(after.find((d) => d.id === previousCurrent?.id)?.faulty).toBe(true);
    const payload = gh.state.deployments.find((d) => d.id === deployB?.id)?.payload as Record<
      string,
      unknown
    >;
    expect(payload).toMatchObject({ schema: 1, kind: "deploy", sha: RELEASE_B.sha });
    expect(typeof payload.recordId).toBe("string");
    expect(gh.conformance()).toEqual([]);

    const posts = gh.apiCalls().filter((c) => c.method === "POST").length;
    const again = await ops(["releases", "sync"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nothing to sync");
    expect(gh.apiCalls().filter((c) => c.method === "POST").length).toBe(posts);
    expect(emulatorReleases()).toEqual(after);

    const listed = JSON.parse((await ops(["releases", "--json"])).stdout);
    expect(
      listed.releases.map((r: { id: number; sha: string; outcome: string; faulty: string | null }) => ({
        id: r.id,
        sha: r.sha,
        outcome: r.outcome,
        faulty: r.faulty !== null,
      })),
    ).toEqual(after);
    expect(listed.releases[0]).toMatchObject({ current: true, sha: RELEASE_B.sha, synced: true });
  }, 600_000);

  it("records made while GitHub is down are written by the next action run on its own (a dry-run deploy), once", async () => {
    const before2 = emulatorReleases();
    await gh.stop();
    const r = await ops([
      "rollback",
      "--reason",
      "second outage: fills double-counted",
      "--confirm-destructive",
      "true",
    ]);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(await host.runningImages()).toEqual(tagsOf(RELEASE_A));
    expect(await host.dbRevision()).toBe("0003");

    gh = await startGitHubEmulator({ port, state: gh.state });
    const dry = await runAction({
      action: "deploy",
      inputs: { ...releaseInputs(), "dry-run": "true" },
      env: { ...gh.env(), ...host.env, GITHUB_SHA: RELEASE_B.sha, GITHUB_WORKFLOW: "Deploy" },
      event: pushEvent(RELEASE_B),
      eventName: "push",
      workspace: host.dir,
      timeoutMs: 120_000,
    });
    expect(dry.outputs.status, dry.summary).toBe("dry-run");
    expect(dry.stdout).toMatch(/release sync: created deployment #\d+ for 1111111/);
    const after2 = emulatorReleases();
    expect(after2).toHaveLength(before2.length + 1);
    expect(after2[0]).toMatchObject({ sha: RELEASE_A.sha, outcome: "success", faulty: false });
    // The break-glass deploy of 2222222, rolled back at the terminal, is marked faulty on GitHub now.
    expect(after2.find((d) => d.id === before2[0]?.id)).toMatchObject({ sha: RELEASE_B.sha, faulty: true });
    expect(gh.conformance()).toEqual([]);
    const again = await ops(["releases", "sync"]);
    expect(again.stdout).toContain("nothing to sync");
  }, 600_000);
});
