"""Every code lxkit itself emits (loader and settings problems) is a registered rule with a page."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.exceptions import ConfigError
from lxkit.findings import Finding
from lxkit.lint.registry import find_rule
from lxkit.problems import LOADER_CODES, config_problem


def registered(finding: Finding, repo_root: Path) -> bool:
    rule = find_rule(finding.code)
    page = repo_root / "docs" / "rules" / f"{finding.code}.md"
    return rule is not None and (rule.name, rule.severity) == (finding.rule, finding.severity) and page.is_file()


def test_loader_codes_are_registered_rules_with_pages(repo_root: Path) -> None:
    for code, (name, severity) in LOADER_CODES.items():
        assert registered(Finding("x.md", 1, 1, code, name, severity, ""), repo_root), code


def test_a_settings_problem_is_a_registered_rule_with_a_page(tmp_path: Path, repo_root: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Academy\ncourses_dir: courses\n", "utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(config)
    (finding,) = raised.value.findings
    assert (finding.path, finding.line, finding.column) == ("mkdocs.yml", 2, 1)
    assert registered(finding, repo_root) and finding == config_problem("mkdocs.yml", 2, 1, finding.message)
