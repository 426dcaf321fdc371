"""The handouts' print HTML: what the workbook and the guide hold, escaping, staging and the course page links."""

from __future__ import annotations

import dataclasses
import re
from types import MappingProxyType

import pytest

from lxkit.builder.content.handouts import (
    facilitator_guide,
    handout_links,
    handout_pages,
    module_heading,
    workbook,
)
from lxkit.builder.content.pages import Flavour
from lxkit.builder.content.stage import stage_course
from lxkit.handout_names import handouts_on
from lxkit.markdown import ParsedTexts
from lxkit.model import Course, Portal
from tests.builder.portal_factory import CHECK, FACILITATOR_NOTE, IMG, SCRIPT

FEEDBACK = [option["feedback"] for question in CHECK for option in question.get("options", [])]
MODEL_ANSWER = "A good answer names a concrete dashboard."


def with_handouts(portal: Portal, value: object = True) -> Portal:
    raw = MappingProxyType({**portal.config.raw, "handouts": value})
    return dataclasses.replace(portal, config=dataclasses.replace(portal.config, raw=raw))


def course_of(portal: Portal, course_id: str) -> Course:
    course = portal.course(course_id)
    assert course is not None
    return course


def test_the_workbook_holds_what_learners_do_and_nothing_for_trainers(portal: Portal) -> None:
    course = course_of(portal, "data-basics")
    html = workbook(portal, course).html
    assert '<html lang="en">' in html and "<title>Learner workbook: Data basics</title>" in html
    for text in (
        "Explain what a chart shows and what it hides.",
        "Audit one dashboard you use",
        "Where the value axis starts",
    ):
        assert text in html
    assert "https://www.coursera.org/learn/data" in html  # pre-work links written out
    assert "What will you check next time you read a dashboard?" in html and "lxkit-print-write" in html
    assert FACILITATOR_NOTE not in html and MODEL_ANSWER not in html
    assert not [feedback for feedback in FEEDBACK if feedback in html]
    body = html.split("<body", 1)[1]
    assert "data-correct" not in body and "lxkit-key" not in body and "Right" not in body


def test_the_guide_holds_the_run_sheet_notes_and_answer_key(portal: Portal) -> None:
    course = course_of(portal, "data-basics")
    html = facilitator_guide(portal, course).html
    assert html.count(FACILITATOR_NOTE) == 2 and MODEL_ANSWER in html
    assert all(feedback in html for feedback in FEEDBACK)
    assert "Facilitator note" in html and "0:15–1:00" in html  # the run sheet with its clock
    assert "Exercise brief: Audit one dashboard you use" in html
    assert '<nav class="lxkit-crumbs"' not in html and "data-lxkit-print" not in html  # no site navigation


def test_each_module_is_a_part_in_the_table_of_contents(portal: Portal) -> None:
    course = course_of(portal, "data-basics")
    headings = [module_heading(module) for module in course.modules]
    assert headings == ["Week 1: Week 1: reading charts", "Week 2: Week 2: reading charts"]
    for document, parts in (
        (workbook(portal, course), ["About this course", *headings]),
        (facilitator_guide(portal, course), headings),
    ):
        assert re.findall(r'<h1 id="[^"]+">([^<]*)</h1>', document.html) == parts
        assert re.findall(r'<li><a href="#[^"]+">([^<]*)</a></li>', document.html) == parts


def test_course_text_is_escaped_and_no_script_url_becomes_a_link(hostile_portal: Portal) -> None:
    course = course_of(hostile_portal, "hostile")
    for document in (workbook(hostile_portal, course), facilitator_guide(hostile_portal, course)):
        assert SCRIPT not in document.html and IMG not in document.html and "<b>raw</b>" not in document.html
        assert "&lt;script&gt;" in document.html
        assert "javascript:" not in document.html.lower()
        assert re.findall(r'href="([^"#][^"]*)"', document.html) == []  # only in-document links


def test_a_render_is_shared_with_the_portal_pages(portal: Portal) -> None:
    course = course_of(portal, "data-basics")
    texts = ParsedTexts()
    for flavour in Flavour:
        stage_course(portal, course, flavour, texts=texts)
    rendered = dict(texts.rendered)
    workbook(portal, course, texts)
    facilitator_guide(portal, course, texts)
    assert texts.rendered == rendered  # notes and learner bodies: the portal's renders, not new ones


@pytest.mark.parametrize("value", [None, False, "yes"])
def test_handouts_are_off_unless_the_portal_asks(portal: Portal, value: object) -> None:
    quiet = with_handouts(portal, value)
    course = course_of(quiet, "data-basics")
    assert not handouts_on(quiet.config)
    assert handout_pages(quiet, course, Flavour.LEARNER, ParsedTexts()) == []
    assert handout_links(quiet, course, Flavour.TRAINER) == []
    assert not [page for page in stage_course(quiet, course, Flavour.LEARNER) if page.path.endswith(".pdf")]


def test_each_view_stages_its_handout_beside_the_course_page(portal: Portal) -> None:
    asked = with_handouts(portal)
    course = course_of(asked, "data-basics")
    learner = [p.path for p in stage_course(asked, course, Flavour.LEARNER) if p.path.endswith(".pdf")]
    trainer = [p.path for p in stage_course(asked, course, Flavour.TRAINER) if p.path.endswith(".pdf")]
    assert learner == ["courses/data-basics/data-basics-workbook.pdf"]
    assert trainer == ["courses/data-basics/data-basics-facilitator-guide.pdf"]


def test_the_course_page_links_the_workbook_and_for_trainers_the_guide(portal: Portal) -> None:
    asked = with_handouts(portal)
    course = course_of(asked, "data-basics")
    assert handout_links(asked, course, Flavour.LEARNER) == [
        {"kind": "workbook", "label": "Download workbook (PDF)", "href": "data-basics-workbook.pdf"}
    ]
    trainer = handout_links(asked, course, Flavour.TRAINER)
    assert [link["href"] for link in trainer] == [
        "../../../courses/data-basics/data-basics-workbook.pdf",
        "data-basics-facilitator-guide.pdf",
    ]
    pages = {p.path: p.content for p in stage_course(asked, course, Flavour.LEARNER)}
    learner_page = pages["courses/data-basics/index.md"]
    assert "Download workbook (PDF)" in learner_page and "Facilitator guide (PDF)" not in learner_page
    trainer_page = {p.path: p.content for p in stage_course(asked, course, Flavour.TRAINER)}[
        "courses/data-basics/index.md"
    ]
    assert "Facilitator guide (PDF)" in trainer_page
