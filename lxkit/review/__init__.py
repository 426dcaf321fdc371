"""Pull-request review: what a change between two Git refs does to the courses, as a report.

- :mod:`.api` -- the whole review of a change, as data for the report.
- :mod:`.snapshot` -- the portal as it was at a Git ref, loaded by the normal loader.
- :mod:`.diff` -- courses and modules added, changed or removed (pure); :mod:`.checks` -- what a
  reviewer otherwise checks by hand (pure); :mod:`.lintdiff` -- findings introduced and fixed.
- :mod:`.contributors` -- who committed to each course folder.
- :mod:`.insight_figures` -- figures so far for the questions and pre-work a change edits.
- :mod:`.report` -- the pull-request comment (Markdown) or JSON (pure).
"""
