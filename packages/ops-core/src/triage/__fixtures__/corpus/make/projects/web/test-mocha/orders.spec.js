import assert from "node:assert/strict";
import { totalOf } from "../lib/orders.js";

describe("orders", function () {
  describe("totalOf", function () {
    it("sums amounts", function () {
      assert.equal(totalOf([{ amount: 2 }, { amount: 3 }]), 5);
    });

    it("ignores cancelled orders", function () {
      assert.equal(totalOf([{ amount: 2, status: "cancelled" }, { amount: 3 }]), 3);
    });
  });

  describe("parsing", function () {
    it("rejects an order without an amount", function () {
      assert.throws(() => totalOf([{}]), /amount/);
    });

    it("returns a number", function () {
      assert.equal(typeof totalOf([]), "number");
    });
  });

  it("loads slowly from the archive", function (done) {
    this.timeout(200);
    setTimeout(done, 1000);
  });
});
