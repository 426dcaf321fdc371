"""``lxkit serve``: a local preview that keeps the build warm and reloads the browser on every edit.

:mod:`~lxkit.serve.watcher` notices changed files, :mod:`~lxkit.serve.session` rebuilds what they
touched with the incremental engine, :mod:`~lxkit.serve.live` tells the browsers (long-poll), and
:mod:`~lxkit.serve.server` serves the site with a small live-reload script in every page.
:mod:`~lxkit.serve.quick` stages and renders the edited page first, before the rest of the build.
"""
