"""The ``lxkit: tracking:`` settings: where statements go, with which credential, and what is asked of learners.

Off by default. The credential is written into every learner page, so it must be one that may only
*write* statements (see README, "Learning records"). Problems are reported together, each at its
``mkdocs.yml`` line and column, as a :class:`~lxkit.exceptions.ConfigError` (exit 2).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxkit import weburls
from lxkit.exceptions import ConfigError
from lxkit.model import PortalConfig
from lxkit.problems import config_problem
from lxkit.sourcefile import parse_yaml

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
DEFAULT_NOTICE = (
    "This portal keeps learning records: the modules you open, the pre-work and exercises you tick off "
    "and your answers to knowledge checks, under a random id kept in this browser, never your name, "
    "so that course teams can improve their courses. Written answers stay in this browser."
)
FREE_TEXT_NOTICE = " Written answers to knowledge checks are recorded in these courses: {courses}."

Locate = Callable[[tuple[str, ...]], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Team:
    """A team a learner may choose, so that records can be compared by team without names."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class TrackingSettings:
    """The portal's tracking settings, checked."""

    enabled: bool = False
    endpoint: str = ""
    credential: str = ""
    teams: tuple[Team, ...] = ()
    free_text: tuple[str, ...] = ()
    notice: str = ""


def tracking_settings(config: PortalConfig) -> TrackingSettings:
    """The portal's checked settings; a :class:`ConfigError` listing every problem otherwise."""
    section = config.raw.get("tracking")
    if not isinstance(section, Mapping) or not section.get("enabled"):
        return TrackingSettings()
    path = Path(config.config_file)
    settings, problems = check_settings(section, config.site_url, _locator(path))
    if problems:
        findings = [config_problem(path.name, line, column, text) for line, column, text in problems]
        raise ConfigError(f"the tracking settings in {path.name} have problems", findings)
    return settings


def check_settings(
    section: Mapping[str, Any], site_url: str, locate: Locate
) -> tuple[TrackingSettings, list[tuple[int, int, str]]]:
    """Settings of an enabled ``tracking`` section and its problems as ``(line, column, message)``.

    Types are already checked by the portal schema; this checks what a schema cannot say.
    """
    problems: list[tuple[int, int, str]] = []

    def problem(key: tuple[str, ...], message: str) -> None:
        problems.append((*locate(("lxkit", "tracking", *key)), f"lxkit.tracking: {message}"))

    endpoint = str(section.get("endpoint") or "")
    endpoint_problem = check_endpoint(endpoint)
    if endpoint_problem:
        problem(("endpoint",), endpoint_problem)
    credential = str(section.get("credential") or "")
    if ":" not in credential or not credential.split(":", 1)[0] or not credential.split(":", 1)[1]:
        problem(("credential",), "'credential' must be the LRS user and password of a write-only account as "
                "'user:password' (it is public: every page carries it), e.g. 'portal:s3cret' from scripts/lrs.sh")
    if not site_url:
        problem(("enabled",), "statements name activities by the portal's address, so mkdocs.yml needs "
                "'site_url: https://your-portal.example/' when tracking is enabled: add that line at the top of "
                "mkdocs.yml, with the address learners open (http://127.0.0.1:8000/ while you preview with "
                "'lxkit serve')")
    teams = tuple(Team(str(t.get("id")), str(t.get("name"))) for t in section.get("teams") or [])
    seen: set[str] = set()
    for index, team in enumerate(teams):
        if team.id in seen:
            problem(("teams", str(index)), f"team id '{team.id}' is listed twice; give each team its own id")
        seen.add(team.id)
    free_text = tuple(str(c) for c in section.get("free_text") or [])
    notice = str(section.get("notice") or "").strip() or default_notice(free_text)
    return TrackingSettings(True, endpoint if endpoint.endswith("/") else endpoint + "/", credential, teams,
                            free_text, notice), problems


def check_endpoint(endpoint: str) -> str:
    """Why an LRS endpoint cannot be used ('' when it can)."""
    example = "e.g. 'https://lrs.example.com/xAPI/' (the address before 'statements')"
    if not endpoint:
        return f"'endpoint' is missing: write the LRS's xAPI address, {example}"
    parts = weburls.split(endpoint)
    if parts is None:
        return f"'endpoint' is not a valid address ('{endpoint}'): {example}"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"'endpoint' must be an http(s) address of the LRS, not '{endpoint}': {example}"
    if parts.username or parts.password:
        return "'endpoint' must not hold a user or password: put them in 'credential' as 'user:password'"
    if parts.query or parts.fragment:
        return f"'endpoint' must not have a query or fragment ('?...', '#...'): {example}"
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        return (f"'endpoint' must use https (learners' records must not travel in clear text); "
                f"http is only for an LRS on this machine (127.0.0.1 or localhost): {example}")
    if parts.path.rstrip("/").endswith("/statements"):
        return f"'endpoint' is the address before 'statements' (lxkit adds 'statements'): {example}"
    return ""


def default_notice(free_text: tuple[str, ...]) -> str:
    """The first-visit notice when the portal writes none."""
    if not free_text:
        return DEFAULT_NOTICE
    return DEFAULT_NOTICE.replace(" Written answers stay in this browser.", "") + FREE_TEXT_NOTICE.format(
        courses=", ".join(free_text)
    )


def _locator(path: Path) -> Locate:
    """Line and column of a key of mkdocs.yml (its nearest known parent when absent)."""
    try:
        _, positions, _ = parse_yaml(path.read_text("utf-8-sig"), first_line=1, lenient_tags=True)
    except OSError:
        positions = {}

    def locate(key: tuple[str, ...]) -> tuple[int, int]:
        keys = tuple(int(k) if k.isdigit() else k for k in key)
        while keys:
            if keys in positions:
                line, column = positions[keys][:2]
                return int(line), int(column)
            keys = keys[:-1]
        return 1, 1

    return locate
