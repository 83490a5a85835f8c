import { describe, expect, it } from "vitest";
import {
  LineNormalizer,
  LineSplitter,
  MAX_LINE_CHARS,
  readLog,
  stripAnsi,
  timestampLength,
} from "./reader.js";

describe("reader", () => {
  it("strips the BOM, the timestamp, ANSI (real and gh's literal ^[), and the marker", () => {
    const n = new LineNormalizer();
    const a = n.normalize("\ufeff2024-01-01T00:00:00.0000000Z ##[group]Run npm test");
    expect(a).toMatchObject({
      text: "Run npm test",
      kind: "group",
      time: Date.parse("2024-01-01T00:00:00Z"),
    });
    expect(n.normalize("2024-01-01T00:00:01.1234567Z \u001b[31mred\u001b[0m").text).toBe("red");
    expect(n.normalize("2024-01-01T00:00:01.1234567Z ^[[36;1mcyan^[[0m").text).toBe("cyan");
  });

  it("reads gh run view --log-failed columns", () => {
    const n = new LineNormalizer();
    const l = n.normalize("build (node 24)\tRun tests\t\ufeff2024-01-01T00:00:00.0000000Z ##[error]boom");
    expect(l).toMatchObject({ job: "build (node 24)", step: "Run tests", kind: "error", text: "boom" });
  });

  it("marks untimestamped lines after ##[error] as its continuation", () => {
    const n = new LineNormalizer();
    n.normalize("2024-01-01T00:00:00.0000000Z ##[error]AssertionError: x");
    expect(n.normalize("Expected: 1").continuation).toBe(true);
    expect(n.normalize("2024-01-01T00:00:01.0000000Z next").continuation).toBe(false);
    expect(n.normalize("plain after").continuation).toBe(false);
  });

  it("plain logs pass through", () => {
    const n = new LineNormalizer();
    expect(n.normalize("FAILED t.py::x").text).toBe("FAILED t.py::x");
  });

  it("timestamps are checked, not guessed", () => {
    expect(timestampLength("2024-01-01T00:00:00Z x")).toBe(21);
    expect(timestampLength("2024-01-01T00:00:00.1234567Z x")).toBe(29);
    expect(timestampLength("2024-01-01 00:00:00Z x")).toBe(0);
    expect(timestampLength("short")).toBe(0);
  });

  it("cuts very long lines and holds at most MAX_LINE_CHARS of one", () => {
    const s = new LineSplitter();
    const got: Array<[number, boolean]> = [];
    const on = (raw: string, cut: boolean) => got.push([raw.length, cut]);
    s.push("a".repeat(MAX_LINE_CHARS * 3), on);
    s.push("b".repeat(10), on);
    s.push("\nshort\n", on);
    s.end(on);
    expect(got).toEqual([
      [MAX_LINE_CHARS, true],
      [5, false],
    ]);
  });

  it("decodes UTF-8 split across chunks", async () => {
    const bytes = Buffer.from("✓ ok\n❯ a.ts:1:2\n");
    const lines = [];
    for await (const l of readLog([bytes.subarray(0, 1), bytes.subarray(1, 9), bytes.subarray(9)]))
      lines.push(l.text);
    expect(lines).toEqual(["✓ ok", "❯ a.ts:1:2"]);
  });

  it("stripAnsi leaves text without escapes untouched", () => {
    expect(stripAnsi("plain [x] text")).toBe("plain [x] text");
  });
});
