// The committed bundle (dist/index.js) run through the runner harness against a real redis-server with
// an ACL user: every operation, the outputs, the summary, the audit tail, the open-order cancellation
// (command and webhook, success and loud failure), bad inputs, Redis down, and the password masked.

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { commandsOf, node24, type RunActionResult, runAction } from "@ops/testkit/runner";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

const PASSWORD = "K1ll:sw/tch@pw%";
let server: RedisServer;
let url: string;
let secrets: string[];

beforeAll(async () => {
  server = await startRedis({ users: [{ name: "oncall", password: PASSWORD }] });
  url = server.urlFor("oncall", PASSWORD);
  secrets = [PASSWORD, encodeURIComponent(PASSWORD)];
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  await redisCli(server, ["FLUSHALL"]);
  await redisCli(server, ["MSET", "killswitch:active", "false", "cb:state", "OPEN"]);
});

function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunActionResult> {
  return runAction({
    action: "kill-switch",
    inputs: { "redis-url": url, ...inputs },
    env,
    timeoutMs: 30_000,
  });
}

/** The password is registered as a secret before anything else, and appears nowhere but in add-mask. */
function expectMasked(r: RunActionResult, more: string[] = []): void {
  const all = [...secrets, ...more];
  const masks = commandsOf(r, "add-mask").map((c) => c.data);
  const inputs = Object.entries(r.env)
    .filter(([k]) => k.startsWith("INPUT_"))
    .map(([, v]) => v)
    .join("\n");
  for (const s of all) if (inputs.includes(s)) expect(masks).toContain(s);
  const lines = r.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::"));
  for (const s of all) {
    expect(lines.join("\n")).not.toContain(s);
    expect(r.stderr).not.toContain(s);
    expect(r.summary).not.toContain(s);
    expect(JSON.stringify(r.outputs)).not.toContain(s);
  }
}

function state(r: RunActionResult): Record<string, unknown> {
  return JSON.parse(r.outputs.state ?? "{}") as Record<string, unknown>;
}

describe("kill-switch action bundle", () => {
  it("status: reads the state, changes nothing", async () => {
    const r = await run({ operation: "status" });
    expect(r.exitCode).toBe(0);
    expect(state(r)).toMatchObject({
      schema: 1,
      killSwitch: "inactive",
      breaker: "OPEN",
      lock: { held: false },
    });
    expect(r.outputs.changed).toBe("false");
    expect(r.outputs["cancel-orders"]).toBe("skipped");
    expect(r.summary).toMatch(/## ✅ Trading state: normal/);
    expect(await redisCli(server, ["EXISTS", "ops:audit"])).toBe("0");
    expectMasked(r);
  });

  it("activate: kill switch on, breaker tripped, audit with the run URL, cancellation command run", async () => {
    const record = join(mkdtempSync(join(tmpdir(), "cancel-")), "calls.jsonl");
    writeFileSync(record, "");
    const script = fileURLToPath(new URL("./fixtures/cancel-orders.mjs", import.meta.url));
    const r = await run({
      operation: "activate",
      reason: "runaway orders on venue X",
      "cancel-orders-command": JSON.stringify([node24(), script, "0", record]),
    });
    expect(r.exitCode).toBe(0);
    expect(state(r)).toMatchObject({
      killSwitch: "active",
      breaker: "TRIPPED",
      tripReason: "kill switch: runaway orders on venue X",
    });
    expect(r.outputs.changed).toBe("true");
    expect(r.outputs["cancel-orders"]).toBe("ok");
    expect(await redisCli(server, ["GET", "killswitch:active"])).toBe("true");
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("TRIPPED");
    expect(JSON.parse(readFileSync(record, "utf8").trim())).toEqual({
      reason: "runaway orders on venue X",
      actor: "octocat",
      runUrl: "https://github.com/octo-org/octo-repo/actions/runs/4242",
    });
    expect(r.summary).toMatch(/## ✅ Kill switch activated/);
    expect(r.summary).toContain("### Open-order cancellation");
    expect(r.summary).toContain("cancelled 3 open orders");
    expect(r.summary).toMatch(/### Audit \(newest first\)[\s\S]*killswitch\.activate/);
    // The audit's run URL is shown as text (anyone who can write Redis writes it), never as a link.
    expect(r.summary).toContain("<code>https:\u200b//github.com/octo-org/octo-repo/actions/runs/4242</code>");
    const audit = await redisCli(server, ["XREVRANGE", "ops:audit", "+", "-", "COUNT", "1"]);
    expect(audit).toContain("octocat");
    expect(audit).toContain("https://github.com/octo-org/octo-repo/actions/runs/4242");
    expectMasked(r);
  });

  it("activate with a failing cancellation: the step fails loudly, the kill switch stays active and says so", async () => {
    const script = fileURLToPath(new URL("./fixtures/cancel-orders.mjs", import.meta.url));
    const r = await run({
      operation: "activate",
      reason: "broker outage",
      "cancel-orders-command": JSON.stringify([node24(), script, "3"]),
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs["cancel-orders"]).toBe("failed");
    expect(state(r)).toMatchObject({ killSwitch: "active", breaker: "TRIPPED" });
    expect(await redisCli(server, ["GET", "killswitch:active"])).toBe("true");
    expect(r.summary).toMatch(/## ❌ Kill switch activated/);
    expect(r.summary).toContain("The open-order cancellation FAILED");
    expect(r.summary).toContain("broker API returned 503");
    expect(r.summary).toContain("exited with code 3");
    const errors = commandsOf(r, "error").map((c) => `${c.properties.title} ${c.data}`);
    expect(errors.join("\n")).toMatch(/open orders NOT cancelled/);
    expect(errors.join("\n")).toMatch(/kill switch is ACTIVE.*change stands.*cancel open orders by hand/);
  });

  describe("webhook", () => {
    let hook: Server;
    let hookUrl: string;
    const received: Array<{ body: unknown; path: string }> = [];
    let mode: "ok" | "fail" | "hang" = "ok";
    beforeAll(async () => {
      hook = createServer((req, res) => {
        let body = "";
        req.on("data", (c: Buffer) => {
          body += c.toString();
        });
        req.on("end", () => {
          received.push({ body: JSON.parse(body || "null"), path: req.url ?? "" });
          if (mode === "hang") return;
          res.writeHead(mode === "ok" ? 200 : 500, { "content-type": "text/plain" });
          res.end(mode === "ok" ? "cancelled" : "exchange gateway down");
        });
      });
      await new Promise<void>((resolve) => hook.listen(0, "127.0.0.1", resolve));
      const address = hook.address();
      hookUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/cancel?token=hooksecret123`;
    });
    afterAll(async () => {
      hook.closeAllConnections();
      await new Promise((resolve) => hook.close(resolve));
    });

    it("posts the event; a 500 or a timeout fails the step with the state change standing", async () => {
      mode = "ok";
      const ok = await run({ operation: "activate", reason: "drill", "cancel-orders-webhook": hookUrl });
      expect(ok.exitCode).toBe(0);
      expect(received.at(-1)).toMatchObject({
        path: "/cancel?token=hooksecret123",
        body: { event: "kill-switch-activated", reason: "drill", actor: "octocat" },
      });
      expect(ok.summary).toContain("HTTP 200");
      expect(ok.summary).not.toContain("hooksecret123");

      mode = "fail";
      const failed = await run({
        operation: "activate",
        reason: "drill 2",
        "cancel-orders-webhook": hookUrl,
      });
      expect(failed.exitCode).toBe(1);
      expect(failed.outputs["cancel-orders"]).toBe("failed");
      expect(failed.summary).toContain("HTTP 500");
      expect(failed.summary).toContain("exchange gateway down");

      mode = "hang";
      const hung = await run({
        operation: "activate",
        reason: "drill 3",
        "cancel-orders-webhook": hookUrl,
        "cancel-orders-timeout": "1s",
      });
      expect(hung.exitCode).toBe(1);
      expect(hung.summary).toContain("timed out after 1000 ms");
      expect(await redisCli(server, ["GET", "killswitch:active"])).toBe("true");
      for (const r of [ok, failed, hung]) expectMasked(r, ["hooksecret123"]);
    });
  });

  it("deactivate: kill switch off, the breaker stays tripped and the summary says so", async () => {
    await run({ operation: "activate", reason: "incident" });
    const r = await run({ operation: "deactivate", reason: "incident over" });
    expect(r.exitCode).toBe(0);
    expect(state(r)).toMatchObject({ killSwitch: "inactive", breaker: "TRIPPED" });
    expect(r.summary).toMatch(/## ✅ Kill switch deactivated/);
    expect(r.summary).toMatch(/still TRIPPED/);
    expect(r.outputs["cancel-orders"]).toBe("skipped");
  });

  it("trip and reset: reset shows the recovery questions and records cb:last_reset", async () => {
    const trip = await run({ operation: "trip", reason: "drawdown 12%" });
    expect(trip.exitCode).toBe(0);
    expect(state(trip)).toMatchObject({ breaker: "TRIPPED", tripReason: "drawdown 12%" });
    const reset = await run({ operation: "reset", reason: "drawdown back to 2%" });
    expect(reset.exitCode).toBe(0);
    const after = state(reset);
    expect(after).toMatchObject({ breaker: "OPEN", tripReason: null });
    expect(after.lastReset).toBe(await redisCli(server, ["GET", "cb:last_reset"]));
    expect(reset.summary).toMatch(/## ✅ Circuit breaker reset/);
    for (const q of [
      "Has the drawdown normalized?",
      "Is the broker API healthy?",
      "Are the data feeds current?",
    ]) {
      expect(reset.summary).toContain(q);
    }
    expect(reset.summary).toMatch(/cb:state<\/code>: <code>TRIPPED<\/code> → <code>OPEN<\/code>/);
    expectMasked(reset);
  });

  it("reset while the kill switch is active is refused, with the evidence, changing nothing", async () => {
    await run({ operation: "activate", reason: "stop" });
    const r = await run({ operation: "reset", reason: "too early" });
    expect(r.exitCode).toBe(1);
    expect(r.summary).toMatch(/## ⛔ kill-switch refused/);
    expect(r.summary).toMatch(/deactivate it before resetting/);
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("TRIPPED");
  });

  it("key-prefix: every key under the prefix", async () => {
    const r = await run({ operation: "trip", reason: "staging drill", "key-prefix": "staging:" });
    expect(r.exitCode).toBe(0);
    expect(await redisCli(server, ["GET", "staging:cb:state"])).toBe("TRIPPED");
    expect(await redisCli(server, ["GET", "cb:state"])).toBe("OPEN");
  });

  it("bad inputs are configuration errors naming the input, and change nothing", async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { operation: "explode", reason: "x" },
        /input `operation`: "explode" is not valid; expected one of activate, deactivate, trip, reset, status/,
      ],
      [{ operation: "trip", reason: "" }, /input `reason` is required/],
      [{ operation: "trip", reason: "   " }, /input `reason` is required/],
      [
        { operation: "trip", reason: "x", "redis-url": "localhost:6379" },
        /redis-url: .*is not a valid Redis URL/,
      ],
      [
        { operation: "trip", reason: "x", "redis-url": `http://oncall:${encodeURIComponent(PASSWORD)}@h:1` },
        /redis-url: "http:\/\/oncall:\*\*\*@h:1" is not a valid Redis URL/,
      ],
      [
        { operation: "trip", reason: "x", "key-prefix": "bad prefix" },
        /key-prefix: "bad prefix" is not a valid key prefix/,
      ],
      [
        { operation: "activate", reason: "x", "cancel-orders-webhook": "ftp://h/x" },
        /input `cancel-orders-webhook`/,
      ],
      [
        { operation: "activate", reason: "x", "cancel-orders-timeout": "soon" },
        /input `cancel-orders-timeout`/,
      ],
    ];
    for (const [inputs, message] of cases) {
      const r = await run(inputs);
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(r.summary, JSON.stringify(inputs)).toMatch(/configuration error/);
      expect(
        commandsOf(r, "error")
          .map((c) => c.data)
          .join("\n"),
        JSON.stringify(inputs),
      ).toMatch(message);
      expectMasked(r);
    }
    const none = await run({}, {});
    expect(none.exitCode).toBe(1);
    expect(commandsOf(none, "error")[0]?.data).toMatch(/input `operation` is required/);
    expect(await redisCli(server, ["EXISTS", "ops:audit"])).toBe("0");
  });

  it("rediss://: talks TLS to Redis, trusting a private CA through NODE_EXTRA_CA_CERTS", async () => {
    const tls = await startRedis({ tls: true, users: [{ name: "oncall", password: PASSWORD }] });
    try {
      const r = await runAction({
        action: "kill-switch",
        inputs: { operation: "trip", reason: "tls drill", "redis-url": tls.urlFor("oncall", PASSWORD) },
        env: { NODE_EXTRA_CA_CERTS: tls.caFile ?? "" },
        timeoutMs: 20_000,
      });
      expect(r.exitCode).toBe(0);
      expect(state(r)).toMatchObject({ breaker: "TRIPPED", tripReason: "tls drill" });
      expect(r.stdout).toMatch(/Redis: rediss:\/\/oncall:\*\*\*@127\.0\.0\.1/);
      expectMasked(r);
    } finally {
      await tls.stop();
    }
  });

  it("Redis frozen (SIGSTOP): the step fails within the connect timeout and the process ends", async () => {
    const frozen = await startRedis();
    frozen.pause();
    try {
      const r = await runAction({
        action: "kill-switch",
        inputs: { operation: "activate", reason: "x", "redis-url": frozen.url, "connect-timeout": "1s" },
        timeoutMs: 15_000,
      });
      expect(r.timedOut).toBe(false);
      expect(r.exitCode).toBe(1);
      expect(commandsOf(r, "error")[0]?.data).toMatch(/cannot be reached: no answer within 1000 ms/);
    } finally {
      await frozen.stop();
    }
  });

  it("Redis down: fails fast with a clear message and the process ends", async () => {
    const gone = await startRedis();
    await gone.stop();
    const r = await runAction({
      action: "kill-switch",
      inputs: { operation: "activate", reason: "x", "redis-url": gone.url, "connect-timeout": "1s" },
      timeoutMs: 15_000,
    });
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(commandsOf(r, "error")[0]?.data).toMatch(/cannot be reached: connect ECONNREFUSED/);
    expect(r.summary).toMatch(/a dependency did not answer/);
  });
});
