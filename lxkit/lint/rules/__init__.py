"""One module per lint rule, named after its code and name (``lx102_objective_not_measurable.py``).

The order in which rules run and are listed is the explicit list in :mod:`lxkit.lint.registry`.
"""
