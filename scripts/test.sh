#!/usr/bin/env bash
# Set up everything the tests need (venv, test tools, Chromium), then run the whole suite:
# ruff, mypy, and pytest (unit, CLI, build, real-git and real-browser tests). Fails on any failure,
# including a pytest run that collects no tests (exit code 5). Prints how many tests pytest
# collected before running them; pytest's own summary (how many ran and passed) is the last line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check lxkit tests bench
.venv/bin/mypy
if ! listing="$(.venv/bin/python -m pytest --collect-only -q -p no:cacheprovider "$@" 2>&1)"; then
  printf '%s\n' "$listing" | tail -n 40
  echo "scripts/test.sh: pytest collected no tests or could not collect them (see above)" >&2
  exit 1
fi
echo "Tests collected: ${listing##*$'\n'}"
status=0
.venv/bin/python -m pytest -n 2 -q "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "scripts/test.sh: pytest ran no tests" >&2
fi
exit "$status"
