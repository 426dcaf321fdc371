"""Handout file names never meet: not between courses (ids that look alike, an id ending in -workbook),
and a course file of a handout's name is reported (LX019) instead of one overwriting the other."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

from lxkit.handout_names import HANDOUT_KINDS, handout_name
from tests.builder import portal_factory as factory

LOOK_ALIKE = ("data", "data-workbook", "data-facilitator", "data-facilitator-guide", "workbook", "facilitator-guide")


def test_no_two_courses_or_kinds_share_a_handout_name() -> None:
    names = [handout_name(course, kind) for course, kind in itertools.product(LOOK_ALIKE, HANDOUT_KINDS)]
    assert len(set(names)) == len(names), sorted(names)


def set_handouts(root: Path, value: bool) -> None:
    config = root / "mkdocs.yml"
    settings = yaml.safe_load(config.read_text("utf-8"))
    settings["lxkit"]["handouts"] = value
    config.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")


@pytest.mark.parametrize("kind", HANDOUT_KINDS)
def test_a_course_file_named_like_a_handout_is_an_error_with_handouts_on(tmp_path: Path, kind: str) -> None:
    factory.write_portal(tmp_path, [factory.course("data"), factory.course("data-workbook")])
    (tmp_path / "courses/data" / handout_name("data", kind)).write_bytes(b"%PDF-1.4 the author's own")
    set_handouts(tmp_path, False)
    assert not [f for f in factory.load(tmp_path).all_problems() if f.code == "LX019"]
    set_handouts(tmp_path, True)
    found = [f for f in factory.load(tmp_path).all_problems() if f.code == "LX019"]
    assert [(f.path, f.line, f.severity.value) for f in found] == [(f"courses/data/data-{kind}.pdf", 1, "error")]
    assert f"rename your file, e.g. to data-{kind}-handout.pdf" in found[0].message
