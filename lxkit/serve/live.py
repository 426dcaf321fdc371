"""Live reload: the build status browsers wait on, and the script that waits in every page.

Each build (good or failed) gets a new version number. A page long-polls
``/__lxkit__/status?since=N``: the answer comes as soon as the version differs from ``N``. A good
build reloads the page; a failed one shows its problems in an overlay over the last good page,
which stays served; the next good build removes the overlay by reloading.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass

STATUS_PATH = "/__lxkit__/status"
SCRIPT_PATH = "/__lxkit__/live.js"
WAIT_SECONDS = 20.0

SCRIPT = """\
(function () {
  if (window.__lxkitLive) { return; }
  window.__lxkitLive = true;
  var script = document.currentScript;
  var served = Number(script && script.getAttribute("data-lxkit-version"));
  var version = -1;
  function overlay(errors) {
    var box = document.getElementById("lxkit-live-errors");
    if (!box) {
      box = document.createElement("div");
      box.id = "lxkit-live-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:10000;max-height:50vh;overflow:auto;" +
        "background:#fff5f5;color:#7a0000;border-top:4px solid #c00;padding:1rem 1.5rem;" +
        "font:14px/1.5 ui-monospace,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.2)";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("strong");
    title.textContent = "lxkit could not rebuild the portal. The page shows the last good build. Fix:";
    box.appendChild(title);
    var list = document.createElement("ul");
    errors.forEach(function (text) {
      var item = document.createElement("li");
      item.textContent = text;
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  function handle(status) {
    version = status.version;
    if (status.errors.length) { overlay(status.errors); return; }
    if (status.version !== served) { window.location.reload(); }
  }
  function poll() {
    fetch("__STATUS__?since=" + version, {cache: "no-store"})
      .then(function (response) { return response.json(); })
      .then(function (status) { handle(status); poll(); })
      .catch(function () { window.setTimeout(poll, 1000); });
  }
  poll();
})();
""".replace("__STATUS__", STATUS_PATH)


def inject(html: bytes, version: int) -> bytes:
    """A page served at build ``version``, with the live-reload script before ``</body>``."""
    tag = f'<script src="{SCRIPT_PATH}" data-lxkit-version="{version}" defer></script>'.encode()
    position = html.rfind(b"</body>")
    if position < 0:
        return html + tag
    return html[:position] + tag + html[position:]


@dataclass(frozen=True)
class Status:
    """The outcome of the latest build: its version and the problems that stopped it (if any)."""

    version: int
    errors: tuple[str, ...] = ()

    def to_json(self) -> bytes:
        """The status as the script reads it."""
        return json.dumps({"version": self.version, "errors": list(self.errors)}).encode("utf-8")


class LiveStatus:
    """The current :class:`Status`, shared between the builder and the HTTP threads."""

    def __init__(self) -> None:
        """Version 0, no errors."""
        self._condition = threading.Condition()
        self._status = Status(0)

    @property
    def current(self) -> Status:
        """The latest status."""
        with self._condition:
            return self._status

    def publish(self, errors: tuple[str, ...] = ()) -> Status:
        """Announce a build (with the problems that stopped it); wakes every waiting browser."""
        with self._condition:
            self._status = Status(self._status.version + 1, errors)
            self._condition.notify_all()
            return self._status

    def wait(self, since: int, timeout: float = WAIT_SECONDS) -> Status:
        """The status as soon as its version differs from ``since`` (or after ``timeout``)."""
        with self._condition:
            self._condition.wait_for(lambda: self._status.version != since, timeout)
            return self._status
