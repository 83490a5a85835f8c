import { describe, expect, it } from "vitest";
import type { CommandOptions, CommandResult } from "../process/run-command.js";
import { composeStackPort, containerFromInspect } from "./clients.js";

const inspect = (over: Record<string, unknown> = {}) => ({
  Id: "abc123",
  Name: "/app_orchestrator_1",
  Config: { Labels: { "com.docker.compose.service": "orchestrator", "com.docker.compose.project": "app" } },
  State: {
    Status: "running",
    Running: true,
    Restarting: false,
    OOMKilled: false,
    ExitCode: 0,
    StartedAt: "2026-11-27T02:00:00Z",
    FinishedAt: "0001-01-01T00:00:00Z",
    Health: { Status: "healthy", Log: [] },
  },
  RestartCount: 2,
  ...over,
});

describe("containerFromInspect", () => {
  it("reads the service label, state, health and restart count", () => {
    expect(containerFromInspect(inspect())).toEqual({
      service: "orchestrator",
      id: "abc123",
      name: "app_orchestrator_1",
      status: "running",
      running: true,
      restarting: false,
      oomKilled: false,
      exitCode: 0,
      health: "healthy",
      restartCount: 2,
      startedAt: "2026-11-27T02:00:00Z",
      finishedAt: "0001-01-01T00:00:00Z",
    });
  });
  it("keeps the last health-check output of an unhealthy container, and no health as none", () => {
    const unhealthy = inspect({
      State: {
        Status: "running",
        Running: true,
        Health: {
          Status: "unhealthy",
          Log: [{ Output: "first" }, { Output: "wget: server returned error: HTTP/1.0 500" }],
        },
      },
    });
    expect(containerFromInspect(unhealthy)).toMatchObject({
      health: "unhealthy",
      healthLog: "wget: server returned error: HTTP/1.0 500",
    });
    expect(
      containerFromInspect(inspect({ State: { Status: "exited", ExitCode: 3, OOMKilled: true } })),
    ).toMatchObject({
      health: "none",
      running: false,
      exitCode: 3,
      oomKilled: true,
    });
  });
});

describe("composeStackPort", () => {
  function fakeDocker(answers: Record<string, Partial<CommandResult>>) {
    const calls: string[][] = [];
    const run = async (argv: readonly string[], _options: CommandOptions): Promise<CommandResult> => {
      calls.push([...argv]);
      const key = Object.keys(answers).find((k) => argv.join(" ").includes(k));
      return {
        argv,
        code: 0,
        signal: null,
        stdout: "",
        stderr: "",
        timedOut: false,
        durationMs: 1,
        ...(key ? answers[key] : { code: 1, stderr: "unknown" }),
      };
    };
    return { run, calls };
  }

  it("lists services and containers with docker-compose v1, then inspects them", async () => {
    const { run, calls } = fakeDocker({
      "config --services": { stdout: "signal_service\norchestrator\n" },
      "ps -q": { stdout: "abc123\n" },
      "docker inspect": { stdout: JSON.stringify([inspect()]) },
    });
    const port = composeStackPort(
      { files: ["stack/compose.yml"], project: "app", command: "docker-compose", cwd: "/repo" },
      run,
    );
    expect(await port.services()).toEqual(["signal_service", "orchestrator"]);
    expect((await port.containers()).map((c) => [c.service, c.restartCount])).toEqual([["orchestrator", 2]]);
    expect(calls).toEqual([
      ["docker-compose", "-f", "stack/compose.yml", "-p", "app", "config", "--services"],
      ["docker-compose", "-f", "stack/compose.yml", "-p", "app", "ps", "-q"],
      ["docker", "inspect", "abc123"],
    ]);
    expect(port.description).toBe("project app (stack/compose.yml)");
  });

  it("uses the v2 plugin with -a when auto finds it", async () => {
    const { run, calls } = fakeDocker({
      "compose version": { stdout: "Docker Compose version v2.29" },
      "ps -q": { stdout: "" },
    });
    const port = composeStackPort({ files: [], project: "app", command: "auto", cwd: undefined }, run);
    expect(await port.containers()).toEqual([]);
    expect(calls.at(-1)).toEqual(["docker", "compose", "-p", "app", "ps", "-q", "-a"]);
  });

  it("falls back to docker-compose when the plugin is missing", async () => {
    const { run, calls } = fakeDocker({ "ps -q": { stdout: "" } });
    const port = composeStackPort({ files: [], project: "app", command: "auto", cwd: undefined }, run);
    await port.containers();
    expect(calls.at(-1)).toEqual(["docker-compose", "-p", "app", "ps", "-q"]);
  });

  it("says what failed when docker does", async () => {
    const { run } = fakeDocker({
      "ps -q": {
        code: 1,
        stderr:
          "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
      },
    });
    const port = composeStackPort(
      { files: [], project: "app", command: "docker-compose", cwd: undefined },
      run,
    );
    await expect(port.containers()).rejects.toThrow(/exited with 1: Cannot connect to the Docker daemon/);
  });
});
