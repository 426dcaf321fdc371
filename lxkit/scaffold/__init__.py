"""Scaffolding: new portals, courses and modules from shipped templates.

- ``portal``: the files of a new portal (mkdocs.yml, README, .gitignore, the example course).
- ``repository``: ``git init`` and the first commit of a new portal, or why not, in words.
- ``course``: writing a course folder or a module file without losing what an author wrote.
- ``templates``: course templates (``course-templates/``): discovery and Jinja2 rendering.
- ``variables``: the values templates are filled with (ids, titles, owner, dates).
- ``editors``: editor settings that start ``lxkit lsp``; ``ci``: GitHub Actions workflows.
"""
