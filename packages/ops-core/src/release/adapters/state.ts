// ReleaseState over the state module (Redis): the connection is opened lazily on first use, so a run
// that never reaches Redis never loads ioredis; a connection failure is reported per call (the deploy
// gate fails closed on it; the rollback carries on with a warning).

import { errorMessage, RefusalError } from "../../action/errors.js";
import type { Logger } from "../../action/logger.js";
import type { Fence } from "../../state/audit.js";
import { recordAudit } from "../../state/audit.js";
import { tripBreaker } from "../../state/breaker.js";
import { type OpenStateClient, openState } from "../../state/client.js";
import { activateKillSwitch, deactivateKillSwitch } from "../../state/killswitch.js";
import { acquireDeployLock, asLockLost, type HeldLock, type LockKind, lockStatus } from "../../state/lock.js";
import { readState } from "../../state/state.js";
import type { LockAttempt, OperationalState, ReleaseState } from "../ports.js";

export interface StateAdapterOptions {
  url: string;
  keyPrefix?: string;
  logger: Logger;
  kind: LockKind;
  actor: string;
  runId: string;
  runUrl: string;
  sha: string;
  /** Registers the connection's close (ctx.onCleanup). */
  onClose: (fn: () => Promise<void>) => void;
  /** Told the exact lock value once acquired (saved for the `post:` step's compare-and-delete). */
  onLockAcquired?: (value: string) => void;
}

export function redisState(o: StateAdapterOptions): ReleaseState {
  let client: Promise<OpenStateClient> | undefined;
  const open = () => {
    if (!client) {
      client = openState(o.url, { keyPrefix: o.keyPrefix, logger: o.logger, input: "redis-url" });
      client.then(
        (c) => o.onClose(() => c.close()),
        () => undefined,
      );
    }
    return client;
  };
  const who = () => ({ actor: o.actor || "unknown", runUrl: o.runUrl, runId: o.runId });
  // While the run holds the lock, its state writes are fenced on it in Redis (refused once it is lost).
  let held: HeldLock | undefined;
  const fenced = async <T>(step: string, write: (fence: Fence | undefined) => Promise<T>): Promise<T> => {
    const lock = held;
    if (lock?.lost) await lock.check(step);
    try {
      return await write(lock?.writeFence());
    } catch (e) {
      throw asLockLost(e, step);
    }
  };
  return {
    async read(): Promise<OperationalState> {
      try {
        const s = await readState(await open());
        return {
          // An unreadable kill switch value is treated as on (fail closed).
          killSwitch: s.killSwitch !== "inactive",
          breaker: s.breaker === "unknown" ? undefined : s.breaker,
        };
      } catch (e) {
        return { killSwitch: undefined, breaker: undefined, error: errorMessage(e) };
      }
    },
    async acquireLock({ ttlMs, waitMs, signal }): Promise<LockAttempt> {
      const c = await open();
      try {
        const lock = await acquireDeployLock(
          c,
          { kind: o.kind, actor: o.actor, runId: o.runId, runUrl: o.runUrl, sha: o.sha },
          { ttlMs, waitMs, signal, logger: o.logger },
        );
        held = lock;
        o.onLockAcquired?.(lock.value);
        return {
          acquired: true,
          handle: {
            owner: `${o.kind} run ${o.runId || "?"} (fence ${lock.fence})`,
            check: (step) => lock.check(step),
            release: async () => {
              held = undefined;
              return lock.release();
            },
          },
        };
      } catch (e) {
        if (!(e instanceof RefusalError)) throw e;
        // "the deploy lock is held by deploy run 41…; waited 5s, giving up" / "…was taken by hand by ops…"
        const holder = e.message.replace(/^the deploy lock (is |was )?/, "");
        return { acquired: false, holder: [holder, ...e.evidence.slice(0, 2)].join("; ") };
      }
    },
    async lockHolder() {
      const info = await lockStatus(await open());
      if (!info.held) return undefined;
      const owner = info.owner;
      return owner
        ? `${owner.kind} run ${owner.runId ?? "?"} (${owner.runUrl ?? owner.actor})`
        : String(info.raw);
    },
    async tripBreaker(reason) {
      const c = await open();
      await fenced("tripping the circuit breaker", (fence) =>
        tripBreaker(c, { ...who(), reason }, { fence }),
      );
    },
    async setKillSwitch(active, reason) {
      const c = await open();
      await fenced(`${active ? "activating" : "deactivating"} the kill switch`, (fence) =>
        active
          ? activateKillSwitch(c, { ...who(), reason }, { fence })
          : deactivateKillSwitch(c, { ...who(), reason }, { fence }),
      );
    },
    async audit({ action, reason, detail }) {
      const text = detail
        ? `${reason} (${Object.entries(detail)
            .map(([k, v]) => `${k}=${v}`)
            .join(", ")})`
        : reason;
      const c = await open();
      await fenced("the audit record", (fence) =>
        recordAudit(c, `release.${action}`, { ...who(), reason: text.slice(0, 1000) }, {}, { fence }),
      );
    },
  };
}

/** The `post:` step's backstop: deletes the lock only if it still holds `value` (compare-and-delete). */
export async function releaseLeftoverLock(
  url: string,
  keyPrefix: string,
  value: string,
  logger: Logger,
): Promise<boolean> {
  const { releaseLock } = await import("../../state/lock.js");
  const client = await openState(url, { keyPrefix, logger, input: "redis-url" });
  try {
    return await releaseLock(client, value);
  } finally {
    await client.close();
  }
}
