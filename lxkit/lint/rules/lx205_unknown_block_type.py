"""LX205 unknown-block-type: an admonition type lxkit does not know (e.g. ``!!! excercise``)."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.context import BodyContext
from lxkit.lint.hints import closest
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, BodyRule, Example

DEFAULT_TYPES = (
    "note",
    "abstract",
    "info",
    "tip",
    "success",
    "question",
    "warning",
    "failure",
    "danger",
    "bug",
    "example",
    "quote",
    "facilitator",
    "summary",
    "tldr",
    "todo",
    "hint",
    "important",
    "check",
    "done",
    "help",
    "faq",
    "caution",
    "attention",
    "fail",
    "missing",
    "error",
    "cite",
)


class UnknownBlockType(BodyRule):
    """Admonitions must be of a type the portal styles (and ``facilitator`` for trainer notes)."""

    code = "LX205"
    name = "unknown-block-type"
    severity = Severity.WARNING
    area = Area.CONTENT
    summary = (
        "An admonition (!!! or ???) of a type lxkit does not know; catches typos like '!!! excercise' and "
        "'!!! facilitater'."
    )
    rationale = (
        "An unknown type renders as a plain grey box. Worse, a misspelt 'facilitator' block is shown to "
        "learners: trainer-only notes (answers, timings) leak into the learner pages."
    )
    options = MappingProxyType(
        {
            "admonition_types": OptionSpec(
                DEFAULT_TYPES, "Admonition types the portal knows (Material's and facilitator)."
            )
        }
    )
    example = Example(
        "markdown",
        bad="""\
!!! facilitater "Running this session"
    The dataset has a fake jump in week 14; let pairs find it.""",
        good="""\
!!! facilitator "Running this session"
    The dataset has a fake jump in week 14; let pairs find it.""",
    )

    def check(self, context: BodyContext) -> Iterator[Finding]:
        """A finding per admonition of an unknown type."""
        known = context.options.words("admonition_types")
        for block in context.body.admonitions:
            if block.kind not in known:
                hint = closest(block.kind, known) or "; the known types are in the admonition_types option"
                yield self.finding(
                    context.document.path, block.line, block.column, f"unknown block type '{block.kind}'{hint}"
                )
