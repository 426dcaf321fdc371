"""Light course models of one build: from this build's jobs, the last build, the model cache or the files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lxkit.builder.engine.cache import CacheLayout
from lxkit.builder.engine.light_models import LightModels
from lxkit.builder.engine.model_cache import dumps_model, light_course
from lxkit.builder.engine.settings import Scan
from lxkit.config import load_config
from lxkit.exceptions import ContentError
from lxkit.model import Course
from tests.builder import portal_factory as factory


def _models(root: Path, carried: dict[str, tuple[str, Course]] | None = None) -> LightModels:
    config = load_config(root / "mkdocs.yml")
    folders = {p.name: p for p in sorted((root / "courses").iterdir())}
    scan = Scan(folders, {name: f"digest-{name}" for name in folders})
    return LightModels(config, CacheLayout(root / "cache", root / "site"), scan, carried or {})


def test_models_are_read_from_the_files_without_module_texts(tmp_path: Path) -> None:
    factory.write_portal(tmp_path, [factory.course("alpha"), factory.course("beta", title="Beta")])
    models = _models(tmp_path)
    alpha, beta = models.of(["alpha", "beta"])
    assert (alpha.id, beta.title) == ("alpha", "Beta")
    assert all(not module.body for module in beta.modules)
    assert models.known["beta"] == ("digest-beta", beta)


def test_a_carried_model_of_the_same_digest_is_taken_without_reading(tmp_path: Path) -> None:
    factory.write_portal(tmp_path, [factory.course("alpha")])
    first = _models(tmp_path).of(["alpha"])[0]
    shutil.rmtree(tmp_path / "courses" / "alpha")
    (tmp_path / "courses" / "alpha").mkdir()
    models = _models(tmp_path, {"alpha": ("digest-alpha", first)})
    assert models.of(["alpha"])[0] is first


def test_a_model_of_this_build_comes_before_the_carried_one(tmp_path: Path) -> None:
    factory.write_portal(tmp_path, [factory.course("alpha")])
    old = _models(tmp_path).of(["alpha"])[0]
    models = _models(tmp_path, {"alpha": ("digest-alpha", old)})
    fresh = factory.load(tmp_path).courses[0]
    models.add("alpha", dumps_model(light_course(fresh)))
    assert models.of(["alpha"])[0] is not old
    models.forget("alpha")
    assert "alpha" not in models.known


def test_a_course_with_problems_stops_the_build_with_its_findings(tmp_path: Path) -> None:
    factory.write_portal(tmp_path, [factory.course("alpha", version="one")])
    with pytest.raises(ContentError) as stopped:
        _models(tmp_path).of(["alpha"])
    assert stopped.value.findings
    assert "alpha" in str(stopped.value.findings[0].path)
