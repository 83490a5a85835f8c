import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DockerClient, exec, testDocker } from "./docker.ts";
import {
  buildRelease,
  compose,
  getHealth,
  SMOKE_TESTS,
  type StackEnv,
  scratchDb,
  sqliteColumns,
  sqliteTables,
  stackContainers,
  stackDown,
  stackEnv,
  stackUp,
  teardownStack,
  waitStackHealthy,
  warmStackCache,
} from "./stack.ts";

async function inspect(
  docker: DockerClient,
  id: string,
): Promise<{ RestartCount: number; State: { Status: string; Health?: { Status: string } } }> {
  return JSON.parse(await docker.ok(["inspect", "--format", "{{json .}}", id]));
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.concurrent("example stack under real docker", () => {
  const docker = testDocker();
  const stacks: StackEnv[] = [];
  const env = async (release: string) => {
    const stack = await stackEnv(docker, { release });
    stacks.push(stack);
    return stack;
  };
  beforeAll(async () => {
    await warmStackCache(docker);
  });
  afterAll(async () => {
    for (const s of stacks) await teardownStack(docker, s);
  });

  it("builds a release, comes up healthy reporting its version, passes the pytest smoke tests, goes down", async () => {
    const stack = await env("1.0.0");
    const built = await buildRelease(docker, "1.0.0", "good", { prefix: stack.prefix });
    expect(built.images.orchestrator).toBe(`${stack.prefix}/orchestrator:1.0.0`);
    expect(built.ids.signal_service).toMatch(/^sha256:/);
    await stackUp(stack);
    const health = await waitStackHealthy(stack);
    expect(health.execution_gateway.body).toMatchObject({
      status: "ok",
      service: "execution_gateway",
      version: "1.0.0",
    });

    const ids = await stackContainers(docker, stack);
    expect(Object.keys(ids).sort()).toEqual(["execution_gateway", "orchestrator", "signal_service"]);
    const state = await until("docker health = healthy", async () => {
      const s = await inspect(docker, ids.orchestrator as string);
      return s.State.Health?.Status === "healthy" ? s : undefined;
    });
    expect(state.State.Status).toBe("running");

    const pytest = await exec(
      "/usr/bin/python3",
      ["-m", "pytest", "-q", "-p", "no:cacheprovider", SMOKE_TESTS],
      {
        env: { ...stack.env, EXPECT_RELEASE: "1.0.0" },
        timeoutMs: 60_000,
      },
    );
    expect(pytest.stdout).toMatch(/8 passed/);
    expect(pytest.code).toBe(0);

    await stackDown(stack);
    expect(await stackContainers(docker, stack)).toEqual({});
    expect((await getHealth(stack.healthUrls.signal_service)).status).toBe(0);
  });

  it("a health500 release answers 500 on the bad service only, and the smoke tests fail naming it", async () => {
    const stack = await env("2.0.0-bad");
    await buildRelease(docker, "2.0.0-bad", { orchestrator: "health500" }, { prefix: stack.prefix });
    await stackUp(stack);
    await waitStackHealthy(stack, 30_000, ["signal_service", "execution_gateway"]);
    const bad = await until("orchestrator answering", async () => {
      const h = await getHealth(stack.healthUrls.orchestrator);
      return h.status !== 0 ? h : undefined;
    });
    expect(bad.status).toBe(500);
    expect(bad.body).toMatchObject({ status: "error", service: "orchestrator", version: "2.0.0-bad" });
    const pytest = await exec(
      "/usr/bin/python3",
      ["-m", "pytest", "-q", "-p", "no:cacheprovider", SMOKE_TESTS],
      {
        env: stack.env,
        timeoutMs: 60_000,
      },
    );
    expect(pytest.code).toBe(1);
    expect(pytest.stdout).toMatch(/FAILED .*test_health_endpoint_is_ok\[orchestrator\]/);
  });

  it("a crashloop release restarts over and over (RestartCount rises) and logs its fatal error", async () => {
    const stack = await env("3.0.0-crash");
    await buildRelease(docker, "3.0.0-crash", { execution_gateway: "crashloop" }, { prefix: stack.prefix });
    await stackUp(stack);
    const ids = await stackContainers(docker, stack);
    const id = ids.execution_gateway as string;
    const first = await until("a first restart", async () => {
      const s = await inspect(docker, id);
      return s.RestartCount >= 1 ? s.RestartCount : undefined;
    });
    const later = await until("the restart count to rise", async () => {
      const s = await inspect(docker, id);
      return s.RestartCount > first ? s.RestartCount : undefined;
    });
    expect(later).toBeGreaterThan(first);
    const logs = await docker.run(["logs", "--tail", "5", id]);
    expect(logs.stderr).toMatch(/ERROR execution_gateway 3\.0\.0-crash: fatal/);
  });

  it("a slow release answers 503 until its start delay has passed, then 200", async () => {
    // 10 s: long enough that the first answer comes before it even on a loaded machine.
    const stack = await env("4.0.0-slow");
    await buildRelease(
      docker,
      "4.0.0-slow",
      { signal_service: "slow" },
      { prefix: stack.prefix, slowStartS: 10 },
    );
    await stackUp(stack);
    const early = await until("signal_service answering", async () => {
      const h = await getHealth(stack.healthUrls.signal_service);
      return h.status !== 0 ? h : undefined;
    });
    const body = early.body as { status: string; uptime_s: number };
    expect(body.uptime_s).toBeLessThan(10);
    expect(early.status).toBe(503);
    expect(body.status).toBe("starting");
    const health = await waitStackHealthy(stack, 40_000);
    expect(health.signal_service.body).toMatchObject({ status: "ok", version: "4.0.0-slow" });
    expect((health.signal_service.body as { uptime_s: number }).uptime_s).toBeGreaterThanOrEqual(10);
  });

  it("DELAY_MS delays every answer (latency degradation); the errors variant is healthy but logs ERROR lines", async () => {
    const stack = await env("6.0.0-degraded");
    await buildRelease(
      docker,
      "6.0.0-degraded",
      { orchestrator: "errors" },
      { prefix: stack.prefix, delayMs: 300 },
    );
    await stackUp(stack);
    await waitStackHealthy(stack);
    const started = performance.now();
    const answer = await getHealth(stack.healthUrls.signal_service);
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300); // a lower bound: the CGI sleeps first
    const ids = await stackContainers(docker, stack);
    const logs = await until("an ERROR line in the logs", async () => {
      const l = await docker.run(["logs", "--tail", "20", ids.orchestrator as string]);
      return /ERROR orchestrator 6\.0\.0-degraded: upstream call failed/.test(l.stderr) ? l : undefined;
    });
    expect(logs.code).toBe(0);
    expect((await getHealth(stack.healthUrls.orchestrator)).status).toBe(200);
  });

  it("the compose file is valid for docker-compose v1 with the env rendered for a test", async () => {
    const stack = await env("5.0.0");
    const config = await compose(stack, ["config"]);
    expect(config.code).toBe(0);
    expect(config.stdout).toContain(`image: ${stack.prefix}/orchestrator:5.0.0`);
    expect(config.stdout).toContain(`PORT: '${stack.ports.orchestrator}'`);
    expect(config.stdout).toContain("network_mode: host");
  });
});

describe("example Alembic project on SQLite", () => {
  it("upgrades to head (0003), downgrades step by step dropping what each revision made", async () => {
    const db = await scratchDb({ revision: "head" });
    try {
      const current = await db.alembic(["current"]);
      expect(current.stdout.trim()).toBe("0003 (head)");
      expect(await sqliteColumns(db.path, "orders")).toContain("venue");
      expect((await db.alembic(["downgrade", "0002"])).code).toBe(0);
      expect(await sqliteColumns(db.path, "orders")).not.toContain("venue");
      expect((await db.alembic(["downgrade", "base"])).code).toBe(0);
      expect(await sqliteTables(db.path)).toEqual(["alembic_version"]);
    } finally {
      await db.remove();
    }
  });

  it("a failing migration leaves no half-applied DDL: the database stays at the revision before the run", async () => {
    const db = await scratchDb({ revision: "0002" });
    try {
      await db.addRevision({
        revision: "0004",
        downRevision: "0003",
        message: "breaks half way",
        upgrade: [
          'op.create_table("audit", sa.Column("id", sa.Integer, primary_key=True))',
          'with op.batch_alter_table("orders") as batch_op:',
          '    batch_op.add_column(sa.Column("fee", sa.Numeric))',
          'op.execute("SELECT * FROM no_such_table")',
        ].join("\n"),
        downgrade: 'op.drop_table("audit")',
      });
      const result = await db.alembic(["upgrade", "head"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("no such table: no_such_table");
      expect((await db.alembic(["current"])).stdout.trim()).toBe("0002");
      expect(await sqliteTables(db.path)).toEqual(["alembic_version", "orders", "signals"]);
      const columns = await sqliteColumns(db.path, "orders");
      expect(columns).not.toContain("venue"); // 0003 ran in the same transaction and was rolled back too
      expect(columns).not.toContain("fee");
    } finally {
      await db.remove();
    }
  });

  it("takes the database from DATABASE_URL, and -x db_url wins over it", async () => {
    const db = await scratchDb();
    const other = await scratchDb();
    try {
      expect((await db.alembic(["-x", `db_url=${other.url}`, "upgrade", "0001"])).code).toBe(0);
      expect(await sqliteTables(other.path)).toContain("signals");
      expect((await db.alembic(["current"])).stdout.trim()).toBe("");
    } finally {
      await db.remove();
      await other.remove();
    }
  });
});
