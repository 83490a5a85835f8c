// The example stack (examples/stack) in tests: build a release's images (good or bad), render the compose
// environment for one test (free ports, a unique project and image prefix, RELEASE), bring it up and down
// with the real compose CLI, wait for health, and make scratch copies of the Alembic project and database.

import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type DockerClient, type ExecResult, exec } from "./docker.ts";
import { freePorts } from "./net.ts";

/** Absolute path of examples/stack. */
export const STACK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../examples/stack");
export const STACK_COMPOSE_FILE = join(STACK_DIR, "docker-compose.yml");
export const STACK_DB_DIR = join(STACK_DIR, "db");
export const SMOKE_TESTS = join(STACK_DIR, "tests/e2e/test_smoke.py");

export const SERVICES = ["signal_service", "execution_gateway", "orchestrator"] as const;
export type StackService = (typeof SERVICES)[number];
export type Variant = "good" | "health500" | "crashloop" | "slow" | "errors";

/** The variable holding a service's port, e.g. SIGNAL_SERVICE_PORT. */
export const portVariable = (service: StackService): string => `${service.toUpperCase()}_PORT`;

export interface ReleaseOptions {
  /** Image repository prefix; default `ops-example`. Use a unique one per test file (see `stackEnv`). */
  prefix?: string;
  /** For `slow`: seconds /health answers 503 after start. */
  slowStartS?: number;
  /** For `slow`: milliseconds every /health answer is delayed. */
  delayMs?: number;
  /** Only these services (default all three). */
  services?: readonly StackService[];
}

export interface BuiltRelease {
  version: string;
  /** Image reference per service, e.g. `ops-example/orchestrator:1.2.0`. */
  images: Record<StackService, string>;
  /** Image id (sha256:…) per service. */
  ids: Record<StackService, string>;
  ms: number;
}

/**
 * Builds `<prefix>/<service>:<version>` for the services, with the variant baked in: one variant for all,
 * or per service (`{ orchestrator: "health500" }`, the others good). Needs `ops-busybox:latest`
 * (`ensureBaseImage`). Builds in parallel; about 2 s per release once the app layer is cached.
 */
export async function buildRelease(
  docker: DockerClient,
  version: string,
  variant: Variant | Partial<Record<StackService, Variant>> = "good",
  options: ReleaseOptions = {},
): Promise<BuiltRelease> {
  const started = performance.now();
  const prefix = options.prefix ?? "ops-example";
  const services = options.services ?? SERVICES;
  const images = {} as Record<StackService, string>;
  const ids = {} as Record<StackService, string>;
  await Promise.all(
    services.map(async (service) => {
      const v = typeof variant === "string" ? variant : (variant[service] ?? "good");
      const image = `${prefix}/${service}:${version}`;
      const args = [
        "build",
        "-q",
        "-t",
        image,
        "--label",
        `ops.service=${service}`,
        "--label",
        `ops.release=${version}`,
        "--label",
        `ops.variant=${v}`,
        "--build-arg",
        `SERVICE=${service}`,
        "--build-arg",
        `RELEASE=${version}`,
        "--build-arg",
        `VARIANT=${v}`,
        "--build-arg",
        `SLOW_START_S=${options.slowStartS ?? 0}`,
        "--build-arg",
        `DELAY_MS=${options.delayMs ?? 0}`,
        join(STACK_DIR, "service"),
      ];
      await docker.ok(args, { timeoutMs: 180_000 });
      images[service] = image;
      ids[service] = (await docker.ok(["image", "inspect", "--format", "{{.Id}}", image])).trim();
    }),
  );
  return { version, images, ids, ms: performance.now() - started };
}

/**
 * Builds the app layer once so that parallel `buildRelease` calls hit the build cache instead of each
 * copying it under vfs (about 9 s cold). Call in beforeAll before concurrent builds. Idempotent.
 */
export async function warmStackCache(docker: DockerClient): Promise<number> {
  const started = performance.now();
  await docker.ok(["build", "-q", "-t", "ops-stack-cache:latest", join(STACK_DIR, "service")], {
    timeoutMs: 180_000,
  });
  return performance.now() - started;
}

export interface StackEnv {
  /** Compose project name, unique per call. */
  project: string;
  composeFile: string;
  /** Image prefix, unique per call (so parallel test files never share tags). */
  prefix: string;
  release: string;
  ports: Record<StackService, number>;
  /** `http://127.0.0.1:PORT/health` per service. */
  healthUrls: Record<StackService, string>;
  /** The smoke action's `endpoints` input: lines of `name=url`. */
  endpoints: string;
  /** The variables compose reads (RELEASE, ports, prefix, health-check interval, DOCKER_HOST, project). */
  vars: Record<string, string>;
  /** process.env plus `vars`: hand it to compose, the CLI or an action run. */
  env: NodeJS.ProcessEnv;
}

export interface StackEnvOptions {
  release?: string;
  project?: string;
  prefix?: string;
  /** Docker health-check interval; default `1s` so `docker inspect` shows health quickly in tests. */
  healthcheckInterval?: string;
}

/** Free ports, a unique project name and image prefix, and the environment compose needs. */
export async function stackEnv(docker: DockerClient, options: StackEnvOptions = {}): Promise<StackEnv> {
  const id = randomBytes(4).toString("hex");
  const project = options.project ?? `opst${id}`;
  const prefix = options.prefix ?? `ops-test-${id}`;
  const release = options.release ?? "latest";
  const list = await freePorts(SERVICES.length);
  const ports = Object.fromEntries(SERVICES.map((s, i) => [s, list[i] as number])) as Record<
    StackService,
    number
  >;
  const healthUrls = Object.fromEntries(
    SERVICES.map((s) => [s, `http://127.0.0.1:${ports[s]}/health`]),
  ) as Record<StackService, string>;
  const vars: Record<string, string> = {
    RELEASE: release,
    STACK_IMAGE_PREFIX: prefix,
    HEALTHCHECK_INTERVAL: options.healthcheckInterval ?? "1s",
    COMPOSE_PROJECT_NAME: project,
    DOCKER_HOST: docker.host,
    DOCKER_BUILDKIT: "0",
    COMPOSE_DOCKER_CLI_BUILD: "0",
  };
  for (const s of SERVICES) vars[portVariable(s)] = String(ports[s]);
  return {
    project,
    composeFile: STACK_COMPOSE_FILE,
    prefix,
    release,
    ports,
    healthUrls,
    endpoints: SERVICES.map((s) => `${s}=${healthUrls[s]}`).join("\n"),
    vars,
    env: { ...process.env, ...vars },
  };
}

/** `docker-compose -p <project> -f <file> <args>` (v1; the v2 plugin is not installed here). */
export function compose(
  stack: StackEnv,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<ExecResult> {
  return exec("docker-compose", ["-p", stack.project, "-f", stack.composeFile, ...args], {
    env: { ...stack.env, ...env },
    timeoutMs: 180_000,
  });
}

async function composeOk(
  stack: StackEnv,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<string> {
  const result = await compose(stack, args, env);
  if (result.code !== 0) {
    throw new Error(
      `docker-compose ${args.join(" ")} exited with ${result.code}:\n${result.stderr.slice(-2000)}`,
    );
  }
  return result.stdout;
}

/** Starts `release` (default the env's RELEASE) without building. */
export async function stackUp(stack: StackEnv, release = stack.release): Promise<void> {
  await composeOk(stack, ["up", "-d", "--no-build"], { RELEASE: release });
}

/** Removes the project's containers (compose down; `-v` for anonymous volumes). */
export async function stackDown(stack: StackEnv): Promise<void> {
  await composeOk(stack, ["down", "-v", "--remove-orphans", "-t", "2"]);
}

/** Container id per service (running or not), read from compose's labels. */
export async function stackContainers(
  docker: DockerClient,
  stack: StackEnv,
): Promise<Partial<Record<StackService, string>>> {
  const out = await docker.ok([
    "ps",
    "-a",
    "--filter",
    `label=com.docker.compose.project=${stack.project}`,
    "--format",
    '{{.ID}} {{.Label "com.docker.compose.service"}}',
  ]);
  const result: Partial<Record<StackService, string>> = {};
  for (const line of out.split("\n")) {
    const [id, service] = line.trim().split(" ");
    if (id && service && (SERVICES as readonly string[]).includes(service))
      result[service as StackService] = id;
  }
  return result;
}

export interface HealthAnswer {
  status: number;
  body: unknown;
}

/** One GET of a health URL (2 s timeout); `status` 0 when nothing answered. */
export async function getHealth(url: string): Promise<HealthAnswer> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body };
  } catch {
    return { status: 0, body: undefined };
  }
}

/** Polls until every service's /health answers 200 (or throws with the last answers after `timeoutMs`). */
export async function waitStackHealthy(
  stack: StackEnv,
  timeoutMs = 30_000,
  services: readonly StackService[] = SERVICES,
): Promise<Record<StackService, HealthAnswer>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const answers = await Promise.all(services.map((s) => getHealth(stack.healthUrls[s])));
    const byService = Object.fromEntries(services.map((s, i) => [s, answers[i]])) as Record<
      StackService,
      HealthAnswer
    >;
    if (answers.every((a) => a.status === 200)) return byService;
    if (performance.now() > deadline) {
      throw new Error(`stack not healthy after ${timeoutMs} ms: ${JSON.stringify(byService)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Removes every image under the env's prefix (all releases built for this test). */
export async function removeStackImages(docker: DockerClient, prefix: string): Promise<void> {
  const out = await docker.ok(["images", "--format", "{{.Repository}}:{{.Tag}}"]);
  const refs = out
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${prefix}/`));
  if (refs.length > 0) await docker.run(["rmi", "-f", ...refs], { timeoutMs: 60_000 });
}

/** compose down, then remove the test's images. Safe to call twice. */
export async function teardownStack(docker: DockerClient, stack: StackEnv): Promise<void> {
  await compose(stack, ["down", "-v", "--remove-orphans", "-t", "1"]).catch(() => undefined);
  const left = await stackContainers(docker, stack).catch(() => ({}));
  const ids = Object.values(left);
  if (ids.length > 0) await docker.run(["rm", "-f", ...ids]);
  await removeStackImages(docker, stack.prefix);
}

// ---------------------------------------------------------------------------------------------------
// Alembic project and scratch database

export const ALEMBIC = process.env.ALEMBIC ?? "/usr/bin/alembic";

export interface ScratchDb {
  /** Temporary folder holding the project copy and the database. */
  dir: string;
  /** A copy of examples/stack/db (add revisions to it freely). */
  dbDir: string;
  versionsDir: string;
  /** The SQLite file. */
  path: string;
  /** `sqlite:////abs/path`. */
  url: string;
  /** process.env with DATABASE_URL set to `url`. */
  env: NodeJS.ProcessEnv;
  /** `alembic <args>` in `dbDir` against `url`. */
  alembic(args: readonly string[]): Promise<ExecResult>;
  /** Writes a revision file (see `RevisionSpec`). */
  addRevision(spec: RevisionSpec): Promise<string>;
  remove(): Promise<void>;
}

export interface RevisionSpec {
  revision: string;
  downRevision: string | null | readonly string[];
  message?: string;
  /** Python statements for upgrade() (indented by 4 spaces for you); default `pass`. */
  upgrade?: string;
  downgrade?: string;
}

/**
 * Copies the Alembic project to a temporary folder with an empty SQLite database next to it, and
 * optionally upgrades it to `revision` (e.g. "head", "0002").
 */
export async function scratchDb(options: { revision?: string } = {}): Promise<ScratchDb> {
  const dir = await mkdtemp(join(tmpdir(), "ops-db-"));
  const dbDir = join(dir, "db");
  await cp(STACK_DB_DIR, dbDir, {
    recursive: true,
    filter: (src) => !src.includes("__pycache__") && !src.endsWith(".db"),
  });
  const path = join(dir, "stack.db");
  const url = `sqlite:///${path}`;
  const env = { ...process.env, DATABASE_URL: url };
  const versionsDir = join(dbDir, "migrations", "versions");
  const db: ScratchDb = {
    dir,
    dbDir,
    versionsDir,
    path,
    url,
    env,
    alembic: (args) => exec(ALEMBIC, args, { cwd: dbDir, env, timeoutMs: 60_000 }),
    async addRevision(spec) {
      const file = join(
        versionsDir,
        `${spec.revision}_${(spec.message ?? "change").replace(/\W+/g, "_")}.py`,
      );
      const down =
        spec.downRevision === null
          ? "None"
          : typeof spec.downRevision === "string"
            ? JSON.stringify(spec.downRevision)
            : `(${spec.downRevision.map((r) => JSON.stringify(r)).join(", ")},)`;
      const body = (code: string | undefined) =>
        (code ?? "pass")
          .split("\n")
          .map((l) => `    ${l}`)
          .join("\n");
      await writeFile(
        file,
        `"""${spec.message ?? "change"}\n\nRevision ID: ${spec.revision}\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = ${JSON.stringify(spec.revision)}\ndown_revision = ${down}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n${body(spec.upgrade)}\n\n\ndef downgrade() -> None:\n${body(spec.downgrade)}\n`,
      );
      return file;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
  if (options.revision) {
    const result = await db.alembic(["upgrade", options.revision]);
    if (result.code !== 0) throw new Error(`alembic upgrade ${options.revision} failed:\n${result.stderr}`);
  }
  return db;
}

/** Table names in a SQLite database (via python3's sqlite3, which alembic needs anyway). */
export async function sqliteTables(path: string): Promise<string[]> {
  const out = await exec(
    "/usr/bin/python3",
    [
      "-c",
      "import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.dumps(sorted(r[0] for r in c.execute(\"select name from sqlite_master where type='table'\"))))",
      path,
    ],
    { timeoutMs: 10_000 },
  );
  return JSON.parse(out.stdout) as string[];
}

/** Column names of a table in a SQLite database. */
export async function sqliteColumns(path: string, table: string): Promise<string[]> {
  const out = await exec(
    "/usr/bin/python3",
    [
      "-c",
      "import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.dumps([r[1] for r in c.execute('pragma table_info(\"%s\")' % sys.argv[2])]))",
      path,
      table,
    ],
    { timeoutMs: 10_000 },
  );
  return JSON.parse(out.stdout) as string[];
}
