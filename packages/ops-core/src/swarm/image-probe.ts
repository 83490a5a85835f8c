// Which node lacks which image, asked of the nodes themselves: the manager's `docker image inspect`
// answers for the manager only. Per image, a short-lived global job (`--mode global-job`, one task on
// every ready and active node, `--restart-condition none`, entrypoint `true`, the image not resolved to
// a digest) runs to its end; a node where the image is neither present nor pullable rejects its task
// ("No such image: …"), a node that has it runs the task (whatever `true` does in that image: started,
// complete or failed all mean the image was there). The jobs are removed after, whatever happened.

import { createHash } from "node:crypto";
import type { Clock } from "../release/ports.js";
import { eligibleNodes } from "./convergence.js";
import { type DockerCli, docker, inspectPresent, parseTasks, readNodes, type SwarmNode } from "./docker.js";

export interface ImageProbeOptions {
  clock: Pick<Clock, "now" | "sleep">;
  /** How long the jobs get to report from every node. */
  timeoutMs: number;
  pollMs?: number;
  /** Hand the manager's registry credentials to the nodes (images pulled from a private registry). */
  withRegistryAuth?: boolean;
  signal?: AbortSignal;
}

export interface ImageProbe {
  /** Refs present (or pullable) on every node. */
  present: string[];
  /** `ref on node` for each node that lacks it (or did not answer). */
  missing: string[];
  /** Per node hostname: the refs it lacks. */
  perNode: Record<string, string[]>;
}

// The image could not be had on that node (a missing executable in it is not that: the image was there).
const PULL_FAILURE =
  /no such image|pull access denied|manifest unknown|manifest for .* not found|repository does not exist|failed to resolve reference|error pulling image/i;

/** A task's answer for its image: present, missing (with why), or not yet known. */
export function taskAnswer(state: string, error: string | undefined): "present" | "missing" | undefined {
  if (state === "rejected") return "missing";
  if (state === "failed") return error && PULL_FAILURE.test(error) ? "missing" : "present";
  if (["starting", "running", "complete", "shutdown"].includes(state)) return "present";
  return undefined;
}

function jobName(ref: string): string {
  const h = createHash("sha256").update(ref).digest("hex").slice(0, 10);
  return `ops-image-probe-${h}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function probeImages(
  cli: DockerCli,
  refs: readonly string[],
  o: ImageProbeOptions,
): Promise<ImageProbe> {
  const unique = [...new Set(refs)];
  const perNode: Record<string, string[]> = {};
  if (unique.length === 0) return { present: [], missing: [], perNode };
  const nodes = eligibleNodes(await readNodes(cli, o.signal));
  if (nodes.length === 0) throw new Error("no ready and active Swarm node to look for images on");
  const results = await Promise.all(unique.map((ref) => probeOne(cli, ref, nodes, o)));
  const missing: string[] = [];
  const present: string[] = [];
  unique.forEach((ref, i) => {
    const lacking = results[i] ?? [];
    if (lacking.length === 0) present.push(ref);
    for (const l of lacking) {
      missing.push(`${ref} on ${l}`);
      const node = l.replace(/ \(.*$/, "");
      perNode[node] = [...(perNode[node] ?? []), ref];
    }
  });
  return { present, missing, perNode };
}

/** The nodes (hostnames, with why) that lack `ref`. */
async function probeOne(
  cli: DockerCli,
  ref: string,
  nodes: readonly SwarmNode[],
  o: ImageProbeOptions,
): Promise<string[]> {
  const id = (
    await docker(
      cli,
      [
        "service",
        "create",
        "--detach",
        "--quiet",
        "--name",
        jobName(ref),
        "--mode",
        "global-job",
        "--restart-condition",
        "none",
        "--no-resolve-image",
        "--label",
        "ops.image-probe=true",
        "--entrypoint",
        "true",
        ...(o.withRegistryAuth ? ["--with-registry-auth"] : []),
        ref,
      ],
      o.signal,
    )
  ).trim();
  const answers = new Map<string, "present" | "missing">();
  const why = new Map<string, string>();
  try {
    const deadline = o.clock.now() + o.timeoutMs;
    for (;;) {
      const taskIds = (await docker(cli, ["service", "ps", id, "--quiet", "--no-trunc"], o.signal))
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      const tasks =
        taskIds.length === 0
          ? []
          : parseTasks(
              JSON.parse(await inspectPresent(cli, ["inspect", "--type", "task", ...taskIds], o.signal)),
            );
      for (const t of tasks) {
        const answer = taskAnswer(t.state, t.error);
        if (!answer || answers.get(t.nodeId) === "present") continue;
        answers.set(t.nodeId, answer);
        if (answer === "missing" && t.error) why.set(t.nodeId, t.error);
      }
      if (nodes.every((n) => answers.has(n.id)) || o.clock.now() >= deadline) break;
      await o.clock.sleep(o.pollMs ?? 500, o.signal);
    }
  } finally {
    await docker(cli, ["service", "rm", id]).catch(() => undefined);
  }
  const lacking: string[] = [];
  for (const n of nodes) {
    const a = answers.get(n.id);
    if (a === "present") continue;
    if (a === "missing") lacking.push(`${n.hostname}${why.get(n.id) ? ` (${why.get(n.id)})` : ""}`);
    else lacking.push(`${n.hostname} (no answer within ${Math.round(o.timeoutMs / 1000)}s)`);
  }
  return lacking;
}
