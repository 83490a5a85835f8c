// `ops killswitch|breaker|lock|audit` against a real redis-server: in process through the dispatcher
// (exit codes, text and JSON), and as the built `ops` binary with an ACL user whose password must not
// appear in any output.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { errorKind, errorMessage } from "../../action/errors.js";
import { redisSecrets } from "../../state/connection.js";
import type { CliIo, CommandModule } from "../io.js";
import * as audit from "./audit.js";
import * as breaker from "./breaker.js";
import * as killswitch from "./killswitch.js";
import * as lock from "./lock.js";

let server: RedisServer;
const PASSWORD = "Ops:p@ss/w0rd%";
let aclUrl: string;

beforeAll(async () => {
  server = await startRedis({ users: [{ name: "oncall", password: PASSWORD }] });
  aclUrl = server.urlFor("oncall", PASSWORD);
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  await redisCli(server, ["FLUSHALL"]);
});

function io(env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } {
  const box = {
    out: "",
    err: "",
    env: { USER: "alice", ...env },
    cwd: process.cwd(),
    stdout: (t: string) => {
      box.out += t;
    },
    stderr: (t: string) => {
      box.err += t;
    },
  };
  return box;
}

const COMMANDS: Record<string, CommandModule> = { killswitch, breaker, lock, audit };

/** As the dispatcher runs a command (main.ts loads it by a dynamic path vitest cannot follow). */
async function dispatch(args: string[], t: CliIo): Promise<number> {
  const [name = "", ...rest] = args;
  const command = COMMANDS[name];
  if (!command) throw new Error(`no command ${name}`);
  try {
    return await command.run(rest, t);
  } catch (error) {
    t.stderr(`ops ${name}: ${errorMessage(error)}\n`);
    return errorKind(error) === "configuration" ? 2 : 1;
  }
}

async function ops(args: string[], env: NodeJS.ProcessEnv = {}) {
  const t = io({ REDIS_URL: server.url, ...env });
  const code = await dispatch(args, t);
  return { code, out: t.out, err: t.err };
}

describe("ops killswitch / breaker / lock / audit (in process)", () => {
  it("killswitch on trips the breaker, records the reason; status shows it; --check exits 1", async () => {
    const on = await ops(["killswitch", "on", "--reason", "runaway orders"]);
    expect(on).toMatchObject({ code: 0, err: "" });
    expect(on.out).toContain("Kill switch activated");
    expect(on.out).toContain("killswitch:active: (not set) -> true");
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("TRIPPED");
    const status = await ops(["killswitch", "status", "--json"]);
    expect(JSON.parse(status.out)).toMatchObject({
      killSwitch: "active",
      breaker: "TRIPPED",
      lock: { held: false },
    });
    expect((await ops(["killswitch", "status", "--check"])).code).toBe(1);
    const audit = await ops(["audit", "--count", "1", "--json"]);
    expect(JSON.parse(audit.out)).toEqual([
      expect.objectContaining({ op: "killswitch.activate", actor: "alice (cli)", reason: "runaway orders" }),
    ]);
  });

  it("breaker reset is refused while the kill switch is on (exit 1, evidence); works after off", async () => {
    await ops(["killswitch", "on", "--reason", "stop"]);
    const refused = await ops(["breaker", "reset", "--reason", "recovered"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/refused: the kill switch is active/);
    expect(refused.err).toContain('killswitch:active = "true"');
    const off = await ops(["killswitch", "off", "--reason", "recovered", "--json"]);
    expect(off.code).toBe(0);
    expect(JSON.parse(off.out)).toMatchObject({
      operation: "killswitch.deactivate",
      changed: true,
      state: { breaker: "TRIPPED" },
    });
    const reset = await ops(["breaker", "reset", "--reason", "drawdown normal, broker ok, feeds current"]);
    expect(reset.code).toBe(0);
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("OPEN");
    expect((await ops(["breaker", "status", "--check"])).code).toBe(0);
  });

  it("works inside a workflow: the actor and run URL come from the runner's environment", async () => {
    await ops(["breaker", "trip", "--reason", "manual"], {
      GITHUB_ACTOR: "octocat",
      GITHUB_REPOSITORY: "o/r",
      GITHUB_RUN_ID: "77",
    });
    const [entry] = JSON.parse((await ops(["audit", "--json"])).out) as Array<Record<string, string>>;
    expect(entry).toMatchObject({
      actor: "octocat",
      runUrl: "https://github.com/o/r/actions/runs/77",
      runId: "77",
    });
  });

  it("lock: status, release of a manual lock, refusal of a run's lock without --force, forced release audited", async () => {
    expect((await ops(["lock"])).out).toContain("deploy:lock is free");
    expect((await ops(["lock", "take", "--reason", "db maintenance", "--ttl", "10m"])).code).toBe(0);
    const status = await ops(["lock", "status", "--json"]);
    expect(JSON.parse(status.out)).toMatchObject({
      held: true,
      manual: true,
      owner: { actor: "alice (cli)", reason: "db maintenance" },
    });
    expect((await ops(["lock", "take", "--reason", "again"])).code).toBe(1);
    expect((await ops(["lock", "release", "--reason", "maintenance done"])).code).toBe(0);
    expect(await redisCli(server, ["EXISTS", "deploy:lock"])).toBe("0");

    await redisCli(server, [
      "SET",
      "deploy:lock",
      JSON.stringify({ kind: "deploy", runId: "5", actor: "bot" }),
      "PX",
      "60000",
    ]);
    const refused = await ops(["lock", "release", "--reason", "stuck"]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/add --force/);
    const forced = await ops(["lock", "release", "--force", "--reason", "run 5 crashed"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/deploy lock released/);
    const [entry] = JSON.parse((await ops(["audit", "--json"])).out) as Array<Record<string, string>>;
    expect(entry).toMatchObject({ op: "lock.force-release", reason: "run 5 crashed", key: "deploy:lock" });
  });

  it("text output cannot act as a workflow command, whatever the reason says", async () => {
    await ops(["breaker", "trip", "--reason", "::error::injected\n::set-output name=x::y"]);
    for (const args of [["audit"], ["breaker", "status"]]) {
      const r = await ops(args);
      expect(r.out).toContain("injected");
      expect(r.out).not.toMatch(/^\s*::/m);
    }
  });

  it("--prefix changes every key", async () => {
    await ops(["breaker", "trip", "--reason", "x", "--prefix", "staging:"]);
    expect(await redisCli(server, ["GET", "staging:cb:state"])).toBe("TRIPPED");
    expect(await redisCli(server, ["EXISTS", "cb:state"])).toBe("0");
  });

  it("bad usage exits 2 naming the option; nothing is written", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["killswitch"], /give a subcommand: ops killswitch on\|off\|status/],
      [["killswitch", "explode", "--reason", "x"], /unknown subcommand "explode"/],
      [["killswitch", "on"], /--reason is required/],
      [["breaker", "trip", "--reason", "   "], /--reason is required/],
      [
        ["breaker", "trip", "--reason", "x", "--redis-url", "http://h:1"],
        /--redis-url: .* is not a valid Redis URL/,
      ],
      [
        ["breaker", "trip", "--reason", "x", "--redis-url", "redis://u:hunter2@h:1/abc"],
        /--redis-url:.*redis:\/\/u:\*\*\*@h:1\/abc/,
      ],
      [["breaker", "trip", "--reason", "x", "--prefix", "a b"], /--prefix: "a b" is not a valid key prefix/],
      [["audit", "--count", "0"], /option --count: "0" is not valid/],
      [["lock", "take", "--reason", "x", "--ttl", "forever"], /option --ttl/],
      [["breaker", "status", "--bogus"], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const r = await ops(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err, args.join(" ")).toMatch(message);
      expect(r.err).not.toContain("hunter2");
    }
    const noUrl = io();
    expect(await dispatch(["breaker", "status"], noUrl)).toBe(2);
    expect(noUrl.err).toMatch(/--redis-url is required \(or set REDIS_URL\)/);
    expect(await redisCli(server, ["DBSIZE"])).toBe("0");
  });

  it("Redis unreachable: exit 1 with a clear message, quickly", async () => {
    const gone = await startRedis();
    await gone.stop();
    const r = await ops(["breaker", "status", "--redis-url", gone.url]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(
        `ops breaker: Redis at redis://127\\.0\\.0\\.1:${gone.port} cannot be reached: connect ECONNREFUSED`,
      ),
    );
  });
});

const bin = fileURLToPath(new URL("../../../bin/ops.js", import.meta.url));

function runOps(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH ?? "", USER: "alice", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("the built `ops` binary with an ACL user", () => {
  it("runs every operation; the password appears in no output, even with DEBUG=* (ioredis debug)", async () => {
    const secrets = redisSecrets(aclUrl);
    expect(secrets.length).toBeGreaterThanOrEqual(2);
    const env = { REDIS_URL: aclUrl, DEBUG: "*" };
    const runs = [
      await runOps(["killswitch", "on", "--reason", "drill"], env),
      await runOps(["killswitch", "status", "--json"], env),
      await runOps(["killswitch", "off", "--reason", "drill over"], env),
      await runOps(["breaker", "reset", "--reason", "drill over"], env),
      await runOps(["breaker", "trip", "--reason", "drill 2"], env),
      await runOps(["breaker", "status"], env),
      await runOps(["lock", "status"], env),
      await runOps(["audit", "--count", "50"], env),
      await runOps(["breaker", "status", "--redis-url", server.urlFor("oncall", `${PASSWORD}x`)], {}),
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(runs[8]?.stderr).toMatch(/refused the credentials in --redis-url: WRONGPASS/);
    expect(runs[7]?.stdout.trim().split("\n")).toHaveLength(9);
    for (const r of runs) {
      for (const s of [...secrets, ...redisSecrets(server.urlFor("oncall", `${PASSWORD}x`))]) {
        expect(r.stdout).not.toContain(s);
        expect(r.stderr).not.toContain(s);
      }
    }
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("TRIPPED");
  });

  it("speaks TLS (rediss://) trusting the CA from NODE_EXTRA_CA_CERTS, and refuses without it", async () => {
    const tls = await startRedis({ tls: true, users: [{ name: "oncall", password: PASSWORD }] });
    try {
      const tlsUrl = tls.urlFor("oncall", PASSWORD);
      const ok = await runOps(["breaker", "trip", "--reason", "tls drill", "--json"], {
        REDIS_URL: tlsUrl,
        NODE_EXTRA_CA_CERTS: tls.caFile ?? "",
      });
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout)).toMatchObject({ state: { breaker: "TRIPPED" } });
      expect(await redisCli(tls, ["GET", "cb:state"], { user: "oncall", password: PASSWORD })).toBe(
        "TRIPPED",
      );
      const untrusted = await runOps(["breaker", "status"], { REDIS_URL: tlsUrl });
      expect(untrusted.code).toBe(1);
      expect(untrusted.stderr).toMatch(/self-signed certificate/);
      for (const r of [ok, untrusted])
        for (const s of redisSecrets(tlsUrl)) expect(r.stdout + r.stderr).not.toContain(s);
    } finally {
      await tls.stop();
    }
  });

  it("exits 2 for bad usage and 1 when Redis is down, as a real process", async () => {
    const gone = await startRedis();
    await gone.stop();
    const bad = await runOps(["killswitch", "on"], { REDIS_URL: aclUrl });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--reason is required/);
    const down = await runOps(["killswitch", "status"], { REDIS_URL: gone.url });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot be reached/);
  });
});
