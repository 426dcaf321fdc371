"""Portal settings: the lxkit section of mkdocs.yml, with every problem collected."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.config import find_config_file, load_config
from lxkit.exceptions import ConfigError, UsageError
from tests.helpers import PORTAL_YML, write_portal


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


def test_a_broken_mkdocs_yml_is_named_as_itself_not_as_a_front_matter(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    for text in ("site_name: a\x00b\n", "extra:\n  deep: " + "[" * 3000 + "]" * 3000 + "\n", "{site_name\n"):
        config.write_text(text, encoding="utf-8")
        with pytest.raises(ConfigError) as caught:
            load_config(config)
        messages = [f.message for f in caught.value.findings]
        assert messages and all("front-matter" not in m and m.startswith("mkdocs.yml ") for m in messages), messages
    config.write_bytes(b"site_name: \xff\n")
    with pytest.raises(UsageError, match="save it as UTF-8 text"):
        load_config(config)


def test_a_section_given_twice_is_not_called_invalid_yaml(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: a\nlxkit:\n  courses_dir: c\nlxkit:\n  tracking: {}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    assert caught.value.message == "mkdocs.yml cannot be read: fix the line(s) above and run again"
    assert [(f.line, f.message.split(":")[0]) for f in caught.value.findings] == [
        (4, "'lxkit' is given twice (first on line 2)")
    ]


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


@pytest.mark.parametrize(
    ("line", "environment", "expected"),
    [
        ("site_url: !ENV SITE_URL", {"SITE_URL": "https://academy.example.com/learn/"}, "https://academy.example.com/learn/"),
        ("site_url: !ENV SITE_URL", {}, ""),
        ("site_url: !ENV [SITE_URL, 'https://fallback.example.com/']", {}, "https://fallback.example.com/"),
        ("site_url: !ENV [LXKIT_NONE, SITE_URL, 'https://x.org/']", {"SITE_URL": "https://y.org/"}, "https://y.org/"),
    ],
)
def test_env_tags_resolve_as_mkdocs_resolves_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, environment: dict[str, str], expected: str
) -> None:
    from lxkit.builder.render.mkdocs_config import read_raw_settings

    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("LXKIT_NONE", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    config_file = write_portal(tmp_path, config=PORTAL_YML + line + "\n") / "mkdocs.yml"
    config = load_config(config_file)
    assert config.site_url == expected
    assert (read_raw_settings(config).get("site_url") or "") == expected  # what MkDocs reads


@pytest.mark.parametrize(
    "setting",
    [
        "courses_dir: /etc",
        "courses_dir: ../../other",
        "courses_dir: courses/../../x",
        "courses_dir: 'C:\\x'",
        "insights: {output: ../../site/x.json}",
        "insights: {store: ~/store.duckdb}",
    ],
)
def test_paths_leading_outside_the_portal_are_refused(tmp_path: Path, setting: str) -> None:
    (tmp_path / "mkdocs.yml").write_text(f"site_name: A\nlxkit:\n  {setting}\n")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "mkdocs.yml")
    (finding,) = caught.value.findings
    assert (finding.code, finding.line) == ("LX000", 3)
    assert "leads outside the portal folder" in finding.message
    assert "write a path relative to mkdocs.yml that stays inside" in finding.message


def test_a_courses_dir_inside_the_portal_is_read_in_its_plain_form(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: A\nlxkit:\n  courses_dir: ./courses/../courses/\n")
    assert load_config(tmp_path / "mkdocs.yml").courses_dir == "courses"


def test_inherit_leading_out_of_the_portal_at_any_step_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yml"
    outside.write_text("site_description: SECRET\n", "utf-8")
    portal = tmp_path / "portal"
    portal.mkdir()
    (portal / "base.yml").write_text("INHERIT: ../outside.yml\n", "utf-8")
    for inherit in ("../outside.yml", str(outside), "base.yml"):
        (portal / "mkdocs.yml").write_text(f"site_name: A\nINHERIT: {inherit}\nlxkit: {{}}\n", "utf-8")
        with pytest.raises(ConfigError) as caught:
            load_config(portal / "mkdocs.yml")
        (finding,) = caught.value.findings
        assert (finding.code, finding.line) == ("LX000", 2) and "outside the portal folder" in finding.message
    (portal / "base.yml").write_text("site_description: Inside\n", "utf-8")
    assert load_config(portal / "mkdocs.yml").site_name == "A"


def test_an_inherited_file_with_an_alias_bomb_is_refused_before_mkdocs_reads_it(tmp_path: Path) -> None:
    bomb = "extra:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
        f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
    )
    (tmp_path / "base.yml").write_text(bomb, "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: A\nINHERIT: base.yml\n", "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "mkdocs.yml")
    (finding,) = caught.value.findings
    assert finding.line == 2 and "the file INHERIT names has a problem" in finding.message
