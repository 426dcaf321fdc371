"""Page weight: a module page stays about 28 KiB of HTML (at most 40 KiB) whatever the portal's size.

The navigation lists only portal-wide pages and a course page lists its modules, so a module page
must not grow with the catalog: checked on the sample portal and on a generated 100-course portal.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

LIMIT = 40 * 1024


def module_pages(site: Path) -> dict[str, int]:
    """Bytes of every learner module page (``courses/<course>/<module>/index.html``)."""
    return {str(p.relative_to(site)): p.stat().st_size for p in sorted((site / "courses").glob("*/*/index.html"))}


def test_sample_module_pages_stay_light(sample_site: Path) -> None:
    sizes = module_pages(sample_site)
    assert sizes and max(sizes.values()) <= LIMIT, {k: v for k, v in sizes.items() if v > LIMIT}


@pytest.mark.slow
def test_module_pages_do_not_grow_with_a_100_course_portal(repo_root: Path, tmp_path: Path) -> None:
    from lxkit.builder.api import BuildOptions, build_portal
    from lxkit.config import load_config
    from lxkit.console import Console

    spec = importlib.util.spec_from_file_location("bench_generate", repo_root / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    generate.generate_portal(tmp_path / "portal", courses=100, modules=2, words=300)
    site = tmp_path / "site"
    options = BuildOptions(site_dir=site, cache_dir=tmp_path / "cache", trainer=False)
    build_portal(load_config(tmp_path / "portal" / "mkdocs.yml"), options, Console(-1))
    sizes = module_pages(site)
    assert len(sizes) == 200 and max(sizes.values()) <= LIMIT, max(sizes.items(), key=lambda item: item[1])
