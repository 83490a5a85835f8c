from dataclasses import dataclass, field
from decimal import Decimal

from shop.pricing import apply_discount


@dataclass
class Line:
    sku: str
    price: Decimal
    qty: int = 1


@dataclass
class Cart:
    lines: list[Line] = field(default_factory=list)
    discount: int = 0

    def add(self, sku: str, price: str, qty: int = 1) -> None:
        self.lines.append(Line(sku, Decimal(price), qty))

    def total(self) -> Decimal:
        gross = sum((line.price for line in self.lines), Decimal("0"))
        return apply_discount(gross, self.discount)

    def summary(self) -> dict[str, object]:
        return {"items": len(self.lines), "skus": sorted(l.sku for l in self.lines), "total": str(self.total())}
