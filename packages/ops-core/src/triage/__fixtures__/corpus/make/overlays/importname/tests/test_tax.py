from decimal import Decimal

from shop.pricing import gross_price, vat


def test_gross_price():
    assert gross_price(Decimal("10.00"), "DE") == Decimal("11.90")


def test_vat_de():
    assert vat(Decimal("10.00"), "DE") == Decimal("1.90")
