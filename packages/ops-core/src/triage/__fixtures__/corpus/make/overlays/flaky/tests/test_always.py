def test_stock_level_after_refund():
    stock = {"tea": 4}
    stock["tea"] -= 1  # refund should add, not subtract
    assert stock["tea"] == 5
