// A job summary (the Markdown the actions write) rendered for a terminal: the same checklists, tables and
// timeline, without HTML, entities or Mermaid. The summary's untrusted text is already escaped for
// Markdown; here the escapes are undone for reading and control characters removed.

import { stripControl } from "../action/safe-text.js";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&#124;": "|",
  "&#64;": "@",
};

function inline(text: string): string {
  return text
    .replace(/<code>(.*?)<\/code>/g, "`$1`")
    .replace(/<\/?(b|strong|em|i|sub|sup|br)\s*\/?>/g, "")
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/\\([\\`*_[\]{}()#+!|~])/g, "$1")
    .replace(/&(amp|lt|gt|quot|#39|#124|#64);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\u200b/g, "");
}

export function terminalText(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const raw of stripControl(markdown).split("\n")) {
    const line = raw.trimEnd();
    const fenceMatch = /^(`{3,}|~{3,})(\w*)/.exec(line);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[2] === "mermaid" ? "mermaid" : "code";
      else fence = undefined;
      continue;
    }
    if (fence === "mermaid") continue;
    if (fence === "code") {
      out.push(`    ${line}`);
      continue;
    }
    if (/^\s*<\/?details>\s*$/.test(line)) continue;
    const summary = /^\s*<summary>(.*)<\/summary>\s*$/.exec(line);
    if (summary) {
      out.push(`▸ ${inline(summary[1] ?? "")}`);
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      const text = inline(h[2] ?? "");
      out.push(h[1] === "##" || h[1] === "#" ? text.toUpperCase() : text);
      if ((h[1]?.length ?? 0) <= 3) out.push("─".repeat(Math.min(60, text.length)));
      continue;
    }
    if (/^\|(\s*:?-+:?\s*\|)+$/.test(line)) continue;
    const row = /^\|(.*)\|$/.exec(line);
    if (row) {
      out.push(
        `  ${(row[1] ?? "")
          .split(/(?<!\\)\|/)
          .map((c) => inline(c.trim()))
          .join("  │  ")}`,
      );
      continue;
    }
    out.push(
      inline(line)
        .replace(/^(\s*)- \[x\] /, "$1✔ ")
        .replace(/^(\s*)- \[ \] ❌ /, "$1✘ ")
        .replace(/^(\s*)- \[ \] ➖ /, "$1– ")
        .replace(/^(\s*)- \[ \] /, "$1☐ ")
        .replace(/^>\s?/, "│ "),
    );
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
