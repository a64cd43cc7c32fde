/* Fake Drift: window.drift.api, drift.on("ready"), #drift-widget-container, iframe#drift-widget. */
(function (embedId) {
  var w = window.__sandboxWidget({ vendor: "drift", containerId: "drift-widget-container",
    frameId: "drift-widget", frameTitle: "Drift Widget Chat Window",
    launcherId: "drift-widget-controller", launcherTitle: "Open Drift chat" });
  var api = {
    openChat: function () { w.open(); },
    showWelcomeMessage: function () { w.open(); },
    sidebar: { open: function () { w.open(); }, close: function () { w.close(); } },
    widget: { show: function () {}, hide: function () { w.close(); } }
  };
  var queued = Array.isArray(window.drift) ? window.drift.slice() : [];
  var drift = window.drift || {};
  drift.api = api;
  drift.embedId = embedId;
  drift.on = function (name, fn) {
    if (name === "ready") fn(api, {});
    else if (name === "startConversation" || name === "chatOpen") w.on("open", fn);
  };
  drift.show = function () {};
  drift.hide = function () { w.close(); };
  window.drift = window.driftt = drift;
  queued.forEach(function (entry) {
    if (typeof drift[entry[0]] === "function") drift[entry[0]].apply(drift, entry.slice(1));
  });
})(__SANDBOX_KEY__);
