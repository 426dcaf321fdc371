"""Lint findings a change introduces and fixes (pure comparison, plus the lint run on one snapshot).

Findings are compared by (path, code, message), ignoring lines and columns, so that a finding
which only moved because lines were inserted above it is neither new nor fixed. Findings on
both sides are only counted: old debt must not drown the review.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from lxkit.findings import Finding, Severity, sort_findings
from lxkit.model import Portal

FindingKey = tuple[str, str, str]


@dataclass(frozen=True)
class LintDelta:
    """New findings, fixed findings and the number found on both sides."""

    introduced: tuple[Finding, ...]
    fixed: tuple[Finding, ...]
    unchanged: int

    @property
    def introduced_errors(self) -> tuple[Finding, ...]:
        """The new findings of error severity (they fail the review)."""
        return tuple(f for f in self.introduced if f.severity is Severity.ERROR)


def finding_key(finding: Finding) -> FindingKey:
    """What identifies a finding across two versions of a file."""
    return (finding.path, finding.code, finding.message)


def compare_findings(before: Iterable[Finding], after: Iterable[Finding]) -> LintDelta:
    """Introduced (only after), fixed (only before) and unchanged findings, counted as multisets."""
    old, new = list(before), list(after)
    old_left = Counter(finding_key(f) for f in old)
    new_left = Counter(finding_key(f) for f in new)
    common = old_left & new_left
    introduced = _beyond(new, common)
    fixed = _beyond(old, common)
    return LintDelta(tuple(sort_findings(introduced)), tuple(sort_findings(fixed)), sum(common.values()))


def _beyond(findings: list[Finding], common: Counter[FindingKey]) -> list[Finding]:
    """The findings left after removing ``common`` occurrences of each key."""
    budget = Counter(common)
    left = []
    for finding in findings:
        key = finding_key(finding)
        if budget[key] > 0:
            budget[key] -= 1
        else:
            left.append(finding)
    return left


def lint_findings(portal: Portal) -> list[Finding]:
    """The lint findings of one snapshot (review-mode rules excluded by the lint engine)."""
    from lxkit.lint.engine import lint_portal

    return list(lint_portal(portal).findings)
