// The circuit breaker and the kill switch, read from Redis through a narrow port. Only the exact string
// `OPEN` (the runbook's normal state) passes; `TRIPPED` fails with its reason; anything else, or no key,
// fails too. The kill switch is reported. Redis unreachable is a verdict within `timeoutMs`, never a hang.

import { errorMessage } from "../action/errors.js";
import type { Sleep } from "./time.js";

/** The runbook's keys, as read (null: the key does not exist). */
export interface OperationalState {
  cbState: string | null;
  tripReason: string | null;
  lastReset: string | null;
  killSwitch: string | null;
}

/** The state port: one read of the keys (the adapter applies any key prefix). */
export interface StatePort {
  /** Where it reads, safe to print (password hidden), e.g. `redis://:***@host:6379/0`. */
  readonly description: string;
  read(signal: AbortSignal): Promise<OperationalState>;
}

export interface BreakerReport {
  checked: true;
  verdict: "pass" | "fail";
  reason: string;
  where: string;
  /** `OPEN` | `TRIPPED` | other text | null (no key) | undefined (could not read). */
  state: string | null | undefined;
  tripReason: string | null | undefined;
  lastReset: string | null | undefined;
  /** Could Redis be read at all? */
  reachable: boolean;
  error?: string;
  killSwitch: {
    /** true: trading stopped; false: off; undefined: unknown (no key or could not read). */
    active: boolean | undefined;
    raw: string | null | undefined;
  };
}

/** Judges what was read. Pure. */
export function judgeBreaker(state: OperationalState, where: string): BreakerReport {
  const killSwitch = {
    active: state.killSwitch === "true" ? true : state.killSwitch === "false" ? false : undefined,
    raw: state.killSwitch,
  };
  const base = {
    checked: true as const,
    where,
    state: state.cbState,
    tripReason: state.tripReason,
    lastReset: state.lastReset,
    reachable: true,
    killSwitch,
  };
  if (state.cbState === "OPEN") return { ...base, verdict: "pass", reason: "circuit breaker OPEN (normal)" };
  if (state.cbState === "TRIPPED") {
    return {
      ...base,
      verdict: "fail",
      reason: `circuit breaker TRIPPED: ${state.tripReason ?? "no cb:trip_reason recorded"}`,
    };
  }
  if (state.cbState === null)
    return { ...base, verdict: "fail", reason: "circuit breaker state unknown: cb:state is not set" };
  return {
    ...base,
    verdict: "fail",
    reason: `circuit breaker state ${JSON.stringify(state.cbState.slice(0, 40))} is not OPEN`,
  };
}

/**
 * Reads and judges, giving up after `timeoutMs` (measured with the injected sleep) with an explicit
 * "unreachable" verdict; the read is aborted then, so an adapter can close its connection.
 */
export async function checkBreaker(
  port: StatePort,
  options: { timeoutMs: number; sleep: Sleep },
  signal?: AbortSignal,
): Promise<BreakerReport> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const done = new AbortController();
  try {
    const timedOut = options.sleep(options.timeoutMs, done.signal).then(() => {
      if (done.signal.aborted) return undefined;
      controller.abort(new Error(`no answer within ${options.timeoutMs} ms`));
      throw new Error(`no answer within ${options.timeoutMs} ms`);
    });
    const state = await Promise.race([port.read(controller.signal), timedOut]);
    if (state === undefined) throw new Error("aborted");
    return judgeBreaker(state, port.description);
  } catch (error) {
    const message = errorMessage(error);
    return {
      checked: true,
      verdict: "fail",
      reason: `Redis unreachable at ${port.description}: ${message}; circuit breaker and kill switch unknown`,
      where: port.description,
      state: undefined,
      tripReason: undefined,
      lastReset: undefined,
      reachable: false,
      error: message,
      killSwitch: { active: undefined, raw: undefined },
    };
  } finally {
    done.abort();
    signal?.removeEventListener("abort", onAbort);
  }
}
