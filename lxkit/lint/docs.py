"""Rule pages generated from the rules themselves, so the documentation cannot drift.

``python -m lxkit.lint.docs [DIR]`` writes ``DIR/index.md`` and one ``DIR/LXnnn.md`` per rule
(default ``docs/rules``); ``--check`` only compares and exits 1 when a page is out of date.
``lxkit rules CODE`` prints the same page.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lxkit.lint.options import format_value
from lxkit.lint.registry import RULES
from lxkit.lint.rule import EngineRule, LoaderRule, Rule, Scope

DOCS_BASE = "https://lxkit.dev/docs/rules"
DEFAULT_DIR = Path("docs") / "rules"
_WHERE = {
    Scope.PORTAL: "the whole portal",
    Scope.COURSE: "each course (its index.md and its modules together)",
    Scope.MODULE: "the front-matter of each module",
    Scope.BODY: "the Markdown text of every course file",
}


def rule_help_uri(code: str) -> str:
    """Address of a rule's page (or of the index, for ``index``)."""
    return f"{DOCS_BASE}/{code}.md"


def checked_on(rule: Rule[Any]) -> str:
    """Where the rule looks, in words."""
    if rule.checks:
        return rule.checks
    if isinstance(rule, LoaderRule):
        return "every course file, while lxkit reads it (`lxkit build` reports these too)"
    if isinstance(rule, EngineRule):
        return "the findings of a run (reported by lxkit itself)" if not rule.tags else f"{', '.join(rule.tags)} mode"
    if rule.needs_network:
        return f"{_WHERE[rule.scope]}, only with `lxkit lint --check-links`"
    if rule.needs_insights:
        return "the knowledge checks, against the learners' answers, only with `lxkit lint --insights`"
    return _WHERE[rule.scope]


def rule_page(rule: Rule[Any]) -> str:
    """The Markdown page of one rule."""
    lines = [f"# {rule.code} {rule.name}", "", rule.summary, "", "| | |", "| --- | --- |"]
    lines.append(f"| Severity | {rule.severity.value} |")
    lines.append(f"| Area | {rule.area.value} |")
    lines.append(f"| Checks | {checked_on(rule)} |")
    if rule.standard:
        lines.append(f"| Standard | {rule.standard} |")
    lines += ["", "## Why it matters", "", rule.rationale, "", "## Example", "", "Reported:", ""]
    lines += _fenced(rule.example.language, rule.example.bad)
    lines += ["", "Passes:", ""]
    lines += _fenced(rule.example.language, rule.example.good)
    if rule.options:
        first, spec = next(iter(rule.options.items()))
        lines += ["", "## Options", "", "Set in `mkdocs.yml` under `lxkit:`, `lint:`, `options:`, e.g.:", ""]
        example = f"      {first}: {format_value(spec.default)}"
        lines += ["```yaml", "lxkit:", "  lint:", "    options:", example, "```", ""]
        lines += ["| option | default | meaning |", "| --- | --- | --- |"]
        for name, spec in rule.options.items():
            lines.append(f"| `{name}` | `{format_value(spec.default)}` | {spec.description} |")
    lines += ["", "## Configuring", "", *_configuring(rule)]
    return "\n".join(lines) + "\n"


def _fenced(language: str, text: str) -> list[str]:
    return [f"```{language}", *text.splitlines(), "```"]


def _configuring(rule: Rule[Any]) -> list[str]:
    code = rule.code
    return [
        "- For the whole portal, in `mkdocs.yml`, under the `lxkit:` section (indented as shown; a `lint:` at "
        "the top level of `mkdocs.yml` is an error):",
        "",
        "  ```yaml",
        "  lxkit:",
        "    lint:",
        f"      disable: [{code}]           # switches it off",
        f"      severity: {{{code}: error}}  # or changes its severity",
        "  ```",
        "",
        f"- For one file: `<!-- lxkit: disable {code} -- the reason -->` on its own line before any content, or "
        f"`# lxkit: disable {code} -- the reason` in the front-matter.",
        f"- For one line: `<!-- lxkit: disable-next-line {code} -- the reason -->` on the line before, "
        f"`<!-- lxkit: disable-line {code} -- the reason -->` at the end of the line, or "
        f"`# lxkit: disable-line {code} -- the reason` after a front-matter value. The reason (after ` -- `) is "
        "shown by `lxkit lint --summary`.",
    ]


def index_page(rules: Sequence[Rule[Any]] = RULES) -> str:
    """The Markdown list of every rule."""
    lines = [
        "# Lint rules",
        "",
        "`lxkit lint` checks courses with these rules; `lxkit rules CODE` prints a rule's page. Codes and names",
        "never change meaning. These pages are generated from the rules (`python -m lxkit.lint.docs`).",
        "",
        "| code | name | severity | area | checks |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in rules:
        lines.append(
            f"| [{rule.code}]({rule.code}.md) | {rule.name} | {rule.severity.value} | {rule.area.value} "
            f"| {rule.summary} |"
        )
    return "\n".join(lines) + "\n"


def generate(rules: Sequence[Rule[Any]] = RULES) -> dict[str, str]:
    """Every page by file name."""
    pages = {"index.md": index_page(rules)}
    pages.update({f"{rule.code}.md": rule_page(rule) for rule in rules})
    return pages


def stale(folder: Path, pages: dict[str, str]) -> list[str]:
    """Names of pages in ``folder`` that differ from ``pages``, are missing, or belong to no rule."""
    existing = {path.name for path in folder.glob("*.md")} if folder.is_dir() else set()
    different = [name for name, text in pages.items() if not _same(folder / name, text)]
    return sorted(set(different) | (existing - set(pages)))


def _same(path: Path, text: str) -> bool:
    try:
        return path.read_text("utf-8") == text
    except OSError:
        return False


def write(folder: Path, pages: dict[str, str]) -> list[str]:
    """Write the pages that changed and remove pages of no rule; returns the names touched."""
    folder.mkdir(parents=True, exist_ok=True)
    touched = stale(folder, pages)
    for name in touched:
        if name in pages:
            (folder / name).write_text(pages[name], encoding="utf-8")
        else:
            (folder / name).unlink()
    return touched


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m lxkit.lint.docs [--check] [DIR]``: 0 when the pages are (now) up to date."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    folders = [arg for arg in args if arg != "--check"]
    folder = Path(folders[0]) if folders else DEFAULT_DIR
    pages = generate()
    if check:
        out_of_date = stale(folder, pages)
        for name in out_of_date:
            print(f"{folder / name} is out of date; run: python -m lxkit.lint.docs {folder}", file=sys.stderr)
        return 1 if out_of_date else 0
    for name in write(folder, pages):
        print(f"wrote {folder / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
