/* Fake Intercom Messenger (developers.intercom.com, "Install Messenger" / JavaScript API):
 * window.Intercom('show'|'hide'|'onShow'|...), #intercom-container, a launcher div
 * `.intercom-lightweight-app-launcher` and the messenger in iframe[name=intercom-messenger-frame].
 * Fin, Intercom's AI agent, streams its answers after a typing indicator and is marked only
 * by an "AI Agent" badge beside its name.
 */
(function (appId) {
  var container = document.createElement("div");
  container.id = "intercom-container";
  container.style.cssText = "position:fixed;right:20px;bottom:20px;z-index:2147483000";
  var frame = document.createElement("iframe");
  frame.id = "intercom-frame";
  frame.name = "intercom-messenger-frame";
  frame.title = "Intercom live chat";
  frame.style.cssText = "display:none;width:370px;height:520px;border:0;border-radius:16px;box-shadow:0 5px 40px #0003;background:#fff";
  frame.srcdoc = "<!doctype html><meta charset=utf-8><style>body{margin:0;font:14px system-ui}" +
    ".intercom-conversation{height:400px;overflow:auto;padding:12px}.intercom-block{margin:8px 0}" +
    ".intercom-comment-author{font-weight:600;font-size:12px}.intercom-badge{font-size:10px;background:#eee;" +
    "border-radius:4px;margin-left:4px;padding:1px 4px}.intercom-composer{display:flex;border-top:1px solid #ddd}" +
    "textarea{flex:1;border:0;padding:12px;height:40px}</style>" +
    "<div class=intercom-messenger><div class=intercom-conversation aria-live=polite></div>" +
    "<div class=intercom-composer><textarea aria-label='Write a reply…' placeholder='Write a reply…'></textarea>" +
    "<button class=intercom-composer-send-button aria-label=Send>➤</button></div></div>";
  var launcher = document.createElement("div");
  launcher.className = "intercom-lightweight-app-launcher intercom-launcher";
  launcher.setAttribute("role", "button");
  launcher.setAttribute("aria-label", "Open Intercom Messenger");
  launcher.tabIndex = 0;
  launcher.style.cssText = "width:48px;height:48px;border-radius:24px;background:#1f8ded;margin-left:auto;cursor:pointer";
  container.appendChild(frame);
  container.appendChild(launcher);
  document.body.appendChild(container);

  var shown = false, ready = false, queue = [], parts = {}, showHandlers = [], hideHandlers = [];
  function doc() { return frame.contentDocument; }
  function later(fn) { if (ready) fn(); else queue.push(fn); }
  function block(author, name, badge, text, id) {
    later(function () {
      var d = doc(), log = d.querySelector(".intercom-conversation");
      var typing = log.querySelector(".intercom-typing");
      if (typing) typing.remove();
      var b = d.createElement("div");
      b.className = "intercom-block intercom-block-" + (author === "visitor" ? "user" : "admin");
      if (name) {
        var who = d.createElement("div");
        who.className = "intercom-comment-author";
        who.textContent = name;
        if (badge) {
          var tag = d.createElement("span");
          tag.className = "intercom-badge";
          tag.textContent = badge;
          who.appendChild(tag);
        }
        b.appendChild(who);
      }
      var body = d.createElement("div");
      body.className = "intercom-comment-body";
      body.textContent = text;
      b.appendChild(body);
      log.appendChild(b);
      if (id) parts[id] = body;
    });
  }
  var chat = window.__sandboxChat({
    message: function (m) { block(m.author, m.name, m.badge, m.text, m.id); },
    chunk: function (m) {
      if (parts[m.id]) later(function () { parts[m.id].textContent = m.text; });
      else block(m.author, m.name, m.badge, m.text, m.id);
    },
    typing: function () {
      later(function () {
        var log = doc().querySelector(".intercom-conversation");
        if (log.querySelector(".intercom-typing")) return;
        var t = doc().createElement("div");
        t.className = "intercom-block intercom-typing";
        t.innerHTML = "<span></span><span></span><span></span>";
        log.appendChild(t);
      });
    }
  });
  frame.addEventListener("load", function () {
    var d = doc(), box = d.querySelector("textarea");
    function submit() {
      var text = box.value.trim();
      if (!text) return;
      box.value = "";
      block("visitor", "", "", text);
      chat.send(text);
    }
    d.querySelector(".intercom-composer-send-button").onclick = submit;
    box.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); submit(); } });
    ready = true;
    queue.splice(0).forEach(function (fn) { fn(); });
  });
  function show() {
    if (shown) return;
    shown = true;
    frame.style.display = "block";
    chat.open();
    showHandlers.forEach(function (f) { f(); });
  }
  function hide() {
    shown = false;
    frame.style.display = "none";
    hideHandlers.forEach(function (f) { f(); });
  }
  launcher.onclick = function () { if (shown) hide(); else show(); };
  var queued = (window.Intercom && window.Intercom.q) || [];
  function Intercom(cmd, arg) {
    if (cmd === "show" || cmd === "showMessages" || cmd === "showNewMessage") show();
    else if (cmd === "hide") hide();
    else if (cmd === "onShow") showHandlers.push(arg);
    else if (cmd === "onHide") hideHandlers.push(arg);
    else if (cmd === "getVisitorId") return "sandbox-visitor";
  }
  Intercom.booted = true;
  Intercom.appId = appId;
  window.Intercom = Intercom;
  queued.forEach(function (args) { Intercom.apply(null, args); });
})(__SANDBOX_KEY__);
