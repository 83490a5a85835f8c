// Package managers: npm, pnpm, yarn, pip, uv, poetry, go modules, apt.

import type { Rule } from "../rule.js";

export const INSTALL_RULES: readonly Rule[] = [
  // ---- dependency installation
  {
    id: "npm.code",
    tools: ["npm"],
    needle: " code E",
    re: /^npm (?:ERR!|error) code (E[A-Z0-9_]{1,40})/,
    hit: (m, text) =>
      m[1] === "ELIFECYCLE"
        ? undefined
        : { category: "dependency_install", weight: 3, message: text.trim(), facts: { code: m[1] ?? "" } },
  },
  {
    id: "npm.lockfile",
    tools: ["npm"],
    needle: "can only install packages when",
    re: /can only install packages when your package\.json and package-lock\.json/,
    hit: () => ({
      category: "dependency_install",
      weight: 3,
      message: "npm ci: package.json and package-lock.json are out of sync",
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
  ].map(
    (needle): Rule => ({
      id: "deps.install",
      tools: [],
      needle,
      re: /^(.{0,2000})$/,
      hit: (_m, text) => ({ category: "dependency_install", weight: 3, message: text.trim() }),
    }),
  ),
];
