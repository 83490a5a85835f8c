import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { byService, containerFromInspect, parseInspect } from "./container.js";

const fixture = readFileSync(new URL("./__fixtures__/inspect-v1.json", import.meta.url), "utf8");

describe("docker inspect → containers", () => {
  it("reads a real docker-compose v1 project: service labels, state, health, restart count, image", () => {
    const containers = parseInspect(fixture);
    const grouped = byService(containers);
    expect(Object.keys(grouped)).toEqual(["execution_gateway", "orchestrator", "signal_service"]);
    const crash = grouped.execution_gateway?.[0];
    expect(crash).toMatchObject({
      name: "fx_execution_gateway_1",
      project: "fx",
      image: "ops-example/execution_gateway:2.0.0",
      restartCount: 4,
    });
    expect(crash?.imageId).toMatch(/^sha256:/);
    const ok = grouped.orchestrator?.[0];
    expect(ok).toMatchObject({
      status: "running",
      running: true,
      health: "healthy",
      exitCode: 0,
      oomKilled: false,
    });
    expect(ok?.startedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(ok?.finishedAt).toBeUndefined(); // docker's zero time means "never"
  });

  it("handles a container without compose labels or health check", () => {
    const c = containerFromInspect({
      Id: "abc",
      Name: "/lonely",
      Image: "sha256:1",
      RestartCount: 2,
      Config: { Image: "busybox", Labels: null },
      State: { Status: "exited", Running: false, ExitCode: 137, OOMKilled: true, Health: null },
    });
    expect(c).toMatchObject({
      service: "lonely",
      project: undefined,
      health: "none",
      exitCode: 137,
      oomKilled: true,
      restartCount: 2,
    });
  });

  it("keeps the last health-check output", () => {
    const c = containerFromInspect({
      Id: "x",
      State: {
        Status: "running",
        Running: true,
        Health: {
          Status: "unhealthy",
          Log: [{ Output: "old" }, { Output: "wget: server returned error: HTTP/1.1 500\n" }],
        },
      },
    });
    expect(c.health).toBe("unhealthy");
    expect(c.healthLog).toBe("wget: server returned error: HTTP/1.1 500");
  });

  it("rejects output that is not an array", () => {
    expect(() => parseInspect("{}")).toThrow(/JSON array/);
  });
});
