"""Temporary folders of killed runs are removed by the next run; those of running ones are kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from lxkit.scratch import LOCK_FILE, scratch_dir, sweep

HOLD = """
import sys, time
from lxkit.scratch import scratch_dir
with scratch_dir(sys.argv[1]) as folder:
    print(folder, flush=True)
    time.sleep(600)
"""


def _start(prefix: str) -> tuple[subprocess.Popen[str], Path]:
    process = subprocess.Popen([sys.executable, "-c", HOLD, prefix], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    return process, Path(process.stdout.readline().strip())


def test_a_killed_runs_folder_is_swept_and_a_live_ones_is_kept() -> None:
    prefix = f"lxkit-test-{os.getpid()}-"
    live, live_folder = _start(prefix)
    killed, killed_folder = _start(prefix)
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(10)
        assert killed_folder.is_dir() and (killed_folder / LOCK_FILE).is_file()
        with scratch_dir(prefix) as mine:
            assert mine.name.startswith(prefix) and mine.parent == Path(tempfile.gettempdir())
            assert not killed_folder.exists(), "the killed run's folder is removed"
            assert live_folder.is_dir(), "a running process keeps its folder"
            assert sweep(prefix) == []
        assert not mine.exists()
    finally:
        live.kill()
        live.wait(10)
    assert sweep(prefix) == [live_folder]


def test_a_folder_without_lock_is_kept_for_an_hour(tmp_path: Path) -> None:
    young, old = tmp_path / "lxkit-x-young", tmp_path / "lxkit-x-old"
    young.mkdir()
    old.mkdir()
    hours_ago = time.time() - 7200
    os.utime(old, (hours_ago, hours_ago))
    assert sweep("lxkit-x-", tmp_path) == [old]
    assert young.is_dir() and not old.exists()


@pytest.mark.parametrize("prefix", ["lxkit-[x]-", "lxkit-*-"])
def test_the_prefix_is_not_a_pattern(tmp_path: Path, prefix: str) -> None:
    other = tmp_path / "lxkit-y-old"
    other.mkdir()
    os.utime(other, (0, 0))
    assert sweep(prefix, tmp_path) == []
    assert other.is_dir()
