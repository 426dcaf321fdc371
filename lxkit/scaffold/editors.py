"""Editor settings of a new portal: VS Code starts ``lxkit lsp`` through a generic LSP client.

VS Code needs an extension to start a language server; "Generic LSP Client (v2)"
(``zsol.vscode-glspc``) starts any stdio server from workspace settings, so a portal needs no
extension of its own: ``.vscode/extensions.json`` recommends it and ``.vscode/settings.json``
tells it to run ``lxkit lsp`` for Markdown files. Neovim's set-up is a snippet in the README.
"""

from __future__ import annotations

import json

VSCODE_EXTENSION = "zsol.vscode-glspc"
SERVER_COMMAND = ("lxkit", "lsp")

README_SECTION = f"""
## Editing courses with help from your editor

`lxkit lsp` checks a course file while you type (the same problems `lxkit lint` reports),
completes front-matter fields and their allowed values, and explains a field when you point at it.

**VS Code.** Install once: lxkit (`pipx install lxkit`, or `pip install lxkit` in the environment
you open VS Code from) and the extension *Generic LSP Client (v2)* (`{VSCODE_EXTENSION}`), which VS Code
offers when you open this folder (`.vscode/extensions.json`). `.vscode/settings.json` already
tells it to run `lxkit lsp` for Markdown files. If VS Code cannot find `lxkit`, set
`glspc.server.command` to its full path (`which lxkit` prints it).

**Neovim** (0.11 or later). Install lxkit once as above and add to your `init.lua`:

```lua
vim.lsp.config("lxkit", {{
  cmd = {{ "lxkit", "lsp" }},
  filetypes = {{ "markdown" }},
  root_markers = {{ "mkdocs.yml" }},
}})
vim.lsp.enable("lxkit")
```

With the nvim-lspconfig plugin on an older Neovim:

```lua
local configs = require("lspconfig.configs")
if not configs.lxkit then
  configs.lxkit = {{
    default_config = {{
      cmd = {{ "lxkit", "lsp" }},
      filetypes = {{ "markdown" }},
      root_dir = require("lspconfig.util").root_pattern("mkdocs.yml"),
    }},
  }}
end
require("lspconfig").lxkit.setup({{}})
```
"""


def editor_files() -> dict[str, str]:
    """``.vscode/settings.json`` and ``.vscode/extensions.json`` of a new portal."""
    settings = {
        "glspc.server.command": SERVER_COMMAND[0],
        "glspc.server.commandArguments": list(SERVER_COMMAND[1:]),
        "glspc.server.languageId": ["markdown"],
    }
    extensions = {"recommendations": [VSCODE_EXTENSION]}
    return {
        ".vscode/settings.json": json.dumps(settings, indent=2) + "\n",
        ".vscode/extensions.json": json.dumps(extensions, indent=2) + "\n",
    }
