import { loadOrders, totalOf } from "../lib/orders.js";

const orders = loadOrders(process.argv[2]);
if (orders.length == 0) {
  console.log("no orders");
}
console.log(totalOf(orders))
