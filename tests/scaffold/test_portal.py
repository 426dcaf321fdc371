"""``lxkit new portal`` writes a light and a dark palette with a switch, like the sample portal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from lxkit.scaffold.portal import portal_files

REPO = Path(__file__).resolve().parents[2]


def palette(mkdocs_yml: str) -> list[dict[str, Any]]:
    theme = yaml.safe_load(mkdocs_yml)["theme"]
    assert theme["name"] == "material"
    return list(theme["palette"])


def schemes(entries: list[dict[str, Any]]) -> list[tuple[str, str, bool]]:
    """(media, scheme, has a switch) of each palette entry."""
    return [(e["media"], e["scheme"], bool(e["toggle"]["icon"] and e["toggle"]["name"])) for e in entries]


def test_the_new_portal_has_a_light_and_a_dark_scheme_with_a_switch() -> None:
    entries = palette(portal_files("Acme: Academy")["mkdocs.yml"])
    assert schemes(entries) == [
        ("(prefers-color-scheme: light)", "default", True),
        ("(prefers-color-scheme: dark)", "slate", True),
    ]
    assert all(e["primary"] and e["accent"] for e in entries)


def test_the_new_portal_follows_the_system_scheme_like_the_sample_portal() -> None:
    sample = palette((REPO / "mkdocs.yml").read_text("utf-8"))
    assert schemes(palette(portal_files("Academy")["mkdocs.yml"])) == schemes(sample)


def test_lxkit_new_portal_writes_the_palette(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lxkit", "new", "portal", "academy", "--no-git"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    entries = palette((tmp_path / "academy" / "mkdocs.yml").read_text("utf-8"))
    assert [e["scheme"] for e in entries] == ["default", "slate"]
