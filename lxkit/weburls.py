"""The one reader of URLs from course files and portal settings (lint, build, publish, tracking).

Every URL an author or a portal writes is split here, and a malformed one (``http://[x``) is an
answer (None, '' or a problem in words), never an exception, so lint and build cannot disagree
about it: lint reports it (LX111), the build leaves the link out.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import SplitResult, urlsplit

WEB_SCHEMES = frozenset({"http", "https"})
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript"})
_SAFE_DATA = ("data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp", "data:image/avif")


def split(url: str) -> SplitResult | None:
    """``urlsplit`` that answers None instead of raising on malformed URLs."""
    try:
        return urlsplit(url.strip())
    except ValueError:
        return None


def scheme(url: str) -> str:
    """The URL's scheme in lower case ('' for relative links), ignoring whitespace browsers ignore."""
    compact = "".join(url.split()).lower()
    head, colon, _ = compact.partition(":")
    return (
        head if colon and head.isascii() and head.replace("+", "").replace("-", "").replace(".", "").isalnum() else ""
    )


def host(url: str) -> str:
    """The URL's host name in lower case ('' when it has none)."""
    parts = split(url)
    try:
        return (parts.hostname or "").lower() if parts is not None else ""
    except ValueError:
        return ""


def host_allowed(name: str, allowed: Iterable[str]) -> bool:
    """Whether a host is on an allow-list: equal to an entry or a subdomain of it."""
    name = name.lower().rstrip(".")
    return any(
        name == entry or name.endswith("." + entry) for entry in (a.lower().strip().rstrip(".") for a in allowed)
    )


PROVIDER_ALIASES = {
    "youtube.com": ("youtu.be", "youtube-nocookie.com"),
    "linkedin.com": ("lnkd.in",),
    "spotify.com": ("spoti.fi",),
    "microsoft.com": ("aka.ms",),
}
"""Other hosts of an approved provider: its own share links and privacy-enhanced players."""


def with_aliases(allowed: Iterable[str]) -> tuple[str, ...]:
    """An allow-list with the other hosts of each listed provider (``youtube.com`` allows ``youtu.be``)."""
    entries = [a.lower().strip().rstrip(".") for a in allowed]
    extra = [alias for entry in entries for alias in PROVIDER_ALIASES.get(entry.removeprefix("www."), ())]
    return tuple(dict.fromkeys([*entries, *extra]))


def web_url_problem(url: str) -> str | None:
    """Why ``url`` is not an absolute http(s) URL, or None when it is one."""
    text = url.strip()
    if not text:
        return "is empty"
    if any(char.isspace() for char in text):
        return "contains spaces; encode them as %20 or copy the address again"
    parts = split(text)
    if parts is None:
        return "is not a valid address"
    kind = scheme(text)
    if not kind:
        return "is not a full address; start it with https://"
    if kind not in WEB_SCHEMES:
        return f"uses '{kind}:'; learners' browsers need an https:// address"
    if not host(text):
        return "has no host name after https://"
    return None


def is_web(url: str) -> bool:
    """Whether a link is an absolute http(s) URL (an external link)."""
    return scheme(url) in WEB_SCHEMES and bool(host(url))


def is_unsafe(url: str) -> bool:
    """``javascript:``/``vbscript:`` URLs, and ``data:`` URLs other than images."""
    kind = scheme(url)
    if kind in SCRIPT_SCHEMES:
        return True
    return kind == "data" and not "".join(url.split()).lower().startswith(_SAFE_DATA)


def is_external(url: str) -> bool:
    """Whether a link leaves the portal: it has a scheme or is protocol-relative (``//host/x``)."""
    return bool(scheme(url)) or url.strip().startswith("//")


def safe_external_url(url: str) -> str | None:
    """The URL if it is an absolute http(s) link with a host or a mailto link, else None (never script)."""
    candidate = url.strip()
    kind = scheme(candidate)
    if kind not in LINK_SCHEMES or split(candidate) is None:
        return None
    return candidate if kind == "mailto" or host(candidate) else None


def path(url: str) -> str:
    """The path of a URL (``https://x.org/academy`` -> ``/academy``; '' for none or a malformed URL)."""
    parts = split(url)
    return parts.path if parts is not None else ""
