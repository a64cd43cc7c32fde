/* Fake Tidio: window.tidioChatApi (open/close/on), #tidio-chat, "tidioChat-ready" event. */
(function (publicKey) {
  var w = window.__sandboxWidget({ vendor: "tidio", containerId: "tidio-chat",
    frameId: "tidio-chat-iframe", frameTitle: "Tidio Chat", launcherId: "button-body",
    launcherTitle: "Open chat" });
  window.tidioChatApi = {
    publicKey: publicKey,
    open: function () { w.open(); },
    close: function () { w.close(); },
    show: function () {},
    hide: function () { w.close(); },
    on: function (name, fn) {
      if (name === "ready") fn();
      else if (name === "open") w.on("open", fn);
      else if (name === "close") w.on("close", fn);
    }
  };
  document.dispatchEvent(new Event("tidioChat-ready"));
})(__SANDBOX_KEY__);
