"""``review``: the whole review of a change between two Git refs, as data for the report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxkit import git
from lxkit.findings import Finding, Severity
from lxkit.insights.results import Insights
from lxkit.review.checks import VERSION_RULE, review_checks
from lxkit.review.diff import CourseDiff, diff_portals
from lxkit.review.insight_figures import ItemFigures, changed_item_figures
from lxkit.review.lintdiff import LintDelta, compare_findings, lint_findings
from lxkit.review.snapshot import portal_at


@dataclass(frozen=True)
class Ref:
    """A side of the comparison: the name given and the commit it resolved to."""

    name: str
    commit: str

    @property
    def short(self) -> str:
        """The abbreviated commit id."""
        return self.commit[:8]


@dataclass(frozen=True)
class Review:
    """What a change does: course diffs, review checks and the lint delta."""

    base: Ref
    head: Ref
    courses: tuple[CourseDiff, ...]
    checks: tuple[Finding, ...]
    lint: LintDelta
    figures: tuple[ItemFigures, ...] = ()

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """Findings that fail the review: new lint errors and every LX301."""
        version = tuple(f for f in self.checks if f.code == VERSION_RULE.code and f.severity is Severity.ERROR)
        return version + self.lint.introduced_errors

    @property
    def failed(self) -> bool:
        """Whether the change should not be merged as it is."""
        return bool(self.blocking)


def review_change(repo: Path, config_path: str, base: str, head: str, insights: Insights | None = None) -> Review:
    """Compare the portal at ``base`` with the portal at ``head`` (``config_path`` relative to the repo root);
    with ``insights``, the figures so far of the questions and pre-work items the change edits."""
    base_ref = Ref(base, git.require_commit(repo, base))
    head_ref = Ref(head, git.require_commit(repo, head))
    with (
        portal_at(repo, base_ref.commit, config_path) as before,
        portal_at(repo, head_ref.commit, config_path) as after,
    ):
        lint = compare_findings(lint_findings(before), lint_findings(after))
        courses = diff_portals(before, after)
        checks = tuple(review_checks(before, after))
        figures = changed_item_figures(before, after, insights) if insights is not None else ()
    return Review(base_ref, head_ref, courses, checks, lint, figures)


def default_base(repo: Path, head: str) -> str:
    """The merge-base of ``head`` with the repository's default branch."""
    return git.merge_base(repo, git.default_branch(repo), head)
