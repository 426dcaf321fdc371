"""The one writer of JSON inside ``<script>``: hostile strings stay data, the value is unchanged."""

from __future__ import annotations

import json

import pytest

from lxkit.publish.redirects import js_string
from lxkit.scriptjson import script_json

HOSTILE = ["</script><script>alert(1)</script>", "<!-- <script>", "a & b", "x\u2028y\u2029z", "]]>", "é 中文"]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("options", [{}, {"ascii_only": True}, {"compact": False, "sort_keys": True}])
def test_hostile_text_cannot_leave_the_script_and_reads_back_equal(text: str, options: dict[str, bool]) -> None:
    written = script_json({"name": text, "list": [text]}, **options)
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in written
    assert json.loads(written) == {"name": text, "list": [text]}


def test_redirect_pages_use_the_same_writer() -> None:
    assert js_string("</script>") == script_json("</script>", ascii_only=True) == '"\\u003c/script\\u003e"'
