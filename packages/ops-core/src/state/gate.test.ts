// The deploy gate fails closed: the pure decision for every state, then the real thing in a child
// process against a stopped and a frozen (SIGSTOP) redis-server: refused within 3 s, and the process ends.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RefusalError } from "../action/errors.js";
import { checkGate, evaluateGate, requireGate } from "./gate.js";
import { interpretState, unreadableState } from "./state.js";

const state = (ks: string | null, cb: string | null, reason: string | null = null) =>
  interpretState({ killSwitch: ks, breaker: cb, tripReason: reason, lastReset: null });
const actor = { actor: "octocat", runId: "7" };

describe("evaluateGate (pure)", () => {
  it("lets a deploy through only with the kill switch off and the breaker exactly OPEN", () => {
    expect(evaluateGate(state("false", "OPEN"), { kind: "deploy" }).proceed).toBe(true);
    expect(evaluateGate(state(null, "OPEN"), { kind: "deploy" }).proceed).toBe(true);
    for (const [ks, cb] of [
      ["true", "OPEN"],
      ["false", "TRIPPED"],
      ["false", "open"],
      ["false", "OPEN "],
      ["false", null],
      ["1", "OPEN"],
    ] as const) {
      const d = evaluateGate(state(ks, cb), { kind: "deploy" });
      expect(d.proceed, `${ks} ${cb}`).toBe(false);
      expect(d.refusal).toBeTruthy();
    }
  });

  it("says why, with the trip reason as evidence", () => {
    const d = evaluateGate(state("false", "TRIPPED", "drawdown 12%"), { kind: "deploy" });
    expect(d.refusal).toMatch(/TRIPPED \(drawdown 12%\).*only OPEN/);
    expect(d.evidence).toContain('cb:trip_reason = "drawdown 12%"');
  });

  it("fails closed when Redis is unreadable; break-glass overrides only that, and is visible", () => {
    const down = unreadableState("connect ECONNREFUSED");
    const refused = evaluateGate(down, { kind: "deploy" });
    expect(refused.proceed).toBe(false);
    expect(refused.refusal).toMatch(
      /fails closed.*kill switch treated as active, breaker as tripped.*ECONNREFUSED/,
    );
    const forced = evaluateGate(down, { kind: "deploy", breakGlass: "hotfix for outage INC-12" });
    expect(forced.proceed).toBe(true);
    expect(forced.breakGlass?.reason).toBe("hotfix for outage INC-12");
    expect(forced.warnings.join()).toMatch(/BREAK-GLASS/);
    expect(evaluateGate(state("true", "TRIPPED"), { kind: "deploy", breakGlass: "please" }).proceed).toBe(
      false,
    );
  });

  it("lets a rollback through in every state, with warnings", () => {
    expect(evaluateGate(state("false", "OPEN"), { kind: "rollback" })).toMatchObject({
      proceed: true,
      warnings: [],
    });
    const tripped = evaluateGate(state("true", "TRIPPED"), { kind: "rollback" });
    expect(tripped.proceed).toBe(true);
    expect(tripped.warnings).toHaveLength(2);
    const down = evaluateGate(unreadableState("timeout"), { kind: "rollback" });
    expect(down.proceed).toBe(true);
    expect(down.warnings[0]).toMatch(/rollback proceeds anyway/);
  });
});

const probe = fileURLToPath(new URL("./__fixtures__/gate-probe.mjs", import.meta.url));

function runProbe(
  args: string[],
): Promise<{ code: number | null; out: Record<string, unknown>; wallMs: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [probe, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({
        code,
        out: JSON.parse(stdout.trim() || "{}") as Record<string, unknown>,
        wallMs: Date.now() - started,
      });
    });
  });
}

/**
 * The decision came within 3 s of asking (measured in the child), and the process then ended by itself
 * promptly: nothing (socket, timer, reconnection) kept it alive.
 */
function expectPrompt(run: { code: number | null; out: Record<string, unknown>; wallMs: number }): void {
  expect(Number(run.out.ms)).toBeLessThan(3000);
  expect(run.code).not.toBeNull();
  expect(run.wallMs).toBeLessThan(Number(run.out.ms) + 1500);
}

describe("the deploy gate against real redis-server", () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("proceeds when the state is normal and refuses when the breaker is tripped", async () => {
    await redisCli(server, ["MSET", "killswitch:active", "false", "cb:state", "OPEN"]);
    expect((await checkGate(server.url, { kind: "deploy", actor })).proceed).toBe(true);
    await redisCli(server, ["MSET", "cb:state", "TRIPPED", "cb:trip_reason", "manual stop"]);
    const error = await requireGate(server.url, { kind: "deploy", actor }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as RefusalError).message).toMatch(
      /deploy refused: the circuit breaker is TRIPPED \(manual stop\)/,
    );
    expect((error as RefusalError).evidence).toContain('cb:state = "TRIPPED"');
  });

  it("Redis stopped: the deploy check in a child process refuses within 3 s and the process exits", async () => {
    const gone = await startRedis();
    await gone.stop();
    const run = await runProbe([gone.url]);
    expect(run.code).toBe(1);
    expect(run.out.refused).toBe("RefusalError");
    expect(String(run.out.message)).toMatch(/fails closed.*cannot be reached/);
    expectPrompt(run);
  });

  it("Redis frozen (SIGSTOP): the deploy check refuses within 3 s and the process exits", async () => {
    const frozen = await startRedis();
    frozen.pause();
    try {
      const run = await runProbe([frozen.url]);
      expect(run.code).toBe(1);
      expect(String(run.out.message)).toMatch(/fails closed/);
      expectPrompt(run);
    } finally {
      await frozen.stop();
    }
  });

  it("Redis frozen: a rollback proceeds with a warning, and the process exits", async () => {
    const frozen = await startRedis();
    frozen.pause();
    try {
      const run = await runProbe([frozen.url, "rollback"]);
      expect(run.code).toBe(0);
      expect(run.out.proceed).toBe(true);
      expect(String(run.out.warnings)).toMatch(/rollback proceeds anyway/);
    } finally {
      await frozen.stop();
    }
  });

  it("Redis stopped with break-glass: the deploy proceeds and says the override could not be recorded", async () => {
    const gone = await startRedis();
    await gone.stop();
    const run = await runProbe([gone.url, "deploy", "hotfix INC-12"]);
    expect(run.code).toBe(0);
    expect(String(run.out.warnings)).toMatch(/BREAK-GLASS.*hotfix INC-12/);
    expect(String(run.out.warnings)).toMatch(/cannot be written to the audit stream/);
  });
});
