"""Inline suppressions with the settings: one decision per finding, unused ones reported only when certain."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxkit.findings import Severity
from lxkit.lint.engine import lint_portal
from lxkit.lint.markdown import parse_body
from lxkit.lint.registry import RULES
from lxkit.lint.settings import rule_lookup
from lxkit.lint.suppressions import directives
from lxkit.model import Module
from lxkit.sourcefile import parse_source
from tests.lint.conftest import load

PortalDir = Callable[..., Path]
MODULE = "courses/suppressions/02-lines.md"


def findings(root: Path, path: str = MODULE) -> list[tuple[int, str, Severity]]:
    return [(f.line, f.code, f.severity) for f in lint_portal(load(root)).findings if f.path == path]


def test_suppressing_a_rule_the_settings_switch_off_is_not_unused(portal_dir: PortalDir) -> None:
    codes = [code for _, code, _ in findings(portal_dir("suppressions", lint="disable: [LX202]"))]
    assert codes == ["LX099", "LX099"]  # the unknown rule and the empty directive only


def test_unused_suppressions_follow_the_settings_too(portal_dir: PortalDir) -> None:
    assert "LX099" not in [code for _, code, _ in findings(portal_dir("suppressions", lint="disable: [LX099]"))]
    changed = findings(portal_dir("suppressions", lint="severity: {unused-suppression: error}"))
    assert {severity for _, code, severity in changed if code == "LX099"} == {Severity.ERROR}


def test_directives_in_front_matter_and_body() -> None:
    text = (
        "---\n# lxkit: disable LX140\ntitle: x  # lxkit: disable-line LX100  # a note\n"
        "# lxkit: disable-next-line LX101\n\nweek: 1\n---\n\n"
        "<!-- lxkit: disable-next-line LX202 LX203, image-alt-missing -->\n\n![](a.png)\n"
        "text <!-- lxkit: disable-line LX203 --> <!-- lxkit: disable-line LX201 -->\n"
    )
    source = parse_source("courses/c/01-x.md", text)
    module = Module(source=source, problems=())
    found = directives(module, parse_body(source.body, source.body_line), rule_lookup(RULES))
    summary = [(d.line, d.column, d.kind, d.codes, d.target) for d in found]
    assert summary == [
        (2, 1, "disable", ("LX140",), None),
        (3, 11, "disable-line", ("LX100",), 3),
        (4, 1, "disable-next-line", ("LX101",), 6),
        (9, 1, "disable-next-line", ("LX202", "LX203"), 11),
        (12, 6, "disable-line", ("LX203",), 12),
        (12, 41, "disable-line", ("LX201",), 12),
    ]


def test_files_without_directives_are_not_scanned() -> None:
    source = parse_source("courses/c/01-x.md", "---\ntitle: x\n---\n\nNo comment here.\n")
    assert directives(Module(source=source, problems=()), parse_body(source.body), rule_lookup(RULES)) == ()


def test_a_reason_follows_two_dashes_and_a_reason_without_them_is_one_finding() -> None:
    text = (
        "---\ntitle: x\n---\n\n"
        "a <!-- lxkit: disable-line LX203 -- the link text is the product's name -->\n"
        "b <!-- lxkit: disable-line LX010 (follow-up after the course) -->\n"
        "c <!-- lxkit: disable-line LX202, LX203 -->\n"
    )
    source = parse_source("courses/c/01-x.md", text)
    module = Module(source=source, problems=())
    found = directives(module, parse_body(source.body, source.body_line), rule_lookup(RULES))
    assert [(d.codes, d.unknown, d.reason, d.loose_reason) for d in found] == [
        (("LX203",), (), "the link text is the product's name", False),
        (("LX010",), (), "(follow-up after the course)", True),
        (("LX202", "LX203"), (), "", False),
    ]


def test_summary_shows_each_suppression_with_its_reason(portal_dir: PortalDir) -> None:
    from lxkit.lint.scorecard import render_scorecard, scorecard

    root = portal_dir("suppressions")
    module = root / MODULE
    module.write_text(
        module.read_text(encoding="utf-8") + "\n[here](https://example.com) <!-- lxkit: disable-line LX203 -- "
        "the partner's wording -->\n[here](https://example.com) <!-- lxkit: disable-line LX203 words -->\n",
        encoding="utf-8",
    )
    result = lint_portal(load(root))
    text = render_scorecard(scorecard(result, RULES))
    assert "suppressed LX203 at courses/suppressions/02-lines.md:" in text
    assert "-- the partner's wording" in text and "-- words" in text
    assert "(no reason given; add one after ' -- ')" in text  # the fixture's suppressions give none
    loose = [f.message for f in result.findings if f.code == "LX099" and "after ' -- '" in f.message]
    assert loose == ["write the reason after ' -- ' so lxkit does not read it as rule names: "
                     "'lxkit: disable-line LX203 -- words'"]  # fmt: skip
