// The runner and the machine: CI systems' own timeouts, exit codes, memory, infrastructure, cancellation.

import { num, type Rule, type RuleHit } from "../rule.js";

function exitCodeHit(code: number, text: string): RuleHit {
  if (code === 137)
    return {
      category: "oom",
      weight: 2,
      message: `exit code 137: the process was killed (SIGKILL), most often by the out-of-memory killer`,
      facts: { exitCode: code },
    };
  if (code === 124)
    return {
      category: "timeout",
      weight: 3,
      message: `exit code 124: a \`timeout\` limit stopped the command`,
      facts: { exitCode: code },
    };
  if (code === 143)
    return {
      category: "other",
      weight: 1,
      message: `exit code 143: the process was terminated (SIGTERM), e.g. by a cancellation or a timeout`,
      facts: { exitCode: code },
    };
  return { category: "other", weight: 1, message: text.trim(), facts: { exitCode: code } };
}

/**
 * Short literals that cover the runner's and CI systems' long phrases in the pre-filter (scanner.ts):
 * one alternation of many long phrases is several times slower than these few words.
 */
const TRIGGERS: Readonly<Record<string, readonly string[]>> = {
  "Job failed: execution took longer than": ["fail"],
  "Too long with no output (exceeded": ["o output"],
  "No output has been received in the last": ["o output"],
  "Build timed out (after": ["imed out"],
  "ran longer than the maximum time of": ["aximum"],
  "Build exceeded maximum time limit": ["aximum"],
  "runner has received a shutdown signal": ["unner"],
  "no enabled runners online": ["unner"],
  "was not acquired by Runner": ["unner"],
  // printed by the runner as error annotations (`##[error]…`, the web viewer's `Error: …`)
  "lost communication with the server": ["rror"],
  "An action could not be found at the URI": ["rror"],
  // docker's `toomanyrequests: You have reached your pull rate limit`
  toomanyrequests: ["rate limit"],
  "failed to come online": ["fail"],
  "custom container implementation failed": ["fail"],
  "Failed to download archive": ["Fail"],
  "Failed to resolve action download info": ["Fail"],
  "The hosted runner encountered an error": ["rror"],
  "API rate limit exceeded": ["rate limit"],
  "secondary rate limit": ["rate limit"],
  "No space left on device": ["o space left"],
  "Could not resolve host": ["resolve host"],
  "Temporary failure in name resolution": ["fail"],
  "The requested URL returned error: 50": ["rror"],
  "Cannot connect to the Docker daemon": ["Docker daemon"],
  "The operation was canceled": ["ancel"],
  "A task was canceled": ["ancel"],
  "The job was canceled": ["ancel"],
  "was cancelled": ["ancel"],
  "out of memory": ["memory"],
  "Out of memory": ["memory"],
  OutOfMemoryError: ["memory", "Memory"],
  MemoryError: ["Memory"],
  "std::bad_alloc": ["bad_alloc"],
  "Cannot allocate memory": ["memory"],
};

function triggersOf(needle: string): { triggers?: readonly string[] } {
  const t = TRIGGERS[needle];
  return t ? { triggers: t } : {};
}

export const RUNNER_RULES: readonly Rule[] = [
  // ---- timeouts
  {
    id: "gha.step-timeout",
    tools: ["runner"],
    needle: "has timed out after",
    re: /has timed out after (\d{1,6}) minutes/,
    hit: (m, text) => ({
      category: "timeout",
      weight: 3,
      message: text.trim(),
      facts: { limit: `${m[1]} min` },
    }),
  },
  {
    id: "gha.job-timeout",
    tools: ["runner"],
    needle: "maximum execution time",
    triggers: ["aximum"],
    // `… has exceeded the maximum execution time of 360 minutes.` and the newer `… of 30m0s`
    re: /exceeded the maximum execution time of (\d{1,6} minutes|[\dhms]{1,20})/,
    hit: (m, text) => ({
      category: "timeout",
      weight: 3,
      message: text.trim(),
      facts: { limit: (m[1] ?? "").replace(" minutes", " min") },
    }),
  },
  // ---- other CI systems' own time limits
  ...[
    ["Job failed: execution took longer than", "gitlab"],
    ["Too long with no output (exceeded", "circleci"],
    ["No output has been received in the last", "travis"],
    ["Build timed out (after", "jenkins"],
    ["ran longer than the maximum time of", "azure-pipelines"],
    ["Build exceeded maximum time limit", "bitbucket"],
  ].map(
    ([needle, system]): Rule => ({
      id: "ci.timeout",
      ...triggersOf(needle ?? ""),
      tools: ["runner"],
      needle: needle ?? "",
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({
        category: "timeout",
        weight: 3,
        message: text.trim(),
        facts: { ci: system ?? "" },
      }),
    }),
  ),
  {
    id: "timeout.returning-124",
    tools: [],
    needle: "returning 124",
    re: /took >\s?([\w.]{1,20}), returning 124/,
    hit: (m, text) => ({
      category: "timeout",
      weight: 3,
      message: text.trim(),
      facts: { limit: m[1] ?? "", exitCode: 124 },
    }),
  },
  // ---- exit codes
  {
    id: "exit.code",
    tools: [],
    needle: "exit code",
    re: /(?:exit code|exitcode) (-?\d{1,4})\b/,
    hit: (m, text) => exitCodeHit(num(m[1]), text),
  },
  {
    id: "exit.status",
    tools: [],
    needle: "exit status",
    re: /exit status (\d{1,4})\b/,
    hit: (m, text) => (m[1] === "137" || m[1] === "124" ? exitCodeHit(num(m[1]), text) : undefined),
  },
  {
    id: "exit.killed",
    tools: [],
    needle: "Killed",
    // `Killed`, `prog: Killed`, bash's `…sh: line 1: 10607 Killed    pytest -v`
    re: /(?:^|: )(?:\d{1,10} )?Killed\b/,
    hit: (_m, text) => ({
      category: "oom",
      weight: 2,
      message: `${text.trim()} (killed, most often by the OOM killer)`,
    }),
  },
  // ---- out of memory
  ...[
    "out of memory",
    "Out of memory",
    "OutOfMemoryError",
    "MemoryError",
    "std::bad_alloc",
    "OOMKilled",
    "Cannot allocate memory",
  ].map(
    (needle): Rule => ({
      id: "oom.message",
      ...triggersOf(needle ?? ""),
      tools: [],
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => {
        // a memory error named inside a test id or a path is not an OOM
        if (needle === "MemoryError" && !/(?:^|[\s.:])MemoryError\b/.test(text)) return undefined;
        return { category: "oom", weight: 3, message: text.trim() };
      },
    }),
  ),
  {
    id: "oom.node-heap",
    // Node's own report; the JS tool the step ran (jest, tsc…) when it is one, else node itself
    tools: ["node", "jest", "vitest", "mocha", "tsc", "eslint", "prettier", "biome"],
    needle: "heap out of memory",
    re: /^(.{0,2000})$/,
    hit: (_m, text) => ({ category: "oom", weight: 3, message: text.trim() }),
  },
  // ---- infrastructure (the runner, GitHub, the network: nothing in the code)
  ...[
    "runner has received a shutdown signal",
    "lost communication with the server",
    "An action could not be found at the URI",
    "Failed to download archive",
    "Failed to resolve action download info",
    "API rate limit exceeded",
    "secondary rate limit",
    "failed to come online",
    "custom container implementation failed",
    "No space left on device",
    "no enabled runners online",
    "was not acquired by Runner",
    "toomanyrequests",
    "The hosted runner encountered an error",
  ].map(
    (needle): Rule => ({
      id: "infra.runner",
      ...triggersOf(needle ?? ""),
      tools: ["runner"],
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({ category: "infrastructure", weight: 3, message: text.trim() }),
    }),
  ),
  ...[
    "Could not resolve host",
    "Temporary failure in name resolution",
    "502 Bad Gateway",
    "503 Service Unavailable",
    "The requested URL returned error: 50",
    "Cannot connect to the Docker daemon",
  ].map(
    (needle): Rule => ({
      id: "infra.network",
      ...triggersOf(needle ?? ""),
      tools: [],
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({ category: "infrastructure", weight: 2, message: text.trim() }),
    }),
  ),
  // ---- cancellation: honest, not a cause
  ...["The operation was canceled", "A task was canceled", "The job was canceled", "was cancelled"].map(
    (needle): Rule => ({
      id: "gha.cancelled",
      ...triggersOf(needle ?? ""),
      tools: ["runner"],
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({
        category: "other",
        weight: 1,
        message: text.trim(),
        facts: { cancelled: "yes" },
      }),
    }),
  ),
];
