// Alembic in one Python process per run. Each `alembic` call costs about 0.5 s before it touches the
// database (measured on this 2-core machine: `python3 -c "import alembic.config, sqlalchemy"` 0.52-0.55 s,
// `python3 -c pass` 0.02 s), and a rollback asks three times (current, downgrade, the result check): the
// session starts the interpreter behind `alembic-command` once, imports Alembic once, and runs each
// command there through Alembic's own CommandLine, as the `alembic` script does. Each command still runs
// the project's env.py afresh (Alembic loads it per command), with its own engine and connection, so the
// result check after a migration reads the database through a new connection, as a new process would.
//
// What a caller sees is a CommandRunner: the same argv, exit code (255 for Alembic's FAILED, 1 with a
// traceback for a migration that raised, 2 for bad usage), stdout and stderr (the INFO lines: env.py's
// logging writes to the stderr of the moment). Anything it cannot run that way goes to the fallback
// runner as one process per call: a command it does not recognise as Alembic's own script or `python -m
// alembic` (`poetry run alembic`, a wrapper script), another directory or environment, or an interpreter
// that cannot import Alembic. A command that times out or is aborted kills the interpreter (as it would
// kill the process) and later calls go to the fallback.

import { type ChildProcess, spawn } from "node:child_process";
import { basename } from "node:path";
import {
  detach,
  type InterpreterOptions,
  type InterpreterSession,
  onLines,
  PYTHON,
  scriptInterpreter,
} from "../process/python-session.js";
import { BoundedBuffer, type CommandResult, type CommandRunner } from "../process/run-command.js";

/** The server: commands on fd 4, replies on fd 3, so nothing a migration prints or reads can touch them;
 * its stdin is /dev/null, as for a process of its own. */
const SERVER = String.raw`
import gc, json, os, sys, tempfile, traceback
reply = os.fdopen(3, "w", encoding="utf-8")
requests = os.fdopen(4, "r", encoding="utf-8")
def send(obj):
    reply.write(json.dumps(obj) + "\n")
    reply.flush()
try:
    from alembic.config import CommandLine
except BaseException:
    send({"ready": False, "error": traceback.format_exc(limit=1)})
    sys.exit(0)
send({"ready": True})
for line in requests:
    argv = json.loads(line)
    code = 0
    # fds 1 and 2 themselves go to files for the command: Alembic's Config prints to the sys.stdout it was
    # imported with, env.py's logging to the sys.stderr of its fileConfig call
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = (os.dup(1), os.dup(2))
        os.dup2(out.fileno(), 1)
        os.dup2(err.fileno(), 2)
        try:
            CommandLine(prog="alembic").main(argv=argv)
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code & 0xFF
            else:
                print(e.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
        # engines and connections env.py made are closed now, not at some later collection
        gc.collect()
        out.seek(0)
        err.seek(0)
        send({"code": code, "stdout": out.read().decode("utf-8", "replace"), "stderr": err.read().decode("utf-8", "replace")})
`;

/**
 * The interpreter argv that runs `command` (the alembic-command argv), or undefined when it is not Alembic
 * itself: `python3 -m alembic`, or an `alembic` script whose `#!` line names a Python (`#!/usr/bin/python3`,
 * `#!/usr/bin/env python3`, a virtualenv's python).
 */
export async function alembicInterpreter(
  command: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<string[] | undefined> {
  const [program, ...rest] = command;
  if (program === undefined) return undefined;
  if (PYTHON.test(basename(program)) && rest.length === 2 && rest[0] === "-m" && rest[1] === "alembic")
    return [program];
  if (rest.length > 0 || basename(program) !== "alembic") return undefined;
  return scriptInterpreter(program, env, cwd);
}

export interface AlembicSessionOptions extends InterpreterOptions {
  /** The alembic-command argv prefix the session answers for. Calls in another folder (alembic.ini's) or
   * environment go to the fallback. */
  command: readonly string[];
}

/** One interpreter per run; 0 or 1 started, unless one was killed by a timeout. */
export type AlembicSession = InterpreterSession;

const requests = (proc: ChildProcess) => proc.stdio[4] as NodeJS.WritableStream | null;

interface Reply {
  code: number;
  stdout: string;
  stderr: string;
}

/** One Alembic interpreter for the calls of a run; others (and any it cannot take) go to `fallback`. */
export function alembicSession(fallback: CommandRunner, options: AlembicSessionOptions): AlembicSession {
  const prefix = [...options.command];
  let child: ChildProcess | undefined;
  let ready: Promise<boolean> | undefined;
  let broken = false;
  let started = 0;
  /** Replies in order; the queue makes it one command at a time. */
  let waiting: ((reply: Reply | undefined) => void) | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  /** What the interpreter printed outside any command (its own errors): said when it dies. */
  const ownErrors = new BoundedBuffer(64 * 1024);

  const kill = (proc: ChildProcess) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill("SIGTERM");
    setTimeout(() => proc.kill("SIGKILL"), 2000).unref();
  };

  const start = (): Promise<boolean> => {
    ready ??= (async () => {
      const t0 = performance.now();
      const interpreter = await alembicInterpreter(prefix, options.env, options.cwd);
      if (!interpreter) return false;
      const [file, ...args] = interpreter as [string, ...string[]];
      const proc = spawn(file, [...args, "-c", SERVER], {
        cwd: options.cwd,
        env: options.env,
        // fds 1 and 2 go to files during a command (see SERVER): outside one only the interpreter writes
        stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
        shell: false,
      });
      started++;
      child = proc;
      proc.stderr?.on("data", (d: Buffer) => ownErrors.push(d));
      const first = new Promise<Reply | { ready: boolean } | undefined>((resolve) => {
        waiting = resolve as (r: Reply | undefined) => void;
      });
      onLines(proc.stdio[3] as NodeJS.ReadableStream | null, (line) => {
        const w = waiting;
        waiting = undefined;
        try {
          w?.(JSON.parse(line) as Reply);
        } catch {
          w?.(undefined);
        }
      });
      const gone = () => {
        child = undefined;
        broken = true;
        const w = waiting;
        waiting = undefined;
        w?.(undefined);
      };
      proc.on("exit", gone);
      proc.on("error", gone);
      requests(proc)?.on("error", () => undefined);
      const hello = await first;
      if (hello && "ready" in hello && hello.ready === true) {
        options.onReady?.(performance.now() - t0);
        return true;
      }
      broken = true;
      kill(proc);
      return false;
    })();
    return ready;
  };

  const viaSession = async (
    argv: readonly string[],
    args: readonly string[],
    o: Parameters<CommandRunner>[1],
  ): Promise<CommandResult | undefined> => {
    const t0 = performance.now();
    if (!(await start()) || broken || !child) return undefined;
    const proc = child;
    const reply = new Promise<Reply | undefined>((resolve) => {
      waiting = resolve;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      broken = true;
      kill(proc);
    }, o.timeoutMs);
    timer.unref();
    const onAbort = () => {
      broken = true;
      kill(proc);
    };
    o.signal?.addEventListener("abort", onAbort, { once: true });
    requests(proc)?.write(`${JSON.stringify(args)}\n`);
    const r = await reply;
    clearTimeout(timer);
    o.signal?.removeEventListener("abort", onAbort);
    const durationMs = performance.now() - t0;
    if (!r) {
      // killed (timeout, abort) or the interpreter died: as the process would have ended
      return {
        argv,
        code: null,
        signal: "SIGTERM",
        stdout: "",
        stderr: ownErrors.text(),
        timedOut,
        durationMs,
      };
    }
    return { argv, code: r.code, signal: null, stdout: r.stdout, stderr: r.stderr, timedOut, durationMs };
  };

  const run: CommandRunner = (argv, o) => {
    const mine =
      !broken &&
      o.input === undefined &&
      o.cwd === options.cwd &&
      (o.env ?? process.env) === options.env &&
      argv.length > prefix.length &&
      prefix.every((w, i) => argv[i] === w);
    if (!mine) return fallback(argv, o);
    const args = argv.slice(prefix.length);
    const next = queue.then(async () => (await viaSession(argv, args, o)) ?? fallback(argv, o));
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    run,
    get started() {
      return started;
    },
    async close() {
      // Not waited for (see detach); a Node process that ends first leaves nothing behind either.
      const proc = child;
      broken = true;
      if (proc) detach(proc);
    },
  };
}
