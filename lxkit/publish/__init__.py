"""Versioned publishing: a deploy tree of portal versions in mike's format (folder or Git branch).

- :mod:`~lxkit.publish.deploy` -- ``lxkit publish``: build, then swap one version into the tree.
- :mod:`~lxkit.publish.versions` -- ``versions.json`` (pure), and the rules for version, alias and title names.
- :mod:`~lxkit.publish.tree` -- staging a version folder, its aliases and the root files.
- :mod:`~lxkit.publish.redirects` -- alias pages, the root ``index.html`` and ``404.html`` (pure).
- :mod:`~lxkit.publish.targets` -- where the tree lives: a folder or a Git branch.
- :mod:`~lxkit.publish.swap` -- the crash-safe swap of staged entries into a folder.
- :mod:`~lxkit.publish.lock` -- the lock that serialises changes of one tree.
- :mod:`~lxkit.publish.releases` -- frozen course releases: ``releases.json`` (pure).
- :mod:`~lxkit.publish.freeze` -- ``--freeze COURSE``: planning and building releases.
- :mod:`~lxkit.publish.manage` -- ``lxkit versions delete|set-default``.
"""
