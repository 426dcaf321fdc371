"""The scripts an LMS package adds to its pages (package data, not Python).

- ``lms.js``: lxkit's LMS runtime: reads the module's state from the page and reports it to a
  SCORM 1.2 API or, through @xapi/cmi5, to a cmi5 LMS.
- ``vendor/``: @xapi/cmi5's browser bundle with its licences and version, rebuilt by
  ``scripts/vendor-cmi5.sh`` (``--check`` compares it with npm's).
"""

from __future__ import annotations

from pathlib import Path

RUNTIME_DIR = Path(__file__).parent
LMS_SCRIPT = "assets/lxkit/lms.js"
CMI5_SCRIPT = "assets/lxkit/cmi5.umd.js"


def runtime_files(kind: str) -> dict[str, bytes]:
    """The runtime's files of a ``kind`` package: package path -> bytes (the cmi5 library first)."""
    files = {}
    if kind == "cmi5":
        vendor = RUNTIME_DIR / "vendor"
        files[CMI5_SCRIPT] = (vendor / "cmi5.umd.js").read_bytes()
        for name in ("cmi5.LICENSE.md", "cmi5.THIRD-PARTY.md", "cmi5.VERSION"):
            files[f"assets/lxkit/{name}"] = (vendor / name).read_bytes()
    files[LMS_SCRIPT] = (RUNTIME_DIR / "lms.js").read_bytes()
    return files
