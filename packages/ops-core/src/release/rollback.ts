// The rollback engine, shared by the Rollback button and the deploy's automatic rollback. Order of work:
// resolve the target and plan (refusing before anything is touched), take the lock, downgrade the
// database with the current (newer) code to the target's recorded revision and verify it, run the
// integrity check, start the target's images (never rebuilt), verify with the smoke core, record, and
// write the incident report. A failure at any step stops there, says what state the database and the
// services are in, and trips the breaker.

import { CancelledError, errorKind, errorMessage } from "../action/errors.js";
import type { CheckItem } from "../action/summary.js";
import { errorLine } from "../process/run-command.js";
import { LockLostError } from "../state/lock.js";
import { accessoriesGate, accessoriesRow } from "./accessories.js";
import type { BackupArtefact } from "./backup.js";
import { type DataBackEmpty, type DestructiveUpgrade, measureDataBack } from "./destructive.js";
import { currentRelease, type RollbackTarget, resolveTarget } from "./history.js";
import { hotfixBranchName, incidentPath, incidentSlug, renderIncident } from "./incident.js";
import {
  buildRollbackPlan,
  type DbRevisionSpec,
  type RollbackPlan,
  recordImageRefs,
  revisionLabel,
} from "./plan.js";
import { decideHealth } from "./policy.js";
import type { AccessoryState, HealthReport, LockHandle, ReleaseDeps, RunInfo } from "./ports.js";
import {
  faultyDescription,
  RECORD_SCHEMA,
  type ReleaseRecord,
  shortSha,
  statusDescription,
} from "./record.js";
import { Timeline } from "./timeline.js";

export type IncidentDelivery = { kind: "summary" } | { kind: "pr"; base: string } | { kind: "file" };

export interface RollbackInputs {
  environment: string;
  target: RollbackTarget;
  dbRevision: DbRevisionSpec;
  /** The runbook's "Database Migration Rollback": the target is the current release, only the revision changes. */
  dbOnly: boolean;
  reason: string;
  dryRun: boolean;
  confirmDestructive: boolean;
  integrityCommand: string[] | undefined;
  strategy: "down-up" | "recreate";
  lockWaitMs: number;
  lockTtlMs: number;
  createHotfixBranch: boolean;
  incident: IncidentDelivery;
  run: RunInfo;
  logTailLines: number;
}

export type RollbackStatus = "success" | "failure" | "refused" | "dry-run" | "cancelled";

export interface RollbackResult {
  status: RollbackStatus;
  /** One sentence: what happened. */
  message: string;
  /** The state the database and services are in now. */
  stateNow: string;
  plan: RollbackPlan | undefined;
  refusals: string[];
  warnings: string[];
  timeline: Timeline;
  /** The new deployment of kind rollback. */
  deploymentId: number | undefined;
  dbRevisionNow: string | null | undefined;
  health: HealthReport | undefined;
  breakerTripped: boolean;
  checklist: CheckItem[];
  incident: { path: string; markdown: string; prUrl?: string; hotfixBranch: string } | undefined;
  nextSteps: string[];
}

/** What the shared execution needs beyond the plan. */
export interface ExecuteContext {
  environment: string;
  reason: string;
  trigger: "automatic" | "manual";
  integrityCommand: string[] | undefined;
  strategy: "down-up" | "recreate";
  /** The deployment being rolled back (marked faulty), if any. */
  faultyDeploymentId: number | undefined;
  /** Trip the breaker even when the rollback works (the deploy's automatic rollback does). */
  tripBreakerOnSuccess: boolean;
  run: RunInfo;
  logTailLines: number;
  createHotfixBranch: boolean;
  incident: IncidentDelivery;
  /** Evidence of the failure that caused the rollback (goes into the incident report). */
  priorEvidence: string[];
  /** Services that were failing before the rollback, for log tails. */
  failingServices: string[];
  /** When the faulty release started, for log windows. */
  since: string;
  /** The deploy lock held for this rollback, checked before every changing step (none: Redis was down). */
  lock?: LockHandle | undefined;
  /**
   * The accessories before the restart: the row after compares with them. A pending read (the Rollback
   * button's, started with the plan) is awaited before the restart: it overlaps the downgrade, which
   * changes no container.
   */
  accessoriesBefore?: AccessoryState[] | Promise<AccessoryState[] | undefined> | undefined;
  /** What the faulty release's upgrades dropped, counted before they ran (the deploy's automatic rollback). */
  destructiveUpgrades?: DestructiveUpgrade[];
  /** The deploy's backup-command artefact, for the incident report. */
  backup?: BackupArtefact | undefined;
}

export interface ExecuteOutcome {
  ok: boolean;
  stateNow: string;
  deploymentId: number | undefined;
  dbRevisionNow: string | null | undefined;
  health: HealthReport | undefined;
  breakerTripped: boolean;
  checklist: CheckItem[];
  incident: RollbackResult["incident"];
  error?: string;
  cancelled: boolean;
  /** Set when the deploy lock was lost: the rollback stopped and changed nothing more. */
  lockLost?: LockLostError;
  /** The faulty deployment's latest status is now the faulty mark. */
  markedFaulty: boolean;
  accessoriesAfter: AccessoryState[] | undefined;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason instanceof Error ? signal.reason : new CancelledError();
  }
}

/** Executes a plan the caller has checked (no refusals) while holding the deploy lock. */
export async function executeRollback(
  plan: RollbackPlan,
  ctx: ExecuteContext,
  deps: ReleaseDeps,
  tl: Timeline,
): Promise<ExecuteOutcome> {
  const { github, state, compose, migrations, smoke, logger, signal } = deps;
  let dbNow: string | null | undefined = plan.current.dbRevision;
  let dbTouched = false;
  let servicesTouched = false;
  let servicesOn = plan.current.sha;
  let versionOn = plan.current.version;
  let accessoriesError: string | undefined;
  let deploymentId: number | undefined;
  let dataBack: DataBackEmpty[] = [];
  let health: HealthReport | undefined;
  let breakerTripped = false;
  let error: string | undefined;
  let cancelled = false;
  let lockLost: LockLostError | undefined;
  const rows = {
    db: undefined as boolean | undefined,
    dbEvidence: "",
    integrity: undefined as boolean | undefined,
    restart: undefined as boolean | undefined,
    health: undefined as boolean | undefined,
    healthEvidence: "",
    recorded: undefined as boolean | undefined,
    recordedEvidence: "",
  };

  let accessoriesBefore: AccessoryState[] | undefined =
    ctx.accessoriesBefore instanceof Promise ? undefined : ctx.accessoriesBefore;
  let accessoriesRead: Promise<AccessoryState[] | undefined> | undefined;
  const readAccessoriesAfter = async (): Promise<AccessoryState[] | undefined> => {
    if (!accessoriesBefore?.length) return undefined;
    return compose.accessories(versionOn).catch((e: unknown) => {
      accessoriesError = errorMessage(e);
      return undefined;
    });
  };

  const stateNow = (): string => {
    const db =
      dbNow === undefined ? "the database revision is unknown" : `the database is at ${revisionLabel(dbNow)}`;
    const services = plan.dbOnly
      ? `services were not restarted (still ${shortSha(plan.current.sha)})`
      : servicesTouched
        ? `services were restarted on ${shortSha(servicesOn)}`
        : `services were not touched (still running ${shortSha(plan.current.sha)})`;
    return `${db}${dbTouched ? "" : " (not changed)"}; ${services}.`;
  };

  const record: ReleaseRecord = {
    schema: RECORD_SCHEMA,
    kind: "rollback",
    sha: plan.target.sha,
    previousSha: plan.current.sha,
    version: plan.target.version,
    alembic: {
      before: plan.current.dbRevision,
      after: plan.dbTarget === undefined ? plan.current.dbRevision : plan.dbTarget,
      applied: plan.migrationsToUndo.map((m) => m.revision),
    },
    images: plan.imageIds,
    imageRefs: plan.images,
    composeFileHash: null,
    runUrl: ctx.run.runUrl,
    actor: ctx.run.actor,
    reason: ctx.reason,
    ...(plan.current.deploymentId !== undefined ? { replacesDeploymentId: plan.current.deploymentId } : {}),
  };

  try {
    throwIfAborted(signal);
    await ctx.lock?.check("recording the rollback deployment");
    // The target record's image ids, copied so this rollback deployment can itself be returned to.
    const created = await tl.step("record rollback deployment", () =>
      github.createDeployment({
        sha: plan.target.sha,
        environment: ctx.environment,
        payload: record,
        description: statusDescription(`rollback to ${shortSha(plan.target.sha)}: ${ctx.reason}`),
      }),
    );
    deploymentId = created.id;
    deps.onDeploymentCreated?.(created.id);
    await github.setDeploymentStatus(deploymentId, {
      state: "in_progress",
      description: statusDescription(`rolling back from ${shortSha(plan.current.sha)}`),
      logUrl: ctx.run.runUrl,
      environment: ctx.environment,
    });

    if (plan.dbTarget !== undefined && plan.migrationsToUndo.length > 0) {
      throwIfAborted(signal);
      const target = revisionLabel(plan.dbTarget);
      await ctx.lock?.check(`alembic downgrade ${target}`);
      dbTouched = true;
      const result = await tl
        .step(`alembic downgrade ${target}`, async () => {
          // Not cancellable half-way (it has a timeout): the run stops at the next step instead.
          const r = await migrations.downgrade(target);
          // The adapter's error already names the command ("alembic downgrade X failed: …" or "alembic
          // exited 0 but …"); the status must keep room for the state it left (140 characters).
          if (!r.ok) throw new Error(r.error ?? `alembic downgrade ${target} failed: ${errorLine(r.output)}`);
          return r;
        })
        .catch(async (e: unknown) => {
          dbNow = await readRevision(deps);
          rows.db = false;
          rows.dbEvidence = `downgrade failed; database at ${dbNow === undefined ? "unknown" : revisionLabel(dbNow)}`;
          throw e;
        });
      logger.debug(result.output);
      dbNow = await readRevision(deps);
      if (dbNow !== plan.dbTarget) {
        rows.db = false;
        rows.dbEvidence = `alembic current is ${dbNow === undefined ? "unknown" : revisionLabel(dbNow)}, expected ${target}`;
        tl.mark("verify alembic current", "failed", rows.dbEvidence);
        throw new Error(`after the downgrade ${rows.dbEvidence}`);
      }
      rows.db = true;
      rows.dbEvidence = `alembic current = ${target} (undid ${plan.migrationsToUndo.map((m) => m.revision).join(", ")})`;
      tl.mark("verify alembic current", "ok", rows.dbEvidence);
      // A downgrade re-creates what an upgrade dropped, never its rows: read what came back.
      dataBack = await measureDataBack(plan.migrationsToUndo, ctx.destructiveUpgrades, migrations, signal);
    } else {
      rows.db = true;
      rows.dbEvidence =
        plan.dbTarget === undefined
          ? `left at ${revisionLabel(dbNow)} (db-revision: none)`
          : `already at ${revisionLabel(plan.dbTarget)}; nothing to undo`;
    }

    if (ctx.integrityCommand) {
      throwIfAborted(signal);
      const argv = ctx.integrityCommand;
      await tl.step("integrity check", async () => {
        const r = await deps.commands.run(argv, signal);
        rows.integrity = r.ok;
        if (!r.ok) throw new Error(`integrity check failed: ${errorLine(r.output)}`);
      });
    }

    // Read beside the plan and the downgrade; known before any container is touched.
    accessoriesBefore = await ctx.accessoriesBefore;
    if (!plan.dbOnly) {
      throwIfAborted(signal);
      await ctx.lock?.check("the restart");
      servicesTouched = true;
      servicesOn = plan.target.sha;
      versionOn = plan.target.version;
      await tl.step(
        `start ${shortSha(plan.target.sha)} images (${compose.restartMode ?? ctx.strategy})`,
        async () => {
          try {
            await compose.up(plan.target.version, { strategy: ctx.strategy });
            rows.restart = true;
          } catch (e) {
            rows.restart = false;
            throw e;
          }
        },
      );
    }

    throwIfAborted(signal);
    // The accessories after the restart, read beside the verification (the rollback never touches them).
    accessoriesRead = readAccessoriesAfter();
    health = await tl.step("verify health", () =>
      smoke.check({ signal, purpose: "rollback", version: versionOn }),
    );
    // The breaker may be tripped by the incident itself: it does not judge the restored release.
    const decision = decideHealth({ ...health, breaker: undefined });
    rows.health = decision.action !== "rollback";
    rows.healthEvidence = `${health.verdict}${decision.reasons.length > 0 ? `: ${decision.reasons.join("; ")}` : ""}`;
    if (decision.action === "rollback") {
      tl.setOutcome("verify health", "failed", rows.healthEvidence);
      throw new Error(`the restored release is unhealthy: ${decision.reasons.join("; ")}`);
    }
  } catch (e) {
    cancelled = errorKind(e) === "cancelled" || signal?.aborted === true;
    if (e instanceof LockLostError) lockLost = e;
    error = errorMessage(e);
    logger.error(`rollback stopped: ${error}`);
  }

  // A run stopped before the restart still reports the accessories (its read started with the plan).
  if (accessoriesBefore === undefined) accessoriesBefore = await ctx.accessoriesBefore;
  const accessoriesAfter = await (accessoriesRead ?? readAccessoriesAfter());
  const ok = error === undefined;
  // Record the outcome whatever happened; these calls must not hide the original error.
  if (deploymentId !== undefined) {
    await bestEffort(deps, "set rollback deployment status", () =>
      github.setDeploymentStatus(deploymentId as number, {
        state: ok ? "success" : cancelled || lockLost ? "error" : "failure",
        description: statusDescription(
          ok
            ? `rolled back to ${shortSha(plan.target.sha)}`
            : cancelled
              ? `rollback cancelled: ${stateNow()}`
              : // The cause first, then the state it left (cut at 140 characters).
                `rollback failed: ${error}; ${stateNow()}`,
        ),
        logUrl: ctx.run.runUrl,
        environment: ctx.environment,
      }),
    );
  }
  let markedFaulty = false;
  // A lost lock: another run may be changing production; no further record or state write.
  if (lockLost) {
    rows.recorded = false;
    rows.recordedEvidence = `stopped: ${lockLost.message}`;
  } else if (plan.current.deploymentId !== undefined && !plan.dbOnly) {
    const faultyId = ctx.faultyDeploymentId ?? plan.current.deploymentId;
    const marked = await bestEffort(deps, "mark the faulty deployment", () =>
      github.setDeploymentStatus(faultyId, {
        state: "failure",
        description: faultyDescription(ctx.reason, ctx.run.runUrl, ok),
        logUrl: ctx.run.runUrl,
        environment: ctx.environment,
      }),
    );
    markedFaulty = marked;
    rows.recorded = deploymentId !== undefined && marked;
    rows.recordedEvidence = `rollback deployment #${deploymentId ?? "?"}; #${faultyId} marked faulty`;
  } else {
    rows.recorded = deploymentId !== undefined;
    rows.recordedEvidence = `rollback deployment #${deploymentId ?? "?"}`;
  }

  if (!lockLost && (!ok || ctx.tripBreakerOnSuccess)) {
    const why = ok ? `automatic rollback: ${ctx.reason}` : `rollback failed: ${error}`;
    breakerTripped = await bestEffort(deps, "trip the breaker", () =>
      state.tripBreaker(statusDescription(why)),
    );
    if (breakerTripped) tl.mark("trip circuit breaker", "ok", why);
  }
  if (!lockLost)
    await bestEffort(deps, "audit", () =>
      state.audit({
        action: ok ? "rollback" : "rollback-failed",
        reason: ctx.reason,
        detail: {
          from: plan.current.sha,
          to: plan.target.sha,
          db: revisionLabel(dbNow),
          run: ctx.run.runUrl,
        },
      }),
    );

  // Incident report and the post-rollback actions: it asks to reset what is tripped now.
  const now = await state.read().catch(() => undefined);
  const tripped = {
    breaker: breakerTripped
      ? ("by-this-rollback" as const)
      : now && !now.error && now.breaker !== undefined && now.breaker !== "OPEN"
        ? ("already" as const)
        : (false as const),
    killSwitch: now && !now.error ? now.killSwitch === true : undefined,
  };
  const at = deps.clock.now();
  const slugText = incidentSlug({ reason: ctx.reason, faulty: { ...plan.current, deploymentId: undefined } });
  const hotfixBranch = hotfixBranchName(slugText);
  let hotfixCreated = false;
  if (ctx.createHotfixBranch && !cancelled) {
    hotfixCreated = await bestEffort(deps, "create the hotfix branch", () =>
      github.createBranch(hotfixBranch, plan.current.sha),
    );
  }
  let notified: boolean | undefined;
  if (deps.notifier && !cancelled) {
    const text = `${ok ? "Rolled back" : "ROLLBACK FAILED"} ${ctx.environment}: ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)} by ${ctx.run.actor || "unknown"}. Why: ${ctx.reason}. ${stateNow()} Run: ${ctx.run.runUrl}`;
    const notifier = deps.notifier;
    notified = await bestEffort(deps, "notify the team", () => notifier.post(text));
  }
  const logs: Record<string, string> = {};
  const failing = [...new Set([...ctx.failingServices, ...(health?.failingServices ?? [])])];
  if (failing.length > 0) {
    await bestEffort(deps, "collect logs", async () => {
      Object.assign(logs, await compose.logs(failing, ctx.since, ctx.logTailLines, versionOn));
    });
  }
  const path = incidentPath(at, slugText);
  const markdown = renderIncident({
    at,
    title: `${ok ? "Rollback" : "Failed rollback"} of ${shortSha(plan.current.sha)} in ${ctx.environment}`,
    reason: ctx.reason,
    outcome: ok ? "restored" : "failed",
    stateNow: stateNow(),
    trigger: ctx.trigger,
    actor: ctx.run.actor,
    runUrl: ctx.run.runUrl,
    repository: ctx.run.repository,
    faulty: { ...plan.current },
    target: { ...plan.target },
    dbBefore: plan.current.dbRevision,
    dbAfter: dbNow,
    migrationsUndone: dbTouched && rows.db ? plan.migrationsToUndo.map((m) => m.revision) : [],
    timeline: tl.steps,
    healthEvidence: [
      ...ctx.priorEvidence,
      ...(health ? health.evidence.map((e) => `after rollback: ${e}`) : []),
    ],
    logs,
    hotfixBranch,
    hotfixBranchCreated: hotfixCreated,
    notified,
    tripped,
    dataBack,
    backup: ctx.backup,
  });
  let prUrl: string | undefined;
  if (ctx.incident.kind === "pr" && !cancelled) {
    const base = ctx.incident.base;
    await bestEffort(deps, "open the incident report pull request", async () => {
      prUrl = await github.proposeFile({
        base,
        branch: `incident/${slugText}`,
        path,
        content: markdown,
        title: `Incident report: ${slugText}`,
        body: `Written by the rollback run ${ctx.run.runUrl}. Review, complete and merge.`,
      });
    });
  }

  const checklist: CheckItem[] = [
    {
      label: "Rollback target identified",
      ok: true,
      evidence: `${shortSha(plan.target.sha)} (deployment #${plan.target.deploymentId ?? "?"}, tag ${plan.target.version})`,
    },
    { label: "Database at the target revision", ok: rows.db, evidence: rows.dbEvidence || undefined },
    ...(ctx.integrityCommand
      ? [
          {
            label: "Database integrity check passed",
            ok: rows.integrity,
            evidence: ctx.integrityCommand.join(" "),
          },
        ]
      : []),
    {
      label: "Services restarted on the target's images (no rebuild)",
      ok: plan.dbOnly ? undefined : rows.restart,
      evidence: plan.dbOnly
        ? "database-only rollback: services not restarted"
        : Object.values(plan.images).join(", "),
    },
    {
      label: "Health endpoints and smoke tests pass",
      ok: rows.health,
      evidence: rows.healthEvidence || undefined,
    },
    ...[accessoriesRow(accessoriesBefore, accessoriesAfter, accessoriesError)].filter(
      (x): x is CheckItem => x !== undefined,
    ),
    {
      label: "Deployments recorded (rollback, and the bad one marked faulty)",
      ok: rows.recorded,
      evidence: rows.recordedEvidence,
    },
    { label: "Incident report written", ok: true, evidence: prUrl ? `${path} (PR ${prUrl})` : path },
    {
      label: "Team notified",
      ok: notified,
      evidence: notified === undefined ? "no notify-webhook configured: notify by hand" : undefined,
    },
    {
      label: `Hotfix branch ${hotfixBranch}`,
      ok: ctx.createHotfixBranch ? hotfixCreated : undefined,
      evidence: ctx.createHotfixBranch ? undefined : "not requested",
    },
  ];

  return {
    ok,
    stateNow: stateNow(),
    deploymentId,
    dbRevisionNow: dbNow,
    health,
    breakerTripped,
    checklist,
    incident: { path, markdown, hotfixBranch, ...(prUrl ? { prUrl } : {}) },
    ...(error !== undefined ? { error } : {}),
    cancelled,
    ...(lockLost ? { lockLost } : {}),
    markedFaulty,
    accessoriesAfter,
  };
}

async function readRevision(deps: ReleaseDeps): Promise<string | null | undefined> {
  try {
    return await deps.migrations.current();
  } catch (e) {
    deps.logger.warning(`could not read the database revision: ${errorMessage(e)}`);
    return undefined;
  }
}

/** Runs a side task whose failure is reported but must not mask the main outcome. */
async function bestEffort(deps: ReleaseDeps, what: string, fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (e) {
    deps.logger.warning(`${what} failed: ${errorMessage(e)}`);
    return false;
  }
}

/** The Rollback button. */
export async function rollback(inputs: RollbackInputs, deps: ReleaseDeps): Promise<RollbackResult> {
  const tl = new Timeline(deps.clock, deps.logger, deps.calls, {
    ...(deps.startedAtMs !== undefined ? { startedAtMs: deps.startedAtMs } : {}),
  });
  // What every rollback asks, read ahead beside the deployments: the compose configuration and the
  // containers (the adapter keeps them), and the database's revision (kept until a migration runs).
  void tl.background("prefetch (compose config, containers, alembic current)", () =>
    Promise.all([deps.compose.prefetch?.(), deps.migrations.current(deps.signal)]),
  );
  const warnings: string[] = [];
  const base = {
    timeline: tl,
    deploymentId: undefined,
    health: undefined,
    breakerTripped: false,
    incident: undefined,
  };
  const refuse = (
    refusals: string[],
    plan: RollbackPlan | undefined,
    dbNow?: string | null,
  ): RollbackResult => ({
    ...base,
    status: "refused",
    message: `rollback refused: ${refusals[0] ?? "see the plan"}`,
    stateNow: "nothing was changed.",
    plan,
    refusals,
    warnings,
    dbRevisionNow: dbNow,
    checklist: [],
    nextSteps: refusals.map((r) => `Fix: ${r}`),
  });

  // 1. Resolve the target and plan.
  const deployments = await tl.step("read deployments", () =>
    deps.github.listDeployments(inputs.environment),
  );
  // compose needs a version to read the stack (`${VAR:?}`): the newest recorded release's, until the
  // running containers say which release is current.
  const newest = currentRelease(deployments);
  const running = newest
    ? await deps.compose.runningImages(newest.record.version).catch(() => undefined)
    : undefined;
  const current = currentRelease(deployments, running);
  if (!current)
    return refuse([`no recorded deployment in ${inputs.environment}: nothing to roll back`], undefined);
  const target = inputs.dbOnly
    ? current
    : resolveTarget(inputs.target, deployments, { id: current.deployment.id, sha: current.record.sha });
  if (!target) {
    const what =
      inputs.target.kind === "last-good"
        ? `no good deployment older than the current one (#${current.deployment.id}, ${shortSha(current.record.sha)}) in ${inputs.environment}`
        : inputs.target.kind === "sha"
          ? `no recorded deployment of commit ${inputs.target.sha} in ${inputs.environment}`
          : `no recorded deployment #${inputs.target.id} in ${inputs.environment}`;
    return refuse([`${what}: nothing to roll back to`], undefined);
  }
  // Accessories are not a reason to refuse a rollback (it is the remedy), but they are watched: the read
  // starts with the plan and is awaited before the restart (it waits on the compose configuration, which
  // the plan does not need; the downgrade changes no container).
  const accessoriesBefore = deps.compose
    .accessories(current.record.version)
    .then((list) => {
      const gate = accessoriesGate(list);
      if (gate.ok === false) warnings.push(`accessories before the rollback: ${gate.evidence}`);
      return list;
    })
    .catch((e: unknown) => {
      warnings.push(`the accessories could not be read: ${errorMessage(e)}`);
      return undefined;
    });
  const [graph, dbNow, present, composeHash] = await tl.step("plan", () =>
    Promise.all([
      deps.migrations.graph(),
      deps.migrations.current(deps.signal),
      inputs.dbOnly
        ? Promise.resolve({ present: [], missing: [] })
        : deps.compose.imagesPresent(recordImageRefs(target.record.imageRefs)),
      deps.compose.composeFileHash().catch(() => null),
    ]),
  );
  const plan = buildRollbackPlan({
    current: {
      deploymentId: current.deployment.id,
      sha: current.record.sha,
      version: current.record.version,
      dbRevision: current.record.alembic.after,
    },
    target: { deploymentId: target.deployment.id, record: target.record },
    dbOnly: inputs.dbOnly,
    dbSpec: inputs.dbRevision,
    graph,
    dbNow,
    imagesPresent: present,
    confirmDestructive: inputs.confirmDestructive,
    currentComposeHash: composeHash,
  });
  warnings.push(...plan.warnings);
  if (plan.refusals.length > 0) {
    await accessoriesBefore;
    return refuse(plan.refusals, plan, dbNow);
  }

  // 2. State: the kill switch does not block a rollback; Redis down is a warning.
  const op = await deps.state
    .read()
    .catch((e: unknown) => ({ killSwitch: undefined, breaker: undefined, error: errorMessage(e) }));
  if (op.error) warnings.push(`Redis could not be read (${op.error}); continuing: a rollback is the remedy`);
  else if (op.killSwitch)
    warnings.push("the kill switch is on; a rollback proceeds anyway (it is the remedy)");

  if (inputs.dryRun) {
    const [holder] = await Promise.all([deps.state.lockHolder().catch(() => undefined), accessoriesBefore]);
    if (holder)
      warnings.push(`the deploy lock is held by ${holder}; a real run would wait up to the lock timeout`);
    return {
      ...base,
      status: "dry-run",
      message: `dry run: would roll back ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)}`,
      stateNow: "nothing was changed (dry run).",
      plan,
      refusals: [],
      warnings,
      dbRevisionNow: dbNow,
      checklist: [],
      nextSteps: ["Run again with dry-run: false to roll back."],
    };
  }

  // 3. The lock, shared with deploy, bounded wait. Redis down: proceed without it, loudly.
  let lock: LockHandle | undefined;
  const attempt = await tl.step("acquire deploy lock", () =>
    deps.state
      .acquireLock({
        owner: inputs.run.runUrl || "rollback",
        ttlMs: inputs.lockTtlMs,
        waitMs: inputs.lockWaitMs,
        signal: deps.signal,
      })
      .catch((e: unknown) => ({ acquired: false as const, holder: undefined, error: errorMessage(e) })),
  );
  if (attempt.acquired) lock = attempt.handle;
  else if (attempt.error)
    warnings.push(`deploy lock not taken: Redis unavailable (${attempt.error}); proceeding`);
  else {
    await accessoriesBefore;
    return refuse(
      [
        `the deploy lock is ${attempt.holder ?? `held by another run (waited ${Math.round(inputs.lockWaitMs / 1000)}s)`}`,
      ],
      plan,
      dbNow,
    );
  }

  try {
    const outcome = await executeRollback(
      plan,
      {
        environment: inputs.environment,
        reason: inputs.reason,
        trigger: "manual",
        integrityCommand: inputs.integrityCommand,
        strategy: inputs.strategy,
        faultyDeploymentId: undefined,
        tripBreakerOnSuccess: false,
        run: inputs.run,
        logTailLines: inputs.logTailLines,
        createHotfixBranch: inputs.createHotfixBranch,
        incident: inputs.incident,
        priorEvidence: [],
        failingServices: [],
        since: current.deployment.createdAt,
        lock,
        accessoriesBefore,
      },
      deps,
      tl,
    );
    const status: RollbackStatus = outcome.ok ? "success" : outcome.cancelled ? "cancelled" : "failure";
    return {
      ...base,
      status,
      message: outcome.ok
        ? `rolled back ${shortSha(plan.current.sha)} → ${shortSha(plan.target.sha)}`
        : `rollback ${outcome.cancelled ? "cancelled" : "FAILED"}: ${outcome.error}`,
      stateNow: outcome.stateNow,
      plan,
      refusals: [],
      warnings,
      deploymentId: outcome.deploymentId,
      dbRevisionNow: outcome.dbRevisionNow,
      health: outcome.health,
      breakerTripped: outcome.breakerTripped,
      checklist: outcome.checklist,
      incident: outcome.incident,
      nextSteps: outcome.ok
        ? [
            `Create and test the hotfix on ${outcome.incident?.hotfixBranch ?? "a hotfix branch"}.`,
            "Complete the incident report and share it with the team.",
          ]
        : [
            `Production needs a human now: ${outcome.stateNow}`,
            "The breaker is tripped; check the services' logs and the database before resetting it.",
          ],
    };
  } finally {
    if (lock) {
      const released = await lock.release().catch(() => false);
      if (!released)
        deps.logger.warning("the deploy lock was no longer ours when releasing it (expired or taken)");
    }
  }
}
