import { describe, expect, it } from "vitest";
import { CancelledError } from "../action/errors.js";
import { broken, mig, pass, SERVICES, World } from "./__fixtures__/world.js";
import { type DeployInputs, deploy } from "./deploy.js";
import { effectiveState, lastKnownGood } from "./history.js";
import type { HealthReport } from "./ports.js";
import { parseRecord } from "./record.js";

const NEW = "c0ffee0000000000000000000000000000000002";
const OLD = "abcdef0000000000000000000000000000000001";

function inputs(over: Partial<DeployInputs> = {}): DeployInputs {
  return {
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
    logErrorPattern: /ERROR|Traceback/,
    logTailLines: 50,
    onFailure: "rollback",
    dryRun: false,
    incident: { kind: "summary" },
    run: { runUrl: "https://gh/o/r/actions/runs/42", actor: "carol", repository: "o/r" },
    ...over,
  };
}

/** Production running OLD at 0002; NEW brings 0003 and 0004. */
function world(): World {
  const w = new World();
  w.graph = [mig("0001", null), mig("0002", "0001")];
  w.seedRelease(OLD, { db: "0002", before: "0001", applied: ["0002"] });
  w.graph.push(mig("0003", "0002"), mig("0004", "0003", ["drop_table orders_archive"]));
  w.db = "0002";
  w.branchHead = NEW;
  w.checks = [
    { name: "test", state: "success" },
    { name: "migrations-tested", state: "success" },
    { name: "deploy", state: "pending" },
  ];
  return w;
}

/** What "changed nothing" means on the host and in the records. */
function snapshot(w: World) {
  return {
    deployments: JSON.stringify(w.deployments),
    db: w.db,
    running: w.running,
    lock: w.redis.lock,
    breaker: w.redis.breaker,
    upCalls: w.upCalls.length,
  };
}

describe("deploy", () => {
  it("deploys a good merge: images tagged by version, database at head, deployment success, lock released", async () => {
    const w = world();
    const old = w.deployments[0]?.id as number;
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("success");
    expect(w.db).toBe("0004");
    expect(w.running).toBe(NEW);
    expect(w.images.get(`app/signal:${NEW}`)).toBe(`sha256:signal-${NEW}`);
    expect(w.redis.lock).toBeUndefined();
    const id = r.deploymentId as number;
    expect(w.statusOf(id).map((s) => s.state)).toEqual(["success", "in_progress"]);
    expect(w.latest(old)).toBe("inactive");
    const record = parseRecord(w.deployments.find((d) => d.id === id)?.payload);
    expect(record).toMatchObject({
      kind: "deploy",
      sha: NEW,
      previousSha: OLD,
      alembic: { before: "0002", after: "0004", applied: ["0003", "0004"] },
      runUrl: "https://gh/o/r/actions/runs/42",
      actor: "carol",
    });
    expect(Object.keys(record?.images ?? {})).toEqual([...SERVICES]);
    expect(r.gates.every((g) => g.ok === true)).toBe(true);
    expect(r.complete.find((c) => c.label === "Metrics normal")?.ok).toBeUndefined();
    expect(r.complete.find((c) => c.label === "Deploy lock released")?.ok).toBe(true);
    // The old release is still a valid rollback target after being marked inactive.
    const good = lastKnownGood(w.deployments, { id, sha: NEW });
    expect(good?.deployment.id).toBe(old);
  });

  it("waits for pending CI up to the timeout and deploys when it turns green", async () => {
    const w = world();
    w.checks = [
      { name: "test", state: "pending" },
      { name: "migrations-tested", state: "success" },
    ];
    w.checksAfter = {
      atMs: w.now + 25_000,
      checks: [
        { name: "test", state: "success" },
        { name: "migrations-tested", state: "success" },
      ],
    };
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("success");
    expect(r.gates.find((g) => g.id === "ci-green")?.evidence).toMatch(/after waiting 30s/);
  });

  const refusals: Array<[string, (w: World) => void, string, RegExp]> = [
    [
      "CI red",
      (w) =>
        (w.checks = [
          { name: "test", state: "failure" },
          { name: "migrations-tested", state: "success" },
        ]),
      "ci-green",
      /failing: test/,
    ],
    [
      "CI pending past the timeout",
      (w) =>
        (w.checks = [
          { name: "test", state: "pending" },
          { name: "migrations-tested", state: "success" },
        ]),
      "ci-green",
      /still pending after 1m: test/,
    ],
    [
      "PR not approved",
      (w) => {
        if (w.pr) w.pr.approvedBy = [];
      },
      "pr-approved",
      /no approving review/,
    ],
    ["pushed without a PR", (w) => (w.pr = undefined), "pr-approved", /no merged pull request/],
    [
      "not the branch head",
      (w) => (w.branchHead = "ffff000000000000000000000000000000000000"),
      "branch-head",
      /is ffff000/,
    ],
    ["kill switch on", (w) => (w.redis.killSwitch = true), "kill-switch", /true/],
    ["breaker tripped", (w) => (w.redis.breaker = "TRIPPED"), "breaker", /TRIPPED/],
    ["breaker key missing", (w) => (w.redis.breaker = undefined), "breaker", /not set/],
    ["Redis down", (w) => (w.redis.down = true), "kill-switch", /fail closed/],
    ["two Alembic heads", (w) => w.graph.push(mig("0003b", "0002")), "alembic-head", /2 heads/],
    [
      "migrations not tested",
      (w) => (w.checks = [{ name: "test", state: "success" }]),
      "migrations-tested",
      /no migrations-tested check/,
    ],
    [
      "last good images gone",
      (w) => w.images.delete(`app/gateway:${OLD}`),
      "rollback-plan",
      /images are gone/,
    ],
  ];
  for (const [name, arrange, gate, evidence] of refusals) {
    it(`refuses and changes nothing: ${name}`, async () => {
      const w = world();
      arrange(w);
      const before = snapshot(w);
      const r = await deploy(inputs(), w.deps());
      expect(r.status).toBe("refused");
      const row = r.gates.find((g) => g.id === gate);
      expect(row?.ok).toBe(false);
      expect(row?.evidence).toMatch(evidence);
      expect(snapshot(w)).toEqual(before);
    });
  }

  it("refuses when the lock is held by another run, and leaves that lock alone", async () => {
    const w = world();
    w.redis.lock = "https://gh/o/r/actions/runs/41";
    const before = snapshot(w);
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("refused");
    expect(r.gates.find((g) => g.id === "lock")?.evidence).toMatch(/runs\/41/);
    expect(snapshot(w)).toEqual(before);
  });

  it("does not need the migrations check when the commit brings no migration", async () => {
    const w = world();
    w.graph = w.graph.slice(0, 2);
    w.checks = [{ name: "test", state: "success" }];
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("success");
    expect(r.gates.find((g) => g.id === "migrations-tested")?.evidence).toMatch(/no migration/);
  });

  it("a dry run evaluates every gate, lists the plan and changes nothing", async () => {
    const w = world();
    w.redis.killSwitch = true;
    const before = snapshot(w);
    const r = await deploy(inputs({ dryRun: true }), w.deps());
    expect(r.status).toBe("dry-run");
    expect(r.pendingMigrations).toEqual(["0003", "0004"]);
    expect(r.gates.map((g) => g.id)).toContain("rollback-plan");
    expect(r.gates.find((g) => g.id === "kill-switch")?.ok).toBe(false);
    expect(snapshot(w)).toEqual(before);
  });

  it("a failed migration restarts nothing, leaves the database at the revision before, and fails the deployment", async () => {
    const w = world();
    w.failUpgrade = true;
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("failure");
    expect(w.db).toBe("0002");
    expect(w.running).toBe(OLD);
    expect(w.upCalls).toEqual([]);
    expect(w.latest(r.deploymentId as number)).toBe("failure");
    expect(r.message).toMatch(/migration failed: .*OperationalError/);
    expect(r.stateNow).toMatch(/database at 0002 \(unchanged\); services untouched/);
    expect(w.redis.lock).toBeUndefined();
  });

  it("a failing backup command stops the deploy before the migrations", async () => {
    const w = world();
    w.backupOk = false;
    const r = await deploy(inputs({ backupCommand: ["pg_dump", "prod"] }), w.deps());
    expect(r.status).toBe("failure");
    expect(r.message).toMatch(/backup/);
    expect(w.db).toBe("0002");
    expect(w.running).toBe(OLD);
  });

  it("a bad release (health 500) rolls back automatically: previous images, recorded revision, breaker tripped, marked faulty, incident report", async () => {
    const w = world();
    const old = w.deployments[0]?.id as number;
    w.health[NEW] = broken("GET :8002/health 500 Internal Server Error");
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("rolled-back");
    expect(w.latest(old)).toBe("success");
    expect(w.running).toBe(OLD);
    expect(w.db).toBe("0002");
    expect(w.redis.breaker).toBe("TRIPPED");
    expect(w.tripReasons[0]).toMatch(/automatic rollback/);
    const faulty = w.statusOf(r.deploymentId as number);
    // The faulty mark is the bad deployment's latest status, the cause first.
    expect(faulty[0]).toEqual({
      state: "failure",
      description:
        "faulty: gateway /health answered 500 (expected 200), 12 tries in 15 s; rolled back by run 42",
    });
    expect(r.message).toBe(
      "gateway /health answered 500 (expected 200), 12 tries in 15 s; rolled back to abcdef0",
    );
    const rb = r.rollback;
    expect(rb?.ok).toBe(true);
    expect(effectiveState(w.deployments.find((d) => d.id === rb?.deploymentId) as never)).toBe("success");
    expect(rb?.incident?.path).toMatch(
      /^docs\/INCIDENTS\/2026-11-27-rollback-c0ffee0-gateway-health-answered/,
    );
    // It asks to reset what the automatic rollback tripped: the breaker, not the kill switch (off).
    expect(rb?.incident?.markdown).toContain(
      "- [ ] Reset the circuit breaker (this rollback tripped it: `cb:state` TRIPPED) once the fix is verified",
    );
    expect(rb?.incident?.markdown).not.toMatch(/kill switch off/);
    expect(rb?.incident?.markdown).toContain("GET :8002/health 500");
    expect(rb?.incident?.markdown).toContain(
      "Migrations undone (newest first): <code>0004</code>, <code>0003</code>",
    );
    expect(w.redis.lock).toBeUndefined();
    // The next last-good is still the old release, never the faulty one.
    const next = lastKnownGood(w.deployments, undefined);
    expect(next?.record.sha).toBe(OLD);
  });

  it("a crash loop and a >50% slowdown both roll back; 30% only warns", async () => {
    const cases: Array<[HealthReport, string]> = [
      [{ ...pass(), crashLooping: ["gateway"] }, "rolled-back"],
      [{ ...pass(), degradationPct: 75 }, "rolled-back"],
      [{ ...pass(), degradationPct: 30 }, "warning"],
    ];
    for (const [h, expected] of cases) {
      const w = world();
      w.health[NEW] = h;
      const r = await deploy(inputs({ baseline: true }), w.deps());
      expect(r.status).toBe(expected);
    }
  });

  it("catches a failure that shows up during the watch window", async () => {
    const w = world();
    w.health[NEW] = [pass(), pass(), broken("gateway restarted 4 times")];
    const r = await deploy(inputs({ watchMs: 60_000, watchIntervalMs: 20_000 }), w.deps());
    expect(r.status).toBe("rolled-back");
    expect(r.rollback?.incident?.markdown).toContain("gateway restarted 4 times");
  });

  it("a healthy release whose success status cannot be recorded fails the run but is not rolled back", async () => {
    const w = world();
    w.failStatus = "success";
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("failure");
    expect(r.message).toMatch(/during record: GitHub API: 502/);
    expect(w.running).toBe(NEW);
    expect(w.redis.breaker).toBe("OPEN");
    expect(r.rollback).toBeUndefined();
  });

  it("on-failure: stop leaves the new release running and says so", async () => {
    const w = world();
    w.health[NEW] = broken();
    const r = await deploy(inputs({ onFailure: "stop" }), w.deps());
    expect(r.status).toBe("failure");
    expect(w.running).toBe(NEW);
    expect(w.latest(r.deploymentId as number)).toBe("failure");
  });

  it("cancellation mid-deploy releases the lock, marks the deployment error, says what state the host is in; the next run reports no leftover", async () => {
    const w = world();
    w.onUpgrade = () => w.controller.abort(new CancelledError("the run was cancelled (SIGTERM)"));
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("cancelled");
    expect(w.redis.lock).toBeUndefined();
    expect(w.latest(r.deploymentId as number)).toBe("error");
    expect(r.stateNow).toBe("database at 0004; services untouched (still abcdef0).");
    expect(w.running).toBe(OLD);
  });

  it("a crashed run's deployment left in progress is reported and closed by the next run", async () => {
    const w = world();
    w.seedRelease("dead000000000000000000000000000000000000", { db: "0002", states: ["in_progress"] });
    w.running = OLD;
    const dead = w.deployments[0]?.id as number;
    const r = await deploy(inputs(), w.deps());
    expect(r.leftovers[0]).toMatch(new RegExp(`#${dead}.*left in_progress`));
    expect(w.latest(dead)).toBe("error");
    expect(r.status).toBe("success");
  });

  it("the first deploy says so and, failing, does not pretend to roll back", async () => {
    const w = new World();
    w.deployments = [];
    w.images.clear();
    w.running = undefined;
    w.db = null;
    w.branchHead = NEW;
    w.checks = [
      { name: "test", state: "success" },
      { name: "migrations-tested", state: "success" },
    ];
    w.health[NEW] = broken();
    const r = await deploy(inputs(), w.deps());
    expect(r.gates.find((g) => g.id === "rollback-plan")?.evidence).toMatch(/first deploy/);
    expect(r.status).toBe("failure");
    expect(r.message).toMatch(
      /^gateway \/health answered 500 .*; not rolled back: this first deploy has no release to return to$/,
    );
    expect(`${r.message} ${r.stateNow} ${r.nextSteps.join(" ")}`).not.toMatch(
      /previous release|Press Rollback/,
    );
  });

  it("every status description stays within 140 characters even with a long reason", async () => {
    const w = world();
    w.health[NEW] = broken("x".repeat(500));
    w.failUpgrade = false;
    const r = await deploy(
      inputs({
        run: { runUrl: `https://gh/${"o".repeat(200)}/actions/runs/42`, actor: "carol", repository: "o/r" },
      }),
      w.deps(),
    );
    expect(r.status).toBe("rolled-back");
    for (const d of w.deployments)
      for (const s of d.statuses) expect(s.description.length).toBeLessThanOrEqual(140);
  });
});

describe("deploy: the rows and options a good release exercises", () => {
  it("scans the services' logs since the restart with the configured pattern: counts and samples", async () => {
    const w = world();
    const deps = w.deps();
    deps.compose.logs = async () => ({
      signal_service: "started\nFATAL db pool exhausted\nok\nFATAL again",
      execution_gateway: "ERROR is not our pattern here",
      orchestrator: "ok",
    });
    const r = await deploy(inputs({ logErrorPattern: /FATAL/ }), deps);
    expect(r.logErrors?.signal_service).toEqual({
      count: 2,
      samples: ["FATAL db pool exhausted", "FATAL again"],
    });
    expect(r.logErrors?.execution_gateway?.count).toBe(0);
    const row = r.complete.find((c) => c.label === "Logs show no errors");
    expect(row).toMatchObject({ ok: false, evidence: "signal_service: 2" });
  });

  it("logs without a match tick the row with the pattern as evidence", async () => {
    const r = await deploy(inputs(), world().deps());
    expect(r.complete.find((c) => c.label === "Logs show no errors")).toMatchObject({
      ok: true,
      evidence: "no line matching ERROR|Traceback",
    });
  });

  it("passes the restart strategy to compose and keeps the release images it was asked to keep", async () => {
    const w = world();
    const deps = w.deps();
    const ups: unknown[] = [];
    const prunes: unknown[] = [];
    const up = deps.compose.up;
    deps.compose.up = async (version, options) => {
      ups.push(options);
      return up(version, options);
    };
    deps.compose.pruneReleases = async (keep, protect) => {
      prunes.push({ keep, protect });
      return [];
    };
    const r = await deploy(inputs({ strategy: "recreate", keepReleases: 3 }), deps);
    expect(r.status).toBe("success");
    expect(ups).toEqual([{ strategy: "recreate" }]);
    expect(prunes).toEqual([{ keep: 3, protect: [NEW, OLD] }]);
  });

  it("pruning runs beside the status writes and has ended, with the lock still held, when a status write fails", async () => {
    const w = world();
    w.failStatus = "success";
    const deps = w.deps();
    const events: string[] = [];
    let endPrune: () => void = () => undefined;
    deps.compose.pruneReleases = async () => {
      events.push(`prune started, lock ${w.redis.lock ? "held" : "free"}`);
      await new Promise<void>((resolve) => {
        endPrune = resolve;
      });
      events.push(`prune ended, lock ${w.redis.lock ? "held" : "free"}`);
      return [];
    };
    const pending = deploy(inputs(), deps);
    // the status write has failed by now; the run still waits for the pruning
    for (let i = 0; i < 50 && events.length === 0; i++) await new Promise((r) => setImmediate(r));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(w.redis.lock).toBeDefined();
    endPrune();
    const r = await pending;
    expect(r.status).not.toBe("success");
    expect(events).toEqual(["prune started, lock held", "prune ended, lock held"]);
    expect(w.redis.lock).toBeUndefined();
  });

  it("require-approval: false turns the approval gate off (not a false tick) and deploys an unreviewed merge", async () => {
    const w = world();
    w.pr = { number: 8, title: "hotfix", url: "https://gh/pr/8", merged: true, approvedBy: [] };
    const refused = await deploy(inputs(), w.deps());
    expect(refused.status).toBe("refused");
    const w2 = world();
    w2.pr = { number: 8, title: "hotfix", url: "https://gh/pr/8", merged: true, approvedBy: [] };
    const r = await deploy(inputs({ requireApproval: false }), w2.deps());
    expect(r.status).toBe("success");
    const gate = r.gates.find((g) => g.id === "pr-approved");
    expect(gate?.ok).toBeUndefined();
    expect(gate?.evidence).toContain("turned off");
  });
});

describe("deploy with accessories", () => {
  const redis = {
    service: "redis",
    image: "redis:7.2",
    why: "auto-detected: image redis:7.2 does not use the version variable and has no build",
    containerId: "4f1e2d3c4b5a69788796a5b4c3d2e1f0",
    running: true,
    health: "healthy" as const,
    startedAt: "2026-11-27T01:00:00Z",
  };

  it("gates on them running healthy, says why each is one, and ticks them untouched after the deploy", async () => {
    const w = world();
    w.accessories = [redis];
    const r = await deploy(inputs(), w.deps());
    expect(r.status).toBe("success");
    expect(r.gates.find((g) => g.id === "accessories")).toMatchObject({
      ok: true,
      evidence: expect.stringContaining("redis (redis:7.2; auto-detected: image redis:7.2 does not use"),
    });
    expect(r.complete.find((c) => c.label.startsWith("Accessories untouched"))).toMatchObject({
      ok: true,
      evidence: "redis 4f1e2d3c4b5a since 2026-11-27T01:00:00Z",
    });
  });

  it("refuses while an accessory is unhealthy, and a recreated one fails the row after an automatic rollback", async () => {
    const w = world();
    w.accessories = [{ ...redis, health: "unhealthy" }];
    const before = await deploy(inputs(), w.deps());
    expect(before.status).toBe("refused");
    expect(before.message).toMatch(/redis .*unhealthy/);
    expect(w.upCalls).toEqual([]);

    const w2 = world();
    w2.accessories = [redis];
    w2.health[NEW] = broken();
    w2.onUp = () => {
      w2.accessories = [{ ...redis, containerId: "9999999999999999", startedAt: "2026-11-27T03:00:05Z" }];
    };
    const r = await deploy(inputs(), w2.deps());
    expect(r.status).toBe("rolled-back");
    expect(r.complete.find((c) => c.label.startsWith("Accessories untouched"))).toMatchObject({
      ok: false,
      evidence: "redis: container 4f1e2d3c4b5a → 999999999999 (recreated)",
    });
    expect(r.rollback?.checklist.find((c) => c.label.startsWith("Accessories untouched"))?.ok).toBe(false);
  });

  it("a compose file with no accessory shows no accessory row", async () => {
    const r = await deploy(inputs(), world().deps());
    expect(r.gates.some((g) => g.id === "accessories")).toBe(false);
    expect(r.complete.some((c) => c.label.startsWith("Accessories"))).toBe(false);
  });
});

describe("deploy wording", () => {
  it("a pull deploy's step says pull, not build; checklists and headlines carry short shas", async () => {
    const w = world();
    const deps = w.deps();
    deps.compose = { ...deps.compose, imageSource: "pull" };
    const r = await deploy(inputs(), deps);
    expect(r.status).toBe("success");
    expect(r.timeline.steps.map((s) => s.name)).toContain("pull images c0ffee0");
    expect(r.timeline.steps.some((s) => /build/.test(s.name))).toBe(false);
    expect(r.message).toBe("deployed c0ffee0");
    expect(r.complete.map((c) => c.label)).toContain("Services running c0ffee0");
  });
});
