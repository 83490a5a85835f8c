import { describe, expect, it } from "vitest";
import { broken, World } from "./__fixtures__/world.js";
import { restartServices } from "./restart.js";

const inputs = (services?: string[]) => ({
  services,
  reason: "gateway stuck",
  lockWaitMs: 0,
  lockTtlMs: 60_000,
  environment: "production",
  run: { runUrl: "https://gh/o/r/actions/runs/9", actor: "ana", repository: "o/r" },
});

describe("restart button", () => {
  it("restarts one service under the lock, verifies it, and records it in the audit stream", async () => {
    const w = new World();
    w.seedRelease("a".repeat(40), { db: "0002" });
    const r = await restartServices(inputs(["gateway"]), w.deps());
    expect(r.status).toBe("success");
    expect(w.restarts).toEqual(["gateway"]);
    expect(w.redis.lock).toBeUndefined();
    expect(w.auditLog).toEqual(["restart: gateway stuck"]);
  });

  it("fails loudly when the stack is unhealthy after the restart, and is refused while the lock is held", async () => {
    const w = new World();
    w.seedRelease("b".repeat(40), { db: "0002" });
    w.health["b".repeat(40)] = broken();
    const r = await restartServices(inputs(), w.deps());
    expect(r.status).toBe("failure");
    expect(r.message).toMatch(
      /not healthy: gateway \/health answered 500 \(expected 200\), 12 tries in 15 s/,
    );
    expect(w.auditLog[0]).toMatch(/^restart-failed/);
    w.redis.lock = "deploy run 3";
    const refused = await restartServices(inputs(), w.deps());
    expect(refused.status).toBe("refused");
    expect(w.restarts).toEqual(["all"]);
  });
});
