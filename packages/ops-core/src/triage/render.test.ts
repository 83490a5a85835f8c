// The summary/comment rendering of a triaged run: the tool and the narrowed reproduce command are shown,
// and everything that came from the log stays inert Markdown.
import { describe, expect, it } from "vitest";
import { renderComment, renderSummary, reportJson } from "./render.js";
import type { TriageRunReport } from "./run.js";
import { triageText } from "./triage.js";

const LOG = [
  "2026-03-02T10:00:00.0000000Z ##[group]Run uv run pytest -n auto tests/",
  "2026-03-02T10:00:00.0000000Z uv run pytest -n auto tests/",
  "2026-03-02T10:00:00.0000000Z shell: /usr/bin/bash -e {0}",
  "2026-03-02T10:00:00.0000000Z ##[endgroup]",
  "2026-03-02T10:00:01.0000000Z FAILED tests/test_a.py::test_x[<img src=x onerror=alert(1)> @team] - assert 1 == 2",
  "2026-03-02T10:00:02.0000000Z ##[error]Process completed with exit code 1.",
].join("\n");

function report(): TriageRunReport {
  return {
    schema: 1,
    run: {
      id: 7,
      name: "CI",
      path: ".github/workflows/ci.yml",
      attempt: 1,
      conclusion: "failure",
      status: "completed",
      headSha: "a".repeat(40),
      headBranch: "topic",
      headRepository: "o/r",
      repository: "o/r",
      event: "pull_request",
      htmlUrl: "https://github.com/o/r/actions/runs/7",
      pullRequests: [],
    },
    failed: [
      {
        job: {
          id: 1,
          name: "tests",
          attempt: 1,
          status: "completed",
          conclusion: "failure",
          htmlUrl: "",
          steps: [],
        },
        failedStep: "Run uv run pytest -n auto tests/",
        result: triageText(LOG),
        flaky: [],
        flakiness: "not known to be flaky: attempt 1 is the only attempt of this run",
        annotations: [],
        testReports: [],
      },
    ],
    cancelled: [],
    categories: ["test_failure"],
    notes: [],
  };
}

describe("render: tool and reproduce", () => {
  it("the summary names the tool and gives the step's command narrowed to the failing test", () => {
    const r = report();
    expect(r.failed[0]?.result.tool).toBe("pytest");
    const md = renderSummary(r);
    expect(md).toContain("<code>pytest</code>");
    expect(md).toContain("uv run pytest 'tests/test_a.py::test_x[<img src=x onerror=alert(1)> @team]'");
    expect(md).toContain("not known to be flaky");
    expect(md).toContain("no rerun or retry in the log either");
    // the test id is escaped wherever it is inline (no live HTML, no mention)
    const inline = md.split("```")[0] ?? "";
    expect(inline).not.toContain("<img");
    expect(inline).not.toMatch(/@team/);
    expect(renderComment(r)).toContain("<code>pytest</code>");
    expect(JSON.parse(reportJson(r)).failed[0]).toMatchObject({ tool: "pytest", category: "test_failure" });
  });
});
