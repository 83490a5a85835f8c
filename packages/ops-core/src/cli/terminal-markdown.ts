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

/** Table rows (cells already inline-rendered) with their columns padded to one width. */
function alignedRows(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const r of rows)
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...c].length);
    });
  return rows.map(
    (r) =>
      `  ${r
        .map((c, i) => c + " ".repeat((widths[i] ?? 0) - [...c].length))
        .join("  │  ")
        .trimEnd()}`,
  );
}

export function terminalText(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let table: string[][] = [];
  const flush = () => {
    if (table.length > 0) out.push(...alignedRows(table));
    table = [];
  };
  for (const raw of stripControl(markdown).split("\n")) {
    const line = raw.trimEnd();
    const row = fence === undefined ? /^\|(.*)\|$/.exec(line) : null;
    if (row) {
      if (!/^\|(\s*:?-+:?\s*\|)+$/.test(line))
        table.push((row[1] ?? "").split(/(?<!\\)\|/).map((c) => inline(c.trim())));
      continue;
    }
    flush();
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
    const summary = /^\s*(?:<details(?: open)?>)?\s*<summary>(.*)<\/summary>\s*$/.exec(line);
    if (summary) {
      out.push(`▸ ${inline(summary[1] ?? "")}`);
      continue;
    }
    if (/^\s*<\/?details(?: open)?>\s*$/.test(line)) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      const text = inline(h[2] ?? "");
      out.push(text);
      const level = h[1]?.length ?? 0;
      if (level <= 3) out.push((level <= 2 ? "═" : "─").repeat(Math.min(72, [...text].length)));
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
  flush();
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}
