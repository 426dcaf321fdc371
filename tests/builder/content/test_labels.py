"""Activity kinds for a pitch and a presentation: schema, labels, run sheet, active learning, plan export."""

from __future__ import annotations

from pathlib import Path

from lxkit.builder.content.course_pages import module_page
from lxkit.builder.content.labels import ACTIVITY_HINTS, ACTIVITY_NAMES
from lxkit.builder.content.pages import Flavour
from lxkit.lint.engine import lint_portal
from lxkit.model import ACTIVE_ACTIVITIES
from lxkit.plan.layout import choices
from lxkit.validation import load_schema
from tests.builder import portal_factory as factory

PITCH_SESSION = {
    "minutes": 90,
    "mode": "in-person",
    "activities": [
        {"kind": "presentation", "title": "Groups present their pilot results", "minutes": 30},
        {"kind": "pitch", "title": "Capstone pitches to the leadership team", "minutes": 60},
    ],
}


def test_every_activity_kind_of_the_schema_has_a_label_and_pitch_and_presentation_are_active() -> None:
    kinds = load_schema("module")["$defs"]["activity"]["properties"]["kind"]["enum"]
    assert {"pitch", "presentation"} <= set(kinds)
    assert set(kinds) == set(ACTIVITY_NAMES)
    assert {"pitch", "presentation"} <= ACTIVE_ACTIVITIES
    assert "lecture" not in ACTIVE_ACTIVITIES and "demo" not in ACTIVE_ACTIVITIES
    assert {"pitch", "presentation"} <= set(choices()["activity_kind"])


def test_a_pitch_session_is_active_and_the_run_sheet_names_it(tmp_path: Path) -> None:
    modules = [factory.module(1, 1, "awareness"), factory.module(2, 2, "application", session=PITCH_SESSION)]
    factory.write_portal(tmp_path, [factory.course("pitching", modules)])
    portal = factory.load(tmp_path)
    findings = [f for f in lint_portal(portal).findings if f.code in {"LX100", "LX120", "LX207"}]
    assert findings == []
    course = portal.course("pitching")
    assert course is not None
    trainer = module_page(portal, course, course.modules[1], Flavour.TRAINER, None, None).content
    learner = module_page(portal, course, course.modules[1], Flavour.LEARNER, None, None).content
    for page in (trainer, learner):
        assert 'lxkit-activity--pitch">Pitch<' in page
        assert 'lxkit-activity--presentation">Presentation<' in page
    assert ACTIVITY_HINTS["pitch"] in trainer and ACTIVITY_HINTS["pitch"] not in learner


def test_a_session_of_only_demo_and_lecture_is_still_passive(tmp_path: Path) -> None:
    passive = {
        "minutes": 60,
        "mode": "in-person",
        "activities": [
            {"kind": "demo", "title": "The tool", "minutes": 20},
            {"kind": "lecture", "title": "Why", "minutes": 20},
        ],
    }
    modules = [factory.module(1, 1, "awareness", session=passive)]
    factory.write_portal(tmp_path, [factory.course("passive", modules, schedule={"weeks": 1, "hours_per_week": 4})])
    findings = [f for f in lint_portal(factory.load(tmp_path)).findings if f.code == "LX120"]
    assert findings and "pitch" in findings[0].message and "presentation" in findings[0].message
