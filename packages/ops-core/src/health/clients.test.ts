import { describe, expect, it } from "vitest";
import type { CommandOptions, CommandResult } from "../process/run-command.js";
import { composeStackPort } from "./clients.js";

const inspect = (over: Record<string, unknown> = {}) => ({
  Id: "abc123",
  Name: "/app_orchestrator_1",
  Config: {
    Image: "app/orchestrator:1.4.2",
    Labels: { "com.docker.compose.service": "orchestrator", "com.docker.compose.project": "app" },
  },
  State: {
    Status: "running",
    Running: true,
    Restarting: false,
    OOMKilled: false,
    ExitCode: 0,
    StartedAt: "2026-11-27T02:00:00Z",
    FinishedAt: "0001-01-01T00:00:00Z",
    Health: {
      Status: "unhealthy",
      Log: [{ Output: "first" }, { Output: "wget: server returned error: HTTP/1.0 500" }],
    },
  },
  RestartCount: 2,
  ...over,
});

/** A docker/compose CLI answering by the words in the call. */
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
      ...(key ? answers[key] : { code: 1, stderr: `unknown command ${argv.join(" ")}` }),
    };
  };
  return { run, calls };
}

describe("composeStackPort (over the compose adapter)", () => {
  it("reads services, then every container of the project with its state, through docker-compose v1", async () => {
    const { run, calls } = fakeDocker({
      "docker-compose version": { stdout: "1.29.2\n" },
      "config --services": { stdout: "signal_service\norchestrator\n" },
      "ps -a -q": { stdout: "abc123\n" },
      "docker inspect": { stdout: JSON.stringify([inspect()]) },
    });
    const port = composeStackPort(
      { files: ["stack/compose.yml"], project: "app", command: "docker-compose", cwd: "/repo" },
      run,
    );
    expect(port.description).toBe("project app (stack/compose.yml)");
    expect(await port.services()).toEqual(["signal_service", "orchestrator"]);
    expect(await port.containers()).toEqual([
      {
        service: "orchestrator",
        id: "abc123",
        name: "app_orchestrator_1",
        status: "running",
        running: true,
        restarting: false,
        oomKilled: false,
        exitCode: 0,
        health: "unhealthy",
        healthLog: "wget: server returned error: HTTP/1.0 500",
        restartCount: 2,
        startedAt: "2026-11-27T02:00:00Z",
        finishedAt: undefined,
      },
    ]);
    // Containers come from one `docker ps` on the project's compose label (a Go program, ~0.1 s), not
    // `docker-compose ps` (v1 is Python: 0.7-0.85 s a call).
    expect(calls.filter((c) => c.includes("ps"))).toEqual([
      [
        "docker",
        "ps",
        "-a",
        "-q",
        "--no-trunc",
        "--filter",
        "label=com.docker.compose.project=app",
        "--filter",
        "label=com.docker.compose.oneoff=False",
      ],
    ]);
  });

  it("detects the v2 plugin when the command is auto", async () => {
    const { run, calls } = fakeDocker({
      "docker compose version": { stdout: "2.29.1\n" },
      "config --services": { stdout: "orchestrator\n" },
    });
    const port = composeStackPort({ files: [], project: "app", command: "auto", cwd: undefined }, run);
    expect(await port.services()).toEqual(["orchestrator"]);
    expect(calls.at(-1)?.slice(0, 2)).toEqual(["docker", "compose"]);
  });

  it("reads a container's log tail through docker logs", async () => {
    const { run, calls } = fakeDocker({ "docker logs": { stdout: "line 1\n", stderr: "fatal: boom\n" } });
    const port = composeStackPort(
      { files: [], project: "app", command: "docker-compose", cwd: undefined },
      run,
    );
    expect(await port.logs("abc123", 30)).toBe("line 1\n\nfatal: boom\n");
    expect(calls.at(-1)).toEqual(["docker", "logs", "--tail", "30", "abc123"]);
  });

  it("says what failed when docker does", async () => {
    const { run } = fakeDocker({
      "docker-compose version": { stdout: "1.29.2\n" },
      "ps -a -q": {
        code: 1,
        stderr:
          "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
      },
    });
    const port = composeStackPort(
      { files: [], project: "app", command: "docker-compose", cwd: undefined },
      run,
    );
    await expect(port.containers()).rejects.toThrow(/Cannot connect to the Docker daemon/);
  });
});
