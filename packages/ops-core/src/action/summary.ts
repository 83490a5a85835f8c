// The job summary is the main screen. Pure functions from results to Markdown: status first, checklists
// with real ticks and their evidence, tables, <details> for the long parts. Callers pass untrusted text
// through `mdText`/`mdCode`/`mdBlock` (safe-text.ts); these helpers escape what they are given as text.

import { byteLength, htmlText, mdText, SUMMARY_LIMIT_BYTES } from "./safe-text.js";

export type Status =
  | "success"
  | "failure"
  | "warning"
  | "cancelled"
  | "skipped"
  | "refused"
  | "running"
  | "neutral";

const ICONS: Record<Status, string> = {
  success: "✅",
  failure: "❌",
  warning: "⚠️",
  cancelled: "🛑",
  skipped: "⏭️",
  refused: "⛔",
  running: "⏳",
  neutral: "ℹ️",
};

export function statusIcon(status: Status): string {
  return ICONS[status];
}

/** `## ✅ Deploy succeeded` followed by a one-line plain-text explanation. */
export function headline(status: Status, title: string, detail?: string): string {
  return `## ${ICONS[status]} ${mdText(title)}${detail ? `\n\n${mdText(detail)}` : ""}`;
}

/** One checklist row: `true` ticked, `false` failed, `undefined` not checked (never a false tick). */
export interface CheckItem {
  label: string;
  ok: boolean | undefined;
  /** Evidence shown after the label; already-safe Markdown when `evidenceMd` is true. */
  evidence?: string;
  evidenceMd?: boolean;
}

/** A GitHub task list: `- [x]` for passed rows, `- [ ]` with ❌ for failed ones, "not checked" otherwise. */
export function checklist(title: string, items: readonly CheckItem[]): string {
  const rows = items.map((item) => {
    const box = item.ok === true ? "[x]" : "[ ]";
    const mark = item.ok === false ? "❌ " : item.ok === undefined ? "➖ " : "";
    const evidence =
      item.evidence !== undefined && item.evidence !== ""
        ? ` — ${item.evidenceMd ? item.evidence : mdText(item.evidence)}`
        : item.ok === undefined
          ? " — not checked"
          : "";
    return `- ${box} ${mark}${mdText(item.label)}${evidence}`;
  });
  return `### ${mdText(title)}\n\n${rows.join("\n")}`;
}

/** A table of already-safe Markdown cells (build cells with mdText/mdCode). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return "";
  const head = `| ${headers.map(mdText).join(" | ")} |`;
  const rule = `| ${headers.map(() => "---").join(" | ")} |`;
  const body = rows.map((r) => `| ${r.map((c) => c.replace(/\r?\n/g, "<br>")).join(" | ")} |`);
  return [head, rule, ...body].join("\n");
}

/** A collapsed section; `body` is already-safe Markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""}><summary>${htmlText(summary)}</summary>\n\n${body}\n\n</details>`;
}

export function heading(text: string, level = 3): string {
  return `${"#".repeat(level)} ${mdText(text)}`;
}

/** Joins sections with blank lines, dropping empty ones. */
export function sections(...parts: ReadonlyArray<string | undefined | false>): string {
  return parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("\n\n");
}

/**
 * Keeps a document within a byte budget: whole trailing sections are dropped first (status stays first),
 * and a visible note says what was left out.
 */
export function fitSections(parts: readonly string[], limitBytes = SUMMARY_LIMIT_BYTES - 1024): string {
  const kept: string[] = [];
  let size = 0;
  let dropped = 0;
  for (const p of parts) {
    if (p.trim() === "") continue;
    const cost = byteLength(p) + 2;
    if (dropped === 0 && size + cost <= limitBytes) {
      kept.push(p);
      size += cost;
    } else dropped++;
  }
  if (dropped > 0) {
    kept.push(
      `> ⚠️ ${dropped} section(s) left out to stay within GitHub's size limit; see the run log and the \`report\` output.`,
    );
  }
  const doc = kept.join("\n\n");
  if (byteLength(doc) <= limitBytes) return doc;
  // A single giant section: cut it by characters (a UTF-8 char is at most 4 bytes).
  return `${doc.slice(0, Math.floor(limitBytes / 4))}\n\n> ⚠️ summary truncated to stay within GitHub's size limit.`;
}

/** A Mermaid Gantt chart of steps with durations; names are reduced to safe characters. */
export function timelineChart(
  title: string,
  steps: ReadonlyArray<{ name: string; startMs: number; durationMs: number; failed?: boolean }>,
): string {
  if (steps.length === 0) return "";
  const origin = Math.min(...steps.map((s) => s.startMs));
  const lines = steps.map((s, i) => {
    const name = s.name.replace(/[^\w .,/()-]/g, " ").slice(0, 60) || `step ${i + 1}`;
    const start = Math.max(0, Math.round(s.startMs - origin));
    const dur = Math.max(1, Math.round(s.durationMs));
    return `    ${name} :${s.failed ? "crit, " : ""}s${i}, ${start}, ${dur}ms`;
  });
  return [
    "```mermaid",
    "gantt",
    `    title ${title.replace(/[^\w .,/()-]/g, " ")}`,
    "    dateFormat x",
    "    axisFormat %M:%S",
    ...lines,
    "```",
  ].join("\n");
}
