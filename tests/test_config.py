"""Portal settings: the lxkit section of mkdocs.yml, with every problem collected."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.config import find_config_file, load_config
from lxkit.exceptions import ConfigError, UsageError


def test_reads_lxkit_section_and_ignores_mkdocs_python_tags(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Academy\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "lxkit:\n  courses_dir: c\n  providers: [Coursera.org]\n"
        "  capabilities:\n    - {id: data, name: Data}\n"
    )
    config = load_config(tmp_path / "mkdocs.yml")
    assert (config.site_name, config.courses_dir, config.providers) == ("Academy", "c", ("coursera.org",))
    assert config.capability("data") is not None and config.capability("nope") is None


def test_all_problems_of_the_section_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: A\nlxkit:\n  courses_dri: x\n  capabilities:\n    - {id: Bad Id, name: X}\n"
    )
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "mkdocs.yml")
    messages = [(f.line, f.message) for f in caught.value.findings]
    assert (3, "lxkit: unknown field 'courses_dri' (did you mean 'courses_dir'?)") in messages
    assert any(line == 5 and "'id'" in message for line, message in messages)


def test_config_is_found_in_parent_folders(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: A\n")
    nested = tmp_path / "courses" / "demo"
    nested.mkdir(parents=True)
    assert find_config_file(nested) == tmp_path / "mkdocs.yml"


def test_no_config_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"no mkdocs\.yml found"):
        find_config_file(tmp_path)


def test_lxkit_settings_at_the_top_level_are_reported_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: A\nlxkit:\n  courses_dir: c\nlint:\n  disable: [LX010]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "mkdocs.yml")
    [finding] = caught.value.findings
    assert (finding.line, finding.column) == (4, 1)
    assert "move it under 'lxkit:'" in finding.message


def test_unknown_keys_in_the_lxkit_section_are_reported(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: A\nlxkit:\n  lint:\n    disabled: [LX010]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "mkdocs.yml")
    assert [(f.line, f.message) for f in caught.value.findings] == [
        (4, "lxkit: unknown field 'disabled' in 'lint' (did you mean 'disable'?)")
    ]
