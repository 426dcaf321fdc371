"""``lxkit lint --todo``: per course, the checklist of what is still to write, in authoring order.

Authoring order: the course's ``index.md`` (its fields, then its overview), then the modules by
number, each from the top of the file down. The items are the placeholders LX212 finds.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence

from lxkit.findings import Finding
from lxkit.lint.engine import LintResult

PLACEHOLDER_CODE = "LX212"


def todo_items(result: LintResult) -> dict[str, list[Finding]]:
    """The placeholder findings of each course folder path, in authoring order."""
    items: dict[str, list[Finding]] = {posixpath.dirname(course.path): [] for course in result.courses}
    for finding in result.findings:
        if finding.code == PLACEHOLDER_CODE:
            items.setdefault(posixpath.dirname(finding.path), []).append(finding)
    for found in items.values():
        found.sort(key=lambda f: (posixpath.basename(f.path) != "index.md", f.path, f.line, f.column))
    return items


def render_todo(result: LintResult, titles: Sequence[tuple[str, str]] = ()) -> str:
    """The checklist as text: one block per course, one ``[ ]`` line per thing to write."""
    names = dict(titles) or {posixpath.dirname(c.path): c.title for c in result.courses}
    lines = []
    for folder, found in todo_items(result).items():
        title = names.get(folder, folder)
        if not found:
            lines.append(f"{title} ({folder}): nothing left to write")
            continue
        lines.append(f"{title} ({folder}): {len(found)} thing(s) still to write")
        for finding in found:
            where, _, rest = finding.message.partition(" from the template: ")
            field = where.replace(" is guidance", "").replace(" is an invented e-mail", " (a real e-mail)")
            guidance = rest.rsplit("; write your own", 1)[0]
            lines.append(f"  [ ] {finding.location()}  {field}: {guidance}")
    return "\n".join(lines) if lines else "No courses to check."


def todo_hint(result: LintResult) -> str | None:
    """A closing line for the text report when template guidance is left, pointing at ``--todo``."""
    left = sum(1 for finding in result.findings if finding.code == PLACEHOLDER_CODE)
    if not left:
        return None
    things = "thing is" if left == 1 else "things are"
    return (
        f"{left} {things} still template guidance (LX212). "
        "'lxkit lint --todo' lists them per course as a checklist, in the order to write them."
    )
