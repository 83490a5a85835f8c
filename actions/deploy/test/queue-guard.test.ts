// The queue guard between rollback.yml and deploy.yml: GitHub keeps one pending job per concurrency group
// and cancels the older pending one, so a newer push's deploy could replace a queued rollback. The
// rollback engages the kill switch in a job outside the group; deploy.yml's `held` job reads it and skips
// the deploy job before it enters the group. The structure is checked on the workflow files, and the
// `held` step's own script is run for real against redis-server.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  steps?: Array<{ id?: string; if?: string; run?: string; uses?: string; with?: Record<string, string> }>;
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

  it("inside the group the deploy reads the hold again first, and every other step skips when held", () => {
    const steps = deploy.deploy?.steps ?? [];
    expect(steps[0]?.id).toBe("recheck");
    // The same script as the `held` job (one behaviour, tested below against redis-server).
    expect(steps[0]?.run).toBe(deploy.held?.steps?.find((s) => s.id === "read")?.run);
    for (const step of steps.slice(1))
      expect(step.if ?? "", step.uses ?? step.id).toContain("steps.recheck.outputs.held != 'true'");
  });
});

describe("queue guard: the held step against redis-server", () => {
  let redis: RedisServer;
  let secured: RedisServer;
  let dir: string;
  const script = workflow("deploy.yml").jobs.held?.steps?.find((s) => s.id === "read")?.run ?? "";
  // A password with characters a URL must percent-encode, for a least-privilege ACL user.
  const password = "p@ss:w/r\\nd%1";

  beforeAll(async () => {
    redis = await startRedis();
    secured = await startRedis({
      password: "default-secret",
      users: [{ name: "deployer", password, rules: "resetkeys ~killswitch:* ~prod:killswitch:* -@all +get" }],
    });
    dir = mkdtempSync(join(tmpdir(), "queue-guard-"));
  });
  afterAll(async () => {
    await redis.stop();
    await secured.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function held(
    redisUrl: string,
    prefix = "",
    path = process.env.PATH ?? "",
  ): { held: string; stdout: string } {
    const output = join(dir, "output");
    writeFileSync(output, "");
    const r = spawnSync("bash", process.env.QG_DEBUG ? ["-x", "-e", "-c", script] : ["-e", "-c", script], {
      env: { PATH: path, REDIS_URL: redisUrl, KEY_PREFIX: prefix, GITHUB_OUTPUT: output },
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(r.status, r.stderr).toBe(0);
    if (process.env.QG_DEBUG) console.log(r.stdout, r.stderr);
    return { held: /held=(\w+)/.exec(readFileSync(output, "utf8"))?.[1] ?? "", stdout: r.stdout };
  }

  it("passes the password through REDISCLI_AUTH, never on redis-cli's command line", async () => {
    expect(
      await redisCli(secured, ["SET", "killswitch:active", "true"], { password: "default-secret" }),
    ).toBe("OK");
    // A redis-cli in front of the real one that records what it was given, then runs it.
    const bin = join(dir, "bin");
    mkdirSync(bin, { recursive: true });
    const real = spawnSync("bash", ["-c", "command -v redis-cli"], { encoding: "utf8" }).stdout.trim();
    writeFileSync(
      join(bin, "redis-cli"),
      `#!/bin/bash\nprintf '%s\\n' "$@" > "${dir}/argv"\nprintf '%s' "$REDISCLI_AUTH" > "${dir}/auth"\nexec ${real} "$@"\n`,
      { mode: 0o755 },
    );
    const url = secured.urlFor("deployer", password);
    expect(url).toContain(encodeURIComponent(password));
    const on = held(url, "", `${bin}:${process.env.PATH ?? ""}`);
    expect(on.held).toBe("true");
    const argv = readFileSync(join(dir, "argv"), "utf8");
    expect(argv).not.toContain(password);
    expect(argv).not.toContain(encodeURIComponent(password));
    expect(argv).toContain("deployer");
    expect(readFileSync(join(dir, "auth"), "utf8")).toBe(password);
    // The default user's password through the plain `redis://:password@host` form too.
    expect(held(secured.url, "", `${bin}:${process.env.PATH ?? ""}`).held).toBe("true");
    expect(readFileSync(join(dir, "argv"), "utf8")).not.toContain("default-secret");
    // A wrong password is unreadable, left to the deploy's fail-closed gate (not a hold).
    expect(held(secured.urlFor("deployer", "wrong")).held).toBe("false");
  });

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
