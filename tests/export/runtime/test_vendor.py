"""The vendored cmi5 library is exactly @xapi/cmi5 from npm at its pinned version (scripts/vendor-cmi5.sh).

The npm package is the one scripts/setup.sh --test installed in .node-test/: no test reaches the
network.
"""

from __future__ import annotations

import subprocess

import pytest

from lxkit.export.runtime import RUNTIME_DIR, runtime_files
from tests.conftest import REPO

pytestmark = pytest.mark.slow


def test_the_vendored_cmi5_library_is_rebuilt_byte_for_byte_from_npm() -> None:
    done = subprocess.run(
        ["bash", str(REPO / "scripts" / "vendor-cmi5.sh"), "--check", "--installed", str(REPO / ".node-test")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "@xapi/cmi5 1.4.0" in (RUNTIME_DIR / "vendor" / "cmi5.VERSION").read_text("utf-8")


def test_a_cmi5_package_carries_the_library_with_its_licences_and_a_scorm_package_does_not() -> None:
    cmi5 = runtime_files("cmi5")
    assert next(iter(cmi5)) == "assets/lxkit/cmi5.umd.js" and "assets/lxkit/cmi5.LICENSE.md" in cmi5
    assert b"MIT License" in cmi5["assets/lxkit/cmi5.LICENSE.md"]
    for library in (b"## @xapi/xapi", b"## axios", b"## uuid", b"## deepmerge"):
        assert library in cmi5["assets/lxkit/cmi5.THIRD-PARTY.md"]
    assert list(runtime_files("scorm12")) == ["assets/lxkit/lms.js"]
