"""``imsmanifest.xml``: the IMS Content Packaging 1.1.2 manifest of a SCORM 1.2 package (pure).

One organization with one item per module, each item launching a SCO resource (the module page);
the theme assets the pages share are one ``asset`` resource every SCO depends on. The course's
title, description, language and version are IMS metadata (LOM 1.2) in the manifest's metadata.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree

from lxkit.export.plan import PackagePlan, Unit

CP_NS = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
ADLCP_NS = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
MD_NS = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SCHEMA_LOCATIONS = f"{CP_NS} imscp_rootv1p1p2.xsd {MD_NS} imsmd_rootv1p2p1.xsd {ADLCP_NS} adlcp_rootv1p2.xsd"
SHARED_ID = "lxkit-shared-assets"


def _q(name: str, namespace: str = CP_NS) -> str:
    return f"{{{namespace}}}{name}"


def _sub(parent: ElementTree.Element, name: str, text: str | None = None, **attributes: str) -> ElementTree.Element:
    element = ElementTree.SubElement(parent, name, attributes)
    element.text = text
    return element


def _langstring(parent: ElementTree.Element, name: str, text: str, language: str) -> None:
    holder = _sub(parent, _q(name, MD_NS))
    _sub(holder, _q("langstring", MD_NS), text, **{_q("lang", XML_NS): language})


def _metadata(manifest: ElementTree.Element, plan: PackagePlan) -> None:
    metadata = _sub(manifest, _q("metadata"))
    _sub(metadata, _q("schema"), "ADL SCORM")
    _sub(metadata, _q("schemaversion"), "1.2")
    lom = _sub(metadata, _q("lom", MD_NS))
    general = _sub(lom, _q("general", MD_NS))
    _langstring(general, "title", plan.title, plan.language)
    _sub(general, _q("language", MD_NS), plan.language)
    _langstring(general, "description", plan.description, plan.language)
    lifecycle = _sub(lom, _q("lifecycle", MD_NS))
    _langstring(lifecycle, "version", plan.version, "x-none")


def _item(organization: ElementTree.Element, unit: Unit) -> None:
    item = _sub(organization, _q("item"), identifier=f"item-{unit.key}", identifierref=f"sco-{unit.key}")
    _sub(item, _q("title"), unit.title)
    if unit.rule.mastery_percent is not None:
        _sub(item, _q("masteryscore", ADLCP_NS), str(unit.rule.mastery_percent))


def _resources(manifest: ElementTree.Element, plan: PackagePlan, shared: Sequence[str]) -> None:
    resources = _sub(manifest, _q("resources"))
    for unit in plan.units:
        attributes = {"identifier": f"sco-{unit.key}", "type": "webcontent", "href": unit.launch}
        resource = _sub(resources, _q("resource"), **attributes, **{_q("scormtype", ADLCP_NS): "sco"})
        _sub(resource, _q("file"), href=unit.launch)
        _sub(resource, _q("dependency"), identifierref=SHARED_ID)
    asset = _sub(resources, _q("resource"), identifier=SHARED_ID, type="webcontent")
    asset.set(_q("scormtype", ADLCP_NS), "asset")
    for path in shared:
        _sub(asset, _q("file"), href=path)


def scorm_manifest(plan: PackagePlan, shared: Sequence[str]) -> bytes:
    """The ``imsmanifest.xml`` document; ``shared`` lists the package's files other than the module pages."""
    for prefix, namespace in (("", CP_NS), ("adlcp", ADLCP_NS), ("imsmd", MD_NS), ("xsi", XSI_NS)):
        ElementTree.register_namespace(prefix, namespace)
    manifest = ElementTree.Element(_q("manifest"), {"identifier": f"lxkit-{plan.course_id}", "version": plan.version})
    manifest.set(_q("schemaLocation", XSI_NS), SCHEMA_LOCATIONS)
    _metadata(manifest, plan)
    organizations = _sub(manifest, _q("organizations"), default="lxkit-course")
    organization = _sub(organizations, _q("organization"), identifier="lxkit-course")
    _sub(organization, _q("title"), plan.title)
    for unit in plan.units:
        _item(organization, unit)
    _resources(manifest, plan, shared)
    ElementTree.indent(manifest)
    return bytes(ElementTree.tostring(manifest, encoding="utf-8", xml_declaration=True))
