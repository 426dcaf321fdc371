"""The rendering parser: faster parsing gives the same tokens, and rendering rewrites URLs without changing tokens."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lxkit.markdown import ParsedTexts, parse, parser, render, render_markdown, without_facilitator_notes
from tests.helpers import MARKDOWN_BLOCKS


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKDOWN_BLOCKS) | st.text(max_size=12), max_size=6), st.sampled_from(["\n", "\n\n"]))
def test_parse_gives_the_tokens_of_the_full_parser(parts: list[str], joiner: str) -> None:
    text = joiner.join(parts)
    assert [t.as_dict() for t in parse(text)] == [t.as_dict() for t in parser().parse(text)]


def test_one_parse_renders_for_several_pages() -> None:
    tokens = tuple(parse("See [week 2](02-x.md) and ![chart](img/c.png).\n"))
    first = render(tokens, lambda url: "../" + url)
    second = render(tokens, lambda url: "../../" + url)
    assert 'href="../02-x.md"' in first and 'src="../img/c.png"' in first
    assert 'href="../../02-x.md"' in second and 'src="../../img/c.png"' in second
    assert 'href="02-x.md"' in render(tokens)


def test_parsed_texts_parse_each_text_once() -> None:
    texts = ParsedTexts()
    assert texts.tokens("# A\n") is texts.tokens("# A\n")


def test_facilitator_notes_only_for_trainers() -> None:
    text = 'Intro.\n\n!!! facilitator "Timing"\n    Keep it short.\n\nOutro.\n'
    texts = ParsedTexts()
    learner = render_markdown(text, texts=texts)
    trainer = render_markdown(text, facilitator=True, texts=texts)
    assert "Keep it short" not in learner and "Outro" in learner
    assert "Keep it short" in trainer
    assert len(without_facilitator_notes(texts.tokens(text))) < len(texts.tokens(text))


def test_rendered_html_is_remembered_by_page_and_text() -> None:
    text = "See [week 2](02-x.md).\n"
    first = ParsedTexts()
    html = render_markdown(text, lambda url: "../" + url, texts=first, key="courses/a/01-x/")
    later = ParsedTexts(known=first.rendered)
    assert render_markdown(text, lambda url: "NOT CALLED", texts=later, key="courses/a/01-x/") == html
    assert not later._tokens  # nothing parsed: the HTML was known
    other_page = render_markdown(text, lambda url: "../../" + url, texts=later, key="courses/a/02-x/")
    assert 'href="../../02-x.md"' in other_page
    edited = render_markdown(text + "More.\n", lambda url: "../" + url, texts=later, key="courses/a/01-x/")
    assert "More." in edited
    trainer = render_markdown(text, lambda url: "../" + url, True, texts=later, key="courses/a/01-x/")
    assert len(later.rendered) == 4 and trainer == html  # the facilitator variant is its own entry
