"""JSON Schemas of the course format (course and module front-matter)."""
