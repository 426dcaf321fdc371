"""A search index spliced around changed units is byte for byte the index written from scratch."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lxkit.builder.engine.search_splice import IndexLayout, splice_index

HEADER = '{"config":{"lang":["en"]},"docs":['
Units = list[tuple[str, str]]  # name, text

NAMES = ["_portal", "alpha", "beta", "gamma", "delta"]
units = st.lists(
    st.tuples(st.sampled_from(NAMES), st.sampled_from(["", "{1}", "{2},{3}", "{é}"])),
    max_size=5,
    unique_by=lambda unit: unit[0],
)


def expected(written: Units) -> bytes:
    return (HEADER + ",".join(text for _, text in written if text) + "]}").encode("utf-8")


def write(target: Path, written: Units, old: IndexLayout | None) -> IndexLayout:
    texts = dict(written)
    return splice_index(target, HEADER, [(name, f"sum-{text}") for name, text in written], texts.__getitem__, old)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=units, after=units)
def test_splicing_gives_the_index_written_from_scratch(
    tmp_path_factory: pytest.TempPathFactory, before: Units, after: Units
) -> None:
    target = tmp_path_factory.mktemp("splice") / "search_index.json"
    old = write(target, before, None)
    assert target.read_bytes() == expected(before)
    write(target, after, IndexLayout.from_bytes(old.to_bytes()))
    assert target.read_bytes() == expected(after)


def test_unchanged_units_are_copied_not_read(tmp_path: Path) -> None:
    target = tmp_path / "search_index.json"
    written = [("_portal", "{p}"), ("alpha", "{a}"), ("beta", "{b}")]
    old = write(target, written, None)
    asked: list[str] = []
    texts = {"_portal": "{p}", "alpha": "{A}", "beta": "{b}"}

    def text_of(name: str) -> str:
        asked.append(name)
        return texts[name]

    splice_index(target, HEADER, [("_portal", "sum-{p}"), ("alpha", "sum-{A}"), ("beta", "sum-{b}")], text_of, old)
    assert asked == ["alpha"]
    assert target.read_bytes() == expected(list(texts.items()))


def test_a_changed_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "search_index.json"
    written = [("_portal", "{p}"), ("alpha", "{a}")]
    old = write(target, written, None)
    target.write_text("damaged", encoding="utf-8")
    write(target, written, old)
    assert target.read_bytes() == expected(written)
    assert IndexLayout.from_bytes(b"garbage") is None


def test_without_kernel_copy_the_bytes_are_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def unsupported(*args: object) -> int:
        raise OSError("not supported on this file system")

    monkeypatch.setattr("os.copy_file_range", unsupported, raising=False)
    target = tmp_path / "search_index.json"
    old = write(target, [("_portal", "{p}"), ("alpha", "{a}"), ("beta", "{b}")], None)
    after = [("_portal", "{p}"), ("alpha", "{changed}"), ("beta", "{b}")]
    write(target, after, old)
    assert target.read_bytes() == expected(after)
