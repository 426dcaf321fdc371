"""The rule pages in docs/rules are generated from the rules and must be up to date."""

from __future__ import annotations

from pathlib import Path

from lxkit.lint.docs import generate, main, rule_page, stale, write
from lxkit.lint.registry import RULES, find_rule


def test_checked_in_rule_pages_are_generated_from_the_rules(repo_root: Path) -> None:
    out_of_date = stale(repo_root / "docs" / "rules", generate())
    assert not out_of_date, f"run 'python -m lxkit.lint.docs' to update: {out_of_date}"


def test_every_rule_page_has_the_parts_reviewers_rely_on() -> None:
    for rule in RULES:
        page = rule_page(rule)
        assert page.startswith(f"# {rule.code} {rule.name}\n")
        for part in ("| Severity |", "## Why it matters", "Reported:", "Passes:", "## Configuring"):
            assert part in page, f"{rule.code} page lacks {part}"
        assert rule.summary and rule.rationale and rule.example.bad != rule.example.good


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    assert all(code.startswith("LX") and len(code) == 5 and code[2:].isdigit() for code in codes)
    assert all(name == name.lower() and " " not in name for name in names)
    assert find_rule("objective-not-measurable") is find_rule("lx102")


def test_main_writes_checks_and_removes_stale_pages(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    assert main([str(folder)]) == 0
    assert main(["--check", str(folder)]) == 0
    (folder / "LX102.md").write_text("edited by hand")
    (folder / "LX777.md").write_text("a rule that no longer exists")
    assert main(["--check", str(folder)]) == 1
    assert sorted(write(folder, generate())) == ["LX102.md", "LX777.md"]
    assert not (folder / "LX777.md").exists() and main(["--check", str(folder)]) == 0
