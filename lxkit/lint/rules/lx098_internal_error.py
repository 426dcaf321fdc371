"""LX098 internal-error: a rule failed on a file; the other rules' findings are still reported."""

from __future__ import annotations

from lxkit.findings import Finding, Severity
from lxkit.lint.rule import Area, EngineRule, Example


class InternalError(EngineRule):
    """Reported by the engine when a rule raises instead of returning findings."""

    code = "LX098"
    name = "internal-error"
    severity = Severity.ERROR
    area = Area.CONTENT
    summary = "A rule failed on a file. This is a bug in lxkit: the file could not be fully checked."
    rationale = (
        "Bad input must never stop the linter: the failure of one rule on one file is reported here, and every "
        "other finding is still reported. Please report the message to the lxkit maintainers."
    )
    example = Example("markdown", bad="(any file a rule fails on)", good="(the same file after the fix in lxkit)")

    def crashed(self, code: str, path: str, error: Exception) -> Finding:
        """The finding for ``code`` failing on ``path``."""
        reason = f"{type(error).__name__}: {error}"
        return self.finding(path, 1, 1, f"rule {code} failed on this file ({reason}); please report this lxkit bug")
