"""``lxkit export pdf`` end to end: both PDFs, read back with a PDF text library (pypdf)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from lxkit.builder.content.handouts import module_heading
from lxkit.exceptions import ContentError, UsageError
from lxkit.export.api import find_course
from lxkit.export.pdf import export_handouts
from lxkit.model import Course, Portal
from tests.builder import portal_factory as factory
from tests.builder.portal_factory import CHECK, FACILITATOR_NOTE, SCRIPT

pytestmark = pytest.mark.slow
SAMPLE = "data-science-for-engineers"
NOTE_BLOCK = re.compile(r"^!!! facilitator[^\n]*\n((?:(?: {4}[^\n]*)?\n)+)", re.M)


def text_of(pdf: PdfReader) -> str:
    """The PDF's text with lines joined (a sentence may break across lines)."""
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))


def top_titles(pdf: PdfReader) -> list[str]:
    return [item.title for item in pdf.outline if not isinstance(item, list)]


def link_targets(pdf: PdfReader) -> list[str]:
    targets = []
    for page in pdf.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None:
                targets.append(str(action.get_object().get("/URI", "")))
    return targets


@pytest.fixture(scope="module")
def sample_pdfs(sample_model: Portal, tmp_path_factory: pytest.TempPathFactory) -> dict[str, PdfReader]:
    folder = tmp_path_factory.mktemp("handouts")
    written = export_handouts(sample_model, find_course(sample_model, SAMPLE), folder)
    assert sorted(p.path.name for p in written) == [f"{SAMPLE}-facilitator-guide.pdf", f"{SAMPLE}-workbook.pdf"]
    assert all(p.size == p.path.stat().st_size > 10_000 for p in written)
    return {p.kind: PdfReader(p.path) for p in written}


@pytest.fixture(scope="module")
def sample_course(sample_model: Portal) -> Course:
    return find_course(sample_model, SAMPLE)


def test_the_outlines_are_the_module_titles(sample_pdfs: dict[str, PdfReader], sample_course: Course) -> None:
    weeks = [module_heading(module) for module in sample_course.modules]
    assert weeks[0] == "Week 1: Why data, and which decision"
    assert top_titles(sample_pdfs["workbook"]) == ["About this course", *weeks]
    assert top_titles(sample_pdfs["facilitator-guide"]) == weeks


def test_both_are_tagged_with_title_and_language(sample_pdfs: dict[str, PdfReader]) -> None:
    titles = {"workbook": "Learner workbook", "facilitator-guide": "Facilitator guide"}
    for kind, pdf in sample_pdfs.items():
        root = pdf.trailer["/Root"]
        assert "/StructTreeRoot" in root and root["/Lang"] == "en"
        assert pdf.metadata is not None and pdf.metadata.title == f"{titles[kind]}: Data Science for Engineers"


def test_the_workbook_has_no_facilitator_note_and_no_answer(
    sample_pdfs: dict[str, PdfReader], sample_course: Course
) -> None:
    text = text_of(sample_pdfs["workbook"])
    notes = [
        line.strip()
        for m in sample_course.modules
        for block in NOTE_BLOCK.findall(m.body)
        for line in block.splitlines()
    ]
    notes += [a.note for m in sample_course.modules if m.session for a in m.session.activities if a.note]
    assert notes and not [note for note in notes if note and note in text]
    questions = [q for m in sample_course.modules for q in m.check]
    feedback = [o.feedback for q in questions for o in q.options if o.feedback] + [
        q.answer for q in questions if q.answer
    ]
    assert feedback and not [item for item in feedback if item in text]
    assert "Answer key" not in text and "Facilitator note" not in text
    assert questions[0].question.strip('"') in text  # the questions are there, without answers
    assert "https://www.coursera.org/" in text or "https://www.khanacademy.org/" in text  # links written out


def test_the_guide_has_the_answer_key_and_run_sheet(sample_pdfs: dict[str, PdfReader], sample_course: Course) -> None:
    text = text_of(sample_pdfs["facilitator-guide"])
    module = sample_course.modules[0]
    assert "Answer key" in text and "Run sheet" in text and "Prepare and print" in text
    right = next(o for q in module.check for o in q.options if o.correct and o.feedback)
    assert right.feedback[:40] in text
    assert module.session is not None and module.session.starts in text  # clock-time agenda


def test_a_hostile_course_prints_its_text_and_links_nowhere(tmp_path: Path) -> None:
    root = tmp_path / "portal"
    factory.write_portal(root, [factory.hostile_course()])
    portal = factory.load(root)
    written = export_handouts(portal, find_course(portal, "hostile"), tmp_path / "out")
    for handout in written:
        pdf = PdfReader(handout.path)
        assert SCRIPT in text_of(pdf)  # shown as text, never run
        assert not [target for target in link_targets(pdf) if not target.startswith("https://")]


def test_factory_course_workbook_and_guide(tmp_path: Path) -> None:
    root = tmp_path / "portal"
    factory.write_portal(root, [factory.course("alpha")])
    portal = factory.load(root)
    written = {h.kind: PdfReader(h.path) for h in export_handouts(portal, find_course(portal, "alpha"), tmp_path)}
    workbook, guide = text_of(written["workbook"]), text_of(written["facilitator-guide"])
    feedback = [option["feedback"] for question in CHECK for option in question.get("options", [])]
    assert FACILITATOR_NOTE not in workbook and FACILITATOR_NOTE in guide
    assert "https://www.coursera.org/learn/data" in link_targets(written["workbook"])  # a pre-work link is live
    assert not [f for f in feedback if f in workbook] and all(f in guide for f in feedback)


def test_existing_pdfs_are_kept_without_force(tmp_path: Path) -> None:
    root = tmp_path / "portal"
    factory.write_portal(root, [factory.course("alpha")])
    portal = factory.load(root)
    course = find_course(portal, "alpha")
    (tmp_path / "alpha-workbook.pdf").write_text("mine", "utf-8")
    with pytest.raises(UsageError, match=r"alpha-workbook\.pdf already exists: add --force"):
        export_handouts(portal, course, tmp_path)
    assert (tmp_path / "alpha-workbook.pdf").read_text("utf-8") == "mine"
    assert not (tmp_path / "alpha-facilitator-guide.pdf").exists()
    export_handouts(portal, course, tmp_path, force=True)
    assert (tmp_path / "alpha-workbook.pdf").read_bytes().startswith(b"%PDF")


def test_a_course_with_errors_writes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "portal"
    factory.write_portal(
        root, [factory.course("alpha", modules=[factory.module(1, 1, minutes_typo=1, objectives="not a list")])]
    )
    portal = factory.load(root)
    with pytest.raises(ContentError, match="course 'alpha' cannot be exported"):
        export_handouts(portal, find_course(portal, "alpha"), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_courses_whose_ids_look_alike_never_overwrite_each_others_pdfs(tmp_path: Path) -> None:
    root = tmp_path / "portal"
    factory.write_portal(root, [factory.course("data"), factory.course("data-workbook")])
    portal = factory.load(root)
    out = tmp_path / "handouts"
    written = [
        h for course in ("data", "data-workbook") for h in export_handouts(portal, find_course(portal, course), out)
    ]
    titles = {h.path.name: PdfReader(h.path).metadata.title for h in written}  # type: ignore[union-attr]
    assert titles == {
        "data-workbook.pdf": "Learner workbook: Course data",
        "data-facilitator-guide.pdf": "Facilitator guide: Course data",
        "data-workbook-workbook.pdf": "Learner workbook: Course data-workbook",
        "data-workbook-facilitator-guide.pdf": "Facilitator guide: Course data-workbook",
    }
    assert sorted(p.name for p in out.iterdir()) == sorted(titles)
