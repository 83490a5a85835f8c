import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TransientError } from "../action/errors.js";
import { World } from "./__fixtures__/world.js";
import { type DeployInputs, deploy } from "./deploy.js";
import { effectiveState } from "./history.js";
import { fileBackend, type MirrorBackend, mergeEntries, parseLines, ReleaseMirror } from "./mirror.js";
import { githubProbe, mirroredGitHub } from "./mirrored-github.js";
import type { ReleaseDeps, ReleaseGitHub } from "./ports.js";
import { parseRecord } from "./record.js";
import { type RollbackInputs, rollback } from "./rollback.js";
import { syncMirror } from "./sync.js";

const A = "aaaaaaa000000000000000000000000000000001";
const B = "bbbbbbb000000000000000000000000000000002";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mirror-test-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An in-memory copy standing in for the Redis stream (the e2e uses a real redis-server). */
function memoryBackend(name = "memory"): MirrorBackend & { data: string[]; broken: boolean } {
  const b = {
    name,
    data: [] as string[],
    broken: false,
    async append(line: string) {
      if (b.broken) throw new Error("Connection is closed.");
      b.data.push(line);
    },
    async lines() {
      if (b.broken) throw new Error("Connection is closed.");
      return [...b.data];
    },
  };
  return b;
}

/** World's GitHub, switchable off: calls fail as the client fails when GitHub does not answer. */
function switchable(w: World): { github: ReleaseGitHub; down: boolean; calls: string[] } {
  const inner = w.deps().github;
  const box = { down: false, calls: [] as string[], github: {} as ReleaseGitHub };
  const guard =
    <A extends unknown[], R>(name: string, fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      if (box.down) throw new TransientError(`GitHub API ${name} failed: connect ECONNREFUSED 127.0.0.1:1`);
      box.calls.push(name);
      return fn(...a);
    };
  box.github = {
    listDeployments: guard("list", inner.listDeployments),
    createDeployment: guard("create", inner.createDeployment),
    setDeploymentStatus: guard("status", inner.setDeploymentStatus),
    branchHead: guard("head", inner.branchHead),
    pullRequestForCommit: guard("pr", inner.pullRequestForCommit),
    commitChecks: guard("checks", inner.commitChecks),
    createBranch: guard("branch", inner.createBranch),
    proposeFile: guard("propose", inner.proposeFile),
  };
  return box;
}

function rollbackInputs(): RollbackInputs {
  return {
    environment: "production",
    target: { kind: "last-good" },
    dbRevision: { kind: "recorded" },
    dbOnly: false,
    reason: "orders failing after B",
    dryRun: false,
    confirmDestructive: false,
    integrityCommand: undefined,
    strategy: "down-up",
    lockWaitMs: 0,
    lockTtlMs: 600_000,
    createHotfixBranch: false,
    incident: { kind: "summary" },
    run: { runUrl: "", actor: "oncall@host (ops)", repository: "o/r" },
    logTailLines: 50,
  };
}

describe("the JSON-lines copy", () => {
  it("skips a torn last line and never glues the next entry to it", async () => {
    const path = join(dir, ".ops", "releases.jsonl");
    const file = fileBackend(path);
    const mirror = new ReleaseMirror([file]);
    await mirror.append({ type: "linked", key: "rec-1", githubId: 5 });
    // A crash in the middle of a write leaves half a line.
    await appendFile(path, '{"v":1,"eid":"zz","at":"2026-');
    await mirror.append({ type: "linked", key: "rec-2", githubId: 6 });
    const text = await readFile(path, "utf8");
    const { entries, skipped } = parseLines(text.split("\n"));
    expect(skipped).toBe(1);
    expect(entries.map((e) => e.key)).toEqual(["rec-1", "rec-2"]);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("reads nothing (not an error) before the first record", async () => {
    expect(await fileBackend(join(dir, "none.jsonl")).lines()).toEqual([]);
  });
});

describe("two copies", () => {
  it("are merged by entry id: either one alone still gives the whole history", async () => {
    const path = join(dir, "releases.jsonl");
    const redis = memoryBackend();
    const mirror = new ReleaseMirror([fileBackend(path), redis]);
    await mirror.append({
      type: "deployment",
      key: "rec-a",
      localId: -1,
      environment: "production",
      sha: A,
      description: "deploy",
      payload: { schema: 1 },
    });
    await mirror.append({
      type: "status",
      key: "rec-a",
      sid: "s1",
      state: "success",
      description: "ok",
      logUrl: "",
      environment: "production",
    });
    const both = await mirror.read();
    expect(both.deployments).toHaveLength(1);
    expect(both.deployments[0]?.statuses.map((s) => s.state)).toEqual(["success"]);

    redis.broken = true;
    expect((await mirror.read()).deployments[0]?.statuses).toHaveLength(1);
    redis.broken = false;
    await writeFile(path, "");
    expect((await mirror.read()).deployments[0]?.statuses).toHaveLength(1);
  });

  it("a write is lost only when no copy takes it", async () => {
    const a = memoryBackend("a");
    const b = memoryBackend("b");
    const mirror = new ReleaseMirror([a, b]);
    a.broken = true;
    await mirror.append({ type: "linked", key: "k", githubId: 1 });
    expect(b.data).toHaveLength(1);
    b.broken = true;
    await expect(mirror.append({ type: "linked", key: "k", githubId: 2 })).rejects.toThrow(
      /could not be written/,
    );
  });

  it("merging keeps each entry once, in order", () => {
    const { entries } = parseLines([
      JSON.stringify({ v: 1, eid: "002", at: "t", type: "linked", key: "x", githubId: 2 }),
      JSON.stringify({ v: 1, eid: "001", at: "t", type: "linked", key: "x", githubId: 1 }),
    ]);
    expect(mergeEntries(entries, entries).map((e) => e.eid)).toEqual(["001", "002"]);
  });
});

describe("GitHub behind the mirror, with the engines' World", () => {
  /** A (good, 0002) then B (0004) running: the history GitHub had, mirrored by an earlier listing. */
  async function setUp() {
    const w = new World();
    w.seedRelease(A, { db: "0002", before: "0001" });
    w.graph.push(
      { revision: "0003", downRevisions: ["0002"], file: "0003.py", destructiveDowngrade: [] },
      { revision: "0004", downRevisions: ["0003"], file: "0004.py", destructiveDowngrade: [] },
    );
    w.seedRelease(B, { db: "0004", before: "0002", applied: ["0003", "0004"] });
    w.db = "0004";
    const gh = switchable(w);
    const redis = memoryBackend();
    const mirror = new ReleaseMirror([fileBackend(join(dir, "releases.jsonl")), redis], w.logger);
    const make = (probe: () => Promise<void>) =>
      mirroredGitHub({ inner: gh.github, mirror, probe, logger: w.logger, environment: "production" });
    // An earlier run (GitHub up) read the history: the mirror now holds it.
    await make(async () => undefined).listDeployments("production");
    return { w, gh, mirror, redis, make };
  }

  it("GitHub down: the rollback engine resolves last good from the mirror, restores it, and records it on the host only", async () => {
    const { w, gh, mirror, make } = await setUp();
    gh.down = true;
    const github = make(async () => {
      throw new TransientError("GitHub API GET /repos/{owner}/{repo} failed: timed out");
    });
    const deps: ReleaseDeps = { ...w.deps(), github };
    const r = await rollback(rollbackInputs(), deps);
    expect(r.status, r.message).toBe("success");
    expect(w.running).toBe(A);
    expect(w.db).toBe("0002");
    expect(github.history()).toMatchObject({ source: "mirror", reason: expect.stringMatching(/timed out/) });
    expect(r.deploymentId).toBeLessThan(0);
    // GitHub got nothing; the mirror has the rollback and B's faulty mark, not yet synced.
    expect(w.deployments).toHaveLength(2);
    const mirrored = (await mirror.read()).deployments;
    const local = mirrored.find((d) => d.githubId === undefined);
    expect(parseRecord(local?.payload)).toMatchObject({ kind: "rollback", sha: A });
    expect(local?.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);
    const bOnHost = mirrored.find((d) => d.sha === B);
    expect(bOnHost?.statuses.filter((s) => !s.synced).map((s) => s.description)).toEqual([
      expect.stringMatching(/^faulty: /),
    ]);
    // What only GitHub can answer fails at once, with the reason.
    await expect(github.commitChecks(B)).rejects.toThrow(/GitHub did not answer .*timed out/);
  });

  it("sync writes the records made while down once, statuses in order; a crash between create and mark does not duplicate; the next run syncs on its own", async () => {
    const { w, gh, mirror, make } = await setUp();
    gh.down = true;
    const down = make(async () => {
      throw new TransientError("connect ECONNREFUSED");
    });
    await rollback(rollbackInputs(), { ...w.deps(), github: down });
    gh.down = false;

    // Crash simulation: GitHub got the deployment (with its recordId), the mirror never got `linked`.
    const local = (await mirror.read()).deployments.find((d) => d.githubId === undefined);
    await gh.github.createDeployment({
      sha: local?.sha ?? "",
      environment: "production",
      payload: local?.payload as object,
      description: local?.description ?? "",
    });
    const creates = gh.calls.filter((c) => c === "create").length;

    // The next action run: the decorator reconciles on first contact.
    const next = make(async () => undefined);
    const history = await next.listDeployments("production");
    expect(gh.calls.filter((c) => c === "create").length).toBe(creates);
    expect(next.history().sync?.linked).toHaveLength(1);
    expect(w.deployments).toHaveLength(3);
    const rolledBack = w.deployments.find((d) => parseRecord(d.payload)?.kind === "rollback");
    expect(w.statusOf(rolledBack?.id ?? 0).map((s) => s.state)).toEqual(["success", "in_progress"]);
    const b = w.deployments.find((d) => d.sha === B);
    expect(effectiveState(b as NonNullable<typeof b>)).toBe("failure");
    expect(b?.statuses[0]?.description).toMatch(/^faulty: /);
    expect(history.map((d) => d.id).every((id) => id > 0)).toBe(true);

    // And again: nothing to write.
    const posts = gh.calls.filter((c) => c === "create" || c === "status").length;
    const report = await syncMirror(gh.github, mirror, { environment: "production" });
    expect(report).toMatchObject({ created: [], linked: [], statuses: [], errors: [] });
    expect(gh.calls.filter((c) => c === "create" || c === "status").length).toBe(posts);
  });

  it("a status GitHub already has (crash after the post) is marked, not posted again", async () => {
    const { w, gh, mirror, make } = await setUp();
    gh.down = true;
    await rollback(rollbackInputs(), {
      ...w.deps(),
      github: make(async () => {
        throw new TransientError("down");
      }),
    });
    gh.down = false;
    const bHost = (await mirror.read()).deployments.find((d) => d.sha === B);
    const faulty = bHost?.statuses.find((s) => !s.synced);
    await gh.github.setDeploymentStatus(bHost?.githubId ?? 0, {
      state: "failure",
      description: faulty?.description ?? "",
      logUrl: "",
      environment: "production",
    });
    const report = await syncMirror(gh.github, mirror, { environment: "production" });
    expect(report.alreadyThere).toBe(1);
    const b = w.deployments.find((d) => d.sha === B);
    expect(b?.statuses.filter((s) => s.description.startsWith("faulty:"))).toHaveLength(1);
  });
});

describe("the probe", () => {
  it("is bounded: a GitHub that accepts the connection and never answers is 'did not answer', not a hang", async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      const probe = githubProbe({
        token: "t",
        apiUrl: `http://127.0.0.1:${port}`,
        repository: "o/r",
        timeoutMs: 300,
      });
      await expect(probe()).rejects.toThrow(/did not answer \(probe bounded to 300 ms\): timed out/);
    } finally {
      server.close();
    }
  });
});

describe("break glass with the deploy engine", () => {
  const NEW = "c0ffee0000000000000000000000000000000002";
  const deployInputs = (): DeployInputs => ({
    sha: NEW,
    branch: "master",
    environment: "production",
    requireApproval: true,
    requiredChecks: [],
    ignoreChecks: ["deploy"],
    ciTimeoutMs: 60_000,
    ciPollMs: 10_000,
    migrationsCheck: "migrations-tested",
    version: NEW,
    lockWaitMs: 0,
    lockTtlMs: 600_000,
    backupCommand: undefined,
    strategy: "down-up",
    keepReleases: 5,
    baseline: false,
    watchMs: 0,
    watchIntervalMs: 10_000,
    logErrorPattern: /ERROR/,
    logTailLines: 50,
    onFailure: "rollback",
    dryRun: false,
    incident: { kind: "summary" },
    run: { runUrl: "", actor: "oncall@host (ops)", repository: "o/r" },
  });

  async function downWorld() {
    const w = new World();
    w.seedRelease(A, { db: "0002", before: "0001" });
    w.graph.push({ revision: "0003", downRevisions: ["0002"], file: "0003.py", destructiveDowngrade: [] });
    const gh = switchable(w);
    const mirror = new ReleaseMirror([memoryBackend()], w.logger);
    const up = mirroredGitHub({
      inner: gh.github,
      mirror,
      probe: async () => undefined,
      logger: w.logger,
      environment: "production",
    });
    await up.listDeployments("production");
    gh.down = true;
    const github = mirroredGitHub({
      inner: gh.github,
      mirror,
      probe: async () => {
        throw new TransientError("connect ECONNREFUSED");
      },
      logger: w.logger,
      environment: "production",
    });
    return { w, github, mirror };
  }

  it("without it, the gates only GitHub answers fail closed and nothing changes", async () => {
    const { w, github } = await downWorld();
    const r = await deploy(deployInputs(), { ...w.deps(), github });
    expect(r.status).toBe("refused");
    for (const id of ["branch-head", "pr-approved", "ci-green"])
      expect(r.gates.find((g) => g.id === id)).toMatchObject({
        ok: false,
        evidence: expect.stringMatching(/could not be checked: GitHub did not answer/),
      });
    expect(w.running).toBe(A);
  });

  it("with it, exactly those are skipped (not passed), every other gate still decides, and the deploy runs on the mirror", async () => {
    const { w, github, mirror } = await downWorld();
    const why = "break glass: GitHub did not answer (connect ECONNREFUSED)";
    const skipGates = { ids: ["branch-head", "pr-approved", "ci-green", "migrations-tested"], why };
    const r = await deploy(deployInputs(), { ...w.deps(), github, skipGates });
    expect(r.status, r.message).toBe("success");
    expect(
      r.gates.filter((g) => g.ok === undefined && g.evidence === `skipped: ${why}`).map((g) => g.id),
    ).toEqual(skipGates.ids);
    expect(r.gates.find((g) => g.id === "rollback-plan")?.ok).toBe(true);
    expect(w.running).toBe(NEW);
    expect(r.deploymentId).toBeLessThan(0);
    const local = (await mirror.read()).deployments.find((d) => d.sha === NEW);
    expect(local?.statuses.map((s) => s.state)).toEqual(["in_progress", "success"]);

    // The breaker still decides: tripped, the same break-glass deploy is refused.
    const again = await downWorld();
    again.w.redis.breaker = "TRIPPED";
    const refused = await deploy(deployInputs(), { ...again.w.deps(), github: again.github, skipGates });
    expect(refused.status).toBe("refused");
    expect(refused.gates.find((g) => g.id === "breaker")?.ok).toBe(false);
  });
});
