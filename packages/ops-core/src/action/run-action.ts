// The one wrapper every action runs in: one catch for anything thrown, one setFailed naming the action,
// the summary written and every connection closed in `finally`, and SIGINT/SIGTERM ending the run
// cleanly with a summary that says it was cancelled. The runner protocol (inputs, outputs, state, masks,
// annotations, groups, the job summary) is @actions/core's: GitHub changes that protocol there
// (set-output and save-state became file commands), so the bundles follow it by a version bump. Its cost,
// measured by bench/cold-start.ts: core 3 loads undici at import (its OIDC client), about +1 MB per bundle
// and +40-50 ms to the first decision (2.8-3.4x `node -e 0`, was 1.4-1.7x with hand-written commands).

import * as core from "@actions/core";
import { CancelledError, errorKind, errorMessage, RefusalError } from "./errors.js";
import { actionInputSource, type InputSource, Inputs } from "./inputs.js";
import type { Annotation, Logger } from "./logger.js";
import { inertLine, inertText, mdBlock, mdText, SUMMARY_LIMIT_BYTES } from "./safe-text.js";
import { fitSections, headline } from "./summary.js";

/** What the runner tells an action about the run it is part of. */
export interface RunContext {
  repository: string;
  owner: string;
  repo: string;
  runId: string;
  runAttempt: string;
  runUrl: string;
  serverUrl: string;
  apiUrl: string;
  sha: string;
  ref: string;
  actor: string;
  workflow: string;
  eventName: string;
  eventPath: string | undefined;
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.split("/");
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
  const runId = env.GITHUB_RUN_ID ?? "";
  return {
    repository,
    owner,
    repo,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : "",
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/$/, ""),
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    workflow: env.GITHUB_WORKFLOW ?? "",
    eventName: env.GITHUB_EVENT_NAME ?? "",
    eventPath: env.GITHUB_EVENT_PATH,
  };
}

export interface ActionContext {
  name: string;
  inputs: Inputs;
  logger: Logger;
  /** Aborted when the run is cancelled (SIGINT/SIGTERM); pass it to every long wait. */
  signal: AbortSignal;
  run: RunContext;
  env: NodeJS.ProcessEnv;
  /** Masks a credential in every later log line; call before anything can print it. */
  setSecret(value: string): void;
  /** Registers cleanup (close a connection, release a lock); run in reverse order in `finally`. */
  onCleanup(fn: () => unknown): void;
  /** Sets an output now (also written when the run later fails). */
  setOutput(name: string, value: string): void;
  /** Replaces the summary written at the end; on failure it is kept below the error headline. */
  setSummary(markdown: string): void;
  /** Saves state for the action's `post:` step. */
  saveState(name: string, value: string): void;
  /** In a `post:` step, the state the main step saved; undefined when it saved none. */
  getState(name: string): string | undefined;
}

/** How `fn` ended when it did not throw. */
export interface ActionOutcome {
  /** When set, the run fails with this message (e.g. a verdict of `fail`); the summary is still written. */
  failed?: string;
}

/** Anything the run's code may have left behind in the `finally` block after cancellation, in ms. */
const CANCEL_GRACE_MS = 7_000;
/** After everything is closed, a stuck handle must not keep the step alive. */
const EXIT_BACKSTOP_MS = 3_000;

/**
 * Action inputs as @actions/core reads them (`INPUT_<NAME>`, trimmed), with the strict helpers' rule on
 * top: empty means not given.
 */
export function coreInputSource(): InputSource {
  const { label } = actionInputSource();
  return {
    get: (name) => core.getInput(name) || undefined,
    label,
  };
}

/**
 * The runner-backed logger, with untrusted text made inert and annotations passed through. @actions/core
 * escapes `%`, CR and LF in annotation messages but prints `info` lines as they are, so a line starting
 * with `::` would be a workflow command: every message goes through inertText first.
 */
export function coreLogger(): Logger {
  const props = (where?: Annotation): core.AnnotationProperties | undefined =>
    where
      ? {
          title: where.title ? inertLine(where.title) : undefined,
          file: where.file,
          startLine: where.startLine,
          endLine: where.endLine,
          startColumn: where.startColumn,
        }
      : undefined;
  return {
    debug: (m) => core.debug(inertText(m)),
    info: (m) => core.info(inertText(m)),
    warning: (m, w) => core.warning(inertText(m), props(w)),
    error: (m, w) => core.error(inertText(m), props(w)),
    notice: (m, w) => core.notice(inertText(m), props(w)),
    // core.group closes the group in `finally`, also when fn throws.
    group: (title, fn) => core.group(inertLine(title), fn),
  };
}

/**
 * Runs an action's body. Never throws; sets process.exitCode. `fn` gets parsed-on-demand inputs, a
 * logger, a cancellation signal and hooks for outputs, summary and cleanup.
 */
export async function runAction(
  name: string,
  fn: (ctx: ActionContext) => Promise<ActionOutcome | undefined>,
): Promise<void> {
  const controller = new AbortController();
  const cleanups: Array<() => unknown> = [];
  let summary = "";
  let cancelled = false;
  const logger = coreLogger();

  const onSignal = (signal: NodeJS.Signals) => {
    if (cancelled) return;
    cancelled = true;
    logger.warning(`${name}: received ${signal}; cancelling and cleaning up`);
    controller.abort(new CancelledError(`the run was cancelled (${signal})`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const ctx: ActionContext = {
    name,
    inputs: new Inputs(coreInputSource()),
    logger,
    signal: controller.signal,
    run: runContext(process.env),
    env: process.env,
    setSecret: (value) => {
      if (value) core.setSecret(value);
    },
    onCleanup: (fn) => cleanups.push(fn),
    setOutput: (key, value) => core.setOutput(key, value),
    setSummary: (markdown) => {
      summary = markdown;
    },
    saveState: (key, value) => core.saveState(key, value),
    getState: (key) => core.getState(key) || undefined,
  };

  let failure: string | undefined;
  let errorSection = "";
  try {
    const body = fn(ctx);
    // A cancelled run gets a grace period to finish its own cleanup, then we stop waiting.
    const cancelledLate = new Promise<never>((_, reject) => {
      controller.signal.addEventListener(
        "abort",
        () => setTimeout(() => reject(controller.signal.reason), CANCEL_GRACE_MS).unref(),
        { once: true },
      );
    });
    body.catch(() => undefined);
    const outcome = await Promise.race([body, cancelledLate]);
    if (cancelled) throw controller.signal.reason;
    if (outcome?.failed) failure = outcome.failed;
  } catch (error) {
    const kind = cancelled ? "cancelled" : errorKind(error);
    const message = errorMessage(error);
    failure = message;
    errorSection = renderError(name, kind, message, error);
    if (kind === "internal" && error instanceof Error && error.stack) logger.debug(error.stack);
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        logger.warning(`${name}: cleanup failed: ${errorMessage(error)}`);
      }
    }
    await writeSummary(errorSection, summary, logger);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  if (failure !== undefined) core.setFailed(`${name}: ${inertLine(failure)}`);
  // Every connection is closed above; if some library still holds a handle, do not hang the step.
  setTimeout(() => process.exit(), EXIT_BACKSTOP_MS).unref();
}

function renderError(name: string, kind: string, message: string, error: unknown): string {
  switch (kind) {
    case "configuration":
      return `${headline("failure", `${name}: configuration error`)}\n\n${mdText(message)}\n\nFix the input in the workflow file and run again; nothing was changed.`;
    case "refusal": {
      const evidence = error instanceof RefusalError ? error.evidence : [];
      const list = evidence.map((e) => `- ${mdText(e)}`).join("\n");
      return `${headline("refused", `${name} refused`)}\n\n${mdText(message)}${list ? `\n\n**Evidence**\n\n${list}` : ""}`;
    }
    case "cancelled":
      return `${headline("cancelled", `${name} was cancelled`)}\n\n${mdText(message)}. Cleanup ran; see below for the state the run reached.`;
    case "transient":
      return `${headline("failure", `${name} failed: a dependency did not answer`)}\n\n${mdText(message)}\n\nThis may pass on a re-run.`;
    default:
      return `${headline("failure", `${name} failed unexpectedly`)}\n\n${mdBlock(message)}`;
  }
}

async function writeSummary(errorSection: string, summary: string, logger: Logger): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const doc = fitSections([errorSection, summary], SUMMARY_LIMIT_BYTES - 1024);
  if (doc.trim() === "") return;
  try {
    await core.summary.addRaw(doc, true).write();
  } catch (error) {
    logger.warning(`could not write the job summary: ${errorMessage(error)}`);
  }
}
