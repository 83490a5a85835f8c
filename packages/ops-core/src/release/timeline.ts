// A run's timeline: each step with its start, duration and outcome, on an injected clock. Rendered in
// the summary (table + Mermaid chart) and the incident report. Given the run's CallLog, every child
// process and API round trip belongs to a step: the one running when it started, or a step of its own.

import { errorMessage } from "../action/errors.js";
import { formatDuration } from "../action/inputs.js";
import type { Logger } from "../action/logger.js";
import { type CallLog, currentStep } from "./calls.js";
import type { Clock } from "./ports.js";

export interface Step {
  name: string;
  startMs: number;
  durationMs: number;
  outcome: "ok" | "failed" | "skipped" | "warning";
  detail?: string;
}

export interface TimelineOptions {
  /**
   * When the process started, on the clock's scale: the time from then to the timeline's creation (Node
   * start, module load, inputs, wiring) is the run's first step, `process start`.
   */
  startedAtMs?: number;
}

export class Timeline {
  readonly steps: Step[] = [];
  private readonly running: Array<Promise<void>> = [];
  constructor(
    private readonly clock: Clock,
    private readonly logger?: Logger,
    calls?: CallLog,
    options: TimelineOptions = {},
  ) {
    const now = clock.now();
    if (options.startedAtMs !== undefined && options.startedAtMs < now) {
      this.steps.push({
        name: "process start",
        startMs: options.startedAtMs,
        durationMs: now - options.startedAtMs,
        outcome: "ok",
        detail: "Node start, module load, inputs and wiring",
      });
    }
    calls?.onUnowned((c) => {
      this.steps.push({
        name: c.label,
        startMs: c.startMs,
        durationMs: c.durationMs,
        outcome: c.ok ? "ok" : "warning",
        detail: "a call outside the named steps",
      });
    });
  }

  /** Runs `fn` as a step (logged as it starts and ends); a throw marks it failed and propagates. */
  async step<T>(name: string, fn: () => Promise<T>, detail?: (value: T) => string | undefined): Promise<T> {
    const startMs = this.clock.now();
    this.logger?.info(`▶ ${name}`);
    try {
      const value = await currentStep.run(name, fn);
      this.logger?.info(`✔ ${name} (${formatDuration(this.clock.now() - startMs)})`);
      const d = detail?.(value);
      this.steps.push({
        name,
        startMs,
        durationMs: this.clock.now() - startMs,
        outcome: "ok",
        ...(d ? { detail: d } : {}),
      });
      return value;
    } catch (error) {
      this.logger?.warning(
        `✘ ${name} (${formatDuration(this.clock.now() - startMs)}): ${errorMessage(error)}`,
      );
      this.steps.push({
        name,
        startMs,
        durationMs: this.clock.now() - startMs,
        outcome: "failed",
        detail: errorMessage(error),
      });
      throw error;
    }
  }

  /**
   * Starts `fn` now as a step that runs beside the steps that follow (not awaited here): a prefetch of
   * what the run asks anyway, whose answers the adapters keep for the step that needs them. It never
   * throws: a failure is a `warning` step, and the step that needs the answer asks again and decides.
   */
  background(name: string, fn: () => Promise<unknown>): Promise<void> {
    const startMs = this.clock.now();
    const done = currentStep.run(name, fn).then(
      () => {
        this.steps.push({ name, startMs, durationMs: this.clock.now() - startMs, outcome: "ok" });
      },
      (error: unknown) => {
        this.logger?.debug(`${name}: ${errorMessage(error)} (asked again where it is needed)`);
        this.steps.push({
          name,
          startMs,
          durationMs: this.clock.now() - startMs,
          outcome: "warning",
          detail: errorMessage(error),
        });
      },
    );
    this.running.push(done);
    return done;
  }

  /** Resolves when every background step has ended (they never reject). */
  async settled(): Promise<void> {
    await Promise.all(this.running);
  }

  /** Records an instant event or a step whose outcome the caller decided. */
  mark(name: string, outcome: Step["outcome"], detail?: string, startMs = this.clock.now()): void {
    this.steps.push({
      name,
      startMs,
      durationMs: this.clock.now() - startMs,
      outcome,
      ...(detail ? { detail } : {}),
    });
  }

  /** Marks the last step named `name` with a new outcome (e.g. a verification that ran but failed). */
  setOutcome(name: string, outcome: Step["outcome"], detail?: string): void {
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const s = this.steps[i] as Step;
      if (s.name === name) {
        s.outcome = outcome;
        if (detail) s.detail = detail;
        return;
      }
    }
  }

  has(name: string, outcome: Step["outcome"] = "ok"): boolean {
    return this.steps.some((s) => s.name === name && s.outcome === outcome);
  }
}
