import { describe, expect, it } from "vitest";
import {
  displayWidth,
  inlineHtml,
  inlineTerminal,
  markdownToHtml,
  markdownToTerminal,
} from "./demo-markdown.ts";

const SUMMARY = [
  "## ✅ Deployed: 1111111",
  "",
  "deployed 1111111 \\(tag 1111111\\). database at 0003",
  "",
  "### Deployment complete",
  "",
  "- [x] Database migrated to head — alembic current 0003",
  "- [ ] ❌ Health endpoints pass — fail: orchestrator answered 500",
  "- [ ] ➖ Metrics normal — not checked",
  "",
  "| Revision | Applied |",
  "| --- | --- |",
  "| 0001 | ✅ |",
  "| <code>a&#124;b</code> | ❌ |",
  "",
  "<details><summary>Health evidence (pass)</summary>",
  "",
  "- signal\\_service: pass",
  "",
  "</details>",
  "",
  "```mermaid",
  "gantt",
  "    title Deploy",
  "    dateFormat x",
  "    build :s0, 0, 3000ms",
  "    verify :crit, s1, 3000, 1000ms",
  "```",
].join("\n");

describe("terminal rendering", () => {
  it("shows headings, ticks, failures and not-checked rows, and undoes Markdown escapes", () => {
    const text = markdownToTerminal(SUMMARY);
    expect(text).toContain("✅ Deployed: 1111111\n");
    expect(text).toContain("deployed 1111111 (tag 1111111). database at 0003");
    expect(text).toContain("✔ Database migrated to head — alembic current 0003");
    expect(text).toContain("✘ Health endpoints pass — fail: orchestrator answered 500");
    expect(text).toContain("– Metrics normal — not checked");
    expect(text).not.toContain("[x]");
    expect(text).not.toContain("\\(");
  });

  it("draws tables with aligned columns (emoji two columns wide, entities decoded)", () => {
    const lines = markdownToTerminal(SUMMARY).split("\n");
    const table = lines.filter((l) => /^\s*[┌│├└]/.test(l) && !l.includes("▸"));
    expect(table.length).toBe(6);
    const widths = new Set(table.map((l) => displayWidth(l.trimEnd())));
    expect(widths.size).toBe(1);
    expect(table.join("\n")).toContain("a|b");
  });

  it("collapses <details> as GitHub does unless asked, and draws a Gantt chart as bars", () => {
    const collapsed = markdownToTerminal(SUMMARY);
    expect(collapsed).toContain("▸ Health evidence (pass)");
    expect(collapsed).not.toContain("signal_service: pass");
    const open = markdownToTerminal(SUMMARY, { expandDetails: true });
    expect(open).toContain("▾ Health evidence (pass)");
    expect(open).toMatch(/│ • signal_service: pass/);
    expect(open).toMatch(/build\s+█+\s+3\.0 s/);
    expect(open).toMatch(/verify\s+ +█+\s+1\.0 s/);
  });

  it("keeps untrusted text inert: no terminal escapes survive from code spans", () => {
    expect(inlineTerminal("`a`")).toBe("a");
    expect(inlineTerminal("[run](https://x.test/1)")).toBe("run <https://x.test/1>");
    expect(inlineTerminal("[https://x.test/1](https://x.test/1)")).toBe("https://x.test/1");
  });
});

describe("HTML rendering", () => {
  it("renders a page with task lists, tables and details", () => {
    const html = markdownToHtml(SUMMARY, "1. deploy");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<h2>✅ Deployed: 1111111</h2>");
    expect(html).toContain('<input type="checkbox" disabled checked> Database migrated');
    expect(html).toContain("<th>Revision</th>");
    expect(html).toContain("<details><summary>Health evidence (pass)</summary>");
    expect(html).toContain('<pre class="mermaid">gantt');
  });

  it("escapes HTML that is not one of the inert tags, and links only to http(s) or relative URLs", () => {
    expect(inlineHtml("<img src=x onerror=alert(1)> <b>ok</b>")).toBe(
      "&lt;img src=x onerror=alert(1)&gt; <b>ok</b>",
    );
    expect(inlineHtml("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(inlineHtml("[x](javascript:alert(1))")).not.toContain("<a ");
    expect(inlineHtml("[run](https://x.test/1)")).toBe('<a href="https://x.test/1">run</a>');
    expect(inlineHtml("\\<b\\>")).toBe("&lt;b&gt;");
  });
});
