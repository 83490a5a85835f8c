// The bodies of actions/deploy and actions/rollback (and the deploy's `post:` backstop), run inside
// runAction: mask credentials, read the inputs once, wire the adapters, run the engine, set outputs and
// the summary. The actions' main.ts files only call these.

import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { CancelledError, errorMessage, RefusalError } from "../action/errors.js";
import type { ActionContext, ActionOutcome } from "../action/run-action.js";
import { mdText } from "../action/safe-text.js";
import { passwordParts, secretFormsOfLines } from "../action/secrets.js";
import { type Engine, keyMasks, removeLeftoverEngine, withEngine } from "../remote/engine.js";
import { redisMasks } from "../state/connection.js";
import { releaseLeftoverLock } from "./adapters/state.js";
import {
  type HostConfig,
  readDeployConfig,
  readHost,
  readRollbackConfig,
  type WireOptions,
  webhookNotifier,
  wire,
} from "./config.js";
import { deploy } from "./deploy.js";
import { type MirrorSettings, mirrorNote, withMirror } from "./mirror-wiring.js";
import { revisionLabel } from "./plan.js";
import { statusDescription } from "./record.js";
import {
  deployReport,
  renderDeploySummary,
  renderRestartSummary,
  renderRollbackSummary,
  rollbackReport,
} from "./render.js";
import { restartServices } from "./restart.js";
import { rollback } from "./rollback.js";

/** The repository's default branch, from the event payload; `master` when it does not say. */
export async function defaultBranch(eventPath: string | undefined): Promise<string> {
  if (!eventPath) return "master";
  try {
    const event = JSON.parse(await readFile(eventPath, "utf8")) as {
      repository?: { default_branch?: string };
    };
    return event.repository?.default_branch || "master";
  } catch {
    return "master";
  }
}

function maskCredentials(ctx: ActionContext): void {
  for (const secret of [
    ctx.inputs.optional("token"),
    ...redisMasks(ctx.inputs.optional("redis-url")),
    ctx.inputs.optional("notify-webhook"),
    ...secretFormsOfLines(ctx.inputs.optional("endpoints")),
    ...passwordParts(ctx.inputs.optional("metrics-url")),
    ...keyMasks(ctx.inputs.optional("ssh-key")),
  ]) {
    if (secret) ctx.setSecret(secret);
  }
}

/** Who and where, as the engines record it. */
function runInfo(ctx: ActionContext) {
  return { runUrl: ctx.run.runUrl, actor: ctx.run.actor, repository: ctx.run.repository };
}

/** What every release action hands the adapters from its context. */
function contextWiring(ctx: ActionContext) {
  return { run: ctx.run, logger: ctx.logger, signal: ctx.signal, onCleanup: ctx.onCleanup, env: ctx.env };
}

/** How a release run is wired beyond its inputs: the terminal's `ops deploy|rollback` set these. */
export interface ReleaseRunOptions {
  mirror?: MirrorSettings;
}

/**
 * Deploy and rollback also save the lock and the deployment for the `post:` backstop, and write every
 * record to the host's release mirror too (GitHub behind it; see mirrored-github.ts).
 */
async function wireAction(
  ctx: ActionContext,
  host: HostConfig,
  kind: "deploy" | "rollback",
  sha: string,
  extra: Partial<WireOptions> = {},
  options: ReleaseRunOptions = {},
  dryRun = false,
) {
  const deps = wire({
    ...contextWiring(ctx),
    host,
    kind,
    sha,
    onLockAcquired: (value) => ctx.saveState("lock-value", value),
    // A mirror-only deployment (GitHub down) has a negative local id: the post step cannot close it there.
    onDeploymentCreated: (id) => {
      if (id > 0) ctx.saveState("deployment-id", String(id));
    },
    ...extra,
  });
  const mirrored = withMirror(deps, {
    host,
    run: ctx.run,
    logger: ctx.logger,
    onCleanup: ctx.onCleanup,
    env: ctx.env,
    ...(options.mirror ? { settings: options.mirror } : {}),
  });
  await mirrored.prepare({ dryRun });
  return mirrored;
}

/** The engine line under the summary's headline, when the engine is not the runner's own. */
function engineNote(engine: Engine): string {
  return engine.description ? `> 🔗 Docker engine: ${mdText(engine.description)}` : "";
}

const notes = (...parts: string[]) => parts.filter(Boolean).join("\n\n");

/** The mirror's note (history source, break glass) under the summary's headline. */
function withNote(markdown: string, note: string): string {
  if (!note) return markdown;
  const cut = markdown.indexOf("\n\n");
  return cut < 0 ? `${markdown}\n\n${note}` : `${markdown.slice(0, cut)}\n\n${note}${markdown.slice(cut)}`;
}

async function writeIncidentFile(workspace: string, path: string, markdown: string): Promise<string> {
  const full = resolve(workspace, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, markdown);
  return full;
}

export async function deployAction(
  runCtx: ActionContext,
  options: ReleaseRunOptions = {},
): Promise<ActionOutcome | undefined> {
  maskCredentials(runCtx);
  const restart = runCtx.inputs.optional("restart");
  if (restart !== undefined) return restartAction(runCtx, restart);
  const config = await readDeployConfig(runCtx.inputs, runCtx.run, await defaultBranch(runCtx.run.eventPath));
  // The engine (docker-host) before anything else touches it: a host key that is not pinned stops here.
  const ctx = await withEngine(runCtx);
  const mirrored = await wireAction(
    ctx,
    config.host,
    "deploy",
    config.deploy.sha,
    {},
    options,
    config.deploy.dryRun,
  );
  const result = await deploy({ ...config.deploy, run: runInfo(ctx) }, mirrored.deps);
  const note = notes(engineNote(ctx.engine), mirrorNote(mirrored));
  ctx.saveState("finished", "true");
  ctx.setOutput("status", result.status);
  ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
  ctx.setOutput("version", result.version);
  ctx.setOutput("previous-version", result.previousVersion ?? "");
  ctx.setOutput("db-revision", result.dbNow === undefined ? "" : revisionLabel(result.dbNow));
  const incident = result.rollback?.incident;
  if (incident && config.host.incidentFile) {
    const full = await writeIncidentFile(
      ctx.env.GITHUB_WORKSPACE ?? process.cwd(),
      incident.path,
      withNote(incident.markdown, note),
    );
    ctx.setOutput("incident-path", full);
  } else ctx.setOutput("incident-path", incident?.path ?? "");
  ctx.setOutput(
    "report",
    JSON.stringify({
      ...deployReport(result),
      history: mirrored.github.history(),
      calls: mirrored.deps.calls?.summary(),
    }),
  );
  ctx.setSummary(withNote(renderDeploySummary(result), note));
  for (const w of result.warnings) ctx.logger.warning(w);
  ctx.logger.info(`deploy: ${result.status} — ${result.message}. ${result.stateNow}`);
  switch (result.status) {
    case "success":
    case "warning":
    case "dry-run":
      return undefined;
    case "refused":
      throw new RefusalError(
        result.message,
        result.gates.filter((g) => g.ok === false).map((g) => `${g.label}: ${g.evidence}`),
      );
    case "cancelled":
      throw new CancelledError(`${result.message}; ${result.stateNow.replace(/\.$/, "")}`);
    default:
      return { failed: `${result.message}. ${result.stateNow}` };
  }
}

/**
 * The deploy's `post:` step: if the main step died before finishing, release the lock it held (only if
 * still ours) and close its deployment as `error`.
 */
export async function deployPostAction(ctx: ActionContext): Promise<ActionOutcome | undefined> {
  await removeLeftoverEngine((name) => ctx.getState(name), ctx.logger);
  const finished = ctx.getState("finished") === "true";
  const lockValue = ctx.getState("lock-value");
  const deploymentId = ctx.getState("deployment-id");
  if (finished || (!lockValue && !deploymentId)) {
    ctx.logger.info("deploy post: the main step finished and cleaned up; nothing to do");
    return undefined;
  }
  maskCredentials(ctx);
  const redisUrl = ctx.inputs.optional("redis-url");
  if (lockValue && redisUrl) {
    try {
      const released = await releaseLeftoverLock(
        redisUrl,
        ctx.inputs.string("key-prefix", ""),
        lockValue,
        ctx.logger,
      );
      ctx.logger.warning(
        released
          ? "deploy post: released the deploy lock the main step left behind"
          : "deploy post: the deploy lock was already released or taken by another run",
      );
    } catch (e) {
      ctx.logger.warning(`deploy post: could not release the deploy lock: ${errorMessage(e)}`);
    }
  }
  if (deploymentId) {
    const token = ctx.inputs.optional("token");
    if (token) {
      const { githubAdapter } = await import("./adapters/github.js");
      const gh = githubAdapter({ token, apiUrl: ctx.run.apiUrl, owner: ctx.run.owner, repo: ctx.run.repo });
      await gh
        .setDeploymentStatus(Number(deploymentId), {
          state: "error",
          description: statusDescription(
            "the deploy step ended without finishing (cancelled or crashed); check the host",
          ),
          logUrl: ctx.run.runUrl,
          environment: ctx.inputs.string("environment", "production"),
        })
        .catch((e: unknown) =>
          ctx.logger.warning(`deploy post: could not close deployment #${deploymentId}: ${errorMessage(e)}`),
        );
    }
  }
  return undefined;
}

export async function rollbackAction(
  runCtx: ActionContext,
  options: ReleaseRunOptions = {},
): Promise<ActionOutcome | undefined> {
  maskCredentials(runCtx);
  const branch = await defaultBranch(runCtx.run.eventPath);
  // The queue guard: engage the kill switch so no newer deploy enters the shared concurrency group.
  if (runCtx.inputs.boolean("hold-deploys-only", false)) return holdDeploys(runCtx);
  const config = await readRollbackConfig(runCtx.inputs, branch);
  const ctx = await withEngine(runCtx);
  const mirrored = await wireAction(
    ctx,
    config.host,
    "rollback",
    ctx.run.sha,
    { ...(config.notifyWebhook ? { notifier: webhookNotifier(config.notifyWebhook) } : {}) },
    options,
    config.rollback.dryRun,
  );
  const result = await rollback({ ...config.rollback, run: runInfo(ctx) }, mirrored.deps);
  const note = notes(engineNote(ctx.engine), mirrorNote(mirrored));
  ctx.saveState("finished", "true");
  ctx.setOutput("status", result.status);
  ctx.setOutput("deployment-id", result.deploymentId !== undefined ? String(result.deploymentId) : "");
  ctx.setOutput("version", result.plan?.target.version ?? "");
  ctx.setOutput("previous-version", result.plan?.current.version ?? "");
  ctx.setOutput("db-revision", result.dbRevisionNow === undefined ? "" : revisionLabel(result.dbRevisionNow));
  if (result.incident && config.host.incidentFile) {
    const full = await writeIncidentFile(
      ctx.env.GITHUB_WORKSPACE ?? process.cwd(),
      result.incident.path,
      withNote(result.incident.markdown, note),
    );
    ctx.setOutput("incident-path", full);
  } else ctx.setOutput("incident-path", result.incident?.path ?? "");
  ctx.setOutput(
    "report",
    JSON.stringify({
      ...rollbackReport(result),
      history: mirrored.github.history(),
      calls: mirrored.deps.calls?.summary(),
    }),
  );
  ctx.setSummary(withNote(renderRollbackSummary(result), note));
  for (const w of result.warnings) ctx.logger.warning(w);
  ctx.logger.info(`rollback: ${result.status} — ${result.message}. ${result.stateNow}`);
  switch (result.status) {
    case "success":
    case "dry-run":
      return undefined;
    case "refused":
      throw new RefusalError(result.message, result.refusals);
    case "cancelled":
      throw new CancelledError(`${result.message}; ${result.stateNow.replace(/\.$/, "")}`);
    default:
      return { failed: `${result.message}. ${result.stateNow}` };
  }
}

async function holdDeploys(ctx: ActionContext): Promise<ActionOutcome | undefined> {
  const url = ctx.inputs.required("redis-url", "the Redis holding the kill switch");
  const reason = ctx.inputs.required("reason", "why production is being rolled back");
  const { redisState } = await import("./adapters/state.js");
  const state = redisState({
    url,
    keyPrefix: ctx.inputs.string("key-prefix", ""),
    logger: ctx.logger,
    kind: "rollback",
    actor: ctx.run.actor,
    runId: ctx.run.runId,
    runUrl: ctx.run.runUrl,
    sha: ctx.run.sha,
    onClose: ctx.onCleanup,
  });
  try {
    await state.setKillSwitch(true, `rollback queued by ${ctx.run.runUrl || ctx.run.actor}: ${reason}`);
    ctx.setOutput("status", "held");
    ctx.setSummary(
      `## 🛑 Deploys held for a rollback\n\nThe kill switch is on so that no newer deploy takes the rollback's place in the queue. Turn it off with the Kill switch button once production is healthy again.`,
    );
    ctx.logger.info(
      "kill switch engaged: deploys are held until the rollback is done and a person turns it off",
    );
  } catch (e) {
    // Redis down is a warning for a rollback: the rollback itself must still run.
    ctx.setOutput("status", "not-held");
    ctx.logger.warning(`could not engage the kill switch to hold deploys: ${errorMessage(e)}`);
  }
  return undefined;
}

/** The restart button (`restart: <service>` or `all`): the same compose adapter, lock, smoke and audit. */
async function restartAction(runCtx: ActionContext, which: string): Promise<ActionOutcome | undefined> {
  const reason = runCtx.inputs.required(
    "reason",
    "why the service is restarted (it goes into the audit stream)",
  );
  const host = await readHost(runCtx.inputs, await defaultBranch(runCtx.run.eventPath));
  const ctx = await withEngine(runCtx);
  const services = which === "all" ? undefined : ctx.inputs.list("restart");
  // No post-step state: a restart creates no deployment, and its lock is released in finally.
  const deps = wire({ ...contextWiring(ctx), host, kind: "restart", sha: ctx.run.sha });
  const result = await restartServices(
    {
      services,
      reason,
      lockWaitMs: host.lockWaitMs,
      lockTtlMs: host.lockTtlMs,
      environment: host.environment,
      run: runInfo(ctx),
    },
    deps,
  );
  ctx.setOutput("status", result.status);
  ctx.setOutput(
    "report",
    JSON.stringify({
      schema: 1,
      kind: "restart",
      status: result.status,
      message: result.message,
      services: services ?? "all",
      health: result.health ? { verdict: result.health.verdict, evidence: result.health.evidence } : null,
      timeline: result.timeline.steps,
    }),
  );
  ctx.setSummary(renderRestartSummary(result));
  if (result.status === "refused") throw new RefusalError(result.message);
  return result.status === "success" ? undefined : { failed: result.message };
}
