/*
 * lxkit: the portal opened from disk (site/index.html double-clicked, a file:// URL). Runs before
 * Material's bundle and does nothing on a served portal.
 *
 * - Links to a folder ("courses/x/") open its index.html: a browser shows a folder listing for
 *   file:// folders, where a web server answers with the index page.
 * - Material's instant navigation is turned off: on file:// it ends Material's document$ without a
 *   page, which leaves Material's components (palette toggle, tabs...) and lxkit.js unset.
 * - Search is removed: its worker cannot start from file://. A notice says how to serve the portal.
 */
(function () {
  "use strict";

  if (window.location.protocol !== "file:") return;

  function withoutInstantNavigation() {
    var node = document.getElementById("__config");
    if (!node) return;
    try {
      var config = JSON.parse(node.textContent);
      config.features = (config.features || []).filter(function (name) { return name !== "navigation.instant"; });
      node.textContent = JSON.stringify(config);
    } catch (error) {
      /* Material reports its own configuration problems. */
    }
  }

  function folderLinksToIndex(root) {
    root.querySelectorAll("a[href]").forEach(function (link) {
      var raw = link.getAttribute("href");
      if (!raw || raw.charAt(0) === "#") return;
      var url;
      try { url = new URL(raw, window.location.href); } catch (error) { return; }
      if (url.protocol !== "file:" || url.pathname.slice(-1) !== "/") return;
      url.pathname += "index.html";
      link.setAttribute("href", url.href);
    });
  }

  function withoutSearch() {
    document.querySelectorAll("[data-md-component=search], .md-header label[for=__search]").forEach(function (node) {
      node.remove();
    });
  }

  function notice() {
    var article = document.querySelector(".md-content__inner");
    if (!article) return;
    var box = document.createElement("aside");
    box.className = "lxkit-fromdisk";
    box.setAttribute("data-lxkit-fromdisk", "");
    box.setAttribute("aria-label", "Opened from disk");
    box.innerHTML =
      "<p><strong>Opened from a folder on this computer.</strong> Courses, filters and your progress work; " +
      "search needs the portal served by a web server. In the portal's folder run <code>lxkit serve</code>, " +
      "or serve the built site with any static server (<code>python3 -m http.server --directory site</code>), " +
      "then open <code>http://127.0.0.1:8000/</code>.</p>";
    article.insertBefore(box, article.firstChild);
  }

  withoutInstantNavigation();
  withoutSearch();
  folderLinksToIndex(document);
  notice();
})();
