from decimal import Decimal


def test_refund_total():
    refunds = [Decimal("1.50"), Decimal("2.00")
    assert sum(refunds) == Decimal("3.50")
