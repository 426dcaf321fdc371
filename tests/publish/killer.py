"""Run ``lxkit`` and let it kill itself (SIGKILL) at one step of a deploy folder's change: a test tool.

``python -m tests.publish.killer STEP COUNT_FILE ARGS...`` runs ``lxkit ARGS...``. Every change of
the file system made while :meth:`FolderTarget.replace` runs (rename, replace, link, exchange,
folder creation and removal) is a step; the process kills itself just before step ``STEP``
(``0``: never) and otherwise writes the number of steps it made to ``COUNT_FILE``.
``LXKIT_TEST_NO_EXCHANGE=1`` makes the swap behave as on a system without an atomic exchange.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxkit.__main__ import cli
from lxkit.publish import swap, targets

STATE = {"active": False, "steps": 0, "kill_at": 0}


def counted(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function``, counted as a step while a folder change runs (and the kill point)."""

    def step(*args: Any, **kwargs: Any) -> Any:
        if STATE["active"]:
            STATE["steps"] += 1
            if STATE["steps"] == STATE["kill_at"]:
                os.kill(os.getpid(), signal.SIGKILL)
        return function(*args, **kwargs)

    return step


def watched(replace: Callable[..., None]) -> Callable[..., None]:
    """``FolderTarget.replace`` with counting switched on while it runs."""

    def run(*args: Any, **kwargs: Any) -> None:
        STATE["active"] = True
        try:
            replace(*args, **kwargs)
        finally:
            STATE["active"] = False

    return run


def main(arguments: list[str]) -> None:
    """Install the counters, run the CLI, record the number of steps."""
    STATE["kill_at"], count_file = int(arguments[0]), Path(arguments[1])
    for module, name in ((os, "rename"), (os, "replace"), (os, "link"), (os, "mkdir"), (shutil, "rmtree")):
        setattr(module, name, counted(getattr(module, name)))
    swap.exchange = counted(swap.exchange)  # type: ignore[assignment]
    if os.environ.get("LXKIT_TEST_NO_EXCHANGE") == "1":
        swap._EXCHANGE = None
    targets.FolderTarget.replace = watched(targets.FolderTarget.replace)  # type: ignore[method-assign]
    try:
        cli.main(arguments[2:], prog_name="lxkit", standalone_mode=True)
    finally:
        count_file.write_text(str(STATE["steps"]), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
