from setuptools import setup

setup(name="pdfgen", version="0.8.2", packages=[], setup_requires=["cffi>=1.15"])
