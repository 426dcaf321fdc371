"""The file names of a course's printed handouts, which no file of its course folder may take (pure).

The build writes the learner workbook and the facilitator guide beside the course page
(``courses/<id>/<id>-workbook.pdf``, ``<id>-facilitator-guide.pdf``) when the portal asks for
them (``handouts: true`` under ``lxkit:``); a course file of the same name would be copied to the
same place, so the loader reports it (LX019) instead of letting one overwrite the other. Names of
different courses never meet: each course has its own folder, and the names end in the kind.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxkit.model import PortalConfig

WORKBOOK = "workbook"
FACILITATOR_GUIDE = "facilitator-guide"
HANDOUT_KINDS = (WORKBOOK, FACILITATOR_GUIDE)
HANDOUT_TITLES = {WORKBOOK: "Learner workbook", FACILITATOR_GUIDE: "Facilitator guide"}


def handout_name(folder: str, kind: str) -> str:
    """``<course>-workbook.pdf`` or ``<course>-facilitator-guide.pdf``."""
    return f"{folder}-{kind}.pdf"


def handouts_on(config: PortalConfig) -> bool:
    """Whether the build writes the handouts into the site (``lxkit.handouts: true``; off by default)."""
    return config.raw.get("handouts") is True


def taken_names(config: PortalConfig, folder: str) -> Mapping[str, str]:
    """File names in a course folder that the build's handouts take (name -> kind); none when they are off."""
    if not handouts_on(config):
        return {}
    return {handout_name(folder, kind): kind for kind in HANDOUT_KINDS}
