"""The report formats by name, as ``lxkit lint --format`` offers them."""

from __future__ import annotations

from lxkit.formatters.base import Formatter
from lxkit.formatters.github import GithubFormatter
from lxkit.formatters.json import JsonFormatter
from lxkit.formatters.sarif import SarifFormatter
from lxkit.formatters.text import TextFormatter

FORMATTERS: dict[str, type[Formatter]] = {
    formatter.name: formatter for formatter in (TextFormatter, JsonFormatter, GithubFormatter, SarifFormatter)
}


def get_formatter(name: str) -> Formatter:
    """A formatter by name; raises KeyError for unknown names (the CLI offers only known ones)."""
    return FORMATTERS[name]()
