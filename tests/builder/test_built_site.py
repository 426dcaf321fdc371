"""The built sample portal: catalog, course and module HTML, both views, search index and catalog.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

from lxkit.markdown import facilitator_notes, parse
from lxkit.model import Portal
from lxkit.schedule import week_loads

MAX_MODULE_PAGE_BYTES = 64_000


def read(site: Path, path: str) -> str:
    """One built page's HTML."""
    return (site / path).read_text("utf-8")


def note_sentences(portal: Portal) -> list[str]:
    """The first line of every facilitator note of the portal (text that only trainers may see)."""
    found: list[str] = []
    for course in portal.courses:
        for module in course.modules:
            inline = [t.content for t in facilitator_notes(parse(module.body)) if t.type == "inline"]
            found.extend(text.splitlines()[0] for text in inline[1:2])  # [0] is the admonition title
    return found


def test_catalog_has_a_card_per_course_with_filter_data(sample_site: Path, sample_portal: Portal) -> None:
    html = read(sample_site, "index.html")
    cards = re.findall(r'<li class="lxkit-card lxkit-course-card"([^>]*)>', html)
    assert len(cards) == len(sample_portal.courses)
    for course in sample_portal.courses:
        assert f'data-lxkit-course="{course.id}"' in html
        assert f'href="courses/{course.folder}/"' in html
    assert all("data-capabilities=" in c and "data-audience=" in c and "data-status=" in c for c in cards)
    assert 'form class="lxkit-filters"' in html


def test_course_page_has_journey_chart_schedule_and_json_ld(sample_site: Path, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    html = read(sample_site, f"courses/{course.folder}/index.html")
    assert 'class="lxkit-chart"' in html
    for load in week_loads(course):
        row = re.search(rf'<tr data-lxkit-week="{load.week}"[^>]*>(.*?)</tr>', html, re.S)
        assert row is not None
        cells = re.findall(r"<td>(\d+)", row.group(1))
        assert cells[:4] == [str(load.pre_work), str(load.session), str(load.exercise), str(load.total)]
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert script is not None
    data = json.loads(script.group(1))
    assert data["@type"] == "Course" and data["name"] == course.title and data["version"] == course.version


def test_course_page_footer_has_the_version_and_an_edit_link(sample_site: Path, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    html = read(sample_site, f"courses/{course.folder}/index.html")
    assert f"course version {course.version}" in html
    assert f'href="https://github.com/acme/academy/edit/main/{course.path}"' in html


def test_module_page_has_prework_agenda_exercise_and_check(sample_site: Path, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    module = course.modules[0]
    html = read(sample_site, f"courses/{course.folder}/{module.page_name}/index.html")
    for item in module.pre_work:
        assert f'data-lxkit-progress="{item.id}"' in html
    assert 'target="_blank" rel="noopener noreferrer"' in html
    assert html.count('<form class="lxkit-question"') == len(module.check)
    assert html.count("<fieldset>") == html.count("<legend>") == len(module.check)
    assert 'aria-live="polite"' in html
    assert f'data-lxkit-module="{module.slug}"' in html


def test_facilitator_notes_stay_out_of_the_learner_view_and_its_search_index(
    sample_site: Path, sample_portal: Portal
) -> None:
    notes = note_sentences(sample_portal)
    assert notes, "the sample portal should have facilitator notes"
    learner_index = read(sample_site, "search/search_index.json")
    trainer_index = read(sample_site, "trainer/search/search_index.json")
    learner_html = "".join(p.read_text("utf-8") for p in sample_site.glob("courses/**/*.html"))
    for note in notes:
        fragment = note[:60]
        assert fragment not in learner_index and fragment not in learner_html
        assert fragment in trainer_index
    assert "admonition facilitator" not in learner_html


def test_trainer_view_has_guides_and_a_switch_back(sample_site: Path, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    guide = read(sample_site, f"trainer/courses/{course.folder}/guide/index.html")
    assert "admonition facilitator" in guide
    trainer_course = read(sample_site, f"trainer/courses/{course.folder}/index.html")
    assert 'href="guide/"' in trainer_course
    assert 'data-lxkit-switch="learner"' in trainer_course and 'name="robots" content="noindex' in trainer_course
    learner_course = read(sample_site, f"courses/{course.folder}/index.html")
    assert f'href="../../trainer/courses/{course.folder}/" class="md-content__button lxkit-switch"' in learner_course


def test_catalog_json_lists_every_course(sample_site: Path, sample_portal: Portal) -> None:
    data = json.loads(read(sample_site, "catalog.json"))
    assert {c["id"] for c in data["courses"]} == {c.id for c in sample_portal.courses}
    assert not (sample_site / "trainer" / "catalog.json").exists()


def test_portal_pages_exist_in_both_views(sample_site: Path) -> None:
    for prefix in ("", "trainer/"):
        for page in ("capabilities", "experts", "impact"):
            assert (sample_site / prefix / page / "index.html").is_file()


def test_module_page_stays_small_and_its_nav_lists_no_course(sample_site: Path, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    path = sample_site / f"courses/{course.folder}/{course.modules[0].page_name}/index.html"
    assert path.stat().st_size < MAX_MODULE_PAGE_BYTES
    nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', path.read_text("utf-8"), re.S)
    assert nav is not None
    assert "courses/" not in nav.group(0)
