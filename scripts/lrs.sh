#!/usr/bin/env bash
# A learning record store (Ralph, file-system backend) on this machine, for a trainer who wants to
# see statements arrive from `lxkit serve`, and for the tests.
#
#   bash scripts/lrs.sh install                  install Ralph into .venv-ralph/ (once; set-up does it)
#   bash scripts/lrs.sh [--origin URL] [--port N] [--dir DIR]
#       start Ralph on 127.0.0.1 (a free port unless --port), with fresh credentials:
#       "portal" may only write statements (it goes into mkdocs.yml and so into every page),
#       "reader" may only read them (keep it out of the repository and the site).
#       --origin is the portal's address allowed to send statements (default http://127.0.0.1:8000,
#       where `lxkit serve` previews). Statements are kept in DIR/data/fs_lrs.jsonl
#       (DIR relative to the folder you run this from; default: .lxkit-lrs/ beside scripts/). Stop it with Ctrl+C.
set -euo pipefail
CALLER="$(pwd)"
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
RALPH_VENV="${LXKIT_RALPH_VENV:-$ROOT/.venv-ralph}"
PYTHON="${PYTHON:-python3}"

install_ralph() {
  if [ ! -x "$RALPH_VENV/bin/ralph" ]; then
    "$PYTHON" -m venv "$RALPH_VENV"
    "$RALPH_VENV/bin/python" -m pip install -q --disable-pip-version-check -r scripts/ralph-requirements.txt
  fi
}

if [ "${1:-}" = "install" ]; then
  install_ralph
  exit 0
fi

ORIGIN="http://127.0.0.1:8000"
PORT=""
DIR=".lxkit-lrs"
while [ $# -gt 0 ]; do
  case "$1" in
    --origin) ORIGIN="${2:?--origin needs a URL such as http://127.0.0.1:8000}"; shift 2 ;;
    --port) PORT="${2:?--port needs a number}"; shift 2 ;;
    --dir) DIR="${2:?--dir needs a folder}"; case "$DIR" in /*) ;; *) DIR="$CALLER/$DIR" ;; esac; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "lrs.sh: unknown option '$1' (see: bash scripts/lrs.sh --help)" >&2; exit 2 ;;
  esac
done
case "$ORIGIN" in
  http://*|https://*) ORIGIN="${ORIGIN%/}" ;;
  *) echo "lrs.sh: --origin must be an http(s) address such as http://127.0.0.1:8000, not '$ORIGIN'" >&2; exit 2 ;;
esac
case "$PORT" in
  ''|*[!0-9]*) [ -z "$PORT" ] || { echo "lrs.sh: --port must be a number, not '$PORT'" >&2; exit 2; } ;;
esac

install_ralph
PY="$RALPH_VENV/bin/python"
[ -n "$PORT" ] || PORT="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
mkdir -p "$DIR/app" "$DIR/data"
DIR="$(cd "$DIR" && pwd)"
rm -f "$DIR/app/auth.json"
PORTAL_PASSWORD="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(18))')"
READER_PASSWORD="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(18))')"
AGENT="mailto:lxkit-portal@example.com"

export RALPH_RUNSERVER_BACKEND=fs
export RALPH_APP_DIR="$DIR/app"
export RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH="$DIR/data"
export RALPH_LRS_RESTRICT_BY_AUTHORITY=true
export RALPH_LRS_RESTRICT_BY_SCOPES=true
export RALPH_RUNSERVER_CORS_ALLOW_ORIGINS="[\"$ORIGIN\"]"
make_user() {  # name password scope
  if ! "$RALPH_VENV/bin/ralph" auth -u "$1" -p "$2" -s "$3" -M "$AGENT" -w >"$DIR/app/auth.log" 2>&1; then
    echo "lrs.sh: Ralph could not make the '$1' credential; its messages are in $DIR/app/auth.log" >&2
    exit 2
  fi
}
make_user portal "$PORTAL_PASSWORD" statements/write
make_user reader "$READER_PASSWORD" statements/read

cat <<INFO
Ralph LRS on http://127.0.0.1:$PORT/xAPI/ (statements in $DIR/data/fs_lrs.jsonl), accepting $ORIGIN.
Portal settings for mkdocs.yml (the credential may only write statements; it is public in the pages;
site_url is the portal's address, here the one 'lxkit serve' previews at):

site_url: $ORIGIN/
lxkit:
  tracking:
    enabled: true
    endpoint: http://127.0.0.1:$PORT/xAPI/
    credential: portal:$PORTAL_PASSWORD

Reader credential for lxkit's own commands (keep it out of the repository and the site):
  export LXKIT_LRS_ENDPOINT=http://127.0.0.1:$PORT/xAPI/
  export LXKIT_LRS_CREDENTIAL=reader:$READER_PASSWORD
Stop with Ctrl+C.
INFO
cd "$DIR"
exec "$PY" "$ROOT/scripts/ralph_server.py" 127.0.0.1 "$PORT"
