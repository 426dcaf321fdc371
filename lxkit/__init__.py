"""lxkit: write flipped-classroom courses as Markdown, lint their pedagogy, publish a learning portal."""

__version__ = "0.1.0"
