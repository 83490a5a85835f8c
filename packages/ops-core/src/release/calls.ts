// A run's calls: every child process (compose, docker, alembic, smoke and integrity commands) and every
// GitHub or Redis round trip, timed and attributed to the timeline step running when it started. A call
// made outside any step becomes a step of its own, so the timeline accounts for every second the run
// spends waiting on something. The report carries the totals per kind (the bench prints them).

import { AsyncLocalStorage } from "node:async_hooks";
import { basename } from "node:path";
import type { CommandRunner } from "../process/run-command.js";

export type CallKind = "compose" | "docker" | "alembic" | "command" | "github" | "redis";

export interface Call {
  kind: CallKind;
  /** What was asked, e.g. `compose config`, `docker inspect`, `github createDeployment`. */
  label: string;
  startMs: number;
  durationMs: number;
  /** The timeline step it belongs to; undefined when it ran outside every step. */
  step: string | undefined;
  ok: boolean;
}

/** The step running in this async context (set by Timeline.step). */
export const currentStep = new AsyncLocalStorage<string>();

/** What a timeline is told about a call outside every step, so it can make it a step. */
export type UnownedCall = (call: Call) => void;

/** Kind and label of an argv, e.g. ["docker-compose", "-f", "a.yml", "ps", "-q"] → compose ps. Pure. */
export function classifyArgv(argv: readonly string[]): { kind: CallKind; label: string } {
  const program = basename(argv[0] ?? "");
  const words = argv.slice(1);
  // The first word that is neither a flag nor a flag's value (-f file, -p name, -c alembic.ini, -x k=v).
  const subcommand = (list: readonly string[]) => {
    for (let i = 0; i < list.length; i++) {
      const w = list[i] as string;
      if (/^-[fpcx]$|^--(file|project-name|config|env-file|project-directory|name)$/.test(w)) i++;
      else if (!w.startsWith("-")) return w;
    }
    return "";
  };
  if (program === "docker-compose" || program === "podman-compose")
    return { kind: "compose", label: `compose ${subcommand(words)}` };
  if (program === "docker") {
    if (words[0] === "compose") return { kind: "compose", label: `compose ${subcommand(words.slice(1))}` };
    return { kind: "docker", label: `docker ${subcommand(words)}` };
  }
  const alembicAt = argv.findIndex((w) => basename(w) === "alembic");
  if (alembicAt >= 0) return { kind: "alembic", label: `alembic ${subcommand(argv.slice(alembicAt + 1))}` };
  return { kind: "command", label: `command ${program}` };
}

/** A tool's interpreter started once for the run (compose/session.ts, migrations/session.ts). */
export interface ToolStart {
  tool: "compose" | "alembic";
  startMs: number;
  durationMs: number;
}

export class CallLog {
  readonly calls: Call[] = [];
  readonly starts: ToolStart[] = [];
  private unowned: UnownedCall | undefined;
  constructor(private readonly now: () => number = Date.now) {}

  /** The timeline that makes calls outside every step steps of their own (one per run). */
  onUnowned(fn: UnownedCall): void {
    this.unowned = fn;
  }

  /** A session's interpreter is ready after `durationMs` (inside its first call: said apart from it). */
  started(tool: ToolStart["tool"], durationMs: number): void {
    this.starts.push({ tool, startMs: this.now() - durationMs, durationMs });
  }

  /** Times `fn` as one call of `kind`. */
  time<T>(kind: CallKind, label: string, fn: () => Promise<T>, okOf?: (value: T) => boolean): Promise<T> {
    const step = currentStep.getStore();
    const startMs = this.now();
    return this.track(kind, label, step, startMs, fn(), okOf);
  }

  private async track<T>(
    kind: CallKind,
    label: string,
    step: string | undefined,
    startMs: number,
    pending: Promise<T>,
    okOf?: (value: T) => boolean,
  ): Promise<T> {
    let ok = false;
    try {
      const value = await pending;
      ok = okOf ? okOf(value) : true;
      return value;
    } finally {
      const call: Call = { kind, label, startMs, durationMs: this.now() - startMs, step, ok };
      this.calls.push(call);
      if (step === undefined) this.unowned?.(call);
    }
  }

  /** The runner every adapter gets: each child process timed and classified. */
  runner(run: CommandRunner): CommandRunner {
    return (argv, options) => {
      const { kind, label } = classifyArgv(argv);
      return this.time(
        kind,
        label,
        () => run(argv, options),
        (r) => r.code === 0 && !r.timedOut,
      );
    };
  }

  /** The same object with every method call timed as one round trip of `kind` (GitHub, Redis). */
  port<T extends object>(kind: CallKind, target: T): T {
    return new Proxy(target, {
      get: (obj, key, receiver) => {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (typeof value !== "function") return value;
        // Only what returns a promise is a round trip; a synchronous method is passed through.
        return (...args: unknown[]) => {
          const step = currentStep.getStore();
          const startMs = this.now();
          const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
          return result instanceof Promise
            ? this.track(kind, `${kind} ${String(key)}`, step, startMs, result)
            : result;
        };
      },
    });
  }

  /** Count and time per kind, per label (what was asked how often), and every call in start order. */
  summary(): {
    byKind: Record<string, { count: number; ms: number }>;
    byLabel: Record<string, number>;
    outsideSteps: number;
    list: Array<{ label: string; step?: string; startMs: number; durationMs: number; ok: boolean }>;
    starts: ToolStart[];
  } {
    const byKind: Record<string, { count: number; ms: number }> = {};
    const byLabel: Record<string, number> = {};
    for (const c of this.calls) {
      const k = byKind[c.kind] ?? { count: 0, ms: 0 };
      k.count++;
      k.ms += c.durationMs;
      byKind[c.kind] = k;
      byLabel[c.label] = (byLabel[c.label] ?? 0) + 1;
    }
    const list = [...this.calls]
      .sort((a, b) => a.startMs - b.startMs)
      .map((c) => ({
        label: c.label,
        ...(c.step !== undefined ? { step: c.step } : {}),
        startMs: c.startMs,
        durationMs: c.durationMs,
        ok: c.ok,
      }));
    return {
      byKind,
      byLabel,
      outsideSteps: this.calls.filter((c) => c.step === undefined).length,
      list,
      starts: [...this.starts],
    };
  }
}
