"""LX206 unsafe-html: scripts, iframes from hosts not allowed, inline event handlers, javascript: URLs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.context import BodyContext
from lxkit.lint.html import Tag, start_tags
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, BodyRule, Example
from lxkit.weburls import host, host_allowed, is_unsafe

DEFAULT_IFRAME_HOSTS = ("youtube.com", "youtube-nocookie.com", "player.vimeo.com", "web.microsoftstream.com")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href")


class UnsafeHtml(BodyRule):
    """Course text must not run code in learners' browsers."""

    code = "LX206"
    name = "unsafe-html"
    severity = Severity.ERROR
    area = Area.CONTENT
    summary = (
        "Raw <script>, an <iframe> from a host not in iframe_hosts, an inline event handler (onclick=...), or a "
        "javascript: URL in a link or HTML attribute."
    )
    rationale = (
        "The portal runs under the company's domain, often with single sign-on. Script in course text could read "
        "learners' progress or act in their name, so it is never allowed; embeds come only from approved video hosts."
    )
    options = MappingProxyType(
        {"iframe_hosts": OptionSpec(DEFAULT_IFRAME_HOSTS, "Hosts whose pages may be embedded with <iframe>.")}
    )
    example = Example(
        "markdown",
        bad="""\
<iframe src="https://video.example.net/embed/42"></iframe>
<a href="#" onclick="track()">Open the notebook</a>""",
        good="""\
<iframe src="https://www.youtube-nocookie.com/embed/42" title="Bootstrap in five minutes"></iframe>
[Open the notebook](https://hub.acme.example/notebooks/bootstrap.ipynb)""",
    )

    def check(self, context: BodyContext) -> Iterator[Finding]:
        """A finding per unsafe tag, attribute or link."""
        path, allowed = context.document.path, context.options.words("iframe_hosts")
        for link in context.body.links:
            if is_unsafe(link.url):
                yield self.finding(
                    path, link.line, link.column, f"the link '{link.url[:60]}' runs script; link a web page"
                )
        for chunk in context.body.html:
            for tag in start_tags(chunk):
                for problem in tag_problems(tag, allowed):
                    yield self.finding(path, tag.line, tag.column, problem)


def tag_problems(tag: Tag, iframe_hosts: Sequence[str]) -> Iterator[str]:
    """Why one HTML start tag is unsafe."""
    if tag.name == "script":
        yield "raw <script> is not allowed in course text"
    if tag.name == "iframe":
        name = host(tag.get("src") or "")
        if not name or not host_allowed(name, iframe_hosts):
            yield f"<iframe> from '{name or 'no host'}' is not allowed; embed only from {', '.join(iframe_hosts)}"
    for attribute, value in tag.attrs:
        if attribute.startswith("on"):
            yield f"inline event handler '{attribute}' on <{tag.name}> runs script; remove it"
        elif attribute in URL_ATTRIBUTES and is_unsafe(value):
            yield f'<{tag.name} {attribute}="{value[:40]}"> runs script; use a web address'
