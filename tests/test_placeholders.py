"""Placeholders in front-matter: the quick check of a file's text never hides one."""

from __future__ import annotations

from unittest import mock

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lxkit import placeholders as module
from lxkit.placeholders import placeholders
from lxkit.sourcefile import parse_source

WORDS = [
    "Replace with",
    "REPLACE ME",
    "replace-me",
    "rePlace this text",
    "a@example.com",
    "x@y.test",
    "é",
    "\\",
    "text",
]
VALUES = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=4).map(" ".join)
DATA = st.dictionaries(
    st.sampled_from(["title", "email", "summary"]), VALUES | st.lists(VALUES, max_size=2), max_size=3
)


def every_value_read(text: str) -> tuple[module.Placeholder, ...]:
    """Placeholders found by reading every front-matter value (no quick check of the file's text)."""
    with mock.patch.object(module, "_may_hold_placeholder", lambda text: True):
        return placeholders(parse_source("m.md", text))


@settings(max_examples=300, deadline=None)
@given(DATA, st.sampled_from([None, '"', "'"]), st.booleans())
def test_the_quick_check_finds_what_reading_every_value_finds(
    data: dict[str, object], style: str | None, ascii_only: bool
) -> None:
    front = yaml.safe_dump(data, default_style=style, allow_unicode=not ascii_only)
    text = f"---\n{front}---\n\nBody text.\n"
    assert placeholders(parse_source("m.md", text)) == every_value_read(text)


def test_letters_written_as_escapes_are_still_found() -> None:
    text = '---\ntitle: "R\\u0065place with the title"\nsummary: "Re\\\n  place with a summary"\n---\n'
    assert [p.field for p in placeholders(parse_source("m.md", text))] == ["title", "summary"]
    assert placeholders(parse_source("m.md", text)) == every_value_read(text)


def test_a_file_without_marker_address_or_escape_has_no_front_matter_placeholder() -> None:
    assert placeholders(parse_source("m.md", "---\ntitle: Pricing basics\n---\n\nText.\n")) == ()
