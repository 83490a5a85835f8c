const RATES = { DE: 0.19, AT: 0.2, FR: 0.2, NL: 0.21, IT: 0.22, ES: 0.21 };

function rate(country) {
  if (!(country in RATES)) throw new RangeError(`no VAT rate for ${country}`);
  return RATES[country];
}

function gross(net, country) {
  return Math.round(net * (1 + rate(country)));
}

function reverseCharge(buyer) {
  if (buyer.vatId && buyer.country !== "DE") return true;
  if (buyer.business && buyer.country === "DE") return false;
  return false;
}

module.exports = { rate, gross, reverseCharge };
