"""Print HTML -> PDF with WeasyPrint: tagged, with an outline, title and language, the same bytes every time,
and nothing fetched from anywhere."""

from __future__ import annotations

import http.server
import io
from pathlib import Path
from typing import Any, ClassVar

from PIL import Image
from pypdf import PdfReader

from lxkit.builder.render.pdf import html_to_pdf, is_handout, staged_bytes
from tests.conftest import StaticServer

DOCUMENT = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Arbeitsheft: Daten</title>
<style>h1 {{ bookmark-level: 1 }} h2 {{ bookmark-level: 2 }}</style>{head}</head>
<body><h1>Woche 1</h1><h2>Vorbereitung</h2><p>Text {body}</p><h1>Woche 2</h1><p>Mehr</p></body></html>
"""


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def images(pdf: PdfReader) -> int:
    return sum(len(page.images) for page in pdf.pages)


def test_the_pdf_is_tagged_with_outline_title_and_language() -> None:
    pdf = reader(html_to_pdf(DOCUMENT.format(head="", body="")))
    root = pdf.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "de" and root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert pdf.metadata is not None and pdf.metadata.title == "Arbeitsheft: Daten"
    top = [item for item in pdf.outline if not isinstance(item, list)]
    assert [item.title for item in top] == ["Woche 1", "Woche 2"]
    assert [child.title for child in pdf.outline[1]] == ["Vorbereitung"]


def test_the_same_document_gives_the_same_bytes() -> None:
    html = DOCUMENT.format(head="", body="")
    assert html_to_pdf(html) == html_to_pdf(html)
    assert html_to_pdf(html) != html_to_pdf(DOCUMENT.format(head="", body="changed"))


def test_no_file_on_disk_is_read(tmp_path: Path) -> None:
    picture = tmp_path / "secret.png"
    Image.new("RGB", (40, 40), "red").save(picture)
    (tmp_path / "style.css").write_text("body { background: url(secret.png) }", "utf-8")
    head = f'<link rel="stylesheet" href="{(tmp_path / "style.css").as_uri()}">'
    body = f'<img src="{picture.as_uri()}" alt="a picture"><img src="secret.png" alt="relative">'
    pdf = reader(html_to_pdf(DOCUMENT.format(head=head, body=body)))
    assert images(pdf) == 0
    assert "a picture" in pdf.pages[0].extract_text()  # the alt text in the image's place


class CountingHandler(http.server.SimpleHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CountingHandler.requests.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_no_server_is_called(tmp_path: Path) -> None:
    Image.new("RGB", (40, 40), "blue").save(tmp_path / "tracker.png")
    server = StaticServer(tmp_path, CountingHandler)
    try:
        head = f'<link rel="stylesheet" href="{server.url}style.css"><style>@import "{server.url}x.css";</style>'
        body = f'<img src="{server.url}tracker.png" alt="tracker">'
        pdf = reader(html_to_pdf(DOCUMENT.format(head=head, body=body)))
    finally:
        server.close()
    assert CountingHandler.requests == [] and images(pdf) == 0


def test_only_pdf_paths_are_handouts() -> None:
    assert is_handout("courses/c/c-workbook.pdf") and not is_handout("catalog.json")
    assert staged_bytes("catalog.json", "{}") == b"{}"
    assert staged_bytes("c/c-workbook.pdf", DOCUMENT.format(head="", body="")).startswith(b"%PDF-1.7")
