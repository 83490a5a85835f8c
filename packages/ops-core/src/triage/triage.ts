// Entry points: triage a string, a stream of chunks, or a file (read in chunks: memory stays flat).

import { createReadStream } from "node:fs";
import { type ScannerOptions, TriageScanner } from "./scanner.js";
import type { TriageResult } from "./types.js";

export function triageText(text: string, options: ScannerOptions = {}): TriageResult {
  const s = new TriageScanner(options);
  s.write(text);
  return s.end();
}

export async function triageStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ScannerOptions = {},
): Promise<TriageResult> {
  const s = new TriageScanner(options);
  for await (const chunk of chunks as AsyncIterable<Uint8Array | string>) s.write(chunk);
  return s.end();
}

export function triageFile(path: string, options: ScannerOptions = {}): Promise<TriageResult> {
  return triageStream(createReadStream(path, { highWaterMark: 1 << 20 }), options);
}
