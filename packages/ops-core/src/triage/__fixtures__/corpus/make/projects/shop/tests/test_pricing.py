from decimal import Decimal

import pytest

from shop.pricing import apply_discount, split_evenly, vat


def test_discount_zero():
    assert apply_discount(Decimal("10.00"), 0) == Decimal("10.00")


def test_discount_half():
    assert apply_discount(Decimal("10.00"), 50) == Decimal("5.00")


def test_discount_rejects_negative():
    with pytest.raises(ValueError):
        apply_discount(Decimal("1"), -1)


@pytest.mark.parametrize("country,expected", [("DE", "1.90"), ("FR", "2.00"), ("NL", "2.10")])
def test_vat(country, expected):
    assert vat(Decimal("10.00"), country) == Decimal(expected)


def test_split_evenly_keeps_total():
    parts = split_evenly(100, 3)
    assert sum(parts) == 100
