// The queue guard between rollback.yml and deploy.yml: GitHub keeps one pending job per concurrency group
// and cancels the older pending one, so a newer push's deploy could replace a queued rollback. The
// rollback engages the kill switch in a job outside the group; deploy.yml's `held` job reads it and skips
// the deploy job before it enters the group. The structure is checked on the workflow files, and the
// `held` step's own script is run for real against redis-server.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { REPO_ROOT } from "@ops/testkit/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Job {
  needs?: string | string[];
  if?: string;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  steps?: Array<{ id?: string; run?: string; uses?: string; with?: Record<string, string> }>;
}
const workflow = (name: string) =>
  parse(readFileSync(join(REPO_ROOT, ".github/workflows", name), "utf8")) as { jobs: Record<string, Job> };

describe("queue guard: workflow structure", () => {
  const deploy = workflow("deploy.yml").jobs;
  const rollback = workflow("rollback.yml").jobs;

  it("deploy and rollback share one group and never cancel a run in progress", () => {
    expect(deploy.deploy?.concurrency).toEqual({ group: "production-release", "cancel-in-progress": false });
    expect(rollback.rollback?.concurrency).toEqual({
      group: "production-release",
      "cancel-in-progress": false,
    });
  });

  it("the rollback holds deploys outside the group before its own job queues", () => {
    expect(rollback["hold-deploys"]?.concurrency).toBeUndefined();
    expect(rollback.rollback?.needs).toBe("hold-deploys");
    const hold = rollback["hold-deploys"]?.steps?.find((s) => s.with?.["hold-deploys-only"] === "true");
    expect(hold?.uses).toMatch(/actions\/rollback$/);
  });

  it("a held deploy is skipped before it can enter the group", () => {
    expect(deploy.held?.concurrency).toBeUndefined();
    expect(deploy.deploy?.needs).toBe("held");
    expect(deploy.deploy?.if).toBe("needs.held.outputs.held != 'true'");
  });
});

describe("queue guard: the held step against redis-server", () => {
  let redis: RedisServer;
  let dir: string;
  const script = workflow("deploy.yml").jobs.held?.steps?.find((s) => s.id === "read")?.run ?? "";

  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), "queue-guard-"));
  });
  afterAll(async () => {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function held(redisUrl: string, prefix = ""): { held: string; stdout: string } {
    const output = join(dir, "output");
    writeFileSync(output, "");
    const r = spawnSync("bash", ["-e", "-c", script], {
      env: { PATH: process.env.PATH ?? "", REDIS_URL: redisUrl, KEY_PREFIX: prefix, GITHUB_OUTPUT: output },
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(r.status).toBe(0);
    return { held: /held=(\w+)/.exec(readFileSync(output, "utf8"))?.[1] ?? "", stdout: r.stdout };
  }

  it("holds deploys while the kill switch is on, and only then", async () => {
    expect(script).toContain("redis-cli");
    await redisCli(redis, ["SET", "killswitch:active", "true"]);
    const on = held(redis.url);
    expect(on.held).toBe("true");
    expect(on.stdout).toContain("::notice::The kill switch is on");
    await redisCli(redis, ["SET", "killswitch:active", "false"]);
    expect(held(redis.url).held).toBe("false");
  });

  it("reads the key prefix, and leaves an unreadable Redis to the deploy's own fail-closed gate", async () => {
    await redisCli(redis, ["SET", "prod:killswitch:active", "true"]);
    expect(held(redis.url, "prod:").held).toBe("true");
    expect(held("redis://127.0.0.1:1").held).toBe("false");
  });
});
