import { afterAll, describe, expect, it } from "vitest";
import { type SentinelSet, startSentinelSet } from "./sentinel.ts";

describe("startSentinelSet", () => {
  let set: SentinelSet | undefined;
  afterAll(async () => {
    await set?.stop();
  });

  it("forms a set, fails over when the master is killed, and takes the old master back as a replica", async () => {
    const t0 = Date.now();
    set = await startSentinelSet({ password: "node-pw" });
    const startMs = Date.now() - t0;
    console.info(`sentinel set formed in ${startMs} ms`);
    expect(set.sentinels).toHaveLength(3);
    expect(set.url({ replicas: "1" })).toMatch(
      /^redis\+sentinel:\/\/:node-pw@127\.0\.0\.1:\d+,127\.0\.0\.1:\d+,127\.0\.0\.1:\d+\/opsmaster\?replicas=1$/,
    );
    const first = await set.masterAddress();
    expect(first?.port).toBe(set.nodes[0]?.port);
    await set.cli(first as { host: string; port: number }, ["SET", "k", "v"]);
    await set.cli(first as { host: string; port: number }, ["WAIT", "1", "1000"]);

    const old = await set.killMaster();
    const { master, ms } = await set.waitForFailover(old);
    console.info(`failover in ${ms} ms`);
    expect(master.port).toBe(set.nodes[1]?.port);
    expect(await set.cli(master, ["GET", "k"])).toBe("v");

    const back = await set.restartAsReplica(old);
    expect(back.port).toBe(old.port);
    expect(await set.cli(back, ["ROLE"])).toMatch(/^slave/);
    expect(await set.cli(back, ["GET", "k"])).toBe("v");
    await set.stop();
    expect(set.sentinels.every((s) => !s.running)).toBe(true);
    expect(set.nodes.every((n) => !n.running)).toBe(true);
    set = undefined;
  }, 60_000);
});
