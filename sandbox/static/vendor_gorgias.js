/* Fake Gorgias chat: window.GorgiasChat (init/open/close/isOpen), #gorgias-chat-container. */
(function (applicationId) {
  var w = window.__sandboxWidget({ vendor: "gorgias", containerId: "gorgias-chat-container",
    frameId: "chat-window", frameTitle: "Gorgias live chat messenger",
    launcherFrame: true, launcherId: "chat-button", launcherTitle: "Gorgias live chat" });
  window.GorgiasChat = {
    applicationId: applicationId,
    init: function () { return Promise.resolve(window.GorgiasChat); },
    open: function () { w.open(); },
    close: function () { w.close(); },
    isOpen: function () { return w.opened; },
    on: function (name, fn) { if (name === "widget:opened") w.on("open", fn); }
  };
  window.dispatchEvent(new Event("gorgias-widget-loaded"));
})(__SANDBOX_KEY__);
