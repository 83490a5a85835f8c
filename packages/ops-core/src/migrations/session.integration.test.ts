// The Alembic session (session.ts): which commands it takes, one interpreter for a run's calls, and what
// it does when it cannot take one (the per-call process instead), with Debian's real /usr/bin/alembic.
// That each command answers as the per-call process does is alembic.integration.test.ts (every case in
// both modes) and postgres.integration.test.ts (an env.py that never commits: the result check reads
// the database through a new connection and finds it at base; on SQLite that env.py commits anyway).

import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ScratchDb, scratchDb } from "@ops/testkit/stack";
import { afterEach, describe, expect, it } from "vitest";
import { type CommandRunner, runCommand } from "../process/run-command.js";
import { createAlembic } from "./alembic.js";
import { type AlembicSession, alembicInterpreter, alembicSession } from "./session.js";

const ALEMBIC = process.env.ALEMBIC ?? "/usr/bin/alembic";
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ops-session-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function script(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  await chmod(path, 0o755);
  return path;
}

async function db(revision?: string): Promise<ScratchDb> {
  const d = await scratchDb(revision ? { revision } : {});
  cleanups.push(() => d.remove());
  return d;
}

/** The per-call runner, counting what reaches it. */
function countingFallback(): { run: CommandRunner; argvs: string[][] } {
  const argvs: string[][] = [];
  return {
    argvs,
    run: (argv, o) => {
      argvs.push([...argv]);
      return runCommand(argv, o);
    },
  };
}

function session(fallback: CommandRunner, d: ScratchDb, command = [ALEMBIC]): AlembicSession {
  const s = alembicSession(fallback, { command, cwd: d.dbDir, env: d.env });
  cleanups.push(() => s.close());
  return s;
}

/** The adapter over a session, on the scratch database's project. */
function alembicVia(s: AlembicSession, d: ScratchDb, timeoutMs = 60_000) {
  return createAlembic({ run: s.run, command: [ALEMBIC], directory: d.dbDir, env: d.env, timeoutMs });
}

describe("the interpreter behind alembic-command", () => {
  it("reads the #! line of an alembic script, or takes python -m alembic; anything else is not Alembic itself", async () => {
    const dir = await tempDir();
    const env = { PATH: dir };
    await script(dir, "alembic", "#!/usr/bin/python3\nfrom alembic.config import main\nmain()\n");
    expect(await alembicInterpreter(["alembic"], env, dir)).toEqual(["/usr/bin/python3"]);
    expect(await alembicInterpreter(["python3", "-m", "alembic"], env, dir)).toEqual(["python3"]);
    expect(await alembicInterpreter(["/opt/py/bin/python3.11", "-m", "alembic"], env, dir)).toEqual([
      "/opt/py/bin/python3.11",
    ]);
    const venv = await tempDir();
    await script(venv, "alembic", "#!/srv/app/.venv/bin/python -E\nimport sys\n");
    expect(await alembicInterpreter([join(venv, "alembic")], env, dir)).toEqual([
      "/srv/app/.venv/bin/python",
      "-E",
    ]);
    const viaEnv = await tempDir();
    await script(viaEnv, "alembic", "#!/usr/bin/env python3\nimport sys\n");
    expect(await alembicInterpreter(["alembic"], { PATH: viaEnv }, dir)).toEqual(["python3"]);
    const wrapper = await tempDir();
    await script(wrapper, "alembic", '#!/bin/sh\nexec /usr/bin/alembic "$@"\n');
    expect(await alembicInterpreter(["alembic"], { PATH: wrapper }, dir)).toBeUndefined();
    expect(await alembicInterpreter(["poetry", "run", "alembic"], env, dir)).toBeUndefined();
    expect(await alembicInterpreter(["python3", "-m", "alembic", "-c", "x.ini"], env, dir)).toBeUndefined();
    expect(await alembicInterpreter(["alembic"], { PATH: "/nonexistent" }, dir)).toBeUndefined();
    expect(await alembicInterpreter(["alembic"], {}, dir)).toBeUndefined();
  });
});

describe("an Alembic session (real alembic, SQLite)", () => {
  it("runs a run's calls in one interpreter and sends nothing to the per-call runner", async () => {
    const d = await db();
    const fallback = countingFallback();
    const s = session(fallback.run, d);
    const alembic = alembicVia(s, d);
    expect(await alembic.current()).toBeNull();
    expect(await alembic.heads()).toEqual(["0003"]);
    const up = await alembic.upgrade("head", undefined, { heads: ["0003"] });
    expect(up.revisionsAfter).toEqual(["0003"]);
    const down = await alembic.downgrade("0001");
    expect(down.steps.map((x) => `${x.from}->${x.to ?? "base"}`)).toEqual(["0003->0002", "0002->0001"]);
    expect(await alembic.current()).toBe("0001");
    expect(s.started).toBe(1);
    expect(fallback.argvs).toEqual([]);
  });

  it("leaves to the per-call runner what is not its own: another command, folder or environment, stdin", async () => {
    const d = await db();
    const fallback = countingFallback();
    const s = session(fallback.run, d);
    await s.run(["true"], { cwd: d.dbDir, env: d.env, timeoutMs: 10_000 });
    await s.run([ALEMBIC, "heads"], { cwd: d.dir, env: d.env, timeoutMs: 60_000 });
    await s.run([ALEMBIC, "heads"], { cwd: d.dbDir, env: { ...d.env }, timeoutMs: 60_000 });
    await s.run([ALEMBIC, "heads"], { cwd: d.dbDir, env: d.env, timeoutMs: 60_000, input: "" });
    expect(fallback.argvs.map((a) => a.join(" "))).toEqual([
      "true",
      `${ALEMBIC} heads`,
      `${ALEMBIC} heads`,
      `${ALEMBIC} heads`,
    ]);
    expect(s.started).toBe(0);
  });

  it("an interpreter that cannot import Alembic: every call goes to the per-call runner", async () => {
    const d = await db();
    const dir = await tempDir();
    // a Python that does not see the site packages Alembic is installed in
    await script(dir, "python3", '#!/bin/sh\nexec /usr/bin/python3 -I -S "$@"\n');
    const fake = await script(dir, "alembic", `#!${join(dir, "python3")}\nimport sys\n`);
    const fallback: CommandRunner = (argv, o) =>
      runCommand([ALEMBIC, ...argv.slice(1)], o).then((r) => ({ ...r, argv }));
    const s = session(fallback, d, [fake]);
    const r = await s.run([fake, "heads"], { cwd: d.dbDir, env: d.env, timeoutMs: 60_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0003 (head)");
    expect(s.started).toBe(1);
  });

  it("a command that outlives its timeout is killed as a process would be; the next call runs on its own", async () => {
    const d = await db("0003");
    await d.addRevision({
      revision: "0004",
      downRevision: "0003",
      message: "slow",
      upgrade: "import time\ntime.sleep(60)",
    });
    const fallback = countingFallback();
    const s = session(fallback.run, d);
    const alembic = alembicVia(s, d, 4_000);
    expect(await alembic.current()).toBe("0003");
    const timedOut = await s.run([ALEMBIC, "upgrade", "head"], {
      cwd: d.dbDir,
      env: d.env,
      timeoutMs: 1_500,
    });
    expect(timedOut).toMatchObject({ code: null, timedOut: true });
    expect(await alembic.current()).toBe("0003");
    expect(fallback.argvs.map((a) => a.slice(1).join(" "))).toEqual(["current"]);
    expect(s.started).toBe(1);
  });
});
