// The line pre-filter: which lines of a chunk hold any of a set of literal needles. Exact (no line holding
// a needle is dropped, none without one is kept) and linear.
//
// How: each needle is found through an *anchor*, a short substring of it (≤ 6 characters), searched with
// String.prototype.indexOf; at each place the anchor occurs, the needles it anchors are compared there.
// Several needles share one anchor ("ut" anchors "imed out", "Timeout", "No solution found", "o output"),
// so a chunk costs one native search per anchor, not per needle (33 anchors for 60 needles). V8 searches
// a pattern of up to 6 characters with memchr on its first character and compares the rest in C++
// (measured: 3-10 ms per 50 MB when that character is rare in logs, 10-16 ms when common); from 7
// characters on it switches to Boyer-Moore-Horspool, 3-10× slower here (21-33 ms per 50 MB for
// "xception", "lockfile", "Traceback", "Bad Gateway"). So an anchor is short and starts at a character
// rare in CI logs.
//
// Why not a library or regexps (issue 11; 2026-12-04, 2-core machine, load ≤ 1, best of 4, 1 MB chunks,
// 60 needles): the previous layout, 12 passes of literal alternations through V8's irregexp, 406-525 ms
// on a 50 MB generated raw log and 829-1010 ms on 46 MB of this project's corpus logs; these anchors
// 193-268 ms and 393-505 ms, the same lines. A byte loop in JavaScript (a bigram table lookup per byte,
// the usual hand-written multi-pattern filter) costs 106-196 ms per 50 MB before it does any work, and
// 250-430 ms with it; @monyone/aho-corasick 1.1.11 (its double-array "fast" variant) 396 ms per 10 MB;
// RE2 compiled to WebAssembly (@adguard/re2-wasm 1.2.0) copies the subject into its memory on every exec:
// 4.6 s for the first 200 matches of one 1 MB chunk.
//
// The anchors are a measured preference (PREFERRED_ANCHORS in scanner.ts, from the project's own corpus
// by bench/_prefilter-anchors.ts); a needle none of them covers is its own anchor, so a change of the
// needles can cost speed, never a line.

/** The longest anchor V8 still searches with memchr on its first character (kBMMinPatternLength − 1). */
export const MAX_ANCHOR_CHARS = 6;

export interface Prefilter {
  /** The needles, with any needle that holds another left out (the shorter one keeps its lines). */
  readonly needles: readonly string[];
  /** The anchors searched, in order. */
  readonly anchors: readonly string[];
  /** Pushes onto `out` the start of each line of text[start, end) that holds a needle; `start` is a line
   * start and `end` just after a newline. Unsorted, and a line may appear more than once. */
  lineStarts(text: string, start: number, end: number, out: number[]): void;
  /** Whether one line holds a needle. */
  test(line: string): boolean;
}

interface Anchor {
  readonly text: string;
  /** The needles it anchors, each with the offset of the anchor's first occurrence in it. */
  readonly needles: readonly string[];
  readonly offsets: readonly number[];
}

/** Builds the pre-filter for `needles`, anchored by the first of `preferred` each needle holds. */
export function createPrefilter(needles: readonly string[], preferred: readonly string[]): Prefilter {
  for (const n of needles)
    if (n === "" || n.includes("\n"))
      throw new Error(`pre-filter needle ${JSON.stringify(n)}: empty or multi-line`);
  const distinct = [...new Set(needles)];
  const minimal = distinct.filter((n) => !distinct.some((o) => o !== n && n.includes(o)));
  const byAnchor = new Map<string, Array<[string, number]>>();
  for (const needle of minimal) {
    const anchor =
      preferred.find((a) => a !== "" && a.length <= MAX_ANCHOR_CHARS && needle.includes(a)) ??
      needle.slice(0, MAX_ANCHOR_CHARS);
    // one offset is enough ("r" sits three times in "rror"): the search stops at every occurrence of the
    // anchor in the text, so also at the one this offset points to
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), [needle, needle.indexOf(anchor)]]);
  }
  const anchors: Anchor[] = [...byAnchor.entries()].map(([text, list]) => ({
    text,
    needles: list.map(([n]) => n),
    offsets: list.map(([, at]) => at),
  }));
  return {
    needles: minimal,
    anchors: anchors.map((a) => a.text),
    lineStarts(text, start, end, out) {
      for (const { text: a, needles: ns, offsets } of anchors) {
        let p = text.indexOf(a, start);
        while (p >= 0 && p < end) {
          let hit = false;
          for (let i = 0; i < ns.length; i++) {
            const s = p - (offsets[i] ?? 0);
            // (a needle has no newline, so one that compares equal lies within p's line)
            if (s >= start && text.startsWith(ns[i] ?? "", s)) {
              hit = true;
              break;
            }
          }
          if (!hit) {
            p = text.indexOf(a, p + 1);
            continue;
          }
          out.push(p > start ? text.lastIndexOf("\n", p - 1) + 1 : start);
          const nl = text.indexOf("\n", p);
          if (nl < 0 || nl + 1 >= end) break;
          p = text.indexOf(a, nl + 1);
        }
      }
    },
    test(line) {
      return minimal.some((n) => line.includes(n));
    },
  };
}
