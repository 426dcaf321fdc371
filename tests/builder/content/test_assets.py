"""Which files of a course folder the build copies into the site."""

from __future__ import annotations

from pathlib import Path

from lxkit.builder.content.assets import course_assets
from lxkit.config import load_config
from lxkit.loader import load_portal
from tests.helpers import write_portal


def test_nothing_inside_a_hidden_folder_of_a_course_is_copied(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "portal")
    course = root / "courses" / "demo"
    for name in (".git/config", "handouts/.secrets/key.pem", ".hidden/x.pdf", ".env", "handouts/sheet.pdf"):
        (course / name).parent.mkdir(parents=True, exist_ok=True)
        (course / name).write_text("x", encoding="utf-8")
    copied = [target for _, target in course_assets(load_portal(load_config(root / "mkdocs.yml")))]
    assert copied == ["courses/demo/handouts/sheet.pdf"]
