"""The portal builder behind ``lxkit build`` and ``lxkit serve``: course model -> static site.

Three sub-packages, each depending only on the ones listed before it:

- :mod:`lxkit.builder.content` -- the portal's page content (pure, imports no MkDocs or
  Material): the stage compiler that turns the model into Markdown pages, the catalog, matrix,
  experts, impact and journey data, JSON-LD, ``catalog.json``, the facilitator guide, URLs and
  the learner/trainer views.
- :mod:`lxkit.builder.render` -- the MkDocs + Material integration: reading ``mkdocs.yml``, a
  renderer set up once per view that renders one staged page at a time, the search index in
  Material's format, page shells, site templates (404, sitemap) and the full ``mkdocs build``.
- :mod:`lxkit.builder.engine` -- the incremental engine that drives both: fingerprints of the
  inputs, the ``.lxkit-cache/`` records, course models cached between builds, jobs run on a
  pool of forked workers, and the site-wide outputs written only when their inputs changed.

Shared by all three: :mod:`~lxkit.builder.fingerprint` (content digests),
:mod:`~lxkit.builder.writer` (write only what changed) and :mod:`~lxkit.builder.insight_input`
(reading what ``lxkit insights`` wrote, for the insight pages); :mod:`~lxkit.builder.images` makes the
course pictures' renditions with Pillow. The entry point is
:mod:`lxkit.builder.api` (:func:`~lxkit.builder.api.build_portal`), which picks the engine or
the full MkDocs build.
"""
