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

export class Timeline {
  readonly steps: Step[] = [];
  constructor(
    private readonly clock: Clock,
    private readonly logger?: Logger,
    calls?: CallLog,
  ) {
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
