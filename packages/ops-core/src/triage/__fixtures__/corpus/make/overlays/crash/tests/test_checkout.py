from decimal import Decimal

from shop.pricing import vat


def checkout(price: str, country: str) -> Decimal:
    return Decimal(price) + vat(Decimal(price), country)


def test_checkout_germany():
    assert checkout("10.00", "DE") == Decimal("11.90")


def test_checkout_united_states():
    assert checkout("10.00", "US") == Decimal("10.00")
