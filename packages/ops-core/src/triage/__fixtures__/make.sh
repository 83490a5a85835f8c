#!/bin/sh
# Regenerates the wrapped fixtures from tool-output/ (see README.md for how each output was produced).
set -eu
cd "$(dirname "$0")"
w() { node wrap.mjs "$@"; }
w raw tool-output/mypy.out "mypy --strict src" "Type check" 1 > mypy.raw.log
w gh tool-output/mypy.out "mypy --strict src" "Type check" 1 > mypy.gh.log
w plain tool-output/mypy.out "mypy --strict src" "Type check" 1 > mypy.plain.log
w raw tool-output/ruff-concise.out "ruff check --output-format=concise ." "Lint" 1 > ruff-concise.raw.log
w raw tool-output/ruff-full.out "ruff check ." "Lint" 1 > ruff-full.raw.log
w gh tool-output/ruff-format.out "ruff format --check ." "Format" 1 > ruff-format.gh.log
w raw tool-output/pytest-fail.out "pytest tests" "Tests" 1 /tmp/ts/py > pytest-fail.raw.log
w gh tool-output/pytest-fail.out "pytest tests" "Tests" 1 /tmp/ts/py > pytest-fail.gh.log
w raw tool-output/pytest-import.out "pytest tests" "Tests" 2 /tmp/ts/py > pytest-import.raw.log
w raw tool-output/pytest-cov.out "pytest --cov=app --cov-fail-under=90" "Tests" 1 /tmp/ts/py > pytest-cov.raw.log
w raw tool-output/tsc.out "npx tsc --noEmit" "Typecheck" 2 > tsc.raw.log
w gh tool-output/tsc-pretty.out "npx tsc --noEmit --pretty" "Typecheck" 2 > tsc-pretty.gh.log
w raw tool-output/vitest.out "npx vitest run" "Unit tests" 1 /tmp/ts/js > vitest.raw.log
w gh tool-output/vitest.out "npx vitest run" "Unit tests" 1 /tmp/ts/js > vitest.gh.log
w raw tool-output/eslint.out "npx eslint ." "Lint" 1 /tmp/ts/es > eslint.raw.log
w raw tool-output/go-test.out "go test ./..." "Test" 1 > go-test.raw.log
w plain tool-output/jest.out "npx jest" "Test" 1 > jest.plain.log
w raw tool-output/oom-killed.out "python -m pytest -n 8 tests/" "Tests" 137 > oom-killed.raw.log
w raw tool-output/node-heap.out "npm run build" "Build" 134 > node-heap.raw.log
w gh tool-output/npm-ci.out "npm ci" "Install" 1 > npm-ci.gh.log
w raw tool-output/pip-resolve.out "pip install -r requirements.txt" "Install" 1 > pip-resolve.raw.log
