"""``lxkit export pdf``: a course's learner workbook and facilitator guide as PDF files (IO).

The documents are the portal's handouts (:mod:`lxkit.builder.content.handouts`, made into PDF by
:mod:`lxkit.builder.render.pdf`); this module checks the course and the output folder, makes both
PDFs, and only then writes them (each through a temporary file and a rename). Existing files are
replaced only with ``force``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lxkit.builder.content.handouts import facilitator_guide, workbook
from lxkit.builder.render.pdf import html_to_pdf
from lxkit.builder.writer import write_if_changed
from lxkit.exceptions import UsageError
from lxkit.export.api import check_exportable
from lxkit.handout_names import FACILITATOR_GUIDE, HANDOUT_KINDS, WORKBOOK, handout_name
from lxkit.markdown import ParsedTexts
from lxkit.model import Course, Portal


@dataclass(frozen=True, slots=True)
class WrittenHandout:
    """One PDF written: its kind, path and size in bytes."""

    kind: str
    path: Path
    size: int


def handout_targets(course: Course, folder: Path, force: bool) -> dict[str, Path]:
    """Where the two PDFs go in ``folder``.

    Refuses a file where the folder should be, and PDFs that exist already unless ``force``.
    """
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file: --out names the folder the PDFs go into, e.g. --out handouts")
    targets = {kind: folder / handout_name(course.folder, kind) for kind in HANDOUT_KINDS}
    existing = [str(path) for path in targets.values() if path.exists()]
    if existing and not force:
        verb = "exists" if len(existing) == 1 else "exist"
        raise UsageError(
            f"{' and '.join(existing)} already {verb}: add --force to replace, or choose another --out folder"
        )
    return targets


def export_handouts(portal: Portal, course: Course, folder: Path, force: bool = False) -> list[WrittenHandout]:
    """Write ``<course>-workbook.pdf`` and ``<course>-facilitator-guide.pdf`` into ``folder``."""
    check_exportable(course)
    targets = handout_targets(course, folder, force)
    texts = ParsedTexts()
    documents = {WORKBOOK: workbook(portal, course, texts), FACILITATOR_GUIDE: facilitator_guide(portal, course, texts)}
    pdfs = {kind: html_to_pdf(document.html) for kind, document in documents.items()}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for kind, target in targets.items():
            write_if_changed(target, pdfs[kind])
    except OSError as error:
        raise UsageError(f"cannot write the PDFs into {folder}: {error.strerror or error}") from error
    return [WrittenHandout(kind, targets[kind], os.path.getsize(targets[kind])) for kind in HANDOUT_KINDS]
