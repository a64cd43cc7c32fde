/* Fake tawk.to: window.Tawk_API (maximize/minimize/onLoad), iframe[title="chat widget"]. */
(function (propertyId) {
  var w = window.__sandboxWidget({ vendor: "tawk", containerClass: "widget-visible",
    frameTitle: "chat widget", launcherFrame: true, launcherTitle: "chat widget" });
  var api = window.Tawk_API || {};
  api.propertyId = propertyId;
  api.maximize = function () { w.open(); };
  api.minimize = function () { w.close(); };
  api.toggle = function () { w.toggle(); };
  api.getStatus = function () { return "online"; };
  api.isChatMaximized = function () { return w.opened; };
  w.on("open", function () { if (typeof api.onChatMaximized === "function") api.onChatMaximized(); });
  window.Tawk_API = api;
  if (typeof api.onLoad === "function") api.onLoad();
})(__SANDBOX_KEY__);
