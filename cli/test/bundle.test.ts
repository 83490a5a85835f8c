// The committed `ops` bundle (cli/dist) as a production host gets it: the directory copied to a temp dir
// outside the repository, no node_modules anywhere above it, run with Node 24 and a bare environment.
// Every command the usage lists must load from the bundle; triage must answer exactly as the sources do;
// the kill switch must work against a real redis-server. And the package must pack as publishable.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, parse } from "node:path";
import { pathToFileURL } from "node:url";
import { type RedisServer, redisCli, startRedis } from "@ops/testkit/redis";
import { node24, REPO_ROOT } from "@ops/testkit/runner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CLI_DIR = join(REPO_ROOT, "cli");
const FIXTURES = join(REPO_ROOT, "packages/ops-core/src/triage/__fixtures__");

let host: string;
let ops: string;
let redis: RedisServer;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the copied bundle with only PATH and HOME, in the copy's directory. */
function runOps(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [ops, ...args], {
      cwd: host,
      env: { PATH: "/usr/bin:/bin", HOME: host, USER: "oncall", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every directory from `dir` up to the root: none may hold a node_modules the bundle could lean on. */
function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    out.push(d);
    if (d === parse(d).root) return out;
  }
}

beforeAll(async () => {
  host = mkdtempSync(join(tmpdir(), "ops-host-"));
  cpSync(join(CLI_DIR, "dist"), join(host, "ops"), { recursive: true });
  ops = join(host, "ops", "ops.js");
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
  if (host) rmSync(host, { recursive: true, force: true });
});

describe("the committed ops bundle on a bare host", () => {
  it("is outside the repository with no node_modules above it", () => {
    expect(host.startsWith(REPO_ROOT)).toBe(false);
    expect(ancestors(join(host, "ops")).filter((d) => existsSync(join(d, "node_modules")))).toEqual([]);
    expect(readdirSync(join(host, "ops"))).toContain("ops.js");
  });

  it("prints its usage, and every command it lists loads from the bundle (--help)", async () => {
    const help = await runOps(["--help"]);
    expect(help.code).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}(\w[\w-]*) {2,}/gm)].map((m) => m[1] as string);
    expect(commands).toEqual(
      expect.arrayContaining(["triage", "killswitch", "breaker", "smoke", "migrations"]),
    );
    // Every command module of the sources (a module of cli/commands/ exporting `run`) is listed.
    const compiled = join(REPO_ROOT, "packages/ops-core/dist/cli/commands");
    const sources: string[] = [];
    for (const f of readdirSync(compiled).filter((f) => f.endsWith(".js"))) {
      const module = (await import(join(compiled, f))) as { run?: unknown };
      if (typeof module.run === "function") sources.push(f.replace(/\.js$/, ""));
    }
    expect(sources.length).toBeGreaterThan(0);
    expect([...commands].sort()).toEqual(sources.sort());
    for (const name of commands) {
      const r = await runOps([name, "--help"]);
      expect({ name, code: r.code, stderr: r.stderr }).toEqual({ name, code: 0, stderr: "" });
      expect(r.stdout).toMatch(/usage: ops /);
    }
  });

  it("ops triage --json classifies real logs exactly as the sources do", async () => {
    const logs = ["mypy.raw.log", "pytest-fail.gh.log"];
    for (const f of logs) cpSync(join(FIXTURES, f), join(host, f));
    const r = await runOps(["triage", "--json", ...logs]);
    expect(r.code).toBe(1); // a failure was found
    const fromBundle = JSON.parse(r.stdout);
    const { main } = await import("@ops/core/cli/main");
    let fromSources = "";
    await main(["triage", "--json", ...logs], {
      stdout: (t) => {
        fromSources += t;
      },
      stderr: () => undefined,
      env: {},
      cwd: host,
    });
    expect(fromBundle).toEqual(JSON.parse(fromSources));
    expect(fromBundle.map((x: { category: string }) => x.category)).toEqual(["mypy", "test_failure"]);
    expect(fromBundle[0].locations).toContain("src/app/calc.py:6");
  });

  it("ops triage loads neither the Redis client nor octokit (chunks per command); killswitch loads Redis", async () => {
    // Which bundle files a run loads: a preload hook records every module Node loads from the copy.
    const dist = join(host, "ops");
    const record = join(host, "record-loads.mjs");
    writeFileSync(
      record,
      `import { registerHooks } from "node:module";\nimport { appendFileSync } from "node:fs";\n` +
        `registerHooks({ load(url, context, next) { if (url.startsWith("file:")) appendFileSync(process.env.LOADS, url + "\\n"); return next(url, context); } });\n`,
    );
    const chunksOf = (marker: string) =>
      readdirSync(dist).filter(
        (f) => f.endsWith(".js") && readFileSync(join(dist, f), "utf8").includes(marker),
      );
    const redisChunks = chunksOf("SentinelConnector");
    const octokitChunks = chunksOf("@octokit/core");
    expect(redisChunks).toHaveLength(1);
    expect(octokitChunks).toHaveLength(1);
    const loaded = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const loads = join(host, `loads-${args[0]}.txt`);
      writeFileSync(loads, "");
      await runOps(args, {
        ...env,
        LOADS: loads,
        NODE_OPTIONS: `--import=${pathToFileURL(record).href}`,
      });
      return readFileSync(loads, "utf8")
        .split("\n")
        .filter((u) => u.startsWith(pathToFileURL(dist).href))
        .map((u) => u.slice(u.lastIndexOf("/") + 1));
    };
    cpSync(join(FIXTURES, "pytest-fail.raw.log"), join(host, "triage.log"));
    const triage = await loaded(["triage", "--json", "triage.log"]);
    expect(triage).toContain("ops.js");
    expect(triage.filter((f) => redisChunks.includes(f) || octokitChunks.includes(f))).toEqual([]);
    const status = await loaded(["killswitch", "status"], { REDIS_URL: redis.url });
    expect(status).toEqual(expect.arrayContaining(redisChunks));
    expect(status.filter((f) => octokitChunks.includes(f))).toEqual([]);
  });

  it("ops killswitch status/on against a real redis-server", async () => {
    await redisCli(redis, ["FLUSHALL"]);
    const env = { REDIS_URL: redis.url };
    const before = await runOps(["killswitch", "status", "--json"], env);
    expect(before.stderr).toBe("");
    expect(before.code).toBe(0);
    const on = await runOps(["killswitch", "on", "--reason", "bad fills on venue X"], env);
    expect(on.stderr).toBe("");
    expect(on.code).toBe(0);
    expect(await redisCli(redis, ["GET", "killswitch:active"])).toBe("true");
    expect(await redisCli(redis, ["GET", "cb:state"])).toBe("TRIPPED");
    const after = await runOps(["killswitch", "status", "--check"], env);
    expect(after.code).toBe(1); // --check: not normal while the kill switch is on
    expect(after.stdout).toMatch(/kill switch/i);
    expect(JSON.parse(before.stdout)).not.toEqual(
      JSON.parse((await runOps(["killswitch", "status", "--json"], env)).stdout),
    );
  });
});

describe("the npm package", () => {
  it("packs as publishable: bin, the bundle, README, license, nothing bundled left as a dependency", () => {
    const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: CLI_DIR,
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    const [pack] = JSON.parse(r.stdout) as Array<{
      name: string;
      files: Array<{ path: string; mode: number }>;
    }>;
    const files = (pack?.files ?? []).map((f) => f.path).sort();
    const bundle = readdirSync(join(CLI_DIR, "dist")).map((f) => `dist/${f}`);
    expect(files).toEqual([...bundle, "README.md", "package.json"].sort());
    expect(files).toContain("dist/licenses.txt");
    const bin = pack?.files.find((f) => f.path === "dist/ops.js");
    expect((bin?.mode ?? 0) & 0o111).not.toBe(0);
    const manifest = JSON.parse(readFileSync(join(CLI_DIR, "package.json"), "utf8"));
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toMatch(/\S/);
    expect(manifest.bin).toEqual({ ops: "dist/ops.js" });
    expect(manifest.dependencies).toBeUndefined();
    expect(readFileSync(join(CLI_DIR, "dist/ops.js"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("installs from its tarball into an empty prefix, offline, and its `ops` bin runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "ops-npm-"));
    try {
      const pack = spawnSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], {
        cwd: CLI_DIR,
        encoding: "utf8",
      });
      expect(pack.status, pack.stderr).toBe(0);
      const tarball = join(dir, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]?.filename ?? "");
      const prefix = join(dir, "host");
      const install = spawnSync(
        "npm",
        ["install", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball],
        { encoding: "utf8" },
      );
      expect(install.status, install.stderr).toBe(0);
      // `#!/usr/bin/env node` finds Node 24 first on PATH, as on a host that has it installed.
      const help = spawnSync(join(prefix, "node_modules/.bin/ops"), ["--help"], {
        cwd: dir,
        env: { PATH: `${dirname(node24())}:/usr/bin:/bin`, HOME: dir },
        encoding: "utf8",
      });
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/^usage: ops <command>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
