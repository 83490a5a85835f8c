const { receipt } = require("../src/price");

describe("receipt", () => {
  test("renders a two-line receipt", () => {
    expect(
      receipt([
        { sku: "tea", price: 400, qty: 2 },
        { sku: "cup", price: 650, qty: 1 },
      ]),
    ).toMatchSnapshot();
  });
});
