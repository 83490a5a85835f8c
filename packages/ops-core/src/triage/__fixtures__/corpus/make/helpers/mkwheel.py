"""Writes a minimal, byte-for-byte reproducible pure-Python wheel (NAME VERSION [REQUIRES...]) into DIR: enough for pip's resolver."""
import base64
import hashlib
import sys
import zipfile

out, name, version, *requires = sys.argv[1:]
mod = name.replace("-", "_")
dist = f"{mod}-{version}.dist-info"
files = {
    f"{mod}/__init__.py": f'__version__ = "{version}"\n',
    f"{dist}/METADATA": "Metadata-Version: 2.1\n"
    + f"Name: {name}\nVersion: {version}\n"
    + "".join(f"Requires-Dist: {r}\n" for r in requires),
    f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: mkwheel\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = []
with zipfile.ZipFile(f"{out}/{mod}-{version}-py3-none-any.whl", "w") as z:
    for path, text in files.items():
        data = text.encode()
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(data)}")
        z.writestr(zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0)), data)
    record.append(f"{dist}/RECORD,,")
    z.writestr(zipfile.ZipInfo(f"{dist}/RECORD", date_time=(2026, 1, 1, 0, 0, 0)), "\n".join(record) + "\n")
