"""LX113: a provider's own other hosts and the portal's own site are approved; the message says where to add one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lxkit.lint.engine import lint_portal
from lxkit.weburls import with_aliases
from tests.helpers import MODULE, valid_course
from tests.lint.conftest import load

ALLOWED = [
    "https://youtu.be/abc",
    "https://www.youtube-nocookie.com/embed/abc",
    "https://m.youtube.com/watch?v=abc",
    "https://www.youtube.com/watch?v=abc",
    "https://academy.example/courses/x/",
]


def provider_findings(portal_dir: Callable[..., Path], url: str) -> list[str]:
    files = {f"demo/{name}": text for name, text in valid_course("demo").items()}
    files["demo/01-reading-charts.md"] = MODULE.format(title="Reading charts").replace(
        "https://www.youtube.com/watch?v=abc", url
    )
    root = portal_dir(files=files)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("site_name:", "site_url: https://academy.example/\nsite_name:"))
    return [f.message for f in lint_portal(load(root)).findings if f.code == "LX113"]


@pytest.mark.parametrize("url", ALLOWED)
def test_share_links_players_and_the_portals_own_site_are_approved(portal_dir: Callable[..., Path], url: str) -> None:
    assert provider_findings(portal_dir, url) == []


def test_an_intranet_host_is_told_where_to_add_it(portal_dir: Callable[..., Path]) -> None:
    messages = provider_findings(portal_dir, "https://wiki.acme-intranet.example/onboarding")
    assert len(messages) == 1
    assert "add the line '    - wiki.acme-intranet.example' under 'providers:' in the 'lxkit:' section" in messages[0]
    assert "mkdocs.yml" in messages[0] and "approves all its intranet sites" in messages[0]


def test_aliases_follow_the_listed_provider_only() -> None:
    assert with_aliases(["YouTube.com", "hbr.org"]) == ("youtube.com", "hbr.org", "youtu.be", "youtube-nocookie.com")
    assert "youtu.be" not in with_aliases(["vimeo.com"])
