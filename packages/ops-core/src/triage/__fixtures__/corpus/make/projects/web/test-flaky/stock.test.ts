import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const mark = join(tmpdir(), `web-flaky-${process.env.FLAKY_RUN ?? "0"}`);

describe("stock sync", () => {
  it("reads the warehouse count after the webhook", () => {
    // the first attempt races the webhook; the retry sees the update
    const first = !existsSync(mark);
    if (first) writeFileSync(mark, "1");
    expect(first ? 3 : 4).toBe(4);
  });

  it("keeps reserved items", () => {
    expect([1, 2].length).toBe(2);
  });
});
