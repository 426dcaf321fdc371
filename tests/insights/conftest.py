"""Fixtures of the insights tests: a copy of the sample portal with generated statements and data files."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from lxkit.config import load_config
from lxkit.loader import load_portal
from lxkit.model import Portal

REPO = Path(__file__).resolve().parent.parent.parent
STATEMENTS = 12_000


def generator() -> ModuleType:
    """``bench/insights_generate.py`` as a module."""
    name = "bench_insights_generate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "bench" / "insights_generate.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@dataclass(frozen=True)
class GeneratedPortal:
    """A portal folder, its model, the statements file and what the generator planted."""

    root: Path
    portal: Portal
    statements: Path
    truth: Any


def make_portal(root: Path, statements: int = STATEMENTS, seed: int = 7) -> GeneratedPortal:
    """Copy the sample portal to ``root`` and generate statements, cohorts and metrics for it."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "sample-courses", root / "sample-courses")
    portal = load_portal(load_config(root / "mkdocs.yml"))
    gen = generator()
    truth = gen.write_jsonl(portal, root / "statements.jsonl", statements, seed)
    gen.write_data(portal, truth, root)
    return GeneratedPortal(root, portal, root / "statements.jsonl", truth)


@pytest.fixture(scope="session")
def generated(tmp_path_factory: pytest.TempPathFactory) -> GeneratedPortal:
    """The sample portal with about 12,000 generated statements (shared: do not change it)."""
    return make_portal(tmp_path_factory.mktemp("insights-portal"))


def insights_for(generated: GeneratedPortal) -> Path:
    """Run ``lxkit insights`` (in process) on the generated statements; the results file."""
    from lxkit.insights.run import Source, run_insights
    from lxkit.insights.settings import insight_settings

    settings = insight_settings(generated.portal.config)
    return run_insights(generated.portal, settings, Source(file=generated.statements)).output


def build_site(root: Path, site: Path, cache: Path) -> Path:
    """Build the portal at ``root`` into ``site`` (learner view + trainer/)."""
    from lxkit.builder.api import BuildOptions, build_portal
    from lxkit.console import Console

    build_portal(load_config(root / "mkdocs.yml"), BuildOptions(site_dir=site, cache_dir=cache), Console(-1))
    return site


@pytest.fixture(scope="session")
def insight_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[GeneratedPortal, Path]:
    """A generated portal after ``lxkit insights`` and a build (shared: do not change it)."""
    generated = make_portal(tmp_path_factory.mktemp("insight-site-portal"))
    insights_for(generated)
    site = build_site(generated.root, tmp_path_factory.mktemp("insight-site"), tmp_path_factory.mktemp("cache"))
    return generated, site
