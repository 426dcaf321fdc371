"""The one count of worker cores, used by ``lxkit build`` and ``lxkit lint``."""

from __future__ import annotations

import os
from pathlib import Path

from lxkit.builder.api import BuildOptions, engine_settings
from lxkit.config import load_config
from lxkit.cores import available_cores
from tests.helpers import write_portal


def test_the_cores_this_process_may_run_on() -> None:
    assert available_cores() == len(os.sched_getaffinity(0)) >= 1


def test_a_build_without_jobs_uses_every_available_core(tmp_path: Path) -> None:
    config = load_config(write_portal(tmp_path / "portal") / "mkdocs.yml")
    settings = engine_settings(config, BuildOptions(site_dir=tmp_path / "site"))
    assert settings.jobs == available_cores()
