const { receipt } = require("../src/price");

describe("bulk import", () => {
  test("builds receipts for a whole year of orders", () => {
    const all = [];
    for (let day = 0; day < 1e9; day++) {
      all.push(receipt(Array.from({ length: 50 }, (_, i) => ({ sku: `sku-${day}-${i}`, price: i, qty: 1 }))));
    }
    expect(all.length).toBeGreaterThan(0);
  });
});
