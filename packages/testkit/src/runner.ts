// The runner harness: runs an action's committed bundle (or any script) as a child process under Node 24
// with the contract GitHub's runner gives a `node24` action — INPUT_* (defaults from action.yml filled in),
// the file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY), the event
// file, the GITHUB_* / RUNNER_* variables — in a clean environment (not the test's). It returns what a
// workflow would see: exit code, outputs, summary, saved state, and the workflow commands on stdout parsed
// as the runner parses them (stop-commands honoured).

import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

/** The repository root (packages/testkit/src → ../../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** A workflow command seen on stdout, as the runner parses it. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  /** The raw stdout line. */
  line: string;
}

export interface RunActionOptions {
  /** An action name under `actions/` ("smoke"), a directory holding action.yml, or a .js/.mjs file. */
  action: string;
  /** `main` (default) runs runs.main; `post` runs runs.post (pass `state` from the main run). */
  entry?: "main" | "post";
  /** Inputs by their action.yml names; unset inputs get action.yml's defaults, as on the runner. */
  inputs?: Record<string, string>;
  /** Extra environment (e.g. DOCKER_HOST, REDIS_URL); overrides the runner's defaults. */
  env?: Record<string, string | undefined>;
  /** The webhook payload written to GITHUB_EVENT_PATH (default `{}`). */
  event?: object;
  /** GITHUB_EVENT_NAME (default "workflow_dispatch"). */
  eventName?: string;
  /** Saved state from the main step (`result.state`), passed to the post step as STATE_<name>. */
  state?: Record<string, string>;
  /** The token `${{ github.token }}` defaults expand to (default "ghs_runnerharnesstoken000000000000000"). */
  token?: string;
  /** GITHUB_WORKSPACE and the process cwd (default: a fresh temp dir). */
  workspace?: string;
  /** Hard limit: the child is SIGKILLed after this long (result.timedOut = true). */
  timeoutMs: number;
  /** Sends a signal after a delay (cancellation tests). */
  signalAfterMs?: { signal: NodeJS.Signals; ms: number };
  /** Sends a signal once a stdout line matches (e.g. when the deploy reaches a phase). */
  signalOn?: { signal: NodeJS.Signals; stdout: RegExp };
  /** Called with the whole stdout so far after each chunk (e.g. to crash a dependency at a phase). */
  onStdout?: (stdout: string) => void;
  /** Keep the temp dir (RUNNER_TEMP, files) for inspection; default false. */
  keepTemp?: boolean;
}

export interface RunActionResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** Variables exported through GITHUB_ENV. */
  exportedEnv: Record<string, string>;
  /** Lines added through GITHUB_PATH. */
  addedPath: string[];
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  durationMs: number;
  /** The environment the child got (secrets included: for assertions only). */
  env: Record<string, string>;
  /** Inputs given that action.yml does not declare (the runner warns "Unexpected input(s)"). */
  unexpectedInputs: string[];
}

/** The Node 24 binary: this process when it is Node 24, else the repo's node_modules/.bin/node. */
export function node24(): string {
  const major = Number(process.versions.node.split(".")[0]);
  if (major === 24) return process.execPath;
  const candidate = join(REPO_ROOT, "node_modules", ".bin", "node");
  if (!existsSync(candidate))
    throw new Error(`Node 24 not found: ${candidate} is missing (npm ci installs it)`);
  return candidate;
}

/** INPUT_<NAME>: uppercase, spaces → `_`, hyphens kept (the runner's rule). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

interface ActionYml {
  runs?: { using?: string; main?: string; post?: string; pre?: string };
  inputs?: Record<string, { default?: unknown; required?: boolean } | null>;
  outputs?: Record<string, unknown>;
}

/** Resolves the action directory and its metadata (undefined for a bare script). */
export function resolveAction(action: string): { dir: string; yml: ActionYml | undefined; script?: string } {
  if (/\.(c|m)?js$/.test(action)) {
    const script = isAbsolute(action) ? action : resolve(REPO_ROOT, action);
    return { dir: dirname(script), yml: undefined, script };
  }
  const dir =
    isAbsolute(action) || action.includes("/") ? resolve(action) : join(REPO_ROOT, "actions", action);
  const file = ["action.yml", "action.yaml"].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`no action.yml in ${dir}`);
  return { dir, yml: parseYaml(readFileSync(file, "utf8")) as ActionYml };
}

/** Evaluates the few expressions action.yml defaults use; anything else is a harness error. */
function expandDefault(value: string, ctx: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const v = ctx[expr];
    if (v === undefined)
      throw new Error(`runner harness: unsupported expression in a default: \${{ ${expr} }}`);
    return v;
  });
}

/**
 * Parses a file-command file (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV): `name=value` lines and the
 * heredoc form `name<<DELIM` … `DELIM`, as the runner does. Throws on malformed content like the runner.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") continue;
    const eq = line.indexOf("=");
    const hd = line.indexOf("<<");
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      const key = line.slice(0, eq);
      if (!key) throw new Error(`invalid file command line (empty name): ${line}`);
      out[key] = line.slice(eq + 1);
      continue;
    }
    if (hd > 0) {
      const key = line.slice(0, hd);
      const delim = line.slice(hd + 2);
      if (!delim) throw new Error(`invalid heredoc (empty delimiter): ${line}`);
      const body: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delim) {
          closed = true;
          break;
        }
        body.push(lines[i] ?? "");
      }
      if (!closed) throw new Error(`invalid heredoc: delimiter ${delim} for ${key} never closed`);
      out[key] = body.join("\n");
      continue;
    }
    throw new Error(`invalid file command line: ${line}`);
  }
  return out;
}

/** Commands the runner (v2.3xx) registers; others on a `::x::` line are plain output. */
const KNOWN_COMMANDS = new Set([
  "set-output",
  "set-env",
  "save-state",
  "add-path",
  "add-mask",
  "add-matcher",
  "remove-matcher",
  "warning",
  "error",
  "notice",
  "debug",
  "group",
  "endgroup",
  "echo",
  "stop-commands",
]);

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/g, "\r")
    .replace(/%0A/g, "\n")
    .replace(/%3A/g, ":")
    .replace(/%2C/g, ",")
    .replace(/%25/g, "%");
}

/** Parses one stdout line as the runner's ActionCommand.TryParseV2 does; undefined when not a command. */
export function parseCommandLine(raw: string): WorkflowCommand | undefined {
  const message = raw.trimStart();
  if (!message.startsWith("::")) return undefined;
  const end = message.indexOf("::", 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(" ");
  const command = space < 0 ? info : info.slice(0, space);
  if (!KNOWN_COMMANDS.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const prop of info
      .slice(space + 1)
      .trim()
      .split(",")
      .filter((p) => p !== "")) {
      const eq = prop.indexOf("=");
      if (eq <= 0 || eq === prop.length - 1) continue;
      properties[prop.slice(0, eq)] = unescapeProperty(prop.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)), line: raw };
}

/**
 * The workflow commands in a stdout text, honouring `::stop-commands::TOKEN` … `::TOKEN::` (lines in
 * between are not commands). The stop-commands command itself is included.
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const cmd = parseCommandLine(line);
    if (!cmd) continue;
    commands.push(cmd);
    if (cmd.command === "stop-commands" && cmd.data) stopToken = cmd.data;
  }
  return commands;
}

/** Runs an action (or a script) the way the runner does and collects what a workflow would see. */
export async function runAction(opts: RunActionOptions): Promise<RunActionResult> {
  const { dir, yml, script } = resolveAction(opts.action);
  const entry = opts.entry ?? "main";
  let file: string;
  if (script) file = script;
  else {
    const rel = entry === "post" ? yml?.runs?.post : yml?.runs?.main;
    if (!rel) throw new Error(`action ${dir} has no runs.${entry}`);
    file = join(dir, rel);
  }
  if (!existsSync(file)) throw new Error(`entry file missing: ${file} (is dist/ built and committed?)`);

  const temp = await mkdtemp(join(tmpdir(), "runner-"));
  const runnerTemp = join(temp, "_temp");
  const fileCommands = join(temp, "_runner_file_commands");
  const workspace = opts.workspace ?? join(temp, "workspace");
  await Promise.all([mkdir(runnerTemp), mkdir(fileCommands), mkdir(workspace, { recursive: true })]);
  const paths = {
    output: join(fileCommands, "set_output"),
    state: join(fileCommands, "save_state"),
    env: join(fileCommands, "set_env"),
    path: join(fileCommands, "add_path"),
    summary: join(fileCommands, "step_summary"),
    event: join(temp, "_github_workflow", "event.json"),
  };
  await mkdir(dirname(paths.event));
  await Promise.all([
    ...[paths.output, paths.state, paths.env, paths.path, paths.summary].map((p) => writeFile(p, "")),
    writeFile(paths.event, JSON.stringify(opts.event ?? {}, null, 2)),
  ]);

  const repository = opts.env?.GITHUB_REPOSITORY ?? "octo-org/octo-repo";
  const sha = opts.env?.GITHUB_SHA ?? "0123456789abcdef0123456789abcdef01234567";
  const ref = opts.env?.GITHUB_REF ?? "refs/heads/main";
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    HOME: process.env.HOME ?? temp,
    LANG: "C.UTF-8",
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: paths.output,
    GITHUB_STATE: paths.state,
    GITHUB_ENV: paths.env,
    GITHUB_PATH: paths.path,
    GITHUB_STEP_SUMMARY: paths.summary,
    GITHUB_EVENT_PATH: paths.event,
    GITHUB_EVENT_NAME: opts.eventName ?? "workflow_dispatch",
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split("/")[0] ?? "",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_NUMBER: "7",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ""),
    GITHUB_REF_TYPE: ref.startsWith("refs/tags/") ? "tag" : "branch",
    GITHUB_ACTOR: "octocat",
    GITHUB_TRIGGERING_ACTOR: "octocat",
    GITHUB_WORKFLOW: "test workflow",
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/test.yml@${ref}`,
    GITHUB_JOB: "test",
    GITHUB_ACTION: "__run",
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(temp, "_tool"),
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "runner-harness",
    RUNNER_ENVIRONMENT: "self-hosted",
  };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  const token = opts.token ?? "ghs_runnerharnesstoken000000000000000";
  const exprCtx: Record<string, string> = {
    "github.token": token,
    "github.repository": base.GITHUB_REPOSITORY ?? "",
    "github.sha": base.GITHUB_SHA ?? "",
    "github.ref": base.GITHUB_REF ?? "",
    "github.server_url": base.GITHUB_SERVER_URL ?? "",
    "github.api_url": base.GITHUB_API_URL ?? "",
    "github.run_id": base.GITHUB_RUN_ID ?? "",
    "github.actor": base.GITHUB_ACTOR ?? "",
    "github.workspace": workspace,
    "runner.temp": runnerTemp,
  };
  const env: Record<string, string> = { ...base };
  for (const [name, spec] of Object.entries(yml?.inputs ?? {})) {
    if (spec?.default !== undefined && spec.default !== null) {
      env[inputEnvName(name)] = expandDefault(String(spec.default), exprCtx);
    }
  }
  const unexpectedInputs: string[] = [];
  for (const [name, value] of Object.entries(opts.inputs ?? {})) {
    // The runner only warns ("Unexpected input(s)") and goes on; the result lists them for assertions.
    if (yml && !(yml.inputs && name in yml.inputs)) unexpectedInputs.push(name);
    env[inputEnvName(name)] = value;
  }
  for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value;

  const started = performance.now();
  const child = spawn(node24(), [file], { cwd: workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let timedOut = false;
  let signalled = false;
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    stdout += chunk;
    if (opts.signalOn && !signalled && opts.signalOn.stdout.test(stdout)) {
      signalled = true;
      child.kill(opts.signalOn.signal);
    }
    opts.onStdout?.(stdout);
  });
  child.stderr.on("data", (chunk: string) => {
    stderr += chunk;
  });
  const timers: NodeJS.Timeout[] = [
    setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, opts.timeoutMs),
  ];
  if (opts.signalAfterMs) {
    const { signal, ms } = opts.signalAfterMs;
    timers.push(setTimeout(() => child.kill(signal), ms));
  }
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res, rej) => {
    child.on("error", rej);
    child.on("close", (code, sig) => res([code, sig]));
  });
  for (const t of timers) clearTimeout(t);
  const durationMs = performance.now() - started;

  const read = (p: string) => readFile(p, "utf8").catch(() => "");
  const [outputText, stateText, envText, pathText, summary] = await Promise.all([
    read(paths.output),
    read(paths.state),
    read(paths.env),
    read(paths.path),
    read(paths.summary),
  ]);
  if (!opts.keepTemp) await rm(temp, { recursive: true, force: true });
  return {
    exitCode,
    signal,
    timedOut,
    outputs: parseFileCommand(outputText),
    summary,
    state: parseFileCommand(stateText),
    exportedEnv: parseFileCommand(envText),
    addedPath: pathText.split(/\r?\n/).filter((l) => l !== ""),
    stdout,
    stderr,
    commands: parseWorkflowCommands(stdout),
    durationMs,
    env,
    unexpectedInputs,
  };
}

/** Runs the action's main step, then its `post:` step with the saved state (the runner's order). */
export async function runWithPost(
  opts: RunActionOptions,
): Promise<{ main: RunActionResult; post: RunActionResult }> {
  const main = await runAction({ ...opts, entry: "main" });
  const post = await runAction({
    ...opts,
    entry: "post",
    state: main.state,
    signalAfterMs: undefined,
    signalOn: undefined,
  });
  return { main, post };
}

/** Commands of one kind (`error`, `warning`, `add-mask`…). */
export function commandsOf(result: RunActionResult, command: string): WorkflowCommand[] {
  return result.commands.filter((c) => c.command === command);
}
