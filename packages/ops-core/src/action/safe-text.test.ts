import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inertLine, inertText, mdBlock, mdCode, mdText, tailLines, truncate } from "./safe-text.js";

// What the runner treats as a workflow command: a line whose first non-blank characters are `::`,
// or the legacy `##[command]` form anywhere in the line.
const isCommand = (line: string) => /^\s*::/.test(line) || line.includes("##[");

describe("log text", () => {
  it.each([
    "::set-output name=x::y",
    "  ::add-mask::secret",
    "::stop-commands::abc",
    "##[error]boom",
    "text ##[set-output name=a;]b",
  ])("%j cannot act as a workflow command", (line) => {
    expect(isCommand(inertLine(line))).toBe(false);
  });

  it("keeps the text readable and leaves ordinary lines alone", () => {
    expect(inertLine("all good: 3 passed")).toBe("all good: 3 passed");
    expect(inertLine("::error::x").replace(/\u200b/g, "")).toBe("::error::x");
  });

  it("a carriage return cannot smuggle a command onto a new line", () => {
    for (const line of inertText("ok\r::add-mask::x\nfine").split("\n")) {
      for (const part of line.split("\r")) expect(isCommand(part)).toBe(false);
    }
  });

  it("holds for any text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(":", "#", "[", " ", "\r", "\n", "a", "@") }), (text) => {
        for (const line of inertText(text).split("\n")) expect(isCommand(line)).toBe(false);
      }),
    );
  });
});

describe("Markdown text", () => {
  it("escapes HTML, mentions, table pipes and Markdown syntax", () => {
    const out = mdText("<img src=x onerror=alert(1)> @octocat | **bold** [link](http://x)");
    expect(out).not.toMatch(/<img/);
    expect(out).not.toMatch(/@octocat/);
    expect(out).toContain("\\|");
    expect(out).not.toContain("**");
    expect(out).not.toContain("](");
  });

  it("inline code is safe in tables and against backticks", () => {
    const out = mdCode("a|b `c` <d> @e");
    expect(out).toBe("<code>a&#124;b `c` &lt;d&gt; &#64;e</code>");
  });

  it("a code block cannot be closed by the text inside it", () => {
    const hostile = "before\n```\n<script>alert(1)</script>\n````\nafter";
    const block = mdBlock(hostile);
    const fence = block.split("\n")[0] as string;
    expect(fence.length).toBeGreaterThan(4);
    const inner = block.split("\n").slice(1, -1);
    expect(inner.some((l) => l.startsWith(fence))).toBe(false);
  });

  it("keeps apostrophes and quotes readable (entities are not escaped twice)", () => {
    expect(mdText(`jobs' logs "x" #1`)).toBe("jobs&#39; logs &quot;x&quot; \\#1");
  });

  it("drops control characters", () => {
    expect(mdText("a\u001b[31mred\u0007")).toBe("a\\[31mred");
  });
});

describe("budgets", () => {
  it("truncates visibly and within the limit", () => {
    const text = "line\n".repeat(10_000);
    const out = truncate(text, 1000, "log");
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out).toMatch(/log truncated: \d+ more characters not shown/);
    expect(truncate("short", 1000)).toBe("short");
  });

  it("keeps the last lines of a log and says how many were left out", () => {
    expect(tailLines("1\n2\n3\n4\n", 2)).toBe("… 2 earlier lines not shown\n3\n4");
    expect(tailLines("1\n2", 5)).toBe("1\n2");
  });
});
