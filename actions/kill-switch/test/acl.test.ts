// Least privilege (issue 10, point 8): a Redis ACL user limited to the runbook's keys, without INFO,
// CLIENT or any @dangerous command — exactly the line the README shows — runs the committed kill-switch
// and smoke bundles and the deploy lock with no warning on stderr and nothing denied in Redis's ACL LOG.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { REPO_ROOT, runAction } from "@ops/testkit/runner";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const PASSWORD = "runbook-Pa55";

/** The ACL rules after `user runbook on >PASSWORD`, read from the README so the documented line is tested. */
function documentedRules(): string {
  const readme = readFileSync(join(REPO_ROOT, "actions/kill-switch/README.md"), "utf8");
  const line = /^ACL SETUSER runbook on >\S+ (.+)$/m.exec(readme)?.[1];
  if (!line) throw new Error("actions/kill-switch/README.md: no `ACL SETUSER runbook on >… …` line");
  return line.trim();
}

let server: RedisServer;
let url: string;

beforeAll(async () => {
  server = await startRedis({ password: "admin-secret" });
  const rules = documentedRules();
  expect(rules).not.toMatch(/\+@all|\+info|\+@dangerous|~\*/);
  await redisCli(server, ["ACL", "SETUSER", "runbook", "on", `>${PASSWORD}`, ...rules.split(/\s+/)], {
    password: "admin-secret",
  });
  url = server.urlFor("runbook", PASSWORD);
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  const admin = { password: "admin-secret" };
  await redisCli(server, ["ACL", "LOG", "RESET"], admin);
  await redisCli(server, ["DEL", "killswitch:active", "cb:state", "cb:trip_reason", "ops:audit"], admin);
  await redisCli(server, ["MSET", "killswitch:active", "false", "cb:state", "OPEN"], admin);
});

async function deniedInRedis(): Promise<string> {
  return redisCli(server, ["ACL", "LOG"], { password: "admin-secret" });
}

describe("a least-privilege ACL user", () => {
  it("really is limited: INFO and other keys are denied", async () => {
    // redis-cli prints a denial and exits 0.
    expect(await redisCli(server, ["INFO"], { user: "runbook", password: PASSWORD })).toMatch(/NOPERM/);
    expect(await redisCli(server, ["GET", "other"], { user: "runbook", password: PASSWORD })).toMatch(
      /NOPERM/,
    );
    await redisCli(server, ["ACL", "LOG", "RESET"], { password: "admin-secret" });
  });

  it("runs the kill-switch bundle (status, activate, deactivate) with a clean stderr", async () => {
    for (const operation of ["status", "activate", "deactivate"]) {
      const r = await runAction({
        action: "kill-switch",
        inputs: { operation, reason: "least-privilege check", "redis-url": url },
        timeoutMs: 30_000,
      });
      expect(r.exitCode, `${operation}: ${r.stdout}`).toBe(0);
      expect(r.stderr, operation).toBe("");
      expect(
        r.commands.filter((c) => c.command === "warning"),
        operation,
      ).toEqual([]);
    }
    expect(await redisCli(server, ["GET", "killswitch:active"], { password: "admin-secret" })).toBe("false");
    // activate: three keys, three entries; deactivate: one.
    expect(await redisCli(server, ["XLEN", "ops:audit"], { password: "admin-secret" })).toBe("4");
    expect(await deniedInRedis()).toBe("");
  });

  it("runs the smoke bundle's breaker read with a clean stderr", async () => {
    const r = await runAction({
      action: "smoke",
      inputs: { "redis-url": url, timeout: "10s" },
      timeoutMs: 30_000,
    });
    expect(r.stderr).toBe("");
    expect(r.commands.filter((c) => c.command === "warning")).toEqual([]);
    expect(JSON.parse(r.outputs.report ?? "{}").breaker).toMatchObject({ state: "OPEN" });
    expect(await deniedInRedis()).toBe("");
  });

  it("takes, checks, extends and releases the deploy lock, and fences a state write on it", async () => {
    const { openState } = await import("@ops/core/state/client");
    const { acquireDeployLock } = await import("@ops/core/state/lock");
    const { tripBreaker } = await import("@ops/core/state/breaker");
    const client = await openState(url);
    try {
      const held = await acquireDeployLock(
        client,
        { kind: "deploy", actor: "octocat", runId: "1", runUrl: "https://gh/o/r/actions/runs/1" },
        { ttlMs: 60_000, heartbeatMs: 0 },
      );
      await held.check("the migrations");
      await tripBreaker(client, { actor: "octocat", reason: "fenced" }, { fence: held.writeFence() });
      expect(await held.release()).toBe(true);
    } finally {
      await client.close();
    }
    expect(await redisCli(server, ["GET", "cb:state"], { password: "admin-secret" })).toBe("TRIPPED");
    expect(await deniedInRedis()).toBe("");
  });
});
