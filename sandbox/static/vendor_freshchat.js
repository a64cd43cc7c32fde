/* Fake Freshchat: window.fcWidget (init/open/close/on/isOpen), #fc_frame, iframe#fc_widget. */
(function () {
  var w = null;
  window.fcWidget = {
    init: function (options) {
      if (w) return;
      w = window.__sandboxWidget({ vendor: "freshchat", containerId: "fc_frame",
        containerClass: "fc-widget-normal", frameId: "fc_widget", frameName: "fc_widget",
        frameTitle: "Chat", launcherId: "fc_push_frame", launcherTitle: "Open Freshchat" });
      window.fcWidget.token = options && options.token;
    },
    isInitialized: function () { return w !== null; },
    isOpen: function () { return Boolean(w && w.opened); },
    open: function () { if (w) w.open(); },
    close: function () { if (w) w.close(); },
    on: function (name, fn) {
      if (name === "widget:loaded") fn();
      else if (w && name === "widget:opened") w.on("open", fn);
      else if (w && name === "widget:closed") w.on("close", fn);
    }
  };
})();
