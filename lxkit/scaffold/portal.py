"""Starting a portal repository: mkdocs.yml, a courses folder with a finished example course, CI files."""

from __future__ import annotations

from pathlib import Path

from lxkit import yamlemit
from lxkit.scaffold.editors import README_SECTION, editor_files
from lxkit.scaffold.example import COURSE_ID, example_course_files

PORTAL_CONFIG = """\
# Portal settings. MkDocs/Material settings at the top; lxkit's own in the `lxkit:` section.
site_name: {site_name}
site_description: Courses taught by our own experts, co-created with the business.
# site_url: https://academy.example.com/
# repo_url: https://github.com/your-org/your-academy
# edit_uri: edit/main/

theme:
  name: material
{palette}
lxkit:
  courses_dir: courses
  # The capability framework: the skills your courses build. Courses refer to these ids.
  capabilities:
    - id: data-literacy
      name: Data literacy
      description: Read, question and explain data in everyday business decisions.
    - id: communication
      name: Stakeholder communication
      description: Explain technical work and proposals to decision makers.
    - id: facilitation
      name: Facilitation and teaching
      description: Run sessions where colleagues learn from each other.
  # Hosts allowed for pre-work links (leave the list out to allow any https host).
  providers: [coursera.org, edx.org, youtube.com, khanacademy.org, hbr.org, ted.com, learn.microsoft.com]
  lint:
    disable: []
    options:
      max_objectives: 5
      max_lecture_share: 0.4
"""

PALETTE = """\
  palette:   # light or dark as the learner's system is set, with a switch in the header
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: indigo
      accent: indigo
      toggle:
        icon: material/weather-night
        name: Switch to the dark scheme
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: indigo
      accent: indigo
      toggle:
        icon: material/weather-sunny
        name: Switch to the light scheme
"""
"""Material's light and dark scheme under ``theme:``, as in the sample portal (lxkit's pages are checked in both)."""

GITIGNORE = """\
/site/
.lxkit-cache/
.lxkit-lrs/
__pycache__/
"""

README = """\
# {site_name}

Courses of our corporate university, written by our own experts with [lxkit](https://pypi.org/project/lxkit/).

- `lxkit new course my-course --owner "Your Name" --github your-handle` starts a course in `courses/`.
- `lxkit lint` checks the courses; `lxkit serve` previews the portal; `lxkit build` builds it into `site/`.
"""


def portal_files(site_name: str) -> dict[str, str]:
    """Every file of a new portal: relative path -> text."""
    name = yamlemit.scalar(site_name)
    files = {
        "mkdocs.yml": PORTAL_CONFIG.format(site_name=name, palette=PALETTE),
        ".gitignore": GITIGNORE,
        "README.md": README.format(site_name=site_name) + README_SECTION,
        **editor_files(),
    }
    for file_name, text in example_course_files().items():
        files[f"courses/{COURSE_ID}/{file_name}"] = text
    files.update(_ci_files())
    return files


def _ci_files() -> dict[str, str]:
    try:
        from lxkit.scaffold.ci import ci_files
    except ImportError:
        return {}
    return ci_files()


def write_portal(directory: Path, files: dict[str, str]) -> tuple[list[str], list[str]]:
    """Write the files that do not exist yet; returns (written, kept as they were)."""
    written, kept = [], []
    for relative, text in files.items():
        path = directory / relative
        if path.exists():
            kept.append(relative)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(relative)
    return written, kept
