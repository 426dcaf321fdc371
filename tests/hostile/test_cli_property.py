"""Generated front-matter and file names through the whole CLI: ``lint``, ``build`` and ``review``.

Whatever an author (or an attacker) commits, every command ends with exit 0, 1 or 2 and a
message, never with an exception. The CLI runs in process (click's runner) to keep the examples
fast; the subprocess runs with memory and time limits are in ``test_corpus.py``.
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lxkit.__main__ import cli
from tests.helpers_portal import COURSE, commit_all, git, make_portal_repo, set_git_identity

pytestmark = pytest.mark.slow

ODD_CHARACTERS = [*"aZ09 -_.:#&*!|>'\"[]{}%@`\t\n\\", "\u202e", "\u200b", "\ufeff", "é", "日", "\x00"]
ODD_TEXT = st.text(alphabet=st.sampled_from(ODD_CHARACTERS), max_size=12)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    ODD_TEXT,
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD_TEXT, inner, max_size=3), max_leaves=8
)
KEYS = st.sampled_from(
    ["title", "week", "journey_stage", "objectives", "pre_work", "session", "exercise", "check", "reflection", "id"]
)
FRONT_MATTER = st.dictionaries(KEYS | ODD_TEXT, VALUES, max_size=5)
FILE_NAMES = st.one_of(
    st.sampled_from(["03-x.md", "03-x.md\n", "03-\u202ex.md", "3-x.txt", "03-" + "y" * 300 + ".md", "99.md"]),
    st.builds(lambda name: f"0{name}.md", ODD_TEXT.filter(lambda t: "/" not in t and "\x00" not in t and t.strip())),
)


def yaml_value(value: Any, indent: str = "") -> str:
    """Plain YAML text for generated data (flow style, so any nesting is one line)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf") if math.isinf(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(yaml_value(item) for item in value) + "]"
    return "{" + ", ".join(f"{yaml_value(str(k))}: {yaml_value(v)}" for k, v in value.items()) + "}"


def module_text(front_matter: dict[str, Any], raw: str) -> str:
    lines = "".join(f"{yaml_value(key)}: {yaml_value(value)}\n" for key, value in front_matter.items())
    return f"---\n{lines}{raw}\n---\n\nBody.\n"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    output = result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), output
    assert "Traceback" not in output
    return result.exit_code, output


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matter=FRONT_MATTER, raw=ODD_TEXT, name=FILE_NAMES)
def test_the_cli_survives_generated_front_matter_and_file_names(
    front_matter: dict[str, Any], raw: str, name: str
) -> None:
    before = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="lxkit-property-") as scratch:
        portal = make_portal_repo(Path(scratch) / "portal")
        git(portal, "checkout", "-q", "-b", "change")
        try:
            (portal / "courses" / COURSE / name).write_text(module_text(front_matter, raw), encoding="utf-8")
        except (OSError, UnicodeEncodeError):
            return  # a name this file system cannot hold
        commit_all(portal, "generated module")
        os.chdir(portal)
        try:
            lint, _ = run("lint")
            build, _ = run("build")
            run("review", "--base", "main")
        finally:
            os.chdir(before)
        assert build != 2 and (build == 0 or lint == 1), "a problem that stops the build is a lint error too"


@pytest.fixture(autouse=True)
def git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    set_git_identity(monkeypatch)
