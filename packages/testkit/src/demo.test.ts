// The demo end to end, as `npm run demo` runs it (scripts/demo.ts under Node 24, non-interactive): every
// stage's outcome from what the demo observed (results.json), the files it wrote, and that it removed
// everything it started — after a full run on this test run's engine, and after Ctrl-C in the middle of
// a deploy on a private dockerd it started itself. The swarm act (`--only swarm`) on a real two-node Docker
// Swarm: the per-node running images and the database revision after each stage, Swarm's own rollback
// reported, and that the cluster is gone afterwards (daemons, namespaces, veth, folders, mounts, lease).

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DemoResults, demoActs, parseDemoArgs, type StageResult, USAGE } from "./demo.ts";
import { testDocker } from "./docker.ts";
import { node24, REPO_ROOT } from "./runner.ts";
import { RELEASE_A, RELEASE_B } from "./scenario.ts";
import { SERVICES } from "./stack.ts";
import { SWARM_RELEASE_A } from "./swarm-scenario.ts";

interface Spawned {
  pid: number;
  stdout(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node scripts/demo.ts …` in its own process group (as a terminal's foreground job). */
function startDemo(args: string[], env: NodeJS.ProcessEnv): Spawned {
  const child = spawn(node24(), [join(REPO_ROOT, "scripts/demo.ts"), ...args], {
    cwd: REPO_ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    out += c;
  });
  child.stderr.setEncoding("utf8").on("data", (c: string) => {
    out += c;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  return { pid: child.pid ?? -1, stdout: () => out, exited };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(predicate: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The facts the stages record (each stage records some of them). */
interface Facts {
  dbRevision: string;
  dbTables: string[];
  running: Record<string, string>;
  breaker: string;
  deployLock: string;
  killSwitch: string;
  killSwitchAfterDeactivate: string;
  hold: string;
  deployment: { sha: string; latest: string };
  rollback: unknown;
  incidentFile: string;
  lastReset: string;
  comments: number;
  categories: string;
  comment: string;
  /** Swarm act: per service, `node=image` of each running task. */
  tasks: Record<string, string[]>;
  healthEvidence: string[];
  message: string;
  swarmDecision: boolean;
}

const stage = (results: DemoResults, id: string): StageResult & { facts: Facts } => {
  const s = results.stages.find((x) => x.id === id);
  if (!s) throw new Error(`no stage ${id} in ${results.stages.map((x) => x.id).join(", ")}`);
  return s as StageResult & { facts: Facts };
};

describe("demo options", () => {
  it("--swarm adds the swarm act's 2 stages to the 7, --only swarm plays it alone, --only names the acts", () => {
    const acts = (argv: string[]) => demoActs(parseDemoArgs(argv, false).options);
    expect(acts([])).toEqual({ compose: true, swarm: false, stages: 7 });
    expect(acts(["--swarm"])).toEqual({ compose: true, swarm: true, stages: 9 });
    expect(acts(["--only", "swarm"])).toEqual({ compose: false, swarm: true, stages: 2 });
    expect(() => parseDemoArgs(["--only", "compose"], false)).toThrow(/^--only: unknown act "compose"/);
    expect(() => parseDemoArgs(["--only"], false)).toThrow(/\(none given\)/);
    expect(USAGE).toMatch(/--swarm .*\n.*--only swarm/);
  });
});

describe("npm run demo", () => {
  it("plays every stage with the committed bundles and removes what it started", {
    timeout: 420_000,
  }, async () => {
    const docker = testDocker();
    const out = mkdtempSync(join(tmpdir(), "demo-out-"));
    const demo = startDemo(["--non-interactive", "--out", out], {
      ...process.env,
      DOCKER_HOST: docker.host,
      NO_COLOR: "1",
    });
    const { code } = await demo.exited;
    const log = demo.stdout();
    expect(code, log.slice(-4000)).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as DemoResults;
    expect(results.docker.kind).toBe("machine");
    expect(results.stages.map((s) => [s.id, s.ok])).toEqual([
      ["deploy-a", true],
      ["deploy-b", true],
      ["bad-merge", true],
      ["breaker-reset", true],
      ["manual-rollback", true],
      ["kill-switch-off", true],
      ["ci-triage", true],
    ]);

    // 1–2: deployments succeed, recorded, running the release, database at head
    const a = stage(results, "deploy-a");
    expect(a.status).toBe("success");
    expect(a.facts.deployment.latest).toBe("success");
    expect(a.facts.dbRevision).toBe("0003");
    const b = stage(results, "deploy-b");
    expect(b.status).toBe("success");
    expect(b.outputs?.["db-revision"]).toBe("0004");
    expect(b.facts.dbTables).toContain("fills");
    expect(b.facts.running.orchestrator).toMatch(new RegExp(`:${RELEASE_B.sha}$`));

    // 3: the bad release rolled back automatically, database to B's recorded revision, breaker tripped
    const bad = stage(results, "bad-merge");
    expect(bad.status).toBe("rolled-back");
    expect(bad.facts.rollback).toMatchObject({
      ok: true,
      breakerTripped: true,
      plan: { dbTarget: "0004", migrationsToUndo: ["0005"] },
    });
    expect(bad.facts.dbRevision).toBe("0004");
    expect(bad.facts.dbTables).not.toContain("positions");
    expect(bad.facts.running.orchestrator).toMatch(new RegExp(`:${RELEASE_B.sha}$`));
    expect(bad.facts.breaker).toBe("TRIPPED");
    expect(bad.facts.deployment.latest).toBe("failure");
    expect(bad.facts.deployLock).toBe("0");
    const incident = readFileSync(join(out, bad.facts.incidentFile), "utf8");
    expect(incident).toContain("Rollback of 3333333");
    expect(incident).toContain("0004");

    // 4: the breaker reset by the kill-switch action
    const reset = stage(results, "breaker-reset");
    expect(reset.facts.breaker).toBe("OPEN");
    expect(reset.facts.lastReset).toMatch(/^\d{4}-\d\d-\d\dT/);

    // 5: the manual rollback to A, database to A's recorded revision (not -1)
    const manual = stage(results, "manual-rollback");
    expect(manual.status).toBe("success");
    expect(manual.outputs?.["db-revision"]).toBe("0003");
    expect(manual.facts.dbRevision).toBe("0003");
    expect(manual.facts.dbTables).not.toContain("fills");
    expect(manual.facts.running.orchestrator).toMatch(new RegExp(`:${RELEASE_A.sha}$`));
    expect(manual.facts.deployment).toMatchObject({ sha: RELEASE_A.sha, latest: "success" });
    expect(manual.facts.hold).toBe("held"); // the workflow's first job held deploys with the kill switch
    expect(manual.facts.killSwitch).toBe("true");
    expect(readFileSync(join(out, manual.facts.incidentFile), "utf8")).toContain("1111111");

    // 6: the kill switch off again (the hold had tripped the breaker too), then the breaker reset
    const off = stage(results, "kill-switch-off");
    expect(off.facts).toMatchObject({
      killSwitchAfterDeactivate: "false",
      killSwitch: "false",
      breaker: "OPEN",
    });

    // 7: one triage comment on the PR naming the failing test and the mypy error
    const triage = stage(results, "ci-triage");
    expect(triage.facts.comments).toBe(1);
    expect(triage.facts.categories.split(",").sort()).toEqual(["mypy", "test_failure"]);
    expect(triage.facts.comment).toContain("pytest tests/test_calc.py::test_add");
    expect(triage.facts.comment).toContain("src/app/calc.py:6");

    // the summaries: in the terminal with a progress line per stage and its duration, and as HTML files
    for (let n = 1; n <= 7; n++)
      expect(log).toMatch(new RegExp(`✔ \\[${n}/7\\] .* — \\S+ \\((\\d+ ms|\\d+\\.\\d s);`));
    expect(log).toContain("✔ CI passed on the commit");
    expect(log).toMatch(/┌─+┬/);
    for (const s of results.stages) for (const f of s.files) expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, "03-bad-merge.html"), "utf8")).toContain("Rollback complete");
    expect(existsSync(join(out, "index.html"))).toBe(true);

    // everything started is gone: the resources list is empty, the stack's containers and images too
    expect(JSON.parse(readFileSync(join(out, "resources.json"), "utf8"))).toEqual([]);
    const project = /examples\/stack checked out in (\S+)\/app/.exec(log)?.[1];
    expect(project && existsSync(project)).toBe(false);
    const containers = await docker.ok(["ps", "-a", "--format", "{{.Names}}"]);
    expect(containers).not.toMatch(/opsdemo/);
    const images = await docker.ok(["images", "--format", "{{.Repository}}"]);
    expect(images).not.toMatch(/ops-demo-/);
  });

  it("Ctrl-C in the middle of a deploy stops it and removes everything, its private dockerd included", {
    timeout: 240_000,
  }, async () => {
    const out = mkdtempSync(join(tmpdir(), "demo-int-"));
    const demo = startDemo(
      ["--non-interactive", "--out", out, "--quiet", "--docker-host", "unix:///nonexistent/docker.sock"],
      {
        ...process.env,
        NO_COLOR: "1",
      },
    );
    await waitFor(() => demo.stdout().includes("▶ [1/7]"), 180_000, "the first deploy to start");
    const started = JSON.parse(readFileSync(join(out, "resources.json"), "utf8")) as Array<{
      name: string;
      pid?: number;
      dir?: string;
    }>;
    expect(started.map((r) => r.name)).toEqual(
      expect.arrayContaining(["dockerd", "redis-server", "production checkout and stack"]),
    );
    await new Promise((r) => setTimeout(r, 3000)); // the deploy is building images now
    process.kill(-demo.pid, "SIGINT"); // what a terminal does: the whole foreground process group
    const { code } = await demo.exited;
    const log = demo.stdout();
    expect(code, log).toBe(130);
    expect(log).toContain("Ctrl-C: stopping the running step");
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as DemoResults;
    expect(results.interrupted).toBe(true);
    expect(results.docker.kind).toBe("private");
    expect(JSON.parse(readFileSync(join(out, "resources.json"), "utf8"))).toEqual([]);
    for (const r of started) {
      if (r.pid) expect(alive(r.pid), `${r.name} (pid ${r.pid}) still running`).toBe(false);
      if (r.dir) expect(existsSync(r.dir), `${r.name} left ${r.dir}`).toBe(false);
    }
    const dockerdDir = started.find((r) => r.name === "dockerd")?.dir ?? "none";
    const mounts = readFileSync("/proc/mounts", "utf8");
    expect(mounts).not.toContain(dockerdDir);
  });

  it("--only swarm: a release on both nodes of a real two-node Swarm, a release answering 500 on the worker rolled back by Swarm and then to the recorded images and revision; nothing left", {
    timeout: 420_000,
  }, async () => {
    const out = mkdtempSync(join(tmpdir(), "demo-swarm-"));
    const t0 = performance.now();
    const demo = startDemo(["--non-interactive", "--quiet", "--only", "swarm", "--out", out], {
      ...process.env,
      NO_COLOR: "1",
    });
    const { code } = await demo.exited;
    const log = demo.stdout();
    console.log(
      `demo --only swarm: ${Math.round((performance.now() - t0) / 1000)} s (shared, loaded machine)`,
    );
    expect(code, log.slice(-4000)).toBe(0);
    const results = JSON.parse(readFileSync(join(out, "results.json"), "utf8")) as DemoResults;
    expect(results.stages.map((s) => [s.id, s.ok])).toEqual([
      ["swarm-deploy", true],
      ["swarm-bad-release", true],
    ]);
    const cluster = results.swarm;
    if (!cluster?.registry || !cluster.checkout)
      throw new Error(`no swarm in results: ${JSON.stringify(results)}`);
    const registry = cluster.registry.address;
    expect(cluster.nodes.map((n) => n.role)).toEqual(["manager", "worker"]);
    const worker = cluster.nodes[1]?.name ?? "";
    /** service → `node service:version` per running task, the image from the cluster's registry. */
    const where = (tasks: Record<string, string[]>) =>
      Object.fromEntries(
        Object.entries(tasks).map(([service, list]) => [
          service,
          list.map((t) => {
            const [node, image = ""] = t.split("=");
            expect(image.startsWith(`${registry}/`), image).toBe(true);
            return `${node} ${image.slice(image.lastIndexOf("/") + 1)}`;
          }),
        ]),
      );
    const onBoth = (sha: string) =>
      Object.fromEntries(SERVICES.map((s) => [s, cluster.nodes.map((n) => `${n.name} ${s}:${sha}`).sort()]));

    // 8: converged on both nodes, each node's health probed on its own address, database at head
    const good = stage(results, "swarm-deploy");
    expect(good.status).toBe("success");
    expect(where(good.facts.tasks)).toEqual(onBoth(SWARM_RELEASE_A.sha));
    expect(good.facts.dbRevision).toBe("0003");
    expect(good.facts.deployment).toMatchObject({ sha: SWARM_RELEASE_A.sha, latest: "success" });
    for (const s of SERVICES)
      for (const n of cluster.nodes)
        expect(good.facts.healthEvidence.join("\n")).toContain(`${s}@${n.name}: pass`);

    // 9: the worker's 500 → Swarm's own rollback reported, then ours: A's images on both, database 0003
    const bad = stage(results, "swarm-bad-release");
    expect(bad.status).toBe("rolled-back");
    expect(bad.facts.message).toMatch(
      /^restart \(stack deploy\) failed: Swarm's own decision: orchestrator: Swarm (is rolling|rolled) the update back/,
    );
    expect(bad.facts.message).toMatch(new RegExp(`; rolled back to ${SWARM_RELEASE_A.sha.slice(0, 7)}$`));
    expect(bad.facts.swarmDecision).toBe(true);
    expect(bad.facts.rollback).toMatchObject({
      ok: true,
      breakerTripped: true,
      plan: { dbTarget: "0003", migrationsToUndo: ["0004"] },
    });
    expect(where(bad.facts.tasks)).toEqual(onBoth(SWARM_RELEASE_A.sha));
    expect(bad.facts.dbRevision).toBe("0003");
    expect(bad.facts.breaker).toBe("TRIPPED");
    expect(bad.facts.deployLock).toBe("0");
    expect(bad.facts.deployment.latest).toBe("failure");
    expect(readFileSync(join(out, bad.facts.incidentFile), "utf8")).toContain("5555555");
    expect(bad.title).toContain(`500 on ${worker}`);

    expect(log).toMatch(/✔ \[1\/2\] Swarm: .* — success \(/);
    expect(log).toMatch(/✔ \[2\/2\] Swarm: .* — rolled-back \(/);
    for (const s of results.stages) for (const f of s.files) expect(existsSync(join(out, f)), f).toBe(true);

    // nothing left: no daemon, registry, namespace, veth, folder, mount or lease of the cluster
    expect(JSON.parse(readFileSync(join(out, "resources.json"), "utf8"))).toEqual([]);
    const mounts = readFileSync("/proc/mounts", "utf8");
    for (const n of cluster.nodes) {
      expect(alive(n.pid), `${n.name}'s dockerd (pid ${n.pid}) still running`).toBe(false);
      expect(existsSync(n.dir), n.dir).toBe(false);
      expect(existsSync(`/var/run/netns/${n.netns}`), n.netns).toBe(false);
      expect(mounts).not.toContain(n.netns);
    }
    expect(alive(cluster.registry.pid), "docker-registry still running").toBe(false);
    expect(existsSync(cluster.dir), cluster.dir).toBe(false);
    expect(mounts).not.toContain(cluster.dir);
    expect(existsSync(cluster.lease), cluster.lease).toBe(false);
    expect(existsSync(`/sys/class/net/opssw${cluster.index}`)).toBe(false);
    expect(existsSync(cluster.checkout), cluster.checkout).toBe(false);
  });
});
