// Has the stack converged on a release? Pure: one snapshot in, one judgement out. Every release service
// must have its spec on the release's image, its update (the stack file's own update_config: order,
// parallelism, failure_action) finished, and as many tasks running on that image as it wants (replicas,
// or one per eligible node in global mode), none on another image. A task in Swarm's `running` state has
// passed its health check when the image has one (Swarm holds it in `starting` until then).
// Swarm's own automatic rollback (failure_action: rollback) and a paused update are final: they are
// reported as Swarm's decision, never fought with another `stack deploy`.

import type { StackSnapshot, SwarmNode, SwarmService, SwarmTask } from "./docker.js";

export interface ServiceConvergence {
  service: string;
  done: boolean;
  /** Running on the release's image / wanted. */
  running: number;
  wanted: number;
  /** Where the running tasks are (node hostnames). */
  nodes: string[];
  /** Why not done yet, or what went wrong (task errors with their node). */
  notes: string[];
  /** Swarm's own verdict on the update, when it rolled back or paused. */
  swarm?: "rollback_started" | "rollback_paused" | "rollback_completed" | "paused";
}

export interface Convergence {
  done: boolean;
  /** A final problem: Swarm rolled the update back or paused it; waiting longer changes nothing. */
  final: string | undefined;
  services: ServiceConvergence[];
  /** Tasks that failed or were rejected since the deploy began: service → "node: error" lines. */
  failures: Record<string, string[]>;
}

const SWARM_VERDICTS = ["rollback_started", "rollback_paused", "rollback_completed", "paused"] as const;

/** Task states that end a task (it will not run again). */
const ENDED = new Set(["complete", "failed", "rejected", "shutdown", "orphaned", "remove"]);

function nodeName(nodes: readonly SwarmNode[], id: string): string {
  return nodes.find((n) => n.id === id)?.hostname ?? (id ? id.slice(0, 12) : "no node");
}

/** Docker's timestamps carry nanoseconds: compared as times, never as strings. Unreadable → counts. */
function notBefore(iso: string, sinceIso: string): boolean {
  const t = Date.parse(iso);
  const since = Date.parse(sinceIso);
  return Number.isNaN(t) || Number.isNaN(since) || t >= since;
}

/** Nodes a global service's task can run on: ready and active. */
export function eligibleNodes(nodes: readonly SwarmNode[]): SwarmNode[] {
  return nodes.filter((n) => n.state === "ready" && n.availability === "active");
}

/** The failed or rejected tasks of a service created at or after `sinceIso`, newest first. */
export function taskFailures(
  snapshot: StackSnapshot,
  service: SwarmService,
  sinceIso: string | undefined,
): SwarmTask[] {
  return snapshot.tasks
    .filter(
      (t) =>
        t.serviceId === service.id &&
        (t.state === "failed" || t.state === "rejected") &&
        (sinceIso === undefined || notBefore(t.createdAt, sinceIso)),
    )
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

export function describeFailure(t: SwarmTask, nodes: readonly SwarmNode[]): string {
  const code = t.exitCode !== undefined && t.exitCode !== 0 ? ` (exit ${t.exitCode})` : "";
  return `${nodeName(nodes, t.nodeId)}: task ${t.slot !== undefined ? `.${t.slot} ` : ""}${t.state}${code}${t.error ? `: ${t.error}` : ""}`;
}

export function judgeService(
  snapshot: StackSnapshot,
  service: string,
  image: string,
  sinceIso?: string,
): ServiceConvergence {
  const s = snapshot.services.find((x) => x.service === service);
  if (!s) return { service, done: false, running: 0, wanted: 1, nodes: [], notes: ["not created yet"] };
  const wanted = s.mode === "global" ? eligibleNodes(snapshot.nodes).length : (s.replicas ?? 1);
  const live = snapshot.tasks.filter((t) => t.serviceId === s.id && t.desired === "running");
  const onImage = live.filter((t) => t.image === image && t.state === "running");
  const others = snapshot.tasks.filter(
    (t) => t.serviceId === s.id && t.image !== image && !ENDED.has(t.state),
  );
  const notes: string[] = [];
  // Swarm's verdict is about this release only when it rolled back away from its image, or paused an
  // update begun by this deploy: a `rollback_completed` left by an earlier release (Swarm went back to the
  // very images a rollback now deploys) is history, not a decision on this one.
  const state = SWARM_VERDICTS.find((v) => v === s.updateState);
  const current =
    state === "rollback_started" || state === "rollback_completed"
      ? s.image !== image
      : sinceIso === undefined || s.updateStartedAt === undefined || notBefore(s.updateStartedAt, sinceIso);
  const verdict = current ? state : undefined;
  if (verdict) {
    const what =
      verdict === "paused"
        ? "Swarm paused the update (update_config failure_action: pause)"
        : verdict === "rollback_completed"
          ? `Swarm rolled the update back to ${s.image || "the previous spec"}`
          : verdict === "rollback_paused"
            ? "Swarm's own rollback of the update is paused"
            : "Swarm is rolling the update back (update_config failure_action: rollback)";
    notes.push(`${what}${s.updateMessage ? `: ${s.updateMessage}` : ""}`);
  } else if (s.image !== image) {
    notes.push(`its spec runs ${s.image}, not ${image}`);
  }
  if (s.updateState === "updating") notes.push("update in progress");
  if (onImage.length < wanted) notes.push(`${onImage.length}/${wanted} tasks running on ${image}`);
  if (others.length > 0)
    notes.push(`${others.length} task(s) still on ${[...new Set(others.map((t) => t.image))].join(", ")}`);
  const pending = live.filter((t) => t.image === image && t.state !== "running");
  for (const t of pending) notes.push(`${nodeName(snapshot.nodes, t.nodeId)}: task ${t.state}`);
  return {
    service,
    done: notes.length === 0 && wanted > 0,
    running: onImage.length,
    wanted,
    nodes: [...new Set(onImage.map((t) => nodeName(snapshot.nodes, t.nodeId)))].sort(),
    notes: wanted === 0 ? [...notes, "no node can run it (none ready and active)"] : notes,
    ...(verdict ? { swarm: verdict } : {}),
  };
}

/** `images`: service → the release's image ref. `sinceIso`: when the deploy began (task failures after). */
export function convergence(
  snapshot: StackSnapshot,
  images: Readonly<Record<string, string>>,
  sinceIso?: string,
): Convergence {
  const services = Object.entries(images).map(([service, image]) =>
    judgeService(snapshot, service, image, sinceIso),
  );
  const failures: Record<string, string[]> = {};
  for (const [service] of Object.entries(images)) {
    const s = snapshot.services.find((x) => x.service === service);
    if (!s) continue;
    const lines = taskFailures(snapshot, s, sinceIso).map((t) => describeFailure(t, snapshot.nodes));
    if (lines.length > 0) failures[service] = lines;
  }
  const swarm = services.filter((s) => s.swarm !== undefined);
  const final = swarm.length > 0 ? swarm.map((s) => `${s.service}: ${s.notes[0]}`).join("; ") : undefined;
  return { done: services.every((s) => s.done), final, services, failures };
}

/** One line per service that is not there yet, for a timeout's message. */
export function convergenceMessage(c: Convergence): string {
  const lines = c.services
    .filter((s) => !s.done)
    .map((s) => {
      const fails = c.failures[s.service]?.slice(0, 3) ?? [];
      return `${s.service}: ${[...s.notes, ...fails].join("; ")}`;
    });
  return lines.join(" | ");
}
