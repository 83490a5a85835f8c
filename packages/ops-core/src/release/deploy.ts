// The deploy engine: the runbook's §1 as one decision. Gates (read-only, all evaluated) → lock → images
// built and tagged by version → deployment recorded → baseline → backup → migrations → restart →
// verification and watch window → success, or the shared rollback engine. The lock is released and the
// deployment closed in every outcome, cancellation included.

import { CancelledError, errorKind, errorMessage } from "../action/errors.js";
import { formatDuration } from "../action/inputs.js";
import type { CheckItem } from "../action/summary.js";
import { errorLine } from "../process/run-command.js";
import { LockLostError, LockNotReplicatedError } from "../state/lock.js";
import { accessoriesRow } from "./accessories.js";
import { type BackupArtefact, backupLine, describeBackup } from "./backup.js";
import { type DestructiveUpgrade, destructiveLine, measureDestructiveUpgrades } from "./destructive.js";
import { evaluateGates, type GateInputs, type GateRow, gateRow } from "./gates.js";
import { currentRelease, effectiveState } from "./history.js";
import {
  compareMetrics,
  type FetchLike,
  type MetricReading,
  type MetricsConfig,
  type MetricsVerdict,
  metricsRow,
  readMetric,
} from "./metrics.js";
import { buildRollbackPlan, type RollbackPlan, revisionLabel } from "./plan.js";
import { decideHealth, type HealthDecision } from "./policy.js";
import type {
  AccessoryState,
  HealthReport,
  LockHandle,
  ReleaseDeps,
  ReleaseImages,
  RunInfo,
} from "./ports.js";
import { RECORD_SCHEMA, type ReleaseRecord, shortSha, shortVersion, statusDescription } from "./record.js";
import { type ExecuteOutcome, executeRollback, type IncidentDelivery } from "./rollback.js";
import { Timeline } from "./timeline.js";

export interface DeployInputs extends GateInputs {
  /** Image tag of this release; the commit by default. */
  version: string;
  lockWaitMs: number;
  lockTtlMs: number;
  backupCommand: string[] | undefined;
  strategy: "down-up" | "recreate";
  keepReleases: number;
  baseline: boolean;
  watchMs: number;
  watchIntervalMs: number;
  logErrorPattern: RegExp;
  logTailLines: number;
  onFailure: "rollback" | "stop";
  dryRun: boolean;
  incident: IncidentDelivery;
  /** The optional "metrics normal" query, read before the restart and after the watch window. */
  metrics?: MetricsConfig | undefined;
  run: RunInfo;
}

export type DeployStatus =
  | "success"
  | "warning"
  | "failure"
  | "rolled-back"
  | "refused"
  | "dry-run"
  | "cancelled";

export interface DeployResult {
  status: DeployStatus;
  message: string;
  /** The state the host is in now (database, services). */
  stateNow: string;
  gates: GateRow[];
  timeline: Timeline;
  deploymentId: number | undefined;
  version: string;
  previousVersion: string | undefined;
  dbBefore: string | null | undefined;
  dbNow: string | null | undefined;
  head: string | undefined;
  pendingMigrations: string[];
  appliedMigrations: string[];
  images: ReleaseImages | undefined;
  health: HealthReport | undefined;
  decision: HealthDecision | undefined;
  logErrors: Record<string, { count: number; samples: string[] }>;
  metrics: MetricsVerdict | undefined;
  /** The accessories at the gate and after the release (or its rollback). */
  accessories: { before: AccessoryState[] | undefined; after: AccessoryState[] | undefined; error?: string };
  complete: CheckItem[];
  rollback: (ExecuteOutcome & { plan: RollbackPlan }) | undefined;
  leftovers: string[];
  warnings: string[];
  nextSteps: string[];
  /** What the pending migrations drop on the way up, counted before the upgrade ran. */
  destructiveUpgrades: DestructiveUpgrade[];
  /** The backup-command's artefact, when it ran. */
  backup: BackupArtefact | undefined;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new CancelledError();
}

export async function deploy(inputs: DeployInputs, deps: ReleaseDeps): Promise<DeployResult> {
  const { github, state, compose, migrations, smoke, clock, logger, signal } = deps;
  const tl = new Timeline(clock, logger, deps.calls, {
    ...(deps.startedAtMs !== undefined ? { startedAtMs: deps.startedAtMs } : {}),
  });
  const warnings: string[] = [];
  // The restart's step name says how services are replaced: the strategy, or Swarm's update_config.
  const restartStep = `restart (${compose.restartMode ?? inputs.strategy})`;
  // What every deploy asks, read ahead beside the deployments and the gates' GitHub reads: the compose
  // configuration and the containers (kept by the adapter), the heads and the database's revision (kept
  // until a migration runs). The gates take the answers; a failure here is asked again there.
  void tl.background("prefetch (compose config, containers, alembic heads and current)", () =>
    Promise.all([compose.prefetch?.(), migrations.heads(), migrations.current(signal)]),
  );

  // Leftovers of an earlier run that died: a deployment still in progress.
  const deployments = await tl.step("read deployments", () => github.listDeployments(inputs.environment));
  const leftovers = deployments
    .filter((d) => effectiveState(d) === "in_progress")
    .map((d) =>
      `deployment #${d.id} (${shortSha(d.sha)}) was left ${d.statuses[0]?.state ?? "pending"} by an earlier run: ${d.statuses[0]?.description ?? ""}`.trim(),
    );
  for (const l of leftovers) logger.warning(`leftover: ${l}`);
  const running = await compose.runningImages(inputs.version).catch(() => undefined);
  const current = currentRelease(deployments, running);
  const previousVersion = current?.record.version;

  const gates = await tl.step("pre-deployment gates", () => evaluateGates(inputs, deps, deployments));
  const rows = gates.rows;
  const result: DeployResult = {
    status: "refused",
    message: "",
    stateNow: "nothing was changed.",
    gates: rows,
    timeline: tl,
    deploymentId: undefined,
    version: inputs.version,
    previousVersion,
    dbBefore: gates.dbNow,
    dbNow: gates.dbNow,
    head: gates.head,
    pendingMigrations: gates.pending.map((m) => m.revision),
    appliedMigrations: [],
    images: undefined,
    health: undefined,
    decision: undefined,
    logErrors: {},
    metrics: undefined,
    accessories: { before: gates.accessories, after: undefined },
    complete: [],
    rollback: undefined,
    leftovers,
    warnings,
    nextSteps: [],
    destructiveUpgrades: [],
    backup: undefined,
  };
  const refused = rows.filter((r) => r.ok === false);
  // Named (with the rows each drop takes) before anything runs, dry runs included.
  if (refused.length === 0 && gates.pending.length > 0) {
    result.destructiveUpgrades = await measureDestructiveUpgrades(gates.pending, migrations, signal);
    for (const d of result.destructiveUpgrades) warnings.push(`destructive upgrade: ${destructiveLine(d)}`);
    if (result.destructiveUpgrades.length > 0 && !inputs.backupCommand) {
      warnings.push("a destructive upgrade runs without a backup-command: the dropped data will be nowhere");
    }
  }

  if (inputs.dryRun) {
    const holder = await state.lockHolder().catch((e: unknown) => `unknown (${errorMessage(e)})`);
    rows.push(
      gateRow(
        "lock",
        holder ? false : undefined,
        holder ? `held by ${holder}` : "free (not taken in a dry run)",
      ),
    );
    result.status = "dry-run";
    result.message =
      refused.length === 0
        ? `dry run: ${shortSha(inputs.sha)} would deploy (${gates.pending.length} migration(s), tag ${shortVersion(inputs.version)})`
        : `dry run: the deploy would be refused (${refused.map((r) => r.id).join(", ")})`;
    result.stateNow = "nothing was changed (dry run).";
    result.nextSteps = refused.map((r) => `${r.label}: ${r.evidence}`);
    return result;
  }
  if (refused.length > 0) {
    rows.push(gateRow("lock", undefined, "not taken: an earlier gate refused"));
    result.message = `deploy refused: ${refused.map((r) => r.evidence).join("; ")}`;
    result.nextSteps = refused.map((r) => `${r.label}: ${r.evidence}`);
    return result;
  }

  const attempt = await tl.step("acquire deploy lock", () =>
    state
      .acquireLock({
        owner: inputs.run.runUrl || `deploy ${inputs.sha}`,
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal,
      })
      .catch((e: unknown) => ({
        acquired: false as const,
        holder: undefined,
        error: errorMessage(e),
        notReplicated: e instanceof LockNotReplicatedError ? e : undefined,
      })),
  );
  if (!attempt.acquired && "notReplicated" in attempt && attempt.notReplicated) {
    // Not "held by another run": the lock was ours, but no replica has it (see LockNotReplicatedError).
    const e = attempt.notReplicated;
    rows.push(gateRow("lock", false, `not replicated: ${e.evidence.join("; ")}`));
    result.message = `deploy refused: ${e.message}`;
    result.nextSteps = [
      "Bring a replica back (or check the sentinels): the lock must reach a replica before a deploy may change production; re-run once `SENTINEL replicas` shows one up.",
    ];
    return result;
  }
  if (!attempt.acquired) {
    const why = attempt.error
      ? `Redis unavailable (${attempt.error}): fail closed`
      : (attempt.holder ?? `held by another run after waiting ${formatDuration(inputs.lockWaitMs)}`);
    rows.push(gateRow("lock", false, why));
    result.message = `deploy refused: the deploy lock is ${why}`;
    result.nextSteps = [
      "Wait for the other run to finish (or check the lock with `ops lock status`) and re-run.",
    ];
    return result;
  }
  const lock: LockHandle = attempt.handle;
  rows.push(gateRow("lock", true, `held by ${lock.owner}`));

  // Leftover deployments are closed now that we hold the lock (their run is gone).
  for (const d of deployments.filter((x) => effectiveState(x) === "in_progress")) {
    await github
      .setDeploymentStatus(d.id, {
        state: "error",
        description: statusDescription(`abandoned by an earlier run; found by ${inputs.run.runUrl}`),
        logUrl: inputs.run.runUrl,
        environment: inputs.environment,
      })
      .catch((e: unknown) => warnings.push(`could not close leftover #${d.id}: ${errorMessage(e)}`));
  }

  let phase = "preparing";
  let migrated = false;
  let restarted = false;
  const since = new Date(clock.now()).toISOString();
  const describe = () => {
    const db =
      result.dbNow === undefined ? "database revision unknown" : `database at ${revisionLabel(result.dbNow)}`;
    const services = restarted
      ? `services restarted on ${shortSha(inputs.sha)}`
      : phase === "restart"
        ? "services in an unknown state (restart interrupted)"
        : previousVersion
          ? `services untouched (still ${shortVersion(previousVersion)})`
          : "no service was started";
    return `${db}${migrated ? "" : " (unchanged)"}; ${services}.`;
  };

  try {
    throwIfAborted(signal);
    let baseline: HealthReport | undefined;
    if (inputs.baseline) {
      phase = "baseline";
      baseline = await tl.step("baseline smoke", () =>
        smoke.check({ signal, version: previousVersion ?? inputs.version }),
      );
    }

    phase = "images";
    const pulling = compose.imageSource === "pull";
    const images = await tl.step(
      `${pulling ? "pull" : "build and tag"} images ${shortVersion(inputs.version)}`,
      () => compose.prepareRelease(inputs.version, signal),
    );
    result.images = images;

    throwIfAborted(signal);
    await lock.check("recording the deployment");
    const record: ReleaseRecord = {
      schema: RECORD_SCHEMA,
      kind: "deploy",
      sha: inputs.sha,
      previousSha: current?.record.sha ?? null,
      version: inputs.version,
      alembic: { before: gates.dbNow ?? null, after: gates.head ?? null, applied: result.pendingMigrations },
      images: Object.fromEntries(Object.entries(images).map(([s, v]) => [s, v.id])),
      imageRefs: Object.fromEntries(Object.entries(images).map(([s, v]) => [s, v.ref])),
      composeFileHash: await compose.composeFileHash().catch(() => null),
      runUrl: inputs.run.runUrl,
      actor: inputs.run.actor,
    };
    const created = await tl.step("record deployment", () =>
      github.createDeployment({
        sha: inputs.sha,
        environment: inputs.environment,
        payload: record,
        description: statusDescription(`deploy ${shortSha(inputs.sha)} by ${inputs.run.actor}`),
      }),
    );
    result.deploymentId = created.id;
    deps.onDeploymentCreated?.(created.id);
    await github.setDeploymentStatus(created.id, {
      state: "in_progress",
      description: statusDescription(`deploying ${shortSha(inputs.sha)}`),
      logUrl: inputs.run.runUrl,
      environment: inputs.environment,
    });

    if (inputs.backupCommand && gates.pending.length > 0) {
      throwIfAborted(signal);
      phase = "backup";
      const argv = inputs.backupCommand;
      await tl.step("database backup", async () => {
        const r = await deps.commands.run(argv, signal);
        if (!r.ok) throw new Error(`backup command failed: ${errorLine(r.output)}`);
        result.backup = await describeBackup(argv, r.output);
      });
      if (result.backup) tl.setOutcome("database backup", "ok", backupLine(result.backup));
    }

    if (gates.pending.length > 0) {
      throwIfAborted(signal);
      phase = "migrations";
      await lock.check("the migrations");
      migrated = true;
      // Not cancellable half-way: a migration interrupted is worse than one finished (it has a timeout).
      for (const d of result.destructiveUpgrades)
        logger.warning(`about to run a destructive upgrade: ${destructiveLine(d)}`);
      const up = await tl.step("alembic upgrade head", () => migrations.upgrade("head"));
      result.dbNow = await migrations.current().catch(() => undefined);
      if (!up.ok || result.dbNow !== gates.head) {
        // The checked result's own words ("alembic exited 0 but the database is at base; head is 0003").
        const why = up.ok
          ? `alembic exited 0 but the database is at ${revisionLabel(result.dbNow)}; head is ${revisionLabel(gates.head)}`
          : (up.error ?? errorLine(up.output));
        tl.setOutcome("alembic upgrade head", "failed", why);
        migrated = result.dbNow !== gates.dbNow;
        return await finish("failure", `migration failed: ${why}; nothing was restarted`, [
          `The database is at ${revisionLabel(result.dbNow)}; fix the migration and merge again.`,
          "On databases without transactional DDL a failed migration can be half-applied: inspect the schema.",
        ]);
      }
      result.appliedMigrations = result.pendingMigrations;
    }

    let metricsBefore: MetricReading | undefined;
    const metrics = inputs.metrics;
    const fetchFn = deps.fetch ?? (globalThis.fetch as unknown as FetchLike);
    if (metrics) {
      throwIfAborted(signal);
      metricsBefore = await tl.step("metrics before", () => readMetric(metrics, fetchFn, signal));
    }

    throwIfAborted(signal);
    await lock.check("the restart");
    phase = "restart";
    await tl.step(restartStep, () => compose.up(inputs.version, { strategy: inputs.strategy }));
    restarted = true;

    phase = "verify";
    const health = await tl.step("verify health", () =>
      smoke.check({ baseline, signal, version: inputs.version }),
    );
    let decision = decideHealth(health);
    result.health = health;
    const watchStart = clock.now();
    while (decision.action !== "rollback" && clock.now() - watchStart < inputs.watchMs) {
      await clock.sleep(
        Math.min(inputs.watchIntervalMs, inputs.watchMs - (clock.now() - watchStart)),
        signal,
      );
      const again = await smoke.check({ baseline, signal, version: inputs.version });
      const d = decideHealth(again);
      result.health = again;
      if (d.action !== "ok" || decision.action === "ok") decision = d;
    }
    if (inputs.watchMs > 0)
      tl.mark(
        "watch window",
        decision.action === "rollback" ? "failed" : "ok",
        decision.reasons.join("; ") || undefined,
        watchStart,
      );
    result.decision = decision;

    // The accessories and the logs since the restart, read side by side.
    const [, logs] = await Promise.all([
      readAccessoriesAfter(inputs.version),
      compose.logs(undefined, since, inputs.logTailLines, inputs.version).catch((e: unknown) => {
        warnings.push(`could not read service logs: ${errorMessage(e)}`);
        return undefined;
      }),
    ]);
    if (logs) result.logErrors = scanLogs(logs, inputs.logErrorPattern);
    if (metrics) {
      const after = await tl.step("metrics after", () => readMetric(metrics, fetchFn, signal));
      result.metrics = compareMetrics(metrics, metricsBefore, after);
      if (result.metrics.ok === undefined) warnings.push(`metrics ${result.metrics.evidence}`);
    }

    if (decision.action === "rollback") {
      tl.setOutcome("verify health", "failed", decision.reasons.join("; "));
      return await failVerification(decision.reasons, result.health);
    }
    if (decision.action === "warn") warnings.push(...decision.reasons);
    const touched = accessoriesRow(result.accessories.before, result.accessories.after);
    if (touched?.ok === false) warnings.push(`accessories: ${touched.evidence}`);
    const metricsBad = result.metrics?.ok === false;
    if (metricsBad) warnings.push(`metrics not normal: ${result.metrics?.evidence}`);

    // Healthy: from here a failure is about the record, never a reason to roll back.
    phase = "record";
    await lock.check("recording the result");

    // Pruning (local images) beside the status writes (GitHub): neither waits for the other.
    const pruned = tl
      .step("prune old release images", () =>
        compose.pruneReleases(inputs.keepReleases, [
          inputs.version,
          ...(previousVersion ? [previousVersion] : []),
        ]),
      )
      .catch((e: unknown) => warnings.push(`pruning old images failed: ${errorMessage(e)}`));
    // Awaited whatever the status writes do: pruning never outlives the run's lock.
    try {
      await github.setDeploymentStatus(created.id, {
        state: "success",
        description: statusDescription(
          `deployed ${shortSha(inputs.sha)}; database at ${revisionLabel(result.dbNow)}`,
        ),
        logUrl: inputs.run.runUrl,
        environment: inputs.environment,
      });
      // Earlier deployments of the environment marked inactive explicitly.
      for (const d of deployments) {
        if (d.statuses[0]?.state === "success") {
          await github
            .setDeploymentStatus(d.id, {
              state: "inactive",
              description: statusDescription(`replaced by ${shortSha(inputs.sha)}`),
              logUrl: inputs.run.runUrl,
              environment: inputs.environment,
            })
            .catch((e: unknown) => warnings.push(`could not mark #${d.id} inactive: ${errorMessage(e)}`));
        }
      }
    } finally {
      await pruned;
    }
    await state
      .audit({
        action: "deploy",
        reason: `deployed ${inputs.sha}`,
        detail: { run: inputs.run.runUrl, db: revisionLabel(result.dbNow) },
      })
      .catch(() => undefined);
    return await finish(
      decision.action === "warn" || metricsBad || touched?.ok === false ? "warning" : "success",
      `deployed ${shortSha(inputs.sha)}${inputs.version === inputs.sha ? "" : ` (tag ${inputs.version})`}${metricsBad ? "; metrics not normal" : ""}${touched?.ok === false ? `; accessories: ${touched.evidence}` : ""}`,
      [
        ...(decision.action === "warn" ? ["Watch the dashboards: degradation is between 20% and 50%."] : []),
        ...(metricsBad
          ? [
              `Metrics are not normal after the deploy (${result.metrics?.evidence}): investigate or roll back.`,
            ]
          : []),
      ],
    );
  } catch (e) {
    if (e instanceof LockLostError) return await stopLockLost(e);
    if (errorKind(e) === "cancelled" || signal?.aborted) {
      result.dbNow = await migrations.current().catch(() => undefined);
      const stateNow = describe();
      if (result.deploymentId !== undefined) {
        await github
          .setDeploymentStatus(result.deploymentId, {
            state: "error",
            description: statusDescription(`cancelled during ${phase}: ${stateNow}`),
            logUrl: inputs.run.runUrl,
            environment: inputs.environment,
          })
          .catch(() => undefined);
      }
      result.status = "cancelled";
      result.message = `deploy cancelled during ${phase}`;
      result.stateNow = stateNow;
      result.nextSteps = [
        restarted || phase === "restart"
          ? "Check the services now (run the smoke action) and roll back if they are unhealthy."
          : "Nothing was restarted; re-run the deploy when ready.",
      ];
      return result;
    }
    // A failed restart or verification step: same policy as a failed verification.
    if (phase === "restart" || phase === "verify") {
      return await failVerification(
        [`${phase === "restart" ? restartStep : "verification"} failed: ${errorLine(errorMessage(e))}`],
        result.health,
      );
    }
    result.dbNow = await migrations.current().catch(() => result.dbNow);
    return await finish("failure", `deploy failed during ${phase}: ${errorMessage(e)}`, [
      `Fix the cause and re-run. ${describe()}`,
    ]);
  } finally {
    const released = await lock.release().catch(() => false);
    if (!released) warnings.push("the deploy lock was no longer ours when releasing it (expired or taken)");
    result.complete = completeChecklist(result, released, inputs, restartStep);
  }

  // The lock is someone else's now: change nothing more (no rollback, no state write); the deployment
  // is closed as `error` with what the host is in.
  async function stopLockLost(e: LockLostError): Promise<DeployResult> {
    result.dbNow = await migrations.current().catch(() => result.dbNow);
    result.status = "failure";
    result.message = `deploy stopped during ${phase}: ${e.message}`;
    result.stateNow = describe();
    result.nextSteps = [
      `Another run may be changing production now${e.evidence.length ? ` (${e.evidence.join("; ")})` : ""}: check it before acting. ${result.stateNow}`,
    ];
    logger.error(result.message);
    if (result.deploymentId !== undefined) {
      await github
        .setDeploymentStatus(result.deploymentId, {
          state: "error",
          description: statusDescription(`deploy lock lost before ${e.step}: ${result.stateNow}`),
          logUrl: inputs.run.runUrl,
          environment: inputs.environment,
        })
        .catch((err: unknown) => warnings.push(`could not set the deployment status: ${errorMessage(err)}`));
    }
    return result;
  }

  async function finish(status: DeployStatus, message: string, next: string[]): Promise<DeployResult> {
    result.status = status;
    result.message = message;
    result.stateNow = describe();
    result.nextSteps = next;
    // After an automatic rollback the faulty mark it set is this deployment's latest status: not overwritten.
    const markedFaulty = result.rollback?.markedFaulty === true;
    if (
      (status === "failure" || status === "rolled-back") &&
      result.deploymentId !== undefined &&
      !markedFaulty
    ) {
      await github
        .setDeploymentStatus(result.deploymentId, {
          state: "failure",
          description: statusDescription(`${message}; ${result.stateNow}`),
          logUrl: inputs.run.runUrl,
          environment: inputs.environment,
        })
        .catch((err: unknown) => warnings.push(`could not set the deployment status: ${errorMessage(err)}`));
    }
    return result;
  }

  /** The accessories after the release (or its rollback), for the checklist row. */
  async function readAccessoriesAfter(version: string): Promise<void> {
    if (!result.accessories.before?.length) return;
    result.accessories.after = await compose.accessories(version).catch((e: unknown) => {
      result.accessories.error = errorMessage(e);
      return undefined;
    });
  }

  async function failVerification(
    reasons: string[],
    health: HealthReport | undefined,
  ): Promise<DeployResult> {
    // The cause first, everywhere: headline, error line, deployment status, incident reason.
    const why = reasons.join("; ");
    if (inputs.onFailure === "stop" || !gates.rollbackTo) {
      await readAccessoriesAfter(inputs.version);
      if (!gates.rollbackTo) {
        return finish("failure", `${why}; not rolled back: this first deploy has no release to return to`, [
          `The services run ${shortSha(inputs.sha)} unhealthy: fix forward (merge a fix), or stop them by hand.`,
        ]);
      }
      return finish("failure", `${why}; not rolled back (on-failure: stop)`, [
        `The services run ${shortSha(inputs.sha)} unhealthy. Press Rollback or fix forward.`,
      ]);
    }
    const target = gates.rollbackTo;
    const [graph, dbNow] = await Promise.all([migrations.graph(), migrations.current().catch(() => null)]);
    const plan = buildRollbackPlan({
      current: {
        deploymentId: result.deploymentId,
        sha: inputs.sha,
        version: inputs.version,
        dbRevision: result.dbNow ?? null,
      },
      target: { deploymentId: target.deployment.id, record: target.record },
      dbOnly: false,
      dbSpec: { kind: "recorded" },
      graph,
      dbNow,
      imagesPresent: await compose.imagesPresent(Object.values(target.record.imageRefs)),
      // The deploy brought these migrations minutes ago: undoing them is the rollback.
      confirmDestructive: true,
    });
    if (plan.refusals.length > 0) {
      await readAccessoriesAfter(inputs.version);
      return finish(
        "failure",
        `${why}; the automatic rollback is not possible: ${plan.refusals.join("; ")}`,
        ["Production runs the new release unhealthy: act by hand now."],
      );
    }
    logger.warning(`${why}: rolling back to ${shortSha(target.record.sha)}`);
    const outcome = await executeRollback(
      plan,
      {
        environment: inputs.environment,
        // The cause itself: the incident's title and the records already say which release.
        reason: why,
        trigger: "automatic",
        integrityCommand: undefined,
        strategy: inputs.strategy,
        faultyDeploymentId: result.deploymentId,
        tripBreakerOnSuccess: true,
        run: inputs.run,
        logTailLines: inputs.logTailLines,
        createHotfixBranch: false,
        incident: inputs.incident,
        priorEvidence: health ? health.evidence.map((e) => `after deploy: ${e}`) : reasons,
        failingServices: health?.failingServices ?? [],
        since,
        lock,
        accessoriesBefore: gates.accessories,
        destructiveUpgrades: result.destructiveUpgrades,
        backup: result.backup,
      },
      deps,
      tl,
    );
    result.rollback = { ...outcome, plan };
    if (outcome.lockLost) {
      result.dbNow = outcome.dbRevisionNow;
      return stopLockLost(outcome.lockLost);
    }
    result.dbNow = outcome.dbRevisionNow;
    result.accessories.after = outcome.accessoriesAfter;
    restarted = false;
    const r = await finish(
      outcome.ok ? "rolled-back" : "failure",
      outcome.ok
        ? `${why}; rolled back to ${shortSha(target.record.sha)}`
        : `${why}; the automatic rollback FAILED: ${outcome.error}`,
      outcome.ok
        ? [
            "The breaker is tripped: find the cause, fix forward on a hotfix branch, then reset the breaker.",
            `Incident report: ${outcome.incident?.path ?? ""}`,
          ]
        : [`Production needs a human now: ${outcome.stateNow}`],
    );
    r.stateNow = outcome.stateNow;
    return r;
  }
}

export function scanLogs(
  logs: Record<string, string>,
  pattern: RegExp,
): Record<string, { count: number; samples: string[] }> {
  const out: Record<string, { count: number; samples: string[] }> = {};
  for (const [service, text] of Object.entries(logs)) {
    const hits = text.split("\n").filter((l) => pattern.test(l));
    out[service] = { count: hits.length, samples: hits.slice(0, 5) };
  }
  return out;
}

function completeChecklist(
  r: DeployResult,
  lockReleased: boolean,
  inputs: DeployInputs,
  restartStep: string,
): CheckItem[] {
  if (r.status === "refused" || r.status === "dry-run") return [];
  const running = r.status === "success" || r.status === "warning";
  const errorCount = Object.values(r.logErrors).reduce((n, x) => n + x.count, 0);
  const logsChecked = Object.keys(r.logErrors).length > 0;
  return [
    {
      label: "Database migrated to head",
      ok: r.head === undefined ? undefined : r.dbNow === r.head,
      evidence: `alembic current ${revisionLabel(r.dbNow)}, head ${revisionLabel(r.head)}${r.appliedMigrations.length ? `; applied ${r.appliedMigrations.join(", ")}` : ""}`,
    },
    {
      label: `Services running ${shortVersion(inputs.version)}`,
      ok: running ? true : r.timeline.has(restartStep) ? false : undefined,
      evidence: r.images
        ? Object.values(r.images)
            .map((i) => i.ref)
            .join(", ")
        : "images not built",
    },
    {
      label: "Health endpoints and smoke tests pass",
      ok: r.health ? r.decision?.action !== "rollback" && r.health.verdict === "pass" : undefined,
      evidence: r.health
        ? `${r.health.verdict}${r.decision?.reasons.length ? `: ${r.decision.reasons.join("; ")}` : ""}`
        : undefined,
    },
    {
      label: "Logs show no errors",
      ok: logsChecked ? errorCount === 0 : undefined,
      evidence: logsChecked
        ? errorCount === 0
          ? `no line matching ${inputs.logErrorPattern.source}`
          : Object.entries(r.logErrors)
              .filter(([, v]) => v.count > 0)
              .map(([s, v]) => `${s}: ${v.count}`)
              .join(", ")
        : "logs not read",
    },
    metricsRow(r.metrics ?? compareMetrics(inputs.metrics, undefined, undefined)),
    ...[accessoriesRow(r.accessories.before, r.accessories.after, r.accessories.error)].filter(
      (x): x is CheckItem => x !== undefined,
    ),
    {
      label: "Circuit breaker OPEN",
      ok: r.health?.breaker === undefined ? undefined : r.health.breaker === "OPEN",
      evidence: r.health?.breaker !== undefined ? `cb:state ${r.health.breaker}` : undefined,
    },
    {
      label: "Deployment recorded",
      ok: r.deploymentId !== undefined,
      evidence:
        r.deploymentId !== undefined
          ? `#${r.deploymentId}: ${running ? "success" : "failure"}`
          : "no deployment created",
    },
    { label: "Deploy lock released", ok: lockReleased },
  ];
}
