"""The warm preview build: edits rebuild what they touch; broken files keep the last good pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.console import Console
from lxkit.serve.session import PreviewSession, changed_folders
from tests.builder import portal_factory as factory


@pytest.fixture
def session(tmp_path: Path) -> PreviewSession:
    """A built preview of a two-course portal."""
    config_file = factory.write_portal(tmp_path / "portal", [factory.course("alpha"), factory.course("beta")])
    preview = PreviewSession(load_config(config_file), Console(-1), jobs=1)
    assert preview.build()
    return preview


def module_path(session: PreviewSession) -> Path:
    """The first module of course alpha."""
    return Path(session.config.root) / "courses" / "alpha" / "01-week-1.md"


def module_page(session: PreviewSession) -> str:
    """The learner page of that module, as served."""
    return (session.site_dir / "courses" / "alpha" / "01-week-1" / "index.html").read_text("utf-8")


def test_changed_folders_names_course_folders_or_none(tmp_path: Path) -> None:
    root = tmp_path / "courses"
    assert changed_folders([str(root / "a" / "01-x.md"), str(root / "b" / "img" / "c.png")], root) == {"a", "b"}
    assert changed_folders([str(root / "a" / "01-x.md"), str(tmp_path / "mkdocs.yml")], root) is None


def test_an_edit_is_shown_first_then_built_completely(session: PreviewSession) -> None:
    path = module_path(session)
    path.write_text(path.read_text("utf-8") + "\nA sentence the SME just wrote.\n", "utf-8")
    version = session.status.current.version
    session.on_change({str(path)})
    assert "A sentence the SME just wrote." in module_page(session)
    assert session.status.current.version == version + 1  # announced once: the full build rendered nothing else
    assert session.status.current.errors == ()
    assert session.engine.build().rendered == 0


def test_an_overview_edit_shows_the_course_page_first(session: PreviewSession) -> None:
    index = Path(session.config.root) / "courses" / "alpha" / "index.md"
    index.write_text(index.read_text("utf-8") + "\nHow this course works, rewritten.\n", "utf-8")
    assert session.show_edited_first("alpha", {str(index)})
    course_page = session.site_dir / "courses" / "alpha" / "index.html"
    trainer_page = session.site_dir / "trainer" / "courses" / "alpha" / "index.html"
    assert "How this course works, rewritten." in course_page.read_text("utf-8")
    assert "How this course works, rewritten." in trainer_page.read_text("utf-8")
    version = session.status.current.version
    session.build({"alpha"}, shown_early=True)
    assert session.status.current.version == version  # the full build rendered nothing new for this edit
    assert "How this course works, rewritten." in course_page.read_text("utf-8")


def test_broken_file_keeps_the_last_good_page_until_fixed(session: PreviewSession) -> None:
    path = module_path(session)
    good = path.read_text("utf-8")
    path.write_text(good.replace("week: 1", "week: [1", 1), "utf-8")
    session.on_change({str(path)})
    errors = session.status.current.errors
    assert errors and "courses/alpha/01-week-1.md" in errors[0]
    assert "Key ideas" in module_page(session)
    path.write_text(good + "\nFixed and extended.\n", "utf-8")
    session.on_change({str(path)})
    assert session.status.current.errors == ()
    assert "Fixed and extended." in module_page(session)


def test_new_course_and_changed_settings_are_picked_up(session: PreviewSession) -> None:
    root = Path(session.config.root)
    factory.write_portal(root, [factory.course("alpha"), factory.course("beta"), factory.course("gamma")])
    session.on_change({str(root / "mkdocs.yml"), str(root / "courses" / "gamma" / "index.md")})
    assert (session.site_dir / "courses" / "gamma" / "index.html").is_file()
    assert "Course gamma" in (session.site_dir / "index.html").read_text("utf-8")
