#!/bin/sh
# Regenerates the real JUnit XML fixtures by running the real tools on the small failing samples in
# samples/ (pytest 9 from pip; vitest from this repository; jest 30.5.2 + jest-junit 17.0.0 and
# mocha 11.7.5 + mocha-junit-reporter 2.2.1 installed into a scratch directory). The samples are copied
# into /home/runner/work/demo/demo first, so paths in the reports are the ones a GitHub-hosted runner
# writes. Run from the repository root: sh packages/ops-core/src/triage/__fixtures__/junit/make-junit.sh
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../../../../../.." && pwd)"
WS=/home/runner/work/demo/demo
TOOLS="$(mktemp -d)"
trap 'rm -rf "$TOOLS" /home/runner/work/demo' EXIT
rm -rf "$WS" && mkdir -p "$WS"
# the JS samples are stored as *.sample so this repository's own test runner and linters leave them alone
unsample() { find "$WS" -name '*.sample' | while read -r f; do mv "$f" "${f%.sample}"; done; }

(cd "$TOOLS" && echo '{"name":"t","private":true}' > package.json &&
  npm install --no-audit --no-fund --silent jest@30.5.2 jest-junit@17.0.0 mocha@11.7.5 mocha-junit-reporter@2.2.1)
T="$TOOLS/node_modules"

# pytest: the default family (xunit2: no file/line attributes) and xunit1 (file and 0-based line)
cp -r "$HERE/samples/py/." "$WS/"
(cd "$WS" && pytest -p no:cacheprovider -q --junitxml="$HERE/pytest-xunit2.xml" tests >/dev/null || true)
(cd "$WS" && pytest -p no:cacheprovider -q -o junit_family=xunit1 --junitxml="$HERE/pytest-xunit1.xml" tests >/dev/null || true)
rm -rf "$WS" && mkdir -p "$WS"

# vitest's built-in junit reporter
cp -r "$HERE/samples/js/." "$WS/" && unsample
(cd "$WS" && "$REPO/node_modules/.bin/vitest" run --root . --reporter=junit --outputFile="$HERE/vitest.xml" >/dev/null 2>&1 || true)
rm -rf "$WS" && mkdir -p "$WS"

# jest-junit: defaults, and with the file attribute
cp -r "$HERE/samples/jest/." "$WS/" && unsample
(cd "$WS" && JEST_JUNIT_OUTPUT_DIR="$HERE" JEST_JUNIT_OUTPUT_NAME=jest-junit.xml \
  node "$T/jest/bin/jest.js" --ci --rootDir . --reporters="$T/jest-junit" >/dev/null 2>&1 || true)
(cd "$WS" && JEST_JUNIT_OUTPUT_DIR="$HERE" JEST_JUNIT_OUTPUT_NAME=jest-junit-file.xml JEST_JUNIT_ADD_FILE_ATTRIBUTE=true \
  node "$T/jest/bin/jest.js" --ci --rootDir . --reporters="$T/jest-junit" >/dev/null 2>&1 || true)
rm -rf "$WS" && mkdir -p "$WS"

# mocha-junit-reporter
cp -r "$HERE/samples/mocha/." "$WS/" && unsample
(cd "$WS" && MOCHA_FILE="$HERE/mocha.xml" node "$T/mocha/bin/mocha.js" --reporter "$T/mocha-junit-reporter" >/dev/null 2>&1 || true)
# the tools sit in the project's node_modules on a runner: their frames read so
sed -i "s#$TOOLS#$WS#g" "$HERE"/*.xml
