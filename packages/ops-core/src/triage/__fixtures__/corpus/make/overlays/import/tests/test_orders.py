from decimal import Decimal

from shop.orders import Order


def test_order_total():
    assert Order(lines=[]).total == Decimal("0")
