"""Schema validation: the compiled fast check and jsonschema agree, and problems are worded for authors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lxkit.sourcefile import parse_source
from lxkit.validation import _validator, is_valid, validate

ROOT = Path(__file__).resolve().parent.parent


def sample_front_matter() -> list[tuple[str, dict[str, Any]]]:
    """(kind, data) of every course and module of the sample courses."""
    found = []
    for path in sorted((ROOT / "sample-courses").rglob("*.md")):
        data = parse_source(str(path), path.read_text("utf-8")).data
        if isinstance(data, dict) and data:
            found.append(("course" if path.name == "index.md" else "module", data))
    return found


SAMPLES = sample_front_matter()
values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 300)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["", "x", "1.0.0", "1.0", "application", "business", "https://a.example/x", "ab-c", "AB C"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["id", "text", "minutes", "x"]), inner),
    max_leaves=6,
)


def jsonschema_says_valid(data: Any, kind: str) -> bool:
    """The reference verdict: jsonschema finds no error."""
    return next(iter(_validator(kind).iter_errors(data)), None) is None


def mutate(data: Any, choices: list[int], replacement: Any) -> Any:
    """``data`` with one nested value (picked by ``choices``) replaced or removed."""
    if not choices or not isinstance(data, dict | list) or not data:
        return replacement
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[choices[0] % len(keys)]
    copy: Any = dict(data) if isinstance(data, dict) else list(data)
    if len(choices) == 1 and isinstance(copy, dict) and replacement is None:
        del copy[key]
        return copy
    copy[key] = mutate(copy[key], choices[1:], replacement)
    return copy


def test_sample_courses_are_valid_for_both_validators() -> None:
    assert len(SAMPLES) > 10
    for kind, data in SAMPLES:
        assert is_valid(data, kind)
        assert jsonschema_says_valid(data, kind)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sample=st.sampled_from(SAMPLES),
    choices=st.lists(st.integers(0, 40), min_size=1, max_size=4),
    replacement=values,
)
def test_fast_check_agrees_with_jsonschema(
    sample: tuple[str, dict[str, Any]], choices: list[int], replacement: Any
) -> None:
    kind, data = sample
    changed = mutate(data, choices, replacement)
    assert is_valid(changed, kind) == jsonschema_says_valid(changed, kind)


def test_invalid_front_matter_is_still_explained() -> None:
    text = "---\ntitle: Week 1\nweek: one\njourney_stage: aplication\n---\nBody\n"
    issues = validate(parse_source("m.md", text), "module")
    messages = [(issue.line, issue.message) for issue in issues]
    assert (3, "'week' is one but must be a whole number from 1 to 104; write it as:  week: 1") in messages
    assert any(line == 4 and "did you mean 'application'" in message for line, message in messages)
