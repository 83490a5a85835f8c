// Hand-written fakes behind the smoke ports: scripted HTTP endpoints in virtual time, a scripted stack,
// a state store, a command runner and files.

import type { CommandOptions, CommandResult, CommandRunner } from "../../process/run-command.js";
import type { OperationalState, StatePort } from "../breaker.js";
import type { HttpAnswer, HttpGet } from "../probe.js";
import type { ContainerState, StackPort } from "../stack.js";
import type { FakeTime } from "./fake-time.js";

/** An answer, or an error thrown (no answer), taking `latencyMs` of virtual time. */
export type Scripted = { status: number; body?: string; latencyMs?: number } | { error: string; latencyMs?: number };

/**
 * Endpoints by URL. Each has a function of virtual time → answer, so "healthy from t=3000" is one line.
 */
export class FakeHttp {
  readonly requests: Array<{ url: string; at: number }> = [];
  private readonly routes = new Map<string, (at: number, n: number) => Scripted>();
  constructor(private readonly time: FakeTime) {}

  route(url: string, answer: (at: number, n: number) => Scripted): this {
    this.routes.set(url, answer);
    return this;
  }

  count(url: string): number {
    return this.requests.filter((r) => r.url === url).length;
  }

  readonly get: HttpGet = async (url, { timeoutMs, signal }) => {
    // AbortSignal.timeout throws on a fractional delay: the real port would fail here too.
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new RangeError(`timeoutMs must be a positive integer, got ${timeoutMs}`);
    const at = this.time.now;
    const n = this.count(url);
    this.requests.push({ url, at });
    const route = this.routes.get(url);
    const scripted: Scripted = route ? route(at, n) : { error: "ECONNREFUSED: connect ECONNREFUSED" };
    const latency = scripted.latencyMs ?? 2;
    if (latency > timeoutMs) {
      await this.time.sleep(timeoutMs, signal);
      const e = new Error("The operation was aborted due to timeout");
      e.name = "TimeoutError";
      throw e;
    }
    await this.time.sleep(latency, signal);
    if (signal?.aborted) {
      const e = new Error("This operation was aborted");
      e.name = "AbortError";
      throw e;
    }
    if ("error" in scripted) throw new TypeError("fetch failed", { cause: new Error(scripted.error) });
    return { status: scripted.status, body: scripted.body ?? "" } satisfies HttpAnswer;
  };
}

export const ok = (body = '{"status":"ok"}', latencyMs = 2): Scripted => ({ status: 200, body, latencyMs });

export function container(service: string, over: Partial<ContainerState> = {}): ContainerState {
  return {
    service,
    id: `id-${service}`,
    name: `app_${service}_1`,
    status: "running",
    running: true,
    restarting: false,
    oomKilled: false,
    exitCode: 0,
    health: "none",
    restartCount: 0,
    startedAt: "2026-01-01T00:00:00Z",
    finishedAt: undefined,
    ...over,
  };
}

/** A stack whose containers are a function of how many times it was inspected. */
export class FakeStack implements StackPort {
  readonly description = "project app (compose.yml)";
  inspections = 0;
  logsAsked: string[] = [];
  constructor(
    private readonly defined: string[],
    private readonly look: (n: number) => ContainerState[],
    private readonly logText = "line 1\nline 2\nfatal: out of cheese",
  ) {}
  async services(): Promise<string[]> {
    return this.defined;
  }
  async containers(): Promise<ContainerState[]> {
    return this.look(this.inspections++);
  }
  async logs(id: string): Promise<string> {
    this.logsAsked.push(id);
    return this.logText;
  }
}

export class FakeState implements StatePort {
  readonly description = "redis://localhost:6379/0";
  constructor(private readonly state: OperationalState | (() => Promise<OperationalState>)) {}
  read(signal: AbortSignal): Promise<OperationalState> {
    if (typeof this.state === "function") {
      return Promise.race([
        this.state(),
        new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true })),
      ]);
    }
    return Promise.resolve(this.state);
  }
}

export const openBreaker: OperationalState = { cbState: "OPEN", tripReason: null, lastReset: "2026-01-01T00:00:00Z", killSwitch: "false" };

export function fakeRunner(result: Partial<CommandResult>, seen: Array<{ argv: readonly string[]; options: CommandOptions }> = []): CommandRunner {
  return async (argv, options) => {
    seen.push({ argv, options });
    return { argv, code: 0, signal: null, stdout: "", stderr: "", timedOut: false, durationMs: 1234, ...result };
  };
}
