// Virtual time for the health checks' tests: sleeps are queued timers; whenever the program is idle the
// earliest timer fires and the clock jumps to it. No real timer is ever waited on (setImmediate only
// lets pending promise callbacks run), so a 60-second deadline takes microseconds.

import type { Clock, Random, Sleep } from "../time.js";

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export class FakeTime {
  private t = 0;
  private seq = 0;
  private timers: Timer[] = [];
  private scheduled = false;

  readonly clock: Clock = () => this.t;

  readonly sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      const timer: Timer = {
        at: this.t + Math.max(0, ms),
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.timers = this.timers.filter((x) => x !== timer);
        resolve();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.timers.push(timer);
      this.schedule();
    });

  /** Milliseconds of virtual time since the start. */
  get now(): number {
    return this.t;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Two turns: every promise chain woken by the last timer gets to run (and queue its own sleep).
    setImmediate(() =>
      setImmediate(() => {
        this.scheduled = false;
        this.fire();
      }),
    );
  }

  private fire(): void {
    if (this.timers.length === 0) return;
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.timers.shift() as Timer;
    this.t = Math.max(this.t, next.at);
    next.resolve();
    if (this.timers.length > 0) this.schedule();
  }
}

/** A deterministic random source: cycles through `values` (each in [0, 1)). */
export function sequenceRandom(values: readonly number[] = [0.5]): Random {
  let i = 0;
  return () => values[i++ % values.length] as number;
}
