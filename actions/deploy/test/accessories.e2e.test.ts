// End to end, deploy and rollback on a stack shaped like a real team's (issue 10, points 1, 2, 6, 7, 9):
// examples/stack's TWO compose files (`compose.base.yml` the release services with the required-variable
// form `${RELEASE_VERSION:?…}`, `compose.prod.yml` the accessories with pinned images): `redis:7.2` — a
// container of the same compose project running the host's real redis-server, with an ACL'd user, in which
// the deploy lock, `cb:state` and the kill switch live — and `acme/ledger-adapter:3.2.1`, a stateful
// service whose named volume holds a ledger file. The COMMITTED deploy and rollback bundles run under the
// runner harness on the test's private dockerd (docker-compose v1, host networking), the real alembic
// (SQLite) and the GitHub API emulator. RELEASE_VERSION is never in the actions' environment: every
// compose call the actions make must set it themselves. One production history, in order: a first deploy
// (down-up); a release whose orchestrator answers 500, failing fast and rolled back automatically
// (recreate); the same fault with down-up; a good release (recreate) and the rollback button (down-up);
// another good release and the rollback button (recreate). Across all of it the accessories keep their
// container and start time, the ledger file its content, Redis its keys.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exec, testDocker } from "@ops/testkit/docker";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { freePorts } from "@ops/testkit/net";
import { commandsOf, type RunActionResult, runAction } from "@ops/testkit/runner";
import { portVariable, SERVICES, STACK_DIR } from "@ops/testkit/stack";
import {
  ACCESSORIES,
  BASE_FILE,
  ensureAccessoryImages,
  LEDGER_IMAGE,
  PROD_FILE,
  REDIS_IMAGE,
} from "@ops/testkit/stack-accessories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const docker = testDocker();
let gh: GitHubEmulator;
let dir: string;
let env: Record<string, string | undefined>;
let endpoints: string;
let redisPort: number;
const password = "s3cret-ops";
const project = `acc${process.pid}`;
const prefix = `ops-acc-${process.pid}`;

const sha = (name: string) => createHash("sha1").update(`accessories ${name}`).digest("hex");
/** The good first release (the example stack's migrations 0001–0003). */
const A = sha("A");
/** The orchestrator answers 500 on every /health (VARIANT=health500); brings 0004. */
const B = sha("B health500");
/** The same fault, deployed with down-up (the automatic rollback then uses down-up too). */
const B2 = sha("B2 health500");
/** A good release bringing 0004. */
const C = sha("C good");
/** Another good release bringing 0004 (for the rollback button with recreate). */
const D = sha("D good");

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

const redisUrl = () => `redis://ops:${password}@127.0.0.1:${redisPort}`;

/** The inputs a team with this stack gives both actions. */
function hostInputs(): Record<string, string> {
  return {
    "working-directory": dir,
    "redis-url": redisUrl(),
    // Two compose files, as `-f compose.base.yml -f compose.prod.yml`.
    "compose-file": `${BASE_FILE}\n${PROD_FILE}`,
    "compose-project": project,
    "compose-command": "docker-compose",
    // redis is recognised (pinned image, no build); ledger is named.
    accessories: "ledger",
    endpoints,
    "expect-json": "status=ok",
    successes: "1",
    samples: "3",
    observe: "1s",
    "lock-wait": "5s",
    "incident-report": "file",
  };
}

async function run(
  action: "deploy" | "rollback",
  commit: string,
  inputs: Record<string, string>,
  buildEnv: Record<string, string> = {},
): Promise<RunActionResult> {
  if (action === "deploy") merged(commit);
  const result = await runAction({
    action,
    inputs: { ...hostInputs(), ...inputs },
    env: {
      ...gh.env(),
      ...env,
      ...buildEnv,
      GITHUB_SHA: commit,
      GITHUB_WORKFLOW: action === "deploy" ? "Deploy" : "Rollback",
    },
    event: { repository: { default_branch: "master" } },
    eventName: action === "deploy" ? "push" : "workflow_dispatch",
    workspace: dir,
    timeoutMs: 240_000,
  });
  if (!result.outputs.status) throw new Error(`no status output\n${result.stdout}\n${result.stderr}`);
  return result;
}

const deployInputs = {
  "ci-timeout": "0s",
  "pre-deploy-baseline": "false",
  watch: "2s",
  "watch-interval": "1s",
};

/** docker-compose on the two files, as the test (not the action) runs it: it sets RELEASE_VERSION itself. */
function compose(args: string[], extra: Record<string, string | undefined> = {}) {
  return exec("docker-compose", ["-p", project, "-f", BASE_FILE, "-f", PROD_FILE, ...args], {
    cwd: dir,
    env: { ...process.env, ...env, ...extra } as NodeJS.ProcessEnv,
    timeoutMs: 120_000,
  });
}

async function containerOf(service: string): Promise<string> {
  const ids = (
    await docker.ok([
      "ps",
      "-aq",
      "--filter",
      `label=com.docker.compose.project=${project}`,
      "--filter",
      `label=com.docker.compose.service=${service}`,
    ])
  )
    .trim()
    .split("\n")
    .filter(Boolean);
  if (ids.length !== 1) throw new Error(`${service}: ${ids.length} containers`);
  return ids[0] as string;
}

interface Fingerprint {
  id: string;
  startedAt: string;
  running: boolean;
  health: string;
}

async function accessoriesNow(): Promise<Record<string, Fingerprint>> {
  const out: Record<string, Fingerprint> = {};
  for (const service of ACCESSORIES) {
    const [id, startedAt, running, health] = (
      await docker.ok([
        "inspect",
        "--format",
        "{{.Id}} {{.State.StartedAt}} {{.State.Running}} {{.State.Health.Status}}",
        await containerOf(service),
      ])
    )
      .trim()
      .split(" ");
    out[service] = {
      id: id ?? "",
      startedAt: startedAt ?? "",
      running: running === "true",
      health: health ?? "",
    };
  }
  return out;
}

const ledgerFile = async () =>
  (await docker.ok(["exec", await containerOf("ledger"), "cat", "/var/lib/ledger/ledger.txt"])).trim();

async function redisCli(args: string[]): Promise<string> {
  const r = await exec(
    "redis-cli",
    [
      "-h",
      "127.0.0.1",
      "-p",
      String(redisPort),
      "--user",
      "ops",
      "--pass",
      password,
      "--no-auth-warning",
      ...args,
    ],
    { timeoutMs: 10_000 },
  );
  if (r.code !== 0) throw new Error(`redis-cli ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

async function runningTags(): Promise<string[]> {
  const tags: string[] = [];
  for (const s of SERVICES) {
    tags.push((await docker.ok(["inspect", "--format", "{{.Config.Image}}", await containerOf(s)])).trim());
  }
  return tags.sort();
}
const tags = (commit: string) => SERVICES.map((s) => `${prefix}/${s}:${commit}`).sort();

function dbRevision(): string {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  return (
    execFileSync("alembic", ["current"], { cwd: join(dir, "db"), encoding: "utf8", env: clean })
      .trim()
      .split(" ")[0] ?? ""
  );
}

function statuses(id: string | undefined) {
  const d = gh.state.deployments.find((x) => String(x.id) === id);
  if (!d) throw new Error(`no deployment ${id}`);
  return gh.state.statusesOfDeployment(d.id);
}

interface Report {
  message: string;
  gates: Array<{ id: string; ok: boolean | null; evidence: string }>;
  complete: Array<{ label: string; ok: boolean | null; evidence: string | null }>;
  timeline: Array<{ name: string; durationMs: number }>;
  rollback: { complete: Array<{ label: string; ok: boolean | null }> };
}

let before: Record<string, Fingerprint>;
let ledger: string;

/** What every run must leave as it found it: the accessories, the ledger file, Redis' own keys. */
async function expectAccessoriesUntouched(): Promise<void> {
  expect(await accessoriesNow()).toEqual(before);
  expect(await ledgerFile()).toBe(ledger);
  expect(await redisCli(["GET", "team:note"])).toBe("kept across releases");
  expect(await redisCli(["GET", "killswitch:active"])).toBe("false");
  expect(await redisCli(["EXISTS", "deploy:lock"])).toBe("0");
}

beforeAll(async () => {
  gh = await startGitHubEmulator();
  await ensureAccessoryImages(docker);
  dir = mkdtempSync(join(tmpdir(), "accessories-e2e-"));
  for (const f of [BASE_FILE, PROD_FILE]) cpSync(join(STACK_DIR, f), join(dir, f));
  cpSync(join(STACK_DIR, "service"), join(dir, "service"), { recursive: true });
  cpSync(join(STACK_DIR, "db"), join(dir, "db"), {
    recursive: true,
    filter: (src) => !src.includes("__pycache__") && !src.endsWith(".db"),
  });
  const ports = await freePorts(SERVICES.length + 2);
  redisPort = ports[SERVICES.length] as number;
  env = {
    DOCKER_HOST: docker.host,
    DOCKER_BUILDKIT: "0",
    COMPOSE_DOCKER_CLI_BUILD: "0",
    STACK_IMAGE_PREFIX: prefix,
    HEALTHCHECK_INTERVAL: "1s",
    REDIS_PORT: String(redisPort),
    LEDGER_PORT: String(ports[SERVICES.length + 1]),
    REDIS_PASSWORD: password,
    DATABASE_URL: undefined,
    // Never given to the actions: they must set it for every compose call.
    RELEASE_VERSION: undefined,
  };
  SERVICES.forEach((s, i) => {
    env[portVariable(s)] = String(ports[i]);
  });
  endpoints = SERVICES.map((s, i) => `${s}=http://127.0.0.1:${ports[i]}/health`).join("\n");

  // The required form is real: without the variable compose refuses the files outright.
  const bare = await compose(["config", "--services"]);
  expect(bare.code).not.toBe(0);
  expect(bare.stderr).toContain("set RELEASE_VERSION to the release's image tag");

  // The team's accessories are up before any release (the deploy never starts them).
  const up = await compose(["up", "-d", "--no-build", ...ACCESSORIES], { RELEASE_VERSION: "bootstrap" });
  if (up.code !== 0) throw new Error(`accessories did not start: ${up.stderr}`);
  for (let i = 0; ; i++) {
    const now = await accessoriesNow();
    if (Object.values(now).every((a) => a.running && a.health === "healthy")) break;
    if (i > 150) throw new Error(`accessories not healthy: ${JSON.stringify(now)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await redisCli([
    "MSET",
    "cb:state",
    "OPEN",
    "killswitch:active",
    "false",
    "team:note",
    "kept across releases",
  ]);
  before = await accessoriesNow();
  ledger = await ledgerFile();
  expect(ledger).toMatch(/^opened \d{4}-\d\d-\d\dT/);
});

afterAll(async () => {
  if (dir) {
    await compose(["down", "-v", "--remove-orphans", "-t", "1"], { RELEASE_VERSION: "teardown" }).catch(
      () => undefined,
    );
    const images = (await docker.ok(["images", "--format", "{{.Repository}}:{{.Tag}}"]))
      .split("\n")
      .filter((l) => l.startsWith(`${prefix}/`));
    if (images.length > 0) await docker.run(["rmi", "-f", ...images], { timeoutMs: 60_000 });
    rmSync(dir, { recursive: true, force: true });
  }
  await gh?.stop();
});

describe("accessories (pinned Redis holding the lock, a ledger with a volume), two compose files, the required variable form: committed bundles on real Docker, Redis, Alembic", () => {
  it("a first deploy (down-up) restarts the release services only: accessories gated, untouched and ticked; the lock in the accessory Redis", async () => {
    checkout(false);
    const r = await run("deploy", A, { ...deployInputs, strategy: "down-up", timeout: "30s" });
    expect(r.outputs.status, r.summary).toBe("success");
    expect(await runningTags()).toEqual(tags(A));
    expect(dbRevision()).toBe("0003");
    // The plan says which services are accessories and why; the gate and the row are ticked.
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    const gate = report.gates.find((g) => g.id === "accessories");
    expect(gate?.ok).toBe(true);
    expect(gate?.evidence).toContain(
      `redis (redis:7.2; auto-detected: image redis:7.2 does not use $\{RELEASE_VERSION} and has no build): running, healthy`,
    );
    expect(gate?.evidence).toContain(`ledger (${LEDGER_IMAGE}; accessories input): running, healthy`);
    const row = report.complete.find((c) => c.label.startsWith("Accessories untouched"));
    expect(row?.ok).toBe(true);
    expect(row?.evidence).toMatch(/^ledger [0-9a-f]{12} since .*; redis [0-9a-f]{12} since /);
    expect(r.summary).toContain("- [x] Accessories running and healthy");
    // The lock lived in the accessory Redis the whole run: still ours when released.
    expect(r.summary).toContain("- [x] Deploy lock released");
    expect(r.summary).toContain("- [x] Accessories untouched");
    // Logs were read (compose ps + docker logs with the release's environment).
    expect(r.summary).toContain("- [x] Logs show no errors");
    await expectAccessoriesUntouched();
    expect(await redisCli(["GET", "cb:state"])).toBe("OPEN");
    // Pinned images are never retagged or pruned.
    const images = await docker.ok(["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    expect(images).toContain(REDIS_IMAGE);
    expect(images).toContain(LEDGER_IMAGE);
  });

  it("a release answering 500 fails fast (fail-fast-after, default inputs) and is rolled back (recreate); the cause first everywhere; accessories untouched", async () => {
    checkout(true);
    // Default timeout (60 s) and fail-fast-after (10 s).
    const r = await run(
      "deploy",
      B,
      { ...deployInputs, strategy: "recreate" },
      { ORCHESTRATOR_VARIANT: "health500" },
    );
    expect(r.outputs.status, r.summary).toBe("rolled-back");
    expect(await runningTags()).toEqual(tags(A));
    expect(dbRevision()).toBe("0003");
    const cause =
      /^orchestrator \/health answered 500 \(expected 200\) on every probe for 1\d(\.\d)? s, \d+ tries \(fail-fast-after 10 s\)/;
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    expect(report.message).toMatch(cause);
    expect(report.message).toMatch(new RegExp(`; rolled back to ${A.slice(0, 7)}$`));
    // Failed at fail-fast-after, not at the end of the 60 s timeout.
    const verify = report.timeline.find((s) => s.name === "verify health");
    expect(verify?.durationMs ?? 0).toBeLessThan(40_000);
    // The headline names the cause, with short shas; the error line too.
    const head = r.summary.split("\n")[0] ?? "";
    expect(head).toMatch(
      /^## .* Deploy rolled back: [0-9a-f]{7} — orchestrator \/health answered 500 \\\(expected 200\\\)/,
    );
    expect(head).not.toMatch(/[0-9a-f]{40}/);
    expect(commandsOf(r, "error")[0]?.data).toMatch(
      /^deploy: orchestrator \/health answered 500 \(expected 200\)/,
    );
    // The faulty mark is the bad deployment's latest status, the cause first, within 140 characters.
    const latest = statuses(r.outputs["deployment-id"])[0];
    expect(latest?.state).toBe("failure");
    expect(latest?.description).toMatch(/^faulty: orchestrator \/health answered 500 \(expected 200\)/);
    expect((latest?.description ?? "").length).toBeLessThanOrEqual(140);
    // The incident report: its reason is the cause; it asks to reset what was tripped (the breaker only).
    const incident = readFileSync(r.outputs["incident-path"] ?? "", "utf8");
    expect(incident).toMatch(/## Reason\n\norchestrator \/health answered 500 \\\(expected 200\\\)/);
    expect(incident).toContain(
      "- [ ] Reset the circuit breaker (this rollback tripped it: `cb:state` TRIPPED) once the fix is verified",
    );
    expect(incident).not.toMatch(/kill switch off/i);
    // Accessories: the row in the rollback's checklist, and the facts.
    expect(report.rollback.complete.find((c) => c.label.startsWith("Accessories untouched"))?.ok).toBe(true);
    await expectAccessoriesUntouched();
    // cb:state is in the accessory Redis: tripped by the rollback, not lost.
    expect(await redisCli(["GET", "cb:state"])).toBe("TRIPPED");
    expect(await redisCli(["GET", "cb:trip_reason"])).toMatch(
      /^automatic rollback: orchestrator \/health answered 500/,
    );
  });

  it("the same fault deployed with down-up: its automatic rollback (down-up) leaves the accessories untouched too", async () => {
    await redisCli(["SET", "cb:state", "OPEN"]);
    checkout(true);
    const r = await run(
      "deploy",
      B2,
      { ...deployInputs, strategy: "down-up" },
      { ORCHESTRATOR_VARIANT: "health500" },
    );
    expect(r.outputs.status, r.summary).toBe("rolled-back");
    expect(await runningTags()).toEqual(tags(A));
    const report = JSON.parse(r.outputs.report ?? "{}") as Report;
    expect(report.rollback.complete.find((c) => c.label.startsWith("Accessories untouched"))?.ok).toBe(true);
    await expectAccessoriesUntouched();
  });

  it("a good release, then the rollback button (down-up): back to A, accessories untouched", async () => {
    await redisCli(["SET", "cb:state", "OPEN"]);
    checkout(true);
    const c = await run("deploy", C, { ...deployInputs, strategy: "recreate", timeout: "30s" });
    expect(c.outputs.status, c.summary).toBe("success");
    expect(await runningTags()).toEqual(tags(C));
    expect(dbRevision()).toBe("0004");
    await expectAccessoriesUntouched();

    const r = await run("rollback", C, {
      reason: "orders stuck after C",
      "confirm-destructive": "true",
      strategy: "down-up",
      timeout: "30s",
    });
    expect(r.outputs.status, r.summary).toBe("success");
    expect(await runningTags()).toEqual(tags(A));
    expect(dbRevision()).toBe("0003");
    expect(r.summary).toContain("- [x] Accessories untouched");
    await expectAccessoriesUntouched();
    // The rollback button reads the breaker's state to say what to reset: nothing is tripped.
    const incident = readFileSync(r.outputs["incident-path"] ?? "", "utf8");
    expect(incident).toContain(
      "- [x] Nothing to reset: the circuit breaker is OPEN and the kill switch is off",
    );
  });

  it("another good release, then the rollback button with recreate: accessories untouched", async () => {
    checkout(true);
    const d = await run("deploy", D, { ...deployInputs, strategy: "down-up", timeout: "30s" });
    expect(d.outputs.status, d.summary).toBe("success");
    expect(await runningTags()).toEqual(tags(D));
    const r = await run("rollback", D, {
      reason: "fills missing after D",
      "confirm-destructive": "true",
      strategy: "recreate",
      timeout: "30s",
    });
    expect(r.outputs.status, r.summary).toBe("success");
    expect(await runningTags()).toEqual(tags(A));
    expect(r.summary).toContain("- [x] Accessories untouched");
    await expectAccessoriesUntouched();
  });
});
