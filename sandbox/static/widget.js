/* Sandbox chat widget shared by the fake vendor scripts and the generic widget.
 * Builds a vendor-looking container, a launcher and a messenger panel (inside an iframe,
 * or inline for `cfg.inline`) with a message log, a text box and a send button.
 * Chat behaviour is wired in through the returned object: `on("send", fn)` hears the
 * visitor, `receive(text, author, name, badge)` shows a reply. `__sandboxChatConnect`
 * plugs the widget into the sandbox's scripted chat over a WebSocket.
 * Every text from the server is shown with textContent: never parsed as HTML.
 */
window.__sandboxWidget = function (cfg) {
  var doc = document;
  var labels = cfg.labels || {};
  var handlers = { open: [], close: [], send: [] };
  var root = doc.createElement("div");
  if (cfg.containerId) root.id = cfg.containerId;
  if (cfg.containerClass) root.className = cfg.containerClass;
  root.setAttribute("data-sandbox-vendor", cfg.vendor);
  root.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483000;";

  var css = "body{font:14px sans-serif;margin:0}.log{height:300px;overflow:auto;padding:8px}" +
    ".msg{margin:4px 0}.agent,.operator{color:#114}.sender{font-weight:bold;margin-right:4px}" +
    ".badge{font-size:11px;background:#ddd;border-radius:3px;padding:0 3px;margin-right:4px}" +
    ".offline{padding:8px}form{display:flex;gap:4px;padding:8px;flex-wrap:wrap}textarea{flex:1;height:40px}" +
    ".prechat input{width:45%}";
  var panelHtml = "<div class=log role=log aria-live=polite></div>" +
    "<div class=offline hidden></div>" +
    "<form class=composer><div class=prechat hidden>" +
    "<input name=name autocomplete=name aria-label='" + (labels.name || "Name") + "'>" +
    "<input name=email type=email autocomplete=email aria-label='" + (labels.email || "Email") + "'></div>" +
    "<textarea name=message aria-label='" + (labels.message || "Message") + "' placeholder='" +
    (labels.placeholder || "Write a message…") + "'></textarea>" +
    "<button type=submit class=send aria-label='" + (labels.send || "Send") + "'>" +
    (labels.send || "Send") + "</button></form>";

  var frame = null;
  var inlinePanel = null;
  if (cfg.inline) {
    inlinePanel = doc.createElement("div");
    inlinePanel.className = "support-panel";
    inlinePanel.style.cssText = "display:none;width:340px;height:420px;background:#fff;" +
      "box-shadow:0 4px 24px rgba(0,0,0,.2);border-radius:8px;margin-bottom:8px;";
    inlinePanel.innerHTML = "<style>" + css.replace(/body\{[^}]*\}/, "") + "</style>" + panelHtml;
  } else {
    frame = doc.createElement("iframe");
    if (cfg.frameId) frame.id = cfg.frameId;
    if (cfg.frameName) frame.name = cfg.frameName;
    frame.title = cfg.frameTitle || "Chat";
    frame.style.cssText = "display:none;width:340px;height:420px;border:0;background:#fff;" +
      "box-shadow:0 4px 24px rgba(0,0,0,.2);border-radius:8px;margin-bottom:8px;";
    frame.srcdoc = "<!doctype html><meta charset=utf-8><style>" + css + "</style>" + panelHtml;
  }

  var launcher;
  if (cfg.launcherFrame) {
    launcher = doc.createElement("iframe");
    launcher.title = cfg.launcherTitle || "Open chat";
    launcher.style.cssText = "width:64px;height:64px;border:0;display:block;margin-left:auto;";
    launcher.srcdoc = "<!doctype html><button style='width:60px;height:60px;border-radius:30px'" +
      " aria-label='Open chat'>Chat</button>";
    launcher.addEventListener("load", function () {
      launcher.contentDocument.querySelector("button").onclick = function () { widget.toggle(); };
    });
  } else {
    launcher = doc.createElement("button");
    launcher.type = "button";
    launcher.setAttribute("aria-label", cfg.launcherTitle || "Open chat");
    launcher.textContent = labels.launcher || "Chat";
    launcher.style.cssText = "min-width:60px;height:60px;border-radius:30px;display:block;margin-left:auto;";
    launcher.onclick = function () { widget.toggle(); };
  }
  if (cfg.launcherId) launcher.id = cfg.launcherId;
  if (cfg.launcherClass) launcher.className = cfg.launcherClass;

  var ready = false;
  var pending = [];
  function panel() { return inlinePanel || frame.contentDocument; }
  function whenReady(fn) { if (ready) fn(); else pending.push(fn); }
  function el(tag, cls, text) {
    var node = panel().ownerDocument ? panel().ownerDocument.createElement(tag) : panel().createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function append(text, author, name, badge) {
    whenReady(function () {
      var line = el("div", "msg " + author);
      if (name) line.appendChild(el("span", "sender", name));
      if (badge) line.appendChild(el("span", "badge", badge));
      line.appendChild(el("div", "text", text));
      var log = panel().querySelector(".log");
      log.appendChild(line);
      log.scrollTop = log.scrollHeight;
    });
  }
  function wire() {
    ready = true;
    panel().querySelector("form.composer").onsubmit = function (event) {
      event.preventDefault();
      var box = panel().querySelector("textarea");
      var text = box.value.trim();
      if (!text) return;
      box.value = "";
      widget.send(text);
    };
    pending.splice(0).forEach(function (fn) { fn(); });
  }
  if (frame) frame.addEventListener("load", wire);

  var widget = {
    vendor: cfg.vendor,
    root: root,
    frame: frame,
    opened: false,
    on: function (name, fn) { handlers[name].push(fn); },
    emit: function (name, arg) { handlers[name].forEach(function (fn) { fn(arg); }); },
    open: function () {
      (frame || inlinePanel).style.display = "block"; widget.opened = true; widget.emit("open");
    },
    close: function () {
      (frame || inlinePanel).style.display = "none"; widget.opened = false; widget.emit("close");
    },
    toggle: function () { if (widget.opened) widget.close(); else widget.open(); },
    send: function (text) { append(text, "visitor"); widget.emit("send", text); },
    receive: function (text, author, name, badge) { append(text, author || "agent", name, badge); },
    prechat: function () {
      whenReady(function () { panel().querySelector(".prechat").hidden = false; });
    },
    contact: function () {
      var form = panel().querySelector(".prechat");
      if (form.hidden) return null;
      return { name: form.querySelector("[name=name]").value, email: form.querySelector("[name=email]").value };
    },
    offline: function (text, button) {
      whenReady(function () {
        var notice = panel().querySelector(".offline");
        notice.hidden = false;
        notice.appendChild(el("p", "offline-text", text));
        panel().querySelector(".prechat").hidden = false;
        var send = panel().querySelector("button.send");
        send.textContent = button || "Leave a message";
      });
    }
  };
  root.appendChild(inlinePanel || frame);
  root.appendChild(launcher);
  (doc.body || doc.documentElement).appendChild(root);
  if (inlinePanel) wire();
  window.__sandboxWidgets = window.__sandboxWidgets || {};
  window.__sandboxWidgets[cfg.vendor] = widget;
  if (window.__sandboxChatConnect) window.__sandboxChatConnect(widget);
  return widget;
};

/* The scripted chat: one WebSocket per page to the company's own host. */
window.__sandboxChatConnect = function (widget) {
  if (!window.WebSocket) return;
  var scheme = location.protocol === "https:" ? "wss://" : "ws://";
  var socket = new WebSocket(scheme + location.host + "/__sandbox/chat?vendor=" + encodeURIComponent(widget.vendor));
  var outbox = [];
  function post(obj) {
    if (socket.readyState === 1) socket.send(JSON.stringify(obj)); else outbox.push(obj);
  }
  socket.onopen = function () { outbox.splice(0).forEach(function (o) { socket.send(JSON.stringify(o)); }); };
  socket.onmessage = function (event) {
    var data = JSON.parse(event.data);
    if (data.type === "status") {
      if (data.prechat) widget.prechat();
      if (!data.online) widget.offline(data.offline_text, data.offline_button);
    } else if (data.type === "message") {
      widget.receive(data.text, data.author, data.name, data.badge);
    } else if (data.type === "vanish") {
      widget.root.remove();
    } else if (data.type === "navigate") {
      location.assign(data.url);
    }
  };
  widget.on("open", function () { post({ type: "open" }); });
  widget.on("send", function (text) { post({ type: "visitor", text: text, contact: widget.contact() }); });
  if (widget.opened) post({ type: "open" });
};
