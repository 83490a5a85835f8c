// Reading the operational state: the kill switch and the circuit breaker, as the running services read
// them. Only the exact string `OPEN` is a normal breaker; anything unreadable is `unknown`, never a guess.

import { ConfigurationError, errorMessage } from "../action/errors.js";
import type { Logger } from "../action/logger.js";
import type { StateClient } from "./client.js";
import { openState } from "./client.js";
import { DEFAULT_COMMAND_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT_MS, RedisAuthError } from "./connection.js";
import { isSentinelUrl } from "./sentinel.js";

export type KillSwitchState = "active" | "inactive" | "unknown";

/** `OPEN` (normal), `TRIPPED`, any other raw value as found, or `unknown` (unset or unreadable). */
export type BreakerState = "OPEN" | "TRIPPED" | "unknown" | (string & {});

export interface OperationalState {
  /** `true` → active; `false` or unset → inactive; anything else or unreadable → unknown. */
  killSwitch: KillSwitchState;
  breaker: BreakerState;
  tripReason: string | null;
  lastReset: string | null;
  /** The raw values read (null when the key is not set or Redis could not be read). */
  raw: { killSwitch: string | null; breaker: string | null };
  /** Why the state could not be read; set only then (and then both states are `unknown`). */
  error?: string;
  /** Plain-language remarks about odd values (an unset breaker, an unexpected kill switch value). */
  notes: string[];
}

/** Interprets the four raw values (pure). */
export function interpretState(values: {
  killSwitch: string | null;
  breaker: string | null;
  tripReason: string | null;
  lastReset: string | null;
}): OperationalState {
  const notes: string[] = [];
  let killSwitch: KillSwitchState;
  if (values.killSwitch === "true") killSwitch = "active";
  else if (values.killSwitch === "false" || values.killSwitch === null) killSwitch = "inactive";
  else {
    killSwitch = "unknown";
    notes.push(`killswitch:active holds ${JSON.stringify(values.killSwitch)}, neither "true" nor "false"`);
  }
  let breaker: BreakerState;
  if (values.breaker === null) {
    breaker = "unknown";
    notes.push("cb:state is not set (only OPEN lets a deploy through; a breaker reset sets it)");
  } else {
    breaker = values.breaker;
    if (values.breaker !== "OPEN" && values.breaker !== "TRIPPED") {
      notes.push(`cb:state holds ${JSON.stringify(values.breaker)}, neither OPEN nor TRIPPED`);
    }
  }
  return {
    killSwitch,
    breaker,
    tripReason: values.tripReason,
    lastReset: values.lastReset,
    raw: { killSwitch: values.killSwitch, breaker: values.breaker },
    notes,
  };
}

/** The state when Redis cannot be read: both unknown, with the reason. */
export function unreadableState(error: string): OperationalState {
  return {
    killSwitch: "unknown",
    breaker: "unknown",
    tripReason: null,
    lastReset: null,
    raw: { killSwitch: null, breaker: null },
    error,
    notes: [],
  };
}

/** Reads the four keys in one MGET. Throws when Redis does not answer. */
export async function readState(client: StateClient): Promise<OperationalState> {
  const k = client.keys;
  const [killSwitch, breaker, tripReason, lastReset] = await client.redis.mget(
    k.killSwitch,
    k.breakerState,
    k.tripReason,
    k.lastReset,
  );
  return interpretState({
    killSwitch: killSwitch ?? null,
    breaker: breaker ?? null,
    tripReason: tripReason ?? null,
    lastReset: lastReset ?? null,
  });
}

export interface ReadStateOptions {
  /** Key prefix; default none. */
  keyPrefix?: string;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  /** The whole read (connect, MGET, close) ends by then; default 1.5 s. */
  deadlineMs?: number;
  logger?: Logger;
  /** The input that gave the URL, for configuration errors; default `redis-url`. */
  input?: string;
}

export const DEFAULT_READ_DEADLINE_MS = 1_500;

/**
 * The operational state, for smoke checks and the deploy gate. Never throws for Redis being down, frozen,
 * or refusing the credentials: those give `unknown` with `error` set, within `deadlineMs`. Takes an open
 * client (the caller closes it) or a URL (connected and closed here). A malformed URL or key prefix is
 * still a ConfigurationError: that is the workflow's to fix, not Redis's.
 */
export async function readOperationalState(
  source: StateClient | string,
  options: ReadStateOptions = {},
): Promise<OperationalState> {
  const deadline = options.deadlineMs ?? DEFAULT_READ_DEADLINE_MS;
  let timer: NodeJS.Timeout | undefined;
  let close: (() => Promise<void>) | undefined;
  let timedOut = false;
  const work = async (): Promise<OperationalState> => {
    if (typeof source === "string") {
      const client = await openState(source, {
        keyPrefix: options.keyPrefix,
        // Through the sentinels, the connection's own error (which names them) must come before the deadline.
        connectTimeoutMs: Math.min(
          options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
          isSentinelUrl(source) ? Math.max(100, deadline - 250) : deadline,
        ),
        commandTimeoutMs: Math.min(options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, deadline),
        logger: options.logger,
        input: options.input,
      });
      close = client.close;
      if (timedOut) {
        await client.close();
        throw new Error("deadline passed");
      }
      return readState(client);
    }
    return readState(source);
  };
  try {
    const pending = work();
    pending.catch(() => undefined);
    return await Promise.race([
      pending,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new Error(`Redis did not answer within ${deadline} ms`));
        }, deadline);
      }),
    ]);
  } catch (error) {
    if (error instanceof ConfigurationError && !(error instanceof RedisAuthError)) throw error;
    return unreadableState(errorMessage(error));
  } finally {
    clearTimeout(timer);
    if (close) await close();
  }
}
