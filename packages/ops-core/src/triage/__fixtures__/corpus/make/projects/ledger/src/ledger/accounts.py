from __future__ import annotations

import os, sys
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional


@dataclass
class Account:
    number: str
    owner: str
    balance: Decimal = Decimal("0")

    def deposit(self, amount: Decimal) -> Decimal:
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


def find(accounts: list[Account], number: str) -> Optional[Account]:
    for acc in accounts:
        if acc.number == number:
            return acc
    return None


def owner_of(accounts: list[Account], number: str) -> str:
    return find(accounts, number).owner


def total(accounts: list[Account]) -> int:
    return sum(a.balance for a in accounts)


def parse_amount(text: str) -> Decimal:
    try:
        return Decimal(text)
    except Exception as e:
        raise ValueError(f"bad amount {text!r}")
