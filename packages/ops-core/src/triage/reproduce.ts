// The reproduce command: the failing step's own invocation of the tool (its wrappers and options kept:
// `uv run`, `python -m`, `--strict`, `-race`), its targets replaced by what failed (the failing tests, the
// files with findings). Without a step command the tool's plain invocation stands in; never a command of
// another tool. Quoted for a POSIX shell: the command is shown to be copied, never run by us.

import { commandFor, type SimpleCommand } from "./command.js";
import { shellWord } from "./paths.js";
import type { Category, Tool } from "./types.js";

export interface ReproduceInput {
  tool: Tool | undefined;
  category: Category;
  /** The failing step's script, when the log showed it. */
  command: string | undefined;
  tests: readonly string[];
  /** Files with findings (repository-relative), first ones first. */
  files: readonly string[];
  /** Go packages that failed (`FAIL\tpkg`). */
  packages: readonly string[];
  /** The formatter whose check failed (`rustfmt`, `black`…), when it was one. */
  formatter?: string | undefined;
  /** A docker build failed (its command may not be in a paste). */
  dockerBuild?: boolean;
}

/** How many tests or files a narrowed command names at most (more would not be copied by hand). */
const MAX_TARGETS = 5;

/** Options that take a separate value, per tool (the value is dropped or kept with its option). */
const VALUE_OPTIONS: Partial<Record<Tool, readonly string[]>> = {
  pytest: [
    "-n",
    "-k",
    "-m",
    "-p",
    "-c",
    "-o",
    "-W",
    "-r",
    "--maxfail",
    "--deselect",
    "--ignore",
    "--ignore-glob",
    "--rootdir",
    "--basetemp",
    "--cov",
    "--cov-report",
    "--cov-config",
    "--cov-fail-under",
    "--junitxml",
    "--junit-xml",
    "--durations",
    "--timeout",
    "--reruns",
    "--reruns-delay",
    "--dist",
    "--numprocesses",
    "--log-level",
    "--import-mode",
    "--confcutdir",
    "--tb",
    "--html",
    "--splits",
    "--group",
  ],
  mypy: [
    "-p",
    "--package",
    "-m",
    "--module",
    "--config-file",
    "--python-version",
    "--exclude",
    "--cache-dir",
  ],
  pyright: ["-p", "--project", "--pythonversion", "--pythonplatform", "--level", "--venvpath", "--threads"],
  ruff: [
    "--config",
    "--select",
    "--ignore",
    "--extend-select",
    "--extend-ignore",
    "--output-format",
    "--format",
    "--target-version",
    "--line-length",
    "--exclude",
    "--extend-exclude",
  ],
  flake8: [
    "--config",
    "--max-line-length",
    "--select",
    "--ignore",
    "--extend-ignore",
    "--exclude",
    "--format",
  ],
  pylint: [
    "--rcfile",
    "--disable",
    "--enable",
    "-j",
    "--jobs",
    "--output-format",
    "--fail-under",
    "-d",
    "-e",
  ],
  black: ["--config", "-l", "--line-length", "-t", "--target-version", "--exclude", "--extend-exclude"],
  isort: ["--settings-path", "--sp", "--profile", "-l", "--line-length", "--skip"],
  eslint: [
    "-c",
    "--config",
    "--ext",
    "--rule",
    "--rulesdir",
    "-f",
    "--format",
    "-o",
    "--output-file",
    "--max-warnings",
    "--ignore-path",
    "--cache-location",
    "--resolve-plugins-relative-to",
    "--parser",
    "--parser-options",
    "--plugin",
    "--env",
    "--global",
  ],
  prettier: ["--config", "--ignore-path", "--log-level", "--plugin"],
  biome: ["--config-path", "--reporter", "--max-diagnostics", "--diagnostic-level"],
  jest: [
    "-c",
    "--config",
    "--shard",
    "--maxWorkers",
    "-w",
    "--testNamePattern",
    "-t",
    "--selectProjects",
    "--reporters",
  ],
  vitest: [
    "-c",
    "--config",
    "--shard",
    "--project",
    "-t",
    "--testNamePattern",
    "--reporter",
    "--pool",
    "--environment",
    "--dir",
    "-r",
    "--root",
  ],
  mocha: [
    "--config",
    "-r",
    "--require",
    "--reporter",
    "-R",
    "--timeout",
    "-t",
    "--grep",
    "-g",
    "--ui",
    "-u",
    "--spec",
  ],
  go: [
    "-run",
    "-tags",
    "-timeout",
    "-count",
    "-p",
    "-parallel",
    "-coverprofile",
    "-covermode",
    "-coverpkg",
    "-o",
    "-exec",
    "-bench",
    "-skip",
    "-shuffle",
    "-ldflags",
    "-gcflags",
    "-mod",
  ],
  cargo: [
    "-p",
    "--package",
    "--features",
    "-F",
    "--target",
    "--manifest-path",
    "-j",
    "--jobs",
    "--profile",
    "--exclude",
    "--test",
    "--bench",
    "--bin",
    "--example",
  ],
};

/** Options dropped when narrowing: they select other targets, shard, or only write reports. */
const DROPPED: Partial<Record<Tool, readonly string[]>> = {
  pytest: [
    "-n",
    "--numprocesses",
    "--dist",
    "-k",
    "--deselect",
    "--junitxml",
    "--junit-xml",
    "--html",
    "--durations",
    "--lf",
    "--last-failed",
    "--ff",
    "--reruns",
    "--reruns-delay",
    "--splits",
    "--group",
    "--cov",
    "--cov-report",
    "--cov-fail-under",
    "--cov-config",
    "--cov-append",
    "--cov-branch",
  ],
  mypy: ["-p", "--package", "-m", "--module"],
  eslint: ["-f", "--format", "-o", "--output-file"],
  ruff: ["--output-format", "--format", "--statistics"],
  jest: ["--shard", "-t", "--testNamePattern", "--coverage", "--reporters", "--listTests"],
  vitest: ["--shard", "-t", "--testNamePattern", "--coverage", "--reporter"],
  mocha: ["--grep", "-g", "--reporter", "-R", "--spec"],
  go: [
    "-run",
    "-coverprofile",
    "-covermode",
    "-coverpkg",
    "-o",
    "-json",
    "-cover",
    "-bench",
    "-skip",
    "-shuffle",
  ],
  pylint: ["--output-format"],
};

/** A shell word for display; `NAME=value` assignments keep their form (a quoted one would not assign). */
function word(w: string): string {
  const m = /^([A-Za-z_]\w{0,100})=(.*)$/s.exec(w);
  if (m) return `${m[1]}=${m[2] === "" ? "''" : shellWord(m[2] ?? "")}`;
  return shellWord(w);
}

export function shellLine(words: readonly string[]): string {
  return words.map(word).join(" ");
}

interface Split {
  /** Words before the program: assignments and wrappers (`uv run`, `python -m`). */
  prefix: string[];
  program: string[];
  /** The sub-command words kept right after the program (`check`, `test`, `run`). */
  sub: string[];
  options: string[];
  positionals: string[];
  /** Words after `--` (passed through to a test binary by cargo, to the script by npm). */
  rest: string[];
}

/** The tool's words split into options (with their values) and positional targets. */
function split(c: SimpleCommand, tool: Tool, subs: readonly string[] = []): Split {
  const prefix = c.words.slice(0, c.at);
  const args = c.args;
  const out: Split = { prefix, program: args.slice(0, 1), sub: [], options: [], positionals: [], rest: [] };
  let i = 1;
  while (i < args.length && subs.includes(args[i] ?? "")) out.sub.push(args[i++] ?? "");
  const valued = VALUE_OPTIONS[tool] ?? [];
  const dropped = DROPPED[tool] ?? [];
  for (; i < args.length; i++) {
    const w = args[i] ?? "";
    if (w === "--") {
      out.rest = args.slice(i + 1);
      break;
    }
    if (w.startsWith("-") && w !== "-") {
      const eq = w.indexOf("=");
      const name = eq > 0 ? w.slice(0, eq) : w;
      const takesValue = eq < 0 && valued.includes(name) && i + 1 < args.length;
      // `--cov` takes its value only when one follows that is not an option
      const value = takesValue && !(args[i + 1] ?? "-").startsWith("-") ? args[++i] : undefined;
      // short options glued to their value (`-nauto`, `-n4`)
      const glued = !valued.includes(name) && dropped.some((d) => d.length === 2 && name.startsWith(d));
      if (dropped.includes(name) || glued) continue;
      out.options.push(w);
      if (value !== undefined) out.options.push(value);
      continue;
    }
    out.positionals.push(w);
  }
  return out;
}

function join(s: Split, targets: readonly string[], extra: readonly string[] = []): string {
  const rest = s.rest.length > 0 ? ["--", ...s.rest] : [];
  return shellLine([...s.prefix, ...s.program, ...s.sub, ...s.options, ...targets, ...extra, ...rest]);
}

/** The tool's plain invocation (`npx eslint`, `python -m unittest`) when the step's command is unknown. */
function standIn(words: string[], tool: Tool): SimpleCommand {
  const at = words[0] === "npx" ? 1 : words[0] === "python" ? 2 : 0;
  return { words, at, tool, args: words.slice(at) };
}

function found(input: ReproduceInput, tools: readonly Tool[], fallback: string[]): SimpleCommand {
  const c = input.command ? commandFor(input.command, tools) : undefined;
  return c ?? standIn(fallback, tools[0] ?? "unknown");
}

/** A regular expression matching `s` literally (jest, vitest and mocha take their name filter as one). */
function literalRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function jsTest(id: string): { file: string | undefined; name: string | undefined } {
  const parts = id.split(" > ");
  if (parts.length > 1 && /\.[cm]?[jt]sx?$/.test(parts[0] ?? ""))
    return { file: parts[0], name: parts[parts.length - 1] };
  if (/\.[cm]?[jt]sx?$/.test(id)) return { file: id, name: undefined };
  const last = id.split(" › ").pop();
  return { file: undefined, name: last };
}

function goRun(tests: readonly string[]): string[] {
  const tops = [...new Set(tests.map((t) => t.slice(t.lastIndexOf(".") + 1).split("/")[0] ?? ""))].filter(
    (t) => /^\w+$/.test(t),
  );
  if (tops.length === 0) return [];
  const one = tests.length === 1 ? (tests[0] ?? "") : "";
  const sub = one.includes("/") ? one.slice(one.indexOf("/") + 1) : "";
  if (tops.length === 1 && sub !== "") return ["-run", `^${tops[0]}$/^${literalRe(sub)}$`];
  return ["-run", tops.length === 1 ? `^${tops[0]}$` : `^(${tops.slice(0, MAX_TARGETS).join("|")})$`];
}

/** The reproduce command for the cause, or undefined when no tool is known (the caller says what to do). */
export function reproduceCommand(input: ReproduceInput): string | undefined {
  const tests = input.tests.slice(0, MAX_TARGETS);
  const files = input.files.slice(0, MAX_TARGETS);
  switch (input.tool) {
    case "pytest": {
      const s = split(found(input, ["pytest"], ["pytest"]), "pytest");
      const ids = tests.filter((t) => t.includes("::") || /\.py$/.test(t));
      if (input.category === "import_error") {
        const targets = ids.length > 0 ? ids : files.filter((f) => /\.py$/.test(f));
        return join(s, targets.length > 0 ? targets : s.positionals, ["--collect-only", "-q"]);
      }
      if (input.category === "coverage_drop")
        return input.command
          ? shellLine(found(input, ["pytest"], ["pytest"]).words)
          : "pytest --cov --cov-report=term-missing";
      return join(s, ids.length > 0 ? ids : s.positionals);
    }
    case "unittest": {
      const c = found(input, ["unittest"], ["python", "-m", "unittest"]);
      const s = split(c, "unittest", ["discover"]);
      if (tests.length === 0) return shellLine(c.words);
      // test ids replace discovery (its -s/-t/-p select what to discover)
      s.sub = [];
      s.options = s.options.filter((o) => ["-v", "-q", "-b", "-f", "-c", "--locals"].includes(o));
      return join(s, tests);
    }
    case "mypy":
    case "pyright":
    case "flake8":
    case "pylint": {
      const s = split(found(input, [input.tool], [input.tool]), input.tool);
      return join(s, files.length > 0 ? files : s.positionals);
    }
    case "ruff": {
      const s = split(found(input, ["ruff"], ["ruff", "check"]), "ruff", ["check", "format"]);
      if (s.sub.length === 0) s.sub.push("check");
      return join(s, files.length > 0 ? files : s.positionals);
    }
    case "black":
    case "isort": {
      const s = split(found(input, [input.tool], [input.tool]), input.tool);
      if (!s.options.some((o) => o === "--check" || o === "--check-only" || o === "-c"))
        s.options.unshift(input.tool === "black" ? "--check" : "--check-only");
      return join(s, files.length > 0 ? files : s.positionals.length > 0 ? s.positionals : ["."]);
    }
    case "eslint": {
      const s = split(found(input, ["eslint"], ["npx", "eslint"]), "eslint");
      return join(s, files.length > 0 ? files : s.positionals.length > 0 ? s.positionals : ["."]);
    }
    case "prettier": {
      const s = split(found(input, ["prettier"], ["npx", "prettier", "--check"]), "prettier");
      if (
        !s.options.includes("--check") &&
        !s.options.includes("-c") &&
        !s.options.includes("--list-different")
      )
        s.options.unshift("--check");
      return join(s, files.length > 0 ? files : s.positionals.length > 0 ? s.positionals : ["."]);
    }
    case "biome": {
      const s = split(found(input, ["biome"], ["npx", "biome", "check"]), "biome", [
        "check",
        "lint",
        "format",
        "ci",
      ]);
      if (s.sub.length === 0) s.sub.push("check");
      return join(s, files.length > 0 ? files : s.positionals);
    }
    case "tsc": {
      const c = input.command ? commandFor(input.command, ["tsc"]) : undefined;
      return c ? shellLine(c.words) : "npx tsc --noEmit";
    }
    case "jest":
    case "vitest":
    case "mocha": {
      const tool = input.tool;
      const fallback = tool === "vitest" ? ["npx", "vitest", "run"] : ["npx", tool];
      // a coverage gate is about the whole run: the step's command as it ran
      if (input.category === "coverage_drop")
        return shellLine(found(input, [tool], [...fallback, "--coverage"]).words);
      const s = split(found(input, [tool], fallback), tool, tool === "vitest" ? ["run"] : []);
      if (tool === "vitest" && s.sub.length === 0) s.sub.push("run");
      const parsed = tests.map(jsTest);
      const fileList = [...new Set(parsed.map((p) => p.file).filter((f): f is string => f !== undefined))];
      const names = [...new Set(parsed.map((p) => p.name).filter((n): n is string => n !== undefined))];
      // a test file that could not load: it and the files of the tests that failed, unfiltered
      if (input.category === "import_error" && files.length > 0)
        return join(s, [...new Set([...files, ...fileList])].slice(0, MAX_TARGETS));
      const targets = fileList.length > 0 ? fileList : files.length > 0 ? files : s.positionals;
      const flag = tool === "mocha" ? "--grep" : "-t";
      const filter =
        names.length === 1
          ? [flag, names[0] ?? ""]
          : names.length > 1
            ? [flag, names.map(literalRe).join("|")]
            : [];
      return join(s, targets, filter);
    }
    case "go": {
      const c = input.command ? commandFor(input.command, ["go"]) : undefined;
      // go vet / go build: the step's own command (its packages hold the finding)
      if (c && c.args[1] !== "test") return shellLine(c.words);
      const s =
        c && c.args[1] === "test"
          ? split(c, "go", ["test"])
          : split(standIn(["go", "test"], "go"), "go", ["test"]);
      if (s.sub.length === 0) s.sub.push("test");
      const pkgs = input.packages.slice(0, MAX_TARGETS);
      const targets = pkgs.length > 0 ? pkgs : s.positionals.length > 0 ? s.positionals : ["./..."];
      if (input.category === "timeout" && tests.length === 0) return join(s, targets);
      return join(s, targets, goRun(tests));
    }
    case "cargo": {
      const c = input.command ? commandFor(input.command, ["cargo"]) : undefined;
      // cargo build / clippy / fmt: the step's own command
      if (c && c.args[1] !== "test" && c.args[1] !== "nextest") return shellLine(c.words);
      if (!c && input.formatter === "rustfmt") return "cargo fmt --check";
      if (!c && input.category === "other" && tests.length === 0) return "cargo build";
      const s =
        c && (c.args[1] === "test" || c.args[1] === "nextest")
          ? split(c, "cargo", ["test", "nextest", "run"])
          : split(standIn(["cargo", "test"], "cargo"), "cargo", ["test"]);
      if (s.sub.length === 0) s.sub.push("test");
      if (tests.length === 0) return join(s, s.positionals);
      if (tests.length === 1) return join(s, [tests[0] ?? ""]);
      s.rest = [...s.rest, ...tests];
      return join(s, []);
    }
    case "pip":
    case "uv":
    case "poetry":
    case "npm":
    case "yarn":
    case "pnpm":
    case "alembic":
    case "docker":
    case "maven":
    case "gradle":
    case "cmake": {
      const c = input.command ? commandFor(input.command, [input.tool]) : undefined;
      if (c) return shellLine(c.words);
      if (input.tool === "docker" && input.dockerBuild) return "docker build .";
      // a package manager's install failure pasted without its command: its plain install
      if ((input.tool === "yarn" || input.tool === "pnpm") && input.category === "dependency_install")
        return `${input.tool} install`;
      return undefined;
    }
    case "python": {
      const c = input.command ? commandFor(input.command, ["python"]) : undefined;
      if (!c) return undefined;
      // PyTorch-style test drivers take the failing test file with -i
      if (tests.length > 0 && c.args.some((a) => /(?:^|\/)run_test\.py$/.test(a))) {
        const script = c.args.findIndex((a) => /(?:^|\/)run_test\.py$/.test(a));
        return shellLine([...c.words.slice(0, c.at), ...c.args.slice(0, script + 1), "-i", ...tests]);
      }
      return shellLine(c.words);
    }
    default:
      return undefined;
  }
}
