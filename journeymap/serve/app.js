// journeymap serve: ask the server for the map's version; when it changes, fetch the new content.
"use strict";
(function () {
  var live = document.getElementById("jm-live");
  var status = document.getElementById("jm-status");
  var version = Number(document.body.getAttribute("data-version"));
  // The page's words come from the server, in the page's language (no text is written here).
  var updated = document.body.getAttribute("data-updated") || "";
  var stopped = document.body.getAttribute("data-stopped") || "";
  function tick() {
    fetch("/version", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (state.version === version) { return null; }
        return fetch("/content", { cache: "no-store" })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            live.innerHTML = html;  // server-rendered: every string from the map is escaped
            version = state.version;
            document.title = state.title;
            status.textContent = updated.replace("%(time)s", new Date().toLocaleTimeString());
          });
      })
      .catch(function () { status.textContent = stopped; })
      .then(function () { setTimeout(tick, 400); });
  }
  setTimeout(tick, 400);
})();
