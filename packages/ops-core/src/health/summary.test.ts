import { describe, expect, it } from "vitest";
import { FakeTime, sequenceRandom } from "./__fixtures__/fake-time.js";
import {
  container,
  FakeHttp,
  FakeStack,
  FakeState,
  fakeRunner,
  ok,
  openBreaker,
} from "./__fixtures__/fakes.js";
import type { SmokeReport } from "./report.js";
import { runSmoke, type SmokeDeps, type SmokeInputs } from "./smoke.js";
import { renderSmokeSummary, smokeChecklistItems } from "./summary.js";

const HOSTILE = "<img src=x onerror=alert(1)> ::set-output name=verdict::pass @someone ``` | pipe";

async function report(
  setup: (deps: SmokeDeps, http: FakeHttp) => void,
  over: Partial<SmokeInputs> = {},
): Promise<SmokeReport> {
  const time = new FakeTime();
  const http = new FakeHttp(time);
  http.route("http://127.0.0.1:8001/health", () => ok());
  const deps: SmokeDeps = {
    get: http.get,
    clock: time.clock,
    sleep: time.sleep,
    random: sequenceRandom([0.5]),
    now: () => new Date("2026-11-27T03:00:00.000Z"),
    stack: new FakeStack(["signal_service"], () => [container("signal_service")]),
    state: new FakeState(openBreaker),
    run: fakeRunner({}),
    files: { readFile: async () => "", resolvePath: (_, p) => p },
  };
  setup(deps, http);
  return runSmoke(
    {
      endpoints: [{ name: "signal", url: "http://127.0.0.1:8001/health" }],
      expectStatus: { codes: [200], classes: [], text: "200" },
      expectJson: [],
      timeoutMs: 3_000,
      requestTimeoutMs: 1_000,
      successes: 1,
      samples: 5,
      maxIntervalMs: 500,
      failFast: true,
      latencyToleranceMs: 0,
      stack: { services: [], observeMs: 1_000, pollMs: 500, logLines: 30 },
      breaker: { timeoutMs: 1_000 },
      ...over,
    },
    deps,
  );
}

describe("renderSmokeSummary", () => {
  it("puts the verdict first, then the checklist rows smoke can tick, then the evidence", async () => {
    const md = renderSmokeSummary(await report(() => undefined));
    expect(md.startsWith("## ✅ Smoke check passed: production is healthy")).toBe(true);
    const order = [
      "## ✅",
      "### Deployment complete",
      "### Endpoints",
      "### Services",
      "### Circuit breaker and kill switch",
    ].map((h) => md.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(md).toContain("- [x] All services up and running \\(docker-compose ps\\)");
    expect(md).toContain("- [x] Circuit breaker OPEN");
    expect(md).toContain("| signal | ✅ pass | 200 | 1 |");
  });

  it("never ticks what it did not check", async () => {
    const r = await report(() => undefined, { stack: undefined, breaker: undefined });
    const items = smokeChecklistItems(r);
    expect(items.map((i) => [i.label.split(" (")[0], i.ok])).toEqual([
      ["All services up and running", undefined],
      ["Health checks pass on every service", true],
      ["Circuit breaker OPEN", undefined],
      ["Smoke tests pass", undefined],
      ["No performance degradation", undefined],
    ]);
    expect(renderSmokeSummary(r)).toContain(
      "- [ ] ➖ Circuit breaker OPEN \\(redis-cli GET cb:state\\) — not checked",
    );
  });

  it("fails with the failing service's evidence and its log tail", async () => {
    const r = await report((deps) => {
      deps.stack = new FakeStack(
        ["signal_service"],
        (n) => [container("signal_service", { restartCount: n })],
        "Traceback (most recent call last):\nKeyError: 'PORT'",
      );
    });
    const md = renderSmokeSummary(r);
    expect(md.startsWith("## ❌ Smoke check failed")).toBe(true);
    expect(md).toContain("- [ ] ❌ All services up and running");
    expect(md).toContain("| signal\\_service | ❌ fail | running | none | 0 → 1 |");
    expect(md).toContain("<details open><summary>Last log lines of signal_service</summary>");
    expect(md).toContain("KeyError: 'PORT'");
  });

  it("escapes hostile text from a health body, a trip reason and logs", async () => {
    const r = await report(
      (deps, http) => {
        http.route("http://127.0.0.1:8001/health", () => ({ status: 500, body: HOSTILE }));
        deps.state = new FakeState({ ...openBreaker, cbState: "TRIPPED", tripReason: HOSTILE });
      },
      { failFast: false },
    );
    const md = renderSmokeSummary(r);
    // Outside fenced code blocks (shown literally by GitHub), nothing is live: no tag, no mention.
    const outsideFences = md.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, "");
    expect(outsideFences).not.toContain("<img");
    expect(outsideFences).not.toContain("@someone");
    expect(outsideFences).toContain("@\u200bsomeone");
    expect(md).not.toMatch(/^::set-output/m);
    expect(md).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;");
    // The body is shown in a fence longer than any backtick run in it.
    expect(md).toContain(`\`\`\`\`\n${HOSTILE}\n\`\`\`\``);
  });

  it("shows the smoke tests with their failing test names", async () => {
    const r = await report(
      (deps) => {
        deps.run = fakeRunner({
          code: 1,
          stdout: "FAILED tests/e2e/test_smoke.py::test_orders - assert 500 == 200",
        });
      },
      { smokeTests: { argv: ["pytest", "tests/e2e/test_smoke.py"], timeoutMs: 60_000 } },
    );
    const md = renderSmokeSummary(r);
    expect(md).toContain(
      "### Smoke tests\n\n<code>pytest tests/e2e/test_smoke.py</code>: ❌ fail — smoke tests exited with code 1",
    );
    expect(md).toContain("- [ ] ❌ Smoke tests pass");
  });
});
