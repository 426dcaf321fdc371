"""Pictures made with Pillow for the course-image tests, and portals whose course has an ``image:``."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from tests.helpers import valid_course, write_portal

ALT = "Two engineers reading a chart of weekly sales on a laptop"


def picture(width: int = 1600, height: int = 900, kind: str = "JPEG", exif: Image.Exif | None = None) -> bytes:
    """A real picture: a colour gradient (so that resizing has something to do)."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image.paste((200, 60, 40), (0, 0, width // 4, height // 4))  # a red block at the top left
    out = io.BytesIO()
    image.save(out, kind, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def gps_exif(orientation: int = 1) -> Image.Exif:
    """EXIF with a camera, a GPS position and an orientation, as phones write it."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "SecretPhone 9"  # Model
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 36.0)}  # GPSInfo
    return exif


def image_lines(image: str) -> str:
    """Front-matter lines to put after ``summary:`` (``image`` is YAML, indented as under the root)."""
    return image if image.endswith("\n") else image + "\n"


def course_with_image(course_id: str, image_yaml: str, title: str = "Data for engineers") -> dict[str, str]:
    """A valid course whose ``index.md`` has ``image_yaml`` right after its summary."""
    files = valid_course(course_id, title)
    marker = "summary: A short course about data for engineers.\n"
    files["index.md"] = files["index.md"].replace(marker, marker + image_lines(image_yaml))
    return files


def image_portal(root: Path, image_yaml: str, pictures: dict[str, bytes] | None = None, course: str = "demo") -> Path:
    """A portal of one course with an ``image:`` and picture files (paths relative to the course folder)."""
    write_portal(root, {course: course_with_image(course, image_yaml)})
    for name, data in (pictures or {}).items():
        path = root / "courses" / course / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def image_line(root: Path, course: str = "demo") -> int:
    """The line of ``image:`` in a course's ``index.md``."""
    lines = (root / "courses" / course / "index.md").read_text("utf-8").splitlines()
    return lines.index(next(line for line in lines if line.startswith("image:"))) + 1
