// bench/_prefilter-anchors.ts — prints PREFERRED_ANCHORS for packages/ops-core/src/triage/scanner.ts: the
// anchors (≤ 6-character substrings of the pre-filter's needles) that make its search cheapest on this
// project's own corpus of real tools' logs. Not part of `npm run bench` (leading underscore); run it after
// changing the rules' triggers: `npx turbo run build && node bench/_prefilter-anchors.ts`.
//
// Cost of one anchor per MB of log, in ns (measured on this 2-core machine, see prefilter.ts): a fixed
// scan of the chunk, plus V8's memchr stops on the anchor's first character (a single-character anchor is
// one memchr, its stops are the hits), plus a return to JavaScript and the needles' comparisons at each
// place the anchor occurs. A greedy set cover then picks the anchors with the most needles per cost.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = join(import.meta.dirname, "..");
const corpus = join(root, "packages/ops-core/src/triage/__fixtures__/corpus/logs");
const { PREFILTER_NEEDLES } = (await import(
  pathToFileURL(join(root, "packages/ops-core/dist/triage/scanner.js")).href
)) as { PREFILTER_NEEDLES: string[] };
const { MAX_ANCHOR_CHARS, createPrefilter } = (await import(
  pathToFileURL(join(root, "packages/ops-core/dist/triage/prefilter.js")).href
)) as typeof import("../packages/ops-core/src/triage/prefilter.ts");

const files = (readdirSync(corpus, { recursive: true }) as string[]).filter((f) => f.endsWith(".log"));
const sample = files.map((f) => readFileSync(join(corpus, f)).toString("latin1")).join("\n");
const MB = 1024 * 1024;
const firstChar = new Float64Array(256);
for (let i = 0; i < sample.length; i++)
  firstChar[sample.charCodeAt(i)] = (firstChar[sample.charCodeAt(i)] ?? 0) + 1;

const SCAN_NS = 140_000;
const MEMCHR_STOP_NS = 12;
const HIT_NS = 50;
const COMPARE_NS = 10;

const needles = createPrefilter(PREFILTER_NEEDLES, []).needles;
const candidates = new Map<string, { cost: number; covers: string[] }>();
for (const n of needles)
  for (let i = 0; i < n.length; i++)
    for (let len = 1; len <= Math.min(MAX_ANCHOR_CHARS, n.length - i); len++) {
      const a = n.slice(i, i + len);
      if (candidates.has(a)) continue;
      const covers = needles.filter((x) => x.includes(a));
      let occurrences = 0;
      for (let p = sample.indexOf(a); p >= 0; p = sample.indexOf(a, p + 1)) occurrences++;
      const stops = len === 1 ? 0 : (firstChar[a.charCodeAt(0)] ?? 0) / sample.length;
      const cost =
        SCAN_NS +
        stops * MB * MEMCHR_STOP_NS +
        (occurrences / sample.length) * MB * (HIT_NS + COMPARE_NS * covers.length);
      candidates.set(a, { cost, covers });
    }

const left = new Set(needles);
const chosen: string[] = [];
while (left.size > 0) {
  let best: string | undefined;
  let bestScore = -1;
  for (const [a, c] of candidates) {
    const k = c.covers.filter((x) => left.has(x)).length;
    if (k > 0 && k / c.cost > bestScore) {
      bestScore = k / c.cost;
      best = a;
    }
  }
  if (best === undefined) break;
  chosen.push(best);
  for (const x of candidates.get(best)?.covers ?? []) left.delete(x);
}
console.log(
  `// ${chosen.length} anchors for ${needles.length} needles, from ${files.length} corpus logs (${(sample.length / MB).toFixed(1)} MB)`,
);
// (bytes ≥ 0x7f escaped: the needles are latin1 text of UTF-8 bytes, C1 controls among them)
const literal = JSON.stringify(chosen).replace(
  /[\u007f-\u00ff]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
);
console.log(`const PREFERRED_ANCHORS: readonly string[] = ${literal};`);
