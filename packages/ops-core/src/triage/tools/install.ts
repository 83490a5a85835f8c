// Package managers: npm, pnpm, yarn, pip, uv, poetry, go modules, apt.

import type { Rule, RuleHit } from "../rule.js";

/** npm codes that say the network or its certificates failed, not the dependencies. */
const NPM_NETWORK_CODES = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "E500",
  "E502",
  "E503",
  "E504",
]);

/** The file a package manager's message is about (its lock file or requirements line). */
function lockFile(text: string): Pick<RuleHit, "files" | "location"> {
  const req = /-r (\S{1,400}) \(line (\d{1,7})\)/.exec(text);
  if (req) return { location: { path: req[1] ?? "", line: Number(req[2]) } };
  for (const f of [
    "poetry.lock",
    "package-lock.json",
    "pnpm-lock.yaml",
    "yarn.lock",
    "uv.lock",
    "Cargo.lock",
  ])
    if (text.includes(f)) return { files: [f] };
  return {};
}

/**
 * Short literals one of which the line always holds (for the pre-filter: scanner.ts); a long phrase in
 * the pre-filter's alternation costs more than the rare line it finds. Those printed after an error
 * prefix (pip's `ERROR:`, yarn's and cargo's `error`) need no literal of their own.
 */
const TRIGGERS: Readonly<Record<string, readonly string[]>> = {
  "Could not find a version that satisfies": ["ERR"],
  "No matching distribution found": ["ERR"],
  ResolutionImpossible: ["ERR"],
  "Could not install packages due to": ["ERR"],
  "Couldn't find any versions for": ["rror"],
  "cannot create the lock file": ["rror"],
  "needs to be updated but --locked was passed": ["rror"],
  "version solving failed": ["fail"],
  "Failed building wheel for": ["Fail"],
  "Failed to build one or more wheels": ["Fail"],
  "Failed to build installable wheels": ["Fail"],
  ERR_PNPM_: ["ERR"],
  "missing go.sum entry": ["go.sum"],
  "lockfile needs to be updated": ["lockfile"],
  "The lockfile would have been modified": ["lockfile"],
  "No solution found when resolving dependencies": ["No solution found"],
  "Couldn't find package": ["rror"],
  "no matching package named": ["rror"],
  "Cannot install -r ": ["ERR"],
  "is not consistent with pyproject.toml": ["rror"],
  "since poetry.lock was last generated": ["poetry.lock"],
};

/**
 * Lines only pip prints (its resolver and wheel builder): they name the tool when the paste has no
 * command; a `uv pip` or poetry step keeps its own tool.
 */
const PIP_LINES: ReadonlySet<string> = new Set([
  "Could not find a version that satisfies",
  "No matching distribution found",
  "ResolutionImpossible",
  "Could not install packages due to",
  "Failed building wheel for",
  "Failed to build one or more wheels",
  "Failed to build installable wheels",
  "Cannot install -r ",
]);

/** Lines only one JavaScript package manager prints (pnpm's error codes, yarn 1's resolver). */
const JS_LINES: Readonly<Record<string, "pnpm" | "yarn">> = {
  ERR_PNPM_: "pnpm",
  "Couldn't find package": "yarn",
  "Couldn't find any versions for": "yarn",
};

function triggersOf(needle: string): { triggers?: readonly string[] } {
  const t = TRIGGERS[needle];
  return t ? { triggers: t } : {};
}

export const INSTALL_RULES: readonly Rule[] = [
  // ---- dependency installation
  {
    id: "npm.code",
    tools: ["npm"],
    needle: " code ",
    // "npm error code E…" / "npm ERR! code E…"
    triggers: ["rror", "ERR"],
    re: /^npm (?:ERR!|error) code ([A-Z][A-Z0-9_]{1,40})/,
    hit: (m, text) =>
      m[1] === "ELIFECYCLE"
        ? undefined
        : NPM_NETWORK_CODES.has(m[1] ?? "")
          ? { category: "infrastructure", weight: 3, message: text.trim(), facts: { code: m[1] ?? "" } }
          : { category: "dependency_install", weight: 3, message: text.trim(), facts: { code: m[1] ?? "" } },
  },
  {
    // A dependency's install script failed. npm 6: `npm ERR! node-sass@4.14.1 postinstall: `node x.js``
    // (its ELIFECYCLE code says only "a script failed"; `npm test` failing prints the same code with a
    // `test:` line). npm 6 does not say whether the package is the project itself: an install-time script
    // is read as the installation failing.
    id: "npm.install-script",
    tools: ["npm"],
    needle: "install: ",
    triggers: ["ERR"],
    re: /^npm ERR! (@?[\w.-]{1,214}(?:\/[\w.-]{1,214})?@[\w.+-]{1,64}) (preinstall|install|postinstall): /,
    hit: (m, text) => ({
      category: "dependency_install",
      weight: 3,
      message: text.trim(),
      facts: { package: m[1] ?? "", script: m[2] ?? "" },
    }),
  },
  {
    // npm 7+: `npm error path /…/node_modules/esbuild` then `npm error command failed`: the script that
    // failed ran in a dependency's directory (the project's own script has the project's path).
    id: "npm.dependency-script",
    tools: ["npm"],
    needle: "/node_modules/",
    triggers: ["rror"],
    re: /^npm (?:ERR!|error) path (\S{0,400}\/node_modules\/\S{1,400})$/,
    hit: (m, text) => ({
      category: "dependency_install",
      weight: 3,
      message: text.trim(),
      facts: { path: m[1] ?? "" },
    }),
  },
  {
    // npm 7+: a script npm ran exited non-zero (`npm error command sh -c node scripts/postinstall.js`);
    // the script's own output above says why, so this is the fallback that carries its stack's location.
    id: "npm.script-failed",
    tools: ["npm"],
    needle: "error command ",
    re: /^npm error command (?:\S{0,200}[\\/])?(?:sh -c|bash -c|cmd\.exe \/d \/s \/c) (.{1,2000})$/,
    hit: (m, text) => ({
      category: "other",
      weight: 1,
      message: text.trim(),
      facts: { script: m[1] ?? "" },
    }),
  },
  {
    // pip's (urllib3's) last retry of a request whose connection broke (DNS, refused, timed out, TLS):
    // `WARNING: Retrying (Retry(total=0, …)) after connection broken by 'NewConnectionError(…)': /simple/x/`.
    // pip then says only "Could not find a version … (from versions: none)" or, inside a build
    // subprocess, "metadata-generation-failed": the index was out of reach, not the requirement wrong.
    // Indented when a build subprocess (setup_requires) fetched. Only `total=0` (retries exhausted): an earlier retry that then succeeds is no failure.
    id: "pip.retries-exhausted",
    tools: ["pip"],
    needle: "Retrying (Retry(total=0,",
    triggers: ["Retrying"],
    re: /^ {0,40}WARNING: Retrying \(Retry\(total=0,/,
    hit: (_m, text) => ({
      category: "infrastructure",
      weight: 3,
      message: text.trim(),
    }),
  },
  {
    // pnpm under ERR_PNPM_OUTDATED_LOCKFILE: `╰─▶ Cannot install with "frozen-lockfile" because
    // pnpm-lock.yaml is not up to date with package.json.` (the code line does not name the file)
    id: "pnpm.lockfile",
    tools: ["pnpm"],
    needle: "frozen-lockfile",
    re: /Cannot install with "frozen-lockfile" because (\S{0,300}pnpm-lock\.yaml) is not/,
    hit: (m, text) => ({
      category: "dependency_install",
      weight: 3,
      message: text.trim(),
      files: [m[1] ?? "pnpm-lock.yaml"],
    }),
  },
  {
    id: "npm.lockfile",
    tools: ["npm"],
    needle: "can only install packages when",
    // printed as an npm error
    triggers: ["rror", "ERR"],
    re: /can only install packages when your package\.json and package-lock\.json/,
    hit: () => ({
      category: "dependency_install",
      weight: 3,
      message: "npm ci: package.json and package-lock.json are out of sync",
      files: ["package-lock.json"],
    }),
  },
  ...[
    "Could not find a version that satisfies",
    "No matching distribution found",
    "Failed building wheel for",
    "Failed to build one or more wheels",
    "Failed to build installable wheels",
    "ResolutionImpossible",
    "Could not install packages due to",
    "SolverProblemError",
    "version solving failed",
    "No solution found when resolving dependencies",
    "ERR_PNPM_",
    "Couldn't find any versions for",
    "The lockfile would have been modified",
    "missing go.sum entry",
    "Unable to locate package",
    "lockfile needs to be updated",
    "cannot create the lock file",
    "needs to be updated but --locked was passed",
    "Couldn't find package",
    "no matching package named",
    "Cannot install -r ",
    "is not consistent with pyproject.toml",
    "since poetry.lock was last generated",
  ].map(
    (needle): Rule => ({
      ...(PIP_LINES.has(needle)
        ? { id: "pip.install", tools: ["pip", "uv", "poetry"] }
        : JS_LINES[needle]
          ? { id: `${JS_LINES[needle]}.install`, tools: [JS_LINES[needle]] }
          : { id: "deps.install", tools: [] }),
      needle,
      ...triggersOf(needle),
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({
        category: "dependency_install",
        weight: 3,
        message: text.trim(),
        ...lockFile(text),
      }),
    }),
  ),
];
