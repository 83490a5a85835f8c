// WAIT after a write on a Redis Sentinel connection. Redis replicates asynchronously: a write the master
// acknowledged can be lost when the master dies before a replica has it and the replica is promoted.
// `WAIT n timeout` blocks until n replicas acknowledged everything written on this connection so far (or
// the timeout passes) and answers how many did. That makes a lost lock write refused rather than silent;
// it is not a consensus (a write WAIT confirmed can still be lost in rarer failures, e.g. both nodes down).

import { errorMessage } from "../action/errors.js";
import type { StateClient } from "./client.js";

export interface Replication {
  /** Replicas that must acknowledge; > 0. */
  replicas: number;
  /** WAIT's timeout. */
  timeoutMs: number;
  /** The master's name and the sentinels, for evidence. */
  master: string;
  sentinels: string;
}

export interface ReplicationAck {
  required: number;
  acknowledged: number;
  ok: boolean;
  timeoutMs: number;
  /** Set when WAIT itself failed (then `acknowledged` is 0). */
  error?: string;
}

/** WAITs on a Sentinel connection; undefined on others (nothing to wait for). Never throws. */
export async function waitForReplicas(client: StateClient): Promise<ReplicationAck | undefined> {
  const r = client.replication;
  if (!r || r.replicas <= 0) return undefined;
  try {
    const n = Number(await client.redis.wait(r.replicas, r.timeoutMs));
    return { required: r.replicas, acknowledged: n, ok: n >= r.replicas, timeoutMs: r.timeoutMs };
  } catch (error) {
    return {
      required: r.replicas,
      acknowledged: 0,
      ok: false,
      timeoutMs: r.timeoutMs,
      error: errorMessage(error),
    };
  }
}

/** "0 of 1 replica(s) acknowledged within 1 s (WAIT 1 1000)", or why WAIT failed. */
export function describeAck(ack: ReplicationAck): string {
  const wait = `WAIT ${ack.required} ${ack.timeoutMs}`;
  return ack.error
    ? `${wait} failed: ${ack.error}`
    : `${ack.acknowledged} of ${ack.required} replica(s) acknowledged within ${ack.timeoutMs / 1000} s (${wait})`;
}

/** Where to look when replicas do not acknowledge. */
export function replicationHint(client: StateClient): string {
  const r = client.replication;
  const name = r?.master ?? "<master>";
  return `check that a replica is connected and up (\`redis-cli -p <sentinel port> SENTINEL replicas ${name}\`, sentinels: ${r?.sentinels ?? "?"}) and that the sentinels agree on the master (\`SENTINEL get-master-addr-by-name ${name}\`)`;
}
