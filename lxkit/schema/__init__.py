"""JSON Schemas of the course format: course and module front-matter, and the portal's ``lxkit`` section.

- ``course.schema.json``, ``module.schema.json``, ``portal.schema.json`` -- the schemas (package data).
- :mod:`.compiled` -- validators compiled from them by fastjsonschema (``python -m
  lxkit.schema.compiled`` regenerates ``_fast_course.py``, ``_fast_module.py``, ``_fast_portal.py``;
  a test checks they match the schemas).
"""
