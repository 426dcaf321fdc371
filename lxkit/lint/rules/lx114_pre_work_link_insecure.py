"""LX114 pre-work-link-insecure: a pre-work URL with plain ``http://``."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.locate import item_key
from lxkit.lint.rule import Area, Example, ModuleRule
from lxkit.weburls import scheme, web_url_problem


class PreWorkLinkInsecure(ModuleRule):
    """Pre-work links should use https."""

    code = "LX114"
    name = "pre-work-link-insecure"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    summary = "A pre-work URL uses plain http:// instead of https://."
    rationale = (
        "Browsers warn about or block plain-http pages opened from an https portal, and learners sign in to "
        "most learning platforms: their passwords must not travel unencrypted."
    )
    example = Example(
        "yaml",
        bad="""\
pre_work:
  - title: Intro to ML
    url: http://www.kaggle.com/learn/intro-to-machine-learning""",
        good="""\
pre_work:
  - title: Intro to ML
    url: https://www.kaggle.com/learn/intro-to-machine-learning""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding per valid plain-http pre-work URL."""
        module = context.module
        for item in module.pre_work:
            if scheme(item.url) == "http" and web_url_problem(item.url) is None:
                yield self.at(
                    module,
                    item_key(module.source, ("pre_work",), item.line, "url"),
                    f"the URL of '{item.title}' uses plain http; use https:// (most platforms serve both)",
                )
