"""Plain paragraphs are not handed to markdown-it, and the parsed body is the same as from a full parse."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from lxkit.lint import markdown
from lxkit.lint.markdown import ParsedBody, parse_body, parser_for, split_lines
from lxkit.lint.prose import STAND_IN, collapse, confirmed
from tests.helpers import MARKDOWN_BLOCKS


def full_parse(text: str, first_line: int = 1) -> ParsedBody:
    """The body as markdown-it reads the whole text (nothing collapsed)."""
    with mock.patch.object(markdown, "collapse", lambda lines: None):
        return parse_body(text, first_line)


# Prose and the constructs that can swallow prose, end a construct early or turn prose into something else.
PIECES = [
    "Plain words in a sentence.",
    "Two lines\nof plain prose.",
    "Text that ends a comment -->",
    "A term",
    ": a definition",
    "~ another definition",
    "  : indented definition",
    "```",
    "````text",
    "~~~",
    "    four spaces in",
    "  two spaces in",
    "<!-- open comment",
    "<pre>",
    "</pre>",
    "<div>",
    "<?php",
    "- item",
    "1. first",
    "2) second",
    "* star item",
    "!!! note",
    '!!! tip "Title"',
    "??? question",
    "    admonition body",
    "> quoted",
    "## A heading",
    "Underlined\n---",
    "===",
    "| a | b |\n| - | - |",
    "a | b",
    "Words with [a link](02-x.md).",
    "[ref]: 02-x.md",
    "See [ref] here.",
    "[^1]: a note",
    "Note[^1] here.",
    "Text <b>bold</b>",
    "\tTabbed",
    "Ünïcode wörds ünd mörë",
    "x",
    "- plain item\n- another plain item",
    "1. first plain\n2. second plain",
    "10. ten plain",
    "  - indented item",
    "- - -",
    "# Top heading",
    "#not a heading",
    "",
    " ",
]


JOINERS = ["\n", "\n\n", "\r\n", "\r", "\n\n\n"]


@st.composite
def documents(draw: st.DrawFn) -> str:
    """Markdown made of pieces (and some random text) joined by line ends (LF, CRLF, CR; blank lines)."""
    pieces = draw(st.lists(st.sampled_from(PIECES + MARKDOWN_BLOCKS) | st.text(max_size=8), max_size=10))
    joiners = draw(st.lists(st.sampled_from(JOINERS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(piece + joiner for piece, joiner in zip(pieces, joiners, strict=True))


@settings(max_examples=1500, deadline=None)
@given(documents(), st.integers(min_value=1, max_value=40))
def test_collapsing_plain_paragraphs_finds_the_same_as_a_full_parse(text: str, first_line: int) -> None:
    assert parse_body(text, first_line) == full_parse(text, first_line)


def test_plain_paragraphs_become_one_word_stand_ins_and_keep_their_lines() -> None:
    lines = split_lines("## Why\n\nFirst line of prose\nsecond line.\n\n- item\n\nLast words.\n")
    collapsed = collapse(lines)
    assert collapsed is not None
    assert split_lines(collapsed.text) == ["## Why", "", STAND_IN, "", "", "- item", "", STAND_IN, ""]
    assert collapsed.words == {2: 6, 7: 2}
    assert confirmed(parser_for(collapsed.text).parse(collapsed.text), collapsed.words)


def test_prose_that_is_not_a_paragraph_of_its_own_is_not_collapsed() -> None:
    for text in ("Term\n\n: definition\n", "Text\n---\n", "Text\n- item\n", "- item\nlazy text\n", "a | b\n"):
        collapsed = collapse(split_lines(text))
        assert collapsed is None, text


def test_a_stand_in_inside_a_fence_or_comment_is_not_confirmed_and_the_text_is_parsed_whole() -> None:
    for text in ("```\ncode\n\nPlain words\n```\n", "<!-- a\n\nPlain words\n-->\n", "- item\n\n  Plain words\n"):
        collapsed = collapse(split_lines(text))
        if collapsed is not None:
            assert not confirmed(parser_for(collapsed.text).parse(collapsed.text), collapsed.words), text
        assert parse_body(text) == full_parse(text)


def test_words_and_first_content_line_come_from_the_collapsed_paragraphs() -> None:
    body = parse_body("<!-- lxkit: disable-file LX011 -->\n\nOne two three\nfour five.\n\n## Next\n\nSix seven.\n", 5)
    assert (body.words, body.first_content_line) == (8, 7)  # the heading's word counts too
