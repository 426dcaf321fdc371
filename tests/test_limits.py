"""Limits on course files: each one a finding at its place, never an exception, a hang or a memory blow-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.findings import Finding, Severity, escape
from lxkit.limits import HOURS_PER_WEEK, LIST_ITEMS, MINUTES, NAME_LENGTH, WEEKS, YAML_DEPTH, YAML_NODES
from lxkit.loader import load_portal
from lxkit.schema.compiled import schema_text
from lxkit.sourcefile import parse_source, parse_yaml, read_source
from tests.helpers import COURSE_INDEX, MODULE, valid_course, write_portal

ALIAS_BOMB = "\n".join(
    [
        'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
        *(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]" for i in range(8)),
    ]
)


def findings(root: Path) -> list[Finding]:
    return list(load_portal(load_config(root / "mkdocs.yml")).all_problems())


def module_findings(tmp_path: Path, text: str, name: str = "02-hostile.md") -> list[Finding]:
    course = valid_course("demo")
    course[name] = text
    return [f for f in findings(write_portal(tmp_path, {"demo": course})) if f.path.endswith(name)]


def test_an_alias_bomb_stops_at_the_value_limit() -> None:
    data, _, problems = parse_yaml(ALIAS_BOMB)
    assert data is None
    [problem] = problems
    assert problem.code == "LX211" and f"more than {YAML_NODES:,} values" in problem.message


@pytest.mark.parametrize(
    "nested",
    [
        "x: " + "[" * 1000 + "]" * 1000,
        "x: " + "[" * 200 + "]" * 200,
        "x:\n" + "".join("  " * i + "- \n" for i in range(1, 300)) + "  " * 300 + "- leaf\n",
        "x:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 300)) + "  " * 300 + "leaf: 1\n",
    ],
)
def test_deep_nesting_is_a_limit_finding(nested: str) -> None:
    data, _, problems = parse_yaml(nested)
    assert data is None
    assert [p.code for p in problems] in (["LX211"], [""])  # ours, or libyaml's own nesting limit
    assert problems[0].line >= 1


def test_nesting_within_the_limit_is_fine() -> None:
    depth = YAML_DEPTH - 2
    data, _, problems = parse_yaml("x: " + "[" * depth + "1" + "]" * depth)
    assert problems == [] and data is not None


def test_long_lists_numbers_and_odd_floats(tmp_path: Path) -> None:
    items = "".join(f"  - Explain item {i}.\n" for i in range(LIST_ITEMS + 1))
    [too_many] = module_findings(tmp_path / "a", f"---\ntitle: T\nobjectives:\n{items}---\n")
    assert (too_many.code, too_many.line) == ("LX211", 4)
    [digits] = module_findings(tmp_path / "b", "---\ntitle: T\nweek: " + "9" * 5000 + "\n---\n")
    assert (digits.code, digits.line, digits.column) == ("LX211", 3, 7)
    for odd in (".inf", ".nan", "-.inf", "1.0e+308", "1e999"):
        text = COURSE_INDEX.format(id="demo", title="T").replace("hours_per_week: 4", f"hours_per_week: {odd}")
        root = write_portal(tmp_path / f"c{odd}", {"demo": {**valid_course("demo"), "index.md": text}})
        found = findings(root)
        assert [(f.code, f.line) for f in found] == [("LX002", 28)], odd


@pytest.mark.parametrize(("field", "value"), [("week", "100000000"), ("minutes", "99999999")])
def test_schema_maxima_for_weeks_and_minutes(tmp_path: Path, field: str, value: str) -> None:
    text = MODULE.format(title="T").replace("week: 1\n", f"week: {value}\n") if field == "week" else None
    text = text or MODULE.format(title="T").replace("minutes: 20", f"minutes: {value}")
    [found] = module_findings(tmp_path, text)
    expected = "must be a whole number from 1 to 104" if field == "week" else "must be at most"
    assert found.code == "LX100" and expected in found.message, found.message


def test_course_weeks_maximum(tmp_path: Path) -> None:
    text = COURSE_INDEX.format(id="demo", title="T").replace("weeks: 1\n", "weeks: 100000000\n")
    found = findings(write_portal(tmp_path, {"demo": {**valid_course("demo"), "index.md": text}}))
    assert [(f.code, f.line) for f in found] == [("LX002", 27)]


def test_names_too_long_or_with_line_breaks(tmp_path: Path) -> None:
    long_id = "a" * (NAME_LENGTH + 1)
    root = write_portal(tmp_path, {"demo": valid_course("demo"), long_id: valid_course(long_id), "nl\n": {}})
    (root / "courses" / "demo" / "09-trailing-newline.md\n").write_text(MODULE.format(title="T"), encoding="utf-8")
    (root / "courses" / "demo" / f"03-{'b' * (NAME_LENGTH + 1)}.md").write_text("x", encoding="utf-8")
    found = {f.path: f for f in findings(root)}
    assert found[f"courses/{long_id}"].code == "LX211"
    assert found["courses/nl\n"].code == "LX003" and "line break" in found["courses/nl\n"].message
    assert found["courses/nl\n"].location() == "courses/nl\\n:1:1"
    newline = found["courses/demo/09-trailing-newline.md\n"]
    assert newline.code == "LX014" and "09-trailing-newline.md\\n" in newline.message
    assert found[f"courses/demo/03-{'b' * (NAME_LENGTH + 1)}.md"].code == "LX211"


def test_an_id_ending_in_a_line_break_is_invalid(tmp_path: Path) -> None:
    text = MODULE.format(title="T").replace("id: intro-video", 'id: "intro-video\\n"')
    [found] = module_findings(tmp_path, text)
    assert found.code == "LX100" and "\\n" in found.message


def test_a_double_byte_order_mark_is_read_like_one() -> None:
    source = read_source("x.md", "\ufeff\ufeff---\ntitle: T\n---\nbody\n".encode())
    assert source.has_front_matter and source.data == {"title": "T"} and source.problems == ()


def test_repeated_pre_work_ids_are_reported(tmp_path: Path) -> None:
    text = MODULE.format(title="T").replace(
        "session:",
        "  - {id: intro-video, title: Again, url: 'https://www.youtube.com/watch?v=x', minutes: 5}\nsession:",
    )
    [found] = module_findings(tmp_path, text)
    assert (found.code, found.line) == ("LX100", 15)
    assert "line 9" in found.message and "own 'id'" in found.message


def test_invisible_and_right_to_left_characters_are_escaped_in_messages() -> None:
    source = parse_source("x.md", "---\ntit\u202ele: T\nzero\u200bwidth: 1\n---\n")
    assert source.data is not None
    assert escape("tit\u202ele \u200b\t日本 é") == "tit\\u202ele \\u200b\\t日本 é"
    finding = Finding("a\u202eb.md", 1, 1, "LX100", "x", Severity.ERROR, "'\u202e'")
    assert finding.message == "'\\u202e'" and finding.location() == "a\\u202eb.md:1:1"


def test_the_model_limits_are_the_schema_maxima() -> None:
    module = json.loads(schema_text("module"))
    course = json.loads(schema_text("course"))
    assert module["properties"]["week"]["maximum"] == WEEKS
    assert course["properties"]["schedule"]["properties"]["weeks"]["maximum"] == WEEKS
    assert course["properties"]["schedule"]["properties"]["hours_per_week"]["maximum"] == HOURS_PER_WEEK
    assert module["properties"]["session"]["properties"]["minutes"]["maximum"] == MINUTES
    assert module["$defs"]["slug"]["maxLength"] == course["properties"]["id"]["maxLength"] == NAME_LENGTH
