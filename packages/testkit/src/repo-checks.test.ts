import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actionDirs,
  checkActionYml,
  checkReadme,
  lintWorkflows,
  readmeTable,
  renderActionDocs,
  workflowFiles,
} from "./repo-checks.ts";
import { REPO_ROOT } from "./runner.ts";

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "repo-checks-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("workflows (actionlint)", () => {
  const files = workflowFiles();

  it("finds the workflow files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(REPO_ROOT, f), f]))("%s passes actionlint", async (_name, file) => {
    const findings = await lintWorkflows([file]);
    expect(
      findings.map((f) => `${relative(REPO_ROOT, f.file)}:${f.line}:${f.column} [${f.kind}] ${f.message}`),
    ).toEqual([]);
  });

  it("can fail: a broken workflow gives findings", async () => {
    const bad = join(tmp, "broken.yml");
    await writeFile(
      bad,
      [
        "on: push",
        "permissions: {}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    needs: [nonexistent]",
        "    steps:",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
        "      - run: echo ${{ github.bogus }}",
        "",
      ].join("\n"),
    );
    const findings = await lintWorkflows([bad]);
    expect(findings.map((f) => f.kind)).toEqual(expect.arrayContaining(["expression", "job-needs"]));
  });
});

describe("action.yml rules", () => {
  const dirs = actionDirs();

  it("finds the actions", () => {
    expect(dirs.length).toBeGreaterThan(0);
  });

  it.each(dirs.map((d) => [relative(REPO_ROOT, d), d]))(
    "%s follows the project's action.yml rules",
    (_name, dir) => {
      expect(checkActionYml(dir)).toEqual([]);
    },
  );

  it("can fail: each rule catches its violation", async () => {
    const dir = join(tmp, "bad-action");
    await import("node:fs/promises").then((fs) => fs.mkdir(dir, { recursive: true }));
    await writeFile(
      join(dir, "action.yml"),
      [
        "name: bad",
        "inputs:",
        "  dryRun:",
        "    description: camel case",
        "    default: false",
        "  token:",
        "    description: a token",
        "  quiet:",
        "    default: 'true'",
        "outputs:",
        "  result: {}",
        "runs:",
        "  using: node20",
        "  main: dist/index.js",
        "  post: dist/post.js",
        "",
      ].join("\n"),
    );
    const problems = checkActionYml(dir).join("\n");
    expect(problems).toContain("missing required key `description`");
    expect(problems).toContain("runs.using must be node24");
    expect(problems).toContain("runs.main file dist/index.js does not exist");
    expect(problems).toContain("runs.post file dist/post.js does not exist");
    expect(problems).toContain("input `dryRun` is not kebab-case");
    expect(problems).toContain("input `dryRun`: boolean default must be a string");
    expect(problems).toContain("input `quiet` has no description");
    expect(problems).not.toContain("input `quiet`: boolean default");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(problems).toContain("input `token` must default to `${{ github.token }}`");
    expect(problems).toContain("output `result` has no description");
  });
});

describe("README tables", () => {
  const dirs = actionDirs();

  it.each(dirs.map((d) => [relative(REPO_ROOT, d), d]))(
    "%s README documents every input and output of action.yml",
    (_name, dir) => {
      expect(checkReadme(dir)).toEqual([]);
    },
  );

  const YML = [
    "name: x",
    "description: x",
    "inputs:",
    "  reason:",
    "    description: Why, in one line | with a pipe.",
    "    required: true",
    "  dry-run:",
    "    description: Plan only.",
    "    default: 'false'",
    "outputs:",
    "  status:",
    "    description: done or failed.",
    "runs:",
    "  using: node24",
    "  main: index.js",
    "",
  ].join("\n");

  it("generates tables that the check accepts, and the check catches drift", async () => {
    const dir = join(tmp, "doc-action");
    await import("node:fs/promises").then((fs) => fs.mkdir(dir, { recursive: true }));
    await writeFile(join(dir, "action.yml"), YML);
    const docs = renderActionDocs(YML);
    expect(readmeTable(docs, "Inputs")?.rows.map((r) => r[0])).toEqual(["`reason`", "`dry-run`"]);
    expect(docs).toContain("\\| with a pipe. **Required.**");
    await writeFile(join(dir, "README.md"), `# x\n\n${docs}`);
    expect(checkReadme(dir)).toEqual([]);

    await writeFile(
      join(dir, "README.md"),
      `# x\n\n${docs.replace("`false`", "`true`").replace("| `status` |", "| `state` |")}`,
    );
    const problems = checkReadme(dir).join("\n");
    expect(problems).toContain('input dry-run default is "true"');
    expect(problems).toContain("outputs missing from the table: status");
    expect(problems).toContain("outputs not in action.yml: state");
  });
});
