"""The insights' settings: ``lxkit.insights`` in ``mkdocs.yml``, the LRS from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from lxkit.exceptions import UsageError
from lxkit.model import PortalConfig

DEFAULT_STORE = ".lxkit-cache/insights/store.duckdb"
DEFAULT_OUTPUT = ".lxkit-cache/insights/insights.json"
ENDPOINT_VARIABLE = "LXKIT_LRS_ENDPOINT"
CREDENTIAL_VARIABLE = "LXKIT_LRS_CREDENTIAL"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a question is flagged: right first time above ``too_easy`` or below ``too_hard``,
    or one wrong option chosen first by at least ``misleading`` of the learners."""

    too_easy: float = 0.95
    too_hard: float = 0.30
    misleading: float = 0.40


@dataclass(frozen=True, slots=True)
class InsightSettings:
    """Where the store and the results live, the smallest group shown, and the flag thresholds."""

    root: Path
    store: Path
    output: Path
    min_group: int = 5
    thresholds: Thresholds = Thresholds()

    def with_paths(self, store: Path | None, output: Path | None) -> InsightSettings:
        """These settings with the store or output given on the command line."""
        return replace(self, store=store or self.store, output=output or self.output)


def insight_settings(config: PortalConfig) -> InsightSettings:
    """The settings of a portal (defaults for what ``lxkit.insights`` does not set)."""
    raw: Mapping[str, Any] = config.raw.get("insights") or {}
    root = Path(config.root)
    flags: Mapping[str, Any] = raw.get("flags") or {}
    defaults = Thresholds()
    thresholds = Thresholds(
        float(flags.get("too_easy", defaults.too_easy)),
        float(flags.get("too_hard", defaults.too_hard)),
        float(flags.get("misleading", defaults.misleading)),
    )
    return InsightSettings(
        root=root,
        store=root / str(raw.get("store", DEFAULT_STORE)),
        output=root / str(raw.get("output", DEFAULT_OUTPUT)),
        min_group=int(raw.get("min_group", 5)),
        thresholds=thresholds,
    )


@dataclass(frozen=True, slots=True)
class LrsAccess:
    """An LRS's xAPI endpoint (with a trailing slash) and a reading credential ``user:password``."""

    endpoint: str
    credential: str
    given_in: str = "--lrs"  # where the endpoint was written: --lrs or LXKIT_LRS_ENDPOINT

    def fix(self, endpoint: str) -> str:
        """How to give ``endpoint`` instead, where this one was given."""
        if self.given_in == "--lrs":
            return f"--lrs {endpoint}"
        return f"export {ENDPOINT_VARIABLE}={endpoint}"


def lrs_access(endpoint: str | None, environ: Mapping[str, str] = os.environ) -> LrsAccess:
    """The LRS to read from: ``--lrs`` or ``LXKIT_LRS_ENDPOINT``; the credential only from the environment."""
    url = endpoint or environ.get(ENDPOINT_VARIABLE, "")
    if not url:
        raise UsageError(
            f"no statements to read: pass --from FILE.jsonl, or --lrs URL (or set {ENDPOINT_VARIABLE}) "
            "with a reading credential in the environment"
        )
    given_in = "--lrs" if endpoint else ENDPOINT_VARIABLE
    if not url.startswith(("http://", "https://")):
        fixed = LrsAccess("http://" + url.lstrip(":/"), "", given_in)
        raise UsageError(
            f"the LRS endpoint {url!r} (from {given_in}) is no web address: write {fixed.fix(fixed.endpoint)}"
        )
    credential = environ.get(CREDENTIAL_VARIABLE, "")
    if ":" not in credential:
        wrong = f"{CREDENTIAL_VARIABLE} has no ':' between user and password: " if credential else ""
        raise UsageError(
            f"{wrong}set {CREDENTIAL_VARIABLE}=user:password (a credential that may read statements, such as the "
            f"'reader' that scripts/lrs.sh prints) to read from {url}; it is never taken from the portal's files"
        )
    return LrsAccess(url if url.endswith("/") else url + "/", credential, given_in)


def portal_teams(lxkit: Mapping[str, object]) -> dict[str, str]:
    """The portal's teams (``tracking.teams`` of the lxkit section), id to name; empty when it lists none."""
    tracking = lxkit.get("tracking")
    listed = tracking.get("teams") if isinstance(tracking, Mapping) else None
    if not isinstance(listed, list):
        return {}
    return {str(t["id"]): str(t.get("name") or t["id"]) for t in listed if isinstance(t, Mapping) and t.get("id")}
