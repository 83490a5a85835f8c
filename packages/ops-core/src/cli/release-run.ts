// What `ops deploy`, `ops rollback` and `ops releases` share: the actions' own inputs as options (the same
// names, parsed by the same typed config: `--compose-file`, `--redis-url`, `--lock-wait`…), each also
// readable from the environment as OPS_<NAME> (OPS_REDIS_URL, OPS_WORKING_DIRECTORY…) so the host keeps
// them in one env file; and an ActionContext for the terminal, so the engines run through exactly the
// wiring the actions use (release/actions.ts): live progress on stderr, the summary rendered for the
// terminal and written as Markdown to a file.

import { mkdir, writeFile } from "node:fs/promises";
import { hostname, userInfo } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { CancelledError, errorKind, errorMessage } from "../action/errors.js";
import { type InputSource, Inputs } from "../action/inputs.js";
import { StreamLogger } from "../action/logger.js";
import type { ActionContext, ActionOutcome, RunContext } from "../action/run-action.js";
import { stripControl } from "../action/safe-text.js";
import { SMOKE_OPTIONS } from "../health/inputs.js";
import type { OptionSpec } from "./args.js";
import type { CliIo } from "./io.js";
import { terminalText } from "./terminal-markdown.js";

/** The inputs deploy and rollback share with the actions (action.yml names). */
export const HOST_OPTIONS = [
  ...SMOKE_OPTIONS,
  "token",
  "environment",
  "version-variable",
  "image-source",
  "compose-timeout",
  "alembic-command",
  "alembic-directory",
  "alembic-config",
  "migration-timeout",
  "lock-wait",
  "lock-ttl",
  "strategy",
  "accessories",
  "engine",
  "fail-fast-after",
  "incident-report",
  "log-lines",
] as const;

export const DEPLOY_OPTIONS = [
  "branch",
  "require-approval",
  "required-checks",
  "ignore-checks",
  "ci-timeout",
  "ci-poll",
  "migrations-check",
  "version",
  "backup-command",
  "keep-releases",
  "pre-deploy-baseline",
  "watch",
  "watch-interval",
  "log-error-pattern",
  "on-failure",
  "metrics-url",
  "metrics-query",
  "metrics-max-increase",
  "metrics-threshold",
  "metrics-timeout",
] as const;

export const ROLLBACK_OPTIONS = [
  "db-revision",
  "db-only",
  "confirm-destructive",
  "integrity-command",
  "create-hotfix-branch",
  "notify-webhook",
] as const;

const MULTIPLE = new Set(["endpoints", "expect-json", "compose-file", "services", "accessories"]);

/** The terminal's own options, beside the inputs. */
export const TERMINAL_OPTIONS: OptionSpec = {
  repository: { type: "string" },
  "api-url": { type: "string" },
  "mirror-file": { type: "string" },
  summary: { type: "string" },
  "probe-timeout": { type: "string" },
  "dry-run": { type: "boolean" },
  "break-glass": { type: "boolean" },
  verbose: { type: "boolean" },
  json: { type: "boolean" },
};

export function optionSpec(names: readonly string[]): OptionSpec {
  const spec: OptionSpec = { ...TERMINAL_OPTIONS };
  for (const n of names) spec[n] = MULTIPLE.has(n) ? { type: "string", multiple: true } : { type: "string" };
  return spec;
}

export const envName = (name: string) => `OPS_${name.replace(/-/g, "_").toUpperCase()}`;

/** Options first, then OPS_<NAME>, then the terminal's defaults. */
export function layeredInputs(
  values: Record<string, string | boolean | string[] | undefined>,
  env: NodeJS.ProcessEnv,
  defaults: Record<string, string>,
): Inputs {
  const source: InputSource = {
    get(name) {
      const v = values[name];
      if (typeof v === "string") return v.trim();
      if (Array.isArray(v)) return v.join("\n").trim();
      if (typeof v === "boolean") return String(v);
      return env[envName(name)]?.trim() ?? defaults[name];
    },
    label: (name) => `option --${name} (or ${envName(name)})`,
  };
  return new Inputs(source);
}

export interface TerminalRun {
  inputs: Inputs;
  run: RunContext;
  /** Why GitHub is not called at all (no token), if so. */
  githubDisabled: string | undefined;
  workingDirectory: string;
  env: NodeJS.ProcessEnv;
}

/** The person at the terminal, as the records name them. */
export function terminalActor(env: NodeJS.ProcessEnv): string {
  let user = env.SUDO_USER || env.USER || env.LOGNAME;
  if (!user) {
    try {
      user = userInfo().username;
    } catch {
      user = "unknown";
    }
  }
  return `${user}@${hostname()} (ops)`;
}

export function terminalRun(
  values: Record<string, string | boolean | string[] | undefined>,
  io: CliIo,
  extraDefaults: Record<string, string> = {},
): TerminalRun {
  const env = io.env;
  const token = env.OPS_TOKEN || env.GITHUB_TOKEN || env.GH_TOKEN;
  const given = typeof values.token === "string" ? values.token : token;
  const githubDisabled = given
    ? undefined
    : "no GitHub token (give --token, OPS_TOKEN or GITHUB_TOKEN): the host's mirror only";
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const repository = str("repository") ?? env.OPS_REPOSITORY ?? env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.split("/");
  const wd = str("working-directory") ?? env[envName("working-directory")] ?? ".";
  const workingDirectory = isAbsolute(wd) ? wd : resolve(io.cwd, wd);
  const inputs = layeredInputs({ ...values, "working-directory": workingDirectory }, env, {
    "incident-report": "file",
    ...(given ? { token: given } : { token: "none" }),
    ...extraDefaults,
  });
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
  return {
    inputs,
    githubDisabled,
    workingDirectory,
    env: { ...env, GITHUB_WORKSPACE: workingDirectory },
    run: {
      repository,
      owner,
      repo,
      runId: "",
      runAttempt: "1",
      runUrl: "",
      serverUrl,
      apiUrl: (str("api-url") ?? env.OPS_API_URL ?? env.GITHUB_API_URL ?? "https://api.github.com").replace(
        /\/$/,
        "",
      ),
      sha: "",
      ref: "",
      actor: terminalActor(env),
      workflow: "ops",
      eventName: "terminal",
      eventPath: undefined,
    },
  };
}

/**
 * Runs an action body (deployAction, rollbackAction) at the terminal: SIGINT/SIGTERM cancel it cleanly,
 * cleanups run, the summary is written to `summaryPath` and printed for the terminal. Returns the exit
 * code: 0 done, 1 refused/failed/cancelled (2 for bad usage is thrown as a ConfigurationError).
 */
export async function runAtTerminal(
  name: string,
  t: TerminalRun,
  io: CliIo,
  o: { summaryPath: string; verbose: boolean; json: boolean },
  body: (ctx: ActionContext) => Promise<ActionOutcome | undefined>,
): Promise<number> {
  const secrets: string[] = [];
  const mask = (text: string) =>
    stripControl(secrets.reduce((s, secret) => s.split(secret).join("***"), text));
  const logger = new StreamLogger((text) => io.stderr(mask(text)), o.verbose);
  const controller = new AbortController();
  const cleanups: Array<() => unknown> = [];
  const outputs: Record<string, string> = {};
  let summary = "";
  const onSignal = (signal: NodeJS.Signals) => {
    logger.warning(`${name}: ${signal}: cancelling and cleaning up (the run records the state it leaves)`);
    controller.abort(new CancelledError(`cancelled at the terminal (${signal})`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const ctx: ActionContext = {
    name,
    inputs: t.inputs,
    logger,
    signal: controller.signal,
    run: t.run,
    env: t.env,
    setSecret: (v) => {
      if (v && v.length >= 4 && !secrets.includes(v)) secrets.push(v);
    },
    onCleanup: (fn) => cleanups.push(fn),
    setOutput: (k, v) => {
      outputs[k] = v;
    },
    setSummary: (markdown) => {
      summary = markdown;
    },
    saveState: () => undefined,
    getState: () => undefined,
  };
  let code = 0;
  let failure: string | undefined;
  try {
    const outcome = await body(ctx);
    if (outcome?.failed) {
      failure = outcome.failed;
      code = 1;
    }
  } catch (error) {
    if (errorKind(error) === "configuration") throw error;
    failure = errorMessage(error);
    code = 1;
  } finally {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        logger.warning(`cleanup failed: ${errorMessage(error)}`);
      }
    }
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  if (summary) {
    const path = isAbsolute(o.summaryPath) ? o.summaryPath : join(t.workingDirectory, o.summaryPath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, mask(summary));
    if (o.json) io.stdout(`${mask(outputs.report ?? "{}")}\n`);
    else io.stdout(`${mask(terminalText(summary))}\n`);
    io.stderr(`summary written to ${path}\n`);
    if (outputs["incident-path"]) io.stderr(`incident report: ${outputs["incident-path"]}\n`);
  }
  if (failure) io.stderr(`ops ${name}: ${mask(failure)}\n`);
  return code;
}

/** `.ops/summaries/<name>-<time>.md` under the deploy directory unless --summary says otherwise. */
export function summaryPath(name: string, given: string | undefined, now = new Date()): string {
  return given ?? join(".ops", "summaries", `${name}-${now.toISOString().replace(/[:.]/g, "-")}.md`);
}
