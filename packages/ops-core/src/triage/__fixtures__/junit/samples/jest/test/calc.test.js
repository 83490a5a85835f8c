const { add } = require("../calc");

describe("calc", () => {
  describe("add", () => {
    test("adds <small> numbers", () => {
      expect(add(1, 2)).toBe(4);
    });
    test("works", () => {
      expect(add(2, 2)).toBe(4);
    });
  });
});
