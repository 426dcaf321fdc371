"""Internal links of a built site, for the tests: every relative ``href``/``src`` must point at a file."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from lxkit import weburls


@dataclass(frozen=True, slots=True)
class BrokenLink:
    """A link in ``page`` (site-relative) to ``target`` that resolves to no file."""

    page: str
    target: str


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def page_links(html: str) -> list[str]:
    """Every href and src in an HTML page."""
    collector = _LinkCollector()
    collector.feed(html)
    return collector.links


def resolves(site: Path, page: str, link: str, base_path: str = "/") -> bool:
    """Whether a link from ``page`` names a file (or a folder with index.html) in the site.

    Root-absolute links (``/assets/x.css``, as in ``404.html``) are read below ``base_path``, the
    path of the site's ``site_url``.
    """
    parts = weburls.split(link)
    if parts is None:
        return False
    if weburls.is_external(link) or link.startswith("#") or not parts.path:
        return True
    path_part = unquote(parts.path)
    if path_part.startswith("/"):
        prefix = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
        if not path_part.startswith(prefix):
            return False
        target = posixpath.normpath(path_part[len(prefix) :] or ".")
    else:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path_part))
    if target.startswith(".."):
        return False
    path = site / target
    return path.is_file() or (path / "index.html").is_file()


def broken_links(site: Path, base_path: str = "/") -> list[BrokenLink]:
    """All internal links in the site's HTML pages that point nowhere."""
    broken = []
    for html_file in sorted(site.rglob("*.html")):
        page = html_file.relative_to(site).as_posix()
        for link in page_links(html_file.read_text("utf-8")):
            if not resolves(site, page, link, base_path):
                broken.append(BrokenLink(page, link))
    return broken
