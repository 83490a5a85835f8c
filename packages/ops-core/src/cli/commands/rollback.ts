// `ops rollback [--to last-good|SHA|ID] [--db-revision …] --reason …`: actions/rollback at the terminal
// on the production host — the same engine and wiring (release/actions.ts rollbackAction): the plan and
// its refusals, the lock, the database to the target's recorded revision, the target's images (never
// rebuilt), verification, the records (also in the host's release mirror), the incident report as a file.
// When GitHub does not answer, the target is resolved from the mirror, and the summary says so.

import { ConfigurationError } from "../../action/errors.js";
import type { Inputs } from "../../action/inputs.js";
import { rollbackAction } from "../../release/actions.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo } from "../io.js";
import {
  HOST_OPTIONS,
  optionSpec,
  ROLLBACK_OPTIONS,
  runAtTerminal,
  summaryPath,
  terminalRun,
} from "../release-run.js";

const HELP = `usage: ops rollback --reason TEXT [--to last-good|SHA|ID] [options]

Rolls production back exactly as actions/rollback does (the Rollback button): the database downgraded to
the target's recorded revision with the current code, the target's images started without rebuilding,
verified, recorded, with an incident report written under the deploy directory. Options are the action's
inputs (--compose-file, --redis-url, --endpoints…), each also read from OPS_<NAME>; see
actions/rollback/README.md.

  --engine compose|swarm  swarm: docker stack deploy on this Swarm manager (see actions/deploy/README.md)
  --to TARGET             last-good (default), a commit sha, or a deployment id
  --reason TEXT           why (required; it goes into the records and the incident report)
  --db-revision REV       recorded (default) | none | a revision to downgrade to
  --db-only true          only the database, services untouched
  --confirm-destructive true   allow undoing migrations whose downgrade drops data
  --dry-run               show the plan; change nothing
  --token TOKEN           GitHub token (or OPS_TOKEN / GITHUB_TOKEN); without one, the mirror only
  --repository OWNER/NAME (or GITHUB_REPOSITORY)     --api-url URL (or GITHUB_API_URL)
  --mirror-file FILE      the release mirror (default <working-directory>/.ops/releases.jsonl)
  --probe-timeout DUR     how long GitHub gets to answer before the mirror is used (default 5s)
  --docker-host URL       the engine: ssh://user@host[:port] (or OPS_DOCKER_HOST), with --known-hosts
                          LINES (or OPS_KNOWN_HOSTS) and the key in OPS_SSH_KEY (never an option)
  --summary FILE          where the Markdown summary goes (default .ops/summaries/rollback-<time>.md)
  --json                  print the report JSON instead of the summary

Exit status: 0 rolled back (or dry run), 1 refused or failed, 2 bad usage.
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    ...optionSpec([...HOST_OPTIONS, ...ROLLBACK_OPTIONS]),
    to: { type: "string" },
    reason: { type: "string" },
  });
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.positionals.length > 0)
    throw new ConfigurationError(
      `unexpected argument ${JSON.stringify(args.positionals[0])}; give the target with --to`,
    );
  const values: Record<string, string | boolean | string[] | undefined> = {
    ...args.values,
    ...(args.values.to !== undefined ? { target: args.values.to } : {}),
  };
  const t = terminalRun(values, io);
  return runAtTerminal(
    "rollback",
    t,
    io,
    {
      summaryPath: summaryPath("rollback", values.summary as string | undefined),
      verbose: values.verbose === true,
      json: values.json === true,
    },
    (ctx) => {
      const probe = probeMs(ctx.inputs);
      return rollbackAction(ctx, {
        mirror: {
          ...(typeof values["mirror-file"] === "string" ? { file: values["mirror-file"] } : {}),
          ...(t.githubDisabled ? { githubDisabled: t.githubDisabled } : {}),
          ...(probe !== undefined ? { probeTimeoutMs: probe } : {}),
        },
      });
    },
  );
}

function probeMs(inputs: Inputs): number | undefined {
  return inputs.duration("probe-timeout", { min: 100, max: 60_000 });
}
