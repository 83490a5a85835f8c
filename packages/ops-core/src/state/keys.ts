// The key names, exactly as the runbook and the running services use them, behind an optional prefix.

import { ConfigurationError } from "../action/errors.js";

export interface StateKeys {
  readonly prefix: string;
  /** `killswitch:active`: "true" or "false". */
  readonly killSwitch: string;
  /** `cb:state`: "OPEN" (normal: trading allowed) or "TRIPPED". */
  readonly breakerState: string;
  /** `cb:trip_reason`: why the breaker was tripped. */
  readonly tripReason: string;
  /** `cb:last_reset`: ISO-8601 time of the last reset. */
  readonly lastReset: string;
  /** The audit stream of every change (XADD). */
  readonly audit: string;
  /** The deploy lock (SET NX PX, owner JSON). */
  readonly lock: string;
  /** The deploy lock's fencing counter (INCR). */
  readonly lockFence: string;
}

export const KEY_NAMES = {
  killSwitch: "killswitch:active",
  breakerState: "cb:state",
  tripReason: "cb:trip_reason",
  lastReset: "cb:last_reset",
  audit: "ops:audit",
  lock: "deploy:lock",
  lockFence: "deploy:lock:fence",
} as const;

const PREFIX = /^[A-Za-z0-9:_.{}-]{0,64}$/;

/** The keys under `prefix` (used as is: give `staging:` for `staging:cb:state`). */
export function stateKeys(prefix = "", input = "key-prefix"): StateKeys {
  if (!PREFIX.test(prefix)) {
    throw new ConfigurationError(
      `${input}: ${JSON.stringify(prefix.slice(0, 80))} is not a valid key prefix; use up to 64 letters, digits and : _ . - { }`,
      { input },
    );
  }
  return {
    prefix,
    killSwitch: `${prefix}${KEY_NAMES.killSwitch}`,
    breakerState: `${prefix}${KEY_NAMES.breakerState}`,
    tripReason: `${prefix}${KEY_NAMES.tripReason}`,
    lastReset: `${prefix}${KEY_NAMES.lastReset}`,
    audit: `${prefix}${KEY_NAMES.audit}`,
    lock: `${prefix}${KEY_NAMES.lock}`,
    lockFence: `${prefix}${KEY_NAMES.lockFence}`,
  };
}
