"""Course bodies parsed once for every body rule: links, images, headings, HTML, comments, admonitions.

The parser mirrors :func:`lxkit.markdown.parser` (the one the portal renders with: CommonMark,
tables, admonitions, anchors on levels 2-4, footnotes...) with three differences a linter needs:
raw HTML is kept as tokens; no link is dropped, so ``javascript:`` URLs can be reported; and
inline Markdown is only parsed where it can hold what rules look at (links, images, raw HTML:
text with ``[`` or ``<``) and in headings (for their anchors). Other text stays one text token,
which saves about a third of the parsing time. Like the renderer's, it switches off the block
rules whose marker does not occur in a text (:func:`lxkit.markdown.absent_block_rules`), and
plain paragraphs, most of a body, are not handed to markdown-it at all (:mod:`lxkit.lint.prose`).
Every position is a line of the file (the front-matter offset applied) and a 1-based column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from lxkit.boundary import RefusedFile, read_limited
from lxkit.limits import FILE_SIZE_KB
from lxkit.lint.prose import collapse, confirmed
from lxkit.markdown import absent_block_rules, configured_parser
from lxkit.model import Document
from lxkit.sourcefile import split_front_matter

_NEWLINE = re.compile(r"\r\n?|\n")


@lru_cache(maxsize=64)
def lint_parser(skip: frozenset[str] = frozenset()) -> MarkdownIt:
    """markdown-it configured like the portal's renderer, keeping raw HTML and every link.

    ``skip`` names block rules to switch off for texts that cannot contain their construct.
    """
    md = configured_parser(html=True, skip=skip)
    md.validateLink = _keep_every_link  # type: ignore[method-assign]
    md.core.ruler.at("inline", _inline_where_needed)
    return md


def parser_for(text: str) -> MarkdownIt:
    """The parser for one text: block rules whose marker the text lacks are off (same tokens, faster)."""
    return lint_parser(absent_block_rules(text))


def _keep_every_link(url: str) -> bool:
    """Keep ``javascript:`` and other unsafe links as link tokens, so LX206 can report them."""
    return True


def _inline_where_needed(state: StateCore) -> None:
    """markdown-it's ``inline`` core rule, skipping text that cannot hold links, images or HTML."""
    previous = ""
    for token in state.tokens:
        if token.type == "inline":
            content = token.content
            if previous == "heading_open" or "[" in content or "<" in content:
                token.children = []
                state.md.inline.parse(content, state.md, state.env, token.children)
            else:
                token.children = [Token("text", "", 0, content=content)]
        previous = token.type


@dataclass(frozen=True, slots=True)
class Link:
    """A link or image: its URL as written (normalised by markdown-it) and its text or alt text."""

    line: int
    column: int
    url: str
    text: str
    image: bool


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading with the anchor id the portal gives it ('' for levels without anchors)."""

    line: int
    column: int
    level: int
    text: str
    anchor: str


@dataclass(frozen=True, slots=True)
class Html:
    """Raw HTML: a whole block, or one inline tag."""

    line: int
    column: int
    content: str
    block: bool


@dataclass(frozen=True, slots=True)
class Comment:
    """An HTML comment; ``standalone`` when it is a block of its own (not inside a paragraph)."""

    line: int
    column: int
    text: str
    standalone: bool


@dataclass(frozen=True, slots=True)
class Admonition:
    """A ``!!! kind "title"`` (or ``???``) block."""

    line: int
    column: int
    kind: str


@dataclass(frozen=True)
class ParsedBody:
    """Everything body rules look at, from one parse of one document."""

    links: tuple[Link, ...]
    headings: tuple[Heading, ...]
    html: tuple[Html, ...]
    comments: tuple[Comment, ...]
    admonitions: tuple[Admonition, ...]
    words: int
    first_content_line: int | None

    @property
    def anchors(self) -> frozenset[str]:
        """Heading ids a ``#fragment`` may point at."""
        return frozenset(h.anchor for h in self.headings if h.anchor)


def split_lines(text: str) -> list[str]:
    """Lines as Markdown counts them (LF, CRLF or CR; not the other characters ``str.splitlines`` splits on)."""
    return _NEWLINE.split(text)


def parse_body(text: str, first_line: int = 1) -> ParsedBody:
    """Parse Markdown whose first line is line ``first_line`` of its file."""
    lines = split_lines(text)
    tokens, prose = _tokens(text, lines)
    collector = _Collector(lines, first_line, prose)
    for index, token in enumerate(tokens):
        collector.block(token, tokens[index + 1] if index + 1 < len(tokens) else None)
    return collector.result()


def _tokens(text: str, lines: Sequence[str]) -> tuple[list[Token], Mapping[int, int]]:
    """markdown-it's tokens for ``text`` with its plain paragraphs collapsed, and their words by first line.

    The original text is parsed when there is nothing to collapse or a stand-in did not become a
    top-level paragraph (:mod:`lxkit.lint.prose`).
    """
    collapsed = collapse(lines)
    if collapsed is not None:
        tokens = parser_for(collapsed.text).parse(collapsed.text)
        if confirmed(tokens, collapsed.words):
            return tokens, collapsed.words
    return parser_for(text).parse(text), {}


class BodyCache:
    """Parsed bodies by path: each document is parsed once per lint run.

    ``root`` is the portal root, for pages that were not loaded (another shard's course, a
    README): :meth:`of_file` reads and parses them when a link points into them.
    """

    def __init__(self, root: Path | None = None) -> None:
        self.root = root
        self._bodies: dict[str, ParsedBody | None] = {}

    def of(self, document: Document) -> ParsedBody:
        """The parsed body of a course or module document."""
        body = self._bodies.get(document.path)
        if body is None:
            body = self._bodies[document.path] = parse_body(document.body, document.body_line)
        return body

    def of_file(self, path: str) -> ParsedBody | None:
        """The parsed body of a portal-relative Markdown file that was not loaded (None if unreadable)."""
        if path not in self._bodies:
            self._bodies[path] = self._read(path)
        return self._bodies[path]

    def _read(self, path: str) -> ParsedBody | None:
        if self.root is None:
            return None
        try:  # the portal boundary and size limit apply (:mod:`lxkit.boundary`)
            text = read_limited(self.root, self.root / path, FILE_SIZE_KB * 1024).decode("utf-8-sig")
        except (OSError, UnicodeDecodeError, RefusedFile):
            return None
        _, body, first_line, _ = split_front_matter(text)
        return parse_body(body, first_line)


class _Columns:
    """Finds where things start on a line, left to right, so repeated links get their own column."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.cursor: dict[int, int] = {}

    def text(self, index: int) -> str:
        """Line ``index`` (0-based) of the body, '' past the end."""
        return self.lines[index] if 0 <= index < len(self.lines) else ""

    def find(self, index: int, needle: str) -> int:
        """1-based column of the next ``needle`` on line ``index`` (1 when not found)."""
        line, start = self.text(index), self.cursor.get(index, 0)
        found = line.find(needle, start)
        if found < 0:
            return 1
        self.cursor[index] = found + 1
        return found + 1

    def link(self, index: int, url: str, image: bool) -> int:
        """Column of the ``[`` (or ``![``) that opens a link whose destination is ``url``."""
        line, start = self.text(index), self.cursor.get(index, 0)
        close = next((p for p in (line.find(f"]({url}", start), line.find(f"](<{url}", start)) if p >= 0), -1)
        opening = _opening_bracket(line, close, start) if close >= 0 else -1
        if opening < 0:
            return self.find(index, "![" if image else "[")
        if image and opening > 0 and line[opening - 1] == "!":
            opening -= 1
        self.cursor[index] = opening + 1
        return opening + 1


def _opening_bracket(line: str, close: int, start: int) -> int:
    """Index of the ``[`` matching the ``]`` at ``close`` (nested brackets skipped), or -1."""
    depth = 0
    for position in range(close - 1, start - 1, -1):
        char = line[position]
        if char == "]":
            depth += 1
        elif char == "[":
            if depth == 0:
                return position
            depth -= 1
    return -1


class _Collector:
    """One walk over the tokens, collecting what the rules need (used only by :func:`parse_body`)."""

    def __init__(self, lines: Sequence[str], first_line: int, prose: Mapping[int, int]) -> None:
        self.prose = prose  # words of collapsed paragraphs, by first line (see :mod:`lxkit.lint.prose`)
        self.columns = _Columns(lines)
        self.offset = first_line
        self.links: list[Link] = []
        self.headings: list[Heading] = []
        self.html: list[Html] = []
        self.comments: list[Comment] = []
        self.admonitions: list[Admonition] = []
        self.words = 0
        self.first_content: int | None = None

    def result(self) -> ParsedBody:
        """Everything collected, frozen."""
        return ParsedBody(
            tuple(self.links),
            tuple(self.headings),
            tuple(self.html),
            tuple(self.comments),
            tuple(self.admonitions),
            self.words,
            self.first_content,
        )

    def block(self, token: Token, following: Token | None) -> None:
        """Collect from one block-level token (``following`` is the next token, a heading's text)."""
        if token.map is None:
            return
        index = token.map[0]
        if token.type == "html_block":
            self._html_block(token, index)
            return
        if self.first_content is None:
            self.first_content = index + self.offset
        if token.type == "inline":
            if index in self.prose:
                self.words += self.prose[index]
            else:
                self._inline(token.children or [], index)
        elif token.type == "heading_open":
            self._heading(token, following, index)
        elif token.type == "admonition_open":
            kind = str(token.meta.get("tag") or token.info.strip().split(" ", 1)[0]).lower()
            self.admonitions.append(Admonition(index + self.offset, self.columns.find(index, token.markup), kind))

    def _html_block(self, token: Token, index: int) -> None:
        content = token.content
        column = self.columns.find(index, content.lstrip()[:4])
        if content.lstrip().startswith("<!--"):
            self.comments.append(Comment(index + self.offset, column, content.strip(), True))
            return
        if self.first_content is None:
            self.first_content = index + self.offset
        self.html.append(Html(index + self.offset, column, content, True))

    def _heading(self, token: Token, inline: Token | None, index: int) -> None:
        text = inline.content if inline is not None else ""
        column = self.columns.find(index, token.markup) if token.markup.startswith("#") else 1
        anchor = str(token.attrGet("id") or "")
        self.headings.append(Heading(index + self.offset, column, int(token.tag[1]), text, anchor))

    def _inline(self, children: Sequence[Token], index: int) -> None:
        for position, child in enumerate(children):
            kind = child.type
            if kind in ("softbreak", "hardbreak"):
                index += 1
            elif kind == "text":
                self.words += len(child.content.split())
            elif kind in ("link_open", "image"):
                self._link(child, children, position, index)
            elif kind == "html_inline":
                self._html_inline(child, index)
                index += child.content.count("\n")

    def _link(self, token: Token, siblings: Sequence[Token], position: int, index: int) -> None:
        image = token.type == "image"
        url = str(token.attrGet("src" if image else "href") or "")
        text = token.content if image else _link_text(siblings, position)
        column = self.columns.find(index, "<") if token.markup == "autolink" else self.columns.link(index, url, image)
        self.links.append(Link(index + self.offset, column, url, text, image))

    def _html_inline(self, token: Token, index: int) -> None:
        column = self.columns.find(index, token.content[:4])
        if token.content.startswith("<!--"):
            self.comments.append(Comment(index + self.offset, column, token.content, False))
        else:
            self.html.append(Html(index + self.offset, column, token.content, False))


def _link_text(siblings: Sequence[Token], position: int) -> str:
    """Plain text between a ``link_open`` and its ``link_close`` (images count by their alt text)."""
    parts: list[str] = []
    depth = 0
    for token in siblings[position + 1 :]:
        if token.type == "link_open":
            depth += 1
        elif token.type == "link_close":
            if depth == 0:
                break
            depth -= 1
        elif token.type in ("text", "code_inline", "image"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
