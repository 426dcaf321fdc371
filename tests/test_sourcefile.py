"""The front-matter reader: split, YAML with key positions, problems instead of exceptions."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lxkit.sourcefile import YamlLoader, parse_source, parse_yaml, read_source


def test_positions_of_nested_keys_are_file_lines() -> None:
    source = parse_source("a.md", "---\ntitle: T\npre_work:\n  - url: https://x\n    minutes: 5\n---\nBody\n")
    assert source.data == {"title": "T", "pre_work": [{"url": "https://x", "minutes": 5}]}
    assert source.position("title") == (2, 1)
    assert source.position("pre_work", 0, "minutes") == (5, 5)
    assert source.line("pre_work", 0, "missing") == 4  # falls back to the nearest parent
    assert source.body == "Body\n" and source.body_line == 7


def test_yaml_syntax_error_is_a_problem_on_the_right_line() -> None:
    source = parse_source("a.md", "---\ntitle: ok\nsummary: [unclosed\n---\n")
    assert source.data is None
    assert len(source.problems) == 1
    assert source.problems[0].line == 3
    assert "write it as:  summary: [unclosed]" in source.problems[0].message


def test_duplicate_key_is_reported_with_both_lines() -> None:
    source = parse_source("a.md", "---\ntitle: A\ntitle: B\n---\n")
    assert source.data == {"title": "A"}
    assert [(p.line, p.message) for p in source.problems] == [(3, "'title' is given twice (first on line 2); keep one")]


def test_a_group_given_twice_says_to_move_its_lines_into_the_first() -> None:
    source = parse_source("a.md", "---\nlxkit:\n  a: 1\nsite_url: x\nlxkit:\n  tracking: {}\n---\n")
    assert [(p.line, p.message) for p in source.problems] == [
        (
            5,
            "'lxkit' is given twice (first on line 2): move the lines under this 'lxkit:' into the first one, "
            "indented the same, and delete this line",
        )
    ]


def test_yes_and_no_stay_text_and_dates_stay_text() -> None:
    source = parse_source("a.md", "---\na: No\nb: yes\nc: true\nd: 2025-01-31\n---\n")
    assert source.data == {"a": "No", "b": "yes", "c": True, "d": "2025-01-31"}


def test_unclosed_front_matter_is_reported() -> None:
    source = parse_source("a.md", "---\ntitle: A\n")
    assert [p.line for p in source.problems] == [1]
    assert "never closed" in source.problems[0].message


def test_non_utf8_file_is_reported_with_its_line() -> None:
    source = read_source("a.md", "---\ntitle: ok\n---\ncaf\xe9\n".encode("latin-1"))
    assert source.problems[0].line == 4
    assert "not UTF-8" in source.problems[0].message


def test_file_without_front_matter_is_all_body() -> None:
    source = parse_source("a.md", "# Just text\n")
    assert not source.has_front_matter and source.body == "# Just text\n"


SCALARS = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=12)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(VALUES, st.sampled_from([None, False, True]))
def test_front_matter_values_are_what_the_yaml_loader_reads(value: Any, flow: bool | None) -> None:
    text = yaml.safe_dump(
        {"v": value, "tagged": "!!str 12", "alias": "&a x"}, allow_unicode=True, default_flow_style=flow
    )
    data, _, problems = parse_yaml(text)
    assert not problems
    assert data == yaml.load(text, Loader=YamlLoader)  # lxkit's safe loader
