"""Builder tests (lxkit.builder): generated data, staged pages, incremental builds, the built sample portal."""
