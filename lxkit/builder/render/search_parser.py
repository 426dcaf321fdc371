"""Indexing a page for search faster, with the same entries as Material's search plugin.

:func:`page_entries` makes a page's entries without importing Material (so that a rebuild that
renders nothing imports neither MkDocs nor Material); with Chinese word segmentation, which
Material does when ``jieba`` is installed, Material's own ``SearchIndex`` makes them from
lxkit's sections (:func:`index_page`).

Material's plugin splits a page into sections with its ``Parser`` (an :class:`html.parser.HTMLParser`)
and keeps text by rules about which elements are kept, skipped, or part of a heading.
:class:`SectionWalk` applies the same rules (restated in a form that costs a dictionary lookup
per element instead of set operations over every open element) to a page's tokens. For the HTML
lxkit generates (well-formed start tags with double-quoted attributes, end tags and text:
Markdown rendered with raw HTML disabled, autoescaped templates) one regular expression gives
the tokens, and only the attributes the rules read are parsed; a page with anything else
(comments, scripts, styles, a stray ``<``) is tokenized by ``html.parser``.
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
# A start tag, an end tag, text, or a ``<`` that starts neither (which sends the page to html.parser).
_TOKEN = re.compile(rf"<(?:({_NAME})((?:{_ATTRIBUTE})*)\s*(/?)|/({_NAME})\s*)>|([^<]+)|(<)")
_ATTRIBUTES = re.compile(r'\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"<]*)")?')
# Attributes the rules read: only a tag whose attributes may hold one of these has them parsed.
_NOTABLE = re.compile(r"&|data-search-exclude|linenodiv|headerlink", re.IGNORECASE)
# Elements whose content this Python's html.parser reads as raw text: such pages take the slow path.
_RAW_TEXT = frozenset(HTMLParser.CDATA_CONTENT_ELEMENTS) | frozenset(getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ()))

_RAW_START = re.compile(rf"<(?:{'|'.join(sorted(_RAW_TEXT))})(?![a-zA-Z0-9-])", re.IGNORECASE)
_STRAY = ("", "", "", "", "", "<")

Token = tuple[str, str | list[tuple[str, str | None]], str, str, str, str]
"""A start tag (name, attributes, ``/``), an end tag (name) or text (escaped, as in the page)."""


def tokens(html: str) -> list[Token] | None:
    """The tokens of ``html`` if it is entirely in the simple subset, else None."""
    if _RAW_START.search(html):  # a raw-text element's start tag, or a stray ``<``: not the subset either way
        return None
    found: list[Token] = _TOKEN.findall(html)
    return None if _STRAY in found else found


class _Recorder(HTMLParser):
    """html.parser's tokens of any HTML, in the form of :func:`tokens` (attributes parsed, text plain)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[Token] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs, "", "", "", ""))

    def handle_endtag(self, tag: str) -> None:
        self.found.append(("", "", "", tag, "", ""))

    def handle_data(self, data: str) -> None:
        self.found.append(("", "", "", "", escape(data, quote=False), ""))  # unescaped again as all text is


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


class SectionWalk:
    """Material's search ``Parser`` rules over a page's tokens: sections per heading, kept tags and text.

    The rules are Material's, restated so that an element costs a few dictionary operations
    instead of set operations over every open element: ``open`` counts the open elements by tag,
    ``skipping`` is whether an element named in ``skip`` is open, ``links`` holds the positions
    in ``context`` of open permalinks (``<a class="headerlink">``).
    """

    def __init__(self) -> None:
        """Nothing read yet; :attr:`data` collects the page's sections."""
        self.skip: set[str] = set(ALWAYS_SKIPPED)
        self.skipping = False
        self.context: list[str] = []
        self.open: dict[str, int] = {}
        self.links: list[int] = []
        self.section: Any = None
        self.data: list[Section] = []

    def run(self, found: list[Token]) -> list[Section]:
        """Apply the rules to each token in turn; the sections.

        The most frequent cases are written out here (a page has hundreds of tokens); the rest go
        through :meth:`start`, :meth:`end` and :meth:`text`, which apply every rule.
        """
        context, open_, skip, links = self.context, self.open, self.skip, self.links
        for name, attributes, closing, end, text, _ in found:
            if text:
                if self.skipping:
                    continue
                section = self.section
                if "&" in text or ">" in text or section is None or open_.get(section.el.tag) or open_.get("pre"):
                    self.text(unescape(text))
                elif not text.isspace():
                    section.text.append(text.replace("\n", " "))
                elif not section.text or not section.text[-1].isspace():
                    section.text.append(" ")
            elif name:
                tag = name.lower()
                if tag in VOID:
                    continue
                if closing or self.section is None or (attributes and _notable(tag, attributes)):
                    self.start(tag, _parsed(tag, attributes))
                    if closing:
                        self.end(tag)
                    continue
                context.append(tag)
                open_[tag] = open_.get(tag, 0) + 1
                if tag in skip:
                    self.skipping = True
                elif tag in KEEP and not self.skipping:
                    section = self.section
                    (section.title if open_.get(section.el.tag) else section.text).append(f"<{tag}>")
            elif end:
                tag = end.lower()
                if links or tag in skip or not context or context[-1] != tag or self.section.depth > len(context):
                    self.end(tag)
                    continue
                context.pop()
                open_[tag] -= 1
                if tag in KEEP and not self.skipping:
                    section = self.section
                    _close(section.title if open_.get(section.el.tag) else section.text, tag)
            elif not self.skipping:  # html.parser's empty text (a character reference to nothing)
                self.text("")
        return self.data

    def _new_section(self, element: Element, depth: float = 0) -> Section:
        section = Section(element, depth)
        self.section = section
        self.data.append(section)
        return section

    def start(self, tag: str, attributes: dict[str, str | None] | None) -> None:
        """Open a (non-void) element: a heading with an id starts a section; kept tags are recorded."""
        context, open_ = self.context, self.open
        context.append(tag)
        open_[tag] = open_.get(tag, 0) + 1
        if tag in self.skip:
            self.skipping = True
        if attributes:
            if tag in HEADINGS and "id" in attributes:
                self._heading(tag, attributes)
            if tag == "a" and attributes.get("class") == "headerlink":
                self.links.append(len(context))
            if "data-search-exclude" in attributes or attributes.get("class") == "linenodiv":
                if self.section is None:
                    self._new_section(Element("hx"))
                self.skip.add(tag)
                self.skipping = True
                return
        section = self.section
        if section is None:
            section = self._new_section(Element("hx"))
        if tag in KEEP and not self.skipping:
            (section.title if open_.get(section.el.tag) else section.text).append(f"<{tag}>")

    def _heading(self, tag: str, attributes: dict[str, str | None]) -> None:
        depth = len(self.context)
        if tag != "h1" and not self.data:
            self._new_section(Element("hx"), depth)
        had_sections = bool(self.data)
        section = self._new_section(Element(tag, attributes), depth)
        if had_sections:
            section.id = attributes["id"]

    def end(self, tag: str) -> None:
        """Close the innermost element if it is ``tag``; drop kept tags that enclose only whitespace."""
        context = self.context
        if not context or context[-1] != tag:
            return
        depth = len(context)
        if self.section.depth > depth:
            for section in reversed(self.data):
                if section.depth <= depth:
                    self.section.depth = float("inf")
                    self.section = section
                    break
        context.pop()
        if self.links and self.links[-1] == depth:
            self.links.pop()
        self.open[tag] -= 1
        if tag in self.skip:
            if tag not in ALWAYS_SKIPPED:
                self.skip.remove(tag)
            self.skipping = any(self.open.get(name) for name in self.skip)
            return
        if tag in KEEP and not self.skipping:
            section = self.section
            _close(section.title if self.open.get(section.el.tag) else section.text, tag)

    def text(self, data: str) -> None:
        """Text (outside skipped elements): into the section's title (permalinks aside) or text."""
        in_pre = self.open.get("pre")
        if not in_pre:
            data = " " if data.isspace() else data.replace("\n", " ")
        section = self.section
        if section is None:
            section = self._new_section(Element("hx"))
        if self.open.get(section.el.tag):
            if not self.links:
                section.title.append(escape(data, quote=False))
        elif data.isspace():
            if not section.text or not section.text[-1].isspace() or in_pre:
                section.text.append(data)
        else:
            section.text.append(escape(data, quote=False))


def _notable(tag: str, attributes: str | list[tuple[str, str | None]]) -> bool:
    """Whether the rules may read a start tag's attributes (id, exclusion, class)."""
    return isinstance(attributes, list) or tag in HEADINGS or _NOTABLE.search(attributes) is not None


def _parsed(tag: str, attributes: str | list[tuple[str, str | None]]) -> dict[str, str | None] | None:
    """A start tag's attributes, parsed only when the rules may read them (None when they do not)."""
    if not attributes or not _notable(tag, attributes):
        return None
    return dict(attributes) if isinstance(attributes, list) else dict(_attributes(attributes))


def _close(data: list[str], tag: str) -> None:
    """Close a kept tag: remove it with what follows if that is only whitespace, else add its end."""
    index = data.index(f"<{tag}>")
    if all(item.isspace() for item in data[index + 1 :]):
        del data[index:]
    else:
        data.append(f"</{tag}>")


def sections(content: str) -> list[Section]:
    """The sections of a page's content, as Material's search parser divides it."""
    found = tokens(content)
    if found is None:
        recorder = _Recorder()
        recorder.feed(content)
        recorder.close()
        found = recorder.found
    return SectionWalk().run(found)


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
