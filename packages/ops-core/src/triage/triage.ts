// Entry points: triage a string, a stream of chunks, or a file (read in chunks: memory stays flat).

import { open } from "node:fs/promises";
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

const READ_BYTES = 1 << 20;

export async function triageFile(path: string, options: ScannerOptions = {}): Promise<TriageResult> {
  const s = new TriageScanner(options);
  const file = await open(path, "r");
  // Two buffers, reused (the scanner copies what it keeps): the next megabyte is read while this one is
  // scanned, and no fresh buffer is allocated, zeroed and collected per chunk as a stream would.
  let spare = Buffer.allocUnsafe(READ_BYTES);
  let pending = file.read(Buffer.allocUnsafe(READ_BYTES), 0, READ_BYTES, null);
  try {
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) break;
      pending = file.read(spare, 0, READ_BYTES, null);
      spare = buffer;
      s.write(buffer.subarray(0, bytesRead));
    }
  } finally {
    await pending.catch(() => undefined);
    await file.close();
  }
  return s.end();
}
