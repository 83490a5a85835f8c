from shop.cart import Cart


def test_summary_of_three_items():
    cart = Cart(discount=0)
    for sku, price in [("tea", "4.00"), ("cup", "6.00"), ("pot", "12.50")]:
        cart.add(sku, price)
    assert cart.summary() == {
        "items": 3,
        "skus": ["cup", "pot", "tea"],
        "total": "22.50",
        "currency": "EUR",
    }


def test_skus_are_listed_in_order():
    cart = Cart()
    for sku in ["b", "a", "c", "a"]:
        cart.add(sku, "1.00")
    assert cart.summary()["skus"] == ["a", "b", "c"]
