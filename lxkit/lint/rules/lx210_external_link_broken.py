"""LX210 external-link-broken: a pre-work or body URL that does not answer with success (--check-links)."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.context import PortalContext
from lxkit.lint.locate import item_key
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, Example, PortalRule
from lxkit.weburls import is_web


class ExternalLinkBroken(PortalRule):
    """External pages move and vanish; pre-work most of all."""

    code = "LX210"
    name = "external-link-broken"
    severity = Severity.WARNING
    area = Area.CONTENT
    needs_network = True
    summary = (
        "A pre-work or body URL does not answer with success. Only with --check-links: checked concurrently with "
        "a timeout, a per-host limit and an on-disk cache (.lxkit-cache/links.json) with an expiry."
    )
    rationale = (
        "MOOC platforms reorganise their catalogues and articles move. A dead pre-work link means learners "
        "arrive at the session unprepared, through no fault of their own."
    )
    options = MappingProxyType(
        {
            "link_timeout": OptionSpec(10.0, "Seconds to wait for an answer from one URL."),
            "link_max_per_host": OptionSpec(4, "Most requests to one host at the same time."),
            "link_cache_hours": OptionSpec(24.0, "Hours a successful check is remembered (failures: at most one)."),
        }
    )
    example = Example(
        "yaml",
        bad="""\
pre_work:
  - title: Intro to ML
    url: https://www.kaggle.com/learn/intro-to-machine-lerning""",
        good="""\
pre_work:
  - title: Intro to ML
    url: https://www.kaggle.com/learn/intro-to-machine-learning""",
    )

    def check(self, context: PortalContext) -> Iterator[Finding]:
        """A finding per place that uses a URL which does not answer with success."""
        if context.link_checker is None:
            return
        places = list(self._places(context))
        options = context.options
        statuses = context.link_checker.check(
            (url for *_, url in places),
            timeout=options.number("link_timeout"),
            per_host=options.integer("link_max_per_host"),
            max_age_hours=options.number("link_cache_hours"),
        )
        for path, line, column, url in places:
            status = statuses.get(url)
            if status is not None and not status.ok:
                yield self.finding(path, line, column, f"'{url}' does not answer with success ({status.detail})")

    def _places(self, context: PortalContext) -> Iterator[tuple[str, int, int, str]]:
        for course in context.portal.courses:
            for document in (course, *course.modules):
                for link in context.bodies.of(document).links:
                    if is_web(link.url):
                        yield document.path, link.line, link.column, link.url
            for module in course.modules:
                for item in module.pre_work:
                    if is_web(item.url):
                        line, column = module.source.position(*item_key(module.source, ("pre_work",), item.line, "url"))
                        yield module.path, line, column, item.url
