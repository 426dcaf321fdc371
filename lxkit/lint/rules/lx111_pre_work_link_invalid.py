"""LX111 pre-work-link-invalid: a pre-work URL that is not an absolute http(s) URL."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.locate import item_key
from lxkit.lint.rule import Area, Example, ModuleRule
from lxkit.weburls import web_url_problem


class PreWorkLinkInvalid(ModuleRule):
    """Pre-work must link to a web page learners can open."""

    code = "LX111"
    name = "pre-work-link-invalid"
    severity = Severity.ERROR
    area = Area.FLIPPED_CLASSROOM
    summary = (
        "A pre-work URL is not an absolute http(s) URL (javascript:, data:, relative, malformed). Plain http is "
        "reported by LX114."
    )
    rationale = (
        "Pre-work lives on external platforms and is opened from the portal's module page; a relative, "
        "malformed or script URL leaves learners with a dead button, or worse, runs code in the portal."
    )
    example = Example(
        "yaml",
        bad="""\
pre_work:
  - title: Intro to ML
    url: www.kaggle.com/learn/intro-to-machine-learning""",
        good="""\
pre_work:
  - title: Intro to ML
    url: https://www.kaggle.com/learn/intro-to-machine-learning""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding per pre-work item whose URL is not a web address."""
        module = context.module
        for item in module.pre_work:
            problem = web_url_problem(item.url)
            if problem is not None:
                key = item_key(module.source, ("pre_work",), item.line, "url")
                yield self.at(module, key, f"the URL of '{item.title}' {problem}")
