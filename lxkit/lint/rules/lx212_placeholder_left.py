"""LX212 placeholder-left: guidance text of a course template, or an invented e-mail, still in a course."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from lxkit.findings import Finding, Severity
from lxkit.lint.context import BodyContext
from lxkit.lint.options import OptionSpec
from lxkit.lint.rule import Area, BodyRule, Example
from lxkit.placeholders import placeholders


class PlaceholderLeft(BodyRule):
    """What the template asked the author to write is not written yet."""

    code = "LX212"
    name = "placeholder-left"
    severity = Severity.WARNING
    area = Area.CONTENT
    summary = (
        "A field or paragraph still holds a template's guidance ('Replace with ...', 'replace-me'), or an owner's "
        "e-mail is invented (replace-me@, example.com, a domain in placeholder_email_domains). A warning while "
        "the course is a draft, an error in pilot or published. `lxkit lint --todo` lists them per course."
    )
    rationale = (
        "A scaffolded course is valid from the first minute, so nothing else stops it from reaching learners "
        "with 'Replace with a question...' as its knowledge check, or review requests going to an address that "
        "does not exist."
    )
    options = MappingProxyType(
        {
            "placeholder_email_domains": OptionSpec(
                (), "E-mail domains that are invented (e.g. the domain your own templates use)."
            )
        }
    )
    example = Example(
        "yaml",
        bad="""\
status: pilot
learner_value: "Replace with what learners personally gain."
owners:
  - {name: Ana Silva, role: sme, email: replace-me@acme.example}""",
        good="""\
status: pilot
learner_value: You negotiate a framework contract on your own, with the savings to show for it.
owners:
  - {name: Ana Silva, role: sme, email: ana.silva@acme.com}""",
    )

    def check(self, context: BodyContext) -> Iterator[Finding]:
        """A finding per placeholder; an error once the course is no longer a draft."""
        document, status = context.document, context.course.status
        severity = Severity.WARNING if status in ("", "draft") else Severity.ERROR
        domains = context.options.words("placeholder_email_domains")
        for found in placeholders(document.source, domains):
            where = f"'{found.field}'" if found.field else "this text"
            what = "is an invented e-mail" if "@" in found.text and found.field.endswith("email") else "is guidance"
            message = f"{where} {what} from the template: \"{found.text[:70]}\"; write your own{_when(status)}"
            finding = self.finding(document.path, found.line, found.column, message)
            yield finding.with_severity(severity)


def _when(status: str) -> str:
    if status in ("", "draft"):
        return " before the course leaves draft"
    return f" (the course is {status})"
