"""Reading ``insights.json``: a file lxkit did not write is a usage error saying what to run, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.exceptions import UsageError
from lxkit.insights.results import read_results


@pytest.mark.parametrize("text", ["[]", "null", '"x"', "3", '{"format": []}', '{"format": 2}', "{"])
def test_a_results_file_lxkit_did_not_write_says_to_run_insights_again(tmp_path: Path, text: str) -> None:
    path = tmp_path / "insights.json"
    path.write_text(text, "utf-8")
    with pytest.raises(UsageError, match="run 'lxkit insights' again"):
        read_results(path)
