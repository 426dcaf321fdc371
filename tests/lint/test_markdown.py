"""One parse per body: lines with the front-matter offset, columns of links, images, tags and comments."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lxkit.lint.markdown import lint_parser, parse_body, parser_for
from tests.helpers import MARKDOWN_BLOCKS

TEXT = """\
## First heading

A paragraph with [a link](02-x.md) and ![an image](chart.png) on one line,
and on the next line [another](#first-heading) and [a second](https://a.example/) one.

| a | b |
| --- | --- |
| [cell link](03-y.md) | x |

!!! tip "Title"
    Inside [the admonition](04-z.md).

<!-- a comment -->
Text <b onclick="x">bold</b> <!-- inline -->

### Deeper *heading* with `code`
"""


def test_positions_are_file_lines_and_columns() -> None:
    body = parse_body(TEXT, first_line=10)
    assert [(link.line, link.column, link.url) for link in body.links] == [
        (12, 18, "02-x.md"),
        (12, 40, "chart.png"),
        (13, 22, "#first-heading"),
        (13, 52, "https://a.example/"),
        (17, 3, "03-y.md"),
        (20, 12, "04-z.md"),
    ]
    assert body.links[1].image and body.links[1].text == "an image"
    assert [(h.line, h.level, h.anchor) for h in body.headings] == [
        (10, 2, "first-heading"),
        (25, 3, "deeper-heading-with-code"),
    ]
    assert [(a.line, a.column, a.kind) for a in body.admonitions] == [(19, 1, "tip")]
    assert [(c.line, c.column, c.standalone) for c in body.comments] == [(22, 1, True), (23, 30, False)]
    assert [(h.line, h.column, h.content) for h in body.html] == [(23, 6, '<b onclick="x">'), (23, 25, "</b>")]
    assert body.first_content_line == 10


def test_repeated_and_nested_links_get_their_own_columns() -> None:
    body = parse_body("[x](a.md) [x](a.md) [![logo](l.png)](b.md)\n")
    assert [(link.column, link.url) for link in body.links] == [(1, "a.md"), (11, "a.md"), (21, "b.md"), (22, "l.png")]


def test_text_without_links_or_html_is_not_inline_parsed_but_words_are_counted() -> None:
    text = "Plain *emphasis* and `code` here.\n\n- More words.\n"
    inline = [t for t in parser_for(text).parse(text) if t.type == "inline"]
    assert [child.type for child in inline[0].children or []] == ["text"]
    assert parse_body(text).words == 7


def test_unsafe_links_are_kept_as_links() -> None:
    assert [link.url for link in parse_body("[x](javascript:alert(1))\n").links] == ["javascript:alert(1)"]


def test_comment_before_content_and_after() -> None:
    body = parse_body("<!-- first -->\n\ntext\n\n<!-- later -->\n")
    assert body.first_content_line == 3


def test_the_parser_is_built_once() -> None:
    assert lint_parser() is lint_parser()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(MARKDOWN_BLOCKS) | st.text(max_size=12), max_size=6),
    st.sampled_from(["\n", "\n\n", "\r\n", "\r"]),
)
def test_switching_off_absent_block_rules_gives_the_same_tokens(parts: list[str], joiner: str) -> None:
    text = joiner.join(parts)
    fast = [token.as_dict() for token in parser_for(text).parse(text)]
    full = [token.as_dict() for token in lint_parser().parse(text)]
    assert fast == full
