"""The package build's settings: the portal's learner build without what a package must not carry."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from lxkit.export.learner import package_portal, package_settings
from lxkit.model import Portal


def test_the_package_portal_has_one_course_and_no_repository_links_trainer_view_or_tracking(
    sample_model: Portal,
) -> None:
    raw = {**sample_model.config.raw, "tracking": {"endpoint": "https://lrs.example/xapi/"}, "edit": {"url": "x"}}
    portal = dataclasses.replace(
        sample_model, config=dataclasses.replace(sample_model.config, raw=MappingProxyType(raw))
    )
    course = portal.courses[1]
    one = package_portal(portal, course)
    assert one.courses == (course,)
    assert (one.config.repo_url, one.config.edit_uri) == ("", "")
    assert "tracking" not in one.config.raw and "edit" not in one.config.raw
    assert one.config.raw["trainer_view"] is False


def test_package_settings_drop_site_urls_search_instant_navigation_and_other_sites() -> None:
    settings = {
        "site_url": "https://academy.example/",
        "repo_url": "https://github.com/acme/academy",
        "theme": {"name": "material", "features": ["navigation.instant", "navigation.footer", "navigation.top"]},
        "plugins": ["search"],
        "extra": {"version": {"provider": "mike"}, "analytics": {"provider": "google"}, "kept": 1},
        "extra_css": ["assets/lxkit/lxkit.css", "https://cdn.example/x.css"],
        "extra_javascript": ["assets/lxkit/lxkit.js", {"path": "https://cdn.example/x.js"}, {"path": "local.js"}],
    }
    result = package_settings(settings)
    assert "site_url" not in result and "repo_url" not in result and result["plugins"] == []
    assert result["theme"]["features"] == ["navigation.top"]
    assert result["extra"] == {"kept": 1, "lxkit_trainer_view": False}
    assert result["extra_css"] == ["assets/lxkit/lxkit.css"]
    assert result["extra_javascript"] == ["assets/lxkit/lxkit.js", {"path": "local.js"}]
