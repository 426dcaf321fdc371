"""``lxkit rules [CODE]``: list the lint rules, or print one rule's page."""

from __future__ import annotations

import re

import click

from lxkit.console import Console
from lxkit.exceptions import UsageError
from lxkit.lint.docs import index_page, rule_page
from lxkit.lint.hints import closest
from lxkit.lint.registry import RULES, find_rule


def rules_command(console: Console, code: str | None, markdown: bool) -> int:
    """Print the rule list (as a table, or Markdown) or the page of the rule ``code`` (code or name)."""
    if code is None:
        click.echo(index_page() if markdown else rule_table())
        return 0
    rule = find_rule(code)
    if rule is None:
        hint = closest(code.upper(), [r.code for r in RULES])
        raise UsageError(f"there is no lint rule '{code}'{hint}; 'lxkit rules' lists them")
    click.echo(rule_page(rule), nl=False)
    return 0


def rule_table() -> str:
    """One line per rule: code, name, severity, area and what it checks."""
    width = max(len(rule.name) for rule in RULES)
    lines = [
        f"{rule.code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.area.value:<17}  "
        f"{first_sentence(rule.summary)}"
        for rule in RULES
    ]
    lines.append("")
    lines.append("'lxkit rules CODE' prints a rule's page: what it checks, why, examples and options.")
    return "\n".join(lines)


_SENTENCE_END = re.compile(r"(?<!e\.g)(?<!i\.e)\.\s+(?=[A-Z])")


def first_sentence(text: str) -> str:
    """The first sentence of a summary."""
    match = _SENTENCE_END.search(text)
    return text[: match.start() + 1] if match else text
