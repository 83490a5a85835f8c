// The renderers: status first, untrusted text from Redis escaped, the loud cancellation failure.
import { describe, expect, it } from "vitest";
import type { AuditEntry } from "./audit.js";
import type { ChangeResult } from "./change.js";
import { describeLockValue } from "./lock.js";
import { auditTable, renderStatusText, renderSummary, type StatusSnapshot, stateJson } from "./report.js";
import { interpretState, unreadableState } from "./state.js";

const hostile = "<img src=x onerror=alert(1)> @team ::error::x | `code`";
const state = interpretState({
  killSwitch: "true",
  breaker: "TRIPPED",
  tripReason: hostile,
  lastReset: null,
});
const entry: AuditEntry = {
  id: "1-0",
  op: "breaker.trip",
  time: "2026-11-27T03:00:00.000Z",
  actor: "mallory<script>",
  reason: hostile,
  runUrl: "javascript:alert(1)",
  runId: "",
  key: "cb:state",
  old: "OPEN",
  new: "TRIPPED",
};
const status: StatusSnapshot = {
  state,
  lock: describeLockValue("deploy:lock", null, null),
  audit: [entry],
  errors: [],
};

describe("renderSummary", () => {
  it("puts the status first and escapes everything read from Redis", () => {
    const md = renderSummary({ operation: "status", status });
    expect(md.split("\n")[0]).toBe("## ⛔ Trading state: kill switch active, breaker TRIPPED");
    expect(md).not.toContain("<img");
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/(^|[^\u200b])@team/);
    expect(md).not.toContain("](javascript:");
    expect(md).toContain("**Deploy lock:** free");
  });

  it("a failed cancellation makes the headline a failure and says the kill switch stands", () => {
    const change: ChangeResult = {
      op: "killswitch.activate",
      changed: true,
      changes: [],
      before: state,
      after: state,
      notes: [],
    };
    const md = renderSummary({
      operation: "activate",
      change,
      status,
      cancelOrders: [
        {
          via: "command",
          target: "cancel.py",
          ok: false,
          outcome: "exited with code 1",
          output: "```\nbroken",
          durationMs: 3,
        },
      ],
    });
    expect(md.split("\n")[0]).toBe("## ❌ Kill switch activated");
    expect(md).toContain("The open-order cancellation FAILED");
    expect(md).toContain("stays active");
    expect(md).toMatch(/````\n```\nbroken\n````/);
  });

  it("an unreadable state says so instead of guessing", () => {
    const md = renderSummary({
      operation: "status",
      status: { ...status, state: unreadableState("ECONNREFUSED") },
    });
    expect(md.split("\n")[0]).toMatch(/⚠️/);
    expect(md).toContain("Redis could not be read: ECONNREFUSED");
  });
});

describe("text and JSON", () => {
  it("audit run URLs are shown as text, never as links (whoever wrote the entry wrote the URL)", () => {
    expect(auditTable([{ ...entry, runUrl: "https://github.com/o/r/actions/runs/1" }])).toContain(
      "<code>https:\u200b//github.com/o/r/actions/runs/1</code>",
    );
    expect(auditTable([{ ...entry, runUrl: "https://evil.example/x" }])).not.toContain("](");
    expect(auditTable([entry])).not.toContain("](");
    expect(auditTable([])).toMatch(/empty/);
  });

  it("status text and the state JSON", () => {
    expect(renderStatusText(status)).toMatch(/^kill switch: {2}active/);
    expect(stateJson(state, status.lock)).toMatchObject({
      schema: 1,
      killSwitch: "active",
      breaker: "TRIPPED",
      lock: { held: false },
    });
    expect(stateJson(unreadableState("down"))).toMatchObject({ killSwitch: "unknown", error: "down" });
  });
});
