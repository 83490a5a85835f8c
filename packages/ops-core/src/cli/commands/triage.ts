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
nextest, surefire; parsed, never run) and prints, per file: the category of the first real cause, a summary, the
locations (path:line[:col]), failing tests, the likely fix and a command to reproduce it.

  --json   one JSON array, one object per file, in order:
           {file, category, summary, locations, tests, fix, reproduce, evidence}

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

function human(j: TriageJson, step: string | undefined): string {
  const out = [`${inertLine(j.file)}: ${j.category}`, `  ${inertLine(j.summary)}`];
  if (step) out.push(`  step: ${inertLine(step)}`);
  if (j.locations.length > 0) out.push(`  locations: ${j.locations.slice(0, 10).map(inertLine).join(", ")}`);
  if (j.tests.length > 0) out.push(`  tests: ${j.tests.slice(0, 10).map(inertLine).join(", ")}`);
  out.push(`  fix: ${inertLine(j.fix)}`, `  reproduce: ${inertLine(j.reproduce)}`);
  for (const e of j.evidence.slice(0, 5)) out.push(`  | ${inertLine(e)}`);
  return `${out.join("\n")}\n\n`;
}
