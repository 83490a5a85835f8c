// The manager's docker CLI as a fake runner: an inspect of objects listed a moment before, some of which
// Swarm has pruned meanwhile (the CLI prints the ones it found and fails for the rest).

import { describe, expect, it } from "vitest";
import type { CommandResult } from "../process/run-command.js";
import { type DockerCli, docker, inspectPresent, readStack } from "./docker.js";

function cli(answers: Record<string, Partial<CommandResult>>): DockerCli & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    env: {},
    timeoutMs: 5_000,
    run: async (argv) => {
      const key = argv.slice(1).join(" ");
      calls.push(key);
      const a = Object.entries(answers).find(([k]) => key.startsWith(k))?.[1] ?? {
        code: 1,
        stderr: "unknown",
      };
      return { argv, code: 0, signal: null, stdout: "", stderr: "", timedOut: false, durationMs: 1, ...a };
    },
  };
}

const task = (id: string, node: string) => ({
  ID: id,
  ServiceID: "svc1",
  NodeID: node,
  Slot: 1,
  DesiredState: "running",
  Spec: { ContainerSpec: { Image: "reg/app:v2@sha256:abc" } },
  Status: { State: "running", Timestamp: "2026-12-03T14:00:00.000000001Z" },
  CreatedAt: "2026-12-03T14:00:00.000000001Z",
});

describe("inspectPresent", () => {
  it("reads the objects found when the only failures are objects gone since they were listed", async () => {
    const c = cli({
      "inspect --type task": {
        code: 1,
        stdout: JSON.stringify([task("t1", "n1")]),
        stderr: "Error response from daemon: task t0 not found\n",
      },
    });
    const out = await inspectPresent(c, ["inspect", "--type", "task", "t0", "t1"]);
    expect(JSON.parse(out)).toHaveLength(1);
    await expect(docker(c, ["inspect", "--type", "task", "t0", "t1"])).rejects.toThrow(/task t0 not found/);
  });

  it("fails on any other error, and on a timeout, naming it", async () => {
    const denied = cli({
      "inspect --type task": {
        code: 1,
        stdout: "[]",
        stderr: "Error response from daemon: task t0 not found\npermission denied while trying to connect\n",
      },
    });
    await expect(inspectPresent(denied, ["inspect", "--type", "task", "t0"])).rejects.toThrow(
      /permission denied|not found/,
    );
    const slow = cli({
      "inspect --type task": { code: null, timedOut: true, stdout: "[]", stderr: "task t0 not found" },
    });
    await expect(inspectPresent(slow, ["inspect", "--type", "task", "t0"])).rejects.toThrow(
      /docker inspect --type failed/,
    );
  });

  it("a stack read whose task history was pruned between `stack ps` and the inspect still reads the stack", async () => {
    const c = cli({
      "service ls": { stdout: "svc1\n" },
      "node ls": { stdout: "n1\n" },
      "node inspect": {
        stdout: JSON.stringify([
          { ID: "n1", Description: { Hostname: "node-a" }, Status: { State: "ready", Addr: "10.0.0.1" } },
        ]),
      },
      "service inspect": {
        stdout: JSON.stringify([
          {
            ID: "svc1",
            Spec: {
              Name: "app_web",
              Labels: { "com.docker.stack.namespace": "app" },
              Mode: { Replicated: { Replicas: 1 } },
              TaskTemplate: { ContainerSpec: { Image: "reg/app:v2@sha256:abc" } },
            },
          },
        ]),
      },
      "stack ps": { stdout: "t0\nt1\n" },
      "inspect --type task": {
        code: 1,
        stdout: JSON.stringify([task("t1", "n1")]),
        stderr: "Error response from daemon: task t0 not found",
      },
    });
    const snapshot = await readStack(c, "app");
    expect(snapshot.tasks.map((t) => t.id)).toEqual(["t1"]);
    expect(snapshot.nodes.map((n) => n.hostname)).toEqual(["node-a"]);
  });
});
