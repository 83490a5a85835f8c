import { describe, expect, it } from "vitest";
import { convergence } from "./convergence.js";
import type { StackSnapshot, SwarmService, SwarmTask } from "./docker.js";
import { expandPerNode } from "./endpoints.js";
import { taskAnswer } from "./image-probe.js";

const nodes: StackSnapshot["nodes"] = [
  { id: "a", hostname: "node-a", address: "10.0.0.1", state: "ready", availability: "active", manager: true },
  {
    id: "b",
    hostname: "node-b",
    address: "10.0.0.2",
    state: "ready",
    availability: "active",
    manager: false,
  },
  { id: "c", hostname: "node-c", address: "10.0.0.3", state: "ready", availability: "drain", manager: false },
  { id: "d", hostname: "node-d", address: "10.0.0.4", state: "down", availability: "active", manager: false },
];
const service = (over: Partial<SwarmService> = {}): SwarmService => ({
  id: "s1",
  name: "app_agent",
  service: "agent",
  image: "app/agent:v2",
  mode: "global",
  replicas: undefined,
  updateState: "completed",
  updateMessage: undefined,
  updateStartedAt: "2026-12-03T12:00:00.5Z",
  updateConfig: undefined,
  previousImage: "app/agent:v1",
  ...over,
});
const task = (node: string, state: string, image = "app/agent:v2"): SwarmTask => ({
  id: `t-${node}-${state}`,
  serviceId: "s1",
  slot: undefined,
  nodeId: node,
  image,
  desired: state === "running" || state === "starting" ? "running" : "shutdown",
  state,
  error: state === "failed" ? "task: non-zero exit (1)" : undefined,
  exitCode: state === "failed" ? 1 : undefined,
  createdAt: "2026-12-03T12:00:01Z",
});

describe("convergence (pure)", () => {
  it("a global service wants one running task per ready and active node (drained and down nodes aside)", () => {
    const one = convergence(
      { services: [service()], tasks: [task("a", "running")], nodes },
      { agent: "app/agent:v2" },
    );
    expect(one.done).toBe(false);
    expect(one.services[0]?.notes).toEqual(["1/2 tasks running on app/agent:v2"]);
    const both = convergence(
      { services: [service()], tasks: [task("a", "running"), task("b", "running")], nodes },
      { agent: "app/agent:v2" },
    );
    expect(both.done).toBe(true);
    expect(both.services[0]?.nodes).toEqual(["node-a", "node-b"]);
  });

  it("a task still starting (its health check not passed yet) is not converged; failures since the deploy are listed by node", () => {
    const c = convergence(
      {
        services: [service()],
        tasks: [task("a", "running"), task("b", "starting"), task("b", "failed")],
        nodes,
      },
      { agent: "app/agent:v2" },
      "2026-12-03T12:00:00Z",
    );
    expect(c.done).toBe(false);
    expect(c.services[0]?.notes).toContain("node-b: task starting");
    expect(c.failures).toEqual({ agent: ["node-b: task failed (exit 1): task: non-zero exit (1)"] });
    // Failures from before the deploy began are not this release's.
    expect(
      convergence(
        { services: [service()], tasks: [task("b", "failed")], nodes },
        { agent: "app/agent:v2" },
        "2026-12-03T13:00:00Z",
      ).failures,
    ).toEqual({});
  });

  it("a pause counts only when the update began with this deploy", () => {
    const paused = service({ updateState: "paused", updateMessage: "update paused due to failure" });
    const snapshot = { services: [paused], tasks: [task("a", "running"), task("b", "running")], nodes };
    expect(convergence(snapshot, { agent: "app/agent:v2" }, "2026-12-03T12:00:00Z").final).toContain(
      "Swarm paused the update",
    );
    expect(convergence(snapshot, { agent: "app/agent:v2" }, "2026-12-03T12:00:01Z").final).toBeUndefined();
  });
});

describe("image probe answers and per-node endpoints", () => {
  it("a rejected task or a pull failure is a missing image; a task that started means the image was there", () => {
    expect(taskAnswer("rejected", "No such image: app/api:v1")).toBe("missing");
    expect(taskAnswer("failed", "pull access denied for app/api")).toBe("missing");
    expect(taskAnswer("failed", 'exec: "true": executable file not found in $PATH')).toBe("present");
    expect(taskAnswer("complete", undefined)).toBe("present");
    expect(taskAnswer("preparing", undefined)).toBeUndefined();
  });

  it("only ready nodes get an endpoint (a down node is not probed as if it had failed)", () => {
    expect(
      expandPerNode([{ name: "api", url: "http://{node}:8001/health" }], nodes).map((e) => e.name),
    ).toEqual(["api@node-a", "api@node-b", "api@node-c"]);
  });
});
