// `ops deploy [SHA]`: actions/deploy at the terminal on the production host — the same engine, wiring and
// inputs (release/actions.ts deployAction): gates, lock, migrations, verification, the automatic rollback,
// the incident report, the breaker; every record also in the host's release mirror. Live progress on
// stderr, the summary for the terminal on stdout (the report JSON with --json) and as Markdown in a file.
// GitHub's gates (branch head, PR approved, CI green, migrations tested) are evaluated when GitHub answers;
// when it does not, --break-glass skips exactly those, says so, and records it in the audit stream.

import { ConfigurationError } from "../../action/errors.js";
import { runCommand } from "../../process/run-command.js";
import { deployAction } from "../../release/actions.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo } from "../io.js";
import {
  DEPLOY_OPTIONS,
  HOST_OPTIONS,
  optionSpec,
  runAtTerminal,
  summaryPath,
  terminalRun,
} from "../release-run.js";

const HELP = `usage: ops deploy [SHA] [options]

Deploys SHA (default: the deploy directory's git HEAD) exactly as actions/deploy does: every gate with its
evidence, the deploy lock, images built and tagged by version, migrations, restart, verification and watch
window, automatic rollback with an incident report on failure. Options are the action's inputs
(--compose-file, --redis-url, --endpoints, --watch…), each also read from OPS_<NAME>
(e.g. OPS_REDIS_URL, OPS_WORKING_DIRECTORY); see actions/deploy/README.md.

  --engine compose|swarm  swarm: docker stack deploy on this Swarm manager (see actions/deploy/README.md)
  --dry-run               evaluate every gate and show the plan; change nothing
  --break-glass           GitHub does not answer: skip the gates only GitHub can answer (branch head,
                          PR approved, CI green, migrations tested), say so in the summary, audit it
  --token TOKEN           GitHub token (or OPS_TOKEN / GITHUB_TOKEN); without one, the mirror only
  --repository OWNER/NAME (or GITHUB_REPOSITORY)     --api-url URL (or GITHUB_API_URL)
  --mirror-file FILE      the release mirror (default <working-directory>/.ops/releases.jsonl)
  --probe-timeout DUR     how long GitHub gets to answer before the mirror is used (default 5s)
  --docker-host URL       the engine: ssh://user@host[:port] (or OPS_DOCKER_HOST), with --known-hosts
                          LINES (or OPS_KNOWN_HOSTS) and the key in OPS_SSH_KEY (never an option)
  --summary FILE          where the Markdown summary goes (default .ops/summaries/deploy-<time>.md)
  --json                  print the report JSON instead of the summary
  --verbose               debug lines on stderr

Exit status: 0 deployed (or dry run), 1 refused, failed or rolled back, 2 bad usage.
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, optionSpec([...HOST_OPTIONS, ...DEPLOY_OPTIONS]));
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.positionals.length > 1)
    throw new ConfigurationError(`unexpected argument ${JSON.stringify(args.positionals[1])}`);
  const values = { ...args.values };
  const t0 = terminalRun(values, io);
  let sha = args.positionals[0];
  if (sha === undefined) {
    const head = await runCommand(["git", "rev-parse", "HEAD"], {
      cwd: t0.workingDirectory,
      env: io.env,
      timeoutMs: 10_000,
    });
    sha = head.code === 0 ? head.stdout.trim() : undefined;
    if (!sha)
      throw new ConfigurationError(
        `give the commit to deploy: ops deploy SHA (${t0.workingDirectory} is not a git checkout)`,
      );
  }
  const t = terminalRun({ ...values, sha }, io);
  t.run.sha = sha;
  return runAtTerminal(
    "deploy",
    t,
    io,
    {
      summaryPath: summaryPath("deploy", values.summary as string | undefined),
      verbose: values.verbose === true,
      json: values.json === true,
    },
    (ctx) =>
      deployAction(ctx, {
        mirror: {
          ...(typeof values["mirror-file"] === "string" ? { file: values["mirror-file"] } : {}),
          breakGlass: values["break-glass"] === true,
          ...(t.githubDisabled ? { githubDisabled: t.githubDisabled } : {}),
          ...(probeMs(ctx.inputs) !== undefined ? { probeTimeoutMs: probeMs(ctx.inputs) } : {}),
        },
      }),
  );
}

function probeMs(inputs: import("../../action/inputs.js").Inputs): number | undefined {
  return inputs.duration("probe-timeout", { min: 100, max: 60_000 });
}
