// Untrusted text renders as text: every summary, comment and report is rendered by a real CommonMark
// renderer (markdown-it, with raw HTML on and GFM-style autolink literals, as GitHub renders) and no link,
// image or HTML element may come from the untrusted part. Hostile strings are generated (fast-check) from
// the pieces an attacker would use: Markdown links and images, raw HTML, autolinks, code fences, pipes.
import fc from "fast-check";
import type { Token } from "markdown-it";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { FakeTime, sequenceRandom } from "../health/__fixtures__/fake-time.js";
import {
  container,
  FakeHttp,
  FakeStack,
  FakeState,
  fakeRunner,
  openBreaker,
} from "../health/__fixtures__/fakes.js";
import { runSmoke } from "../health/smoke.js";
import { renderSmokeSummary } from "../health/summary.js";
import { mig, World } from "../release/__fixtures__/world.js";
import { deploy } from "../release/deploy.js";
import { renderIncident } from "../release/incident.js";
import { renderDeploySummary } from "../release/render.js";
import { describeLockValue } from "../state/lock.js";
import { renderSummary as renderStateSummary } from "../state/report.js";
import { interpretState } from "../state/state.js";
import { renderComment, renderSummary as renderTriageSummary } from "../triage/render.js";
import type { TriageRunReport } from "../triage/run.js";
import { triageText } from "../triage/triage.js";
import { mdBlock, mdCode, mdText } from "./safe-text.js";
import { checklist, details, heading, headline, table } from "./summary.js";

const md = new MarkdownIt({ html: true, linkify: true });
// GitHub autolinks `www.`, scheme URLs and e-mail addresses in text (GFM autolink literals), not bare
// domains. linkify-it finds the URLs; its e-mail rule is far looser than GFM's (Unicode, any local part), so
// e-mail literals are checked by hand below with GFM's own character classes.
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

// Tags the renderers themselves write; anything else in an HTML token came from the untrusted text.
const OWN_HTML = /^<\/?(code|details( open)?|summary|br|sub|sup|b|kbd)>$|^<!--[^>]*-->$/;
const EVIL = "evil.example";

function tokensOf(markdown: string): Token[] {
  const out: Token[] = [];
  const walk = (ts: Token[]) => {
    for (const t of ts) {
      out.push(t);
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return out;
}

/** No link, image or foreign HTML element; no text GitHub would autolink to the hostile host. */
function expectInert(markdown: string, shown?: string): void {
  // Not vacuous: the hostile host is there, as text.
  if (shown?.includes(EVIL)) expect(md.render(markdown).replace(/\u200b/g, "")).toContain(EVIL);
  for (const t of tokensOf(markdown)) {
    if (t.type === "link_open") expect(t.attrGet("href") ?? "", markdown).not.toContain(EVIL);
    if (t.type === "image") throw new Error(`an image was rendered from: ${markdown}`);
    if (t.type === "html_inline") expect(t.content.trim(), markdown).toMatch(OWN_HTML);
    if (t.type === "html_block") {
      for (const tag of t.content.match(/<[^>]*>/g) ?? []) expect(tag, markdown).toMatch(OWN_HTML);
    }
    if (t.type === "text" || t.type === "code_inline") {
      // GFM autolink literals: `www.` or `scheme://` followed by the host.
      expect(t.content, markdown).not.toMatch(/(www\.|[a-z]+:\/\/)evil/i);
      expect(t.content, markdown).not.toMatch(/[A-Za-z0-9.+_-]+@[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+/);
    }
  }
  expect(md.render(markdown)).not.toMatch(/<(img|a|script|iframe)\b[^>]*evil/i);
}

const PIECES = [
  `![x](https://${EVIL}/i.png)`,
  `[click](https://${EVIL})`,
  `[click][r]\n\n[r]: https://${EVIL}`,
  `<img src=https://${EVIL}/x onerror=alert(1)>`,
  `<a href="https://${EVIL}">x</a>`,
  `<https://${EVIL}>`,
  `https://${EVIL}/p`,
  `www.${EVIL}`,
  "</code>",
  "</details>",
  "<code>",
  "`",
  "```",
  "|",
  "\\",
  "*",
  "_",
  "&lt;",
  "&#x3C;img&#x3E;",
  "\n",
  " ",
  "@team",
  "#1",
  "a",
];
const hostile = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join(""));

describe("safe-text under a CommonMark renderer", () => {
  it("the reported attack: an image and a link inside mdCode render as text", () => {
    const h = `![x](https://${EVIL}/i.png) [click](https://${EVIL})`;
    expect(md.render(`<code>${h}</code>`)).toMatch(/<img/); // what HTML `<code>` alone did
    expectInert(mdCode(h));
    expect(md.render(mdCode(h)).replace(/\u200b/g, "")).toContain(`![x](https://${EVIL}/i.png)`);
  });

  it("mdText, mdCode and mdBlock in paragraphs, headings and table cells (property)", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        expectInert(mdText(h));
        expectInert(`## ${mdText(h)}`);
        expectInert(mdCode(h));
        expectInert(`| a | b |\n|---|---|\n| ${mdText(h)} | ${mdCode(h)} |`);
        expectInert(`before\n\n${mdBlock(h)}\n\nafter`);
      }),
      { numRuns: 300 },
    );
  });

  it("the summary builder: status, checklist, table, details (property)", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        expectInert(
          [
            headline("failure", h, h),
            checklist(h, [{ label: h, ok: false, evidence: h }]),
            table(["name", "value"], [[mdText(h), mdCode(h)]]),
            details(h, mdBlock(h)),
            heading(h, 3),
          ].join("\n\n"),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("every renderer under a CommonMark renderer", () => {
  it("the state action's summary (trip reason, audit actors and reasons from Redis)", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const state = interpretState({
          killSwitch: "true",
          breaker: "TRIPPED",
          tripReason: h,
          lastReset: null,
        });
        const md1 = renderStateSummary({
          operation: "status",
          status: {
            state,
            lock: describeLockValue(
              "deploy:lock",
              JSON.stringify({ kind: "manual", actor: h, reason: h, startedAt: h }),
              1000,
            ),
            audit: [
              {
                id: "1-0",
                op: "breaker.trip",
                time: h,
                actor: h,
                reason: h,
                runUrl: h,
                runId: h,
                key: "cb:state",
                old: h,
                new: h,
              },
            ],
            errors: [h],
          },
        });
        expectInert(md1, h);
      }),
      { numRuns: 100 },
    );
  });

  it("the triage PR comment and summary (job, step and test names, log lines from a fork)", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        const log = `${h}\nFAILED tests/test_x.py::test_${h.replace(/\s/g, "_")} - AssertionError: ${h}\nError: ${h}\n`;
        const result = triageText(log);
        const report: TriageRunReport = {
          schema: 1,
          run: {
            id: 9,
            name: h,
            path: ".github/workflows/ci.yml",
            attempt: 1,
            conclusion: "failure",
            status: "completed",
            headSha: "abc",
            headBranch: h,
            headRepository: "fork/repo",
            repository: "org/repo",
            event: "pull_request",
            htmlUrl: "https://github.com/org/repo/actions/runs/9",
            pullRequests: [],
          },
          failed: [
            {
              job: {
                id: 1,
                name: h,
                attempt: 1,
                status: "completed",
                conclusion: "failure",
                htmlUrl: "",
                steps: [{ name: h, number: 1, conclusion: "failure" }],
              },
              failedStep: h,
              result,
              flaky: [h],
              annotations: [{ path: h, startLine: 1, endLine: 1, level: "failure", message: h, title: h }],
              logError: h,
              testReports: [
                {
                  artifact: h,
                  files: [h],
                  tool: "pytest",
                  tests: 3,
                  failures: 1,
                  errors: 0,
                  skipped: 0,
                  flaky: 0,
                  matchedBy: "name",
                },
              ],
            },
          ],
          cancelled: [],
          categories: [result.category],
          notes: [h],
        } as unknown as TriageRunReport;
        expectInert(renderComment(report), h);
        expectInert(renderTriageSummary(report), h);
      }),
      { numRuns: 60 },
    );
  });

  it("the incident report (reason, actor, health evidence, log lines)", () => {
    fc.assert(
      fc.property(hostile, (h) => {
        expectInert(
          renderIncident({
            at: Date.UTC(2026, 10, 27, 3),
            title: h,
            reason: h,
            outcome: "failed",
            stateNow: h,
            trigger: "manual",
            actor: h,
            runUrl: "https://gh/o/r/actions/runs/1",
            repository: "o/r",
            faulty: { sha: "b".repeat(40), version: h, deploymentId: 2, dbRevision: h },
            target: { sha: "a".repeat(40), version: h, deploymentId: 1, dbRevision: h },
            dbBefore: h,
            dbAfter: h,
            migrationsUndone: [h],
            timeline: [
              { name: h, startMs: Date.UTC(2026, 10, 27, 3), durationMs: 1200, outcome: "failed", detail: h },
            ],
            healthEvidence: [h],
            logs: { gateway: h },
            hotfixBranch: "hotfix/x",
            hotfixBranchCreated: false,
            notified: undefined,
          } as Parameters<typeof renderIncident>[0]),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe("the smoke and deploy summaries under a CommonMark renderer", () => {
  it("the smoke summary (a health body and a container's health log from the service)", async () => {
    for (const h of fc.sample(hostile, { numRuns: 25, seed: 15 })) {
      const time = new FakeTime();
      const http = new FakeHttp(time);
      http.route("http://127.0.0.1:8001/health", () => ({ status: 500, body: h, latencyMs: 2 }));
      const report = await runSmoke(
        {
          endpoints: [{ name: "signal", url: "http://127.0.0.1:8001/health" }],
          expectStatus: { codes: [200], classes: [], text: "200" },
          expectJson: [],
          timeoutMs: 2_000,
          requestTimeoutMs: 1_000,
          successes: 1,
          samples: 2,
          maxIntervalMs: 500,
          failFast: true,
          latencyToleranceMs: 0,
          stack: { services: [], observeMs: 1_000, pollMs: 500, logLines: 30 },
          breaker: { timeoutMs: 1_000 },
        },
        {
          get: http.get,
          clock: time.clock,
          sleep: time.sleep,
          random: sequenceRandom([0.5]),
          now: () => new Date("2026-11-27T03:00:00.000Z"),
          stack: new FakeStack(["signal_service"], () => [
            container("signal_service", { health: "unhealthy", healthLog: h, status: h }),
          ]),
          state: new FakeState({ ...openBreaker, tripReason: h }),
          run: fakeRunner({}),
          files: { readFile: async () => "", resolvePath: (_, p) => p },
        },
      );
      expectInert(renderSmokeSummary(report), h);
    }
  });

  it("the deploy summary (health evidence, log lines, the PR title)", async () => {
    const NEW = "c0ffee0000000000000000000000000000000002";
    for (const h of fc.sample(hostile, { numRuns: 15, seed: 15 })) {
      const w = new World();
      w.graph = [mig("0001", null), mig("0002", "0001")];
      w.seedRelease("abcdef0000000000000000000000000000000001", {
        db: "0002",
        before: "0001",
        applied: ["0002"],
      });
      w.db = "0002";
      w.branchHead = NEW;
      w.checks = [{ name: h, state: "failure" }];
      w.pr = { number: 7, title: h, url: "https://gh/pr/7", merged: true, approvedBy: [h] };
      w.health[NEW] = { verdict: "fail", crashLooping: [h], breaker: h, failingServices: [h], evidence: [h] };
      const r = await deploy(
        {
          sha: NEW,
          branch: "master",
          environment: "production",
          requireApproval: true,
          requiredChecks: [],
          ignoreChecks: [],
          ciTimeoutMs: 0,
          ciPollMs: 10_000,
          migrationsCheck: "migrations-tested",
          version: NEW,
          lockWaitMs: 0,
          lockTtlMs: 600_000,
          backupCommand: undefined,
          strategy: "down-up",
          keepReleases: 5,
          baseline: false,
          watchMs: 0,
          watchIntervalMs: 10_000,
          logErrorPattern: /ERROR/,
          logTailLines: 50,
          onFailure: "stop",
          dryRun: false,
          incident: { kind: "summary" },
          run: { runUrl: "https://gh/o/r/actions/runs/42", actor: h, repository: "o/r" },
        },
        w.deps(),
      );
      expectInert(renderDeploySummary(r), h);
    }
  });
});
