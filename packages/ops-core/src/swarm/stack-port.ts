// The smoke check's StackPort over a Swarm stack: one entry per task slot (replicated) or per node
// (global), from the stack's task history. A task that failed or was rejected and was replaced is a
// restart of its slot, on whichever node it ran: a crash loop is a restart count that rises across the
// nodes. Logs come from `docker service logs` of the slot's newest task.

import type { ContainerState, StackPort } from "../health/stack.js";
import { type DockerCli, docker, readStack, type StackSnapshot, type SwarmTask } from "./docker.js";

function containerOf(
  snapshot: StackSnapshot,
  key: string,
  service: string,
  tasks: SwarmTask[],
): ContainerState {
  const sorted = [...tasks].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const current = sorted.find((t) => t.desired === "running") ?? sorted[0];
  const restarts = tasks.filter((t) => t.state === "failed" || t.state === "rejected").length;
  const state = current?.state ?? "missing";
  const node = snapshot.nodes.find((n) => n.id === current?.nodeId)?.hostname ?? current?.nodeId ?? "";
  const starting = ["new", "pending", "assigned", "accepted", "ready", "preparing", "starting"].includes(
    state,
  );
  const status =
    state === "running"
      ? "running"
      : starting
        ? "created"
        : current?.desired === "running"
          ? "restarting"
          : "exited";
  return {
    service,
    id: key,
    name: `${key}${node ? `@${node}` : ""}`,
    status,
    running: state === "running",
    restarting: status === "restarting",
    oomKilled: false,
    exitCode: current?.exitCode ?? 0,
    health: "none",
    restartCount: restarts,
    startedAt: current?.createdAt,
    finishedAt: undefined,
    ...(current?.error ? { healthLog: current.error } : {}),
  };
}

/** `services`: the release's services (short names); `stack`: the stack name. */
export function swarmStackPort(
  cli: DockerCli,
  stack: string,
  services: (signal?: AbortSignal) => Promise<string[]>,
): StackPort {
  const newest = new Map<string, string>();
  return {
    description: `Swarm stack ${stack}`,
    services,
    async containers(signal) {
      const snapshot = await readStack(cli, stack, signal);
      const out: ContainerState[] = [];
      for (const s of snapshot.services) {
        const mine = snapshot.tasks.filter((t) => t.serviceId === s.id);
        const groups = new Map<string, SwarmTask[]>();
        for (const t of mine) {
          const key =
            s.mode === "global" || t.slot === undefined || t.slot === 0
              ? `${s.name}.${t.nodeId.slice(0, 12)}`
              : `${s.name}.${t.slot}`;
          groups.set(key, [...(groups.get(key) ?? []), t]);
        }
        for (const [key, tasks] of groups) {
          if (!tasks.some((t) => t.desired === "running")) continue;
          const c = containerOf(snapshot, key, s.service, tasks);
          const current = tasks.find((t) => t.desired === "running");
          if (current) newest.set(key, current.id);
          out.push(c);
        }
      }
      return out;
    },
    async logs(id, lines, signal) {
      const task = newest.get(id) ?? id;
      return docker(cli, ["service", "logs", "--no-task-ids", "--tail", String(lines), task], signal);
    },
  };
}
