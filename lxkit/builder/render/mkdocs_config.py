"""The MkDocs configuration of a generated portal: the portal's own settings plus lxkit's theme.

The portal's ``mkdocs.yml`` is read with MkDocs' own YAML loader (so ``!ENV`` and Material's
``!!python/name`` tags work); the ``lxkit`` section is left out, and lxkit sets what it owns:
the generated ``docs_dir``, the theme overrides, the navigation and its CSS and JavaScript.

``mkdocs.yml`` is untrusted (a pull request can change it) and Material prints many of its texts
without escaping (``aria-label="{{ config.site_name }}"``, ``<meta content="{{ config.site_description }}">``).
So :func:`html_safe_settings` hands MkDocs those texts HTML-escaped, as ``Markup`` (which
Material's ``| e`` leaves alone, so nothing is escaped twice), and its URLs with the characters
that could end an attribute percent-encoded.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from lxkit.exceptions import ConfigError
from lxkit.model import PortalConfig
from lxkit.resources import theme_dir
from lxkit.tracking.page import EXTRA_KEY as TRACKING_KEY
from lxkit.tracking.page import tracking_extra

LXKIT_FEATURES = (
    "navigation.prune",
    "navigation.top",
    "navigation.footer",
    "navigation.instant",
    "content.action.edit",
    "search.highlight",
)
LXKIT_CSS = "assets/lxkit/lxkit.css"
LXKIT_TRAINER_CSS = "assets/lxkit/trainer.css"  # the trainer view's blocks and insight pages
LXKIT_TRACKING_CSS = "assets/lxkit/tracking.css"  # the learning-records notice of tracking.js
LXKIT_STYLES = (LXKIT_CSS, LXKIT_TRAINER_CSS, LXKIT_TRACKING_CSS)  # after lxkit.css: they use its variables
LXKIT_JS = "assets/lxkit/lxkit.js"
LXKIT_TRACKING_JS = "assets/lxkit/tracking.js"  # before lxkit.js: it defines the event layer lxkit.js reports to
LXKIT_SCRIPTS = (LXKIT_TRACKING_JS, LXKIT_JS)


def read_raw_settings(config: PortalConfig) -> dict[str, Any]:
    """The portal's mkdocs.yml as MkDocs reads it."""
    from mkdocs.utils.yaml import yaml_load

    try:
        with open(config.config_file, encoding="utf-8-sig") as handle:
            data = yaml_load(handle)
    except Exception as error:  # MkDocs' loader raises many kinds; all mean "fix mkdocs.yml"
        raise ConfigError(f"MkDocs cannot read {config.config_file}: {error}") from error
    return dict(data or {})


def deep_merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` updated by ``extra``, merging nested mappings instead of replacing them."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


TEXT_SETTINGS = ("site_name", "site_description", "site_author", "copyright", "repo_name")
URL_SETTINGS = ("site_url", "repo_url")
TREE_SETTINGS = ("theme", "extra")  # the portal's own: palette names, extra.social, extra.status...
URL_UNSAFE = str.maketrans({char: f"%{ord(char):02X}" for char in '"<>` \n\r\t'})


def html_text(value: Any) -> Any:
    """Every text in ``value`` (a text, or lists and mappings of them) as escaped ``Markup``."""
    if isinstance(value, str):
        return value if isinstance(value, Markup) else escape(value)
    if isinstance(value, Mapping):
        return {key: html_text(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [html_text(item) for item in value]
    return value


def attribute_safe_url(value: Any) -> Any:
    """A URL with quotes, angle brackets and whitespace percent-encoded (a browser does the same)."""
    return value.translate(URL_UNSAFE) if isinstance(value, str) else value


def html_safe_settings(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The portal's settings with the texts Material prints escaped and its URLs attribute-safe."""
    settings = dict(raw)
    for key in (*TEXT_SETTINGS, *TREE_SETTINGS):
        if key in settings:
            settings[key] = html_text(settings[key])
    for key in URL_SETTINGS:
        if key in settings:
            settings[key] = attribute_safe_url(settings[key])
    for key in ("extra_css", "extra_javascript"):
        if isinstance(settings.get(key), list):
            settings[key] = [attribute_safe_url(item) for item in settings[key]]
    return settings


def theme_settings(raw_theme: Any) -> dict[str, Any]:
    """Material with lxkit's overrides and features, keeping the portal's palette, logo, etc."""
    theme = dict(raw_theme) if isinstance(raw_theme, Mapping) else {"name": raw_theme or "material"}
    theme["name"] = "material"
    theme.setdefault("font", False)  # no Google Fonts: the portal works offline and leaks nothing
    theme["custom_dir"] = str(theme_dir())
    features = list(theme.get("features") or [])
    theme["features"] = features + [f for f in LXKIT_FEATURES if f not in features]
    return theme


def settings_for_build(
    config: PortalConfig,
    docs_dir: Path,
    site_dir: Path,
    nav: list[Any],
    site_url: str | None = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """All MkDocs settings of one build (plain data, before MkDocs validates it)."""
    raw = read_raw_settings(config)
    raw.pop("lxkit", None)
    raw = html_safe_settings(raw)
    settings = dict(raw)
    settings.update(
        docs_dir=str(docs_dir),
        site_dir=str(site_dir),
        theme=theme_settings(raw.get("theme")),
        nav=nav,
        edit_uri="",
        extra_css=[*LXKIT_STYLES, *[c for c in raw.get("extra_css") or [] if c not in LXKIT_STYLES]],
        extra_javascript=[*LXKIT_SCRIPTS, *[j for j in raw.get("extra_javascript") or [] if j not in LXKIT_SCRIPTS]],
        extra=deep_merge(raw.get("extra") or {}, {**tracking_extra(config, extra or {}), **(extra or {})}),
        plugins=raw.get("plugins") or ["search"],
        strict=False,
    )
    if site_url is not None:
        settings["site_url"] = attribute_safe_url(site_url)
    settings.setdefault("site_name", html_text(config.site_name))
    return settings


def load_mkdocs_config(config: PortalConfig, settings: Mapping[str, Any]) -> Any:
    """Validate settings with MkDocs' own config classes; problems become a ConfigError."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from lxkit.builder.render.runner import mkdocs_logging

    with mkdocs_logging() as messages:  # MkDocs logs what is wrong, then raises Abort without it
        try:
            return load_config(config_file=io.StringIO("{}"), config_file_path=config.config_file, **settings)
        except (ConfigurationError, Abort) as error:
            reasons = "; ".join(messages) if isinstance(error, Abort) and messages else str(error)
            raise ConfigError(f"MkDocs rejects the settings in {Path(config.config_file).name}: {reasons}") from error


def view_extra(extra: Mapping[str, Any], flavour: str, trainer_view_built: bool) -> dict[str, Any]:
    """MkDocs ``extra`` for one view.

    The version selector (``extra.version``) belongs to the learner view only: a published
    version's ``versions.json`` sits next to the learner site, not inside ``trainer/``. Without a
    trainer view the pages must not offer a switch to it. Learning records (``extra.lxkit_tracking``,
    added by :func:`settings_for_build` when tracking is on) are sent from the learner view only.
    """
    result = dict(extra)
    if str(flavour) == "trainer":
        result.pop("version", None)
        result[TRACKING_KEY] = None  # trainers preview: their visits are no learning records
    if not trainer_view_built:
        result["lxkit_trainer_view"] = False
    return result
