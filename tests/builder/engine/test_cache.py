"""The build cache: invalidated by lxkit, config and theme changes; corruption detected and rebuilt, never served."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lxkit.builder.api import BuildOptions, build_portal
from lxkit.builder.content.pages import Flavour
from lxkit.builder.content.portal_pages import portal_pages
from lxkit.builder.content.stage import stage_course
from lxkit.builder.engine import manifest
from lxkit.builder.engine.cache import TEMPLATE_CACHE_ENV, CacheLayout, read_record, template_cache, write_record
from lxkit.builder.engine.model_cache import cached_course, light_course
from lxkit.config import load_config
from lxkit.console import Console
from lxkit.model import Portal
from tests.builder import portal_factory as factory
from tests.builder.engine.test_incremental import assert_same_tree, build, edit_module_body


@pytest.fixture(autouse=True)
def fixed_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin the sitemap's build date."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")


@pytest.fixture
def portal(tmp_path: Path) -> Path:
    """A two-course portal, built once into ``site`` with the cache ``cache``."""
    factory.write_portal(tmp_path / "portal", [factory.course("alpha"), factory.course("beta")])
    build(tmp_path / "portal", tmp_path / "site", tmp_path / "cache")
    return tmp_path


def _rebuild(work: Path) -> int:
    return build(work / "portal", work / "site", work / "cache").rendered


def _cold_equals(work: Path) -> None:
    build(work / "portal", work / "cold-site", work / "cold-cache")
    assert_same_tree(work / "site", work / "cold-site")


def _layout(work: Path) -> CacheLayout:
    return CacheLayout((work / "cache").resolve(), (work / "site").resolve())


def test_records_detect_corruption_and_truncation(tmp_path: Path) -> None:
    path = tmp_path / "record"
    write_record(path, b"payload")
    assert read_record(path) == b"payload"
    path.write_bytes(path.read_bytes()[:-2])
    assert read_record(path) is None
    write_record(path, b"payload")
    path.write_bytes(path.read_bytes().replace(b"payload", b"paylaod"))
    assert read_record(path) is None
    assert read_record(tmp_path / "missing") is None


def test_cache_folder_explains_itself(portal: Path) -> None:
    readme = (portal / "cache" / "README.txt").read_text("utf-8")
    assert "safe to delete" in readme


def test_unchanged_rebuild_renders_nothing(portal: Path) -> None:
    assert _rebuild(portal) == 0


def test_new_lxkit_version_invalidates_everything(portal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(manifest, "code_fingerprint", lambda: "99.0.0+other")
    result = build(portal / "portal", portal / "site", portal / "cache")
    assert result.rendered == result.pages
    _cold_equals(portal)


def test_models_cached_by_other_lxkit_code_are_never_reused(portal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An editable install changed under a cache: the pickled models may lack today's fields.
    layout = _layout(portal)
    assert cached_course(layout, "alpha", None, "full") is not None
    monkeypatch.setattr(manifest, "code_fingerprint", lambda: "99.0.0+other")
    assert cached_course(layout, "alpha", None, "full") is None
    assert cached_course(layout, "alpha", None, "light") is None
    edit_module_body(portal / "portal")
    build(portal / "portal", portal / "site", portal / "cache")
    assert cached_course(layout, "alpha", None, "full") is not None
    _cold_equals(portal)


def test_new_theme_invalidates_everything(portal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(manifest, "theme_fingerprint", lambda: "another theme")
    assert _rebuild(portal) > 0
    assert _rebuild(portal) == 0


def test_theme_fingerprint_follows_theme_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(manifest.theme_dir(), theme)
    monkeypatch.setattr(manifest, "theme_dir", lambda: theme)
    before = manifest.theme_fingerprint()
    css = theme / "assets" / "lxkit" / "lxkit.css"
    css.write_text(css.read_text("utf-8") + "\n/* changed */\n", "utf-8")
    assert manifest.theme_fingerprint() != before


def test_changed_settings_invalidate_everything(portal: Path) -> None:
    config = portal / "portal" / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("Test Academy", "Other Academy"), "utf-8")
    result = build(portal / "portal", portal / "site", portal / "cache")
    assert result.rendered > 0
    assert "Other Academy" in (portal / "site" / "index.html").read_text("utf-8")
    _cold_equals(portal)


def test_corrupted_state_means_a_cold_build(portal: Path) -> None:
    state = _layout(portal).state_file
    state.write_bytes(state.read_bytes()[:-10])
    assert _rebuild(portal) > 0
    _cold_equals(portal)


def test_truncated_course_model_is_reloaded_from_the_files(portal: Path) -> None:
    for kind in ("full", "light"):
        model = _layout(portal).model("alpha", kind)
        model.write_bytes(model.read_bytes()[: len(model.read_bytes()) // 2])
    edit_module_body(portal / "portal")
    assert _rebuild(portal) == 2
    _cold_equals(portal)


def test_corrupted_search_entries_are_indexed_again(portal: Path) -> None:
    shard = _layout(portal).search_shard("learner", "beta")
    shard.write_bytes(shard.read_bytes().replace(b"Course beta", b"Course BETA"))
    edit_module_body(portal / "portal")  # the index must be rewritten: it reads every course's entries
    _rebuild(portal)
    _cold_equals(portal)
    assert b"Course BETA" not in (portal / "site" / "search" / "search_index.json").read_bytes()


def test_deleted_or_edited_output_files_are_written_again(portal: Path) -> None:
    page = portal / "site" / "courses" / "beta" / "index.html"
    page.unlink()
    (portal / "site" / "trainer" / "index.html").write_text("tampered", "utf-8")
    (portal / "site" / "stray.html").write_text("not from lxkit", "utf-8")
    assert _rebuild(portal) == 2
    _cold_equals(portal)


def test_portal_pages_read_only_light_models(sample_portal: Portal) -> None:
    light = Portal(sample_portal.config, tuple(light_course(c) for c in sample_portal.courses))
    for flavour in Flavour:
        assert portal_pages(light, flavour) == portal_pages(sample_portal, flavour)


def test_course_pages_see_other_courses_as_light_models(sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    others = tuple(c if c is course else light_course(c) for c in sample_portal.courses)
    light = Portal(sample_portal.config, others)
    assert stage_course(light, course, Flavour.TRAINER) == stage_course(sample_portal, course, Flavour.TRAINER)


@pytest.mark.slow
def test_engine_output_equals_a_full_mkdocs_build(repo_root: Path, tmp_path: Path) -> None:
    config = load_config(repo_root / "mkdocs.yml")
    fast = BuildOptions(site_dir=tmp_path / "engine", cache_dir=tmp_path / "cache-a", jobs=2)
    full = BuildOptions(site_dir=tmp_path / "mkdocs", cache_dir=tmp_path / "cache-b", full_mkdocs=True)
    build_portal(config, fast, Console(-1))
    build_portal(config, full, Console(-1))
    assert_same_tree(tmp_path / "engine", tmp_path / "mkdocs")


def test_portal_with_other_plugins_is_built_by_mkdocs(tmp_path: Path) -> None:
    factory.write_portal(tmp_path / "portal", [factory.course("alpha")])
    config = tmp_path / "portal" / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "plugins:\n  - search\n  - tags\n", "utf-8")
    result = build(tmp_path / "portal", tmp_path / "site", tmp_path / "cache")
    assert (tmp_path / "site" / "courses" / "alpha" / "01-week-1" / "index.html").is_file()
    assert (tmp_path / "cache" / "stage" / "learner" / "index.md").is_file()  # staged docs_dir of the full build
    assert result.pages > 0


def test_a_later_build_in_the_same_process_does_not_use_a_deleted_cache(
    portal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``lxkit serve`` or a publish builds again in one process after an earlier cache folder is gone."""
    from lxkit.builder.content.fragments import environment
    from lxkit.builder.render.renderer import share_compiled_templates

    monkeypatch.setenv(TEMPLATE_CACHE_ENV, str(portal / "compiled"))
    build(portal / "portal", portal / "first-site", portal / "cache")
    shutil.rmtree(portal / "cache")
    shutil.rmtree(portal / "compiled")
    build(portal / "portal", portal / "other-site", portal / "other-cache")
    folder = Path(environment().bytecode_cache.directory)  # type: ignore[union-attr]
    assert folder.parent == portal / "compiled" and any(folder.iterdir())
    assert (portal / "other-site" / "courses" / "alpha" / "index.html").is_file()
    share_compiled_templates(portal / "third")
    assert environment().bytecode_cache.directory == str(portal / "third")  # type: ignore[union-attr]


def test_compiled_templates_outlive_the_portal_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compiled templates are kept per user, never in ``.lxkit-cache/`` (Jinja runs them, and a pull request
    could bring that folder); in a private temporary folder when the user's cannot be made."""
    factory.write_portal(tmp_path / "portal", [factory.course("alpha")])
    monkeypatch.setenv(TEMPLATE_CACHE_ENV, str(tmp_path / "compiled"))
    build(tmp_path / "portal", tmp_path / "site", tmp_path / "cache")
    assert any(path.is_file() for path in (tmp_path / "compiled").rglob("*"))
    assert not (tmp_path / "cache" / "templates").exists()
    (tmp_path / "not-a-folder").write_text("x", encoding="utf-8")
    monkeypatch.setenv(TEMPLATE_CACHE_ENV, str(tmp_path / "not-a-folder"))
    layout = CacheLayout((tmp_path / "cache").resolve(), (tmp_path / "site").resolve())
    private = template_cache(layout)
    assert private != layout.templates and private.stat().st_mode & 0o077 == 0
    build(tmp_path / "portal", tmp_path / "site-2", tmp_path / "cache")
    assert_same_tree(tmp_path / "site", tmp_path / "site-2")
    assert not (tmp_path / "cache" / "templates").exists() and any(private.iterdir())


_UNPICKLED: list[str] = []


def _record_unpickling() -> str:
    _UNPICKLED.append("ran")
    return "ran"


class _Payload:
    """A pickle that runs code when it is read, as one committed to a pull request could."""

    def __reduce__(self) -> tuple[object, tuple[()]]:
        return (_record_unpickling, ())


def test_a_course_model_lxkit_did_not_sign_is_never_unpickled(portal: Path) -> None:
    from lxkit.builder.engine.model_cache import dumps_model

    layout = _layout(portal)
    assert cached_course(layout, "alpha", None, "full") is not None
    for kind in ("full", "light"):  # a valid checksum, as anyone can compute, but no signature of this user
        write_record(layout.model("alpha", kind), dumps_model((manifest.code_fingerprint(), "x", _Payload())))
    assert cached_course(layout, "alpha", None, "full") is None and _UNPICKLED == []
    edit_module_body(portal / "portal")
    build(portal / "portal", portal / "site", portal / "cache")
    assert _UNPICKLED == [] and cached_course(layout, "alpha", None, "full") is not None
    _cold_equals(portal)
