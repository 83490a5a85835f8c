const { applyCoupon, shipping, receipt } = require("../src/price");

describe("applyCoupon", () => {
  test("no coupon keeps the total", () => {
    expect(applyCoupon(1000, null)).toBe(1000);
  });

  test("percent coupon", () => {
    expect(applyCoupon(1000, { kind: "percent", value: 15 })).toBe(850);
  });

  test("fixed coupon never goes below zero", () => {
    expect(applyCoupon(300, { kind: "fixed", value: 500 })).toBe(0);
  });
});

describe("shipping", () => {
  test.each([
    ["DE", 1000, 495],
    ["DE", 6000, 0],
    ["AT", 1000, 695],
    ["CH", 1000, 1495],
  ])("to %s for %i costs %i", (country, total, expected) => {
    expect(shipping(total, country)).toBe(expected);
  });
});

describe("receipt", () => {
  test("lists subtotals", () => {
    expect(receipt([{ sku: "tea", price: 400, qty: 2 }])).toEqual({
      lines: [{ sku: "tea", price: 400, qty: 2, subtotal: 800 }],
      total: 800,
      currency: "EUR",
      rounding: "half-up",
    });
  });
});
