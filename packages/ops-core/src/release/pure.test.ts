import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../action/errors.js";
import { mig, pass, World } from "./__fixtures__/world.js";
import {
  currentRelease,
  effectiveState,
  lastKnownGood,
  parseRollbackTarget,
  resolveTarget,
} from "./history.js";
import { renderIncident } from "./incident.js";
import { graphHeads, migrationsBetween, parseDbRevision, resolveDbRevision } from "./plan.js";
import { ciVerdict, decideHealth, slug } from "./policy.js";
import type { DeploymentView } from "./ports.js";
import { faultyDescription, parseRecord, statusDescription } from "./record.js";
import { renderDeploySummary, renderRollbackSummary } from "./render.js";
import { rollback } from "./rollback.js";

const dep = (id: number, sha: string, states: string[], payload: unknown = undefined): DeploymentView => ({
  id,
  sha,
  environment: "production",
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
  payload: payload ?? {
    schema: 1,
    kind: "deploy",
    sha,
    previousSha: null,
    version: sha,
    alembic: { before: null, after: "0001", applied: [] },
    images: { a: "sha256:1" },
    imageRefs: { a: `app/a:${sha}` },
    composeFileHash: null,
    runUrl: "",
    actor: "",
  },
  statuses: states.map((state) => ({ state: state as never, description: "", createdAt: "" })),
});

describe("deployment record", () => {
  it("reads payloads as objects or JSON strings and rejects unknown schemas", () => {
    const d = dep(1, "aaa", ["success"]);
    expect(parseRecord(d.payload)?.sha).toBe("aaa");
    expect(parseRecord(JSON.stringify(d.payload))?.sha).toBe("aaa");
    expect(parseRecord({ ...(d.payload as object), schema: 2 })).toBeUndefined();
    expect(parseRecord({ ...(d.payload as object), images: { a: 1 } })).toBeUndefined();
    expect(parseRecord("not json")).toBeUndefined();
    expect(parseRecord(null)).toBeUndefined();
  });

  it("keeps status descriptions on one line within 140 characters", () => {
    expect(statusDescription("a\n b")).toBe("a b");
    const long = statusDescription("x".repeat(300));
    expect(long).toHaveLength(140);
    expect(long.endsWith("…")).toBe(true);
    // The cause first: a long one is cut, never pushed out by the run.
    const cut = faultyDescription("y".repeat(300), "https://gh/o/r/actions/runs/123");
    expect(cut.startsWith("faulty: yyy")).toBe(true);
    expect(cut).toHaveLength(140);
    expect(faultyDescription("orders stuck", "https://gh/o/r/actions/runs/123")).toBe(
      "faulty: orders stuck; rolled back by run 123",
    );
    expect(faultyDescription("orders stuck", "https://gh/o/r/actions/runs/123", false)).toBe(
      "faulty: orders stuck; the rollback by run 123 failed",
    );
  });
});

describe("last known good", () => {
  it("skips inactive bookkeeping, and a later failure (faulty) overrides a success", () => {
    expect(effectiveState(dep(1, "a", ["inactive", "success", "in_progress"]))).toBe("success");
    expect(effectiveState(dep(1, "a", ["failure", "inactive", "success"]))).toBe("failure");
    expect(effectiveState(dep(1, "a", ["in_progress"]))).toBe("in_progress");
    expect(effectiveState(dep(1, "a", []))).toBe("none");
  });

  it("is the newest good deployment older than the current one, not the same commit, with a record", () => {
    const ds = [
      dep(5, "e", ["success"]),
      dep(4, "d", ["success"]), // current
      dep(3, "d", ["inactive", "success"]), // same commit as current: not a rollback
      dep(2, "c", ["failure", "success"]), // marked faulty
      dep(1, "b", ["inactive", "success"], { schema: 1 }), // unreadable record
      dep(0, "a", ["inactive", "success"]),
    ];
    expect(lastKnownGood(ds, { id: 4, sha: "d" })?.deployment.id).toBe(0);
    expect(lastKnownGood(ds, undefined)?.deployment.id).toBe(5);
    expect(lastKnownGood([dep(1, "x", ["failure"])], undefined)).toBeUndefined();
  });

  it("the current release is the one whose images are running, not a newer deploy that failed before its restart", () => {
    const ds = [dep(3, "c", ["failure", "in_progress"]), dep(2, "b", ["success"])];
    // Matched by tag, not id: a migration-only commit builds images with the same ids.
    expect(currentRelease(ds, { a: "app/a:b" })?.deployment.id).toBe(2);
    expect(currentRelease(ds, {})?.deployment.id).toBe(3);
    expect(currentRelease(ds, { a: "app/a:unknown" })?.deployment.id).toBe(3);
  });

  it("parses targets: last-good, a sha, a deployment id; refuses anything else", () => {
    expect(parseRollbackTarget("")).toEqual({ kind: "last-good" });
    expect(parseRollbackTarget("last-good")).toEqual({ kind: "last-good" });
    expect(parseRollbackTarget("ABCDEF1")).toEqual({ kind: "sha", sha: "abcdef1" });
    expect(parseRollbackTarget("#123")).toEqual({ kind: "deployment", id: 123 });
    expect(parseRollbackTarget("1234567")).toEqual({ kind: "deployment", id: 1234567, orSha: "1234567" });
    expect(parseRollbackTarget("#1234567")).toEqual({ kind: "deployment", id: 1234567 });
    expect(parseRollbackTarget("1".repeat(40))).toEqual({ kind: "sha", sha: "1".repeat(40) });
    expect(() => parseRollbackTarget("main; rm -rf")).toThrow(ConfigurationError);
    expect(() => parseRollbackTarget("abc")).toThrow(/last-good, a commit sha/);
  });

  it("a sha target prefers a deployment of it that went well; a short sha of digits falls back to a sha", () => {
    const ds = [
      dep(3, "abc1234", ["failure"]),
      dep(2, "abc1234", ["inactive", "success"]),
      dep(1, "1111111fff", ["success"]),
    ];
    expect(resolveTarget({ kind: "sha", sha: "abc1234" }, ds, undefined)?.deployment.id).toBe(2);
    expect(resolveTarget(parseRollbackTarget("1111111"), ds, undefined)?.deployment.id).toBe(1);
    expect(resolveTarget(parseRollbackTarget("2"), ds, undefined)?.deployment.id).toBe(2);
  });
});

describe("migrations between revisions", () => {
  const graph = [
    mig("a", null),
    mig("b", "a"),
    mig("c1", "b"),
    mig("c2", "b"),
    { ...mig("d", "c1"), downRevisions: ["c1", "c2"] },
    mig("e", "d"),
  ];

  it("lists what a downgrade undoes, newest first, through a merge", () => {
    const r = migrationsBetween(graph, "e", "b");
    expect(r.ok && r.migrations.map((m) => m.revision)).toEqual(["e", "d", "c1", "c2"]);
    const toBase = migrationsBetween(graph, "b", null);
    expect(toBase.ok && toBase.migrations.map((m) => m.revision)).toEqual(["b", "a"]);
    expect(graphHeads(graph)).toEqual(["e"]);
  });

  it("refuses revisions the code does not know or that are not below", () => {
    expect(migrationsBetween(graph, "zzz", "a")).toMatchObject({
      ok: false,
      why: expect.stringMatching(/check out the newer release/),
    });
    expect(migrationsBetween(graph, "b", "e")).toMatchObject({
      ok: false,
      why: expect.stringMatching(/not below/),
    });
  });

  it("-1 only with exactly one migration between; otherwise the right revision is suggested", () => {
    const lin = [mig("1", null), mig("2", "1"), mig("3", "2")];
    expect(
      resolveDbRevision(parseDbRevision("-1"), { current: "2", recorded: "1", graph: lin }),
    ).toMatchObject({ ok: true, target: "1" });
    expect(
      resolveDbRevision(parseDbRevision("-1"), { current: "3", recorded: "1", graph: lin }),
    ).toMatchObject({ ok: false, suggestion: "db-revision: recorded (= 1)" });
    expect(
      resolveDbRevision(parseDbRevision("-1"), { current: "1", recorded: "1", graph: lin }),
    ).toMatchObject({ ok: false, why: expect.stringMatching(/one migration too many/) });
    expect(
      resolveDbRevision(parseDbRevision("base"), { current: "2", recorded: "1", graph: lin }),
    ).toMatchObject({ ok: true, target: null });
    expect(
      resolveDbRevision(parseDbRevision("2"), { current: "3", recorded: "1", graph: lin }),
    ).toMatchObject({ ok: true, target: "2" });
    expect(
      resolveDbRevision(parseDbRevision("none"), { current: "3", recorded: "1", graph: lin }),
    ).toMatchObject({ ok: true, target: undefined, migrations: [] });
  });
});

describe("the runbook's rules", () => {
  it("rolls back on crash loops, a tripped breaker, >50% degradation, failure and inconclusive; warns from 20%", () => {
    expect(decideHealth(pass()).action).toBe("ok");
    expect(decideHealth({ ...pass(), crashLooping: ["gw"] }).action).toBe("rollback");
    expect(decideHealth({ ...pass(), breaker: "TRIPPED" }).action).toBe("rollback");
    expect(decideHealth({ ...pass(), degradationPct: 51 }).action).toBe("rollback");
    expect(decideHealth({ ...pass(), degradationPct: 50 }).action).toBe("warn");
    expect(decideHealth({ ...pass(), degradationPct: 20 }).action).toBe("warn");
    expect(decideHealth({ ...pass(), degradationPct: 19 })).toMatchObject({
      action: "ok",
      reasons: [expect.stringMatching(/keep watching/)],
    });
    expect(decideHealth({ ...pass(), verdict: "inconclusive" }).action).toBe("rollback");
  });

  it("CI: ignores the deploy workflow's own checks; required checks must be present; failure beats pending", () => {
    const checks = [
      { name: "test", state: "success" as const },
      { name: "deploy / deploy", state: "pending" as const },
      { name: "lint", state: "pending" as const },
      { name: "lint", state: "failure" as const },
    ];
    expect(ciVerdict(checks, { required: [], ignore: ["deploy*"] })).toMatchObject({
      state: "failure",
      failing: ["lint"],
    });
    expect(ciVerdict(checks, { required: ["test", "types"], ignore: [] })).toMatchObject({
      state: "pending",
      missing: ["types"],
    });
    expect(ciVerdict(checks, { required: ["test"], ignore: [] }).state).toBe("success");
    expect(ciVerdict([], { required: [], ignore: [] }).state).toBe("pending");
  });

  it("slugs are short, lower-case and safe", () => {
    expect(slug("Orders FAILING: 500s on /health!!")).toBe("orders-failing-500s-on-health");
    expect(slug("💥")).toBe("incident");
    expect(slug("a".repeat(100)).length).toBeLessThanOrEqual(40);
  });
});

describe("rendering", () => {
  it("the incident report escapes untrusted text (reason, logs) and has every section", () => {
    const md = renderIncident({
      at: Date.UTC(2026, 10, 27, 3),
      title: "Rollback",
      reason: "<script>alert(1)</script> @team #1",
      outcome: "restored",
      stateNow: "ok",
      trigger: "manual",
      actor: "dave",
      runUrl: "https://gh/o/r/actions/runs/1",
      repository: "o/r",
      faulty: { sha: "b".repeat(40), version: "b", deploymentId: 2, dbRevision: "0004" },
      target: { sha: "a".repeat(40), version: "a", deploymentId: 1, dbRevision: "0002" },
      dbBefore: "0004",
      dbAfter: "0002",
      migrationsUndone: ["0004", "0003"],
      timeline: [
        {
          name: "alembic downgrade 0002",
          startMs: Date.UTC(2026, 10, 27, 3),
          durationMs: 1200,
          outcome: "ok",
        },
      ],
      healthEvidence: ["GET /health 200"],
      logs: { gateway: "```\n::error::pwned\nTraceback" },
      hotfixBranch: "hotfix/x",
      hotfixBranchCreated: false,
      notified: undefined,
    });
    for (const section of [
      "## Summary",
      "## Reason",
      "## Timeline (UTC)",
      "## Versions",
      "## Database",
      "## Health evidence",
      "## Last log lines of failing services",
      "## Post-rollback actions",
    ]) {
      expect(md).toContain(section);
    }
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/@team/);
    expect(md).toContain("````\n```\n::error::pwned");
    expect(md).toContain("| 03:00:00Z | alembic downgrade 0002 | 1.2s | ok |");
  });

  it("summaries put the status first and carry the checklists with real ticks", async () => {
    const w = new World();
    w.graph = [mig("0001", null), mig("0002", "0001")];
    w.seedRelease("a".repeat(40), { db: "0001" });
    w.seedRelease("b".repeat(40), { db: "0002", before: "0001" });
    w.db = "0002";
    const r = await rollback(
      {
        environment: "production",
        target: { kind: "last-good" },
        dbRevision: { kind: "recorded" },
        dbOnly: false,
        reason: "bad",
        dryRun: false,
        confirmDestructive: false,
        integrityCommand: undefined,
        strategy: "down-up",
        lockWaitMs: 0,
        lockTtlMs: 1000,
        createHotfixBranch: false,
        incident: { kind: "summary" },
        run: { runUrl: "u", actor: "x", repository: "o/r" },
        logTailLines: 10,
      },
      w.deps(),
    );
    const md = renderRollbackSummary(r);
    expect(md.startsWith("## ✅ Rolled back: bbbbbbb → aaaaaaa")).toBe(true);
    expect(md).toContain("### Rollback complete");
    expect(md).toContain("- [x] Database at the target revision — alembic current = 0001 \\(undid 0002\\)");
    expect(md).toContain("- [ ] ➖ Hotfix branch");
    expect(md).toContain("```mermaid");
    expect(renderDeploySummary).toBeTypeOf("function");
  });
});
