/* Fake Zendesk Messaging (developer.zendesk.com, Web Widget (messaging) API): zE('messenger',
 * 'open'|'close'|'show'|'hide'), zE('messenger:on', 'open'|'close', fn). The launcher is a
 * button inside iframe#launcher; the conversation is in iframe[title="Messaging window"],
 * with styled-components class names. Answer Bot is told apart only by its sender line.
 */
(function (key) {
  // loaded by a plain <script> in <head>: draw once the body exists
  function start() {
    function frame(title, id, css, html) {
      var f = document.createElement("iframe");
      if (id) f.id = id;
      f.title = title;
      f.style.cssText = "position:fixed;border:0;z-index:999999;" + css;
      f.srcdoc = "<!doctype html><meta charset=utf-8><style>body{margin:0;font:14px Arial}</style>" + html;
      document.body.appendChild(f);
      return f;
    }
    var launcher = frame("Button to launch messaging window", "launcher", "right:16px;bottom:16px;width:64px;height:64px",
      "<button class=sc-1wxkyhm-0 aria-label='Open messaging window' style='width:60px;height:60px;border-radius:30px;background:#17494d;color:#fff'>💬</button>");
    var win = frame("Messaging window", "", "display:none;right:16px;bottom:88px;width:374px;height:560px;box-shadow:0 0 20px #0003;background:#fff",
      "<div class=sc-hzhJZQ><div class=sc-ftvSup role=log style='height:470px;overflow:auto;padding:8px'></div>" +
      "<div class=sc-iBYQkv style='display:flex;padding:8px'><textarea class=sc-bjUoiL placeholder='Type a message' " +
      "aria-label='Type a message' style='flex:1;height:36px'></textarea>" +
      "<button class=sc-kDvujY aria-label='Send message'>Send</button></div></div>");
    var open = false, loaded = 0, queue = [], handlers = { open: [], close: [] };
    function run(fn) { if (loaded === 2) fn(); else queue.push(fn); }
    function onload() { if (++loaded === 2) queue.splice(0).forEach(function (fn) { fn(); }); }
    var chat = window.__sandboxChat({
      message: function (m) {
        run(function () {
          var d = win.contentDocument, log = d.querySelector("[role=log]");
          var row = d.createElement("div");
          row.setAttribute("data-garden-id", m.author === "system" ? "chat.status" : "chat.message");
          row.className = "sc-1qy4q1b-" + (m.author === "system" ? "1 sc-gKXOVf" : "0 sc-iAEyYk");
          if (m.name) {
            var who = d.createElement("div");
            who.className = "sc-1s2s9rx-0";
            who.textContent = m.name;
            row.appendChild(who);
          }
          var bubble = d.createElement("div");
          bubble.className = "sc-1s2s9rx-1 sc-eCYdqJ";
          bubble.textContent = m.text;
          row.appendChild(bubble);
          log.appendChild(row);
        });
      }
    });
    function visitor(text) {
      var d = win.contentDocument, row = d.createElement("div");
      row.setAttribute("data-garden-id", "chat.message");
      row.className = "sc-1qy4q1b-0 sc-jSMfEi";
      row.style.textAlign = "right";
      var bubble = d.createElement("div");
      bubble.className = "sc-1s2s9rx-1 sc-eCYdqJ";
      bubble.textContent = text;
      row.appendChild(bubble);
      d.querySelector("[role=log]").appendChild(row);
      chat.send(text);
    }
    function setOpen(on) {
      if (open === on) return;
      open = on;
      win.style.display = on ? "block" : "none";
      if (on) chat.open();
      handlers[on ? "open" : "close"].forEach(function (fn) { fn(); });
    }
    launcher.addEventListener("load", function () {
      launcher.contentDocument.querySelector("button").onclick = function () { setOpen(!open); };
      onload();
    });
    win.addEventListener("load", function () {
      var d = win.contentDocument, box = d.querySelector("textarea");
      function submit() { var t = box.value.trim(); if (t) { box.value = ""; visitor(t); } }
      d.querySelector("button").onclick = submit;
      box.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); submit(); } });
      onload();
    });
    window.zE = function (product, cmd, a, b) {
      if (product === "messenger" && cmd === "open") setOpen(true);
      else if (product === "messenger" && cmd === "close") setOpen(false);
      else if (product === "messenger:on" && handlers[cmd]) handlers[cmd].push(a);
      else if (product === "messenger:set") return b;
    };
    window.zE.key = key;
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})(__SANDBOX_KEY__);
