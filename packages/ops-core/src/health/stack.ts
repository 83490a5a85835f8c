// The stack as `docker-compose ps` and `docker inspect` show it. A service fails the check when it is
// missing, not running, restarting, unhealthy, exited non-zero, OOM-killed, or when its restart count
// rises while we watch; the evidence includes the last lines of its logs. Reads through a narrow port.

import { errorMessage } from "../action/errors.js";
import { keepEnd } from "./stats.js";
import type { Clock, Sleep } from "./time.js";

/** At most this many characters of a failed service's log tail are kept. */
export const LOG_TAIL_CHARS = 8_000;

/** One container of the project, as `docker inspect` describes it. */
export interface ContainerState {
  service: string;
  /** Container id (or name); what `logs` takes. */
  id: string;
  name: string;
  /** docker's State.Status: created | running | paused | restarting | removing | exited | dead. */
  status: string;
  running: boolean;
  restarting: boolean;
  oomKilled: boolean;
  exitCode: number;
  /** State.Health.Status, or "none" when the image defines no health check. */
  health: "healthy" | "unhealthy" | "starting" | "none";
  restartCount: number;
  startedAt: string | undefined;
  finishedAt: string | undefined;
  /** The health check's start period (ms), when it has one: failures before its end do not count. */
  startPeriodMs?: number;
  /** The last health-check output (untrusted), when unhealthy. */
  healthLog?: string;
}

/** The compose port the smoke check reads the stack through (an adapter over docker compose/docker inspect). */
export interface StackPort {
  /** A label for messages, e.g. `project app (docker-compose -f compose.yml)`. */
  readonly description: string;
  /** The services the compose file defines. */
  services(signal?: AbortSignal): Promise<string[]>;
  /** Every container of the project, whatever its state. */
  containers(signal?: AbortSignal): Promise<ContainerState[]>;
  /** The last `lines` lines of a container's logs (stdout and stderr). */
  logs(id: string, lines: number, signal?: AbortSignal): Promise<string>;
}

/** A problem is final (a crash happened: no point waiting) or may still clear before the deadline. */
export interface ServiceProblem {
  text: string;
  final: boolean;
}

export interface ServiceReport {
  service: string;
  verdict: "pass" | "fail";
  /** Problems seen, in plain words (empty when it passed). */
  problems: string[];
  container: string | undefined;
  status: string | undefined;
  health: string | undefined;
  exitCode: number | undefined;
  restartCount: number | undefined;
  /** The restart count at the first look, to show a rise. */
  restartCountAtStart: number | undefined;
  oomKilled: boolean | undefined;
  startedAt: string | undefined;
  /** The last lines of its logs when it failed (untrusted text). */
  logTail: string | undefined;
}

export interface StackReport {
  checked: true;
  description: string;
  verdict: "pass" | "fail" | "stopped";
  reason: string;
  services: ServiceReport[];
  /** How many times the stack was inspected. */
  inspections: number;
  /** Set when the stack could not be read at all (docker not running, bad compose file). */
  error?: string;
}

export interface StackPolicy {
  /** Services that must be present; empty = every service the compose file defines. */
  expected: readonly string[];
  /** Watch at least this long for restarts before passing. */
  observeMs: number;
  /** How often to look. */
  pollMs: number;
  logLines: number;
}

/**
 * What is wrong with one service now, given its container(s) now and at the first look. Final problems
 * mean something crashed or stopped; the others (health check starting or unhealthy, container created)
 * may still clear before the deadline.
 */
export function serviceProblems(
  now: readonly ContainerState[],
  first: readonly ContainerState[] | undefined,
): ServiceProblem[] {
  if (now.length === 0) return [{ text: "no container: the service is missing", final: true }];
  const problems: ServiceProblem[] = [];
  for (const c of now) {
    const who = now.length > 1 ? `${c.name}: ` : "";
    const before = first?.find((f) => f.id === c.id);
    if (before && c.restartCount > before.restartCount) {
      problems.push({
        text: `${who}restarted ${c.restartCount - before.restartCount} time(s) during the check (restart count ${before.restartCount} → ${c.restartCount})`,
        final: true,
      });
    }
    if (c.oomKilled)
      problems.push({ text: `${who}killed for running out of memory (OOMKilled)`, final: true });
    if (c.restarting || c.status === "restarting") {
      problems.push({
        text: `${who}restarting: crash loop (exit code ${c.exitCode}, restart count ${c.restartCount})`,
        final: true,
      });
    } else if (c.status === "exited" || c.status === "dead") {
      problems.push({
        text: `${who}${c.status} with code ${c.exitCode}${c.exitCode === 0 ? ", not running" : ""}`,
        final: true,
      });
    } else if (c.status === "created") {
      problems.push({ text: `${who}created but not started`, final: false });
    } else if (!c.running) {
      problems.push({ text: `${who}not running (${c.status})`, final: true });
    } else if (c.health === "unhealthy") {
      const last = c.healthLog?.trim().split("\n").at(-1);
      problems.push({ text: `${who}unhealthy${last ? `: ${last}` : ""}`, final: false });
    } else if (c.health === "starting") {
      problems.push({ text: `${who}health check still starting`, final: false });
    }
  }
  return problems;
}

/**
 * Watches the stack until every expected service passes and `observeMs` has gone by, a service fails for
 * good (crash, restart, OOM, exit, missing), the deadline passes, or `stop` aborts. Problems that may clear
 * (health starting, unhealthy) fail only at the deadline. Failed services get the tail of their logs.
 */
export async function checkStack(
  port: StackPort,
  policy: StackPolicy,
  deps: { clock: Clock; sleep: Sleep },
  deadline: number,
  stop?: AbortSignal,
): Promise<StackReport & { first: ContainerState[] }> {
  const started = deps.clock();
  let first: ContainerState[] | undefined;
  let inspections = 0;
  /** Final problems stay, even if a later look no longer shows them. */
  const finals = new Map<string, string[]>();
  try {
    const expected = policy.expected.length > 0 ? [...policy.expected] : await port.services(stop);
    for (;;) {
      const containers = await port.containers(stop);
      inspections++;
      first ??= containers;
      const judged = expected.map((service) => {
        const mine = containers.filter((c) => c.service === service);
        const problems = serviceProblems(
          mine,
          first?.filter((c) => c.service === service),
        );
        for (const p of problems.filter((p) => p.final)) {
          const seen = finals.get(service) ?? [];
          if (!seen.includes(p.text)) seen.push(p.text);
          finals.set(service, seen);
        }
        return { service, problems, containers: mine };
      });
      const elapsed = deps.clock() - started;
      const allPass = judged.every((j) => j.problems.length === 0);
      const out = deps.clock() >= deadline;
      const stopped = stop?.aborted === true;
      if (finals.size > 0 || (allPass && elapsed >= policy.observeMs) || out || stopped) {
        const services = await Promise.all(
          judged.map(async (j): Promise<ServiceReport> => {
            const final = finals.get(j.service) ?? [];
            const waiting = out ? j.problems.filter((p) => !p.final).map((p) => p.text) : [];
            const problems = [...new Set([...final, ...waiting])];
            const failed = problems.length > 0;
            const c = j.containers[0];
            const before = first?.find((f) => f.id === c?.id);
            return {
              service: j.service,
              verdict: failed ? "fail" : "pass",
              problems,
              container: c?.name,
              status: c?.status,
              health: c?.health,
              exitCode: c?.exitCode,
              restartCount: c?.restartCount,
              restartCountAtStart: before?.restartCount,
              oomKilled: c?.oomKilled,
              startedAt: c?.startedAt,
              logTail: failed && c ? await safeLogs(port, c.id, policy.logLines, stop) : undefined,
            };
          }),
        );
        const failed = services.filter((s) => s.verdict === "fail");
        const result = (verdict: StackReport["verdict"], reason: string) => ({
          checked: true as const,
          description: port.description,
          verdict,
          reason,
          services,
          inspections,
          first: first ?? [],
        });
        if (failed.length > 0) return result("fail", describeFailures(failed));
        if (stopped && (!allPass || elapsed < policy.observeMs)) {
          const waiting = judged.filter((j) => j.problems.length > 0).map((j) => j.service);
          return result(
            "stopped",
            `stopped early because another check failed${waiting.length ? ` (still waiting for ${waiting.join(", ")})` : ""}`,
          );
        }
        const watched = policy.observeMs > 0 ? `, no restart in ${Math.round(elapsed / 100) / 10}s` : "";
        return result("pass", `${services.length} service(s) running${watched}`);
      }
      const untilObserved = allPass ? Math.max(1, policy.observeMs - elapsed) : policy.pollMs;
      const wait = Math.min(policy.pollMs, untilObserved, Math.max(1, deadline - deps.clock()));
      await deps.sleep(wait, stop);
    }
  } catch (error) {
    // A read cut short because another check failed (fail-fast) is a stop, not a finding.
    if (stop?.aborted) {
      return {
        checked: true,
        description: port.description,
        verdict: "stopped",
        reason: "stopped early because another check failed",
        services: [],
        inspections,
        first: first ?? [],
      };
    }
    return {
      checked: true,
      description: port.description,
      verdict: "fail",
      reason: `could not read the stack: ${errorMessage(error)}`,
      services: [],
      inspections,
      error: errorMessage(error),
      first: first ?? [],
    };
  }
}

function describeFailures(failed: readonly ServiceReport[]): string {
  return failed.map((s) => `${s.service}: ${s.problems.join("; ")}`).join(" · ");
}

/** One more look after everything else ran (the smoke tests may have crashed something). */
export async function recheckStack(
  port: StackPort,
  report: StackReport & { first: ContainerState[] },
  logLines: number,
  signal?: AbortSignal,
): Promise<StackReport> {
  const { first, ...base } = report;
  if (report.verdict !== "pass") return base;
  let containers: ContainerState[];
  try {
    containers = await port.containers(signal);
  } catch (error) {
    return {
      ...base,
      verdict: "fail",
      reason: `could not read the stack again: ${errorMessage(error)}`,
      error: errorMessage(error),
    };
  }
  const services = await Promise.all(
    base.services.map(async (s): Promise<ServiceReport> => {
      const now = containers.filter((c) => c.service === s.service);
      const problems = serviceProblems(
        now,
        first.filter((c) => c.service === s.service),
      );
      const c = now[0];
      if (problems.length === 0) return { ...s, restartCount: c?.restartCount ?? s.restartCount };
      return {
        ...s,
        verdict: "fail",
        problems: problems.map((p) => p.text),
        status: c?.status,
        health: c?.health,
        exitCode: c?.exitCode,
        restartCount: c?.restartCount,
        oomKilled: c?.oomKilled,
        logTail: c ? await safeLogs(port, c.id, logLines, signal) : undefined,
      };
    }),
  );
  const failed = services.filter((s) => s.verdict === "fail");
  const inspections = base.inspections + 1;
  if (failed.length === 0) return { ...base, services, inspections };
  return {
    ...base,
    services,
    inspections,
    verdict: "fail",
    reason: `at the final look: ${describeFailures(failed)}`,
  };
}

async function safeLogs(port: StackPort, id: string, lines: number, signal?: AbortSignal): Promise<string> {
  try {
    // Lines can be long: the tail is bounded in characters too (it goes into the report and the summary).
    return keepEnd(await port.logs(id, lines, signal), LOG_TAIL_CHARS);
  } catch (error) {
    return `(could not read the logs: ${errorMessage(error)})`;
  }
}
