import { total, label } from "./cart.js";
import { formatMoney } from "./money.js";

const items = [{ sku: "tea", price: { amount: 400, currency: "EUR" as const }, qty: 2 }];
console.log(items.map(label).join("\n"), formatMoney(total(items)));
