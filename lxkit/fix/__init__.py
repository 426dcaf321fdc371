"""``lxkit fix``: safe, idempotent fixes of course files' front-matter, as precise text edits.

- :mod:`lxkit.fix.engine` - :func:`fixed_text` and :func:`fix_edits` for one file's text (pure;
  what ``lxkit fix`` and editors' quick fixes call);
- :mod:`lxkit.fix.values` - the value fixes of a readable front-matter (text cut at `` #``,
  numbers where text belongs, ``1.0`` -> ``"1.0.0"``, ``50 min`` -> ``50``, a missing ``- ``);
- :mod:`lxkit.fix.edits` - :class:`Edit` (a range, its replacement and a title) and applying edits;
- :mod:`lxkit.fix.files` - fixing files on disk and the ``--diff`` output.

YAML syntax mistakes are repaired with the corrected lines of :mod:`lxkit.yamlwords`. Everything
outside an edit's range stays byte for byte.
"""

from lxkit.fix.edits import Edit, apply_edits
from lxkit.fix.engine import fix_edits, fixed_text

__all__ = ["Edit", "apply_edits", "fix_edits", "fixed_text"]
