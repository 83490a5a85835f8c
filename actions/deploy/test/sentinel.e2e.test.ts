// A deploy through Redis Sentinel, end to end with the COMMITTED deploy bundle: examples/stack on the
// test's private dockerd, the real alembic, the GitHub emulator, and a real Sentinel set (one master, one
// replica, three sentinels). The master is SIGKILLed while the deploy verifies health: the sentinels
// promote the replica, the deploy's Redis connections find the new master, and the deploy completes.
// The next deploy is refused at the lock while no replica acknowledges it (WAIT), with its own wording;
// once the old master is back as a replica the same deploy succeeds.

import { testDocker } from "@ops/testkit/docker";
import { type GitHubEmulator, startGitHubEmulator } from "@ops/testkit/github-emulator";
import { runAction } from "@ops/testkit/runner";
import {
  type Commit,
  mergeCommit,
  type ProductionHost,
  productionHost,
  pushEvent,
  QUICK_RELEASE_INPUTS,
  RELEASE_A,
  RELEASE_B,
} from "@ops/testkit/scenario";
import { type Address, type SentinelSet, startSentinelSet } from "@ops/testkit/sentinel";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const docker = testDocker();
let gh: GitHubEmulator;
let set: SentinelSet;
let host: ProductionHost;
const NODE_PASSWORD = "sentinel-e2e-pw-1";

async function deploy(commit: Commit, onStdout?: (stdout: string) => void) {
  await host.checkout(commit);
  mergeCommit(gh, commit);
  const started = Date.now();
  const r = await runAction({
    action: "deploy",
    inputs: {
      ...host.inputs,
      ...QUICK_RELEASE_INPUTS,
      "redis-url": set.url({ replicas: "1", "failover-timeout": "30s" }),
      // The breaker read during verification rides through the failover (a few seconds here).
      "redis-timeout": "20s",
    },
    env: {
      ...gh.env(),
      ...host.env,
      GITHUB_SHA: commit.sha,
      GITHUB_REF: "refs/heads/master",
      GITHUB_WORKFLOW: "Deploy",
    },
    event: pushEvent(commit),
    eventName: "push",
    workspace: host.dir,
    timeoutMs: 240_000,
    ...(onStdout ? { onStdout } : {}),
  });
  if (!r.outputs.status) throw new Error(`no status output\n${r.stdout}\n${r.stderr}`);
  return { ...r, ms: Date.now() - started };
}

beforeAll(async () => {
  const t0 = Date.now();
  [gh, set, host] = await Promise.all([
    startGitHubEmulator(),
    startSentinelSet({ password: NODE_PASSWORD }),
    productionHost(docker),
  ]);
  console.info(`set-up (emulator, sentinel set, host) in ${Date.now() - t0} ms`);
  const master = await set.masterAddress();
  await set.cli(master as Address, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
  await set.cli(master as Address, ["WAIT", "1", "2000"]);
});

afterAll(async () => {
  await Promise.all([gh?.stop(), set?.stop(), host?.teardown()]);
});

describe("deploy through Redis Sentinel (committed bundle)", () => {
  let old: Address | undefined;

  it("completes although the master is SIGKILLed while it verifies health", async () => {
    let killed: Promise<Address> | undefined;
    const r = await deploy(RELEASE_A, (stdout) => {
      if (!killed && /▶ verify health/.test(stdout)) killed = set.killMaster();
    });
    console.info(`deploy with a failover in ${r.ms} ms`);
    expect(killed, "the deploy never reached verify health").toBeDefined();
    old = await (killed as Promise<Address>);
    expect(r.outputs.status, `${r.summary}\n${r.stdout}`).toBe("success");
    expect(r.exitCode).toBe(0);
    expect(await host.dbRevision()).toBe("0003");
    const { master } = await set.waitForFailover(old, 10_000);
    expect(master.port).not.toBe(old.port);
    // The lock was released on the new master; the breaker is still OPEN there.
    expect(await set.cli(master, ["EXISTS", "deploy:lock"])).toBe("0");
    expect(await set.cli(master, ["GET", "cb:state"])).toBe("OPEN");
    // Nothing printed a password (but the mask command that hides it).
    const printed = `${r.stdout}${r.stderr}${r.summary}`
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    expect(printed).not.toContain(NODE_PASSWORD);
    expect(r.stdout).toContain(`::add-mask::${NODE_PASSWORD}`);
  });

  it("the next deploy is refused while no replica acknowledges the lock, and succeeds once the old master is back", async () => {
    const refused = await deploy(RELEASE_B);
    expect(refused.outputs.status, refused.summary).toBe("refused");
    expect(refused.summary).toContain("the deploy lock could not be replicated");
    expect(refused.summary).toContain("a Redis failover could hand it to a second deploy");
    expect(refused.summary).toMatch(/SENTINEL replicas/);
    expect(refused.summary).not.toMatch(/Wait for the other run/);
    expect(await host.dbRevision()).toBe("0003");
    const master = await set.masterAddress();
    expect(await set.cli(master as Address, ["EXISTS", "deploy:lock"])).toBe("0");

    await set.restartAsReplica(old as Address);
    const r = await deploy(RELEASE_B);
    console.info(`deploy after the rejoin in ${r.ms} ms`);
    expect(r.outputs.status, r.summary).toBe("success");
    expect(await host.dbRevision()).toBe("0004");
  });
});
