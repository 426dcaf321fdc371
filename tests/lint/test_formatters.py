"""The four report formats: text, json, github annotations, and SARIF validated against its schema."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import click
from jsonschema import Draft4Validator

from lxkit.findings import Finding, Severity
from lxkit.formatters.base import Report
from lxkit.formatters.github import GithubFormatter, escape_data, escape_property
from lxkit.formatters.json import JsonFormatter
from lxkit.formatters.registry import FORMATTERS, get_formatter
from lxkit.formatters.sarif import SarifFormatter
from lxkit.formatters.text import TextFormatter
from lxkit.lint.engine import CourseRef, LintResult
from lxkit.lint.registry import RULES
from lxkit.lint.scorecard import scorecard

SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-2.1.0-rtm.5.json"
FINDINGS = (
    Finding("courses/a/01-x.md", 3, 5, "LX102", "objective-not-measurable", Severity.WARNING, "starts with 'know'"),
    Finding("courses/a/01-x.md", 9, 1, "LX206", "unsafe-html", Severity.ERROR, "50% done,\nnext: line"),
    Finding("courses/a/index.md", 2, 1, "LX012", "pre-work-single-kind", Severity.INFO, "all videos"),
)
RESULT = LintResult(FINDINGS, 4, tuple(r.code for r in RULES), (CourseRef("a", "Course A", "courses/a/index.md"),))


def report(**options: object) -> Report:
    return Report(RESULT, RULES, **options)  # type: ignore[arg-type]


def test_registry() -> None:
    assert set(FORMATTERS) == {"text", "json", "github", "sarif"}
    assert isinstance(get_formatter("sarif"), SarifFormatter)


def test_text_is_plain_without_colour_and_ends_with_counts() -> None:
    lines = TextFormatter().render(report()).splitlines()
    assert lines[0] == "courses/a/01-x.md:3:5: LX102 objective-not-measurable: starts with 'know' [warning]"
    assert lines[-1] == "1 error, 1 warning and 1 info in 4 files."
    assert "\x1b[" not in "\n".join(lines)


def test_text_in_colour_and_with_the_scorecard() -> None:
    text = TextFormatter().render(report(colour=True, scorecard=scorecard(RESULT, RULES)))
    assert "\x1b[" in text
    plain = click.unstyle(text)
    assert "courses/a/01-x.md:3:5: LX102" in plain and "Scorecard" in plain
    assert "fails: LX102" in plain and "LX012" not in plain.split("Scorecard")[1]  # info does not fail a rule


def test_text_without_findings() -> None:
    empty = Report(LintResult((), 1, ()), RULES)
    assert TextFormatter().render(empty) == "No problems in 1 file."


def test_json_shape() -> None:
    data = json.loads(JsonFormatter().render(report()))
    assert set(data) == {"findings", "summary"}
    assert data["summary"] == {"files": 4, "errors": 1, "warnings": 1, "infos": 1}
    assert data["findings"][0] == {
        "path": "courses/a/01-x.md",
        "line": 3,
        "column": 5,
        "code": "LX102",
        "rule": "objective-not-measurable",
        "severity": "warning",
        "message": "starts with 'know'",
    }
    with_scores = json.loads(JsonFormatter().render(report(scorecard=scorecard(RESULT, RULES))))
    assert with_scores["scorecard"][0]["course"] == "a"
    assert with_scores["scorecard"][0]["areas"]["alignment"]["failed"] == ["LX102"]


def test_github_annotations_escape_data_and_properties() -> None:
    lines = GithubFormatter().render(report(path_prefix="portal")).splitlines()
    assert lines[0] == (
        "::warning file=portal/courses/a/01-x.md,line=3,col=5,title=LX102 objective-not-measurable::starts with 'know'"
    )
    assert lines[1].endswith("::50%25 done,\\nnext: line")  # a finding shows a line break escaped
    assert lines[2].startswith("::notice file=portal/courses/a/index.md,")
    assert escape_property("a:b,c%\r\n") == "a%3Ab%2Cc%25%0D%0A"
    assert escape_data("a:b,c") == "a:b,c"


def test_sarif_is_valid_against_the_sarif_schema() -> None:
    log = json.loads(SarifFormatter().render(report()))
    schema = json.loads(SCHEMA.read_text("utf-8"))
    errors = sorted(Draft4Validator(schema).iter_errors(log), key=str)
    assert not errors, errors[0].message


def test_sarif_has_what_code_scanning_needs() -> None:
    log = json.loads(SarifFormatter().render(report(path_prefix="portal")))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [rule.code for rule in RULES]
    lx102 = next(rule for rule in rules if rule["id"] == "LX102")
    assert lx102["name"] == "objective-not-measurable"
    assert lx102["defaultConfiguration"]["level"] == "warning"
    assert lx102["helpUri"].endswith("/rules/LX102.md") and lx102["fullDescription"]["text"]
    assert lx102["help"]["markdown"].startswith("# LX102 objective-not-measurable")
    first = run["results"][0]
    assert first["ruleId"] == "LX102" and first["level"] == "warning" and rules[first["ruleIndex"]]["id"] == "LX102"
    location = first["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "portal/courses/a/01-x.md"},
        "region": {"startLine": 3, "startColumn": 5},
    }
    assert run["results"][2]["level"] == "note"


def test_every_formatter_renders_an_empty_result(tmp_path: Path) -> None:
    empty: Callable[[], Report] = lambda: Report(LintResult((), 0, ()), RULES)  # noqa: E731
    for name in FORMATTERS:
        assert get_formatter(name).render(empty())
