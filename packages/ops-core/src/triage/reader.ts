// The log reader: bytes or text in, normalized lines out, in bounded memory. It accepts the three shapes a
// CI log comes in and makes them look alike:
//   - raw job logs from the API: a UTF-8 BOM, every line `2024-01-01T00:00:00.0000000Z text`, ANSI codes,
//     `##[group]` / `##[endgroup]` / `##[error]` markers; continuation lines of a multi-line `##[error]`
//     carry no timestamp;
//   - `gh run view --log-failed`: `job<TAB>step<TAB>timestamp text` (gh prints ESC as a literal `^[`);
//   - a copy from the web log viewer: every line led by its line number (`12 text`), no timestamps;
//   - plain pasted logs (no timestamp, maybe ANSI, trailing spaces, CRLF).
// Trailing white space is dropped (a paste keeps the terminal's padding; rules anchor on `$`).
// A line longer than MAX_LINE_CHARS is cut (the rest is counted, never held): hostile input cannot make the
// reader, or the regular expressions after it, do more than linear work.

/** Characters of one line kept for matching; the rest of a longer line is dropped (and counted). */
export const MAX_LINE_CHARS = 4096;

export type LineKind = "text" | "group" | "endgroup" | "error" | "warning" | "notice" | "command" | "debug";

export interface LogLine {
  /** 1-based line number in the input. */
  n: number;
  /** The text without BOM, timestamp, ANSI codes, `##[…]` marker or gh columns. */
  text: string;
  kind: LineKind;
  /** Milliseconds since the epoch of the line's timestamp, when it has one. */
  time?: number;
  /** `gh run view --log-failed` columns. */
  job?: string;
  step?: string;
  /** A line without a timestamp inside a timestamped log, right after an `##[error]` (its continuation). */
  continuation: boolean;
  /** The line was longer than MAX_LINE_CHARS and was cut. */
  cut: boolean;
}

const BOM = "\ufeff";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] as const;

/**
 * Length of a GitHub timestamp prefix `YYYY-MM-DDTHH:MM:SS[.fffffff]Z ` at `at` (including the space), or 0.
 * Checked by character codes: no regular expression, constant work for a non-match.
 */
export function timestampLength(s: string, at = 0): number {
  if (s.length < at + 21) return 0;
  const c = (i: number) => s.charCodeAt(at + i);
  for (const i of DIGIT_POSITIONS) if (!isDigit(c(i))) return 0;
  if (c(4) !== 45 || c(7) !== 45 || c(10) !== 84 || c(13) !== 58 || c(16) !== 58) return 0;
  let i = 19;
  if (c(i) === 46) {
    i++;
    const start = i;
    while (i < start + 9 && isDigit(c(i))) i++;
    if (i === start) return 0;
  }
  if (c(i) !== 90) return 0; // Z
  i++;
  if (at + i === s.length) return i;
  return c(i) === 32 ? i + 1 : 0;
}

function parseTime(s: string, at: number, len: number): number | undefined {
  const t = Date.parse(s.slice(at, at + len).trim());
  return Number.isNaN(t) ? undefined : t;
}

// ESC [ params letter, and gh's literal rendering `^[[…`. Bounded classes, no nesting: linear.
// OSC sequences (`ESC ] … BEL`: window titles, hyperlinks) are removed whole, their text with them.
const ANSI =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are what this removes
  /\u001b\[[0-9;?]{0,32}[A-Za-z]|\^\[\[[0-9;?]{0,32}[A-Za-z]|\u001b[()][AB012]|\u001b[=>]|\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?/g;

/** Removes ANSI colour/cursor codes (real ESC or gh's literal `^[`). */
export function stripAnsi(s: string): string {
  if (s.indexOf("\u001b") < 0 && s.indexOf("^[") < 0) return s;
  return s.replace(ANSI, "");
}

const MARKERS: ReadonlyArray<[string, LineKind]> = [
  ["##[group]", "group"],
  ["##[endgroup]", "endgroup"],
  ["##[error]", "error"],
  ["##[warning]", "warning"],
  ["##[notice]", "notice"],
  ["##[command]", "command"],
  ["##[debug]", "debug"],
  ["[command]", "command"],
];

/** Stateful normalizer: feed raw lines in order, get LogLines. Remembers whether the log is timestamped. */
export class LineNormalizer {
  /** `times: false` leaves `time` out (Date.parse per line is a cost the scanner has no use for). */
  constructor(private readonly options: { times?: boolean } = {}) {}

  private n = 0;
  private timestamped = false;
  /** Lines are led by the web viewer's line numbers (decided on the first line: `1 …`). */
  private numbered: boolean | undefined;

  get lineNumbers(): boolean {
    return this.numbered === true;
  }

  /** Whether a timestamped line was seen (a raw or gh log, not a paste or a web copy). */
  get isTimestamped(): boolean {
    return this.timestamped;
  }
  private inError = false;

  /** Lines were skipped (not read) since the last call: no continuation can span them. */
  skipped(): void {
    this.inError = false;
  }

  normalize(rawLine: string, cut = false, n?: number): LogLine {
    this.n = n ?? this.n + 1;
    let s = rawLine.length > MAX_LINE_CHARS ? rawLine.slice(0, MAX_LINE_CHARS) : rawLine;
    if (s.length !== rawLine.length) cut = true;
    if (s.charCodeAt(s.length - 1) === 13) s = s.slice(0, -1);
    if (s.startsWith(BOM)) s = s.slice(1);
    if (this.numbered === undefined) this.numbered = this.n === 1 && /^1(?:[ \t]|$)/.test(s);
    if (this.numbered) s = stripLineNumber(s);
    let job: string | undefined;
    let step: string | undefined;
    // gh run view --log-failed: job TAB step TAB (BOM)timestamp text
    const tab1 = s.indexOf("\t");
    if (tab1 >= 0 && tab1 < 512) {
      const tab2 = s.indexOf("\t", tab1 + 1);
      if (tab2 > 0 && tab2 - tab1 < 512) {
        let at = tab2 + 1;
        if (s.charCodeAt(at) === 0xfeff) at++;
        if (timestampLength(s, at) > 0) {
          job = s.slice(0, tab1);
          step = s.slice(tab1 + 1, tab2);
          s = s.slice(at);
        }
      }
    }
    let time: number | undefined;
    const tl = timestampLength(s);
    let continuation = false;
    if (tl > 0) {
      this.timestamped = true;
      if (this.options.times !== false) time = parseTime(s, 0, tl);
      s = s.slice(tl);
    } else if (this.timestamped && this.inError) {
      continuation = true;
    }
    // \r redraws (progress bars): what stays on screen is the last non-empty segment.
    const cr = s.lastIndexOf("\r");
    if (cr >= 0) {
      const parts = s.split("\r").filter((p) => p.trim() !== "");
      s = parts[parts.length - 1] ?? "";
    }
    s = stripAnsi(s);
    if (s.length > 0 && s.charCodeAt(s.length - 1) <= 32) s = s.trimEnd();
    let kind: LineKind = "text";
    if (s.charCodeAt(0) === 35 /* # */ || s.charCodeAt(0) === 91 /* [ */) {
      for (const [marker, k] of MARKERS) {
        if (s.startsWith(marker)) {
          kind = k;
          s = s.slice(marker.length);
          break;
        }
      }
    }
    // the web viewer shows `##[error]x` as `Error: x`
    if (kind === "text" && this.numbered && s.startsWith("Error: ")) {
      kind = "error";
      s = s.slice(7);
    }
    if (kind === "error") this.inError = true;
    else if (!continuation) this.inError = false;
    const line: LogLine = { n: this.n, text: s, kind, continuation, cut };
    if (time !== undefined) line.time = time;
    if (job !== undefined) line.job = job;
    if (step !== undefined) line.step = step;
    return line;
  }
}

/** A web copy's leading line number (`12 text`, `12\ttext`, or a number alone) removed. */
export function stripLineNumber(s: string): string {
  let i = 0;
  while (i < s.length && i < 8 && isDigit(s.charCodeAt(i))) i++;
  if (i === 0) return s;
  if (i === s.length) return "";
  const c = s.charCodeAt(i);
  return c === 32 || c === 9 ? s.slice(i + 1) : s;
}

/** The text of a raw line without gh columns, BOM, timestamp, ANSI codes and `##[…]` marker (stateless);
 * `numbered` for a web copy's lines. */
export function cleanText(rawLine: string, numbered = false): string {
  return new LineNormalizer({ times: false }).normalize(
    numbered ? stripLineNumber(rawLine) : rawLine,
    false,
    2,
  ).text;
}

/**
 * Splits chunks into raw lines, holding at most MAX_LINE_CHARS of a line: the rest of a longer line is
 * skipped until the next newline. Bytes are decoded as UTF-8 (streaming, so a character split across chunks
 * survives). Synchronous: the caller's per-line work runs in the same loop (no promise per line).
 */
export class LineSplitter {
  private readonly decoder = new TextDecoder("utf-8");
  private carry = "";
  private cut = false;

  push(chunk: Uint8Array | string, onLine: (raw: string, cut: boolean) => void): void {
    const text = typeof chunk === "string" ? chunk : this.decoder.decode(chunk, { stream: true });
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl < 0) break;
      if (this.carry !== "" || this.cut) {
        const room = MAX_LINE_CHARS - this.carry.length;
        const piece = room > 0 ? text.slice(start, Math.min(nl, start + room)) : "";
        const cut = this.cut || nl - start > room;
        const whole = this.carry + piece;
        this.carry = "";
        this.cut = false;
        onLine(whole, cut);
      } else if (nl - start > MAX_LINE_CHARS) {
        onLine(text.slice(start, start + MAX_LINE_CHARS), true);
      } else {
        onLine(text.slice(start, nl), false);
      }
      start = nl + 1;
    }
    if (start < text.length) {
      const room = MAX_LINE_CHARS - this.carry.length;
      if (room > 0) this.carry += text.slice(start, Math.min(text.length, start + room));
      if (text.length - start > room) this.cut = true;
    }
  }

  end(onLine: (raw: string, cut: boolean) => void): void {
    const tail = this.decoder.decode();
    if (tail !== "") this.carry += tail.slice(0, Math.max(0, MAX_LINE_CHARS - this.carry.length));
    if (this.carry !== "" || this.cut) onLine(this.carry, this.cut);
    this.carry = "";
    this.cut = false;
  }
}

/** Raw chunks → normalized LogLines (convenience for tests and small inputs). */
export async function* readLog(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<LogLine> {
  const normalizer = new LineNormalizer();
  const splitter = new LineSplitter();
  const out: LogLine[] = [];
  const take = (raw: string, cut: boolean) => out.push(normalizer.normalize(raw, cut));
  for await (const chunk of chunks as AsyncIterable<Uint8Array | string>) {
    splitter.push(chunk, take);
    yield* out.splice(0);
  }
  splitter.end(take);
  yield* out.splice(0);
}
