"""The values templates are filled with: ids, titles, the author, today's date."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from typing import Any

from lxkit.exceptions import UsageError
from lxkit.findings import escape
from lxkit.limits import NAME_LENGTH

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")  # \Z: '$' would accept a name ending in a line break
MAX_SLUG = NAME_LENGTH


def check_slug(value: str, what: str) -> str:
    """Refuse ids that are not slugs (and so could never escape the courses folder)."""
    if not SLUG.match(value) or len(value) > MAX_SLUG:
        raise UsageError(
            f"{what} '{escape(value)}' is not a valid id: use lowercase letters, digits and single dashes "
            f"(at most {MAX_SLUG} characters), e.g. data-science-basics"
        )
    return value


def title_from_slug(slug: str) -> str:
    """``data-science-basics`` -> ``Data science basics``."""
    return slug.replace("-", " ").capitalize()


def git_user_name() -> str:
    """The author's name from git config, if git knows it."""
    try:
        result = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return result.stdout.strip()


def course_variables(
    course_id: str, title: str | None, owner: str | None, github: str | None, capability: str, today: dt.date
) -> dict[str, Any]:
    """Everything a course template may use."""
    return {
        "id": course_id,
        "title": title or title_from_slug(course_id),
        "owner_name": owner or git_user_name() or "Your name (the subject-matter expert)",
        "owner_github": (github or "replace-me").lstrip("@"),
        "capability": capability,
        "today": today.isoformat(),
        "year": today.year,
    }
