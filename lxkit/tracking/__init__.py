"""Learning records: the portal's xAPI tracking settings and what the pages need of them.

- :mod:`lxkit.tracking.settings`: the ``lxkit: tracking:`` section of ``mkdocs.yml`` read into
  :class:`~lxkit.tracking.settings.TrackingSettings` and checked (every problem as
  ``mkdocs.yml:line:col``, exit 2).
- :mod:`lxkit.tracking.page`: the settings the learner pages carry (MkDocs ``extra.lxkit_tracking``,
  written into each page as JSON by ``themes/lxkit/main.html``) for
  ``themes/lxkit/assets/lxkit/tracking.js``.

The statements themselves are made in the browser (``tracking.js``); their vocabulary is
``docs/xapi-profile.md``.
"""
