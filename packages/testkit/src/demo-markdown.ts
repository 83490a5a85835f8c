// The job summaries the actions write are GitHub-flavoured Markdown. The demo shows them in a terminal
// (headings, ticks, tables drawn, <details> opened, a Mermaid Gantt chart as bars) and as a standalone HTML
// page a browser can open offline. Only the subset the summaries use is supported; raw HTML is escaped
// except a few inert tags (details, summary, br, code, b, i, sub, sup), like GitHub's sanitizer.

export interface TerminalOptions {
  /** ANSI colours and bold (default false). */
  color?: boolean;
  /** Left margin (default 2 spaces). */
  indent?: string;
  /** Show the body of collapsed `<details>` sections (default false: one line, as GitHub shows them). */
  expandDetails?: boolean;
}

type Block =
  | { kind: "heading"; level: number; text: string }
  | { kind: "code"; lang: string; lines: string[] }
  | { kind: "table"; header: string[]; rows: string[][] }
  | {
      kind: "list";
      items: Array<{ depth: number; box: "x" | " " | undefined; text: string; ordered: boolean }>;
    }
  | { kind: "quote"; text: string }
  | { kind: "details-open"; summary: string; open: boolean }
  | { kind: "details-close" }
  | { kind: "rule" }
  | { kind: "para"; text: string };

/** Splits Markdown into the blocks the summaries use. */
export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  let para: string[] = [];
  const flush = () => {
    if (para.length > 0) blocks.push({ kind: "para", text: para.join(" ") });
    para = [];
  };
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      flush();
      const mark = fence[1] ?? "```";
      const body: string[] = [];
      i++;
      while (i < lines.length) {
        const l = lines[i] ?? "";
        const close = /^\s*(`{3,}|~{3,})\s*$/.exec(l);
        if (close && close[1]?.[0] === mark[0] && (close[1]?.length ?? 0) >= mark.length) break;
        body.push(l);
        i++;
      }
      i++;
      blocks.push({ kind: "code", lang: fence[2] ?? "", lines: body });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", level: heading[1]?.length ?? 1, text: heading[2] ?? "" });
      i++;
      continue;
    }
    const details = /^\s*<details(\s+open)?\s*>\s*(?:<summary>(.*?)<\/summary>)?\s*$/i.exec(line);
    if (details) {
      flush();
      blocks.push({ kind: "details-open", summary: details[2] ?? "Details", open: details[1] !== undefined });
      i++;
      continue;
    }
    if (/^\s*<\/details>\s*$/i.test(line)) {
      flush();
      blocks.push({ kind: "details-close" });
      i++;
      continue;
    }
    if (line.trim().startsWith("|") && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? "")) {
      flush();
      const header = cells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && (lines[i] ?? "").trim().startsWith("|")) {
        rows.push(cells(lines[i] ?? ""));
        i++;
      }
      blocks.push({ kind: "table", header, rows });
      continue;
    }
    const item = /^(\s*)([-*+]|\d+[.)])\s+(?:\[([ xX])\]\s+)?(.*)$/.exec(line);
    if (item) {
      flush();
      const items: Extract<Block, { kind: "list" }>["items"] = [];
      while (i < lines.length) {
        const m = /^(\s*)([-*+]|\d+[.)])\s+(?:\[([ xX])\]\s+)?(.*)$/.exec(lines[i] ?? "");
        if (!m) {
          // a continuation line of the previous item
          const l = lines[i] ?? "";
          if (l.trim() !== "" && /^\s{2,}/.test(l) && items.length > 0) {
            const last = items[items.length - 1];
            if (last) last.text += ` ${l.trim()}`;
            i++;
            continue;
          }
          break;
        }
        items.push({
          depth: Math.floor((m[1]?.length ?? 0) / 2),
          box: m[3] === undefined ? undefined : m[3] === " " ? " " : "x",
          text: m[4] ?? "",
          ordered: /\d/.test(m[2] ?? ""),
        });
        i++;
      }
      blocks.push({ kind: "list", items });
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (quote) {
      flush();
      const text: string[] = [];
      while (i < lines.length) {
        const q = /^\s*>\s?(.*)$/.exec(lines[i] ?? "");
        if (!q) break;
        text.push(q[1] ?? "");
        i++;
      }
      blocks.push({ kind: "quote", text: text.join(" ") });
      continue;
    }
    if (/^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      flush();
      blocks.push({ kind: "rule" });
      i++;
      continue;
    }
    if (line.trim() === "") flush();
    else para.push(line.trim());
    i++;
  }
  flush();
  return blocks;
}

/** Table cells: split on `|` not escaped by a backslash, outer pipes dropped. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  const s = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\" && s[i + 1] === "|") {
      cur += "\\|";
      i++;
    } else if (c === "|") {
      out.push(cur.trim());
      cur = "";
    } else cur += c;
  }
  out.push(cur.trim());
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code =
        e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  code(s: string): string;
  link(s: string): string;
  ok(s: string): string;
  bad(s: string): string;
  heading(s: string): string;
}

function style(color: boolean): Style {
  const wrap = (open: string) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[0m` : s);
  return {
    bold: wrap("1"),
    dim: wrap("2"),
    code: wrap("36"),
    link: wrap("4"),
    ok: wrap("32"),
    bad: wrap("31"),
    heading: wrap("1;35"),
  };
}

/** Inline Markdown to plain terminal text: escapes undone, code highlighted, links as `text <url>`. */
export function inlineTerminal(text: string, st: Style = style(false)): string {
  const held: string[] = [];
  const hold = (s: string) => `\ue000${held.push(s) - 1}\ue001`;
  let s = text
    .replace(/[\ue000\ue001]/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, (_, c: string) => hold(c));
  s = s.replace(/<code>(.*?)<\/code>/gi, (_, c: string) => hold(st.code(decodeEntities(c))));
  s = s.replace(/(`+)(.+?)\1/g, (_, __, c: string) => hold(st.code(decodeEntities(c.trim()))));
  const restore = (x: string) => x.replace(/\ue000(\d+)\ue001/g, (_, n: string) => held[Number(n)] ?? "");
  s = s.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_, t: string, u: string) =>
    hold(restore(t) === restore(u) || t === "" ? st.link(u) : `${t} ${st.dim(`<${u}>`)}`),
  );
  s = s.replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_, a?: string, b?: string) => st.bold(a ?? b ?? ""));
  s = s.replace(/<br\s*\/?>/gi, "; ");
  s = s.replace(/<\/?[a-z][^>]*>/gi, "");
  s = decodeEntities(s).replace(/\u200b/g, "");
  for (let k = 0; k < 3 && s.includes("\ue000"); k++) {
    s = s.replace(/\ue000(\d+)\ue001/g, (_, n: string) => held[Number(n)] ?? "");
  }
  return s;
}

/** Display width: ANSI escapes are zero-width, emoji two columns, joiners and selectors none. */
export function displayWidth(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what is stripped
  const plain = text.replace(/\u001b\[[0-9;]*m/g, "");
  let width = 0;
  const chars = [...plain];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    const code = c.codePointAt(0) ?? 0;
    if (
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0xfe00 && code <= 0xfe0f) ||
      (code >= 0x300 && code <= 0x36f)
    )
      continue;
    if (/\p{Emoji_Presentation}/u.test(c) || chars[i + 1] === "\ufe0f") width += 2;
    else width += 1;
  }
  return width;
}

const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - displayWidth(s)));

/** Renders a job summary for a terminal. */
export function markdownToTerminal(markdown: string, options: TerminalOptions = {}): string {
  const st = style(options.color ?? false);
  const margin = options.indent ?? "  ";
  const out: string[] = [];
  let depth = 0;
  // Depth of the innermost collapsed section being skipped (0: none).
  let hiddenAt = 0;
  const ind = () => margin + "│ ".repeat(depth);
  const blank = () => {
    const gutter = ind().trimEnd();
    if (out.length > 0 && out[out.length - 1] !== gutter) out.push(gutter);
  };
  for (const b of parseBlocks(markdown)) {
    if (hiddenAt > 0) {
      if (b.kind === "details-open") depth++;
      else if (b.kind === "details-close") {
        depth--;
        if (depth < hiddenAt) hiddenAt = 0;
      }
      continue;
    }
    switch (b.kind) {
      case "heading": {
        blank();
        const text = inlineTerminal(b.text, st);
        if (b.level <= 2) {
          out.push(`${ind()}${st.heading(st.bold(text))}`);
          out.push(`${ind()}${st.dim("═".repeat(Math.min(76, Math.max(8, displayWidth(text)))))}`);
        } else out.push(`${ind()}${st.bold(text)}`);
        break;
      }
      case "para":
        blank();
        out.push(`${ind()}${inlineTerminal(b.text, st)}`);
        break;
      case "quote":
        blank();
        out.push(`${ind()}${st.dim("▌")} ${inlineTerminal(b.text, st)}`);
        break;
      case "rule":
        out.push(`${ind()}${st.dim("─".repeat(40))}`);
        break;
      case "list":
        blank();
        for (const item of b.items) {
          const text = inlineTerminal(item.text, st);
          const lead = "  ".repeat(item.depth);
          let mark: string;
          if (item.box === "x") mark = st.ok("✔");
          else if (item.box === " ")
            mark = /^\s*(❌|✘)/.test(text) ? st.bad("✘") : /^\s*➖/.test(text) ? st.dim("–") : "☐";
          else mark = item.ordered ? "-" : "•";
          const body = item.box === " " ? text.replace(/^\s*(❌|➖)\s*/, "") : text;
          out.push(`${ind()}${lead}${mark} ${body}`);
        }
        break;
      case "table": {
        blank();
        const header = b.header.map((c) => inlineTerminal(c, st));
        const rows = b.rows.map((r) => header.map((_, k) => inlineTerminal(r[k] ?? "", st)));
        const widths = header.map((h, k) =>
          Math.min(60, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k] ?? "")))),
        );
        const clip = (s: string, w: number) => {
          if (displayWidth(s) <= w) return s;
          // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what is stripped
          const plain = s.replace(/\u001b\[[0-9;]*m/g, "");
          let cut = "";
          for (const ch of plain) {
            if (displayWidth(`${cut}${ch}…`) > w) break;
            cut += ch;
          }
          return `${cut}…`;
        };
        const line = (l: string, m: string, r: string) =>
          `${ind()}${l}${widths.map((w) => "─".repeat(w + 2)).join(m)}${r}`;
        const row = (cols: string[]) =>
          `${ind()}│${cols.map((c, k) => ` ${pad(clip(c, widths[k] ?? 0), widths[k] ?? 0)} `).join("│")}│`;
        out.push(line("┌", "┬", "┐"));
        out.push(row(header.map((h) => st.bold(h))));
        out.push(line("├", "┼", "┤"));
        for (const r of rows) out.push(row(r));
        out.push(line("└", "┴", "┘"));
        break;
      }
      case "code":
        blank();
        if (b.lang === "mermaid") out.push(...mermaidTerminal(b.lines, st).map((l) => `${ind()}${l}`));
        else for (const l of b.lines) out.push(`${ind()}${st.dim("  ")}${st.code(l)}`);
        break;
      case "details-open":
        blank();
        if (b.open || options.expandDetails) {
          out.push(`${ind()}${st.bold(`▾ ${inlineTerminal(b.summary, st)}`)}`);
          depth++;
        } else {
          out.push(
            `${ind()}${st.bold(`▸ ${inlineTerminal(b.summary, st)}`)} ${st.dim("(collapsed, as on GitHub: open the HTML page)")}`,
          );
          depth++;
          hiddenAt = depth;
        }
        break;
      case "details-close":
        depth = Math.max(0, depth - 1);
        break;
    }
  }
  return `${out.join("\n")}\n`;
}

/** A Mermaid Gantt chart (the summaries' timelines) drawn as bars; other diagrams listed as text. */
function mermaidTerminal(lines: readonly string[], st: Style): string[] {
  if (!/^\s*gantt\b/.test(lines[0] ?? "")) return lines.map((l) => st.code(l));
  const title = lines.map((l) => /^\s*title\s+(.*)$/.exec(l)?.[1]).find(Boolean);
  const tasks = lines
    .map((l) => /^\s*(.+?)\s*:(crit,\s*)?[\w-]+,\s*(\d+),\s*(\d+)ms\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: (m[1] ?? "").trim(), crit: Boolean(m[2]), start: Number(m[3]), dur: Number(m[4]) }));
  if (tasks.length === 0) return lines.map((l) => st.code(l));
  const end = Math.max(...tasks.map((t) => t.start + t.dur), 1);
  const cols = 36;
  const nameW = Math.min(32, Math.max(...tasks.map((t) => t.name.length)));
  const out = title ? [st.bold(title)] : [];
  for (const t of tasks) {
    const a = Math.floor((t.start / end) * cols);
    const w = Math.max(1, Math.round((t.dur / end) * cols));
    const bar = `${" ".repeat(a)}${"█".repeat(Math.min(w, cols - a))}`;
    out.push(
      `${t.name.slice(0, nameW).padEnd(nameW)} ${(t.crit ? st.bad : st.ok)(bar.padEnd(cols))} ${formatMs(t.dur)}`,
    );
  }
  return out;
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

// ---------------------------------------------------------------------------------------------------
// HTML

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const ALLOWED_TAGS = /^<(\/?)(details|summary|br|code|b|i|strong|em|sub|sup|kbd|p)(\s+open)?\s*\/?>$/i;

/** Inline Markdown to safe HTML (escapes undone, allowed tags kept, everything else escaped). */
export function inlineHtml(text: string): string {
  const held: string[] = [];
  const hold = (s: string) => `\ue000${held.push(s) - 1}\ue001`;
  let s = text
    .replace(/[\ue000\ue001]/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, (_, c: string) => hold(esc(c)));
  s = s.replace(/<code>(.*?)<\/code>/gi, (_, c: string) => hold(`<code>${esc(decodeEntities(c))}</code>`));
  s = s.replace(/(`+)(.+?)\1/g, (_, __, c: string) => hold(`<code>${esc(c.trim())}</code>`));
  s = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (e) => hold(e));
  s = s.replace(/<[^<>]*>/g, (tag) => (ALLOWED_TAGS.test(tag) ? hold(tag.replace(/\s*\/>$/, ">")) : tag));
  s = esc(s);
  s = s.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, t: string, u: string) => {
    const url = u.replace(/\ue000(\d+)\ue001/g, (_, n: string) => held[Number(n)] ?? "");
    return /^(https?:\/\/|\.{0,2}\/|#)/.test(url) || /^[\w.-]+(\/[\w.-]+)*$/.test(url)
      ? `<a href="${url}">${t}</a>`
      : whole;
  });
  s = s.replace(
    /\*\*(.+?)\*\*|__(.+?)__/g,
    (_, a?: string, b?: string) => `<strong>${a ?? b ?? ""}</strong>`,
  );
  for (let k = 0; k < 3 && s.includes("\ue000"); k++) {
    s = s.replace(/\ue000(\d+)\ue001/g, (_, n: string) => held[Number(n)] ?? "");
  }
  return s;
}

/** A standalone HTML page for a job summary (works offline; Mermaid charts render when online). */
export function markdownToHtml(markdown: string, title: string, options: { subtitle?: string } = {}): string {
  const body: string[] = [];
  let mermaid = false;
  for (const b of parseBlocks(markdown)) {
    switch (b.kind) {
      case "heading":
        body.push(`<h${b.level}>${inlineHtml(b.text)}</h${b.level}>`);
        break;
      case "para":
        body.push(`<p>${inlineHtml(b.text)}</p>`);
        break;
      case "quote":
        body.push(`<blockquote>${inlineHtml(b.text)}</blockquote>`);
        break;
      case "rule":
        body.push("<hr>");
        break;
      case "list": {
        const tag = b.items[0]?.ordered ? "ol" : "ul";
        const task = b.items.some((it) => it.box !== undefined);
        body.push(`<${tag}${task ? ' class="tasks"' : ""}>`);
        for (const it of b.items) {
          const box =
            it.box === undefined
              ? ""
              : `<input type="checkbox" disabled${it.box === "x" ? " checked" : ""}> `;
          body.push(`<li style="margin-left:${it.depth * 1.5}em">${box}${inlineHtml(it.text)}</li>`);
        }
        body.push(`</${tag}>`);
        break;
      }
      case "table":
        body.push("<table><thead><tr>");
        body.push(b.header.map((h) => `<th>${inlineHtml(h)}</th>`).join(""));
        body.push("</tr></thead><tbody>");
        for (const r of b.rows)
          body.push(`<tr>${b.header.map((_, k) => `<td>${inlineHtml(r[k] ?? "")}</td>`).join("")}</tr>`);
        body.push("</tbody></table>");
        break;
      case "code":
        if (b.lang === "mermaid") {
          mermaid = true;
          body.push(`<pre class="mermaid">${esc(b.lines.join("\n"))}</pre>`);
        } else body.push(`<pre><code>${esc(b.lines.join("\n"))}</code></pre>`);
        break;
      case "details-open":
        body.push(`<details${b.open ? " open" : ""}><summary>${inlineHtml(b.summary)}</summary>`);
        break;
      case "details-close":
        body.push("</details>");
        break;
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#1f2328}
header{color:#59636e;border-bottom:1px solid #d1d9e0;margin-bottom:1em;padding-bottom:.5em}
h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #d1d9e0;padding:4px 10px;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{background:#eff1f3;border-radius:4px;padding:.1em .3em;font-size:90%}
pre{background:#f6f8fa;padding:12px;overflow:auto;border-radius:6px}pre code{background:none;padding:0}
ul.tasks{list-style:none;padding-left:1em}blockquote{color:#59636e;border-left:.25em solid #d1d9e0;margin:0;padding:0 1em}
details{margin:.5em 0}summary{cursor:pointer;font-weight:600}
</style></head><body>
<header>${esc(title)}${options.subtitle ? ` — ${esc(options.subtitle)}` : ""}</header>
${body.join("\n")}
${mermaid ? '<script type="module">import mermaid from "https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs"; mermaid.initialize({ startOnLoad: true });</script>' : ""}
</body></html>
`;
}
