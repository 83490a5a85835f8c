// The failing step's command, as the log shows it (`##[group]Run <script>` and the script's lines in raw
// and gh logs, `Run <script>` in a copy of the web log): split into simple commands and words the way a
// POSIX shell would for plain words and quotes (no expansion), and the tool each one runs recognised
// through the wrappers people put in front (`uv run`, `poetry run`, `python -m`, `npx`, `timeout 30m`…).
// Used to name the tool and to build the reproduce command from the user's own invocation. Linear:
// one pass per character, bounded input (a step's script is capped by the scanner).

import type { Tool } from "./types.js";

/** One simple command: leading `NAME=value` assignments, the wrappers, then the tool's own words. */
export interface SimpleCommand {
  /** Every word as the shell would pass it (quotes removed). */
  words: string[];
  /** Index in `words` of the tool's program word (after assignments and wrappers); -1 when none. */
  at: number;
  tool: Tool | undefined;
  /** The words from the program on, e.g. `["pytest", "-x", "tests"]` for `uv run pytest -x tests`. */
  args: string[];
}

/** Splits a script into simple commands (`;`, `&&`, `||`, `|`, newlines; `\` line continuations). */
export function splitScript(script: string): string[][] {
  const out: string[][] = [];
  let words: string[] = [];
  let word = "";
  let inWord = false;
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) out.push(words);
    words = [];
  };
  const s = script;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? "";
    if (c === "\\") {
      if (s[i + 1] === "\n") i++;
      else if (i + 1 < s.length) {
        word += s[++i];
        inWord = true;
      }
      continue;
    }
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      const stop = end < 0 ? s.length : end;
      word += s.slice(i + 1, stop);
      inWord = true;
      i = stop;
      continue;
    }
    if (c === '"') {
      inWord = true;
      for (i++; i < s.length && s[i] !== '"'; i++) {
        if (s[i] === "\\" && (s[i + 1] === '"' || s[i + 1] === "\\" || s[i + 1] === "$" || s[i + 1] === "`"))
          i++;
        word += s[i];
      }
      continue;
    }
    if (c === "#" && !inWord) {
      const nl = s.indexOf("\n", i);
      i = (nl < 0 ? s.length : nl) - 1;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      endWord();
      continue;
    }
    if (c === "\n" || c === ";" || c === "|" || c === "&" || c === "(" || c === ")") {
      endCommand();
      continue;
    }
    word += c;
    inWord = true;
  }
  endCommand();
  return out;
}

const PROGRAMS: Readonly<Record<string, Tool>> = {
  pytest: "pytest",
  "py.test": "pytest",
  unittest: "unittest",
  mypy: "mypy",
  dmypy: "mypy",
  pyright: "pyright",
  basedpyright: "pyright",
  ruff: "ruff",
  flake8: "flake8",
  pylint: "pylint",
  black: "black",
  isort: "isort",
  tsc: "tsc",
  "vue-tsc": "tsc",
  eslint: "eslint",
  prettier: "prettier",
  biome: "biome",
  jest: "jest",
  vitest: "vitest",
  mocha: "mocha",
  node: "node",
  go: "go",
  gotestsum: "go",
  cargo: "cargo",
  mvn: "maven",
  gradle: "gradle",
  gradlew: "gradle",
  cmake: "cmake",
  pip: "pip",
  pip3: "pip",
  uv: "uv",
  poetry: "poetry",
  npm: "npm",
  yarn: "yarn",
  pnpm: "pnpm",
  alembic: "alembic",
  docker: "docker",
  "docker-compose": "docker",
};

/** Words that run the next words as a command (and how many of their own arguments to skip). */
const WRAPPERS: Readonly<Record<string, number>> = {
  sudo: 0,
  env: 0,
  time: 0,
  nice: 0,
  exec: 0,
  command: 0,
  xvfb_run: 0,
  "xvfb-run": 0,
  timeout: 1,
  npx: 0,
  bunx: 0,
  pipx: 0,
  coverage: 0,
};

/** `<launcher> run X` forms: uv run, poetry run, pdm run, hatch run, pipenv run, rye run, pixi run… */
const RUNNERS = new Set(["uv", "poetry", "pdm", "hatch", "pipenv", "rye", "pixi", "conda", "micromamba"]);
/** Package managers whose `exec`/`dlx`/bare-binary forms run a tool (`pnpm exec jest`, `yarn jest`). */
const JS_MANAGERS = new Set(["npm", "yarn", "pnpm", "bun"]);
/** Sub-commands of JS managers that are their own work, not a binary to run. */
const JS_MANAGER_OWN = new Set([
  "install",
  "ci",
  "i",
  "add",
  "run",
  "run-script",
  "test",
  "t",
  "build",
  "lint",
  "audit",
  "publish",
  "pack",
  "dedupe",
  "rebuild",
  "update",
  "upgrade",
  "why",
  "list",
  "ls",
  "config",
  "set",
  "version",
  "--version",
  "workspace",
  "workspaces",
]);

function basename(word: string): string {
  const w = word.slice(word.lastIndexOf("/") + 1);
  return w.replace(/\.(?:exe|cmd|bat)$/, "");
}

function isAssignment(word: string): boolean {
  return /^[A-Za-z_]\w{0,100}=/.test(word);
}

/** The tool a simple command runs, looking through assignments and wrappers. */
export function parseCommand(words: readonly string[]): SimpleCommand {
  let i = 0;
  const n = words.length;
  for (let guard = 0; i < n && guard < 16; guard++) {
    const w = words[i] ?? "";
    const b = basename(w);
    if (isAssignment(w)) {
      i++;
      continue;
    }
    if (b in WRAPPERS) {
      i++;
      if (b === "coverage" && words[i] === "run") {
        i++;
        while (i < n && (words[i] ?? "").startsWith("-") && words[i] !== "-m") i++;
        if (words[i] === "-m") i++;
      } else if (b === "timeout") {
        while (i < n && (words[i] ?? "").startsWith("-")) i++;
        i += WRAPPERS[b] ?? 0; // the duration
      } else {
        while (i < n && (words[i] ?? "").startsWith("-")) {
          // npx --yes, npx -p pkg
          if (words[i] === "-p" || words[i] === "--package") i++;
          i++;
        }
      }
      continue;
    }
    if (RUNNERS.has(b) && words[i + 1] === "run") {
      i += 2;
      while (i < n && (words[i] ?? "").startsWith("-")) i++;
      continue;
    }
    if (/^python(?:\d(?:\.\d{1,2})?)?$/.test(b) || b === "py") {
      let j = i + 1;
      while (j < n && (words[j] ?? "").startsWith("-") && words[j] !== "-m") j++;
      if (words[j] === "-m" && j + 1 < n) {
        i = j + 1;
        continue;
      }
      return { words: [...words], at: i, tool: "python", args: words.slice(i) };
    }
    if (JS_MANAGERS.has(b)) {
      const sub = words[i + 1];
      if (sub === "exec" || sub === "dlx" || sub === "x") {
        i += 2;
        while (i < n && (words[i] ?? "").startsWith("-")) i++;
        continue;
      }
      if (sub !== undefined && !sub.startsWith("-") && !JS_MANAGER_OWN.has(sub) && b !== "npm") {
        const inner = PROGRAMS[basename(sub)];
        if (inner !== undefined) {
          i++;
          continue;
        }
      }
    }
    break;
  }
  if (i >= n) return { words: [...words], at: -1, tool: undefined, args: [] };
  const program = basename(words[i] ?? "");
  let tool = PROGRAMS[program];
  if (program === "ruff" && words[i + 1] === "format") tool = "ruff";
  return { words: [...words], at: i, tool, args: words.slice(i) };
}

/** The simple commands of a step's script, parsed. */
export function parseScript(script: string): SimpleCommand[] {
  return splitScript(script.length > 20_000 ? script.slice(0, 20_000) : script).map(parseCommand);
}

/** The category-bearing tool a step's script runs: the last simple command with a known tool wins
 * (setup lines come first: `pip install -e .` then `pytest`). */
export function scriptTool(script: string): SimpleCommand | undefined {
  let found: SimpleCommand | undefined;
  for (const c of parseScript(script)) if (c.tool !== undefined) found = c;
  return found;
}

/** The simple command of the script that runs `tool` (the last one), if any. */
export function commandFor(script: string, tools: readonly Tool[]): SimpleCommand | undefined {
  let found: SimpleCommand | undefined;
  for (const c of parseScript(script)) if (c.tool !== undefined && tools.includes(c.tool)) found = c;
  return found;
}
