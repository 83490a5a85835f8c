#!/usr/bin/env bash
# Runs the real tools on the broken sample projects in projects/ (+ overlays/) and captures what they
# print (stdout and stderr interleaved, as a CI step shows them) into out/<tool>/<case>.out, with the
# command, its step environment and the exit status in out/<tool>/<case>.json. Then `node render.mjs`
# wraps every output into the GitHub log renderings under ../logs and writes ../expected.json.
#
# The committed outputs were produced on Debian 12 (bookworm), 2026-12-03, by:
#   Debian apt: python3 3.11.2, python3-pytest 7.2.1, pytest-xdist 3.1.0, pytest-rerunfailures 10.2,
#     pytest-timeout 2.1.0, pytest-cov 4.0.0, mypy 1.0.1, flake8 5.0.4, pylint 2.16.2, black 23.1.0,
#     isort 5.6.4, golang-go 1.19.8, python3-poetry 1.3.2, python3-alembic 1.8.1, docker.io client 28.2.2
#   a venv (/opt/triage-venv, Python 3.11.7) from the local PyPI mirror: pytest 9.1.1, pytest-xdist 3.8.0,
#     pytest-timeout 2.4.0, pytest-cov 7.1.0, mypy 2.4.0, ruff 0.16.9, alembic 1.20.0, SQLAlchemy 2.1.1
#   node 24.9.0 (/opt/triage-node/bin/node, a copy of the repository's node package; vitest 5 needs Node >= 22),
#   npm 11.19.1; in /opt/triage-tools: pyright 1.1.414, eslint 10.16.0, prettier 3.10.1,
#     jest 30.5.2, vitest 5.1.2, mocha 12.0.3, typescript 7.0.2, @biomejs/biome 2.6.9; /opt/triage-ts5:
#     typescript 5.9.3; /opt/triage-pm: yarn 1.22.22, pnpm 12.23.0
#   rustup: cargo 1.95.0, clippy 0.1.95
# A full run takes about 13 minutes here (pip cases make a venv each; the unreachable-index cases wait for
# their retries). Re-running changes only durations, temp names, ids and timestamps in out/.
# Install them (outside the repository) with:
#   apt-get update && apt-get install -y python3-pytest python3-pytest-xdist python3-pytest-rerunfailures \
#     python3-pytest-timeout python3-pytest-cov flake8 pylint black isort mypy golang-go python3-poetry \
#     python3-alembic docker.io busybox-static
#   python3 -m venv /opt/triage-venv && /opt/triage-venv/bin/pip install ruff alembic sqlalchemy pytest \
#     pytest-xdist pytest-timeout pytest-cov mypy wheel
#   mkdir -p /opt/triage-node/bin && cp <repo>/node_modules/node/bin/node /opt/triage-node/bin/
#   npm install --prefix /opt/triage-tools pyright@1.1.414 eslint@10.16.0 @eslint/js eslint-formatter-unix \
#     eslint-formatter-compact prettier@3.10.1 jest@30.5.2 vitest@5.1.2 mocha@12.0.3 typescript@7.0.2 @biomejs/biome@2.6.9
#   npm install --prefix /opt/triage-ts5 typescript@5.9.3; npm install --prefix /opt/triage-pm yarn@1.22.22 pnpm@12.23.0
#   (pip resolves against wheels the cases write themselves: make/helpers/mkwheel.py; pip's own venvs take
#   setuptools/wheel from the machine's local mirror /opt/pypi/files)
# Usage: ./make.sh [TOOL|TOOL/CASE ...]   (no argument: every case). Re-runnable: each case starts from a
# fresh copy of its project under /home/runner/work/<repo>/<repo>, the path GitHub's runner uses, so the
# tools print the runner's own absolute paths.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/out
ONLY=("$@")
BASE_PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
declare -A STACK_PATH=(
  [py-deb]=$BASE_PATH
  [py-venv]=/opt/triage-venv/bin:$BASE_PATH
  [py-clean]=$BASE_PATH
  [node]=/opt/triage-node/bin:/opt/triage-tools/node_modules/.bin:$BASE_PATH
  [node-ts5]=/opt/triage-node/bin:/opt/triage-ts5/node_modules/.bin:$BASE_PATH
  [node-pm]=/opt/triage-node/bin:/opt/triage-pm/node_modules/.bin:$BASE_PATH
  [go]=$BASE_PATH
  [rust]=/root/.cargo/bin:$BASE_PATH
  [docker]=$BASE_PATH
)

wanted() {
  [ ${#ONLY[@]} -eq 0 ] && return 0
  local o
  for o in "${ONLY[@]}"; do [ "$o" = "$1" ] || [ "$o" = "$1/$2" ] && return 0; done
  return 1
}

# cap TOOL CASE PROJECT[+OVERLAY...] STACK "STEP_ENV" 'COMMAND'
# STEP_ENV: space-separated NAME=value pairs the workflow step sets (shown in the log's env: block).
cap() {
  local tool=$1 case=$2 spec=$3 stack=$4 stepenv=$5 cmd=$6
  wanted "$tool" "$case" || return 0
  local project=${spec%%+*} repo ws
  repo=$project
  ws=/home/runner/work/$repo/$repo
  rm -rf "$ws" && mkdir -p "$ws"
  cp -a "$HERE/projects/$project/." "$ws/"
  local o rest=${spec#"$project"}
  IFS=+ read -ra overlays <<<"${rest#+}"
  for o in "${overlays[@]}"; do [ -n "$o" ] && cp -r "$HERE/overlays/$o/." "$ws/"; done
  # sample TypeScript is stored as NAME.ts.sample so the repository's own tsc and vitest never pick it up
  local f
  while IFS= read -r f; do mv "$f" "${f%.sample}"; done < <(find "$ws" -name '*.sample')
  mkdir -p "$OUT/$tool"
  local envs=(CI=true GITHUB_ACTIONS=true PYTHONUNBUFFERED=1 HOME=/root "PATH=${STACK_PATH[$stack]}" "MAKE_HELPERS=$HERE/helpers"
    PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1)
  # this machine's TLS-intercepting proxy CA (not shown in the step env; npm/cargo need it to reach the registry)
  [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ "${NO_EXTRA_CA:-}" != 1 ] && envs+=("NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS")
  local e
  for e in $stepenv; do envs+=("$e"); done
  # py-clean: a fresh virtualenv per case in the workspace (.prepare makes it), so installs never touch the tools
  [ "$stack" = py-clean ] && envs+=("PATH=$ws/.venv/bin:$BASE_PATH")
  [ "$stack" = node-ts5 ] && envs+=(NODE_TOOLS=/opt/triage-ts5/node_modules)
  [ "$stack" = rust ] && envs+=(CARGO_TARGET_DIR=/tmp/triage-cargo-target/$repo-$case RUSTUP_HOME=/root/.rustup CARGO_HOME=/root/.cargo)
  [ "$stack" = go ] && envs+=(GOFLAGS=-mod=mod GOPROXY=off GOCACHE=/tmp/triage-gocache GOPATH=/tmp/triage-gopath GOTOOLCHAIN=local)
  ( cd "$ws" && [ -x ./.prepare ] && env -i "${envs[@]}" ./.prepare >/dev/null 2>&1; true )
  # as the runner does: the run script in a file under _temp, run by `bash -e FILE`, so bash's own messages
  # ("…/_temp/….sh: line 1: 123 Killed …") read as they do on GitHub
  mkdir -p /home/runner/work/_temp
  local script
  script=/home/runner/work/_temp/$(python3 -c 'import uuid; print(uuid.uuid4())').sh
  printf '%s\n' "$cmd" >"$script"
  (cd "$ws" && env -i "${envs[@]}" timeout 600 bash -e "$script" >"$OUT/$tool/$case.out" 2>&1)
  local code=$?
  rm -f "$script"
  ( cd "$ws" && [ -x ./.cleanup ] && ./.cleanup >/dev/null 2>&1; true )
  CMD="$cmd" STEPENV="$stepenv" STACK="$stack" REPO="$repo" CODE="$code" python3 -c '
import json, os
print(json.dumps({"command": os.environ["CMD"], "env": os.environ["STEPENV"].split(), "stack": os.environ["STACK"],
                  "repo": os.environ["REPO"], "exit": int(os.environ["CODE"])}, indent=2))' >"$OUT/$tool/$case.json"
  echo "$tool/$case: exit $code ($(wc -l <"$OUT/$tool/$case.out") lines)"
}

# ---------------------------------------------------------------- pytest
cap pytest plain-fail shop py-venv "" 'pytest'
cap pytest plain-fail-color shop py-venv "PY_COLORS=1" 'pytest tests/test_pricing.py'
cap pytest verbose-deb shop py-deb "" 'python3 -m pytest -v'
cap pytest assert-diff shop+fixed+diff py-venv "" 'pytest -vv tests/test_summary.py'
cap pytest param-ids shop+fixed+params py-venv "" 'pytest -q'
cap pytest class-method shop py-deb "" 'pytest -q tests/test_cart.py'
cap pytest xdist shop+crash py-deb "" 'python3 -m pytest -n 2 -v'
cap pytest xdist-venv shop+params py-venv "PY_COLORS=1" 'pytest -n 2'
cap pytest report-all shop+fixed+params py-deb "" 'pytest -rA tests/test_labels.py'
cap pytest no-summary shop py-venv "" 'pytest -rN'
cap pytest setup-error shop+fixed+fixture py-venv "" 'pytest'
cap pytest setup-error-deb shop+fixed+fixture py-deb "" 'pytest -v tests/test_db.py'
cap pytest collect-module-not-found shop+fixed+import py-venv "" 'pytest'
cap pytest collect-import-name shop+fixed+importname py-deb "" 'python3 -m pytest -q'
cap pytest rerun-flaky shop+fixed+flaky py-deb "FLAKY_RUN=$RANDOM$RANDOM" 'pytest --reruns 2 -v tests/test_clock.py'
cap pytest rerun-fail shop+fixed+flaky py-deb "FLAKY_RUN=$RANDOM$RANDOM" 'pytest --reruns 2 -rA'
cap pytest timeout shop+fixed+timeout py-venv "" 'pytest --timeout=5 -v'
cap pytest timeout-deb shop+fixed+timeout py-deb "" 'pytest --timeout=5 tests/test_sync.py'
cap pytest cov-fail-under shop+fixed+cov py-venv "" 'pytest --cov=shop --cov-report=term-missing --cov-fail-under=90'
cap pytest cov-fail-under-deb shop+fixed+cov py-deb "" 'python3 -m pytest --cov=src/shop --cov-fail-under=90'
cap pytest app-traceback shop+fixed+crash py-venv "" 'pytest --tb=long tests/test_checkout.py'
cap pytest tb-short shop+crash py-deb "" 'pytest --tb=short'
cap pytest tb-line shop py-venv "" 'pytest --tb=line'
cap pytest timeout-thread shop+fixed+timeout py-deb "" 'pytest --timeout=5 --timeout-method=thread -v tests/test_sync.py'

# ---------------------------------------------------------------- python: unittest, type checkers, linters
cap unittest discover ledger py-venv "PYTHONPATH=src" 'python -m unittest discover -s tests -t . -v'
cap unittest discover-quiet ledger py-deb "PYTHONPATH=src" 'python3 -m unittest'
cap unittest import-error ledger+ut-import py-venv "PYTHONPATH=src" 'python -m unittest discover -s tests -t .'
cap mypy default ledger py-venv "" 'mypy src'
cap mypy strict ledger py-deb "" 'mypy --strict src/ledger'
cap mypy pretty ledger py-venv "MYPY_FORCE_COLOR=1 TERM=xterm-256color" 'mypy --pretty --show-error-codes src'
cap mypy error-context ledger py-deb "" 'mypy --show-error-context --show-column-numbers src'
cap pyright text ledger node "" 'pyright src'
cap pyright level-error ledger node "" 'pyright --level error src/ledger/report.py'
cap ruff full ledger py-venv "" 'ruff check'
cap ruff concise ledger py-venv "" 'ruff check --output-format=concise src'
cap ruff github ledger py-venv "" 'ruff check --output-format=github .'
cap ruff format-check ledger py-venv "" 'ruff format --check'
cap ruff format-diff ledger py-venv "" 'ruff format --diff src'
cap flake8 bare ledger py-deb "" 'flake8 src tests'
cap flake8 count ledger py-deb "" 'flake8 --count --statistics --show-source src'
cap pylint score ledger py-deb "PYTHONPATH=src" 'pylint src/ledger'
cap pylint parseable ledger py-deb "PYTHONPATH=src" 'pylint --output-format=parseable --disable=C src/ledger'
cap black check ledger py-deb "" 'black --check src tests'
cap black check-diff ledger py-deb "" 'black --check --diff src/ledger/report.py'
cap isort check-diff ledger py-deb "" 'isort --check-only --diff src'
cap isort check ledger py-deb "" 'isort --check-only .'

# ---------------------------------------------------------------- TypeScript / JavaScript
cap tsc plain web node "" 'npx tsc --noEmit'
cap tsc pretty web node-ts5 "" 'npx tsc --noEmit --pretty'
cap tsc build-script web node-ts5 "" 'npm run build'
cap tsc ts5-plain web node-ts5 "" 'npx tsc -p tsconfig.json'
cap eslint stylish web node "FORCE_COLOR=1" 'npx eslint .'
cap eslint unix web node "" 'npx eslint -f unix lib scripts'
cap eslint compact web node "" 'npx eslint --format compact .'
cap eslint formatter-missing web node "" 'npx eslint -f checkstyle lib'
cap eslint max-warnings web node "" 'npx eslint --max-warnings 0 --rule "no-console: warn" scripts'
cap prettier check web node "" 'npx prettier --check .'
cap prettier check-list web node "" 'npx prettier --list-different "lib/**/*.js" "scripts/**/*.js"'
cap biome check web node "" 'npx biome check'
cap biome ci web node "" 'npx biome ci'
cap biome lint web node "" 'npx biome lint lib'
cap vitest fail web node "" 'npx vitest run test/'
cap vitest fail-color web node "FORCE_COLOR=1" 'npx vitest run test/money.test.ts'
cap vitest verbose web node "" 'npx vitest run --reporter=verbose test/'
cap vitest retry-flaky web node "FLAKY_RUN=$RANDOM$RANDOM" 'npx vitest run --retry=2 --reporter=verbose test-flaky'
cap vitest retry-fail web node "" 'npx vitest run --retry=2 test/cart.test.ts'
cap mocha spec web node "" 'npx mocha "test-mocha/**/*.spec.js"'
cap mocha spec-color web node "FORCE_COLOR=1" 'npx mocha --color test-mocha/orders.spec.js'
cap jest fail checkout node "" 'npx jest'
cap jest fail-ci-color checkout node "FORCE_COLOR=1" 'npx jest --ci'
cap jest snapshot checkout+jest-fixed+jest-snapshot node "" 'npx jest --ci __tests__/receipt.test.js'
cap jest new-snapshot-ci checkout+jest-fixed+jest-ci node "" 'npx jest --ci'
cap jest coverage-threshold checkout+jest-fixed node "" 'npx jest --coverage'
cap jest verbose checkout node "" 'npx jest --verbose __tests__/price.test.js'
cap node heap-jest checkout+jest-fixed+jest-heap node "NODE_OPTIONS=--max-old-space-size=64" 'npx jest --runInBand __tests__/import.test.js'
cap node heap-build web node "NODE_OPTIONS=--max-old-space-size=48" 'node --stack-size=4000 -e "const a = []; for (;;) a.push(new Array(1e5).fill(Math.random()));"'

# ---------------------------------------------------------------- go (Debian golang-go 1.19.8, offline)
cap go test-fail inventory go "" 'go test ./...'
cap go test-verbose inventory go "" 'go test -v ./...'
cap go test-run inventory go "" 'go test -count=1 -run "TestShip" ./stock'
cap go panic inventory+go-panic go "" 'go test ./...'
cap go build-fail inventory+go-build go "" 'go test ./...'
cap go build-only inventory+go-build go "" 'go build ./...'
cap go timeout inventory+go-timeout go "" 'go test -v -timeout 3s -run "TestReceive|TestWarehouseSync" ./stock'
cap go timeout-all inventory+go-timeout go "" 'go test -timeout 3s ./...'
cap go vet inventory+go-vet go "" 'go vet ./...'
cap go json inventory go "" 'go test -json ./stock'

# ---------------------------------------------------------------- rust (rustup cargo 1.95.0, no dependencies: offline)
cap cargo test-fail tally rust "CARGO_TERM_COLOR=always" 'cargo test'
cap cargo test-plain tally rust "" 'cargo test --color never'
cap cargo test-panic tally+rs-panic rust "" 'cargo test --test cli'
cap cargo compile-error tally+rs-compile rust "" 'cargo build'
cap cargo mismatched-types tally+rs-mismatch rust "" 'cargo build'
cap cargo locked-no-lockfile tally rust "" 'cargo build --locked'
cap cargo compile-error-test tally+rs-compile rust "CARGO_TERM_COLOR=always" 'cargo test'
cap cargo clippy tally+rs-clippy rust "" 'cargo clippy --all-targets -- -D warnings'
cap cargo fmt-check tally+rs-clippy rust "" 'cargo fmt --check'

# ---------------------------------------------------------------- killed processes (exit 137) and the disk filling up
cap pytest killed-137 shop+fixed+killed py-venv "" 'pytest -v'

# ---------------------------------------------------------------- installers: pip (local wheel index), bad registry
BAD_PORT=18502  # also in overlays/npm-502/.npmrc
python3 "$HERE/helpers/bad-registry.py" $BAD_PORT & BAD_PID=$!
trap 'kill $BAD_PID 2>/dev/null' EXIT
sleep 0.5
cap pip resolution-impossible api py-clean "" 'pip install --no-index --find-links wheels -r requirements.txt'
cap pip no-matching-distribution api py-clean "" 'pip install --no-index --find-links wheels -r requirements-missing.txt'
cap pip build-wheel-failed api py-clean "" 'pip install --no-index --find-links wheels --no-build-isolation -r requirements-build.txt'
cap pip bad-gateway api py-clean "" "pip install --retries 1 --timeout 5 --index-url http://127.0.0.1:$BAD_PORT/simple -r requirements.txt"
cap pip debian-resolution api py-deb "" 'python3 -m pip install --break-system-packages --user --no-index --find-links wheels -r requirements.txt'
cap pip metadata-generation-failed api py-clean "PIP_INDEX_URL=https://pypi.internal.invalid/simple" 'pip install --no-index --find-links wheels --no-build-isolation ./vendor/pdfgen-nowheel'
cap pip network-unreachable api py-clean "" 'pip install --retries 2 --timeout 5 --index-url https://pypi.internal.invalid/simple -r requirements.txt'

# ---------------------------------------------------------------- npm (real registry for metadata; 502 from the local bad registry)
# as printed when the proxy's CA is not trusted (the step runs without NODE_EXTRA_CA_CERTS)
NO_EXTRA_CA=1 cap npm self-signed-cert storefront+npm-e404 node "" 'npm install --no-audit --no-fund'
cap npm ci-out-of-sync storefront+npm-out-of-sync node "" 'npm ci'
cap npm eresolve storefront+npm-eresolve node "" 'npm install --no-audit --no-fund'
cap npm e404 storefront+npm-e404 node "" 'npm install --no-audit --no-fund'
cap npm postinstall-failed storefront+npm-postinstall node "" 'npm ci'
cap npm bad-gateway storefront+npm-502 node "" 'npm ci'
cap npm integrity storefront+npm-integrity node "" 'npm ci --no-audit'
cap npm ci-no-lockfile storefront+npm-eresolve node "" 'rm package-lock.json && npm ci'

# ---------------------------------------------------------------- yarn 1 and pnpm (npm registry)
cap yarn frozen-lockfile shopfront-yarn+yarn-outdated node-pm "" 'yarn install --frozen-lockfile'
cap yarn not-found shopfront-yarn node-pm "" 'yarn add @acme-internal/ui-kit@^1.0.0'
cap yarn no-matching-version shopfront-yarn node-pm "" 'yarn add ms@99.0.0'
cap pnpm outdated-lockfile shopfront-pnpm+pnpm-outdated node-pm "" 'pnpm install --frozen-lockfile'
cap pnpm no-matching-version shopfront-pnpm node-pm "" 'pnpm add ms@99.0.0'
cap pnpm not-found shopfront-pnpm node-pm "" 'pnpm install @acme-internal/ui-kit@^1.0.0'

# ---------------------------------------------------------------- poetry 1.3.2 (Debian), path dependencies only: offline
cap poetry lock-check billing+poetry-changed py-deb "" 'poetry lock --check'

# ---------------------------------------------------------------- alembic (venv 1.20.0 + SQLAlchemy 2.1.1; Debian 1.8.1), SQLite
cap alembic migration-error orders-db py-venv "" 'alembic upgrade head'
cap alembic migration-error-deb orders-db py-deb "" 'python3 -m alembic upgrade head'
cap alembic multiple-heads orders-db+alembic-fixed+alembic-heads py-venv "" 'alembic upgrade head'
cap alembic multiple-heads-check orders-db+alembic-fixed+alembic-heads py-venv "" 'alembic heads && alembic check'
cap alembic bad-revision orders-db+alembic-fixed py-venv "" 'alembic upgrade head && alembic downgrade 3c2b1a0f9e8d'

# ---------------------------------------------------------------- docker (client 28.2.2, Debian docker.io daemon 20.10.24, vfs)
# a private daemon with a busybox base image (no image registry is reachable here)
DOCKERD=/tmp/triage-dockerd
if wanted docker x; then
  mkdir -p $DOCKERD
  dockerd --data-root $DOCKERD/root --exec-root $DOCKERD/exec --pidfile $DOCKERD/pid -H unix://$DOCKERD/docker.sock \
    --storage-driver=vfs --iptables=false --ip-masq=false --bridge=none >$DOCKERD/log 2>&1 &
  sleep 3
  rm -rf /tmp/triage-bb && mkdir -p /tmp/triage-bb/bin && cp /usr/bin/busybox /tmp/triage-bb/bin/
  (cd /tmp/triage-bb/bin && for a in sh ls cat echo test mkdir cp false true; do ln -s busybox $a; done)
  tar -C /tmp/triage-bb -c . | DOCKER_HOST=unix://$DOCKERD/docker.sock docker import - triage/busybox:1 >/dev/null
fi
cap docker daemon-unreachable webapp-image docker "DOCKER_BUILDKIT=0" 'docker build -t acme/webapp:ci .'
cap docker copy-failed-no-buildx webapp-image docker "DOCKER_HOST=unix://$DOCKERD/docker.sock" 'docker build -t acme/webapp:ci .'
cap docker copy-failed webapp-image docker "DOCKER_BUILDKIT=0 DOCKER_HOST=unix://$DOCKERD/docker.sock" 'docker build -t acme/webapp:ci .'
cap docker run-failed webapp-image+docker-run docker "DOCKER_BUILDKIT=0 DOCKER_HOST=unix://$DOCKERD/docker.sock" 'docker build --no-cache -t acme/webapp:ci .'
if wanted docker x; then kill "$(cat $DOCKERD/pid)"; fi

# ---------------------------------------------------------------- more shapes: import-time failures, strict xfail, stubs
cap pytest collect-syntax-error shop+fixed+py-syntax py-venv "" 'pytest'
cap pytest exitfirst shop py-venv "" 'pytest -x --tb=native'
cap pytest xpass-strict shop+fixed+py-xpass py-deb "" 'pytest -rxX tests/test_known_bugs.py tests/test_pricing.py'
cap pytest no-tests-ran shop py-venv "" 'pytest -m integration'
cap mypy missing-stubs ledger+py-missing-stub py-venv "" 'mypy src'
cap tsc missing-module web+ts-missing-module node-ts5 "" 'npx tsc --noEmit'
cap jest cannot-find-module checkout+jest-fixed+jest-missing node "" 'npx jest --ci'
cap vitest failed-to-load web+vitest-missing node "" 'npx vitest run test/rates.test.ts test/money.test.ts'
cap go build-fail-dot inventory+go-build go "" 'cd stock && go test .'
cap go missing-module inventory+go-missing go "" 'go build ./...'
cap cargo offline-no-matching-package tally+rs-dep rust "" 'cargo build --offline'

# ---------------------------------------------------------------- flaky, from evidence: retries, reruns, repeated runs
cap jest retry-flaky checkout+jest-fixed+jest-retry node "" 'npx jest --ci __tests__/stock.test.js'
cap jest retry-fail checkout+jest-fixed+jest-retry node "" 'npx jest --ci'
cap go count-flaky inventory+go-flaky go "" 'go test -count=3 -v -run TestReserve ./stock'
cap go count-flaky-json inventory+go-flaky go "" 'go test -count=3 -json -run TestReserve ./stock'
cap go count-quiet inventory+go-flaky go "" 'go test -count=3 -run TestReserve ./stock'
cap pytest xdist-rerun shop+fixed+flaky py-deb "FLAKY_RUN=$RANDOM$RANDOM" 'python3 -m pytest -n 2 --reruns 2 -v tests/test_clock.py'

# ---------------------------------------------------------------- passing steps shown before a failing one in raw logs
cap ok ruff-shop shop py-venv "" 'ruff check --select F,I src tests'
cap ok mypy-shop shop py-venv "" 'mypy src'
cap ok go-vet-inventory inventory go "" 'go vet ./... && echo vet ok'
cap ok tsc-version web node "" 'npx tsc --version && npx eslint --version'
cap ruff grouped ledger py-venv "" 'ruff check --output-format=grouped src'
cap ruff statistics ledger py-venv "" 'ruff check --statistics'
