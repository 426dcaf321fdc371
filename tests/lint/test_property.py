"""Random front-matter and Markdown: lint returns findings and never raises (nor has a rule crash)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lxkit.front_matter import course_from_source, module_from_source
from lxkit.lint.engine import lint_portal
from lxkit.loader import source_problems
from lxkit.model import Capability, Portal, PortalConfig
from lxkit.sourcefile import parse_source

MODULE_KEYS = ["title", "week", "journey_stage", "objectives", "pre_work", "session", "exercise", "check", "reflection"]
COURSE_KEYS = [
    "id",
    "title",
    "summary",
    "version",
    "status",
    "format",
    "owners",
    "capabilities",
    "business_goal",
    "learner_value",
    "schedule",
    "capstone",
]
WORDS = ["understand", "explain", "lecture", "practice", "single", "text", "true", "LX102", "-", ":", "#", "%", "ü"]
URLS = [
    "02-x.md",
    "#a",
    "../other/index.md#b",
    "javascript:alert(1)",
    "https://youtube.com/x",
    "http://a b",
    "data:text/html,x",
    "",
    "//host",
    "mailto:a@b",
    "chart.png",
    "https://[::1",
    "%zz",
]

# Any YAML text, control characters included: the YAML reader refuses those, and the loader turns
# that into an LX207 finding (see test_control_character_in_front_matter_is_a_finding).
yaml_text = st.text(st.characters(blacklist_categories=("Cs", "Cn")) | st.sampled_from("\t\n"), max_size=20)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 500),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(WORDS + URLS),
    yaml_text,
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "text",
                    "url",
                    "minutes",
                    "kind",
                    "objectives",
                    "options",
                    "correct",
                    "feedback",
                    "question",
                    "activities",
                    "title",
                    "github",
                    "role",
                ]
            ),
            inner,
            max_size=5,
        ),
    ),
    max_leaves=12,
)
snippets = st.one_of(
    st.text(max_size=40),
    st.builds(lambda level, text: "#" * level + " " + text, st.integers(1, 7), st.text(max_size=15)),
    st.builds(lambda text, url: f"[{text}]({url})", st.sampled_from(["here", "", "a [b]", "x"]), st.sampled_from(URLS)),
    st.builds(lambda alt, url: f"![{alt}]({url})", st.sampled_from(["", "alt"]), st.sampled_from(URLS)),
    st.sampled_from(
        [
            "<script>x</script>",
            '<iframe src="https://evil.example/"></iframe>',
            '<b onclick="x">b</b>',
            "<img src=x>",
            "!!! excercise",
            '!!! facilitator "x"\n    text',
            "???+ note",
            "<!-- lxkit: disable LX202 -->",
            "<!-- lxkit: disable-next-line LX999 -->",
            "<!-- lxkit: disable-line -->",
            "<!--",
            "```\ncode",
            "| a |\n| - |",
            "[^1]\n\n[^1]: note",
            "[ref]\n\n[ref]: 02-x.md",
            "<https://a.example>",
            "\r\n",
            "\x00",
            "\t- item",
        ]
    ),
)


def front_matter(keys: list[str]) -> st.SearchStrategy[str]:
    mapping = st.dictionaries(st.sampled_from(keys), values, max_size=len(keys))
    dumped = mapping.map(lambda data: "---\n" + yaml.safe_dump(data, allow_unicode=True) + "---\n")
    broken = yaml_text.map(lambda text: f"---\n{text}\n---\n")
    return st.one_of(dumped, dumped, broken, st.just(""), st.just("---\nunclosed: [\n"))


def document(keys: list[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda head, parts: head + "\n\n".join(parts), front_matter(keys), st.lists(snippets, max_size=8))


def portal(root: Path, index: str, modules: list[str]) -> Portal:
    config = PortalConfig(
        root=str(root),
        config_file=str(root / "mkdocs.yml"),
        site_name="Property",
        courses_dir="courses",
        capabilities=(Capability("data-literacy", "Data literacy", ""),),
        providers=("youtube.com",),
    )
    source = parse_source("courses/c/index.md", index)
    parsed = []
    for number, text in enumerate(modules, start=1):
        module_source = parse_source(f"courses/c/{number:02d}-m.md", text)
        parsed.append(module_from_source(module_source, number, "m", tuple(source_problems(module_source, "module"))))
    course = course_from_source(source, "c", tuple(source_problems(source, "course", "c")), tuple(parsed), ())
    return Portal(config, (course,))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=document(COURSE_KEYS), modules=st.lists(document(MODULE_KEYS), max_size=3))
def test_lint_never_raises(tmp_path_factory: Any, index: str, modules: list[str]) -> None:
    root = tmp_path_factory.getbasetemp() / "property-portal"
    result = lint_portal(portal(root, index, modules))
    crashes = [f"{f.location()} {f.message}" for f in result.findings if f.code == "LX098"]
    assert not crashes, crashes
    assert result.files == 1 + len(modules)
    assert all(f.line >= 1 and f.column >= 1 and f.path.startswith("courses/c/") for f in result.findings)


def test_control_character_in_front_matter_is_a_finding(tmp_path: Path) -> None:
    result = lint_portal(portal(tmp_path, "---\ntitle: a\x1f\n---\n\nText.\n", []))
    assert "LX207" in {finding.code for finding in result.findings}
