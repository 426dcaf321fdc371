"""LX202 image-alt-missing: an image without alt text."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import BodyContext
from lxkit.lint.html import start_tags
from lxkit.lint.rule import Area, BodyRule, Example


class ImageAltMissing(BodyRule):
    """Images need a text alternative."""

    code = "LX202"
    name = "image-alt-missing"
    severity = Severity.WARNING
    area = Area.ACCESSIBILITY
    summary = "An image has no alt text (a Markdown image with empty brackets, or an <img> without alt)."
    rationale = (
        "Screen-reader users hear the alt text instead of seeing the image, and everyone sees it when the image "
        "fails to load. Say what the image shows that matters for learning. A purely decorative HTML image may "
        'use alt="".'
    )
    standard = "WCAG 2.2 success criterion 1.1.1 (non-text content); Quality Matters (HE Rubric, 6th ed.) 8.3"
    example = Example(
        "markdown",
        bad="""\
![](latency-histogram.png)""",
        good="""\
![Histogram of request latency: most requests under 200 ms, a long tail up to 4 s](latency-histogram.png)""",
    )

    def check(self, context: BodyContext) -> Iterator[Finding]:
        """A finding per image without alt text."""
        path = context.document.path
        for link in context.body.links:
            if link.image and not link.text.strip():
                yield self.finding(
                    path, link.line, link.column, f"the image '{link.url}' has no alt text; describe what it shows"
                )
        for chunk in context.body.html:
            for tag in start_tags(chunk):
                if tag.name == "img" and tag.get("alt") is None:
                    src = tag.get("src") or ""
                    yield self.finding(
                        path, tag.line, tag.column, f"the image '{src}' has no alt attribute; describe what it shows"
                    )
