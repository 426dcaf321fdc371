"""The YAML path under the cursor, read from front-matter as it is being typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lxkit.lsp.cursor import ITEM, Cursor, Slot, cursor_at, key_path_at

FRONT = """\
---
title: Reading charts
pre_work:
- id: intro
  kind: video
  note: |
    kind: not a key
    - not an item
session:
  activities:
    - kind: demo
      title: Show it
check:
  - question: Why?
    options:
      - text: Because
---
Body: text
"""
LINES = FRONT.splitlines(keepends=True)


def at(lines: list[str], line: int, text: str) -> Cursor:
    """The cursor at the end of ``text`` typed as line ``line``."""
    edited = [*lines[:line], text + "\n", *lines[line:]]
    return cursor_at(edited, line, len(text))


@pytest.mark.parametrize(
    ("line", "typed", "slot", "path", "prefix"),
    [
        (2, "", Slot.KEY, (), ""),
        (2, "jour", Slot.KEY, (), "jour"),
        (2, "journey_stage: app", Slot.VALUE, ("journey_stage",), "app"),
        (8, "  ", Slot.KEY, ("pre_work", ITEM), ""),  # after the block scalar, in the compact list
        (8, "- ", Slot.KEY, ("pre_work", ITEM), ""),
        (8, "  kind: ", Slot.VALUE, ("pre_work", ITEM, "kind"), ""),
        (12, "      min", Slot.KEY, ("session", "activities", ITEM), "min"),
        (12, "    - kind: 'te", Slot.VALUE, ("session", "activities", ITEM, "kind"), "te"),
        (12, "  mode: ", Slot.VALUE, ("session", "mode"), ""),
        (16, "        correct: ", Slot.VALUE, ("check", ITEM, "options", ITEM, "correct"), ""),
        (16, "    kind: ", Slot.VALUE, ("check", ITEM, "kind"), ""),
    ],
)
def test_the_path_follows_indentation_and_list_items(
    line: int, typed: str, slot: Slot, path: tuple[str, ...], prefix: str
) -> None:
    cursor = at(LINES, line, typed)
    assert (cursor.slot, cursor.path, cursor.prefix) == (slot, path, prefix)


def test_keys_given_above_in_the_same_mapping_are_siblings() -> None:
    assert at(LINES, 8, "  ").siblings == {"id", "kind", "note"}
    assert at(LINES, 12, "      ").siblings == {"kind", "title"}


@pytest.mark.parametrize(
    ("line", "column"),
    [(0, 0), (17, 0), (18, 3), (19, 0), (40, 2)],
)
def test_nothing_outside_the_front_matter(line: int, column: int) -> None:
    lines = [*LINES, "more body\n"]
    assert cursor_at(lines, line, column).slot is Slot.NONE
    assert cursor_at(["title: x\n"], 0, 3).slot is Slot.NONE  # no front-matter at all


@pytest.mark.parametrize("typed", ["title: [a, b", "note: x  # a comment", "  text: {a: 1", "# comment"])
def test_flow_collections_and_comments_are_not_completed(typed: str) -> None:
    assert at(LINES, 2, typed).slot is Slot.NONE


def test_hover_finds_the_key_under_the_cursor() -> None:
    assert key_path_at(LINES, 10, 8) == (("session", "activities", ITEM, "kind"), 6)
    assert key_path_at(LINES, 10, 14) is None  # on the value
    assert key_path_at(LINES, 18, 0) is None  # in the body


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=" -:#|>'\"[]{}abk\t\r\n\x00é", max_size=30), max_size=12),
    st.integers(0, 14),
    st.integers(0, 40),
)
def test_any_text_gives_an_answer(lines: list[str], line: int, column: int) -> None:
    text = ["---\n", *(part + "\n" for part in lines)]
    cursor = cursor_at(text, line, column)
    assert isinstance(cursor, Cursor)
    key_path_at(text, line, column)
