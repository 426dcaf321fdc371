"""What each CLI command does; :mod:`lxkit.cli` only parses flags and calls these.

One module per command (or family of commands): :mod:`.new` (``new portal|course|module``),
:mod:`.plan` (``new plan``, ``new course --from``, ``export plan``), :mod:`.lint`, :mod:`.fix`
(also ``lint --fix``), :mod:`.selection` (the courses and files PATHS arguments name),
:mod:`.rules`, :mod:`.lsp`, :mod:`.build`, :mod:`.serve`, :mod:`.publish`, :mod:`.versions`
(``versions list|delete|set-default``), :mod:`.review`, :mod:`.codeowners`, :mod:`.insights` and
:mod:`.export` (``export cmi5|scorm12|pdf``), :mod:`.templates` (``templates`` and ``schema``).
"""
