"""The build status browsers wait on, and the live-reload script in every page."""

from __future__ import annotations

import json
import threading
import time

from lxkit.serve.live import SCRIPT, STATUS_PATH, LiveStatus, inject


def test_script_goes_before_the_end_of_the_body() -> None:
    page = inject(b"<html><body><p>x</p></body></html>", 7)
    assert page.endswith(b'data-lxkit-version="7" defer></script></body></html>')
    assert inject(b"<p>fragment</p>", 1).startswith(b"<p>fragment</p><script")


def test_script_polls_the_status_and_shows_errors() -> None:
    assert STATUS_PATH in SCRIPT and "location.reload" in SCRIPT and "lxkit-live-errors" in SCRIPT


def test_waiting_returns_at_once_for_an_older_version() -> None:
    live = LiveStatus()
    live.publish(("a.md:1:1: broken",))
    status = live.wait(since=0, timeout=5)
    assert status.version == 1 and status.errors == ("a.md:1:1: broken",)
    assert json.loads(status.to_json()) == {"version": 1, "errors": ["a.md:1:1: broken"]}


def test_waiting_ends_when_a_build_is_published() -> None:
    live = LiveStatus()
    threading.Timer(0.1, live.publish).start()
    started = time.perf_counter()
    status = live.wait(since=0, timeout=10)
    assert status.version == 1 and time.perf_counter() - started < 5


def test_waiting_times_out_without_a_build() -> None:
    assert LiveStatus().wait(since=0, timeout=0.05).version == 0
