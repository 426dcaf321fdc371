"""The insight pages in a real build: trainer view only, aggregates only, rebuilt when the results change."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.insights.conftest import GeneratedPortal, build_site, generator, insight_site, insights_for, make_portal

__all__ = ["insight_site"]
pytestmark = pytest.mark.slow


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text("utf-8") for p in site.rglob("*.html")}


def test_insight_pages_are_in_the_trainer_view_only(insight_site: tuple[GeneratedPortal, Path]) -> None:
    generated, site = insight_site
    course_ids = [c.folder for c in generated.portal.courses]
    assert (site / "trainer" / "insights" / "index.html").is_file()
    for course in course_ids:
        assert (site / "trainer" / "insights" / course / "index.html").is_file()
    learner = {path: text for path, text in pages(site).items() if not path.startswith("trainer/")}
    assert not (site / "insights").exists()
    assert not any(re.search(r"href=\"[./]*(trainer/)?insights/", text) for text in learner.values())
    search = (site / "search" / "search_index.json").read_text("utf-8")
    assert "Right first time" not in search


def test_every_chart_has_a_title_a_description_and_a_data_table(insight_site: tuple[GeneratedPortal, Path]) -> None:
    generated, site = insight_site
    for course in generated.portal.courses:
        html = (site / "trainer" / "insights" / course.folder / "index.html").read_text("utf-8")
        figures = re.findall(r"<figure class=\"lxkit-insight\".*?</figure>", html, flags=re.S)
        assert len(figures) == 5, course.folder  # metric, funnel, questions, pre-work, time
        for figure in figures:
            svg = re.search(r"<svg[^>]*role=\"img\" aria-labelledby=\"([^ \"]+) ([^\"]+)\"", figure)
            assert svg is not None
            assert f'<title id="{svg.group(1)}">' in figure and f'<desc id="{svg.group(2)}">' in figure
            assert "<table>" in figure and "<caption>" in figure
        assert "<script" not in "".join(figures)


def test_flagged_questions_link_to_their_line(insight_site: tuple[GeneratedPortal, Path]) -> None:
    generated, site = insight_site
    course = generated.portal.courses[0]
    planted = generated.truth.planted[course.folder]
    question = next(q for m in course.modules for q in m.check if q.id == planted.misleading)
    module = next(m for m in course.modules if question in m.check)
    html = (site / "trainer" / "insights" / course.folder / "index.html").read_text("utf-8")
    assert f"blob/main/{module.path}#L{question.line}" in html
    assert f"{module.path}:{question.line}" in html
    assert "misleading distractor" in html


def test_no_small_team_and_no_learner_id_in_any_page(insight_site: tuple[GeneratedPortal, Path]) -> None:
    generated, site = insight_site
    text = "\n".join(pages(site).values())
    assert generator().SMALL_TEAM not in text
    with generated.statements.open() as handle:
        ids = {json.loads(next(handle))["actor"]["account"]["name"] for _ in range(100)}
    assert not any(learner in text for learner in ids)


def test_new_statements_change_the_pages_on_the_next_build(tmp_path: Path) -> None:
    generated = make_portal(tmp_path / "portal", statements=3000)
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_site(generated.root, site, cache)
    assert not (site / "trainer" / "insights").exists()
    insights_for(generated)
    build_site(generated.root, site, cache)
    overview = (site / "trainer" / "insights" / "index.html").read_text("utf-8")
    assert f"{generated.truth.statements} statements" in overview
    nav = (site / "trainer" / "index.html").read_text("utf-8")
    assert 'href="insights/"' in nav
