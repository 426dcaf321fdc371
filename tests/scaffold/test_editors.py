"""``lxkit new portal`` writes editor settings that start ``lxkit lsp`` (VS Code) and documents Neovim's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner

from lxkit.__main__ import cli
from lxkit.scaffold.editors import VSCODE_EXTENSION
from tests.lsp.client import Session


def test_the_vscode_settings_start_a_working_language_server(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["new", "portal", str(tmp_path / "academy")])
    assert result.exit_code == 0, result.output
    root = tmp_path / "academy"
    settings = json.loads((root / ".vscode/settings.json").read_text("utf-8"))
    assert json.loads((root / ".vscode/extensions.json").read_text("utf-8")) == {"recommendations": [VSCODE_EXTENSION]}
    assert settings["glspc.server.languageId"] == ["markdown"]
    readme = (root / "README.md").read_text("utf-8")
    assert VSCODE_EXTENSION in readme and 'vim.lsp.enable("lxkit")' in readme
    # The command as VS Code runs it (from the folder), found where this interpreter installed lxkit.
    command = [
        str(Path(sys.executable).parent / settings["glspc.server.command"]),
        *settings["glspc.server.commandArguments"],
    ]
    session = Session(root, command=command)
    try:
        module = next((root / "courses/example-course").glob("01-*.md"))
        uri = session.open(module)
        found = list(session.diagnostics(uri).diagnostics)
        assert [d.code for d in found] == []  # the example course is finished: nothing to report
        lines = module.read_text("utf-8").splitlines()
        kind = next(index for index, line in enumerate(lines) if line.startswith("    kind: "))
        labels = [item.label for item in session.completion(uri, kind, len("    kind: "))]
        assert labels == ["mooc", "video", "reading", "podcast", "tool"]
    finally:
        assert session.close() == 0
