// Which compose to run: the v2 plugin (`docker compose`) or the v1 program (`docker-compose`, the form the
// runbook uses and the one Debian ships). Configurable (input `compose-command`: auto | docker compose |
// docker-compose | any argv), otherwise detected by asking each for its version.

import { ConfigurationError, TransientError } from "../action/errors.js";
import { splitWords } from "../action/inputs.js";
import type { CommandRunner } from "../process/run-command.js";

export type ComposeFlavor = "v1" | "v2";

export interface ComposeCommand {
  /** The argv prefix, e.g. ["docker", "compose"] or ["docker-compose"]. */
  argv: readonly string[];
  flavor: ComposeFlavor;
  /** As the command reported it, e.g. `2.29.7` or `1.29.2`. */
  version: string;
}

export const V2_ARGV: readonly string[] = ["docker", "compose"];
export const V1_ARGV: readonly string[] = ["docker-compose"];

/**
 * The version in `version --short` output (v1 and v2 both support it), or in the long form
 * (`docker-compose version 1.29.2, build unknown`, `Docker Compose version v2.29.7`). Pure.
 */
export function parseComposeVersion(output: string): string | undefined {
  for (const line of output.split("\n")) {
    const m = /^\s*(?:(?:docker-compose|Docker Compose) version\s+)?v?(\d+\.\d+\.\d+[\w.+-]*)/i.exec(line);
    if (m?.[1]) return m[1].replace(/,$/, "");
  }
  return undefined;
}

/** v2 and later answer major ≥ 2. Pure. */
export function flavorOf(version: string): ComposeFlavor {
  const major = Number.parseInt(version, 10);
  return Number.isFinite(major) && major >= 2 ? "v2" : "v1";
}

/**
 * Turns the `compose-command` input into an argv prefix: `auto` (or empty) → undefined (detect);
 * `docker compose`, `docker-compose`, or any words (`podman-compose`, `/opt/bin/docker compose`). Pure.
 */
export function parseComposeCommand(value: string | undefined): readonly string[] | undefined {
  const text = value?.trim() ?? "";
  if (text === "" || text === "auto") return undefined;
  const words = splitWords(text);
  return words.length > 0 ? words : undefined;
}

export interface DetectOptions {
  run: CommandRunner;
  /** A configured command (see parseComposeCommand); undefined = try v2 then v1. */
  command?: readonly string[];
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  signal?: AbortSignal;
}

async function probe(argv: readonly string[], o: DetectOptions): Promise<ComposeCommand | string> {
  let result: Awaited<ReturnType<CommandRunner>>;
  try {
    result = await o.run([...argv, "version", "--short"], {
      timeoutMs: o.timeoutMs ?? 15_000,
      ...(o.env ? { env: o.env } : {}),
      ...(o.signal ? { signal: o.signal } : {}),
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (result.timedOut) return `\`${argv.join(" ")} version\` timed out`;
  const version = result.code === 0 ? parseComposeVersion(result.stdout) : undefined;
  if (!version) {
    const why = (result.stderr || result.stdout).trim().split("\n")[0] ?? "";
    return `\`${argv.join(" ")} version\` exited with ${result.code}${why ? `: ${why}` : ""}`;
  }
  return { argv, flavor: flavorOf(version), version };
}

/**
 * The compose to use. A configured command must answer `version`, or this throws a ConfigurationError
 * naming `compose-command`; auto tries `docker compose` then `docker-compose`.
 */
export async function detectCompose(options: DetectOptions): Promise<ComposeCommand> {
  if (options.command) {
    const found = await probe(options.command, options);
    if (typeof found !== "string") return found;
    throw new ConfigurationError(`compose command \`${options.command.join(" ")}\` does not work: ${found}`, {
      input: "compose-command",
    });
  }
  const v2 = await probe(V2_ARGV, options);
  if (typeof v2 !== "string") return v2;
  const v1 = await probe(V1_ARGV, options);
  if (typeof v1 !== "string") return v1;
  if (/timed out/.test(v2) && /timed out/.test(v1))
    throw new TransientError(`compose did not answer: ${v2}; ${v1}`);
  throw new ConfigurationError(
    `no compose found: neither \`docker compose\` (${v2}) nor \`docker-compose\` (${v1}) works; install one or set compose-command`,
    { input: "compose-command" },
  );
}
