"""Insights: from learning records (xAPI statements) and business metrics to the trainer's pictures.

Map of the package (IO at the edges, SQL in the middle):

- :mod:`.settings` - ``lxkit.insights`` in mkdocs.yml (store, output, minimum group, flag thresholds),
  the LRS endpoint and reading credential from the environment.
- :mod:`.sources` - reading a JSON-lines export (only what was appended) or an LRS (``since``, ``more``),
  part by part, each part in one transaction.
  :mod:`.statement_lines` - which line of a file is no statement, and how to make it JSON lines.
- :mod:`.store` - the local DuckDB store (statement id hashes, where each source was left off); a read
  stages its statements with one SQL ingest.
- :mod:`.learners` - the per-learner facts, all the store keeps of the statements: staged statements
  merge into them; a store made by another lxkit starts again.
- ``sql/`` - the SQL: ``schema``, ``staged`` (flattening), ``learner_schema`` and ``learner_facts`` (facts
  per learner, and the merge), ``learner_course`` (teams and cohorts), and the aggregations ``funnel``,
  ``questions``, ``heatmap``, ``time``, ``pre_work``.
- :mod:`.structure` - small tables from the course model (modules, pre-work, questions, capabilities, cohorts).
- :mod:`.data_files` - ``metrics/<course>.csv`` and ``cohorts/<course>.csv``, with problems for ``lxkit lint``.
  :mod:`.data_cells` - the exact date or number to write in them (``31.03.2026`` -> ``2026-03-31``).
- :mod:`.aggregate` - runs the SQL, hides groups below the minimum, flags questions.
- :mod:`.results` - the results (aggregates only) and their JSON file, read by the build and the review.
- :mod:`.figures` - what the insight pages show: each figure's chart as data (the pygal chart type, labels,
  series), description and data table; :mod:`.chart_style` - their colours, readable in the light and the
  dark scheme; :mod:`.charts` - those charts drawn to static, accessible SVG (pygal, pure Python, no
  JavaScript), cached by the digest of their definition.
- :mod:`.run` - one ``lxkit insights`` run.
- :mod:`.coverage` - learners who started after a course's last listed cohort had ended (a warning).
"""
