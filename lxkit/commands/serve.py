"""``lxkit serve``: preview the portal locally; every saved edit shows in the browser within a second."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.findings import escape
from lxkit.model import PortalConfig
from lxkit.portal_loading import open_config
from lxkit.serve.live import LiveStatus
from lxkit.serve.server import PreviewHTTPServer
from lxkit.serve.session import PreviewSession, preview_site_dir
from lxkit.serve.watcher import Watcher


@dataclass(frozen=True)
class Preview:
    """A running preview: its URL and its session."""

    url: str
    session: PreviewSession


def parse_address(address: str) -> tuple[str, int]:
    """``host:port`` (or ``:port``, or ``port``) as a (host, port) pair."""
    host, _, port = address.rpartition(":")
    if not (port.isascii() and port.isdigit() and len(port) <= 5 and int(port) < 65536):
        shown = escape(address)
        raise UsageError(f"'{shown}' is not an address to serve on; write it as host:port, e.g. 127.0.0.1:8000")
    return host.strip("[]") or "127.0.0.1", int(port)


def _bind(config: PortalConfig, address: tuple[str, int], live: LiveStatus) -> PreviewHTTPServer:
    try:
        return PreviewHTTPServer(address, preview_site_dir(config), live)
    except (OSError, ValueError, OverflowError) as error:
        reason = getattr(error, "strerror", None) or error
        raise UsageError(f"cannot serve on {escape(address[0])}:{address[1]}: {reason}") from error


@contextmanager
def running_preview(
    config: PortalConfig, address: tuple[str, int], console: Console, trainer: bool = True, jobs: int | None = None
) -> Iterator[Preview]:
    """Build the portal, serve it on ``address`` and rebuild on every change, until the block ends."""
    live = LiveStatus()
    server = _bind(config, address, live)
    session = PreviewSession(config, console, trainer, jobs, live)
    watcher = Watcher(session.watched(), session.on_change)  # before building: edits made meanwhile count
    session.build()
    server.start()
    watcher.start()
    try:
        yield Preview(server.url, session)
    finally:
        watcher.stop()
        server.stop()


def serve_command(
    console: Console, config_file: Path | None, dev_addr: str, trainer: bool = True, jobs: int | None = None
) -> None:
    """Serve the portal until Ctrl+C."""
    config = open_config(config_file)
    with running_preview(config, parse_address(dev_addr), console, trainer, jobs) as preview:
        views = f" (trainer view: {preview.url}trainer/)" if trainer else ""
        console.info(f"Serving the portal at {preview.url}{views}; press Ctrl+C to stop")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            console.info("Stopped.")
