"""Words shown to learners for the format's enumerations."""

from __future__ import annotations

STAGE_NAMES = {
    "awareness": "Awareness",
    "capability-building": "Capability building",
    "application": "Application",
    "reinforcement": "Reinforcement",
    "measurement": "Measurement",
}
KIND_NAMES = {"mooc": "Online course", "video": "Video", "reading": "Reading", "podcast": "Podcast", "tool": "Tool"}
ACTIVITY_NAMES = {
    "discussion": "Discussion",
    "q-and-a": "Q&A",
    "practice": "Practice",
    "demo": "Demo",
    "teach-back": "Teach-back",
    "presentation": "Presentation",
    "pitch": "Pitch",
    "lecture": "Input",
}
ACTIVITY_HINTS = {
    "presentation": "Learners present; keep each to its time and collect the group's feedback.",
    "pitch": "Learners pitch for a decision: invite the decision makers and agree how they answer.",
}
"""The trainer run sheet's note for an activity the author gave no note for."""
FORMAT_NAMES = {
    "flipped-classroom": "Flipped classroom",
    "blended": "Blended",
    "self-paced": "Self-paced",
    "live": "Live",
}
ROLE_NAMES = {"sme": "Subject-matter expert", "business": "Business co-owner", "ld": "L&D", "trainer": "Trainer"}
STATUS_NAMES = {"draft": "Draft", "pilot": "Pilot", "published": "Published", "retired": "Retired"}

ALL_LABELS = {
    "stage_names": STAGE_NAMES,
    "kind_names": KIND_NAMES,
    "activity_names": ACTIVITY_NAMES,
    "activity_hints": ACTIVITY_HINTS,
    "format_names": FORMAT_NAMES,
    "role_names": ROLE_NAMES,
    "status_names": STATUS_NAMES,
}
