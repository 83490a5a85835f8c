// actions/smoke: inputs → the smoke core → outputs and summary, all inside runAction. The logic lives in
// @ops/core/health; this file only wires it. ioredis is loaded only when `redis-url` is given.

import { CancelledError } from "@ops/core/action/errors";
import { runAction } from "@ops/core/action/run-action";
import { mdText } from "@ops/core/action/safe-text";
import { secretFormsOfLines } from "@ops/core/action/secrets";
import { readSmokeConfig } from "@ops/core/health/inputs";
import { failsStep } from "@ops/core/health/report";
import { runSmoke } from "@ops/core/health/smoke";
import { renderSmokeSummary } from "@ops/core/health/summary";
import { fileReader, resolveFrom, smokeDeps } from "@ops/core/health/wiring";
import { runCommand } from "@ops/core/process/run-command";
import { engineRunner, keyMasks, withEngine } from "@ops/core/remote/engine";
import { redisMasks } from "@ops/core/state/connection";
import { onSwarm } from "@ops/core/swarm/smoke";
import { stackName } from "@ops/core/swarm/stack";

export function run(): Promise<void> {
  return runAction("smoke", async (ctx) => {
    // Mask the Redis URL and every form of its password before anything can print them.
    for (const secret of [
      ...redisMasks(ctx.inputs.optional("redis-url")),
      ...secretFormsOfLines(ctx.inputs.optional("endpoints")),
      ...keyMasks(ctx.inputs.optional("ssh-key")),
    ])
      ctx.setSecret(secret);
    const workspace = ctx.env.GITHUB_WORKSPACE ?? process.cwd();
    const config = await readSmokeConfig(ctx.inputs, fileReader(workspace));
    // The engine (docker-host): the stack is inspected there, and the smoke command gets its env too.
    const { env, engine } = await withEngine(ctx);
    const deps = smokeDeps(config, {
      cwd: workspace,
      env,
      logger: ctx.logger,
      signal: ctx.signal,
      onCleanup: (fn) => ctx.onCleanup(fn),
    });
    deps.run = engineRunner(deps.run, env);
    // `engine: swarm`: the stack's tasks across the nodes, endpoints templated per node.
    const kind = ctx.inputs.enum("engine", ["compose", "swarm"] as const, "compose");
    const cwd = resolveFrom(workspace, config.compose?.cwd, ".");
    const smoke =
      kind === "swarm"
        ? await onSwarm(config.smoke, deps, {
            stack: stackName(config.compose?.project, cwd),
            services: [],
            run: engineRunner(runCommand, env),
            env,
            cwd,
          })
        : config.smoke;

    const report = await ctx.logger.group("Smoke check", () => runSmoke(smoke, deps));
    ctx.setOutput("verdict", report.verdict);
    ctx.setOutput("healthy", String(report.healthy));
    ctx.setOutput("report", JSON.stringify(report));
    const summary = renderSmokeSummary(report);
    const cut = summary.indexOf("\n\n");
    const note = engine.description ? `> 🔗 Docker engine: ${mdText(engine.description)}` : "";
    ctx.setSummary(
      !note
        ? summary
        : cut < 0
          ? `${summary}\n\n${note}`
          : `${summary.slice(0, cut)}\n\n${note}${summary.slice(cut)}`,
    );
    if (report.cancelled) throw new CancelledError("the smoke check was cancelled");

    for (const f of report.findings) {
      if (f.level === "warn") ctx.logger.warning(f.text, { title: `smoke: ${f.check}` });
    }
    ctx.logger.info(`verdict: ${report.verdict} — ${report.headline}`);
    if (failsStep(report.verdict, config.failOn)) return { failed: `${report.verdict}: ${report.headline}` };
    if (report.verdict !== "pass")
      ctx.logger.warning(`verdict ${report.verdict} (fail-on: ${config.failOn}): ${report.headline}`);
    return undefined;
  });
}
