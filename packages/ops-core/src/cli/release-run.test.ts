import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ConfigurationError } from "../action/errors.js";
import { run as deploy } from "./commands/deploy.js";
import type { ReleaseRow } from "./commands/releases.js";
import { renderTable } from "./commands/releases.js";
import { run as rollback } from "./commands/rollback.js";
import type { CliIo } from "./io.js";
import { DEPLOY_OPTIONS, HOST_OPTIONS, layeredInputs, ROLLBACK_OPTIONS, terminalRun } from "./release-run.js";
import { terminalText } from "./terminal-markdown.js";

function io(env: NodeJS.ProcessEnv = {}): CliIo & { out: string; err: string } {
  const box = {
    out: "",
    err: "",
    env,
    cwd: "/srv/app",
    stdout: (t: string) => {
      box.out += t;
    },
    stderr: (t: string) => {
      box.err += t;
    },
  };
  return box;
}

describe("release options", () => {
  it("an option beats OPS_<NAME>, which beats the terminal's default; errors name both", () => {
    const inputs = layeredInputs(
      { "lock-wait": "10s" },
      { OPS_LOCK_WAIT: "1m", OPS_REDIS_URL: "redis://h:6379/0", OPS_WATCH: "soon" },
      { "incident-report": "file" },
    );
    expect(inputs.duration("lock-wait", { fallback: 0 })).toBe(10_000);
    expect(inputs.optional("redis-url")).toBe("redis://h:6379/0");
    expect(inputs.optional("incident-report")).toBe("file");
    expect(() => inputs.duration("watch", { fallback: 0 })).toThrow(/option --watch \(or OPS_WATCH\)/);
  });

  it("without a token GitHub is not tried at all, and the terminal says why", () => {
    const t = terminalRun({}, io({ GITHUB_REPOSITORY: "o/r" }));
    expect(t.githubDisabled).toMatch(/no GitHub token/);
    expect(t.run.repository).toBe("o/r");
    expect(t.run.actor).toMatch(/\(ops\)$/);
    expect(t.workingDirectory).toBe("/srv/app");
    expect(terminalRun({}, io({ GITHUB_TOKEN: "ghs_x" })).githubDisabled).toBeUndefined();
  });

  it("ops rollback without a reason is bad usage (exit 2) and changes nothing", async () => {
    const t = io();
    const r = rollback(["--to", "last-good", "--endpoints", "api=http://127.0.0.1:1/health"], t);
    await expect(r).rejects.toBeInstanceOf(ConfigurationError);
    await expect(r).rejects.toThrow(/option --reason \(or OPS_REASON\) is required/);
  });

  it("ops deploy with a bad sha is bad usage", async () => {
    const t = io();
    const r = deploy(["not-a-sha", "--endpoints", "api=http://127.0.0.1:1/health"], t);
    await expect(r).rejects.toBeInstanceOf(ConfigurationError);
    await expect(r).rejects.toThrow(/not a full commit sha/);
  });
});

describe("the options are the actions' inputs", () => {
  const inputsOf = (action: string): string[] =>
    Object.keys(
      (
        parse(readFileSync(new URL(`../../../../actions/${action}/action.yml`, import.meta.url), "utf8")) as {
          inputs: Record<string, unknown>;
        }
      ).inputs,
    );
  it.each([
    // sha is the positional SHA; restart/reason are the restart button's; dry-run is the terminal's flag.
    // ssh-key is OPS_SSH_KEY only: a command line is visible to every user of the host.
    ["deploy", [...HOST_OPTIONS, ...DEPLOY_OPTIONS], ["sha", "restart", "reason", "dry-run", "ssh-key"]],
    // target is --to; hold-deploys-only is the workflow's queue guard.
    [
      "rollback",
      [...HOST_OPTIONS, ...ROLLBACK_OPTIONS],
      ["target", "reason", "dry-run", "hold-deploys-only", "ssh-key"],
    ],
  ] as const)("every input of actions/%s is an option of ops", (action, options, own) => {
    const missing = inputsOf(action).filter(
      (name) => !(options as readonly string[]).includes(name) && !(own as readonly string[]).includes(name),
    );
    expect(missing).toEqual([]);
  });
});

describe("the summary at the terminal", () => {
  it("keeps the checklists, tables and notes; drops HTML, Mermaid and Markdown escapes; strips control characters", () => {
    const md = [
      "## ✅ Rolled back",
      "",
      "> ⚠️ Release history from the host's mirror, not GitHub (connect ECONNREFUSED)",
      "",
      "### Rollback complete",
      "",
      "- [x] Database at the target revision — alembic current = 0003 \\(undid 0004\\)",
      "- [ ] ❌ CI passed on the commit — failing: test",
      "- [ ] ➖ Team notified — not checked",
      "",
      "| Step | Took |",
      "|---|---|",
      "| <code>alembic downgrade 0003</code> | 1.2s |",
      "",
      "<details>",
      "<summary>Health evidence</summary>",
      "",
      "- GET /health 200 \u001b[31mred\u001b[0m",
      "</details>",
      "",
      "```mermaid",
      "gantt",
      "```",
    ].join("\n");
    const text = terminalText(md);
    expect(text).toContain("✅ Rolled back\n═");
    expect(text).toContain("│ ⚠️ Release history from the host's mirror");
    expect(text).toContain("✔ Database at the target revision — alembic current = 0003 (undid 0004)");
    expect(text).toContain("✘ CI passed on the commit — failing: test");
    expect(text).toContain("– Team notified — not checked");
    expect(text).toContain("  Step                      │  Took\n  `alembic downgrade 0003`  │  1.2s");
    expect(text).toContain("▸ Health evidence");
    expect(text).not.toMatch(/<details>|gantt|\|---/);
    expect(text).not.toContain("\u001b");
  });
});

describe("ops releases table", () => {
  const row = (over: Partial<ReleaseRow>): ReleaseRow => ({
    id: 1,
    synced: true,
    recordId: null,
    kind: "deploy",
    version: "1111111111111111111111111111111111111111",
    sha: "1111111111111111111111111111111111111111",
    createdAt: "2026-12-03T05:00:00.000Z",
    actor: "alice",
    outcome: "success",
    faulty: null,
    dbRevision: "0003",
    images: { api: { ref: "app/api:1", present: true } },
    current: false,
    lastGood: false,
    reason: null,
    ...over,
  });

  it("marks current and last good, local records not on GitHub yet, faulty marks, and the source", () => {
    const text = renderTable(
      [
        row({ id: -1, synced: false, kind: "rollback", current: true }),
        row({
          id: 3,
          version: "3333333333333333333333333333333333333333",
          outcome: "failure",
          faulty: "faulty: rolled back by run 9: health 500",
          images: { api: { ref: "app/api:3", present: false } },
        }),
        row({ id: 1, lastGood: true }),
      ],
      "production",
      "mirror",
      "connect ECONNREFUSED",
    );
    expect(text).toContain("from the host's release mirror — GitHub did not answer (connect ECONNREFUSED)");
    expect(text).toMatch(/▶ current\s+local-1\s+rollback\s+1111111 .*not on GitHub yet/);
    expect(text).toMatch(/#3\s+deploy\s+3333333 .*failure\s+0003\s+0\/1\s+faulty: rolled back/);
    expect(text).toMatch(/✔ last good\s+#1\s+deploy/);
  });
});
