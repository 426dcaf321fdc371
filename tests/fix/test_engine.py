"""lxkit.fix.engine: safe fixes as line edits; idempotent; never change the values of a valid file."""

from __future__ import annotations

import string

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lxkit.fix import apply_edits, fix_edits, fixed_text
from lxkit.sourcefile import parse_source
from lxkit.validation import validate
from tests.helpers import MODULE


def test_edits_cover_only_the_changed_lines_and_carry_titles() -> None:
    text = "---\ntitle: Week 2: the core skill\nweek: 2  # keep me\nreflection: PO #12 or PO #13?\n---\n\nBody: x #1\n"
    edits = fix_edits("courses/c/01-a.md", text)
    assert [(e.line, e.end_line) for e in edits] == [(2, 3), (4, 5)]
    assert edits[0].title == "Put the text of 'title' in quotes"
    assert edits[1].title == "Keep the text after ' #' in 'reflection' (put it in quotes)"
    fixed = apply_edits(text, edits)
    assert fixed == (
        '---\ntitle: "Week 2: the core skill"\nweek: 2  # keep me\nreflection: "PO #12 or PO #13?"\n---\n\nBody: x #1\n'
    )
    assert fixed_text("courses/c/01-a.md", fixed) == fixed


def test_a_real_comment_after_cut_text_stays_a_comment() -> None:
    text = "---\ntitle: Contract #4711 renewal  # from the 2025 audit\n---\n"
    assert fixed_text("01-a.md", text) == '---\ntitle: "Contract #4711 renewal"  # from the 2025 audit\n---\n'


def test_windows_line_endings_and_files_without_front_matter_are_kept() -> None:
    text = "---\r\ntitle: Week 2: x\r\nweek: 2\r\n---\r\nbody\r\n"
    assert fixed_text("01-a.md", text) == '---\r\ntitle: "Week 2: x"\r\nweek: 2\r\n---\r\nbody\r\n'
    assert fixed_text("01-a.md", "# Just Markdown: no front-matter\n") == "# Just Markdown: no front-matter\n"


def test_course_values_authors_write_become_what_the_format_wants() -> None:
    text = "---\nid: c\nversion: 1.0\nschedule:\n  weeks: 4\n  hours_per_week: 3 h\n---\n"
    assert fixed_text("courses/c/index.md", text) == (
        '---\nid: c\nversion: "1.0.0"\nschedule:\n  weeks: 4\n  hours_per_week: 3\n---\n'
    )


def test_unfixable_yaml_is_left_alone() -> None:
    text = "---\ntitle: [a, b: c, {\n---\n"
    assert fixed_text("01-a.md", text) == text


def test_a_quote_left_open_is_closed_where_it_opens_and_no_fix_repeats_on_a_line() -> None:
    text = '---\ntitle: Prices\nweek: 1\nsession:\n  minutes: "90\n  activities:\n    - kind: demo\n' \
        '      title: "One chart, three stories: a demo"\n      minutes: 10\n---\n'
    fixed = fixed_text("01-a.md", text)  # it grew without end before: each round quoted line 8 again
    assert fixed == text.replace('minutes: "90\n', 'minutes: 90\n')  # closed, then the number it holds
    broken = '---\ntitle: "Big" charts "at" work\nweek: "2\n---\n'
    assert len(fixed_text("01-a.md", broken)) < 2 * len(broken)


def test_a_text_in_quotes_already_is_never_quoted_again() -> None:
    for text in (
        '---\ntitle: T\nsession:\n  activities:\n    - kind demo\n      title: "One: two"\n      minutes: 10\n---\n',
        '---\ntitle: T\nexercise:\n  context: >-\n     Take it.\n   deliverable: ">-"\n     The chart.\n---\n',
    ):
        fixed = fixed_text("01-a.md", text)
        assert "'\"" not in fixed and "\"'" not in fixed, fixed
        assert fixed_text("01-a.md", fixed) == fixed


_TEXT = st.text(alphabet=string.ascii_letters + string.digits + " :#-'\"@*&!%{}[]|>?,.", min_size=1, max_size=40)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=_TEXT,
    reflection=_TEXT,
    context=_TEXT,
    minutes=st.integers(min_value=0, max_value=500),
    flow=st.sampled_from([False, True, None]),
    width=st.sampled_from([40, 80, 1000]),
    comment=st.sampled_from(["", "  # a note", " # TODO: check"]),
)
def test_fix_never_changes_the_values_of_a_valid_file(
    title: str, reflection: str, context: str, minutes: int, flow: bool | None, width: int, comment: str
) -> None:
    data = yaml.safe_load(MODULE.format(title="T").split("---")[1])
    data.update(title=title.strip() or "T", reflection=reflection.strip() or "R")
    data["exercise"].update(context=context.strip() or "C", minutes=minutes)
    front = yaml.safe_dump(data, sort_keys=False, default_flow_style=flow, width=width, allow_unicode=True)
    front = front.replace("\nweek: 1\n", f"\nweek: 1{comment}\n", 1)
    text = f"---\n{front}---\n\nBody with PO #12: kept.\n"
    before = parse_source("courses/c/01-a.md", text)
    assume(not before.problems and not validate(before, "module"))
    fixed = fixed_text("courses/c/01-a.md", text)
    assert parse_source("courses/c/01-a.md", fixed).data == before.data
    assert fixed_text("courses/c/01-a.md", fixed) == fixed


def test_a_week_written_as_text_becomes_the_number_and_a_guess_is_never_written() -> None:
    text = '---\ntitle: T\nweek: "2"\n---\n'
    assert fixed_text("courses/c/03-a.md", text) == "---\ntitle: T\nweek: 2\n---\n"
    for week in ("1e999", "999", "week two"):
        text = f"---\ntitle: T\nweek: {week}\n---\n"
        assert fixed_text("courses/c/03-a.md", text) == text


def test_an_alias_bomb_or_an_alias_inside_its_own_anchor_is_walked_once() -> None:
    import time

    bomb = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
    )
    for front in (bomb, "x: &a [1, *a]\n"):
        text = f"---\ntitle: T\n{front}minutes: 50 min\n---\n"
        started = time.monotonic()
        fixed_text("courses/c/01-a.md", text)  # walked every alias use again before: billions of nodes
        assert time.monotonic() - started < 10
