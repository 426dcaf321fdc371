"""Indexing a page for search faster, with the same result as Material's search plugin.

Material's plugin splits a page into sections with its ``Parser``, an :class:`html.parser.HTMLParser`
whose handlers decide what goes into the index. Tokenizing the HTML is half of that work. The
pages lxkit indexes are HTML it generated (Markdown rendered with raw HTML disabled, and
autoescaped templates): well-formed start tags with double-quoted attributes, end tags and text.
:class:`FastParser` tokenizes exactly that subset with one regular expression and calls
Material's handlers with the same arguments ``html.parser`` would; a page with anything else
(comments, scripts, styles, a stray ``<``) is parsed by ``html.parser`` as Material does.
``tests/build/test_search_parser.py`` checks the entries are identical on real pages.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

from material.plugins.search.plugin import Parser  # type: ignore[import-untyped]

_NAME = r"[a-zA-Z][a-zA-Z0-9-]*"
_ATTRIBUTE = r'\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<]*")?'
_TOKEN = re.compile(rf"<(?:({_NAME})((?:{_ATTRIBUTE})*)\s*(/?)|/({_NAME})\s*)>|[^<]+")
_ATTRIBUTES = re.compile(r'\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"<]*)")?')
# Elements whose content this Python's html.parser reads as raw text: such pages take the slow path.
_RAW_TEXT = frozenset(HTMLParser.CDATA_CONTENT_ELEMENTS) | frozenset(getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ()))


def tokens(html: str) -> list[re.Match[str]] | None:
    """The tokens of ``html`` if it is entirely in the simple subset, else None."""
    found = []
    position = 0
    for match in _TOKEN.finditer(html):
        if match.start() != position:
            return None
        name = match.group(1)
        if name is not None and name.lower() in _RAW_TEXT:
            return None
        found.append(match)
        position = match.end()
    return found if position == len(html) else None


def _attributes(text: str) -> list[tuple[str, str | None]]:
    return [(m.group(1).lower(), unescape(m.group(2)) if m.group(2) else m.group(2)) for m in _ATTRIBUTES.finditer(text)]


class FastParser(Parser):  # type: ignore[misc]
    """Material's search parser, fed by a tokenizer for simple, well-formed HTML."""

    def feed(self, data: str) -> None:
        """Tokenize ``data`` and call Material's handlers (or let html.parser do it)."""
        found = tokens(data)
        if found is None:
            super().feed(data)
            return
        for match in found:
            start, end = match.group(1), match.group(4)
            if start is not None:
                attributes = _attributes(match.group(2))
                if match.group(3):
                    self.handle_startendtag(start.lower(), attributes)
                else:
                    self.handle_starttag(start.lower(), attributes)
            elif end is not None:
                self.handle_endtag(end.lower())
            else:
                self.handle_data(unescape(match.group(0)))


def index_page(index: Any, page: Any) -> None:
    """Add a page's sections to a Material ``SearchIndex`` (as ``add_entry_from_context`` does)."""
    search = page.meta.get("search") or {}
    if search.get("exclude"):
        return
    parser = FastParser()
    parser.feed(page.content)
    parser.close()
    for section in parser.data:
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)
