"""A page whose body alone changed is spliced into the shell of its last output: the same bytes as a render."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from lxkit.builder.api import BuildOptions, engine_settings
from lxkit.builder.engine.engine import Engine
from lxkit.builder.render.shells import Shell, locate, shell_key, splice, staged_parts
from lxkit.config import load_config
from tests.builder import portal_factory as factory
from tests.builder.engine.test_incremental import assert_same_tree, build

STAGED = "---\ntitle: Week 1\nlxkit:\n  kind: module\n---\n\n<p>Body <em>text</em>.</p>\n"


def test_staged_parts_read_front_matter_and_body_as_mkdocs_does() -> None:
    parts = staged_parts(STAGED)
    assert parts is not None
    assert parts.meta == {"title": "Week 1", "lxkit": {"kind": "module"}}
    assert parts.body == "<p>Body <em>text</em>.</p>"
    assert staged_parts("---\nkind: module\n---\n\n<p>x</p>\n") is None  # no title: never spliced
    assert staged_parts("<p>no front-matter</p>") is None
    assert staged_parts("---\n[unclosed\n---\n\n<p>x</p>\n") is None


def test_the_shell_key_changes_with_path_front_matter_and_a_top_heading() -> None:
    key = shell_key("a.md", "title: A\n", "<p>x</p>")
    assert key == shell_key("a.md", "title: A\n", "<p>other text</p>")
    assert key != shell_key("b.md", "title: A\n", "<p>x</p>")
    assert key != shell_key("a.md", "title: B\n", "<p>x</p>")
    assert key != shell_key("a.md", "title: A\n", '<h1 id="t">T</h1><p>x</p>')


def test_a_body_found_once_gives_a_shell_that_splices() -> None:
    output = "<html><h1>Été</h1><article><p>old</p></article></html>"
    shell = locate(output, "k", "<p>old</p>", "page/")
    assert shell is not None and shell.url == "page/"
    new = "<p>new, ünïcode</p>"
    assert splice(output.encode(), shell, new) == output.replace("<p>old</p>", new).encode()
    assert locate(output, "k", "", "page/") is None  # an empty body is everywhere
    assert locate("<p>x</p><p>x</p>", "k", "<p>x</p>", "page/") is None  # twice: where is the body?
    assert splice(b"short", Shell("k", 4, 4, "page/"), "x") is None


def _module(root: Path, name: str = "01-week-1.md") -> Path:
    return root / "courses" / "alpha" / name


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text("utf-8") + text, "utf-8")


BODY_EDITS = {
    "a paragraph": "\nAdded by the SME, with ünïcode and <angle> brackets & ampersands.\n",
    "a top heading": "\n# A new top heading\n\nText.\n",
    "a section excluded from search": "\n## Hidden {data-search-exclude}\n\nNot indexed.\n",
}


@pytest.fixture(scope="module")
def small_portal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("shells")
    factory.write_portal(base / "portal", [factory.course("alpha"), factory.course("beta")])
    return base


@pytest.fixture(autouse=True)
def fixed_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")


@pytest.mark.slow
@pytest.mark.parametrize("search", [True, False], ids=["with search", "without search"])
@pytest.mark.parametrize("edit", list(BODY_EDITS))
def test_a_body_edit_sets_up_no_view_and_equals_a_cold_build(
    small_portal: Path, tmp_path: Path, edit: str, search: bool
) -> None:
    root = tmp_path / "portal"
    shutil.copytree(small_portal / "portal", root)
    if not search:
        settings = yaml.safe_load((root / "mkdocs.yml").read_text("utf-8"))
        settings["plugins"] = [{"search": {"enabled": False}}]
        (root / "mkdocs.yml").write_text(yaml.safe_dump(settings), "utf-8")
    build(root, tmp_path / "site", tmp_path / "cache")
    _append(_module(root), BODY_EDITS[edit])
    options = BuildOptions(site_dir=tmp_path / "site", cache_dir=tmp_path / "cache", jobs=1)
    engine = Engine(engine_settings(load_config(root / "mkdocs.yml"), options))
    report = engine.build()
    assert report.rendered == 2  # the module page in both views
    assert engine.views == {}  # no MkDocs set-up when only a body changed
    build(root, tmp_path / "cold-site", tmp_path / "cold-cache")
    assert_same_tree(tmp_path / "site", tmp_path / "cold-site")
    assert (tmp_path / "site" / "search" / "search_index.json").exists() is search


@pytest.mark.slow
def test_a_changed_output_file_is_rendered_again_not_spliced(small_portal: Path, tmp_path: Path) -> None:
    root = tmp_path / "portal"
    shutil.copytree(small_portal / "portal", root)
    build(root, tmp_path / "site", tmp_path / "cache")
    page = tmp_path / "site" / "courses" / "alpha" / "01-week-1" / "index.html"
    page.write_bytes(b"<html>replaced by someone</html>")
    _append(_module(root), BODY_EDITS["a paragraph"])
    options = BuildOptions(site_dir=tmp_path / "site", cache_dir=tmp_path / "cache", jobs=1)
    engine = Engine(engine_settings(load_config(root / "mkdocs.yml"), options))
    engine.build()
    assert "learner" in engine.views  # the learner page had to be rendered
    build(root, tmp_path / "cold-site", tmp_path / "cold-cache")
    assert_same_tree(tmp_path / "site", tmp_path / "cold-site")
