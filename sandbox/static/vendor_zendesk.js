/* Fake Zendesk Web Widget (messaging): window.zE(...), iframe#launcher, iframe[title="Messaging window"]. */
(function (key) {
  var w = window.__sandboxWidget({ vendor: "zendesk", frameTitle: "Messaging window",
    launcherFrame: true, launcherId: "launcher", launcherTitle: "Button to launch messaging window" });
  function zE(scope, cmd, arg) {
    if (scope === "messenger" && cmd === "open") w.open();
    else if (scope === "messenger" && cmd === "close") w.close();
    else if (scope === "messenger:on" && cmd === "open") w.on("open", arg);
    else if (scope === "messenger:on" && cmd === "close") w.on("close", arg);
    else if (scope === "webWidget" && cmd === "open") w.open();
  }
  zE.key = key;
  window.zE = zE;
  window.zEACLoaded = true;
})(__SANDBOX_KEY__);
