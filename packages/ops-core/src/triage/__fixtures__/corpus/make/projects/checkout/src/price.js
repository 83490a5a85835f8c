function applyCoupon(total, coupon) {
  if (!coupon) return total;
  if (coupon.kind === "percent") return Math.round(total * (1 - coupon.value / 100));
  if (coupon.kind === "fixed") return total - coupon.value;
  throw new Error(`unknown coupon kind: ${coupon.kind}`);
}

function shipping(total, country) {
  if (country === "DE") return total >= 5000 ? 0 : 495;
  if (country === "AT") return 695;
  return 1495;
}

function receipt(lines) {
  return {
    lines: lines.map((l) => ({ ...l, subtotal: l.price * l.qty })),
    total: lines.reduce((s, l) => s + l.price * l.qty, 0),
    currency: "EUR",
  };
}

module.exports = { applyCoupon, shipping, receipt };
