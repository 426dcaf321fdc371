"""The pages as a learner sees them in Chromium, one test per point of the page review (issue #19).

Geometry, counts and computed styles of the built sample portal: question text inside its card,
one feedback per answer, the modules and the audience once per course page, each person once on
the experts page, the capability matrix never cut off, the first course on a phone's first screen,
no trainer switch on the learner's portal pages, the author's text first on a module page, one
text size for admonitions and tables, and a readable reflection prompt.
"""

from __future__ import annotations

from typing import Any

import pytest

from lxkit.model import Course, Module, Portal
from tests.browser.conftest import open_page

pytestmark = pytest.mark.browser

CONTRAST = """el => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = c => c.slice(0, 3).map(channel).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  let node = el, back = [255, 255, 255];
  while (node) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length === 3 || c[3] > 0.5) { back = c.slice(0, 3); break; }
    node = node.parentElement;
  }
  const fore = rgb(getComputedStyle(el).color);
  const alpha = fore.length > 3 ? fore[3] : 1;
  const mixed = fore.slice(0, 3).map((v, i) => v * alpha + back[i] * (1 - alpha));
  const [a, b] = [lum(mixed), lum(back)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def module_with_check(portal: Portal) -> tuple[Course, Module]:
    """The first module whose check has questions of the most kinds."""
    pairs = [(c, m) for c in portal.courses for m in c.modules if m.check]
    return max(pairs, key=lambda pair: len({q.kind for q in pair[1].check}))


def test_question_text_sits_inside_its_card_box(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course, module = module_with_check(sample_portal)
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    outside = page.evaluate(
        "[...document.querySelectorAll('.lxkit-question fieldset')].filter(f => {"
        " const l = f.querySelector('legend').getBoundingClientRect(), b = f.getBoundingClientRect();"
        " const w = parseFloat(getComputedStyle(f).borderTopWidth);"
        " return l.top < b.top + w || l.bottom > b.bottom || l.left < b.left || l.right > b.right; }).length"
    )
    assert outside == 0, "a question's text leaves its card's box"


def test_each_answer_has_exactly_one_feedback_element(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course, module = module_with_check(sample_portal)
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    for form in page.query_selector_all("form[data-lxkit-question]"):
        for option in form.query_selector_all(".lxkit-option"):
            option.query_selector("input").check()
        textarea = form.query_selector("textarea")
        if textarea is not None:
            textarea.fill("My answer")
        form.query_selector("button[type=submit]").click()
    page.wait_for_function("[...document.querySelectorAll('[data-lxkit-result]')].every(r => r.textContent)")
    counts = page.eval_on_selector_all(
        ".lxkit-option", "options => options.map(o => o.querySelectorAll('.lxkit-feedback:not([hidden])').length)"
    )
    assert counts and max(counts) == 1, "every chosen answer shows one feedback, no more"
    for question in (q for q in module.check if q.kind == "text"):
        form = f'form[data-lxkit-question="{question.id}"]'
        answer = " ".join(question.answer.split())[:30]
        assert page.inner_text(form).count(answer) == 1, "the model answer is shown once"


def test_course_page_lists_modules_and_audience_once(page: Any, sample_url: str, sample_portal: Portal) -> None:
    for course in sample_portal.courses:
        open_page(page, f"{sample_url}courses/{course.folder}/")
        text = page.inner_text("article")
        prose = f"{course.summary}\n{course.body}"  # the author's own words may name them too
        for module in course.modules:
            assert text.count(module.title) == 1 + prose.count(module.title), module.title
        for audience in course.audience:
            assert 1 <= text.count(audience) <= 1 + prose.count(audience), audience


def test_experts_page_lists_each_person_once_and_no_sponsor_as_expert(
    page: Any, sample_url: str, sample_portal: Portal
) -> None:
    open_page(page, f"{sample_url}experts/")
    names = page.eval_on_selector_all(".lxkit-person__name", "names => names.map(n => n.textContent.trim())")
    assert names and len(names) == len(set(names))
    teaching = {o.name for c in sample_portal.courses for o in c.owners if o.role in ("sme", "trainer")}
    others = {o.name for c in sample_portal.courses for o in c.owners} - teaching
    experts = page.eval_on_selector_all(
        "[aria-labelledby=experts-teach] .lxkit-person__name", "names => names.map(n => n.textContent.trim())"
    )
    assert set(experts) == teaching
    assert others and not others & set(experts), "business co-owners and L&D staff are not listed as experts"


def test_capability_matrix_is_not_cut_off_at_1366(page: Any, sample_url: str) -> None:
    page.set_viewport_size({"width": 1366, "height": 900})
    open_page(page, f"{sample_url}capabilities/")
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth"), "the page scrolls sideways"
    cut = page.evaluate(
        "[...document.querySelectorAll('article table')].filter(t => {"
        " if (t.getBoundingClientRect().right <= innerWidth) return false;"
        " let box = t.parentElement;"
        " while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;"
        " return !box || box.getBoundingClientRect().right > innerWidth; }).length"
    )
    assert page.locator("article table").count() >= 2 and cut == 0, "a matrix table is cut off"


def test_phone_sees_the_first_course_on_the_first_screen(page: Any, sample_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_page(page, sample_url)
    title = page.locator("[data-lxkit-catalog] > li:not([hidden]) .lxkit-card__title").first
    top = title.evaluate("t => t.getBoundingClientRect().bottom")
    assert top <= 844, f"the first course's title ends {top:.0f} px down, below the first screen"


@pytest.mark.parametrize("path", ["", "capabilities/", "experts/", "impact/"])
def test_no_trainer_switch_or_edit_icon_on_learner_portal_pages(page: Any, sample_url: str, path: str) -> None:
    open_page(page, sample_url + path)
    assert page.locator(".lxkit-switch, [data-lxkit-switch]").count() == 0
    assert page.locator("a[rel=edit]").count() == 0


def test_module_page_shows_the_authors_text_before_the_pre_work(
    page: Any, sample_url: str, sample_portal: Portal
) -> None:
    course, module = next((c, m) for c in sample_portal.courses for m in c.modules if m.body.strip() and m.pre_work)
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    order = page.evaluate(
        "[...document.querySelectorAll('article .lxkit-body, article .lxkit-prework, article .lxkit-session')]"
        ".map(s => s.className.split(' ')[0])"
    )
    assert order[:2] == ["lxkit-body", "lxkit-prework"]


def test_admonitions_and_tables_use_the_body_text_size(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course = sample_portal.courses[0]
    module = next(m for m in course.modules if "!!!" in m.body and "|" in m.body)
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    sizes = page.evaluate(
        "['.lxkit-body > p', '.lxkit-body .admonition p', '.lxkit-body table td']"
        ".map(s => getComputedStyle(document.querySelector(s)).fontSize)"
    )
    assert len(set(sizes)) == 1, f"body, admonition and table text sizes differ: {sizes}"


def test_links_in_the_authors_text_are_underlined(page: Any, sample_url: str, sample_portal: Portal) -> None:
    course, module = max(
        ((c, m) for c in sample_portal.courses for m in c.modules), key=lambda pair: pair[1].body.count("](")
    )
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    links = page.evaluate(
        "[...document.querySelectorAll('.lxkit-body :is(p, li) a[href]')]"
        ".map(a => [a.closest('li') ? 'li' : 'p', getComputedStyle(a).textDecorationLine])"
    )
    assert {kind for kind, _ in links} == {"p", "li"}, f"{module.path} has links in a paragraph and a list"
    assert all("underline" in line for _, line in links), f"links without an underline: {links}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_reflection_prompt_contrast(page: Any, sample_url: str, sample_portal: Portal, scheme: str) -> None:
    course = sample_portal.courses[0]
    module = next(m for m in course.modules if m.reflection)
    page.emulate_media(color_scheme=scheme)
    open_page(page, f"{sample_url}courses/{course.folder}/{module.page_name}/")
    ratio = page.eval_on_selector(".lxkit-reflection blockquote p", CONTRAST)
    assert ratio >= 4.5, f"the reflection prompt's contrast is {ratio:.2f}:1"
