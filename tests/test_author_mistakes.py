"""A corpus of mistakes course authors make, each in a small course, with the message expected.

For every mistake: `lxkit lint` exits 1 with exactly one finding (no cascades) at the real
``path:line:col``, in words that name the fix; nothing raises. For every fixable one, ``lxkit fix``
makes the course clean, changes nothing outside its edits, and a second run changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from lxkit.config import load_config
from lxkit.fix import apply_edits, fix_edits, fixed_text
from lxkit.lint.engine import LintResult, lint_portal
from lxkit.loader import load_portal
from tests.helpers import MODULE, valid_course, write_portal

M1, M2, INDEX = "01-reading-charts.md", "02-keeping-it-going.md", "index.md"
JARGON = ("scalar", "<block", "mapping values", "token", "constructor", "stream")


@dataclass(frozen=True)
class Mistake:
    """``old`` replaced by ``new`` (once) in ``file``; the finding expected at ``where`` with ``says`` in it."""

    name: str
    file: str
    old: str
    new: str
    where: str
    code: str
    says: str
    fixable: bool = True


def course() -> dict[str, str]:
    """A course that lints clean: two modules (application, reinforcement), an overview of 50 words."""
    files = valid_course("demo")
    files[INDEX] = files[INDEX].replace(
        "Each week: pre-work on a MOOC, a live session, an exercise in your own work.",
        "Each week starts with pre-work on a MOOC or a short video that you watch before the session. "
        "In the live session we practise on real dashboards from the plant, and the exercise asks you to "
        "apply what you learnt to a dashboard from your own work. The capstone is a one-page proposal.",
    )
    second = MODULE.format(title="Keeping it going")
    second = second.replace("journey_stage: application", "journey_stage: reinforcement")
    files[M2] = second.replace("kind: video", "kind: reading")
    return files


Q = ""  # the corrected line follows 'write it as' (with its indentation in words)
MISTAKES = [
    # ': ' inside plain text
    Mistake("colon-in-title", M1, "title: Reading charts\n", "title: Week 2: reading charts\n", "2:14", "LX207",
            Q + 'title: "Week 2: reading charts"'),
    Mistake("colon-in-reflection", M1, "reflection: Which", "reflection: Ask yourself: which", "41:25", "LX207",
            Q + 'reflection: "Ask yourself: which chart will you look at differently?"'),
    Mistake("colon-in-question", M1, "question: What does", "question: Axis: what does", "31:19", "LX207",
            Q + 'question: "Axis: what does a truncated axis do?"'),
    Mistake("colon-in-objective", M1, "text: Explain what", "text: Explain: what", "7:18", "LX207",
            Q + 'text: "Explain: what a chart shows and what it hides."'),
    Mistake("colon-in-exercise-context", M1, "context: Take", "context: At work: take", "25:19", "LX207",
            Q + 'context: "At work: take a dashboard you use at work."'),
    Mistake("colon-in-course-summary", INDEX, "summary: A short", "summary: Data: a short", "4:14", "LX207",
            Q + 'summary: "Data: a short course about data for engineers."'),
    Mistake("colon-in-audience-item", INDEX, "audience: [Engineers]", "audience:\n  - Engineers: plant and process",
            "19:5", "LX002", 'put the whole text in quotes:  - "Engineers: plant and process"'),
    # ' #' cuts text silently
    Mistake("hash-in-question", M1, "question: What does a truncated axis do?",
            "question: Contract #4711 is up for renewal. What do you check first?", "31:24", "LX209",
            'question: "Contract #4711 is up for renewal. What do you check first?"'),
    Mistake("hash-in-reflection", M1, "reflection: Which chart", "reflection: Which PO #12 chart", "41:22", "LX209",
            'reflection: "Which PO #12 chart will you look at differently?"'),
    Mistake("hash-in-course-title", INDEX, "title: Data for engineers", "title: Data for engineers #1", "3:27",
            "LX209", 'title: "Data for engineers #1"'),
    Mistake("hash-in-feedback", M1, "feedback: Right, small", "feedback: Right, see slide #3: small", "37:36",
            "LX209", 'feedback: "Right, see slide #3: small differences look big."'),
    # characters YAML does not allow at the start of text
    Mistake("leading-double-quote", M1, "title: Reading charts", 'title: "Big" charts at work', "2:8", "LX207",
            "starts with a double quote"),
    Mistake("leading-single-quote", M1, "title: Reading charts", "title: 'Big' charts at work", "2:8", "LX207",
            "starts with a single quote"),
    Mistake("leading-at", M1, "title: Reading charts", "title: @team charts", "2:8", "LX207",
            Q + 'title: "@team charts"'),
    Mistake("leading-star", M1, "title: Reading charts", "title: *Really* reading charts", "2:8", "LX207",
            Q + 'title: "*Really* reading charts"'),
    Mistake("leading-ampersand", M1, "title: Reading charts", "title: & more charts", "2:8", "LX207",
            Q + 'title: "& more charts"'),
    Mistake("leading-bang", M1, "title: Reading charts", "title: !important charts", "2:8", "LX207",
            Q + 'title: "!important charts"'),
    Mistake("leading-percent", M1, "title: Reading charts", "title: %50 of charts lie", "2:8", "LX207",
            Q + 'title: "%50 of charts lie"'),
    Mistake("leading-brace", M1, "title: Reading charts", "title: {draft} Reading charts", "2:8", "LX207",
            Q + 'title: "{draft} Reading charts"'),
    Mistake("leading-bracket", M1, "title: Reading charts", "title: [draft] Reading charts", "2:8", "LX207",
            Q + 'title: "[draft] Reading charts"'),
    Mistake("leading-backtick", M1, "title: Reading charts", "title: `df.plot()` in practice", "2:8", "LX207",
            Q + 'title: "`df.plot()` in practice"'),
    Mistake("leading-pipe", M1, "reflection: Which", "reflection: | Which", "41:13", "LX207",
            Q + 'reflection: "| Which chart will you look at differently?"'),
    Mistake("leading-greater-than", M1, "feedback: Right, small", "feedback: > Right, small", "37:19", "LX207",
            Q + 'feedback: "> Right, small differences look big."'),
    Mistake("leading-dash-in-item", M1, "      - text: Nothing.", "      - text: - Nothing.", "38:15", "LX207",
            Q + 'text: "- Nothing."'),
    # layout: indentation, tabs, dashes, colons, quotes, brackets
    Mistake("indented-too-far", M1, "    text: Explain what", "     text: Explain what", "7:6", "LX207",
            "line it up with 'id' on line 6"),
    Mistake("indented-too-little", M1, "    kind: video", "   kind: video", "10:4", "LX207",
            "line it up with 'id' on line 9"),
    Mistake("top-level-key-indented", M1, "week: 1\n", " week: 1\n", "3:2", "LX207",
            "line it up with 'title' on line 2"),
    Mistake("tab-indent", M1, "  minutes: 60\n  mode", "\tminutes: 60\n  mode", "16:1", "LX207",
            "indented with a tab; YAML indents with spaces only"),
    Mistake("missing-dash-merges-items", M1, "      - text: Nothing.", "        text: Nothing.", "38:7", "LX207",
            "starts a new list item but has no '- ' in front of it (else the items merge)"),
    Mistake("missing-dash-owner", INDEX, "  - name: Bob Business", "  name: Bob Business", "14:3", "LX207",
            Q + "- name: Bob Business"),
    Mistake("missing-dash-text-item", INDEX, "audience: [Engineers]", "audience:\n  - Engineers\n  Plant managers",
            "20:3", "LX207", "'Plant managers' is a list item without its '- '; add '- ' in front of it; "
            "write it as (with 2 spaces in front):  - Plant managers"),
    Mistake("tab-indent-in-list-item", INDEX, "    role: business", "\trole: business", "15:1", "LX207",
            "write it as (with 4 spaces in front):  role: business"),
    Mistake("first-list-item-too-far", INDEX, "  - name: Ada Lovelace\n    role: sme\n    email: ada@acme.example\n  ",
            "   - name: Ada Lovelace\n     role: sme\n     email: ada@acme.example\n   ", "10:3", "LX207",
            "the list item on line 10 is indented 1 space too far; line it up with the '- ' on line 14"),
    Mistake("later-list-item-too-far", M1, "      - text: Nothing.", "        - text: Nothing.", "38:9", "LX207",
            "the list item on line 38 is indented 2 spaces too far; line it up with the '- ' on line 35"),
    Mistake("missing-colon", M1, "week: 1\n", "week 1\n", "3:1", "LX207", Q + "week: 1"),
    Mistake("missing-colon-in-list-item", M1, "  - id: explain-charts", "  - id explain-charts", "6:5", "LX207",
            "'id' on line 6 has no ':' after it; YAML needs 'key: value'; write it as (with 2 spaces in front):  "
            "- id: explain-charts"),
    Mistake("no-space-after-colon", M1, "week: 1\n", "week:1\n", "3:1", "LX207", "needs a space after the colon"),
    Mistake("unclosed-double-quote", M1, "title: Reading charts", 'title: "Reading charts', "2:8", "LX207",
            Q + 'title: "Reading charts"'),
    Mistake("unclosed-single-quote", M1, "reflection: Which", "reflection: 'Which", "41:13", "LX207",
            "the closing ' is missing"),
    Mistake("unclosed-list", M1, "      objectives: [explain-charts]\nexercise",
            "      objectives: [explain-charts\nexercise", "22:19", "LX207", Q + "objectives: [explain-charts]"),
    Mistake("front-matter-not-closed", M1, "differently?\n---\n", "differently?\n", "1:1", "LX207",
            "add a line with only '---' after its last field (line 41)"),
    Mistake("key-given-twice", M1, "week: 1\n", "week: 1\nweek: 2\n", "4:1", "LX207", "'week' is given twice",
            fixable=False),
    # links that cannot work in the site
    Mistake("link-to-a-portal-file", M1, "Body text of the module.", "See [the settings](../../mkdocs.yml).", "46:5",
            "LX201", "'../../mkdocs.yml' points to mkdocs.yml, outside the courses folder, which the site does not "
            "publish; copy the file into the course folder and link it by its name", fixable=False),
    Mistake("link-out-of-the-portal", M1, "Body text of the module.", "See [it](../../../secret.txt).", "46:5",
            "LX201", "points outside the portal; link a file in the course folder or a web page (https://...)",
            fixable=False),
    # values YAML reads differently from what the author meant
    Mistake("version-one-dot-zero", INDEX, "version: 1.0.0\nstatus", "version: 1.0\nstatus", "5:1", "LX002",
            Q + 'version: "1.0.0"'),
    Mistake("version-quoted-short", INDEX, "version: 1.0.0\nstatus", 'version: "1.0"\nstatus', "5:1", "LX002",
            Q + 'version: "1.0.0"'),
    Mistake("version-with-v", INDEX, "version: 1.0.0\nstatus", "version: v1\nstatus", "5:1", "LX002",
            Q + 'version: "1.0.0"'),
    Mistake("minutes-with-unit", M1, "minutes: 20", "minutes: 20 min", "14:5", "LX100", Q + "minutes: 20"),
    Mistake("minutes-in-quotes", M1, "minutes: 20", 'minutes: "20"', "14:5", "LX100", Q + "minutes: 20"),
    Mistake("hours-per-week-in-quotes", INDEX, "hours_per_week: 4", 'hours_per_week: "4"', "28:3", "LX002",
            Q + "hours_per_week: 4"),
    Mistake("session-in-hours", M1, "  minutes: 60\n  mode", "  minutes: 1 h\n  mode", "16:3", "LX100",
            Q + "minutes: 60"),
    Mistake("hours-per-week-with-unit", INDEX, "hours_per_week: 4", "hours_per_week: 4 hours", "28:3", "LX002",
            Q + "hours_per_week: 4"),
    Mistake("number-as-title", M1, "title: Reading charts", "title: 2024", "2:1", "LX100", Q + 'title: "2024"'),
    Mistake("boolean-as-text", M1, "reflection: Which chart will you look at differently?", "reflection: true",
            "41:1", "LX100", Q + 'reflection: "true"'),
    Mistake("number-as-course-title", INDEX, "title: Data for engineers", "title: 1984", "3:1", "LX002",
            Q + 'title: "1984"'),
]  # fmt: skip


def _portal(tmp_path: Path, mistake: Mistake) -> Path:
    files = course()
    assert mistake.old in files[mistake.file], mistake.name
    files[mistake.file] = files[mistake.file].replace(mistake.old, mistake.new, 1)
    return write_portal(tmp_path / "portal", {"demo": files})


def _lint(root: Path) -> LintResult:
    return lint_portal(load_portal(load_config(root / "mkdocs.yml")))


def test_the_corpus_course_is_clean_and_the_corpus_is_large(tmp_path: Path) -> None:
    assert _lint(write_portal(tmp_path, {"demo": course()})).findings == ()
    assert len(MISTAKES) >= 40 and len({m.name for m in MISTAKES}) == len(MISTAKES)


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda m: m.name)
def test_one_finding_at_the_real_place_that_names_the_fix(tmp_path: Path, mistake: Mistake) -> None:
    result = _lint(_portal(tmp_path, mistake))
    found = [f"{f.location()} {f.code} {f.message}" for f in result.findings]
    assert len(found) == 1, found  # no cascades
    finding = result.findings[0]
    assert finding.location() == f"courses/demo/{mistake.file}:{mistake.where}", found
    assert finding.code == mistake.code
    assert mistake.says in finding.message
    assert not any(word in finding.message for word in JARGON), finding.message
    assert result.exit_code() == 1


@pytest.mark.parametrize("mistake", [m for m in MISTAKES if m.fixable], ids=lambda m: m.name)
def test_fix_makes_the_course_clean_and_touches_nothing_else(tmp_path: Path, mistake: Mistake) -> None:
    root = _portal(tmp_path, mistake)
    path = root / "courses/demo" / mistake.file
    broken = path.read_text(encoding="utf-8")
    edits = fix_edits(f"courses/demo/{mistake.file}", broken)
    assert edits and all(edit.title for edit in edits)
    fixed = apply_edits(broken, edits)
    kept = 0
    for edit in sorted(edits, key=lambda e: e.start):  # byte for byte outside the fixed spans
        assert broken[kept : edit.start] in fixed
        kept = edit.end
    assert fixed.endswith(broken[kept:])
    line = int(mistake.where.split(":")[0])
    assert any(edit.line <= line < edit.end_line for edit in edits) or mistake.code == "LX207"
    path.write_text(fixed, encoding="utf-8")
    assert [f"{f.location()} {f.code} {f.message}" for f in _lint(root).findings] == []
    assert fixed_text(f"courses/demo/{mistake.file}", fixed) == fixed
    assert fixed == "".join(course()[mistake.file]) or mistake.name in NOT_BACK_TO_THE_ORIGINAL


def test_a_question_without_a_right_option_says_how_to_mark_one(tmp_path: Path) -> None:
    files = course()
    files[M1] = files[M1].replace("        correct: true", "        correct: false", 1)
    found = [f"{f.location()} {f.code} {f.message}" for f in _lint(write_portal(tmp_path, {"demo": files})).findings]
    assert found == [
        f"courses/demo/{M1}:30:5 LX152 no option of this question is marked 'correct: true'; "
        "write 'correct: true' in the right option"
    ]


NOT_BACK_TO_THE_ORIGINAL = {
    # the fix keeps the author's text (in quotes) instead of the corpus course's original line
    *(m.name for m in MISTAKES if m.code in ("LX209",) or m.says.startswith(Q + 'title: "') or '"' in m.says),
    "colon-in-audience-item", "leading-double-quote", "leading-single-quote", "unclosed-single-quote",
    "leading-dash-in-item", "version-with-v", "missing-dash-text-item",
}  # fmt: skip
