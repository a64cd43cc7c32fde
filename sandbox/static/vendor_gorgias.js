/* Fake Gorgias chat (developers.gorgias.com, "Chat widget JavaScript API"): window.GorgiasChat.
 * open/close/isOpen/on('ready'), div#gorgias-chat-container holding iframe#chat-button and
 * iframe#chat-window. Queue messages are drawn as centred status lines.
 */
(function (appKey) {
  // loaded by a plain <script> in <head>: draw once the body exists
  function start() {
    var holder = document.createElement("div");
    holder.id = "gorgias-chat-container";
    function iframe(id, title, css, html) {
      var f = document.createElement("iframe");
      f.id = id;
      f.title = title;
      f.style.cssText = "position:fixed;border:0;z-index:2147483000;" + css;
      f.srcdoc = "<!doctype html><meta charset=utf-8><body style='margin:0;font:14px sans-serif'>" + html;
      holder.appendChild(f);
      return f;
    }
    var button = iframe("chat-button", "Gorgias live chat messenger", "right:20px;bottom:20px;width:64px;height:64px",
      "<button aria-label='Open chat' style='width:60px;height:60px;border-radius:30px;background:#161616;color:#fff'>💬</button>");
    var win = iframe("chat-window", "Gorgias live chat window", "display:none;right:20px;bottom:96px;width:360px;height:520px;background:#fff",
      "<div class=message-window role=log style='height:440px;overflow:auto;padding:8px'></div>" +
      "<form class=message-form style='display:flex'><input class=message-input aria-label='Type a message' placeholder='Type a message'>" +
      "<button type=submit aria-label=Send>Send</button></form>");
    document.body.appendChild(holder);
    var isOpen = false, ready = 0, pending = [];
    function whenReady(fn) { if (ready === 2) fn(); else pending.push(fn); }
    function loaded() { if (++ready === 2) pending.splice(0).forEach(function (fn) { fn(); }); }
    function draw(kind, name, text) {
      whenReady(function () {
        var d = win.contentDocument, row = d.createElement("div");
        row.className = "message " + kind;
        if (kind === "system") row.style.textAlign = "center";
        if (name) {
          var who = d.createElement("div");
          who.className = "message-sender";
          who.textContent = name;
          row.appendChild(who);
        }
        var body = d.createElement("div");
        body.className = "message-content";
        body.textContent = text;
        row.appendChild(body);
        d.querySelector(".message-window").appendChild(row);
      });
    }
    var chat = window.__sandboxChat({
      message: function (m) { draw(m.author === "system" ? "system" : "agent-message", m.name, m.text); }
    });
    function set(on) {
      isOpen = on;
      win.style.display = on ? "block" : "none";
      if (on) chat.open();
    }
    button.addEventListener("load", function () {
      button.contentDocument.querySelector("button").onclick = function () { set(!isOpen); };
      loaded();
    });
    win.addEventListener("load", function () {
      var form = win.contentDocument.querySelector("form");
      form.onsubmit = function (e) {
        e.preventDefault();
        var input = form.querySelector("input"), text = input.value.trim();
        if (!text) return;
        input.value = "";
        draw("customer-message", "", text);
        chat.send(text);
      };
      loaded();
    });
    window.GorgiasChat = {
      open: function () { set(true); },
      close: function () { set(false); },
      isOpen: function () { return isOpen; },
      on: function (name, fn) { if (name === "ready") whenReady(fn); },
      appKey: appKey
    };
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})(__SANDBOX_KEY__);
