// journeymap serve: the map as a presentation, kept up to date by the server.
// The server pushes each new version (Server-Sent Events on /events); the page then fetches
// the overview (/content) and, in a stage's view, that stage's page (/stage/N). Every string
// in them comes from the server, escaped; no text is written here (the words are data-* of <body>).
"use strict";
(function () {
  var body = document.body;
  var live = document.getElementById("jm-live");
  var stageView = document.getElementById("jm-stage");
  var status = document.getElementById("jm-status");
  var where = document.getElementById("jm-where");
  var version = Number(body.getAttribute("data-version"));
  var stages = Number(body.getAttribute("data-stages"));
  var words = {
    updated: body.getAttribute("data-updated") || "",
    stopped: body.getAttribute("data-stopped") || "",
    position: body.getAttribute("data-position") || "",
    overview: body.getAttribute("data-overview") || ""
  };
  var stage = 0; // 0: the whole journey; 1..stages: one stage
  var views = ["view-both", "view-after", "view-before"]; // serve --compare: both states, the future, the current
  var zoom = 1;

  function fetchText(url) {
    return fetch(url, { cache: "no-store" }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.text();
    });
  }

  function stageFromAddress() {
    var match = /^#stage-(\d+)$/.exec(window.location.hash);
    var number = match ? Number(match[1]) : 0;
    return number >= 1 && number <= stages ? number : 0;
  }

  function showWhere() {
    where.textContent = stage === 0 ? words.overview
      : words.position.replace("%(number)s", String(stage)).replace("%(count)s", String(stages));
  }

  function show(number, keepAddress) {
    stage = Math.max(0, Math.min(stages, number));
    if (!keepAddress) {
      var address = stage === 0 ? window.location.pathname : "#stage-" + stage;
      window.history.replaceState(null, "", address);
    }
    showWhere();
    if (stage === 0) {
      stageView.hidden = true;
      live.hidden = false;
      return Promise.resolve();
    }
    var asked = stage;
    return fetchText("/stage/" + asked).then(function (html) {
      if (asked !== stage) { return; }
      stageView.innerHTML = html; // server-rendered: every string from the map is escaped
      live.hidden = true;
      stageView.hidden = false;
    });
  }

  function setZoom(value) {
    zoom = Math.max(1, Math.min(6, value));
    body.style.setProperty("--zoom", String(zoom));
    body.classList.toggle("zoomed", zoom > 1);
  }

  function update(state) {
    if (state.version === version) { return; }
    stages = state.stages;
    var asked = stage;
    var next = fetchText("/content").then(function (html) {
      live.innerHTML = html;
    });
    if (asked > 0) {
      next = next.then(function () {
        return asked <= stages ? show(asked, true) : show(0);
      });
    }
    next.then(function () {
      version = state.version;
      document.title = state.title;
      body.setAttribute("data-version", String(version));
      status.textContent = words.updated.replace("%(time)s", new Date().toLocaleTimeString());
    }).catch(function () { status.textContent = words.stopped; });
  }

  function listen() {
    if (typeof EventSource === "undefined") { return poll(); }
    var events = new EventSource("/events");
    events.addEventListener("version", function (event) { update(JSON.parse(event.data)); });
    events.onerror = function () { status.textContent = words.stopped; }; // it reconnects by itself
  }

  function poll() {
    fetch("/version", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(update)
      .catch(function () { status.textContent = words.stopped; })
      .then(function () { setTimeout(poll, 1000); });
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var key = event.key;
    if (key === "ArrowRight" || key === "PageDown") { show(stage + 1); } // PageDown/PageUp: presentation clickers
    else if (key === "ArrowLeft" || key === "PageUp") { show(stage - 1); }
    else if (key === "Home") { show(0); }
    else if (key === "End") { show(stages); }
    else if (key === "+" || key === "=") { setZoom(zoom * 1.25); }
    else if (key === "-" || key === "_") { setZoom(zoom / 1.25); }
    else if (key === "0") { setZoom(1); }
    else if (key === "f" || key === "F") { toggleFullScreen(); }
    else if (key === "v" || key === "V") { nextView(); }
    else { return; }
    event.preventDefault();
  });

  function nextView() {
    if (!document.getElementById("jm-states")) { return; }
    var now = views.filter(function (view) { return body.classList.contains(view); })[0] || views[0];
    body.classList.remove(now);
    body.classList.add(views[(views.indexOf(now) + 1) % views.length]);
  }

  function toggleFullScreen() {
    if (document.fullscreenElement) { document.exitFullscreen(); }
    else if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen(); }
  }

  function click(id, action) {
    var button = document.getElementById(id);
    if (button) { button.addEventListener("click", action); }
  }
  click("jm-overview", function () { show(0); });
  click("jm-previous", function () { show(stage - 1); });
  click("jm-next", function () { show(stage + 1); });
  click("jm-zoom-out", function () { setZoom(zoom / 1.25); });
  click("jm-zoom-in", function () { setZoom(zoom * 1.25); });
  click("jm-full", toggleFullScreen);
  click("jm-states", nextView);
  window.addEventListener("hashchange", function () { show(stageFromAddress(), true); });

  show(stageFromAddress(), true);
  listen();
})();
