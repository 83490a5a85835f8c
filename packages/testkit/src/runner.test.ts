import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  commandsOf,
  inputEnvName,
  parseCommandLine,
  parseFileCommand,
  parseWorkflowCommands,
  runAction,
  runWithPost,
} from "./runner.ts";

// A throwaway action: plain scripts speaking the runner's contract directly (no bundle, no @actions/core).
const ACTION_YML = `name: fixture
description: runner harness fixture
inputs:
  who:
    description: a name
    required: true
  dry-run:
    description: boolean
    default: "false"
  token:
    description: token
    default: \${{ github.token }}
  my input:
    description: spaced name
outputs:
  greeting:
    description: text
runs:
  using: node24
  main: main.mjs
  post: post.mjs
`;

const MAIN = `
import { appendFileSync, readFileSync } from "node:fs";
const env = process.env;
const out = (k, v) => appendFileSync(env.GITHUB_OUTPUT, k + "<<EOF_1\\n" + v + "\\nEOF_1\\n");
out("greeting", "hello " + env.INPUT_WHO + "\\nsecond line");
appendFileSync(env.GITHUB_OUTPUT, "simple=a=b\\n");
appendFileSync(env.GITHUB_OUTPUT, "node=" + process.versions.node + "\\n");
appendFileSync(env.GITHUB_OUTPUT, "dry=" + env["INPUT_DRY-RUN"] + "\\n");
appendFileSync(env.GITHUB_OUTPUT, "token=" + env.INPUT_TOKEN + "\\n");
appendFileSync(env.GITHUB_OUTPUT, "spaced=" + env["INPUT_MY_INPUT"] + "\\n");
appendFileSync(env.GITHUB_OUTPUT, "leak=" + (env.RUNNER_HARNESS_SECRET ?? "absent") + "\\n");
const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
appendFileSync(env.GITHUB_OUTPUT, "event=" + event.action + ":" + env.GITHUB_EVENT_NAME + "\\n");
appendFileSync(env.GITHUB_OUTPUT, "cwd=" + (process.cwd() === env.GITHUB_WORKSPACE) + "\\n");
appendFileSync(env.GITHUB_STATE, "lock=held-by-4242\\n");
appendFileSync(env.GITHUB_ENV, "FOO=bar\\n");
appendFileSync(env.GITHUB_PATH, "/opt/tool/bin\\n");
appendFileSync(env.GITHUB_STEP_SUMMARY, "## Summary\\nall good\\n");
console.log("::add-mask::s3cr3t");
console.log("::group::Phase one");
console.log("::error file=src/a.ts,line=3,col=5,title=Bad%2C bad::first%0Asecond");
console.log("::endgroup::");
console.log("::stop-commands::tok123");
console.log("::error::inert while stopped");
console.log("::tok123::");
console.log("  ::warning::after resume");
console.log("::unknown-cmd::not a command");
if (env.INPUT_WHO === "sleepy") {
  process.on("SIGTERM", () => { console.log("got SIGTERM"); process.exit(3); });
  console.log("ready-for-signal");
  setTimeout(() => {}, 60_000);
} else if (env.INPUT_WHO === "forever") {
  setTimeout(() => {}, 60_000);
} else if (env.INPUT_WHO === "fail") {
  console.log("::error::it failed");
  process.exitCode = 1;
}
`;

const POST = `
import { appendFileSync } from "node:fs";
appendFileSync(process.env.GITHUB_OUTPUT, "post-saw=" + process.env.STATE_lock + "\\n");
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "runner-fixture-"));
  await writeFile(join(dir, "action.yml"), ACTION_YML);
  await writeFile(join(dir, "main.mjs"), MAIN);
  await writeFile(join(dir, "post.mjs"), POST);
  process.env.RUNNER_HARNESS_SECRET = "must-not-leak";
});
afterAll(async () => {
  delete process.env.RUNNER_HARNESS_SECRET;
  await rm(dir, { recursive: true, force: true });
});

describe("parsers", () => {
  it("names inputs as the runner does", () => {
    expect(inputEnvName("dry-run")).toBe("INPUT_DRY-RUN");
    expect(inputEnvName("my input")).toBe("INPUT_MY_INPUT");
  });

  it("parses name=value and heredoc file commands and rejects an unclosed heredoc", () => {
    expect(parseFileCommand("a=1\nb<<X\nline1\nline2\nX\nc=\n")).toEqual({
      a: "1",
      b: "line1\nline2",
      c: "",
    });
    expect(() => parseFileCommand("b<<X\nnever closed\n")).toThrow(/never closed/);
    expect(() => parseFileCommand("no separator\n")).toThrow(/invalid/);
  });

  it("parses commands with properties and escapes, ignoring unknown ones", () => {
    expect(parseCommandLine("::warning file=a%2Cb.ts,line=2::x%25y")).toMatchObject({
      command: "warning",
      properties: { file: "a,b.ts", line: "2" },
      data: "x%y",
    });
    expect(parseCommandLine("::set-outputs::x")).toBeUndefined();
    expect(parseCommandLine("text ::error::x")).toBeUndefined();
    expect(parseCommandLine("::error x")).toBeUndefined();
  });

  it("honours stop-commands", () => {
    const cmds = parseWorkflowCommands("::stop-commands::T\n::error::no\n::T::\n::error::yes\n");
    expect(cmds.map((c) => `${c.command}:${c.data}`)).toEqual(["stop-commands:T", "error:yes"]);
  });
});

describe("runAction on a script fixture", () => {
  it("runs under Node 24 with the runner's contract and a clean environment", async () => {
    const r = await runAction({
      action: dir,
      inputs: { who: "world", "my input": "spaced" },
      event: { action: "completed" },
      eventName: "workflow_run",
      timeoutMs: 20_000,
    });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.outputs).toMatchObject({
      greeting: "hello world\nsecond line",
      simple: "a=b",
      dry: "false",
      token: "ghs_runnerharnesstoken000000000000000",
      spaced: "spaced",
      leak: "absent",
      event: "completed:workflow_run",
      cwd: "true",
    });
    expect(r.outputs.node?.split(".")[0]).toBe("24");
    expect(r.state).toEqual({ lock: "held-by-4242" });
    expect(r.exportedEnv).toEqual({ FOO: "bar" });
    expect(r.addedPath).toEqual(["/opt/tool/bin"]);
    expect(r.summary).toContain("all good");
    expect(r.commands.map((c) => c.command)).toEqual([
      "add-mask",
      "group",
      "error",
      "endgroup",
      "stop-commands",
      "warning",
    ]);
    const [err] = commandsOf(r, "error");
    expect(err).toMatchObject({
      properties: { file: "src/a.ts", line: "3", col: "5", title: "Bad, bad" },
      data: "first\nsecond",
    });
    expect(commandsOf(r, "warning")[0]?.data).toBe("after resume");
  });

  it("reports a failing exit code", async () => {
    const r = await runAction({ action: dir, inputs: { who: "fail", typo: "x" }, timeoutMs: 20_000 });
    expect(r.exitCode).toBe(1);
    expect(r.unexpectedInputs).toEqual(["typo"]);
    expect(commandsOf(r, "error").map((c) => c.data)).toContain("it failed");
  });

  it("runs the post step with the saved state as STATE_*", async () => {
    const { main, post } = await runWithPost({ action: dir, inputs: { who: "x" }, timeoutMs: 20_000 });
    expect(main.exitCode).toBe(0);
    expect(post.exitCode).toBe(0);
    expect(post.outputs["post-saw"]).toBe("held-by-4242");
  });

  it("delivers a signal when stdout reaches a point", async () => {
    const r = await runAction({
      action: dir,
      inputs: { who: "sleepy" },
      signalOn: { signal: "SIGTERM", stdout: /ready-for-signal/ },
      timeoutMs: 20_000,
    });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toContain("got SIGTERM");
    expect(r.timedOut).toBe(false);
  });

  it("delivers a signal after a delay", async () => {
    const r = await runAction({
      action: dir,
      inputs: { who: "sleepy" },
      signalAfterMs: { signal: "SIGTERM", ms: 1500 },
      timeoutMs: 20_000,
    });
    expect(r.exitCode).toBe(3);
  });

  it("kills a run that exceeds its timeout", async () => {
    const r = await runAction({ action: dir, inputs: { who: "forever" }, timeoutMs: 1500 });
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe("SIGKILL");
  });

  it("fails clearly when the entry file is missing", async () => {
    await expect(runAction({ action: join(dir, "nope.mjs"), timeoutMs: 1000 })).rejects.toThrow(/missing/);
  });
});

describe("runAction on a committed bundle (@actions/core writes the file commands)", () => {
  it("runs actions/smoke's dist: a bad input fails with an error command and a summary", async () => {
    const r = await runAction({
      action: "smoke",
      inputs: { endpoints: "api=not a url", timeout: "5s" },
      timeoutMs: 30_000,
    });
    expect(r.exitCode).toBe(1);
    const errors = commandsOf(r, "error").map((c) => c.data);
    expect(errors.join("\n")).toMatch(/endpoints/);
    expect(r.summary).toMatch(/configuration/i);
  });
});
