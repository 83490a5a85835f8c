import os
import tempfile

MARK = os.path.join(tempfile.gettempdir(), "shop-flaky-" + os.environ.get("FLAKY_RUN", "0"))


def test_receipt_number_is_monotonic():
    # fails on the first attempt only: a race with the receipt sequence in the real code
    if not os.path.exists(MARK):
        open(MARK, "w").close()
        assert 1041 < 1040, "receipt numbers went backwards"
    assert True


def test_stable():
    assert sorted([3, 1, 2]) == [1, 2, 3]
