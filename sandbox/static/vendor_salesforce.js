/* Fake Salesforce Messaging for In-App and Web, Enhanced Chat (developer.salesforce.com,
 * "Launch Chat in Enhanced Web Chat"): embeddedservice_bootstrap.init(orgId, deployment, siteURL,
 * {scrt2URL}), .settings, .utilAPI.launchChat() (a Promise), window events
 * onEmbeddedMessagingReady / onEmbeddedMessagingButtonCreated / onEmbeddedMessagingWindowMaximized.
 * The page gets div#embedded-messaging.embedded-messaging holding one cross-origin
 * iframe#embeddedMessagingFrame.embeddedMessagingFrame (title "Chat with an Agent") served
 * from the deployment's site; the button and the whole chat live in that frame (frame_salesforce.js),
 * which the page reaches with postMessage only.
 */
(function () {
  var listeners = [];
  var frame = null, origin = "", loaded = false, pending = [];
  function post(cmd) {
    if (loaded) frame.contentWindow.postMessage({ esw: cmd }, origin); else pending.push(cmd);
  }
  function fire(name) { window.dispatchEvent(new Event(name)); }
  function build(siteURL) {
    origin = new URL(siteURL).origin;
    var top = document.createElement("div");
    top.id = "embedded-messaging";
    top.className = "embedded-messaging";
    frame = document.createElement("iframe");
    frame.id = frame.name = "embeddedMessagingFrame";
    frame.className = "embeddedMessagingFrame isMinimized eswIsDesktop";
    frame.title = "Chat with an Agent";
    frame.src = siteURL + "/widget.html?lwc.mode=prod&site=" + encodeURIComponent(location.host);
    frame.style.cssText = "position:fixed;right:12px;bottom:12px;width:96px;height:96px;border:0;z-index:2147483000";
    top.appendChild(frame);
    document.body.appendChild(top);
    frame.addEventListener("load", function () {
      loaded = true;
      pending.splice(0).forEach(post);
      fire("onEmbeddedMessagingReady");
    });
  }
  window.addEventListener("message", function (e) {
    if (e.origin !== origin || !e.data || !e.data.esw) return;
    var what = e.data.esw;
    if (what === "button") fire("onEmbeddedMessagingButtonCreated");
    if (what === "maximized" || what === "minimized") {
      var on = what === "maximized";
      frame.className = "embeddedMessagingFrame eswIsDesktop " + (on ? "isMaximized" : "isMinimized");
      frame.style.width = on ? "380px" : "96px";
      frame.style.height = on ? "600px" : "96px";
      fire(on ? "onEmbeddedMessagingWindowMaximized" : "onEmbeddedMessagingWindowMinimized");
    }
    if (what === "vanish") frame.parentNode.remove();
  });
  window.embeddedservice_bootstrap = {
    settings: { language: "en_US" },
    init: function (orgId, deployment, siteURL, options) {
      this.settings.orgId = orgId;
      this.settings.eswConfigDevName = deployment;
      this.settings.scrt2URL = options && options.scrt2URL;
      var go = function () { build(siteURL); };
      if (document.body) go(); else document.addEventListener("DOMContentLoaded", go);
    },
    addEventListener: function (name, fn) { window.addEventListener(name, fn); },
    utilAPI: {
      launchChat: function () {
        if (!frame) return Promise.reject(new Error("Embedded Messaging is not initialized"));
        post("maximize");
        return Promise.resolve({ success: true });
      }
    },
    prechatAPI: { setHiddenPrechatFields: function () {}, setVisiblePrechatFields: function () {} }
  };
})();
