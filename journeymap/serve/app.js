// journeymap serve: ask the server for the map's version; when it changes, fetch the new content.
"use strict";
(function () {
  var live = document.getElementById("jm-live");
  var status = document.getElementById("jm-status");
  var version = Number(document.body.getAttribute("data-version"));
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
            status.textContent = "updated " + new Date().toLocaleTimeString();
          });
      })
      .catch(function () { status.textContent = "journeymap serve has stopped"; })
      .then(function () { setTimeout(tick, 400); });
  }
  setTimeout(tick, 400);
})();
