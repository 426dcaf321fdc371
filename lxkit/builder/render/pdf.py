"""Print HTML -> tagged PDF with WeasyPrint: the handouts of :mod:`lxkit.builder.content.handouts`.

The PDF is PDF/UA-1 (tagged: a structure tree from the HTML elements, the document title shown
in the viewer's title bar, the document language), its outline (bookmarks) is the handout's
table of contents (``bookmark-level`` in the print stylesheet), and its title, author and
language come from the HTML ``<head>``. The same HTML always gives the same bytes (no dates, no
random file identifier), so a rebuild writes an unchanged handout unchanged.

Nothing is fetched while rendering: the stylesheet is inline, and a course's image, stylesheet or
font reference (any scheme: ``file:``, ``http:``, ``data:``) is refused, so a course file cannot
make the build read a file outside the portal or call a server; WeasyPrint prints an image's alt
text in its place. WeasyPrint needs the Pango library; without it :class:`PdfUnavailable` says
what to install.
"""

from __future__ import annotations

import logging
from typing import Any

from lxkit.exceptions import UsageError

PDF_SUFFIX = ".pdf"
PDF_VARIANT = "pdf/ua-1"
PDF_IDENTIFIER = True  # a digest of the content: the same document, the same identifier


class PdfUnavailable(UsageError):
    """WeasyPrint or the system libraries it needs are not installed (exit 2)."""


def _weasyprint() -> Any:
    try:
        import weasyprint
    except (ImportError, OSError) as error:
        raise PdfUnavailable(
            "PDF handouts need WeasyPrint and the Pango library: install lxkit again "
            "('pip install lxkit') and Pango ('apt-get install libpango-1.0-0 libpangoft2-1.0-0' on "
            f"Debian or Ubuntu, 'brew install pango' on macOS); the error was: {error}"
        ) from error
    return weasyprint


def _refusing_fetcher(weasyprint: Any) -> Any:
    """A URL fetcher that fetches nothing (WeasyPrint logs each refusal and goes on)."""

    class RefuseAll(weasyprint.URLFetcher):  # type: ignore[misc, name-defined]
        def fetch(self, url: str, headers: Any = None) -> Any:
            raise ValueError(f"handouts load nothing from outside the document: {url[:80]}")

    return RefuseAll()


def html_to_pdf(html: str) -> bytes:
    """The tagged PDF of one print HTML document."""
    weasyprint = _weasyprint()
    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # refused fetches are expected, not news
    document = weasyprint.HTML(string=html, url_fetcher=_refusing_fetcher(weasyprint))
    data: bytes = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=PDF_IDENTIFIER)
    return data


def is_handout(path: str) -> bool:
    """Whether a staged file is a handout (its staged text is print HTML, its output a PDF)."""
    return path.endswith(PDF_SUFFIX)


def staged_bytes(path: str, content: str) -> bytes:
    """What a staged file becomes in the site: a handout's PDF, or the staged text itself."""
    return html_to_pdf(content) if is_handout(path) else content.encode("utf-8")
