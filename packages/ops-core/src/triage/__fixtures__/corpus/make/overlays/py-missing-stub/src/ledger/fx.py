from decimal import Decimal

import requests
import yaml


def rate(base: str, quote: str) -> Decimal:
    data = requests.get(f"https://fx.example.com/{base}/{quote}", timeout=5).json()
    return Decimal(str(data["rate"]))


def load_overrides(path: str) -> dict[str, Decimal]:
    with open(path) as fh:
        return {k: Decimal(str(v)) for k, v in yaml.safe_load(fh).items()}
