"""Every fixture reports exactly the findings its markers expect: code and line (columns: test_columns)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lxkit.lint.engine import LintResult
from lxkit.lint.registry import RULES
from tests.lint.conftest import FIXTURES, actual, expected

FIXTURE_NAMES = sorted(path.name for path in FIXTURES.iterdir() if path.is_dir())
NOT_IN_FIXTURES = {
    "LX000": "a broken mkdocs.yml stops lint before any course is read: tests/test_problems.py, test_config.py",
    "LX017": "links are made at test time: tests/test_boundary.py",
    "LX018": "named pipes are made at test time: tests/test_boundary.py",
    "LX019": "needs handouts on in mkdocs.yml: tests/test_handout_names.py",
    "LX020": "a data file beside the courses: test_data_files.py",
    "LX021": "a data file beside the courses: test_data_files.py",
    "LX022": "a data file beside the courses: test_data_files.py",
    "LX030": "pictures are made at test time: test_course_image_rules.py",
    "LX031": "pictures are made at test time: test_course_image_rules.py",
    "LX032": "pictures are made at test time: test_course_image_rules.py",
    "LX033": "pictures are made at test time: test_course_image_rules.py",
    "LX098": "a rule crashing: test_engine.py",
    "LX160": "needs learners' answers: tests/lint/test_question_flagged.py",
    "LX210": "needs a web server: test_links.py",
    "LX301": "review mode: tests/review",
    "LX302": "review mode: tests/review",
}


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_reports_exactly_the_marked_findings(name: str, lint_fixture: Callable[[str], LintResult]) -> None:
    result = lint_fixture(name)
    found, wanted = actual(result), expected(name)
    missing = sorted((wanted - found).elements())
    unexpected = [
        f.location() + f" {f.code} {f.message}" for f in result.findings if (f.path, f.line, f.code) in found - wanted
    ]
    assert not missing and not unexpected, f"missing: {missing}\nunexpected: {unexpected}"


def test_the_clean_fixture_has_no_findings_at_all(lint_fixture: Callable[[str], LintResult]) -> None:
    result = lint_fixture("clean")
    assert result.findings == ()
    assert result.files == 8


def test_every_rule_has_a_failing_fixture() -> None:
    marked = {code for name in FIXTURE_NAMES for (_, _, code) in expected(name)}
    untested = {rule.code for rule in RULES} - marked - set(NOT_IN_FIXTURES)
    assert not untested, f"rules without a failing fixture: {sorted(untested)}"


def test_every_rule_passes_the_clean_fixture_while_running(lint_fixture: Callable[[str], LintResult]) -> None:
    result = lint_fixture("clean")
    assert {rule.code for rule in RULES if not rule.needs_network and not rule.needs_insights} <= set(result.rules)
