import unittest
from decimal import Decimal

from ledger.accounts import Account, find, parse_amount


class AccountTest(unittest.TestCase):
    def test_deposit(self):
        acc = Account("DE01", "Ada")
        self.assertEqual(acc.deposit(Decimal("5")), Decimal("5"))

    def test_withdraw_too_much(self):
        acc = Account("DE01", "Ada", Decimal("3"))
        with self.assertRaises(ValueError):
            acc.withdraw(Decimal("5"))

    def test_withdraw_returns_balance(self):
        acc = Account("DE02", "Bob", Decimal("10"))
        self.assertEqual(acc.withdraw(Decimal("4")), Decimal("5"))

    def test_find_missing(self):
        self.assertIsNone(find([], "X"))


class ParseTest(unittest.TestCase):
    def test_parse_amount(self):
        self.assertEqual(parse_amount("1.50"), Decimal("1.5"))

    def test_parse_amount_rejects_text(self):
        with self.assertRaises(ValueError):
            parse_amount("abc")

    def test_parse_amount_comma(self):
        self.assertEqual(parse_amount("1,50"), Decimal("1.5"))
