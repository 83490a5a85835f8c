// End to end: the COMMITTED bundle (dist/index.js) run through the runner harness against the GitHub API
// emulator, for a fork PR's CI run on its second attempt with several failed jobs: one flaky across
// attempts, one cancelled, one whose log carries hostile lines. Asserts on the summary file, GITHUB_OUTPUT,
// the workflow commands on stdout (annotations) and the emulator's comments (one, updated, never duplicated).

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eventPayload } from "@ops/testkit/events";
import { type GitHubEmulator, startGitHubEmulator, workflowRunEvent } from "@ops/testkit/github-emulator";
import { runAction } from "@ops/testkit/runner";
import { Zip, ZipDeflate } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const FIXTURES = new URL("../../../packages/ops-core/src/triage/__fixtures__/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");
const MARKER = "<!-- ops:ci-triage -->";
const SHA = "c0ffee0000000000000000000000000000000001";

const HOSTILE = [
  "2026-03-02T10:00:00.0000000Z ##[group]Run mypy --strict src",
  "2026-03-02T10:00:00.0010000Z ##[endgroup]",
  "2026-03-02T10:00:01.0000000Z ::add-mask::hunter2",
  "2026-03-02T10:00:01.0010000Z ::stop-commands::pwned",
  "2026-03-02T10:00:01.0020000Z ::set-output name=categories::owned",
  '2026-03-02T10:00:01.0030000Z src/app/<img src=x onerror=alert(1)>.py:3: error: Name "x" is not defined  [name-defined]',
  "2026-03-02T10:00:01.0040000Z src/app/calc.py:6: error: @octocat look <b>here</b> ::error::fake  [return-value]",
  "2026-03-02T10:00:01.0050000Z Found 2 errors in 2 files (checked 2 source files)",
  "2026-03-02T10:00:01.0060000Z ##[error]Process completed with exit code 1.",
].join("\n");

let gh: GitHubEmulator;
let runId = 0;

beforeAll(async () => {
  gh = await startGitHubEmulator();
  const s = gh.state;
  s.addRepo("forker/octo-repo");
  const pr = s.addPullRequest({ number: 12, head: { sha: SHA, ref: "feature/x", repo: "forker/octo-repo" } });
  // someone else's comment holding the marker: must never be edited
  s.addIssueComment({ issueNumber: pr.number, body: `${MARKER}\nquoted by a human` });
  const run = s.addWorkflowRun({
    headSha: SHA,
    headBranch: "feature/x",
    headRepo: "forker/octo-repo",
    event: "pull_request",
    conclusion: "failure",
    pullRequests: [], // a fork PR: GitHub leaves the event's list empty
    previousAttempts: [{ conclusion: "failure" }],
  });
  runId = run.id;
  // attempt 1: the integration job passed
  s.addJob({ runId, runAttempt: 1, name: "integration", conclusion: "success", log: "ok\n" });
  s.addJob({
    runId,
    runAttempt: 1,
    name: "unit",
    conclusion: "failure",
    log: fixture("pytest-fail.raw.log"),
  });
  // attempt 2 (the current one)
  s.addJob({
    runId,
    runAttempt: 2,
    name: "unit",
    conclusion: "failure",
    steps: [{ name: "Set up job" }, { name: "Tests", conclusion: "failure" }],
    log: fixture("pytest-fail.raw.log"),
  });
  s.addJob({
    runId,
    runAttempt: 2,
    name: "integration",
    conclusion: "failure",
    steps: [{ name: "Tests", conclusion: "failure" }],
    log: fixture("vitest.raw.log"),
  });
  s.addJob({ runId, runAttempt: 2, name: "types", conclusion: "failure", log: HOSTILE });
  s.addJob({ runId, runAttempt: 2, name: "e2e", conclusion: "cancelled", log: fixture("cancelled.raw.log") });
  s.addJob({ runId, runAttempt: 2, name: "lint", conclusion: "success", log: "fine\n" });
});

afterAll(async () => {
  await gh?.stop();
});

/** Markdown outside fenced code blocks (where HTML and mentions would be live). */
function outsideCode(md: string): string {
  return md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, "");
}

function event() {
  const run = gh.state.runs.find((r) => r.id === runId);
  if (!run) throw new Error("no run");
  return eventPayload("workflow_run", "completed", {
    workflow_run: gh.state.workflowRun(run),
    repository: { full_name: "octo-org/octo-repo" },
  });
}

async function triage(inputs: Record<string, string> = {}) {
  return runAction({
    action: "ci-triage",
    env: gh.env(),
    event: event(),
    eventName: "workflow_run",
    inputs: { workflows: "CI, ci.yml", ...inputs },
    timeoutMs: 30_000,
  });
}

describe("ci-triage bundle against the emulator", () => {
  it("triages every failed job, once comments, annotates, and keeps hostile text inert", async () => {
    const before = gh.apiCalls().length;
    const r = await triage();
    expect(r.stderr).not.toMatch(/Error:|TypeError/);
    expect(r.exitCode).toBe(0);
    const calls = gh.apiCalls().length - before;
    if (process.env.SHOW_STDOUT) console.log(r.stdout, r.summary);

    // outputs
    expect(r.outputs.categories?.split(",").sort()).toEqual(["flaky", "mypy", "test_failure"]);
    const report = JSON.parse(r.outputs.report ?? "{}");
    expect(report.schema).toBe(1);
    const unit = report.failed.find((f: { job: string }) => f.job === "unit");
    expect(unit).toMatchObject({
      category: "test_failure",
      step: "Tests",
      locations: ["tests/test_calc.py:5"],
      tests: ["tests/test_calc.py::test_add"],
      reproduce: "pytest tests/test_calc.py::test_add",
    });
    const integration = report.failed.find((f: { job: string }) => f.job === "integration");
    expect(integration.category).toBe("flaky");
    expect(integration.flaky[0]).toMatch(/passed in attempt 1 and failed in attempt 2/);
    expect(report.cancelled).toEqual([expect.objectContaining({ job: "e2e" })]);
    expect(report.failed.map((f: { job: string }) => f.job)).not.toContain("e2e");
    expect(report.pullRequest).toBe(12);
    expect(report.comment.action).toBe("created");

    // the summary: every failed job, the checklist, cancelled reported as such; hostile text escaped
    expect(r.summary).toContain("CI issue resolved");
    expect(r.summary).toContain("tests/test_calc.py::test_add");
    expect(r.summary).toMatch(/Cancelled.*e2e/);
    const prose = outsideCode(r.summary);
    expect(prose).not.toContain("<img");
    expect(prose).not.toContain("<b>");
    expect(prose).not.toMatch(/@octocat/);
    expect(r.summary).toContain("@octocat look <b>here</b>"); // shown, but only inside a code block

    // annotations: on repository files, within the limit; the hostile message cannot end the command
    const errors = r.commands.filter((c) => c.command === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(errors.map((e) => e.properties.file)).toContain("tests/test_calc.py");
    expect(errors.map((e) => e.properties.file)).toContain("src/app/calc.py");
    for (const e of errors) expect(e.properties.file?.startsWith("/")).toBe(false);
    // nothing from the logs became a workflow command of its own
    // (the action's own add-mask of its token is expected; none may come from a log)
    expect(r.commands.filter((c) => c.command === "add-mask").map((c) => c.data)).not.toContain("hunter2");
    expect(r.commands.map((c) => c.command)).not.toContain("stop-commands");
    expect(r.commands.map((c) => c.command)).not.toContain("set-output");
    expect(r.outputs.categories).not.toBe("owned");
    expect(r.stdout).not.toMatch(/^::add-mask::hunter2/m);

    // one comment by the action's identity, the human's marker comment untouched
    const comments = gh.state.commentsOn(12);
    const mine = comments.filter((c) => c.user.login === "github-actions[bot]");
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body.startsWith(MARKER)).toBe(true);
    expect(mine[0]?.body.length).toBeLessThan(65_536);
    expect(outsideCode(mine[0]?.body ?? "")).not.toMatch(/<img|<b>|@octocat/);
    expect(comments.find((c) => c.user.login === "octocat")?.body).toBe(`${MARKER}\nquoted by a human`);

    // API budget: N failed jobs (3) + jobs list + PR lookup (fork) + comments list + create ≤ N + 4, and
    // the artifacts list (no test-report artifact here: no download) ≤ 1 + 3
    expect(calls).toBeLessThanOrEqual(3 + 4 + 1);
    expect(
      gh
        .apiCalls()
        .slice(before)
        .filter((c) => c.route?.endsWith("/artifacts")),
    ).toHaveLength(1);
  });

  it("a second run updates the same comment instead of adding one", async () => {
    const first = gh.state.commentsOn(12).filter((c) => c.user.login === "github-actions[bot]");
    const r = await triage();
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs.report ?? "{}").comment.action).toBe("updated");
    const mine = gh.state.commentsOn(12).filter((c) => c.user.login === "github-actions[bot]");
    expect(mine).toHaveLength(1);
    expect(mine[0]?.id).toBe(first[0]?.id);
    expect(gh.state.commentsOn(12)).toHaveLength(2);
  });

  it("flaky-history: a job that failed and passed on the default branch recently is flaky", async () => {
    const s = gh.state;
    const main = s.repo().defaultBranch;
    for (const conclusion of ["success", "failure"]) {
      const past = s.addWorkflowRun({ headSha: "d".repeat(40), headBranch: main, conclusion });
      s.addJob({ runId: past.id, name: "types", conclusion });
    }
    const r = await triage({ "flaky-history": "5", comment: "false" });
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.outputs.report ?? "{}");
    const types = report.failed.find((f: { job: string }) => f.job === "types");
    expect(types.category).toBe("flaky");
    expect(types.flaky[0]).toMatch(/failed 1 and passed 1 time\(s\) in the last 2 runs on/);
    expect(report.failed.find((f: { job: string }) => f.job === "unit").category).toBe("test_failure");
  });
});

// ---- JUnit reports from the run's artifacts -------------------------------------------------------------
// The reports and the logs come from REALLY running pytest (--junitxml) and vitest (junit reporter) on the
// small failing samples in packages/ops-core/src/triage/__fixtures__/junit/samples, here and now; the job
// logs are their console output in the runner's raw log format (wrap.mjs); the artifacts are zipped the
// streaming way upload-artifact writes them (data descriptors).

const JUNIT = new URL("../../../packages/ops-core/src/triage/__fixtures__/junit/", import.meta.url);
const RUNNER_WS = "/home/runner/work/demo/demo";

function streamedZip(files: Record<string, string>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, text] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(new TextEncoder().encode(text), true);
  }
  zip.end();
  return new Uint8Array(Buffer.concat(parts));
}

/** Runs a real test tool in a copy of a sample; its console output as a raw job log, and its JUnit XML. */
function realRun(
  sample: string,
  argv: string[],
  command: string,
  xmlName: string,
): { log: string; xml: string } {
  const dir = mkdtempSync(join(tmpdir(), "junit-e2e-"));
  cpSync(fileURLToPath(new URL(`samples/${sample}/`, JUNIT)), dir, { recursive: true });
  for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" }))
    if (f.endsWith(".sample")) renameSync(join(dir, f), join(dir, f.slice(0, -".sample".length)));
  const [bin, ...args] = argv;
  const run = spawnSync(bin ?? "", args, { cwd: dir, encoding: "utf8", timeout: 60_000 });
  if (run.error)
    throw new Error(
      `${bin} could not run (${run.error.message}): install it (scripts/setup.sh installs python3-pytest)`,
    );
  const out = join(dir, "console.out");
  writeFileSync(out, `${run.stdout}${run.stderr}`);
  const wrap = fileURLToPath(new URL("../wrap.mjs", JUNIT));
  const log = execFileSync(
    process.execPath,
    [wrap, "raw", out, command, "Tests", String(run.status ?? 1), dir],
    {
      encoding: "utf8",
      timeout: 30_000,
    },
  );
  const xml = readFileSync(join(dir, xmlName), "utf8").split(dir).join(RUNNER_WS);
  rmSync(dir, { recursive: true, force: true });
  return { log, xml };
}

describe("ci-triage bundle: JUnit reports from the run's artifacts", () => {
  let em: GitHubEmulator;
  let pytest: { log: string; xml: string };
  let vitest: { log: string; xml: string };
  const PR = 21;

  beforeAll(async () => {
    const python = spawnSync("pytest", ["--version"], { encoding: "utf8", timeout: 30_000 });
    const pytestBin = python.status === 0 ? ["pytest"] : ["python3", "-m", "pytest"];
    pytest = realRun(
      "py",
      [...pytestBin, "-p", "no:cacheprovider", "--junitxml=report.xml", "tests"],
      "pytest --junitxml=report.xml tests",
      "report.xml",
    );
    const vitestBin = fileURLToPath(new URL("../../../node_modules/.bin/vitest", import.meta.url));
    vitest = realRun(
      "js",
      [
        vitestBin,
        "run",
        "--root",
        ".",
        "--reporter=default",
        "--reporter=junit",
        "--outputFile.junit=junit.xml",
      ],
      "npx vitest run --reporter=default --reporter=junit",
      "junit.xml",
    );
    em = await startGitHubEmulator();
    em.state.addPullRequest({ number: PR, head: { sha: "b".repeat(40), ref: "feature/calc" } });
  }, 120_000);

  afterAll(async () => {
    await em?.stop();
  });

  function failedRun(artifacts: Array<{ name: string; zip: Uint8Array; sizeInBytes?: number }>) {
    const run = em.state.addWorkflowRun({
      headSha: "b".repeat(40),
      headBranch: "feature/calc",
      event: "pull_request",
      conclusion: "failure",
      pullRequests: [PR],
    });
    em.state.addJob({
      runId: run.id,
      name: "unit",
      conclusion: "failure",
      steps: [{ name: "Tests", conclusion: "failure" }],
      log: pytest.log,
    });
    em.state.addJob({
      runId: run.id,
      name: "web",
      conclusion: "failure",
      steps: [{ name: "Tests", conclusion: "failure" }],
      log: vitest.log,
    });
    em.state.addJob({ runId: run.id, name: "lint", conclusion: "success", log: "ok\n" });
    for (const a of artifacts) em.state.addArtifact({ runId: run.id, ...a });
    return run;
  }

  async function triageOf(run: ReturnType<typeof failedRun>, inputs: Record<string, string> = {}) {
    const before = em.apiCalls().length;
    const r = await runAction({
      action: "ci-triage",
      env: em.env(),
      event: workflowRunEvent(em, run),
      eventName: "workflow_run",
      inputs,
      timeoutMs: 30_000,
    });
    return { r, calls: em.apiCalls().slice(before) };
  }

  it("the real tools' reports give the exact tests, the tool and the narrowed command, in the summary and the PR comment", async () => {
    const run = failedRun([
      { name: "junit-unit", zip: streamedZip({ "reports/pytest.xml": pytest.xml }) },
      { name: "web-test-results", zip: streamedZip({ "junit.xml": vitest.xml, "notes.txt": "not xml" }) },
      { name: "coverage-html", zip: streamedZip({ "index.html": "<html></html>" }) },
    ]);
    const { r, calls } = await triageOf(run);
    if (process.env.SHOW_STDOUT) console.log(r.stdout, r.summary);
    expect(r.stderr).not.toMatch(/Error:|TypeError/);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.outputs.report ?? "{}");
    const unit = report.failed.find((f: { job: string }) => f.job === "unit");
    expect(unit).toMatchObject({
      category: "test_failure",
      tool: "pytest",
      tests: [
        "tests/test_calc.py::test_add",
        "tests/test_calc.py::TestDiv::test_div[1-0]",
        "tests/test_calc.py::test_uses_fixture",
      ],
      // the last one is test_div's own frame in its long traceback (`tests/test_calc.py:17:`)
      locations: ["tests/test_calc.py:7", "app/calc.py:6", "tests/test_calc.py:26", "tests/test_calc.py:17"],
      reproduce:
        "pytest tests/test_calc.py::test_add 'tests/test_calc.py::TestDiv::test_div[1-0]' tests/test_calc.py::test_uses_fixture",
      testReports: [
        expect.objectContaining({
          artifact: "junit-unit",
          files: ["reports/pytest.xml"],
          tool: "pytest",
          tests: 6,
        }),
      ],
    });
    expect(unit.summary).toMatch(
      /^3 failing tests: tests\/test_calc.py::test_add — .* \(JUnit report in artifact "junit-unit"\)$/,
    );
    const web = report.failed.find((f: { job: string }) => f.job === "web");
    expect(web).toMatchObject({
      category: "test_failure",
      tool: "vitest",
      tests: ["src/calc.test.ts > calc > add > adds <small> numbers"],
      locations: ["src/calc.test.ts:7:25"],
      reproduce: "npx vitest run src/calc.test.ts -t 'adds <small> numbers'",
    });

    const comment = em.state.commentsOn(PR).find((c) => c.user.login === "github-actions[bot]")?.body ?? "";
    for (const md of [r.summary, comment]) {
      expect(md).toContain("**Tool**: <code>pytest</code>");
      expect(md).toContain("**Tool**: <code>vitest</code>");
      expect(md).toContain("**Tests from**: the JUnit report in artifact <code>junit-unit</code>");
      expect(md).toContain("<code>tests/test_calc.py::TestDiv::test_div&#91;1-0&#93;</code>");
      expect(md).toContain(
        "<code>src/calc.test.ts &#62; calc &#62; add &#62; adds &#60;small&#62; numbers</code>",
      );
      expect(md).toContain("npx vitest run src/calc.test.ts -t 'adds <small> numbers'"); // in the sh block
      expect(md).toContain(
        "pytest tests/test_calc.py::test_add 'tests/test_calc.py::TestDiv::test_div[1-0]'",
      );
      expect(outsideCode(md)).not.toContain("<small>");
    }
    // one annotation per failing test, at the report's locations
    const errors = r.commands
      .filter((c) => c.command === "error")
      .map((c) => `${c.properties.file}:${c.properties.line}`);
    expect(errors).toEqual(
      expect.arrayContaining(["tests/test_calc.py:7", "app/calc.py:6", "src/calc.test.ts:7"]),
    );

    // API budget: N = 2 log downloads + jobs list + comments list + create (≤ N + 4), and the reports'
    // 1 list + 2 downloads (≤ 1 + 3). The zips came from the blob URL without the token (it refuses one).
    const routes = calls.map((c) => `${c.method} ${c.route}`);
    expect(routes.filter((x) => x.endsWith("/artifacts"))).toHaveLength(1);
    expect(routes.filter((x) => x.endsWith("/{archive_format}"))).toHaveLength(2);
    expect(calls.length).toBeLessThanOrEqual(2 + 4 + 1 + 3);
    expect(calls.length).toBe(8);
    const blobs = em.calls.filter((c) => c.route === "/_blob");
    expect(blobs.map((c) => c.status)).not.toContain(400);
    expect(em.conformance()).toEqual([]);
  });

  it("a corrupt zip, an oversized artifact and a DOCTYPE entity bomb are reported; the log is the fallback", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><testsuites><testsuite name="pytest"><testcase classname="tests.test_calc" name="&lol3;"><failure message="&lol3;"/></testcase></testsuite></testsuites>`;
    const good = streamedZip({ "r.xml": pytest.xml });
    const run = failedRun([
      { name: "junit-unit-corrupt", zip: new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(40).fill(7)]) },
      { name: "junit-unit-big", zip: good, sizeInBytes: 30 * 1024 * 1024 },
      { name: "junit-unit-bomb", zip: streamedZip({ "bomb.xml": bomb }) },
    ]);
    const { r, calls } = await triageOf(run, { comment: "false" });
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.outputs.report ?? "{}");
    const unit = report.failed.find((f: { job: string }) => f.job === "unit");
    expect(unit.testReports).toEqual([]);
    // the log's own reading: the tests pytest's console named
    expect(unit.tests).toEqual(
      expect.arrayContaining(["tests/test_calc.py::test_add", "tests/test_calc.py::TestDiv::test_div[1-0]"]),
    );
    expect(unit.summary).not.toMatch(/JUnit report/);
    expect(r.summary).toMatch(/test report artifact &quot;junit-unit-corrupt&quot; not read: corrupt zip/);
    expect(r.summary).toMatch(
      /junit-unit-big&quot; not read: 30\.0 MiB is over the 20\.0 MiB limit; not downloaded/,
    );
    expect(r.summary).toMatch(/junit-unit-bomb\/bomb\.xml&quot; not read: declares a DTD/);
    expect(r.summary).not.toContain("lollollol");
    // the oversized one was refused from the listing: no download call for it
    expect(calls.filter((c) => c.route?.endsWith("/{archive_format}"))).toHaveLength(2);
    expect(em.conformance()).toEqual([]);
  });

  it("read-test-reports: false reads no artifact; a wrong pattern is a configuration error naming the input", async () => {
    const run = failedRun([{ name: "junit-unit", zip: streamedZip({ "r.xml": pytest.xml }) }]);
    const off = await triageOf(run, { "read-test-reports": "false", comment: "false" });
    expect(off.r.exitCode).toBe(0);
    expect(off.calls.map((c) => c.route)).not.toContain(
      "/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
    );
    expect(JSON.parse(off.r.outputs.report ?? "{}").failed[0].testReports).toEqual([]);
    const bad = await triageOf(run, { "test-report-artifacts": "reports/junit" });
    expect(bad.r.exitCode).toBe(1);
    expect(bad.r.stdout).toMatch(
      /::error::ci-triage: input `test-report-artifacts`: "reports\/junit" is not an artifact name pattern/,
    );
    const typo = await triageOf(run, { "read-test-reports": "yes" });
    expect(typo.r.exitCode).toBe(1);
    expect(typo.r.stdout).toMatch(/read-test-reports/);
  });
});
