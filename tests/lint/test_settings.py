"""The portal's lint settings: disable, severity, options; bad settings are usage errors (exit 2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lxkit.exceptions import ConfigError
from lxkit.findings import Severity
from lxkit.lint.engine import lint_portal
from lxkit.lint.registry import RULES
from lxkit.lint.settings import read_settings
from tests.lint.conftest import load

PortalDir = Callable[..., Path]


def codes(root: Path) -> list[str]:
    return [finding.code for finding in lint_portal(load(root)).findings]


def test_disable_by_code_or_name_switches_rules_off(portal_dir: PortalDir) -> None:
    assert "LX102" in codes(portal_dir("objectives"))
    root = portal_dir("objectives", lint="disable: [LX102, objective-not-practised]")
    found = codes(root)
    assert "LX102" not in found and "LX103" not in found and "LX101" in found


def test_severity_changes_a_rules_severity(portal_dir: PortalDir) -> None:
    root = portal_dir("objectives", lint="severity: {LX102: error, LX101: info}")
    result = lint_portal(load(root))
    assert {f.severity for f in result.findings if f.code == "LX102"} == {Severity.ERROR}
    assert {f.severity for f in result.findings if f.code == "LX101"} == {Severity.INFO}


def test_options_change_rule_limits(portal_dir: PortalDir) -> None:
    assert codes(portal_dir("objectives", lint="options: {max_objectives: 6}")).count("LX104") == 0
    assert codes(portal_dir("objectives", lint="options: {max_objectives: 1}")).count("LX104") == 2
    strict = codes(portal_dir("flipped", lint="options: {max_lecture_share: 0.9}"))
    assert strict.count("LX120") == 1  # only "no active activity" is left


def test_verb_lists_are_options(portal_dir: PortalDir) -> None:
    root = portal_dir("objectives", lint="options: {unmeasurable_verbs: [explain]}")
    result = lint_portal(load(root))
    messages = [f.message for f in result.findings if f.code == "LX102"]
    assert messages and all("'explain'" in message for message in messages)
    required = portal_dir("objectives", lint="options: {require_measurable_verb: true, measurable_verbs: [explain]}")
    assert codes(required).count("LX102") > codes(portal_dir("objectives")).count("LX102")


@pytest.mark.parametrize(
    ("lint", "message"),
    [
        ({"disable": ["LX999"]}, "'LX999', which is no lint rule"),
        ({"disable": "LX102"}, "must be a list"),
        ({"severity": {"objective-not-measureable": "error"}}, "did you mean 'objective-not-measurable'"),
        ({"severity": {"LX102": "fatal"}}, "must be error, warning or info"),
        ({"options": {"max_objective": 3}}, "did you mean 'max_objectives'"),
        ({"options": {"max_objectives": "five"}}, "must be a whole number"),
        ({"options": {"max_lecture_share": True}}, "must be a number"),
        ({"options": {"unmeasurable_verbs": "understand"}}, "must be a list of text"),
    ],
)
def test_bad_settings_are_reported_together(lint: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        read_settings(lint, RULES)
    assert message in raised.value.message


def test_defaults_when_nothing_is_set() -> None:
    settings = read_settings({}, RULES)
    assert settings.disabled == frozenset() and dict(settings.severities) == {}
    assert settings.options.integer("max_objectives") == 5
    assert settings.options.number("max_lecture_share") == 0.5
    assert "understand" in settings.options.words("unmeasurable_verbs")


def test_sample_portal_settings_are_read(repo_root: Path) -> None:
    from lxkit.config import load_config

    settings = read_settings(load_config(repo_root / "mkdocs.yml").lint, RULES)
    assert settings.options.number("max_lecture_share") == 0.4
