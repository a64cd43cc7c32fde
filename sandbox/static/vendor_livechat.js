/* Fake LiveChat: window.LiveChatWidget.call/on/get, #chat-widget-container. */
(function (license) {
  var w = window.__sandboxWidget({ vendor: "livechat", containerId: "chat-widget-container",
    frameId: "chat-widget", frameName: "chat-widget", frameTitle: "LiveChat chat widget",
    launcherId: "chat-widget-minimized", launcherTitle: "Open LiveChat chat widget" });
  var stub = window.LiveChatWidget || { _q: [] };
  function handle(kind, args) {
    if (kind === "call" && args[0] === "maximize") w.open();
    else if (kind === "call" && (args[0] === "minimize" || args[0] === "hide")) w.close();
    else if (kind === "on" && args[0] === "visibility_changed") {
      w.on("open", function () { args[1]({ visibility: "maximized" }); });
      w.on("close", function () { args[1]({ visibility: "minimized" }); });
    } else if (kind === "get" && args[0] === "state") {
      return { availability: "online", visibility: w.opened ? "maximized" : "minimized" };
    }
  }
  stub._h = function (entry) { return handle(entry[0], entry[1] || []); };
  stub.call = function () { return handle("call", [].slice.call(arguments)); };
  stub.on = function () { return handle("on", [].slice.call(arguments)); };
  stub.get = function () { return handle("get", [].slice.call(arguments)); };
  stub.license = license;
  (stub._q || []).forEach(stub._h);
  stub._q = [];
  window.LiveChatWidget = stub;
})((window.__lc && window.__lc.license) || __SANDBOX_KEY__);
