"""The language server (pygls): lint diagnostics while typing, completion and hover from the schema.

Diagnostics are linted in a worker thread after the author stops typing for ``debounce`` seconds
(at once when a file is opened or saved); a result for an older text than the editor's is
dropped. Every handler answers something: a problem inside lxkit is logged to the client and the
request gets an empty answer, so a half-typed file never stops the server. A change to a document
the editor never opened is taken as opening it when it carries the whole text, and is otherwise
ignored (pygls would log a KeyError). Documents are looked up by their URI as pygls keeps it
(percent-decoded), so a portal in a folder with a space in its name gets diagnostics too.
"""

from __future__ import annotations

import asyncio
import functools
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.workspace import TextDocument
from pygls.workspace.position_codec import ServerTextPosition

from lxkit import __version__
from lxkit.exceptions import LxkitError
from lxkit.findings import Finding
from lxkit.fix import Edit, fix_edits
from lxkit.loader import MODULE_FILE
from lxkit.lsp import completion
from lxkit.lsp.actions import Offsets, code_actions, fix_all_action, text_edit
from lxkit.lsp.diagnostics import diagnostics
from lxkit.lsp.linting import Place, config_file_for, lint_text, place_of, read_config, settings_problem
from lxkit.model import PortalConfig

DEBOUNCE = 0.3
P = TypeVar("P")
R = TypeVar("R")


class CourseProtocol(LanguageServerProtocol):
    """pygls' protocol, with changes to a document that was never opened handled without an error."""

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams) -> Iterator[Any]:
        """Apply the changes; for a document never opened, open it with the last whole text sent (if any)."""
        identifier, changes = params.text_document, list(params.content_changes)
        if unquote(identifier.uri) not in self.workspace.text_documents:
            whole = [i for i, c in enumerate(changes) if isinstance(c, types.TextDocumentContentChangeWholeDocument)]
            if not whole:
                return  # edits of a text the server never had: nothing to apply them to
            item = types.TextDocumentItem(identifier.uri, "markdown", identifier.version, changes[whole[-1]].text)
            self.workspace.put_text_document(item)
            params = types.DidChangeTextDocumentParams(identifier, changes[whole[-1] + 1 :])
        yield from super().lsp_text_document__did_change(params)


class CourseServer(LanguageServer):
    """The lxkit language server: open documents, portal settings by ``mkdocs.yml`` and pending lints."""

    def __init__(self, debounce: float = DEBOUNCE) -> None:
        super().__init__(
            "lxkit",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=CourseProtocol,
        )
        self.debounce = debounce
        self.configs: dict[Path, tuple[float, PortalConfig | LxkitError]] = {}
        self.pending: dict[str, asyncio.TimerHandle] = {}
        self.fixes: dict[str, tuple[int | None, tuple[Edit, ...], list[types.TextEdit]]] = {}

    def portal_of(self, path: Path) -> tuple[Place | None, LxkitError | None]:
        """Where a file is in its portal (settings re-read when ``mkdocs.yml`` changed), or the settings' error."""
        config_file = config_file_for(path)
        if config_file is None:
            return None, None
        try:
            stamp = config_file.stat().st_mtime
        except OSError:
            return None, None
        cached = self.configs.get(config_file)
        if cached is None or cached[0] != stamp:
            cached = self.configs[config_file] = (stamp, read_config(config_file))
        config = cached[1]
        if isinstance(config, LxkitError):
            return None, config
        return place_of(config, path), None

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds unless it changes again before."""
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        loop = asyncio.get_running_loop()
        self.pending[uri] = loop.call_later(delay, lambda: asyncio.ensure_future(self.lint(uri)))

    async def lint(self, uri: str) -> None:
        """Lint one open document in a worker thread and publish its diagnostics."""
        self.pending.pop(uri, None)
        document = self.open_document(uri)
        if document is None:
            return
        version = document.version
        try:
            findings = await self._findings(document)
        except Exception:  # never let one lint stop the server; say so in the client's log
            self.log(f"lxkit could not lint {document.path}:\n{traceback.format_exc()}")
            return
        current = self.open_document(uri)
        if current is None or current.version != version:
            return
        self.publish(current, findings)

    def open_document(self, uri: str) -> TextDocument | None:
        """The open document of ``uri`` (None when it is not open); pygls keeps URIs percent-decoded."""
        document: TextDocument | None = self.workspace.text_documents.get(unquote(uri))
        return document

    async def _findings(self, document: TextDocument) -> list[Finding]:
        path = Path(document.path)
        place, error = self.portal_of(path)
        if error is not None:
            return [settings_problem(path.name, error)]
        if place is None:
            return []
        texts = {Path(d.path).resolve(): d.source for d in self.workspace.text_documents.values()}
        return await asyncio.to_thread(lint_text, place, texts)

    def publish(self, document: TextDocument, findings: list[Finding]) -> None:
        """Send the diagnostics of one document."""
        lines = document.lines

        def to_client(line: int, column: int) -> types.Position:
            return document.position_codec.position_to_client_units(lines, ServerTextPosition(line, column))

        params = types.PublishDiagnosticsParams(
            document.uri, diagnostics(findings, lines, to_client), version=document.version
        )
        self.text_document_publish_diagnostics(params)

    def fix_edits(self, document: TextDocument) -> tuple[tuple[Edit, ...], list[types.TextEdit]]:
        """What ``lxkit fix`` would change in the document's text (remembered per version)."""
        cached = self.fixes.get(document.uri)
        if cached is not None and cached[0] == document.version:
            return cached[1], cached[2]
        path = Path(document.path)
        place, _ = self.portal_of(path)
        text = document.source
        bom = 1 if text.startswith("\ufeff") else 0
        edits = fix_edits(place.rel if place is not None else path.as_posix(), text[bom:])
        lines, offsets, codec = document.lines, Offsets(text), document.position_codec

        def to_client(line: int, column: int) -> types.Position:
            return codec.position_to_client_units(lines, ServerTextPosition(line, column))

        changes = [text_edit(edit, offsets, bom, to_client) for edit in edits]
        self.fixes[document.uri] = (document.version, edits, changes)
        return edits, changes

    def log(self, message: str) -> None:
        """A message in the client's log (the output panel of the editor)."""
        self.window_log_message(types.LogMessageParams(types.MessageType.Error, message))


def document_kind(path: str) -> str | None:
    """``course`` for a course's ``index.md``, ``module`` for ``NN-slug.md``, else None."""
    name = Path(path).name
    if name == "index.md":
        return "course"
    match = MODULE_FILE.match(name)
    return "module" if match is not None and match["ext"] == "md" else None


def safe(handler: Callable[[CourseServer, P], R | None]) -> Callable[[CourseServer, P], R | None]:
    """A request handler that logs its own failure and answers nothing instead of an error."""

    @functools.wraps(handler)
    def wrapper(server: CourseServer, params: P) -> R | None:
        try:
            return handler(server, params)
        except Exception:
            server.log(f"lxkit: {handler.__name__} failed:\n{traceback.format_exc()}")
            return None

    return wrapper


def make_server(debounce: float = DEBOUNCE) -> CourseServer:
    """A server with every feature registered (one per process, or one per test)."""
    server = CourseServer(debounce)
    _register_documents(server)
    _register_editing(server)
    _register_fixes(server)
    return server


def _register_documents(server: CourseServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: CourseServer, params: types.DidOpenTextDocumentParams) -> None:
        await ls.lint(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: CourseServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: CourseServer, params: types.DidSaveTextDocumentParams) -> None:
        for uri in list(ls.workspace.text_documents):
            ls.schedule(uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: CourseServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.fixes.pop(params.text_document.uri, None)
        pending = ls.pending.pop(params.text_document.uri, None)
        if pending is not None:
            pending.cancel()
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(params.text_document.uri, []))


def _register_editing(server: CourseServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_COMPLETION, types.CompletionOptions(trigger_characters=[" ", ":", "-"]))
    @safe
    def complete(ls: CourseServer, params: types.CompletionParams) -> types.CompletionList | None:
        cursor = _cursor(ls, params)
        if cursor is None:
            return None
        document, kind, lines, position = cursor
        items = completion.complete(kind, lines, position.line, position.character)
        for item in items:
            if isinstance(item.text_edit, types.TextEdit):
                item.text_edit.range = _to_client(document, lines, item.text_edit.range)
        return types.CompletionList(is_incomplete=False, items=items)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    @safe
    def hover(ls: CourseServer, params: types.HoverParams) -> types.Hover | None:
        cursor = _cursor(ls, params)
        if cursor is None:
            return None
        document, kind, lines, position = cursor
        found = completion.hover(kind, lines, position.line, position.character)
        if found is not None and found.range is not None:
            found.range = _to_client(document, lines, found.range)
        return found


def _register_fixes(server: CourseServer) -> None:
    kinds = [types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=kinds))
    @safe
    def code_action(ls: CourseServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        document = ls.workspace.get_text_document(params.text_document.uri)
        if document_kind(document.path) is None:
            return None
        edits, changes = ls.fix_edits(document)
        only = params.context.only or []
        if any(kind.startswith("source.fixAll") for kind in only):
            return [fix_all_action(document.uri, changes)] if changes else []
        if only and not any(kind.startswith("quickfix") for kind in only):
            return []
        return code_actions(document.uri, edits, changes, params.range, params.context.diagnostics)


def _cursor(
    ls: CourseServer, params: types.CompletionParams | types.HoverParams
) -> tuple[TextDocument, str, Sequence[str], ServerTextPosition] | None:
    """The course file under the cursor: document, kind, lines and position (None for other files)."""
    document = ls.workspace.get_text_document(params.text_document.uri)
    kind = document_kind(document.path)
    if kind is None:
        return None
    lines = document.lines
    return document, kind, lines, document.position_codec.position_from_client_units(lines, params.position)


def _to_client(document: TextDocument, lines: Sequence[str], value: types.Range) -> types.Range:
    codec = document.position_codec
    start = codec.position_to_client_units(lines, ServerTextPosition(value.start.line, value.start.character))
    end = codec.position_to_client_units(lines, ServerTextPosition(value.end.line, value.end.character))
    return types.Range(start, end)
