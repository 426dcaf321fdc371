"""The portal's page content: model -> staged Markdown pages (pure; imports no MkDocs or Material).

- :mod:`.stage` -- the stage compiler: each course's pages (course, modules, schedule) per view;
  :mod:`.course_pages` -- a course's overview page and its module pages.
- :mod:`.portal_pages` -- portal-wide pages (catalog home, capabilities, experts, impact) and the
  site navigation; :mod:`.guide` -- the printable facilitator guide (trainer view);
  :mod:`.insight_pages` -- the trainer view's insight pages (from ``lxkit insights``' results);
  :mod:`.handouts` -- the printed handouts (learner workbook, facilitator guide) as print HTML.
- Page data: :mod:`.catalog` (cards, filters), :mod:`.catalog_json` (``catalog.json``),
  :mod:`.matrix` (capability matrix), :mod:`.experts`, :mod:`.impact`, :mod:`.journey` (week
  chart, journey stages), :mod:`.timing` (session clock), :mod:`.jsonld` (schema.org JSON-LD),
  :mod:`.learner_progress` (stable keys of what a learner ticks off).
- Shared: :mod:`.fragments` (autoescaped Jinja2 page fragments), :mod:`.labels` (words shown for
  enumerations), :mod:`.urls` (where files go, relative URLs), :mod:`.views` (learner and trainer
  views), :mod:`.assets` (non-module course files), :mod:`.course_image` (the course picture's
  renditions and ``<img>`` data), :mod:`.deps` (pages that read other courses).
"""
