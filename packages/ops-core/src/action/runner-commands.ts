// The runner's contract, as far as runAction uses it: workflow commands on stdout (`::warning file=…::msg`),
// file commands (GITHUB_OUTPUT, GITHUB_STATE with a random heredoc delimiter), the job summary file, and
// setFailed. Same names, behaviour and escaping as @actions/core (command.ts, file-command.ts), without its
// import chain (@actions/http-client → undici, @actions/exec, the OIDC client): that chain was ~1 MB of
// every bundle and about two thirds of every action's cold start (bench/cold-start.ts).

import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function issue(
  command: string,
  message = "",
  properties: Record<string, string | number | undefined> = {},
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  process.stdout.write(`::${command}${props ? ` ${props}` : ""}::${escapeData(message)}${EOL}`);
}

function fileCommand(variable: string, key: string, value: string): boolean {
  const path = process.env[variable];
  if (!path) return false;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) throw new Error(`unexpected delimiter in ${key}`);
  appendFileSync(path, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: "utf8" });
  return true;
}

function annotation(where?: AnnotationProperties): Record<string, string | number | undefined> {
  if (!where) return {};
  return {
    title: where.title,
    file: where.file,
    line: where.startLine,
    endLine: where.endLine,
    col: where.startColumn,
    endColumn: where.endColumn,
  };
}

export const debug = (message: string) => issue("debug", message);
export const info = (message: string) => process.stdout.write(`${message}${EOL}`);
export const warning = (message: string, where?: AnnotationProperties) =>
  issue("warning", message, annotation(where));
export const error = (message: string, where?: AnnotationProperties) =>
  issue("error", message, annotation(where));
export const notice = (message: string, where?: AnnotationProperties) =>
  issue("notice", message, annotation(where));
export const startGroup = (name: string) => issue("group", name);
export const endGroup = () => issue("endgroup");
export const setSecret = (secret: string) => issue("add-mask", secret);
export function setOutput(name: string, value: string): void {
  if (!fileCommand("GITHUB_OUTPUT", name, value)) {
    process.stdout.write(EOL);
    issue("set-output", value, { name });
  }
}
export function saveState(name: string, value: string): void {
  if (!fileCommand("GITHUB_STATE", name, value)) issue("save-state", value, { name });
}
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}
/** The job summary: run-action.ts only appends one finished document. */
export const summary = {
  addRaw(text: string, addEol = false) {
    const doc = addEol ? `${text}${EOL}` : text;
    return {
      async write(): Promise<void> {
        const path = process.env.GITHUB_STEP_SUMMARY;
        if (!path) throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY.");
        appendFileSync(path, doc, { encoding: "utf8" });
      },
    };
  },
};
