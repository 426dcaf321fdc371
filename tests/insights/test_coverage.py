"""Learners who started after a course's last listed cohort had ended are said, with the file to change."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from lxkit.config import load_config
from lxkit.insights.run import Source, run_insights
from lxkit.insights.settings import insight_settings
from lxkit.loader import load_portal
from tests.insights.conftest import GeneratedPortal, generated

__all__ = ["generated"]


def test_a_cohort_list_that_stopped_being_kept_is_said_and_a_full_one_is_not(
    generated: GeneratedPortal, tmp_path: Path
) -> None:
    root = tmp_path / "portal"
    shutil.copytree(generated.root, root)
    portal = load_portal(load_config(root / "mkdocs.yml"))
    settings = dataclasses.replace(
        insight_settings(portal.config), store=tmp_path / "s.duckdb", output=tmp_path / "i.json"
    )
    result = run_insights(portal, settings, Source(file=root / generated.statements.name))
    assert result.notes == ()  # the generator lists every cohort its learners are in
    kept = sorted((root / "cohorts").glob("*.csv"))[0]
    lines = kept.read_text("utf-8").splitlines()
    kept.write_text("\n".join(lines[:2]) + "\n", "utf-8")  # only the first cohort is listed
    result = run_insights(portal, settings, None)
    assert len(result.notes) == 1
    first = lines[1].split(",")[0]
    assert result.notes[0].startswith(f"cohorts/{kept.name}: ") and " learners started between " in result.notes[0]
    assert result.notes[0].endswith(
        f"after its last cohort '{first}' had ended, so the charts count them in that cohort: add the cohorts "
        "that started since, one line each (name,start)"
    )
