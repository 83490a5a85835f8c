// A Swarm stack as the manager's `docker` CLI shows it: its services (`docker service inspect`: spec
// image, replicas, update_config, UpdateStatus), its tasks (`docker inspect --type task`: state, error,
// node, image, exit code) and the nodes (`docker node inspect`: hostname, address, state). Argv only, a
// timeout on every call, the engine reached through the environment given (DOCKER_HOST and friends, the
// same environment the compose adapter hands its children).

import type { CommandRunner } from "../process/run-command.js";
import { type CommandResult, describeExit, errorLine } from "../process/run-command.js";

export interface DockerCli {
  run: CommandRunner;
  env: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs: number;
}

export interface SwarmNode {
  id: string;
  hostname: string;
  /** The address the node reports (Status.Addr), what `{node}` in an endpoint becomes. */
  address: string;
  /** Status.State: ready | down | unknown | disconnected. */
  state: string;
  /** Spec.Availability: active | pause | drain. */
  availability: string;
  manager: boolean;
}

export interface UpdateConfig {
  order?: string;
  parallelism?: number;
  failureAction?: string;
}

export interface SwarmService {
  id: string;
  /** The full name (`<stack>_<service>`). */
  name: string;
  /** The service as the stack file names it. */
  service: string;
  /** The spec's image, its `@sha256:` digest cut off (what the stack file said). */
  image: string;
  mode: "replicated" | "global";
  /** Desired replicas (replicated mode). */
  replicas: number | undefined;
  /** UpdateStatus.State: updating | paused | completed | rollback_started | rollback_paused | rollback_completed. */
  updateState: string | undefined;
  updateMessage: string | undefined;
  updateStartedAt: string | undefined;
  updateConfig: UpdateConfig | undefined;
  /** The image of PreviousSpec, when Swarm keeps one. */
  previousImage: string | undefined;
}

export interface SwarmTask {
  id: string;
  serviceId: string;
  slot: number | undefined;
  nodeId: string;
  image: string;
  /** DesiredState: running | shutdown | … */
  desired: string;
  /** Status.State: new … running, complete, failed, rejected, shutdown, orphaned, remove. */
  state: string;
  error: string | undefined;
  exitCode: number | undefined;
  createdAt: string;
}

export interface StackSnapshot {
  services: SwarmService[];
  tasks: SwarmTask[];
  nodes: SwarmNode[];
}

/** `repo:tag@sha256:…` → `repo:tag`. */
export function withoutDigest(image: string): string {
  const at = image.indexOf("@sha256:");
  return at < 0 ? image : image.slice(0, at);
}

function runDocker(cli: DockerCli, args: string[], signal?: AbortSignal) {
  return cli.run(["docker", ...args], {
    env: cli.env,
    ...(cli.cwd ? { cwd: cli.cwd } : {}),
    timeoutMs: cli.timeoutMs,
    ...(signal ? { signal } : {}),
  });
}

function failed(args: string[], r: CommandResult) {
  const why = errorLine(r.stderr || r.stdout) || describeExit(r);
  return new Error(`docker ${args.slice(0, 2).join(" ")} failed: ${why}`);
}

export async function docker(cli: DockerCli, args: string[], signal?: AbortSignal): Promise<string> {
  const r = await runDocker(cli, args, signal);
  if (r.code !== 0 || r.timedOut) throw failed(args, r);
  return r.stdout;
}

/**
 * `docker inspect` of objects listed a moment before: Swarm prunes task history (and a node or service can
 * go) between the two calls, and the CLI then prints the objects it found and fails for the others. Those
 * are gone, not an error: only a failure that is about nothing but missing objects is read that way.
 */
export async function inspectPresent(cli: DockerCli, args: string[], signal?: AbortSignal): Promise<string> {
  const r = await runDocker(cli, args, signal);
  if (r.code === 0 && !r.timedOut) return r.stdout;
  const errors = r.stderr.split("\n").filter((l) => l.trim());
  const missing = /\b(?:not found|no such (?:task|service|node|object))\b/i;
  const onlyMissing = errors.length > 0 && errors.every((l) => missing.test(l));
  if (!r.timedOut && onlyMissing && r.stdout.trim().startsWith("[")) return r.stdout;
  throw failed(args, r);
}

const ids = (out: string) =>
  out
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

function parseArray(out: string, what: string): Array<Record<string, unknown>> {
  try {
    const v = JSON.parse(out) as unknown;
    if (Array.isArray(v)) return v as Array<Record<string, unknown>>;
  } catch {
    // fall through
  }
  throw new Error(`docker inspect of ${what} did not print a JSON array`);
}

type J = Record<string, unknown> | undefined;
const obj = (v: unknown): J => (v && typeof v === "object" ? (v as Record<string, unknown>) : undefined);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);

export function parseNodes(rows: Array<Record<string, unknown>>): SwarmNode[] {
  return rows.map((n) => {
    const status = obj(n.Status);
    const spec = obj(n.Spec);
    const description = obj(n.Description);
    return {
      id: str(n.ID) ?? "",
      hostname: str(description?.Hostname) ?? str(n.ID) ?? "",
      address: str(status?.Addr) ?? "",
      state: str(status?.State) ?? "unknown",
      availability: str(spec?.Availability) ?? "active",
      manager: obj(n.ManagerStatus) !== undefined,
    };
  });
}

export function parseServices(rows: Array<Record<string, unknown>>, stack: string): SwarmService[] {
  return rows.map((s) => {
    const spec = obj(s.Spec);
    const name = str(spec?.Name) ?? "";
    const labels = obj(spec?.Labels);
    const mode = obj(spec?.Mode);
    const replicated = obj(mode?.Replicated);
    const update = obj(s.UpdateStatus);
    const cfg = obj(spec?.UpdateConfig);
    const image = str(obj(obj(spec?.TaskTemplate)?.ContainerSpec)?.Image) ?? "";
    const previous = str(obj(obj(obj(s.PreviousSpec)?.TaskTemplate)?.ContainerSpec)?.Image);
    const namespace = str(labels?.["com.docker.stack.namespace"]) ?? stack;
    return {
      id: str(s.ID) ?? "",
      name,
      service: name.startsWith(`${namespace}_`) ? name.slice(namespace.length + 1) : name,
      image: withoutDigest(image),
      mode: obj(mode?.Global) || obj(mode?.GlobalJob) ? "global" : "replicated",
      replicas: num(replicated?.Replicas),
      updateState: str(update?.State),
      updateMessage: str(update?.Message),
      updateStartedAt: str(update?.StartedAt),
      updateConfig: cfg
        ? {
            ...(str(cfg.Order) ? { order: str(cfg.Order) } : {}),
            ...(num(cfg.Parallelism) !== undefined ? { parallelism: num(cfg.Parallelism) } : {}),
            ...(str(cfg.FailureAction) ? { failureAction: str(cfg.FailureAction) } : {}),
          }
        : undefined,
      previousImage: previous ? withoutDigest(previous) : undefined,
    };
  });
}

export function parseTasks(rows: Array<Record<string, unknown>>): SwarmTask[] {
  return rows.map((t) => {
    const status = obj(t.Status);
    const container = obj(status?.ContainerStatus);
    const image = str(obj(obj(t.Spec)?.ContainerSpec)?.Image) ?? "";
    const err = str(status?.Err);
    return {
      id: str(t.ID) ?? "",
      serviceId: str(t.ServiceID) ?? "",
      slot: num(t.Slot),
      nodeId: str(t.NodeID) ?? "",
      image: withoutDigest(image),
      desired: str(t.DesiredState) ?? "",
      state: str(status?.State) ?? "",
      error: err || undefined,
      exitCode: num(container?.ExitCode),
      createdAt: str(t.CreatedAt) ?? "",
    };
  });
}

export async function readNodes(cli: DockerCli, signal?: AbortSignal): Promise<SwarmNode[]> {
  const list = ids(await docker(cli, ["node", "ls", "--quiet"], signal));
  if (list.length === 0) return [];
  return parseNodes(parseArray(await inspectPresent(cli, ["node", "inspect", ...list], signal), "the nodes"));
}

/** The stack's services, tasks (current and recent history) and the swarm's nodes, in four calls. */
export async function readStack(cli: DockerCli, stack: string, signal?: AbortSignal): Promise<StackSnapshot> {
  const [serviceIds, nodes] = await Promise.all([
    docker(
      cli,
      ["service", "ls", "--quiet", "--filter", `label=com.docker.stack.namespace=${stack}`],
      signal,
    ).then(ids),
    readNodes(cli, signal),
  ]);
  if (serviceIds.length === 0) return { services: [], tasks: [], nodes };
  const [services, taskIds] = await Promise.all([
    inspectPresent(cli, ["service", "inspect", ...serviceIds], signal).then((o) =>
      parseServices(parseArray(o, "the stack's services"), stack),
    ),
    docker(cli, ["stack", "ps", stack, "--quiet", "--no-trunc"], signal)
      .then(ids)
      // A stack whose services have no task yet: `docker stack ps` says "nothing found in stack".
      .catch((e: unknown) => {
        if (e instanceof Error && /nothing found in stack/i.test(e.message)) return [];
        throw e;
      }),
  ]);
  const tasks =
    taskIds.length === 0
      ? []
      : parseTasks(
          parseArray(
            await inspectPresent(cli, ["inspect", "--type", "task", ...taskIds], signal),
            "the tasks",
          ),
        );
  return { services, tasks, nodes };
}
