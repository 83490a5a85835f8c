import sys

from setuptools import setup
from setuptools.command.build import build


class BuildNative(build):
    def run(self):
        print("running build_ext")
        print("building 'pdfgen._render' extension")
        print("gcc -pthread -fPIC -I/usr/include/python3.11 -c pdfgen/_render.c -o build/temp.linux-x86_64-cpython-311/pdfgen/_render.o")
        sys.stdout.flush()
        sys.stderr.write("pdfgen/_render.c:12:10: fatal error: cairo.h: No such file or directory\n")
        sys.stderr.write("   12 | #include <cairo.h>\n      |          ^~~~~~~~~\ncompilation terminated.\n")
        raise SystemExit("error: command '/usr/bin/gcc' failed with exit code 1")


setup(name="pdfgen", version="0.8.2", packages=[], cmdclass={"build": BuildNative})
