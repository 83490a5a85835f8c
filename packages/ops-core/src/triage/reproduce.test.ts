import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseCommand, scriptTool, splitScript } from "./command.js";
import { type ReproduceInput, reproduceCommand } from "./reproduce.js";

const input = (over: Partial<ReproduceInput>): ReproduceInput => ({
  tool: "pytest",
  category: "test_failure",
  command: undefined,
  tests: [],
  files: [],
  packages: [],
  ...over,
});

/** What a POSIX shell makes of a displayed command: its words, by `sh` itself (printf, never run). */
function shellWords(command: string): string[] {
  const r = spawnSync("sh", ["-c", `set -- ${command}; for w in "$@"; do printf '%s\\0' "$w"; done`], {
    encoding: "utf8",
    timeout: 5_000,
  });
  if (r.status !== 0) throw new Error(`sh: ${r.stderr}`);
  return r.stdout.split("\0").slice(0, -1);
}

describe("the step's command", () => {
  it("splits a script into simple commands, quotes and continuations as a shell does", () => {
    expect(
      splitScript("pip install -e . && pytest -x \\\n  'tests/a b.py' \"-k\" x # note\nmypy src"),
    ).toEqual([
      ["pip", "install", "-e", "."],
      ["pytest", "-x", "tests/a b.py", "-k", "x"],
      ["mypy", "src"],
    ]);
  });

  it("finds the tool through wrappers and launchers", () => {
    const tool = (s: string) => scriptTool(s)?.tool;
    expect(tool("uv run --frozen pytest -q")).toBe("pytest");
    expect(tool("poetry run mypy --strict src")).toBe("mypy");
    expect(tool("python3 -m pytest tests")).toBe("pytest");
    expect(tool("CI=1 timeout 30m npx jest --ci")).toBe("jest");
    expect(tool("pnpm exec vitest run")).toBe("vitest");
    expect(tool("yarn eslint .")).toBe("eslint");
    expect(tool("coverage run -m pytest")).toBe("pytest");
    expect(tool("go test -race ./...")).toBe("go");
    expect(tool("npm ci")).toBe("npm");
    expect(tool("python -m unittest discover -s tests")).toBe("unittest");
    expect(tool("./scripts/check.sh")).toBeUndefined();
    // setup first, the tool last: the last known tool is the step's
    expect(tool("pip install -r requirements.txt\npytest")).toBe("pytest");
    expect(parseCommand(["uv", "run", "pytest", "-x"]).args).toEqual(["pytest", "-x"]);
  });
});

describe("reproduce: the step's command narrowed, never another tool's", () => {
  it("pytest keeps the wrappers and options, drops xdist/-k/reports, names the failing ids", () => {
    const r = reproduceCommand(
      input({
        command: "uv run pytest -n auto --cov=app --junitxml=out.xml -k slow -p no:cacheprovider tests/",
        tests: ["tests/a.py::test_x[a b-1]"],
      }),
    );
    expect(r).toBe("uv run pytest -p no:cacheprovider 'tests/a.py::test_x[a b-1]'");
  });

  it("mypy keeps --strict and names the files with errors", () => {
    expect(
      reproduceCommand(
        input({ tool: "mypy", category: "mypy", command: "mypy --strict src/", files: ["src/a.py"] }),
      ),
    ).toBe("mypy --strict src/a.py");
  });

  it("jest, vitest and mocha: the file and a name filter", () => {
    expect(
      reproduceCommand(
        input({ tool: "jest", command: "npm test", tests: ["src/a.test.js > sum > adds (1 + 2)"] }),
      ),
    ).toBe("npx jest src/a.test.js -t 'adds (1 + 2)'");
    expect(
      reproduceCommand(
        input({
          tool: "vitest",
          command: "npx vitest run --coverage",
          tests: ["t/a.test.ts > m > f", "t/a.test.ts > m > g"],
        }),
      ),
    ).toBe("npx vitest run t/a.test.ts -t 'f|g'");
    expect(
      reproduceCommand(
        input({ tool: "mocha", command: 'npx mocha "test/**/*.spec.js"', tests: ["orders totals"] }),
      ),
    ).toBe("npx mocha 'test/**/*.spec.js' --grep 'orders totals'");
  });

  it("go test: the failing package and -run; cargo test: the test's name", () => {
    expect(
      reproduceCommand(
        input({
          tool: "go",
          command: "go test -race -coverprofile=c.out ./...",
          tests: ["TestX/sub_case"],
          packages: ["example.com/m/pkg"],
        }),
      ),
    ).toBe("go test -race example.com/m/pkg -run '^TestX$/^sub_case$'");
    expect(
      reproduceCommand(
        input({ tool: "cargo", command: "cargo test --all-features", tests: ["tests::adds"] }),
      ),
    ).toBe("cargo test --all-features tests::adds");
  });

  it("a JS coverage gate and a go timeout get their own tool's command, not pytest", () => {
    expect(
      reproduceCommand(input({ tool: "jest", category: "coverage_drop", command: "npx jest --coverage" })),
    ).toBe("npx jest --coverage");
    expect(
      reproduceCommand(input({ tool: "go", category: "timeout", command: "go test -timeout 3s ./stock" })),
    ).toBe("go test -timeout 3s ./stock");
    expect(
      reproduceCommand(input({ tool: "unknown", category: "test_failure", tests: ["x"] })),
    ).toBeUndefined();
  });

  it("every word survives a POSIX shell as it was: quotes, dollars, backticks, newlines, assignments", () => {
    const hostile = [
      "tests/a.py::t[$(rm -rf ~)]",
      "tests/b.py::t[`id`]",
      "tests/c.py::t['q' \"d\"]",
      "tests/d.py::t[a\nb]",
    ];
    const r = reproduceCommand(input({ command: "FOO='a b' pytest -x", tests: hostile })) ?? "";
    expect(shellWords(r)).toEqual(["FOO=a b", "pytest", "-x", ...hostile]);
  });
});
