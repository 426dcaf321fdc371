#!/usr/bin/env bash
# Set up lxkit and build the sample portal into site/, then preview it with live reload
# on http://127.0.0.1:8000 (pass --build-only to stop after the build).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/lxkit build
if [ "${1:-}" != "--build-only" ]; then
  exec .venv/bin/lxkit serve "${@}"
fi
