// `npm run demo`: the whole flow on this machine, with the real parts and the COMMITTED action bundles.
// Docker (the machine's engine if it answers, else a private dockerd), the example stack built from a
// copy of examples/stack, a real redis-server, the Alembic database (SQLite), the GitHub API emulator;
// then the bundles through the runner harness, as GitHub's runner would run the workflows:
//
//   1. a merge deploys release A (first deploy: migrations 0001–0003)
//   2. a merge deploys release B (migration 0004)
//   3. a bad merge (release C: migration 0005, orchestrator /health 500): verification fails, automatic
//      rollback to B (images and database back to 0004), breaker tripped, incident report written
//   4. the breaker reset by the kill-switch action
//   5. a manual rollback (the Rollback button) from B to A, database to 0003
//   6. the kill switch (turned on by the rollback's hold) off again, the breaker reset
//   7. a failed CI run triaged by ci-triage: job summary and one PR comment
//
// `--swarm` adds the swarm act (`--only swarm` plays it alone), `engine: swarm` on a real two-node Docker
// Swarm (the test kit's startSwarm: two private dockerd in their own network namespaces, a registry on
// the manager; root only), a production of its own (environment swarm-production, Redis keys swarm:*):
//
//   8. a merge deploys Swarm release A (CI pushed its images; each node pulls them): converges on both
//      nodes, each node's health probed on its own address
//   9. a bad merge (migration 0004, orchestrator /health 500 on the worker only): Swarm rolls its update
//      back itself (reported as Swarm's decision, not fought), then the automatic rollback restores the
//      recorded images on both nodes and the database to 0003, breaker tripped
//
// Each run's job summary is shown in the terminal and written as HTML under the output folder (.demo/),
// with results.json (what each stage observed) for the test. Everything started is removed at the end,
// also on Ctrl-C (scripts/demo.ts runs this in its own process group and forwards the signal).

import { readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { isDeepStrictEqual } from "node:util";
import { markdownToHtml, markdownToTerminal } from "./demo-markdown.ts";
import { type DockerClient, dockerClient, ensureBaseImage, exec, startDockerd } from "./docker.ts";
import { type GitHubEmulator, startGitHubEmulator } from "./github-emulator.ts";
import { type RedisServer, redisCli, startRedis } from "./redis.ts";
import { REPO_ROOT, type RunActionResult, runAction, runWithPost } from "./runner.ts";
import {
  type Commit,
  mergeCommit,
  type ProductionHost,
  productionHost,
  pushEvent,
  QUICK_RELEASE_INPUTS,
  RELEASE_A,
  RELEASE_B,
  RELEASE_C,
  seedFailedCiRun,
} from "./scenario.ts";
import type { StackService } from "./stack.ts";
import { type Registry, SWARM_RUN_DIR, type Swarm, startRegistry, startSwarm } from "./swarm.ts";
import {
  SWARM_QUICK_INPUTS,
  SWARM_RELEASE_A,
  type SwarmCommit,
  type SwarmProductionHost,
  swarmProductionHost,
  swarmReleaseHealth500On,
} from "./swarm-scenario.ts";

export interface DemoOptions {
  /** Pause after each stage until Enter (default: when stdin and stdout are terminals). */
  interactive: boolean;
  color: boolean;
  /** Where summaries (HTML and Markdown), the incident report and results.json go. */
  outDir: string;
  /** Print the rendered summaries (default true). */
  summaries: boolean;
  /** Show collapsed <details> sections of the summaries in the terminal too. */
  full?: boolean;
  /** A live "running… 12 s" line while a stage runs (terminals only). */
  ticker?: boolean;
  /** Docker to try first (default DOCKER_HOST or the default socket); a private dockerd otherwise. */
  dockerHost?: string;
  /** Play the swarm act (stages on a real two-node Docker Swarm) after the compose stages. Root only. */
  swarm?: boolean;
  /** Play only this act (`swarm`: no compose stages, nor their Docker engine and production host). */
  only?: "swarm";
}

/** What one stage observed, for results.json (and the demo's test). */
export interface StageResult {
  id: string;
  title: string;
  ok: boolean;
  durationMs: number;
  status?: string;
  outputs?: Record<string, string>;
  facts: Record<string, unknown>;
  summaryFile?: string;
  /** Every page written for the stage (summary, incident report, PR comment), relative to the output folder. */
  files: string[];
}

export interface DemoResults {
  ok: boolean;
  interrupted: boolean;
  error?: string;
  docker: { kind: "machine" | "private"; host: string };
  /** The swarm act's cluster (with --swarm): what the test checks is gone afterwards. */
  swarm?: {
    subnet: string;
    index: number;
    dir: string;
    lease: string;
    nodes: Array<{ name: string; role: string; address: string; pid: number; netns: string; dir: string }>;
    registry?: { address: string; pid: number };
    /** The production checkout's temporary folder (removed with the stack). */
    checkout?: string;
  };
  setup: Array<{ step: string; durationMs: number; detail: string }>;
  stages: StageResult[];
  totalMs: number;
}

/** The resources started, written to resources.json as they come and go (the test checks they are gone). */
interface Resource {
  name: string;
  pid?: number;
  dir?: string;
  port?: number;
  dispose(): Promise<void>;
}

class Interrupted extends Error {
  constructor() {
    super("interrupted");
  }
}

const ACTION_TIMEOUT_MS = 300_000;

export async function runDemo(options: DemoOptions): Promise<DemoResults> {
  const out = (s = "") => process.stdout.write(`${s}\n`);
  const c = (code: string) => (s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const bold = c("1");
  const dim = c("2");
  const green = c("32");
  const red = c("31");
  const yellow = c("33");
  const started = performance.now();
  const outDir = resolve(options.outDir);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const resources: Resource[] = [];
  let interrupted = false;
  let cleaning: Promise<void> | undefined;
  const writeResources = () =>
    writeFile(
      join(outDir, "resources.json"),
      `${JSON.stringify(
        resources.map(({ name, pid, dir, port }) => ({ name, pid, dir, port })),
        null,
        2,
      )}\n`,
    ).catch(() => undefined);
  const own = async (resource: Resource) => {
    resources.push(resource);
    await writeResources();
    if (interrupted) throw new Interrupted();
  };
  const checkpoint = () => {
    if (interrupted) throw new Interrupted();
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (!interrupted) {
      interrupted = true;
      if (options.ticker) process.stdout.write("\r\u001b[K");
      else out();
      out(
        yellow(
          `${signal === "SIGINT" ? "Ctrl-C" : signal}: stopping the running step and cleaning up everything the demo started…`,
        ),
      );
      for (const pid of actionChildren()) killQuietly(pid, "SIGINT");
    } else {
      out(yellow("cleaning up — forcing the running step to stop"));
      for (const pid of actionChildren()) killQuietly(pid, "SIGKILL");
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("SIGHUP", onSignal);

  const results: DemoResults = {
    ok: false,
    interrupted: false,
    docker: { kind: "machine", host: "" },
    setup: [],
    stages: [],
    totalMs: 0,
  };

  const setupStep = async <T>(step: string, fn: () => Promise<{ value: T; detail: string }>): Promise<T> => {
    checkpoint();
    process.stdout.write(`  ${dim("•")} ${step} … `);
    const t0 = performance.now();
    const { value, detail } = await fn();
    const ms = performance.now() - t0;
    results.setup.push({ step, durationMs: Math.round(ms), detail });
    out(`${detail} ${dim(`(${seconds(ms)})`)}`);
    return value;
  };

  let docker: DockerClient | undefined;
  let gh: GitHubEmulator | undefined;
  let redis: RedisServer | undefined;
  let host: ProductionHost | undefined;
  const plays = demoActs(options);
  const total = plays.stages;

  try {
    out(bold("runbook-ops demo — the runbook as GitHub Actions, played on this machine"));
    out(
      dim(
        `committed bundles of actions/{deploy,rollback,kill-switch,ci-triage} run as GitHub's runner runs them; summaries → ${relative(process.cwd(), outDir) || "."}/`,
      ),
    );
    out();
    out(bold("Setting up"));

    if (plays.swarm && process.getuid?.() !== 0)
      throw new Error(
        "the swarm act starts two private dockerd in network namespaces of their own: run the demo as root (sudo npm run demo -- --swarm), or leave out --swarm",
      );
    if (plays.compose) {
      docker = await setupStep("Docker engine", async () => {
        const candidate = options.dockerHost ?? process.env.DOCKER_HOST ?? "unix:///var/run/docker.sock";
        const probe = await exec("docker", ["info", "--format", "{{.ServerVersion}}"], {
          env: { ...process.env, DOCKER_HOST: candidate },
          timeoutMs: 5_000,
        }).catch(() => undefined);
        if (probe?.code === 0) {
          results.docker = { kind: "machine", host: candidate };
          return {
            value: dockerClient(candidate),
            detail: `this machine's engine answers (${candidate}, Docker ${probe.stdout.trim()})`,
          };
        }
        const daemon = await startDockerd().catch((error: unknown) => {
          const hint =
            process.getuid?.() === 0
              ? "is docker.io installed (bash scripts/setup.sh)?"
              : "starting a private engine needs root: run the demo as root, or use the machine's engine (sudo systemctl start docker; sudo usermod -aG docker $USER, then log in again)";
          throw new Error(
            `no Docker engine answered at ${candidate} and a private dockerd could not start — ${hint}\n${error instanceof Error ? error.message : String(error)}`,
          );
        });
        await own({ name: "dockerd", pid: daemon.pid, dir: daemon.dir, dispose: () => daemon.stop() });
        results.docker = { kind: "private", host: daemon.host };
        return {
          value: daemon as DockerClient,
          detail: `no engine answered: started a private dockerd (pid ${daemon.pid}, vfs storage, no bridge)`,
        };
      });
      const engine = docker;

      await setupStep("Base image", async () => {
        const r = await ensureBaseImage(engine);
        if (r.imported && results.docker.kind === "machine") {
          await own({
            name: "base image ops-busybox:latest",
            dispose: async () =>
              void (await engine.run(["rmi", "ops-busybox:latest"]).catch(() => undefined)),
          });
        }
        return {
          value: undefined,
          detail: r.imported
            ? "ops-busybox:latest imported from Debian's busybox-static"
            : "ops-busybox:latest already there",
        };
      });

      host = await setupStep("Production host", async () => {
        const h = await productionHost(engine);
        await own({ name: "production checkout and stack", dir: h.dir, dispose: () => h.teardown() });
        return {
          value: h,
          detail: `examples/stack checked out in ${h.dir}; services on ports ${Object.values(h.ports).join(", ")}`,
        };
      });
      const prod = host;

      await setupStep("Example stack images", async () => {
        // The base layers of the service image, so the first deploy's build is quick (the deploy builds the
        // release's own images itself from the checkout, tagged by version).
        const r = await engine.run(
          ["build", "-q", "-t", `${prod.prefix}/warmup:base`, join(prod.dir, "service")],
          { timeoutMs: 180_000 },
        );
        if (r.code !== 0) throw new Error(`docker build failed: ${r.stderr}`);
        return {
          value: undefined,
          detail: "service image layers built (the deploys build each release from the checkout)",
        };
      });
    }

    redis = await setupStep("Redis", async () => {
      const r = await startRedis();
      await own({ name: "redis-server", pid: r.pid, dir: r.dir, port: r.port, dispose: () => r.stop() });
      await redisCli(r, ["MSET", "cb:state", "OPEN", "killswitch:active", "false"]);
      return { value: r, detail: `redis-server on ${r.url} (cb:state OPEN, killswitch:active false)` };
    });
    const state = redis;

    if (host) {
      const prod = host;
      await setupStep("Alembic database", async () => {
        const rev = await prod.dbRevision();
        return { value: undefined, detail: `SQLite db/stack.db, alembic current: ${rev}` };
      });
    }

    gh = await setupStep("GitHub API emulator", async () => {
      const g = await startGitHubEmulator();
      await own({ name: "GitHub API emulator", port: Number(new URL(g.url).port), dispose: () => g.stop() });
      return { value: g, detail: `${g.url} (octo-org/octo-repo)` };
    });
    const github = gh;
    out(dim(`  set up in ${seconds(performance.now() - started)}`));

    // ---------------------------------------------------------------------------------------------
    const short = (sha: string) => sha.slice(0, 7);

    const stage = async (
      id: string,
      title: string,
      explain: string,
      fn: () => Promise<{
        run: RunActionResult;
        facts: Record<string, unknown>;
        ok: boolean;
        extra?: Array<{ name: string; markdown: string; show?: boolean; before?: boolean }>;
      }>,
    ): Promise<StageResult> => {
      checkpoint();
      const n = results.stages.length + 1;
      out();
      out(bold(`▶ [${n}/${total}] ${title}`));
      out(dim(`  ${explain}`));
      const t0 = performance.now();
      const ticker = options.ticker
        ? setInterval(() => {
            if (!interrupted)
              process.stdout.write(`\r${dim(`  ⏳ running… ${seconds(performance.now() - t0)}`)}\u001b[K`);
          }, 500)
        : undefined;
      let outcome: Awaited<ReturnType<typeof fn>>;
      try {
        outcome = await fn();
      } finally {
        if (ticker) {
          clearInterval(ticker);
          process.stdout.write("\r\u001b[K");
        }
      }
      const { run, facts, ok, extra } = outcome;
      checkpoint();
      const ms = performance.now() - t0;
      const status = run.outputs.status ?? (run.exitCode === 0 ? "success" : "failure");
      const file = `${String(n).padStart(2, "0")}-${id}`;
      await writeFile(join(outDir, `${file}.md`), run.summary);
      await writeFile(
        join(outDir, `${file}.html`),
        markdownToHtml(run.summary, `${n}. ${title}`, {
          subtitle: `job summary · ${status} · ${seconds(run.durationMs)}`,
        }),
      );
      const files = [`${file}.html`];
      const showExtra = async (e: NonNullable<typeof extra>[number]) => {
        if (options.summaries && e.show !== false) {
          out(dim(`  ── ${e.name} ${"─".repeat(60)}`));
          process.stdout.write(
            markdownToTerminal(e.markdown, {
              color: options.color,
              indent: "  ",
              expandDetails: options.full,
            }),
          );
        } else out(dim(`  ${e.name}: ${relative(process.cwd(), join(outDir, `${file}-${e.name}.html`))}`));
      };
      for (const e of extra ?? []) {
        files.push(`${file}-${e.name}.html`);
        await writeFile(join(outDir, `${file}-${e.name}.md`), e.markdown);
        await writeFile(
          join(outDir, `${file}-${e.name}.html`),
          markdownToHtml(e.markdown, `${n}. ${title} — ${e.name}`),
        );
      }
      for (const e of extra ?? []) if (e.before) await showExtra(e);
      if (options.summaries) {
        out(dim(`  ── job summary ${"─".repeat(60)}`));
        process.stdout.write(
          markdownToTerminal(run.summary, {
            color: options.color,
            indent: "  ",
            expandDetails: options.full,
          }),
        );
      }
      for (const e of extra ?? []) if (!e.before) await showExtra(e);
      const result: StageResult = {
        id,
        title,
        ok,
        durationMs: Math.round(ms),
        status,
        outputs: run.outputs,
        facts,
        summaryFile: `${file}.html`,
        files,
      };
      results.stages.push(result);
      out(
        `${ok ? green("✔") : red("✘")} [${n}/${total}] ${title} — ${bold(status)} ${dim(`(${seconds(ms)}; summary: ${relative(process.cwd(), join(outDir, `${file}.html`))})`)}`,
      );
      await pause();
      return result;
    };

    const pause = async () => {
      if (!options.interactive || interrupted) return;
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      await new Promise<void>((done) => {
        rl.question(dim("  Enter: next step · Ctrl-C: stop and clean up "), () => done());
        rl.on("close", done);
      });
      rl.close();
    };

    /** Copies an incident report the run wrote under the workspace into the output folder. */
    const copyIncident = async (base: string, path: string | undefined) => {
      if (!path) return undefined;
      const source = resolve(base, path);
      const target = join(outDir, "incidents", basename(source));
      await mkdir(join(outDir, "incidents"), { recursive: true });
      try {
        await copyFile(source, target);
        return { file: relative(outDir, target), markdown: readFileSync(target, "utf8") };
      } catch {
        return undefined;
      }
    };

    const deploymentFacts = (id: string | undefined) => {
      const d = github.state.deployments.find((x) => String(x.id) === id);
      if (!d) return undefined;
      const statuses = github.state.statusesOfDeployment(d.id);
      return {
        id: d.id,
        sha: d.sha,
        latest: statuses[0]?.state,
        statuses: statuses.map((s) => ({ state: s.state, description: s.description })),
      };
    };

    if (host) {
      const prod = host;
      const env = (commit: Commit, workflow: string): Record<string, string> => ({
        ...github.env(),
        ...prod.env,
        GITHUB_SHA: commit.sha,
        GITHUB_REF: "refs/heads/master",
        GITHUB_WORKFLOW: workflow,
      });
      const releaseInputs = {
        ...prod.inputs,
        ...QUICK_RELEASE_INPUTS,
        "redis-url": state.url,
        "incident-report": "file",
      };
      const observe = async () => ({
        dbRevision: await prod.dbRevision(),
        dbTables: await prod.dbTables(),
        running: await prod.runningImages(),
        breaker: await redisCli(state, ["GET", "cb:state"]),
        killSwitch: await redisCli(state, ["GET", "killswitch:active"]),
        deployLock: await redisCli(state, ["EXISTS", "deploy:lock"]),
      });
      const deploy = async (commit: Commit) => {
        await prod.checkout(commit);
        const pr = mergeCommit(github, commit);
        const { main, post } = await runWithPost({
          action: "deploy",
          inputs: releaseInputs,
          env: env(commit, "Deploy"),
          event: pushEvent(commit),
          eventName: "push",
          workspace: prod.dir,
          timeoutMs: ACTION_TIMEOUT_MS,
        });
        return { main, post, pr };
      };

      // 1 and 2: merges that deploy -------------------------------------------------------------------
      for (const [id, commit, note] of [
        [
          "deploy-a",
          RELEASE_A,
          "first deploy: build the images from the checkout, alembic upgrade head (0001–0003), start, verify",
        ],
        [
          "deploy-b",
          RELEASE_B,
          "gates (CI green, approved PR, kill switch off, breaker OPEN, lock), migration 0004, restart, verify, watch",
        ],
      ] as const) {
        await stage(id, `PR "${commit.title}" merged → deploy ${short(commit.sha)}`, note, async () => {
          const { main, post, pr } = await deploy(commit);
          const facts = {
            ...(await observe()),
            pullRequest: pr,
            deployment: deploymentFacts(main.outputs["deployment-id"]),
            postExitCode: post.exitCode,
          };
          const ok =
            main.outputs.status === "success" &&
            facts.running.orchestrator?.endsWith(`:${commit.sha}`) === true;
          return { run: main, facts, ok };
        });
      }

      // 3: a bad merge, rolled back automatically ------------------------------------------------------
      await stage(
        "bad-merge",
        `PR "${RELEASE_C.title}" merged → deploy ${short(RELEASE_C.sha)} fails verification → automatic rollback`,
        "release C brings migration 0005 and an orchestrator whose /health answers 500",
        async () => {
          const { main, pr } = await deploy(RELEASE_C);
          const report = JSON.parse(main.outputs.report ?? "{}") as { rollback?: Record<string, unknown> };
          const copied = await copyIncident(prod.dir, main.outputs["incident-path"]);
          const incident = copied?.markdown;
          const facts = {
            ...(await observe()),
            pullRequest: pr,
            deployment: deploymentFacts(main.outputs["deployment-id"]),
            rollback: report.rollback,
            incidentFile: copied?.file,
          };
          const ok =
            main.outputs.status === "rolled-back" &&
            facts.dbRevision === "0004" &&
            facts.breaker === "TRIPPED" &&
            incident !== undefined;
          return {
            run: main,
            facts,
            ok,
            extra: incident ? [{ name: "incident-report", markdown: incident, show: false }] : [],
          };
        },
      );

      // 4: the breaker reset by the kill-switch action -------------------------------------------------
      await stage(
        "breaker-reset",
        "Circuit breaker reset (kill-switch action, operation: reset)",
        "on call checked the incident; the reset is audited with who, when, why and the run",
        async () => {
          const run = await runAction({
            action: "kill-switch",
            inputs: {
              operation: "reset",
              reason: "bad release 3333333 rolled back; services healthy on 2222222",
              "redis-url": state.url,
            },
            env: { ...github.env(), GITHUB_WORKFLOW: "Kill switch" },
            eventName: "workflow_dispatch",
            timeoutMs: 60_000,
          });
          const facts = {
            breaker: await redisCli(state, ["GET", "cb:state"]),
            lastReset: await redisCli(state, ["GET", "cb:last_reset"]),
            audit: await redisCli(state, ["XLEN", "ops:audit"]),
          };
          return {
            run: { ...run, outputs: { status: run.exitCode === 0 ? "success" : "failure", ...run.outputs } },
            facts,
            ok: run.exitCode === 0 && facts.breaker === "OPEN",
          };
        },
      );

      // 5: a manual rollback by the button --------------------------------------------------------------
      await stage(
        "manual-rollback",
        `Rollback button: "orders stuck after ${short(RELEASE_B.sha)}" → last good release`,
        "the rollback workflow's first job holds deploys (kill switch on, so no newer deploy replaces the queued rollback); the second checks out master (all migration files) and restores A: images without rebuilding, database to A's recorded revision",
        async () => {
          const reason = `orders stuck after release ${short(RELEASE_B.sha)}`;
          const hold = await runAction({
            action: "rollback",
            inputs: { "hold-deploys-only": "true", reason, "redis-url": state.url },
            env: env(RELEASE_C, "Rollback"),
            eventName: "workflow_dispatch",
            timeoutMs: 60_000,
          });
          const run = await runAction({
            action: "rollback",
            inputs: {
              ...prod.inputs,
              ...pick(QUICK_RELEASE_INPUTS, ["timeout", "successes", "samples", "observe", "lock-wait"]),
              "redis-url": state.url,
              "incident-report": "file",
              reason,
              "confirm-destructive": "true",
            },
            env: env(RELEASE_C, "Rollback"),
            eventName: "workflow_dispatch",
            workspace: prod.dir,
            timeoutMs: ACTION_TIMEOUT_MS,
          });
          const incident = await copyIncident(prod.dir, run.outputs["incident-path"]);
          const facts = {
            ...(await observe()),
            hold: hold.outputs.status,
            deployment: deploymentFacts(run.outputs["deployment-id"]),
            incidentFile: incident?.file,
          };
          const ok =
            hold.outputs.status === "held" &&
            run.outputs.status === "success" &&
            facts.dbRevision === "0003" &&
            facts.running.orchestrator?.endsWith(`:${RELEASE_A.sha}`) === true;
          const extra: Array<{ name: string; markdown: string; show?: boolean; before?: boolean }> = [
            { name: "hold-deploys", markdown: hold.summary, before: true },
          ];
          if (incident) extra.push({ name: "incident-report", markdown: incident.markdown, show: false });
          return { run, facts, ok, extra };
        },
      );

      // 6: the kill switch off again, then the breaker reset ------------------------------------------
      await stage(
        "kill-switch-off",
        "Kill switch off and breaker reset (kill-switch action: deactivate, then reset)",
        "production is healthy on 1111111; the rollback's hold turned the kill switch on, which trips the breaker too: both come back (on GitHub each job waits for the production-approval reviewers)",
        async () => {
          const ks = (operation: string, reason: string) =>
            runAction({
              action: "kill-switch",
              inputs: { operation, reason, "redis-url": state.url },
              env: { ...github.env(), GITHUB_WORKFLOW: "Kill switch" },
              eventName: "workflow_dispatch",
              timeoutMs: 60_000,
            });
          const off = await ks("deactivate", "rollback to 1111111 verified healthy");
          const afterOff = await redisCli(state, ["GET", "killswitch:active"]);
          const reset = await ks(
            "reset",
            "rollback to 1111111 verified healthy; drawdown normal, broker API and feeds checked",
          );
          const facts = {
            deactivateExitCode: off.exitCode,
            killSwitchAfterDeactivate: afterOff,
            killSwitch: await redisCli(state, ["GET", "killswitch:active"]),
            breaker: await redisCli(state, ["GET", "cb:state"]),
            audit: await redisCli(state, ["XLEN", "ops:audit"]),
          };
          return {
            run: {
              ...reset,
              outputs: { status: reset.exitCode === 0 ? "success" : "failure", ...reset.outputs },
            },
            facts,
            ok:
              off.exitCode === 0 &&
              reset.exitCode === 0 &&
              facts.killSwitch === "false" &&
              facts.breaker === "OPEN",
            extra: [{ name: "deactivate", markdown: off.summary, before: true }],
          };
        },
      );

      // 7: a failed CI run triaged ---------------------------------------------------------------------
      await stage(
        "ci-triage",
        "CI failed on a pull request → ci-triage",
        "workflow_run completed with failure: the failed jobs' logs are read through the API and classified",
        async () => {
          const ci = await seedFailedCiRun(github);
          const run = await runAction({
            action: "ci-triage",
            env: { ...github.env(), GITHUB_WORKFLOW: "CI triage" },
            event: ci.event,
            eventName: "workflow_run",
            inputs: {},
            timeoutMs: 60_000,
          });
          const comments = github.state
            .commentsOn(ci.pullNumber)
            .filter((cm) => cm.user.login === "github-actions[bot]");
          const comment = comments[0]?.body;
          const facts = {
            pullRequest: ci.pullNumber,
            categories: run.outputs.categories,
            comments: comments.length,
            comment,
          };
          return {
            run: { ...run, outputs: { status: run.exitCode === 0 ? "success" : "failure", ...run.outputs } },
            facts,
            ok: run.exitCode === 0 && comments.length === 1,
            extra: comment ? [{ name: "pr-comment", markdown: comment }] : [],
          };
        },
      );
    }

    // ---------------------------------------------------------------------------------------------
    // The swarm act (--swarm): engine: swarm on a real two-node Docker Swarm, a production of its own
    // (environment swarm-production, Redis keys swarm:*), so the compose stages' history does not mix in.
    if (plays.swarm) {
      out();
      out(bold("Setting up the swarm act"));
      const cluster: Swarm = await setupStep("Docker Swarm", async () => {
        const s = await startSwarm({ nodes: 2 });
        const dir = dirname(s.manager.daemon.dir);
        await own({
          name: "Docker Swarm (2 nodes)",
          pid: s.manager.daemon.pid,
          dir,
          dispose: async () => void (await s.stop()),
        });
        results.swarm = {
          subnet: s.subnet,
          index: s.index,
          dir,
          lease: join(SWARM_RUN_DIR, `lease-${s.index}`),
          nodes: s.nodes.map((n) => ({
            name: n.name,
            role: n.role,
            address: n.address,
            pid: n.daemon.pid,
            netns: n.netns,
            dir: n.daemon.dir,
          })),
        };
        if (!plays.compose) results.docker = { kind: "private", host: s.manager.host };
        return {
          value: s,
          detail: `${s.nodes.map((n) => `${n.name} (${n.role}, ${n.address}, dockerd pid ${n.daemon.pid})`).join(" and ")} on ${s.subnet}, each in its own network namespace (${seconds(s.startMs)} to every node Ready)`,
        };
      });
      const registry: Registry = await setupStep("Registry", async () => {
        const r = await startRegistry(cluster);
        await own({ name: "docker-registry", pid: r.pid, dispose: () => r.stop() });
        if (results.swarm) results.swarm.registry = { address: r.address, pid: r.pid };
        return {
          value: r,
          detail: `docker-registry on ${r.address} (in the manager's namespace; every node trusts it)`,
        };
      });
      const swarmHost: SwarmProductionHost = await setupStep("Swarm production host", async () => {
        const h = await swarmProductionHost(cluster, registry);
        await own({ name: "Swarm production checkout and stack", dir: h.dir, dispose: () => h.teardown() });
        if (results.swarm) results.swarm.checkout = dirname(h.dir);
        await redisCli(state, ["MSET", "swarm:cb:state", "OPEN", "swarm:killswitch:active", "false"]);
        return {
          value: h,
          detail: `compose.swarm.yml, service/ and db/ checked out in ${h.dir}; ops-busybox on every node, the service layers built on the manager; swarm:cb:state OPEN`,
        };
      });

      const swarmInputs = {
        ...swarmHost.inputs,
        ...SWARM_QUICK_INPUTS,
        "redis-url": state.url,
        "key-prefix": "swarm:",
        environment: "swarm-production",
        "incident-report": "file",
      };
      const asCommit = (c: SwarmCommit): Commit => ({ sha: c.sha, title: c.title, migrations: c.migrations });
      const swarmDeploy = async (commit: SwarmCommit) => {
        const published = await swarmHost.publish(commit);
        await swarmHost.checkout(commit);
        const pr = mergeCommit(github, asCommit(commit));
        const { main, post } = await runWithPost({
          action: "deploy",
          inputs: swarmInputs,
          env: {
            ...github.env(),
            ...swarmHost.env,
            GITHUB_SHA: commit.sha,
            GITHUB_REF: "refs/heads/master",
            GITHUB_WORKFLOW: "Deploy (Swarm)",
            DATABASE_URL: undefined,
            RELEASE: undefined,
          },
          event: pushEvent(asCommit(commit)),
          eventName: "push",
          workspace: swarmHost.dir,
          timeoutMs: ACTION_TIMEOUT_MS,
        });
        return { main, post, pr, publishMs: Math.round(published.ms) };
      };
      const observeSwarm = async () => ({
        tasks: await swarmHost.tasks(),
        dbRevision: await swarmHost.dbRevision(),
        breaker: await redisCli(state, ["GET", "swarm:cb:state"]),
        deployLock: await redisCli(state, ["EXISTS", "swarm:deploy:lock"]),
      });
      const swarmReport = (run: RunActionResult) =>
        JSON.parse(run.outputs.report ?? "{}") as {
          message?: string;
          rollback?: Record<string, unknown>;
          health?: { evidence?: string[] };
        };
      const A = SWARM_RELEASE_A;
      const nodesOf = (tasks: Partial<Record<StackService, string[]>>) =>
        Object.values(tasks)
          .flat()
          .map((t) => t.split("=")[0]);

      // 8: a release converging on both nodes ---------------------------------------------------------
      await stage(
        "swarm-deploy",
        `Swarm: PR "${A.title}" merged → deploy ${short(A.sha)} on both nodes`,
        "engine: swarm — CI pushed the images to the registry, the worker pulled them (the deploy's image step checks every node has them); alembic upgrade head once, from the manager's side (0001–0003); docker stack deploy; converged when every task runs the release and passes its health check; /health probed on each node's own address ({node} endpoints)",
        async () => {
          const { main, post, pr, publishMs } = await swarmDeploy(A);
          const report = swarmReport(main);
          const facts = {
            ...(await observeSwarm()),
            nodes: cluster.nodes.map((n) => ({ name: n.name, role: n.role, address: n.address })),
            pullRequest: pr,
            deployment: deploymentFacts(main.outputs["deployment-id"]),
            healthEvidence: (report.health?.evidence ?? []).filter((l) => l.includes("@")),
            publishMs,
            postExitCode: post.exitCode,
          };
          const ok =
            main.outputs.status === "success" &&
            isDeepStrictEqual(facts.tasks, swarmHost.onEveryNode(A.sha)) &&
            new Set(nodesOf(facts.tasks)).size === cluster.nodes.length &&
            facts.dbRevision === "0003";
          return { run: main, facts, ok };
        },
      );

      // 9: a release answering 500 on the worker only -------------------------------------------------
      const worker = cluster.workers[0]?.name ?? "";
      const B = swarmReleaseHealth500On(worker);
      await stage(
        "swarm-bad-release",
        `Swarm: PR "${B.title}" merged → deploy ${short(B.sha)} answers 500 on ${worker} → Swarm's rollback, then ours`,
        `release B brings migration 0004 and an orchestrator whose /health answers 500 on the worker (${worker}) only: its task fails the health check during the update and Swarm rolls the update back itself (update_config failure_action: rollback); the deploy reports that as Swarm's decision, does not fight it, and rolls back to the recorded release: images on both nodes, database to 0003`,
        async () => {
          const { main, pr, publishMs } = await swarmDeploy(B);
          const report = swarmReport(main);
          const copied = await copyIncident(swarmHost.dir, main.outputs["incident-path"]);
          const facts = {
            ...(await observeSwarm()),
            pullRequest: pr,
            deployment: deploymentFacts(main.outputs["deployment-id"]),
            message: report.message,
            swarmDecision: /Swarm's own decision/.test(report.message ?? ""),
            rollback: report.rollback,
            incidentFile: copied?.file,
            publishMs,
          };
          const ok =
            main.outputs.status === "rolled-back" &&
            facts.swarmDecision &&
            isDeepStrictEqual(facts.tasks, swarmHost.onEveryNode(A.sha)) &&
            facts.dbRevision === "0003" &&
            facts.breaker === "TRIPPED";
          return {
            run: main,
            facts,
            ok,
            extra: copied ? [{ name: "incident-report", markdown: copied.markdown, show: false }] : [],
          };
        },
      );
    }
    results.ok = results.stages.every((s) => s.ok);
  } catch (error) {
    if (error instanceof Interrupted || interrupted) results.interrupted = true;
    else {
      results.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
      out();
      out(red(`demo failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  } finally {
    out();
    process.stdout.write(bold("Cleaning up … "));
    const t0 = performance.now();
    const removed: string[] = [];
    cleaning ??= (async () => {
      for (const r of [...resources].reverse()) {
        await r
          .dispose()
          .then(() => removed.push(r.name))
          .catch((e: unknown) => out(red(`could not remove ${r.name}: ${String(e)}`)));
        resources.splice(resources.indexOf(r), 1);
        await writeResources();
      }
    })();
    await cleaning;
    out(
      `done ${dim(`(${seconds(performance.now() - t0)}; ${removed.length > 0 ? `removed: ${removed.join(", ")}` : "nothing was started"})`)}`,
    );
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    process.removeListener("SIGHUP", onSignal);
  }
  results.totalMs = Math.round(performance.now() - started);
  await writeFile(join(outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(outDir, "index.html"), indexHtml(results));
  out();
  out(
    bold(
      results.ok
        ? green("Demo complete")
        : results.interrupted
          ? yellow("Demo interrupted")
          : red("Demo finished with problems"),
    ),
  );
  for (const [i, s] of results.stages.entries())
    out(
      `  ${s.ok ? green("✔") : red("✘")} ${i + 1}. ${s.title} — ${s.status} ${dim(`(${seconds(s.durationMs)})`)}`,
    );
  out(
    `  total ${seconds(results.totalMs)}; open ${relative(process.cwd(), join(outDir, "index.html"))} in a browser for every job summary`,
  );
  return results;
}

/** The acts the options play and their stage count (the `[n/total]` of the progress lines). */
export function demoActs(options: Pick<DemoOptions, "swarm" | "only">): {
  compose: boolean;
  swarm: boolean;
  stages: number;
} {
  const compose = options.only !== "swarm";
  const swarm = options.swarm === true || options.only === "swarm";
  return { compose, swarm, stages: (compose ? 7 : 0) + (swarm ? 2 : 0) };
}

function pick(o: Readonly<Record<string, string>>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k] as string]));
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** The action bundles this process runs right now (children running an actions/<name>/dist file). */
function actionChildren(): number[] {
  const pids: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return pids;
  }
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid !== process.pid) continue;
      const cmdline = readFileSync(`/proc/${e}/cmdline`, "utf8");
      if (cmdline.includes(join(REPO_ROOT, "actions"))) pids.push(Number(e));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

function indexHtml(results: DemoResults): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const rows = results.stages
    .map((s, i) => {
      const base = (s.summaryFile ?? "").replace(/\.html$/, "");
      const files = s.files
        .slice(1)
        .map((f) => ` · <a href="${esc(f)}">${esc(f.slice(base.length + 1).replace(/\.html$/, ""))}</a>`)
        .join("");
      return `<tr><td>${i + 1}</td><td>${s.ok ? "✅" : "❌"}</td><td><a href="${esc(s.summaryFile ?? "#")}">${esc(s.title)}</a>${files}</td><td>${esc(s.status ?? "")}</td><td>${seconds(s.durationMs)}</td></tr>`;
    })
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>runbook-ops demo</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #d1d9e0;padding:4px 10px;text-align:left}</style></head><body>
<h1>runbook-ops demo</h1><p>${results.ok ? "✅ every stage did what it should" : results.interrupted ? "🛑 interrupted" : "❌ some stages did not"} · Docker: ${esc(results.docker.kind)} · total ${seconds(results.totalMs)}</p>
<table><thead><tr><th>#</th><th></th><th>stage (job summary)</th><th>status</th><th>duration</th></tr></thead><tbody>
${rows}
</tbody></table><p>Raw data: <a href="results.json">results.json</a></p></body></html>
`;
}

export interface CliArgs {
  options: DemoOptions;
  help: boolean;
}

export function parseDemoArgs(argv: readonly string[], isTty: boolean): CliArgs {
  const options: DemoOptions = {
    interactive: isTty && process.env.CI !== "true",
    color: isTty && !process.env.NO_COLOR,
    outDir: join(process.cwd(), ".demo"),
    summaries: true,
    ticker: isTty,
  };
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--non-interactive" || a === "-y" || a === "--yes") options.interactive = false;
    else if (a === "--interactive") options.interactive = true;
    else if (a === "--no-color") options.color = false;
    else if (a === "--color") options.color = true;
    else if (a === "--quiet") options.summaries = false;
    else if (a === "--full") options.full = true;
    else if (a === "--out") options.outDir = argv[++i] ?? options.outDir;
    else if (a === "--docker-host") options.dockerHost = argv[++i];
    else if (a === "--swarm") options.swarm = true;
    else if (a === "--only") {
      const act = argv[++i];
      if (act !== "swarm")
        throw new Error(
          `--only: unknown act ${act === undefined ? "(none given)" : JSON.stringify(act)}; the only act that plays alone is swarm (--only swarm)`,
        );
      options.only = act;
      options.swarm = true;
    } else if (a === "-h" || a === "--help") help = true;
    else throw new Error(`unknown option ${a} (see --help)`);
  }
  return { options, help };
}

export const USAGE = `npm run demo [-- options]

Plays the whole flow with the committed action bundles on this machine: two deploys, a bad release
rolled back automatically, the breaker reset, a manual rollback, a failed CI run triaged.
With --swarm, then the swarm act (engine: swarm on a real two-node Docker Swarm, root only): a release
converging on both nodes, and a release failing its health check on the worker only, rolled back by
Swarm itself and then to the recorded images on both nodes and the recorded database revision.

  --non-interactive, -y   do not pause between stages (default when not on a terminal or CI=true)
  --out DIR               where the summaries go (default .demo/)
  --docker-host URL       the Docker engine to try first (default DOCKER_HOST or the default socket;
                          a private dockerd is started when it does not answer)
  --swarm                 play the swarm act after the compose stages (2 more stages, ~3–5 min)
  --only swarm            play the swarm act alone
  --full                  show the collapsed sections of the summaries too (Health evidence, Incident…)
  --quiet                 no summaries in the terminal, progress lines only
  --no-color              plain text
`;
