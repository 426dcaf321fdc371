"""Versioned publishing: a deploy tree of portal versions in mike's format (folder or Git branch)."""
