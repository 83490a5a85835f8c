import { readFileSync } from "node:fs";

export function loadOrders(path) {
  var raw = readFileSync(path, "utf8");
  let orders = JSON.parse(raw);
  return orders.filter((o) => o.status == "open");
}

export function totalOf(orders) {
  let sum = 0;
  for (const o of orders) {
    sum += o.amount;
  }
  return sum;
}

export function byCustomer(orders, customer) {
  const result = [];
  for (const o of orders) if (o.customer === customr) result.push(o);
  return result;
}

export function unusedHelper(a, b) {
  return a;
}
