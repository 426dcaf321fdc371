"""The two views of a portal, learner and trainer, and the links that switch between them.

The trainer view is a second MkDocs site built under ``trainer/`` of the learner site, so the
same page exists at ``X`` and at ``trainer/X``; a page without a learner counterpart (the
facilitator guide) switches to its course page.
"""

from __future__ import annotations

from lxkit.builder.content.urls import relative_url
from lxkit.model import Portal

TRAINER_PREFIX = "trainer/"


def trainer_view_enabled(portal: Portal) -> bool:
    """Whether the portal publishes a trainer view (``lxkit.trainer_view``, on unless set to false)."""
    return portal.config.raw.get("trainer_view", True) is not False


def trainer_url(page_url: str) -> str:
    """Site-relative URL (from the learner site's root) of a page's trainer version."""
    return TRAINER_PREFIX + page_url


def switch_url(page_url: str, trainer: bool, counterpart: str | None = None) -> str:
    """Relative link from a page of one view to the same page (or ``counterpart``) in the other view."""
    target = counterpart if counterpart is not None else page_url
    if trainer:
        return relative_url(trainer_url(page_url), target)
    return relative_url(page_url, trainer_url(target))


def view_facts(page_url: str, trainer: bool, counterpart: str | None = None) -> dict[str, str]:
    """Page facts the theme uses for the view switch and the trainer banner."""
    return {"view": "trainer" if trainer else "learner", "switch_url": switch_url(page_url, trainer, counterpart)}
