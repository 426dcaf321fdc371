"""The review as a pull-request comment (GitHub-flavoured Markdown) or as JSON (pure).

Every text an author wrote is escaped: a course title cannot break the table, inject HTML or
mention (and notify) people; only the owners' handles in LX302 are real mentions.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from typing import Any

from lxkit.findings import Finding, Severity
from lxkit.review.api import Ref, Review
from lxkit.review.diff import CourseDiff, Status, TextChange

COMMENT_MARKER = "<!-- lxkit-review -->"
MAX_LISTED = 50
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md(text: str) -> str:
    """Author text made inert in Markdown: special characters escaped, no mentions, one line."""
    flat = re.sub(r"\s+", " ", text)
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat).replace("@", "@\u200b").replace("&", "&amp;")


def markdown_report(review: Review) -> str:
    """The review as a PR comment."""
    lines = [COMMENT_MARKER, f"## lxkit review: {_headline(review)}", ""]
    lines.append(f"Comparing {_ref(review.base)} with {_ref(review.head)}.")
    lines += _checks_section(review)
    lines += _courses_table(review.courses)
    for course in review.courses:
        lines += _course_section(course)
    lines += _figures_section(review)
    lines += _lint_section(review)
    return "\n".join(lines).rstrip() + "\n"


def _ref(ref: Ref) -> str:
    """The short commit and the name it was given by (``main``); just the commit when given as an id."""
    return f"`{ref.short}`" if ref.commit.startswith(ref.name) else f"`{ref.short}` ({md(ref.name)})"


def _headline(review: Review) -> str:
    count = len(review.courses)
    what = f"{count} course{'s' if count != 1 else ''} touched" if count else "no course changes"
    verdict = "changes needed" if review.failed else "ready for the owners' review"
    return f"{what}, {verdict}"


def _checks_section(review: Review) -> list[str]:
    if not review.checks:
        return []
    lines = ["", "### Checks", ""]
    for finding in review.checks:
        mark = "**error**" if finding.severity is Severity.ERROR else finding.severity.value
        text = _owner_message(finding) if finding.code == "LX302" else md(finding.message)
        lines.append(f"- {mark} `{finding.code}` {finding.rule} at `{finding.location()}`: {text}")
    return lines


def _owner_message(finding: Finding) -> str:
    """LX302's message with the owners' handles left as mentions, so they are notified."""
    parts = re.split(r"(@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))", finding.message)
    return "".join(part if index % 2 else md(part) for index, part in enumerate(parts))


def _courses_table(courses: tuple[CourseDiff, ...]) -> list[str]:
    if not courses:
        return []
    lines = ["", "### Courses", "", "| Course | Change | Version | Modules |", "| --- | --- | --- | --- |"]
    for course in courses:
        version = _arrow(course.version_before, course.version_after)
        modules = (
            ", ".join(
                f"{sum(1 for m in course.modules if m.status is s)} {s.value}"
                for s in Status
                if any(m.status is s for m in course.modules)
            )
            or "none changed"
        )
        lines.append(f"| {md(course.title)} (`{course.id}`) | {course.status.value} | {version} | {modules} |")
    return lines


def _arrow(before: str, after: str) -> str:
    if before == after:
        return md(after)
    return f"{md(before) or '–'} → {md(after) or '–'}"


def _course_section(course: CourseDiff) -> list[str]:
    lines = ["", f"#### {md(course.title)} (`{course.id}`), {course.status.value}", ""]
    lines += [f"- Module `{m.name}` {m.status.value}: {md(m.title)}" for m in course.modules]
    lines += [_text_change("Objective", change) for change in course.objectives]
    lines += [_text_change("Pre-work link", change) for change in course.pre_work_links]
    lines += [f"- {w.when}: {w.before} → {w.after} minutes of learner time" for w in course.minutes]
    lines += [f"- Journey stage of `{c.module}`: {md(c.before or '–')} → {md(c.after or '–')}" for c in course.stages]
    lines += [f"- Owner added: {md(owner)}" for owner in course.owners_added]
    lines += [f"- Owner removed: {md(owner)}" for owner in course.owners_removed]
    return lines


def _text_change(kind: str, change: TextChange) -> str:
    where = f"`{change.module}` `{md(change.id)}`"
    if change.before is None:
        return f"- {kind} added in {where}: {md(change.after or '')}"
    if change.after is None:
        return f"- {kind} removed in {where}: ~~{md(change.before)}~~"
    return f"- {kind} changed in {where}: ~~{md(change.before)}~~ → {md(change.after)}"


def _figures_section(review: Review) -> list[str]:
    if not review.figures:
        return []
    lines = ["", "### How learners did with the edited items (so far, before this change)", ""]
    for item in review.figures[:MAX_LISTED]:
        lines.append(f"- {item.kind} `{md(item.item)}` in `{item.path}:{item.line}`: {item.figures}")
    return lines


def _lint_section(review: Review) -> list[str]:
    delta = review.lint
    lines = [
        "",
        "### Lint",
        "",
        f"{len(delta.introduced)} new finding(s), {len(delta.fixed)} fixed, "
        f"{delta.unchanged} already there before this change (not listed).",
    ]
    for title, findings in (("New", delta.introduced), ("Fixed", delta.fixed)):
        if findings:
            lines += ["", f"**{title}**", ""] + [_finding_line(f) for f in findings[:MAX_LISTED]]
            if len(findings) > MAX_LISTED:
                lines.append(f"- … and {len(findings) - MAX_LISTED} more (run `lxkit lint` locally)")
    return lines


def _finding_line(finding: Finding) -> str:
    return f"- `{finding.location()}` {finding.severity.value} `{finding.code}` {finding.rule}: {md(finding.message)}"


def json_report(review: Review) -> str:
    """The review as JSON (for bots and dashboards)."""
    return json.dumps(review_data(review), indent=2, ensure_ascii=False) + "\n"


def review_data(review: Review) -> dict[str, Any]:
    """The review as plain data."""
    return {
        "base": asdict(review.base),
        "head": asdict(review.head),
        "failed": review.failed,
        "courses": [_plain(asdict(course)) for course in review.courses],
        "checks": [finding_data(f) for f in review.checks],
        "insights": [asdict(item) for item in review.figures],
        "lint": {
            "introduced": [finding_data(f) for f in review.lint.introduced],
            "fixed": [finding_data(f) for f in review.lint.fixed],
            "unchanged": review.lint.unchanged,
        },
    }


def finding_data(finding: Finding) -> dict[str, Any]:
    """One finding as plain data."""
    data: dict[str, Any] = _plain(asdict(finding))
    return data


def _plain(value: Any) -> Any:
    """Enums replaced by their values, recursively."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return getattr(value, "value", value) if isinstance(value, Status | Severity) else value
