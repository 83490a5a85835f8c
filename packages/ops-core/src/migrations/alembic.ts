// The Alembic CLI through runCommand (argument arrays, a timeout on every call). Alembic 1.8 facts this
// relies on: INFO lines go to stderr; `current` prints `0003 (head)` (one line per head, nothing at base);
// a refused command (unknown revision, `downgrade -1` at base, several heads for `head`) exits 255 with
// `FAILED: …`; a migration that raises exits 1 with a traceback. `current --check-heads` does not exist
// in 1.8, so heads are checked with `heads`.

import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError, RefusalError, TransientError } from "../action/errors.js";
import { type CommandResult, type CommandRunner, describeExit } from "../process/run-command.js";
import { type MigrationInfo, migrationsBetween, readGraph } from "./graph.js";

export interface AlembicOptions {
  run: CommandRunner;
  /** The folder holding alembic.ini (Alembic runs there). */
  directory: string;
  /** The Alembic argv prefix; default ["alembic"] (e.g. ["python3", "-m", "alembic"]). */
  command?: readonly string[];
  /** `-c`, relative to `directory`; default alembic.ini. */
  config?: string;
  /** `-x name=value` arguments, e.g. { db_url: "sqlite:////tmp/scratch.db" }. */
  x?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Per call; default 5 min (migrations can be slow). */
  timeoutMs?: number;
}

/** Alembic refused the command (exit 255, `FAILED: …`): unknown revision, several heads, bad config. */
export class AlembicFailedError extends Error {
  readonly argv: readonly string[];
  readonly reason: string;
  readonly output: string;
  constructor(command: string, reason: string, result: CommandResult) {
    super(`alembic ${command} failed: ${reason}`);
    this.name = "AlembicFailedError";
    this.argv = result.argv;
    this.reason = reason;
    this.output = joinOutput(result);
  }
}

/** A migration raised (exit 1): which step was running, and the exception's last line. */
export class MigrationError extends Error {
  readonly argv: readonly string[];
  /** The step running when it failed, e.g. { from: "0003", to: "0004", direction: "upgrade" }. */
  readonly step: MigrationStep | undefined;
  /** The exception line, e.g. `sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) no such table: x`. */
  readonly exception: string;
  readonly output: string;
  constructor(command: string, step: MigrationStep | undefined, exception: string, result: CommandResult) {
    const where = step ? ` in ${step.direction} ${step.from ?? "<base>"} -> ${step.to ?? "<base>"}` : "";
    super(`alembic ${command} failed${where}: ${exception}`);
    this.name = "MigrationError";
    this.argv = result.argv;
    this.step = step;
    this.exception = exception;
    this.output = joinOutput(result);
  }
}

/**
 * Alembic exited 0 but `alembic current` is not where the command was to take the database: an env.py that
 * never commits (a SQLAlchemy 2.0-style connection without `context.begin_transaction()`), a migration
 * that swallowed its error, or a `-x`/DATABASE_URL pointing somewhere else.
 */
export class RevisionMismatchError extends Error {
  readonly argv: readonly string[];
  /** Where the command was to take the database (null = base). */
  readonly expected: string | null;
  /** Where `alembic current` says it is ([] = base). */
  readonly actual: string[];
  readonly output: string;
  constructor(target: string, expected: string | null, actual: string[], result: CommandResult) {
    super(revisionMismatch(target, expected, actual));
    this.name = "RevisionMismatchError";
    this.argv = result.argv;
    this.expected = expected;
    this.actual = actual;
    this.output = joinOutput(result);
  }
}

/** `alembic exited 0 but the database is at base; head is 0003`. Pure. */
export function revisionMismatch(target: string, expected: string | null, actual: readonly string[]): string {
  const at = actual.length === 0 ? "base" : actual.join(", ");
  const want =
    target === "head" || target === "heads"
      ? `head is ${expected ?? "base"}`
      : `the target is ${expected ?? "base"}`;
  return `alembic exited 0 but the database is at ${at}; ${want}`;
}

/**
 * The revision an `upgrade`/`downgrade` target names when it can be known without Python: `head`, `base`,
 * or a plain revision id; undefined for relative (`+1`, `-1`, `ae10+2`) and branch (`x@head`) targets.
 */
function absoluteTarget(target: string): "head" | "base" | "revision" | undefined {
  if (target === "head" || target === "heads") return "head";
  if (target === "base") return "base";
  return /^[0-9A-Za-z_]+$/.test(target) ? "revision" : undefined;
}

/** Several heads where exactly one is required. */
export class MultipleHeadsError extends RefusalError {
  readonly heads: readonly string[];
  constructor(heads: readonly string[]) {
    super(
      `Alembic has ${heads.length} heads (${heads.join(", ")}): merge them (alembic merge heads) before deploying`,
      [`alembic heads: ${heads.join(", ")}`],
    );
    this.heads = heads;
  }
}

export interface MigrationStep {
  direction: "upgrade" | "downgrade";
  /** null = base. */
  from: string | null;
  to: string | null;
  message?: string;
}

export interface MigrationRun {
  /** The steps Alembic ran, in order (from its INFO lines). */
  steps: MigrationStep[];
  output: string;
  durationMs: number;
  /**
   * What `alembic current` said right after the command (the result check; [] = base); undefined for a
   * relative or branch target, which is not checked. A caller can take it as the database's revision
   * now instead of asking Alembic again.
   */
  revisionsAfter?: string[];
}

/** What the caller already knows, so the result check asks Alembic only what it does not. */
export interface MigrateOptions {
  /** `alembic heads` of this run (the files do not change during a run): not asked again for `head`. */
  heads?: readonly string[];
}

function joinOutput(result: CommandResult): string {
  return [result.stdout, result.stderr].filter((s) => s.trim() !== "").join("\n");
}

/** `0003 (head)` lines → revisions (in order, no duplicates). Pure. */
export function parseRevisions(stdout: string): string[] {
  const out: string[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^([0-9A-Za-z_]+)(?:\s+\(|\s*$)/.exec(line.trim());
    if (m?.[1] && !out.includes(m[1])) out.push(m[1]);
  }
  return out;
}

/** `Running upgrade 0001 -> 0002, message` INFO lines → steps. Pure. */
export function parseSteps(output: string): MigrationStep[] {
  const steps: MigrationStep[] = [];
  for (const m of output.matchAll(/Running (upgrade|downgrade) ([^\s,]*) -> ([^\s,]*)(?:, (.*))?$/gm)) {
    const rev = (r: string | undefined) => (r && r !== "" ? r : null);
    steps.push({
      direction: m[1] as "upgrade" | "downgrade",
      from: rev(m[2]),
      to: rev(m[3]),
      ...(m[4] ? { message: m[4].trim() } : {}),
    });
  }
  return steps;
}

/** The `FAILED: …` reason (stdout or stderr). Pure. */
export function failedReason(output: string): string | undefined {
  return /^FAILED: (.+)$/m.exec(output)?.[1]?.trim();
}

/** The exception line at the end of a Python traceback. Pure. */
export function exceptionLine(output: string): string {
  const lines = output
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "");
  const tb = lines.findLastIndex((l) => l.startsWith("Traceback"));
  const after = tb >= 0 ? lines.slice(tb + 1) : lines;
  const exception = after
    .filter((l) => /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning)?:\s/.test(l))
    .at(-1);
  return exception ?? lines.at(-1) ?? "no output";
}

export interface Alembic {
  /** The folder holding alembic.ini. */
  readonly directory: string;
  /** The config file name (`-c`), default alembic.ini. */
  readonly config: string;
  /** The argv for `alembic <args>` (for plans and summaries). */
  argv(args: readonly string[]): string[];
  /** Runs `alembic <args>`; resolves whatever the exit code (times out → TransientError). */
  raw(args: readonly string[], signal?: AbortSignal): Promise<CommandResult>;
  /** The database's revision(s); [] for an empty database (base). */
  currentRevisions(signal?: AbortSignal): Promise<string[]>;
  /** The single current revision, null at base; throws when the database is at several heads. */
  current(signal?: AbortSignal): Promise<string | null>;
  heads(signal?: AbortSignal): Promise<string[]>;
  /** The one head; MultipleHeadsError (a refusal) when there are several, ConfigurationError when none. */
  requireSingleHead(signal?: AbortSignal): Promise<string>;
  /** `upgrade target` (default head), then `current` must be the target: RevisionMismatchError if not. */
  upgrade(target?: string, signal?: AbortSignal, options?: MigrateOptions): Promise<MigrationRun>;
  /** `downgrade target`, then `current` must be the target: RevisionMismatchError if not. */
  downgrade(target: string, signal?: AbortSignal, options?: MigrateOptions): Promise<MigrationRun>;
  /** `alembic history` raw text (the graph is read from the files: see graph.ts). */
  history(signal?: AbortSignal): Promise<string>;
  /** The same project against another database (`-x db_url=…`, DATABASE_URL). */
  withDatabase(url: string): Alembic;
}

export function createAlembic(options: AlembicOptions): Alembic {
  const prefix = [
    ...(options.command ?? ["alembic"]),
    ...(options.config ? ["-c", options.config] : []),
    ...Object.entries(options.x ?? {}).flatMap(([k, v]) => ["-x", `${k}=${v}`]),
  ];
  const argv = (args: readonly string[]) => [...prefix, ...args];

  const raw = async (args: readonly string[], signal?: AbortSignal): Promise<CommandResult> => {
    let result: CommandResult;
    try {
      result = await options.run(argv(args), {
        cwd: options.directory,
        timeoutMs: options.timeoutMs ?? 300_000,
        ...(options.env ? { env: options.env } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw new ConfigurationError(
        `cannot run ${prefix[0]}: ${error instanceof Error ? error.message : String(error)}`,
        {
          input: "alembic-command",
          cause: error,
        },
      );
    }
    if (result.timedOut) throw new TransientError(`alembic ${args.join(" ")} ${describeExit(result)}`);
    return result;
  };

  /** Runs and classifies a failure: 255 + FAILED → AlembicFailedError; otherwise MigrationError. */
  const checked = async (args: readonly string[], signal?: AbortSignal): Promise<CommandResult> => {
    const result = await raw(args, signal);
    if (result.code === 0) return result;
    const output = joinOutput(result);
    const command = args.join(" ");
    const reason = failedReason(output);
    if (reason !== undefined || result.code === 255) {
      throw new AlembicFailedError(command, reason ?? exceptionLine(output), result);
    }
    if (result.code === 1 && /Traceback/.test(output)) {
      throw new MigrationError(command, parseSteps(output).at(-1), exceptionLine(output), result);
    }
    if (result.code === 2) {
      throw new ConfigurationError(`alembic ${command} was refused as bad usage: ${exceptionLine(output)}`, {
        input: "alembic-command",
      });
    }
    throw new MigrationError(
      command,
      parseSteps(output).at(-1),
      `${describeExit(result)}: ${exceptionLine(output)}`,
      result,
    );
  };

  /**
   * Runs `upgrade`/`downgrade target` and checks its result, not its exit code: afterwards `alembic
   * current` must be the target (the head for `head`), else RevisionMismatchError.
   */
  const migrate = async (
    direction: "upgrade" | "downgrade",
    target: string,
    signal?: AbortSignal,
    known: MigrateOptions = {},
  ): Promise<MigrationRun> => {
    const kind = absoluteTarget(target);
    const result = await checked([direction, target], signal);
    const output = joinOutput(result);
    if (kind === undefined) return { steps: parseSteps(output), output, durationMs: result.durationMs };
    // The heads come from the files, which the run does not change: the run's own answer when it has one.
    const heads = kind === "head" ? (known.heads ? [...known.heads] : await alembic.heads(signal)) : [];
    const expected = kind === "head" ? heads : kind === "base" ? [] : [target];
    const actual = await alembic.currentRevisions(signal);
    const same = actual.length === expected.length && expected.every((r) => actual.includes(r));
    if (!same) {
      throw new RevisionMismatchError(target, kind === "base" ? null : expected.join(", "), actual, result);
    }
    return { steps: parseSteps(output), output, durationMs: result.durationMs, revisionsAfter: actual };
  };

  const alembic: Alembic = {
    directory: options.directory,
    config: options.config ?? "alembic.ini",
    argv,
    raw,
    async currentRevisions(signal) {
      return parseRevisions((await checked(["current"], signal)).stdout);
    },
    async current(signal) {
      const revisions = await alembic.currentRevisions(signal);
      if (revisions.length > 1) throw new MultipleHeadsError(revisions);
      return revisions[0] ?? null;
    },
    async heads(signal) {
      return parseRevisions((await checked(["heads"], signal)).stdout);
    },
    async requireSingleHead(signal) {
      const heads = await alembic.heads(signal);
      if (heads.length === 0)
        throw new ConfigurationError("Alembic found no revisions (no head)", { input: "alembic-directory" });
      if (heads.length > 1) throw new MultipleHeadsError(heads);
      return heads[0] as string;
    },
    upgrade: (target = "head", signal, known) => migrate("upgrade", target, signal, known),
    downgrade: (target, signal, known) => migrate("downgrade", target, signal, known),
    async history(signal) {
      return (await checked(["history"], signal)).stdout;
    },
    withDatabase(url) {
      return createAlembic({
        ...options,
        x: { ...options.x, db_url: url },
        env: { ...(options.env ?? process.env), DATABASE_URL: url },
      });
    },
  };
  return alembic;
}

// ---------------------------------------------------------------------------------------------------
// The runbook's migration test: upgrade head → downgrade to the previous head → upgrade head, on a
// scratch copy of the database (never the real one).

export interface MigrationTestStep {
  name: string;
  argv: string[];
  ok: boolean;
  durationMs: number;
  /** The revision after the step (read with `current`). */
  revision: string | null | undefined;
  error?: string;
}

export interface MigrationTestResult {
  ok: boolean;
  head: string | undefined;
  previousHead: string | null | undefined;
  steps: MigrationTestStep[];
  /** The scratch database used (removed afterwards unless `keep`). */
  scratchUrl: string;
}

export interface MigrationTestOptions {
  /**
   * The revision to go back to; default the starting database's revision, or for an empty database the
   * head's parent (read from the migration files).
   */
  previousHead?: string | null;
  /** A SQLite file to copy as the starting point; default an empty scratch database. */
  sqliteSource?: string;
  /** A database URL to use as is instead of a SQLite scratch copy (the caller made and owns it). */
  scratchUrl?: string;
  keep?: boolean;
  signal?: AbortSignal;
}

/**
 * Runs the migration test on a scratch database: upgrade head, downgrade to the previous head (default:
 * the revision the starting database was at, i.e. what production runs now), upgrade head again, checking
 * `current` after each step. Stops at the first failing step; never throws for a failing migration.
 */
export async function testMigrations(
  alembic: Alembic,
  options: MigrationTestOptions = {},
): Promise<MigrationTestResult> {
  let dir: string | undefined;
  let url = options.scratchUrl;
  if (!url) {
    dir = await mkdtemp(join(tmpdir(), "ops-migration-test-"));
    const path = join(dir, "scratch.db");
    if (options.sqliteSource) await copyFile(options.sqliteSource, path);
    url = `sqlite:///${path}`;
  }
  const db = alembic.withDatabase(url);
  const steps: MigrationTestStep[] = [];
  let head: string | undefined;
  let previousHead: string | null | undefined = options.previousHead;
  try {
    head = await db.requireSingleHead(options.signal);
    if (previousHead === undefined) {
      previousHead = await db.current(options.signal);
      // An empty scratch database: go back to the head's parent (the previous release's head).
      if (previousHead === null) {
        const graph = await readGraph(alembic.directory, alembic.config);
        previousHead = graph.nodes.get(head)?.downRevisions[0] ?? null;
      }
    }
    const plan: Array<{
      name: string;
      target: string;
      direction: "upgrade" | "downgrade";
      expect: string | null;
    }> = [
      { name: "upgrade head", target: "head", direction: "upgrade", expect: head },
      {
        name: `downgrade ${previousHead ?? "base"} (previous head)`,
        target: previousHead ?? "base",
        direction: "downgrade",
        expect: previousHead,
      },
      { name: "upgrade head again", target: "head", direction: "upgrade", expect: head },
    ];
    for (const step of plan) {
      const started = performance.now();
      const args = [step.direction, step.target];
      try {
        if (step.direction === "upgrade") await db.upgrade(step.target, options.signal);
        else await db.downgrade(step.target, options.signal);
        const revision = await db.current(options.signal);
        const ok = revision === step.expect;
        steps.push({
          name: step.name,
          argv: db.argv(args),
          ok,
          durationMs: performance.now() - started,
          revision,
          ...(ok
            ? {}
            : {
                error: `expected revision ${step.expect ?? "base"}, the database is at ${revision ?? "base"}`,
              }),
        });
        if (!ok) break;
      } catch (error) {
        let revision: string | null | undefined;
        try {
          revision = await db.current(options.signal);
        } catch {
          revision = undefined;
        }
        steps.push({
          name: step.name,
          argv: db.argv(args),
          ok: false,
          durationMs: performance.now() - started,
          revision,
          error: error instanceof Error ? error.message : String(error),
        });
        break;
      }
    }
  } catch (error) {
    steps.push({
      name: "read heads and current revision",
      argv: db.argv(["heads"]),
      ok: false,
      durationMs: 0,
      revision: undefined,
      error: error instanceof Error ? error.message : String(error),
    });
  } finally {
    if (dir && !options.keep) await rm(dir, { recursive: true, force: true });
  }
  return { ok: steps.length === 3 && steps.every((s) => s.ok), head, previousHead, steps, scratchUrl: url };
}

export interface PendingMigrations {
  current: string | null;
  head: string;
  /** Oldest first: what `upgrade head` will apply. */
  pending: MigrationInfo[];
}

/** The database's revision, the single head, and the migrations between them (from the files). */
export async function pendingMigrations(alembic: Alembic, signal?: AbortSignal): Promise<PendingMigrations> {
  const head = await alembic.requireSingleHead(signal);
  const current = await alembic.current(signal);
  const graph = await readGraph(alembic.directory, alembic.config);
  return { current, head, pending: migrationsBetween(graph, current, head) };
}

/**
 * What `downgrade target` would undo from `from` (newest first), with each downgrade's destructive
 * operations: the rollback refuses a destructive downgrade unless confirmed.
 */
export async function downgradePlan(
  alembic: Alembic,
  from: string,
  target: string | null,
): Promise<{ undo: MigrationInfo[]; destructive: Array<{ revision: string; operations: string[] }> }> {
  const graph = await readGraph(alembic.directory, alembic.config);
  const undo = migrationsBetween(graph, target, from).reverse();
  return {
    undo,
    destructive: undo
      .filter((m) => m.destructiveDowngrade.length > 0)
      .map((m) => ({ revision: m.revision, operations: m.destructiveDowngrade })),
  };
}
