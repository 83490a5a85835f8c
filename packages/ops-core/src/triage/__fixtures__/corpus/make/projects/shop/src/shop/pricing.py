from decimal import Decimal


def apply_discount(price: Decimal, percent: int) -> Decimal:
    if percent < 0 or percent > 100:
        raise ValueError(f"discount out of range: {percent}")
    return (price * (100 - percent) / 100).quantize(Decimal("0.01"))


def vat(price: Decimal, country: str) -> Decimal:
    rates = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "NL": Decimal("0.21")}
    return (price * rates[country]).quantize(Decimal("0.01"))


def split_evenly(total: int, parts: int) -> list[int]:
    base = total // parts
    return [base] * parts
