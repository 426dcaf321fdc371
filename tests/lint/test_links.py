"""External link checks (LX210) against a local web server: statuses, timeout, per-host limit, cache."""

from __future__ import annotations

import http.server
import json
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lxkit.lint.engine import lint_portal
from lxkit.lint.links import LinkChecker, LinkStatus, fetch
from tests.lint.conftest import load

PortalDir = Callable[..., Path]


@pytest.fixture
def site(tmp_path: Path, static_server: Callable[[Path], object]) -> str:
    """Base URL of a local static site with ok.html."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "ok.html").write_text("<p>ok</p>", encoding="utf-8")
    return str(static_server(folder).url)  # type: ignore[attr-defined]


class _Slow(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        time.sleep(1.5)
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def slow_url() -> Iterator[str]:
    """A local server that answers after 1.5 s."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Slow)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_fetch_statuses(site: str) -> None:
    assert fetch(site + "ok.html", 5, allow_private=True).ok
    missing = fetch(site + "missing.html", 5, allow_private=True)
    assert not missing.ok and missing.detail == "HTTP 404"
    refused = fetch("http://127.0.0.1:9/", 5, allow_private=True)
    assert not refused.ok and refused.detail


def test_timeout(slow_url: str) -> None:
    status = fetch(slow_url, 0.3, allow_private=True)
    assert not status.ok and status.detail == "no answer within 0.3 s"


def test_results_are_cached_on_disk_and_reused(site: str, tmp_path: Path) -> None:
    cache = tmp_path / ".lxkit-cache" / "links.json"
    calls: list[str] = []

    def counting(url: str, timeout: float) -> LinkStatus:
        calls.append(url)
        return fetch(url, timeout, allow_private=True)

    urls = [site + "ok.html", site + "missing.html"]
    first = LinkChecker(cache, counting).check(urls)
    second = LinkChecker(cache, counting).check(urls)
    assert first == second and len(calls) == 2
    assert set(json.loads(cache.read_text("utf-8"))) == set(urls)


def test_cache_entries_expire(tmp_path: Path) -> None:
    cache = tmp_path / "links.json"
    old = time.time() - 2 * 3600
    cache.write_text(json.dumps({"https://a.example/": {"ok": False, "detail": "HTTP 500", "checked": old}}))
    fresh = LinkChecker(cache, lambda url, timeout: LinkStatus(True, "HTTP 200", time.time()))
    assert fresh.check(["https://a.example/"])["https://a.example/"].ok  # a failure is asked again after an hour


def test_broken_cache_file_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "links.json"
    cache.write_text("{not json")
    checker = LinkChecker(cache, lambda url, timeout: LinkStatus(True, "HTTP 200", time.time()))
    assert checker.check(["https://a.example/"])["https://a.example/"].ok


def test_per_host_limit_and_concurrency() -> None:
    running: dict[str, int] = {}
    peak: dict[str, int] = {}
    lock = threading.Lock()

    def slow(url: str, timeout: float) -> LinkStatus:
        host = url.split("/")[2]
        with lock:
            running[host] = running.get(host, 0) + 1
            peak[host] = max(peak.get(host, 0), running[host])
        time.sleep(0.05)
        with lock:
            running[host] -= 1
        return LinkStatus(True, "HTTP 200", time.time())

    urls = [f"https://{host}.example/{n}" for host in ("a", "b") for n in range(8)]
    started = time.perf_counter()
    LinkChecker(None, slow, workers=8).check(urls, per_host=2)
    assert peak == {"a.example": 2, "b.example": 2}
    assert time.perf_counter() - started < 16 * 0.05  # concurrent, not one after the other


def local_only(url: str, timeout: float) -> LinkStatus:
    """Fetch local URLs; every other URL of the fixture counts as fine (tests never use the internet)."""
    if url.startswith("http://127.0.0.1:"):
        return fetch(url, timeout, allow_private=True)
    return LinkStatus(True, "not checked in tests", time.time())


def test_lx210_reports_broken_body_and_pre_work_links(portal_dir: PortalDir, site: str, tmp_path: Path) -> None:
    root = portal_dir("clean")
    module = root / "courses/data-basics/02-apply-at-work.md"
    text = module.read_text().replace("https://www.coursera.org/learn/dataviz", site + "gone.html")
    module.write_text(text + f"\nSee [the working page]({site}ok.html) and [the old page]({site}old.html).\n")
    checker = LinkChecker(tmp_path / "links.json", local_only)
    result = lint_portal(load(root), check_links=True, link_checker=checker)
    broken = [(f.path, f.line, f.column, f.message) for f in result.findings if f.code == "LX210"]
    last = module.read_text().splitlines()[35]
    assert [(line, column) for _, line, column, _ in broken] == [(8, 81), (36, last.index("[the old page]") + 1)]
    assert "does not answer with success (HTTP 404)" in broken[0][3]
    assert "LX210" in result.rules
    assert "LX210" not in lint_portal(load(root)).rules


def test_an_address_in_a_private_or_local_network_is_never_called(site: str) -> None:
    for url in (site + "ok.html", "http://localhost:9/admin", "http://169.254.169.254/latest/meta-data/"):
        status = fetch(url, 5)  # the local test server would answer: it must not be asked
        assert status.ok and status.detail == "not checked: an address in a private or local network", url
