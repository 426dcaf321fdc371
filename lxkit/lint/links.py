"""External URL checks for ``lxkit lint --check-links`` (rule LX210).

URLs are checked concurrently by a thread pool, at most ``per_host`` at a time per host, each
with a timeout; results are kept in ``.lxkit-cache/links.json`` in the portal root, so a second
run within the expiry checks nothing again. Successes are kept for ``max_age_hours``, failures
for at most an hour (a site that was down is soon asked again). When no host name at all can be
looked up, the machine is offline: :class:`NetworkUnreachable` (exit 2) says so once, instead of a
broken-link finding per link, and nothing is cached.

URLs come from course files (pull requests), so lxkit never calls an address in a private or local
network (``localhost``, ``10.x``, ``169.254.169.254``...), nor follows a redirect there: a link could
otherwise make a reviewer's machine or a CI runner send requests to its own services. Such a link is
"not checked" (no finding).
"""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from lxkit import __version__, weburls
from lxkit.exceptions import UsageError

CACHE_FILE = Path(".lxkit-cache") / "links.json"
FAILURE_MAX_AGE_HOURS = 1.0
USER_AGENT = f"lxkit-linkcheck/{__version__} (+course link check)"
RETRY_WITH_GET = frozenset({400, 403, 405, 501})


@dataclass(frozen=True, slots=True)
class LinkStatus:
    """The outcome of one URL check: ``ok`` for a 2xx/3xx answer, else a reason in ``detail``."""

    ok: bool
    detail: str
    checked: float
    unresolved: bool = False
    """The host name could not be looked up (no network, or no such host)."""


class NetworkUnreachable(UsageError):
    """No host name of the links could be looked up: the network (or its name service) is unreachable."""


Fetch = Callable[[str, float], LinkStatus]


def fetch(url: str, timeout: float, allow_private: bool = False) -> LinkStatus:
    """Ask a URL (HEAD, then GET when a server refuses HEAD) and say whether it answers with success;
    an address in a private or local network is not called (``allow_private``: tests of a local server)."""
    if not allow_private and private_address(url):
        return LinkStatus(True, "not checked: an address in a private or local network", time.time())
    opener = _OPENER if not allow_private else urllib.request.build_opener()
    try:
        return _request(opener, url, "HEAD", timeout)
    except urllib.error.HTTPError as error:
        if error.code not in RETRY_WITH_GET:
            return LinkStatus(False, f"HTTP {error.code}", time.time())
    except (urllib.error.URLError, OSError, ValueError) as error:
        return _failed(error, timeout)
    try:
        return _request(opener, url, "GET", timeout)
    except urllib.error.HTTPError as error:
        return LinkStatus(False, f"HTTP {error.code}", time.time())
    except (urllib.error.URLError, OSError, ValueError) as error:
        return _failed(error, timeout)


def private_address(url: str) -> bool:
    """Whether the URL's host is, or resolves to, an address outside the public internet."""
    host = weburls.host(url)
    try:
        found = socket.getaddrinfo(host, None) if host else []
    except (OSError, UnicodeError):
        return False  # not resolvable: the request says so (offline, or no such host)
    return any(not ipaddress.ip_address(str(info[4][0]).split("%")[0]).is_global for info in found)


class _PublicRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects, but not into a private or local network."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        if private_address(newurl):
            raise urllib.error.URLError("redirects to an address in a private or local network")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_PublicRedirects)


def _failed(error: Exception, timeout: float) -> LinkStatus:
    unresolved = isinstance(getattr(error, "reason", error), socket.gaierror)
    return LinkStatus(False, _reason(error, timeout), time.time(), unresolved)


def _request(opener: urllib.request.OpenerDirector, url: str, method: str, timeout: float) -> LinkStatus:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    with opener.open(request, timeout=timeout) as response:
        return LinkStatus(True, f"HTTP {response.status}", time.time())


def _reason(error: Exception, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return f"no answer within {timeout:g} s"
    return str(reason) or type(error).__name__


class LinkChecker:
    """Checks URLs with a thread pool, a per-host limit and an on-disk cache."""

    def __init__(self, cache_file: Path | None, fetcher: Fetch = fetch, workers: int = 16) -> None:
        self.cache_file = cache_file
        self.fetcher = fetcher
        self.workers = workers

    def check(
        self, urls: Iterable[str], timeout: float = 10.0, per_host: int = 4, max_age_hours: float = 24.0
    ) -> dict[str, LinkStatus]:
        """The status of every URL: fresh cache entries are reused, the rest are fetched."""
        wanted = sorted(set(urls))
        cache = self._load()
        now = time.time()
        results = {url: cache[url] for url in wanted if url in cache and _fresh(cache[url], now, max_age_hours)}
        missing = [url for url in wanted if url not in results]
        fetched = self._fetch_all(missing, timeout, per_host)
        if fetched and all(status.unresolved for status in fetched.values()):
            hosts = sorted({weburls.host(url) for url in fetched})
            shown = ", ".join(hosts[:3]) + (f" and {len(hosts) - 3} more" if len(hosts) > 3 else "")
            raise NetworkUnreachable(
                f"could not check links: no network (none of the {len(hosts)} host names, {shown}, could be "
                "looked up); connect to the internet and run 'lxkit lint --check-links' again, or lint without "
                "--check-links"
            )
        results.update(fetched)
        if missing:
            cache.update({url: status for url, status in results.items() if not status.unresolved})
            self._save(cache)
        return results

    def _fetch_all(self, urls: list[str], timeout: float, per_host: int) -> dict[str, LinkStatus]:
        if not urls:
            return {}
        limits = {host: threading.BoundedSemaphore(max(per_host, 1)) for host in {weburls.host(url) for url in urls}}

        def one(url: str) -> LinkStatus:
            """Check one URL, waiting for a free slot of its host."""
            with limits[weburls.host(url)]:
                return self.fetcher(url, timeout)

        with ThreadPoolExecutor(max_workers=max(1, min(self.workers, len(urls)))) as pool:
            return dict(zip(urls, pool.map(one, urls), strict=True))

    def _load(self) -> dict[str, LinkStatus]:
        if self.cache_file is None:
            return {}
        try:
            data = json.loads(self.cache_file.read_text("utf-8"))
            return {
                str(url): LinkStatus(bool(entry["ok"]), str(entry["detail"]), float(entry["checked"]))
                for url, entry in data.items()
            }
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}

    def _save(self, cache: dict[str, LinkStatus]) -> None:
        if self.cache_file is None:
            return
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.cache_file.with_suffix(".tmp")
            temporary.write_text(json.dumps({u: asdict(s) for u, s in sorted(cache.items())}, indent=1), "utf-8")
            os.replace(temporary, self.cache_file)
        except OSError:
            pass


def _fresh(status: LinkStatus, now: float, max_age_hours: float) -> bool:
    limit = max_age_hours if status.ok else min(max_age_hours, FAILURE_MAX_AGE_HOURS)
    return 0 <= now - status.checked < limit * 3600
