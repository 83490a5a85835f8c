// The compose adapter against a real engine (a private dockerd unless OPS_TEST_DOCKER_HOST is set) and the
// example stack, with Debian's docker-compose 1.29 (v1). The v2 plugin is not installed here: auto
// detection must fall back to v1, and the v2 code path is exercised through a shim that answers
// `docker compose version` as 2.x and forwards to docker-compose (it proves our argv, not v2 itself).

import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acquireDocker, type DockerClient } from "@ops/testkit/docker";
import {
  type BuiltRelease,
  buildRelease,
  getHealth,
  type StackEnv,
  stackEnv,
  teardownStack,
  waitStackHealthy,
} from "@ops/testkit/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CommandRunner, runCommand } from "../process/run-command.js";
import { createCompose } from "./compose.js";
import type { ContainerInfo } from "./container.js";
import { imagesPresent, listRepository, pruneReleases, tagImage } from "./images.js";
import { type ComposeSession, composeSession } from "./session.js";

let docker: DockerClient;
let release: () => Promise<void>;
const stacks: StackEnv[] = [];
let shimDir: string;

beforeAll(async () => {
  ({ docker, release } = await acquireDocker());
  shimDir = await mkdtemp(join(tmpdir(), "ops-compose-shim-"));
  const shim = join(shimDir, "docker");
  await writeFile(
    shim,
    '#!/bin/sh\n# Test shim: `docker compose …` as a v2 plugin would answer, forwarded to docker-compose v1.\nif [ "$1" = compose ]; then shift; if [ "$1" = version ]; then echo 2.99.0-shim; exit 0; fi; exec docker-compose "$@"; fi\nexec docker "$@"\n',
  );
  await chmod(shim, 0o755);
}, 240_000);

afterAll(async () => {
  for (const s of stacks) await teardownStack(docker, s);
  await rm(shimDir, { recursive: true, force: true });
  await release();
}, 120_000);

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const one = (state: Record<string, ContainerInfo[]>, service: string): ContainerInfo => {
  const c = state[service]?.[0];
  if (!c) throw new Error(`no container for ${service}`);
  return c;
};

describe.each([
  { name: "docker-compose v1", command: ["docker-compose"], flavor: "v1", session: false },
  {
    name: "docker-compose v1 through the compose session",
    command: ["docker-compose"],
    flavor: "v1",
    session: true,
  },
  { name: "`docker compose` argv through a v2 shim", command: "shim", flavor: "v2", session: false },
] as const)("compose adapter with $name (real docker)", ({ command, flavor, session: inSession }) => {
  let stack: StackEnv;
  let v1: BuiltRelease;
  let v2: BuiltRelease;
  let crash: BuiltRelease;
  // In the session row every docker-compose call must go through the session: the fallback counts them.
  let session: ComposeSession | undefined;
  const composeProcesses: string[] = [];
  const fallback: CommandRunner = (argv, o) => {
    if (argv[0] === "docker-compose") composeProcesses.push(argv.join(" "));
    return runCommand(argv, o);
  };
  const compose = () =>
    createCompose({
      run: session?.run ?? runCommand,
      files: [stack.composeFile],
      project: stack.project,
      env: stack.env,
      command: command === "shim" ? [join(shimDir, "docker"), "compose"] : command,
    });

  beforeAll(async () => {
    stack = await stackEnv(docker, { release: "1.0.0" });
    stacks.push(stack);
    if (inSession)
      session = composeSession(fallback, { program: "docker-compose", cwd: process.cwd(), env: stack.env });
    [v1, v2, crash] = await Promise.all([
      buildRelease(docker, "1.0.0", "good", { prefix: stack.prefix }),
      buildRelease(docker, "2.0.0", "good", { prefix: stack.prefix, services: ["orchestrator"] }),
      buildRelease(docker, "3.0.0-crash", "crashloop", {
        prefix: stack.prefix,
        services: ["execution_gateway"],
      }),
    ]);
  }, 240_000);

  it("detects the command it was given", async () => {
    expect((await compose().command()).flavor).toBe(flavor);
  });

  it("up: every service runs the release's image; ps and inspect agree; logs are readable", async () => {
    const c = compose();
    expect((await c.services()).sort()).toEqual(["execution_gateway", "orchestrator", "signal_service"]);
    await c.up({ env: { RELEASE: "1.0.0" } });
    await waitStackHealthy(stack);
    const ps = await c.ps();
    expect(Object.keys(ps)).toEqual(["execution_gateway", "orchestrator", "signal_service"]);
    const state = await until("docker health checks to pass", async () => {
      const s = await c.state();
      return Object.values(s).every((list) => list[0]?.health === "healthy") ? s : undefined;
    });
    for (const service of ["signal_service", "execution_gateway", "orchestrator"] as const) {
      const info = one(state, service);
      expect(info).toMatchObject({
        status: "running",
        running: true,
        restartCount: 0,
        oomKilled: false,
        exitCode: 0,
      });
      expect(info.imageId).toBe(v1.ids[service]);
      expect(info.image).toBe(`${stack.prefix}/${service}:1.0.0`);
      expect(info.project).toBe(stack.project);
    }
    expect(await c.runningImages()).toEqual(v1.ids);
    const logs = await c.logs(["orchestrator"], { tail: 20 });
    expect(logs.orchestrator).toContain("INFO orchestrator 1.0.0: starting on port");
  });

  it("recreate one service with a new release: new container and image, the others untouched", async () => {
    const c = compose();
    const before = await c.ps();
    await c.recreate(["orchestrator"], { env: { RELEASE: "2.0.0" } });
    const after = await c.state();
    expect(one(after, "orchestrator").id).not.toBe(before.orchestrator?.[0]);
    expect(one(after, "orchestrator").imageId).toBe(v2.ids.orchestrator);
    expect(one(after, "signal_service").id).toBe(before.signal_service?.[0]);
    const health = await until("orchestrator 2.0.0 answering", async () => {
      const h = await getHealth(stack.healthUrls.orchestrator);
      return h.status === 200 ? h : undefined;
    });
    expect(health.body).toMatchObject({ version: "2.0.0" });
  });

  it("restart a service: same container, started again", async () => {
    const c = compose();
    const before = one(await c.state(), "signal_service");
    await c.restart("signal_service", { stopTimeoutS: 2 });
    const after = one(await c.state(), "signal_service");
    expect(after.id).toBe(before.id);
    expect(after.startedAt).not.toBe(before.startedAt);
    expect(after.running).toBe(true);
  });

  it("a crash-looping release: restart count rises, exit code and logs since the recreate tell why", async () => {
    const c = compose();
    const since = new Date(Date.now() - 1000).toISOString();
    await c.recreate(["execution_gateway"], { env: { RELEASE: "3.0.0-crash" } });
    const first = await until("a restart", async () => {
      const info = one(await c.state(), "execution_gateway");
      return info.restartCount >= 1 ? info : undefined;
    });
    const later = await until("another restart", async () => {
      const info = one(await c.state(), "execution_gateway");
      return info.restartCount > first.restartCount ? info : undefined;
    });
    expect(later.imageId).toBe(crash.ids.execution_gateway);
    const logs = await c.logs(["execution_gateway"], { since, tail: 10 });
    expect(logs.execution_gateway).toContain("fatal: cannot start");
    const exited = await until("an exited or restarting state with code 3", async () => {
      const info = one(await c.state(), "execution_gateway");
      return info.exitCode === 3 ? info : undefined;
    });
    expect(["restarting", "exited", "running"]).toContain(exited.status);
  });

  it("down removes every container of the project", async () => {
    const c = compose();
    await c.down({ stopTimeoutS: 1, removeOrphans: true });
    expect(await c.state()).toEqual({});
    expect(await c.containerIds()).toEqual([]);
    if (session) {
      expect(session.started).toBe(1);
      expect(composeProcesses).toEqual([]);
      await session.close();
    }
  });
});

describe("compose detection and builds on this machine (real programs)", () => {
  it("auto-detects: the v2 plugin when `docker compose version` works, else docker-compose v1", async () => {
    const v2 = await runCommand(["docker", "compose", "version", "--short"], { timeoutMs: 15_000 }).catch(
      () => undefined,
    );
    const c = createCompose({ run: runCommand, env: docker.env });
    const found = await c.command();
    expect(found.flavor).toBe(v2?.code === 0 ? "v2" : "v1");
    if (found.flavor === "v1") expect(found.argv).toEqual(["docker-compose"]);
  });

  it("builds a release with compose build (RELEASE from the environment) and labels it", async () => {
    const stack = await stackEnv(docker, { release: "7.0.0" });
    stacks.push(stack);
    const c = createCompose({
      run: runCommand,
      files: [stack.composeFile],
      project: stack.project,
      env: stack.env,
    });
    await c.build(["signal_service"], { env: { RELEASE: "7.0.0", SIGNAL_SERVICE_VARIANT: "health500" } });
    const ref = `${stack.prefix}/signal_service:7.0.0`;
    const labels = JSON.parse(
      await docker.ok(["image", "inspect", "--format", "{{json .Config.Labels}}", ref]),
    );
    expect(labels).toMatchObject({ "ops.release": "7.0.0", "ops.service": "signal_service" });
    const env = await docker.ok(["image", "inspect", "--format", "{{json .Config.Env}}", ref]);
    expect(env).toContain("VARIANT=health500");
  });
});

describe("release images on a real engine", () => {
  it("presence, tagging and retention keep the newest N plus protected and in-use images", async () => {
    const stack = await stackEnv(docker);
    stacks.push(stack);
    const repo = `${stack.prefix}/orchestrator`;
    const o = { run: runCommand, env: docker.env };
    for (const v of ["1", "2", "3", "4"]) {
      await buildRelease(docker, v, "good", { prefix: stack.prefix, services: ["orchestrator"] });
    }
    const present = await imagesPresent(o, [`${repo}:1`, `${repo}:4`, `${repo}:99`]);
    expect(present.present).toEqual([`${repo}:1`, `${repo}:4`]);
    expect(present.missing).toEqual([`${repo}:99`]);

    await tagImage(o, `${repo}:4`, `${repo}:current`);
    expect((await listRepository(o, repo)).map((i) => i.tag).sort()).toEqual(["1", "2", "3", "4", "current"]);

    // A container uses release 2: it must survive.
    await docker.ok(["create", "--name", `${stack.project}-pin`, `${repo}:2`]);
    const result = await pruneReleases(o, { repositories: [repo], keep: 1, protectTags: ["1"] });
    expect(result.failed).toEqual([]);
    const left = (await listRepository(o, repo)).map((i) => i.tag).sort();
    expect(left).toContain("1"); // protected
    expect(left).toContain("2"); // in use
    expect(left).not.toContain("3");
    expect(result.removed).toContain(`${repo}:3`);
    await docker.run(["rm", "-f", `${stack.project}-pin`]);
  });
});
