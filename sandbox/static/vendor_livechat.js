/* Fake LiveChat (developers.livechat.com, Chat Widget JavaScript API): LiveChatWidget.call(
 * 'maximize'|'minimize'), .on('visibility_changed'), .get('state'); #chat-widget-container
 * holding iframe#chat-widget, with a minimized bar #chat-widget-minimized. When no agent is
 * online it shows a ticket form ("leave a message").
 */
(function (license) {
  var box = document.createElement("div");
  box.id = "chat-widget-container";
  box.style.cssText = "position:fixed;right:15px;bottom:0;z-index:2147483639";
  var frame = document.createElement("iframe");
  frame.id = "chat-widget";
  frame.name = "chat-widget";
  frame.title = "LiveChat chat widget";
  frame.style.cssText = "display:none;width:392px;height:600px;border:0;background:#fff";
  var bar = document.createElement("button");
  bar.id = "chat-widget-minimized";
  bar.setAttribute("aria-label", "Open LiveChat chat widget");
  bar.textContent = "Chat now";
  bar.style.cssText = "width:250px;height:40px;background:#2000f0;color:#fff;border:0";
  box.appendChild(frame);
  box.appendChild(bar);
  document.body.appendChild(box);
  var state = "minimized", availability = "online", visibility = [];
  function html(status) {
    var online = "<div class=lc-messages role=log style='height:480px;overflow:auto'></div>" +
      "<textarea aria-label='Write a message…' placeholder='Write a message…'></textarea><button>Send</button>";
    var offline = "<div class=lc-ticket><h2>Leave a message</h2><p class=lc-offline></p>" +
      "<label>Name <input name=name></label><label>E-mail <input name=email type=email></label>" +
      "<label>Message <textarea name=message></textarea></label><button type=submit>Leave a message</button></div>";
    return "<!doctype html><meta charset=utf-8><body style='margin:0;font:14px sans-serif'>" +
      (status.online ? online : offline);
  }
  var chat = window.__sandboxChat({
    status: function (s) {
      availability = s.online ? "online" : "offline";
      frame.srcdoc = html(s);
      frame.addEventListener("load", function () {
        var p = frame.contentDocument.querySelector(".lc-offline");
        if (p) p.textContent = s.offline_text;
      }, { once: true });
    }
  });
  function set(v) {
    state = v;
    frame.style.display = v === "maximized" ? "block" : "none";
    bar.style.display = v === "maximized" ? "none" : "block";
    if (v === "maximized") chat.open();
    visibility.forEach(function (fn) { fn({ visibility: v }); });
  }
  bar.onclick = function () { set("maximized"); };
  var stub = window.LiveChatWidget || { _q: [] };
  function handle(kind, args) {
    if (kind === "call" && args[0] === "maximize") set("maximized");
    else if (kind === "call" && args[0] === "minimize") set("minimized");
    else if (kind === "on" && args[0] === "visibility_changed") visibility.push(args[1]);
    else if (kind === "get" && args[0] === "state") return { availability: availability, visibility: state };
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
