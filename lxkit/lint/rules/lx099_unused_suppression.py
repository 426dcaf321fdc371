"""LX099 unused-suppression: an inline suppression that suppresses nothing."""

from __future__ import annotations

from lxkit.findings import Severity
from lxkit.lint.rule import Area, EngineRule, Example


class UnusedSuppression(EngineRule):
    """A ``lxkit: disable...`` comment that no finding needed, names no rule, or is misplaced."""

    code = "LX099"
    name = "unused-suppression"
    severity = Severity.WARNING
    area = Area.CONTENT
    summary = (
        "An 'lxkit: disable' comment suppresses nothing: the rule finds nothing there, the code is no rule, "
        "or a file-wide disable stands after content."
    )
    rationale = (
        "Suppressions outlive the problem they hid. One that suppresses nothing would silently hide the next "
        "real problem on that line, so it is reported until it is removed."
    )
    example = Example(
        "markdown",
        bad="""\
<!-- lxkit: disable-next-line LX202 -->
![A run chart of weekly deploys](deploys.png)""",
        good="""\
![A run chart of weekly deploys](deploys.png)""",
    )
