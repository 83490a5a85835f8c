// Command-line options for `ops` commands, on node's own parser; bad usage is a ConfigurationError (exit 2).

import { parseArgs } from "node:util";
import { ConfigurationError } from "../action/errors.js";
import { Inputs, optionInputSource } from "../action/inputs.js";

export type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;

export interface ParsedArgs {
  /** Options as typed inputs: the same strict helpers the actions use, errors naming `--option`. */
  inputs: Inputs;
  /** Raw option values. */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  help: boolean;
}

export function parseCommandArgs(argv: string[], options: OptionSpec): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new ConfigurationError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const strings: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "string") strings[k] = v;
    else if (Array.isArray(v)) strings[k] = v.join("\n");
    else if (typeof v === "boolean") strings[k] = String(v);
  }
  return {
    inputs: new Inputs(optionInputSource(strings)),
    values,
    positionals: parsed.positionals,
    help: values.help === true,
  };
}
