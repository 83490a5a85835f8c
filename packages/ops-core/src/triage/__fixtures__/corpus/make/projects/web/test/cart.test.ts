import { describe, expect, it } from "vitest";
import { cheapest, label, total } from "../src/cart.js";

const tea = { sku: "tea", price: { amount: 400, currency: "EUR" as const }, qty: 2 };
const cup = { sku: "cup", price: { amount: 650, currency: "EUR" as const }, qty: 1 };

describe("cart", () => {
  it("totals quantity times price", () => {
    expect(total([tea, cup]).amount).toBe(1450);
  });

  it("labels an item", () => {
    expect(label(tea)).toBe("tea x2 €4.00");
  });

  it("does not reorder the cart when looking for the cheapest item", () => {
    const items = [cup, tea];
    cheapest(items);
    expect(items.map((i) => i.sku)).toEqual(["cup", "tea"]);
  });
});
