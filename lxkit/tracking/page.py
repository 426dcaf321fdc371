"""What a learner page carries of the tracking settings: MkDocs ``extra.lxkit_tracking``.

``themes/lxkit/main.html`` writes it into the page as JSON (``<script type="application/json"
id="lxkit-tracking">``, HTML-safe through Jinja's ``tojson``); ``tracking.js`` reads it. Absent when
tracking is off, so the script then makes no request. The trainer view never carries it.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from lxkit import __version__
from lxkit.model import PortalConfig
from lxkit.tracking.settings import TrackingSettings, tracking_settings

EXTRA_KEY = "lxkit_tracking"
PORTAL_VERSION_KEY = "lxkit_portal_version"
UNPUBLISHED = "dev"


def page_settings(settings: TrackingSettings, site_url: str, portal_version: str) -> dict[str, Any]:
    """The JSON-ready settings of enabled tracking for the pages."""
    return {
        "endpoint": settings.endpoint,
        "auth": "Basic " + base64.b64encode(settings.credential.encode("utf-8")).decode("ascii"),
        "site": site_url.rstrip("/"),
        "portalVersion": portal_version,
        "teams": [{"id": team.id, "name": team.name} for team in settings.teams],
        "freeText": list(settings.free_text),
        "notice": settings.notice,
        "lxkit": __version__,
    }


def tracking_extra(config: PortalConfig, extra: Mapping[str, Any]) -> dict[str, Any]:
    """``{"lxkit_tracking": ...}`` for MkDocs' ``extra`` when tracking is on, else ``{}``.

    The portal version is the one being published (``lxkit publish --version``), else "dev".
    """
    settings = tracking_settings(config)
    if not settings.enabled:
        return {}
    version = str(extra.get(PORTAL_VERSION_KEY) or UNPUBLISHED)
    return {EXTRA_KEY: page_settings(settings, config.site_url, version)}
