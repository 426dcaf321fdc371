"""``cmi5.xml``: the cmi5 course structure of a package plan (pure).

One ``au`` per module, in course order, with the pass rule of :mod:`lxkit.export.rules`. The
course's version travels in an extension element (the schema allows elements of other
namespaces), its language in every ``langstring``.
"""

from __future__ import annotations

from xml.etree import ElementTree

from lxkit.export.plan import PackagePlan, Unit

CMI5_NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
LXKIT_NS = "https://lxkit.dev/xmlns/package"


def _q(name: str, namespace: str = CMI5_NS) -> str:
    return f"{{{namespace}}}{name}"


def _text(parent: ElementTree.Element, name: str, text: str, language: str) -> None:
    holder = ElementTree.SubElement(parent, _q(name))
    langstring = ElementTree.SubElement(holder, _q("langstring"), {"lang": language})
    langstring.text = text


def _au(parent: ElementTree.Element, unit: Unit, language: str) -> None:
    attributes = {"id": unit.iri, "moveOn": unit.rule.move_on, "launchMethod": "AnyWindow"}
    if unit.rule.mastery is not None:
        attributes["masteryScore"] = str(unit.rule.mastery)
    au = ElementTree.SubElement(parent, _q("au"), attributes)
    _text(au, "title", unit.title, language)
    _text(au, "description", unit.description, language)
    ElementTree.SubElement(au, _q("url")).text = unit.launch


def cmi5_xml(plan: PackagePlan) -> bytes:
    """The ``cmi5.xml`` document (UTF-8, with an XML declaration)."""
    ElementTree.register_namespace("", CMI5_NS)
    ElementTree.register_namespace("lxkit", LXKIT_NS)
    root = ElementTree.Element(_q("courseStructure"))
    course = ElementTree.SubElement(root, _q("course"), {"id": plan.iri})
    _text(course, "title", plan.title, plan.language)
    _text(course, "description", plan.description, plan.language)
    ElementTree.SubElement(course, _q("version", LXKIT_NS)).text = plan.version
    ElementTree.SubElement(course, _q("language", LXKIT_NS)).text = plan.language
    for unit in plan.units:
        _au(root, unit, plan.language)
    ElementTree.indent(root)
    return bytes(ElementTree.tostring(root, encoding="utf-8", xml_declaration=True))
