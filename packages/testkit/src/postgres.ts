// A real PostgreSQL 15 cluster (Debian's `postgresql`: initdb and postgres from /usr/lib/postgresql/15/bin)
// started by the tests, one per test file: a fresh data directory in a temporary folder owned by the
// `postgres` user (PostgreSQL refuses to run as root), listening on 127.0.0.1 and a free port, its unix
// socket in the same folder, trust authentication for the `postgres` role, durability off (fsync) since the
// data is thrown away. Alembic reaches it through `python3-psycopg2` from Debian's /usr/bin/python3 (the
// interpreter /usr/bin/alembic runs on). Every cluster started here is shut down when the test process
// exits; `stop()` also removes the folder.

import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chown, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./net.ts";

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";
const INSTALL_HINT =
  "install PostgreSQL 15 and psycopg2 (scripts/setup.sh does): apt-get install -y postgresql python3-psycopg2";

export interface PostgresCluster {
  readonly host: string;
  readonly port: number;
  /** The superuser role (trust authentication on loopback). */
  readonly user: string;
  /** The temporary folder: `data/` (the cluster), `socket/`, `postgres.log`. */
  readonly dir: string;
  readonly socketDir: string;
  /** `postgresql://postgres@127.0.0.1:PORT/<database>` (libpq and psql). */
  url(database?: string): string;
  /** `postgresql+psycopg2://postgres@127.0.0.1:PORT/<database>` (SQLAlchemy, so Alembic). */
  sqlalchemyUrl(database?: string): string;
  /** PGHOST/PGPORT/PGUSER for pg_dump, psql and friends. */
  env(): Record<string, string>;
  createDatabase(name: string): Promise<void>;
  /** Runs SQL with psql (-At, ON_ERROR_STOP): stdout trimmed; rejects with psql's error. */
  psql(sql: string, database?: string): Promise<string>;
  /** Everything the server logged so far. */
  log(): string;
  /** Fast shutdown (SIGINT to the postmaster, SIGQUIT after 10 s) and the folder removed. */
  stop(): Promise<void>;
  readonly running: boolean;
}

export interface PostgresOptions {
  /** Created after start; default `app`. */
  database?: string;
  /** How long to wait for the server to accept connections; default 30 s. */
  startTimeoutMs?: number;
}

/** Throws with the install hint when PostgreSQL 15 or Debian's psycopg2 is missing (no silent skip). */
export function requirePostgres(): void {
  for (const tool of ["initdb", "postgres"]) {
    if (!existsSync(join(POSTGRES_BIN, tool)))
      throw new Error(`${join(POSTGRES_BIN, tool)} is missing: ${INSTALL_HINT}`);
  }
  if (!existsSync("/usr/lib/python3/dist-packages/psycopg2")) {
    throw new Error(`psycopg2 for /usr/bin/python3 is missing: ${INSTALL_HINT}`);
  }
}

const live = new Set<() => void>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on("exit", () => {
    for (const kill of live) kill();
  });
}

function run(
  argv: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      argv[0] as string,
      argv.slice(1),
      { env: options.env ?? process.env, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(new Error(`${argv[0]}: ${error.message}`));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** As root the server runs as `postgres` (runuser); as anyone else, as that user. */
function asServerUser(argv: readonly string[]): string[] {
  return process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--", ...argv] : [...argv];
}

async function serverUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const [uid, gid] = await Promise.all([run(["id", "-u", "postgres"]), run(["id", "-g", "postgres"])]);
  if (uid.code !== 0) throw new Error(`there is no postgres user to run the cluster as: ${INSTALL_HINT}`);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** initdb, then the postmaster on a free loopback port; waits until it answers a query. */
export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresCluster> {
  requirePostgres();
  installExitHook();
  const dir = await mkdtemp(join(tmpdir(), "ops-postgres-"));
  const data = join(dir, "data");
  const socketDir = join(dir, "socket");
  await mkdir(socketDir);
  const ids = await serverUserIds();
  if (ids) {
    await chown(dir, ids.uid, ids.gid);
    await chown(socketDir, ids.uid, ids.gid);
  }
  const init = await run(
    asServerUser([
      join(POSTGRES_BIN, "initdb"),
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]),
    { timeoutMs: 120_000 },
  );
  if (init.code !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (exit ${init.code}): ${init.stderr.trim() || init.stdout.trim()}`);
  }

  const host = "127.0.0.1";
  let lastError = "";
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const argv = asServerUser([
      join(POSTGRES_BIN, "postgres"),
      ...["-D", data, "-k", socketDir, "-h", host, "-p", String(port)],
      ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
    ]);
    const child: ChildProcess = spawn(argv[0] as string, argv.slice(1), {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout?.on("data", (c: Buffer) => {
      output += c.toString();
    });
    child.stderr?.on("data", (c: Buffer) => {
      output += c.toString();
    });
    let exited = false;
    const exitedPromise = new Promise<void>((resolve) => {
      child.on("exit", () => {
        exited = true;
        resolve();
      });
      child.on("error", (e) => {
        output += `\n${e.message}`;
        exited = true;
        resolve();
      });
    });
    // The postmaster's own pid (runuser forks it): signals go to it, not to runuser.
    const postmasterPid = (): number | undefined => {
      try {
        const pid = Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]);
        return Number.isInteger(pid) && pid > 0 ? pid : undefined;
      } catch {
        return undefined;
      }
    };
    const signal = (sig: NodeJS.Signals) => {
      const pid = postmasterPid();
      try {
        if (pid) process.kill(pid, sig);
        else child.kill(sig);
      } catch {
        // already gone
      }
    };
    const killOnExit = () => signal("SIGQUIT");
    live.add(killOnExit);

    const psqlArgs = (database: string) => [
      "psql",
      "-X",
      "-q",
      "-At",
      "-v",
      "ON_ERROR_STOP=1",
      "-h",
      host,
      "-p",
      String(port),
      "-U",
      "postgres",
      "-d",
      database,
    ];
    const psql = async (sql: string, database = options.database ?? "app") => {
      const r = await run([...psqlArgs(database), "-c", sql], { timeoutMs: 30_000 });
      if (r.code !== 0)
        throw new Error(`psql ${JSON.stringify(sql.slice(0, 80))} exited ${r.code}: ${r.stderr.trim()}`);
      return r.stdout.trim();
    };

    const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
    let ready = false;
    while (!exited && Date.now() < deadline) {
      if (/ready to accept connections/.test(output)) {
        const probe = await run([...psqlArgs("postgres"), "-c", "select 1"], { timeoutMs: 5000 });
        if (probe.code === 0) {
          ready = true;
          break;
        }
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!ready) {
      lastError = output.trim().split("\n").slice(-5).join("\n");
      if (!exited) {
        signal("SIGQUIT");
        await exitedPromise;
      }
      live.delete(killOnExit);
      if (/could not bind|already in use/i.test(output)) continue;
      break;
    }

    const user = "postgres";
    const cluster: PostgresCluster = {
      host,
      port,
      user,
      dir,
      socketDir,
      url: (database = options.database ?? "app") => `postgresql://${user}@${host}:${port}/${database}`,
      sqlalchemyUrl: (database = options.database ?? "app") =>
        `postgresql+psycopg2://${user}@${host}:${port}/${database}`,
      env: () => ({ PGHOST: host, PGPORT: String(port), PGUSER: user }),
      async createDatabase(name) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name))
          throw new Error(`createDatabase: ${name} is not a plain identifier`);
        await psql(`CREATE DATABASE ${name}`, "postgres");
      },
      psql,
      log: () => output,
      async stop() {
        if (!exited) {
          signal("SIGINT");
          const timer = setTimeout(() => signal("SIGQUIT"), 10_000);
          await exitedPromise;
          clearTimeout(timer);
        }
        live.delete(killOnExit);
        await rm(dir, { recursive: true, force: true });
      },
      get running() {
        return !exited;
      },
    };
    await cluster.createDatabase(options.database ?? "app");
    return cluster;
  }
  await rm(dir, { recursive: true, force: true });
  throw new Error(`postgres did not start: ${lastError || "no output"}`);
}
