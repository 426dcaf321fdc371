"""Build tests: generated data structures, staged pages and the built sample portal."""
