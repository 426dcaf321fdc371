#!/usr/bin/env bash
# Shared set-up for scripts/portal.sh and scripts/test.sh: a virtual environment in .venv with
# lxkit installed (editable), Pango for WeasyPrint and, with "--test", the test tools and Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
# WeasyPrint (the PDF handouts) needs the system's Pango; Debian's package brings it where it is missing.
if ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
  # Ralph, the learning record store of the tracking tests, in its own environment (.venv-ralph/).
  PYTHON="$PYTHON" bash scripts/lrs.sh install
  # From npm, kept in .node-test/ (pytest skips node_modules under tests/): scorm-again, the LMS side
  # of the SCORM 1.2 tests, and @xapi/cmi5, against which the vendored cmi5 library is checked.
  SCORM_AGAIN="3.4.3"; CMI5="1.4.0"
  if [ "$(node -p "require('./.node-test/node_modules/scorm-again/package.json').version" 2>/dev/null)" != "$SCORM_AGAIN" ] \
    || [ "$(node -p "require('./.node-test/node_modules/@xapi/cmi5/package.json').version" 2>/dev/null)" != "$CMI5" ]; then
    timeout 900 npm install --prefix .node-test --no-audit --no-fund --ignore-scripts --no-save \
      "scorm-again@$SCORM_AGAIN" "@xapi/cmi5@$CMI5" >/dev/null
  fi
  if ! command -v chromium >/dev/null 2>&1 && [ -z "${LXKIT_CHROMIUM:-}" ]; then
    # Playwright cannot download its own browsers here; Debian's chromium works through executable_path.
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    fi
  fi
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -e .
fi
