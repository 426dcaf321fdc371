"""``lxkit lint FILE`` on unsaved text: the same findings as the lint engine gives for the saved file."""

from __future__ import annotations

from pathlib import Path

from lxkit.config import load_config
from lxkit.exceptions import LxkitError
from lxkit.lint.parallel import lint_config
from lxkit.lsp.linting import config_file_for, lint_text, place_of, read_config, settings_problem
from tests.helpers import MODULE, PORTAL_YML, valid_course, write_portal


def test_open_texts_are_read_instead_of_the_disk(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "academy", {"demo": valid_course("demo")})
    config = load_config(root / "mkdocs.yml")
    module = root / "courses/demo/01-reading-charts.md"
    other = root / "courses/demo/02-second.md"
    other.write_text(MODULE.format(title="Second"), "utf-8")
    place = place_of(config, module)
    assert place is not None and place.rel == "courses/demo/01-reading-charts.md"
    assert lint_text(place, {}) == []
    edited = MODULE.format(title="Reading charts").replace("week: 1", "week: one")
    unsaved = lint_text(place, {module.resolve(): edited})
    module.write_text(edited, "utf-8")
    assert unsaved == list(lint_config(config, ["demo"], [place.rel]).findings)
    assert [finding.code for finding in unsaved] == ["LX100"]


def test_files_outside_courses_have_no_place(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "academy")
    config = load_config(root / "mkdocs.yml")
    assert place_of(config, root / "README.md") is None
    assert place_of(config, root / "courses" / "index.md") is None
    assert place_of(config, root / "courses" / "_drafts" / "index.md") is None
    assert config_file_for(tmp_path / "elsewhere" / "index.md") is None


def test_broken_settings_are_the_error_lint_would_stop_on(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "academy", config=PORTAL_YML + "  lint:\n    disable: [LX999]\n")
    config_file = config_file_for(root / "courses/demo/index.md")
    assert config_file == root / "mkdocs.yml"
    config = read_config(config_file)
    assert not isinstance(config, LxkitError)
    place = place_of(config, root / "courses/demo/index.md")
    assert place is not None
    [finding] = lint_text(place, {})
    assert (finding.code, finding.line) == ("LX000", 1)
    assert "'LX999', which is no lint rule" in finding.message
    (root / "mkdocs.yml").write_text("site_name: [\n", "utf-8")
    broken = read_config(config_file)
    assert isinstance(broken, LxkitError)
    assert settings_problem("courses/demo/index.md", broken).message.startswith(broken.message)
