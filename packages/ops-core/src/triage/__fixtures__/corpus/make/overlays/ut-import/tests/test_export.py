import unittest

from ledger.export import to_csv


class ExportTest(unittest.TestCase):
    def test_csv_header(self):
        self.assertTrue(to_csv([]).startswith("number,owner"))
