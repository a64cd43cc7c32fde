/* Fake Drift (devdocs.drift.com, "Widget JavaScript API"): drift.on('ready', fn(api)),
 * drift.api.openChat()/sidebar.open(), #drift-widget-container holding iframe#drift-widget.
 * The whole widget, launcher included, lives in that iframe, served from Drift's own host:
 * a cross-origin frame the page can only talk to with postMessage.
 */
(function (embedId) {
  var script = document.currentScript || document.querySelector("script[src*='driftt.com']");
  var origin = new URL(script.src).origin;
  var container = document.createElement("div");
  container.id = "drift-widget-container";
  var frame = document.createElement("iframe");
  frame.id = "drift-widget";
  frame.title = "Drift Widget Chat Window";
  frame.src = origin + "/widget.html?embed=" + encodeURIComponent(embedId) + "&site=" + encodeURIComponent(location.host);
  frame.style.cssText = "position:fixed;right:16px;bottom:16px;width:96px;height:96px;border:0;z-index:2147483648";
  container.appendChild(frame);
  document.body.appendChild(container);
  var opened = false, loaded = false, pending = [], listeners = {};
  function post(cmd) {
    if (loaded) frame.contentWindow.postMessage({ drift: cmd }, origin); else pending.push(cmd);
  }
  frame.addEventListener("load", function () { loaded = true; pending.splice(0).forEach(post); });
  window.addEventListener("message", function (e) {
    if (e.origin !== origin || !e.data || !e.data.drift) return;
    var what = e.data.drift;
    if (what === "opened" || what === "closed") {
      opened = what === "opened";
      frame.style.width = opened ? "380px" : "96px";
      frame.style.height = opened ? "600px" : "96px";
      (listeners[opened ? "chatOpen" : "chatClose"] || []).forEach(function (fn) { fn(); });
    } else if (what === "vanish") {
      container.remove();
    }
  });
  var api = {
    openChat: function () { post("open"); },
    showWelcomeMessage: function () { post("open"); },
    sidebar: { open: function () { post("open"); }, close: function () { post("close"); } },
    widget: { show: function () {}, hide: function () { post("close"); } }
  };
  var queued = Array.isArray(window.drift) ? window.drift.slice() : [];
  var drift = window.drift || {};
  drift.api = api;
  drift.embedId = embedId;
  drift.on = function (name, fn) {
    if (name === "ready") fn(api, {});
    else (listeners[name] = listeners[name] || []).push(fn);
  };
  window.drift = window.driftt = drift;
  queued.forEach(function (entry) {
    if (typeof drift[entry[0]] === "function") drift[entry[0]].apply(drift, entry.slice(1));
  });
})(__SANDBOX_KEY__);
