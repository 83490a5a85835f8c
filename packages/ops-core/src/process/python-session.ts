// What the Alembic and compose sessions (migrations/session.ts, compose/session.ts) share: finding the Python
// behind a program that is a Python script (its `#!` line, the program found as the shell would find it),
// the line protocol on the interpreter's reply pipe, and letting Node end without waiting for it. Each
// session starts that interpreter once and imports the program's module once, instead of paying its
// start per call.

import type { ChildProcess } from "node:child_process";
import { open } from "node:fs/promises";
import { basename, delimiter, isAbsolute, join } from "node:path";
import type { CommandRunner } from "./run-command.js";

/** A session on one interpreter, as its callers see it. */
export interface InterpreterSession {
  /** The runner to hand to the adapter (createAlembic, createCompose). */
  run: CommandRunner;
  /** Interpreters started. */
  readonly started: number;
  /** Ends the interpreter: its request pipe is closed, its exit not waited for. */
  close(): Promise<void>;
}

/** Where a session's interpreter starts, its environment, and who is told when it is ready. */
export interface InterpreterOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Told how long the interpreter took to be ready (its start and the program's import), once. */
  onReady?: (durationMs: number) => void;
}

/** Calls `onLine` with each line (without its newline) the interpreter writes to `stream`. */
export function onLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  let buffered = "";
  stream?.on("data", (d: Buffer) => {
    buffered += d.toString("utf8");
    for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      onLine(line);
    }
  });
}

/**
 * Ends the requests (fd 4) and lets Node exit without waiting for the interpreter: it ends on the end of
 * its request pipe, and its exit would count against the run's wall time.
 */
export function detach(proc: ChildProcess): void {
  (proc.stdio[4] as NodeJS.WritableStream | null)?.end();
  proc.unref();
  for (const stream of proc.stdio) (stream as { unref?: () => void } | null)?.unref?.();
}

export const PYTHON = /^python(\d+(\.\d+)*)?$/;

/**
 * The interpreter argv of `program` when its `#!` line names a Python (`#!/usr/bin/python3`,
 * `#!/usr/bin/env python3`, a virtualenv's python; an interpreter option such as -E or -s is kept), or
 * undefined: not found, not a script, another interpreter.
 */
export async function scriptInterpreter(
  program: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<string[] | undefined> {
  const line = await scriptLine(program, env, cwd);
  const m = /^#!\s*(\S+)(?:[ \t]+(\S+))?[ \t]*$/.exec(line ?? "");
  if (!m?.[1]) return undefined;
  if (basename(m[1]) === "env") return m[2] && PYTHON.test(basename(m[2])) ? [m[2]] : undefined;
  if (!PYTHON.test(basename(m[1]))) return undefined;
  return m[2] ? [m[1], m[2]] : [m[1]];
}

/** The first line of `program` as the shell would find it (a path, or the first on PATH that exists). */
async function scriptLine(program: string, env: NodeJS.ProcessEnv, cwd: string): Promise<string | undefined> {
  if (program.includes("/")) return firstLine(isAbsolute(program) ? program : join(cwd, program));
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const line = await firstLine(join(dir, program));
    if (line !== undefined) return line;
  }
  return undefined;
}

async function firstLine(path: string): Promise<string | undefined> {
  let file: Awaited<ReturnType<typeof open>> | undefined;
  try {
    file = await open(path, "r");
    const buf = Buffer.alloc(512);
    const { bytesRead } = await file.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString("utf8").split("\n")[0] ?? "";
  } catch {
    return undefined;
  } finally {
    await file?.close().catch(() => undefined);
  }
}
