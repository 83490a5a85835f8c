// What `ops killswitch`, `ops breaker`, `ops lock` and `ops audit` share: the common options
// (--redis-url, --reason, --prefix, --json), the subcommand, who is acting, the connection (always
// closed), and how a refusal is printed. Exit codes: 0 done, 1 refused or failed, 2 bad usage.

import { userInfo } from "node:os";
import { ConfigurationError, errorMessage, RefusalError } from "../../action/errors.js";
import { inertLine, inertText } from "../../action/safe-text.js";
import { checkReason } from "../../state/audit.js";
import type { ChangeResult } from "../../state/change.js";
import { type Actor, type OpenStateClient, openState } from "../../state/client.js";
import { parseRedisUrl } from "../../state/connection.js";
import { renderChangeText, stateJson } from "../../state/report.js";
import { type OptionSpec, type ParsedArgs, parseCommandArgs } from "../args.js";
import type { CliIo } from "../io.js";

export const STATE_OPTIONS: OptionSpec = {
  "redis-url": { type: "string" },
  reason: { type: "string" },
  prefix: { type: "string" },
  json: { type: "boolean" },
};

export const COMMON_HELP = `common options:
  --redis-url URL   redis://[user:password@]host[:port][/db] or rediss://… (default: $REDIS_URL)
  --prefix P        key prefix, e.g. staging: (default: none)
  --reason TEXT     why: required for every change, recorded in the audit stream
  --json            print JSON instead of text

Exit status: 0 done, 1 refused or failed (e.g. Redis unreachable), 2 bad usage.
`;

export interface StateCommand {
  args: ParsedArgs;
  io: CliIo;
  json: boolean;
  /** The subcommand, one of the allowed ones. */
  sub: string;
  actor: Actor;
  /** The --reason, required and checked (call only for changes). */
  reason(): string;
  /** Connects on first call; closed when the command ends. */
  client(): Promise<OpenStateClient>;
  /** Prints data as JSON (with --json) or text. */
  print(data: unknown, text: string): void;
}

/** Who is acting: the GitHub actor inside a workflow, the local user otherwise. */
export function cliActor(env: NodeJS.ProcessEnv): Actor {
  let user = env.GITHUB_ACTOR || env.USER || env.LOGNAME || "";
  if (!user) {
    try {
      user = userInfo().username;
    } catch {
      user = "unknown";
    }
  }
  const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return { actor: env.GITHUB_ACTOR ? user : `${user} (cli)`, runUrl, runId: env.GITHUB_RUN_ID };
}

/**
 * Parses the options, checks the subcommand, runs `body` with a lazily opened state client, and closes
 * it. A refusal prints its evidence and returns 1; other errors go to the `ops` dispatcher (2 for bad
 * usage, 1 otherwise).
 */
export async function runStateCommand(
  argv: string[],
  io: CliIo,
  spec: {
    name: string;
    help: string;
    subcommands: readonly string[];
    defaultSub?: string;
    options?: OptionSpec;
  },
  body: (cmd: StateCommand) => Promise<number>,
): Promise<number> {
  const args = parseCommandArgs(argv, { ...STATE_OPTIONS, ...spec.options });
  if (args.help) {
    io.stdout(spec.help);
    return 0;
  }
  const [given, ...extra] = args.positionals;
  const sub = given ?? spec.defaultSub;
  if (sub === undefined || !spec.subcommands.includes(sub)) {
    throw new ConfigurationError(
      `${sub === undefined ? "give a subcommand" : `unknown subcommand ${JSON.stringify(inertLine(sub))}`}: ops ${spec.name} ${spec.subcommands.join("|")}`,
      { input: "subcommand" },
    );
  }
  if (extra.length > 0) {
    throw new ConfigurationError(`unexpected argument ${JSON.stringify(inertLine(extra[0] ?? ""))}`);
  }
  const json = args.values.json === true;
  const url = args.inputs.optional("redis-url") ?? io.env.REDIS_URL?.trim();
  const prefix = args.inputs.optional("prefix") ?? "";
  let open: OpenStateClient | undefined;
  const cmd: StateCommand = {
    args,
    io,
    json,
    sub,
    actor: cliActor(io.env),
    reason: () => checkReason(args.inputs.optional("reason"), "--reason"),
    client: async () => {
      if (open) return open;
      if (!url) {
        throw new ConfigurationError("--redis-url is required (or set REDIS_URL)", { input: "redis-url" });
      }
      parseRedisUrl(url, "--redis-url");
      open = await openState(url, { keyPrefix: prefix, prefixInput: "--prefix", input: "--redis-url" });
      return open;
    },
    // Text carries what people wrote (reasons, actors): inert, so it cannot act as a workflow command.
    print: (data, text) => io.stdout(json ? `${JSON.stringify(data, null, 2)}\n` : inertText(text)),
  };
  try {
    return await body(cmd);
  } catch (error) {
    if (error instanceof RefusalError) {
      if (json)
        io.stdout(`${JSON.stringify({ refused: error.message, evidence: error.evidence }, null, 2)}\n`);
      io.stderr(`ops ${spec.name} ${sub}: refused: ${inertLine(error.message)}\n`);
      for (const e of error.evidence) io.stderr(`  ${inertLine(e)}\n`);
      return 1;
    }
    if (error instanceof ConfigurationError) throw error;
    throw new Error(errorMessage(error), { cause: error });
  } finally {
    await open?.close();
  }
}

/** The JSON and the text of a change. */
export function printChange(cmd: StateCommand, result: ChangeResult): void {
  cmd.print(
    {
      schema: 1,
      operation: result.op,
      changed: result.changed,
      changes: result.changes,
      state: stateJson(result.after),
      notes: result.notes,
    },
    renderChangeText(result),
  );
}
