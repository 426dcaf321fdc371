"""GitHub Actions workflows that ``lxkit new portal`` writes into a new portal repository.

- ``pull-request.yml``: lint (annotations), build, the ``lxkit review`` report as a comment and
  the built portal as a preview artifact; forks get lint and the preview, without secrets.
- ``publish.yml``: pushes to main publish the ``dev`` version (alias ``latest``) to ``gh-pages``;
  tags ``vX.Y`` publish version ``X.Y``.
"""

from __future__ import annotations

from importlib import resources

from lxkit import __version__

WORKFLOWS = ("pull-request.yml", "publish.yml")
WORKFLOW_DIR = ".github/workflows"
REQUIREMENT_PLACEHOLDER = "@LXKIT_REQUIREMENT@"


def requirement() -> str:
    """The pip requirement the workflows install: this lxkit release or a later fix of it (``~=0.1.0``)."""
    return f"lxkit~={__version__}"


def ci_files() -> dict[str, str]:
    """The workflow files of a new portal: path relative to the portal root -> text."""
    folder = resources.files(__name__)
    files = {}
    for name in WORKFLOWS:
        text = folder.joinpath(name).read_text("utf-8")
        files[f"{WORKFLOW_DIR}/{name}"] = text.replace(REQUIREMENT_PLACEHOLDER, requirement())
    return files
