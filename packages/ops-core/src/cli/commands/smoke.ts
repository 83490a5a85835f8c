// `ops smoke`: is production OK right now? The same checks and options as actions/smoke (kebab-case:
// --endpoints, --timeout, --compose-file, --redis-url, --smoke-command…), a human report on stdout, or the
// report JSON (`schema: 1`) with --json. Progress goes to stderr.
// Exit status: 0 when the verdict does not fail under --fail-on, 1 when it does, 2 for bad usage.

import { CancelledError, ConfigurationError } from "../../action/errors.js";
import { StreamLogger } from "../../action/logger.js";
import { readSmokeConfig, SMOKE_OPTIONS } from "../../health/inputs.js";
import { failsStep } from "../../health/report.js";
import { runSmoke } from "../../health/smoke.js";
import { renderSmokeText } from "../../health/text.js";
import { fileReader, resolveFrom, smokeDeps } from "../../health/wiring.js";
import { runCommand } from "../../process/run-command.js";
import { engineRunner, prepareEngine } from "../../remote/engine.js";
import { onSwarm } from "../../swarm/smoke.js";
import { stackName } from "../../swarm/stack.js";
import { type OptionSpec, parseCommandArgs } from "../args.js";
import type { CliIo } from "../io.js";
import { layeredInputs } from "../release-run.js";

const HELP = `usage: ops smoke [options] [-- SMOKE-COMMAND ARGS...]

Is production OK right now? Probes health endpoints (all at once, retrying with backoff until the timeout),
inspects the compose stack, reads the circuit breaker and kill switch from Redis, runs the smoke tests, and
compares latency with an earlier report. The same options as actions/smoke.

  --endpoints NAME=URL       a health endpoint (repeat, or one per line)
  --expect-status CODES      accepted status codes: 200 (default), "200,204", 2xx
  --expect-json PATH=VALUE   a condition on the JSON body, e.g. status=ok (repeatable)
  --timeout DURATION         overall wait for health (default 60s)
  --request-timeout DURATION per request (default 5s)
  --interval DURATION        longest wait between retries (default 400ms)
  --successes N              consecutive healthy answers required (default 2)
  --samples N                latency samples once healthy (default 10)
  --fail-fast true|false     stop waiting once a check has failed (default true)
  --compose-file FILE        the stack's compose file (repeatable)
  --compose-project NAME     compose project name
  --compose-command CMD      auto (default) | "docker compose" | docker-compose
  --docker-host URL          the engine: ssh://user@host[:port], tcp://host:port, unix:///path
                             (or OPS_DOCKER_HOST); the ssh key only from OPS_SSH_KEY, never an option
  --known-hosts LINES        the engine host's pinned key lines, as ssh-keyscan prints them
                             (or OPS_KNOWN_HOSTS)
  --engine compose|swarm     swarm: the stack's tasks across nodes (--compose-project names the stack);
                             {node} or {hostname} in an endpoint URL: one endpoint per node
  --services LIST            services that must run (default: all in the compose file)
  --observe DURATION         watch the stack for restarts at least this long (default 3s)
  --redis-url URL            Redis holding cb:state and killswitch:active
  --key-prefix PREFIX        prefix of those keys
  --redis-timeout DURATION   give up on Redis after (default 3s)
  --smoke-command "CMD ARGS" smoke tests to run (no shell), or give them after --
  --smoke-timeout DURATION   (default 10m)
  --working-directory DIR    where the smoke command runs and relative paths start
  --junit-path FILE          JUnit XML the smoke command writes
  --baseline FILE|JSON       an earlier --json report to compare latency with
  --latency-tolerance DUR    slowdowns under this are noise (default 25ms)
  --fail-on fail|inconclusive|never   which verdicts exit 1 (default fail)
  --json                     print the report JSON instead of text
  --verbose                  progress details on stderr

Exit status: 0 healthy (or not failing under --fail-on), 1 not healthy, 2 bad usage.
`;

const MULTIPLE = new Set(["endpoints", "expect-json", "compose-file", "services"]);

export async function run(argv: string[], io: CliIo): Promise<number> {
  const spec: OptionSpec = {
    json: { type: "boolean" },
    verbose: { type: "boolean" },
    engine: { type: "string" },
  };
  for (const name of SMOKE_OPTIONS)
    spec[name] = MULTIPLE.has(name) ? { type: "string", multiple: true } : { type: "string" };
  // Everything after `--` is the smoke command.
  const dashdash = argv.indexOf("--");
  const own = dashdash >= 0 ? argv.slice(0, dashdash) : argv;
  const command = dashdash >= 0 ? argv.slice(dashdash + 1) : [];
  if (command.length > 0) own.push("--smoke-command", JSON.stringify(command));
  const args = parseCommandArgs(own, spec);
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.positionals.length > 0) {
    throw new ConfigurationError(
      `unexpected argument ${JSON.stringify(args.positionals[0])}; give the smoke command after --`,
    );
  }
  const config = await readSmokeConfig(args.inputs, fileReader(io.cwd));
  const logger = new StreamLogger(io.stderr, args.values.verbose === true);
  const controller = new AbortController();
  const onSignal = () => controller.abort(new CancelledError("interrupted"));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const cleanups: Array<() => unknown> = [];
  try {
    // The engine options, also from OPS_DOCKER_HOST, OPS_KNOWN_HOSTS and OPS_SSH_KEY (env only: argv is
    // visible to every user of the host).
    const engine = await prepareEngine({
      inputs: layeredInputs(
        { "docker-host": args.values["docker-host"], "known-hosts": args.values["known-hosts"] },
        io.env,
        {},
      ),
      env: io.env,
      logger,
      signal: controller.signal,
      setSecret: () => undefined,
      onCleanup: (fn) => cleanups.push(fn),
    });
    const deps = smokeDeps(config, {
      cwd: io.cwd,
      env: engine.env,
      logger,
      signal: controller.signal,
      onCleanup: (fn) => cleanups.push(fn),
    });
    deps.run = engineRunner(deps.run, engine.env);
    const cwd = resolveFrom(io.cwd, config.compose?.cwd, ".");
    const swarm = args.inputs.enum("engine", ["compose", "swarm"] as const, "compose") === "swarm";
    const inputs = swarm
      ? await onSwarm(config.smoke, deps, {
          stack: stackName(config.compose?.project, cwd),
          services: [],
          run: engineRunner(runCommand, engine.env),
          env: engine.env,
          cwd,
        })
      : config.smoke;
    const report = await runSmoke(inputs, deps);
    io.stdout(args.values.json === true ? `${JSON.stringify(report, null, 2)}\n` : renderSmokeText(report));
    if (report.cancelled) return 1;
    return failsStep(report.verdict, config.failOn) ? 1 : 0;
  } finally {
    for (const fn of cleanups.reverse()) await fn();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
