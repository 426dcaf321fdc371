"""Web pages, scripts and SVG pictures with script in course folders are never published."""

from __future__ import annotations

from pathlib import Path

import pytest

from lxkit.activecontent import active_problem
from lxkit.builder.content.assets import folder_assets
from lxkit.config import load_config
from lxkit.loader import load_portal
from tests.helpers import write_portal

PLAIN_SVG = '<svg xmlns="http://www.w3.org/2000/svg"><title>Sales</title><rect width="4" height="2"/></svg>'


@pytest.mark.parametrize(
    "svg",
    [
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        '<svg><a xlink:href="&#106;avascript:alert(1)"><text>x</text></a></svg>',
        '<svg><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>',
        "<svg><SCRIPT >alert(1)</SCRIPT></svg>",
    ],
)
def test_an_svg_holding_script_is_a_problem(tmp_path: Path, svg: str) -> None:
    path = tmp_path / "chart.svg"
    path.write_text(svg, "utf-8")
    assert "holds script" in active_problem("chart.svg", str(path), in_subfolder=False)


def test_a_plain_svg_and_assets_are_fine_and_pages_only_count_in_subfolders(tmp_path: Path) -> None:
    path = tmp_path / "chart.svg"
    path.write_text(PLAIN_SVG, "utf-8")
    assert active_problem("chart.svg", str(path), in_subfolder=True) == ""
    assert active_problem("handout.pdf", str(tmp_path / "handout.pdf"), in_subfolder=True) == ""
    assert active_problem("quiz.html", str(tmp_path / "quiz.html"), in_subfolder=False) == ""
    assert "web page or script" in active_problem("quiz.HTML", str(tmp_path / "quiz.HTML"), in_subfolder=True)


def test_lint_reports_them_and_the_build_never_copies_them(tmp_path: Path) -> None:
    root = write_portal(tmp_path / "portal")
    folder = root / "courses" / "demo"
    (folder / "files").mkdir()
    (folder / "files" / "quiz.html").write_text("<script>alert(document.cookie)</script>", "utf-8")
    (folder / "files" / "app.js").write_text("alert(1)", "utf-8")
    (folder / "files" / "chart.svg").write_text(PLAIN_SVG, "utf-8")
    (folder / "evil.svg").write_text('<svg onload="alert(1)"/>', "utf-8")
    portal = load_portal(load_config(root / "mkdocs.yml"))
    found = {f.path: f for f in portal.all_problems() if f.code == "LX014"}
    assert sorted(found) == ["courses/demo/evil.svg", "courses/demo/files/app.js", "courses/demo/files/quiz.html"]
    assert "in the portal's name" in found["courses/demo/files/quiz.html"].message
    course = portal.course("demo")
    assert course is not None
    assert [docs for _, docs in folder_assets(root / "courses", course)] == ["courses/demo/files/chart.svg"]
