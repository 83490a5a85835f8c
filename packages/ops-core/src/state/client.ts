// A state client: one open connection, the key names, and a clock. Every state function takes one.

import type { Redis } from "ioredis";
import { connectRedis, type RedisConnectOptions, type RedisTarget } from "./connection.js";
import { type StateKeys, stateKeys } from "./keys.js";
import type { Replication } from "./replication.js";
import { WAIT_TIMEOUT_MS } from "./sentinel.js";

export interface StateClient {
  readonly redis: Redis;
  readonly keys: StateKeys;
  /** The clock for ISO times written to Redis (injectable in tests). */
  now(): Date;
  /**
   * Set on Redis Sentinel connections: lock and state writes are followed by `WAIT replicas timeoutMs`
   * (see replication.ts). Absent (or replicas 0): no WAIT.
   */
  readonly replication?: Replication;
}

/** A state client that owns its connection: close it when the run ends (ctx.onCleanup). */
export interface OpenStateClient extends StateClient {
  readonly target: RedisTarget;
  close(): Promise<void>;
}

export interface OpenStateOptions extends RedisConnectOptions {
  /** Key prefix (see stateKeys); default none. */
  keyPrefix?: string;
  /** The input or option naming the prefix in errors; default `key-prefix`. */
  prefixInput?: string;
  now?: () => Date;
}

/** Validates the prefix, then connects (see connectRedis for the bounds and the errors). */
export async function openState(url: string, options: OpenStateOptions = {}): Promise<OpenStateClient> {
  const keys = stateKeys(options.keyPrefix ?? "", options.prefixInput);
  const connection = await connectRedis(url, options);
  const sentinel = connection.target.sentinel;
  return {
    ...(sentinel && sentinel.replicas > 0
      ? {
          replication: {
            replicas: sentinel.replicas,
            timeoutMs: WAIT_TIMEOUT_MS,
            master: sentinel.name,
            sentinels: sentinel.sentinels,
          },
        }
      : {}),
    redis: connection.redis,
    keys,
    target: connection.target,
    now: options.now ?? (() => new Date()),
    close: connection.close,
  };
}

/** Who asks for a change and from where; recorded with every audit entry. */
export interface Actor {
  /** GitHub actor or local user. */
  actor: string;
  runUrl?: string;
  runId?: string;
}

/** A change always carries a reason. */
export interface ChangeRequest extends Actor {
  reason: string;
}
