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
