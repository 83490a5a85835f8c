import pytest


def label(name: str, count: int) -> str:
    return f"{name.strip()} ({count})" if count != 1 else name.strip()


@pytest.mark.parametrize(
    "name,count,expected",
    [
        ("tea", 1, "tea"),
        ("green tea", 2, "green tea (2)"),
        (" mug ", 3, "mug (3)"),
        ("a b", 1, "a b (1)"),
    ],
    ids=["single", "two words", "padded [x]", "a b-1"],
)
def test_label(name, count, expected):
    assert label(name, count) == expected


@pytest.mark.parametrize("sku", ["A-1", "B 2", "C[3]"])
def test_sku_is_upper(sku):
    assert sku == sku.upper() and " " not in sku
