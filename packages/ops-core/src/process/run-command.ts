// Child processes, always as an argument array (never a shell string), always with a timeout, output
// bounded, and cancellable. Every adapter (compose, alembic, smoke and backup commands) goes through here.
//
// Why not @actions/exec (3.0.0, on the users' design card): it cannot stop a child. It has no run
// timeout (its `delay` only waits for stdio after exit), takes no AbortSignal and never hands out the
// ChildProcess, so a hung `alembic upgrade` or `docker-compose up` would hold the step until the job's
// timeout and a cancelled run could not kill it. `getExecOutput` keeps all output in memory (a container
// log can be gigabytes), `exec` echoes `[command]<argv>` to stdout (untrusted arguments, and wrong for the
// `ops` CLI). This wrapper is node:child_process with exactly what a production step needs added: a
// timeout (SIGTERM, then SIGKILL), bounded tails of stdout and stderr, kill on abort.

import { spawn } from "node:child_process";
import { TransientError } from "../action/errors.js";

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the process after this many milliseconds (SIGTERM, then SIGKILL 2 s later). */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Keep at most this many bytes of each stream (the tail is kept). Default 4 MiB. */
  maxOutputBytes?: number;
  /** Text written to the process's standard input; otherwise stdin is closed. */
  input?: string;
}

export interface CommandResult {
  argv: readonly string[];
  /** The exit code; null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

/** The port adapters take, so tests can hand in a fake. */
export type CommandRunner = (argv: readonly string[], options: CommandOptions) => Promise<CommandResult>;

/**
 * Runs `argv[0]` with the rest as arguments. Resolves with the result whatever the exit code; rejects only
 * when the program cannot be started (e.g. not installed), with a message saying which.
 */
export const runCommand: CommandRunner = (argv, options) =>
  new Promise((resolve, reject) => {
    const [file, ...args] = argv;
    if (!file) {
      reject(new Error("runCommand: empty argument list"));
      return;
    }
    const max = options.maxOutputBytes ?? 4 * 1024 * 1024;
    const started = performance.now();
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: [options.input !== undefined ? "pipe" : "ignore", "pipe", "pipe"],
      shell: false,
    });
    const out = new BoundedBuffer(max);
    const err = new BoundedBuffer(max);
    child.stdout?.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    if (options.input !== undefined) child.stdin?.end(options.input);

    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      killTimer = setTimeout(() => child.kill("SIGKILL"), 2000);
      killTimer.unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    timer.unref();
    const onAbort = () => kill();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    // aborted before it started: stopped at once
    if (options.signal?.aborted) kill();

    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      const why = error.code === "ENOENT" ? `${file} is not installed or not on PATH` : error.message;
      reject(new TransientError(`could not run ${file}: ${why}`, { cause: error }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
      resolve({
        argv,
        code,
        signal,
        stdout: out.text(),
        stderr: err.text(),
        timedOut,
        durationMs: performance.now() - started,
      });
    });
  });

/** Keeps the last `max` bytes of a stream. */
export class BoundedBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = 0;
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 1) {
      const first = this.chunks.shift() as Buffer;
      this.size -= first.length;
      this.dropped += first.length;
    }
  }
  text(): string {
    let all = Buffer.concat(this.chunks);
    let dropped = this.dropped;
    if (all.length > this.max) {
      dropped += all.length - this.max;
      all = all.subarray(all.length - this.max);
    }
    const body = all.toString("utf8");
    return dropped > 0 ? `… ${dropped} earlier bytes not kept\n${body}` : body;
  }
}

/** A one-line description of how a command ended, for errors and summaries. */
export function describeExit(result: CommandResult): string {
  if (result.timedOut) return `timed out after ${Math.round(result.durationMs)} ms`;
  if (result.signal) return `killed by ${result.signal}`;
  return `exited with code ${result.code}`;
}

/** The line of a command's output that says what went wrong (the first error-looking one, else the last). */
export function errorLine(output: string): string {
  const lines = output
    .trim()
    .split("\n")
    .filter((l) => l.trim() !== "");
  return (lines.find((l) => /FAILED|Error|error/.test(l)) ?? lines.at(-1) ?? "no output").slice(0, 300);
}
