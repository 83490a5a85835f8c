"""Monthly sales report: not yet covered by tests."""
from collections import defaultdict
from decimal import Decimal


def by_month(rows):
    months = defaultdict(Decimal)
    for row in rows:
        months[row["date"][:7]] += Decimal(row["amount"])
    return dict(months)


def best_month(rows):
    months = by_month(rows)
    if not months:
        return None
    return max(months, key=months.get)


def render(rows):
    lines = []
    for month, amount in sorted(by_month(rows).items()):
        lines.append(f"{month}  {amount:>10}")
    best = best_month(rows)
    if best:
        lines.append(f"best: {best}")
    return "\n".join(lines)


def export_csv(rows, path):
    with open(path, "w") as fh:
        fh.write("month,amount\n")
        for month, amount in sorted(by_month(rows).items()):
            fh.write(f"{month},{amount}\n")
    return path
