// The `ops` command: the same core as the actions, at a terminal. Each command lives in its own module,
// loaded only when asked for, so `ops triage` never loads Redis or octokit.
// Exit codes: 0 done, 1 refused or failed, 2 bad usage.

import { ConfigurationError, errorKind, errorMessage } from "../action/errors.js";
import { inertLine } from "../action/safe-text.js";
import type { CliIo, CommandModule } from "./io.js";

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  smoke: {
    summary: "is production OK? probe endpoints, stack, breaker, smoke tests",
    load: () => loadCommand("smoke"),
  },
  triage: {
    summary: "classify CI failure logs: what broke, where, how to fix and reproduce",
    load: () => loadCommand("triage"),
  },
  killswitch: { summary: "kill switch: on | off | status", load: () => loadCommand("killswitch") },
  breaker: { summary: "circuit breaker: trip | reset | status", load: () => loadCommand("breaker") },
  lock: { summary: "deploy lock: status | release", load: () => loadCommand("lock") },
  audit: { summary: "the audit stream of state changes", load: () => loadCommand("audit") },
  deploy: {
    summary: "deploy a commit as actions/deploy does (gates, lock, migrations, verification, rollback)",
    load: () => loadCommand("deploy"),
  },
  rollback: {
    summary: "roll back as the Rollback button does: --to last-good|SHA|ID --reason …",
    load: () => loadCommand("rollback"),
  },
  releases: {
    summary: "the release history (current, last good, images here); `sync` writes it to GitHub",
    load: () => loadCommand("releases"),
  },
  migrations: {
    summary: "Alembic: test (upgrade, downgrade, upgrade on a scratch db) | status",
    load: () => loadCommand("migrations"),
  },
};

/** Commands are compiled to dist/cli/commands/<name>.js and loaded only when called. */
function loadCommand(name: string): Promise<CommandModule> {
  return import(`./commands/${name}.js`) as Promise<CommandModule>;
}

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: ops <command> [options]\n\ncommands:\n${lines.join("\n")}\n\nRun \`ops <command> --help\` for its options.\n`;
}

export function defaultIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  };
}

export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`ops: unknown command ${JSON.stringify(inertLine(name))}\n\n${usage()}`);
    return 2;
  }
  try {
    const module = await command.load();
    return await module.run(rest, io);
  } catch (error) {
    io.stderr(`ops ${name}: ${inertLine(errorMessage(error))}\n`);
    return errorKind(error) === "configuration" || error instanceof ConfigurationError ? 2 : 1;
  }
}
