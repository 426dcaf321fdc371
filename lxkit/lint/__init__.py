"""``lxkit lint``: pedagogical and content rules over the course model.

One rule per module in :mod:`lxkit.lint.rules`, listed in :mod:`lxkit.lint.registry` and run by
:func:`lxkit.lint.engine.lint_portal`, which also applies the portal's settings and the inline
suppressions in one place (:mod:`lxkit.lint.decisions`).
"""
