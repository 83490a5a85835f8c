// docker-compose (v1) without its start per call. v1 is a Python program: each call spends 0.55-0.8 s
// importing it (`python3 -c "import compose.cli.main"` on this 2-core machine; `docker-compose config` on a
// small file 0.71-1.07 s, of which the configuration itself is ~0.03 s), and a deploy makes four calls
// (config, build, rm, up), a rollback three. The session starts the Python behind the program once,
// imports compose once, and runs each call in a fork of that process: a child of its own, with the call's
// argv, environment and folder, stdin /dev/null, stdout and stderr to files, its exit code or signal — what
// a process of its own would give, from a clean copy of the imported program (no state passes from one
// call to the next; measured: `config` through it 31-41 ms). Calls run side by side, as processes do.
//
// What a caller sees is a CommandRunner. The fallback runs as a process per call anything the session
// cannot take: another program (`docker compose` v2 is Go and starts in ~50 ms), a call with stdin input, a
// program that is not a Python script (a PyInstaller build), or a Python that cannot import compose. A
// timeout or an abort signals that call's child only (SIGTERM, then SIGKILL 2 s later), as for a process.

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { open, rm } from "node:fs/promises";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import {
  detach,
  type InterpreterOptions,
  type InterpreterSession,
  onLines,
  scriptInterpreter,
} from "../process/python-session.js";
import { BoundedBuffer, type CommandResult, type CommandRunner } from "../process/run-command.js";

/** The server: requests on fd 4, replies on fd 3; a child per call, reaped through SIGCHLD's wake-up fd. */
const SERVER = String.raw`
import json, os, select, shutil, signal, sys, traceback
reply = os.fdopen(3, "w", encoding="utf-8")
REQUESTS = 4
OUTPUT = sys.argv[1]
def send(obj):
    reply.write(json.dumps(obj) + "\n")
    reply.flush()
try:
    from compose.cli.main import main
except BaseException:
    send({"ready": False, "error": traceback.format_exc(limit=1)})
    sys.exit(0)
wake_r, wake_w = os.pipe()
os.set_blocking(wake_r, False)
os.set_blocking(wake_w, False)
signal.set_wakeup_fd(wake_w)
signal.signal(signal.SIGCHLD, lambda *_: None)
send({"ready": True})

def close_inherited():
    # what the server holds open (its pipes, the wake-up pipe, the files just duplicated) is not the call's
    try:
        fds = [int(fd) for fd in os.listdir("/proc/self/fd")]
    except OSError:
        fds = range(3, 256)
    for fd in fds:
        if fd > 2:
            try:
                os.close(fd)
            except OSError:
                pass

def child(req):
    code = 1
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        base = os.path.join(OUTPUT, str(req["id"]))
        fds = (os.open(os.devnull, os.O_RDONLY),
               os.open(base + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
               os.open(base + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        close_inherited()
        os.chdir(req["cwd"])
        os.environ.clear()
        os.environ.update(req["env"])
        sys.argv = [req["argv0"], *req["args"]]
        try:
            main()
            code = 0
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                print(e.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code & 0xFF)

running = {}
pending = b""
reading = True
while reading or running:
    ready, _, _ = select.select(([REQUESTS] if reading else []) + [wake_r], [], [])
    if wake_r in ready:
        try:
            while os.read(wake_r, 512):
                pass
        except BlockingIOError:
            pass
    while running:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            break
        rid = running.pop(pid, None)
        if rid is None:
            continue
        if os.WIFSIGNALED(status):
            send({"id": rid, "signal": os.WTERMSIG(status)})
        else:
            send({"id": rid, "code": os.WEXITSTATUS(status)})
    if REQUESTS not in ready:
        continue
    chunk = os.read(REQUESTS, 1 << 16)
    if not chunk:
        reading = False
        continue
    pending += chunk
    while b"\n" in pending:
        line, pending = pending.split(b"\n", 1)
        req = json.loads(line)
        if "kill" in req:
            # not reaped yet, so the pid is still that child's
            for pid, rid in running.items():
                if rid == req["kill"]:
                    os.kill(pid, req["signal"])
            continue
        if not os.path.isdir(req["cwd"]):
            # a process could not be started there either: the caller runs it as one, for the same error
            send({"id": req["id"], "refused": "no such folder"})
            continue
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            child(req)
        running[pid] = req["id"]
        send({"id": req["id"], "pid": pid})
shutil.rmtree(OUTPUT, ignore_errors=True)
`;

export interface ComposeSessionOptions extends InterpreterOptions {
  /** The v1 program the session answers for: argv[0] of the calls (`docker-compose`, or a path). The
   * server starts in `cwd` with `env` (to find the program); each call brings its own. */
  program: string;
}

/** One compose server per run (0 or 1 started). */
export type ComposeSession = InterpreterSession;

type Ending = { code: number } | { signal: number } | { gone: true } | { refused: string };

interface Call {
  pid?: number;
  end: (e: Ending) => void;
}

interface Server {
  proc: ChildProcess;
  dir: string;
  calls: Map<number, Call>;
  send(request: object): void;
}

const SIGNAL_NAMES = new Map<number, NodeJS.Signals>(
  Object.entries(constants.signals).map(([name, n]) => [n, name as NodeJS.Signals] as const),
);

/** The tail of a call's output file, bounded as a process's streams are (see BoundedBuffer). */
async function tail(path: string, max: number): Promise<string> {
  let file: Awaited<ReturnType<typeof open>> | undefined;
  try {
    file = await open(path, "r");
    const { size } = await file.stat();
    const length = Math.min(size, max);
    const buf = Buffer.alloc(length);
    await file.read(buf, 0, length, size - length);
    const body = buf.toString("utf8");
    return size > length ? `… ${size - length} earlier bytes not kept\n${body}` : body;
  } catch {
    return "";
  } finally {
    await file?.close().catch(() => undefined);
    await rm(path, { force: true }).catch(() => undefined);
  }
}

const definedEnv = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));

/** One compose server for the calls of a run; other calls (and any it cannot take) go to `fallback`. */
export function composeSession(fallback: CommandRunner, options: ComposeSessionOptions): ComposeSession {
  let server: Promise<Server | undefined> | undefined;
  let live: Server | undefined;
  let started = 0;
  let nextId = 0;
  /** What the server printed outside any call (its own errors): said when it dies mid-call. */
  const ownErrors = new BoundedBuffer(64 * 1024);

  const start = (): Promise<Server | undefined> => {
    server ??= (async () => {
      const t0 = performance.now();
      const interpreter = await scriptInterpreter(options.program, options.env, options.cwd);
      if (!interpreter) return undefined;
      const [file, ...flags] = interpreter as [string, ...string[]];
      const dir = mkdtempSync(join(tmpdir(), "ops-compose-"));
      const proc = spawn(file, [...flags, "-c", SERVER, dir], {
        cwd: options.cwd,
        env: options.env,
        stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
        shell: false,
      });
      started++;
      const calls = new Map<number, Call>();
      proc.stderr?.on("data", (d: Buffer) => ownErrors.push(d));
      let hello: (ok: boolean) => void = () => undefined;
      const ready = new Promise<boolean>((resolve) => {
        hello = resolve;
      });
      onLines(proc.stdio[3] as NodeJS.ReadableStream | null, (line) => {
        let msg: {
          ready?: boolean;
          id?: number;
          pid?: number;
          code?: number;
          signal?: number;
          refused?: string;
        };
        try {
          msg = JSON.parse(line);
        } catch {
          return;
        }
        if (msg.ready !== undefined) {
          hello(msg.ready);
          return;
        }
        const call = msg.id === undefined ? undefined : calls.get(msg.id);
        if (!call) return;
        if (msg.pid !== undefined) call.pid = msg.pid;
        else if (msg.code !== undefined) call.end({ code: msg.code });
        else if (msg.signal !== undefined) call.end({ signal: msg.signal });
        else if (msg.refused !== undefined) call.end({ refused: msg.refused });
      });
      const gone = () => {
        if (live?.proc === proc) live = undefined;
        hello(false);
        for (const call of calls.values()) call.end({ gone: true });
        calls.clear();
      };
      proc.on("exit", gone);
      proc.on("error", gone);
      const requests = proc.stdio[4] as NodeJS.WritableStream | null;
      requests?.on("error", () => undefined);
      const s: Server = {
        proc,
        dir,
        calls,
        send: (request) => requests?.write(`${JSON.stringify(request)}\n`),
      };
      if (!(await ready)) {
        proc.kill("SIGKILL");
        await rm(dir, { recursive: true, force: true }).catch(() => undefined);
        return undefined;
      }
      live = s;
      options.onReady?.(performance.now() - t0);
      return s;
    })();
    return server;
  };

  const viaServer = async (
    s: Server,
    argv: readonly string[],
    o: Parameters<CommandRunner>[1],
  ): Promise<CommandResult | undefined> => {
    const t0 = performance.now();
    const id = ++nextId;
    const call: Call = { end: () => undefined };
    const ending = new Promise<Ending>((resolve) => {
      call.end = resolve;
    });
    s.calls.set(id, call);
    s.send({
      id,
      argv0: argv[0],
      args: argv.slice(1),
      cwd: o.cwd ?? process.cwd(),
      env: definedEnv(o.env ?? process.env),
    });
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => {
      s.send({ kill: id, signal: 15 });
      killTimer = setTimeout(() => s.send({ kill: id, signal: 9 }), 2000);
      killTimer.unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, o.timeoutMs);
    timer.unref();
    o.signal?.addEventListener("abort", kill, { once: true });
    // aborted while the server was starting: stopped at once
    if (o.signal?.aborted) kill();
    const end = await ending;
    s.calls.delete(id);
    clearTimeout(timer);
    clearTimeout(killTimer);
    o.signal?.removeEventListener("abort", kill);
    const max = o.maxOutputBytes ?? 4 * 1024 * 1024;
    const base = join(s.dir, String(id));
    if ("refused" in end) return undefined;
    if ("gone" in end) {
      // The server died. A call it never forked never ran: a process runs it. One it did is stopped, as
      // a process killed with it would be.
      if (call.pid === undefined) return undefined;
      try {
        process.kill(call.pid, "SIGKILL");
      } catch {
        // already ended
      }
      const stderr = await tail(`${base}.err`, max);
      await rm(`${base}.out`, { force: true }).catch(() => undefined);
      return {
        argv,
        code: null,
        signal: "SIGKILL",
        stdout: "",
        stderr: `${stderr}${stderr && !stderr.endsWith("\n") ? "\n" : ""}the compose session ended during the call${ownErrors.text() ? `: ${ownErrors.text()}` : ""}`,
        timedOut,
        durationMs: performance.now() - t0,
      };
    }
    const [stdout, stderr] = await Promise.all([tail(`${base}.out`, max), tail(`${base}.err`, max)]);
    return {
      argv,
      code: "code" in end ? end.code : null,
      signal: "signal" in end ? (SIGNAL_NAMES.get(end.signal) ?? "SIGKILL") : null,
      stdout,
      stderr,
      timedOut,
      durationMs: performance.now() - t0,
    };
  };

  const run: CommandRunner = async (argv, o) => {
    if (o.input !== undefined || argv[0] !== options.program || argv.length < 2) return fallback(argv, o);
    const s = live ?? (await start());
    if (!s || s !== live) return fallback(argv, o);
    return (await viaServer(s, argv, o)) ?? fallback(argv, o);
  };

  return {
    run,
    get started() {
      return started;
    },
    async close() {
      // Not waited for (see detach): the server ends once its running calls have, and removes its
      // output folder itself.
      const s = live;
      live = undefined;
      server = Promise.resolve(undefined);
      if (s) detach(s.proc);
    },
  };
}

/** The program a compose session answers for, given the `compose-command` input; undefined for v2. */
export function sessionProgram(command: "auto" | "docker compose" | "docker-compose"): string | undefined {
  return command === "docker compose" ? undefined : "docker-compose";
}
