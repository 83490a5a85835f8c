from decimal import Decimal

from shop.cart import Cart


class TestCart:
    def test_empty_total(self):
        assert Cart().total() == Decimal("0")

    def test_total_counts_quantity(self):
        cart = Cart()
        cart.add("apple", "0.50", qty=4)
        cart.add("pear", "0.75")
        assert cart.total() == Decimal("2.75")

    def test_summary(self):
        cart = Cart(discount=10)
        cart.add("tea", "4.00")
        cart.add("cup", "6.00")
        assert cart.summary() == {"items": 2, "skus": ["cup", "tea"], "total": "9.00"}


def test_discounted_total():
    cart = Cart(discount=25)
    cart.add("lamp", "40.00")
    assert cart.total() == Decimal("30.00")
