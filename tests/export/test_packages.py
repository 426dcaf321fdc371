"""Packages of every sample course: schema-valid, learner view only, self-contained, small."""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import xmlschema

from lxkit.export.rules import pass_rule
from lxkit.model import Portal
from tests.export.conftest import KINDS, SAMPLE_COURSES, SCHEMAS, zip_files

pytestmark = pytest.mark.slow
PACKAGES = [(course, kind) for course in SAMPLE_COURSES for kind in KINDS]
REFERENCE = re.compile(r"""\s(?:href|src)=["']([^"']*)["']""")
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")
NOTE_BLOCK = re.compile(r"^!!! facilitator[^\n]*\n((?:(?: {4}[^\n]*)?\n)+)", re.M)


def _xml_namespace_schema(url: str) -> str:
    """``ims_xml.xsd`` cannot be parsed (see schemas/README.md): read W3C's xml.xsd in its place."""
    if url.endswith("/ims_xml.xsd"):
        return (Path(xmlschema.__file__).parent / "schemas" / "XML" / "xml.xsd").as_uri()
    return url


@pytest.fixture(scope="module")
def cmi5_schema() -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(SCHEMAS / "cmi5" / "CourseStructure.xsd"))


@pytest.fixture(scope="module")
def scorm_schema() -> xmlschema.XMLSchema11:
    names = ("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd")
    return xmlschema.XMLSchema11([str(SCHEMAS / "scorm12" / n) for n in names], uri_mapper=_xml_namespace_schema)


@pytest.mark.parametrize(("course", "kind"), PACKAGES)
def test_manifest_is_valid_against_the_official_schema(
    sample_packages: dict[tuple[str, str], Path],
    cmi5_schema: xmlschema.XMLSchema10,
    scorm_schema: xmlschema.XMLSchema11,
    course: str,
    kind: str,
) -> None:
    files = zip_files(sample_packages[course, kind])
    name, schema = ("cmi5.xml", cmi5_schema) if kind == "cmi5" else ("imsmanifest.xml", scorm_schema)
    schema.validate(files[name].decode("utf-8"))


def test_the_schemas_reject_a_broken_manifest(
    sample_packages: dict[tuple[str, str], Path],
    cmi5_schema: xmlschema.XMLSchema10,
    scorm_schema: xmlschema.XMLSchema11,
) -> None:
    cmi5 = zip_files(sample_packages[SAMPLE_COURSES[0], "cmi5"])["cmi5.xml"].decode()
    scorm = zip_files(sample_packages[SAMPLE_COURSES[0], "scorm12"])["imsmanifest.xml"].decode()
    assert not cmi5_schema.is_valid(cmi5.replace('moveOn="CompletedAndPassed"', 'moveOn="Whenever"'))
    assert not scorm_schema.is_valid(scorm.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="page"'))


def facilitator_lines(course_folder: Path) -> list[str]:
    """Lines of the course's facilitator notes plain enough to appear verbatim in HTML."""
    lines = []
    for source in sorted(course_folder.glob("*.md")):
        for block in NOTE_BLOCK.findall(source.read_text("utf-8")):
            lines += [s.strip() for s in block.splitlines() if len(s.strip()) > 40 and not set(s) & set("&<>\"'`*_[]")]
    return lines


@pytest.mark.parametrize(("course", "kind"), PACKAGES)
def test_no_file_holds_a_facilitator_note(
    sample_packages: dict[tuple[str, str], Path], repo_root: Path, course: str, kind: str
) -> None:
    notes = facilitator_lines(repo_root / "sample-courses" / course)
    assert len(notes) >= 4, "every sample module has a facilitator note to look for"
    for name, data in zip_files(sample_packages[course, kind]).items():
        text = data.decode("utf-8", "replace")
        leaked = [line for line in notes if line in text]
        assert not leaked, f"{name} holds facilitator notes: {leaked[:2]}"
        assert "facilitator" not in text.lower() or name.endswith(".js") or name.endswith(".css"), name


def references(name: str, data: bytes) -> list[str]:
    """The href/src of an HTML file and the url() of a stylesheet."""
    text = data.decode("utf-8", "replace")
    if name.endswith(".html"):
        return REFERENCE.findall(text)
    return CSS_URL.findall(text) if name.endswith(".css") else []


@pytest.mark.parametrize(("course", "kind"), PACKAGES)
def test_every_link_resolves_inside_the_package(
    sample_packages: dict[tuple[str, str], Path], sample_model: Portal, course: str, kind: str
) -> None:
    files = zip_files(sample_packages[course, kind])
    site = sample_model.config.site_url.rstrip("/")
    checked = 0
    for name, data in files.items():
        for url in references(name, data):
            assert not url.startswith(site), f"{name} links to the portal's site: {url}"
            parts = urlsplit(url)
            if parts.scheme in ("http", "https"):
                assert not name.endswith(".css"), f"{name} loads {url} from another site"
                continue
            if parts.scheme or url.startswith("#") or not parts.path:
                continue
            assert not url.startswith("/"), f"{name} links to the absolute path {url}"
            target = posixpath.normpath(posixpath.join(posixpath.dirname(name), parts.path))
            assert target in files, f"{name} links to {url}, which is not in the package"
            checked += 1
    assert checked > 10


@pytest.mark.parametrize(("course", "kind"), PACKAGES)
def test_no_script_or_stylesheet_comes_from_another_site(
    sample_packages: dict[tuple[str, str], Path], course: str, kind: str
) -> None:
    for name, data in zip_files(sample_packages[course, kind]).items():
        if name.endswith(".html"):
            tags = re.findall(r"<(?:script|link)\b[^>]*>", data.decode("utf-8"))
            assert not [t for t in tags if re.search(r"""(?:src|href)=["'](?:https?:)?//""", t)], name


@pytest.mark.parametrize(("course", "kind"), PACKAGES)
def test_one_unit_per_module_with_the_course_metadata(
    sample_packages: dict[tuple[str, str], Path], sample_model: Portal, course: str, kind: str
) -> None:
    model = sample_model.course(course)
    assert model is not None
    files = zip_files(sample_packages[course, kind])
    manifest = files["cmi5.xml" if kind == "cmi5" else "imsmanifest.xml"].decode("utf-8")
    for text in (model.title, model.version, f'lang="{model.language}"'):
        assert text in manifest
    assert model.summary.replace('"', "&quot;") in manifest or model.summary in manifest
    launches = re.findall(r"<url>([^<]+)</url>" if kind == "cmi5" else r'scormtype="sco"', manifest)
    assert len(launches) == len(model.modules)
    for module in model.modules:
        page = f"courses/{course}/{module.page_name}/index.html"
        assert page in files and page in manifest
        rule = pass_rule(module)
        if kind == "cmi5" and rule.mastery is not None:
            assert f'masteryScore="{rule.mastery}"' in manifest
    assert f"courses/{course}/index.html" not in files, "the LMS, not the package, shows the course overview"


def test_a_ten_module_course_weighs_at_most_one_and_a_half_times_its_learner_pages(
    tmp_path: Path,
) -> None:
    from lxkit.export.api import export_course, find_course
    from tests.builder import portal_factory as factory

    modules = [factory.module(n, n) for n in range(1, 11)]
    root = tmp_path / "portal"
    factory.write_portal(root, [factory.course("ten", modules)])
    site = factory.build(root, tmp_path / "site")
    pages = [
        site / "courses" / "ten" / "index.html",
        *[site / "courses" / "ten" / m.name / "index.html" for m in modules],
    ]
    used = used_files(site, pages)
    reference = sum(p.stat().st_size for p in pages) + sum(f.stat().st_size for f in used)
    portal = factory.load(root)
    for kind in KINDS:
        output = tmp_path / f"ten-{kind}.zip"
        export_course(portal, find_course(portal, "ten"), kind, output)
        with zipfile.ZipFile(output) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        assert unpacked <= 1.5 * reference, (kind, unpacked, reference)
        assert output.stat().st_size <= unpacked


def used_files(site: Path, pages: list[Path]) -> set[Path]:
    """The files a built portal's pages load (stylesheets, scripts, images), stylesheets followed."""
    found: set[Path] = set()
    queue = [(page, page.read_bytes()) for page in pages]
    while queue:
        path, data = queue.pop()
        for url in references(path.name, data):
            parts = urlsplit(url)
            if parts.scheme or not parts.path or url.startswith("#"):
                continue
            target = Path(os.path.normpath(path.parent / parts.path))
            if target.is_file() and target.suffix != ".html" and target not in found:
                found.add(target)
                queue.append((target, target.read_bytes()))
    return found
