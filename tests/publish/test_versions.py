"""The versions model against mike's own: same order, same file, same alias rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mike.versions import Versions as MikeVersions

from lxkit.exceptions import UsageError
from lxkit.publish.versions import (
    VersionInfo,
    Versions,
    add_version,
    check_name,
    dump_versions,
    loose_version_key,
    newest_first,
    parse_versions,
    remove,
    write_atomic,
)

NAMES = ["1.0", "2.0", "1.10", "1.9", "dev", "main", "v3", "2.0rc1", "2.0.1", "0.9b2", "1.0-1", "2.0.dev3"]


def test_order_is_mikes_order() -> None:
    ours = [info.version for info in newest_first(VersionInfo(name, name) for name in NAMES)]
    theirs = MikeVersions()
    for name in NAMES:
        theirs.add(name)
    assert ours == [str(info.version) for info in theirs]
    assert ours[:2] == ["main", "dev"]


def test_loose_keys_compare_like_mike() -> None:
    assert loose_version_key("1.10") > loose_version_key("1.9")
    assert loose_version_key("2.0rc1") < loose_version_key("2.0")
    assert loose_version_key("1.0") == loose_version_key("1.0.0")


def test_file_is_byte_identical_to_mikes() -> None:
    versions, _ = add_version(Versions(), "1.0", None, [])
    versions, _ = add_version(versions, "2.0", "Release 2", ["latest"])
    mike = MikeVersions()
    mike.add("1.0")
    mike.add("2.0", "Release 2", ["latest"])
    assert dump_versions(versions) == mike.dumps() + "\n"


def test_mike_reads_what_we_write_and_we_read_what_mike_writes() -> None:
    versions, _ = add_version(Versions(), "dev", "Development", ["latest", "edge"])
    mike = MikeVersions.loads(dump_versions(versions))
    assert mike.find("edge") == ("dev", "edge")
    mike.add("1.0", aliases=["stable"])
    mike["1.0"].set_property("hidden", True)
    again = parse_versions(mike.dumps())
    assert [i.version for i in again.entries] == ["dev", "1.0"]
    assert again.find("stable") == VersionInfo("1.0", "1.0", ("stable",), {"hidden": True})
    assert json.loads(dump_versions(again))[1]["properties"] == {"hidden": True}


def test_republish_keeps_title_properties_and_aliases() -> None:
    first = Versions((VersionInfo("1.0", "One", ("stable",), {"x": 1}),))
    again, moved = add_version(first, "1.0", None, ["lts"])
    assert again.entries == (VersionInfo("1.0", "One", ("lts", "stable"), {"x": 1}),)
    assert moved == ()


def test_alias_of_another_version_moves_only_when_asked() -> None:
    versions, _ = add_version(Versions(), "1.0", None, ["latest"])
    with pytest.raises(UsageError, match="--update-aliases"):
        add_version(versions, "2.0", None, ["latest"])
    moved_versions, moved = add_version(versions, "2.0", None, ["latest"], update_aliases=True)
    assert moved == ("latest",)
    assert moved_versions.find("latest") == VersionInfo("2.0", "2.0", ("latest",))
    assert moved_versions.find("1.0") == VersionInfo("1.0", "1.0", ())


@pytest.mark.parametrize(
    ("version", "aliases", "message"),
    [
        ("1.0", ["1.0"], "both the version"),
        ("2.0", ["1.0"], "is a published version"),
        ("latest", [], "already an alias"),
    ],
)
def test_conflicting_names_are_refused(version: str, aliases: list[str], message: str) -> None:
    versions, _ = add_version(Versions(), "1.0", None, ["latest"])
    with pytest.raises(UsageError, match=message):
        add_version(versions, version, None, aliases, update_aliases=True)


@pytest.mark.parametrize("name", ["", ".", "..", "a/b", "a\\b", ".hidden", "versions.json", "index.html", " 1.0"])
def test_names_that_cannot_be_folders_are_refused(name: str) -> None:
    with pytest.raises(UsageError):
        check_name(name, "version")


def test_remove_version_removes_its_aliases_and_remove_alias_only_the_alias() -> None:
    versions, _ = add_version(Versions(), "1.0", None, ["stable", "lts"])
    versions, _ = add_version(versions, "2.0", None, ["latest"])
    without_alias, gone = remove(versions, "lts")
    assert gone == ("lts",)
    assert without_alias.find("1.0") == VersionInfo("1.0", "1.0", ("stable",))
    without_version, gone = remove(versions, "1.0")
    assert set(gone) == {"1.0", "stable", "lts"}
    assert [i.version for i in without_version.entries] == ["2.0"]
    with pytest.raises(UsageError, match="no published version or alias 'nope'"):
        remove(versions, "nope")


@pytest.mark.parametrize("text", ["{", "{}", '[{"title": "x"}]', '[{"version": "1", "aliases": "latest"}]'])
def test_a_file_that_is_not_mikes_format_is_a_usage_error(text: str) -> None:
    with pytest.raises(UsageError, match="mike's format"):
        parse_versions(text)


def test_write_atomic_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "versions.json"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new\n")
    assert target.read_text("utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["versions.json"]
