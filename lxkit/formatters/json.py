"""``--format json``: ``{"findings": [...], "summary": {...}}`` with paths relative to the portal root."""

from __future__ import annotations

import json
from typing import Any

from lxkit.formatters.base import Formatter, Report
from lxkit.lint.scorecard import scorecard_data


class JsonFormatter(Formatter):
    """For scripts: every finding and the counts in one JSON object."""

    name = "json"
    includes_scorecard = True
    description = 'one JSON object: {"findings": [...], "summary": {"files", "errors", "warnings", "infos"}}'

    def render(self, report: Report) -> str:
        """The JSON document (a ``scorecard`` list is added with --summary)."""
        result = report.result
        data: dict[str, Any] = {
            "findings": [
                {
                    "path": finding.path,
                    "line": finding.line,
                    "column": finding.column,
                    "code": finding.code,
                    "rule": finding.rule,
                    "severity": finding.severity.value,
                    "message": finding.message,
                }
                for finding in result.findings
            ],
            "summary": {
                "files": result.files,
                "errors": result.errors,
                "warnings": result.warnings,
                "infos": result.infos,
            },
        }
        if report.scorecard is not None:
            data["scorecard"] = scorecard_data(report.scorecard)
        return json.dumps(data, indent=2, ensure_ascii=False)
