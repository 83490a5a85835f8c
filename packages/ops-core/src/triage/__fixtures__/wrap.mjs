#!/usr/bin/env node
// Wraps a real tool's output in GitHub's job-log formats, as the runner and `gh` write them:
//   raw  (GET …/jobs/{id}/logs): UTF-8 BOM, `YYYY-MM-DDTHH:MM:SS.fffffffZ ` on every line, the step's
//        `##[group]Run <command>` … `##[endgroup]`, workflow commands (`::error …::msg`) turned into
//        `##[error]msg` with `%0A` decoded (continuation lines carry no timestamp), and the runner's
//        `##[error]Process completed with exit code N.`
//   gh   (`gh run view --log-failed`): `job<TAB>step<TAB>` before each timestamped line.
// Usage: node wrap.mjs raw|gh|plain OUTPUT_FILE "command" "step name" EXIT_CODE [WORKSPACE_FROM]
// Paths under WORKSPACE_FROM are rewritten to the runner's /home/runner/work/demo/demo.
import { readFileSync } from "node:fs";

const [mode, file, command, step, code, from] = process.argv.slice(2);
let text = readFileSync(file, "utf8").replace(/\nexit=\d+\n?$/, "\n");
if (from) text = text.split(from).join("/home/runner/work/demo/demo");
const lines = text.replace(/\n$/, "").split("\n");
let t = Date.parse("2026-03-02T10:00:00.0000000Z");
const ts = () => {
  t += 137;
  return `${new Date(t).toISOString().replace("Z", "0000Z")} `;
};
const out = [];
const emit = (s) => out.push(`${mode === "plain" ? "" : ts()}${s}`);
const decode = (s) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
if (mode !== "plain") {
  emit(`##[group]Run ${command}`);
  emit(`\u001b[36;1m${command}\u001b[0m`);
  emit("shell: /usr/bin/bash -e {0}");
  emit("##[endgroup]");
} else out.push(`$ ${command}`);
for (const line of lines) {
  const m = /^::(error|warning|notice)(?: [^:]*)?::(.*)$/.exec(line);
  if (m && mode !== "plain") {
    const [first, ...rest] = decode(m[2]).split("\n");
    emit(`##[${m[1]}]${first}`);
    for (const r of rest) out.push(r); // the runner writes continuation lines without a timestamp
  } else emit(line);
}
if (mode !== "plain" && code !== "0") emit(`##[error]Process completed with exit code ${code}.`);
let result = out.join("\n");
if (mode === "gh") result = out.map((l) => `build\t${step}\t${l}`).join("\n");
process.stdout.write(`${mode === "plain" ? "" : "\ufeff"}${result}\n`);
