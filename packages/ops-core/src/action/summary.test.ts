import { describe, expect, it } from "vitest";
import { byteLength } from "./safe-text.js";
import { checklist, details, fitSections, headline, table, timelineChart } from "./summary.js";

describe("summary", () => {
  it("puts the status first", () => {
    expect(headline("failure", "Deploy failed", "health check 500")).toBe(
      "## ❌ Deploy failed\n\nhealth check 500",
    );
  });

  it("ticks only what passed and never ticks what was not checked", () => {
    const md = checklist("Deployment complete", [
      { label: "All health checks pass", ok: true, evidence: "3/3 endpoints 200" },
      { label: "Circuit breaker OPEN", ok: false, evidence: "TRIPPED: drawdown" },
      { label: "Metrics normal", ok: undefined },
    ]);
    expect(md).toContain("- [x] All health checks pass — 3/3 endpoints 200");
    expect(md).toContain("- [ ] ❌ Circuit breaker OPEN — TRIPPED: drawdown");
    expect(md).toContain("- [ ] ➖ Metrics normal — not checked");
  });

  it("escapes untrusted evidence but keeps evidence already rendered as Markdown", () => {
    const md = checklist("x", [
      { label: "a", ok: true, evidence: "<b>@team</b>" },
      { label: "b", ok: true, evidence: "<code>ok</code>", evidenceMd: true },
    ]);
    expect(md).not.toContain("<b>");
    expect(md).toContain("<code>ok</code>");
  });

  it("renders tables and details", () => {
    expect(table(["a", "b"], [["1", "2\n3"]])).toBe("| a | b |\n| --- | --- |\n| 1 | 2<br>3 |");
    expect(table(["a"], [])).toBe("");
    expect(details("Logs <x>", "body")).toContain("<summary>Logs &#60;x&#62;</summary>");
  });

  it("drops trailing sections to fit GitHub's limit and says so", () => {
    const big = "x".repeat(600 * 1024);
    const doc = fitSections(["## status", big, big], 1024 * 1024 - 1024);
    expect(byteLength(doc)).toBeLessThan(1024 * 1024);
    expect(doc.startsWith("## status")).toBe(true);
    expect(doc).toContain("1 section(s) left out");
  });

  it("draws a timeline with safe names", () => {
    const chart = timelineChart("Deploy", [
      { name: "migrate `x`", startMs: 1000, durationMs: 250 },
      { name: "restart", startMs: 1250, durationMs: 3000, failed: true },
    ]);
    expect(chart).toContain("gantt");
    expect(chart).toContain("migrate  x  :s0, 0, 250ms");
    expect(chart).toContain("restart :crit, s1, 250, 3000ms");
  });
});
