"""The one URL reader: malformed URLs are answers, never exceptions."""

from __future__ import annotations

import pytest

from lxkit import weburls

MALFORMED = ["http://[x", "https://[::1", "//[x/y", "http://]x["]


@pytest.mark.parametrize("url", MALFORMED)
def test_a_malformed_url_is_an_answer_not_an_exception(url: str) -> None:
    assert weburls.split(url) is None
    assert weburls.host(url) == ""
    assert weburls.path(url) == ""
    assert weburls.safe_external_url(url) is None
    assert weburls.is_external(url)
    assert weburls.web_url_problem(url) == "is not a valid address"


def test_links_the_build_keeps_and_drops() -> None:
    assert weburls.safe_external_url(" https://example.org/a ") == "https://example.org/a"
    assert weburls.safe_external_url("mailto:ada@acme.example") == "mailto:ada@acme.example"
    for unsafe in ("javascript:alert(1)", "java\tscript:alert(1)", "https://", "ftp://x.org/", "02-next.md"):
        assert weburls.safe_external_url(unsafe) is None, unsafe


def test_external_and_relative_links() -> None:
    assert weburls.is_external("https://x.org") and weburls.is_external("//x.org/a")
    assert not weburls.is_external("02-next.md") and not weburls.is_external("#top")
    assert weburls.path("https://x.org/academy") == "/academy"
