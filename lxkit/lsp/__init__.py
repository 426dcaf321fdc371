"""``lxkit lsp``: a language server for course and module files (stdio), built on pygls.

- :mod:`lxkit.lsp.server`: the pygls server; debounced diagnostics, completion, hover, quick fixes.
- :mod:`lxkit.lsp.linting`: ``lxkit lint FILE`` on the editor's unsaved text (same loader and engine).
- :mod:`lxkit.lsp.diagnostics`: lint findings as LSP diagnostics.
- :mod:`lxkit.lsp.cursor`: the YAML path under the cursor, read from half-typed front-matter.
- :mod:`lxkit.lsp.schemas`: the keys and values lxkit's JSON Schemas allow at a path.
- :mod:`lxkit.lsp.completion`: completion items and hover text from those.
- :mod:`lxkit.lsp.actions`: the edits of ``lxkit fix`` (:mod:`lxkit.fix`) as quick fixes.
"""
