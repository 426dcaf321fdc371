"""Findings point at the offending key, value or token: line and column."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lxkit.lint.engine import LintResult

COLUMNS = [
    # (fixture, path, line, code, column)
    ("objectives", "courses/objectives/02-vague.md", 6, "LX102", 5),  # a plain-sentence objective: its text
    ("objectives", "courses/objectives/02-vague.md", 8, "LX102", 5),  # an {id, text} objective: the text key
    ("objectives", "courses/objectives/02-vague.md", 27, "LX105", 11),  # the misspelt id in the list
    ("flipped", "courses/flipped/02-pre-work-links.md", 8, "LX111", 35),  # the url key in a flow mapping
    ("flipped", "courses/flipped/02-pre-work-links.md", 11, "LX111", 5),  # the url key in a block mapping
    ("flipped", "courses/flipped/04-untimed.md", 30, "LX151", 9),  # the option item
    ("flipped", "courses/flipped/02-pre-work-links.md", 15, "LX113", 36),
    ("course-rules", "courses/course-rules/index.md", 12, "LX009", 5),
    ("course-rules", "courses/course-rules/index.md", 15, "LX005", 3),
    ("body", "courses/body/01-content.md", 27, "LX201", 3),  # the [ of the first link on the line
    ("body", "courses/body/01-content.md", 27, "LX201", 41),  # the [ of the second link on the line
    ("body", "courses/body/index.md", 21, "LX201", 1),  # a link on the second line of a paragraph
    ("body", "courses/body/01-content.md", 30, "LX203", 29),
    ("body", "courses/body/01-content.md", 35, "LX202", 1),  # the ! of the image
    ("body", "courses/body/02-more.md", 14, "LX209", 33),  # the # where YAML cut the text
    ("body", "courses/body/01-content.md", 38, "LX202", 1),  # the <img> tag
    ("body", "courses/body/01-content.md", 40, "LX204", 1),
    ("body", "courses/body/01-content.md", 44, "LX205", 1),
    ("body", "courses/body/01-content.md", 59, "LX206", 3),  # the [ of the javascript: link
    ("body", "courses/body/01-content.md", 59, "LX206", 42),  # the <a> with a javascript: href
    ("loader", "courses/wrong-folder/02-broken.md", 4, "LX207", 13),  # where the unclosed list starts
]


@pytest.mark.parametrize(("fixture", "path", "line", "code", "column"), COLUMNS)
def test_column(
    fixture: str, path: str, line: int, code: str, column: int, lint_fixture: Callable[[str], LintResult]
) -> None:
    columns = [f.column for f in lint_fixture(fixture).findings if (f.path, f.line, f.code) == (path, line, code)]
    assert column in columns, f"{path}:{line} {code} is reported at columns {columns}"
