import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPrefilter, MAX_ANCHOR_CHARS } from "./prefilter.js";
import { PREFERRED_ANCHORS, PREFILTER, PREFILTER_NEEDLES } from "./scanner.js";

/** The lines of text[start, end) holding a needle, by the definition: one substring test per needle. */
function naive(needles: readonly string[], text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let p = start; p < end; ) {
    const nl = text.indexOf("\n", p);
    const line = text.slice(p, nl);
    if (needles.some((n) => line.includes(n))) out.push(p);
    p = nl + 1;
  }
  return out;
}

function kept(pf: ReturnType<typeof createPrefilter>, text: string, start = 0, end = text.length): number[] {
  const out: number[] = [];
  pf.lineStarts(text, start, end, out);
  return [...new Set(out)].sort((a, b) => a - b);
}

describe("the pre-filter", () => {
  it("keeps exactly the lines that hold a needle, wherever the needle sits", () => {
    const pf = createPrefilter(["rror", "FAIL", "xit code", "##["], ["rr", "A", "xi", "#"]);
    const text =
      "rror at start\nnothing here\nends with FAIL\nin the m##[iddle\nxit cod\nerror error error\n";
    expect(kept(pf, text)).toEqual(naive(pf.needles, text, 0, text.length));
    expect(kept(pf, text).map((p) => text.slice(p, text.indexOf("\n", p)))).toEqual([
      "rror at start",
      "ends with FAIL",
      "in the m##[iddle",
      "error error error",
    ]);
  });

  it("finds a needle through an anchor that occurs more than once in it and in the text", () => {
    // "r" sits three times in "rror"; a text "rrror" has the needle at the second r only
    const pf = createPrefilter(["rror"], ["r"]);
    for (const line of ["rrror", "xrror", "rrrrrrror", "r rror"]) expect(pf.test(line)).toBe(true);
    for (const text of ["rrror\n", "a rrrror b\n", "rro r\n"])
      expect(kept(pf, text)).toEqual(naive(["rror"], text, 0, text.length));
  });

  it("reads only text[start, end) and never across a line", () => {
    const pf = createPrefilter(["FAIL"], ["F"]);
    const text = "FAIL before\nno\nFA\nIL\nFAIL inside\nFAIL after\n";
    const start = text.indexOf("no");
    const end = text.indexOf("FAIL after");
    expect(kept(pf, text, start, end)).toEqual([text.indexOf("FAIL inside")]);
  });

  it("leaves out a needle that holds another and anchors a needle no preference covers on itself", () => {
    const pf = createPrefilter(
      ["fail", "failed to solve", "Docker daemon", "fail"],
      ["ai", "too long anchor"],
    );
    expect(pf.needles).toEqual(["fail", "Docker daemon"]);
    expect(pf.anchors).toEqual(["ai", "Docker".slice(0, MAX_ANCHOR_CHARS)]);
  });

  it("refuses an empty or multi-line needle (it would keep every line, or none)", () => {
    expect(() => createPrefilter([""], [])).toThrow(/empty or multi-line/);
    expect(() => createPrefilter(["a\nb"], [])).toThrow(/empty or multi-line/);
  });

  it("anchors every needle of the scanner on a measured anchor (else: node bench/_prefilter-anchors.ts)", () => {
    // a needle anchored on itself still keeps its lines, at the cost of one more search per chunk
    for (const a of PREFILTER.anchors) expect(PREFERRED_ANCHORS, a).toContain(a);
  });

  it("is exact on random text made of needles, their pieces and newlines (the scanner's own needles)", () => {
    const pieces = [
      ...PREFILTER_NEEDLES,
      ...PREFILTER_NEEDLES.map((n) => n.slice(0, Math.ceil(n.length / 2))),
      ...PREFILTER_NEEDLES.map((n) => n.slice(Math.ceil(n.length / 2))),
      ...PREFILTER.anchors,
      "\n",
      "\n",
      " ",
      "x",
      "e",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.nat(), (parts, cut) => {
        const text = `${parts.join("")}\n`;
        // any line start as the start, the end just after the last newline
        const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)].filter(
          (p) => p < text.length,
        );
        const start = starts[cut % Math.max(1, starts.length)] ?? 0;
        expect(kept(PREFILTER, text, start, text.length)).toEqual(
          naive(PREFILTER_NEEDLES, text, start, text.length),
        );
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
