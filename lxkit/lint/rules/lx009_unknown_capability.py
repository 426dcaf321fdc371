"""LX009 unknown-capability: a capability id the portal's capability framework does not define."""

from __future__ import annotations

from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.lint.context import CourseContext
from lxkit.lint.hints import closest
from lxkit.lint.locate import value_at
from lxkit.lint.rule import Area, CourseRule, Example
from lxkit.values import items, text


class UnknownCapability(CourseRule):
    """A course lists a capability that ``lxkit.capabilities`` in ``mkdocs.yml`` does not define."""

    code = "LX009"
    name = "unknown-capability"
    severity = Severity.ERROR
    area = Area.BUSINESS_LINK
    summary = "A capability id that the portal's capability framework does not define (not checked without one)."
    rationale = (
        "Capabilities connect courses to the skills the company plans for; the capability matrix and the catalog "
        "filters only work when every course uses the framework's ids."
    )
    example = Example(
        "yaml",
        bad="""\
capabilities: [data-literacy, statistic]""",
        good="""\
capabilities: [data-literacy, statistics]""",
    )

    def check(self, context: CourseContext) -> Iterator[Finding]:
        """A finding per capability id the framework does not know."""
        known = [capability.id for capability in context.portal.config.capabilities]
        if not known:
            return
        course = context.course
        for index, entry in enumerate(items(value_at(course.source.data, ("capabilities",)))):
            capability = text(entry)
            if capability and capability not in known:
                hint = closest(capability, known) or f"; known ids: {', '.join(known)}"
                add = (
                    f"; to add it, list it in mkdocs.yml under 'lxkit:' -> 'capabilities:' as "
                    f"'- id: {capability}' with a 'name:'"
                )
                message = f"'{capability}' is not in the portal's capability framework{hint}{add}"
                yield self.at(course, ("capabilities", index), message)
