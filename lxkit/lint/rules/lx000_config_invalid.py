"""LX000 config-invalid: the portal's ``mkdocs.yml`` has a problem, so no command can run."""

from __future__ import annotations

from lxkit.findings import Severity
from lxkit.lint.rule import Area, EngineRule, Example
from lxkit.problems import CONFIG_CODE, CONFIG_NAME


class ConfigInvalid(EngineRule):
    """Reported by every command (exit code 2) when ``mkdocs.yml`` cannot be read or its settings are wrong."""

    code = CONFIG_CODE
    name = CONFIG_NAME
    severity = Severity.ERROR
    area = Area.STRUCTURE
    checks = "the portal's `mkdocs.yml`, before anything else (every command stops with exit code 2)"
    summary = "The portal's mkdocs.yml is not valid YAML, or its lxkit settings (or tracking settings) are wrong."
    rationale = (
        "Every course is read with the portal's settings (the courses folder, the capabilities, the providers). "
        "With wrong settings every other finding would be wrong too, so lxkit reports all the settings' problems "
        "together, each at its line in mkdocs.yml, and checks nothing else until they are fixed."
    )
    example = Example(
        "yaml",
        bad="""\
site_name: Acme Academy
courses_dir: courses      # an lxkit setting at the top level, where lxkit does not read it""",
        good="""\
site_name: Acme Academy
lxkit:
  courses_dir: courses""",
    )
