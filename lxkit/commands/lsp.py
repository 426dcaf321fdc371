"""``lxkit lsp``: run the language server on standard input and output until the editor closes it."""

from __future__ import annotations

from lxkit.lsp.server import make_server


def lsp_command(debounce_ms: int) -> None:
    """Serve the Language Server Protocol over stdio (what editors start)."""
    make_server(debounce_ms / 1000).start_io()
