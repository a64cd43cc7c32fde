/* Fake Crisp: window.$crisp.push(["do", "chat:open"]), .crisp-client. */
(function (websiteId) {
  var w = window.__sandboxWidget({ vendor: "crisp", containerClass: "crisp-client",
    frameId: "crisp-chatbox", frameTitle: "Crisp chatbox", launcherClass: "cc-launcher",
    launcherTitle: "Open chat" });
  var queued = Array.isArray(window.$crisp) ? window.$crisp.slice() : [];
  function run(entry) {
    if (entry[0] === "do" && entry[1] === "chat:open") w.open();
    else if (entry[0] === "do" && entry[1] === "chat:close") w.close();
    else if (entry[0] === "on" && entry[1] === "chat:opened") w.on("open", entry[2]);
  }
  window.$crisp = {
    websiteId: websiteId,
    push: run,
    is: function (what) { return what === "chat:opened" ? w.opened : false; }
  };
  queued.forEach(run);
})(window.CRISP_WEBSITE_ID || __SANDBOX_KEY__);
