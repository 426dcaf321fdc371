"""Review-mode checks (pure): what a reviewer of a course change otherwise checks by hand.

- LX301 ``version-not-bumped`` (error): a course's content changed but its version did not
  increase, or it increased without a changelog entry for the new version.
- LX302 ``owner-review-missing`` (info): the owners who should approve a change to their course.

They compare the course before and after the change, so they run in ``lxkit review`` only;
``lxkit rules`` documents them with the lint rules.
"""

from __future__ import annotations

import re

from lxkit.findings import Finding
from lxkit.lint.rules.lx301_version_not_bumped import VersionNotBumped
from lxkit.lint.rules.lx302_owner_review_missing import OwnerReviewMissing
from lxkit.model import Course, Portal
from lxkit.publish.versions import loose_version_key
from lxkit.review.diff import content_changed

VERSION_RULE = VersionNotBumped()
OWNER_RULE = OwnerReviewMissing()


def review_checks(before: Portal, after: Portal) -> list[Finding]:
    """LX301 and LX302 findings for every course the change added, changed or removed."""
    old = {c.folder: c for c in before.courses}
    new = {c.folder: c for c in after.courses}
    found: list[Finding] = []
    for folder in sorted(old.keys() | new.keys()):
        previous, current = old.get(folder), new.get(folder)
        if previous is not None and current is not None:
            if not content_changed(previous, current):
                continue
            found.extend(version_not_bumped(previous, current))
        course = current or previous
        assert course is not None
        found.extend(owner_review(course, "removes" if current is None else "changes"))
    return found


def version_not_bumped(before: Course, after: Course) -> list[Finding]:
    """LX301 when the changed course's version did not increase or its changelog misses the new version."""
    old, new = before.version, after.version
    if not new or loose_version_key(new) <= loose_version_key(old):
        line, column = after.source.position("version")
        how = f"stayed {old}" if new == old else f"went from {old} to {new or 'nothing'}"
        message = (
            f"the content of course '{after.folder}' changed but its version {how}; "
            f"raise it (e.g. to {suggest_next(old)}) and add a changelog entry saying what changed"
        )
        return [VERSION_RULE.finding(after.path, line, column, message)]
    if not any(entry.version == new for entry in after.changelog):
        line, column = after.source.position("changelog")
        message = f"course '{after.folder}' went from version {old} to {new} but its changelog has no {new} entry"
        return [VERSION_RULE.finding(after.path, line, column, message + "; add one")]
    return []


def owner_review(course: Course, verb: str = "changes") -> list[Finding]:
    """LX302: who should approve a change to the course (its owners, with their Git-host handles)."""
    line, column = course.source.position("owners")
    if not course.owners:
        message = f"this change {verb} course '{course.folder}', which has no owners; ask L&D who should approve it"
        return [OWNER_RULE.finding(course.path, line, column, message)]
    names = []
    for owner in course.owners:
        handle = f"@{owner.github.lstrip('@')}" if owner.github else "no Git-host handle"
        names.append(f"{owner.name} ({owner.role}, {handle})")
    message = f"this change {verb} course '{course.folder}'; ask its owners to approve: {', '.join(names)}"
    return [OWNER_RULE.finding(course.path, line, column, message)]


def suggest_next(version: str) -> str:
    """The next patch version (``1.2.0`` -> ``1.2.1``), or a hint when the version is not numeric."""
    match = re.fullmatch(r"(.*?)(\d+)", version)
    if not match:
        return "a higher version"
    return f"{match.group(1)}{int(match.group(2)) + 1}"
