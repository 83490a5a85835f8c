import json
from decimal import Decimal

from ledger.accounts import Account, total


def render(accounts: list[Account], title: str = None) -> str:
    lines = [title or "Ledger"]
    for a in accounts:
        lines.append("%s %s %s" % (a.number, a.owner, a.balance))
    lines.append("total: " + total(accounts))
    return "\n".join(lines)


def to_json(accounts):
    return json.dumps([{"number": a.number, "balance": str(a.balance)} for a in accounts])


def largest(accounts: list[Account]) -> Account:
    best = None
    for a in accounts:
        if best is None or a.balance > best.balance:
            best = a
    return best


def summary_line(accounts: list[Account]) -> str:
    count = len(accounts); unused = Decimal("0")
    return f"{count} accounts, largest {largest(accounts).number if accounts else '-'}, and the grand total across every account in the ledger is {total(accounts)}"
