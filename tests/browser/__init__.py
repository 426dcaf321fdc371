"""Browser tests (Playwright + Chromium) of the built portal."""
