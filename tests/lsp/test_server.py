"""``lxkit lsp`` through its protocol: pygls' client talks to ``python -m lxkit lsp`` over pipes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lsprotocol import types

from lxkit.lsp.actions import FIX_ALL
from tests.helpers import MODULE, valid_course, write_portal
from tests.lsp.client import Session, apply

BROKEN_MODULE = (
    MODULE.format(title="Reading charts")
    .replace("week: 1", "wek: 1")
    .replace("Explain what a chart shows", "Understand what a chart shows")
)


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = {**valid_course("demo"), "02-broken.md": BROKEN_MODULE}
    return write_portal(tmp_path_factory.mktemp("lsp") / "academy", {"demo": files})


@pytest.fixture(scope="module")
def session(portal: Path) -> Iterator[Session]:
    running = Session(portal)
    yield running
    assert running.close() == 0
    assert b"Traceback" not in running.stderr, running.stderr.decode()


def lint_json(portal: Path, path: Path) -> list[dict[str, object]]:
    """What ``lxkit lint FILE --format json`` reports (the command, as an author runs it)."""
    command = [sys.executable, "-m", "lxkit", "lint", str(path), "--format", "json"]
    done = subprocess.run(command, cwd=portal, capture_output=True, text=True, check=False)
    findings: list[dict[str, object]] = json.loads(done.stdout)["findings"]
    return findings


def as_lint(diagnostics: list[types.Diagnostic]) -> list[tuple[object, ...]]:
    """Diagnostics in lint's terms: code, line, column (1-based), severity, message."""
    severities = {1: "error", 2: "warning", 3: "info"}
    return [
        (d.code, d.range.start.line + 1, d.range.start.character + 1, severities[d.severity or 1], d.message)
        for d in diagnostics
    ]


def expected(findings: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(f["code"], f["line"], f["column"], f["severity"], f"{f['rule']}: {f['message']}") for f in findings]


def test_opening_a_module_publishes_exactly_what_lint_reports(portal: Path, session: Session) -> None:
    path = portal / "courses/demo/02-broken.md"
    uri = session.open(path)
    published = session.diagnostics(uri)
    findings = lint_json(portal, path)
    assert {f["code"] for f in findings} >= {"LX100", "LX102"}
    assert as_lint(list(published.diagnostics)) == expected(findings)
    assert all(d.source == "lxkit" for d in published.diagnostics)


def test_unsaved_text_is_linted_as_lint_would_lint_it_once_saved(portal: Path, session: Session) -> None:
    path = portal / "courses/demo/01-reading-charts.md"
    uri = session.open(path)
    assert list(session.diagnostics(uri).diagnostics) == []
    edited = path.read_text("utf-8").replace("kind: video", "kind: vidoe").replace("title: Reading charts\n", "", 1)
    session.change(uri, 2, edited)
    published = session.diagnostics(uri)
    assert published.version == 2
    saved = portal / "courses/demo/01-reading-charts.md"
    original = saved.read_text("utf-8")
    try:
        saved.write_text(edited, "utf-8")
        findings = lint_json(portal, saved)
    finally:
        saved.write_text(original, "utf-8")
    assert findings
    assert as_lint(list(published.diagnostics)) == expected(findings)


def test_completion_inside_pre_work_items_offers_the_schemas_keys(portal: Path, session: Session) -> None:
    text = MODULE.format(title="Reading charts").replace("    minutes: 20\n", "    minutes: 20\n    \n", 1)
    lines = text.splitlines()
    line = lines.index("    ")
    uri = session.open(portal / "courses/demo/03-typing.md", text)
    items = session.completion(uri, line, 4)
    labels = [item.label for item in items]
    assert labels == ["required", "note"]  # the keys of a pre-work item not given yet
    note = items[1]
    assert note.text_edit is not None and note.text_edit.new_text == "note: "
    assert isinstance(note.documentation, types.MarkupContent) and note.documentation.value


def test_completion_at_kind_offers_the_allowed_values_for_that_place(portal: Path, session: Session) -> None:
    text = MODULE.format(title="Reading charts")
    lines = text.splitlines()
    pre_work_kind = lines.index("    kind: video")
    activity_kind = lines.index("    - kind: discussion")
    uri = session.open(portal / "courses/demo/04-values.md", text)
    assert [i.label for i in session.completion(uri, pre_work_kind, 10)] == [
        "mooc",
        "video",
        "reading",
        "podcast",
        "tool",
    ]
    activity = session.completion(uri, activity_kind, 13)
    assert [i.label for i in activity] == ["discussion", "demo"]
    assert activity[0].text_edit is not None
    assert activity[0].text_edit.range == types.Range(
        types.Position(activity_kind, 12), types.Position(activity_kind, 13)
    )


def test_hover_on_a_key_describes_it(portal: Path, session: Session) -> None:
    path = portal / "courses/demo/index.md"
    uri = session.open(path)
    line = path.read_text("utf-8").splitlines().index("status: published")
    found = session.hover(uri, line, 2)
    assert found is not None and isinstance(found.contents, types.MarkupContent)
    assert "draft, pilot, published, retired" in found.contents.value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "---",
        "---\n- [\n",
        "---\ntitle: [unclosed\npre_work:\n  - kind: \x00\n",
        "---\n\t- :\n  - - - key:\n---\n",
        "\ufeff---\n'title': \"x\n",
        "---\n" + "  " * 500 + "a:\n" + "- " * 300,
    ],
)
def test_malformed_text_never_stops_the_server(portal: Path, session: Session, text: str) -> None:
    uri = session.open(portal / f"courses/demo/{len(session.published) + 10}-garbage.md", text)
    session.diagnostics(uri)
    lines = text.splitlines() or [""]
    for line in range(len(lines) + 1):
        for character in (0, 1, 3, len(lines[min(line, len(lines) - 1)])):
            session.completion(uri, line, character)
            session.hover(uri, line, character)
    assert not any("failed" in message for message in session.logs), session.logs


FIXABLE = (
    MODULE.format(title="Week 2: the core skill \U0001f642")
    .replace("    minutes: 20\n", "    minutes: 20 min\n", 1)
    .replace("reflection: Which chart", "reflection: PO #12 or which chart")
)


def test_quick_fixes_write_exactly_what_lxkit_fix_writes(portal: Path, session: Session) -> None:
    path = portal / "courses/demo/06-fixable.md"
    path.write_text(FIXABLE, "utf-8")
    uri = session.open(path)
    shown = list(session.diagnostics(uri).diagnostics)
    title_line = FIXABLE.splitlines().index("title: Week 2: the core skill \U0001f642")
    where = types.Range(types.Position(title_line, 3), types.Position(title_line, 3))
    actions = session.code_actions(uri, where, shown)
    assert [action.title for action in actions] == ["Put the text of 'title' in quotes", FIX_ALL]
    assert actions[0].kind == types.CodeActionKind.QuickFix and actions[0].is_preferred
    fix_all = actions[-1].edit
    assert fix_all is not None and fix_all.changes is not None
    edited = apply(FIXABLE, fix_all.changes[uri])
    on_save = session.code_actions(uri, where, only=["source.fixAll"])
    assert len(on_save) == 1 and on_save[0].edit == actions[-1].edit
    command = [sys.executable, "-m", "lxkit", "fix", str(path)]
    subprocess.run(command, cwd=portal, capture_output=True, text=True, check=True)
    written = path.read_text("utf-8")
    path.unlink()
    assert written != FIXABLE and edited == written
    assert session.code_actions(uri, where, only=["refactor"]) == []


def test_a_change_to_a_document_never_opened_is_taken_as_opening_it(portal: Path, session: Session) -> None:
    path = portal / "courses/demo/07-never-opened.md"
    path.write_text(MODULE.format(title="Never opened"), "utf-8")
    uri = path.as_uri()
    session.change(uri, 3, BROKEN_MODULE)  # the whole text: as if the editor had opened it
    published = session.diagnostics(uri)
    assert published.version == 3 and {d.code for d in published.diagnostics} >= {"LX100", "LX102"}
    start = types.Position(0, 0)
    edit = types.TextDocumentContentChangePartial(range=types.Range(start, start), text="x")
    unknown = types.VersionedTextDocumentIdentifier(uri=uri.replace("never-opened", "never-seen"), version=2)
    session.call(session.client.text_document_did_change, types.DidChangeTextDocumentParams(unknown, [edit]))
    assert session.hover(unknown.uri, 0, 0) is None  # answered: the server is still there
    assert b"KeyError" not in session.stderr and b"Traceback" not in session.stderr, session.stderr.decode()
    assert not any("KeyError" in message for message in session.logs), session.logs


def test_a_portal_in_a_folder_with_a_space_gets_diagnostics(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "my academy", {"demo": {**valid_course("demo"), "02-broken.md": BROKEN_MODULE}})
    running = Session(root)
    try:
        uri = running.open(root / "courses/demo/02-broken.md")
        assert "%20" in uri
        assert {d.code for d in running.diagnostics(uri).diagnostics} >= {"LX100", "LX102"}
    finally:
        assert running.close() == 0
