"""``lxkit lint``: pedagogical and content rules over the course model.

One rule per module in :mod:`lxkit.lint.rules`, listed in :mod:`lxkit.lint.registry` and run by
:func:`lxkit.lint.engine.lint_portal`, which also applies the portal's settings and the inline
suppressions in one place (:mod:`lxkit.lint.decisions`).

- The rule contract: :mod:`.rule` (metadata and check), :mod:`.context` (what a check receives),
  :mod:`.options` (rule options), :mod:`.registry` (every rule, in order), :mod:`.docs` (rule pages
  generated from the rules).
- Running them: :mod:`.engine`, :mod:`.parallel` (large portals on every core), :mod:`.settings`
  (``lxkit.lint`` in ``mkdocs.yml``), :mod:`.suppressions` (inline comments), :mod:`.decisions`.
- What rules share: :mod:`.markdown` (bodies parsed once: links, images, headings, HTML;
  :mod:`.prose` keeps plain paragraphs out of the parser),
  :mod:`.html` (start tags of raw HTML), :mod:`.alignment` (objectives referred to), :mod:`.verbs`
  (action verbs of objectives), :mod:`.locate` (the key of a model item), :mod:`.targets`
  (relative links resolved, LX201), :mod:`.links` (``--check-links``; URLs are read by
  :mod:`lxkit.weburls`, shared with the builder),
  :mod:`.hints` (closest known word to a typo).
- Reports beyond findings: :mod:`.scorecard` (``--summary``), :mod:`.todo` (``--todo``).
"""
