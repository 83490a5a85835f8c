import { describe, expect, it } from "vitest";
import { add } from "./calc";

describe("calc", () => {
  describe("add", () => {
    it("adds <small> numbers", () => {
      expect(add(1, 2)).toBe(4);
    });
    it("works", () => {
      expect(add(2, 2)).toBe(4);
    });
  });
});

it.skip("later", () => {});
