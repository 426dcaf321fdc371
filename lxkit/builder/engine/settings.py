"""What a build is asked to do and what it reports: the engine's settings, a scan of the course
folders, and the report of one build. Shared by :mod:`.engine` and :mod:`.run`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lxkit.builder.content.views import TRAINER_PREFIX
from lxkit.model import Course, PortalConfig


@dataclass(frozen=True)
class EngineSettings:
    """What to build and where: the portal, the site and cache folders, the views, site settings."""

    config: PortalConfig
    site_dir: Path
    cache_dir: Path
    flavours: tuple[str, ...] = ("learner", "trainer")
    site_url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    jobs: int = 1

    def options(self) -> dict[str, Any]:
        """The build options that are part of the cache manifest."""
        return {"flavours": list(self.flavours), "site_url": self.site_url, "extra": dict(self.extra)}

    def prefix(self, flavour: str) -> str:
        """Where a view goes in the site folder: learners at the root, trainers under ``trainer/``."""
        return "" if flavour == "learner" else TRAINER_PREFIX

    def view_site_url(self, flavour: str) -> str | None:
        """The site URL of one view."""
        if self.site_url is None or not self.prefix(flavour):
            return self.site_url
        return self.site_url.rstrip("/") + "/" + self.prefix(flavour)


@dataclass(frozen=True)
class BuildReport:
    """What a build did."""

    courses: int
    pages: int
    rendered: int
    seconds: float
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scan:
    """The course folders of this build, their fingerprints, and the models when given in memory."""

    folders: Mapping[str, Path]
    digests: Mapping[str, str]
    memory: Mapping[str, Course] | None = None
    changed: frozenset[str] | None = None

    def unchanged(self, folder: str) -> bool:
        """Whether the caller vouched that nothing in this course folder changed (``lxkit serve``'s watcher)."""
        return self.changed is not None and folder not in self.changed
