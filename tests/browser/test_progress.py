"""Learner progress in localStorage: kept across reloads, shown on course page and catalog card, resettable,
keyed by course id, course version and stable item ids."""

from __future__ import annotations

import json
from typing import Any

import pytest

from lxkit.builder.content.learner_progress import module_key
from lxkit.model import Course, Portal
from tests.browser.conftest import open_page

pytestmark = pytest.mark.browser


def storage_key(course: Course) -> str:
    """Where lxkit keeps a course's progress."""
    return f"lxkit.progress.v1:{course.id}@{course.version}"


def stored(page: Any, course: Course) -> list[str]:
    """The item ids stored for a course."""
    return list(json.loads(page.evaluate(f"localStorage.getItem('{storage_key(course)}') || '[]'")))


def test_tick_reload_and_see_it_kept(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    module = course.modules[0]
    item = module.pre_work[0]
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    box = f'input[data-lxkit-progress="{item.id}"]'
    page.check(box)
    assert stored(page, course) == [f"{module_key(course, module)}/{item.id}"]
    page.reload()
    page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")
    assert page.is_checked(box)
    page.uncheck(box)
    page.reload()
    page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")
    assert not page.is_checked(box) and stored(page, course) == []


def test_progress_bar_on_course_page_and_catalog_card_and_reset(
    page: Any, sample_url: str, sample_portal: Portal
) -> None:
    course = sample_portal.courses[0]
    module = course.modules[0]
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    page.check(f'input[data-lxkit-progress="{module.pre_work[0].id}"]')
    assert module.exercise is not None
    page.check(f'input[data-lxkit-progress="{module.exercise.id}"]')
    total = sum(len(m.pre_work) + (1 if m.exercise else 0) for m in course.modules)

    open_page(page, f"{sample_url}courses/{course.folder}/")
    assert page.get_attribute("[data-lxkit-course-progress] progress", "value") == "2"
    assert page.inner_text("[data-lxkit-progress-text]") == f"2 of {total} done"
    own = len(module.pre_work) + 1
    week = page.inner_text(".lxkit-module-item >> nth=0 >> [data-lxkit-module-done]")
    assert week == ("Done" if own == 2 else f"2 of {own} done")

    open_page(page, sample_url)
    card = f'[data-lxkit-course="{course.id}"] [data-lxkit-card-progress]'
    assert page.is_visible(card)
    assert page.inner_text(f"{card} .lxkit-card__progress-text") == f"2 of {total} done"

    open_page(page, f"{sample_url}courses/{course.folder}/")
    page.click("[data-lxkit-reset]")
    assert page.inner_text("[data-lxkit-progress-text]") == f"0 of {total} done"
    page.wait_for_function("document.querySelector('[data-lxkit-progress-status]').textContent.includes('reset')")
    assert stored(page, course) == []


def test_another_version_of_the_course_does_not_share_progress(
    page: Any, sample_url: str, sample_portal: Portal
) -> None:
    course = sample_portal.courses[0]
    module = course.modules[0]
    item = f"{module_key(course, module)}/{module.pre_work[0].id}"
    open_page(page, sample_url)
    page.evaluate(f"localStorage.setItem('lxkit.progress.v1:{course.id}@0.0.1', JSON.stringify(['{item}']))")
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    assert not page.is_checked(f'input[data-lxkit-progress="{module.pre_work[0].id}"]')


def test_items_are_found_by_id_not_position(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    module = course.modules[0]
    last = module.pre_work[-1]
    open_page(page, sample_url)
    page.evaluate(
        f"localStorage.setItem('{storage_key(course)}', JSON.stringify(['{module_key(course, module)}/{last.id}']))"
    )
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    checked = page.eval_on_selector_all(
        "input[data-lxkit-progress]:checked", "xs => xs.map(x => x.dataset.lxkitProgress)"
    )
    assert checked == [last.id]


def test_clear_all_progress_on_a_shared_computer(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    open_page(page, sample_url)
    page.evaluate(f"localStorage.setItem('{storage_key(course)}', '[\"x/y\"]'); localStorage.setItem('other', '1')")
    page.reload()
    page.wait_for_selector(".lxkit[data-lxkit-ready]", state="attached")
    page.click("[data-lxkit-forget]")
    page.wait_for_function("document.querySelector('[data-lxkit-forget-status]').textContent.length > 0")
    assert page.evaluate(f"localStorage.getItem('{storage_key(course)}')") is None
    assert page.evaluate("localStorage.getItem('other')") == "1"
    assert not page.is_visible(f'[data-lxkit-course="{course.id}"] [data-lxkit-card-progress]')
