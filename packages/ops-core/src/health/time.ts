// Time as ports: the checks read a clock, wait with a sleep and draw jitter from a random source, so tests
// drive them in virtual time (see __fixtures__/fake-time.ts) and never wait on a real timer.

/** Milliseconds from an arbitrary origin; only differences matter (monotonic in production). */
export type Clock = () => number;

/**
 * Waits `ms` milliseconds. Resolves early (never rejects) when `signal` aborts: callers check the signal
 * after waking up, so a stop request ends every wait at once.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A number in [0, 1), as Math.random. */
export type Random = () => number;

export const realClock: Clock = () => performance.now();

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });

/** Full-jitter exponential backoff (AWS architecture blog): a uniform draw in [0, min(cap, base·2^n)). */
export function fullJitterDelay(
  failures: number,
  opts: { baseMs: number; capMs: number },
  random: Random,
): number {
  const exp = Math.min(opts.capMs, opts.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * exp);
}
