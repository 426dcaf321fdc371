"""``--format sarif``: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from lxkit import __version__
from lxkit.findings import Finding, Severity
from lxkit.formatters.base import Formatter, Report
from lxkit.lint.docs import rule_help_uri, rule_page
from lxkit.lint.rule import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


class SarifFormatter(Formatter):
    """A SARIF log with one run: lxkit as the tool with every rule, and one result per finding."""

    name = "sarif"
    description = "SARIF 2.1.0 log for code scanning"

    def render(self, report: Report) -> str:
        """The SARIF document."""
        rules = list(report.rules)
        index = {rule.code: position for position, rule in enumerate(rules)}
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": driver(rules)},
                    "columnKind": "unicodeCodePoints",
                    "results": [result(report, finding, index) for finding in report.result.findings],
                }
            ],
        }
        return json.dumps(log, indent=2, ensure_ascii=False)


def driver(rules: Sequence[Rule[Any]]) -> dict[str, Any]:
    """``tool.driver``: lxkit and the metadata of every rule."""
    return {
        "name": "lxkit",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": rule_help_uri("index"),
        "rules": [
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.rationale},
                "helpUri": rule_help_uri(rule.code),
                "help": {"text": rule.summary, "markdown": rule_page(rule)},
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
                "properties": {"tags": [rule.area.value, *rule.tags]},
            }
            for rule in rules
        ],
    }


def result(report: Report, finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    """One SARIF result."""
    data: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": report.path(finding.path)},
                    "region": {"startLine": finding.line, "startColumn": finding.column},
                }
            }
        ],
    }
    if finding.code in index:
        data["ruleIndex"] = index[finding.code]
    return data
