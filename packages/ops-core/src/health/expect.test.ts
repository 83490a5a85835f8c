import { describe, expect, it } from "vitest";
import {
  checkJson,
  parseJsonCondition,
  parseStatusExpectation,
  type StatusExpectation,
  statusMatches,
  valueAt,
} from "./expect.js";

function status(text: string): StatusExpectation {
  const e = parseStatusExpectation(text);
  if (!e) throw new Error(`bad test status ${text}`);
  return e;
}

describe("status expectation", () => {
  it("reads codes, lists and classes", () => {
    const e = status("200, 204 3xx");
    expect(e).toEqual({ codes: [200, 204], classes: [3], text: "200, 204, 3xx" });
    expect(statusMatches(204, e)).toBe(true);
    expect(statusMatches(302, e)).toBe(true);
    expect(statusMatches(201, e)).toBe(false);
    expect(statusMatches(500, status("200"))).toBe(false);
  });
  it("refuses what is not a status", () => {
    for (const bad of ["", "ok", "600", "20", "2xxx", "200;204"])
      expect(parseStatusExpectation(bad)).toBeUndefined();
  });
});

describe("JSON conditions", () => {
  it("parses path=value, keeping = in the value", () => {
    expect(parseJsonCondition("status=ok")).toEqual({ path: "status", value: "ok" });
    expect(parseJsonCondition("a.b = x=y")).toEqual({ path: "a.b", value: "x=y" });
    expect(parseJsonCondition("=ok")).toBeUndefined();
    expect(parseJsonCondition("a..b=1")).toBeUndefined();
    expect(parseJsonCondition("status")).toBeUndefined();
  });
  it("follows dotted paths into objects and arrays, never the prototype", () => {
    const doc = { checks: { db: "up", list: [{ name: "redis" }] } };
    expect(valueAt(doc, "checks.db")).toBe("up");
    expect(valueAt(doc, "checks.list.0.name")).toBe("redis");
    expect(valueAt(doc, "checks.missing")).toBeUndefined();
    expect(valueAt(doc, "constructor")).toBeUndefined();
    expect(valueAt(doc, "checks.db.length")).toBeUndefined();
  });
  it("compares strings as is and other values as JSON", () => {
    const body = JSON.stringify({ status: "ok", ready: true, workers: 3, version: null });
    expect(
      checkJson(body, [
        { path: "status", value: "ok" },
        { path: "ready", value: "true" },
        { path: "workers", value: "3" },
        { path: "version", value: "null" },
      ]),
    ).toBeUndefined();
    expect(checkJson(body, [{ path: "status", value: "healthy" }])).toBe(
      'JSON status is "ok", expected "healthy"',
    );
    expect(checkJson(body, [{ path: "db", value: "up" }])).toBe("JSON has no db (expected up)");
    expect(checkJson("<html>oops</html>", [{ path: "status", value: "ok" }])).toBe("the body is not JSON");
    expect(checkJson("<html>not json is fine without conditions</html>", [])).toBeUndefined();
  });
  it("cuts a long value found in an untrusted body", () => {
    const body = JSON.stringify({ status: "x".repeat(500) });
    expect(checkJson(body, [{ path: "status", value: "ok" }])?.length).toBeLessThan(120);
  });
});
