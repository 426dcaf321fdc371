"""LMS packages of one course: ``lxkit export cmi5|scorm12``; its printed handouts: ``lxkit export pdf``.

Map of the package:

- :mod:`~lxkit.export.rules`: how a module's knowledge check becomes cmi5 ``moveOn`` and
  ``masteryScore`` (and SCORM 1.2 ``adlcp:masteryscore``); pure.
- :mod:`~lxkit.export.plan`: what goes into a package (course metadata, one unit per module,
  activity IRIs, launch paths); pure.
- :mod:`~lxkit.export.cmi5_xml` / :mod:`~lxkit.export.scorm_xml`: ``cmi5.xml`` and
  ``imsmanifest.xml`` from a plan; pure.
- :mod:`~lxkit.export.selfcontained`: turns built learner pages into pages that only link inside
  the package, and lists the theme assets they use; pure (strings in, strings out).
- :mod:`~lxkit.export.learner`: builds the learner view of one course with the builder (IO).
- :mod:`~lxkit.export.archive`: writes the zip through a temporary file and a rename (IO).
- :mod:`~lxkit.export.api`: one export end to end, and its errors.
- :mod:`~lxkit.export.runtime`: the scripts a package adds to its pages (``lms.js``, @xapi/cmi5).
- :mod:`~lxkit.export.pdf`: ``lxkit export pdf``: the course's printed handouts (learner
  workbook, facilitator guide) as PDF files, made by the builder's handouts (IO).
"""
