"""Course plans in spreadsheets: ``lxkit new plan``, ``lxkit new course --from``, ``lxkit export plan``.

- :mod:`lxkit.plan.layout`: the sheets, columns and course fields; :class:`Plan` records.
- :mod:`lxkit.plan.workbook`: writing the workbook (openpyxl) and reading it or a CSV, with
  ``plan.xlsx:Weeks!C7: ...`` problems (:class:`PlanError`).
- :mod:`lxkit.plan.course`: a plan -> course files (guidance text for what the plan does not hold).
- :mod:`lxkit.plan.export`: a loaded course -> its plan.
"""
