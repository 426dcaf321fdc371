"""Introduced and fixed findings: compared by (path, code, message), lines ignored, counted as multisets."""

from __future__ import annotations

from lxkit.findings import Finding, Severity
from lxkit.review.lintdiff import compare_findings


def _f(code: str, message: str, line: int = 1, severity: Severity = Severity.WARNING, path: str = "a.md") -> Finding:
    return Finding(path, line, 1, code, "rule", severity, message)


def test_moved_findings_are_unchanged() -> None:
    delta = compare_findings([_f("LX1", "m", line=3)], [_f("LX1", "m", line=9)])
    assert (delta.introduced, delta.fixed, delta.unchanged) == ((), (), 1)


def test_new_and_fixed_findings_are_listed() -> None:
    old = [_f("LX1", "gone"), _f("LX2", "stays")]
    new = [_f("LX2", "stays"), _f("LX3", "new", severity=Severity.ERROR)]
    delta = compare_findings(old, new)
    assert [f.message for f in delta.introduced] == ["new"]
    assert [f.message for f in delta.fixed] == ["gone"]
    assert delta.unchanged == 1
    assert [f.code for f in delta.introduced_errors] == ["LX3"]


def test_a_second_occurrence_of_the_same_finding_is_new() -> None:
    delta = compare_findings([_f("LX1", "m", line=1)], [_f("LX1", "m", line=1), _f("LX1", "m", line=7)])
    assert [f.line for f in delta.introduced] == [7]
    assert delta.unchanged == 1


def test_the_same_message_in_another_file_is_another_finding() -> None:
    delta = compare_findings([_f("LX1", "m", path="a.md")], [_f("LX1", "m", path="b.md")])
    assert len(delta.introduced) == len(delta.fixed) == 1
