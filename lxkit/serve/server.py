"""The preview's HTTP server: the built site, a live-reload script in every page, and the build status.

Only for local previews: it serves files of one folder (never outside it), binds to the address
it is given (``127.0.0.1`` by default) and tells browsers not to cache anything.
"""

from __future__ import annotations

import contextlib
import mimetypes
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from lxkit.serve.live import SCRIPT, SCRIPT_PATH, STATUS_PATH, LiveStatus, inject

NOT_BUILT = b"<!doctype html><title>lxkit preview</title><h1>The portal has not been built yet.</h1><body></body>"


def resolve(site_dir: Path, url_path: str) -> Path | None:
    """The file or folder a URL path names in the site; None when outside the site or missing."""
    target = (site_dir / unquote(url_path).lstrip("/")).resolve()
    root = site_dir.resolve()
    if target != root and root not in target.parents:
        return None
    return target if target.exists() else None


class PreviewHandler(BaseHTTPRequestHandler):
    """Serves the site folder and the live-reload endpoints."""

    server: PreviewHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: the terminal shows builds, not requests."""

    def do_HEAD(self) -> None:
        """Like GET, without the body."""
        self._respond(send_body=False)

    def do_GET(self) -> None:
        """A site file, the live-reload script, or the build status."""
        self._respond(send_body=True)

    def _respond(self, send_body: bool) -> None:
        parts = urlsplit(self.path)
        if parts.path == STATUS_PATH:
            since = parse_qs(parts.query).get("since", ["-1"])[0]
            status = self.server.live.wait(int(since) if since.lstrip("-").isdigit() else -1)
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
