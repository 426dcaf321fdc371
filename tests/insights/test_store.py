"""The store file: a store in use by another program, or a file that is no store, is a clear message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lxkit.exceptions import UsageError
from lxkit.insights.store import open_store

HOLD = "import duckdb, sys, time\nc = duckdb.connect(sys.argv[1])\nprint('open', flush=True)\ntime.sleep(60)\n"


def test_a_store_in_use_by_another_run_says_to_wait(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    with open_store(path):
        pass
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(UsageError, match="in use by another program") as raised, open_store(path):
            pass
        assert "delete" not in str(raised.value)
    finally:
        holder.kill()
        holder.wait()


def test_a_file_that_is_no_store_says_how_to_start_again(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    path.write_bytes(b"not a database" * 1000)
    with pytest.raises(UsageError, match=r"cannot open the insights store .*delete it"), open_store(path):
        pass
