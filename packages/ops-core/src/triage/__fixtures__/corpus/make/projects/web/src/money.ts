export interface Money {
  amount: number;
  currency: "EUR" | "USD";
}

export function add(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`currency mismatch: ${a.currency} vs ${b.currency}`);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function format(m: Money): string {
  const symbol = m.currency === "EUR" ? "€" : "$";
  return `${symbol}${(m.amount / 100).toFixed(2)}`;
}

export function parse(text: string): Money {
  const amount = Math.round(Number.parseFloat(text.slice(1)) * 100);
  return { amount, currency: text.startsWith("€") ? "EUR" : "USD" };
}
