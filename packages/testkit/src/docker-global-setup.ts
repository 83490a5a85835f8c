// vitest globalSetup: one private dockerd for the whole run, shared by every test file (and every project
// that lists this module). If OPS_TEST_DOCKER_HOST is already set (e.g. CI started an engine, or another
// project's setup in this process did), it is reused and left running.
//
//   test: { globalSetup: ["@ops/testkit/docker-global-setup"] }   // then in tests: testDocker()

import type { TestProject } from "vitest/node";
import { type Dockerd, dockerClient, ensureBaseImage, startDockerd } from "./docker.ts";
import { warmStackCache } from "./stack.ts";

declare module "vitest" {
  interface ProvidedContext {
    opsDockerHost: string;
  }
}

interface Shared {
  starting?: Promise<Dockerd>;
  refs: number;
}

const KEY = Symbol.for("@ops/testkit/docker-global-setup");
const globals = globalThis as unknown as Record<symbol, Shared | undefined>;
const shared: Shared = globals[KEY] ?? { refs: 0 };
globals[KEY] = shared;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.OPS_TEST_DOCKER_HOST;
  if (external && !shared.starting) {
    const docker = dockerClient(external);
    await ensureBaseImage(docker);
    await warmStackCache(docker);
    process.env.DOCKER_HOST = external;
    project.provide("opsDockerHost", external);
    return async () => {};
  }
  shared.refs += 1;
  shared.starting ??= (async () => {
    const daemon = await startDockerd();
    try {
      await ensureBaseImage(daemon);
      // The example stack's app layer, once, before test files build releases in parallel (~8 s cold).
      await warmStackCache(daemon);
    } catch (error) {
      await daemon.stop();
      throw error;
    }
    return daemon;
  })();
  const daemon = await shared.starting;
  // Workers are started after the global setups and inherit this environment.
  process.env.OPS_TEST_DOCKER_HOST = daemon.host;
  process.env.DOCKER_HOST = daemon.host;
  process.env.DOCKER_BUILDKIT = "0";
  project.provide("opsDockerHost", daemon.host);
  return async () => {
    shared.refs -= 1;
    if (shared.refs > 0) return;
    shared.starting = undefined;
    delete process.env.OPS_TEST_DOCKER_HOST;
    delete process.env.DOCKER_HOST;
    await daemon.stop();
  };
}
