"""schema.org Course JSON-LD: the right facts, and JSON that cannot break out of its script element."""

from __future__ import annotations

import json

from lxkit.builder.content.jsonld import course_jsonld, iso_duration
from lxkit.model import Portal
from lxkit.scriptjson import script_json


def test_course_facts(portal: Portal) -> None:
    course = portal.course("data-basics")
    assert course is not None
    data = course_jsonld(portal, course)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Course"
    assert data["url"] == "https://academy.example/courses/data-basics/"
    assert data["name"] == "Data basics" and data["courseCode"] == "data-basics"
    assert data["timeRequired"] == "PT7H"
    assert data["provider"] == {"@type": "Organization", "name": "Test Academy", "url": "https://academy.example/"}
    assert data["about"] == ["Data literacy", "Statistical thinking"]
    assert data["hasCourseInstance"]["courseMode"] == "Blended"
    assert data["hasCourseInstance"]["courseWorkload"] == "PT4H"
    assert data["hasCourseInstance"]["instructor"] == [{"@type": "Person", "name": "Grace Hopper"}]
    assert [s["timeRequired"] for s in data["syllabusSections"]] == ["PT3H30M", "PT3H30M"]


def test_iso_durations() -> None:
    assert [iso_duration(m) for m in (0, 5, 60, 95)] == ["PT0M", "PT5M", "PT1H", "PT1H35M"]


def test_script_json_escapes_everything_that_could_end_the_script() -> None:
    text = script_json({"name": "</script><script>alert(1)</script> & <!-- \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"name": "</script><script>alert(1)</script> & <!-- \u2028"}


def test_hostile_course_round_trips(hostile_portal: Portal) -> None:
    course = hostile_portal.course("hostile")
    assert course is not None
    text = script_json(course_jsonld(hostile_portal, course))
    assert "<" not in text
    assert json.loads(text)["name"] == "Evil <script>alert(1)</script> course"
