"""The preview's HTTP server: the built site, a live-reload script in every page, and the build status.

Only for local previews: it serves files of one folder (never outside it), binds to the address
it is given (``127.0.0.1`` by default) and tells browsers not to cache anything.
"""

from __future__ import annotations

import contextlib
import mimetypes
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

from lxkit import weburls
from lxkit.findings import escape
from lxkit.serve.live import SCRIPT, SCRIPT_PATH, STATUS_PATH, LiveStatus, inject

NOT_BUILT = b"<!doctype html><title>lxkit preview</title><h1>The portal has not been built yet.</h1><body></body>"


MAX_NAME_BYTES = 255
MAX_PATH_BYTES = 4096
MAX_SINCE_DIGITS = 18


class BadRequest(ValueError):
    """A request the preview answers with 400 Bad Request."""


def resolve(site_dir: Path, url_path: str) -> Path | None:
    """The file or folder a URL path names in the site; None when outside the site or missing.

    Raises :class:`BadRequest` for a path no file can have (a NUL byte, a name over 255 bytes).
    """
    relative = unquote(url_path, errors="strict").lstrip("/")
    encoded = relative.encode("utf-8", "surrogateescape")
    if "\x00" in relative or len(encoded) > MAX_PATH_BYTES:
        raise BadRequest("the path holds a NUL character or is too long")
    if any(len(part) > MAX_NAME_BYTES for part in encoded.split(b"/")):
        raise BadRequest("a name in the path is longer than 255 bytes")
    try:
        target = (site_dir / relative).resolve()
        root = site_dir.resolve()
        if target != root and root not in target.parents:
            return None
        return target if target.exists() else None
    except OSError:
        return None


def since_of(query: str) -> int:
    """The build number a status long-poll waits past (``since=N``); -1 when absent or not a plain number."""
    since = parse_qs(query).get("since", ["-1"])[0]
    digits = since.removeprefix("-")
    if not (digits.isascii() and digits.isdigit() and len(digits) <= MAX_SINCE_DIGITS):
        return -1
    return int(since)


class PreviewHandler(BaseHTTPRequestHandler):
    """Serves the site folder and the live-reload endpoints."""

    server: PreviewHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: the terminal shows builds, not requests."""

    def log_error(self, format: str, *args: Any) -> None:
        """A malformed request: one line on standard error (never a traceback)."""
        _log_line(f"{self.address_string()} {format % args}")

    def do_HEAD(self) -> None:
        """Like GET, without the body."""
        self._respond(send_body=False)

    def do_GET(self) -> None:
        """A site file, the live-reload script, or the build status."""
        self._respond(send_body=True)

    def _respond(self, send_body: bool) -> None:
        try:
            self._answer(send_body)
        except (BadRequest, UnicodeError) as error:
            self.log_error("bad request %r: %s", self.path[:200], error)
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"Bad request\n", send_body)

    def _answer(self, send_body: bool) -> None:
        parts = weburls.split(self.path)
        if parts is None:
            raise BadRequest("the request path is not a valid address")
        if parts.path == STATUS_PATH:
            status = self.server.live.wait(since_of(parts.query))
            self._send(HTTPStatus.OK, "application/json", status.to_json(), send_body)
        elif parts.path == SCRIPT_PATH:
            self._send(HTTPStatus.OK, "text/javascript", SCRIPT.encode("utf-8"), send_body)
        else:
            self._send_file(parts.path, send_body)

    def _send_file(self, url_path: str, send_body: bool) -> None:
        site_dir = self.server.site_dir
        target = resolve(site_dir, url_path)
        if target is not None and target.is_dir():
            if not url_path.endswith("/"):
                self._redirect(url_path + "/")
                return
            target = target / "index.html" if (target / "index.html").is_file() else None
        status = HTTPStatus.OK
        if target is None:
            status = HTTPStatus.NOT_FOUND
            target = resolve(site_dir, "404.html")
        data = target.read_bytes() if target is not None else NOT_BUILT
        kind = mimetypes.guess_type(target.name if target else "x.html")[0] or "application/octet-stream"
        if kind == "text/html":
            data = inject(data, self.server.live.current.version)
        self._send(status, kind, data, send_body)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, kind: str, data: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if send_body:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)


class PreviewHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server that knows the site folder and the live status."""

    daemon_threads = True
    block_on_close = False  # browsers hold long-polls open: never wait for them when stopping
    request_queue_size = 128  # the default (5) is fewer connections than a browser opens at once

    def __init__(self, address: tuple[str, int], site_dir: Path, live: LiveStatus) -> None:
        """Bind to ``address`` (port 0: any free port)."""
        self.site_dir = site_dir
        self.live = live
        super().__init__(address, PreviewHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """An unexpected failure answering one request: one line on standard error, the server goes on."""
        error = sys.exc_info()[1]
        _log_line(f"{client_address[0]} request failed: {type(error).__name__}: {error}")

    @property
    def url(self) -> str:
        """The preview's base URL."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> threading.Thread:
        """Serve in a background thread."""
        thread = threading.Thread(target=self.serve_forever, name="lxkit-preview", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.shutdown()
        self.server_close()


def _log_line(text: str) -> None:
    line = escape(text)[:500]
    with contextlib.suppress(OSError, ValueError):
        print(f"lxkit serve: {line}", file=sys.stderr, flush=True)
