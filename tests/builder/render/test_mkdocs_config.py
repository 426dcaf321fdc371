"""Texts and URLs of an untrusted ``mkdocs.yml`` reach Material's templates escaped (a real build)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import yaml
from click.testing import CliRunner
from markupsafe import Markup

from lxkit.__main__ import cli
from lxkit.builder.render.mkdocs_config import html_safe_settings

QUOTE = 'x" onmouseover="alert(1)'
SCRIPT = "<script>alert(2)</script>"
HOSTILE = f"{QUOTE} {SCRIPT}"


class _Injected(HTMLParser):
    """Event-handler attributes and scripts that say alert: what a hostile setting would inject."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [f"{tag} {name}" for name, _ in attrs if name.startswith("on")]
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip().startswith("alert("):
            self.found.append(f"script {data[:40]}")


def _hostile_portal(tmp_path: Path) -> Path:
    created = CliRunner().invoke(cli, ["new", "portal", str(tmp_path / "portal"), "--no-git"])
    assert created.exit_code == 0, created.output
    config_file = tmp_path / "portal" / "mkdocs.yml"
    settings = yaml.safe_load(config_file.read_text("utf-8"))
    settings.update(
        site_name=HOSTILE,
        site_description=HOSTILE,
        site_author=HOSTILE,
        copyright=HOSTILE,
        site_url=f"https://academy.example/{QUOTE}>{SCRIPT}/",
        repo_url=f"https://github.com/acme/{QUOTE}",
        repo_name=HOSTILE,
        extra_css=[f"x.css{QUOTE}>{SCRIPT}"],
        extra={"social": [{"icon": "fontawesome/brands/github", "link": f"https://x.a/{QUOTE}", "name": HOSTILE}]},
    )
    settings["theme"]["palette"][0]["toggle"]["name"] = HOSTILE
    config_file.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    return config_file


def test_hostile_portal_settings_render_inert_in_every_page(tmp_path: Path) -> None:
    config_file = _hostile_portal(tmp_path)
    site = tmp_path / "site"
    built = CliRunner().invoke(cli, ["build", "-f", str(config_file), "-d", str(site), "-j", "1"])
    assert built.exit_code == 0, built.output
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        html = page.read_text("utf-8")
        parser = _Injected()
        parser.feed(html)
        assert parser.found == [], page
        assert "&amp;#34;" not in html and "&amp;lt;" not in html, f"escaped twice in {page}"
    home = (site / "index.html").read_text("utf-8")
    assert 'aria-label="x&#34; onmouseover=&#34;alert(1) &lt;script&gt;' in home


def test_texts_become_markup_escaped_once_and_urls_attribute_safe() -> None:
    settings = html_safe_settings(
        {
            "site_name": "A & B's",
            "theme": {"palette": [{"toggle": {"name": "<b>"}}]},
            "site_url": 'https://a.example/"<x>',
        }
    )
    assert settings["site_name"] == "A &amp; B&#39;s" and isinstance(settings["site_name"], Markup)
    assert html_safe_settings(settings)["site_name"] == "A &amp; B&#39;s"
    assert settings["theme"]["palette"][0]["toggle"]["name"] == "&lt;b&gt;"
    assert settings["site_url"] == "https://a.example/%22%3Cx%3E"


def test_settings_mkdocs_rejects_are_named_in_the_error(tmp_path: Path) -> None:
    config_file = _hostile_portal(tmp_path)
    settings = yaml.safe_load(config_file.read_text("utf-8"))
    settings["site_name"] = 12345
    config_file.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    built = CliRunner().invoke(cli, ["build", "-f", str(config_file), "-d", str(tmp_path / "site"), "-j", "1"])
    assert built.exit_code == 2
    assert "MkDocs rejects the settings in mkdocs.yml: Config value 'site_name'" in built.output, built.output


def test_an_icon_the_theme_does_not_have_is_named_in_the_error(tmp_path: Path) -> None:
    config_file = _hostile_portal(tmp_path)
    settings = yaml.safe_load(config_file.read_text("utf-8"))
    settings["theme"]["icon"] = {"repo": "fontawesome/brands/gitt", "edit": "../../../../etc/passwd"}
    config_file.write_text(yaml.safe_dump(settings, sort_keys=False), "utf-8")
    built = CliRunner().invoke(cli, ["build", "-f", str(config_file), "-d", str(tmp_path / "site"), "-j", "1"])
    assert built.exit_code == 2 and "Traceback" not in built.output
    assert "the theme cannot find '.icons/" in built.output and "check its name" in built.output, built.output
