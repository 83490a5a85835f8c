#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian/Ubuntu machine (run as root or with sudo
# available): the real parts (a Docker engine, compose v1, busybox, Redis with Sentinel, an sshd, a registry, PostgreSQL 15 with psycopg2, Alembic, pytest) and the npm
# packages, which bring their own Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

need=(docker.io docker-compose busybox-static redis-server redis-sentinel openssh-server docker-registry iproute2 util-linux python3-paramiko alembic python3-pytest git postgresql python3-psycopg2)
missing=()
for p in "${need[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
