// Accessories in the release checklists, pure: the gate (running and healthy before a deploy) and the
// row after it (still running and healthy, the same container started at the same time: untouched).

import type { CheckItem } from "../action/summary.js";
import type { AccessoryState } from "./ports.js";

// Compose mode watches a container, swarm mode a task: the words say which.
const unitOf = (a: Pick<AccessoryState, "unit"> | undefined) => a?.unit ?? "container";
const shortId = (id: string | undefined, unit: string) =>
  id ? id.replace(/^sha256:/, "").slice(0, 12) : `no ${unit}`;

/** Why an accessory is not fit: not running, unhealthy, or its health check still starting. */
export function accessoryProblem(a: AccessoryState): string | undefined {
  if (!a.containerId) return `no ${unitOf(a)} (start it: deploys never start or stop accessories)`;
  if (!a.running) return "not running (start it: deploys never start or stop accessories)";
  if (a.health === "unhealthy") return "unhealthy";
  if (a.health === "starting") return "health check still starting";
  return undefined;
}

function describe(a: AccessoryState): string {
  const health = a.health === "none" ? "running" : a.running ? `running, ${a.health}` : "stopped";
  const unit = unitOf(a);
  return `${a.service} (${a.image ?? "no image"}; ${a.why}): ${accessoryProblem(a) ?? health}${a.containerId ? `, ${unit} ${shortId(a.containerId, unit)}` : ""}`;
}

/** The gate: ok when every accessory runs healthy; undefined (not applicable) when there is none. */
export function accessoriesGate(list: readonly AccessoryState[]): {
  ok: boolean | undefined;
  evidence: string;
} {
  if (list.length === 0)
    return {
      ok: undefined,
      evidence: "no accessory: every service of the compose file is part of the release",
    };
  const bad = list.filter((a) => accessoryProblem(a) !== undefined);
  return {
    ok: bad.length === 0,
    evidence: `${bad.length === 0 ? "never stopped, recreated, retagged or pruned by a release: " : ""}${list.map(describe).join("; ")}`,
  };
}

/**
 * After a deploy or rollback: each accessory still running healthy, with the same container id and start
 * time as before. `after` undefined: it could not be read.
 */
export function accessoriesRow(
  before: readonly AccessoryState[] | undefined,
  after: readonly AccessoryState[] | undefined,
  why?: string,
): CheckItem | undefined {
  if (!before || before.length === 0) return undefined;
  const unit = unitOf(before[0]);
  const label = `Accessories untouched (same ${unit}, same start time, running and healthy)`;
  if (!after)
    return { label, ok: undefined, evidence: `could not be read after the release${why ? `: ${why}` : ""}` };
  const problems: string[] = [];
  const fine: string[] = [];
  for (const b of before) {
    const a = after.find((x) => x.service === b.service);
    if (!a) {
      problems.push(`${b.service}: gone`);
      continue;
    }
    const issue =
      a.containerId !== b.containerId
        ? `${unit} ${shortId(b.containerId, unit)} → ${shortId(a.containerId, unit)} (${unit === "task" ? "replaced" : "recreated"})`
        : a.startedAt !== b.startedAt
          ? `restarted (started ${b.startedAt ?? "?"} → ${a.startedAt ?? "?"})`
          : accessoryProblem(a);
    if (issue) problems.push(`${b.service}: ${issue}`);
    else fine.push(`${b.service} ${shortId(a.containerId, unit)} since ${a.startedAt ?? "?"}`);
  }
  return {
    label,
    ok: problems.length === 0,
    evidence: problems.length > 0 ? problems.join("; ") : fine.join("; "),
  };
}
