// The restart button from the runbook's service health check: restart one service (or all) through the
// same compose adapter, under the deploy lock shared with deploy and rollback, verify with the smoke core,
// and record it in the audit stream. Images do not change: this is not a release.

import { errorMessage } from "../action/errors.js";
import type { CheckItem } from "../action/summary.js";
import { currentRelease } from "./history.js";
import { decideHealth } from "./policy.js";
import type { HealthReport, ReleaseDeps, RunInfo } from "./ports.js";
import { Timeline } from "./timeline.js";

export interface RestartInputs {
  /** Services to restart; undefined restarts the release services (never the accessories). */
  services: string[] | undefined;
  reason: string;
  lockWaitMs: number;
  lockTtlMs: number;
  /** Where the running release is recorded (its version is what compose sees). */
  environment: string;
  run: RunInfo;
}

export interface RestartResult {
  status: "success" | "failure" | "refused";
  message: string;
  timeline: Timeline;
  health: HealthReport | undefined;
  checklist: CheckItem[];
}

export async function restartServices(inputs: RestartInputs, deps: ReleaseDeps): Promise<RestartResult> {
  const tl = new Timeline(deps.clock, deps.logger, deps.calls);
  const what = inputs.services?.join(", ") ?? "all services";
  const attempt = await tl.step("acquire deploy lock", () =>
    deps.state
      .acquireLock({
        owner: inputs.run.runUrl || "restart",
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal: deps.signal,
      })
      .catch((e: unknown) => ({ acquired: false as const, holder: undefined, error: errorMessage(e) })),
  );
  if (!attempt.acquired) {
    const why = attempt.error
      ? `Redis unavailable (${attempt.error}): fail closed`
      : (attempt.holder ?? "held by another run");
    return {
      status: "refused",
      message: `restart refused: the deploy lock is ${why}`,
      timeline: tl,
      health: undefined,
      checklist: [{ label: "Deploy lock acquired", ok: false, evidence: why }],
    };
  }
  let restarted: boolean | undefined;
  let health: HealthReport | undefined;
  let error: string | undefined;
  try {
    // Compose reads the file with the running release's version (`${VAR:?}` needs one): the recorded one.
    const running = await deps.github
      .listDeployments(inputs.environment)
      .then((d) => currentRelease(d)?.record.version)
      .catch(() => undefined);
    await attempt.handle.check(`restart ${what}`);
    await tl.step(`restart ${what}`, () => deps.compose.restart(inputs.services, deps.signal, running));
    restarted = true;
    health = await tl.step("verify health", () =>
      deps.smoke.check({ signal: deps.signal, ...(running ? { version: running } : {}) }),
    );
  } catch (e) {
    restarted ??= false;
    error = errorMessage(e);
  } finally {
    await attempt.handle.release().catch(() => false);
  }
  const decision = health ? decideHealth(health) : undefined;
  const ok = error === undefined && decision !== undefined && decision.action !== "rollback";
  await deps.state
    .audit({
      action: ok ? "restart" : "restart-failed",
      reason: inputs.reason,
      detail: { services: what, run: inputs.run.runUrl },
    })
    .catch((e: unknown) => deps.logger.warning(`audit failed: ${errorMessage(e)}`));
  return {
    status: ok ? "success" : "failure",
    message: ok
      ? `restarted ${what}; healthy`
      : error
        ? `restart of ${what} failed: ${error}`
        : `restarted ${what} but it is not healthy: ${decision?.reasons.join("; ")}`,
    timeline: tl,
    health,
    checklist: [
      { label: "Deploy lock acquired", ok: true },
      { label: `Restarted ${what}`, ok: restarted },
      {
        label: "Health endpoints and smoke tests pass",
        ok: decision ? decision.action !== "rollback" : undefined,
        evidence: health
          ? `${health.verdict}${decision?.reasons.length ? `: ${decision.reasons.join("; ")}` : ""}`
          : undefined,
      },
      { label: "Recorded in the audit stream", ok: true },
    ],
  };
}
