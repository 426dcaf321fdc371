"""``site_url: !ENV SITE_URL``: catalog.json and the JSON-LD of course pages get the real URL, as MkDocs does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lxkit.__main__ import cli
from tests.helpers import PORTAL_YML, write_portal

URL = "https://academy.example.com/learn/"


@pytest.mark.parametrize("environment", [URL, None])
def test_the_build_reads_site_url_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, environment: str | None
) -> None:
    if environment is None:
        monkeypatch.delenv("SITE_URL", raising=False)
    else:
        monkeypatch.setenv("SITE_URL", environment)
    root = write_portal(tmp_path / "portal", config=PORTAL_YML + "site_url: !ENV SITE_URL\n")
    site = tmp_path / "site"
    built = CliRunner().invoke(cli, ["build", "-f", str(root / "mkdocs.yml"), "-d", str(site), "-j", "1"])
    assert built.exit_code == 0, built.output
    catalog = (site / "catalog.json").read_text("utf-8")
    page = (site / "courses" / "demo" / "index.html").read_text("utf-8")
    if environment is None:
        assert URL not in catalog and URL not in page
    else:
        assert URL in catalog and json.dumps(URL + "courses/demo/")[1:-1] in page.replace("\\/", "/")
