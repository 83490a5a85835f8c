import { add, format, type Money } from "./money.js";

export interface Item {
  sku: string;
  price: Money;
  qty: number;
}

export function total(items: Item[]): Money {
  return items.reduce((sum, item) => add(sum, { ...item.price, amount: item.price.amount * item.qty }), {
    amount: 0,
    currency: "EUR",
  });
}

export function label(item: Item): string {
  return `${item.sku} x${item.qty} ${format(item.price)}`;
}

export function cheapest(items: Item[]): Item {
  return items.sort((a, b) => a.price.amount - b.price.amount)[0];
}

export function discount(items: Item[], percent: string): Money {
  const t = total(items);
  return { ...t, amount: t.amount * (1 - percent / 100) };
}

export function find(items: Item[], sku: string): Item {
  return items.find((i) => i.sku === sku);
}

export const currencies: Money["currency"][] = ["EUR", "USD", "GBP"];
