"""Indexing a page for search faster, with the same entries as Material's search plugin.

:func:`page_entries` makes a page's entries without importing Material (so that a rebuild that
renders nothing imports neither MkDocs nor Material); with Chinese word segmentation, which
Material does when ``jieba`` is installed, Material's own ``SearchIndex`` makes them from
lxkit's sections (:func:`index_page`).

Material's plugin splits a page into sections with its ``Parser`` (an :class:`html.parser.HTMLParser`)
and keeps text by rules about which elements are kept, skipped, or part of a heading.
:class:`SectionParser` applies the same rules (they are restated here in a form that costs a
dictionary lookup per element instead of set operations over every open element) and is fed by
a tokenizer for the HTML lxkit generates: well-formed start tags with double-quoted attributes,
end tags and text (Markdown rendered with raw HTML disabled, autoescaped templates). A page with
anything else (comments, scripts, styles, a stray ``<``) is tokenized by ``html.parser``.
``tests/builder/render/test_search_parser.py`` checks that the entries equal Material's, page for page.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Mapping
from functools import lru_cache
from html import escape, unescape
from html.parser import HTMLParser
from typing import Any

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
    """Attributes as html.parser gives them: names lower-cased, values unescaped, None without a value."""
    found = []
    for match in _ATTRIBUTES.finditer(text):
        value = match.group(2)
        found.append((match.group(1).lower(), unescape(value) if value else value))
    return found


HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
KEEP = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
ALWAYS_SKIPPED = ("object", "script", "style")


class Element:
    """An element that can start a section (Material's ``Element``: a tag and its attributes)."""

    def __init__(self, tag: str, attrs: dict[str, str | None] | None = None) -> None:
        self.tag = tag
        self.attrs = attrs or {}

    def is_excluded(self) -> bool:
        """Whether the element is marked ``data-search-exclude``."""
        return "data-search-exclude" in self.attrs


class Section:
    """A heading and the text under it (Material's ``Section``: element, depth, title, text, id)."""

    def __init__(self, el: Element, depth: float = 0) -> None:
        self.el = el
        self.depth = depth
        self.text: list[str] = []
        self.title: list[str] = []
        self.id: str | None = None

    def is_excluded(self) -> bool:
        """Whether the section's heading is marked ``data-search-exclude``."""
        return self.el.is_excluded()


class SectionParser(HTMLParser):
    """Material's search ``Parser`` rules: sections per heading, kept tags and text, skipped elements."""

    def __init__(self) -> None:
        """An empty parser; :attr:`data` collects the page's sections."""
        super().__init__(convert_charrefs=True)
        self.skip: set[str] = set(ALWAYS_SKIPPED)
        self.skipping = False  # whether an element named in ``skip`` is open (kept up to date)
        self.context: list[tuple[str, dict[str, str | None]]] = []
        self.open: dict[str, int] = {}
        self.section: Any = None
        self.data: list[Section] = []

    def feed(self, data: str) -> None:
        """Tokenize ``data`` (html.parser's way for anything but the simple subset)."""
        found = tokens(data)
        if found is None:
            super().feed(data)
            return
        for match in found:
            start, end = match.group(1), match.group(4)
            if start is not None:
                attributes = _attributes(match.group(2))
                self.handle_starttag(start.lower(), attributes)
                if match.group(3):
                    self.handle_endtag(start.lower())
            elif end is not None:
                self.handle_endtag(end.lower())
            else:
                self.handle_data(unescape(match.group(0)))

    def _update_skipping(self) -> None:
        self.skipping = any(self.open.get(tag) for tag in self.skip)

    def _in_title(self) -> bool:
        return bool(self.open.get(self.section.el.tag))

    def _new_section(self, element: Element, depth: float = 0) -> Section:
        section = Section(element, depth)
        self.section = section
        self.data.append(section)
        return section

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: a heading with an id starts a section; kept tags are recorded."""
        attributes = dict(attrs)
        if tag in VOID:
            return
        self.context.append((tag, attributes))
        self.open[tag] = self.open.get(tag, 0) + 1
        if tag in self.skip:
            self.skipping = True
        if tag in HEADINGS and "id" in attributes:
            if tag != "h1" and not self.data:
                self._new_section(Element("hx"), len(self.context))
            had_sections = bool(self.data)
            section = self._new_section(Element(tag, attributes), len(self.context))
            if had_sections:
                section.id = attributes["id"]
        if self.section is None:
            self._new_section(Element("hx"))
        if "data-search-exclude" in attributes or attributes.get("class") == "linenodiv":
            self.skip.add(tag)
            self.skipping = True
            return
        if tag in KEEP and not self.skipping:
            (self.section.title if self._in_title() else self.section.text).append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost element if it is ``tag``; drop kept tags that enclose only whitespace."""
        if not self.context or self.context[-1][0] != tag:
            return
        if self.section.depth > len(self.context):
            for section in reversed(self.data):
                if section.depth <= len(self.context):
                    self.section.depth = float("inf")
                    self.section = section
                    break
        self.context.pop()
        self.open[tag] -= 1
        if tag in self.skip:
            if tag not in ALWAYS_SKIPPED:
                self.skip.remove(tag)
            self._update_skipping()
            return
        if tag in KEEP and not self.skipping:
            _close(self.section.title if self._in_title() else self.section.text, tag)

    def handle_data(self, data: str) -> None:
        """Text: into the section's title (permalinks aside) or text, whitespace collapsed outside ``pre``."""
        if self.skipping:
            return
        if not self.open.get("pre"):
            data = " " if data.isspace() else data.replace("\n", " ")
        if self.section is None:
            self._new_section(Element("hx"))
        section = self.section
        if self._in_title():
            if not any(t == "a" and a.get("class") == "headerlink" for t, a in self.context):
                section.title.append(escape(data, quote=False))
        elif data.isspace():
            if not section.text or not section.text[-1].isspace() or self.open.get("pre"):
                section.text.append(data)
        else:
            section.text.append(escape(data, quote=False))


def _close(data: list[str], tag: str) -> None:
    """Close a kept tag: remove it with what follows if that is only whitespace, else add its end."""
    index = data.index(f"<{tag}>")
    if all(item.isspace() for item in data[index + 1 :]):
        del data[index:]
    else:
        data.append(f"</{tag}>")


def sections(content: str) -> list[Section]:
    """The sections of a page's content, as Material's search parser divides it."""
    parser = SectionParser()
    parser.feed(content)
    parser.close()
    return parser.data


def indexed_sections(content: str, meta: Mapping[str, Any]) -> list[Section]:
    """The sections search indexes: none for a page excluded in its front-matter, else those not excluded."""
    search = meta.get("search") or {}
    if search.get("exclude"):
        return []
    return [section for section in sections(content) if not section.is_excluded()]


def page_entries(content: str, meta: Mapping[str, Any], url: str, title: str) -> list[dict[str, Any]]:
    """A page's search entries, as Material's ``SearchIndex.add_entry_from_context`` makes them.

    For lxkit's pages, whose table of contents is always empty, and without Chinese word
    segmentation (:func:`segments_chinese`); ``meta`` is the page's front-matter.
    """
    search = meta.get("search") or {}
    entries = []
    for section in indexed_sections(content, meta):
        heading = section.title or [str(meta.get("title", title))]
        entry: dict[str, Any] = {
            "location": url + "#" + section.id if section.id else url,
            "title": "".join(heading).strip(),
            "text": "".join(section.text).strip(),
        }
        tags = meta.get("tags")
        if isinstance(tags, list):
            entry["tags"] = [str(name) for name in tags if name and isinstance(name, (str, int, float, bool))]
        if "boost" in search:
            entry["boost"] = search["boost"]
        entries.append(entry)
    return entries


@lru_cache(maxsize=1)
def segments_chinese() -> bool:
    """Whether Material's search segments Chinese words (it does when ``jieba`` is installed)."""
    return importlib.util.find_spec("jieba") is not None


def index_page(index: Any, page: Any) -> None:
    """Add a page's sections to a Material ``SearchIndex`` (as ``add_entry_from_context`` does)."""
    for section in indexed_sections(page.content, page.meta):
        index.create_entry_for_section(section, page.toc, page.url, page)
