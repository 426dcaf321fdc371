"""Fixtures of the publish tests: the fixture portal in a Git repository (see :mod:`tests.helpers_portal`)."""

from tests.helpers_portal import git_identity, portal_repo

__all__ = ["git_identity", "portal_repo"]
