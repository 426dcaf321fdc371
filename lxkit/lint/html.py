"""Start tags of raw HTML in Markdown, with their attributes and where they are."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from lxkit.lint.markdown import Html


@dataclass(frozen=True, slots=True)
class Tag:
    """One start tag: lower-case name, attributes (values '' when absent) and file position."""

    name: str
    attrs: tuple[tuple[str, str], ...]
    line: int
    column: int

    def get(self, name: str) -> str | None:
        """An attribute's value, or None when the tag does not have it."""
        return next((value for key, value in self.attrs if key == name), None)


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, tuple[tuple[str, str], ...], int, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Remember a start tag with its position in the chunk."""
        line, offset = self.getpos()
        self.found.append((tag.lower(), tuple((k.lower(), v or "") for k, v in attrs), line, offset))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """A self-closing tag counts as a start tag."""
        self.handle_starttag(tag, attrs)


def start_tags(chunk: Html) -> list[Tag]:
    """The start tags of a chunk of raw HTML, positioned in the file."""
    collector = _TagCollector()
    collector.feed(chunk.content)
    collector.close()
    lead = len(chunk.content) - len(chunk.content.lstrip(" \t"))
    return [
        Tag(name, attrs, chunk.line + line - 1, (chunk.column + offset - lead) if line == 1 else offset + 1)
        for name, attrs, line, offset in collector.found
    ]
