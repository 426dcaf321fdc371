"""The PR comment: author text is inert (no HTML, no table breaks, no mentions); owners are mentioned."""

from __future__ import annotations

from dataclasses import replace

from lxkit.findings import Finding, Severity
from lxkit.review.api import Ref, Review
from lxkit.review.diff import CourseDiff, Status, TextChange
from lxkit.review.lintdiff import LintDelta
from lxkit.review.report import MAX_LISTED, markdown_report, md


def _review() -> Review:
    course = CourseDiff(
        "c",
        "A | B <script>alert(1)</script> @everyone",
        "courses/c/index.md",
        Status.CHANGED,
        "1.0",
        "1.1",
        objectives=(TextChange("01-x", "o", None, "Use `rm -rf` *now*"),),
    )
    owners = Finding(
        "courses/c/index.md",
        3,
        1,
        "LX302",
        "owner-review-missing",
        Severity.INFO,
        "this change changes course 'c'; ask its owners to approve: Ada (sme, @ada), Bo (business, @bo-2)",
    )
    return Review(Ref("main", "a" * 40), Ref("HEAD", "b" * 40), (course,), (owners,), LintDelta((), (), 0))


def test_author_text_cannot_inject_html_break_tables_or_mention() -> None:
    report = markdown_report(_review())
    assert "<script>" not in report
    assert "A \\| B \\<script\\>" in report
    assert "@everyone" not in report and "@\u200beveryone" in report
    assert "Use \\`rm -rf\\` \\*now\\*" in report


def test_owners_are_mentioned_so_they_are_notified() -> None:
    report = markdown_report(_review())
    assert "Ada (sme, @ada), Bo (business, @bo-2)" in report


def test_long_lists_are_cut() -> None:
    many = tuple(Finding("a.md", i, 1, "LX201", "broken-internal-link", Severity.ERROR, f"m{i}") for i in range(60))
    report = markdown_report(replace(_review(), lint=LintDelta(many, (), 3)))
    assert report.count("`LX201` broken-internal-link") == MAX_LISTED
    assert f"and {60 - MAX_LISTED} more" in report
    assert "60 new finding(s), 0 fixed, 3 already there" in report


def test_md_flattens_lines() -> None:
    assert md("a\n\n# b") == "a # b"
