const { shipping } = require("../src/price");

describe("shipping table", () => {
  test("matches the published table", () => {
    expect(["DE", "AT", "CH"].map((c) => [c, shipping(1000, c)])).toMatchSnapshot();
  });
});
