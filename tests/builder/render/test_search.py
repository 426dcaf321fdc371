"""The search attributes lxkit removes from a page are exactly those Material's plugin removes."""

from __future__ import annotations

import random
import re

import pytest

from lxkit.builder.render.search import strip_search_attributes

# Material's search plugin (``on_page_context``) removes these from a page's content.
MATERIAL = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")

CASES = [
    "",
    "no attributes at all",
    '<nav data-search-exclude="">x</nav>',
    '<nav class="a" data-search-exclude="yes">x</nav>',
    '<p data-search-boost="2" data-search-exclude="x">two</p>',
    '<p\tdata-search-exclude="x">tab</p><p\ndata-search-x="y">newline</p>',
    '<p\u00a0data-search-x="y">no-break space</p>',
    "<nav data-search-exclude>no value</nav>",
    "<p data-search-=\"x\">no name</p><p data-search-x='y'>single quotes</p>",
    'data-search-data-search-x="y" data-search-x="data-search-y="z"',
    '  data-search-x="a"data-search-y="b" data-search-',
    'text about data-search-exclude="in prose" in a paragraph',
]


@pytest.mark.parametrize("content", CASES)
def test_removes_what_material_removes(content: str) -> None:
    assert strip_search_attributes(content) == MATERIAL.sub("", content)


def test_random_content_loses_what_material_removes() -> None:
    parts = [" ", "\n", "\u00a0", "x", "data-search-", "exclude", "x_1", '="', '"', "=", "<p>", "-"]
    rng = random.Random(5)
    for _ in range(3000):
        content = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        assert strip_search_attributes(content) == MATERIAL.sub("", content), content
