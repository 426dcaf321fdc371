"""LX203 link-text-uninformative: link text such as "here", "click here", "read more"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.context import BodyContext
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, BodyRule, Example

DEFAULT_TEXTS = (
    "here",
    "click here",
    "click",
    "link",
    "this link",
    "this",
    "read more",
    "more",
    "learn more",
    "see here",
    "go",
    "this page",
    "page",
    "details",
)
_PUNCTUATION = re.compile(r"[^\w\s]+")


class LinkTextUninformative(BodyRule):
    """Link text says where the link goes."""

    code = "LX203"
    name = "link-text-uninformative"
    severity = Severity.WARNING
    area = Area.ACCESSIBILITY
    summary = 'Link text such as "here", "click here", "link" or "read more" that does not say where the link goes.'
    rationale = (
        "Screen-reader users often jump from link to link; a list of ten 'here' links tells them nothing. Text "
        "that names the destination also helps everyone skimming a module."
    )
    standard = "WCAG 2.2 success criterion 2.4.4 (link purpose in context)"
    options = MappingProxyType(
        {"uninformative_link_texts": OptionSpec(DEFAULT_TEXTS, "Link texts that say nothing about the destination.")}
    )
    example = Example(
        "markdown",
        bad="""\
The leakage checklist is [here](04-judging-a-model-honestly.md#leakage-checklist).""",
        good="""\
Use the [leakage checklist](04-judging-a-model-honestly.md#leakage-checklist) before you trust a score.""",
    )

    def check(self, context: BodyContext) -> Iterator[Finding]:
        """A finding per link whose whole text is uninformative."""
        vague = set(context.options.words("uninformative_link_texts"))
        for link in context.body.links:
            text = " ".join(_PUNCTUATION.sub(" ", link.text.lower()).split())
            if not link.image and text in vague:
                yield self.finding(
                    context.document.path,
                    link.line,
                    link.column,
                    f"the link text '{link.text.strip()}' does not say where the link goes; name the destination",
                )
