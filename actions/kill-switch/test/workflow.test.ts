// kill-switch.yml asks for the least permissions and runs deactivate and reset only behind the approval
// environment (every other operation without it). actionlint, the action.yml rules and the README tables
// are checked for every workflow and action by packages/testkit/src/repo-checks.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@ops/testkit/runner";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const file = join(REPO_ROOT, ".github/workflows/kill-switch.yml");

interface Job {
  if?: string;
  needs?: string | string[];
  environment?: string | { name: string };
  permissions?: Record<string, string>;
  "runs-on"?: unknown;
  concurrency?: unknown;
  steps?: Array<{ uses?: string; with?: Record<string, string> }>;
}
const workflow = parse(readFileSync(file, "utf8")) as {
  on: { workflow_dispatch: { inputs: Record<string, { options?: string[]; type?: string }> } };
  permissions: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
};

/** Which jobs run the action for an operation, evaluating the jobs' simple `if:` expressions. */
function jobsFor(operation: string): string[] {
  return Object.entries(workflow.jobs)
    .filter(([, job]) => job.steps?.some((s) => s.uses === "./actions/kill-switch"))
    .filter(([, job]) => {
      const clauses = (job.if ?? "").split("||").map((c) => /inputs\.operation == '(\w+)'/.exec(c)?.[1]);
      return clauses.includes(operation);
    })
    .map(([name]) => name);
}

describe("kill-switch.yml", () => {
  it("offers every operation as a choice, and a reason", () => {
    const inputs = workflow.on.workflow_dispatch.inputs;
    expect(inputs.operation?.type).toBe("choice");
    expect(new Set(inputs.operation?.options)).toEqual(
      new Set(["status", "activate", "trip", "deactivate", "reset"]),
    );
    expect(inputs.reason).toBeDefined();
  });

  it("asks for no permission at the top and at most contents: read in its jobs", () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const uses = job.steps?.some((s) => s.uses?.startsWith("actions/checkout"));
      expect(job.permissions, name).toEqual(uses ? { contents: "read" } : {});
    }
  });

  it("asks reviewers only once the request has a reason", () => {
    const approved = Object.values(workflow.jobs).find((j) => j.environment !== undefined);
    const needs = [approved?.needs ?? []].flat();
    expect(needs).toHaveLength(1);
    const check = workflow.jobs[needs[0] ?? ""];
    expect(check?.environment).toBeUndefined();
    expect(JSON.stringify(check?.steps)).toMatch(/REASON/);
    expect(JSON.stringify(check?.steps)).not.toMatch(/run:[^"]*\$\{\{/); // no expression inside the script
  });

  it("runs deactivate and reset only in the approval environment, the others without waiting", () => {
    const env = (name: string) => {
      const e = workflow.jobs[name]?.environment;
      return typeof e === "string" ? e : e?.name;
    };
    for (const op of ["deactivate", "reset"]) {
      const jobs = jobsFor(op);
      expect(jobs, op).toHaveLength(1);
      expect(env(jobs[0] ?? ""), op).toBe("production-approval");
    }
    for (const op of ["activate", "trip", "status"]) {
      const jobs = jobsFor(op);
      expect(jobs, op).toHaveLength(1);
      expect(env(jobs[0] ?? ""), op).toBeUndefined();
    }
  });

  it("passes the operation, the reason and the Redis secret to the action", () => {
    for (const job of Object.values(workflow.jobs).filter((j) =>
      j.steps?.some((s) => s.uses === "./actions/kill-switch"),
    )) {
      const step = job.steps?.find((s) => s.uses === "./actions/kill-switch");
      const expr = (e: string) => `\${{ ${e} }}`;
      expect(step?.with).toMatchObject({
        operation: expr("inputs.operation"),
        reason: expr("inputs.reason"),
        "redis-url": expr("secrets.REDIS_URL"),
      });
      expect(String(job["runs-on"])).toMatch(/self-hosted/);
    }
  });

  it("an emergency stop never waits: no concurrency group can queue activate or trip behind anything", () => {
    // GitHub queues a job behind any other run in its group (workflow-level or job-level) and cancels an
    // older pending one: a shared group would put an `activate` behind a `deactivate` awaiting approval.
    expect(workflow.concurrency).toBeUndefined();
    for (const op of ["activate", "trip"]) {
      for (const name of jobsFor(op)) {
        const job = workflow.jobs[name];
        expect(job?.concurrency, `${op}: ${name}`).toBeUndefined();
        expect(job?.environment, `${op}: ${name}`).toBeUndefined();
        expect(job?.needs, `${op}: ${name}`).toBeUndefined();
      }
    }
  });
});
