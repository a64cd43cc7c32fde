/* Fake Intercom Messenger: window.Intercom(cmd, ...), #intercom-container, #intercom-frame. */
(function (appId) {
  var w = window.__sandboxWidget({ vendor: "intercom", containerId: "intercom-container",
    frameId: "intercom-frame", frameName: "intercom-messenger-frame", frameTitle: "Intercom live chat",
    launcherClass: "intercom-lightweight-app-launcher intercom-launcher", launcherTitle: "Open Intercom Messenger" });
  var queued = (window.Intercom && window.Intercom.q) || [];
  function Intercom(cmd, arg) {
    if (cmd === "show" || cmd === "showMessages" || cmd === "showNewMessage") w.open();
    else if (cmd === "hide") w.close();
    else if (cmd === "onShow") w.on("open", arg);
    else if (cmd === "onHide") w.on("close", arg);
    else if (cmd === "getVisitorId") return "sandbox-visitor";
  }
  Intercom.booted = true;
  Intercom.appId = appId;
  window.Intercom = Intercom;
  queued.forEach(function (args) { Intercom.apply(null, args); });
})(__SANDBOX_KEY__);
