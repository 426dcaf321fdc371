"""The incremental build engine: a cold build is an incremental build with an empty cache.

Drives :mod:`lxkit.builder.content` and :mod:`lxkit.builder.render`.

- :mod:`.engine` -- :class:`~lxkit.builder.engine.engine.Engine`: settings, the scan of the
  inputs and one build; :mod:`.run` -- the steps of one build, from fingerprints to saved state.
- :mod:`.jobs` -- stage one unit (a course or the portal pages) and render what changed;
  :mod:`.pool` -- jobs on forked worker processes.
- :mod:`.model_cache` -- course models loaded and cached between builds; :mod:`.light_models` -- the
  light models (front-matter only) of one build, for pages that read the whole portal;
  :mod:`.reuse` -- reloading a course without re-parsing unchanged files; :mod:`.digests` -- file
  digests kept by file status.
- :mod:`.cache` -- the ``.lxkit-cache/`` layout; :mod:`.records` -- the build state saved there;
  :mod:`.manifest` -- what invalidates it all (versions, theme, settings).
- :mod:`.site_outputs` -- search index, 404, sitemap, copied and stale files of a view;
  :mod:`.search_splice` -- rewriting the search index around the units that changed.
- :mod:`.progress` -- progress lines of long builds.
"""
