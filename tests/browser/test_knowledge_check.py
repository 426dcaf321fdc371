"""Knowledge checks: right and wrong answers with feedback, keyboard only, announced through aria-live."""

from __future__ import annotations

from typing import Any

import pytest

from lxkit.model import Module, Portal, Question
from tests.browser.conftest import open_page

pytestmark = pytest.mark.browser


def first_question(portal: Portal, kind: str) -> tuple[str, Module, Question]:
    """(course folder, module, question) of the first question of a kind in the portal."""
    for course in portal.courses:
        for module in course.modules:
            for question in module.check:
                if question.kind == kind and (kind == "text" or any(o.correct for o in question.options)):
                    return course.folder, module, question
    raise AssertionError(f"the sample portal has no {kind} question")


def result_text(page: Any, form: str) -> str:
    """The announced result of a question, once it is there."""
    region = f"{form} [data-lxkit-result]"
    assert page.get_attribute(region, "aria-live") == "polite"
    page.wait_for_function(f"document.querySelector('{region}').textContent.length > 0")
    return str(page.inner_text(region))


def visible_count(page: Any, form: str, text: str) -> int:
    """How many times ``text`` appears in the visible text of a question's form."""
    return int(page.evaluate("([f, t]) => document.querySelector(f).innerText.split(t).length - 1", [form, text]))


def test_single_choice_wrong_then_right_with_the_keyboard(page: Any, sample_url: str, sample_portal: Portal) -> None:
    folder, module, question = first_question(sample_portal, "single")
    open_page(page, f"{sample_url}courses/{folder}/{module.page_name}/")
    form = f'form[data-lxkit-question="{question.id}"]'
    right = next(i for i, o in enumerate(question.options) if o.correct)
    wrong = next(i for i, o in enumerate(question.options) if not o.correct)

    page.focus(f"{form} input >> nth=0")
    for _ in range(wrong):
        page.keyboard.press("ArrowDown")
    if wrong == 0:
        page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    message = result_text(page, form)
    assert message.startswith("Not quite")
    assert page.is_visible(f"{form} .lxkit-option--wrong .lxkit-feedback")
    feedback = question.options[wrong].feedback.strip()
    assert feedback[:40] not in message, "the verdict must not repeat the answer's feedback"
    assert visible_count(page, form, feedback[:40]) == 1, "each answer's feedback is shown once"

    page.keyboard.press("Shift+Tab")
    for _ in range(abs(right - wrong)):
        page.keyboard.press("ArrowDown" if right > wrong else "ArrowUp")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.wait_for_function(f"document.querySelector('{form} [data-lxkit-result]').textContent.startsWith('Correct')")
    assert page.is_visible(f"{form} .lxkit-option--right")
    assert not page.is_visible(f"{form} .lxkit-option--wrong")


def test_multiple_choice_needs_every_right_answer(page: Any, sample_url: str, sample_portal: Portal) -> None:
    folder, module, question = first_question(sample_portal, "multiple")
    open_page(page, f"{sample_url}courses/{folder}/{module.page_name}/")
    form = f'form[data-lxkit-question="{question.id}"]'
    right = [i for i, o in enumerate(question.options) if o.correct]
    page.focus(f"{form} input >> nth={right[0]}")
    page.keyboard.press("Space")
    page.click(f"{form} button[type=submit]")
    if len(right) > 1:
        assert result_text(page, form).startswith(f"Not quite: you chose 1 of the {len(right)} right answers")
    for index in right[1:]:
        page.focus(f"{form} input >> nth={index}")
        page.keyboard.press("Space")
    page.focus(f"{form} button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelector('{form} [data-lxkit-result]').textContent.startsWith('Correct')")


def test_free_text_shows_a_model_answer_after_an_attempt(page: Any, sample_url: str, sample_portal: Portal) -> None:
    folder, module, question = first_question(sample_portal, "text")
    open_page(page, f"{sample_url}courses/{folder}/{module.page_name}/")
    form = f'form[data-lxkit-question="{question.id}"]'
    page.click(f"{form} button[type=submit]")
    assert result_text(page, form).startswith("Write your answer first")
    assert not page.is_visible(f"{form} [data-lxkit-model-answer]")
    page.focus(f"{form} textarea")
    page.keyboard.type("I would check the baseline first.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelector('{form} [data-lxkit-result]').textContent.startsWith('Compare')")
    assert page.is_visible(f"{form} [data-lxkit-model-answer]")
    answer = " ".join(question.answer.split())[:40]
    assert visible_count(page, form, answer) == 1, "the model answer is shown once, not repeated in the verdict"


def test_questions_are_fieldsets_with_labelled_inputs(page: Any, sample_url: str, sample_portal: Portal) -> None:
    folder, module, _ = first_question(sample_portal, "single")
    open_page(page, f"{sample_url}courses/{folder}/{module.page_name}/")
    unlabelled = page.evaluate(
        "[...document.querySelectorAll('.lxkit-question input, .lxkit-question textarea')]"
        ".filter(i => !i.labels || i.labels.length === 0).length"
    )
    assert unlabelled == 0
    assert page.evaluate("document.querySelectorAll('.lxkit-question fieldset > legend').length") == len(module.check)


def test_each_question_text_sits_inside_its_card(page: Any, sample_url: str, sample_portal: Portal) -> None:
    folder, module, _ = first_question(sample_portal, "single")
    open_page(page, f"{sample_url}courses/{folder}/{module.page_name}/")
    overlaps = page.evaluate(
        "[...document.querySelectorAll('.lxkit-question fieldset')].filter(f => {"
        " const legend = f.querySelector('legend').getBoundingClientRect();"
        " const box = f.getBoundingClientRect();"
        " const border = parseFloat(getComputedStyle(f).borderTopWidth);"
        " return legend.top < box.top + border; }).length"
    )
    assert overlaps == 0, "a question's text crosses its card's top border"
