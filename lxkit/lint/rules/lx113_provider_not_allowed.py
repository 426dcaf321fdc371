"""LX113 provider-not-allowed: a pre-work link to a host that is not on the portal's allow-list."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import ModuleContext
from lxkit.lint.locate import item_key
from lxkit.lint.rule import Area, Example, ModuleRule
from lxkit.weburls import host, host_allowed, web_url_problem, with_aliases


class ProviderNotAllowed(ModuleRule):
    """Pre-work hosts must be ones the company has approved (``lxkit.providers`` in mkdocs.yml)."""

    code = "LX113"
    name = "provider-not-allowed"
    severity = Severity.WARNING
    area = Area.FLIPPED_CLASSROOM
    summary = (
        "A pre-work link's host is not on the portal's allow-list (lxkit.providers), when one is configured; "
        "subdomains of a listed host, the provider's own other hosts (youtu.be and youtube-nocookie.com for "
        "youtube.com, lnkd.in for linkedin.com, aka.ms for microsoft.com) and the portal's own site_url host are "
        "allowed."
    )
    rationale = (
        "Companies approve learning platforms for privacy, licences and single sign-on. A link to another host "
        "may need an account learners do not have, or send their data somewhere it should not go."
    )
    example = Example(
        "yaml",
        bad="""\
# mkdocs.yml: lxkit: {providers: [coursera.org, youtube.com]}
pre_work:
  - title: Statistics in 10 minutes
    url: https://random-video-site.example/watch/123""",
        good="""\
# mkdocs.yml: lxkit: {providers: [coursera.org, youtube.com]}
pre_work:
  - title: Statistics in 10 minutes
    url: https://www.youtube.com/watch?v=123""",
    )

    def check(self, context: ModuleContext) -> Iterator[Finding]:
        """A finding per valid pre-work URL whose host is not allowed."""
        listed = context.portal.config.providers
        if not listed:
            return
        own = host(context.portal.config.site_url)
        allowed = with_aliases([*listed, *([own] if own else [])])
        module = context.module
        for item in module.pre_work:
            name = host(item.url)
            if web_url_problem(item.url) is None and not host_allowed(name, allowed):
                yield self.at(
                    module,
                    item_key(module.source, ("pre_work",), item.line, "url"),
                    f"'{name}' is not an approved pre-work provider; use one of {', '.join(listed)}, or ask the "
                    f"portal's maintainers to add the line '    - {name}' under 'providers:' in the 'lxkit:' section "
                    "of mkdocs.yml (a company domain such as 'acme.example' there approves all its intranet sites)",
                )
