import { describe, expect, it } from "vitest";
import { broken, mig, World } from "./__fixtures__/world.js";
import { effectiveState, parseRollbackTarget } from "./history.js";
import { parseDbRevision } from "./plan.js";
import { parseRecord } from "./record.js";
import { type RollbackInputs, rollback } from "./rollback.js";

const A = "aaaaaaa000000000000000000000000000000001";
const B = "bbbbbbb000000000000000000000000000000002";

function inputs(over: Partial<RollbackInputs> = {}): RollbackInputs {
  return {
    environment: "production",
    target: { kind: "last-good" },
    dbRevision: { kind: "recorded" },
    dbOnly: false,
    reason: "orders failing after release B",
    dryRun: false,
    confirmDestructive: false,
    integrityCommand: undefined,
    strategy: "down-up",
    lockWaitMs: 0,
    lockTtlMs: 600_000,
    createHotfixBranch: false,
    incident: { kind: "summary" },
    run: { runUrl: "https://gh/o/r/actions/runs/77", actor: "dave", repository: "o/r" },
    logTailLines: 50,
    ...over,
  };
}

/** A at 0002 (good), then B which brought two migrations (0003, 0004) and is running, unhealthy in prod. */
function world(destructive: string[] = []): World {
  const w = new World();
  w.graph = [mig("0001", null), mig("0002", "0001")];
  w.seedRelease(A, { db: "0002", before: "0001" });
  w.graph.push(mig("0003", "0002"), mig("0004", "0003", destructive));
  w.seedRelease(B, { db: "0004", before: "0002", applied: ["0003", "0004"] });
  w.db = "0004";
  return w;
}

function snapshot(w: World) {
  return {
    deployments: JSON.stringify(w.deployments),
    db: w.db,
    running: w.running,
    lock: w.redis.lock,
    breaker: w.redis.breaker,
  };
}

describe("rollback", () => {
  it("after a release with two migrations returns to the recorded revision (not one step), the previous images, and records both deployments", async () => {
    const w = world();
    const [bad, good] = [w.deployments[0]?.id as number, w.deployments[1]?.id as number];
    const r = await rollback(inputs({ createHotfixBranch: true }), w.deps());
    expect(r.status).toBe("success");
    expect(w.db).toBe("0002");
    expect(w.running).toBe(A);
    expect(w.upCalls).toEqual([A]);
    expect(r.plan?.migrationsToUndo.map((m) => m.revision)).toEqual(["0004", "0003"]);
    // The rollback deployment: kind rollback, for A, success; B marked faulty.
    const rb = w.deployments.find((d) => d.id === r.deploymentId);
    expect(rb?.sha).toBe(A);
    expect(parseRecord(rb?.payload)).toMatchObject({
      kind: "rollback",
      sha: A,
      previousSha: B,
      alembic: { before: "0004", after: "0002", applied: ["0004", "0003"] },
      replacesDeploymentId: bad,
    });
    expect(effectiveState(rb as never)).toBe("success");
    expect(w.statusOf(bad)[0]).toEqual({
      state: "failure",
      description: "faulty: orders failing after release B; rolled back by run 77",
    });
    expect(w.latest(good)).toBe("success");
    // A manual rollback that works does not trip the breaker; the lock is free again.
    expect(w.redis.breaker).toBe("OPEN");
    expect(w.redis.lock).toBeUndefined();
    expect(r.incident?.path).toBe("docs/INCIDENTS/2026-11-27-rollback-bbbbbbb-orders-failing-after.md");
    expect(w.branches).toEqual({ "hotfix/rollback-bbbbbbb-orders-failing-after": B });
    expect(w.notifications[0]).toMatch(
      /^Rolled back production: bbbbbbb → aaaaaaa by dave\. Why: orders failing/,
    );
    expect(r.checklist.filter((c) => c.ok === false)).toEqual([]);
    // The rollback deployment is itself a valid target later: it carries the image ids.
    expect(Object.keys(parseRecord(rb?.payload)?.images ?? {})).toHaveLength(3);
  });

  it("takes a target given as a sha or as a deployment id", async () => {
    for (const target of [parseRollbackTarget(A.slice(0, 7)), parseRollbackTarget("100")]) {
      const w = world();
      const r = await rollback(inputs({ target }), w.deps());
      expect(r.status).toBe("success");
      expect(w.running).toBe(A);
    }
  });

  it("db-revision none leaves the database and restarts the images", async () => {
    const w = world();
    const r = await rollback(inputs({ dbRevision: parseDbRevision("none") }), w.deps());
    expect(r.status).toBe("success");
    expect(w.db).toBe("0004");
    expect(w.running).toBe(A);
    expect(r.warnings.join()).toMatch(/stays at 0004 while the target release was recorded at 0002/);
  });

  it("a dry run shows the plan and changes nothing", async () => {
    const w = world();
    const before = snapshot(w);
    const r = await rollback(inputs({ dryRun: true }), w.deps());
    expect(r.status).toBe("dry-run");
    expect(r.plan?.dbTarget).toBe("0002");
    expect(r.plan?.images).toMatchObject({ gateway: `app/gateway:${A}` });
    expect(snapshot(w)).toEqual(before);
  });

  it("a database-only rollback undoes the current release's migrations and restarts nothing", async () => {
    const w = world();
    const r = await rollback(inputs({ dbOnly: true }), w.deps());
    expect(r.status).toBe("success");
    expect(w.db).toBe("0002");
    expect(w.running).toBe(B);
    expect(w.upCalls).toEqual([]);
  });

  const refusals: Array<[string, (w: World) => Partial<RollbackInputs>, RegExp]> = [
    [
      "no good deployment to return to",
      (w) => {
        const a = w.deployments[1];
        a?.statuses.unshift({ state: "failure", description: "faulty: rolled back by run 5", createdAt: "" });
        return {};
      },
      /no good deployment older than the current one/,
    ],
    [
      "target images missing",
      (w) => {
        w.images.delete(`app/orchestrator:${A}`);
        return {};
      },
      /images are no longer on this host: app\/orchestrator:aaaaaaa/,
    ],
    [
      "destructive downgrade without confirmation",
      () => ({}),
      /would drop data \(0004: drop_column orders\.note\)/,
    ],
    [
      "-1 when two migrations lie between",
      () => ({ dbRevision: parseDbRevision("-1"), confirmDestructive: true }),
      /2 migrations lie between .* use db-revision: recorded \(= 0002\)/,
    ],
    [
      "an unknown sha",
      () => ({ target: parseRollbackTarget("1234abcd") }),
      /no recorded deployment of commit 1234abcd/,
    ],
  ];
  for (const [name, arrange, why] of refusals) {
    it(`refuses and changes nothing: ${name}`, async () => {
      const w = world(["drop_column orders.note"]);
      const over = arrange(w);
      const before = snapshot(w);
      const r = await rollback(inputs(over), w.deps());
      expect(r.status).toBe("refused");
      expect(r.refusals.join("\n")).toMatch(why);
      expect(snapshot(w)).toEqual(before);
    });
  }

  it("runs a destructive downgrade once confirmed", async () => {
    const w = world(["drop_column orders.note"]);
    const r = await rollback(inputs({ confirmDestructive: true }), w.deps());
    expect(r.status).toBe("success");
    expect(w.db).toBe("0002");
  });

  it("accepts -1 when exactly one migration lies between", async () => {
    const w = new World();
    w.graph = [mig("0001", null), mig("0002", "0001")];
    w.seedRelease(A, { db: "0001" });
    w.seedRelease(B, { db: "0002", before: "0001" });
    w.db = "0002";
    const r = await rollback(inputs({ dbRevision: parseDbRevision("-1") }), w.deps());
    expect(r.status).toBe("success");
    expect(w.db).toBe("0001");
  });

  it("a failing downgrade stops before the services are touched, reports the revision, trips the breaker", async () => {
    const w = world();
    w.failDowngrade = true;
    const r = await rollback(inputs(), w.deps());
    expect(r.status).toBe("failure");
    expect(w.running).toBe(B);
    expect(w.upCalls).toEqual([]);
    expect(r.stateNow).toBe("the database is at 0004; services were not touched (still running bbbbbbb).");
    expect(r.message).toMatch(/FAILED: downgrade blew up/);
    expect(w.redis.breaker).toBe("TRIPPED");
    expect(w.latest(r.deploymentId as number)).toBe("failure");
    expect(r.checklist.find((c) => c.label.startsWith("Database"))?.ok).toBe(false);
    expect(r.incident?.markdown).toContain("rollback FAILED");
  });

  it("the accessories read beside the plan is reported even when the downgrade stops the rollback", async () => {
    const w = world();
    w.accessories = [
      {
        service: "redis",
        image: "redis:7.2",
        why: "accessories input",
        containerId: "c0ffee000001",
        running: true,
        health: "healthy",
        startedAt: "2026-12-01T00:00:00Z",
      },
    ];
    w.failDowngrade = true;
    const r = await rollback(inputs(), w.deps());
    expect(r.status).toBe("failure");
    expect(r.checklist.find((c) => c.label.startsWith("Accessories untouched"))).toMatchObject({ ok: true });
    // The dry run waits for the same read: its warnings name an accessory that is not running.
    const d = world();
    d.accessories = [{ ...(w.accessories[0] as (typeof w.accessories)[number]), running: false }];
    const dry = await rollback(inputs({ dryRun: true }), d.deps());
    expect(dry.status).toBe("dry-run");
    expect(dry.warnings.join("\n")).toMatch(/accessories before the rollback: .*redis/);
  });

  it("a failing integrity check stops before the restart", async () => {
    const w = world();
    const r = await rollback(inputs({ integrityCommand: ["false"] }), w.deps());
    expect(r.status).toBe("failure");
    expect(w.db).toBe("0002");
    expect(w.running).toBe(B);
    expect(r.message).toMatch(/orphan rows/);
  });

  it("the target unhealthy after the rollback fails loudly, trips the breaker, and the report says so", async () => {
    const w = world();
    w.health[A] = broken("GET :8001/health connection refused");
    const r = await rollback(inputs(), w.deps());
    expect(r.status).toBe("failure");
    expect(r.message).toMatch(/restored release is unhealthy/);
    expect(w.redis.breaker).toBe("TRIPPED");
    expect(w.tripReasons[0]).toMatch(/rollback failed/);
    expect(r.incident?.markdown).toContain("after rollback: GET :8001/health connection refused");
    expect(r.incident?.markdown).toContain("### gateway");
    expect(w.latest(r.deploymentId as number)).toBe("failure");
    expect(r.nextSteps[0]).toMatch(/needs a human now/);
  });

  it("a breaker tripped by the incident itself does not fail the restored release's verification", async () => {
    const w = world();
    w.redis.breaker = "TRIPPED";
    w.health[A] = { ...broken(), verdict: "pass", failingServices: [], breaker: "TRIPPED" };
    const r = await rollback(inputs(), w.deps());
    expect(r.status).toBe("success");
  });

  it("proceeds with the kill switch on and Redis down (warnings, not stops)", async () => {
    const w = world();
    w.redis.killSwitch = true;
    const r1 = await rollback(inputs(), w.deps());
    expect(r1.status).toBe("success");
    expect(r1.warnings.join()).toMatch(/kill switch is on/);
    const w2 = world();
    w2.redis.down = true;
    const r2 = await rollback(inputs(), w2.deps());
    expect(r2.status).toBe("success");
    expect(r2.warnings.join()).toMatch(/Redis could not be read/);
  });

  it("waits for the lock (bounded) and refuses while another run holds it", async () => {
    const w = world();
    w.redis.lock = "deploy run 9";
    const before = snapshot(w);
    const r = await rollback(inputs({ lockWaitMs: 30_000 }), w.deps());
    expect(r.status).toBe("refused");
    expect(r.refusals[0]).toMatch(/held by deploy run 9/);
    expect(snapshot(w)).toEqual(before);
  });

  it("opens a pull request with the incident report when asked", async () => {
    const w = world();
    const r = await rollback(inputs({ incident: { kind: "pr", base: "master" } }), w.deps());
    expect(w.proposed[0]?.path).toBe(r.incident?.path);
    expect(w.proposed[0]?.content).toContain("## Post-rollback actions");
    expect(r.incident?.prUrl).toMatch(/pull\/101/);
  });
});
