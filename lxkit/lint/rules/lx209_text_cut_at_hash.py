"""LX209 text-cut-at-hash: front-matter text that YAML cut at `` #`` (the rest became a comment)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxkit.findings import Finding, Severity
from lxkit.fix.values import cut_text, nodes
from lxkit.lint.context import BodyContext
from lxkit.lint.rule import Area, BodyRule, Example
from lxkit.yamlwords import quote

_MAYBE_CUT = re.compile(r"[ \t]#\S")


class TextCutAtHash(BodyRule):
    """``Contract #4711`` reads as ``Contract``: YAML starts a comment at `` #``."""

    code = "LX209"
    name = "text-cut-at-hash"
    severity = Severity.ERROR
    area = Area.CONTENT
    summary = (
        "A text field contains ' #' followed by a character (PO #12, Contract #4711): YAML reads everything from "
        "' #' as a comment, so the text is cut there. `lxkit fix` puts the text in quotes."
    )
    rationale = (
        "Nothing tells the author: the file is valid, the course builds, and learners read 'Contract' where the "
        "question said 'Contract #4711 is up for renewal'. Buyers, engineers and accountants write #-numbers all "
        "the time."
    )
    example = Example(
        "yaml",
        bad="""\
question: Contract #4711 is up for renewal. What do you check first?""",
        good="""\
question: "Contract #4711 is up for renewal. What do you check first?\"""",
    )

    def check(self, context: BodyContext) -> Iterator[Finding]:
        """A finding per text value YAML cut at ' #'."""
        source = context.document.source
        if not isinstance(source.data, dict) or source.problems or source.body_line < 3:
            return
        lines = source.text.split("\n", source.body_line - 1)[1 : source.body_line - 2]
        yaml_text = "\n".join(lines) + "\n"
        if not _MAYBE_CUT.search(yaml_text):
            return
        for located in nodes(yaml_text):
            line = lines[located.node.start_mark.line].rstrip("\r")
            cut = cut_text(located, line)
            if cut is None:
                continue
            kept = located.node.value
            fixed = line[: located.node.start_mark.column] + quote(cut[0]) + line[cut[1] :]
            message = (
                f"YAML cut this text at ' #' (it reads '{kept}' and drops the rest as a comment); put the whole "
                f"text in quotes:  {fixed.strip()}  (or run 'lxkit fix')"
            )
            column = line.index("#", located.node.end_mark.column) + 1
            yield self.finding(context.document.path, located.node.start_mark.line + 2, column, message)
