"""The MkDocs + Material integration: staged pages -> HTML (uses :mod:`lxkit.builder.content`).

- :mod:`.mkdocs_config` -- the portal's ``mkdocs.yml`` plus lxkit's theme, as MkDocs reads it.
- :mod:`.renderer` -- MkDocs set up once per view, rendering one staged page at a time;
  :mod:`.site_templates` -- the view's ``404.html`` and ``sitemap.xml``.
- :mod:`.shells` -- where a page's body sits in its output, to splice a new body in later.
- :mod:`.search` -- the search index in Material's format; :mod:`.search_parser` -- a page's
  search entries made without Material, equal to the plugin's.
- :mod:`.runner` -- running ``mkdocs build`` in-process with its log collected;
  :mod:`.full_build` -- the full MkDocs build of every page, for portals the engine cannot vouch for.
- :mod:`.pdf` -- a handout's print HTML as a tagged PDF (WeasyPrint), the output of a staged ``.pdf`` file.
"""
