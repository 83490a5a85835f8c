// ReleaseCompose on a Docker Swarm stack (`engine: swarm`). What a release owns and which services are
// accessories comes from the compose file exactly as in compose mode (the compose adapter's one `config`
// read is reused: same classification, same errors); building or pulling happens on the manager, as do
// the migrations (the engine runs them once, before the stack changes, never per node). Then:
// - the images: every node must have each release image or be able to pull it; a short-lived global job
//   per image asks every node (../../swarm/image-probe.ts) and the missing ones are named per node
//   before anything changes (the rollback plan's gate and the deploy's image step);
// - the change: `docker stack deploy` of the compose file(s) with the release's tag, the stack file's
//   own update_config honoured (order, parallelism, failure_action), then the wait for convergence:
//   every release service's tasks running on the new image at the desired count, within the timeout.
//   Swarm's own automatic rollback or a paused update ends the wait at once and is reported as such;
//   it is never fought with another deploy of the same release;
// - a rollback is a stack deploy of the recorded release's tag (the recorded images for every service),
//   never `docker service rollback` (which knows one previous spec only, and nothing of the database).
// Child processes get the same environment the compose adapter's do (`env`: DOCKER_HOST and the rest).

import type { Endpoint } from "../../health/endpoints.js";
import type { StackPort } from "../../health/stack.js";
import type { CommandRunner } from "../../process/run-command.js";
import { type DockerCli, docker, readNodes, readStack, withoutDigest } from "../../swarm/docker.js";
import { expandPerNode, hasNodePlaceholder } from "../../swarm/endpoints.js";
import { probeImages } from "../../swarm/image-probe.js";
import { awaitConvergence, ConvergenceError, stackDeploy, stackName } from "../../swarm/stack.js";
import { swarmStackPort } from "../../swarm/stack-port.js";
import type { AccessoryState, Clock } from "../ports.js";
import { type ComposeAdapter, type ComposeAdapterOptions, composeAdapter } from "./compose.js";

export interface SwarmAdapterOptions extends ComposeAdapterOptions {
  /** The stack's name: `compose-project`, else the working directory's name. */
  stack?: string;
  clock: Pick<Clock, "now" | "sleep">;
  /** How long a stack deploy gets to converge (default: `timeoutMs`). */
  convergeTimeoutMs?: number;
  /** How long the image probe's jobs get to report from every node. */
  probeTimeoutMs?: number;
  pollMs?: number;
}

export type SwarmAdapter = ComposeAdapter & {
  readonly stack: string;
  /** The smoke check's view of the stack's tasks. */
  stackPort(): StackPort;
  /** The docker CLI settings (for the smoke adapter's per-node endpoints). */
  readonly cli: DockerCli;
};

export function swarmAdapter(o: SwarmAdapterOptions): SwarmAdapter {
  const compose = composeAdapter(o);
  const stack = o.stack ?? stackName(o.project, o.cwd);
  const cli: DockerCli = { run: o.run as CommandRunner, env: o.env, cwd: o.cwd, timeoutMs: 60_000 };
  const release = (version: string) => ({ [o.versionVariable]: version });
  const pulling = o.source === "pull";
  const probe = (refs: string[], signal?: AbortSignal) =>
    probeImages(cli, refs, {
      clock: o.clock,
      timeoutMs: o.probeTimeoutMs ?? 60_000,
      ...(o.pollMs !== undefined ? { pollMs: o.pollMs } : {}),
      withRegistryAuth: pulling,
      ...(signal ? { signal } : {}),
    });
  // The manager's clock may run a little apart from ours (an ssh:// engine): a margin for "since".
  const sinceNow = () => new Date(o.clock.now() - 5_000).toISOString();
  const converge = async (images: Record<string, string>, sinceIso: string, signal?: AbortSignal) =>
    awaitConvergence(cli, {
      stack,
      images,
      sinceIso,
      timeoutMs: o.convergeTimeoutMs ?? o.timeoutMs,
      clock: o.clock,
      ...(o.pollMs !== undefined ? { pollMs: o.pollMs } : {}),
      ...(signal ? { signal } : {}),
    });

  const adapter: SwarmAdapter = {
    ...compose,
    restartMode: "stack deploy",
    stack,
    cli,
    // Every service of the file, accessories included, as compose mode checks them.
    stackPort: () => swarmStackPort(cli, stack, () => compose.serviceNames()),
    async accessories(version) {
      const { accessories } = await compose.services(version);
      if (accessories.length === 0) return [];
      const snapshot = await readStack(cli, stack);
      return accessories.map((a): AccessoryState => {
        const s = snapshot.services.find((x) => x.service === a.service);
        const tasks = snapshot.tasks
          .filter((t) => s && t.serviceId === s.id && t.desired === "running")
          .sort((x, y) => Date.parse(y.createdAt) - Date.parse(x.createdAt));
        const live = tasks.find((t) => t.state === "running") ?? tasks[0];
        return {
          ...a,
          containerId: live?.id,
          unit: "task",
          running: live?.state === "running",
          // A running task has passed its health check, when the image has one.
          health: live?.state === "running" ? "healthy" : live?.state === "starting" ? "starting" : "none",
          startedAt: live?.createdAt,
        };
      });
    },
    async prepareRelease(version, signal) {
      const images = await compose.prepareRelease(version, signal);
      const { missing } = await probe(
        Object.values(images).map((i) => i.ref),
        signal,
      );
      if (missing.length > 0) {
        throw new Error(
          `not every Swarm node has the release's images (nothing was changed): ${missing.join("; ")}; load them on those nodes (docker save | docker load) or push them to a registry and use image-source: pull`,
        );
      }
      return images;
    },
    async imagesPresent(refs) {
      // Ids (`sha256:…`) are the manager's own: asked there; refs are asked of every node.
      const ids = refs.filter((r) => r.startsWith("sha256:"));
      const named = refs.filter((r) => !r.startsWith("sha256:"));
      const local = ids.length > 0 ? await compose.imagesPresent(ids) : { present: [], missing: [] };
      const nodes = named.length > 0 ? await probe(named) : { present: [], missing: [] };
      return { present: [...local.present, ...nodes.present], missing: [...local.missing, ...nodes.missing] };
    },
    async up(version, { services, signal }) {
      // `strategy` does not apply: the stack file's update_config says how Swarm replaces tasks.
      const plan = await compose.services(version);
      const images = await compose.releaseRefs(version);
      const targets = services?.length ? services : plan.release;
      const since = sinceNow();
      await stackDeploy(cli, {
        stack,
        files: o.files.length ? o.files : ["docker-compose.yml"],
        resolveImage: pulling ? "changed" : "never",
        withRegistryAuth: pulling,
        env: release(version),
        ...(signal ? { signal } : {}),
      });
      await converge(
        Object.fromEntries(Object.entries(images).filter(([s]) => targets.includes(s))),
        since,
        signal,
      );
    },
    async restart(services, signal, version) {
      const v = version ?? o.env[o.versionVariable];
      const targets = services?.length
        ? services
        : v !== undefined
          ? (await compose.services(v)).release
          : [];
      const since = sinceNow();
      for (const s of targets)
        await docker(cli, ["service", "update", "--force", "--detach", `${stack}_${s}`], signal);
      const running = await adapter.runningImages(v ?? "");
      await converge(
        Object.fromEntries(targets.filter((s) => running[s]).map((s) => [s, running[s] as string])),
        since,
        signal,
      );
    },
    async runningImages() {
      const snapshot = await readStack(cli, stack);
      const out: Record<string, string> = {};
      for (const s of snapshot.services) {
        const live = snapshot.tasks.find(
          (t) => t.serviceId === s.id && t.desired === "running" && t.state === "running",
        );
        out[s.service] = withoutDigest(live?.image ?? s.image);
      }
      return out;
    },
    async logs(services, sinceIso, tail, version) {
      const targets = services?.length ? services : (await compose.services(version)).release;
      const out: Record<string, string> = {};
      await Promise.all(
        targets.map(async (s) => {
          const r = await o.run(
            [
              "docker",
              "service",
              "logs",
              "--no-task-ids",
              "--since",
              sinceIso,
              "--tail",
              String(tail),
              `${stack}_${s}`,
            ],
            { env: o.env, cwd: o.cwd, timeoutMs: 20_000 },
          );
          out[s] = [r.stdout, r.stderr].filter((x) => x.trim()).join("\n");
        }),
      );
      return out;
    },
  };

  return adapter;
}

export { ConvergenceError, stackName };

/** The smoke adapter's options for a Swarm stack: its tasks as the stack, endpoints per node. */
export function swarmSmokeOptions(adapter: SwarmAdapter): {
  stack: () => StackPort;
  endpoints: (configured: readonly Endpoint[], signal?: AbortSignal) => Promise<Endpoint[]>;
} {
  return {
    stack: () => adapter.stackPort(),
    endpoints: async (configured, signal) =>
      hasNodePlaceholder(configured)
        ? expandPerNode(configured, await readNodes(adapter.cli, signal))
        : [...configured],
  };
}
