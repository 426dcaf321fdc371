"""The one place that decides a finding's fate: switched off in the settings, suppressed by an
inline comment, or reported with the severity the settings give it; and which suppressions did
nothing (reported as LX099 ``unused-suppression``).
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from typing import Any

from lxkit.findings import Finding
from lxkit.lint.rule import Rule
from lxkit.lint.settings import LintSettings
from lxkit.lint.suppressions import FILE, Directive

UNUSED_CODE = "LX099"


@dataclass(frozen=True, slots=True)
class Suppression:
    """A suppression that took effect: where, which rule, and the author's reason ('' when none)."""

    path: str
    line: int
    code: str
    reason: str


class DecisionEngine:
    """Applies settings and suppressions to findings and remembers which suppressions were used."""

    def __init__(self, settings: LintSettings, directives: Iterable[Directive], unused_rule: Rule[Any]) -> None:
        self.settings = settings
        self.unused_rule = unused_rule
        self.directives = tuple(directives)
        self._file: dict[tuple[str, str], list[Directive]] = {}
        self._line: dict[tuple[str, int, str], list[Directive]] = {}
        self._used: set[tuple[Directive, str]] = set()
        for directive in self.directives:
            if directive.misplaced:
                continue
            for code in directive.codes:
                if directive.target is None:
                    self._file.setdefault((directive.path, code), []).append(directive)
                else:
                    self._line.setdefault((directive.path, directive.target, code), []).append(directive)

    def enabled(self, code: str) -> bool:
        """Whether the settings leave a rule switched on."""
        return code not in self.settings.disabled

    def decide(self, finding: Finding) -> Finding | None:
        """The finding as reported (severity from the settings), or None when switched off or suppressed."""
        if not self.enabled(finding.code):
            return None
        covering = self._file.get((finding.path, finding.code), []) + self._line.get(
            (finding.path, finding.line, finding.code), []
        )
        if covering:
            self._used.update((directive, finding.code) for directive in covering)
            return None
        severity = self.settings.severities.get(finding.code)
        return finding.with_severity(severity) if severity is not None else finding

    def decide_all(self, findings: Iterable[Finding]) -> list[Finding]:
        """:meth:`decide` for many findings, dropping the switched-off ones."""
        return [kept for finding in findings if (kept := self.decide(finding)) is not None]

    def used(self) -> tuple[Suppression, ...]:
        """The suppressions that suppressed a finding, with their reasons (for ``--summary``)."""
        return tuple(
            sorted(
                {Suppression(d.path, d.line, code, d.reason) for d, code in self._used},
                key=lambda s: (s.path, s.line, s.code),
            )
        )

    def unused(self, ran: Set[str]) -> list[Finding]:
        """LX099 findings (already decided) for suppressions that suppressed nothing.

        Only rules that ran count: a suppression of a rule switched off in the settings, or of
        LX210 without ``--check-links``, may be needed on another run.
        """
        found: list[Finding] = []
        for directive in self.directives:
            found.extend(self._problems(directive, ran))
        return self.decide_all(found)

    def _problems(self, directive: Directive, ran: Set[str]) -> Iterable[Finding]:
        report = self.unused_rule.finding
        where = directive.path, directive.line, directive.column
        if directive.misplaced:
            yield report(
                *where,
                f"'lxkit: {directive.text}' must stand on a line of its own before any content to cover the "
                "whole file; move it to the top, or use disable-next-line",
            )
            return
        if directive.loose_reason:
            yield report(
                *where,
                f"write the reason after ' -- ' so lxkit does not read it as rule names: "
                f"'lxkit: {directive.kind} {' '.join(directive.codes)} -- {directive.reason}'",
            )
        if not directive.codes and not directive.unknown:
            yield report(*where, "this suppression names no rule; add the code, e.g. 'lxkit: disable-next-line LX202'")
        for name in directive.unknown:
            yield report(*where, f"'{name}' in this suppression is no lint rule; see 'lxkit rules' for the codes")
        for code in directive.codes:
            if code in ran and code != UNUSED_CODE and (directive, code) not in self._used:
                yield report(*where, _unused_message(directive, code))


def _unused_message(directive: Directive, code: str) -> str:
    scope = "in this file" if directive.kind == FILE else f"on line {directive.target}"
    return f"'lxkit: {directive.kind} {code}' suppresses nothing: there is no {code} finding {scope}; remove it"
