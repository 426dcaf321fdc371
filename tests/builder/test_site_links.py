"""The sample portal has no broken internal links (learner and trainer views)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers_links import broken_links, page_links, resolves


def test_sample_portal_has_no_broken_internal_links(sample_site: Path) -> None:
    assert (sample_site / "index.html").is_file()
    assert (sample_site / "trainer" / "index.html").is_file()
    assert broken_links(sample_site) == []


def test_link_checker_finds_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<a href="../b/">b</a><img src="x.png"><a href="https://e.org">e</a>')
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "index.html").write_text('<a href="#top">top</a>')
    assert page_links((tmp_path / "a" / "index.html").read_text()) == ["../b/", "x.png", "https://e.org"]
    assert resolves(tmp_path, "a/index.html", "../b/")
    assert [(b.page, b.target) for b in broken_links(tmp_path)] == [("a/index.html", "x.png")]
    assert resolves(tmp_path, "404.html", "/b/") and not resolves(tmp_path, "404.html", "/nope/")
    assert resolves(tmp_path, "404.html", "/learn/b/", base_path="/learn/")
    assert not resolves(tmp_path, "404.html", "/b/", base_path="/learn/")
