// `ops triage FILE... [--json]`: classify CI failure logs (raw API job logs, `gh run view --log-failed`
// output, or pasted logs). With --json: one JSON array, one object per file, in order (ARCHITECTURE.md).
// Exit codes: 0 when no file shows a failure, 1 when at least one does (the JSON is printed either way),
// 2 for bad usage or an unreadable file.

import { ConfigurationError } from "../../action/errors.js";
import { inertLine } from "../../action/safe-text.js";
import { isJunitPath, triageJunitFile } from "../../triage/junit-file.js";
import { triageFile } from "../../triage/triage.js";
import { type TriageJson, toJson } from "../../triage/types.js";
import { parseCommandArgs } from "../args.js";
import type { CliIo } from "../io.js";

const HELP = `usage: ops triage FILE... [--json]

Reads CI failure logs (raw job logs from the API, \`gh run view --log-failed\` output, or pasted text; "-"
reads standard input), or JUnit XML test reports (FILE.xml: pytest --junitxml, jest-junit, vitest, go,
nextest, surefire; parsed, never run) and prints, per file: the category of the first real cause and the
tool that reported it, a summary, the locations (path:line[:col]), failing tests, the likely fix and a
command to reproduce it (the failing step's own command, narrowed to the failing tests or files). The
text output has control characters and escape sequences from the log removed; the JSON keeps the text
as data.

  --json   one JSON array, one object per file, in order:
           {file, category, tool, summary, locations, tests, fix, reproduce,
            evidence}

Exit status: 0 no failure found, 1 a failure was found in at least one file, 2 bad usage.
`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, { json: { type: "boolean" } });
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.positionals.length === 0)
    throw new ConfigurationError("give at least one log FILE (or - for stdin)");
  const json = args.values.json === true;
  const results: TriageJson[] = [];
  let failures = 0;
  for (const file of args.positionals) {
    let r: Awaited<ReturnType<typeof triageFile>>;
    try {
      const path = resolvePath(io.cwd, file);
      r =
        file === "-"
          ? await triageStdin()
          : isJunitPath(file)
            ? await triageJunitFile(path, file) // a JUnit XML report: its exact tests
            : await triageFile(path);
    } catch (error) {
      throw new ConfigurationError(`cannot read ${file}: ${(error as Error).message}`);
    }
    if (r.details.rule !== "none") failures++;
    const j = toJson(file, r);
    results.push(j);
    if (!json) io.stdout(human(j, r.details.step));
  }
  if (json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}

async function triageStdin() {
  const { triageStream } = await import("../../triage/triage.js");
  return triageStream(process.stdin);
}

function resolvePath(cwd: string, file: string): string {
  return file.startsWith("/") ? file : `${cwd}/${file}`;
}

// ESC sequences (CSI with its parameters, OSC up to BEL/ST, two-character escapes), then any C0/C1
// control, DEL, NEL (U+0085), line/paragraph separators and the bidi embeddings, overrides and isolates.
// Bounded classes, no nesting: linear.
const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  /\u001b\[[0-9;?<=>!]{0,64}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?|\u009b[0-9;?]{0,64}[@-~]|\u001b[@-_]/g;
const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a log made safe for a terminal: escape sequences and control characters removed (a hostile
 * log cannot move the cursor, retitle the window, hide text or reorder it with bidi overrides), tabs
 * kept as spaces. For the text output; the JSON carries the text as data.
 */
export function terminalText(text: string): string {
  return inertLine(text.replace(ESCAPES, "").replace(/\t/g, " ").replace(CONTROLS, ""));
}

function human(j: TriageJson, step: string | undefined): string {
  const t = terminalText;
  const out = [`${t(j.file)}: ${j.category} (${j.tool})`, `  ${t(j.summary)}`];
  if (step) out.push(`  step: ${t(step)}`);
  if (j.locations.length > 0) out.push(`  locations: ${j.locations.slice(0, 10).map(t).join(", ")}`);
  if (j.tests.length > 0) out.push(`  tests: ${j.tests.slice(0, 10).map(t).join(", ")}`);
  out.push(`  fix: ${t(j.fix)}`, `  reproduce: ${t(j.reproduce)}`);
  for (const e of j.evidence.slice(0, 5)) out.push(`  | ${t(e)}`);
  return `${out.join("\n")}\n\n`;
}
