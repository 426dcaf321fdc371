"""Course files -> the model. Tolerant: every problem becomes a finding, nothing is raised.

The loader reads each file once (:mod:`lxkit.sourcefile`), checks it against the format's JSON
Schemas (:mod:`lxkit.validation`) and builds the typed model (:mod:`lxkit.front_matter`).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from lxkit.boundary import RefusedFile, plain_name, read_limited, refusal, refused_below
from lxkit.course_image import check_course_image
from lxkit.exceptions import UsageError
from lxkit.findings import Finding, escape
from lxkit.front_matter import course_from_source, module_from_source
from lxkit.handout_names import HANDOUT_TITLES, handouts_on, taken_names
from lxkit.limits import LIMIT_CODE, NAME_LENGTH, file_size_limit
from lxkit.model import Course, Module, Portal, PortalConfig
from lxkit.problems import problem
from lxkit.sourcefile import SourceFile, SourceProblem, read_source
from lxkit.validation import IssueKind, validate

MODULE_FILE = re.compile(r"^(?P<number>\d{1,3})-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<ext>[A-Za-z0-9]+)\Z")
ASSET_SUFFIXES = frozenset(
    [
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".svg",
        ".webp",
        ".avif",
        ".pdf",
        ".csv",
        ".xlsx",
        ".pptx",
        ".docx",
        ".zip",
        ".mp3",
        ".mp4",
        ".txt",
        ".json",
    ]
)
TEXT_LIKE_MODULES = frozenset({"txt", "markdown", "mdown", "mkd", "rst", "html", "htm", "text"})
IGNORED_NAMES = frozenset({".DS_Store", "Thumbs.db", ".gitkeep", "README.md"})


def loader_settings(config: PortalConfig) -> str:
    """The portal settings what the loader finds depends on: a course model read under others is stale."""
    return repr((handouts_on(config), file_size_limit(config.raw)))


def courses_root(config: PortalConfig) -> Path:
    """Absolute path of the portal's courses folder; a :class:`UsageError` when it is a link out of the portal."""
    _check_inside(config.root, config.courses_dir)
    return Path(config.root) / config.courses_dir


@functools.lru_cache(maxsize=16)
def _check_inside(root: str, courses_dir: str) -> None:
    """The courses folder (``mkdocs.yml`` keeps its path inside the portal) must not be a link leading out."""
    real_root, real = os.path.realpath(root), os.path.realpath(os.path.join(root, courses_dir))
    if os.path.commonpath([real_root, real]) != real_root:
        raise UsageError(
            f"the courses folder '{courses_dir}' is a link to {real}, outside the portal folder {real_root}; "
            "lxkit reads and writes only inside the portal: replace the link with the folder itself"
        )


def existing_courses_root(config: PortalConfig) -> Path:
    """The portal's courses folder; a :class:`UsageError` saying how to fix it when it does not exist."""
    root = courses_root(config)
    if not root.is_dir():
        raise UsageError(
            f"the courses folder '{config.courses_dir}' does not exist in {config.root}; "
            "create it or set lxkit.courses_dir in mkdocs.yml"
        )
    return root


def is_course_folder_name(name: str) -> bool:
    """Whether a folder of the courses folder holds a course (hidden and ``_`` folders do not)."""
    return not name.startswith((".", "_"))


def course_folders(root: Path) -> list[Path]:
    """The course folders in the courses folder ``root``, in the order every command reads them."""
    return sorted(p for p in root.iterdir() if p.is_dir() and is_course_folder_name(p.name))


def load_portal(config: PortalConfig, only: Iterable[str] | None = None) -> Portal:
    """Load every course of the portal (or only the named course folders)."""
    wanted = set(only) if only is not None else None
    courses = []
    problems: list[Finding] = []
    for folder in course_folders(existing_courses_root(config)):
        if wanted is not None and folder.name not in wanted:
            continue
        course, folder_problems = load_course(config, folder)
        problems.extend(folder_problems)
        if course is not None:
            courses.append(course)
    return Portal(config, tuple(courses), tuple(problems))


FileReader = Callable[[PortalConfig, Path], SourceFile]


def relative(config: PortalConfig, path: Path) -> str:
    """A path relative to the portal root, POSIX style (what findings show).

    The path's own links are not followed: a linked file is shown where it is in the portal.
    """
    absolute = Path(os.path.abspath(path))
    for base in (Path(os.path.abspath(config.root)), Path(config.root).resolve()):
        try:
            return absolute.relative_to(base).as_posix()
        except ValueError:
            pass
    try:
        return (path.parent.resolve() / path.name).relative_to(Path(config.root).resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def read_file(config: PortalConfig, path: Path) -> SourceFile:
    """Read one course file; unreadable files come back with a problem instead of raising.

    The portal boundary (:mod:`lxkit.boundary`) and the file size limit apply.
    """
    rel = relative(config, path)
    try:
        raw = read_limited(courses_root(config), path, file_size_limit(config.raw))
    except RefusedFile as refused:
        return _unreadable(rel, refused.message, refused.code)
    except OSError as error:
        return _unreadable(rel, f"cannot read this file: {error.strerror or error}")
    return source_from_bytes(rel, raw)


def source_from_bytes(rel: str, raw: bytes) -> SourceFile:
    """A course file from its bytes (read from disk, or an editor's unsaved text)."""
    if b"\x00" in raw[:8192]:
        return _unreadable(rel, "this is not a text file; course files must be Markdown (.md) text")
    return read_source(rel, raw)


def _unreadable(rel: str, reason: str, code: str = "") -> SourceFile:
    return SourceFile(rel, "", None, MappingProxyType({}), "", 1, False, (SourceProblem(1, 1, reason, code),))


def load_course(
    config: PortalConfig, folder: Path, reader: FileReader | None = None
) -> tuple[Course | None, list[Finding]]:
    """Load one course folder: ``index.md`` plus its ``NN-slug.md`` modules.

    ``reader`` reads each file (default :func:`read_file`); a rebuild passes one that reuses the
    previous parse of unchanged files (:func:`lxkit.builder.engine.reuse.reusing_reader`).
    """
    reader = reader or read_file
    refused = _refused(config, folder)
    if refused is None:
        return None, [_name_problem(config, folder)]
    index = folder / "index.md"
    if index in refused or not index.is_file():
        if index in refused:
            return None, list(refused.values())
        rel = relative(config, folder) + "/index.md"
        message = f"course folder '{folder.name}' has no index.md; add one with the course's front-matter"
        return None, [problem("LX015", rel, 1, 1, message), *refused.values()]
    source = reader(config, index)
    course_problems = source_problems(source, "course", expected_id=folder.name)
    modules, folder_problems = _load_modules(config, folder, reader, refused)
    folder_problems = [*refused.values(), *folder_problems]
    course = course_from_source(source, folder.name, tuple(course_problems), modules, tuple(folder_problems))
    if course.image is not None:
        course = replace(course, image=check_course_image(courses_root(config), folder, course.image))
    return course, []


def _refused(config: PortalConfig, folder: Path) -> dict[Path, Finding] | None:
    """Findings of the refused entries of a course folder by path; None when the folder itself is refused."""
    boundary = courses_root(config)
    name = folder.name
    if refusal(boundary, folder) is not None or len(name) > NAME_LENGTH or not plain_name(name):
        return None
    found = {}
    for path, refused in refused_below(boundary, folder):
        found[Path(path)] = problem(refused.code, relative(config, Path(path)), 1, 1, refused.message)
    return found


def _name_problem(config: PortalConfig, folder: Path) -> Finding:
    rel = relative(config, folder)
    refused = refusal(courses_root(config), folder)
    if refused is not None:
        return problem(refused.code, rel, 1, 1, refused.message)
    name = escape(folder.name)
    if len(folder.name) > NAME_LENGTH:
        message = f"the course folder name has {len(folder.name)} characters; use at most {NAME_LENGTH}"
        return problem(LIMIT_CODE, rel, 1, 1, message)
    message = f"'{name}' has a line break, a tab or an invisible character in its name; rename the course folder"
    return problem("LX003", rel, 1, 1, message)


def _load_modules(
    config: PortalConfig, folder: Path, reader: FileReader, refused: dict[Path, Finding]
) -> tuple[tuple[Module, ...], list[Finding]]:
    modules: list[Module] = []
    problems: list[Finding] = []
    seen: dict[int, str] = {}
    taken = taken_names(config, folder.name)
    for path in sorted(p for p in folder.iterdir() if p not in refused and p.is_file()):
        name = path.name
        if name == "index.md" or name in IGNORED_NAMES or name.startswith("."):
            continue
        if name in taken:
            problems.append(problem("LX019", relative(config, path), 1, 1, _taken_message(name, taken[name])))
            continue
        match = MODULE_FILE.match(name)
        stray = _stray_file_message(name, match)
        if stray:
            problems.append(problem("LX014", relative(config, path), 1, 1, stray))
            continue
        if match is None:
            continue
        if len(match["slug"]) > NAME_LENGTH:
            message = f"the module name after the number is {len(match['slug'])} characters; use at most {NAME_LENGTH}"
            problems.append(problem(LIMIT_CODE, relative(config, path), 1, 1, message))
            continue
        number = int(match["number"])
        if number in seen:
            message = f"module number {number:02d} is also used by {seen[number]}; give each module its own number"
            problems.append(problem("LX013", relative(config, path), 1, 1, message))
            continue
        seen[number] = name
        source = reader(config, path)
        module_problems = source_problems(source, "module")
        module = module_from_source(source, number, match["slug"], tuple(module_problems))
        repeated = _repeated_pre_work(module)
        modules.append(replace(module, problems=module.problems + repeated) if repeated else module)
    return tuple(modules), problems


def _repeated_pre_work(module: Module) -> tuple[Finding, ...]:
    """Pre-work items sharing an id (they would share one progress checkbox)."""
    first: dict[str, int] = {}
    found = []
    for item in module.pre_work:
        if item.id not in first:
            first[item.id] = item.line
            continue
        what = f"the id '{item.id}'" if not item.id.startswith("pw-") else "the same link and title"
        message = (
            f"this pre-work item has {what} as the item on line {first[item.id]}, so learners would tick both "
            "with one checkbox; give each item its own 'id' (or remove the repeated one)"
        )
        found.append(problem("LX100", module.path, item.line, 1, message))
    return tuple(found)


def _taken_message(name: str, kind: str) -> str:
    return (
        f"'{name}' is the name of the {HANDOUT_TITLES[kind].lower()} that the build writes beside the course "
        "page (handouts: true under lxkit: in mkdocs.yml), so one file would overwrite the other; rename your "
        f"file, e.g. to {Path(name).stem}-handout.pdf, and the links to it"
    )


def _stray_file_message(name: str, match: re.Match[str] | None) -> str:
    name = escape(name)  # a name with a line break never gets here: the boundary refuses it
    suffix = Path(name).suffix.lower()
    if match is not None and match["ext"].lower() in TEXT_LIKE_MODULES:
        return f"'{name}' looks like a module but is not Markdown; rename it to {Path(name).stem}.md"
    if match is None and suffix == ".md":
        return f"'{name}' is not a module file name; name modules NN-slug.md, e.g. 03-team-workshop.md"
    if match is None and suffix not in ASSET_SUFFIXES:
        return f"lxkit does not know what '{name}' is; course folders hold Markdown modules and images"
    return ""


def source_problems(source: SourceFile, kind: str, expected_id: str = "") -> list[Finding]:
    """Reading, YAML and schema problems of one course file, as findings."""
    path = source.path
    if source.problems and not source.text:
        return [problem(p.code or "LX208", path, p.line, p.column, p.message) for p in source.problems]
    found = [problem(p.code or "LX207", path, p.line, p.column, p.message) for p in source.problems]
    if not source.has_front_matter:
        what = "course" if kind == "course" else "module"
        message = f"this {what} file has no front-matter; start it with a '---' line, the {what}'s fields, and '---'"
        return [problem("LX207", path, 1, 1, message)]
    if source.data is None and not found:
        found.append(problem("LX207", path, 2, 1, "the front-matter is empty; add the required fields"))
    elif source.data is not None and not isinstance(source.data, dict):
        found.append(problem("LX207", path, 2, 1, "the front-matter must be a list of 'key: value' fields"))
    if found:  # the data of a file with YAML mistakes is partial: its schema findings would only mislead
        return found
    for issue in validate(source, kind):
        found.append(problem(_issue_code(kind, issue.kind), path, issue.line, issue.column, issue.message))
    if kind == "course" and isinstance(source.data, dict):
        found.extend(_id_mismatch(source, expected_id))
    return found


def _issue_code(kind: str, issue_kind: IssueKind) -> str:
    if kind == "module":
        return "LX100"
    return "LX001" if issue_kind is IssueKind.MISSING else "LX002"


def _id_mismatch(source: SourceFile, folder_name: str) -> list[Finding]:
    course_id = source.data.get("id")
    if not isinstance(course_id, str) or not course_id or course_id == folder_name:
        return []
    line, column = source.position("id")
    message = f"the course id '{course_id}' differs from its folder name '{folder_name}'; make them the same"
    return [problem("LX003", source.path, line, column, message)]
