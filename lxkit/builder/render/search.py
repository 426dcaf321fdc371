"""The site search index in Material's format, built from per-page entries kept in the cache.

Material's search plugin indexes each page when it is rendered and writes one JSON file at the
end of a build. lxkit makes a page's entries as the plugin's ``SearchIndex`` does
(:mod:`lxkit.builder.render.search_parser`; with Material's own index where it segments Chinese words),
keeps each page's entries as a JSON fragment, and writes the index from the fragments in page order:
``{"config":...,"docs":[`` + fragments joined by ``,`` + ``]}``. That is byte for byte what
``json.dumps`` of the whole index gives, without holding the index in memory; a rebuild only
re-indexes the pages it renders and copies the rest of the index (:mod:`lxkit.builder.engine.search_splice`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Material removes ``\s?data-search-\w+="[^"]+"``; the part after the optional space, matched where it starts.
_SEARCH_ATTRIBUTE = re.compile(r"data-search-\w+=\"[^\"]+\"")
_MARK = "data-search-"
_CLOSING = "]}"


@dataclass(frozen=True)
class SearchSettings:
    """The validated settings of Material's search plugin (after its ``on_config``)."""

    config: Mapping[str, Any]

    def index(self) -> Any:
        """An empty Material :class:`SearchIndex` with these settings."""
        from material.plugins.search.plugin import SearchIndex  # type: ignore[import-untyped]

        return SearchIndex(**self.config)

    def header(self) -> str:
        """The index text before the first entry (``{"config":{...},"docs":[``)."""
        empty: str = self.index().generate_search_index(None)
        if not empty.endswith(_CLOSING):
            raise ValueError("unexpected search index format")
        return empty[: -len(_CLOSING)]


def search_settings(mkdocs_config: Any) -> SearchSettings | None:
    """Material's search settings of a validated MkDocs config, or None without search."""
    plugin = mkdocs_config.plugins.get("material/search") or mkdocs_config.plugins.get("search")
    if plugin is None or not plugin.config.get("enabled", True):
        return None
    return SearchSettings(dict(plugin.config))


def page_fragment(settings: SearchSettings, page: Any) -> str:
    """A page's search entries as comma-separated JSON objects (empty for excluded pages)."""
    from lxkit.builder.render.search_parser import index_page, segments_chinese

    if not segments_chinese():
        return entries_fragment(page.content, page.meta, page.url, page.title)
    index = settings.index()  # Material's own index, for its Chinese word segmentation
    index_page(index, page)
    return _joined(index.entries)


def entries_fragment(content: str, meta: Mapping[str, Any], url: str, title: str) -> str:
    """A page's search entries as comma-separated JSON objects, without Material's search plugin.

    Not for portals where Material segments Chinese words (see :func:`page_fragment`).
    """
    from lxkit.builder.render.search_parser import page_entries

    return _joined(page_entries(content, meta, url, title))


def _joined(entries: list[dict[str, Any]]) -> str:
    return ",".join(json.dumps(entry, separators=(",", ":"), default=str) for entry in entries)


def strip_search_attributes(content: str) -> str:
    """Remove ``data-search-*`` attributes from page content, as Material's plugin does.

    Material's pattern, ``\\s?data-search-\\w+="[^"]+"``, applied by looking for ``data-search-``
    with :meth:`str.find` (a pattern that may start with a space is tried at every character).
    """
    find, match = content.find, _SEARCH_ATTRIBUTE.match
    kept: list[str] = []
    position = 0
    found = find(_MARK)
    while found >= 0:
        attribute = match(content, found)
        if attribute is None:
            found = find(_MARK, found + 1)
            continue
        start = found - 1 if found > position and content[found - 1].isspace() else found
        kept.append(content[position:start])
        position = attribute.end()
        found = find(_MARK, position)
    kept.append(content[position:])
    return "".join(kept)


def shard_bytes(fragments: Mapping[str, str]) -> bytes:
    """A unit's fragments (``src -> fragment``, in page order) as a cache payload.

    A first line lists each page and the length of its fragment; the rest is the unit's part of
    the index as it is written (non-empty fragments joined by ``,``), so that writing the index
    copies it without decoding it.
    """
    header = json.dumps([[src, len(fragment)] for src, fragment in fragments.items()], separators=(",", ":"))
    body = ",".join(fragment for fragment in fragments.values() if fragment)
    return f"{header}\n{body}".encode()


def shard_text(payload: bytes) -> str:
    """A unit's part of the index (see :func:`shard_bytes`)."""
    return payload.split(b"\n", 1)[1].decode("utf-8")


def shard_fragments(payload: bytes) -> dict[str, str]:
    """Each page's fragment (inverse of :func:`shard_bytes`)."""
    header, body = payload.decode("utf-8").split("\n", 1)
    fragments: dict[str, str] = {}
    position = 0
    for src, length in json.loads(header):
        fragments[str(src)] = body[position : position + length]
        position += length + (1 if length else 0)
    return fragments
