import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import {
  BASE_IMAGE,
  type Dockerd,
  ensureBaseImage,
  removeStaleDockerdDirs,
  startDockerd,
  testDocker,
} from "./docker.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("private dockerd", () => {
  const daemons: Dockerd[] = [];
  afterAll(async () => {
    for (const d of daemons) await d.stop();
  });

  it("starts, imports the busybox base image once, runs a container and cleans up everything on stop", async () => {
    const daemon = await startDockerd();
    daemons.push(daemon);
    expect(daemon.host).toBe(`unix://${daemon.dir}/docker.sock`);
    const driver = await daemon.ok(["info", "--format", "{{.Driver}}"]);
    expect(driver.trim()).toBe("vfs");

    const first = await ensureBaseImage(daemon);
    expect(first.imported).toBe(true);
    const second = await ensureBaseImage(daemon);
    expect(second.imported).toBe(false);

    const out = await daemon.ok([
      "run",
      "--rm",
      "--network",
      "host",
      BASE_IMAGE,
      "sh",
      "-c",
      "echo hello from $(uname -s)",
    ]);
    expect(out.trim()).toBe("hello from Linux");
    // A long-running container: stop() must remove it with the daemon.
    await daemon.ok(["run", "-d", "--name", "sleeper", "--network", "host", BASE_IMAGE, "sleep", "300"]);

    await daemon.stop();
    expect(alive(daemon.pid)).toBe(false);
    expect(existsSync(daemon.dir)).toBe(false);
    expect(readFileSync("/proc/mounts", "utf8")).not.toContain(daemon.dir);
    await daemon.stop(); // idempotent
  });

  it("removes folders of daemons that died without stop(), never those of live ones", async () => {
    const parent = await mkdtemp(join(tmpdir(), "ops-stale-test-"));
    const dead = join(parent, "ops-dockerd-dead");
    const live = join(parent, "ops-dockerd-live");
    await mkdir(dead);
    await mkdir(live);
    await writeFile(join(dead, "dockerd.pid"), "2147483646"); // no such process
    await writeFile(join(live, "dockerd.pid"), String(process.pid));
    expect(await removeStaleDockerdDirs(parent)).toEqual([dead]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    await rm(parent, { recursive: true, force: true });
  });

  it("runs two private daemons at once, each with its own images", async () => {
    const [a, b] = await Promise.all([startDockerd(), startDockerd()]);
    if (!a || !b) throw new Error("unreachable");
    daemons.push(a, b);
    expect(a.dir).not.toBe(b.dir);
    await ensureBaseImage(a);
    expect((await a.run(["image", "inspect", BASE_IMAGE])).code).toBe(0);
    expect((await b.run(["image", "inspect", BASE_IMAGE])).code).not.toBe(0);
    await a.stop();
    // b keeps answering after a is gone.
    expect((await b.run(["info", "--format", "{{.Driver}}"])).stdout.trim()).toBe("vfs");
    await b.stop();
    expect(existsSync(b.dir)).toBe(false);
  });
});

describe("the run's engine from the global setup", () => {
  it("is visible to the worker through the environment and provide()", async () => {
    const docker = testDocker();
    expect(docker.host).toBe(inject("opsDockerHost"));
    const out = await docker.ok(["image", "inspect", "--format", "{{.Id}}", BASE_IMAGE]);
    expect(out.trim()).toMatch(/^sha256:/);
  });
});
