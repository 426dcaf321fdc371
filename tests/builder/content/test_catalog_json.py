"""catalog.json: every course with its metadata, modules and URLs, ready for an LMS."""

from __future__ import annotations

import json

from lxkit.builder.content.catalog_json import CATALOG_FORMAT, catalog_data, catalog_json
from lxkit.model import Portal


def test_every_course_is_listed_with_its_urls(portal: Portal) -> None:
    data = catalog_data(portal)
    assert data["format"] == CATALOG_FORMAT
    assert data["portal"] == {"name": "Test Academy", "url": "https://academy.example/"}
    assert [c["id"] for c in data["courses"]] == ["data-basics", "facilitation", "no-goal", "old"]
    course = data["courses"][0]
    assert course["path"] == "courses/data-basics/"
    assert course["url"] == "https://academy.example/courses/data-basics/"
    assert course["modules"][0]["url"] == "https://academy.example/courses/data-basics/01-week-1/"


def test_course_metadata_matches_the_front_matter(portal: Portal) -> None:
    course = catalog_data(portal)["courses"][0]
    assert course["version"] == "1.2.0" and course["status"] == "published"
    assert course["capabilities"] == [
        {"id": "data-literacy", "name": "Data literacy"},
        {"id": "statistics", "name": "Statistical thinking"},
    ]
    assert course["total_minutes"] == 420 and course["total_hours"] == 7.0
    assert course["weeks"] == 2 and course["hours_per_week"] == 4
    assert course["business_goal"]["target"] == "20"
    assert course["modules"][0]["minutes"] == {"pre_work": 60, "session": 90, "exercise": 60, "total": 210}
    assert course["owners"][0] == {"name": "Ada Lovelace", "role": "sme", "email": "ada@acme.example"}


def test_the_file_is_valid_json_with_text_kept_as_written(hostile_portal: Portal) -> None:
    text = catalog_json(hostile_portal)
    data = json.loads(text)
    assert data["courses"][1]["title"] == "Evil <script>alert(1)</script> course"
