"""Completion items and hover text from lxkit's schemas at the cursor's path."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lsprotocol import types

from lxkit.lsp.completion import complete, hover
from lxkit.lsp.cursor import ITEM
from lxkit.lsp.schemas import fields, values
from lxkit.validation import load_schema

COURSE = "---\nid: demo\ntitle: Demo\nowners:\n  - name: Ada\n    role: \n---\n"


def test_fields_come_from_the_schema_with_required_ones_first() -> None:
    top = fields("module", ())
    assert next(f.name for f in top) == "title"  # the only required field of a module
    assert {f.name for f in top} == set(load_schema("module")["properties"])
    assert top[0].required and not top[1].required
    pre_work = {f.name: f for f in fields("module", ("pre_work", ITEM))}
    assert pre_work["url"].required and pre_work["kind"].summary.startswith("one of: mooc")


def test_every_field_of_the_format_has_a_description() -> None:
    for kind in ("course", "module"):
        stack: list[tuple[str, ...]] = [()]
        while stack:
            path = stack.pop()
            for field in fields(kind, path):
                assert field.description, (kind, *path, field.name)
                if field.container == "object":
                    stack.append((*path, field.name))
                elif field.container == "array":
                    stack.append((*path, field.name, ITEM))


def test_values_are_enums_and_booleans() -> None:
    assert values("course", ("owners", ITEM, "role")) == ["sme", "business", "ld", "trainer"]
    assert values("module", ("pre_work", ITEM, "required")) == ["true", "false"]
    assert values("module", ("title",)) == []
    assert values("module", ("no", "such", "path")) == []


def test_value_completion_replaces_what_was_typed() -> None:
    lines = COURSE.replace("role: ", "role: bu").splitlines(keepends=True)
    items = complete("course", lines, 5, 12)
    assert [item.label for item in items] == ["business"]
    edit = items[0].text_edit
    assert isinstance(edit, types.TextEdit)
    assert (edit.range.start.character, edit.range.end.character, edit.new_text) == (10, 12, "business")


def test_key_completion_leaves_out_keys_already_given() -> None:
    lines = COURSE.replace("    role: \n", "    role: sme\n    \n").splitlines(keepends=True)
    labels = [item.label for item in complete("course", lines, 6, 4)]
    assert labels == ["email", "github"]
    containers = {item.label: item.text_edit for item in complete("course", [*lines[:3], "\n", "---\n"], 3, 0)}
    assert isinstance(containers["owners"], types.TextEdit) and containers["owners"].new_text == "owners:"


def test_hover_shows_what_the_field_holds_and_its_description() -> None:
    lines = COURSE.splitlines(keepends=True)
    found = hover("course", lines, 5, 5)
    assert found is not None and isinstance(found.contents, types.MarkupContent)
    text = found.contents.value
    assert text.startswith("**role**: one of: sme, business, ld, trainer")
    description = load_schema("course")["$defs"]["owner"]["properties"]["role"]["description"]
    assert description in text
    assert found.range == types.Range(types.Position(5, 4), types.Position(5, 8))
    assert hover("course", lines, 1, 8) is None
    assert hover("course", ["---\n", "unknown: 1\n", "---\n"], 1, 2) is None


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["course", "module"]),
    st.lists(
        st.sampled_from(
            [
                "---",
                "",
                "  ",
                "- ",
                "kind: ",
                "pre_work:",
                "  - kind: v",
                "owners:",
                "    role: ",
                "session:",
                "  activities:",
                "    - ",
                "check: [",
                "business_goal:",
                "  baseline: ",
                "x: |",
                "  text",
                "\t",
                "é: é",
                "'q': \"",
                "- - - ",
            ]
        ),
        max_size=15,
    ),
    st.integers(0, 16),
    st.integers(0, 14),
)
def test_completion_and_hover_answer_any_text(kind: str, lines: list[str], line: int, column: int) -> None:
    text = ["---\n", *(part + "\n" for part in lines)]
    assert isinstance(complete(kind, text, line, column), list)
    hover(kind, text, line, column)
