"""The ``lxkit`` command line's click layer: flags and help texts; each command calls :mod:`lxkit.commands`.

:mod:`lxkit.__main__` holds the top-level group and ``main``; the commands are grouped by what they do:

- :mod:`.options` -- flags several commands share (``-f``, ``-q``/``-v``, ``-j``, deploy targets) and
  the error handling that turns lxkit errors into messages and exit codes.
- :mod:`.authoring` -- ``new`` (portal, course, module, plan), ``templates``, ``schema``.
- :mod:`.checking` -- ``lint``, ``fix``, ``rules``, ``lsp``.
- :mod:`.site` -- ``build``, ``serve``, ``publish``, ``versions``.
- :mod:`.reviewing` -- ``review``, ``codeowners``, ``insights``.
- :mod:`.exporting` -- ``export`` (cmi5, SCORM 1.2, plan workbooks, PDF handouts).
"""
