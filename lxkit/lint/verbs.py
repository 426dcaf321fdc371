"""Action verbs of learning objectives (after Anderson & Krathwohl's revision of Bloom's taxonomy).

Lists differ between sources and institutions (some ban "identify" or "recognise", others do
not), so both lists are defaults that a portal can replace with the options
``unmeasurable_verbs`` and ``measurable_verbs``. lxkit never infers a Bloom level from a verb:
it only checks whether an objective starts with something a learner can be observed doing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DEFAULT_UNMEASURABLE_VERBS: tuple[str, ...] = (
    "understand",
    "know",
    "learn",
    "appreciate",
    "be aware of",
    "become aware of",
    "be familiar with",
    "become familiar with",
    "be acquainted with",
    "get to know",
    "gain an understanding of",
    "gain knowledge of",
    "have knowledge of",
    "comprehend",
    "grasp",
    "realise",
    "realize",
    "believe",
    "internalise",
    "internalize",
    "be exposed to",
    "get a feel for",
    "think about",
)

# fmt: off
DEFAULT_MEASURABLE_VERBS: tuple[str, ...] = (
    "explain", "compare", "apply", "analyse", "evaluate", "design",
    "describe", "summarise", "summarize", "classify", "interpret", "illustrate", "paraphrase", "contrast",
    "list", "name", "define", "state", "recall", "identify", "recognise", "recognize", "label", "outline",
    "use", "implement", "demonstrate", "calculate", "solve", "run", "perform", "operate", "configure",
    "estimate", "measure", "map", "sketch", "model", "predict", "test", "debug", "fix",
    "analyze", "differentiate", "distinguish", "examine", "diagnose", "investigate", "organise", "organize",
    "prioritise", "prioritize", "categorise", "categorize", "break down", "trace",
    "judge", "critique", "assess", "justify", "argue", "defend", "recommend", "decide", "select", "choose",
    "review", "check", "verify", "validate", "weigh",
    "create", "build", "plan", "produce", "draft", "write", "compose", "develop", "construct", "formulate",
    "propose", "pitch", "present", "prototype", "redesign", "facilitate", "teach", "deliver", "lead",
    "coach", "give", "prepare", "set up", "adapt", "negotiate", "report", "communicate", "frame",
    "reframe", "decompose", "integrate", "combine", "rewrite", "spot", "detect",
)

_LEAD_INS = (
    "learners will be able to", "participants will be able to", "students will be able to",
    "you will be able to", "learners will", "participants will", "students will", "you will",
    "learners can", "participants can", "you can", "be able to", "able to", "to",
)
_ADVERBS = frozenset(
    {"fully", "better", "really", "clearly", "deeply", "thoroughly", "properly", "truly", "confidently"}
)
# fmt: on
_WORDS = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def normalise(text: str) -> str:
    """An objective's start as plain words: lower case, lead-ins like "You will be able to" removed."""
    words = " ".join(_WORDS.findall(text.lower()))
    changed = True
    while changed:
        changed = False
        for lead_in in _LEAD_INS:
            if words == lead_in or words.startswith(lead_in + " "):
                words, changed = words[len(lead_in) :].lstrip(), True
        first, _, rest = words.partition(" ")
        if first in _ADVERBS:
            words, changed = rest, True
    return words


def starts_with(words: str, phrase: str) -> bool:
    """Whether normalised words begin with a whole phrase."""
    return words == phrase or words.startswith(phrase + " ")


def vague_start(text: str, unmeasurable: Iterable[str]) -> str | None:
    """The non-observable verb (or phrase) an objective starts with, if any."""
    words = normalise(text)
    return next((p for p in sorted(unmeasurable, key=len, reverse=True) if p and starts_with(words, p)), None)


def first_word(text: str) -> str:
    """The first word of an objective after its lead-in."""
    return normalise(text).partition(" ")[0]


def known_start(text: str, measurable: Iterable[str]) -> bool:
    """Whether an objective starts with one of the measurable verbs."""
    words = normalise(text)
    return any(phrase and starts_with(words, phrase) for phrase in measurable)


def suggestions(measurable: Iterable[str], count: int = 6) -> str:
    """``explain, compare, apply, analyse, evaluate or design``: verbs to suggest in a message."""
    verbs = list(dict.fromkeys(measurable))[:count]
    if len(verbs) < 2:
        return "".join(verbs)
    return ", ".join(verbs[:-1]) + " or " + verbs[-1]
