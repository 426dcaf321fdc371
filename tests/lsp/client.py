"""A synchronous LSP session for tests: pygls' client talks to ``python -m lxkit lsp`` over pipes.

The client's event loop runs in a thread of its own, so tests call ``session.request(...)`` and
wait for published diagnostics without being written as coroutines.
"""

from __future__ import annotations

import asyncio
import queue
import sys
import threading
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.lsp.client import LanguageClient

T = TypeVar("T")
TIMEOUT = 60.0


class Session:
    """One running server and its client; diagnostics arrive in a queue per document."""

    def __init__(self, cwd: Path, debounce_ms: int = 0, command: Sequence[str] = ()) -> None:
        """Start ``command`` (default ``python -m lxkit lsp --debounce MS``) in ``cwd``."""
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.published: dict[str, queue.Queue[types.PublishDiagnosticsParams]] = {}
        self.logs: list[str] = []
        self.stderr = bytearray()
        default = (sys.executable, "-m", "lxkit", "lsp", "--debounce", str(debounce_ms))
        self.client = self.run(self._start(cwd, tuple(command) or default))

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = TIMEOUT) -> T:
        """Run a coroutine on the client's loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def call(self, function: Callable[..., T], *args: Any) -> T:
        """Call a client method (a notification or a request) on the client's loop."""

        async def inside() -> T:
            return function(*args)

        return self.run(inside())

    async def _start(self, cwd: Path, command: tuple[str, ...]) -> LanguageClient:
        client = LanguageClient("lxkit-tests", "1")

        @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.queue(params.uri).put(params)

        @client.feature(types.WINDOW_LOG_MESSAGE)
        def on_log(params: types.LogMessageParams) -> None:
            self.logs.append(params.message)

        await client.start_io(*command, cwd=str(cwd))
        assert client._server is not None and client._server.stderr is not None
        self.drain = asyncio.ensure_future(self._drain(client._server.stderr))
        capabilities = types.ClientCapabilities(
            text_document=types.TextDocumentClientCapabilities(
                publish_diagnostics=types.PublishDiagnosticsClientCapabilities()
            )
        )
        await client.initialize_async(types.InitializeParams(capabilities=capabilities, root_uri=cwd.as_uri()))
        client.initialized(types.InitializedParams())
        return client

    async def _drain(self, stream: asyncio.StreamReader) -> None:
        while chunk := await stream.read(65536):
            self.stderr.extend(chunk)

    def queue(self, uri: str) -> queue.Queue[types.PublishDiagnosticsParams]:
        """The diagnostics published for one document, oldest first."""
        return self.published.setdefault(uri, queue.Queue())

    def open(self, path: Path, text: str | None = None) -> str:
        """Open a file in the server (its text on disk unless given); returns its URI."""
        uri = path.as_uri()
        content = path.read_text("utf-8") if text is None else text
        item = types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=content)
        self.call(self.client.text_document_did_open, types.DidOpenTextDocumentParams(item))
        return uri

    def change(self, uri: str, version: int, text: str) -> None:
        """Replace a document's whole text, as an editor does on each keystroke."""
        change = types.TextDocumentContentChangeWholeDocument(text=text)
        identifier = types.VersionedTextDocumentIdentifier(uri=uri, version=version)
        params = types.DidChangeTextDocumentParams(identifier, [change])
        self.call(self.client.text_document_did_change, params)

    def diagnostics(self, uri: str, timeout: float = TIMEOUT) -> types.PublishDiagnosticsParams:
        """The next diagnostics published for ``uri``."""
        return self.queue(uri).get(timeout=timeout)

    def completion(self, uri: str, line: int, character: int) -> list[types.CompletionItem]:
        """Completion items at a position (0-based)."""
        params = types.CompletionParams(types.TextDocumentIdentifier(uri), types.Position(line, character))
        result = self.run(self.client.text_document_completion_async(params))
        if result is None:
            return []
        return list(result.items if isinstance(result, types.CompletionList) else result)

    def hover(self, uri: str, line: int, character: int) -> types.Hover | None:
        """Hover at a position (0-based)."""
        params = types.HoverParams(types.TextDocumentIdentifier(uri), types.Position(line, character))
        return self.run(self.client.text_document_hover_async(params))

    def code_actions(
        self, uri: str, where: types.Range, diagnostics: Sequence[types.Diagnostic] = (), only: Sequence[str] = ()
    ) -> list[types.CodeAction]:
        """Code actions for a range, with the diagnostics the editor shows there."""
        kinds = [types.CodeActionKind(kind) for kind in only] or None
        context = types.CodeActionContext(diagnostics=list(diagnostics), only=kinds)
        params = types.CodeActionParams(types.TextDocumentIdentifier(uri), where, context)
        result = self.run(self.client.text_document_code_action_async(params))
        return [action for action in result or [] if isinstance(action, types.CodeAction)]

    def close(self) -> int | None:
        """Shut the server down politely; returns its exit code."""
        try:
            self.run(self.client.shutdown_async(None), timeout=20)
            self.call(self.client.exit, None)
            self.run(self.client.stop(), timeout=20)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
        server = self.client._server
        return None if server is None else server.returncode


def apply(text: str, edits: Sequence[types.TextEdit]) -> str:
    """Apply LSP text edits to a text as an editor does (positions in UTF-16 code units)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(position: types.Position) -> int:
        if position.line >= len(lines):
            return len(text)
        line, units, index = lines[position.line], 0, 0
        while index < len(line) and units < position.character:
            units += 2 if ord(line[index]) > 0xFFFF else 1
            index += 1
        return starts[position.line] + index

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text
