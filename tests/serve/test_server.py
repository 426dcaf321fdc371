"""The preview's HTTP server: site files with the live script, redirects, 404s, the status endpoint."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from lxkit.serve.live import SCRIPT_PATH, STATUS_PATH, LiveStatus
from lxkit.serve.server import PreviewHTTPServer


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PreviewHTTPServer]:
    """A preview server on a free port over a tiny site."""
    site = tmp_path / "site"
    (site / "course").mkdir(parents=True)
    (site / "index.html").write_text("<html><body>home</body></html>")
    (site / "course" / "index.html").write_text("<html><body>course</body></html>")
    (site / "404.html").write_text("<html><body>not here</body></html>")
    (site / "data.json").write_text('{"a": 1}')
    (tmp_path / "secret.txt").write_text("outside the site")
    preview = PreviewHTTPServer(("127.0.0.1", 0), site, LiveStatus())
    preview.start()
    yield preview
    preview.stop()


def get(url: str) -> tuple[int, str, str]:
    """Status, content type and body of a GET (errors included)."""
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def test_pages_carry_the_live_reload_script(server: PreviewHTTPServer) -> None:
    status, kind, body = get(server.url)
    assert status == 200 and kind.startswith("text/html")
    assert f'<script src="{SCRIPT_PATH}" data-lxkit-version="0" defer></script></body>' in body
    assert get(server.url + "data.json")[2] == '{"a": 1}'
    assert "location.reload" in get(server.url + SCRIPT_PATH.lstrip("/"))[2]


def test_folders_without_slash_redirect(server: PreviewHTTPServer) -> None:
    status, _, body = get(server.url + "course")
    assert status == 200 and "course" in body  # urllib followed the redirect to course/


def test_missing_pages_and_paths_outside_the_site_are_404(server: PreviewHTTPServer) -> None:
    assert get(server.url + "nowhere/")[:1] == (404,)
    status, _, body = get(server.url + "..%2Fsecret.txt")
    assert status == 404 and "outside" not in body and "not here" in body


def test_status_endpoint_answers_with_the_latest_build(server: PreviewHTTPServer) -> None:
    server.live.publish(("x.md:2:1: broken",))
    status, kind, body = get(server.url + STATUS_PATH.lstrip("/") + "?since=0")
    assert status == 200 and kind.startswith("application/json")
    assert json.loads(body) == {"version": 1, "errors": ["x.md:2:1: broken"]}


def raw_request(server: PreviewHTTPServer, request: bytes) -> bytes:
    """The whole reply to bytes sent as they are (no client-side checks)."""
    host, port = server.server_address[:2]
    with socket.create_connection((str(host), int(port)), timeout=10) as connection:
        connection.sendall(request)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/%00", b"400"),
        ("/course/%00index.html", b"400"),
        ("/" + "a" * 300, b"400"),
        ("/" + "%C3%A9" * 200, b"400"),
        ("/%ff%fe", b"400"),
        (STATUS_PATH + "?since=" + "9" * 5000, b"200"),
        (STATUS_PATH + "?since=%C2%B2", b"200"),
        ("/..%2F..%2F..%2Fetc%2Fpasswd", b"404"),
        ("/%2e%2e/secret.txt", b"404"),
    ],
)
def test_bad_requests_get_a_status_and_one_log_line_never_a_traceback(
    server: PreviewHTTPServer, path: str, status: bytes, capfd: pytest.CaptureFixture[str]
) -> None:
    reply = raw_request(server, f"GET {path} HTTP/1.0\r\nHost: x\r\n\r\n".encode())
    assert reply.split(b" ", 2)[1] == status
    assert b"outside the site" not in reply and b"root:" not in reply
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == (1 if status == b"400" else 0)


def test_a_malformed_request_line_is_answered_with_400(
    server: PreviewHTTPServer, capfd: pytest.CaptureFixture[str]
) -> None:
    reply = raw_request(server, b"GARBAGE\r\n\r\n")
    assert b"Error code: 400" in reply  # answered HTTP/0.9 style: the request named no version
    err = capfd.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
