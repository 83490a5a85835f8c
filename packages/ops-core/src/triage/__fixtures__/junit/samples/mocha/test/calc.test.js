const assert = require("node:assert");
const { add } = require("../calc");

describe("calc", () => {
  describe("add", () => {
    it("adds <small> numbers", () => {
      assert.strictEqual(add(1, 2), 4);
    });
    it("works", () => {
      assert.strictEqual(add(2, 2), 4);
    });
  });
});
