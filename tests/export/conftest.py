"""Fixtures of the export tests: packages of the sample courses, and readers of their contents."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.export.api import export_course, find_course
from lxkit.loader import load_portal
from lxkit.model import Portal

SCHEMAS = Path(__file__).parent / "schemas"
SAMPLE_COURSES = ("data-science-for-engineers", "ai-adoption-for-team-leads", "teach-what-you-learned")
KINDS = ("cmi5", "scorm12")


@pytest.fixture(scope="session")
def sample_model(repo_root: Path) -> Portal:
    """The sample portal's model."""
    return load_portal(load_config(repo_root / "mkdocs.yml"))


@pytest.fixture(scope="session")
def sample_packages(sample_model: Portal, tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """(course id, kind) -> the package zip of every sample course in both formats."""
    folder = tmp_path_factory.mktemp("packages")
    packages = {}
    for course_id in SAMPLE_COURSES:
        course = find_course(sample_model, course_id)
        for kind in KINDS:
            output = folder / f"{course_id}-{kind}.zip"
            export_course(sample_model, course, kind, output)
            packages[course_id, kind] = output
    return packages


def zip_files(path: Path) -> dict[str, bytes]:
    """Every file of a zip: name -> bytes."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/")}
