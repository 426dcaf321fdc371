"""What each CLI command does; :mod:`lxkit.__main__` only parses flags and calls these."""
