// The demo end to end, as `npm run demo` runs it (scripts/demo.ts under Node 24, non-interactive): every
// stage's outcome from what the demo observed (results.json), the files it wrote, and that it removed
// everything it started — after a full run on this test run's engine, and after Ctrl-C in the middle of
// a deploy on a private dockerd it started itself.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DemoResults, StageResult } from "./demo.ts";
import { testDocker } from "./docker.ts";
import { node24, REPO_ROOT } from "./runner.ts";
import { RELEASE_A, RELEASE_B } from "./scenario.ts";

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
}

const stage = (results: DemoResults, id: string): StageResult & { facts: Facts } => {
  const s = results.stages.find((x) => x.id === id);
  if (!s) throw new Error(`no stage ${id} in ${results.stages.map((x) => x.id).join(", ")}`);
  return s as StageResult & { facts: Facts };
};

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
});
