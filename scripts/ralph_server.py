"""Start Ralph's LRS API (file-system backend) on one host and port; run with .venv-ralph/bin/python.

Usage: ralph_server.py HOST PORT. Settings come from the environment as for ``ralph runserver -b fs``
(RALPH_APP_DIR with auth.json, RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH, the restriction
and CORS settings); scripts/lrs.sh and tests/lrs.py set them.

Two differences from ``ralph runserver -b fs``, both about the file backend of Ralph 5.1.0:
- its LRS file backend writes with the "create" operation, which refuses to write to an existing
  file, so only the first POST of statements succeeds and every later one is a 500 ("Statements
  bulk indexation failed"). Here it appends (Ralph's own "append" operation of that backend);
  everything else is Ralph's code: authentication, scope and authority checks, statement
  validation, duplicate-id handling, queries.
- runserver always starts uvicorn with its file-watching reloader (two processes, a watcher on the
  working directory); here uvicorn runs the app in one process, which stops cleanly on SIGTERM.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    """Run the server until it is stopped."""
    if len(sys.argv) != 3 or not sys.argv[2].isdigit():
        print("usage: ralph_server.py HOST PORT", file=sys.stderr)
        return 2
    os.environ.setdefault("RALPH_RUNSERVER_BACKEND", "fs")
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    import uvicorn

    uvicorn.run("ralph.api:app", host=sys.argv[1], port=int(sys.argv[2]), log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
