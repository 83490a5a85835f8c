const { gross } = require("../src/tax");
const { roundHalfEven } = require("../src/rounding");

describe("gross", () => {
  test("adds German VAT", () => {
    expect(roundHalfEven(gross(1000, "DE"))).toBe(1190);
  });
});
