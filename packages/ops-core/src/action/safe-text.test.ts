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

// .NET's Char.IsWhiteSpace, which the runner's `TrimStart()` strips before it looks for `::`:
// the Zs/Zl/Zp categories, U+0009–U+000D and U+0085.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point
const dotnetWhiteSpace = (c: string) => /[\p{Zs}\p{Zl}\p{Zp}\u0009-\u000d\u0085]/u.test(c);
const dotnetTrimStart = (line: string) => {
  let i = 0;
  while (i < line.length && dotnetWhiteSpace(line[i] as string)) i++;
  return line.slice(i);
};
const runnerSeesCommand = (line: string) => dotnetTrimStart(line).startsWith("::") || line.includes("##[");
// Every white space, control and format character of the BMP (the characters a runtime might trim).
const invisible: string[] = [];
for (let cp = 0; cp <= 0xffff; cp++) {
  const c = String.fromCharCode(cp);
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  if (/[\s\p{White_Space}\p{Cc}\p{Cf}\p{Z}]/u.test(c) && c !== "\n") invisible.push(c);
}

describe("log text behind other white space", () => {
  it("a fork's job name `\\u0085::stop-commands::x` is not a command to the runner", () => {
    expect(runnerSeesCommand("\u0085::stop-commands::x")).toBe(true);
    expect(runnerSeesCommand(inertLine("\u0085::stop-commands::x"))).toBe(false);
  });

  it.each(invisible.map((c) => [c.codePointAt(0)?.toString(16).padStart(4, "0"), c]))(
    "U+%s before `::` is broken",
    (_, c) => {
      const line = inertLine(`${c}::add-mask::x`);
      expect(runnerSeesCommand(line)).toBe(false);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point
      for (const part of line.split(/[\r\u000b\u000c\u0085\u2028\u2029]/))
        expect(part.startsWith("::")).toBe(false);
    },
  );

  it("holds for any run of white space, control and format characters (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...invisible), { maxLength: 6 }),
        fc.string({ unit: fc.constantFrom(":", "#", "[", "a", ...invisible) }),
        (prefix, rest) => {
          for (const line of inertText(`${prefix.join("")}::${rest}`).split("\n")) {
            expect(runnerSeesCommand(line)).toBe(false);
            // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point
            for (const part of line.split(/[\r\u000b\u000c\u0085\u2028\u2029]/))
              expect(dotnetTrimStart(part).startsWith("::")).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
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
    expect(out).toBe("<code>a&#124;b &#96;c&#96; &#60;d&#62; &#64;\u200be</code>");
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
