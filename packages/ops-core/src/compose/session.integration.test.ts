// The compose session against a real Python, with a stand-in `compose` package (compose/cli/main.py)
// whose main() does what each test asks: the protocol, isolation between calls, timeouts, abort, a server
// that dies, the fallbacks. The real docker-compose 1.29 through the session is compose.integration.test.ts.

import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CommandResult, type CommandRunner, runCommand } from "../process/run-command.js";
import { type ComposeSession, composeSession } from "./session.js";

const MAIN = `
import os, signal, sys, time
carried = []
def main():
    what, *rest = sys.argv[1:]
    if what == "env":
        print(os.environ.get(rest[0], "<unset>"), os.getcwd())
    elif what == "exit":
        print("to stdout")
        print("to stderr", file=sys.stderr)
        sys.exit(int(rest[0]))
    elif what == "raise":
        raise RuntimeError("boom")
    elif what == "message":
        sys.exit("a message instead of a code")
    elif what == "big":
        sys.stdout.write("x" * int(rest[0]))
    elif what == "stdin":
        print(len(sys.stdin.read()))
    elif what == "carry":
        carried.append(1)
        print(len(carried))
    elif what == "server":
        print(os.getppid())
    elif what == "wait-file":
        while not os.path.exists(rest[0]):
            time.sleep(0.01)
        print("saw it")
    elif what == "touch":
        open(rest[0], "w").close()
    elif what == "sleep":
        time.sleep(float(rest[0]))
    elif what == "ignore-term":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        print("ignoring", flush=True)
        time.sleep(30)
    elif what == "fds":
        print(" ".join(sorted(fd for fd in os.listdir("/proc/self/fd") if os.path.exists(f"/proc/self/fd/{fd}") and not os.readlink(f"/proc/self/fd/{fd}").startswith("/proc/"))))
    elif what == "selfkill":
        os.kill(os.getpid(), signal.SIGKILL)
`;

let dir: string;
let bin: string;
let env: NodeJS.ProcessEnv;
const fallbackCalls: string[] = [];
const fallback: CommandRunner = (argv, o) => {
  fallbackCalls.push(argv.join(" "));
  return runCommand(argv, o);
};
const sessions: ComposeSession[] = [];
const open = (options: Partial<{ program: string; env: NodeJS.ProcessEnv }> = {}) => {
  const s = composeSession(fallback, { program: "docker-compose", cwd: dir, env, ...options });
  sessions.push(s);
  return s;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ops-compose-session-"));
  await mkdir(join(dir, "lib", "compose", "cli"), { recursive: true });
  await writeFile(join(dir, "lib", "compose", "__init__.py"), "");
  await writeFile(join(dir, "lib", "compose", "cli", "__init__.py"), "");
  await writeFile(join(dir, "lib", "compose", "cli", "main.py"), MAIN);
  bin = join(dir, "bin");
  await mkdir(bin);
  await writeFile(
    join(bin, "docker-compose"),
    "#!/usr/bin/env python3\nimport sys\nfrom compose.cli.main import main\nsys.exit(main())\n",
  );
  await chmod(join(bin, "docker-compose"), 0o755);
  env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ""}`, PYTHONPATH: join(dir, "lib") };
});

afterAll(async () => {
  for (const s of sessions) await s.close();
  await rm(dir, { recursive: true, force: true });
});

const call = (run: CommandRunner, args: string[], o: Partial<Parameters<CommandRunner>[1]> = {}) =>
  run(["docker-compose", ...args], { cwd: dir, env, timeoutMs: 20_000, ...o });

const shape = (r: CommandResult) => ({ code: r.code, signal: r.signal, stdout: r.stdout, stderr: r.stderr });

describe("the compose session (a real Python, a stand-in compose)", () => {
  it("answers as a process would: exit codes, both streams, a traceback, a message exit, stdin empty", async () => {
    const ready: number[] = [];
    const s = composeSession(fallback, {
      program: "docker-compose",
      cwd: dir,
      env,
      onReady: (ms) => ready.push(ms),
    });
    sessions.push(s);
    const before = fallbackCalls.length;
    for (const args of [["exit", "0"], ["exit", "3"], ["message"], ["stdin"], ["env", "OPS_X"]]) {
      expect(shape(await call(s.run, args)), args.join(" ")).toEqual(shape(await call(runCommand, args)));
    }
    const raised = await call(s.run, ["raise"]);
    expect(raised.code).toBe(1);
    expect(raised.stderr).toMatch(/Traceback[\s\S]*RuntimeError: boom/);
    expect(fallbackCalls.length).toBe(before);
    expect(s.started).toBe(1);
    expect(ready).toHaveLength(1);
    expect(ready[0]).toBeGreaterThan(0);
  });

  it("each call has its own environment and folder, starts from the imported program (nothing carried) and holds none of the server's files", async () => {
    const s = open();
    const other = await mkdtemp(join(tmpdir(), "ops-compose-cwd-"));
    try {
      expect((await call(s.run, ["env", "RELEASE"], { env: { ...env, RELEASE: "1.2.3" } })).stdout).toBe(
        `1.2.3 ${dir}\n`,
      );
      expect((await call(s.run, ["env", "RELEASE"], { cwd: other })).stdout).toBe(`<unset> ${other}\n`);
      expect((await call(s.run, ["carry"])).stdout).toBe("1\n");
      expect((await call(s.run, ["carry"])).stdout).toBe("1\n");
      expect((await call(s.run, ["fds"])).stdout).toBe("0 1 2\n");
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it("runs calls side by side (one waits for a file the next one writes)", async () => {
    const s = open();
    const marker = join(dir, "marker");
    const waiting = call(s.run, ["wait-file", marker], { timeoutMs: 10_000 });
    await call(s.run, ["touch", marker]);
    const r = await waiting;
    expect(r).toMatchObject({ code: 0, stdout: "saw it\n", timedOut: false });
  });

  it("keeps the tail of a large output, as a process's bounded streams do", async () => {
    const s = open();
    const r = await call(s.run, ["big", String(3 * 1024 * 1024)], { maxOutputBytes: 1024 * 1024 });
    expect(r.stdout.startsWith(`… ${2 * 1024 * 1024} earlier bytes not kept\n`)).toBe(true);
    expect(r.stdout.length).toBe(1024 * 1024 + `… ${2 * 1024 * 1024} earlier bytes not kept\n`.length);
  });

  it("a timeout stops that call (SIGTERM, SIGKILL when ignored); the session goes on", async () => {
    const s = open();
    const slow = await call(s.run, ["sleep", "30"], { timeoutMs: 300 });
    expect(slow).toMatchObject({ code: null, signal: "SIGTERM", timedOut: true });
    const stubborn = await call(s.run, ["ignore-term"], { timeoutMs: 300 });
    expect(stubborn).toMatchObject({ code: null, signal: "SIGKILL", timedOut: true, stdout: "ignoring\n" });
    const killed = await call(s.run, ["selfkill"]);
    expect(killed).toMatchObject({ code: null, signal: "SIGKILL", timedOut: false });
    expect((await call(s.run, ["exit", "0"])).code).toBe(0);
    expect(s.started).toBe(1);
  });

  it("an abort stops the call, one aborted while the server was starting too", async () => {
    const early = new AbortController();
    early.abort();
    const fresh = open();
    expect(await call(fresh.run, ["sleep", "30"], { signal: early.signal })).toMatchObject({
      code: null,
      signal: "SIGTERM",
      timedOut: false,
    });
    const ac = new AbortController();
    const pending = call(fresh.run, ["sleep", "30"], { signal: ac.signal });
    setTimeout(() => ac.abort(), 200);
    expect(await pending).toMatchObject({ code: null, signal: "SIGTERM", timedOut: false });
    expect(fresh.started).toBe(1);
  });

  it("a server that dies stops its running call (said so) and later calls run as processes", async () => {
    const s = open();
    const server = Number((await call(s.run, ["server"])).stdout.trim());
    const pending = call(s.run, ["sleep", "30"]);
    await new Promise((r) => setTimeout(r, 200));
    process.kill(server, "SIGKILL");
    const r = await pending;
    expect(r).toMatchObject({ code: null, signal: "SIGKILL" });
    expect(r.stderr).toContain("the compose session ended during the call");
    const before = fallbackCalls.length;
    expect((await call(s.run, ["exit", "0"])).code).toBe(0);
    expect(fallbackCalls.length).toBe(before + 1);
  });

  it("removes its output folder when closed", async () => {
    const s = open();
    const server = (await call(s.run, ["server"])).stdout.trim();
    const output = (await readFile(`/proc/${server}/cmdline`, "utf8")).split("\0").filter(Boolean).at(-1);
    expect(output && existsSync(output)).toBe(true);
    await s.close();
    for (let i = 0; i < 200 && existsSync(output as string); i++) await new Promise((r) => setTimeout(r, 25));
    expect(existsSync(output as string)).toBe(false);
  });

  it("leaves to processes what it cannot take: stdin input, another program, a missing folder, a non-Python program, a Python without compose", async () => {
    const s = open();
    let before = fallbackCalls.length;
    await call(s.run, ["stdin"], { input: "abc" });
    await s.run(["python3", "-c", "pass"], { timeoutMs: 10_000 });
    expect(fallbackCalls.length).toBe(before + 2);
    // a folder that is not there: the process's own error (spawn fails), not a Python traceback
    const gone = join(dir, "no-such-folder");
    const [viaSession, asProcess] = await Promise.allSettled([
      call(s.run, ["exit", "0"], { cwd: gone }),
      call(runCommand, ["exit", "0"], { cwd: gone }),
    ]);
    expect(viaSession.status).toBe("rejected");
    expect(String((viaSession as PromiseRejectedResult).reason)).toBe(
      String((asProcess as PromiseRejectedResult).reason),
    );
    expect(fallbackCalls.length).toBe(before + 3);
    expect(s.started).toBe(1);

    const shellBin = await mkdtemp(join(tmpdir(), "ops-compose-sh-"));
    try {
      await writeFile(join(shellBin, "docker-compose"), '#!/bin/sh\necho shell "$@"\n');
      await chmod(join(shellBin, "docker-compose"), 0o755);
      const shellEnv = { ...env, PATH: `${shellBin}${delimiter}${process.env.PATH ?? ""}` };
      const sh = open({ env: shellEnv });
      before = fallbackCalls.length;
      expect((await call(sh.run, ["ps"], { env: shellEnv })).stdout).toBe("shell ps\n");
      expect(fallbackCalls.length).toBe(before + 1);
      expect(sh.started).toBe(0);
    } finally {
      await rm(shellBin, { recursive: true, force: true });
    }

    const noCompose = { ...env, PYTHONPATH: "" };
    const bare = open({ env: noCompose });
    before = fallbackCalls.length;
    const r = await call(bare.run, ["exit", "0"], { env: noCompose });
    expect(r.stderr).toContain("ModuleNotFoundError");
    expect(fallbackCalls.length).toBe(before + 1);
    expect(bare.started).toBe(1);
  });
});
