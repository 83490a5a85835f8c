// Which Python runs a program that is a Python script: its `#!` line, found as the shell would find the
// program. The Alembic and compose sessions (migrations/session.ts, compose/session.ts) start that
// interpreter once and import the program's module once, instead of paying its start per call.

import { open } from "node:fs/promises";
import { basename, delimiter, isAbsolute, join } from "node:path";

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
