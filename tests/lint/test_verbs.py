"""Objective verbs: lead-ins and adverbs are skipped; no Bloom level is ever inferred."""

from __future__ import annotations

import pytest

from lxkit.lint.verbs import (
    DEFAULT_MEASURABLE_VERBS,
    DEFAULT_UNMEASURABLE_VERBS,
    first_word,
    known_start,
    normalise,
    suggestions,
    vague_start,
)


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Understand confidence intervals.", "understand"),
        ("Learners will be able to understand X", "understand"),
        ("You will fully understand X", "understand"),
        ("Be familiar with pandas.", "be familiar with"),
        ("be aware of bias", "be aware of"),
        ("Gain an understanding of p-values", "gain an understanding of"),
        ("To know the rules", "know"),
        ("Explain what understanding means", None),
        ("Knowledge-check your answers", None),
        ("Identify a bias", None),
        ("", None),
    ],
)
def test_vague_start(text: str, vague: str | None) -> None:
    assert vague_start(text, DEFAULT_UNMEASURABLE_VERBS) == vague


def test_normalise_and_first_word() -> None:
    assert normalise("Participants will be able to: Clearly explain X!") == "explain x"
    assert first_word("You can set up a pipeline") == "set"
    assert known_start("You can set up a pipeline", DEFAULT_MEASURABLE_VERBS)
    assert not known_start("Grok the pipeline", DEFAULT_MEASURABLE_VERBS)


def test_suggestions() -> None:
    assert suggestions(DEFAULT_MEASURABLE_VERBS) == "explain, compare, apply, analyse, evaluate or design"
    assert suggestions(["explain"]) == "explain"
