import { describe, expect, it } from "vitest";
import { add, format, parse } from "../src/money.js";

describe("money", () => {
  it("adds amounts of one currency", () => {
    expect(add({ amount: 100, currency: "EUR" }, { amount: 250, currency: "EUR" })).toEqual({ amount: 350, currency: "EUR" });
  });

  it("refuses to add two currencies", () => {
    expect(() => add({ amount: 1, currency: "EUR" }, { amount: 1, currency: "USD" })).toThrow("currency mismatch");
  });

  describe("format", () => {
    it("formats euros", () => {
      expect(format({ amount: 1999, currency: "EUR" })).toBe("€19.99");
    });

    it("formats negative amounts with the sign first", () => {
      expect(format({ amount: -250, currency: "USD" })).toBe("-$2.50");
    });
  });

  it("parses what it formats", () => {
    expect(parse("€12.30")).toStrictEqual({ amount: 1230, currency: "EUR" });
  });
});
