// Untrusted text (logs, PR titles, branch names, test names, health bodies) made harmless wherever it goes:
// the runner log (workflow commands), and Markdown/HTML in summaries and comments.

/** GitHub's limits: a step summary is refused over 1 MiB; an issue comment over 65,536 characters. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
export const COMMENT_LIMIT_CHARS = 65_536;

const ZWSP = "\u200b";

// The runner trims a line with .NET's `TrimStart()` before looking for `::`: that strips every Unicode
// White_Space character, U+0085 (NEL) included, which JavaScript's `\s` lacks. Rather than copy one
// runtime's list, a `::` is broken after any run of characters that are not letters, digits, punctuation
// or symbols (white space, controls, format characters, marks, unassigned code points), at the start of
// the line and after anything some reader might take for a line break (NEL, LS, PS, VT, FF).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is matched
const LEADING_COMMAND = /(^|[\u000b\u000c\u0085\u2028\u2029])([^\p{L}\p{N}\p{P}\p{S}]*):(?=:)/gu;

/**
 * One log line that cannot act as a workflow command: a leading `::` (after any invisible characters) and
 * any `##[` are broken with a zero-width space, and carriage returns cannot start a new runner line.
 */
export function inertLine(line: string): string {
  let out = line.replace(/\r/g, "\\r");
  out = out.replace(LEADING_COMMAND, `$1$2:${ZWSP}`);
  if (out.includes("##[")) out = out.replaceAll("##[", `#${ZWSP}#[`);
  return out;
}

/** Every line of a block made inert (see `inertLine`). */
export function inertText(text: string): string {
  return text.split("\n").map(inertLine).join("\n");
}

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

// GFM turns `https://…`, `www.…` and `a@b.c` in plain text into links (autolink literals), also inside an
// HTML `<code>` element, whose content is parsed as Markdown. A zero-width space after the scheme's `:`,
// after `www` and after `@` keeps the text as it reads while nothing can match.
function breakAutolinks(text: string): string {
  return text
    .replace(/:(?=\/\/)/g, `:${ZWSP}`)
    .replace(/www(?=\.)/gi, (w) => `${w}${ZWSP}`)
    .replace(/@/g, `@${ZWSP}`);
}

/**
 * Inline Markdown text: HTML escaped, Markdown punctuation backslash-escaped (no link, image, emphasis or
 * HTML can come from it), autolink literals and `@mentions` broken, `#refs` escaped, newlines folded to
 * spaces. Safe in table cells (pipes escaped).
 */
export function mdText(text: string): string {
  // Markdown escapes first: the entities escapeHtml adds (`&#39;`) must not be escaped again.
  const markdownSafe = stripControl(text)
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`);
  return breakAutolinks(escapeHtml(markdownSafe));
}

// Inside `<code>` every character Markdown or HTML could act on is a numeric character reference, which
// CommonMark always reads as a literal character: `![x](…)` or `[x](…)` stay text, `</code>` cannot close it.
// (`_` only where it could open or close emphasis: intraword, as in `test_smoke`, it cannot.)
const CODE_ENTITY = /[!&()*<>@[\\\]`|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;

/**
 * Untrusted text inside an HTML element (`<code>`, `<summary>`): one line (a blank line would end the HTML
 * block and let Markdown start), every character Markdown or HTML could act on as a character reference.
 */
export function htmlText(text: string): string {
  return breakAutolinks(stripControl(text).replace(/\r?\n|\r/g, " ")).replace(
    CODE_ENTITY,
    (c) => `&#${c.charCodeAt(0)};`,
  );
}

/** Inline code for untrusted text, as an HTML `<code>` element: safe in tables, against backticks, links and images. */
export function mdCode(text: string): string {
  return `<code>${htmlText(text)}</code>`;
}

/**
 * A fenced code block whose fence is longer than any backtick run inside, so the text cannot close it.
 * Mentions are inert inside code blocks; HTML is shown literally.
 */
export function mdBlock(text: string, language = ""): string {
  const clean = stripControl(text);
  let longest = 0;
  for (const run of clean.match(/`+|~+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${clean}\n${fence}`;
}

/** Removes control characters except tab and newline (they can hide text or confuse terminals). */
export function stripControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u001b]/g, "");
}

/**
 * Cuts `text` to at most `max` characters, saying so visibly, on a line boundary where one is near.
 * Returns the text unchanged when it fits.
 */
export function truncate(text: string, max: number, what = "text"): string {
  if (text.length <= max) return text;
  const note = `\n… ${what} truncated: ${text.length - max} more characters not shown`;
  const room = Math.max(0, max - note.length);
  let cut = text.slice(0, room);
  const nl = cut.lastIndexOf("\n");
  if (nl > room * 0.8) cut = cut.slice(0, nl);
  return `${cut}${note}`;
}

/** Keeps the last `n` lines (for log tails), saying how many were left out. */
export function tailLines(text: string, n: number): string {
  const lines = text.replace(/\n$/, "").split("\n");
  if (lines.length <= n) return lines.join("\n");
  return [`… ${lines.length - n} earlier lines not shown`, ...lines.slice(-n)].join("\n");
}

/** UTF-8 size in bytes, the unit of GitHub's step-summary limit. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
