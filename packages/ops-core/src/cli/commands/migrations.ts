// `ops migrations test`: the runbook's local migration test (upgrade head, downgrade to the previous head,
// upgrade head again) on a scratch database, as a CI step. Its job name is the check the deploy gate
// "Migrations tested" looks for (deploy input `migrations-check`, default `migrations-tested`).
// `ops migrations status`: the database's revision, the head(s) and the pending migrations.

import { isAbsolute, join } from "node:path";
import { ConfigurationError } from "../../action/errors.js";
import { formatDuration, splitWords } from "../../action/inputs.js";
import { inertLine } from "../../action/safe-text.js";
import { createAlembic, pendingMigrations, testMigrations } from "../../migrations/alembic.js";
import { runCommand } from "../../process/run-command.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo } from "../io.js";

const HELP = `usage: ops migrations test|status [options]

  test     upgrade head → downgrade to the previous head → upgrade head, on a scratch SQLite database
           (a copy of --from-sqlite, or an empty one), checking \`alembic current\` after each step
  status   the database's revision, the head(s) and the pending migrations

options:
  --directory DIR        the folder holding alembic.ini (default: db)
  --config FILE          alembic config file, relative to --directory (default: alembic.ini)
  --alembic-command CMD  how to run Alembic (default: alembic; e.g. "python3 -m alembic")
  --previous-head REV    the revision to go back to (default: the starting database's, or the head's parent)
  --from-sqlite FILE     test: start from a copy of this SQLite database (e.g. a production snapshot)
  --database-url URL     status: the database to read (default: what alembic.ini / env.py choose)
  --timeout DURATION     per Alembic call (default: 5m)
  --json                 machine-readable result

Exit status: 0 passed, 1 a step failed, 2 bad usage.
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    directory: { type: "string" },
    config: { type: "string" },
    "alembic-command": { type: "string" },
    "previous-head": { type: "string" },
    "from-sqlite": { type: "string" },
    "database-url": { type: "string" },
    timeout: { type: "string" },
    json: { type: "boolean" },
  });
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  const [action, ...extra] = args.positionals;
  if (action !== "test" && action !== "status") {
    throw new ConfigurationError(
      `say what to do: ops migrations test|status (got ${JSON.stringify(action ?? "")})`,
    );
  }
  if (extra.length > 0) throw new ConfigurationError(`unexpected argument ${JSON.stringify(extra[0])}`);
  const { inputs } = args;
  const resolve = (p: string) => (isAbsolute(p) ? p : join(io.cwd, p));
  const command = splitWords(inputs.string("alembic-command", "alembic"));
  if (command.length === 0)
    throw new ConfigurationError("option --alembic-command is empty", { input: "alembic-command" });
  const alembic = createAlembic({
    run: runCommand,
    directory: resolve(inputs.string("directory", "db")),
    command,
    ...(inputs.optional("config") ? { config: inputs.string("config", "alembic.ini") } : {}),
    env: io.env,
    timeoutMs: inputs.duration("timeout", { fallback: 300_000, min: 1000 }),
  });
  const json = args.values.json === true;

  if (action === "status") {
    const url = inputs.optional("database-url");
    const db = url ? alembic.withDatabase(url) : alembic;
    const status = await pendingMigrations(db);
    if (json) {
      io.stdout(`${JSON.stringify(status, null, 2)}\n`);
      return 0;
    }
    io.stdout(`database at ${status.current ?? "base"}; head ${status.head}\n`);
    if (status.pending.length === 0) io.stdout("no pending migration\n");
    for (const m of status.pending) {
      const drops =
        m.destructiveDowngrade.length > 0
          ? ` (its downgrade drops: ${m.destructiveDowngrade.join(", ")})`
          : "";
      io.stdout(`pending ${inertLine(m.revision)}: ${inertLine(m.message ?? "")}${inertLine(drops)}\n`);
    }
    return 0;
  }

  const fromSqlite = inputs.optional("from-sqlite");
  const previous = inputs.optional("previous-head");
  const result = await testMigrations(alembic, {
    ...(fromSqlite ? { sqliteSource: resolve(fromSqlite) } : {}),
    ...(previous !== undefined ? { previousHead: previous === "base" ? null : previous } : {}),
  });
  if (json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    io.stdout(`migration test: head ${result.head ?? "?"}, previous head ${result.previousHead ?? "base"}\n`);
    for (const step of result.steps) {
      const mark = step.ok ? "✔" : "✘";
      io.stdout(
        `${mark} ${inertLine(step.name)} → ${step.revision ?? "base"} (${formatDuration(step.durationMs)})${step.error ? `: ${inertLine(step.error)}` : ""}\n`,
      );
    }
    io.stdout(
      result.ok
        ? "migrations tested: upgrade, downgrade and upgrade again all passed\n"
        : "migration test FAILED\n",
    );
  }
  return result.ok ? 0 : 1;
}
