// A container as `docker inspect` describes it — the same for compose v1 and v2 — reduced to what the
// health checks and the release engines read.

/** One container of a compose project. */
export interface ContainerInfo {
  /** com.docker.compose.service, or the container name when it has no compose label. */
  service: string;
  /** Full container id. */
  id: string;
  name: string;
  /** com.docker.compose.project, when labelled. */
  project: string | undefined;
  /** docker's State.Status: created | running | paused | restarting | removing | exited | dead. */
  status: string;
  running: boolean;
  restarting: boolean;
  oomKilled: boolean;
  exitCode: number;
  /** State.Health.Status, or "none" when the image and compose file define no health check. */
  health: "healthy" | "unhealthy" | "starting" | "none";
  /** The last health-check output (untrusted text), when there is one. */
  healthLog?: string;
  restartCount: number;
  startedAt: string | undefined;
  finishedAt: string | undefined;
  /** Config.Healthcheck.StartPeriod in ms, when the container has a health check with one. */
  startPeriodMs?: number;
  /** The image reference the container was created from (Config.Image), e.g. `app/api:1.4.2`. */
  image: string;
  /** The image id (sha256:…). */
  imageId: string;
}

/** The parts of `docker inspect` we read. */
export interface InspectEntry {
  Id: string;
  Name?: string;
  Image?: string;
  RestartCount?: number;
  Config?: {
    Image?: string;
    Labels?: Record<string, string> | null;
    /** Durations in nanoseconds. */
    Healthcheck?: { StartPeriod?: number } | null;
  };
  State?: {
    Status?: string;
    Running?: boolean;
    Restarting?: boolean;
    OOMKilled?: boolean;
    ExitCode?: number;
    StartedAt?: string;
    FinishedAt?: string;
    Health?: { Status?: string; Log?: Array<{ Output?: string; ExitCode?: number }> | null } | null;
  };
}

const ZERO_TIME = "0001-01-01T00:00:00Z";

/** One `docker inspect` entry → ContainerInfo. Pure. */
export function containerFromInspect(entry: InspectEntry): ContainerInfo {
  const name = (entry.Name ?? entry.Id).replace(/^\//, "");
  const labels = entry.Config?.Labels ?? {};
  const health = entry.State?.Health?.Status;
  const log = entry.State?.Health?.Log ?? [];
  const time = (t: string | undefined) => (t && t !== ZERO_TIME ? t : undefined);
  const lastLog = log.at(-1)?.Output;
  const startPeriod = entry.Config?.Healthcheck?.StartPeriod;
  return {
    service: labels["com.docker.compose.service"] ?? name,
    id: entry.Id,
    name,
    project: labels["com.docker.compose.project"],
    status: entry.State?.Status ?? "unknown",
    running: entry.State?.Running === true,
    restarting: entry.State?.Restarting === true,
    oomKilled: entry.State?.OOMKilled === true,
    exitCode: entry.State?.ExitCode ?? 0,
    health: health === "healthy" || health === "unhealthy" || health === "starting" ? health : "none",
    ...(lastLog !== undefined ? { healthLog: lastLog.trim() } : {}),
    restartCount: entry.RestartCount ?? 0,
    startedAt: time(entry.State?.StartedAt),
    finishedAt: time(entry.State?.FinishedAt),
    ...(typeof startPeriod === "number" && startPeriod > 0
      ? { startPeriodMs: Math.round(startPeriod / 1e6) }
      : {}),
    image: entry.Config?.Image ?? "",
    imageId: entry.Image ?? "",
  };
}

/** `docker inspect` JSON output → containers. Throws on output that is not a JSON array. Pure. */
export function parseInspect(stdout: string): ContainerInfo[] {
  const parsed: unknown = JSON.parse(stdout);
  if (!Array.isArray(parsed)) throw new Error("docker inspect did not print a JSON array");
  return (parsed as InspectEntry[]).map(containerFromInspect);
}

/** Containers grouped by service, in a stable order (service name, then container name). Pure. */
export function byService(containers: readonly ContainerInfo[]): Record<string, ContainerInfo[]> {
  const out: Record<string, ContainerInfo[]> = {};
  for (const c of [...containers].sort(
    (a, b) => a.service.localeCompare(b.service) || a.name.localeCompare(b.name),
  )) {
    const list = out[c.service] ?? [];
    list.push(c);
    out[c.service] = list;
  }
  return out;
}
