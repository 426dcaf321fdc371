#!/usr/bin/env bash
# Set up everything the tests need (venv, test tools, Chromium), then run the whole suite:
# ruff, mypy, and pytest (unit, CLI, build, real-git and real-browser tests). Fails on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check lxkit tests bench
.venv/bin/mypy
.venv/bin/python -m pytest -n 2 -q "$@"
